#include "ui/urge/BreathingWidget.h"

#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace holdfast::ui {

namespace {

constexpr int kBreathMs = BreathingWidget::kInhaleMs + BreathingWidget::kExhaleMs;
constexpr qreal kInhaleShare = qreal(BreathingWidget::kInhaleMs) / kBreathMs;
// The smallest circle is this share of the largest: a calm swell, not a pulse.
constexpr qreal kSmallest = 0.5;

// Sine easing: no sudden start or stop at either end of a breath.
qreal eased(qreal t)
{
    return (1.0 - std::cos(M_PI * std::clamp(t, 0.0, 1.0))) / 2.0;
}

} // namespace

BreathingWidget::BreathingWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("urgeBreathingWidget"));
    setAccessibleName(tr("Breathing guide"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kBreathMs);
    m_animation->setLoopCount(-1);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        setPhase(value.toReal());
    });
    updateAccessibleText();
}

void BreathingWidget::start()
{
    if (m_animation->state() != QAbstractAnimation::Running)
        m_animation->start();
}

void BreathingWidget::stop()
{
    m_animation->stop();
}

bool BreathingWidget::isRunning() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void BreathingWidget::setPhase(qreal phase)
{
    const bool wasIn = isBreathingIn();
    m_phase = phase - std::floor(phase);
    if (wasIn != isBreathingIn())
        updateAccessibleText();
    update();
}

bool BreathingWidget::isBreathingIn() const
{
    return m_phase < kInhaleShare;
}

qreal BreathingWidget::fullness() const
{
    if (isBreathingIn())
        return eased(m_phase / kInhaleShare);
    return 1.0 - eased((m_phase - kInhaleShare) / (1.0 - kInhaleShare));
}

QSize BreathingWidget::sizeHint() const
{
    const int side = fontMetrics().height() * 12;
    return {side, side};
}

QSize BreathingWidget::minimumSizeHint() const
{
    const int side = fontMetrics().height() * 6;
    return {side, side};
}

void BreathingWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const qreal largest = std::min(area.width(), area.height()) / 2.0;
    const QPointF centre = area.center();

    // The outer ring shows how far the breath goes.
    QColor ring = palette().color(QPalette::Mid);
    painter.setPen(QPen(ring, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, largest - 1, largest - 1);

    const qreal radius = largest * (kSmallest + (1.0 - kSmallest) * fullness()) - 2;
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.28);
    QColor edge = palette().color(QPalette::Highlight);
    painter.setPen(QPen(edge, 2));
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(area, Qt::AlignCenter, isBreathingIn() ? tr("Breathe in") : tr("Breathe out"));
}

void BreathingWidget::updateAccessibleText()
{
    setAccessibleDescription(isBreathingIn() ? tr("Breathe in slowly for four seconds")
                                             : tr("Breathe out slowly for six seconds"));
}

} // namespace holdfast::ui
