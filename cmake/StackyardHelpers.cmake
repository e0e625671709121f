# Refuses Qt includes in a folder that must stay free of Qt (model/core, exporters).
function(stackyard_forbid_qt_includes dir)
    file(GLOB_RECURSE _files CONFIGURE_DEPENDS "${dir}/*.h" "${dir}/*.cpp")
    foreach(_f IN LISTS _files)
        file(STRINGS "${_f}" _hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]+|qt[a-z]+/)")
        if(_hits)
            message(FATAL_ERROR "${_f}: Qt include in a Qt-free layer: ${_hits}")
        endif()
    endforeach()
endfunction()

# The team's shared folder (corpus, reference data). A worktree outside the main checkout's parent
# passes -DSTACKYARD_SHARED_DIR=/path/to/shared, or the corpus tests skip.
set(STACKYARD_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The team's shared folder (corpus, reference)")

# Adds one Qt Test executable. stackyard_add_test(NAME name SOURCES ... LIBS ...)
function(stackyard_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES AUTOMOC ON)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        STACKYARD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        STACKYARD_SHARED_DIR="${STACKYARD_SHARED_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
