#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make patches, then what a maintainer does with the series: git am on a
# pristine tree of the base (sid's linux-source-7.2, in a git repository
# made once and cached), and a bisect test: after each patch, checkpatch
# --strict on it and an allmodconfig W=1 build of the objects under the
# directories it touches, in an O= build directory prepared once and cached
# by the base's version (objects only: the tree is prepared, not built),
# the series' own options set as allmodconfig sets them.
# Then the documentation's file references and markup. Writes one findings
# file per check into WORKDIR (am, checkpatch, build, docs): empty means
# passed. Exits non-zero if any has findings.
# With SIO_TIER=check (make check) the build runs once, after the last
# patch, on what the whole series touches: all of its code, at a 30th of
# the cost. Whether each patch builds on its own changes only when the
# series is cut anew: make soak and a run of this script alone check that.
# Usage: patches-test.sh [WORKDIR], by default in the cache
set -uo pipefail
LOG_TAG=patches
. "$(dirname "$0")/../testing/env.sh"

work=${1:-$CACHE_DIR/packaging/patches}
ksrc=$("$TESTING_DIR/sid-source.sh") || die "no $SID_SOURCE_PKG"
version=${ksrc##*/"$SID_SOURCE_PKG"-}
tree=$CACHE_DIR/intree/$version/src
# allmodconfig builds every driver of the touched directories. Warnings
# stay warnings (-Werror would stop at the first), so that all are seen.
allconfig='# CONFIG_WERROR is not set'
key=$(echo "allmodconfig x86_64 $allconfig" | sha256sum | cut -c1-12)
build=$CACHE_DIR/intree/$version-$key
rm -rf "$work" && mkdir -p "$work" "$CACHE_DIR/intree"
# One run at a time on the shared tree and build directory.
exec 9> "$CACHE_DIR/intree/$version.lock"
flock 9
for check in am checkpatch build docs; do : > "$work/$check"; done
tgit() { git -C "$tree" -c user.name=patches -c user.email=patches@localhost "$@"; }

"$(dirname "$0")/patches.sh" "$work/series" > "$work/patches.log" 2>&1 || {
	tail -n 20 "$work/patches.log" > "$work/am"
	cat "$work/am"
	exit 1
}

if [ ! -f "$tree/.git/linux-pristine" ]; then
	log "copying $ksrc into a git repository at $tree (once)"
	rm -rf "$tree" && mkdir -p "$tree" && cp -a "$ksrc/." "$tree/" &&
	tgit init -q && tgit add -A -f && tgit commit -q -m "Linux $version" &&
	tgit tag pristine && touch "$tree/.git/linux-pristine" ||
		die "cannot make the pristine tree"
fi
tgit am --abort > /dev/null 2>&1
tgit reset -q --hard pristine && tgit clean -q -fdx ||
	die "cannot reset $tree"

# Every run resets the tree and applies the series again, so each patch's
# build compiles what the last run compiled, with the same flags: ccache
# gives back those objects and their warnings rather than compiling them
# again, and a changed patch still compiles what it changed.
export CCACHE_DIR=$CACHE_DIR/ccache CCACHE_MAXSIZE=4G
kmake() {
	make -C "$tree" O="$build" ARCH=x86_64 CC="ccache gcc" \
		KCONFIG_ALLCONFIG="$build/all.config" "$@"
}
if [ ! -f "$build/.prepared" ]; then
	log "preparing an allmodconfig build of $version in $build (once)"
	rm -rf "$build" && mkdir -p "$build" && echo "$allconfig" > "$build/all.config"
	{ kmake -s allmodconfig && kmake -j"${JOBS:-$(nproc)}" -s modules_prepare; } \
		> "$work/prepare.log" 2>&1 && touch "$build/.prepared" || {
		echo "preparing the build directory failed:"
		tail -n 20 "$work/prepare.log"
	} >> "$work/build"
fi

patches=$(ls "$work"/series/0*.patch | grep -v 0000-cover-letter)
# Each patch on its own: the directories holding the files it changes
# that Kbuild descends into (not drivers/ itself, nor Documentation/),
# and the objects of its C files in lib/ (all of lib/ would take long),
# built with W=1. A warning in a file the series changes is a finding;
# the tree's own files have theirs, which build.log keeps.
bisect() {	# bisect NAME BASE: what changed since BASE
	local dirs dir changed
	changed=$(tgit diff --name-only "$2")
	dirs=$(echo "$changed" | sed -n 's|^\(drivers/.*\)/[^/]*$|\1|p' | sort -u |
		while read -r dir; do
			[ -f "$tree/$dir/Makefile" ] && echo "$dir/"
		done
		echo "$changed" | sed -n 's|^\(lib/.*\)\.c$|\1.o|p')
	# The next make's syncconfig takes them: a Kconfig parse runs the
	# compiler dozens of times, and an allmodconfig would be one more.
	if echo "$changed" | grep -q 'Kconfig'; then
		# Only those .config lacks: reassigning one makes kconfig warn.
		awk -F= 'FNR == NR { if (/^CONFIG_/) have[$1]; next } !($1 in have)' \
			"$build/.config" "$work/series.config" >> "$build/.config"
	fi
	[ -n "$dirs" ] || return 0
	echo "== $1: $dirs"
	kmake W=1 -j"${JOBS:-$(nproc)}" $dirs || return 1
	# A C file that allmodconfig does not build is not tested at all; an
	# object an earlier run left is older than the file git am wrote.
	tgit diff --name-only --diff-filter=AM "$2" -- 'drivers/*.c' 'lib/*.c' | while read -r c; do
		[ "$build/${c%.c}.o" -nt "$tree/$c" ] || echo "$c: not built by allmodconfig"
	done
}
# The series' own options, as allmodconfig sets them once they exist.
project_files | grep -E '^(drivers|lib)/(.*/)?Kconfig(\.debug)?$' | sed "s|^|$REPO_DIR/|" | xargs awk '
	/^config / { name = $2 }
	/^\t(bool|tristate)/ && name { type[name] = $1 }
	/^\ttransitional$/ { delete type[name] }
	END { for (n in type) print "CONFIG_" n "=" (type[n] == "bool" ? "y" : "m") }' |
	sort > "$work/series.config"
build_checked() {	# build_checked NAME BASE: bisect, and its findings
	local start=$(date +%s)
	bisect "$1" "$2" > "$work/bisect.log" 2>&1 ||
		echo "$1: the build failed, see build.log" >> "$work/build"
	cat "$work/bisect.log" >> "$work/build.log"
	tgit diff --name-only pristine | sed 's/[.^$*+?()|]/\\&/g; s/^/(^|\/)/; s/$/:/' \
		> "$work/ours.re"
	grep -E 'warning:|error:|not built by allmodconfig' "$work/bisect.log" |
		grep -Ef "$work/ours.re" | sed "s|^|$1: |" >> "$work/build"
	echo "$1 $(($(date +%s) - start)) s" >> "$work/bisect-times"
}
per_patch=true
[ "${SIO_TIER:-}" != check ] || per_patch=false
log "git am and an allmodconfig W=1 build $($per_patch && echo "after each patch" ||
	echo "of the series") in $build"
