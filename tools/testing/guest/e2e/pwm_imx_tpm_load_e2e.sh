#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# pwm-imx-tpm, its test hooks and imx_tpm_model (board=1) loaded and
# unloaded (make soak: 100 times; make check: 10, each cycle the whole of
# probe and remove), the driver probing the modelled TPM from the board's
# device tree each time. Leaks show in the kmemleak scan at the end.
. /tests/lib/ktap.sh
. /tests/lib/imx_tpm.sh
. /tests/lib/cycles.sh
. /tests/lib/tier.sh
ktap_begin pwm_imx_tpm_load_e2e

# The driver holds the model while bound: it goes first.
tpm_down() { rmmod pwm_imx_tpm imx_tpm_model pwm_imx_tpm_test_hooks; }
CYCLES=$(by_tier 10 100)
load_cycles "load: $CYCLES cycles of the three modules, the TPM probed each time" \
	$CYCLES board_up tpm_down
ktap_check "load: nothing left loaded" sh -c "! grep -E '^(pwm_imx_tpm|imx_tpm)' /proc/modules"
ktap_check "load: no PWM chip left" [ -z "$(ls /sys/class/pwm)" ]
ktap_check "load: the board's device tree nodes are gone" [ ! -e /proc/device-tree/pwm@40250000 ]

ktap_end
