#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt's timeout change with the port failing at each access: each
# slab allocation of a WDIOC_SETTIMEOUT fails in turn (fail-nth), and a
# failed request_muxed_region() is the -EBUSY of a port in use. Whatever
# fails, the chip then counts the timeout the driver reports: never the old
# count in the new unit or the new count in the old one.
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
. /tests/lib/failslab.sh
ktap_begin fintek_wdt_timeout_e2e

# After a keepalive the chip counts the reported timeout, and up to one
# unit more (the driver loads one more, for a chip whose tick runs free),
# less the moment this took.
counts_reported() {
	wdt-ioctl 5 keepalive > /dev/null || return 1
	reported=$(wdt-ioctl 5 gettimeout | sed -n 's/^ok //p')
	left=$(model ms_left)
	unit=1000
	[ "$reported" -le 254 ] || unit=60000
	[ "$left" -le $((reported * 1000 + unit)) ] &&
		[ "$left" -gt $((reported * 1000 - 2000)) ] ||
		{ echo "reports $reported s, the chip counts $left ms"; return 1; }
}

walk_settimeout() {	# walk_settimeout FROM TO: seconds, one in minutes
	n=1
	while [ $n -le 200 ]; do
		wdt-ioctl 5 settimeout "$1" > /dev/null || { echo "cannot set $1 s"; return 1; }
		out=$(FAIL_NTH=$n wdt-ioctl 5 settimeout "$2")
		case "$out" in
		"ok $2 (fail-nth not reached)")
			counts_reported || return 1
			echo "$((n - 1)) points"
			return 0 ;;
		"ok $2"|"errno EBUSY"|"errno Cannot allocate memory") ;;
		*) echo "fail-nth $n: SETTIMEOUT gave $out"; return 1 ;;
		esac
		counts_reported || { echo "fail-nth $n: SETTIMEOUT gave $out"; return 1; }
		n=$((n + 1))
	done
	echo "SETTIMEOUT $2 still failing after $n points"
	return 1
}

# ktap_check, with the number of points walked as a note.
walk_check() {	# walk_check NAME FROM TO
	if walk_out=$(walk_settimeout "$2" "$3"); then
		ktap_result "$1" 0
		ktap_note "$1: $walk_out"
	else
		ktap_result "$1" 1 "$walk_out"
	fi
}

failslab_setup
board chip=F71882
modprobe fintek_wdt
exec 5> $DEV
walk_check "fail-nth: 600 s to 5 s, the chip counts what is reported" 600 5
walk_check "fail-nth: 5 s to 600 s, the chip counts what is reported" 5 600
printf V >&5
exec 5>&-
ktap_check "the magic close stops it" [ "$(model counting)" = 0 ]
ktap_check "no reset" [ "$(model resets)" = 0 ]
unload
ktap_end
