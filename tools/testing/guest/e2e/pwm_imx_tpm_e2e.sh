#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# pwm-imx-tpm as users meet it: the PWM sysfs interface on a modelled TPM
# board, written in the orders people write it, with wrong orders and wrong
# values among them. Every refused write must give the errno the PWM ABI
# promises and leave the modelled pin as it was; what the pin shows is read
# from the model's debugfs file, in counts of the 24 MHz clock.
. /tests/lib/ktap.sh
. /tests/lib/imx_tpm.sh
ktap_begin pwm_imx_tpm_e2e

out=$(board_up 2>&1)
ktap_result "load: the TPM probes from the board's device tree" $? "$out"
CHIP=$(tpm_chip)
ktap_check "load: npwm is the channel count the TPM reports" \
	[ "$(cat "$CHIP/npwm")" = 4 ]
ktap_check "export: channel 4 does not exist (ENODEV)" \
	write_fails "$CHIP/export" 4 "No such device"
ktap_check "export: garbage (EINVAL)" \
	write_fails "$CHIP/export" zero "Invalid argument"
ktap_check "export: channel 0" sh -c "echo 0 > $CHIP/export"
ktap_check "export: channel 0 again (EBUSY)" \
	write_fails "$CHIP/export" 0 "Device or resource busy"
P0=$CHIP/pwm0 P1=$CHIP/pwm1

ktap_check "read: a channel never enabled is disabled" [ "$(cat $P0/enable)" = 0 ]
ktap_check "read: its pin is not driven" [ "$(pin 0 driven)" = 0 ]

# period, duty_cycle, enable: the usual order.
ktap_check "set: period 1 ms" sh -c "echo 1000000 > $P0/period"
ktap_check "set: duty cycle 250 us" sh -c "echo 250000 > $P0/duty_cycle"
ktap_check "set: enable" sh -c "echo 1 > $P0/enable"
ktap_check "pin: 24000 counts, 6000 high" pin_is 0 24000 6000
ktap_check "set: duty cycle 750 us" sh -c "echo 750000 > $P0/duty_cycle"
ktap_check "pin: 24000 counts, 18000 high" pin_is 0 24000 18000
ktap_check "set: 100 %" sh -c "echo 1000000 > $P0/duty_cycle"
ktap_check "pin: high all period" pin_is 0 24000 24000
ktap_check "set: 0 %" sh -c "echo 0 > $P0/duty_cycle"
ktap_check "pin: low all period" pin_is 0 24000 0
ktap_check "set: duty cycle 333333 ns rounds down to whole counts" \
	sh -c "echo 333333 > $P0/duty_cycle"
ktap_check "pin: 7999 counts high" pin_is 0 24000 7999

# Wrong values and wrong orders: refused, the pin untouched.
ktap_check "refused: duty cycle above the period (EINVAL)" \
	refused 0 $P0/duty_cycle 2000000 "Invalid argument"
ktap_check "refused: period below the duty cycle (EINVAL)" \
	refused 0 $P0/period 100000 "Invalid argument"
ktap_check "refused: period 0 while enabled (EINVAL)" \
	refused 0 $P0/period 0 "Invalid argument"
ktap_check "refused: garbage period (EINVAL)" \
	refused 0 $P0/period 1ms "Invalid argument"
ktap_check "refused: negative duty cycle (EINVAL)" \
	refused 0 $P0/duty_cycle -1 "Invalid argument"
ktap_check "refused: period past 64 bits (ERANGE)" \
	refused 0 $P0/period 18446744073709551616 "Numerical result out of range"
ktap_check "refused: enable 2 (EINVAL)" \
	refused 0 $P0/enable 2 "Invalid argument"
ktap_check "refused: enable yes (EINVAL)" \
	refused 0 $P0/enable yes "Invalid argument"
ktap_check "refused: unknown polarity (EINVAL)" \
	refused 0 $P0/polarity reversed "Invalid argument"
ktap_check "refused: polarity change while enabled (EBUSY)" \
	refused 0 $P0/polarity inversed "Device or resource busy"
ktap_check "read: the refused values did not stick" \
	[ "$(cat $P0/period) $(cat $P0/duty_cycle) $(cat $P0/polarity)" = "1000000 333333 normal" ]

# Channel 1 shares the period with channel 0.
ktap_check "export: channel 1" sh -c "echo 1 > $CHIP/export"
ktap_check "read: channel 1 shows the running period" [ "$(cat $P1/period)" = 1000000 ]
ktap_check "set: channel 1 disabled takes any period" sh -c "echo 2000000 > $P1/period"
ktap_check "refused: enabling channel 1 on another period (EBUSY)" \
	refused 1 $P1/enable 1 "Device or resource busy"
ktap_check "set: channel 1 back to the shared period" sh -c "echo 1000000 > $P1/period"
ktap_check "set: channel 1 enabled on the shared period" sh -c "echo 1 > $P1/enable"
ktap_check "pin: channel 1 at 0 %" pin_is 1 24000 0
ktap_check "set: channel 1 duty cycle 500 us" sh -c "echo 500000 > $P1/duty_cycle"
ktap_check "pin: channel 1 half high, channel 0 unchanged" \
	sh -c ". /tests/lib/imx_tpm.sh; pin_is 1 24000 12000 && pin_is 0 24000 7999"
ktap_check "refused: channel 1 period change while channel 0 runs (EBUSY)" \
	refused 1 $P1/period 2000000 "Device or resource busy"

# Disabled channels hold no period, exported or not.
ktap_check "set: disable channel 0" sh -c "echo 0 > $P0/enable"
ktap_check "pin: channel 0 not driven" [ "$(pin 0 driven)" = 0 ]
ktap_check "set: channel 1 period 2 ms, channel 0 still exported" \
	sh -c "echo 2000000 > $P1/period"
ktap_check "pin: channel 1 at the new period" pin_is 1 48000 12000

# Polarity: only while disabled.
ktap_check "set: channel 0 inversed while disabled" sh -c "echo inversed > $P0/polarity"
ktap_check "set: channel 0 on the shared period" \
	sh -c "echo 2000000 > $P0/period && echo 500000 > $P0/duty_cycle && echo 1 > $P0/enable"
ktap_check "pin: channel 0 low for 500 us, high for the rest" pin_is 0 48000 36000
ktap_check "pin: channel 0 starts each period low" [ "$(pin 0 level)" = 0 ]

# A period past the longest is clamped to it; one below a clock cycle fails.
ktap_check "set: channel 0 disabled, channel 1 at 10 s" \
	sh -c "echo 0 > $P0/enable && echo 10000000000 > $P1/period"
ktap_check "pin: channel 1 at the longest period, 65536 counts of 128" \
	pin_is 1 8388608 11904
ktap_check "refused: a period below one clock cycle (EINVAL)" \
	sh -c "echo 0 > $P1/duty_cycle && . /tests/lib/imx_tpm.sh &&
	       refused 1 $P1/period 40 'Invalid argument'"

ktap_check "unexport: channels 0 and 1" \
	sh -c "echo 0 > $CHIP/unexport && echo 1 > $CHIP/unexport"
ktap_check "model: no access while the clock was off" \
	[ "$(sed -n 's/^gated_accesses: //p' "$MODEL_STATE")" = 0 ]
ktap_check "model: no access beside the registers" \
	[ "$(sed -n 's/^stray_accesses: //p' "$MODEL_STATE")" = 0 ]
ktap_check "dmesg: CONFIG_PWM_DEBUG found nothing to say" pwm_debug_quiet
ktap_end
