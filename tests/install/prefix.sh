#!/usr/bin/env bash
# `cmake --install` into a temporary prefix gives a claimcheck that needs nothing from the source
# tree: run from another folder, the installed binary finds the seed's four findings exactly as
# the golden file says; the rule packs, docs, man pages and completions are where they belong.
# Usage: prefix.sh CMAKE BUILD-DIR   (run from the source root)
cmake=$1 build=$2
. tests/ci/lib.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log" >&2
  fail "cmake --install failed"
  finish
}
bin=$prefix/bin/claimcheck
[ -x "$bin" ] || fail "$bin is not installed"

# From another folder (the source tree out of reach of relative paths), on a copy of the seed.
mkdir -p "$tmp/work/fixtures"
cp fixtures/eurasianet-tajikistan-general.txt "$tmp/work/fixtures/"
(cd "$tmp/work" && "$bin" check fixtures/eurasianet-tajikistan-general.txt) >"$tmp/seed.out" 2>"$tmp/seed.err"
rc=$?
[ "$rc" = 1 ] || fail "installed claimcheck on the seed: exit code $rc, expected 1: $(cat "$tmp/seed.err")"
compare fixtures/golden/seed.text.txt "$tmp/seed.out" "installed claimcheck on the seed"
[ "$(grep -cE '^fixtures/[^:]*:[0-9]+:[0-9]+: (error|warning|info): .*\[[a-z.-]+\]$' "$tmp/seed.out")" = 4 ] ||
  fail "installed claimcheck: not four findings on the seed"

# An installed claimcheck links findings to its installed docs, and the page is there.
(cd "$tmp/work" && "$bin" check --format rdjsonl --fail-on none fixtures/eurasianet-tajikistan-general.txt) >"$tmp/seed.rdjsonl"
url=$(grep -o '"code":{"value":"date.range-degenerate","url":"[^"]*"' "$tmp/seed.rdjsonl" | sed 's/.*"url":"//; s/"$//')
[ "$url" = "file://$prefix/share/doc/claimcheck/checks/date.range-degenerate.md" ] ||
  fail "installed claimcheck links date.range-degenerate to '$url'"
[ -f "${url#file://}" ] || fail "$url does not exist"

# Rule packs as readable copies of rules/, and the docs.
diff -r rules "$prefix/share/claimcheck/rules" >&2 || fail "share/claimcheck/rules differs from rules/"
for f in README.md cli.md ci.md install.md checks/date.range-degenerate.md; do
  [ -f "$prefix/share/doc/claimcheck/$f" ] || fail "share/doc/claimcheck/$f is not installed"
done
# An installed pack is a working example: --rules takes a copy of it (under another pack name).
sed 's/^pack: .*/pack: copied-example/' "$prefix/share/claimcheck/rules/lint/typos.yaml" >"$tmp/work/copy.yaml"
(cd "$tmp/work" && "$bin" rules --lint copy.yaml) >"$tmp/lint.out" 2>&1 ||
  fail "rules --lint on a copy of an installed pack: $(cat "$tmp/lint.out")"

# Man pages: claimcheck(1) and one per subcommand, found by man.
for page in claimcheck claimcheck-check claimcheck-report claimcheck-times claimcheck-claims claimcheck-graph \
  claimcheck-extract claimcheck-rules claimcheck-config; do
  [ -f "$prefix/share/man/man1/$page.1" ] || fail "man page $page.1 is not installed"
done
[ -f "$prefix/share/man/man1/claimcheck-completion.1" ] && fail "the hidden completion command got a man page"
if command -v man >/dev/null; then
  [ "$(MANPATH=$prefix/share/man man -w claimcheck 2>&1)" = "$prefix/share/man/man1/claimcheck.1" ] ||
    fail "man -w claimcheck does not find the installed page: $(MANPATH=$prefix/share/man man -w claimcheck 2>&1)"
else
  fail "man is not installed (scripts/setup installs man-db)"
fi
# The page is the binary's --help: every option of check is in claimcheck-check(1).
for opt in $("$bin" check --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -q -- "${opt//-/\\\\-}" "$prefix/share/man/man1/claimcheck-check.1" ||
    grep -q -- "$opt" "$prefix/share/man/man1/claimcheck-check.1" || fail "claimcheck-check(1) lacks $opt"
done

[ -x "$prefix/share/claimcheck/ci/lint-step.sh" ] || fail "the CI recipe scripts are not installed"
[ -f "$prefix/share/bash-completion/completions/claimcheck" ] || fail "the bash completion is not installed"
[ -f "$prefix/share/zsh/vendor-completions/_claimcheck" ] || fail "the zsh completion is not installed"
finish
