#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The in-tree user the Super I/O series converts to the library,
# gpio-f7188x (tools/packaging/series/superio-users/), on the Fintek
# model. Our 6.12 debug test kernel has no GPIOLIB, so this boots
# Debian's stock 7.2 kernel, the one the series is for: in the sid chroot
# (tools/testing/sid-chroot.sh), against that kernel's headers, it builds
# the library with its test hooks and the model, gpio-f7188x as the series
# leaves it and 7.2's own gpio-f7188x unmodified
# (tools/testing/gpio-f7188x/Kbuild); then it boots the kernel in QEMU,
# as the DKMS test of 7.2 unpacked it, and runs
# guest/e2e/superio_gpio_f7188x_e2e.sh. Alone, prints the verdict; make
# check passes a RESULTS_DIR, where the console and the results of the boot
# "stock-7.2" go for its own verdict.
# Usage: gpio-f7188x.sh [WORKDIR [RESULTS_DIR]], WORKDIR by default in the cache
set -euo pipefail
LOG_TAG=gpio-f7188x
. "$(dirname "$0")/env.sh"

work=${1:-$CACHE_DIR/gpio-f7188x}
results=${2:-$work}
group=superio_gpio_f7188x_e2e boot=stock-7.2
root=$("$TESTING_DIR/sid-chroot.sh") || die "no sid chroot"
release=$(cat "$root/kernel-release")
stock=$CACHE_DIR/stock/$release
[ -f "$stock/.complete" ] ||
	die "no $stock: the DKMS test of 7.2 unpacks it (tools/packaging/dkms-test.sh '' 7.2)"
ksrc=$(ls -d "$CACHE_DIR"/src/linux-source-7.2-* 2>/dev/null | sort -V | tail -n 1)
[ -f "$ksrc/drivers/gpio/gpio-f7188x.c" ] ||
	die "no sources of Linux 7.2 in $CACHE_DIR/src (linux-source-7.2 unpacked)"
sid() { "$TESTING_DIR/sid-chroot.sh" run "$@"; }

# gpio-f7188x as the series leaves it: its patches on 7.2's files.
tree=$work/tree
rm -rf "$work" && mkdir -p "$tree/drivers/gpio"
cp "$ksrc/drivers/gpio/gpio-f7188x.c" "$ksrc/drivers/gpio/Kconfig" "$tree/drivers/gpio/"
for patch in "$REPO_DIR"/tools/packaging/series/superio-users/*.patch; do
	patch -s -p1 -d "$tree" < "$patch" || die "$(basename "$patch") does not apply to $ksrc"
done

# The builds run in the chroot, so their sources are there.
build=/tmp/sio-gpio-f7188x
mkdir -p "$root$build"
sync_sources "$root$build/src"
rm -rf "$root$build/gpio" && mkdir -p "$root$build/gpio"
cp "$tree/drivers/gpio/gpio-f7188x.c" "$TESTING_DIR"/gpio-f7188x/{Kbuild,mainline_gpio.h} \
	"$root$build/gpio/"
cp "$ksrc/drivers/gpio/gpio-f7188x.c" "$root$build/gpio/mainline-gpio-f7188x.c"
kdir=/lib/modules/$release/build
log "building the library, the model and both gpio-f7188x for $release"
{ sid make -C "$kdir" M="$build/src" CONFIG_HW_MODEL=m CONFIG_SUPERIO=m \
	CONFIG_SUPERIO_TEST_HOOKS=y CONFIG_SUPERIO_FINTEK_MODEL=m W=1 -j"$(nproc)" modules &&
  sid make -C "$kdir" M="$build/gpio" SIO_SRC="$build/src" \
	KBUILD_EXTRA_SYMBOLS="$build/src/Module.symvers" W=1 -j"$(nproc)" modules
} > "$work/build.log" 2>&1 || { tail -n 20 "$work/build.log" >&2; die "build failed"; }
! grep -E 'warning:|error:' "$work/build.log" || die "the build warns, see $work/build.log"

# Our modules and the stock ones they need, uncompressed: busybox insmod
# cannot ask the kernel to decompress them.
mods=$work/modules
mkdir -p "$mods"
find "$root$build/src" "$root$build/gpio" -name '*.ko' -exec cp {} "$mods/" \;
for ko in "$mods"/*.ko; do
	modinfo -F depends "$ko" | tr , '\n'
done | sort -u | while read -r dep; do
	[ -z "$dep" ] || [ -e "$mods/$dep.ko" ] ||
		modprobe -d "$stock/root" -S "$release" --show-depends "$dep" |
		sed -n 's/^insmod \([^ ]*\).*/\1/p'
done | sort -u | while read -r ko; do
	case $ko in
	*.zst) zstd -qdc "$ko" > "$mods/$(basename "${ko%.zst}")" ;;
	*) xz -dcf "$ko" > "$mods/$(basename "${ko%.xz}")" ;;
	esac || exit 1
done || die "cannot unpack the stock modules we need"

"$TESTING_DIR/initramfs.sh" "$stock" "$mods" "$work/initramfs.cpio"
QEMU_TIMEOUT=${QEMU_TIMEOUT:-600} "$TESTING_DIR/qemu.sh" "$stock" "$work/initramfs.cpio" \
	"$results/console-$boot.log" "$results/results-$boot.raw" "sio.run=$group" "$boot"
[ $# -ge 2 ] || "$TESTING_DIR/verdict.py" "$(kernel_src_dir)/tools/testing/kunit/kunit.py" \
	"$work" "$boot=$group"