: > "$work/build.log"
for patch in $patches; do
	tgit am -q "$patch" > "$work/am.log" 2>&1 || {
		echo "git am $(basename "$patch") failed:" >> "$work/am"
		cat "$work/am.log" >> "$work/am"
		break
	}
	[ -f "$build/.prepared" ] && $per_patch || continue
	build_checked "$(basename "$patch")" HEAD~1
done
[ -f "$build/.prepared" ] && ! $per_patch && [ ! -s "$work/am" ] &&
	build_checked series pristine
[ -s "$work/am" ] && { cat "$work/am"; exit 1; }
[ "$(tgit rev-list --count pristine..HEAD)" = "$(echo "$patches" | wc -l)" ] ||
	echo "$(tgit rev-list --count pristine..HEAD) commits on the tree, not $(echo "$patches" | wc -l)" \
		>> "$work/am"

# After the last patch, allmodconfig has every option of the series, and
# each of our objects was built.
for option in HW_MODEL HW_MODEL_KUNIT_TEST SUPERIO SUPERIO_TEST_HOOKS \
	      SUPERIO_FINTEK_MODEL SUPERIO_KUNIT_TEST \
	      FINTEK_WDT FINTEK_WDT_KUNIT_TEST PWM_IMX_TPM PWM_IMX_TPM_TEST_HOOKS \
	      PWM_IMX_TPM_MODEL PWM_IMX_TPM_MODEL_KUNIT_TEST PWM_IMX_TPM_KUNIT_TEST; do
	grep -qE "^CONFIG_$option=[ym]$" "$build/.config" ||
		echo "CONFIG_$option is not set by allmodconfig" >> "$work/build"
