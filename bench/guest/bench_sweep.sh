#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# make bench, in the guest: 10000 random requests (bench.sweep= batches
# of 100, default 100) to the PWM driver named by bench.driver= (ours or
# mainline), on the TPM model with a manual clock: how far the pin is from
# the best the TPM can do, and what CONFIG_PWM_DEBUG says. The counts so
# far go out every 2000 requests, so that a boot cut short still tells how
# far it got.
. /tests/e2e/bench_lib.sh

DRV=$(sed -n 's/.*bench\.driver=\([a-z]*\).*/\1/p' /proc/cmdline)
# Batches of 100 requests: the log buffer holds a batch's warnings.
BATCHES=$(sed -n 's/.*bench\.sweep=\([0-9]*\).*/\1/p' /proc/cmdline)
SEED=0x1e7a7b5d
# What CONFIG_PWM_DEBUG says about an apply (drivers/pwm/core.c).
PWM_DEBUG='\.apply (is not idempotent|didn.t pick|is supposed to round|ignored \.polarity)|requested disabled, but yielded enabled|failed to reapply current setting'

# The warnings would flood the console.
dmesg -n 4
bench_up
modprobe "$(pwm_module "$DRV")"
[ -n "$(pwm_chip 40280000)" ] || { out 1 "$DRV" "error: the TPM did not probe"; exit 1; }
dmesg -c > /dev/null
cmd sweep-begin $SEED
warnings=0 i=0
while [ $i -lt "${BATCHES:-100}" ]; do
	line=$(cmd sweep 100)
	warnings=$((warnings + $(dmesg -c | grep -cE "$PWM_DEBUG")))
	i=$((i + 1))
	if [ $((i % 20)) = 0 ] || [ $i = "${BATCHES:-100}" ]; then
		say "$DRV: $((i * 100)) requests"
		out 1 "$DRV" "$line pwm_debug=$warnings"
	fi
done
rmmod "$(pwm_module "$DRV")"
rmmod driver_bench
