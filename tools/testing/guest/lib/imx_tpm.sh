#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from an end-to-end script: the modelled TPM board (imx_tpm_model
# board=1: a TPM at 0x40250000 with a 24 MHz clock and 4 channels) and
# pwm-imx-tpm bound to it.

MODEL_STATE=/sys/kernel/debug/imx_tpm_model/state

board_up() {	# board_up MODEL_PARAMS...: the driver, then the board
	modprobe pwm-imx-tpm && modprobe imx_tpm_model board=1 "$@" &&
		[ -n "$(tpm_chip)" ]
}

tpm_chip() {	# the pwmchip directory of the modelled TPM
	for chip in /sys/class/pwm/pwmchip*; do
		case "$(readlink -f "$chip/device")" in
		*/40250000.pwm) echo "$chip"; return ;;
		esac
	done
}

pin() {	# pin CH FIELD: a field of what channel CH's pin shows
	sed -n "s/^ch$1:.* $2=\([0-9]*\).*/\1/p" "$MODEL_STATE"
}

# A change reaches the pin at the end of the period in progress, after the
# write returned, or at the end of the next one: the checks below wait for
# it, PIN_WAIT_S seconds at most (by default 2).
pin_shows() {	# pin_shows CH PERIOD_CYCLES HIGH_CYCLES
	[ "$(pin "$1" driven)" = 1 ] && [ "$(pin "$1" running)" = 1 ] &&
		[ "$(pin "$1" period_cycles)" = "$2" ] &&
		[ "$(pin "$1" high_cycles)" = "$3" ]
}

pin_is() {	# pin_is CH PERIOD_CYCLES HIGH_CYCLES: a running, driven wave
	pin_tries=$((${PIN_WAIT_S:-2} * 20))
	until pin_shows "$@"; do
		pin_tries=$((pin_tries - 1))
		[ $pin_tries -gt 0 ] || {
			grep "^ch$1:" "$MODEL_STATE"
			return 1
		}
		sleep 0.05
	done
}

write_fails() {	# write_fails FILE VALUE MESSAGE: the write fails with MESSAGE
	# dd says why a write failed; the shell's builtins do not.
	out=$(printf '%s\n' "$2" | dd of="$1" 2>&1) && {
		echo "writing '$2' to $1 succeeded"
		return 1
	}
	case "$out" in
	*"$3"*) ;;
	*) echo "writing '$2' to $1: '$out', not '$3'"; return 1 ;;
	esac
}

# A write that fails must leave the pin as it was.
refused() {	# refused CH FILE VALUE MESSAGE
	# An accepted change before this one reaches the pin at the end of its
	# period, after its write returned: that is not this write's doing.
	[ ! -f "${2%/*}/duty_cycle" ] || agrees "${2%/*}" "$1" > /dev/null
	before=$(grep "^ch$1:" "$MODEL_STATE" | sed 's/ since_ns=.*//')
	changes=$(pin "$1" changes)
	write_fails "$2" "$3" "$4" || return 1
	after=$(grep "^ch$1:" "$MODEL_STATE" | sed 's/ since_ns=.*//')
	[ "$before" = "$after" ] && [ "$(pin "$1" changes)" = "$changes" ] || {
		echo "pin changed: $before -> $after"
		return 1
	}
}

# Shell builtins only: under TCG and KASAN a fork costs more than the check.
pin_fields() {	# pin_fields CH: sets driven, period_ns and high_ns of channel CH
	while read -r pin_line; do
		case $pin_line in "ch$1:"*) break ;; esac
	done < "$MODEL_STATE"
	for pin_field in $pin_line; do
		case $pin_field in
		driven=*) driven=${pin_field#*=} ;;
		period_ns=*) period_ns=${pin_field#*=} ;;
		high_ns=*) high_ns=${pin_field#*=} ;;
		esac
	done
}

agrees() {	# agrees DIR CH: the pin does what the channel's sysfs DIR says
	agree_tries=$((${PIN_WAIT_S:-2} * 20))
	until agrees_now "$@" > /dev/null; do
		agree_tries=$((agree_tries - 1))
		[ $agree_tries -gt 0 ] || { agrees_now "$@"; return; }
		sleep 0.05
	done
}

agrees_now() {	# agrees_now DIR CH: the same, at once
	read -r a_enable < "$1/enable" && read -r a_period < "$1/period" &&
		read -r a_duty < "$1/duty_cycle" && read -r a_polarity < "$1/polarity" ||
		return 1
	pin_fields "$2"
	if [ "$a_enable" = 0 ]; then
		[ "$driven" = 0 ] && return 0
	else
		a_high=$a_duty
		[ "$a_polarity" = normal ] || a_high=$((a_period - a_duty))
		[ "$driven $period_ns $high_ns" = "1 $a_period $a_high" ] && return 0
	fi
	echo "sysfs: enable=$a_enable period=$a_period duty_cycle=$a_duty polarity=$a_polarity"
	echo "pin: driven=$driven period_ns=$period_ns high_ns=$high_ns"
	return 1
}

pwm_debug_quiet() {	# CONFIG_PWM_DEBUG found nothing to say
	out=$(dmesg | grep -E '\.apply |requested disabled|failed to reapply')
	[ -z "$out" ] || { echo "$out"; return 1; }
}
