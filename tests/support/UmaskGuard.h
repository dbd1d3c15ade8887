#pragma once

// Sets the process umask for the length of a test and puts the old one back,
// so a test can prove files come out owner-only whatever the umask.

#include <sys/stat.h>

namespace holdfast::testing {

class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_old;
};

} // namespace holdfast::testing
