#!/usr/bin/env bash
# Packs a release build of civic into civic_VERSION_ARCH.deb, for machines with no Swift
# toolchain. The binary must be linked with --static-swift-stdlib (see `make build`); what it
# still needs from the system is read off the binary itself by dpkg-shlibdeps, so the
# package's Depends line is the Debian packages of the libraries `ldd` shows, with the
# versions their symbols need.
#
#   scripts/make-deb.sh BINARY VERSION OUTPUT_FOLDER
set -euo pipefail

binary=$1
version=$2
out=$3
arch=$(dpkg --print-architecture)
root=$(cd "$(dirname "$0")/.." && pwd)
homepage=$(sed -n 's/.*static let repository = "\(.*\)".*/\1/p' "$root/Sources/Civic/Support/CivicVersion.swift")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pkg=$work/civic_${version}_${arch}

install -d "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/doc/civic"
install -m 0755 "$binary" "$pkg/usr/bin/civic"
strip --strip-unneeded "$pkg/usr/bin/civic"

# A binary that still needs a Swift library would fail on a machine without the toolchain:
# refuse to pack it.
if ldd "$pkg/usr/bin/civic" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|/swift/' ; then
  echo "make-deb: $binary needs Swift's own libraries at run time; build it with --static-swift-stdlib" >&2
  exit 1
fi

install -m 0644 "$root/README.md" "$pkg/usr/share/doc/civic/README.md"
cat > "$pkg/usr/share/doc/civic/copyright" <<'EOF'
civic: a static site generator for public learning in civic partnerships.
The binary includes the Swift standard library and Foundation (Apache License 2.0 with
Runtime Library Exception), Yams (MIT), swift-mustache, swift-argument-parser, Hummingbird,
SwiftNIO and swift-service-lifecycle (Apache License 2.0).
EOF

# dpkg-shlibdeps wants a source package's debian/control to read; it only needs the names.
mkdir -p "$work/src/debian"
printf 'Source: civic\n\nPackage: civic\nArchitecture: %s\n' "$arch" > "$work/src/debian/control"
depends=$(cd "$work/src" && dpkg-shlibdeps -O -e"$pkg/usr/bin/civic" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
# Time zones: a site's dates are read in the time zone site.yml names.
depends="$depends, tzdata"

size=$(du -k -s "$pkg/usr" | cut -f1)
cat > "$pkg/DEBIAN/control" <<EOF
Package: civic
Version: $version
Architecture: $arch
Maintainer: civic developers <civic@example.org>
Installed-Size: $size
Depends: $depends
Section: web
Priority: optional
Homepage: $homepage
Description: static site generator for public learning in civic partnerships
 civic turns a partnership's plain files (outcomes, indicators, commitments,
 joint reviews, conversations, celebrations) into a fast, accessible static
 website with open data. This package needs no Swift toolchain.
EOF

mkdir -p "$out"
dpkg-deb --root-owner-group --build "$pkg" "$out/civic_${version}_${arch}.deb" >/dev/null
echo "$out/civic_${version}_${arch}.deb"
