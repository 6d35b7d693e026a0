#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# pwm-imx-tpm on a 32.768 kHz TPM (the i.MX7ULP's slow clock), where a
# period lasts seconds and a new duty cycle waits for the end of the one in
# progress: the writer must not wait for it, nor stall other channels'
# users, nor look hung to the hung-task detector, set here to its shortest
# timeout. make check waits out 10 s periods; make soak the longest this
# TPM makes, 2^16 counts of 2^7 cycles, 256 s.
. /tests/lib/ktap.sh
. /tests/lib/imx_tpm.sh
. /tests/lib/tier.sh
ktap_begin pwm_imx_tpm_stall_e2e

HUNG=/proc/sys/kernel/hung_task_timeout_secs
PERIOD_S=$(by_tier 10 256)

uptime_cs() {	# uptime in 1/100 s
	read -r up_s _ < /proc/uptime
	echo "${up_s%.*}${up_s#*.}"
}

out=$(board_up instance=imx7ulp-32k 2>&1)
ktap_result "setup: the TPM probes on a 32.768 kHz clock" $? "$out"
ktap_check "the kernel detects hung tasks" [ -w $HUNG ]
# Not "read": busybox reads a byte at a time, and a sysctl answers a read
# past offset 0 with end of file, so "read" would keep "1" of "120".
hung_was=$(cat $HUNG)
echo 1 > $HUNG
CHIP=$(tpm_chip)
P0=$CHIP/pwm0
echo 0 > $CHIP/export
ktap_check "channel 0: $PERIOD_S s, 1 s active, enabled" \
	sh -c "echo ${PERIOD_S}000000000 > $P0/period && echo 1000000000 > $P0/duty_cycle &&
	       echo 1 > $P0/enable"

# A write that waited for the end of the period would take seconds; one
# that does not took up to 1.2 s under TCG on a loaded 2-core host.
QUICK_CS=300
t=$(uptime_cs)
echo 2000000000 > $P0/duty_cycle
took=$(($(uptime_cs) - t))
ktap_result "a new duty cycle is written in ${took}0 ms, the period running on" \
	$([ $took -lt $QUICK_CS ]; echo $?)
# The second in the background, so that channel 1 is requested while it
# would wait, if it waited.
(t=$(uptime_cs); echo 3000000000 > $P0/duty_cycle
 echo $(($(uptime_cs) - t)) > /tmp/stall-second-took) &
writer=$!
sleep 0.2
t=$(uptime_cs)
echo 1 > $CHIP/export
echo 1000000000 > $CHIP/pwm1/period
took=$(($(uptime_cs) - t))
ktap_result "channel 1: requested and configured meanwhile, in ${took}0 ms" \
	$([ $took -lt $QUICK_CS ]; echo $?)
echo 1 > $CHIP/unexport
wait $writer
read -r took < /tmp/stall-second-took
ktap_result "a second one within the same period, in ${took}0 ms" \
	$([ $took -lt $QUICK_CS ]; echo $?)
ktap_check "pin: the old duty cycle until the end of the period" \
	pin_shows 0 $((PERIOD_S * 32768)) 32768
ktap_check "read: the second duty cycle" [ "$(cat $P0/duty_cycle)" = 3000000000 ]

# The first reaches the pin at the end of this period, the second, held
# back until then, at the end of the next.
ktap_check "pin: the second duty cycle within two periods" \
	env PIN_WAIT_S=$((PERIOD_S * 2 + 2)) sh -c \
	". /tests/lib/imx_tpm.sh; pin_is 0 $((PERIOD_S * 32768)) 98304"
ktap_check "dmesg: no task reported hung" sh -c "! dmesg | grep 'blocked for more than'"
echo "$hung_was" > $HUNG
echo 0 > $P0/enable
echo 0 > $CHIP/unexport
ktap_check "dmesg: CONFIG_PWM_DEBUG found nothing to say" pwm_debug_quiet
ktap_end
