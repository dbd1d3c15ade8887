#pragma once

// A paced-breathing guide for the urge timer: a circle that grows for four
// seconds (breathe in) and shrinks for six (breathe out). Palette colours,
// slow eased motion and no flashing, so it calms rather than catches the eye.

#include <QWidget>

class QVariantAnimation;

namespace holdfast::ui {

class BreathingWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kInhaleMs = 4000;
    static constexpr int kExhaleMs = 6000;

    explicit BreathingWidget(QWidget *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const;
    // 0..1 through one breath. The animation drives it; a screenshot may pin it.
    void setPhase(qreal phase);
    qreal phase() const { return m_phase; }
    bool isBreathingIn() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // 0 (smallest) .. 1 (largest) for the current phase.
    qreal fullness() const;
    void updateAccessibleText();

    QVariantAnimation *m_animation = nullptr;
    qreal m_phase = 0.0;
};

} // namespace holdfast::ui
