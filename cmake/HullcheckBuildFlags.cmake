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

# libFuzzer targets (tests/fuzz): the `fuzz` preset. Everything is instrumented for coverage and built with ASan+UBSan
# (UB aborts, so the fuzzer sees it); only the fuzz targets link libFuzzer's main (-fsanitize=fuzzer, tests/fuzz).
option(HULLCHECK_FUZZ "Build hullcheck_core and the libFuzzer targets only (needs clang)" OFF)
if(HULLCHECK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "HULLCHECK_FUZZ needs clang for libFuzzer: use the `fuzz` preset (cmake --preset fuzz)")
    endif()
    target_compile_options(hullcheck_build_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(hullcheck_build_flags INTERFACE -fsanitize=address,undefined)
endif()
