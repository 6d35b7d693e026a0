#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Both drivers under concurrent load: threads issuing every watchdog
# ioctl on /dev/watchdog0, processes trying to open it too and reading its
# sysfs files, and one writer per PWM channel racing the others for the
# shared period. Afterwards sysfs and the models must agree, with no
# lockdep or KASAN report. Then the watchdog's one promise, round after
# round: no reset while a client pings, a reset once it stops.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
. /tests/lib/imx_tpm.sh
. /tests/lib/tier.sh
ktap_begin sio_concurrency_e2e

# make check: a few seconds, which already runs thousands of ioctls through
# every lock the drivers take, for lockdep to see each order; and two
# rounds, which use two different timeouts. make soak: a minute, for the
# races that need luck, and four rounds.
SECONDS_OF_LOAD=$(by_tier 5 60)
ROUNDS=$(by_tier 2 4)

board chip=F71882
modprobe fintek_wdt
out=$(board_up 2>&1)
ktap_result "setup: the watchdog and the TPM bound" $? "$out"
CHIP=$(tpm_chip)
for ch in 0 1 2 3; do echo $ch > $CHIP/export; done

# One writer per channel: periods of 1 and 2 ms and duty cycles in steps
# of 125 us, all whole counts of the 24 MHz clock; refusals are expected.
pwm_writer() {	# pwm_writer CH
	p=$CHIP/pwm$1 i=$1
	while :; do
		i=$((i + 1))
		echo $(( (i % 2 + 1) * 1000000 )) > $p/period
		echo $(( (i * 7 % 9) * 125000 )) > $p/duty_cycle
		echo $(( i % 3 != 0 )) > $p/enable
		[ $((i % 5)) != 0 ] || { echo 0 > $p/enable
					 echo inversed > $p/polarity; }
		[ $((i % 7)) != 0 ] || { echo 0 > $p/enable
					 echo normal > $p/polarity; }
	done 2> /dev/null
}
reader() {
	while :; do
		cat $SYSFS/* $CHIP/pwm*/* $CHIP/npwm $MODEL_STATE
		wdt-ioctl $DEV keepalive
	done > /dev/null 2>&1
}
pids=
for ch in 0 1 2 3; do pwm_writer $ch & pids="$pids $!"; done
reader & pids="$pids $!"
reader & pids="$pids $!"
out=$(wdt-load $DEV $SECONDS_OF_LOAD 4 2>&1)
status=$?
kill $pids
wait 2> /dev/null
ktap_result "load: $SECONDS_OF_LOAD s of every watchdog ioctl from 4 threads, PWM writers on 4 channels" \
	$status "$out"
ktap_note "load: watchdog: $out"
ktap_check "load: no reset while the ioctls pinged" [ "$(model resets)" = 0 ]
ktap_check "load: the magic close stopped the watchdog" \
	eval '[ "$(model counting)" = 0 ] && [ "$(cat $SYSFS/state)" = inactive ]'
wd_time=$(model registers | sed 's/.*f6=\(..\).*/\1/')
ktap_check "load: the hardware counts the timeout in sysfs and one second more" \
	[ "$((0x$wd_time - 1))" = "$(cat $SYSFS/timeout)" ]

for ch in 0 1 2 3; do
	ktap_check "load: channel $ch: sysfs and the pin agree" agrees $CHIP/pwm$ch $ch
done
enabled=$(cat $CHIP/pwm*/enable | grep -c 1)
periods=$(for ch in 0 1 2 3; do [ "$(cat $CHIP/pwm$ch/enable)" = 0 ] ||
	  cat $CHIP/pwm$ch/period; done | sort -u | wc -l)
ktap_check "load: the enabled channels ($enabled) share one period" [ "$periods" -le 1 ]
ktap_check "load: no access while the clock was off" \
	[ "$(sed -n 's/^gated_accesses: //p' "$MODEL_STATE")" = 0 ]

# busybox watchdog pings every second; killed, it can no longer. The
# timeouts leave a slow guest seconds of slack between pings.
round() {	# round TIMEOUT
	resets=$(model resets)
	watchdog -F -T $1 -t 1 $DEV &
	pid=$!
	sleep $((2 * $1))
	[ "$(model resets)" = "$resets" ] || { echo "reset while pinged"; return 1; }
	before=$(model now_ms)
	kill -9 $pid
	wait $pid 2> /dev/null
	after=$(model now_ms)
	# The reset is due within the timeout and a unit; two seconds more for
	# a slow guest.
	deadline=$(($(cut -d. -f1 /proc/uptime) + $1 + 3))
	while [ "$(model resets)" = "$resets" ] &&
	      [ "$(cut -d. -f1 /proc/uptime)" -lt $deadline ]; do
		sleep 0.2
	done
	[ "$(model resets)" = $((resets + 1)) ] ||
		{ echo "$(model resets) resets, not $((resets + 1))"; return 1; }
	reset_at=$(sed -n 's/^reset: at_ms=\([0-9]*\).*/\1/p' $MODEL/0x2e/watchdog | tail -n 1)
	# A timeout, and up to a unit, after the last ping, which came at most
	# a second (and a late wakeup) before the kill.
	if [ $((reset_at - before)) -le $(($1 * 1000 - 2500)) ] ||
	   [ $((reset_at - after)) -gt $(($1 * 1000 + 1000)) ]; then
		echo "reset at $reset_at ms, killed between $before and $after, timeout $1 s"
		return 1
	fi
	# Taken over and stopped, for the next round.
	wdt-ioctl $DEV keepalive > /dev/null
}
i=0
while [ $i -lt $ROUNDS ]; do
	timeout=$((5 + i % 3 * 2))
	ktap_check "ping: round $((i + 1)), timeout $timeout s: no reset while pinged, one when stopped" \
		round $timeout
	i=$((i + 1))
done

ktap_end
