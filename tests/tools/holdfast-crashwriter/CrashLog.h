#pragma once

// The writer's account of what it did, one line per step, written straight to
// a file descriptor (no buffer a SIGKILL could lose): "? <op> <key> <run> <n>"
// just before a store call, "+ <op> <key> <run> <n>" once it has returned.

#include <cstdint>
#include <string>
#include <vector>

namespace holdfast::crashtest {

struct CrashLogLine
{
    char state = '?'; // '?' about to call the store, '+' confirmed
    char op = 'U';    // U V J E C B (see Operation)
    std::int64_t key = 0; // record id, or the check-in's day number
    int run = 0;
    int n = 0;
};

class CrashLog
{
public:
    explicit CrashLog(int fd) : m_fd(fd) {}
    // Writes the whole line with write(2); returns once the kernel has it.
    void write(const CrashLogLine &line) const;
    // Complete lines of a log file; a torn last line is ignored.
    static std::vector<CrashLogLine> read(const std::string &path, bool *ok);

private:
    int m_fd;
};

} // namespace holdfast::crashtest
