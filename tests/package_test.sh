#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB) into a temporary folder and checks what apt users get:
# a stripped binary, a maintainer, a copyright file, a gzipped man page, bash-completion
# recommended.
set -euo pipefail
build_dir=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
if ! grep -q 'CPACK_DEBIAN_PACKAGE_MAINTAINER "[^"]* <[^"]*@[^"]*>"' "$build_dir/CPackConfig.cmake"; then
    # A build whose git knows nobody: the test names a maintainer, as a release build does.
    maintainer=(-D 'CPACK_DEBIAN_PACKAGE_MAINTAINER=privmap test <test@example.org>')
fi
cpack -G DEB -B "$out" --config "$build_dir/CPackConfig.cmake" "${maintainer[@]}" >"$out/cpack.log" 2>&1 ||
    { cat "$out/cpack.log"; fail "cpack failed"; }
deb=$(ls "$out"/privmap_*.deb)
fields=$(dpkg-deb --field "$deb")
grep -q '^Maintainer: .* <.*@.*>$' <<<"$fields" || fail "no maintainer with an address: $fields"
grep -q 'localhost' <<<"$fields" && fail "a maintainer at localhost"
grep -q '^Recommends: bash-completion, hyphen-nl, hyphen-de, hyphen-fr$' <<<"$fields" || fail "bash-completion and the hyphenation dictionaries are not recommended"
files=$(dpkg-deb --contents "$deb")
grep -q ' ./usr/share/doc/privmap/copyright$' <<<"$files" || fail "no copyright file"
grep -q ' ./usr/share/man/man1/privmap.1.gz$' <<<"$files" || fail "no gzipped man page"
grep -q ' ./usr/share/man/man1/privmap.1$' <<<"$files" && fail "an uncompressed man page"
dpkg-deb --extract "$deb" "$out/root"
if readelf --sections "$out/root/usr/bin/privmap" | grep -q '\.debug_info'; then
    fail "the binary keeps its debug symbols"
fi
size=$(stat -c %s "$out/root/usr/bin/privmap")
echo "the package's privmap is stripped ($((size / 1024 / 1024)) MB) and the package is complete"
