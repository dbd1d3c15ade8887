#pragma once

// The command line: what the user asked for, parsed with QCommandLineParser.

#include <QCommandLineParser>
#include <QString>

namespace holdfast::app {

struct CommandLine
{
    bool panic = false;
    bool summary = false;
    bool json = false;
    bool demo = false;
    QString dataDir;    // empty: the standard data folder

    // True for the commands that print and exit without a window.
    bool isHeadless() const { return summary; }
};

class CommandLineParser
{
public:
    CommandLineParser();
    // Handles --help and --version (printing and exiting) like QCommandLineParser::process.
    CommandLine process(const QStringList &arguments);

    // A cheap look at argv before any application object exists: does this run need a display?
    static bool looksHeadless(int argc, char **argv);

private:
    QCommandLineParser m_parser;
};

} // namespace holdfast::app
