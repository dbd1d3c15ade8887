#include "CoreDumps.h"

#include <QtGlobal>

#include <gtest/gtest.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#ifdef Q_OS_LINUX
// In a child process, so the test runner itself stays debuggable.
TEST(CoreDumpsTest, AfterDisablingNoCoreFileCanBeWrittenAndTheProcessIsNotDumpable)
{
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        int failures = 0;
        if (!holdfast::app::disableCoreDumps())
            failures |= 1;
        rlimit limit{};
        if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
            failures |= 2;
        if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
            failures |= 4;
        // A raised limit cannot come back: the hard limit is 0 too.
        const rlimit raise{RLIM_INFINITY, RLIM_INFINITY};
        if (setrlimit(RLIMIT_CORE, &raise) == 0 && geteuid() != 0)
            failures |= 8;
        _exit(failures);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "bit 1: call failed, 2: RLIMIT_CORE not 0, 4: still dumpable, 8: limit raised";
}
#endif
