#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Boot the test kernel with an initramfs in QEMU (TCG, 2 CPUs). The console
# (ttyS0) goes to CONSOLE_LOG with the guest's progress lines echoed;
# ttyS1 carries the results to RESULTS. NAME tags the progress lines.
# Usage: qemu.sh KDIR INITRAMFS CONSOLE_LOG RESULTS [KERNEL_ARGS [NAME]]
# QEMU_EXTRA_ARGS: more QEMU options, e.g. make bench's -icount.
#
# One TCG thread for both CPUs: with a thread per CPU, QEMU 7.2 lets a CPU
# run code another CPU is patching, and Debian's stock 6.12 kernel died in
# CI with "Oops: int3" in run_timer_softirq while patching a jump label at
# boot, before any module of ours was loaded (1 boot in 80 here). The guest
# keeps 2 CPUs, taking turns rather than running at once: lockdep sees the
# same lock orders, but a race between them needs more luck to show.
set -euo pipefail
LOG_TAG=qemu
. "$(dirname "$0")/env.sh"

kdir=$1 initramfs=$2 console=$3 results=$4 args=${5:-} name=${6:-qemu}
timeout=${QEMU_TIMEOUT:-600}

: > "$results"
log "booting $(cat "$kdir/include/config/kernel.release") $args (timeout ${timeout} s)"
set +e
timeout --foreground "$timeout" qemu-system-x86_64 \
	-machine pc -accel tcg,thread=single -smp 2 -m 1536 ${QEMU_EXTRA_ARGS:-} \
	-display none -no-reboot -monitor none \
	-kernel "$kdir/arch/x86/boot/bzImage" -initrd "$initramfs" \
	-append "console=ttyS0 loglevel=7 panic=-1 no_hash_pointers $args" \
	-serial stdio -serial "file:$results" </dev/null |
	tee "$console" | grep --line-buffered '^\[guest\]' |
	while IFS= read -r line; do
		printf '[%s %s] %s\n' "$name" "$(date +%T)" "${line#\[guest\] }"
	done >&2
status=${PIPESTATUS[0]}
set -e
[ "$status" = 124 ] && log "timed out after $timeout s"
exit "$status"
