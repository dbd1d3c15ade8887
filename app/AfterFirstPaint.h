#pragma once

// Runs a piece of work once the window has painted for the first time, so
// start-up shows the user their screen before anything that can wait.

#include <QObject>

#include <functional>

class QWidget;

namespace holdfast::app {

class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget &window, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_work;
};

} // namespace holdfast::app
