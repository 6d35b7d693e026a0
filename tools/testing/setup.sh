#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Install the Debian packages the build and the tests need, if any is missing.
set -euo pipefail
LOG_TAG=setup
. "$(dirname "$0")/env.sh"

packages=(
	"$KERNEL_PKG" build-essential bc bison flex libelf-dev libssl-dev
	cpio xz-utils kmod rsync python3 util-linux
	qemu-system-x86 busybox-static sparse coccinelle ocaml-nox
	# coccinelle loads libpython3.11.so, which only the -dev package has
	libpython3-dev
	dt-schema device-tree-compiler yamllint gcc-aarch64-linux-gnu
	# make demo draws the PWM pin with it
	python3-matplotlib
	# the build matrix, the documentation check and DKMS
	gcc-arm-linux-gnueabihf clang lld llvm python3-docutils dkms
	# the sid chroot that builds against the newest mainline's headers
	debootstrap
	# checkpatch's licence check in a git tree
	python3-ply python3-git
	# the series' bisect test builds the same objects on every run
	ccache
)

install_missing() {
	local pkg missing=() sudo=
	for pkg; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" ||
			missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0

	if [ "$(id -u)" != 0 ]; then
		command -v sudo >/dev/null || die "as root, run: apt-get install ${missing[*]}"
		sudo=sudo
	fi
	log "installing ${missing[*]}"
	[ -n "${updated:-}" ] || $sudo apt-get update -q >&2
	updated=1
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q \
		--no-install-recommends "${missing[@]}" >&2
}

install_missing "${packages[@]}"
# Debian's stock kernel of the same version as linux-source, for DKMS. Its
# headers package pulls in the kernel image, which the tests do not boot:
# they boot a copy unpacked into the cache.
install_missing "linux-headers-$(stock_kernel_release)"
# Debian 12's default kernel, for the build matrix and DKMS on 6.1.
install_missing "linux-headers-$(bookworm_kernel_release)"
