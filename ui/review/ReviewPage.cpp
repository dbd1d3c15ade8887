#include "ui/review/ReviewPage.h"

#include "ui/AppContext.h"
#include "ui/Card.h"
#include "ui/Typography.h"
#include "ui/DateConversion.h"
#include "headless/ErrorMessages.h"
#include "headless/ExchangeTexts.h"
#include "ui/review/ChartCard.h"
#include "ui/review/ChartPalette.h"
#include "ui/review/LookBackWeekCard.h"
#include "ui/review/ReviewExport.h"
#include "ui/review/ReviewExportFile.h"
#include "ui/review/ReviewTablesPanel.h"
#include "ui/review/ReviewText.h"

#include "model/StoreError.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

constexpr auto scaledFont = &Typography::scaled;

// Two chart columns from this width, in average characters of the page font;
// narrower (900x600 with the side bar) gets one wide column, which stays legible.
constexpr int kTwoColumnChars = 130;

// How long a week is on screen before the one behind it is read ahead.
constexpr int kPrefetchDelayMs = 150;

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAccessibleName(text.isEmpty() ? toolTip : QString(text).remove(QLatin1Char('&')));
    if (!toolTip.isEmpty())
        button->setAccessibleDescription(toolTip);
    return button;
}

bool isFullWidth(ReviewCharts::Kind kind)
{
    return kind == ReviewCharts::Kind::UrgesPerDay || kind == ReviewCharts::Kind::Trend
           || kind == ReviewCharts::Kind::UrgeCurve;
}

} // namespace

ReviewPage::ReviewPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_week(context.clock().now().localDate, context.settings().weekStart)
{
    setObjectName(QStringLiteral("reviewPage"));
    buildUi();
    connect(&m_context, &AppContext::dataChanged, this, &ReviewPage::onDataChanged);
    // A moment after a week is shown, the week a step back needs is read, so
    // the step itself only redraws. Restarted by each switch: paging quickly
    // through weeks is not slowed down by reading ahead.
    m_prefetchTimer = new QTimer(this);
    m_prefetchTimer->setObjectName(QStringLiteral("reviewPrefetchTimer"));
    m_prefetchTimer->setSingleShot(true);
    m_prefetchTimer->setInterval(kPrefetchDelayMs);
    connect(m_prefetchTimer, &QTimer::timeout, this, &ReviewPage::prefetchStepBack);
    // The main window builds every screen at start-up; twelve weeks of
    // aggregation and seven charts wait until the user opens this one.
    m_stale = true;
}

ReviewPage::~ReviewPage() = default;

LocalDate ReviewPage::today() const
{
    return m_context.clock().now().localDate;
}

void ReviewPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    const int spacing = fontMetrics().height() * 3 / 4;
    layout->setSpacing(spacing);
    layout->addWidget(buildHeader());

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    layout->addWidget(m_statusLabel);

    m_summaryCard = new Card(QStringLiteral("reviewSummaryCard"), QString(), this);
    m_summaryLabel = new QLabel(m_summaryCard);
    m_summaryLabel->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setFont(scaledFont(font(), 1.15, QFont::Normal));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summaryLabel->setFocusPolicy(Qt::StrongFocus); // Tab reaches the sentence, and screen readers read it
    // The sentence itself is the name a screen reader speaks (an accessible
    // name would replace it); what it is goes in the description.
    m_summaryLabel->setAccessibleDescription(tr("Summary of the week"));
    m_summaryCard->layout()->addWidget(m_summaryLabel);
    m_contactsLabel = new QLabel(m_summaryCard);
    m_contactsLabel->setObjectName(QStringLiteral("reviewContactsLabel"));
    m_contactsLabel->setWordWrap(true);
    m_contactsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_contactsLabel->hide();
    m_summaryCard->layout()->addWidget(m_contactsLabel);
    layout->addWidget(m_summaryCard);

    m_banner = new Card(QStringLiteral("reviewStateBanner"), QString(), this, Card::Tone::Accent);
    m_bannerTitle = new QLabel(m_banner);
    m_bannerTitle->setObjectName(QStringLiteral("reviewStateTitle"));
    m_bannerTitle->setFont(scaledFont(font(), 1.1, QFont::DemiBold));
    m_bannerTitle->setWordWrap(true);
    m_bannerBody = new QLabel(m_banner);
    m_bannerBody->setObjectName(QStringLiteral("reviewStateBody"));
    m_bannerBody->setWordWrap(true);
    m_banner->layout()->addWidget(m_bannerTitle);
    m_banner->layout()->addWidget(m_bannerBody);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_content = new QStackedWidget(this);
    m_content->setObjectName(QStringLiteral("reviewContentStack"));
    m_content->addWidget(buildCharts());
    m_tablesPanel = new ReviewTablesPanel(this);
    m_content->addWidget(m_tablesPanel);
    m_content->addWidget(buildEmptyState());
    layout->addWidget(m_content, 1);

    // Reading order: the navigation, the actions, the summary, then the
    // figures (the hidden half, charts or tables, is skipped by Tab).
    QList<QWidget *> chain{m_previousButton, m_thisWeekButton, m_nextButton, m_dateEdit,
                           m_tableToggle,    m_pngButton,      m_pdfButton,  m_summaryLabel};
    for (const ReviewTables::Kind kind : ReviewTables::kAll) {
        chain << m_tablesPanel->table(kind);
        if (kind == ReviewTables::Kind::Days) // the evenings follow the days, as on screen
            chain << m_tablesPanel->lookBackCard()->focusTarget();
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    setTabOrder(m_cards[ReviewCharts::Kind::UrgesPerDay]->view(), m_lookBackCard->focusTarget());
}

