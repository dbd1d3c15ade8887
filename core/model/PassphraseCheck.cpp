#include "PassphraseCheck.h"

#include <algorithm>

namespace holdfast {

int PassphraseCheck::length(std::string_view utf8)
{
    // Continuation bytes (10xxxxxx) belong to the character before them.
    return int(std::count_if(utf8.begin(), utf8.end(),
                             [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

PassphraseProblem PassphraseCheck::check(std::string_view passphrase, std::string_view repeat)
{
    // Spaces count: a passphrase of several words is a good one.
    if (passphrase.empty())
        return PassphraseProblem::Empty;
    if (length(passphrase) < kMinLength)
        return PassphraseProblem::TooShort;
    if (passphrase != repeat)
        return PassphraseProblem::Mismatch;
    return PassphraseProblem::None;
}

} // namespace holdfast
