#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from an end-to-end script: ktap_begin SUITE, then ktap_check NAME
# COMMAND... or ktap_result NAME STATUS [DIAGNOSTIC], ktap_note TEXT for
# counts and times, and ktap_end. Results stream to stdout as one KTAP
# chunk, so a crash still leaves what ran.

ktap_begin() {
	KTAP_SUITE=$1
	KTAP_COUNT=0
	KTAP_FAILED=0
	printf '# chunk %s\nKTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: %s\n' \
		"$KTAP_SUITE" "$KTAP_SUITE"
}

ktap_result() {	# ktap_result NAME 0|1 [DIAGNOSTIC...]
	ktap_name=$1 ktap_status=$2
	shift 2
	KTAP_COUNT=$((KTAP_COUNT + 1))
	if [ "$ktap_status" = 0 ]; then
		echo "    ok $KTAP_COUNT $ktap_name"
		echo "[guest] $KTAP_SUITE: ok $ktap_name" > /dev/console
	else
		KTAP_FAILED=1
		[ $# -gt 0 ] && printf '%s\n' "$@" | sed 's/^/    # /'
		echo "    not ok $KTAP_COUNT $ktap_name"
		echo "[guest] $KTAP_SUITE: FAIL $ktap_name" > /dev/console
	fi
}

ktap_check() {	# ktap_check NAME COMMAND...: passes if COMMAND exits 0
	ktap_check_name=$1
	shift
	if ktap_output=$("$@" 2>&1); then
		ktap_result "$ktap_check_name" 0
	else
		ktap_result "$ktap_check_name" 1 "command: $*" "$ktap_output"
	fi
}

ktap_note() {	# ktap_note TEXT: a diagnostic line, on the console too
	echo "    # $*"
	echo "[guest] $KTAP_SUITE: $*" > /dev/console
}

ktap_end() {
	echo "$([ "$KTAP_FAILED" = 0 ] && echo ok || echo "not ok") 1 $KTAP_SUITE"
}
