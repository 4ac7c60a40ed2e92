# The Debian package: `cpack -G DEB` in the build folder (scripts/setup.sh package) makes
# pricebook_<version>_<arch>.deb from the install rules. dpkg-shlibdeps (dpkg-dev) finds the
# shared libraries' packages; the plugins Qt loads at run time, which no linker sees, are named
# here. scripts/check-clean-root.sh deb-smoke installs it in a bare Debian 12 root and runs it.
include(GNUInstallDirs)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pricebook)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The Pricebook developers <maintainers@pricebook.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "products and prices for many billing providers")
# The extended description; CPack puts the summary above it and indents it as Debian wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Pricebook keeps one catalog of the products and prices an agency sells for
its clients and sends them to the billing providers the clients use. One
form shows exactly the fields each provider takes, checks them as you type
and explains every refusal next to its field. API keys stay in the system
keychain. A local sandbox stands in for every provider.

This package holds the desktop application (pricebook) and the command line
(pricebook-cli), in English and German.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://pricebook.io/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins or data at run time: the SQLite driver, the platform plugins (xcb), the SVG
# icon engine, and Qt's German catalogue for the standard buttons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
# A Secret Service keeps the API keys; without one a key lasts only while the window is open.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)

# Debian's documentation files: the copyright and the (native package's) changelog, gzipped
# without a timestamp so the package is reproducible.
set(changelog_gz ${PROJECT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${changelog_gz}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog VERBATIM)
add_custom_target(pricebook_changelog ALL DEPENDS ${changelog_gz})
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${changelog_gz}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pricebook)

include(CPack)
