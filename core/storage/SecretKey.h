#pragma once

// A 32-byte key held in libsodium's guarded, locked memory (sodium_malloc:
// mlocked, never swapped, wiped by sodium_free), so key material never sits
// in ordinary heap memory that could reach swap or a core dump.

#include <cstddef>
#include <memory>

namespace holdfast::storage {

class SecretKey
{
public:
    static constexpr std::size_t kSize = 32;

    // Initialises libsodium once per process; throws StoreError::Other when it cannot.
    static void initLibrary();
    // A fresh key from the system's random source.
    static std::unique_ptr<SecretKey> random();
    // An all-zero key for the caller to fill (data()), e.g. by a key derivation.
    static std::unique_ptr<SecretKey> blank();

    ~SecretKey();
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    unsigned char *data() { return m_bytes; }
    const unsigned char *data() const { return m_bytes; }

private:
    SecretKey();
    unsigned char *m_bytes = nullptr;
};

} // namespace holdfast::storage
