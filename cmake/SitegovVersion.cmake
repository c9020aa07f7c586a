# Version and build identification, shown by --version and the About dialog.
find_package(Git QUIET)
set(SITEGOV_GIT_COMMIT "unknown")
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
        OUTPUT_VARIABLE SITEGOV_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET RESULT_VARIABLE _git_rc)
    if(NOT _git_rc EQUAL 0 OR SITEGOV_GIT_COMMIT STREQUAL "")
        set(SITEGOV_GIT_COMMIT "unknown")
    endif()
endif()
set(SITEGOV_BUILD_TYPE "${CMAKE_BUILD_TYPE}")
set(SITEGOV_COMPILER "${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
