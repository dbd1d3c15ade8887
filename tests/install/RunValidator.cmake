# cmake -DTOOL=<program> [-DTOOL_ARGS=a;b] -DFILE=<file> -P RunValidator.cmake
# Runs a validator on a file; prints "SKIPPED:" (the test is then skipped)
# when the validator is not installed.

find_program(validator NAMES ${TOOL})
if(NOT validator)
    message("SKIPPED: ${TOOL} is not installed (scripts/setup installs it), so ${FILE} was not checked")
    return()
endif()
execute_process(COMMAND ${validator} ${TOOL_ARGS} ${FILE}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
message("${TOOL} ${FILE}:\n${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TOOL} rejects ${FILE} (exit code ${result})")
endif()
