#pragma once

// The rules a new passphrase meets before Holdfast encrypts with it: long
// enough, and typed the same twice. The UI maps the problem to tr() text.

#include <string_view>

namespace holdfast {

enum class PassphraseProblem { None, Empty, TooShort, Mismatch };

class PassphraseCheck
{
public:
    // In characters (UTF-8 code points), not bytes.
    static constexpr int kMinLength = 8;

    static PassphraseProblem check(std::string_view passphrase, std::string_view repeat);
    static int length(std::string_view utf8);
};

} // namespace holdfast
