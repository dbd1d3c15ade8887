#pragma once

// Where the review's PNG and PDF exports go: the save dialog starts in the
// folder of the last export of this session (the page is built anew after an
// unlock, and the next export should still start there), and each file is
// written whole through WholeFile, never into the data folder.

#include "exchange/WholeFile.h"
#include "model/LocalDate.h"

#include <QByteArray>
#include <QString>

namespace holdfast::ui::ReviewExportFile {

// "<last folder or home>/holdfast-week-2026-11-23.pdf" (or .png).
QString suggestedPath(const LocalDate &weekStart, bool pdf);
// Writes `bytes` to `path`; empty bytes (nothing rendered) are refused. On
// success the folder is remembered for the next suggestion.
bool write(const QString &path, const QByteArray &bytes, const QString &dataDir, exchange::WriteError *error);

} // namespace holdfast::ui::ReviewExportFile
