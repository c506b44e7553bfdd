#!/usr/bin/env bash
# The Debian package, as a machine without Swift would use it: unpacked into a temporary
# root (dpkg -x), its binary must need no library of the Swift toolchain (ldd), and, run
# with the toolchain gone from PATH and LD_LIBRARY_PATH, must rebuild the example site
# byte for byte as committed in public/.
#
#   tests/deb/test_deb.sh PACKAGE.deb VERSION AS_OF
set -euo pipefail

deb=$1
version=$2
as_of=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_deb: $*" >&2; exit 1; }

[ "$(dpkg-deb --field "$deb" Package)" = civic ] || fail "the package is not named civic"
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "the package's version is not $version"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libcmark-gfm0 libcmark-gfm-extensions0 libc6 tzdata; do
  case "$depends" in *"$needed"*) ;; *) fail "Depends lacks $needed: $depends" ;; esac
done
case "$depends" in *swift*|*Swift*) fail "Depends names a Swift package: $depends" ;; esac

dpkg -x "$deb" "$work/root"
civic=$work/root/usr/bin/civic
[ -x "$civic" ] || fail "the package has no usr/bin/civic"

libraries=$(env -u LD_LIBRARY_PATH ldd "$civic")
echo "$libraries"
if echo "$libraries" | grep -q 'not found'; then fail "a library the binary needs is missing"; fi
if echo "$libraries" | grep -E -q 'swift|libFoundation|libdispatch|libBlocksRuntime'; then
  fail "the binary needs a library of the Swift toolchain"
fi
if readelf -d "$civic" | grep -E -q 'RPATH|RUNPATH'; then fail "the binary carries a run path"; fi

# No toolchain: a PATH of the system's folders only, no LD_LIBRARY_PATH, and a HOME of its own.
run() { env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$work/home" LANG=C.UTF-8 "$civic" "$@"; }
mkdir -p "$work/home"
[ "$(run --version)" = "$version" ] || fail "civic --version does not say $version"

cp -R "$root/content" "$work/site-content"
mkdir -p "$work/site" && mv "$work/site-content" "$work/site/content"
[ -d "$root/templates" ] && cp -R "$root/templates" "$work/site/templates"
run check --site "$work/site"
run build --site "$work/site" --output "$work/out" --as-of "$as_of"
diff -r "$work/out" "$root/public" || fail "the packaged civic did not rebuild public/ byte for byte"
echo "test_deb: $deb installs without Swift and rebuilds public/ byte for byte"
