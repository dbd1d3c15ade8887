# cmake -DBUILD_DIR=... -DSTAGING=... -DAPP_ID=... -DVERSION=... [-DCONFIG=...] -P CheckInstall.cmake
# Installs the build into a fresh staging folder and checks what a user gets:
# the installed binary runs headless commands, and the desktop entry, metainfo
# and icon sit where desktops look for them, under one id.

file(REMOVE_RECURSE "${STAGING}")
set(config_args)
if(CONFIG)
    set(config_args --config "${CONFIG}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${STAGING}" ${config_args}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(app "${STAGING}/bin/holdfast")
if(WIN32)
    set(app "${app}.exe")
endif()
if(NOT EXISTS "${app}")
    message(FATAL_ERROR "the installed binary is missing: ${app}")
endif()

execute_process(COMMAND "${app}" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT output MATCHES "^holdfast ${VERSION}")
    message(FATAL_ERROR "installed holdfast --version: exit ${result}, printed '${output}' '${errors}', expected 'holdfast ${VERSION}'")
endif()

set(data "${STAGING}/data-dir")
execute_process(COMMAND "${app}" --summary --data-dir "${data}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT output MATCHES "not started yet")
    message(FATAL_ERROR "installed holdfast --summary: exit ${result}, printed '${output}' '${errors}'")
endif()
if(EXISTS "${data}")
    message(FATAL_ERROR "holdfast --summary created the data folder ${data}; it must only read")
endif()

if(UNIX AND NOT APPLE)
    set(desktop "${STAGING}/share/applications/${APP_ID}.desktop")
    set(metainfo "${STAGING}/share/metainfo/${APP_ID}.metainfo.xml")
    set(icon "${STAGING}/share/icons/hicolor/scalable/apps/${APP_ID}.svg")
    foreach(installed IN ITEMS "${desktop}" "${metainfo}" "${icon}")
        if(NOT EXISTS "${installed}")
            message(FATAL_ERROR "not installed: ${installed}")
        endif()
    endforeach()
    # The names tie together: the entry names the icon, the metainfo launches the entry.
    file(READ "${desktop}" desktop_text)
    if(NOT desktop_text MATCHES "\nIcon=${APP_ID}\n")
        message(FATAL_ERROR "${desktop} does not use the icon ${APP_ID}")
    endif()
    if(NOT desktop_text MATCHES "\nExec=holdfast --panic\n")
        message(FATAL_ERROR "${desktop} has no panic action running holdfast --panic")
    endif()
    file(READ "${metainfo}" metainfo_text)
    if(NOT metainfo_text MATCHES "<id>${APP_ID}</id>"
       OR NOT metainfo_text MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
       OR NOT metainfo_text MATCHES "<binary>holdfast</binary>")
        message(FATAL_ERROR "${metainfo} does not name ${APP_ID} and the holdfast binary")
    endif()
endif()
message("installed into ${STAGING}: holdfast runs, ${APP_ID} entry, metainfo and icon in place")
