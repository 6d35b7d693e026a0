#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Bad input beyond what fintek_wdt_e2e and pwm_imx_tpm_e2e already try:
# every module parameter users can set, of the drivers and of the models,
# with out-of-range, negative, huge and non-numeric values; every watchdog
# sysfs file and ioctl, and the PWM sysfs files, with what no client sends.
# Each must be refused with the right errno or message, leave nothing
# registered, and leave the modelled hardware as it was.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
. /tests/lib/imx_tpm.sh
ktap_begin sio_bad_input_e2e

# A refused load says why, naming the parameter, and leaves nothing behind.
bad_load() {	# bad_load MODULE PARAM=VALUE [GOOD_PARAMS...]
	mod=$1 param=$2
	shift 2
	dmesg -c > /dev/null
	# The last value of a parameter wins: the bad one goes last.
	out=$(modprobe $mod "$@" "$param" 2>&1) && { echo "loaded with $param"; return 1; }
	! grep -q "^$mod " /proc/modules || { echo "$mod still loaded"; return 1; }
	expect_in "$(dmesg)" "${param%%=*}" && expect_in "$out" "Invalid argument|out of range"
}
wdt_param() { bad_load fintek_wdt "$1" && ! registered; }
model_param() {
	bad_load fintek_sio_model "$1" chip=F71882 && [ ! -e $MODEL ]
}
tpm_param() {
	bad_load imx_tpm_model "$1" board=1 && [ ! -e /sys/kernel/debug/imx_tpm_model ] &&
		[ -z "$(ls /sys/class/pwm)" ]
}

# fintek_wdt: the values fintek_wdt_e2e does not try.
board chip=F71862
for param in start_withtimeout=-1 force_id=-1 f71862fg_pin=-1 f71862fg_pin=4294967296 \
	     f71862fg_pin=x f71862fg_pin= timeout= nowayout=-1 nowayout=2; do
	ktap_check "fintek_wdt: $param refused" wdt_param "$param"
done
unload

# The models' parameters: a user sets them to build the board.
for param in chip=F99999 chip= port=-1 port=65536 port=0x2e0000 port=x devid=-1 \
	     devid=65536 devid=y vendor=-1 vendor=65536 vendor=z timeout_status=maybe \
	     timeout_status=-1; do
	ktap_check "fintek_sio_model: $param refused" model_param "$param"
done
for param in board=maybe board=-1 board=2 firmware_running=x firmware_running=-1; do
	ktap_check "imx_tpm_model: $param refused" tpm_param "$param"
done

# The watchdog: bad writes to its sysfs files, what no client sends by ioctl.
board chip=F71882
modprobe fintek_wdt
exec 5> $DEV
# An hour, so that a slow run does not see it fire.
wdt-ioctl 5 settimeout 3600 > /dev/null
regs=$(model registers)
wdt_refused() {	# wdt_refused EXPECTED REQUEST [VALUE]: the hardware untouched
	got=$(wdt-ioctl 5 "$2" $3)
	[ "$got" = "$1" ] || { echo "$2 $3: $got, not $1"; return 1; }
	[ "$(model registers)" = "$regs" ] ||
		{ echo "registers: $regs -> $(model registers)"; return 1; }
}
ktap_check "ioctl: SETTIMEOUT -1 is EINVAL" wdt_refused "errno EINVAL" settimeout -1
ktap_check "ioctl: SETTIMEOUT with a NULL pointer is EFAULT" wdt_refused "errno EFAULT" settimeout null
ktap_check "ioctl: GETTIMEOUT with a NULL pointer is EFAULT" wdt_refused "errno EFAULT" gettimeout null
ktap_check "ioctl: GETSUPPORT with a NULL pointer is EFAULT" wdt_refused "errno EFAULT" getsupport null
ktap_check "ioctl: SETOPTIONS with a NULL pointer is EFAULT" wdt_refused "errno EFAULT" setoptions null
ktap_check "ioctl: SETOPTIONS with no known option is ENOTTY" wdt_refused "errno ENOTTY" setoptions 0x100
ktap_check "ioctl: SETPRETIMEOUT 0 is EOPNOTSUPP" wdt_refused "errno EOPNOTSUPP" setpretimeout 0
ktap_check "ioctl: GETSUPPORT" wdt_refused "ok f71882fg watchdog" getsupport
# WDIOF_KEEPALIVEPING: pinged since the last GETSTATUS (SETTIMEOUT pings).
ktap_check "ioctl: GETSTATUS" wdt_refused "ok 32768" getstatus
ktap_check "ioctl: GETBOOTSTATUS" wdt_refused "ok 0" getbootstatus
ktap_check "ioctl: GETPRETIMEOUT" wdt_refused "ok 0" getpretimeout
ktap_check "ioctl: GETTIMEOUT unchanged" wdt_refused "ok 3600" gettimeout

