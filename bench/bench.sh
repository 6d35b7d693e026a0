#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make bench: our drivers and mainline 6.12's pwm-imx-tpm.c and
# f71808e_wdt.c, built unmodified from the same kernel source, on the same
# models in the same QEMU boot: timings on the test kernel without its debug
# options, the rounding sweep and our PWM KUnit suite on each driver on the
# debug test kernel. Prints the table and one "bench: FIGURE: ours=..
# mainline=.. ratio=.." line per figure, and writes bench/results.md.
# BENCH_RUNS (default 3) sets how many times each timing is taken;
# BENCH_SWEEP (default 100) how many batches of 100 requests the sweep has.
set -euo pipefail
LOG_TAG=bench
. "$(dirname "$0")/../tools/testing/env.sh"

# All in a function, so that bash has read the whole script before it
# runs any of it: editing the script during a run does not change the run.
# prepare KDIR DIR: our modules, mainline's and the bench's built against
# KDIR, and an initramfs with them and the bench's files, DIR/initramfs.cpio.
prepare() {
	local kdir=$1 dir=$2 mainline=$2/mainline

	log "build: our modules, test flavour, for $(basename "$dir")"
	mkdir -p "$dir"
	sync_sources "$dir/src"
	make -C "$kdir" M="$dir/src" $SIO_TEST_CONFIG -j"$(nproc)" modules \
		> "$dir/build.log" 2>&1 || { tail -n 20 "$dir/build.log"; die "build failed"; }

	log "build: mainline's drivers from $(basename "$ksrc"), unmodified, and the bench modules"
	rm -rf "$mainline"
	mkdir -p "$mainline/tests"
	cp "$BENCH_DIR"/modules/* "$mainline/"
	cp "$ksrc/drivers/pwm/pwm-imx-tpm.c" "$ksrc/drivers/watchdog/f71808e_wdt.c" "$mainline/"
	cp "$REPO_DIR/drivers/pwm/pwm-imx-tpm.h" "$mainline/"
	cp "$REPO_DIR"/drivers/pwm/tests/{pwm_imx_tpm_test.c,kunit_pwm_imx_tpm.dtso} "$mainline/tests/"
	make -C "$kdir" M="$mainline" SIO_SRC="$dir/src" \
		KBUILD_EXTRA_SYMBOLS="$dir/src/Module.symvers" -j"$(nproc)" modules \
		> "$dir/mainline-build.log" 2>&1 ||
		{ tail -n 20 "$dir/mainline-build.log"; die "build failed"; }

	# The test initramfs with every module, and the bench's files beside it:
	# the kernel unpacks concatenated archives in turn.
	"$TESTING_DIR/initramfs.sh" "$kdir" "$dir" "$dir/initramfs-base.cpio"
	cat > "$dir/bench.list" <<LIST
file /tests/e2e/bench.sh $BENCH_DIR/guest/bench.sh 0755 0 0
file /tests/e2e/bench_sweep.sh $BENCH_DIR/guest/bench_sweep.sh 0755 0 0
file /tests/e2e/bench_lib.sh $BENCH_DIR/guest/bench_lib.sh 0644 0 0
file /tests/kunit-setup/mainline_pwm_imx_tpm_kunit.sh $BENCH_DIR/guest/mainline_pwm_imx_tpm_kunit.sh 0755 0 0
file /bin/bench-client $work/bench-client 0755 0 0
LIST
	"$kdir/usr/gen_init_cpio" "$dir/bench.list" > "$dir/bench.cpio"
	cat "$dir/initramfs-base.cpio" "$dir/bench.cpio" > "$dir/initramfs.cpio"
}

main() {
	BENCH_DIR=$REPO_DIR/bench
	runs=${BENCH_RUNS:-3}
	sweep=${BENCH_SWEEP:-100}
	: "${SIO_TEST_CONFIG:?run me through make bench}"

	"$TESTING_DIR/setup.sh"
	kdir=$("$TESTING_DIR/kernel.sh")
	# The timings are taken on the same kernel without its debug options.
	timing_kdir=$(SIO_KERNEL_FRAGMENTS="$TESTING_DIR/test-kernel.config $BENCH_DIR/timing-kernel.config" \
		"$TESTING_DIR/kernel.sh")
	ksrc=$(kernel_src_dir)
	# One work area per checkout, so that two checkouts can run side by side.
	work=$CACHE_DIR/bench/$(printf %s "$REPO_DIR" | sha256sum | cut -c1-8)
	mkdir -p "$work"
	gcc -static -O2 -Wall -o "$work/bench-client" "$BENCH_DIR/guest/bench-client.c"
	prepare "$kdir" "$work/debug"
	prepare "$timing_kdir" "$work/timing"

	boot() {	# boot debug|timing GROUP [ARGS]
		local kernel=$kdir
		[ "$1" = debug ] || kernel=$timing_kdir
		"$TESTING_DIR/qemu.sh" "$kernel" "$work/$1/initramfs.cpio" "$work/console-$2.log" \
			"$work/results-$2.raw" "sio.run=${2%%-*} ${3:-}" "$2"
	}

	# Every boot counts guest instructions as time (-icount, 1 ns each,
	# idle time skipped). The timings then do not see the load of other
	# boots, ours or anyone's, so all boots can run at once; and mainline's
	# wait for the latch, which gives up after a period and 1 ms of
	# jiffies, does not give up where silicon would not because the host
	# left a vCPU unrun. The sweep measures no time: one boot per driver,
	# on a model with a manual clock.
	export QEMU_TIMEOUT=3600 QEMU_EXTRA_ARGS="-icount shift=0,sleep=off"
	rm -f "$work"/console-*.log "$work"/results-*.raw
	start=$SECONDS
	cut -d' ' -f1-3 /proc/loadavg > "$work/loadavg"
	boot debug bench_sweep-ours "bench.driver=ours bench.sweep=$sweep" &
	sweep_ours=$!
	boot debug bench_sweep-mainline "bench.driver=mainline bench.sweep=$sweep" &
	sweep_mainline=$!
	{
		boot debug mainline_pwm_imx_tpm_kunit || log "mainline KUnit boot exited with $?"
		boot debug pwm_imx_tpm_kunit || log "our KUnit boot exited with $?"
	} &
	kunit=$!
	boot timing bench "bench.runs=$runs" || log "timings boot exited with $?"
	cut -d' ' -f1-3 /proc/loadavg >> "$work/loadavg"
	log "timings boot: $((SECONDS - start)) s"
	wait "$kunit"
	wait "$sweep_ours" || log "sweep boot (ours) exited with $?"
	wait "$sweep_mainline" || log "sweep boot (mainline) exited with $?"
	log "all boots: $((SECONDS - start)) s"

	"$TESTING_DIR/verdict.py" "$ksrc/tools/testing/kunit/kunit.py" "$work" \
		pwm_imx_tpm_kunit=pwm_imx_tpm_kunit > "$work/verdict-ours.log" || true
	"$TESTING_DIR/verdict.py" "$ksrc/tools/testing/kunit/kunit.py" "$work" \
		mainline_pwm_imx_tpm_kunit=mainline_pwm_imx_tpm_kunit \
		> "$work/verdict-mainline.log" || true

	"$BENCH_DIR/report.py" --runs "$runs" --work "$work" --results "$BENCH_DIR/results.md"
	log "logs: $work"
}

main "$@"; exit
