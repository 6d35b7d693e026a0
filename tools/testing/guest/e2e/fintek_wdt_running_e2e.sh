#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt with a watchdog started at load. A watchdog that is running when
# it registers pins its driver, so this runs in a boot of its own.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
ktap_begin fintek_wdt_running_e2e

# The watchdog core feeds a watchdog started at load until someone opens it.
board chip=F71882
modprobe fintek_wdt start_withtimeout=4
sleep 10
ktap_check "start_withtimeout: running, fed by the core" \
	[ "$(model counting)" = 1 ] && [ "$(model resets)" = 0 ] &&
	[ "$(model routed)" = 1 ]
ktap_check "start_withtimeout: reported as the timeout" [ "$(cat $SYSFS/timeout)" = 4 ]
wdt-ioctl $DEV keepalive > /dev/null
ktap_check "start_withtimeout: opened and closed with the magic close, it stops" \
	[ "$(model counting)" = 0 ]

ktap_end
