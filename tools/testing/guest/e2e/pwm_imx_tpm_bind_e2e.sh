#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# pwm-imx-tpm bound and unbound through sysfs (make soak: 1000 times; make
# check: 40, enough for a per-cycle leak or use-after-free), each time with
# channel 0 exported and running and its sysfs files and the chip's held
# open across the unbind: they must then answer ENODEV, and nothing may
# crash or leak (the kmemleak scan at the end of the boot).
. /tests/lib/ktap.sh
. /tests/lib/imx_tpm.sh
. /tests/lib/cycles.sh
. /tests/lib/tier.sh
ktap_begin pwm_imx_tpm_bind_e2e

DRV=/sys/bus/platform/drivers/imx7ulp-tpm-pwm
CHIP_GLOB='/sys/bus/platform/devices/40250000.pwm/pwm/pwmchip*'

out=$(board_up 2>&1)
ktap_result "setup: the TPM probes from the board's device tree" $? "$out"
CYCLES=$(by_tier 40 1000)
echo 40250000.pwm > $DRV/unbind
bind_cycles "bind: $CYCLES cycles, the open sysfs files answer ENODEV after each unbind" \
	$DRV 40250000.pwm $CYCLES "w:$CHIP_GLOB/export=0" \
	"w:$CHIP_GLOB/pwm0/period=1000000" "w:$CHIP_GLOB/pwm0/duty_cycle=250000" \
	"w:$CHIP_GLOB/pwm0/enable=1" \
	"o:$CHIP_GLOB/pwm0/period" "o:$CHIP_GLOB/pwm0/duty_cycle" \
	"o:$CHIP_GLOB/pwm0/enable" "o:$CHIP_GLOB/pwm0/polarity" \
	"o:$CHIP_GLOB/npwm" "o:$CHIP_GLOB/export"
ktap_check "bind: the driver binds again after them" \
	sh -c "echo 40250000.pwm > $DRV/bind && [ -n \"\$(ls /sys/class/pwm)\" ]"
CHIP=$(tpm_chip)
ktap_check "bind: it finds channel 0 running as the last cycle left it" \
	sh -c "echo 0 > $CHIP/export &&
	       [ \"\$(cat $CHIP/pwm0/enable) \$(cat $CHIP/pwm0/period)\" = '1 1000000' ]"
ktap_check "model: no access while the clock was off" \
	[ "$(sed -n 's/^gated_accesses: //p' "$MODEL_STATE")" = 0 ]

ktap_end
