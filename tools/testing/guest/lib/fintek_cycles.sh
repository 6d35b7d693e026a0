#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from an end-to-end script: fintek_wdt's bind and load cycles, run
# over more than one boot to keep each short.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
. /tests/lib/cycles.sh

# The open /dev/watchdog0 starts the watchdog; each unbind must stop it.
fintek_bind_cycles() {	# fintek_bind_cycles CYCLES
	drv=/sys/bus/platform/drivers/fintek_wdt
	board chip=F71882
	modprobe fintek_wdt
	echo fintek_wdt > $drv/unbind
	bind_cycles "bind: $1 cycles, the open device and sysfs files answer ENODEV after each unbind" \
		$drv fintek_wdt "$1" o:$DEV o:$SYSFS/nowayout o:$SYSFS/timeout \
		o:$SYSFS/state o:$SYSFS/identity
	ktap_check "bind: each unbind stopped the watchdog the open started" \
		[ "$(model counting)" = 0 ]
	ktap_check "bind: no reset in all the cycles" [ "$(model resets)" = 0 ]
	ktap_check "bind: the driver binds again after them" \
		sh -c "echo fintek_wdt > $drv/bind && [ -e $DEV ]"
}

fintek_up() {
	modprobe fintek_sio_model chip=F71882 && modprobe fintek_wdt && [ -e $DEV ]
}
fintek_down() { rmmod fintek_wdt fintek_sio_model superio; }

fintek_load_cycles() {	# fintek_load_cycles CYCLES
	load_cycles "load: $1 cycles of superio, fintek_sio_model and fintek_wdt, bound each time" \
		"$1" fintek_up fintek_down
	ktap_check "load: nothing left loaded" sh -c "! grep -E '^(superio|fintek)' /proc/modules"
	ktap_check "load: nothing left registered" sh -c ". /tests/lib/fintek.sh; ! registered"
}
