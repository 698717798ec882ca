# Installation of the man page and shell completion, and the Debian package (cpack -G DEB).
# The binary and the templates are installed by cli/CMakeLists.txt.

find_program(PANDOC_EXECUTABLE pandoc)
if(PANDOC_EXECUTABLE)
  set(PRIVMAP_MAN_PAGE ${CMAKE_BINARY_DIR}/privmap.1)
  add_custom_command(
    OUTPUT ${PRIVMAP_MAN_PAGE}
    COMMAND ${PANDOC_EXECUTABLE} --standalone --from markdown-smart --to man ${PROJECT_SOURCE_DIR}/docs/privmap.1.md -o ${PRIVMAP_MAN_PAGE}
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/privmap.1.md
    COMMENT "Building the privmap man page")
  add_custom_target(privmap_man ALL DEPENDS ${PRIVMAP_MAN_PAGE})
  install(FILES ${PRIVMAP_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

install(FILES ${PROJECT_SOURCE_DIR}/cli/completion/privmap.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME privmap)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME privmap)
set(CPACK_PACKAGE_VENDOR "privmap")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "GDPR data mapping, checked like source code")
set(CPACK_PACKAGE_INSTALL_DIRECTORY privmap)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "privmap developers <privmap@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Shared libraries are found by dpkg-shlibdeps; the converters are run as programs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "pandoc, weasyprint, librsvg2-bin")
include(CPack)
