#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# make demo, in the guest: both drivers on their modelled chips, driven the
# way users drive them. What it shows goes to the console as "[guest]"
# lines; both models' records of their pins, the PWM outputs and WDTRST#,
# go to the results port (fd 3), for the host to draw.
. /tests/lib/fintek.sh
. /tests/lib/imx_tpm.sh

show() { echo "[guest] $*"; }
indent() { sed 's/^/[guest]     /'; }
fail() { show "demo failed: $*"; exit 1; }
wdt() { model "$1"; }	# a value of the modelled watchdog at 0x2e

show "1. The drivers probe on the modelled chips"
dmesg -c > /dev/null
modprobe fintek_sio_model chip=F71882 port=0x2e || fail "no Fintek model"
modprobe fintek_wdt || fail "fintek_wdt did not load"
board_up || fail "pwm-imx-tpm did not probe"
CHIP=$(tpm_chip)
{
	# The debug kernel probes twice (DEBUG_TEST_DRIVER_REMOVE): once is enough.
	dmesg | grep -E 'fintek|pwm' | sed 's/^\[ *[0-9.]*\] //' | awk '!seen[$0]++'
	echo "pwm-imx-tpm $(basename "$(readlink -f "$CHIP/device")"): $(basename "$CHIP"), $(cat "$CHIP/npwm") channels"
} | indent

show "2. wdctl $DEV"
wdctl $DEV | indent

show "3. Timeout 5 s, a ping every second (busybox watchdog), then no more pings"
watchdog -F -T 5 -t 1 $DEV &
pid=$!
for _ in 1 2 3 4 5 6; do
	sleep 1
	show "    model time $(wdt now_ms) ms: counting, $(wdt ms_left) ms left, resets so far: $(wdt resets)"
done
kill -9 $pid
wait $pid 2> /dev/null
# One read of the model, so that both values are of the same moment.
snapshot=$(cat "$MODEL/0x2e/watchdog")
value() { printf '%s\n' "$snapshot" | sed -n "s/^$1: //p"; }
stopped=$(value now_ms)
due=$((stopped + $(value ms_left)))
show "    model time $stopped ms: the pinger is killed (no magic close); the last ping programmed the reset for $due ms"
while [ "$(wdt resets)" = 0 ] && [ "$(wdt now_ms)" -lt $((due + 2000)) ]; do
	sleep 0.2
done
reset=$(sed -n 's/^reset: at_ms=\([0-9]*\) width_ms=\([0-9]*\)/\1 \2/p' "$MODEL/0x2e/watchdog")
[ -n "$reset" ] || fail "no reset by model time $(wdt now_ms) ms"
set -- $reset
show "    model time $1 ms: WDTRST# asserted, a $2 ms pulse, $(($1 - due)) ms from the programmed moment"

show "4. PWM channel 0 through /sys/class/pwm, at two settings"
echo 0 > "$CHIP/export"
P0=$CHIP/pwm0
setting() {	# setting PERIOD_NS DUTY_NS
	[ "$(cat $P0/period)" = "$1" ] || echo "$1" > $P0/period
	echo "$2" > $P0/duty_cycle
	echo 1 > $P0/enable
	show "    period $1 ns, duty_cycle $2 ns: the pin shows $(pin 0 period_ns) ns periods, $(pin 0 high_ns) ns high"
	sleep 0.3
}
setting 1000000 250000
setting 1000000 750000
{
	echo "# pins tpm"
	cat "$(dirname "$MODEL_STATE")/pins"
	echo "# pins fintek"
	cat "$MODEL/0x2e/pins"
} >&3
echo 0 > $P0/enable
echo 0 > "$CHIP/unexport"
show "demo: done"
