#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt with nowayout: once opened, nothing stops it, and it pins its
# driver, so this runs in a boot of its own.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
ktap_begin fintek_wdt_nowayout_e2e

board chip=F71882
modprobe fintek_wdt nowayout=1
ktap_check "nowayout: reported in sysfs" [ "$(cat $SYSFS/nowayout)" = 1 ]
ktap_check "nowayout: WDIOS_DISABLECARD is refused" \
	expect_in "$(watchdog-test -f $DEV -d 2>&1)" "WDIOS_DISABLECARD error 'Device or resource busy'"
ktap_check "nowayout: the magic close does not stop it" \
	[ "$(model counting)" = 1 ]
ktap_check "nowayout: the kernel logs it" expect_in "$(dmesg)" "watchdog did not stop!"

ktap_end
