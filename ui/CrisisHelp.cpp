#include "ui/CrisisHelp.h"

#include "model/StoreError.h"
#include "ui/AppContext.h"
#include "ui/CrisisCard.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>

#include <algorithm>

namespace holdfast::ui {

namespace {

// The first of the person's support people, when their plan can be read
// (not while locked: the names are sealed with the rest of their text).
std::optional<SupportPerson> firstSupportPerson(AppContext &context)
{
    if (context.isLocked())
        return std::nullopt;
    try {
        auto people = context.store().supportPeople();
        if (people.empty())
            return std::nullopt;
        return *std::min_element(people.begin(), people.end(),
            [](const SupportPerson &a, const SupportPerson &b) { return a.position < b.position; });
    } catch (const StoreError &) {
        return std::nullopt; // the card shows the numbers that do not depend on the store
    }
}

} // namespace

CrisisHelp::CrisisHelp(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

CrisisHelp::~CrisisHelp()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    delete m_card;
}

CrisisCard *CrisisHelp::card() const
{
    return m_card;
}

QString CrisisHelp::buttonText()
{
    return tr("Crisis help (%1)").arg(key().toString(QKeySequence::NativeText));
}

QPushButton *CrisisHelp::makeButton(QWidget *parent)
{
    auto *button = new QPushButton(buttonText(), parent);
    button->setObjectName(QStringLiteral("crisisHelpButton"));
    button->setAccessibleName(tr("Crisis help"));
    button->setAccessibleDescription(tr("Shows where to get help right away"));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, button] { show(button->window()); });
    return button;
}

void CrisisHelp::show(QWidget *over)
{
    if (m_card) {
        m_card->show();
        m_card->raise();
        m_card->activateWindow();
        return;
    }
    if (!over)
        over = QApplication::activeModalWidget();
    if (!over)
        over = QApplication::activeWindow();
    auto *card = new CrisisCard(m_context.settings(), firstSupportPerson(m_context), over ? over->window() : nullptr);
    card->setAttribute(Qt::WA_DeleteOnClose);
    // Above every other window of the app, including a modal dialog it was opened from.
    card->setWindowModality(Qt::ApplicationModal);
    m_card = card;
    card->show();
    card->raise();
    card->activateWindow();
}

bool CrisisHelp::eventFilter(QObject *watched, QEvent *event)
{
    // A key press reaches the application's filters before any window's
    // shortcuts and whether or not a modal dialog blocks the others, so this
    // is the one place F1 is handled.
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F1 && key->modifiers() == Qt::NoModifier) {
            if (!key->isAutoRepeat())
                show(static_cast<QWidget *>(watched)->window());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace holdfast::ui
