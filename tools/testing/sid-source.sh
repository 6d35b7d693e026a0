#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The sources of the newest mainline that Debian packages: sid's
# linux-source-$SID_KERNEL (7.2), which make patches writes its series
# against. Downloaded with apt in the sid chroot of sid-chroot.sh (so from
# the Debian mirror this machine's apt uses), unpacked once into the cache
# keyed by the package's version, and never built in. Prints the
# directory; with "version", only the package version.
# Usage: sid-source.sh [version]
set -euo pipefail
LOG_TAG=sid-source
. "$(dirname "$0")/env.sh"

pkg=$SID_SOURCE_PKG
# The version the sid chroot's apt knows; the chroot is renewed weekly.
version=$("$TESTING_DIR/sid-chroot.sh" run apt-cache show --no-all-versions "$pkg" \
	  2>/dev/null | sed -n 's/^Version: //p')
[ -n "$version" ] || die "sid has no $pkg"
if [ "${1:-}" = version ]; then
	echo "$version"
	exit 0
fi

src=$CACHE_DIR/src/$pkg-$version
if [ -f "$src/Makefile" ]; then
	echo "$src"
	exit 0
fi

log "downloading $pkg $version in the sid chroot, unpacking it into $src"
root=$("$TESTING_DIR/sid-chroot.sh")
deb=$pkg\_${version//:/%3a}_all.deb
# apt-get download writes to the working directory: the chroot's /tmp.
"$TESTING_DIR/sid-chroot.sh" run sh -c 'cd /tmp && apt-get download -q "$0=$1"' \
	"$pkg" "$version" >&2 || die "apt-get download $pkg=$version failed"
tmp=$src.tmp
rm -rf "$tmp" && mkdir -p "$tmp/deb"
dpkg-deb -x "$root/tmp/$deb" "$tmp/deb" &&
	tar -xJf "$tmp/deb/usr/src/$pkg.tar.xz" -C "$tmp" --strip-components=1 &&
	rm -rf "$tmp/deb" "$root/tmp/$deb" || die "cannot unpack $deb"
[ -f "$tmp/Makefile" ] || die "$deb holds no kernel source tree"
mv "$tmp" "$src"
echo "$src"
