#include "headless/CommandLine.h"

#include "storage/SqliteStore.h"

#include <QCoreApplication>

#include <cstring>

namespace holdfast::app {

namespace {

const QString kPanic = QStringLiteral("panic");
const QString kDataDir = QStringLiteral("data-dir");
const QString kSummary = QStringLiteral("summary");
const QString kJson = QStringLiteral("json");
const QString kDemo = QStringLiteral("demo");
const QString kExport = QStringLiteral("export");
const QString kImport = QStringLiteral("import");
const QString kReplace = QStringLiteral("replace");
const QString kYes = QStringLiteral("yes");

// A path argument the system gave in bytes that are not valid in its encoding:
// Qt would turn them into U+FFFD and name another file.
bool isGarbled(const QString &path)
{
    return path.contains(QChar::ReplacementCharacter);
}

} // namespace

QString CommandLine::dataFolder() const
{
    return dataDir.isEmpty() ? storage::SqliteStore::defaultDataDir() : dataDir;
}

void CommandLineParser::describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("holdfast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QCoreApplication::setOrganizationName(QString());
}

CommandLineParser::CommandLineParser()
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "A private companion for keeping no contact after a breakup."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {kPanic, QCoreApplication::translate("CommandLine", "Open the \"I want to text my ex\" dialog (in the running Holdfast, if there is one).")},
        {kDataDir, QCoreApplication::translate("CommandLine", "Keep the data in <dir> instead of the standard data folder."),
         QCoreApplication::translate("CommandLine", "dir")},
        {kSummary, QCoreApplication::translate("CommandLine", "Print the no-contact streak and this week's figures, then exit.")},
        {kJson, QCoreApplication::translate("CommandLine", "With --summary: print JSON instead of text.")},
        {kDemo, QCoreApplication::translate("CommandLine", "Open on a temporary folder of sample data; your own data is not touched.")},
        {kExport, QCoreApplication::translate("CommandLine", "Export everything, then exit: <file>.json writes one JSON file; a folder, or a name ending in .csv, writes one CSV file per kind of record. With encryption on, the passphrase is read from HOLDFAST_PASSPHRASE or, when it is not a terminal, from standard input."),
         QCoreApplication::translate("CommandLine", "file")},
        {kImport, QCoreApplication::translate("CommandLine", "Import a Holdfast JSON export or a Daylio CSV export, then exit. Adds what is not there yet; nothing is written if the file has a problem. The passphrase is read as for --export."),
         QCoreApplication::translate("CommandLine", "file")},
        {kReplace, QCoreApplication::translate("CommandLine", "With --import: replace all your data and settings with the file's instead of adding to them. A backup is taken first.")},
        {kYes, QCoreApplication::translate("CommandLine", "With --import --replace: go ahead even when the file holds no records, which leaves no records at all.")},
    });
}

CommandLine CommandLineParser::process(const QStringList &arguments)
{
    m_parser.process(arguments);
    return read();
}

std::optional<CommandLine> CommandLineParser::parseQuietly(const QStringList &arguments)
{
    CommandLineParser parser;
    if (!parser.m_parser.parse(arguments))
        return std::nullopt;
    return parser.read();
}

CommandLine CommandLineParser::read() const
{
    CommandLine line;
    line.panic = m_parser.isSet(kPanic);
    line.summary = m_parser.isSet(kSummary);
    line.json = m_parser.isSet(kJson);
    line.demo = m_parser.isSet(kDemo);
    line.dataDir = m_parser.value(kDataDir);
    line.exportPath = m_parser.value(kExport);
    line.importPath = m_parser.value(kImport);
    line.replace = m_parser.isSet(kReplace);
    line.yes = m_parser.isSet(kYes);
    line.exportGiven = m_parser.isSet(kExport);
    line.importGiven = m_parser.isSet(kImport);
    if (line.importGiven && line.exportGiven)
        line.problem = QCoreApplication::translate("CommandLine", "Give --import or --export, not both: run one, then the other.");
    else if (line.importGiven && line.importPath.trimmed().isEmpty())
        line.problem = QCoreApplication::translate("CommandLine", "--import needs the name of the file to import.");
    else if (line.exportGiven && line.exportPath.trimmed().isEmpty())
        line.problem = QCoreApplication::translate("CommandLine", "--export needs the name of the file or folder to write.");
    else if (line.replace && !line.importGiven)
        line.problem = QCoreApplication::translate("CommandLine", "--replace only works together with --import.");
    for (const QString &path : {line.dataDir, line.importPath, line.exportPath}) {
        if (line.problem.isEmpty() && isGarbled(path))
            line.problem = QCoreApplication::translate("CommandLine", "This path has characters the system's language settings cannot read, "
                                                                      "so Holdfast would use a different file: %1. Rename it, or run "
                                                                      "Holdfast with a UTF-8 language setting.")
                               .arg(path);
    }
    return line;
}

bool CommandLineParser::looksHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--summary", "-summary", "--help", "-h", "--help-all", "--version", "-v",
                                 "--export", "-export", "--import", "-import", "--replace", "-replace"}) {
            const std::size_t length = std::strlen(flag);
            if (std::strncmp(argv[i], flag, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

} // namespace holdfast::app
