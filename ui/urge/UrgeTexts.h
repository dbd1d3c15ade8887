#pragma once

// The urge dialog's words for the core's enums: step titles, the messages
// after a decision, contact channels and the countdown. Kept in one place so
// the dialog stays wiring and translators see the flow's texts together.

#include "model/ContactEvent.h"
#include "model/StrongUrgeNote.h"
#include "model/UrgeKind.h"
#include "model/UrgeFlowMessage.h"
#include "model/UrgeStep.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace holdfast::ui {

class UrgeTexts
{
    Q_DECLARE_TR_FUNCTIONS(UrgeTexts)

public:
    // The steps the indicator counts (Done is not one of them).
    static constexpr int kStepCount = 5;

    static QString stepTitle(UrgeStep step);
    // "Step 2 of 5: Do one thing"; for Done a short closing title.
    static QString stepIndicator(UrgeStep step);
    // What the user reads after a decision or when saving failed. For
    // SaveFailed and LoadFailed the dialog adds the store's own sentence.
    static QString message(UrgeFlowMessage message);
    // A second, quieter line under an outcome message; empty when none.
    static QString messageDetail(UrgeFlowMessage message);
    // WentPastCounterKept in the words of the pull: "Looking is not contact".
    static QString wentPast(UrgeKind kind);
    static QString wentPastDetail(UrgeKind kind);
    static QString channelName(ContactChannel channel);
    // One thing reaching out often brings, for the strong-urge note.
    static QString consequence(Consequence consequence);
    // Minutes and seconds left, rounded up so a fresh timer reads "15:00".
    static QString countdown(std::int64_t remainingMs);
};

} // namespace holdfast::ui
