#pragma once

// The translated sentences of export and import, shared by the dialogs and
// the command line: import problems with their line and column, and counts.

#include "exchange/ImportError.h"
#include "exchange/WholeFile.h"
#include "model/DataMerge.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::ui {

class ExchangeTexts
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeTexts)

public:
    // "Line 12, column 15: “checkIns[3].mood” is 7, but it should be from 1 to 5."
    static QString describe(const exchange::ImportError &error);
    // Why an export, image or PDF was not written: "Nothing was written to …: the disk is full."
    static QString describe(const exchange::WriteError &error);
    // The problem alone, without where it is.
    static QString problem(const exchange::ImportError &error);
    // "143 check-ins, 12 journal entries" (only the kinds there are); "nothing" when empty.
    static QString counts(const MergeCounts &counts);
    // The mood scale as the check-in shows it: "1 – very low" .. "5 – very good".
    static QString moodName(int mood);
};

} // namespace holdfast::ui
