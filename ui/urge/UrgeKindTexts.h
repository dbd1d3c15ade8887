#pragma once

// The words for what an urge pulls toward (UrgeKind), where more than one
// screen needs them: the choice on the urge dialog's first step and the
// first move offered on "Do one thing".

#include "model/UrgeKind.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::ui {

class UrgeKindTexts
{
    Q_DECLARE_TR_FUNCTIONS(UrgeKindTexts)

public:
    // "To look at their profile, their photos or the old chat".
    static QString choice(UrgeKind kind);
    // objectName of the choice, e.g. "urgeKindLookRadio".
    static QString radioName(UrgeKind kind);
    static QString firstMoveTitle(UrgeFirstMove move);
    static QString firstMoveText(UrgeFirstMove move);
};

} // namespace holdfast::ui
