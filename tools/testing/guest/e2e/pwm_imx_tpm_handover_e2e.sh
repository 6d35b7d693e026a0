#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# pwm-imx-tpm taking over a PWM the bootloader left running: channel 0 of
# the modelled board at 1 ms, 25 %, with the clock divided by 4. The driver
# must report it as it runs and change nothing on the pin until asked to.
. /tests/lib/ktap.sh
. /tests/lib/imx_tpm.sh
ktap_begin pwm_imx_tpm_handover_e2e

out=$(board_up firmware_running=1 2>&1)
ktap_result "load: the TPM probes with channel 0 running" $? "$out"
CHIP=$(tpm_chip)
changes=$(pin 0 changes)
ktap_check "pin: the bootloader's wave" pin_is 0 24000 6000
ktap_check "export: channel 0" sh -c "echo 0 > $CHIP/export"
P0=$CHIP/pwm0
ktap_check "read: enabled, 1 ms, 250 us, normal" \
	[ "$(cat $P0/enable) $(cat $P0/period) $(cat $P0/duty_cycle) $(cat $P0/polarity)" = \
	  "1 1000000 250000 normal" ]
ktap_check "write: the same period and duty cycle again" \
	sh -c "echo 1000000 > $P0/period && echo 250000 > $P0/duty_cycle"
ktap_check "write: a duty cycle that rounds to the same counts" \
	sh -c "echo 250100 > $P0/duty_cycle"
ktap_check "pin: never touched so far" [ "$(pin 0 changes)" = "$changes" ]
ktap_check "write: a new duty cycle" sh -c "echo 500000 > $P0/duty_cycle"
ktap_check "pin: the new duty cycle, the period running on" pin_is 0 24000 12000
ktap_check "pin: one change" \
	[ "$(pin 0 changes)" = $((changes + 1)) ]
ktap_check "dmesg: CONFIG_PWM_DEBUG found nothing to say" pwm_debug_quiet
ktap_end
