#include "CoreDumps.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace holdfast::app {

bool disableCoreDumps()
{
#ifdef Q_OS_UNIX
    // A core file would hold the data key and any journal text on screen,
    // written next to the app or into the system's crash collector.
    const rlimit none{0, 0};
    bool off = setrlimit(RLIMIT_CORE, &none) == 0;
#ifdef Q_OS_LINUX
    // RLIMIT_CORE does not stop a core_pattern pipe (systemd-coredump) on all
    // kernels; not being dumpable does, and it also closes ptrace to peers.
    off = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && off;
#endif
    return off;
#else
    // Windows and others: no core files to speak of; crash reporters are the
    // user's choice there.
    return false;
#endif
}

} // namespace holdfast::app