QWidget *ReviewPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *rows = new QVBoxLayout(header);
    rows->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Weekly review"), header);
    title->setObjectName(QStringLiteral("reviewTitleLabel"));
    title->setFont(scaledFont(font(), 1.4, QFont::DemiBold));
    top->addWidget(title);
    top->addStretch(1);
    m_tableToggle = makeButton(tr("Show as &table"), QStringLiteral("reviewTableToggle"),
                               tr("Show the same figures as tables, for the keyboard and screen readers"), header);
    m_tableToggle->setCheckable(true);
    m_pngButton = makeButton(tr("Export &PNG…"), QStringLiteral("reviewExportPngButton"),
                             tr("Save this week's summary and charts as a picture"), header);
    m_pdfButton = makeButton(tr("Export P&DF…"), QStringLiteral("reviewExportPdfButton"),
                             tr("Save this week as a one-page PDF report"), header);
    top->addWidget(m_tableToggle);
    top->addWidget(m_pngButton);
    top->addWidget(m_pdfButton);
    rows->addLayout(top);

    auto *navigation = new QHBoxLayout;
    m_previousButton = makeButton(tr("‹ P&revious week"), QStringLiteral("reviewPreviousButton"),
                                  tr("Show the week before"), header);
    m_thisWeekButton = makeButton(tr("This &week"), QStringLiteral("reviewThisWeekButton"), tr("Show the current week"),
                                  header);
    m_nextButton = makeButton(tr("&Next week ›"), QStringLiteral("reviewNextButton"), tr("Show the week after"), header);
    m_dateEdit = new QDateEdit(header);
    m_dateEdit->setObjectName(QStringLiteral("reviewDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setAccessibleName(tr("Show the week of this date"));
    m_dateEdit->setToolTip(tr("Pick any day to show its week"));
    m_weekLabel = new QLabel(header);
    m_weekLabel->setObjectName(QStringLiteral("reviewWeekLabel"));
    m_weekLabel->setFont(scaledFont(font(), 1.05, QFont::DemiBold));
    // A long date range ("23 – 29 de noviembre de 2026") wraps instead of widening the window.
    m_weekLabel->setWordWrap(true);
    navigation->addWidget(m_previousButton);
    navigation->addWidget(m_thisWeekButton);
    navigation->addWidget(m_nextButton);
    navigation->addWidget(m_dateEdit);
    navigation->addSpacing(fontMetrics().averageCharWidth() * 2);
    navigation->addWidget(m_weekLabel, 1);
    rows->addLayout(navigation);

    connect(m_previousButton, &QPushButton::clicked, this, &ReviewPage::previousWeek);
    connect(m_thisWeekButton, &QPushButton::clicked, this, &ReviewPage::thisWeek);
    connect(m_nextButton, &QPushButton::clicked, this, &ReviewPage::nextWeek);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (date.isValid())
            showWeekOf(toLocalDate(date));
    });
    connect(m_tableToggle, &QPushButton::toggled, this, &ReviewPage::setTableView);
    connect(m_pngButton, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    return header;
}

