// Reads Qt Linguist .ts files and fails on anything a user would notice:
// an unfinished or vanished message, a translation that lost or invented a
// %1-style placeholder or %n, or a plural form left empty.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured().remove(u'L'));
    return found;
}

struct Message
{
    QString context;
    QString source;
    QString translationType;
    QStringList forms;
    bool numerus = false;
};

int check(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot read\n";
        return 1;
    }
    QXmlStreamReader xml(&file);
    int problems = 0;
    int messages = 0;
    QString context;
    Message message;
    auto report = [&](const QString &what) {
        err << path << ": " << message.context << ": \"" << message.source.left(60) << "\": " << what << '\n';
        ++problems;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            if (message.translationType == u"unfinished")
                report(QStringLiteral("unfinished"));
            else if (message.translationType == u"vanished" || message.translationType == u"obsolete")
                report(QStringLiteral("no longer in the sources"));
            const QSet<QString> expected = placeholders(message.source);
            for (const QString &form : std::as_const(message.forms)) {
                if (form.isEmpty() && message.translationType.isEmpty())
                    report(QStringLiteral("empty translation"));
                else if (!form.isEmpty() && placeholders(form) != expected)
                    report(QStringLiteral("placeholders differ: \"%1\"").arg(form.left(60)));
            }
        }
    }
    if (xml.hasError()) {
        err << path << ": " << xml.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << path << ": " << messages << " messages, " << problems << " problems\n";
    return problems == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    int failed = 0;
    for (int i = 1; i < argc; ++i)
        failed |= check(QString::fromLocal8Bit(argv[i]), err);
    return failed;
}
