#include "JsonLocator.h"

#include <algorithm>

namespace holdfast::exchange {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    qsizetype pos = 0;

    bool atEnd() const { return pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++pos;
    }

    // At an opening quote: returns the raw bytes between the quotes.
    QByteArrayView string()
    {
        const qsizetype start = ++pos;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                ++pos;
            ++pos;
        }
        const qsizetype end = pos < m_text.size() ? pos : m_text.size();
        if (!atEnd())
            ++pos; // the closing quote
        return m_text.sliced(start, end - start);
    }

    void skipValue()
    {
        skipSpace();
        if (peek() == '"') {
            string();
            return;
        }
        if (peek() == '{' || peek() == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    string();
                    continue;
                }
                ++pos;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return;
            }
            return;
        }
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n'
               && peek() != '\r' && peek() != '\t')
            ++pos;
    }

    // At '{': moves to the value of `key` and returns true, or stays and returns false.
    bool enterKey(const QString &key)
    {
        const qsizetype start = pos;
        const QByteArray wanted = key.toUtf8();
        ++pos;
        for (;;) {
            skipSpace();
            if (peek() != '"')
                break;
            const QByteArrayView name = string();
            skipSpace();
            if (peek() != ':')
                break;
            ++pos;
            skipSpace();
            if (name == wanted)
                return true;
            skipValue();
            skipSpace();
            if (peek() != ',')
                break;
            ++pos;
        }
        pos = start;
        return false;
    }

    // At '[': moves to element `index` and returns true, or stays and returns false.
    bool enterIndex(qsizetype index)
    {
        const qsizetype start = pos;
        ++pos;
        for (qsizetype i = 0;; ++i) {
            skipSpace();
            if (atEnd() || peek() == ']')
                break;
            if (i == index)
                return true;
            skipValue();
            skipSpace();
            if (peek() != ',')
                break;
            ++pos;
        }
        pos = start;
        return false;
    }

private:
    QByteArrayView m_text;
};

} // namespace

JsonLocator::Position JsonLocator::find(QByteArrayView json, const Path &path)
{
    Scanner scanner(json);
    scanner.skipSpace();
    for (const Step &step : path) {
        scanner.skipSpace();
        bool entered = false;
        if (const auto *key = std::get_if<QString>(&step)) {
            if (scanner.peek() == '{')
                entered = scanner.enterKey(*key);
        } else if (scanner.peek() == '[') {
            entered = scanner.enterIndex(std::get<qsizetype>(step));
        }
        if (!entered)
            break;
    }
    return positionOf(json, scanner.pos);
}

JsonLocator::Position JsonLocator::positionOf(QByteArrayView text, qsizetype offset)
{
    Position position;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++position.column;
        }
    }
    return position;
}

QString JsonLocator::describe(const Path &path)
{
    QString text;
    for (const Step &step : path) {
        if (const auto *key = std::get_if<QString>(&step)) {
            if (!text.isEmpty())
                text += u'.';
            text += *key;
        } else {
            text += QStringLiteral("[%1]").arg(std::get<qsizetype>(step));
        }
    }
    return text;
}

} // namespace holdfast::exchange
