#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make patches, then what a maintainer does with the series: git am on a
# clean Linux 6.12 tree (linux-source-6.12 in a git repository made once
# and cached), checkpatch --strict on every patch from that tree, the
# drivers built in-tree with W=1 from their Kconfig options (objects only:
# the tree is prepared, not built), and the documentation's file
# references and markup checked. Writes one findings file per check into
# WORKDIR (am, checkpatch, build, docs): empty means passed. Exits
# non-zero if any has findings.
# Usage: patches-test.sh [WORKDIR], by default in the cache
set -uo pipefail
LOG_TAG=patches
. "$(dirname "$0")/../testing/env.sh"

work=${1:-$CACHE_DIR/packaging/patches}
version=$(kernel_pkg_version)
tree=$CACHE_DIR/intree/$version/src
# What the in-tree build enables: every option of the series.
fragment=$(cat <<'CONFIG'
CONFIG_MODULES=y
CONFIG_COMPILE_TEST=y
CONFIG_DEBUG_KERNEL=y
CONFIG_OF=y
CONFIG_OF_OVERLAY=y
CONFIG_COMMON_CLK=y
CONFIG_PWM=y
CONFIG_NEW_LEDS=y
CONFIG_LEDS_CLASS=y
CONFIG_LEDS_PWM=y
CONFIG_WATCHDOG=y
CONFIG_KUNIT=y
CONFIG_SUPERIO_TEST_HOOKS=y
CONFIG_SUPERIO_FINTEK_MODEL=m
CONFIG_SUPERIO_KUNIT_TEST=m
CONFIG_FINTEK_WDT=m
CONFIG_FINTEK_WDT_KUNIT_TEST=m
CONFIG_PWM_IMX_TPM=m
CONFIG_PWM_IMX_TPM_TEST_HOOKS=y
CONFIG_PWM_IMX_TPM_MODEL=m
CONFIG_PWM_IMX_TPM_MODEL_KUNIT_TEST=m
CONFIG_PWM_IMX_TPM_KUNIT_TEST=m
CONFIG
)
key=$( { echo "$version"; echo "$fragment"; } | sha256sum | cut -c1-12)
build=$CACHE_DIR/intree/$version-$key
rm -rf "$work" && mkdir -p "$work"
for check in am checkpatch build docs; do : > "$work/$check"; done
tgit() { git -C "$tree" -c user.name=patches -c user.email=patches@localhost "$@"; }

"$(dirname "$0")/patches.sh" "$work/series" > "$work/patches.log" 2>&1 || {
	tail -n 20 "$work/patches.log" > "$work/am"
	exit 1
}

if [ ! -f "$tree/.git/linux-pristine" ]; then
	log "unpacking $KERNEL_TARBALL into a git repository at $tree (once)"
	rm -rf "$tree" && mkdir -p "$tree" &&
	tar -xJf "$KERNEL_TARBALL" -C "$tree" --strip-components=1 &&
	tgit init -q && tgit add -A -f && tgit commit -q -m "Linux $version" &&
	tgit tag pristine && touch "$tree/.git/linux-pristine" ||
		die "cannot make the pristine tree"
fi
tgit am --abort > /dev/null 2>&1
tgit reset -q --hard pristine && tgit clean -q -fdx ||
	die "cannot reset $tree"

log "git am"
for patch in "$work"/series/0*.patch; do
	[ "$(basename "$patch")" = 0000-cover-letter.patch ] && continue
	tgit am -q "$patch" > "$work/am.log" 2>&1 || {
		echo "git am $(basename "$patch") failed:" >> "$work/am"
		cat "$work/am.log" >> "$work/am"
		break
	}
done
[ -s "$work/am" ] && { cat "$work/am"; exit 1; }
patches=$(ls "$work"/series/0*.patch | grep -vc 0000-cover-letter)
[ "$(tgit rev-list --count pristine..HEAD)" = "$patches" ] ||
	echo "$(tgit rev-list --count pristine..HEAD) commits on the tree, not $patches" >> "$work/am"

