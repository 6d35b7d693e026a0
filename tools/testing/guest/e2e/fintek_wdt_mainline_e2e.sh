#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt and mainline's f71808e_wdt (unmodified, as make bench builds
# it: mainline_f71808e_wdt, its platform driver still named f71808e_wdt) on
# one modelled chip, loaded in both orders. With f71808e_wdt first,
# fintek_wdt refuses, saying what to do, and the chip has one watchdog.
# With fintek_wdt first nothing can refuse f71808e_wdt (its init checks for
# no other driver): it registers a second watchdog on the same timer, as
# Documentation/watchdog/fintek_wdt.rst says, and closing it stops the
# timer fintek_wdt's user holds open. make check builds the module
# (tools/testing/mainline.sh).
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
ktap_begin fintek_wdt_mainline_e2e

MAINLINE=mainline_f71808e_wdt

# fintek_wdt first, whichever came first: both drivers claim the chip's
# port as a resource, the later claim nested around the earlier, and
# unloading the outer one first leaves the inner one's parent freed (KASAN
# reports a use-after-free when its driver is then unloaded). With
# f71808e_wdt loaded first, fintek_wdt claims nothing.
unload_all() {
	for mod in fintek_wdt $MAINLINE; do
		! grep -q "^$mod " /proc/modules || rmmod $mod
	done
	unload
}

watchdogs() {	# the watchdogs registered, each as NAME:DRIVER
	for wdd in /sys/class/watchdog/watchdog*; do
		[ -e "$wdd" ] || continue
		echo "${wdd##*/}:$(basename "$(readlink "$wdd/device/driver")")"
	done
}

# f71808e_wdt first: fintek_wdt refuses, and says what to do.
unload_all
board chip=F71882
ktap_check "f71808e_wdt first: f71808e_wdt binds the chip" \
	eval 'modprobe $MAINLINE && [ "$(watchdogs)" = watchdog0:f71808e_wdt ]'
dmesg -c > /dev/null
out=$(modprobe fintek_wdt 2>&1)
status=$?
ktap_check "f71808e_wdt first: fintek_wdt fails to load with EBUSY" \
	eval '[ $status != 0 ] && expect_in "$out" "Device or resource busy" &&
	      ! grep -q "^fintek_wdt " /proc/modules'
ktap_check "f71808e_wdt first: fintek_wdt says to unload and blacklist f71808e_wdt" \
	expect_in "$(dmesg)" \
	"fintek_wdt: f71808e_wdt drives this watchdog: unload it \(rmmod f71808e_wdt\) and keep it from loading \(blacklist it"
ktap_check "f71808e_wdt first: one watchdog for the chip, f71808e_wdt's" \
	eval '[ "$(watchdogs)" = watchdog0:f71808e_wdt ]'
ktap_check "f71808e_wdt first: once it is unloaded, fintek_wdt loads" \
	eval 'rmmod $MAINLINE && modprobe fintek_wdt &&
	      [ "$(watchdogs)" = watchdog0:fintek_wdt ]'

# fintek_wdt first: f71808e_wdt cannot be refused, and takes the timer too.
unload_all
board chip=F71882
ktap_check "fintek_wdt first: fintek_wdt binds the chip" \
	eval 'modprobe fintek_wdt && [ "$(watchdogs)" = watchdog0:fintek_wdt ]'
ktap_check "fintek_wdt first: f71808e_wdt still loads, a second watchdog on the chip" \
	eval 'modprobe $MAINLINE &&
	      [ "$(watchdogs | tr "\n" " ")" = "watchdog0:fintek_wdt watchdog1:f71808e_wdt " ]'
# fintek_wdt's user holds watchdog0 open and running; f71808e_wdt's user
# opens watchdog1 and closes it with the magic character.
exec 4> /dev/watchdog0
ktap_check "fintek_wdt first: fintek_wdt's watchdog runs while held open" \
	[ "$(model counting)" = 1 ]
wdt-ioctl /dev/watchdog1 keepalive > /dev/null
ktap_check "fintek_wdt first: closing f71808e_wdt's watchdog stops the timer fintek_wdt's user holds" \
	[ "$(model counting)" = 0 ]
printf V >&4
exec 4>&-

# f71808e_wdt alone, for the ordinary requests it has met on boards for
# years: a model that broke them would be wrong (the cross-check in
# Documentation/watchdog/fintek-sio-model.rst), under every setting of the
# model's switches. It loads N for a timeout of N, so on a free-running
# tick it fires up to a unit early: after busybox's last ping, up to a
# second before the kill, the reset comes 3 to 5 s after the kill.
unload_all
board chip=F71882
modprobe $MAINLINE
ping_then_kill
ktap_check "f71808e_wdt alone: no reset while busybox watchdog pings" \
	eval '[ "$pinged_resets" = 0 ] && [ "$pinged_counting" = 1 ]'
ktap_check "f71808e_wdt alone: killed, the reset fires at the 5 s timeout (${late} ms after)" \
	eval '[ "$(model resets)" = 1 ] && [ "$late" -gt 3000 ] && [ "$late" -le 6000 ]'
ktap_check "f71808e_wdt alone: taken over and stopped with the magic close" \
	eval 'wdt-ioctl /dev/watchdog0 keepalive > /dev/null && [ "$(model counting)" = 0 ]'

unload_all
ktap_end
