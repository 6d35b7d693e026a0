#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from an end-to-end script: fail-nth walks and the leak check after.

FAILSLAB=/sys/kernel/debug/failslab

# fail-nth counts on failslab: it must fail sleeping allocations too, and
# keep quiet, or the console takes longer than the walk.
failslab_setup() {
	echo N > $FAILSLAB/ignore-gfp-wait
	echo 0 > $FAILSLAB/verbose
}

walk() {	# walk NAME ALLOWED_ERRNOS FAIL-NTH-ARGS...: one KTAP result
	walk_name=$1 walk_allowed=$2
	shift 2
	walk_out=$(fail-nth "$@" 2>&1)
	walk_status=$?
	walk_summary=$(echo "$walk_out" | tail -n 1)
	# "N points: K Cannot allocate memory, ..., M inconsistencies"
	walk_errors=$(echo "$walk_summary" | sed 's/^[0-9]* points://; s/, [0-9]* inconsistencies$//' |
		tr ',' '\n' | sed 's/^ *[0-9]* //' | grep -vxE "succeeded|$walk_allowed|")
	[ -z "$walk_errors" ] || walk_status=1
	ktap_result "$walk_name" $walk_status "$walk_out" ${walk_errors:+"errors beyond $walk_allowed: $walk_errors"}
	ktap_note "$walk_name: $walk_summary"
}

leak_free() {	# kmemleak reports objects only once they are 5 s old
	sleep 6
	echo scan > /sys/kernel/debug/kmemleak
	leaks=$(cat /sys/kernel/debug/kmemleak)
	[ -z "$leaks" ] || { echo "$leaks" | head -n 40; return 1; }
}
