#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make patches: the drivers as a git format-patch series against Linux
# 6.12 (Debian's linux-source-6.12, as unpacked for the tests), one logical
# change per patch, with the commit messages in series/. The series is
# built in a scratch git repository holding only the files it touches, so
# that it takes seconds; git am applies it to a whole tree all the same.
# Usage: patches.sh OUTDIR
set -euo pipefail
LOG_TAG=patches
. "$(dirname "$0")/../testing/env.sh"

out=$1
series=$(cd "$(dirname "$0")" && pwd)/series
ksrc=$(kernel_src_dir)
[ -f "$ksrc/MAINTAINERS" ] || ksrc=$("$TESTING_DIR/kernel.sh" >/dev/null && kernel_src_dir)
author=$(sed -n 's/^MODULE_AUTHOR("\(.*\)");$/\1/p' "$REPO_DIR/drivers/superio/superio-core.c")
[ -n "$author" ] || die "no MODULE_AUTHOR in drivers/superio/superio-core.c"

# The tree's files the series changes, as 6.12 has them.
base_files="MAINTAINERS drivers/Kconfig drivers/Makefile
	drivers/watchdog/Kconfig drivers/watchdog/Makefile
	drivers/pwm/Kconfig drivers/pwm/Makefile drivers/pwm/pwm-imx-tpm.c
	Documentation/subsystem-apis.rst Documentation/watchdog/index.rst
	Documentation/devicetree/bindings/pwm/imx-tpm-pwm.yaml"
tree=$(mktemp -d)
base=$tree.base
trap 'rm -rf "$tree" "$base"' EXIT
for file in $base_files; do
	install -D -m 0644 "$ksrc/$file" "$base/$file"
	install -D -m 0644 "$ksrc/$file" "$tree/$file"
done
git() { command git -C "$tree" -c user.name="${author% <*}" \
	-c user.email="$(echo "$author" | sed 's/.*<\(.*\)>/\1/')" "$@"; }
git init -q -b series
git add -A
git commit -q -m "Linux $(kernel_pkg_version)"
git tag base

