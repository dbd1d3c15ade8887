// libFuzzer target: the Daylio CSV importer (CSV reader, header, dates, times,
// mood mapping, conversion to check-ins and journal entries) on arbitrary bytes.

#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/DaylioImporter.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"

#include <QTimeZone>

#include <cstdint>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace holdfast;
    using namespace holdfast::exchange;
    const QByteArrayView bytes(data, qsizetype(size));

    // Any record the reader returns is written and read back to the same fields.
    const CsvReader::Result csv = CsvReader::read(bytes);
    if (!csv.error && !csv.records.empty()) {
        CsvWriter writer(csv.records.front().fields);
        for (std::size_t i = 1; i < csv.records.size(); ++i)
            writer.addRow(csv.records[i].fields);
        const CsvReader::Result again = CsvReader::read(writer.bytes());
        // A record of one empty field is written as a blank line, which reading skips.
        std::vector<QStringList> expected;
        for (const auto &record : csv.records) {
            if (record.fields != QStringList{QString()})
                expected.push_back(record.fields);
        }
        std::vector<QStringList> actual;
        for (const auto &record : again.records)
            actual.push_back(record.fields);
        if (again.error || actual != expected)
            std::abort();
    }

    const DaylioImporter::Parsed parsed = DaylioImporter::parse(bytes);
    if (parsed.error)
        return 0;
    DaylioMoodMap moods;
    int next = 0;
    for (const QString &label : parsed.file.moodLabels)
        moods.set(label, 1 + (next++ % 5));
    static const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    const ImportResult result = DaylioImporter::toDataSet(parsed.file, moods, zone);
    if (!result.ok())
        std::abort(); // every label is mapped, so the conversion must succeed
    for (const CheckIn &checkIn : result.data.checkIns) {
        if (checkIn.mood < 1 || checkIn.mood > 5)
            std::abort();
    }
    // What Daylio gave is kept: it exports and imports again unchanged
    // (every moment's localDate is the date of its instant).
    const ImportResult again = JsonImporter::read(JsonExporter::toJson(result.data));
    if (!again.ok() || !(again.data == result.data))
        std::abort();
    return 0;
}
