#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Build mainline's f71808e_wdt from the test kernel's source, unmodified,
# as mainline_f71808e_wdt.ko in OUT, against the test-flavour build of our
# modules in SRC (whose superio.ko carries the port I/O test seam). Only
# what changed is rebuilt.
# Usage: mainline.sh KDIR SRC OUT
set -euo pipefail
LOG_TAG=mainline
. "$(dirname "$0")/env.sh"

kdir=$1 src=$2 out=$3
mkdir -p "$out"
# cp -p: a copy that did not change is not compiled again.
cp -p "$(kernel_src_dir)/drivers/watchdog/f71808e_wdt.c" \
	"$REPO_DIR/bench/modules/mainline_wdt.h" "$TESTING_DIR/mainline/Kbuild" "$out/"
make -C "$kdir" M="$out" SIO_SRC="$src" KBUILD_EXTRA_SYMBOLS="$src/Module.symvers" \
	-j"$(nproc)" modules > "$out/build.log" 2>&1 ||
	{ tail -n 20 "$out/build.log" >&2; die "mainline f71808e_wdt: build failed"; }
