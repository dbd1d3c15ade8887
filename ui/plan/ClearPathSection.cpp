#include "ui/plan/ClearPathSection.h"

#include "headless/ErrorMessages.h"
#include "ui/AppContext.h"
#include "ui/Card.h"
#include "ui/Typography.h"

#include "model/StoreError.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace holdfast::ui {

ClearPathSection::ClearPathSection(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("clearPathSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    layout->addWidget(Typography::label(tr("Small steps that make reaching out harder. Tick them as you do them; "
                                           "Holdfast never touches your other apps."),
                                        QStringLiteral("clearPathIntroLabel"), this));

    auto *card = new Card(QStringLiteral("clearPathCard"), tr("Clear the path"), this);
    const struct
    {
        PathStep step;
        QString text;
        const char *name;
    } steps[] = {
        {PathStep::Mute, tr("&Mute or unfollow them"), "clearPathMuteCheckBox"},
        {PathStep::Archive, tr("&Archive the chat"), "clearPathArchiveCheckBox"},
        {PathStep::Photos, tr("Move their &photos to a folder out of sight"), "clearPathPhotosCheckBox"},
        {PathStep::Favourites, tr("&Remove them from favourites and pinned contacts"), "clearPathFavouritesCheckBox"},
    };
    for (const auto &entry : steps) {
        // Its accessible name is the visible text, without the mnemonic's "&".
        auto *check = new QCheckBox(entry.text, card);
        check->setObjectName(QLatin1String(entry.name));
        card->contentLayout()->addWidget(check);
        m_checks[entry.step] = check;
        const PathStep step = entry.step;
        connect(check, &QCheckBox::toggled, this, [this, step](bool done) { setStep(step, done); });
    }
    layout->addWidget(card);

    m_doneLabel = Typography::label(tr("The path is clearer. That took care."), QStringLiteral("clearPathDoneLabel"), this);
    m_doneLabel->hide();
    layout->addWidget(m_doneLabel);

    m_errorLabel = Typography::label(QString(), QStringLiteral("clearPathErrorLabel"), this);
    QFont errorFont = m_errorLabel->font();
    errorFont.setBold(true);
    m_errorLabel->setFont(errorFont);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    reload();
}

QString ClearPathSection::title() const
{
    return tr("Clear the path");
}

void ClearPathSection::reload()
{
    showTicks(m_context.settings().clearedPath);
}

void ClearPathSection::setStep(PathStep step, bool done)
{
    bool wasCleared = false;
    try {
        // From the store rather than the cache, so a tick never writes back
        // a setting someone else changed since.
        Settings settings = m_context.store().settings();
        wasCleared = settings.clearedPath.size() == kPathSteps.size();
        if (done)
            settings.clearedPath.insert(step);
        else
            settings.clearedPath.erase(step);
        m_context.saveSettings(settings); // committed before anything is said
    } catch (const StoreError &error) {
        showError(describeStoreError(error));
        reload(); // the box shows what is stored
        return;
    }
    m_errorLabel->clear();
    m_errorLabel->hide();
    showTicks(m_context.settings().clearedPath);
    if (!wasCleared && m_doneLabel->isVisibleTo(this)) {
        QAccessibleEvent event(m_doneLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void ClearPathSection::showTicks(const std::set<PathStep> &done)
{
    for (const auto &[step, check] : m_checks) {
        const QSignalBlocker blocker(check);
        check->setChecked(done.contains(step));
    }
    m_doneLabel->setVisible(done.size() == kPathSteps.size());
}

void ClearPathSection::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace holdfast::ui