QWidget *ReviewPage::buildCharts()
{
    m_chartsScroll = new QScrollArea(this);
    m_chartsScroll->setObjectName(QStringLiteral("reviewChartsScroll"));
    m_chartsScroll->setWidgetResizable(true);
    m_chartsScroll->setFrameShape(QFrame::NoFrame);
    m_chartsScroll->setFocusPolicy(Qt::NoFocus); // the charts in it are the tab stops
    m_chartsScroll->setBackgroundRole(QPalette::Window);
    m_chartsPanel = new QWidget(m_chartsScroll);
    m_chartsPanel->setBackgroundRole(QPalette::Window);
    m_chartsGrid = new QGridLayout(m_chartsPanel);
    m_chartsGrid->setContentsMargins(0, 0, 0, 0);
    const int spacing = fontMetrics().height() * 3 / 4;
    m_chartsGrid->setSpacing(spacing);
    for (const ReviewCharts::Kind kind : ReviewCharts::kAll)
        m_cards[kind] = new ChartCard(ReviewCharts::title(kind), ReviewCharts::objectName(kind), m_chartsPanel);
    m_lookBackCard = new LookBackWeekCard(m_chartsPanel);
    m_chartsScroll->setWidget(m_chartsPanel);
    m_chartsScroll->installEventFilter(this);
    arrangeCharts();
    return m_chartsScroll;
}

QWidget *ReviewPage::buildEmptyState()
{
    auto *holder = new QWidget(this);
    auto *outer = new QVBoxLayout(holder);
    outer->setContentsMargins(0, 0, 0, 0);
    QFrame *card = new Card(QStringLiteral("reviewEmptyState"), QString(), holder);
    m_emptyTitle = new QLabel(card);
    m_emptyTitle->setObjectName(QStringLiteral("reviewEmptyTitle"));
    m_emptyTitle->setFont(scaledFont(font(), 1.25, QFont::DemiBold));
    m_emptyTitle->setWordWrap(true);
    m_emptyBody = new QLabel(card);
    m_emptyBody->setObjectName(QStringLiteral("reviewEmptyBody"));
    m_emptyBody->setWordWrap(true);
    card->layout()->addWidget(m_emptyTitle);
    card->layout()->addWidget(m_emptyBody);
    outer->addWidget(card);
    outer->addStretch(1);
    m_emptyState = holder;
    return holder;
}

void ReviewPage::arrangeCharts()
{
    // The scroll area's own width, not its viewport's: a scroll bar coming and
    // going must not flip the layout back and forth.
    const int available = m_chartsScroll->width();
    const int columns = available >= fontMetrics().averageCharWidth() * kTwoColumnChars ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const auto &[kind, card] : m_cards)
        m_chartsGrid->removeWidget(card);
    m_chartsGrid->removeWidget(m_lookBackCard);
    int row = 0;
    int column = 0;
    for (const ReviewCharts::Kind kind : ReviewCharts::kAll) {
        ChartCard *card = m_cards[kind];
        if (columns == 1 || isFullWidth(kind)) {
            if (column != 0)
                ++row;
            m_chartsGrid->addWidget(card, row++, 0, 1, columns);
            column = 0;
            if (kind == ReviewCharts::Kind::UrgesPerDay) // the week's evenings under its days
                m_chartsGrid->addWidget(m_lookBackCard, row++, 0, 1, columns);
        } else {
            m_chartsGrid->addWidget(card, row, column);
            if (++column == columns) {
                column = 0;
                ++row;
            }
        }
    }
    for (int i = 0; i < 2; ++i)
        m_chartsGrid->setColumnStretch(i, i < columns ? 1 : 0);
}

void ReviewPage::onDataChanged(DataKind kind)
{
    if (kind == DataKind::Settings || kind == DataKind::All)
        m_week.setWeekStart(m_context.settings().weekStart);
    // Named by what does not: a kind added later (the look backs') reaches the review.
    const bool affectsReview = kind != DataKind::Journal && kind != DataKind::UnsentMessages && kind != DataKind::Plan;
    if (!affectsReview)
        return;
    if (isVisible())
        reload();
    else
        m_stale = true; // read when the user comes back, not on every write elsewhere
}

