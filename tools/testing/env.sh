# SPDX-License-Identifier: GPL-2.0
# Paths shared by the test harness scripts. Source it; do not run it.
#
# The cache lives outside the repository; SIO_CACHE moves it.

TESTING_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$TESTING_DIR/../.." && pwd)
CACHE_DIR=${SIO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fintek-tpm-drivers}
KERNEL_PKG=linux-source-6.12
KERNEL_TARBALL=/usr/src/$KERNEL_PKG.tar.xz
# The newest mainline that Debian packages (sid's), which make patches
# writes its series against: tools/testing/sid-source.sh fetches it.
SID_KERNEL=${SID_KERNEL:-7.2}
SID_SOURCE_PKG=linux-source-$SID_KERNEL
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

# What a kernel build leaves beside the sources (as in .gitignore).
BUILD_PRODUCTS=('*.o' '*.o.*' '*.ko' '*.mod' '*.mod.c' '.*.cmd' '.*.d' '*.order'
	'*.symvers' '*.dwo' '*.su' '*.lst' '*.i' '*.s' '.tmp_versions/')

# The project's files, one a line, relative to REPO_DIR: those git tracks
# (whatever else the work tree holds, such as what "make install" built
# there), or in a tree without git (a tarball's) every file but the build
# products.
project_files() {
	local pattern args=()
	if git -C "$REPO_DIR" rev-parse --git-dir > /dev/null 2>&1; then
		# Not what was deleted and not yet committed.
		git -C "$REPO_DIR" ls-files --cached --deleted -z |
			sort -z | uniq -zu | tr '\0' '\n'
		return
	fi
	for pattern in "${BUILD_PRODUCTS[@]}"; do
		args+=(! -name "${pattern%/}")
	done
	(cd "$REPO_DIR" && find . \( -name .git -o -name demo-output \) -prune -o \
		-type f "${args[@]}" -print | sed 's|^\./||' | sort)
}

# The project's files (project_files) copied to DEST for a build of their
# own there. What builds there left stays, for the next build to reuse;
# anything else not in the project goes.
sync_sources() {
	local pattern protect=()
	for pattern in "${BUILD_PRODUCTS[@]}"; do
		protect+=(--filter="P $pattern")
	done
	mkdir -p "$1"
	project_files | awk '{
		n = split($0, part, "/")
		dir = ""
		for (i = 1; i < n; i++) {
			dir = dir "/" part[i]
			if (!(dir in seen)) { seen[dir]; print "+ " dir "/" }
		}
		print "+ /" $0
	} END { print "- *" }' | rsync -a --delete --delete-excluded "${protect[@]}" \
		--filter='. -' "$REPO_DIR/" "$1/"
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
