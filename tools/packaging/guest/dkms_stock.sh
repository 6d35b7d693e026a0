#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# In one of Debian's own kernels (6.1, 6.12, 7.2): the modules DKMS built
# and installed for it, on the modelled chips. The watchdog through wdctl;
# the PWM driver, which a kernel without device tree (CONFIG_OF is not
# set) can never bind, must load, refuse the modelled board with a
# message, and unload cleanly. Before 6.10 DKMS must not have installed
# the PWM driver at all (dkms.conf).
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
# One suite per kernel, e.g. dkms_stock_6_1, for make check's verdicts.
ktap_begin "dkms_stock_$(uname -r | cut -d. -f1,2 | tr . _)"

ktap_check "kernel: Debian's stock kernel, not the test kernel" \
	grep -q 'Debian' /proc/version
pwm=pwm_imx_tpm
case $(uname -r) in [0-5].*|6.[0-9].*|6.[0-9]-*) pwm= ;; esac
for mod in superio fintek_wdt fintek_sio_model ${pwm:+pwm_imx_tpm imx_tpm_model}; do
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

if [ -z "$pwm" ]; then
	ktap_check "pwm: DKMS did not install pwm-imx-tpm for Linux $(uname -r)" \
		sh -c "! find /lib/modules/$(uname -r) -name 'pwm*imx*tpm*' | grep -q ."
	ktap_end
	exit 0
fi
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
