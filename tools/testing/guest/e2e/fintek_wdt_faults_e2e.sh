#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt under faults: every slab allocation of a module load and of a
# bind failed in turn (fail-nth), and the chip's ports held by another
# driver (the model's busy knob), the one error a Super I/O register access
# can meet. Every failure must give a clean error, leave nothing registered
# and leak nothing.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
. /tests/lib/failslab.sh
ktap_begin fintek_wdt_faults_e2e

DRV=/sys/bus/platform/drivers/fintek_wdt
BUSY=$MODEL/0x2e/busy

failslab_setup
board chip=F71882
# Module init finds the chip and registers the platform device and the
# driver; with autoprobe off the driver does not bind, so that the walk is
# over init, not again over the bind walked below. The driver core answers
# EINVAL when it cannot make a sysfs directory or name a device, and
# request_muxed_region() cannot tell a failed allocation from a port in use,
# so the port is skipped (EBUSY) and no chip is found on the other (ENODEV).
echo 0 > /sys/bus/platform/drivers_autoprobe
walk "fail-nth: every allocation of loading fintek_wdt fails cleanly" \
	"Cannot allocate memory|Device or resource busy|No such device|Invalid argument" \
	insmod:/lib/modules/$(uname -r)/extra/fintek_wdt.ko "" rmmod:fintek_wdt "" \
	/sys/module/fintek_wdt /sys/bus/platform/devices/fintek_wdt
echo 1 > /sys/bus/platform/drivers_autoprobe
ktap_check "fail-nth: no leak after the load walk" leak_free
modprobe fintek_wdt
echo fintek_wdt > $DRV/unbind
walk "fail-nth: every allocation of a bind fails cleanly" \
	"Cannot allocate memory|Device or resource busy" \
	$DRV/bind fintek_wdt $DRV/unbind fintek_wdt \
	$DEV /sys/class/watchdog/watchdog0 /sys/bus/platform/devices/fintek_wdt/driver
ktap_check "fail-nth: no leak after the walk" leak_free
ktap_check "fail-nth: the watchdog never ran" [ "$(model counting)" = 0 ]

# The ports held: probe fails, and so does every access of a bound driver.
busy_bind() {
	out=$( { echo fintek_wdt > $DRV/bind; } 2>&1 ) && { echo "bound"; return 1; }
	expect_in "$out" "Device or resource busy"
}
echo 1 > $BUSY
ktap_check "busy: bind fails with EBUSY" busy_bind
ktap_check "busy: nothing registered" [ ! -e $DEV ]
echo 0 > $BUSY
echo fintek_wdt > $DRV/bind
ktap_check "busy: bind works once the ports are free" [ -e $DEV ]
echo 1 > $BUSY
ktap_check "busy: opening cannot start it (EBUSY)" \
	[ "$(wdt-ioctl $DEV keepalive)" = "errno EBUSY" ]
echo 0 > $BUSY
exec 5> $DEV
# An hour, so that a slow run does not see it fire.
wdt-ioctl 5 settimeout 3600 > /dev/null
regs=$(model registers)
echo 1 > $BUSY
ktap_check "busy: KEEPALIVE is EBUSY" [ "$(wdt-ioctl 5 keepalive)" = "errno EBUSY" ]
ktap_check "busy: SETTIMEOUT is EBUSY" [ "$(wdt-ioctl 5 settimeout 10)" = "errno EBUSY" ]
ktap_check "busy: the timeout did not change" [ "$(wdt-ioctl 5 gettimeout)" = "ok 3600" ]
ktap_check "busy: WDIOS_DISABLECARD is EBUSY" [ "$(wdt-ioctl 5 setoptions 1)" = "errno EBUSY" ]
ktap_check "busy: the watchdog runs on" [ "$(model counting)" = 1 ]
ktap_check "busy: the registers as before" [ "$(model registers)" = "$regs" ]
echo 0 > $BUSY
ktap_check "busy: SETTIMEOUT works once the ports are free" \
	[ "$(wdt-ioctl 5 settimeout 10)" = "ok 10" ]
printf V >&5
exec 5>&-
ktap_check "busy: the magic close stops it" [ "$(model counting)" = 0 ]
ktap_check "busy: no reset" [ "$(model resets)" = 0 ]
ktap_check "no leak at the end" leak_free

ktap_end
