# Run with cmake -P at build time: writes claimcheck.1 and one claimcheck-COMMAND.1 per subcommand
# into OUT_DIR with help2man, from the help text the built binary prints, so the pages never drift
# from --help. The subcommand list comes from the binary too (`claimcheck completion commands`).
# Variables: CLAIMCHECK (the binary), HELP2MAN, OUT_DIR, STAMP.
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}" "${OUT_DIR}/wrappers")
execute_process(COMMAND "${CLAIMCHECK}" --version OUTPUT_VARIABLE version_line
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
string(REGEX REPLACE "^claimcheck " "" version "${version_line}")
execute_process(COMMAND "${CLAIMCHECK}" completion commands OUTPUT_VARIABLE listing COMMAND_ERROR_IS_FATAL ANY)
string(REGEX REPLACE "\n$" "" listing "${listing}")
# A summary may hold ';', CMake's list separator: carry it as a placeholder through the list.
string(REPLACE ";" "<semicolon>" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")

set(names)
foreach(line IN LISTS lines)
  string(REGEX REPLACE "\t.*" "" name "${line}")
  list(APPEND names ${name})
endforeach()

# SEE ALSO on every page: the others.
function(write_include page)
  set(refs "claimcheck(1)")
  foreach(n IN LISTS names)
    list(APPEND refs "claimcheck-${n}(1)")
  endforeach()
  list(REMOVE_ITEM refs "${page}(1)")
  list(JOIN refs ", " see)
  string(REPLACE "-" "\\-" see "${see}")
  file(WRITE "${OUT_DIR}/wrappers/${page}.h2m"
       "[SEE ALSO]\n${see}\n\nThe full documentation is installed in /usr/share/doc/claimcheck (docs/ in the\nsource tree).\n")
endfunction()

function(run_help2man page program description)
  write_include(${page})
  execute_process(
    COMMAND "${HELP2MAN}" --no-info --no-discard-stderr --section 1 --name "${description}"
            --include "${OUT_DIR}/wrappers/${page}.h2m" --output "${OUT_DIR}/${page}.1" "${program}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${page}: ${err}")
  endif()
endfunction()

run_help2man(claimcheck "${CLAIMCHECK}"
             "find contradicting claims, date typos and other errors in news copy")
# help2man runs PROGRAM --help and PROGRAM --version: a subcommand gets a two-line wrapper whose
# --version names the page ("claimcheck-check (claimcheck) 0.1.0").
foreach(line IN LISTS lines)
  string(REGEX REPLACE "\t.*" "" name "${line}")
  string(REGEX REPLACE "^[^\t]*\t" "" summary "${line}")
  string(REPLACE "<semicolon>" ";" summary "${summary}")
  # help2man's NAME line reads best in lower case without a final period.
  string(SUBSTRING "${summary}" 0 1 first)
  string(TOLOWER "${first}" first)
  string(SUBSTRING "${summary}" 1 -1 rest)
  set(wrapper "${OUT_DIR}/wrappers/claimcheck-${name}")
  file(WRITE "${wrapper}"
       "#!/bin/sh\ncase \"$1\" in\n  --version) echo 'claimcheck-${name} (claimcheck) ${version}' ;;\n"
       "  *) exec '${CLAIMCHECK}' ${name} \"$@\" ;;\nesac\n")
  file(CHMOD "${wrapper}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ WORLD_READ)
  run_help2man(claimcheck-${name} "${wrapper}" "${first}${rest}")
endforeach()
file(REMOVE_RECURSE "${OUT_DIR}/wrappers")
file(WRITE "${STAMP}" "${names}\n")
