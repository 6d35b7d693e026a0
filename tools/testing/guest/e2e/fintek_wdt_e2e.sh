#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt as users meet it: loading on modelled chips, with good and bad
# parameters, then clients nobody here wrote on /dev/watchdog0 (util-linux
# wdctl, busybox watchdog, the kernel's watchdog-test) and its sysfs files.
# What the hardware does is read from the model's debugfs file.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
ktap_begin fintek_wdt_e2e

# Loading binds only a Fintek chip with the watchdog, on either port.
load_on() {	# load_on PORT PART IDENTITY
	board chip="$2" port="$1" && modprobe fintek_wdt &&
		[ "$(cat $SYSFS/identity)" = "$3" ]
}
ktap_check "load: F71882 on 0x2e binds" load_on 0x2e F71882 "f71882fg watchdog"
ktap_check "load: F81866 on 0x4e binds" load_on 0x4e F81866 "f81866 watchdog"
ktap_check "load: F71869A reports the F71869 identity" load_on 0x2e F71869A "f71869 watchdog"

refused() {	# refused MESSAGE|-: the load fails, says MESSAGE or nothing
	! modprobe fintek_wdt 2>/dev/null && ! registered || return 1
	log=$(dmesg | grep fintek_wdt)
	if [ "$1" = - ]; then
		[ -z "$log" ] || { echo "unexpected: $log"; return 1; }
	else
		expect_in "$log" "$1"
	fi
}
board devid=0x1234
ktap_check "load: unknown device ID refused with a message" \
	refused "Unrecognized Fintek device: 1234"
board devid=0x0541 vendor=0x5ca3
ktap_check "load: other vendor refused quietly" refused -
board chip=F71858
ktap_check "load: F71858 (no watchdog) refused quietly" refused -
board
ktap_check "load: no chip refused quietly" refused -

# Every bad parameter fails the load with -EINVAL and a message naming it,
# and leaves nothing registered.
bad_param() {	# bad_param PARAM=VALUE, on the chip board() put there
	dmesg -c > /dev/null
	out=$(modprobe fintek_wdt "$1" 2>&1) && { echo "loaded with $1"; return 1; }
	registered && { echo "registered with $1"; return 1; }
	expect_in "$out" "Invalid argument" &&
		expect_in "$(dmesg)" "${1%%=*}"
}
board chip=F71882
for param in timeout=-1 timeout=abc timeout=4294968 timeout=99999999999 \
	     pulse_width=5001 pulse_width=-1 pulse_width=1e3 pulse_width=6000 \
	     start_withtimeout=4294968 start_withtimeout=x \
	     force_id=0x1234 force_id=0x10000 force_id=q nowayout=maybe; do
	ktap_check "param: $param refused" bad_param "$param"
done
board chip=F71862
ktap_check "param: f71862fg_pin=57 refused on the F71862" bad_param f71862fg_pin=57
board chip=F71882
ktap_check "param: f71862fg_pin=57 ignored on the F71882" modprobe fintek_wdt f71862fg_pin=57
board chip=F71868
ktap_check "param: pulse_width=6000 taken on the F71868" modprobe fintek_wdt pulse_width=6000
board chip=F71882
modprobe fintek_wdt nowayout=1
ktap_check "param: nowayout=1 shows in sysfs" [ "$(cat $SYSFS/nowayout)" = 1 ]

# The previous boot ended in a watchdog reset. A load that fails leaves
# the record for the next one, which clears it once registered.
board chip=F71882 timeout_status=1
ktap_check "bootstatus: a failed load leaves the record in the chip" \
	eval '! modprobe fintek_wdt pulse_width=6001 2>/dev/null &&
	      [ "$(model timeout_status)" = 1 ]'
modprobe fintek_wdt
ktap_check "bootstatus: cleared in the chip once registered" \
	[ "$(model timeout_status)" = 0 ]
out=$(wdctl $DEV 2>&1)
ktap_check "wdctl: identity, timeout and flags" expect_in "$out" \
	"^Identity: +f71882fg watchdog \[version 0\]" "^Timeout: +60 seconds" \
	"^KEEPALIVEPING " "^MAGICCLOSE " "^SETTIMEOUT "
# wdctl shows the boot status in both columns: the core reports it as status.
ktap_check "wdctl: boot status shows the watchdog reset" expect_in "$out" \
	"^CARDRESET +Card previously reset the CPU +1 +1"
ktap_check "wdctl: magic close stopped the watchdog" \
	eval '[ "$(cat $SYSFS/state)" = inactive ] && [ "$(model counting)" = 0 ]'
ktap_check "sysfs: attributes" expect_in \
	"$(for f in identity timeout min_timeout bootstatus state nowayout; do
		echo "$f=$(cat $SYSFS/$f)"; done)" \
	"^identity=f71882fg watchdog$" "^timeout=60$" "^min_timeout=1$" \
	"^bootstatus=32$" "^state=inactive$" "^nowayout=0$"
ktap_check "sysfs: no timeleft without hardware support" [ ! -e $SYSFS/timeleft ]
out=$(wdctl -s 200 $DEV 2>&1; wdctl $DEV 2>&1)
ktap_check "wdctl: -s 200 sets a timeout in seconds" expect_in "$out" "^Timeout: +200 seconds"
out=$(wdctl -s 256 $DEV 2>&1; wdctl $DEV 2>&1)
ktap_check "wdctl: -s 256 reports the whole minutes that run" \
	expect_in "$out" "^Timeout: +300 seconds"

