# Installation and packaging: where `cmake --install` puts the desktop entry,
# the AppStream metainfo and the icon, and how CPack builds the .deb. The
# executable's own install rule lives next to it in app/CMakeLists.txt.

# One reverse-DNS id names the desktop file, the metainfo, the icon and the
# window's desktop file name (so Wayland docks match the window to the entry).
set(HOLDFAST_APP_ID "io.github.holdfast.Holdfast")

if(NOT TARGET holdfast)
    return()
endif()

target_compile_definitions(holdfast PRIVATE HOLDFAST_APP_ID="${HOLDFAST_APP_ID}")

# The command-line-only build (HOLDFAST_BUILD_GUI=OFF) has no window to launch.
if(UNIX AND NOT APPLE AND HOLDFAST_BUILD_GUI)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/${HOLDFAST_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/${HOLDFAST_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # The tray icon is not installed: it is full-colour, not a symbolic icon,
    # and the app loads it from its embedded resources.
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/holdfast.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${HOLDFAST_APP_ID}.svg")
endif()

# ---- the .deb: `cpack -G DEB` in a release build ------------------------------------
set(CPACK_PACKAGE_NAME "holdfast")
set(CPACK_PACKAGE_VENDOR "The Holdfast developers")
set(CPACK_PACKAGE_CONTACT "The Holdfast developers <holdfast@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Holdfast")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the
# long description below it (no ASCII double quotes: CPack's list handling
# turns them into semicolons).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Every morning the dashboard shows how long you have kept no contact; when
the urge to reach out hits, “I want to text my ex” walks you through the wave;
every week the review shows your urges getting rarer and weaker. Everything
stays on your computer: no account, no network.")
# dpkg-shlibdeps finds the libraries the binary links (Qt, libsodium, libstdc++);
# the plugins Qt loads at run time are invisible to it and are listed here:
# the SQLite driver for the database, the platform plugins (xcb) to show a
# window at all, and libqt6svg6's icon engine for the SVG icons (the linker
# drops the QtSvg library itself, so shlibdeps does not see it either), and
# qt6-translations-l10n for Qt's own texts (Save, Cancel, the file dialog) in
# the person's language.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(HOLDFAST_BUILD_GUI)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
endif()

include(CPack)
