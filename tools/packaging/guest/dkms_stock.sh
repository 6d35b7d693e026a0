#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# In Debian's own 6.12 kernel: the modules DKMS built and installed for it,
# on the modelled chips. The watchdog through wdctl; the PWM driver, which
# a kernel without device tree (CONFIG_OF is not set) can never bind, must
# load, refuse the modelled board with a message, and unload cleanly.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
ktap_begin dkms_stock

ktap_check "kernel: Debian's stock kernel, not the test kernel" \
	grep -q 'Debian' /proc/version
for mod in superio fintek_wdt pwm_imx_tpm fintek_sio_model imx_tpm_model; do
	ktap_check "modules: $mod is built for this kernel" \
		sh -c "modinfo $mod | grep -q '^vermagic: *$(uname -r) '"
done

board chip=F71882 timeout_status=1
out=$(modprobe fintek_wdt 2>&1)
ktap_result "watchdog: fintek_wdt binds the modelled F71882" $? "$out"
out=$(wdctl $DEV 2>&1)
ktap_check "wdctl: identity, timeout and flags" expect_in "$out" \
	"^Identity: +f71882fg watchdog \[version 0\]" "^Timeout: +60 seconds" \
	"^KEEPALIVEPING " "^MAGICCLOSE " "^SETTIMEOUT "
ktap_check "wdctl: boot status shows the watchdog reset" expect_in "$out" \
	"^CARDRESET +Card previously reset the CPU +1 +1"
out=$(wdctl -s 256 $DEV 2>&1; wdctl $DEV 2>&1)
ktap_check "wdctl: -s 256 reports the whole minutes that run" \
	expect_in "$out" "^Timeout: +300 seconds"
ktap_check "wdctl: the watchdog is stopped after its magic close" \
	eval '[ "$(cat $SYSFS/state)" = inactive ] && [ "$(model counting)" = 0 ]'
unload
ktap_check "watchdog: unloads" sh -c "! grep -q '^fintek_wdt ' /proc/modules"

ktap_check "pwm: the PWM core is there (CONFIG_PWM)" [ -d /sys/class/pwm ]
ktap_check "pwm: pwm-imx-tpm loads and registers its driver" \
	sh -c "modprobe pwm-imx-tpm && [ -d /sys/bus/platform/drivers/imx7ulp-tpm-pwm ]"
dmesg -c > /dev/null
out=$(modprobe imx_tpm_model board=1 2>&1)
ktap_result "pwm: the modelled board is refused without CONFIG_OF_OVERLAY" \
	$((! $?)) "$out"
ktap_check "pwm: the refusal says why" \
	expect_in "$(dmesg)" "imx_tpm_model: board=1 needs a kernel with CONFIG_OF_OVERLAY"
ktap_check "pwm: no TPM pwmchip appeared" \
	sh -c "! ls -l /sys/class/pwm/ | grep -q 40250000"
ktap_check "pwm: the driver bound nothing" \
	sh -c "! ls /sys/bus/platform/drivers/imx7ulp-tpm-pwm | grep -q pwm@"
ktap_check "pwm: pwm-imx-tpm unloads" modprobe -r pwm-imx-tpm
ktap_end
