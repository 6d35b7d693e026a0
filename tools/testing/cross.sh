#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Build the production flavour of the i.MX TPM PWM driver for arm64, the
# chip's architecture, with W=1, against an arm64 tree prepared once
# (allnoconfig and a small fragment, then modules_prepare) and cached beside
# the test kernel, keyed like it. Prints the build's warnings and errors on
# stdout; exits non-zero if there are any.
# Usage: cross.sh WORKDIR
set -uo pipefail
LOG_TAG=cross
. "$(dirname "$0")/env.sh"

work=$1
src=$(kernel_src_dir)
fragment=$(cat <<'CONFIG'
CONFIG_64BIT=y
CONFIG_MODULES=y
CONFIG_ARCH_MXC=y
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
# Like the test kernel's, the key covers what shapes the tree, not this file.
recipe="arm64: allnoconfig, merge the fragment, olddefconfig, modules_prepare"
key=$( { kernel_pkg_version; echo "$recipe"; echo "$fragment"; } | sha256sum | cut -c1-12)
build=$CACHE_DIR/kernel-arm64/$(kernel_pkg_version)-$key
kmake() { make -C "$src" O="$build" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- "$@"; }

if [ ! -f "$build/.complete" ]; then
	log "preparing an arm64 tree in $build"
	mkdir -p "$build"
	echo "$fragment" > "$build/fragment.config"
	{ kmake -s allnoconfig &&
	  "$src/scripts/kconfig/merge_config.sh" -m -O "$build" "$build/.config" \
		"$build/fragment.config" &&
	  kmake -s olddefconfig && kmake -j"${JOBS:-$(nproc)}" modules_prepare
	} > "$build/prepare.log" 2>&1 || {
		tail -n 20 "$build/prepare.log"
		exit 1
	}
	touch "$build/.complete"
fi

# Objects only: a tree that is only prepared has no vmlinux for modpost.
rm -rf "$work/src" && mkdir -p "$work" &&
	rsync -a --exclude=.git "$REPO_DIR/" "$work/src/"
make -C "$build" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- M="$work/src" \
	CONFIG_PWM_IMX_TPM=m W=1 drivers/pwm/pwm-imx-tpm.o \
	> "$work/build.log" 2>&1 || echo "make exited with $?"
grep -E 'warning:|error:' "$work/build.log"
[ -f "$work/src/drivers/pwm/pwm-imx-tpm.o" ] || echo "pwm-imx-tpm.o not built"
[ ! -s "$work/build.log" ] || ! grep -qE 'warning:|error:' "$work/build.log"
