#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# make bench, in the guest: timings and counts of our drivers and of
# mainline's, in turn on the same models, bench.runs= times; in the first
# run also whether mainline meets ordinary requests on the models.
. /tests/e2e/bench_lib.sh

RUNS=$(sed -n 's/.*bench\.runs=\([0-9]*\).*/\1/p' /proc/cmdline)

pwm_measure() {	# pwm_measure RUN DRIVER
	cmd reset > /dev/null
	modprobe "$(pwm_module "$2")"
	chip=$(pwm_chip 40270000)
	[ -n "$chip" ] || { out "$1" "$2" "error: the TPM did not probe"; return; }
	if [ "$1" = 1 ]; then
		cmd fidelity | while read -r line; do out 1 "$2" "$line"; done
	fi
	out "$1" "$2" "$(cmd apply 20000000 41)" "$(cmd apply 50000 201)"

	echo 1 > "$chip/export"
	p=$chip/pwm1
	echo 50000 > "$p"/period && echo 12500 > "$p"/duty_cycle && echo 1 > "$p"/enable &&
		out "$1" "$2" "sysfs: period=50000 $(bench-client pwm-rate "$p"/duty_cycle 50000 1)"
	echo 0 > "$p"/enable
	echo 1 > "$chip/unexport"
	rmmod "$(pwm_module "$2")"
}

sio_accesses() { awk '/^(reads|writes):/ { n += $2 } END { print n }' "$B"/sio; }

wdt_measure() {	# wdt_measure RUN DRIVER
	cmd reset > /dev/null
	before=$(sio_accesses)
	modprobe "$(wdt_module "$2")"
	[ -c /dev/watchdog0 ] || { out "$1" "$2" "error: no /dev/watchdog0"; return; }
	out "$1" "$2" "wdt: probe_accesses=$(($(sio_accesses) - before)) $(bench-client wdt /dev/watchdog0 "$B"/sio 1000)"
	if [ "$1" = 1 ]; then
		out 1 "$2" "wdt-expire: $(bench-client wdt-expire /dev/watchdog0 "$B"/sio 2 0)" \
			"wdt-expire: $(bench-client wdt-expire /dev/watchdog0 "$B"/sio 2 500)"
	fi
	rmmod "$(wdt_module "$2")"
}

bench_up
run=1
while [ $run -le "${RUNS:-1}" ]; do
	for drv in ours mainline; do
		say "run $run of $RUNS: $drv"
		pwm_measure $run $drv
		wdt_measure $run $drv
	done
	run=$((run + 1))
done
rmmod driver_bench
