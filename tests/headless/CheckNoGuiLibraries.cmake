# The command-line build links no GUI: none of the libraries `holdfast` loads
# (directly or through another library) is Qt Widgets, Gui, Charts or Svg.
#   -DAPP=<holdfast>
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${APP}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(qt "")
set(gui "")
foreach(library IN LISTS resolved unresolved)
    get_filename_component(name "${library}" NAME)
    if(name MATCHES "^libQt6")
        list(APPEND qt "${name}")
    endif()
    if(name MATCHES "^libQt6(Widgets|Gui|Charts|Svg|SvgWidgets|PrintSupport|OpenGL)[.]")
        list(APPEND gui "${name}")
    endif()
endforeach()
message("Qt libraries of ${APP}: ${qt}")
if(NOT qt MATCHES "libQt6Core")
    message(FATAL_ERROR "found no Qt at all: the check is not looking at the right file")
endif()
if(gui)
    message(FATAL_ERROR "the command-line build links GUI libraries: ${gui}")
endif()
