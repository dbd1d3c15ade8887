#pragma once

// The weekly review screen: the selected week's urges, triggers, HALT flags,
// hours, mood and sleep, the evening look backs, the 12-week trend and the personal urge curve as
// charts (or as tables), a one-sentence summary, week navigation, and PNG and
// PDF export. Keeps the weeks it has read, so a switch reads only the new week,
// and builds its charts once: a switch refills them in place.

#include "exchange/WholeFile.h"
#include "model/ReviewData.h"
#include "model/ReviewWeekCache.h"
#include "model/ReviewWeek.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewTables.h"

#include <QWidget>

#include <map>
#include <optional>

class QChartView;
class QDateEdit;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QStandardItemModel;
class QTimer;

namespace holdfast::ui {

class AppContext;
class ChartCard;
class LookBackWeekCard;
class ReviewTablesPanel;
enum class DataKind;

class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(AppContext &context, QWidget *parent = nullptr);
    ~ReviewPage() override;

    const ReviewWeek &week() const { return m_week; }
    const ReviewData &data() const { return *m_data; }
    QString summaryText() const;
    bool isTableView() const;
    QChartView *chartView(ReviewCharts::Kind kind) const;
    QStandardItemModel *tableModel(ReviewTables::Kind kind) const;

    // Holdfast's data folder: no export is written into it.
    void setDataDir(const QString &dataDir);
    // Write the selected week (0600, whole or not at all); false, and why in
    // `error` when given, when the file was not written.
    bool exportPng(const QString &path, exchange::WriteError *error = nullptr);
    bool exportPdf(const QString &path, exchange::WriteError *error = nullptr);
    // Where the save dialog starts: the folder of the last export of this
    // session, else the home folder, with a name for the selected week.
    QString suggestedExportPath(bool pdf) const;

public Q_SLOTS:
    void showWeekOf(holdfast::LocalDate day);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    void setTableView(bool tables);
    // Reads the selected week again (and the start of the history).
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildHeader();
    QWidget *buildCharts();
    QWidget *buildEmptyState();
    void onDataChanged(DataKind kind);
    void loadWeek();
    // Reads ahead the week a step back needs (see m_prefetchTimer).
    void prefetchStepBack();
    void showData();
    // New charts in the current palette.
    void rebuildCharts();
    // The selected week's figures into the charts built before (built now if not).
    void updateCharts();
    void updateCards();
    // Puts the selected week into the tables if they are behind.
    void fillTables() const;
    void arrangeCharts();
    void chooseExportFile(bool pdf);
    bool writeExport(const QString &path, const QByteArray &bytes, exchange::WriteError *error);
    LocalDate today() const;

    AppContext &m_context;
    QString m_dataDir;
    ReviewWeek m_week;
    std::optional<LocalDate> m_firstDataDate;
    std::optional<ReviewData> m_data;
    ReviewWeekCache m_weekCache; // the weeks read so far, so a switch reads one new week
    bool m_stale = false;
    QTimer *m_prefetchTimer = nullptr;
    int m_columns = 0;

    QLabel *m_weekLabel = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_thisWeekButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QPushButton *m_tableToggle = nullptr;
    QPushButton *m_pngButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_contactsLabel = nullptr; // personal and logistics contact this week
    QLabel *m_statusLabel = nullptr;
    QFrame *m_summaryCard = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerBody = nullptr;
    QStackedWidget *m_content = nullptr;
    QScrollArea *m_chartsScroll = nullptr;
    QWidget *m_chartsPanel = nullptr;
    QGridLayout *m_chartsGrid = nullptr;
    ReviewTablesPanel *m_tablesPanel = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyBody = nullptr;
    std::map<ReviewCharts::Kind, ChartCard *> m_cards;
    LookBackWeekCard *m_lookBackCard = nullptr; // the week's evenings, after the urges per day
};

} // namespace holdfast::ui
