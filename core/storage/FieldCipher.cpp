#include "storage/FieldCipher.h"

#include "model/StoreError.h"

#include <sodium.h>

#include <vector>

namespace holdfast::storage {

namespace {

constexpr unsigned char kFormat = 1;
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kHeaderSize = 1 + kNonceSize;

const unsigned char *bytes(std::string_view text)
{
    return reinterpret_cast<const unsigned char *>(text.data());
}

// Plaintext buffers are wiped before they are freed.
struct WipedBuffer
{
    explicit WipedBuffer(std::size_t size) : bytes(size) {}
    ~WipedBuffer() { sodium_memzero(bytes.data(), bytes.size()); }
    WipedBuffer(const WipedBuffer &) = delete;
    WipedBuffer &operator=(const WipedBuffer &) = delete;
    std::vector<unsigned char> bytes;
};

} // namespace

FieldCipher::FieldCipher(std::unique_ptr<SecretKey> key) : m_key(std::move(key))
{
    SecretKey::initLibrary();
}

QByteArray FieldCipher::seal(std::string_view plaintext, std::string_view place) const
{
    const std::size_t padded = (plaintext.size() / kPadBlock + 1) * kPadBlock;
    WipedBuffer buffer(padded);
    std::copy(plaintext.begin(), plaintext.end(), buffer.bytes.begin());
    std::size_t paddedSize = 0;
    if (sodium_pad(&paddedSize, buffer.bytes.data(), plaintext.size(), kPadBlock, buffer.bytes.size()) != 0)
        throw StoreError(StoreError::Kind::Other, "cannot pad a text for encryption");

    QByteArray sealed(qsizetype(kHeaderSize + paddedSize + kTagSize), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    out[0] = kFormat;
    randombytes_buf(out + 1, kNonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kHeaderSize, &written, buffer.bytes.data(), paddedSize,
                                               bytes(place), place.size(), nullptr, out + 1, m_key->data());
    sealed.truncate(qsizetype(kHeaderSize + written));
    return sealed;
}

std::optional<std::string> FieldCipher::open(const QByteArray &sealed, std::string_view place) const
{
    const auto size = std::size_t(sealed.size());
    if (size < kHeaderSize + kTagSize + kPadBlock)
        return std::nullopt;
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (in[0] != kFormat)
        return std::nullopt;
    WipedBuffer buffer(size - kHeaderSize - kTagSize);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(buffer.bytes.data(), &length, nullptr, in + kHeaderSize,
                                                   size - kHeaderSize, bytes(place), place.size(), in + 1,
                                                   m_key->data())
        != 0)
        return std::nullopt;
    std::size_t unpadded = 0;
    if (sodium_unpad(&unpadded, buffer.bytes.data(), std::size_t(length), kPadBlock) != 0)
        return std::nullopt;
    return std::string(reinterpret_cast<const char *>(buffer.bytes.data()), unpadded);
}

} // namespace holdfast::storage
