# The layering rules of style.md §3.3, run by CTest as arch.layering. Every hit is listed, then the test fails.
function(forbid layer pattern reason)
    cmake_parse_arguments(ARG "" "EXCEPT" "" ${ARGN})
    file(GLOB_RECURSE files "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
    if(ARG_EXCEPT)
        list(FILTER files EXCLUDE REGEX "${ARG_EXCEPT}")
    endif()
    foreach(file IN LISTS files)
        file(STRINGS "${file}" hits REGEX "${pattern}")
        if(hits)
            message(SEND_ERROR "${file}: ${reason}: ${hits}")
        endif()
    endforeach()
endfunction()

forbid(core "#include *[<\"](QtWidgets|QWidget|QApplication|QAbstractItemView|QDialog|QMainWindow|ui/)"
       "core never uses Qt Widgets or ui/")
forbid(core "#include *[<\"](QtGui|QGuiApplication|QColor|QIcon|QPixmap|QPainter|QPdfWriter|QTextDocument)"
       "QtGui is allowed only in core/report/pdf*" EXCEPT "/core/report/pdf")
forbid(core "#include *[<\"](app/)" "core never includes app/")
forbid(ui "#include *[<\"](curl/|nlohmann/|yaml-cpp/|yaml\\.h)" "ui reaches the daemon and the parsers only through core")
forbid(app "#include *[<\"](curl/|nlohmann/|yaml-cpp/|yaml\\.h)" "app reaches the daemon and the parsers only through core")
forbid(ui "#include *[<\"](app/)" "ui never includes app/")

# Exactly one libcurl user in the project.
file(GLOB_RECURSE core_files "${ROOT}/core/*.h" "${ROOT}/core/*.cpp")
foreach(file IN LISTS core_files)
    if(NOT file MATCHES "/core/docker/(curldockerapi|transporterror)\\.cpp$" AND NOT file MATCHES "/core/coreruntime\\.cpp$")
        file(STRINGS "${file}" hits REGEX "#include *<curl/")
        if(hits)
            message(SEND_ERROR "${file}: libcurl is used only by the curl adapter (core/docker/curldockerapi.cpp, transporterror.cpp) and CoreRuntime's global init: ${hits}")
        endif()
    endif()
endforeach()

# No third-party types in core's public headers.
file(GLOB_RECURSE core_headers "${ROOT}/core/*.h")
foreach(file IN LISTS core_headers)
    file(STRINGS "${file}" hits REGEX "#include *[<\"](curl/|nlohmann/|yaml-cpp/)")
    if(hits)
        message(SEND_ERROR "${file}: core headers keep libcurl, nlohmann and yaml-cpp private: ${hits}")
    endif()
endforeach()
