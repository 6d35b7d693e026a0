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
