# cpack -G DEB, then: the package holds the three programs, the desktop entry, the icon, the
# metainfo, the sitegov-server systemd unit and its nginx configuration; the unit, the desktop
# entry and the metainfo validate; the extracted programs print --version.
cmake_minimum_required(VERSION 3.25)
set(out "${BINARY_DIR}/package-test")
file(REMOVE_RECURSE "${out}")
file(MAKE_DIRECTORY "${out}")

execute_process(COMMAND cpack -G DEB -B "${out}" --config "${BINARY_DIR}/CPackConfig.cmake"
    WORKING_DIRECTORY "${BINARY_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${log}")
endif()
file(GLOB debs "${out}/sitegov_${VERSION}_*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one sitegov_${VERSION}_*.deb in ${out}, found: ${debs}")
endif()
message(STATUS "package: ${debs}")

execute_process(COMMAND dpkg-deb --field "${debs}" Package Version Depends
    OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT fields MATCHES "Package: sitegov" OR NOT fields MATCHES "fonts-noto-cjk" OR NOT fields MATCHES "fonts-wqy-microhei"
   OR NOT fields MATCHES "libqt6sql6-sqlite" OR NOT fields MATCHES "libqt6widgets6"
   OR NOT fields MATCHES "libhttp-parser2.9")
    message(FATAL_ERROR "package fields are wrong:\n${fields}")
endif()

execute_process(COMMAND dpkg-deb -x "${debs}" "${out}/root" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed")
endif()
foreach(f usr/bin/sitegov usr/bin/sitegovctl usr/bin/sitegov-server
          usr/share/applications/org.sitegov.SiteGov.desktop
          usr/share/metainfo/org.sitegov.SiteGov.metainfo.xml
          usr/share/icons/hicolor/scalable/apps/org.sitegov.SiteGov.svg
          usr/lib/systemd/system/sitegov-server.service
          usr/share/sitegov-server/nginx/sitegov-server.conf)
    if(NOT EXISTS "${out}/root/${f}")
        message(FATAL_ERROR "missing from the package: /${f}")
    endif()
endforeach()

foreach(p sitegov sitegovctl sitegov-server)
    execute_process(COMMAND "${out}/root/usr/bin/${p}" --version
        RESULT_VARIABLE rc OUTPUT_VARIABLE version ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT version MATCHES "^${p} ${VERSION}")
        message(FATAL_ERROR "${p} --version from the package failed (${rc}): ${version} ${err}")
    endif()
    message(STATUS "${version}")
endforeach()

# The systemd unit runs the packaged server on its state folder.
file(READ "${out}/root/usr/lib/systemd/system/sitegov-server.service" unit)
if(NOT unit MATCHES "ExecStart=/usr/bin/sitegov-server --database /var/lib/sitegov-server/server.db --listen 127.0.0.1:8750"
   OR NOT unit MATCHES "StateDirectory=sitegov-server" OR NOT unit MATCHES "WantedBy=multi-user.target")
    message(FATAL_ERROR "the sitegov-server unit is not as expected:\n${unit}")
endif()
find_program(SYSTEMD_ANALYZE systemd-analyze)
if(SYSTEMD_ANALYZE)
    execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify --man=no
            "${out}/root/usr/lib/systemd/system/sitegov-server.service"
        RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    # verify also checks that ExecStart exists, which it does only once the package is installed.
    string(REGEX REPLACE "[^\n]*(/usr/bin/sitegov-server|Command /usr/bin/sitegov-server)[^\n]*\n?" "" log "${log}")
    string(STRIP "${log}" log)
    if(NOT log STREQUAL "")
        message(FATAL_ERROR "systemd-analyze verify sitegov-server.service:\n${log}")
    endif()
endif()
find_program(DESKTOP_VALIDATE desktop-file-validate REQUIRED)
execute_process(COMMAND "${DESKTOP_VALIDATE}" "${out}/root/usr/share/applications/org.sitegov.SiteGov.desktop"
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate failed:\n${log}")
endif()
find_program(APPSTREAMCLI appstreamcli REQUIRED)
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --explain
        "${out}/root/usr/share/metainfo/org.sitegov.SiteGov.metainfo.xml"
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed:\n${log}")
endif()
message(STATUS "package contents and metadata are valid")
