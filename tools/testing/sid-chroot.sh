#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# A minimal Debian sid chroot with gcc, dkms and the headers of sid's SID_KERNEL
# (7.2) kernel, for building our modules against the newest mainline that
# Debian packages: sid's linux-headers and linux-kbuild run tools linked
# against sid's C library, which this bookworm machine does not have.
# Debootstrapped once into the cache, keyed by suite and date, and reused
# for a week, then replaced. The mirror is the one this machine's apt already uses for
# Debian. Prints the chroot's directory; with "run", runs COMMAND in it,
# with a /proc of its own (objtool reads it), in a mount namespace that
# goes with the command.
# Usage: sid-chroot.sh [run COMMAND...]
set -euo pipefail
LOG_TAG=sid
. "$(dirname "$0")/env.sh"

suite=sid
if [ "$(id -u)" != 0 ]; then
	command -v sudo > /dev/null || die "debootstrap and chroot need root"
	exec sudo SIO_CACHE="$CACHE_DIR" "$0" "$@"
fi
command -v debootstrap > /dev/null || die "apt-get install debootstrap"

if [ "${1:-}" = run ]; then
	shift
	root=$("$0")
	exec unshare --mount --propagation private -- sh -c \
		'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$root" "$@"
fi

newest=$(ls -d "$CACHE_DIR/chroot/$suite-"*/.complete 2>/dev/null | sort | tail -n 1 || :)
if [ -n "$newest" ] && [ -n "$(find "$newest" -mtime -7)" ]; then
	dirname "$newest"
	exit 0
fi

# This machine's Debian archive: the one it takes its own release from.
codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
mirror=$(apt-get indextargets --format '$(REPO_URI)' \
	 "Codename: $codename" 'Label: Debian' 'Identifier: Packages' | head -n 1)
[ -n "$mirror" ] || die "no Debian archive for $codename in this machine's apt sources"

root=$CACHE_DIR/chroot/$suite-$(date +%Y%m%d)
log "debootstrapping $suite from $mirror into $root"
rm -rf "$root" && mkdir -p "$root"
debootstrap --variant=minbase --include=gcc,make,bc,bison,flex,libelf-dev,libssl-dev,kmod,xz-utils,dkms \
	"$suite" "$root" "$mirror" > "$root.log" 2>&1 ||
	{ tail -n 20 "$root.log" >&2; die "debootstrap failed, see $root.log"; }

chroot "$root" apt-get update -q >> "$root.log" 2>&1 || die "apt-get update in $root failed"
headers=$(chroot "$root" apt-cache search --names-only \
	  "^linux-headers-${SID_KERNEL:-7.2}\.[0-9]+(\+[a-z0-9]+)?-amd64\$" |
	  cut -d' ' -f1 | sort -V | tail -n 1)
[ -n "$headers" ] || die "$suite has no linux-headers-${SID_KERNEL:-7.2}.*-amd64"
log "installing $headers"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	--no-install-recommends "$headers" >> "$root.log" 2>&1 ||
	{ tail -n 20 "$root.log" >&2; die "apt-get install $headers failed, see $root.log"; }
echo "${headers#linux-headers-}" > "$root/kernel-release"
touch "$root/.complete"
# The chroots it replaces, and their logs.
find "$CACHE_DIR/chroot" -mindepth 1 -maxdepth 1 -name "$suite-*" \
	! -name "$(basename "$root")" ! -name "$(basename "$root").log" -exec rm -rf {} +
echo "$root"
