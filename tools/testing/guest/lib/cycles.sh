#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from an end-to-end script: bind and load cycles, each one KTAP
# result, with the count and the time they took as a note.

bind_cycles() {	# bind_cycles NAME DRIVER_DIR DEVICE CYCLES SPEC...
	cycles_name=$1
	shift
	cycles_out=$(bind-cycle "$@" 2>&1)
	ktap_result "$cycles_name" $? "$cycles_out"
	ktap_note "$cycles_name: $(echo "$cycles_out" | tail -n 1)"
}

load_cycles() {	# load_cycles NAME CYCLES UP DOWN: UP, then DOWN, CYCLES times
	cycles_name=$1 cycles_left=$2 cycles_start=$(date +%s)
	cycles_out=
	while [ "$cycles_left" -gt 0 ]; do
		cycles_left=$((cycles_left - 1))
		cycles_out=$($3 2>&1 && $4 2>&1) ||
			{ cycles_out="with $cycles_left to go: $cycles_out"; break; }
		cycles_out=
	done
	[ -z "$cycles_out" ]
	ktap_result "$cycles_name" $? "$cycles_out"
	ktap_note "$cycles_name: $2 cycles in $(( $(date +%s) - cycles_start )) s"
}
