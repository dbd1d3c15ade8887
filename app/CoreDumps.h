#pragma once

// Keeps decrypted text out of crash files: the process writes no core dump
// and, on Linux, is not "dumpable", so other programs of the same user cannot
// read its memory through ptrace or /proc/<pid>/mem either.

namespace holdfast::app {

// Called first thing in main(). True when core dumps are off afterwards;
// on platforms without these controls it does nothing and returns false.
bool disableCoreDumps();

} // namespace holdfast::app
