# Copies the shipped .ts files, refreshes the copies from the sources exactly
# as scripts/update-translations does, and lets the checker read them: a source
# string nobody translated yet shows up as unfinished, a removed one as vanished.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${SOURCE_DIR}/translations/holdfast_*.ts")
set(copies "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    set(copy "${WORK_DIR}/${name}")
    set(extra "")
    if(name STREQUAL "holdfast_en.ts")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -locations none -I "${SOURCE_DIR}" -I "${SOURCE_DIR}/core" ${extra}
                -recursive "${SOURCE_DIR}/ui" "${SOURCE_DIR}/core/headless" "${SOURCE_DIR}/app" -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    list(APPEND copies "${copy}")
endforeach()
execute_process(COMMAND "${CHECKER}" ${copies} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "translations are incomplete: run scripts/update-translations and translate what it marks")
endif()
