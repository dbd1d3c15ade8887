#include "CrashLog.h"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace holdfast::crashtest {

void CrashLog::write(const CrashLogLine &line) const
{
    char buffer[96];
    const int size = std::snprintf(buffer, sizeof buffer, "%c %c %lld %d %d\n", line.state, line.op,
                                   static_cast<long long>(line.key), line.run, line.n);
    const char *data = buffer;
    std::size_t left = std::size_t(size);
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        data += written;
        left -= std::size_t(written);
    }
}

std::vector<CrashLogLine> CrashLog::read(const std::string &path, bool *ok)
{
    std::vector<CrashLogLine> lines;
    std::ifstream in(path, std::ios::binary);
    *ok = bool(in);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t start = 0;
    for (std::size_t end = all.find('\n'); end != std::string::npos; start = end + 1, end = all.find('\n', start)) {
        std::istringstream fields(all.substr(start, end - start));
        CrashLogLine line;
        long long key = 0;
        if (fields >> line.state >> line.op >> key >> line.run >> line.n) {
            line.key = key;
            lines.push_back(line);
        } else {
            *ok = false; // a complete line we cannot read is a bug in the writer
        }
    }
    return lines;
}

} // namespace holdfast::crashtest
