#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The build matrix: the production flavour with W=1 for one ENTRY:
#   x86_64-gcc    every driver against Debian's stock 6.12 headers, linked
#   x86_64-6.1    the same against Debian 12's default kernel, 6.1, which
#                 gets the watchdog and the helper layer only
#   x86_64-7.2    the same against sid's 7.2, the newest mainline Debian
#                 packages, in a sid chroot (sid-chroot.sh): its headers'
#                 tools need sid's C library
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

entries="x86_64-gcc x86_64-6.1 x86_64-7.2 x86_64-clang arm64 arm"
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
x86_64-gcc|x86_64-6.1|x86_64-7.2)
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

rm -rf "$work/src" && mkdir -p "$work" && sync_sources "$work/src"
findings=$work/findings
: > "$findings"

# A distribution kernel: full modules with modpost against its symbols.
stock_build() {	# stock_build KDIR_IN_RUNNER SRC_IN_RUNNER [RUNNER...]
	local kdir=$1 src=$2
	shift 2
	"$@" make -C "$kdir" M="$src" $SIO_CONFIG W=1 -j"${JOBS:-$(nproc)}" modules \
		> "$work/build.log" 2>&1 || echo "make exited with $?" >> "$findings"
}
# What each kernel must get: the PWM driver needs 6.10.
expect_modules() {	# expect_modules DIR N
	local built
	built=$(find "$1" -name '*.ko' | wc -l)
	[ "$built" = "$2" ] || echo "$built modules built, not $2" >> "$findings"
}

case $entry in
x86_64-gcc|x86_64-6.1)
	release=$(stock_kernel_release) modules=3
	[ $entry = x86_64-6.1 ] && release=$(bookworm_kernel_release) modules=2
	kdir=/lib/modules/$release/build
	[ -e "$kdir/Makefile" ] || { echo "$kdir missing: run tools/testing/setup.sh"; exit 1; }
	stock_build "$kdir" "$work/src"
	expect_modules "$work/src" $modules
	[ $modules = 3 ] || grep -q 'pwm-imx-tpm: not built, Linux 6.1 is older than 6.10' \
		"$work/build.log" || echo "no message that pwm-imx-tpm is not built" >> "$findings"
	;;
x86_64-7.2)
	chroot_dir=$("$TESTING_DIR/sid-chroot.sh") || { echo "no sid chroot"; exit 1; }
	release=$(cat "$chroot_dir/kernel-release")
	# The chroot sees only itself: build a copy of the sources inside it.
	inside=/tmp/sio-$entry-$$
	rm -rf "$chroot_dir$inside" && cp -a "$work/src" "$chroot_dir$inside"
	stock_build "/lib/modules/$release/build" "$inside" "$TESTING_DIR/sid-chroot.sh" run
	expect_modules "$chroot_dir$inside" 3
	rm -rf "$chroot_dir$inside"
	;;
*)
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
	;;
esac
grep -E 'warning:|error:' "$work/build.log" >> "$findings"
cat "$findings"
[ ! -s "$findings" ]
