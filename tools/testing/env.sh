# SPDX-License-Identifier: GPL-2.0
# Paths shared by the test harness scripts. Source it; do not run it.
#
# The cache lives outside the repository; SIO_CACHE moves it.

TESTING_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$TESTING_DIR/../.." && pwd)
CACHE_DIR=${SIO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fintek-tpm-drivers}
KERNEL_PKG=linux-source-6.12
KERNEL_TARBALL=/usr/src/$KERNEL_PKG.tar.xz
# Config fragments merged in order over allnoconfig, a later one overriding
# an earlier one: the debug test kernel, unless make bench asks for another.
KERNEL_FRAGMENTS=${SIO_KERNEL_FRAGMENTS:-$TESTING_DIR/test-kernel.config}

log() { printf '[%s %s] %s\n' "${LOG_TAG:-harness}" "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

kernel_pkg_version() {
	dpkg-query -W -f='${Version}' "$KERNEL_PKG" 2>/dev/null
}

# How kernel.sh makes the .config from the fragment; change it whenever
# kernel.sh changes what it builds, so that the cache key changes too.
KERNEL_RECIPE="x86_64: allnoconfig, merge test-kernel.config, olddefconfig"

# The build is keyed by the source package version and everything that
# shapes the .config, so a change to either gets a fresh tree.
kernel_build_dir() {
	local key
	key=$( { kernel_pkg_version; echo "$KERNEL_RECIPE"; cat $KERNEL_FRAGMENTS; } |
	       sha256sum | cut -c1-12)
	echo "$CACHE_DIR/kernel/$(kernel_pkg_version)-$key"
}

kernel_src_dir() {
	echo "$CACHE_DIR/src/$KERNEL_PKG-$(kernel_pkg_version)"
}

# Our sources, without what a build left beside them, copied to DEST for an
# out-of-tree build of their own there.
sync_sources() {
	rsync -a --delete --exclude=.git --exclude='*.o' --exclude='*.ko' \
		--exclude='.*.cmd' --exclude='*.mod*' --exclude=Module.symvers \
		--exclude=modules.order --exclude=demo-output "$REPO_DIR/" "$1/"
}

# Debian's own kernel built from the same source version, e.g.
# 6.12.117+deb12-amd64: its headers for DKMS, its image to boot.
stock_kernel_release() {
	local version
	version=$(kernel_pkg_version)
	[ -n "$version" ] || version=$(apt-cache show --no-all-versions "$KERNEL_PKG" |
				       sed -n 's/^Version: //p')
	echo "${version%%-*}+deb12-amd64"
}

# Debian 12's own kernel, 6.1, e.g. 6.1.0-56-amd64: the newest ABI whose
# headers the archive has.
bookworm_kernel_release() {
	apt-cache search --names-only '^linux-headers-6\.1\.0-[0-9]+-amd64$' |
		cut -d' ' -f1 | sort -V | tail -n 1 | sed 's/^linux-headers-//'
}
