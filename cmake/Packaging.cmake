# Installation of the man page, shell completion and copyright file, and the Debian package
# (cpack -G DEB). The binary and the templates are installed by cli/CMakeLists.txt.

find_program(PANDOC_EXECUTABLE pandoc)
if(PANDOC_EXECUTABLE)
  set(PRIVMAP_MAN_PAGE ${CMAKE_BINARY_DIR}/privmap.1)
  add_custom_command(
    OUTPUT ${PRIVMAP_MAN_PAGE}
    COMMAND ${PANDOC_EXECUTABLE} --standalone --from markdown-smart --to man ${PROJECT_SOURCE_DIR}/docs/privmap.1.md -o ${PRIVMAP_MAN_PAGE}
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/privmap.1.md
    COMMENT "Building the privmap man page")
  # Debian policy: man pages are installed gzipped (-n: no time stamp, so builds are reproducible).
  add_custom_command(
    OUTPUT ${PRIVMAP_MAN_PAGE}.gz
    COMMAND gzip -9 -n -f -k ${PRIVMAP_MAN_PAGE}
    DEPENDS ${PRIVMAP_MAN_PAGE}
    COMMENT "Compressing the privmap man page")
  add_custom_target(privmap_man ALL DEPENDS ${PRIVMAP_MAN_PAGE}.gz)
  install(FILES ${PRIVMAP_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

install(FILES ${PROJECT_SOURCE_DIR}/cli/completion/privmap.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME privmap)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The package's maintainer: whoever builds it, as git knows them, unless set explicitly
# (-DPRIVMAP_PACKAGE_MAINTAINER="Name <address>", as a release build does).
execute_process(COMMAND git config user.name WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE PRIVMAP_GIT_NAME OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
execute_process(COMMAND git config user.email WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE PRIVMAP_GIT_EMAIL OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(PRIVMAP_GIT_NAME AND PRIVMAP_GIT_EMAIL)
  set(PRIVMAP_DEFAULT_MAINTAINER "${PRIVMAP_GIT_NAME} <${PRIVMAP_GIT_EMAIL}>")
else()
  set(PRIVMAP_DEFAULT_MAINTAINER "")
endif()
set(PRIVMAP_PACKAGE_MAINTAINER "${PRIVMAP_DEFAULT_MAINTAINER}" CACHE STRING
    "Maintainer field of the Debian package: Name <address>")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME privmap)
set(CPACK_PACKAGE_VENDOR "privmap")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "GDPR data mapping, checked like source code")
set(CPACK_PACKAGE_INSTALL_DIRECTORY privmap)
if(PRIVMAP_PACKAGE_MAINTAINER MATCHES "^[^<]+ <[^>@]+@[^>]+>$")
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PRIVMAP_PACKAGE_MAINTAINER}")
else()
  # cpack then refuses to build the package, rather than build one nobody answers for.
  message(STATUS "privmap: set PRIVMAP_PACKAGE_MAINTAINER (Name <address>) to build the .deb")
endif()
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PRIVMAP_HOMEPAGE}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# No debug symbols in the package: the binary shrinks from about 48 MB to a few.
set(CPACK_STRIP_FILES ON)
# Shared libraries are found by dpkg-shlibdeps; the converters are run as programs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "pandoc, weasyprint, librsvg2-bin")
# The completion script uses bash-completion's helpers when they are there, and works without;
# without the hyphenation dictionaries a Dutch, German or French PDF cuts long words unhyphenated.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion, hyphen-nl, hyphen-de, hyphen-fr")
include(CPack)
