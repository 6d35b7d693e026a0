#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make demo: boot the test kernel in QEMU with both drivers on their
# modelled chips and show them at work (guest/demo.sh), then draw what the
# pins did: the PWM outputs and the watchdog's WDTRST# in one VCD file, and
# PWM channel 0 around each change of setting as a PNG plot.
set -euo pipefail
LOG_TAG=demo
. "$(dirname "$0")/env.sh"

: "${SIO_TEST_CONFIG:?run me through make demo}"
out=${DEMO_OUT:-$REPO_DIR/demo-output}

"$TESTING_DIR/setup.sh" || die "setup failed"
kdir=$("$TESTING_DIR/kernel.sh") || die "test kernel build failed"
work=$CACHE_DIR/demo/$(printf %s "$REPO_DIR" | sha256sum | cut -c1-8)
mkdir -p "$work" "$out"

log "building the modules and the models"
sync_sources "$work/src"
make -C "$kdir" M="$work/src" $SIO_TEST_CONFIG -j"$(nproc)" modules \
	> "$work/build.log" 2>&1 || { tail -n 20 "$work/build.log"; die "build failed"; }
"$TESTING_DIR/initramfs.sh" "$kdir" "$work/src" "$work/initramfs.cpio"

QEMU_TIMEOUT=${QEMU_TIMEOUT:-600} "$TESTING_DIR/qemu.sh" "$kdir" "$work/initramfs.cpio" \
	"$out/console.log" "$out/pins.txt" sio.run=demo demo 2>&1 |
	sed -u 's/^\[qemu [0-9:]*\] /[demo] /; s/^\[demo [0-9:]*\] //'
grep -q '^\[guest\] demo: done' "$out/console.log" ||
	die "the demo did not finish; the kernel log is $out/console.log"

log "drawing what the pins did"
# Debian's matplotlib is for Debian's python3.
/usr/bin/python3 "$TESTING_DIR/waveform.py" "$out/pins.txt" 0 "$out" |
	sed 's/^/[demo] wrote /'
log "the kernel log is $out/console.log"
