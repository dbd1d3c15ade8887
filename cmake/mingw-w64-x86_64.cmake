# Cross-builds for 64-bit Windows with Debian's mingw-w64 (the posix threads
# flavour: std::thread and std::mutex need it) and runs what it builds under
# Wine. Used by the windows-core preset; needs g++-mingw-w64-x86-64-posix and
# wine64 (scripts/setup installs both).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(HOLDFAST_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${HOLDFAST_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${HOLDFAST_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${HOLDFAST_MINGW_TRIPLE}-windres)

# Headers and libraries from the Windows sysroot only; programs (the build
# tools) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${HOLDFAST_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Static executables: libstdc++-6.dll, libgcc_s_seh-1.dll and
# libwinpthread-1.dll need not be found next to them or on WINEPATH.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# ctest and gtest_discover_tests run the .exe files through Wine, in a prefix
# of its own inside the build folder (cmake/wine-run creates it on first use).
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/wine-run" "${CMAKE_BINARY_DIR}/wine-prefix")
