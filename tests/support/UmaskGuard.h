#pragma once

// Sets the process umask for the length of a test and puts the old one back,
// so a test can prove files come out owner-only whatever the umask. Windows
// has no umask (access lists decide), so there the guard does nothing.

#if !defined(_WIN32)
#include <sys/stat.h>
#endif

namespace holdfast::testing {

class UmaskGuard
{
public:
#if defined(_WIN32)
    explicit UmaskGuard(int /*mask*/) {}
#else
    explicit UmaskGuard(int mask) : m_old(::umask(static_cast<mode_t>(mask))) {}
    ~UmaskGuard() { ::umask(m_old); }
#endif
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

#if !defined(_WIN32)
private:
    mode_t m_old;
#endif
};

} // namespace holdfast::testing