# Our Kconfig and Makefile without their SPDX header. "driver" leaves out
# the entries of the models and KUnit suites, which have a patch of their
# own.
kconfig() {	# kconfig FILE all|driver
	sed '1,/^$/d' "$REPO_DIR/$1" | awk -v part="$2" '
		/^config / { keep = part == "all" || $2 !~ /MODEL|KUNIT_TEST/ }
		keep' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}
# Blank lines would split the tree's lists of objects.
makefile() {	# makefile FILE all|driver
	sed '1,/^$/d' "$REPO_DIR/$1" | grep -v '^$' |
		if [ "$2" = all ]; then cat; else grep -v 'tests/'; fi
}
# A file of the tree as 6.12 has it, with TEXT after the line matching
# PATTERN or in its place, or after the Kconfig entry that starts there or
# in its place. Every step writes the file afresh from 6.12.
intree() {	# intree FILE after|replace|after-entry|replace-entry PATTERN TEXT
	TEXT=$4 awk -v mode="$2" -v pat="$3" '
		function emit() { print ENVIRON["TEXT"]; done = 1 }
		# An entry ends where the next line starts in column 0.
		inentry && /^[^ \t]/ {
			inentry = 0
			emit()
			print ""
		}
		inentry { if (mode == "after-entry") print; next }
		!done && $0 ~ pat {
			if (mode == "after") { print; emit(); next }
			if (mode == "replace") { emit(); next }
			inentry = 1
			if (mode == "after-entry")
				print
			next
		}
		{ print }
		END { if (!done) exit 1 }' "$base/$1" > "$tree/$1" ||
		die "$1: no line matches $3"
}
copy() {	# copy PATH...: our files, where they go in the tree
	local file
	for file; do
		install -D -m 0644 "$REPO_DIR/$file" "$tree/$file"
	done
}
sources() {	# sources DIR: our sources there, not what a build left
	(cd "$REPO_DIR" && find "$1" -maxdepth 1 -type f \( -name '*.[ch]' -o \
		-name '*.dtso' \) | sort)
}
maintainers() {	# maintainers TITLE FIELD...
	"$(dirname "$0")/maintainers.py" "$tree/MAINTAINERS" "$@"
}
commit() {	# commit MESSAGE_FILE
	git add -A
	git commit -q -s -F "$series/$1"
}

t=$'\t'
superio() {	# superio all|driver
	kconfig drivers/superio/Kconfig "$1" > "$tree/drivers/superio/Kconfig"
	makefile drivers/superio/Makefile "$1" > "$tree/drivers/superio/Makefile"
}
fintek_wdt() {	# fintek_wdt all|driver: beside f71808e_wdt
	intree drivers/watchdog/Kconfig after-entry '^config F71808E_WDT$' \
		"$(kconfig drivers/watchdog/Kconfig "$1")"
	intree drivers/watchdog/Makefile after '^obj-\$\(CONFIG_F71808E_WDT\)' \
		"$(makefile drivers/watchdog/Makefile "$1")"
}
pwm_imx_tpm() {	# pwm_imx_tpm all|driver: in place of 6.12's entries
	intree drivers/pwm/Kconfig replace-entry '^config PWM_IMX_TPM$' \
		"$(kconfig drivers/pwm/Kconfig "$1")"
	intree drivers/pwm/Makefile replace '^obj-\$\(CONFIG_PWM_IMX_TPM\)' \
		"$(makefile drivers/pwm/Makefile "$1")"
}

copy include/linux/superio.h $(sources drivers/superio)
superio driver
intree drivers/Kconfig after '^source "drivers/mfd/Kconfig"' 'source "drivers/superio/Kconfig"'
intree drivers/Makefile after '^obj-y.*[+]= base/ block/ misc/ mfd/' \
	"obj-\$(CONFIG_SUPERIO)$t$t+= superio/"
maintainers "SUPER I/O LIBRARY" "M:$t$author" "S:${t}Maintained" \
	"F:${t}drivers/superio/Kconfig" "F:${t}drivers/superio/Makefile" \
	"F:${t}drivers/superio/superio*" "F:${t}include/linux/superio.h"
commit 01-superio.txt

copy $(sources drivers/superio/tests) drivers/superio/tests/Makefile
superio all
maintainers "SUPER I/O LIBRARY" "F:${t}drivers/superio/tests/"
commit 02-superio-tests.txt

copy $(sources drivers/watchdog)
fintek_wdt driver
maintainers "FINTEK SUPER I/O WATCHDOG DRIVER" "M:$t$author" \
	"L:${t}linux-watchdog@vger.kernel.org" "S:${t}Maintained" \
	"F:${t}drivers/watchdog/fintek_wdt*"
commit 03-fintek-wdt.txt

copy $(sources drivers/watchdog/tests) drivers/watchdog/tests/Makefile
fintek_wdt all
maintainers "FINTEK SUPER I/O WATCHDOG DRIVER" "F:${t}drivers/watchdog/tests/"
commit 04-fintek-wdt-tests.txt

copy Documentation/watchdog/fintek_wdt.rst
intree Documentation/watchdog/index.rst after '^    :maxdepth: 1$' $'\n    fintek_wdt'
sed -i '/^    fintek_wdt$/{n;/^$/d}' "$tree/Documentation/watchdog/index.rst"
maintainers "FINTEK SUPER I/O WATCHDOG DRIVER" "F:${t}Documentation/watchdog/fintek_wdt.rst"
commit 05-fintek-wdt-doc.txt

# Only if ours says more than 6.12's.
binding=Documentation/devicetree/bindings/pwm/imx-tpm-pwm.yaml
if ! cmp -s "$REPO_DIR/$binding" "$base/$binding"; then
	copy "$binding"
	commit 06-binding.txt
fi

copy $(sources drivers/pwm)
pwm_imx_tpm driver
maintainers "NXP i.MX TPM PWM DRIVER" "M:$t$author" "L:${t}linux-pwm@vger.kernel.org" \
	"S:${t}Maintained" "F:${t}Documentation/devicetree/bindings/pwm/imx-tpm-pwm.yaml" \
	"F:${t}drivers/pwm/pwm-imx-tpm*"
commit 07-pwm-imx-tpm.txt

copy $(sources drivers/pwm/tests) drivers/pwm/tests/Makefile
pwm_imx_tpm all
maintainers "NXP i.MX TPM PWM DRIVER" "F:${t}drivers/pwm/tests/"
commit 08-pwm-imx-tpm-tests.txt

copy Documentation/pwm/pwm-imx-tpm.rst
cat > "$tree/Documentation/pwm/index.rst" <<'RST'
.. SPDX-License-Identifier: GPL-2.0

===========
PWM drivers
===========

.. toctree::
    :maxdepth: 1

    pwm-imx-tpm
RST
intree Documentation/subsystem-apis.rst after '^   watchdog/index$' '   pwm/index'
maintainers "PWM SUBSYSTEM" "F:${t}Documentation/pwm/"
maintainers "NXP i.MX TPM PWM DRIVER" "F:${t}Documentation/pwm/pwm-imx-tpm.rst"
commit 09-pwm-imx-tpm-doc.txt

rm -rf "$out" && mkdir -p "$out"
git config branch.series.description "$(cat "$series/00-cover.txt")"
# No --base: the scratch repository's commits mean nothing elsewhere.
git format-patch -q --cover-letter --cover-from-description=subject \
	-o "$out" base..HEAD
log "$(ls "$out" | wc -l) patches in $out"
