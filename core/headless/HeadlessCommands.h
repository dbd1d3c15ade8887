#pragma once

// The commands that print or convert and exit, without a window:
// --summary [--json], --export FILE, --import FILE [--replace].

#include "headless/CommandLine.h"

#include "model/Store.h"

#include <QTextStream>

#include <optional>

namespace holdfast::app {

// Returns the process exit code: 0 on success, non-zero with a message on stderr.
int runHeadless(const CommandLine &line);
// The whole run of a command that needs no display: a QCoreApplication, the
// system's language, the parsed arguments (--help and --version print and
// exit), then runHeadless. `holdfast` calls it for the headless commands; the
// build without the GUI (HeadlessMain.cpp) for everything.
int runCommandLine(int argc, char **argv);

// What `holdfast --import` asks: of this process, or of the running Holdfast
// (which then writes through its own store, so its window shows the new data).
struct ImportRequest
{
    QString path;
    bool replace = false;
    bool yes = false;

    QByteArray toBytes() const;
    static std::optional<ImportRequest> fromBytes(const QByteArray &bytes);
};

// Reads and checks the file (with the Daylio moods of `settings`), then
// imports it into `exchange` in one transaction; reports on `out` and `err`
// and returns the exit code. A replace that would leave no records needs
// request.yes. The store must be unlocked.
int importInto(SettingsStore &settings, ExchangeStore &exchange, const ImportRequest &request, QTextStream &out,
               QTextStream &err);

// The running instance's side of ImportRequest: runs it and answers with the
// exit code and the two texts, for the command line to print.
QByteArray answerImport(SettingsStore &settings, ExchangeStore &exchange, const QByteArray &request);
// The running instance's answer when it cannot take an import now (`why`).
QByteArray refuseImport(const QString &why);

} // namespace holdfast::app
