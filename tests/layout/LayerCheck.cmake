# Fails when a source file includes from a layer above its own (or from a sibling layer), so the
# folders keep the order docs/architecture.md describes:
#   models < services/providers < services/net, services/storage < services/io, services/sync
#   < services/sandbox < ui, app/cli < app/gui
# It also fails when code outside services/providers/ names a provider (a folder there) as a
# word: provider knowledge belongs to the provider's adapter.
# Run: cmake -DSOURCE_DIR=<repo> -P LayerCheck.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "LayerCheck.cmake needs -DSOURCE_DIR=<the source tree>")
endif()

# folder (relative to the source tree) | rank | layer name
set(layers
    "models/|0|models"
    "services/providers/|1|providers"
    "services/net/|2|net"
    "services/storage/|2|storage"
    "services/io/|3|io"
    "services/sync/|3|sync"
    "services/sandbox/|4|sandbox"
    "services/|3|sync"
    "ui/|5|ui"
    "app/cli/|5|cli"
    "app/gui/|6|gui")

function(layer_of path out_rank out_name)
    foreach(entry IN LISTS layers)
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 prefix)
        list(GET parts 1 rank)
        list(GET parts 2 name)
        string(FIND "${path}" "${prefix}" at)
        if(at EQUAL 0)
            set(${out_rank} ${rank} PARENT_SCOPE)
            set(${out_name} ${name} PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${out_rank} -1 PARENT_SCOPE)
    set(${out_name} "" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/models/*.cpp
    ${SOURCE_DIR}/services/*.h ${SOURCE_DIR}/services/*.cpp
    ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
    ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)

set(problems "")
set(checked 0)
foreach(source IN LISTS sources)
    layer_of("${source}" rank name)
    get_filename_component(dir "${source}" DIRECTORY)
    file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" included "${line}")
        if(included MATCHES "^ui_")
            continue() # generated from the folder's own .ui files
        endif()
        # Relative to the including file's folder first, then to the source tree.
        if(EXISTS "${SOURCE_DIR}/${dir}/${included}")
            file(RELATIVE_PATH target "${SOURCE_DIR}" "${SOURCE_DIR}/${dir}/${included}")
        else()
            set(target "${included}")
        endif()
        layer_of("${target}" target_rank target_name)
        math(EXPR checked "${checked} + 1")
        if(target_rank LESS 0 OR target_name STREQUAL name)
            continue()
        endif()
        if(target_rank GREATER rank)
            list(APPEND problems "${source}: includes ${included} from ${target_name}, a layer above ${name}")
        elseif(target_rank EQUAL rank)
            list(APPEND problems "${source}: includes ${included} from ${target_name}, a sibling of ${name}")
        endif()
    endforeach()
endforeach()

# Provider names, as the folders under services/providers/ spell them.
file(GLOB provider_dirs LIST_DIRECTORIES true RELATIVE ${SOURCE_DIR}/services/providers ${SOURCE_DIR}/services/providers/*)
set(provider_names "")
foreach(d IN LISTS provider_dirs)
    if(IS_DIRECTORY "${SOURCE_DIR}/services/providers/${d}")
        list(APPEND provider_names "${d}")
    endif()
endforeach()
foreach(source IN LISTS sources)
    string(FIND "${source}" "services/providers/" inside)
    if(inside EQUAL 0)
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" lines)
    foreach(line IN LISTS lines)
        string(TOLOWER "${line}" lower)
        foreach(provider IN LISTS provider_names)
            if(lower MATCHES "(^|[^a-z0-9_])${provider}([^a-z0-9_]|$)")
                list(APPEND problems "${source}: names the provider ${provider}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Layering problems (see docs/architecture.md):\n  ${text}")
endif()
message(STATUS "Layers: ${checked} includes checked, all point down.")
