#pragma once

// The app's style on top of the platform's (or Fusion): where the base style
// is Fusion, a focus ring that reads in every theme (3:1), radio and check
// box outlines that do too (Fusion derives them from the window colour: 1.3:1
// on a dark card), and a ring around a focused slider, whose only sign of
// focus in Fusion is a change in tick colour.

#include <QProxyStyle>

namespace holdfast::ui {

class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of `base`.
    explicit FocusStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

private:
    bool m_fusion = false;
};

} // namespace holdfast::ui
