#include "storage/SecretKey.h"

#include "model/StoreError.h"

#include <sodium.h>

#include <mutex>

namespace holdfast::storage {

void SecretKey::initLibrary()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    if (!ready)
        throw StoreError(StoreError::Kind::Other, "libsodium could not be initialised");
}

SecretKey::SecretKey()
{
    initLibrary();
    // sodium_malloc locks the pages (sodium_mlock) and puts guard pages around them.
    m_bytes = static_cast<unsigned char *>(sodium_malloc(kSize));
    if (!m_bytes)
        throw StoreError(StoreError::Kind::Other, "cannot allocate locked memory for a key");
    sodium_memzero(m_bytes, kSize);
}

SecretKey::~SecretKey()
{
    // sodium_free wipes the bytes before unlocking and freeing them.
    sodium_free(m_bytes);
}

std::unique_ptr<SecretKey> SecretKey::random()
{
    std::unique_ptr<SecretKey> key(new SecretKey());
    static_assert(kSize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_aead_xchacha20poly1305_ietf_keygen(key->m_bytes);
    return key;
}

std::unique_ptr<SecretKey> SecretKey::blank()
{
    return std::unique_ptr<SecretKey>(new SecretKey());
}

} // namespace holdfast::storage