log "checkpatch --strict on each patch"
# Quiet, it says nothing about a clean patch. In a git tree it checks
# licence tags with spdxcheck.py, which needs Debian's python3-ply and
# python3-git: Debian's python3 first.
mkdir -p "$work/checkpatch.d"
ls "$work"/series/0*.patch | grep -v 0000-cover-letter | PATH=/usr/bin:$PATH \
	xargs -P"$(nproc)" -I{} sh -c 'cd "$1" && scripts/checkpatch.pl --strict \
		--quiet --no-summary --show-types "$3" > "$2/${3##*/}" 2>&1' checkpatch \
		"$tree" "$work/checkpatch.d" {}
# The "test," vendor prefix is reserved for tests (vendor-prefixes.yaml):
# such compatibles have no binding by design, as in the kernel's clk tests.
for log in "$work"/checkpatch.d/*.patch; do
	findings=$(awk -v RS= -v ORS='\n\n' \
		'!/^WARNING:UNDOCUMENTED_DT_STRING: DT compatible string "test,/' "$log")
	[ -z "$findings" ] || { echo "$(basename "$log"):"; echo "$findings"; }
done >> "$work/checkpatch"

log "in-tree build with W=1 in $build"
kmake() { make -C "$tree" O="$build" ARCH=x86_64 "$@"; }
mkdir -p "$build"
echo "$fragment" > "$build/fragment.config"
{ kmake -s allnoconfig &&
  "$tree/scripts/kconfig/merge_config.sh" -m -O "$build" "$build/.config" \
	"$build/fragment.config" &&
  kmake -s olddefconfig &&
  kmake -j"${JOBS:-$(nproc)}" scripts_dtc modules_prepare
} > "$work/prepare.log" 2>&1 || { echo "preparing the tree failed:"; tail -n 20 "$work/prepare.log"; } >> "$work/build"
# Kconfig silently drops what our Kconfig entries cannot satisfy.
echo "$fragment" | grep -vxFf "$build/.config" | sed 's/^/not in .config: /' >> "$work/build"
# The sources are written for the newest mainline (7.2), the series still
# goes onto 6.12 until make patches moves to 7.2: until then this build
# puts the out-of-tree compat headers first, as the out-of-tree build does.
# It checks that the series builds and is warning-free, not that 6.12 alone
# has what it uses.
kmake W=1 NOSTDINC_FLAGS="-nostdinc -I$REPO_DIR/compat/include" \
	-j"${JOBS:-$(nproc)}" drivers/superio/ drivers/watchdog/ drivers/pwm/ \
	> "$work/build.log" 2>&1 || echo "make exited with $?" >> "$work/build"
grep -E 'warning:|error:' "$work/build.log" >> "$work/build"
for obj in drivers/superio/superio.o drivers/superio/tests/fintek_sio_model.o \
	   drivers/superio/tests/superio_kunit.o drivers/watchdog/fintek_wdt.o \
	   drivers/watchdog/tests/fintek_wdt_kunit.o drivers/pwm/pwm-imx-tpm.o \
	   drivers/pwm/pwm-imx-tpm-test-hooks.o drivers/pwm/tests/imx_tpm_model.o \
	   drivers/pwm/tests/imx_tpm_model_kunit.o drivers/pwm/tests/pwm_imx_tpm_kunit.o; do
	[ -f "$build/$obj" ] || echo "$obj not built" >> "$work/build"
done

log "documentation: file references, kernel-doc, docutils"
docs="Documentation/watchdog/fintek_wdt.rst Documentation/pwm/pwm-imx-tpm.rst"
# The tree's own check of paths named in the documentation, on ours.
(cd "$tree" && scripts/documentation-file-ref-check 2>&1) |
	grep -E 'fintek|superio|imx-tpm|pwm/index' >> "$work/docs"
# kernel-doc as a kernel-doc directive would run it, on our sources that
# have kernel-doc comments.
(cd "$tree" && tgit diff --name-only pristine -- '*.c' '*.h' | xargs grep -l '^/\*\*' |
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
