#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# DKMS for real: dkms add, build and install the drivers, with their chip
# models (SIO_FLAVOUR=model), for one of Debian's stock kernels, against
# its linux-headers; then boot that kernel, from its .deb unpacked into
# the cache, in QEMU with the installed modules and run
# guest/dkms_stock.sh. KERNEL is 6.12 (the default), 6.1 (Debian 12's
# default kernel) or 7.2 (sid's, whose headers' tools need sid's C
# library: DKMS runs in the sid chroot of tools/testing/sid-chroot.sh).
# Leaves WORKDIR/console-dkms-KERNEL.log and results-dkms-KERNEL.raw for
# verdict.py (as the boot dkms-KERNEL=dkms_stock), whose verdict it prints.
# Usage: dkms-test.sh [WORKDIR [KERNEL]], by default in the cache, 6.12
set -uo pipefail
LOG_TAG=dkms
. "$(dirname "$0")/../testing/env.sh"

work=${1:-$CACHE_DIR/packaging/dkms} kernel=${2:-6.12}
group=dkms_stock boot=dkms-$kernel
# in: runs a command where that kernel's headers work; root: where its
# files are seen from here.
in=() root=
case $kernel in
6.12) release=$(stock_kernel_release) ;;
6.1) release=$(bookworm_kernel_release) ;;
7.2)
	root=$("$TESTING_DIR/sid-chroot.sh") || { log "error: no sid chroot"; exit 1; }
	release=$(cat "$root/kernel-release")
	in=("$TESTING_DIR/sid-chroot.sh" run) ;;
*) die "no DKMS test for $kernel: 6.12, 6.1 or 7.2" ;;
esac
name=$(sed -n 's/^PACKAGE_NAME="\(.*\)"$/\1/p' "$REPO_DIR/dkms.conf")
version=$(sed -n 's/^PACKAGE_VERSION="\(.*\)"$/\1/p' "$REPO_DIR/dkms.conf")
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
mkdir -p "$work"
: > "$work/results-$boot.raw"
rm -f "$work/console-$boot.log"

# A failure before the boot is a result too; verdict.py adds that the
# guest never ran.
fail() {
	printf '# chunk %s\nKTAP version 1\n1..1\nnot ok 1 %s # %s\n' \
		"$group" "$group" "$*" > "$work/results-$boot.raw"
	log "error: $*"
	exit 1
}
dkms_() { $sudo "${in[@]}" env SIO_FLAVOUR=model dkms "$@"; }

# What DKMS installs is the machine's, not the checkout's: one run at a
# time, or two checkouts' make check remove each other's modules.
mkdir -p "$CACHE_DIR"
exec 9> "$CACHE_DIR/dkms.lock"
flock 9

[ -e "$root/lib/modules/$release/build/Makefile" ] ||
	fail "linux-headers-$release missing: run tools/testing/setup.sh"

# DKMS in the chroot sees only the chroot.
src=$work/dkms-src
[ -z "$root" ] || src=$root/tmp/sio-dkms-src
sync_sources "$src"
# A warm run with the same sources reuses what DKMS installed last time.
stamp=$( { echo "$release"; cd "$src" && find . -type f | sort |
	   xargs sha256sum; } | sha256sum | cut -c1-16)
stamp_file=$root/var/lib/dkms/$name/$version/$release-sources
if dkms_ status "$name/$version" -k "$release" | grep -q ': installed' &&
   [ "$(cat "$stamp_file" 2>/dev/null)" = "$stamp" ]; then
	log "$name/$version: installed for $release from these sources already"
else
	log "dkms add, build, install $name/$version for $release"
	if dkms_ status "$name/$version" | grep -q .; then
		dkms_ remove "$name/$version" --all > "$work/dkms-remove.log" 2>&1
	fi
	$sudo rm -rf "$root/usr/src/$name-$version"
	for step in add build install; do
		case $step in
		add) args=("${src#"$root"}") ;;
		*) args=("$name/$version" -k "$release") ;;
		esac
		dkms_ "$step" "${args[@]}" > "$work/dkms-$step.log" 2>&1 || {
			cat "$root/var/lib/dkms/$name/$version/build/make.log" \
				>> "$work/dkms-$step.log" 2>/dev/null
			fail "dkms $step failed, see $work/dkms-$step.log"
		}
	done
	dkms_ status "$name/$version" -k "$release" | grep -q ': installed' ||
		fail "dkms status does not say installed: $(dkms_ status "$name/$version")"
	echo "$stamp" | $sudo tee "$stamp_file" > /dev/null
fi
installed=$root/lib/modules/$release/updates/dkms

