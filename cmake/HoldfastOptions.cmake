# One INTERFACE target carries the language level, the warnings and Qt's
# strictness defines, so every Holdfast target is built the same way.
add_library(holdfast_options INTERFACE)
add_library(Holdfast::options ALIAS holdfast_options)

target_compile_features(holdfast_options INTERFACE cxx_std_20)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(holdfast_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
        -Wcast-qual -Woverloaded-virtual)
    if(HOLDFAST_WERROR)
        target_compile_options(holdfast_options INTERFACE -Werror)
    endif()
    if(HOLDFAST_SANITIZE)
        target_compile_options(holdfast_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(holdfast_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(holdfast_options INTERFACE /W4 /permissive- /utf-8)
    if(HOLDFAST_WERROR)
        target_compile_options(holdfast_options INTERFACE /WX)
    endif()
endif()

# Qt strictness: no implicit const char* -> QString, no Qt keywords (signals,
# slots, emit are spelled Q_SIGNALS, Q_SLOTS, Q_EMIT), nothing deprecated.
target_compile_definitions(holdfast_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
