#pragma once

// What the urge flow tells the user besides the steps themselves. The UI maps
// each to translated text; the core never holds a sentence.

namespace holdfast {

enum class UrgeFlowMessage {
    ProofOfStrength,             // resisted: every urge that passes is proof of strength
    SelfCompassion,              // reached out: the counter restarts, a lapse is information, not failure
    WentPastCounterKept,         // went past a pull that is not contact (looked, went): the counter keeps running
    TheirContactRestartedCounter, // they contacted the user and it counts (the user replied, or settings say so)
    TheirContactKeptCounter,     // they contacted the user; the no-contact counter keeps running
    LogisticsKeptStretch,        // contact marked as logistics (low-contact mode): kept, the stretch goes on
    SaveFailed,                  // a write failed (see the StoreError kind); nothing entered is lost, it is retried
    SaveRecovered,               // an earlier failed write has now gone through
    LoadFailed,                  // the user's people, activities, plans, reasons or settings could not be read
};

} // namespace holdfast
