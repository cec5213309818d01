# translations.uptodate: runs lupdate over the sources into a temporary copy of hullcheck_en.ts and fails when the
# result differs from the committed file (a string was added, changed or removed without `update_translations`).
#   cmake -DLUPDATE=… -DPROJECT_CMAKE=… -DGENERATOR_SCRIPT=… -DTS_FILE=… -DOPTIONS=… -DWORK_DIR=… -P uptodate.cmake
foreach(var LUPDATE PROJECT_CMAKE GENERATOR_SCRIPT TS_FILE WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "uptodate.cmake: ${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${ts_name})
file(COPY_FILE ${TS_FILE} ${copy})
# The same project description (sources, include paths) that the update_translations target uses, writing to the copy.
file(WRITE ${WORK_DIR}/project.cmake "include(\"${PROJECT_CMAKE}\")\nset(lupdate_translations \"${copy}\")\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${WORK_DIR}/project.cmake -DOUT_FILE=${WORK_DIR}/project.json
                        -P ${GENERATOR_SCRIPT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_CMAKE}")
endif()
execute_process(COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json ${OPTIONS} -silent
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
endif()
file(READ ${TS_FILE} committed)
file(READ ${copy} fresh)
if(NOT committed STREQUAL fresh)
    execute_process(COMMAND diff -u ${TS_FILE} ${copy} OUTPUT_VARIABLE delta)
    message(FATAL_ERROR "${ts_name} is out of date with the sources: run `cmake --build <build> --target "
                        "update_translations` and commit the .ts files.\n${delta}")
endif()
message(STATUS "${ts_name} matches the sources")
