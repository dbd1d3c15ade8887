#pragma once

// What the storage layer throws when it cannot do what was asked. The UI
// maps the kind to a translated message; `detail` is for logs only.

#include <stdexcept>
#include <string>

namespace holdfast {

class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        CannotOpen,   // folder missing or not accessible
        ReadOnly,     // the folder or file cannot be written
        DiskFull,
        Corrupt,      // not a database, or failed its integrity check
        TooNew,       // written by a newer Holdfast; left untouched
        MigrationFailed,
        InvalidData,  // a value the core rejects
        NotFound,
        Locked,          // the data is encrypted and locked; text needs the passphrase
        WrongPassphrase, // unlock or a passphrase change was refused; nothing changed
        Tampered,        // an encrypted record failed its authenticity check
        Other,
    };

    StoreError(Kind kind, const std::string &detail) : std::runtime_error(detail), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace holdfast
