#pragma once

// Builds one RFC 4180 CSV file: a header row, then records; fields quoted
// when they hold a comma, a quote, a line break or edge spaces, or start with
// U+FEFF (which a reader would take for a byte-order mark); lines end in
// CRLF; UTF-8 without a byte-order mark.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace holdfast::exchange {

class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header);

    void addRow(const QStringList &fields);
    const QByteArray &bytes() const { return m_bytes; }

    static QString field(const QString &value);

private:
    void append(const QStringList &fields);

    QByteArray m_bytes;
};

} // namespace holdfast::exchange
