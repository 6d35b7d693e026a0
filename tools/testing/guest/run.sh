#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Runs in the guest: the test groups named by sio.run= on the kernel command
# line (comma-separated, in that order), each a KUnit module (*_kunit) or an
# end-to-end script; or the demo (sio.run=demo). Each group cleans up after
# itself, and check.sh puts a group that cannot (it pins its driver) last in
# its boot. Progress lines start with "[guest]" on the console (ttyS0, shared
# with the kernel log); results go to ttyS1 as KTAP chunks: "# chunk
# <name>", then a KTAP document.

KMEMLEAK=/sys/kernel/debug/kmemleak
KUNIT=/sys/kernel/debug/kunit
exec 3>/dev/ttyS1

say() { echo "[guest] $*"; }
uptime_s() { cut -d' ' -f1 /proc/uptime; }

run=$(sed -n 's/.*sio\.run=\([^ ]*\).*/\1/p' /proc/cmdline)

if [ "$run" = demo ]; then
	sh /tests/demo.sh
	exit
fi

kunit_failed() {	# kunit_failed MODULE WHY
	printf '# chunk %s\nKTAP version 1\n1..1\nnot ok 1 %s # %s\n' "$1" "$1" "$2" >&3
}

run_kunit() {	# run_kunit MODULE: its suites run at load
	# Some suites need their driver loaded on a modelled chip first.
	if [ -f "/tests/kunit-setup/$1.sh" ]; then
		say "setting up for $1"
		sh "/tests/kunit-setup/$1.sh"
	fi
	before=" $(ls "$KUNIT" | tr '\n' ' ')"
	say "loading $1 (its KUnit suites run at load)"
	if modprobe "$1"; then
		ran=0
		for suite in $(ls "$KUNIT"); do
			case "$before" in *" $suite "*) continue ;; esac
			echo "# chunk $suite"
			cat "$KUNIT/$suite/results"
			ran=$((ran + 1))
		done >&3
		[ "$ran" -gt 0 ] || kunit_failed "$1" "no KUnit suite ran"
	else
		kunit_failed "$1" "modprobe failed"
	fi
}

# Unload every module of ours a group left loaded, users before what they
# use, so that the next group starts from a clean kernel. A driver pinned
# by a running watchdog stays: such a group runs last.
unload_ours() {
	# A channel exported through sysfs holds its PWM driver.
	for chip in /sys/class/pwm/pwmchip*; do
		for pwm in "$chip"/pwm[0-9]*; do
			[ ! -d "$pwm" ] || echo "${pwm##*/pwm}" > "$chip/unexport"
		done
	done
	ours=$(ls /lib/modules/*/extra | sed 's/\.ko$//' | tr - _)
	for _ in 1 2 3 4; do
		for mod in $ours; do
			! grep -q "^$mod " /proc/modules || rmmod "$mod" 2>/dev/null
		done
	done
	for mod in $ours; do
		! grep -q "^$mod " /proc/modules || echo "$mod"
	done
}

pins_its_driver() {	# pins_its_driver GROUP: its script says "# boot: last"
	cat "/tests/e2e/$1.sh" "/tests/kunit-setup/$1.sh" 2>/dev/null |
		grep -qx '# boot: last'
}

isolated() {	# isolated GROUP LEFT_LOADED: the next group starts clean
	status=ok
	[ -z "$2" ] || status="not ok"
	printf '# chunk isolation\nKTAP version 1\n1..1\n    KTAP version 1\n'
	printf '    # Subtest: isolation\n'
	[ -z "$2" ] || echo "$2" | sed 's/^/    # left loaded: /'
	printf '    %s 1 %s leaves no module of ours loaded\n%s 1 isolation\n' \
		"$status" "$1" "$status"
}

# Leaks found before the tests are not theirs: report them, then forget
# them. make bench's timing kernel has no kmemleak.
if [ -e $KMEMLEAK ]; then
	echo scan > $KMEMLEAK
	echo clear > $KMEMLEAK
fi

run_groups() {
	for group in $(echo "$run" | tr , ' '); do
		start=$(uptime_s)
		case "$group" in
		*_kunit)
			run_kunit "$group"
			;;
		*)
			if [ -f "/tests/e2e/$group.sh" ]; then
				say "running $group"
				sh "/tests/e2e/$group.sh" >&3
			else
				say "error: no test group '$group'"
				printf '# chunk %s\nKTAP version 1\n1..1\nnot ok 1 %s # no such test group\n' \
					"$group" "$group" >&3
			fi
			;;
		esac
		left=$(unload_ours)
		# Only a group that says it pins its driver may leave it loaded,
		# and it is put last for that.
		if [ "$group" != "${run##*,}" ] || ! pins_its_driver "$group"; then
			isolated "$group" "$left" >&3
		elif [ -n "$left" ]; then
			say "left loaded after the last group: $(echo $left)"
		fi
		say "group $group took $(echo "$(uptime_s) $start" | awk '{ printf "%d", $1 - $2 }') s"
	done
}

# sio.settings=SETTING;SETTING...: the groups run once under each setting of
# the models' switches. A SETTING is "default" or PARAM=VALUE,...: a PARAM
# of the Fintek model (fintek_sio_model) as it is, one of the TPM model as
# imx_tpm_model.PARAM. Each is a default of every model made from then on,
# even where a running watchdog pins the model; every switch not named is
# at its default. The console says which setting ran.
model_defaults() {	# model_defaults MODULE
	case $1 in
	fintek_sio_model)
		echo "tick=load tick_phase_ms=1 readback=loaded polarity=none zero_time=expires platform_reset=0" ;;
	imx_tpm_model)
		echo "mod_first_write=1 ack_cycles=3 pause_level_select=0" ;;
	esac
}

apply_setting() {	# apply_setting SETTING
	for module in fintek_sio_model imx_tpm_model; do
		opts=$(model_defaults $module)
		for opt in $(echo "$1" | tr , ' '); do
			case $opt in
			default) ;;
			imx_tpm_model.*)
				[ $module = imx_tpm_model ] && opts="$opts ${opt#*.}" ;;
			*)
				[ $module = fintek_sio_model ] && opts="$opts $opt" ;;
			esac
		done
		echo "options $module $opts" > /etc/modprobe.d/$module.conf
		for opt in $opts; do
			param=/sys/module/$module/parameters/${opt%%=*}
			[ ! -e "$param" ] || echo "${opt#*=}" > "$param"
		done
	done
}

settings=$(sed -n 's/.*sio\.settings=\([^ ]*\).*/\1/p' /proc/cmdline)
if [ -z "$settings" ]; then
	run_groups
else
	mkdir -p /etc/modprobe.d
	for setting in $(echo "$settings" | tr ';' ' '); do
		say "model setting: $setting"
		echo "# setting $setting" >&3
		apply_setting "$setting"
		run_groups
	done
fi

# kmemleak does not report objects younger than 5 s.
if [ -e $KMEMLEAK ]; then
	say "scanning for leaks"
	sleep 6
	echo scan > $KMEMLEAK
	cat $KMEMLEAK
fi

exec 3>&-
say "all tests ran"
