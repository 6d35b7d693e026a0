#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# pwm-imx-tpm under faults: every slab allocation of a bind failed in turn
# (fail-nth), every register access of a bind and of a user's setup failed
# in turn (the model's fail_access knob, a bus error), and a module clock
# that does not enable or reports no rate. Every failure must give a clean
# error, leave the sysfs view and the pin agreeing, and leak nothing.
. /tests/lib/ktap.sh
. /tests/lib/imx_tpm.sh
. /tests/lib/failslab.sh
ktap_begin pwm_imx_tpm_faults_e2e

DRV=/sys/bus/platform/drivers/imx7ulp-tpm-pwm
PDEV=/sys/bus/platform/devices/40250000.pwm
FAIL=/sys/kernel/debug/imx_tpm_model/fail_access

failslab_setup
out=$(board_up 2>&1)
ktap_result "setup: the TPM probes from the board's device tree" $? "$out"
echo 40250000.pwm > $DRV/unbind
# pwmchip_add() ignores a failed dev_set_name(), and device_add() then
# refuses the nameless chip with EINVAL: the PWM core's errno, still clean.
walk "fail-nth: every allocation of a bind fails cleanly" \
	"Cannot allocate memory|Invalid argument" \
	$DRV/bind 40250000.pwm $DRV/unbind 40250000.pwm "$PDEV/pwm/pwmchip*" $PDEV/driver
ktap_check "fail-nth: no leak after the walk" leak_free

# fail_access walk: run COMMAND with the Nth register access failing, for
# N = 1, 2, ... until it runs with no failure; CHECK after each, then UNDO.
# Shell builtins only, or the forks take longer than the walk.
access_walk() {	# access_walk COMMAND CHECK UNDO
	n=0
	while [ $n -lt 1000 ]; do
		n=$((n + 1))
		echo $n > $FAIL
		out=$($1 2>&1)
		status=$?
		read -r pending < $FAIL
		if [ "$pending" != 0 ]; then
			echo 0 > $FAIL
			[ $status = 0 ] || { echo "no failure injected, yet: $out"; return 1; }
			$3
			echo "$((n - 1)) points"
			return 0
		fi
		case "$status:$out" in
		0:*|*"Input/output error"*) ;;
		*) echo "access $n: $out"; return 1 ;;
		esac
		$2 || { echo "access $n: after '$out'"; return 1; }
		$3
	done
	echo "no end after $n accesses"
	return 1
}

bind() { echo 40250000.pwm > $DRV/bind; }
unbind() { [ ! -e $PDEV/driver ] || echo 40250000.pwm > $DRV/unbind; }
# A failed bind leaves no chip; a bound one has one.
bind_clean() { [ -e $PDEV/driver ] || [ ! -e $PDEV/pwm ]; }
out=$(access_walk bind bind_clean unbind)
ktap_result "fail_access: every register access of a bind fails cleanly" $? "$out"
ktap_note "fail_access: bind: $(echo "$out" | tail -n 1)"

bind
CHIP=$(tpm_chip)
P0=$CHIP/pwm0
setup() {
	echo 0 > $CHIP/export && echo 2000000 > $P0/period &&
		echo 500000 > $P0/duty_cycle && echo inversed > $P0/polarity &&
		echo 1 > $P0/enable && echo 1500000 > $P0/duty_cycle
}
# What sysfs says is what the pin does, whatever failed.
setup_agrees() { [ ! -e $P0 ] || agrees $P0 0; }
teardown() {
	[ ! -e $P0 ] || { echo 0 > $P0/enable; echo normal > $P0/polarity
			   echo 0 > $CHIP/unexport; }
}
# CONFIG_PWM_DEBUG reapplies each setting the driver takes, and says so
# when the walk fails one of the accesses of that reapply: expected here.
# Those lines stay off the console, where the verdict would count them;
# the rest of the kernel log of the walk is replayed there for it.
dmesg -c > /dev/null
echo 1 > /proc/sys/kernel/printk
out=$(access_walk setup setup_agrees teardown)
status=$?
echo 7 > /proc/sys/kernel/printk
reapplies=$(dmesg | grep -c 'failed to reapply current setting$')
dmesg -c | grep -v 'failed to reapply current setting$' > /dev/console
ktap_result "fail_access: every register access of export, configure, enable fails cleanly" \
	$status "$out"
ktap_note "fail_access: setup: $(echo "$out" | tail -n 1), $reapplies of them in PWM_DEBUG's reapply"
# The clock: it does not enable, or reports no rate.
BOARD=/sys/kernel/debug/imx_tpm_model
unbind
echo Y > $BOARD/clock_fails
ktap_check "clock: bind fails when the clock does not enable (EIO)" \
	write_fails $DRV/bind 40250000.pwm "Input/output error"
echo N > $BOARD/clock_fails
echo 0 > $BOARD/clock_rate_hz
ktap_check "clock: bind fails on a clock with no rate (EINVAL)" \
	write_fails $DRV/bind 40250000.pwm "Invalid argument"
ktap_check "clock: nothing registered by the failed binds" [ ! -e $PDEV/pwm ]
echo 24000000 > $BOARD/clock_rate_hz
ktap_check "clock: binds once the clock works" bind
ktap_check "clock: on while bound" grep -q "^clock: on" "$MODEL_STATE"
unbind
ktap_check "clock: off once unbound" grep -q "^clock: off" "$MODEL_STATE"
ktap_check "model: no access while the clock was off" \
	[ "$(sed -n 's/^gated_accesses: //p' "$MODEL_STATE")" = 0 ]
ktap_check "no leak at the end" leak_free

ktap_end
