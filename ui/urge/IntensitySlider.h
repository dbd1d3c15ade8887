#pragma once

// A 0-10 scale for how strong the urge is. It stays "not rated" until the
// user moves it or types a number (1 then 0 types 10), so an untouched
// slider never records a made-up value.

#include <QWidget>

#include <optional>

class QLabel;
class QSlider;

namespace holdfast::ui {

class IntensitySlider : public QWidget
{
    Q_OBJECT

public:
    // `sliderName` names the inner slider (the widget that takes focus).
    IntensitySlider(const QString &sliderName, const QString &accessibleName, QWidget *parent = nullptr);

    bool isTouched() const { return m_touched; }
    // The user's rating; empty while untouched.
    std::optional<int> rating() const;
    // Shows `value` as the starting point without counting as a rating
    // (for instance the last rating, so re-rating starts from there).
    void preset(std::optional<int> value);
    QSlider *slider() const { return m_slider; }

Q_SIGNALS:
    // The user settled on a value: a key press, or releasing a dragged handle.
    void rated(int intensity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void userValue(int value);
    void updateLabel();

    QSlider *m_slider = nullptr;
    QLabel *m_valueLabel = nullptr;
    bool m_touched = false;
    bool m_hasPreset = false;
    bool m_presetting = false;
    bool m_lastKeyWasOne = false;
};

} // namespace holdfast::ui
