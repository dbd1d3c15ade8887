#include "CsvWriter.h"

namespace holdfast::exchange {

CsvWriter::CsvWriter(const QStringList &header)
{
    append(header);
}

void CsvWriter::addRow(const QStringList &fields)
{
    append(fields);
}

QString CsvWriter::field(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace() || value.front() == u'\uFEFF'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(quoted);
}

void CsvWriter::append(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &value : fields)
        cells.append(field(value));
    m_bytes += cells.join(u',').toUtf8();
    m_bytes += "\r\n";
}

} // namespace holdfast::exchange
