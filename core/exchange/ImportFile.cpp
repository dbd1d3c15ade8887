#include "ImportFile.h"

#include "DaylioImporter.h"
#include "JsonImporter.h"

#include <QFile>

namespace holdfast::exchange {

ImportFile::Loaded ImportFile::load(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = ImportError{ImportError::Problem::CannotRead, 0, 0, {}, file.errorString(), 0, 0};
        return loaded;
    }
    if (file.size() > kMaxBytes) {
        loaded.error = ImportError{ImportError::Problem::TooLarge, 0, 0, {}, {}, 0, kMaxBytes};
        return loaded;
    }
    loaded.bytes = file.read(kMaxBytes + 1);
    if (loaded.bytes.size() > kMaxBytes) {
        loaded.bytes.clear();
        loaded.error = ImportError{ImportError::Problem::TooLarge, 0, 0, {}, {}, 0, kMaxBytes};
    } else if (loaded.bytes.trimmed().isEmpty()) {
        loaded.error = ImportError{ImportError::Problem::Empty, 0, 0, {}, {}, 0, 0};
    }
    return loaded;
}

ImportFormat ImportFile::detect(const QByteArray &bytes)
{
    if (JsonImporter::looksLikeJson(bytes))
        return ImportFormat::HoldfastJson;
    if (DaylioImporter::looksLikeDaylio(bytes))
        return ImportFormat::DaylioCsv;
    return ImportFormat::Unknown;
}

ImportFile::Decoded ImportFile::decode(const QString &path)
{
    Decoded decoded;
    Loaded loaded = load(path);
    if (loaded.error) {
        decoded.error = std::move(loaded.error);
        return decoded;
    }
    switch (detect(loaded.bytes)) {
    case ImportFormat::HoldfastJson: {
        ImportResult result = JsonImporter::read(loaded.bytes);
        if (!result.ok()) {
            decoded.error = std::move(result.error);
            return decoded;
        }
        decoded.format = ImportFormat::HoldfastJson;
        decoded.json = std::move(result.data);
        return decoded;
    }
    case ImportFormat::DaylioCsv: {
        DaylioImporter::Parsed parsed = DaylioImporter::parse(loaded.bytes);
        if (parsed.error) {
            decoded.error = std::move(parsed.error);
            return decoded;
        }
        decoded.format = ImportFormat::DaylioCsv;
        decoded.daylio = std::move(parsed.file);
        return decoded;
    }
    case ImportFormat::Unknown:
        break;
    }
    ImportError unknown;
    unknown.problem = ImportError::Problem::UnknownFormat;
    decoded.error = unknown;
    return decoded;
}

} // namespace holdfast::exchange
