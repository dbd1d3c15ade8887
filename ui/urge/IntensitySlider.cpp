#include "ui/urge/IntensitySlider.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>

namespace holdfast::ui {

namespace {

constexpr int kMinIntensity = 0;
constexpr int kMaxIntensity = 10;

} // namespace

IntensitySlider::IntensitySlider(const QString &sliderName, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(sliderName + QStringLiteral("Box"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(fontMetrics().height());
    layout->setVerticalSpacing(2);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(sliderName);
    m_slider->setAccessibleName(accessibleName);
    m_slider->setRange(kMinIntensity, kMaxIntensity);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(2);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->installEventFilter(this);
    setFocusProxy(m_slider);

    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(sliderName + QStringLiteral("ValueLabel"));
    m_valueLabel->setAlignment(Qt::AlignCenter);
    QFont valueFont = m_valueLabel->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_valueLabel->setFont(valueFont);
    // Wide enough for "10" so the slider does not jump when the number grows.
    m_valueLabel->setMinimumWidth(QFontMetrics(valueFont).horizontalAdvance(QStringLiteral("100")));

    auto *calm = new QLabel(tr("0 · calm"), this);
    calm->setForegroundRole(QPalette::PlaceholderText);
    auto *strong = new QLabel(tr("10 · overwhelming"), this);
    strong->setForegroundRole(QPalette::PlaceholderText);
    strong->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    layout->addWidget(m_slider, 0, 0, 1, 2);
    layout->addWidget(m_valueLabel, 0, 2, 2, 1, Qt::AlignCenter);
    layout->addWidget(calm, 1, 0);
    layout->addWidget(strong, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_presetting)
            return;
        m_touched = true;
        updateLabel();
        // While the handle is dragged every position passes by; only where it lands counts.
        if (!m_slider->isSliderDown())
            Q_EMIT rated(value);
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_touched = true;
        updateLabel();
        Q_EMIT rated(m_slider->value());
    });
    updateLabel();
}

std::optional<int> IntensitySlider::rating() const
{
    if (!m_touched)
        return std::nullopt;
    return m_slider->value();
}

void IntensitySlider::preset(std::optional<int> value)
{
    m_presetting = true;
    m_slider->setValue(value.value_or(kMinIntensity));
    m_presetting = false;
    m_touched = false;
    m_hasPreset = value.has_value();
    m_lastKeyWasOne = false;
    updateLabel();
}

bool IntensitySlider::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_slider && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
            int value = key->key() - Qt::Key_0;
            // Typing "1" then "0" means ten, the top of the scale.
            if (value == 0 && m_lastKeyWasOne)
                value = kMaxIntensity;
            m_lastKeyWasOne = value == 1;
            userValue(value);
            return true;
        }
        m_lastKeyWasOne = false;
    }
    return QWidget::eventFilter(watched, event);
}

void IntensitySlider::userValue(int value)
{
    // Set quietly, then report once, so typing the value it already shows still counts.
    m_presetting = true;
    m_slider->setValue(value);
    m_presetting = false;
    m_touched = true;
    updateLabel();
    Q_EMIT rated(value);
}

void IntensitySlider::updateLabel()
{
    if (m_touched) {
        m_valueLabel->setText(QString::number(m_slider->value()));
        m_valueLabel->setForegroundRole(QPalette::WindowText);
        m_slider->setAccessibleDescription(tr("Rated %1 out of 10").arg(m_slider->value()));
    } else if (m_hasPreset) {
        // The earlier rating, quieter, as a starting point.
        m_valueLabel->setText(QString::number(m_slider->value()));
        m_valueLabel->setForegroundRole(QPalette::PlaceholderText);
        m_slider->setAccessibleDescription(tr("Last rated %1 out of 10. Use the arrow keys or type a number to rate again.")
                                               .arg(m_slider->value()));
    } else {
        m_valueLabel->setText(tr("–", "not rated yet"));
        m_valueLabel->setForegroundRole(QPalette::PlaceholderText);
        m_slider->setAccessibleDescription(tr("Not rated yet. Use the arrow keys or type a number from 0 to 10."));
    }
}

} // namespace holdfast::ui
