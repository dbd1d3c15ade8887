#pragma once

// The command line: what the user asked for, parsed with QCommandLineParser.

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace holdfast::app {

struct CommandLine
{
    bool panic = false;
    bool summary = false;
    bool json = false;
    bool demo = false;
    QString dataDir;    // empty: the standard data folder
    QString exportPath; // --export: a .json file, or a folder / .csv name for CSV files
    QString importPath; // --import: a Holdfast JSON export or a Daylio CSV export
    bool replace = false; // with --import: replace everything instead of merging
    bool yes = false;     // with --import --replace: also when the file would leave nothing
    bool exportGiven = false; // --export was given (perhaps with an empty name)
    bool importGiven = false;
    QString problem;      // a combination or value that cannot be run, said to the user

    // True for the commands that print and exit without a window.
    bool isHeadless() const { return summary || exportGiven || importGiven; }
    // The folder to use: --data-dir, or the standard data folder.
    QString dataFolder() const;
};

class CommandLineParser
{
public:
    // The application's name and version, before any application object:
    // --version prints them and the standard data folder is named after them.
    static void describeApplication();

    CommandLineParser();
    // Handles --help and --version (printing and exiting) like QCommandLineParser::process.
    CommandLine process(const QStringList &arguments);

    // A cheap look at argv before any application object exists: does this run need a display?
    static bool looksHeadless(int argc, char **argv);
    // For handing off to a running instance before any GUI exists: prints
    // nothing and never exits; nothing when the arguments do not parse cleanly
    // (e.g. Qt's -platform or -style, which only QApplication takes out).
    static std::optional<CommandLine> parseQuietly(const QStringList &arguments);

private:
    CommandLine read() const;

    QCommandLineParser m_parser;
};

} // namespace holdfast::app