# The next boot sees a clean status.
board chip=F71882
modprobe fintek_wdt
ktap_check "bootstatus: clear after a clean boot" [ "$(cat $SYSFS/bootstatus)" = 0 ]

# busybox watchdog keeps it alive; killed without the magic close, the
# modelled chip resets the board no earlier than the timeout after the last
# ping, which came up to a second before the kill, and at most one second
# (the unit) later.
ping_then_kill
ktap_check "busybox watchdog: no reset while it pings" \
	eval '[ "$pinged_resets" = 0 ] && [ "$pinged_counting" = 1 ]'
ktap_check "busybox watchdog: killed, the reset fires at the 5 s timeout, a unit late at most" \
	eval '[ "$(model resets)" = 1 ] && [ "$late" -gt 3500 ] && [ "$late" -le 6000 ]'
ktap_check "busybox watchdog: the kernel logs the unexpected close" \
	expect_in "$(dmesg)" "watchdog did not stop!"
# Still running, it pins the driver: take it over and stop it, as a user would.
ktap_check "busybox watchdog: taken over and stopped, the driver can go" \
	sh -c 'wdt-ioctl /dev/watchdog0 keepalive && rmmod fintek_wdt'

board chip=F71882
modprobe fintek_wdt
out=$(watchdog-test -f $DEV -i -b -T -L 2>&1)
ktap_check "watchdog-test: info, boot status, timeout" expect_in "$out" \
	"identity:.*f71882fg watchdog" "Last boot is caused by: Power-On-Reset" \
	"WDIOC_GETTIMEOUT returns 60 seconds"
ktap_check "watchdog-test: no time-left support" expect_in "$out" \
	"WDIOC_GETTIMELEFT error 'Operation not supported'"
ktap_check "watchdog-test: -t 7" expect_in "$(watchdog-test -f $DEV -t 7 -T 2>&1)" \
	"Watchdog timeout set to 7 seconds" "WDIOC_GETTIMEOUT returns 7 seconds"
ktap_check "watchdog-test: -t 256 runs 300" expect_in "$(watchdog-test -f $DEV -t 256 -T 2>&1)" \
	"Watchdog timeout set to 300 seconds"
ktap_check "watchdog-test: -t 86400 past the hardware's 15300" \
	expect_in "$(watchdog-test -f $DEV -t 86400 -T 2>&1)" \
	"Watchdog timeout set to 86400 seconds"
ktap_check "watchdog-test: -t 0 refused" expect_in "$(watchdog-test -f $DEV -t 0 -T 2>&1)" \
	"WDIOC_SETTIMEOUT error 'Invalid argument'"
watchdog-test -f $DEV -t 3 -p 1 > /tmp/watchdog-test.out 2>&1 &
pid=$!
sleep 6
kill -TERM $pid
wait $pid 2>/dev/null
sleep 4
ktap_check "watchdog-test: pinged, then stopped with the magic close" \
	eval '[ "$(model resets)" = 0 ] && [ "$(model counting)" = 0 ] &&
	      expect_in "$(cat /tmp/watchdog-test.out)" "Watchdog Ticking Away" "Stopping watchdog ticks"'

# What the real clients never send: the core's errnos, hardware untouched.
probe() { wdt-ioctl $DEV "$@"; }
ktap_check "ioctl: unknown request is ENOTTY" [ "$(probe unknown)" = "errno ENOTTY" ]
ktap_check "ioctl: GETTEMP is ENOTTY" [ "$(probe gettemp)" = "errno ENOTTY" ]
ktap_check "ioctl: SETTIMEOUT 0 is EINVAL" [ "$(probe settimeout 0)" = "errno EINVAL" ]
ktap_check "ioctl: SETTIMEOUT 4294968 is EINVAL" \
	[ "$(probe settimeout 4294968)" = "errno EINVAL" ]
ktap_check "ioctl: a refused timeout changes nothing" [ "$(probe gettimeout)" = "ok 3" ]
ktap_check "ioctl: GETTIMELEFT is EOPNOTSUPP" [ "$(probe gettimeleft)" = "errno EOPNOTSUPP" ]
ktap_check "ioctl: SETPRETIMEOUT is EOPNOTSUPP" [ "$(probe setpretimeout 1)" = "errno EOPNOTSUPP" ]
# The holder keeps the device open until told to let go; the check waits
# for its open, not for a guessed time, which a loaded machine overruns.
(exec 5>$DEV; while [ ! -e /tmp/let-go ]; do sleep 0.1; done; printf V >&5) &
holder=$!
for _ in $(seq 100); do [ -e /proc/$holder/fd/5 ] && break; sleep 0.1; done
ktap_check "open: a second opener gets EBUSY" [ "$(probe keepalive)" = "errno EBUSY" ]
touch /tmp/let-go
wait $holder
rm -f /tmp/let-go
ktap_check "ioctl: KEEPALIVE" [ "$(probe keepalive)" = "ok 0" ]

unload
ktap_check "unload: device gone" [ ! -e $DEV ]

ktap_end
