// Scans the sources for user-visible text that lupdate cannot extract, so a
// string that ships in English in every language fails the build's tests:
// a translate() whose context or text is not a literal, a tr() of a variable,
// and a literal handed straight to a setter the user reads (setText, a
// window title, an accessible name, ...) without going through tr().
// A line that really shows no words (a symbol, a number) says so with the
// comment "not translated:" and why.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

namespace {

// Comments become spaces (string literals are kept) so a commented-out call
// or an explanation that mentions tr(name) is not reported. Line breaks stay,
// so line numbers stay right.
QString withoutComments(const QString &text)
{
    QString out;
    out.reserve(text.size());
    enum class State { Code, Line, Block, String, Char } state = State::Code;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        switch (state) {
        case State::Code:
            if (c == u'/' && next == u'/') {
                state = State::Line;
                out += u' ';
            } else if (c == u'/' && next == u'*') {
                state = State::Block;
                out += u' ';
            } else {
                if (c == u'"')
                    state = State::String;
                else if (c == u'\'')
                    state = State::Char;
                out += c;
            }
            break;
        case State::Line:
            if (c == u'\n') {
                state = State::Code;
                out += c;
            } else {
                out += u' ';
            }
            break;
        case State::Block:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                out += u"  ";
                ++i;
            } else {
                out += c == u'\n' ? c : QChar(u' ');
            }
            break;
        case State::String:
        case State::Char:
            out += c;
            if (c == u'\\' && i + 1 < text.size()) {
                out += next;
                ++i;
            } else if ((state == State::String && c == u'"') || (state == State::Char && c == u'\'')) {
                state = State::Code;
            }
            break;
        }
    }
    return out;
}

struct Rule
{
    QRegularExpression pattern;
    const char *what;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        { QRegularExpression(QStringLiteral(R"(\bQ(?:Core|Gui|)Application::translate\s*\(\s*+(?!"))")),
            "translate() with a context that is not a literal (lupdate cannot see it)" },
        { QRegularExpression(QStringLiteral(R"(\bQ(?:Core|Gui|)Application::translate\s*\(\s*"[^"]*"\s*,\s*+(?!"))")),
            "translate() with a text that is not a literal" },
        { QRegularExpression(QStringLiteral(R"((?<![\w.>])(?:\w+::)?tr\s*\(\s*+(?!"))")),
            "tr() of something that is not a literal" },
        { QRegularExpression(QStringLiteral(R"(\bQT_TR(?:ANSLATE)?_NOOP\s*\(\s*+(?!"))")),
            "QT_TR_NOOP of something that is not a literal" },
        { QRegularExpression(
              QStringLiteral(R"(\b(?:setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setAccessibleName|)"
                             R"(setAccessibleDescription|setPlaceholderText|setTitle|setLabelText|setInformativeText|)"
                             R"(addAction|addMenu|showMessage)\s*\(\s*(?:QStringLiteral\s*\(|QLatin1String\s*\(|)"
                             R"(QString::fromUtf8\s*\(|u)?"[^"]*[A-Za-z]{2})")),
            "a literal shown to the user without tr()" },
        { QRegularExpression(QStringLiteral(
              R"(\bnew\s+Q(?:Label|PushButton|CheckBox|RadioButton|GroupBox|Action|ToolButton|Menu)\s*\(\s*)"
              R"((?:QStringLiteral\s*\(|QLatin1String\s*\(|u)?"[^"]*[A-Za-z]{2})")),
            "a widget labelled with a literal without tr()" },
        { QRegularExpression(
              QStringLiteral(R"(\bQMessageBox::(?:information|warning|critical|question|about)\s*\([^,]+,\s*)"
                             R"((?:QStringLiteral\s*\(|QLatin1String\s*\(|u)?"[^"]*[A-Za-z]{2})")),
            "a message box with a literal without tr()" },
    };
    return list;
}

int scanFile(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot read\n";
        return 1;
    }
    const QString original = QString::fromUtf8(file.readAll());
    const QString code = withoutComments(original);
    const QStringList originalLines = original.split(u'\n');
    int problems = 0;
    for (const Rule &rule : rules()) {
        for (const auto &match : rule.pattern.globalMatch(code)) {
            const qsizetype line = code.left(match.capturedStart()).count(u'\n');
            if (line < originalLines.size() && originalLines[line].contains(QLatin1String("not translated:")))
                continue;
            err << path << ':' << (line + 1) << ": " << rule.what << ": "
                << (line < originalLines.size() ? originalLines[line].trimmed() : QString()) << '\n';
            ++problems;
        }
    }
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    int problems = 0;
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            problems += scanFile(it.next(), err);
            ++files;
        }
    }
    QTextStream(stdout) << files << " source files, " << problems << " strings that escape translation\n";
    return files > 0 && problems == 0 ? 0 : 1;
}
