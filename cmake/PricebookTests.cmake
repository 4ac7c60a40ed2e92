# pricebook_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>] [TIMEOUT <s>])
# Builds one Qt Test executable and registers it with CTest on the offscreen platform,
# with its own temporary home so no test touches the user's files or settings.
function(pricebook_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test pricebook_core pricebook_warnings ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        QT_FORCE_ASSERTS
        PRICEBOOK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PRICEBOOK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home-${T_NAME}")
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;${T_ENVIRONMENT}")
endfunction()
