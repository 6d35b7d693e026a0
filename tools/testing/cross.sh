#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The build matrix: the production flavour with W=1 for one ENTRY:
#   x86_64-gcc    every driver against Debian's stock 6.12 headers, linked
#   x86_64-clang  every driver with LLVM=1 (clang, ld.lld)
#   arm64, arm    the PWM driver and the helper layer, cross-compiled for
#                 the TPM's architectures
# The last three build against a tree prepared once (allnoconfig and a
# small fragment, then modules_prepare) and cached beside the test kernel,
# keyed like it. Prints the build's warnings and errors on stdout; exits
# non-zero if there are any.
# Usage: cross.sh --list | cross.sh ENTRY WORKDIR
set -uo pipefail
LOG_TAG=cross
. "$(dirname "$0")/env.sh"

entries="x86_64-gcc x86_64-clang arm64 arm"
[ "${1:-}" = --list ] && { echo "$entries"; exit 0; }
entry=$1 work=$2
: "${SIO_CONFIG:?run me through make check}"

# What every prepared tree needs for our drivers' headers to mean what
# they mean on a real kernel.
common=$(cat <<'CONFIG'
CONFIG_MODULES=y
CONFIG_OF=y
CONFIG_COMMON_CLK=y
CONFIG_PWM=y
# selects REGMAP_MMIO, which has no prompt
CONFIG_MFD_SYSCON=y
CONFIG_PM=y
CONFIG_PM_SLEEP=y
CONFIG_SUSPEND=y
CONFIG
)
# The x86-only watchdog is not built for arm.
arm_config=$(printf '%s\n' $SIO_CONFIG | grep -v FINTEK_WDT)
dirs="drivers/superio/ drivers/pwm/"
case $entry in
x86_64-gcc)
	arch=x86_64 ;;
x86_64-clang)
	arch=x86_64 flags="LLVM=1" config=$SIO_CONFIG dirs="$dirs drivers/watchdog/"
	fragment=$(printf 'CONFIG_64BIT=y\n%s\nCONFIG_WATCHDOG=y\nCONFIG_WATCHDOG_CORE=y\n' "$common") ;;
arm64)
	arch=arm64 flags="CROSS_COMPILE=aarch64-linux-gnu-" config=$arm_config
	# The i.MX family sits under the NXP menu on arm64.
	fragment=$(printf 'CONFIG_64BIT=y\nCONFIG_ARCH_NXP=y\nCONFIG_ARCH_MXC=y\n%s\n' "$common") ;;
arm)
	arch=arm flags="CROSS_COMPILE=arm-linux-gnueabihf-" config=$arm_config
	fragment=$(printf 'CONFIG_MMU=y\nCONFIG_ARCH_MULTI_V7=y\nCONFIG_ARCH_MXC=y\nCONFIG_SOC_IMX7ULP=y\n%s\n' "$common") ;;
*)
	die "no matrix entry $entry: $entries" ;;
esac

rm -rf "$work/src" && mkdir -p "$work" &&
	rsync -a --exclude=.git "$REPO_DIR/" "$work/src/"
findings=$work/findings
: > "$findings"

if [ "$entry" = x86_64-gcc ]; then
	# A distribution kernel: full modules with modpost against its symbols.
	kdir=/lib/modules/$(stock_kernel_release)/build
	[ -e "$kdir/Makefile" ] || { echo "$kdir missing: run tools/testing/setup.sh"; exit 1; }
	make -C "$kdir" M="$work/src" $SIO_CONFIG W=1 -j"${JOBS:-$(nproc)}" modules \
		> "$work/build.log" 2>&1 || echo "make exited with $?" >> "$findings"
	built=$(find "$work/src" -name '*.ko' | wc -l)
	[ "$built" = 3 ] || echo "$built modules built, not 3" >> "$findings"
else
	src=$(kernel_src_dir)
	recipe="$arch: allnoconfig, merge the fragment, olddefconfig, modules_prepare"
	case $flags in LLVM*) recipe="$recipe, $flags" ;; esac
	key=$( { kernel_pkg_version; echo "$recipe"; echo "$fragment"; } | sha256sum | cut -c1-12)
	build=$CACHE_DIR/kernel-$entry/$(kernel_pkg_version)-$key
	kmake() { make -C "$src" O="$build" ARCH="$arch" $flags "$@"; }

	if [ ! -f "$build/.complete" ]; then
		log "preparing a $entry tree in $build"
		mkdir -p "$build"
		echo "$fragment" > "$build/fragment.config"
		{ kmake -s allnoconfig &&
		  "$src/scripts/kconfig/merge_config.sh" -m -O "$build" "$build/.config" \
			"$build/fragment.config" &&
		  kmake -s olddefconfig &&
		  # Kconfig silently drops what it cannot satisfy.
		  ! grep '^CONFIG_' "$build/fragment.config" | grep -vxFf "$build/.config" |
			sed 's/^/not in .config: /' | grep . &&
		  kmake -j"${JOBS:-$(nproc)}" modules_prepare
		} > "$build/prepare.log" 2>&1 || {
			tail -n 20 "$build/prepare.log"
			exit 1
		}
		touch "$build/.complete"
	fi

	# Objects only: a tree that is only prepared has no vmlinux for modpost.
	kmake M="$work/src" $config W=1 -j"${JOBS:-$(nproc)}" $dirs \
		> "$work/build.log" 2>&1 || echo "make exited with $?" >> "$findings"
	for mod in $config; do
		mod=${mod%=m}
		case $mod in
		CONFIG_SUPERIO) obj=drivers/superio/superio.o ;;
		CONFIG_FINTEK_WDT) obj=drivers/watchdog/fintek_wdt.o ;;
		CONFIG_PWM_IMX_TPM) obj=drivers/pwm/pwm-imx-tpm.o ;;
		esac
		[ -f "$work/src/$obj" ] || echo "$obj not built" >> "$findings"
	done
fi
grep -E 'warning:|error:' "$work/build.log" >> "$findings"
cat "$findings"
[ ! -s "$findings" ]
