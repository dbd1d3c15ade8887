#include "ui/dashboard/DashboardLabels.h"

#include "ui/Typography.h"

#include <QLabel>
#include <QLocale>
#include <QTime>

namespace holdfast::ui::dashboard {

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(Typography::scaled(label->font(), 1.15, QFont::DemiBold));
    label->setWordWrap(true);
    return label;
}

QLabel *makeQuietLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = Typography::label(text, objectName, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

Card *makeCard(const QString &objectName, const QString &accessibleName, QWidget *parent, Card::Tone tone)
{
    return new Card(objectName, accessibleName, parent, tone, Card::Padding::Roomy);
}

QString timeText(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return QLocale().toString(time, format);
}

} // namespace holdfast::ui::dashboard
