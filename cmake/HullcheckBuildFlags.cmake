# One INTERFACE target carries the compile policy every Hullcheck target shares.
add_library(hullcheck_build_flags INTERFACE)
target_compile_options(hullcheck_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
    -fstack-protector-strong)
target_compile_definitions(hullcheck_build_flags INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HULLCHECK_VERSION="${PROJECT_VERSION}")

option(HULLCHECK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HULLCHECK_SANITIZE)
    target_compile_options(hullcheck_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(hullcheck_build_flags INTERFACE -fsanitize=address,undefined)
endif()
