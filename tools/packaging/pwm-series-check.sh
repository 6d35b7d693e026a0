#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The pwm-imx-tpm fix series, patch by patch, against the newest mainline
# Debian packages (linux-source-7.2): each patch applies, passes checkpatch
# --strict, and builds in-tree with W=1 and no warning (allmodconfig); after
# the last, the driver's files are ours, byte for byte.
# A change to our driver becomes one more patch at the end: when this check
# says a file differs, DIR/src holds the series' result, and the change
# is the diff from there to ours (kernel-style subject, a body that says
# what a user saw, Fixes: where mainline's code had the defect).
# Usage: pwm-series-check.sh DIR
# DIR holds the tree (src: the kernel's files as symlinks, those the series
# touches as copies) and its allmodconfig build (obj), prepared on first use
# and reused while the kernel sources stay the same.
set -euo pipefail
LOG_TAG=pwm-series
. "$(dirname "$0")/../testing/env.sh"

[ $# = 1 ] || die "usage: $0 DIR"
dir=$(mkdir -p "$1" && cd "$1" && pwd)
series=$(cd "$(dirname "$0")" && pwd)/series/pwm-imx-tpm
ksrc=${PWM_SERIES_KSRC:-$(ls -d "$CACHE_DIR"/src/linux-source-7.2-* 2>/dev/null |
			   sort -V | tail -n 1)}
[ -f "$ksrc/Makefile" ] || die "no linux-source-7.2 unpacked in $CACHE_DIR/src"
src=$dir/src obj=$dir/obj
kmake() { make -C "$src" O="$obj" "$@"; }

patches=$(ls "$series"/[0-9][0-9][0-9][0-9]-*.patch)
# Every file the series creates or changes: each step starts from 7.2's.
files=$(sed -n 's|^+++ b/||p' $patches | sort -u)

if [ "$(cat "$dir/ksrc" 2>/dev/null)" != "$ksrc" ] || [ ! -f "$obj/.complete" ]; then
	log "preparing $src and an allmodconfig build in $obj"
	rm -rf "$src" "$obj"
	cp -as "$ksrc" "$src"
	kmake -s allmodconfig
	kmake -j"${JOBS:-2}" modules_prepare > "$dir/prepare.log" 2>&1 ||
		die "modules_prepare failed, see $dir/prepare.log"
	echo "$ksrc" > "$dir/ksrc"
	touch "$obj/.complete"
fi
for file in $files; do
	rm -f "$src/$file"
	[ ! -e "$ksrc/$file" ] || cp "$ksrc/$file" "$src/$file"
done

failed=0
fail() { log "FAIL: $*"; failed=1; }
for patch in $patches; do
	name=$(basename "$patch")
	before=$failed failed=0
	patch -p1 -s --batch --no-backup-if-mismatch -r - -d "$src" < "$patch" || { fail "$name does not apply"; break; }
	# No kernel history is at hand to look the Fixes: commits up in:
	# checkpatch checks their form, and would call every one unknown.
	(cd "$src" && "$ksrc/scripts/checkpatch.pl" --strict --no-tree -q \
		--ignore UNKNOWN_COMMIT_ID "$patch") \
		> "$dir/checkpatch.log" 2>&1 ||
		{ cat "$dir/checkpatch.log" >&2; fail "$name: checkpatch"; }
	# A new Kconfig symbol gets its allmodconfig value.
	if grep -q '^+++ b/.*Kconfig' "$patch"; then
		kmake -s allmodconfig
	fi
	objs=drivers/pwm/pwm-imx-tpm.o
	[ ! -f "$src/drivers/pwm/pwm-imx-tpm-test-hooks.c" ] ||
		objs="$objs drivers/pwm/pwm-imx-tpm-test-hooks.o"
	rm -f ${objs//drivers/$obj/drivers}
	if ! kmake W=1 $objs > "$dir/build.log" 2>&1; then
		cat "$dir/build.log" >&2
		fail "$name does not build"
	elif grep -q 'warning:' "$dir/build.log"; then
		grep 'warning:' "$dir/build.log" >&2
		fail "$name: W=1 warnings"
	fi
	[ $failed = 1 ] || log "$name: applied, checked and built"
	failed=$((failed | before))
done

for file in $files; do
	[ "${file%/Kconfig}" = "$file" ] && [ "${file%/Makefile}" = "$file" ] &&
		[ "$file" != MAINTAINERS ] || continue
	cmp -s "$src/$file" "$REPO_DIR/$file" ||
		fail "after the series, $file differs from ours: diff -u $src/$file $REPO_DIR/$file"
done
[ $failed = 0 ] || die "the pwm-imx-tpm series has failures"
log "$(echo "$patches" | wc -w) patches: each applies, passes checkpatch and builds; the result is ours"
