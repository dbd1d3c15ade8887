#pragma once

// The commands that print or convert and exit, without a window:
// --summary [--json], --export FILE, --import FILE [--replace].

#include "CommandLine.h"

namespace holdfast::app {

// Returns the process exit code: 0 on success, non-zero with a message on stderr.
int runHeadless(const CommandLine &line);

} // namespace holdfast::app
