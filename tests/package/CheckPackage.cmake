# cpack -G DEB, then, for each of the two packages:
# - sitegov: the console and sitegovctl, the desktop entry, the icon and the metainfo (which validate);
#   it depends on Qt Widgets, the CJK fonts and Qt's SQLite driver; nothing of the server;
# - sitegov-server: the server, its systemd unit (which verifies) and its nginx configuration; its Depends, found by
#   dpkg-shlibdeps from what the server links, holds Qt Core and Qt's SQLite driver and no Qt Widgets,
#   no Qt Gui and no fonts; nothing of the console.
# The extracted programs print --version.
cmake_minimum_required(VERSION 3.25)
set(out "${BINARY_DIR}/package-test")
file(REMOVE_RECURSE "${out}")
file(MAKE_DIRECTORY "${out}")

execute_process(COMMAND cpack -G DEB -B "${out}" --config "${BINARY_DIR}/CPackConfig.cmake"
    WORKING_DIRECTORY "${BINARY_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${log}")
endif()
file(GLOB all_debs "${out}/*.deb")
list(LENGTH all_debs n)
if(NOT n EQUAL 2)
    message(FATAL_ERROR "expected two packages in ${out}, found: ${all_debs}")
endif()

# The one package named NAME_VERSION_*.deb; its fields; its files extracted under ${out}/NAME.
function(open_package name deb_var fields_var)
    file(GLOB debs "${out}/${name}_${VERSION}_*.deb")
    list(LENGTH debs n)
    if(NOT n EQUAL 1)
        message(FATAL_ERROR "expected one ${name}_${VERSION}_*.deb in ${out}, found: ${debs}")
    endif()
    message(STATUS "package: ${debs}")
    execute_process(COMMAND dpkg-deb --field "${debs}" Package Version Depends
        OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT fields MATCHES "Package: ${name}\n" OR NOT fields MATCHES "Version: ${VERSION}")
        message(FATAL_ERROR "${name}: package fields are wrong:\n${fields}")
    endif()
    message(STATUS "${fields}")
    execute_process(COMMAND dpkg-deb -x "${debs}" "${out}/${name}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "dpkg-deb -x ${debs} failed")
    endif()
    set(${deb_var} "${debs}" PARENT_SCOPE)
    set(${fields_var} "${fields}" PARENT_SCOPE)
endfunction()

function(expect_files root present absent)
    foreach(f IN LISTS present)
        if(NOT EXISTS "${out}/${root}/${f}")
            message(FATAL_ERROR "missing from the ${root} package: /${f}")
        endif()
    endforeach()
    foreach(f IN LISTS absent)
        if(EXISTS "${out}/${root}/${f}")
            message(FATAL_ERROR "the ${root} package holds /${f}, which belongs to the other one")
        endif()
    endforeach()
endfunction()

function(expect_version root programs)
    foreach(p IN LISTS programs)
        execute_process(COMMAND "${out}/${root}/usr/bin/${p}" --version
            RESULT_VARIABLE rc OUTPUT_VARIABLE version ERROR_VARIABLE err)
        if(NOT rc EQUAL 0 OR NOT version MATCHES "^${p} ${VERSION}")
            message(FATAL_ERROR "${p} --version from the ${root} package failed (${rc}): ${version} ${err}")
        endif()
        message(STATUS "${version}")
    endforeach()
endfunction()

set(console_files usr/bin/sitegov usr/bin/sitegovctl
    usr/share/applications/org.sitegov.SiteGov.desktop
    usr/share/metainfo/org.sitegov.SiteGov.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/org.sitegov.SiteGov.svg
    usr/share/bash-completion/completions/sitegovctl)
set(server_files usr/bin/sitegov-server usr/lib/systemd/system/sitegov-server.service
    usr/share/sitegov-server/nginx/sitegov-server.conf usr/bin/sitegov-probe usr/lib/systemd/system/sitegov-probe.service)

# ------------------------------------------------------------------------------------- sitegov
open_package(sitegov console_deb console_fields)
if(NOT console_fields MATCHES "fonts-noto-cjk" OR NOT console_fields MATCHES "fonts-wqy-microhei"
   OR NOT console_fields MATCHES "libqt6sql6-sqlite" OR NOT console_fields MATCHES "libqt6widgets6")
    message(FATAL_ERROR "sitegov: its Depends lacks the fonts, Qt's SQLite driver or Qt Widgets:\n${console_fields}")
endif()
expect_files(sitegov "${console_files}" "${server_files}")
expect_version(sitegov "sitegov;sitegovctl")
# The bash completion the package installs: written by sitegovctl from its command table; bash reads it.
set(completion "${out}/sitegov/usr/share/bash-completion/completions/sitegovctl")
file(READ "${completion}" script)
execute_process(COMMAND bash -n "${completion}" RESULT_VARIABLE rc ERROR_VARIABLE log)
if(NOT rc EQUAL 0 OR NOT script MATCHES "complete -F _sitegovctl sitegovctl" OR NOT script MATCHES "'request approve[|]")
    message(FATAL_ERROR "sitegov: the bash completion of sitegovctl is missing its commands or does not parse:\n${log}")
endif()

find_program(DESKTOP_VALIDATE desktop-file-validate REQUIRED)
execute_process(COMMAND "${DESKTOP_VALIDATE}" "${out}/sitegov/usr/share/applications/org.sitegov.SiteGov.desktop"
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate failed:\n${log}")
endif()
find_program(APPSTREAMCLI appstreamcli REQUIRED)
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --explain
        "${out}/sitegov/usr/share/metainfo/org.sitegov.SiteGov.metainfo.xml"
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed:\n${log}")
endif()

# ------------------------------------------------------------------------------ sitegov-server
open_package(sitegov-server server_deb server_fields)
string(REGEX MATCH "Depends: [^\n]*" server_depends "${server_fields}")
if(NOT server_depends MATCHES "libqt6sql6-sqlite" OR NOT server_depends MATCHES "libqt6core6"
   OR NOT server_depends MATCHES "libhttp-parser2.9")
    message(FATAL_ERROR "sitegov-server: its Depends lacks Qt's SQLite driver or the libraries it links:\n${server_fields}")
endif()
if(server_depends MATCHES "libqt6widgets" OR server_depends MATCHES "libqt6gui" OR server_depends MATCHES "libqt6charts"
   OR server_depends MATCHES "fonts-")
    message(FATAL_ERROR "sitegov-server: a server host would pull in the console's Qt Widgets/Gui or fonts:\n${server_depends}")
endif()
expect_files(sitegov-server "${server_files}" "${console_files}")
expect_version(sitegov-server "sitegov-server;sitegov-probe")

# The systemd unit runs the packaged server on its state folder.
file(READ "${out}/sitegov-server/usr/lib/systemd/system/sitegov-server.service" unit)
if(NOT unit MATCHES "ExecStart=/usr/bin/sitegov-server --database /var/lib/sitegov-server/server.db --listen 127.0.0.1:8750"
   OR NOT unit MATCHES "StateDirectory=sitegov-server" OR NOT unit MATCHES "WantedBy=multi-user.target")
    message(FATAL_ERROR "the sitegov-server unit is not as expected:\n${unit}")
endif()
find_program(SYSTEMD_ANALYZE systemd-analyze)
if(SYSTEMD_ANALYZE)
    execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify --man=no
            "${out}/sitegov-server/usr/lib/systemd/system/sitegov-server.service"
        RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    # verify also checks that ExecStart exists, which it does only once the package is installed.
    string(REGEX REPLACE "[^\n]*(/usr/bin/sitegov-server|Command /usr/bin/sitegov-server)[^\n]*\n?" "" log "${log}")
    string(STRIP "${log}" log)
    if(NOT log STREQUAL "")
        message(FATAL_ERROR "systemd-analyze verify sitegov-server.service:\n${log}")
    endif()
endif()
# The probe's unit runs the packaged probe on the database its environment names.
file(READ "${out}/sitegov-server/usr/lib/systemd/system/sitegov-probe.service" unit)
if(NOT unit MATCHES "ExecStart=/usr/bin/sitegov-probe --database \\$\\{SITEGOV_DATABASE\\}" OR NOT unit MATCHES "WantedBy=multi-user.target")
    message(FATAL_ERROR "the sitegov-probe unit is not as expected:\n${unit}")
endif()
if(SYSTEMD_ANALYZE)
    execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify --man=no
            "${out}/sitegov-server/usr/lib/systemd/system/sitegov-probe.service"
        RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    string(REGEX REPLACE "[^\n]*(/usr/bin/sitegov-probe|Command /usr/bin/sitegov-probe)[^\n]*\n?" "" log "${log}")
    string(STRIP "${log}" log)
    if(NOT log STREQUAL "")
        message(FATAL_ERROR "systemd-analyze verify sitegov-probe.service:\n${log}")
    endif()
endif()
message(STATUS "both packages hold what they should, depend on what they should, and their metadata is valid")
