# Runs `holdfast` once and checks its exit code and what it printed.
#   -DAPP=<holdfast> -DARGS=<;-list> -DEXIT=<code> -DEXPECT=<regex on stdout+stderr>
# -DFRESH=<paths> are removed first, so each run starts from nothing;
# -DFIRST=<;-list> runs holdfast with those arguments before, and must succeed.
if(DEFINED FRESH)
    file(REMOVE_RECURSE "${FRESH}")
endif()
set(ENV{LANGUAGE} "en")
set(ENV{LC_ALL} "C.UTF-8")
unset(ENV{HOLDFAST_PASSPHRASE})
# A Daylio mood mapping remembered on this machine is not the test's.
set(ENV{XDG_CONFIG_HOME} "${CMAKE_CURRENT_BINARY_DIR}/no-config")
if(DEFINED FIRST)
    execute_process(COMMAND "${APP}" ${FIRST} RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE err
        INPUT_FILE /dev/null TIMEOUT 60)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "holdfast ${FIRST} exited with ${result}: ${err}")
    endif()
endif()
execute_process(COMMAND "${APP}" ${ARGS}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err INPUT_FILE /dev/null TIMEOUT 60)
message("${out}${err}")
if(NOT result STREQUAL "${EXIT}")
    message(FATAL_ERROR "holdfast ${ARGS} exited with ${result}, not ${EXIT}")
endif()
if(DEFINED EXPECT AND NOT "${out}${err}" MATCHES "${EXPECT}")
    message(FATAL_ERROR "holdfast ${ARGS} did not print \"${EXPECT}\"")
endif()
