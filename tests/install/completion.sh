#!/usr/bin/env bash
# The generated completions: the bash one, sourced in bash after bash-completion (as a login shell
# would), completes commands, options and option values; the zsh one is valid zsh.
# Usage: completion.sh COMPLETIONS-DIR   (run from the source root)
dir=$1
. tests/ci/lib.sh
bash_completion=/usr/share/bash-completion/bash_completion
[ -f "$bash_completion" ] || fail "$bash_completion missing (scripts/setup installs bash-completion)"
# complete WORDS...: the completions bash offers for the last word.
complete_words() {
  bash --norc --noprofile -c '
    . "$1" 2>/dev/null
    . "$2" || exit 3
    shift 2
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    _claimcheck claimcheck "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}" | sort' \
    _ "$bash_completion" "$dir/claimcheck" "$@"
}
expect() {  # expect "EXPECTED (space-separated)" WORDS...
  local want=$1
  shift
  local got
  got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$want" ] || fail "claimcheck ${*:2}<TAB>: got '$got', expected '$want'"
}
expect "check claims config" claimcheck c
expect "check" claimcheck ch
expect "--format" claimcheck check --for
expect "--fail-on" claimcheck check --fail
expect "--date" claimcheck report --da
expect "--against" claimcheck report --ag
expect "warning" claimcheck check --fail-on w
expect "always auto" claimcheck check --color a
expect "" claimcheck check --date 20
# A path argument completes files.
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
touch "$tmp/story-one.txt"
expect "$tmp/story-one.txt" claimcheck check "$tmp/story-o"
expect "$tmp/story-one.txt" claimcheck check --baseline "$tmp/story-o"
# The hidden command is not offered.
[ -z "$(complete_words claimcheck comp)" ] || fail "the hidden completion command is offered"

if command -v zsh >/dev/null; then
  zsh -n "$dir/_claimcheck" || fail "_claimcheck is not valid zsh"
  head -1 "$dir/_claimcheck" | grep -q '^#compdef claimcheck$' || fail "_claimcheck lacks #compdef claimcheck"
else
  fail "zsh missing (scripts/setup installs it for the tests)"
fi
finish