void ReviewPage::reload()
{
    m_stale = false;
    m_week.setToday(today());
    m_weekCache.clear(); // urges, check-ins or the week start changed: every kept week may be out of date
    try {
        m_firstDataDate = ReviewData::findFirstDataDate(m_context.store(), today());
    } catch (const StoreError &error) {
        m_statusLabel->setText(describeStoreError(error));
        m_statusLabel->show();
    }
    loadWeek();
}

void ReviewPage::loadWeek()
{
    try {
        m_data.emplace(ReviewData::load(m_context.store(), m_weekCache, m_week, m_firstDataDate));
        m_data->contacts = WeekContacts::in(m_context.store().contactsWithoutNotes(), m_week);
        m_data->lookBacks = LookBackWeek::read(m_context.store(), m_week);
        m_statusLabel->hide();
        m_prefetchTimer->start();
    } catch (const StoreError &error) {
        m_statusLabel->setText(describeStoreError(error));
        m_statusLabel->show();
        if (!m_data)
            m_data.emplace(WeeklyReport({}, m_week.start(), m_week.weekStart()));
    }
    showData();
}

void ReviewPage::prefetchStepBack()
{
    if (!isVisible())
        return;
    try {
        ReviewData::prefetchStepBack(m_context.store(), m_weekCache, m_week, m_firstDataDate);
    } catch (const StoreError &) {
        // Only reading ahead: the step back reads the week itself and reports any error.
    }
}

void ReviewPage::showData()
{
    const ReviewData &data = *m_data;
    m_weekLabel->setText(ReviewText::weekRange(m_week.start(), m_week.end()));
    m_weekLabel->setAccessibleName(tr("Selected week: %1").arg(m_weekLabel->text()));
    m_nextButton->setEnabled(m_week.canGoForward());
    m_thisWeekButton->setEnabled(!m_week.isCurrent());
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setMaximumDate(toQDate(m_week.today()));
        if (!m_week.contains(toLocalDate(m_dateEdit->date())))
            m_dateEdit->setDate(toQDate(m_week.start()));
    }

    const bool nothingToShow = data.state == ReviewState::Kind::NoData || data.state == ReviewState::Kind::BeforeFirstData;
    m_summaryLabel->setText(ReviewText::summary(data.report, data.currentWeek));
    m_summaryCard->setVisible(!nothingToShow);
    // Low-contact mode (issue 14): logistics is counted beside personal contact, never hidden.
    const WeekContacts &contacts = data.contacts;
    m_contactsLabel->setVisible(contacts.personal + contacts.logistics > 0);
    m_contactsLabel->setText(tr("Contact with them this week: %1 personal, %2 logistics")
                                 .arg(contacts.personal)
                                 .arg(contacts.logistics));
    m_lookBackCard->setWeek(data.lookBacks);
    m_tableToggle->setEnabled(!nothingToShow);
    m_pngButton->setEnabled(!nothingToShow);
    m_pdfButton->setEnabled(!nothingToShow);

    const bool banner = data.state == ReviewState::Kind::FirstDays || data.state == ReviewState::Kind::QuietWeek;
    m_banner->setVisible(banner);
    if (banner) {
        m_bannerTitle->setText(ReviewText::stateTitle(data.state, data.currentWeek));
        m_bannerBody->setText(ReviewText::stateBody(data.state, data.currentWeek, m_firstDataDate));
        // A quiet week is worth celebrating: the title takes the link colour,
        // which reads as text (the selection colour did not, 3.4:1 in Qt's default palette).
        m_bannerTitle->setForegroundRole(data.state == ReviewState::Kind::QuietWeek ? QPalette::Link
                                                                                     : QPalette::WindowText);
    }
    if (nothingToShow) {
        m_emptyTitle->setText(ReviewText::stateTitle(data.state, data.currentWeek));
        m_emptyBody->setText(ReviewText::stateBody(data.state, data.currentWeek, m_firstDataDate));
        m_content->setCurrentWidget(m_emptyState);
    } else {
        m_content->setCurrentWidget(m_tableToggle->isChecked() ? static_cast<QWidget *>(m_tablesPanel)
                                                               : static_cast<QWidget *>(m_chartsScroll));
    }

    updateCharts();
    // The tables are filled when they are shown (or read): while the charts
    // are on screen, refilling seven hidden tables would double a switch's work.
    m_tablesPanel->markStale();
    if (isTableView())
        fillTables();
}

void ReviewPage::fillTables() const
{
    if (m_data)
        m_tablesPanel->fill(*m_data);
}

