#include "ui/CrisisCard.h"

#include "model/CrisisLines.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QLabel *makeLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A line as "Name  number" with its website as a link below; the link can be
// reached with Tab and opened with Enter.
QLabel *makeLineLabel(const CrisisLine &line, const QString &name, QWidget *parent)
{
    QString html = QStringLiteral("<b>") + fromView(line.name).toHtmlEscaped() + QStringLiteral("</b>");
    if (!line.number.empty())
        html += QStringLiteral("&nbsp;&nbsp;") + fromView(line.number).toHtmlEscaped();
    if (!line.website.empty()) {
        const QString url = fromView(line.website).toHtmlEscaped();
        html += QStringLiteral("<br><a href=\"") + url + QStringLiteral("\">") + url + QStringLiteral("</a>");
    }
    auto *label = makeLabel(QString(), name, parent);
    label->setTextFormat(Qt::RichText);
    label->setText(html);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(fromView(line.name));
    return label;
}

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

CrisisCard::CrisisCard(const Settings &settings, const std::optional<SupportPerson> &person, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("crisisCard"));
    setWindowTitle(tr("Crisis help"));
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(fontMetrics().height());
    // Each part (a caption and what it names) is one group, closer inside than apart.
    QVBoxLayout *layout = nullptr;
    auto section = [&] {
        layout = new QVBoxLayout;
        layout->setSpacing(fontMetrics().height() / 4);
        outer->addLayout(layout);
    };
    section();

    auto *heading = makeLabel(tr("If you are in danger, or thinking about hurting yourself, please get help now."),
        QStringLiteral("crisisHeadingLabel"), this);
    heading->setFont(scaled(heading->font(), 1.15, true));
    layout->addWidget(heading);

    const QString code = countryCode(settings);
    const CrisisCountry *country = CrisisLines::forCountry(code.toStdString());
    auto *emergency = makeLabel(country ? tr("In an emergency, call %1.").arg(fromView(country->emergency))
                                        : tr("In an emergency, call your local emergency number."),
        QStringLiteral("crisisEmergencyLabel"), this);
    emergency->setFont(scaled(emergency->font(), 1.3, true));
    section();
    layout->addWidget(emergency);

    const QFont captionFont = scaled(font(), 1.0, true);
    auto addCaption = [&](const QString &text) {
        section();
        auto *caption = makeLabel(text, QString(), this);
        caption->setFont(captionFont);
        layout->addWidget(caption);
    };
    if (country) {
        addCaption(tr("Crisis lines to call when it gets too much (%1):").arg(countryName(code)));
        int index = 0;
        for (const CrisisLine &line : country->lines)
            layout->addWidget(makeLineLabel(line, QStringLiteral("crisisLine%1Label").arg(++index), this));
    } else {
        addCaption(tr("To find a crisis line where you are:"));
    }
    const CrisisLine &directory = CrisisLines::internationalDirectory();
    if (country) {
        section();
        auto *elsewhere = makeLabel(tr("In another country, %1 lists crisis lines:").arg(fromView(directory.name)),
            QStringLiteral("crisisElsewhereLabel"), this);
        elsewhere->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(elsewhere);
    }
    layout->addWidget(makeLineLabel(directory, QStringLiteral("crisisDirectoryLabel"), this));

    const QString ownLine = QString::fromStdString(settings.crisisText).trimmed();
    if (!ownLine.isEmpty()) {
        addCaption(tr("Your own line:"));
        layout->addWidget(makeLabel(ownLine, QStringLiteral("crisisLineLabel"), this));
    }
    if (person && !person->name.empty()) {
        addCaption(tr("Someone on your side:"));
        const QString name = QString::fromStdString(person->name);
        const QString contact = QString::fromStdString(person->contact).trimmed();
        layout->addWidget(makeLabel(
            contact.isEmpty() ? name : tr("%1, %2", "support person: name, phone or handle").arg(name, contact),
            QStringLiteral("crisisPersonLabel"), this));
    } else {
        section();
        layout->addWidget(makeLabel(
            tr("If you can, tell someone near you how you feel."), QStringLiteral("crisisTellSomeoneLabel"), this));
    }

    auto *notTherapy
        = makeLabel(tr("Holdfast is a self-help tool, not therapy, and cannot replace a person who can help "
                       "you. You can choose the country and add your own line in Settings."),
            QStringLiteral("crisisNotTherapyLabel"), this);
    notTherapy->setForegroundRole(QPalette::PlaceholderText);
    section();
    layout->addWidget(notTherapy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("crisisButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addStretch(1); // a taller window than needed leaves its room here, not between the lines
    outer->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    const int width = fontMetrics().averageCharWidth() * 64;
    setMinimumWidth(width);
    // As tall as the wrapped lines need at that width, not as the unwrapped text suggests.
    if (outer->hasHeightForWidth())
        resize(width, outer->totalHeightForWidth(width));
}

QString CrisisCard::systemCountryCode()
{
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToCode(territory);
}

QString CrisisCard::countryCode(const Settings &settings)
{
    const QString chosen = QString::fromStdString(settings.crisisCountry).trimmed().toUpper();
    return chosen.isEmpty() ? systemCountryCode() : chosen;
}

QString CrisisCard::countryName(const QString &code)
{
    // The countries of the built-in table, in the interface's language;
    // others by Qt's English name.
    const QString upper = code.toUpper();
    if (upper == u"AR")
        return tr("Argentina");
    if (upper == u"AT")
        return tr("Austria");
    if (upper == u"AU")
        return tr("Australia");
    if (upper == u"BE")
        return tr("Belgium");
    if (upper == u"CA")
        return tr("Canada");
    if (upper == u"CH")
        return tr("Switzerland");
    if (upper == u"DE")
        return tr("Germany");
    if (upper == u"ES")
        return tr("Spain");
    if (upper == u"FR")
        return tr("France");
    if (upper == u"GB")
        return tr("United Kingdom");
    if (upper == u"IE")
        return tr("Ireland");
    if (upper == u"MX")
        return tr("Mexico");
    if (upper == u"NZ")
        return tr("New Zealand");
    if (upper == u"US")
        return tr("United States");
    const QLocale::Territory territory = QLocale::codeToTerritory(upper);
    return territory == QLocale::AnyTerritory ? upper : QLocale::territoryToString(territory);
}

void CrisisCard::showAbout(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Holdfast"),
        tr("<p><b>Holdfast %1</b></p><p>A private companion for keeping no contact after a breakup. "
           "Everything stays on this computer.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace holdfast::ui
