#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Pack a busybox initramfs with the modules built in MODDIR and any more
# MODDIRs, their dependencies resolved by depmod, and the guest test
# scripts. The kernel's own gen_init_cpio packs it, so device nodes need no
# root.
# Usage: initramfs.sh KDIR MODDIR OUTPUT [MODDIR...]
set -euo pipefail
LOG_TAG=initramfs
. "$(dirname "$0")/env.sh"

kdir=$1 moddirs=("$2" "${@:4}") out=$3
release=$(cat "$kdir/include/config/kernel.release")
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT

# The kernel's own watchdog test client, and our helpers, built static.
mkdir -p "$staging/bin"
gcc -static -O2 -o "$staging/bin/watchdog-test" \
	"$(kernel_src_dir)/tools/testing/selftests/watchdog/watchdog-test.c"
for helper in "$TESTING_DIR"/guest/*.c; do
	gcc -static -O2 -Wall -pthread -o "$staging/bin/$(basename "$helper" .c)" "$helper"
done

# depmod wants the modules where the guest will look for them.
extra=$staging/lib/modules/$release/extra
mkdir -p "$extra"
find "${moddirs[@]}" -name '*.ko' -exec cp {} "$extra/" \;
depmod -b "$staging" "$release" 2>/dev/null

{
	for dir in /bin /dev /proc /sys /tmp /tests /tests/e2e /tests/kunit-setup /tests/lib \
		   /lib /lib/modules \
		   "/lib/modules/$release" "/lib/modules/$release/extra"; do
		echo "dir $dir 0755 0 0"
	done
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "file /bin/busybox /bin/busybox 0755 0 0"
	for applet in $(/bin/busybox --list); do
		[ "$applet" = busybox ] || echo "slink /bin/$applet busybox 0777 0 0"
	done
	echo "slink /sbin /bin 0777 0 0"
	echo "file /init $TESTING_DIR/guest/init 0755 0 0"
	echo "file /tests/run.sh $TESTING_DIR/guest/run.sh 0755 0 0"
	echo "file /tests/demo.sh $TESTING_DIR/guest/demo.sh 0755 0 0"
	echo "file /bin/watchdog-test $staging/bin/watchdog-test 0755 0 0"
	for helper in "$TESTING_DIR"/guest/*.c; do
		helper=$(basename "$helper" .c)
		echo "file /bin/$helper $staging/bin/$helper 0755 0 0"
	done
	# util-linux wdctl, as Debian ships it, with the libraries it needs.
	echo "file /bin/wdctl $(command -v wdctl) 0755 0 0"
	for lib in $(ldd "$(command -v wdctl)" | grep -o '/[^ ]*'); do
		echo "dir $(dirname "$lib") 0755 0 0"
		echo "file $lib $(readlink -f "$lib") 0755 0 0"
	done | sort -u
	for script in "$TESTING_DIR"/guest/{e2e,kunit-setup,lib}/*.sh; do
		[ -f "$script" ] &&
			echo "file /tests/${script#"$TESTING_DIR"/guest/} $script 0755 0 0"
	done
	(cd "$staging" && find "lib/modules/$release" -type f) | sort |
		sed "s|.*|file /& $staging/& 0644 0 0|"
} > "$staging/initramfs.list"

"$kdir/usr/gen_init_cpio" "$staging/initramfs.list" > "$out"
log "$(ls "$extra" | wc -l) modules, $(du -h "$out" | cut -f1): $out"
