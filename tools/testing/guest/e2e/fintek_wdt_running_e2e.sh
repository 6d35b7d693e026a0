#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt with a watchdog that keeps running: started at load, and under
# nowayout. A running watchdog pins its driver, so this runs last in its boot.
# boot: last
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
ktap_begin fintek_wdt_running_e2e

# The watchdog core feeds a watchdog started at load until someone opens it.
board chip=F71882
modprobe fintek_wdt start_withtimeout=4
sleep 6
ktap_check "start_withtimeout: running, fed by the core" \
	eval '[ "$(model counting)" = 1 ] && [ "$(model resets)" = 0 ] &&
	      [ "$(model routed)" = 1 ]'
ktap_check "start_withtimeout: reported as the timeout" [ "$(cat $SYSFS/timeout)" = 4 ]
wdt-ioctl $DEV keepalive > /dev/null
ktap_check "start_withtimeout: opened and closed with the magic close, it stops" \
	[ "$(model counting)" = 0 ]

# nowayout can be switched on, never off: then nothing stops it.
echo 1 > $SYSFS/nowayout
ktap_check "nowayout: cannot be switched off" sh -c "! echo 0 > $SYSFS/nowayout"
dmesg -c > /dev/null
resets=$(model resets)
ktap_check "nowayout: WDIOS_DISABLECARD is refused" \
	expect_in "$(watchdog-test -f $DEV -d 2>&1)" "WDIOS_DISABLECARD error 'Device or resource busy'"
# Still counting; or it has fired since, when a loaded host made the core's
# pings of the 4 s timeout late: a stopped watchdog neither counts nor fires.
ktap_check "nowayout: the magic close does not stop it" \
	eval '[ "$(model counting)" = 1 ] || [ "$(model resets)" -gt "$resets" ]'
ktap_check "nowayout: the kernel logs it" expect_in "$(dmesg)" "watchdog did not stop!"

ktap_end
