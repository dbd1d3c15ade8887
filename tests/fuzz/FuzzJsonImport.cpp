// libFuzzer target: Holdfast's JSON importer on arbitrary bytes. It must never
// crash, and whatever it accepts must survive export and import unchanged.

#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace holdfast::exchange;
    const QByteArrayView bytes(data, qsizetype(size));
    const ImportResult result = JsonImporter::read(bytes);
    if (!result.ok()) {
        if (result.error->line < 0 || result.error->column < 0)
            std::abort();
        return 0;
    }
    const ImportResult again = JsonImporter::read(JsonExporter::toJson(result.data));
    if (!again.ok() || !(again.data == result.data))
        std::abort();
    return 0;
}
