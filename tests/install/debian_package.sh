#!/usr/bin/env bash
# The Debian package: built with CPack from the existing build (in a temporary directory, never in
# the build tree), installed with apt-get like a newsroom's CI image would, then `claimcheck
# --version` and `man -w claimcheck` from the system, then removed, also when a step fails.
# Runs as root (registered only then). Refuses to touch a claimcheck already installed.
# Usage: debian_package.sh BUILD-DIR   (run from the source root)
build=$1
. tests/ci/lib.sh
# One run at a time on this machine: the package is system-wide.
exec 9>/tmp/claimcheck-debian-package-test.lock
flock -w 300 9 || { fail "another package test holds /tmp/claimcheck-debian-package-test.lock"; finish; }
if dpkg-query -W -f='${Status}' claimcheck 2>/dev/null | grep -q "ok installed"; then
  fail "a claimcheck package is already installed on this machine; the test will not replace it"
  finish
fi
tmp=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=120 claimcheck >/dev/null 2>&1 ||
      dpkg --purge claimcheck >/dev/null 2>&1
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp" >"$tmp/cpack.log" 2>&1 || {
  cat "$tmp/cpack.log" >&2
  fail "cpack failed"
  finish
}
deb=$(ls "$tmp"/claimcheck_*.deb 2>/dev/null)
[ -f "$deb" ] || { fail "no claimcheck_*.deb in $tmp"; finish; }
case $(basename "$deb") in "claimcheck_${version}_"*.deb) ;; *) fail "$deb: not version $version" ;; esac
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libre2 libyaml-cpp libicu libc6 libstdc++6; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
dpkg-deb -c "$deb" >"$tmp/contents"
for f in ./usr/bin/claimcheck ./usr/share/man/man1/claimcheck.1 ./usr/share/man/man1/claimcheck-check.1 \
  ./usr/share/bash-completion/completions/claimcheck ./usr/share/zsh/vendor-completions/_claimcheck \
  ./usr/share/claimcheck/rules/lint/dates.yaml ./usr/share/doc/claimcheck/ci.md; do
  grep -q " $f\$" "$tmp/contents" || fail "the package lacks $f"
done

installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 "$deb" >"$tmp/apt.log" 2>&1 || {
  cat "$tmp/apt.log" >&2
  fail "apt-get install $deb failed"
}
[ "$(/usr/bin/claimcheck --version)" = "claimcheck $version" ] ||
  fail "/usr/bin/claimcheck --version: $(/usr/bin/claimcheck --version 2>&1)"
[ "$(MANPATH= man -w claimcheck 2>&1)" = /usr/share/man/man1/claimcheck.1 ] ||
  fail "man -w claimcheck: $(MANPATH= man -w claimcheck 2>&1)"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=120 claimcheck >"$tmp/remove.log" 2>&1 ||
  fail "apt-get remove claimcheck: $(cat "$tmp/remove.log")"
installed=0
[ -e /usr/bin/claimcheck ] && fail "/usr/bin/claimcheck is still there after apt-get remove"
finish