wdt_sysfs_refused() {	# wdt_sysfs_refused FILE VALUE MESSAGE
	before=$(cat $SYSFS/$1)
	write_fails $SYSFS/$1 "$2" "$3" || return 1
	[ "$(cat $SYSFS/$1)" = "$before" ] && [ "$(model registers)" = "$regs" ] ||
		{ echo "changed: $before -> $(cat $SYSFS/$1)"; return 1; }
}
for value in abc -1 2 ""; do
	ktap_check "sysfs: nowayout '$value' refused (EINVAL)" \
		wdt_sysfs_refused nowayout "$value" "Invalid argument"
done
ktap_check "sysfs: nowayout 99999999999 refused (ERANGE)" \
	wdt_sysfs_refused nowayout 99999999999 "Numerical result out of range"
for file in $SYSFS/*; do
	file=${file##*/}
	case $file in nowayout|uevent) continue ;; esac
	[ -f $SYSFS/$file ] || continue
	ktap_check "sysfs: $file is read-only (EACCES)" \
		wdt_sysfs_refused $file 1 "Permission denied"
done
printf V >&5
exec 5>&-
ktap_check "watchdog: stopped by the magic close after all that" \
	eval '[ "$(model counting)" = 0 ] && [ "$(model resets)" = 0 ]'
unload

# The PWM: the values pwm_imx_tpm_e2e does not try, on a running channel.
board_up > /dev/null 2>&1
CHIP=$(tpm_chip)
P0=$CHIP/pwm0
echo 0 > $CHIP/export
echo 1000000 > $P0/period
echo 250000 > $P0/duty_cycle
echo 1 > $P0/enable
ktap_check "pwm: export -1 (EINVAL)" refused 0 $CHIP/export -1 "Invalid argument"
ktap_check "pwm: export past 32 bits (ERANGE)" \
	refused 0 $CHIP/export 4294967296 "Numerical result out of range"
ktap_check "pwm: unexport of a channel not exported (ENODEV)" \
	refused 0 $CHIP/unexport 1 "No such device"
ktap_check "pwm: unexport garbage (EINVAL)" refused 0 $CHIP/unexport one "Invalid argument"
ktap_check "pwm: npwm is read-only (EACCES)" refused 0 $CHIP/npwm 8 "Permission denied"
ktap_check "pwm: capture is read-only (EACCES)" refused 0 $P0/capture 1 "Permission denied"
ktap_check "pwm: capture unsupported (ENOSYS)" \
	sh -c "out=\$(cat $P0/capture 2>&1); echo \"\$out\"; case \"\$out\" in *'not implemented'*) ;; *) exit 1;; esac"
ktap_check "pwm: duty cycle past 64 bits (ERANGE)" \
	refused 0 $P0/duty_cycle 18446744073709551616 "Numerical result out of range"
ktap_check "pwm: duty cycle garbage (EINVAL)" refused 0 $P0/duty_cycle 25% "Invalid argument"
ktap_check "pwm: negative period (EINVAL)" refused 0 $P0/period -1000000 "Invalid argument"
ktap_check "pwm: empty period (EINVAL)" refused 0 $P0/period "" "Invalid argument"
ktap_check "pwm: enable -1 (EINVAL)" refused 0 $P0/enable -1 "Invalid argument"
ktap_check "pwm: enable past 32 bits (ERANGE)" \
	refused 0 $P0/enable 4294967297 "Numerical result out of range"
ktap_check "pwm: empty polarity (EINVAL)" refused 0 $P0/polarity "" "Invalid argument"
ktap_check "pwm: the channel runs on, 24000 counts, 6000 high" pin_is 0 24000 6000
echo 0 > $P0/enable
# A disabled state's values do not matter to the PWM core, until enabled.
ktap_check "pwm: period 0 taken on a disabled channel" sh -c "echo 0 > $P0/period"
ktap_check "pwm: enabling it with period 0 (EINVAL)" \
	refused 0 $P0/enable 1 "Invalid argument"
ktap_check "pwm: not driven after the refusal" [ "$(pin 0 driven)" = 0 ]
ktap_check "dmesg: CONFIG_PWM_DEBUG found nothing to say" pwm_debug_quiet

ktap_end
