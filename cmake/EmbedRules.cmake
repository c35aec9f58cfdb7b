# claimcheck_embed_rules(<var>): adds a custom command, in the calling directory, that generates a
# C++ source holding every YAML rule pack under rules/ as a string with the path it came from (so
# line:column in rule errors point at the file in the repository), and sets <var> to its path.
function(claimcheck_embed_rules out_var)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/rules/*.yaml)
  list(SORT files)
  set(out ${PROJECT_BINARY_DIR}/generated/embedded_rules.cc)
  set(deps)
  foreach(f IN LISTS files)
    list(APPEND deps ${PROJECT_SOURCE_DIR}/${f})
  endforeach()
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DROOT=${PROJECT_SOURCE_DIR} "-DFILES=${files}"
            -P ${PROJECT_SOURCE_DIR}/cmake/WriteEmbeddedRules.cmake
    DEPENDS ${PROJECT_SOURCE_DIR}/cmake/WriteEmbeddedRules.cmake ${deps}
    COMMENT "Embedding rule packs"
    VERBATIM)
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()
