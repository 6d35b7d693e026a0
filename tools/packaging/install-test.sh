#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make install as a user runs it, into a staging root: the modules land in
# updates/, depmod indexes them, and modinfo and modprobe see what users
# and udev need: description, author, licence, every parameter described,
# the dependency on superio, the aliases that load the drivers, and the
# modprobe.d file that keeps f71808e_wdt from loading beside fintek_wdt;
# and without a kernel's headers, a message naming what to install. Prints
# what is wrong on stdout; exits non-zero if anything is.
# Usage: install-test.sh [KDIR [WORKDIR]], by default the test kernel and
# a directory in the cache
set -uo pipefail
LOG_TAG=install
. "$(dirname "$0")/../testing/env.sh"

kdir=${1:-$("$TESTING_DIR/kernel.sh")} work=${2:-$CACHE_DIR/packaging/install}
release=$(cat "$kdir/include/config/kernel.release")
root=$work/root
rm -rf "$work" && mkdir -p "$work" && sync_sources "$work/src" ||
	die "cannot stage the sources in $work"
make -C "$work/src" KDIR="$kdir" INSTALL_MOD_PATH="$root" -j"$(nproc)" install \
	> "$work/install.log" 2>&1 || { echo "make install failed:"; tail -n 20 "$work/install.log"; }

mi() { modinfo -b "$root" -k "$release" "$@"; }
fails=0
fail() { echo "$*"; fails=$((fails + 1)); }

for mod in superio fintek_wdt pwm-imx-tpm; do
	file=$(mi -F filename "$mod" 2>/dev/null)
	case "$file" in
	"$root/lib/modules/$release/updates/"*) ;;
	*) fail "$mod: not installed in updates/ (modinfo: '$file')"; continue ;;
	esac
	for field in description author license; do
		[ -n "$(mi -F "$field" "$mod")" ] || fail "$mod: no $field"
	done
	# Every parameter the source declares, with a description.
	src=$(find "$work/src/drivers" -name '*.c' ! -path '*/tests/*' \
		-exec grep -l "MODULE_DESCRIPTION" {} + |
		xargs grep -l "$(mi -F description "$mod")")
	for parm in $(sed -n 's/^module_param\(_cb\)\?(\([a-z0-9_]*\),.*/\2/p' $src); do
		desc=$(mi -F parm "$mod" | sed -n "s/^$parm:\(.*\) ([a-z]*)$/\1/p")
		[ -n "$desc" ] || fail "$mod: parameter $parm has no description"
	done
done

alias_is() {	# alias_is ALIAS MODULE: modprobe resolves ALIAS to MODULE
	local got
	got=$(modprobe -d "$root" -S "$release" -R "$1" 2>&1)
	[ "$got" = "$2" ] || fail "alias $1: modprobe resolves '$got', not $2"
}
# What udev hands modprobe for the TPM's device tree node and for the
# watchdog's platform device.
alias_is 'of:NpwmT(null)Cfsl,imx7ulp-pwm' pwm_imx_tpm
# f71808e_wdt beside fintek_wdt: never loaded, and asked for, fintek_wdt.
conf=$root/etc/modprobe.d/fintek_wdt.conf
if [ -f "$conf" ]; then
	grep -qx 'blacklist f71808e_wdt' "$conf" || fail "$conf: f71808e_wdt not blacklisted"
	got=$(modprobe -C "$conf" -d "$root" -S "$release" -n -v f71808e_wdt timeout=30 2>&1)
	# A dry run shows the command before $CMDLINE_OPTS is replaced.
	case "$got" in
	"install /sbin/modprobe fintek_wdt "*timeout=30) ;;
	*) fail "modprobe f71808e_wdt timeout=30 would run '$got', not fintek_wdt" ;;
	esac
else
	fail "make install did not install etc/modprobe.d/fintek_wdt.conf"
fi
# Where fintek_wdt replaces f71808e_wdt (in the kernel tree, after the
# series), "modprobe f71808e_wdt" with the options users gave it loads
# fintek_wdt with them: its module alias, without the modprobe.d file.
echo 'options f71808e_wdt timeout=30' > "$work/f71808e_wdt-options.conf"
got=$(modprobe -C "$work/f71808e_wdt-options.conf" -d "$root" -S "$release" -n -v \
	f71808e_wdt pulse_width=25 2>&1)
case "$got" in
*"/fintek_wdt.ko timeout=30 pulse_width=25"*) ;;
*) fail "without fintek_wdt.conf, modprobe f71808e_wdt pulse_width=25 with options" \
	"timeout=30 would run '$got', not fintek_wdt with both" ;;
esac
deps=$(modprobe -d "$root" -S "$release" --show-depends fintek_wdt 2>&1)
printf '%s\n' "$deps" | grep -q '/superio\.ko' ||
	fail "modprobe fintek_wdt would not load superio first: $deps"

# Without a kernel's headers, make says what to install or which KDIR to
# pass, not make's own "No such file or directory". A uname that names a
# release with no headers stands in for a freshly upgraded kernel.
mkdir -p "$work/no-headers-bin" &&
	printf '#!/bin/sh\necho 0.0.0-no-headers\n' > "$work/no-headers-bin/uname" &&
	chmod +x "$work/no-headers-bin/uname"
out=$(PATH="$work/no-headers-bin:$PATH" make -C "$work/src" install 2>&1)
case $out in
*"install linux-headers-0.0.0-no-headers"*"or pass KDIR="*) ;;
*) fail "make install without the running kernel's headers says: $out" ;;
esac
for target in install all; do
	out=$(make -C "$work/src" KDIR="$work/no-kdir" $target 2>&1)
	case $out in
	*"KDIR=$work/no-kdir is not a kernel build tree"*) ;;
	*) fail "make $target with a KDIR that is not there says: $out" ;;
	esac
done

[ "$fails" = 0 ]