# The image, unpacked from its .deb rather than installed on this machine.
# qemu.sh and initramfs.sh want a kernel build directory; this one has
# what they read from it.
stock=$CACHE_DIR/stock/$release
if [ ! -f "$stock/.complete" ]; then
	log "downloading and unpacking linux-image-$release into $stock"
	rm -rf "$stock" && mkdir -p "$stock/deb" "$stock/arch/x86/boot" \
		"$stock/include/config" "$stock/usr" || fail "cannot create $stock"
	# From the archive of the headers, with its dpkg and depmod.
	unpack=$stock
	[ -z "$root" ] || unpack=$root/tmp/sio-stock-$release
	rm -rf "$unpack/deb" "$unpack/root" && mkdir -p "$unpack/deb" || fail "cannot create $unpack"
	# Newer kernels split the image into packages of its own (kernel
	# binary, modules, base files) that linux-image-* depends on.
	"${in[@]}" sh -c 'cd "$0" && for pkg in image binary modules base; do
			pkg=linux-$pkg-$1
			[ $pkg = linux-image-$1 ] || apt-cache show "$pkg" > /dev/null 2>&1 ||
				continue
			apt-get download -q "$pkg" || exit 1
		done' "${unpack#"$root"}/deb" "$release" \
		> "$work/download.log" 2>&1 || fail "apt-get download linux-image-$release failed"
	# Newer packages put the modules and the image under /usr/lib only,
	# for a merged /usr.
	"${in[@]}" sh -c 'for deb in "$0"/deb/*.deb; do
				dpkg-deb -x "$deb" "$0/root" || exit 1
			  done &&
			  { [ -e "$0/root/lib" ] || ln -s usr/lib "$0/root/lib"; } &&
			  depmod -b "$0/root" "$1"' "${unpack#"$root"}" "$release" ||
		fail "dpkg-deb -x or depmod of the stock modules failed"
	[ -z "$root" ] || mv "$unpack/root" "$stock/root" || fail "cannot move $unpack/root"
	rm -rf "$unpack/deb"
	vmlinuz=root/boot/vmlinuz-$release
	[ -e "$stock/$vmlinuz" ] || vmlinuz=root/lib/modules/$release/vmlinuz
	ln -s "../../../$vmlinuz" "$stock/arch/x86/boot/bzImage"
	echo "$release" > "$stock/include/config/kernel.release"
	touch "$stock/.complete"
fi
# The cpio packer is a host tool; any 6.12 build has it.
ln -sf "$("$TESTING_DIR/kernel.sh")/usr/gen_init_cpio" "$stock/usr/gen_init_cpio" ||
	fail "no test kernel build for gen_init_cpio"

# Our modules, and the stock modules they need (watchdog.ko: the stock
# kernel has WATCHDOG_CORE=m), uncompressed: busybox insmod cannot ask the
# kernel to decompress them.
mods=$work/dkms-modules
rm -rf "$mods" && mkdir -p "$mods"
unpack_ko() {	# unpack_ko KO: into $mods, as the kernel's config compressed it
	case $1 in
	*.zst) zstd -qdc "$1" > "$mods/$(basename "${1%.zst}")" ;;
	*) xz -dcf "$1" > "$mods/$(basename "${1%.xz}")" ;;
	esac
}
for ko in "$installed"/*.ko*; do
	unpack_ko "$ko" || fail "cannot unpack $ko"
	for dep in $(modinfo -F depends "$ko" | tr , ' '); do
		[ -e "$installed/$dep.ko" ] || [ -e "$installed/$dep.ko.xz" ] ||
			echo "$dep"
	done
done | sort -u > "$work/stock-deps"
while read -r dep; do
	modprobe -d "$stock/root" -S "$release" --show-depends "$dep" |
		sed -n 's/^insmod \([^ ]*\).*/\1/p'
done < "$work/stock-deps" | sort -u | while read -r ko; do
	unpack_ko "$ko" || exit 1
done || fail "cannot unpack the stock modules we need"
[ -e "$mods/fintek_wdt.ko" ] && [ -e "$mods/watchdog.ko" ] ||
	fail "only $(ls "$mods" | tr '\n' ' ') to boot with"

# The group's script on top of the usual test initramfs: the kernel
# unpacks concatenated archives in order.
"$TESTING_DIR/initramfs.sh" "$stock" "$mods" "$work/dkms-initramfs.cpio" ||
	fail "initramfs.sh failed"
printf 'file /tests/e2e/%s.sh %s 0755 0 0\n' "$group" \
	"$(dirname "$0")/guest/$group.sh" > "$work/dkms-extra.list"
"$stock/usr/gen_init_cpio" "$work/dkms-extra.list" >> "$work/dkms-initramfs.cpio" ||
	fail "cannot add the group's script"

QEMU_TIMEOUT=${QEMU_TIMEOUT:-300} "$TESTING_DIR/qemu.sh" "$stock" "$work/dkms-initramfs.cpio" \
	"$work/console-$boot.log" "$work/results-$boot.raw" "sio.run=$group" "$boot"
"$TESTING_DIR/verdict.py" "$(kernel_src_dir)/tools/testing/kunit/kunit.py" \
	"$work" "$boot=$group"