void ReviewPage::rebuildCharts()
{
    if (!m_data)
        return;
    // The application palette, which the theme setting switches; a change
    // reaches this page as ApplicationPaletteChange.
    const ChartPalette colours = ChartPalette::from(QApplication::palette(this));
    for (const auto &[kind, card] : m_cards)
        card->setChart(ReviewCharts::build(kind, *m_data, colours));
    updateCards();
}

void ReviewPage::updateCharts()
{
    if (!m_data)
        return;
    // The charts are built once (and again for a new palette); a week switch
    // only refills them, which costs a fraction of building seven charts.
    std::optional<ChartPalette> colours;
    for (const auto &[kind, card] : m_cards) {
        if (QChart *chart = card->chart()) {
            ReviewCharts::update(kind, chart, *m_data);
        } else {
            if (!colours)
                colours = ChartPalette::from(QApplication::palette(this));
            card->setChart(ReviewCharts::build(kind, *m_data, *colours));
        }
    }
    updateCards();
}

void ReviewPage::updateCards()
{
    for (const auto &[kind, card] : m_cards) {
        const bool empty = ReviewCharts::isEmpty(kind, *m_data);
        const QString caption = ReviewCharts::caption(kind, *m_data);
        card->setCaption(empty ? QString() : caption);
        card->setEmptyText(empty ? caption : QString());
    }
}

QString ReviewPage::summaryText() const
{
    return m_summaryLabel->text();
}

bool ReviewPage::isTableView() const
{
    return m_content->currentWidget() == m_tablesPanel;
}

QChartView *ReviewPage::chartView(ReviewCharts::Kind kind) const
{
    return m_cards.at(kind)->view();
}

QStandardItemModel *ReviewPage::tableModel(ReviewTables::Kind kind) const
{
    fillTables();
    return m_tablesPanel->model(kind);
}

void ReviewPage::showWeekOf(LocalDate day)
{
    m_week.select(day);
    loadWeek();
}

void ReviewPage::previousWeek()
{
    m_week.goBack();
    loadWeek();
}

void ReviewPage::nextWeek()
{
    m_week.goForward();
    loadWeek();
}

void ReviewPage::thisWeek()
{
    m_week.goToToday();
    loadWeek();
}

void ReviewPage::setTableView(bool tables)
{
    {
        const QSignalBlocker blocker(m_tableToggle);
        m_tableToggle->setChecked(tables);
    }
    m_tableToggle->setText(tables ? tr("Show as &charts") : tr("Show as &table"));
    m_tableToggle->setAccessibleName(QString(m_tableToggle->text()).remove(QLatin1Char('&')));
    if (tables)
        fillTables();
    if (m_content->currentWidget() != m_emptyState)
        m_content->setCurrentWidget(tables ? static_cast<QWidget *>(m_tablesPanel) : static_cast<QWidget *>(m_chartsScroll));
}

void ReviewPage::setDataDir(const QString &dataDir)
{
    m_dataDir = dataDir;
}

bool ReviewPage::exportPng(const QString &path, exchange::WriteError *error)
{
    return writeExport(path, ReviewExport::png(*m_data, palette()), error);
}

bool ReviewPage::exportPdf(const QString &path, exchange::WriteError *error)
{
    return writeExport(path, ReviewExport::pdf(*m_data), error);
}

bool ReviewPage::writeExport(const QString &path, const QByteArray &bytes, exchange::WriteError *error)
{
    return ReviewExportFile::write(path, bytes, m_dataDir, error);
}

QString ReviewPage::suggestedExportPath(bool pdf) const
{
    return ReviewExportFile::suggestedPath(m_week.start(), pdf);
}

void ReviewPage::chooseExportFile(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export the week as PDF") : tr("Export the week as PNG"),
                                                suggestedExportPath(pdf),
                                                pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    exchange::WriteError error;
    if (!(pdf ? exportPdf(path, &error) : exportPng(path, &error))) {
        QMessageBox::warning(this, tr("Export"), ExchangeTexts::describe(error));
        return;
    }
    m_statusLabel->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    m_statusLabel->show();
}

void ReviewPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::StyleChange)
        rebuildCharts();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || !(m_week.today() == today()))
        reload();
    arrangeCharts();
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsScroll && event->type() == QEvent::Resize)
        arrangeCharts();
    return QWidget::eventFilter(watched, event);
}

} // namespace holdfast::ui