done
for obj in lib/hw_model.o lib/tests/hw_model_kunit.o \
	   drivers/superio/superio.o drivers/superio/tests/fintek_sio_model.o \
	   drivers/superio/tests/superio_kunit.o drivers/watchdog/fintek_wdt.o \
	   drivers/watchdog/tests/fintek_wdt_kunit.o drivers/pwm/pwm-imx-tpm.o \
	   drivers/pwm/pwm-imx-tpm-test-hooks.o drivers/pwm/tests/imx_tpm_model.o \
	   drivers/pwm/tests/imx_tpm_model_kunit.o drivers/pwm/tests/pwm_imx_tpm_kunit.o; do
	[ -f "$build/$obj" ] || echo "$obj not built" >> "$work/build"
done
# f71808e_wdt is gone, fintek_wdt in its place: an old .config that
# builds f71808e_wdt in or as a module builds fintek_wdt the same way, and
# the old symbol is not written again.
[ ! -e "$tree/drivers/watchdog/f71808e_wdt.c" ] ||
	echo "drivers/watchdog/f71808e_wdt.c is still there" >> "$work/build"
for value in y m; do
	grep -v '^CONFIG_FINTEK_WDT=' "$build/.config" > "$work/old-$value.config"
	echo "CONFIG_F71808E_WDT=$value" >> "$work/old-$value.config"
	KCONFIG_CONFIG=$work/old-$value.config kmake -s olddefconfig > "$work/old-$value.log" 2>&1 ||
		cat "$work/old-$value.log" >> "$work/build"
	grep -qx "CONFIG_FINTEK_WDT=$value" "$work/old-$value.config" ||
		echo "CONFIG_F71808E_WDT=$value in an old .config: olddefconfig gives" \
			"'$(grep 'FINTEK_WDT=' "$work/old-$value.config")'" >> "$work/build"
	! grep -q 'F71808E_WDT' "$work/old-$value.config" ||
		echo "olddefconfig still writes $(grep 'F71808E_WDT' "$work/old-$value.config")" \
			>> "$work/build"
done

log "checkpatch --strict on each patch"
# Quiet, it says nothing about a clean patch. In a git tree it checks
# licence tags with spdxcheck.py, which needs Debian's python3-ply and
# python3-git: Debian's python3 first. The pristine tree has no history,
# so the commits that Fixes: tags name are unknown to it.
mkdir -p "$work/checkpatch.d"
echo "$patches" | PATH=/usr/bin:$PATH xargs -P"$(nproc)" -I{} sh -c 'cd "$1" &&
	scripts/checkpatch.pl --strict --quiet --no-summary --show-types \
		--ignore UNKNOWN_COMMIT_ID "$3" > "$2/${3##*/}" 2>&1' checkpatch \
		"$tree" "$work/checkpatch.d" {}

# The "test," vendor prefix is reserved for tests (vendor-prefixes.yaml):
# such compatibles have no binding by design, as in the kernel's clk tests.
for log in "$work"/checkpatch.d/*.patch; do
	findings=$(awk -v RS= -v ORS='\n\n' \
		'!/^WARNING:UNDOCUMENTED_DT_STRING: DT compatible string "test,/' "$log")
	[ -z "$findings" ] || { echo "$(basename "$log"):"; echo "$findings"; }
done >> "$work/checkpatch"

log "documentation: file references, kernel-doc, docutils"
docs="Documentation/watchdog/fintek_wdt.rst Documentation/pwm/pwm-imx-tpm.rst"
# The tree's own check of paths named in the documentation, on ours.
(cd "$tree" && tools/docs/documentation-file-ref-check 2>&1) |
	grep -E 'fintek|superio|imx-tpm|pwm/index' >> "$work/docs"
# kernel-doc as a kernel-doc directive would run it, on our sources that
# have kernel-doc comments.
(cd "$tree" && tgit diff --name-only --diff-filter=d pristine -- '*.c' '*.h' |
	xargs grep -l '^/\*\*' |
	xargs scripts/kernel-doc -rst -Wall 2>&1 > /dev/null) |
	grep -v 'Sphinx version not found' >> "$work/docs"
# Sphinx is not at hand: docutils parses the pages, which use no Sphinx
# directive, and reports what Sphinx would warn about in them.
for doc in $docs; do
	python3 -c 'import sys, docutils.core
docutils.core.publish_doctree(open(sys.argv[1]).read(), source_path=sys.argv[1],
	settings_overrides={"report_level": 2, "halt_level": 5, "warning_stream": sys.stdout})' \
		"$tree/$doc" | sed "s|^$tree/||"
done >> "$work/docs"

status=0
for check in am checkpatch build docs; do
	[ -s "$work/$check" ] && { echo "$check:"; cat "$work/$check"; status=1; }
done
exit $status
