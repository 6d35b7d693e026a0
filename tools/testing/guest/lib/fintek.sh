#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from an end-to-end script: a modelled Fintek chip and fintek_wdt.

MODEL=/sys/kernel/debug/fintek_sio_model
SYSFS=/sys/class/watchdog/watchdog0
DEV=/dev/watchdog0

unload() {
	for mod in fintek_wdt fintek_sio_model; do
		! grep -q "^$mod " /proc/modules || rmmod "$mod"
	done
}

board() {	# board MODEL_PARAMS...: a modelled chip, no driver yet
	unload
	modprobe fintek_sio_model "$@"
	dmesg -c > /dev/null
}

model() {	# model KEY [PORT]: a value of the modelled watchdog
	sed -n "s/^$1: //p" "$MODEL/${2:-0x2e}/watchdog"
}

registered() {
	[ -d /sys/bus/platform/drivers/fintek_wdt ] || [ -e $DEV ]
}

expect_in() {	# expect_in TEXT PATTERN...: every pattern matches a line
	expect_text=$1
	shift
	for pattern in "$@"; do
		printf '%s\n' "$expect_text" | grep -qE -- "$pattern" || {
			echo "missing: $pattern"
			printf '%s\n' "$expect_text"
			return 1
		}
	done
}

# busybox watchdog on /dev/watchdog0, a 5 s timeout pinged every second,
# for 8 s, then killed without the magic close. Sets pinged_resets and
# pinged_counting to what the model showed before the kill, and late to
# how long after the kill, in ms, the chip reset the board (the last ping
# came up to a second before the kill).
ping_then_kill() {
	watchdog -F -T 5 -t 1 $DEV &
	pid=$!
	sleep 8
	pinged_resets=$(model resets)
	pinged_counting=$(model counting)
	kill -9 $pid
	wait $pid 2>/dev/null
	killed_at=$(model now_ms)
	sleep 7
	reset_at=$(sed -n 's/^reset: at_ms=\([0-9]*\).*/\1/p' $MODEL/0x2e/watchdog)
	late=$(( ${reset_at:-0} - killed_at ))
}
