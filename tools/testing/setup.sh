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
)

missing=()
for pkg in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" ||
		missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null || die "as root, run: apt-get install ${missing[*]}"
	sudo=sudo
fi
log "installing ${missing[*]}"
$sudo apt-get update -q >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q \
	--no-install-recommends "${missing[@]}" >&2
