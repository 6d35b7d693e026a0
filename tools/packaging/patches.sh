#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make patches: the drivers as a git format-patch series against the newest
# mainline that Debian packages (sid's linux-source-7.2, as sid-source.sh
# fetches it), one logical change per patch, with the commit messages in
# series/. Patches kept as files in series/ go in whole with git am: the
# conversion of other Super I/O drivers to the library (superio-users/)
# right after the library, and the i.MX TPM PWM fixes (pwm-imx-tpm/), one
# defect each, in place of one patch that rewrites the driver; the last of
# them must leave pwm-imx-tpm.c as ours. The series is built in a scratch
# git repository holding only the files it touches, so that it takes
# seconds; git am applies it to a whole tree all the same. It is made from
# the project's files (project_files), whatever a build left beside them.
# Usage: patches.sh OUTDIR
set -euo pipefail
LOG_TAG=patches
. "$(dirname "$0")/../testing/env.sh"

out=$1
ksrc=$("$TESTING_DIR/sid-source.sh") || die "no $SID_SOURCE_PKG"
version=${ksrc##*/"$SID_SOURCE_PKG"-}
tree=$(mktemp -d)
base=$tree.base
ours=$tree.ours
trap 'rm -rf "$tree" "$base" "$ours"' EXIT
sync_sources "$ours"
series=$ours/tools/packaging/series
author=$(sed -n 's/^MODULE_AUTHOR("\(.*\)");$/\1/p' "$ours/drivers/superio/superio-core.c")
[ -n "$author" ] || die "no MODULE_AUTHOR in drivers/superio/superio-core.c"

users=$(ls "$series"/superio-users/*.patch 2>/dev/null || :)
pwm_fixes=$(ls "$series"/pwm-imx-tpm/*.patch 2>/dev/null || :)
# The tree's files the series changes, as the base has them: ours, and
# those the patch files change.
base_files="MAINTAINERS drivers/Kconfig drivers/Makefile
	drivers/watchdog/Kconfig drivers/watchdog/Makefile drivers/watchdog/f71808e_wdt.c
	drivers/pwm/Kconfig drivers/pwm/Makefile drivers/pwm/pwm-imx-tpm.c
	Documentation/subsystem-apis.rst Documentation/watchdog/index.rst
	Documentation/devicetree/bindings/pwm/imx-tpm-pwm.yaml
	lib/Kconfig lib/Kconfig.debug lib/Makefile lib/tests/Makefile
	$(cat $users $pwm_fixes /dev/null | sed -n 's|^diff --git a/\([^ ]*\) b/.*|\1|p' | sort -u)"
for file in $base_files; do
	[ -f "$ksrc/$file" ] || continue
	install -D -m 0644 "$ksrc/$file" "$base/$file"
	install -D -m 0644 "$ksrc/$file" "$tree/$file"
done
git() { command git -C "$tree" -c user.name="${author% <*}" \
	-c user.email="$(echo "$author" | sed 's/.*<\(.*\)>/\1/')" "$@"; }
git init -q -b series
git add -A
git commit -q -m "Linux $version"
git tag base

# Our Kconfig and Makefile without their SPDX header. "driver" leaves out
# the entries of the models and KUnit suites, which have a patch of their
# own.
# "transitional" gives only the transitional symbols, which kconfig allows
# only outside any "if" block, so they go elsewhere.
kconfig() {	# kconfig FILE all|driver|transitional
	sed '1,/^$/d' "$ours/$1" | awk -v part="$2" '
		FNR == NR { if (/^config /) name = $2; if (/^\ttransitional$/) trans[name]; next }
		/^config / {
			if (part == "transitional")
				keep = $2 in trans
			else
				keep = !($2 in trans) && (part == "all" || $2 !~ /MODEL|KUNIT_TEST/)
		}
		keep' "$ours/$1" - | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}
# Blank lines would split the tree's lists of objects.
makefile() {	# makefile FILE all|driver
	sed '1,/^$/d' "$ours/$1" | grep -v '^$' |
		if [ "$2" = all ]; then cat; else grep -v 'tests/'; fi
}
# A file of the tree as the base has it, with TEXT after the line matching
# PATTERN or in its place, or after the Kconfig entry that starts there or
# in its place. Every step writes the file afresh from the base.
# INTREE_FROM=tree edits the file as the series has it so far instead.
intree() {	# intree FILE after|replace|after-entry|replace-entry|delete-entry PATTERN TEXT
	local from=${INTREE_FROM:-$base}
	TEXT=$4 awk -v mode="$2" -v pat="$3" '
		function emit() { print ENVIRON["TEXT"]; done = 1 }
		# An entry ends where the next line starts in column 0.
		inentry && /^[^ \t]/ {
			inentry = 0
			if (mode == "delete-entry") {
				done = 1
			} else {
				emit()
				print ""
			}
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
		END { if (!done) exit 1 }' "$from/$1" > "$tree/$1.new" &&
		mv "$tree/$1.new" "$tree/$1" || die "$1: no line matches $3"
}
copy() {	# copy PATH...: our files, where they go in the tree
	local file
	for file; do
		install -D -m 0644 "$ours/$file" "$tree/$file"
	done
}
sources() {	# sources DIR: our sources there
	(cd "$ours" && find "$1" -maxdepth 1 -type f \( -name '*.[ch]' -o \
		-name '*.dtso' \) | sort)
}
maintainers() {	# maintainers TITLE FIELD...
	"$(dirname "$0")/maintainers.py" "$tree/MAINTAINERS" "$@"
}
commit() {	# commit MESSAGE_FILE
	git add -A
	git commit -q -s -F "$series/$1"
}
am() {	# am PATCH...: patches kept as files, as they are
	local patch
	for patch; do
		git am -q "$patch" || die "git am $patch failed"
	done
}

t=$'\t'
superio() {	# superio all|driver
	kconfig drivers/superio/Kconfig "$1" > "$tree/drivers/superio/Kconfig"
	makefile drivers/superio/Makefile "$1" > "$tree/drivers/superio/Makefile"
}
# The Kconfig entry goes after SP5100_TCO's, where it sorts: written in
# place of f71808e_wdt's, the diff would keep that entry's "help" line as
# context, and checkpatch would not see the help text.
fintek_wdt() {	# fintek_wdt all|driver: in place of f71808e_wdt's entries
	intree drivers/watchdog/Kconfig delete-entry '^config F71808E_WDT$' ''
	INTREE_FROM=$tree intree drivers/watchdog/Kconfig after-entry '^config SP5100_TCO$' \
		"$(kconfig drivers/watchdog/Kconfig "$1")"
	[ "$(tail -n 1 "$tree/drivers/watchdog/Kconfig")" = "endif # WATCHDOG" ] ||
		die "drivers/watchdog/Kconfig does not end with its if WATCHDOG block"
	printf '\n%s\n' "$(kconfig drivers/watchdog/Kconfig transitional)" \
		>> "$tree/drivers/watchdog/Kconfig"
	intree drivers/watchdog/Makefile replace '^obj-\$\(CONFIG_F71808E_WDT\)' \
		"$(makefile drivers/watchdog/Makefile "$1")"
}
pwm_imx_tpm() {	# pwm_imx_tpm all|driver: in place of the base's entries
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

# Other drivers of Fintek parts, converted to the library.
am $users

# fintek_wdt in place of f71808e_wdt, which it replaces under its old
# Kconfig symbol, module name and parameters.
copy $(sources drivers/watchdog)
fintek_wdt driver
git rm -q drivers/watchdog/f71808e_wdt.c
maintainers "FINTEK SUPER I/O WATCHDOG DRIVER" "M:$t$author" \
	"L:${t}linux-watchdog@vger.kernel.org" "S:${t}Maintained" \
	"F:${t}drivers/watchdog/fintek_wdt*"
commit 03-fintek-wdt.txt

copy Documentation/watchdog/fintek_wdt.rst
intree Documentation/watchdog/index.rst after '^    :maxdepth: 1$' $'\n    fintek_wdt'
sed -i '/^    fintek_wdt$/{n;/^$/d}' "$tree/Documentation/watchdog/index.rst"
maintainers "FINTEK SUPER I/O WATCHDOG DRIVER" "F:${t}Documentation/watchdog/fintek_wdt.rst"
commit 05-fintek-wdt-doc.txt

# Only if ours says more than the base's.
binding=Documentation/devicetree/bindings/pwm/imx-tpm-pwm.yaml
if ! cmp -s "$ours/$binding" "$base/$binding"; then
	copy "$binding"
	commit 06-binding.txt
fi

# With the rework, whose new files need it; with the fixes, which only
# mend NXP's driver, with the documentation.
pwm_maintainers() {
	maintainers "NXP i.MX TPM PWM DRIVER" "M:$t$author" "L:${t}linux-pwm@vger.kernel.org" \
		"S:${t}Maintained" "F:${t}Documentation/devicetree/bindings/pwm/imx-tpm-pwm.yaml" \
		"F:${t}drivers/pwm/pwm-imx-tpm*"
}
if [ -n "$pwm_fixes" ]; then
	am $pwm_fixes
	cmp -s "$ours/drivers/pwm/pwm-imx-tpm.c" "$tree/drivers/pwm/pwm-imx-tpm.c" || {
		diff -u "$tree/drivers/pwm/pwm-imx-tpm.c" "$ours/drivers/pwm/pwm-imx-tpm.c" |
			head -n 40 >&2
		die "series/pwm-imx-tpm/ leaves drivers/pwm/pwm-imx-tpm.c other than ours (diff above)"
	}
else
	copy $(sources drivers/pwm)
	pwm_imx_tpm driver
	pwm_maintainers
	commit 07-pwm-imx-tpm.txt
fi

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
[ -z "$pwm_fixes" ] || pwm_maintainers
maintainers "NXP i.MX TPM PWM DRIVER" "F:${t}Documentation/pwm/pwm-imx-tpm.rst"
commit 09-pwm-imx-tpm-doc.txt

# The models and KUnit suites, after the drivers; first what the models
# share.
copy include/linux/hw_model.h $(sources lib) $(sources lib/tests)
intree lib/Kconfig after-entry '^config OBJAGG$' "$(kconfig lib/Kconfig all)"
intree lib/Kconfig.debug after-entry '^config GLOB_KUNIT_TEST$' \
	"$(kconfig lib/Kconfig.debug all)"
intree lib/Makefile after '^obj-\$\(CONFIG_PARMAN\)' \
	"$(makefile lib/Makefile driver)"
intree lib/tests/Makefile after '^obj-\$\(CONFIG_UUID_KUNIT_TEST\)' \
	"$(makefile lib/tests/Makefile all)"
maintainers "HARDWARE MODEL HELPERS FOR TESTS" "M:$t$author" "S:${t}Maintained" \
	"F:${t}include/linux/hw_model.h" "F:${t}lib/hw_model.c" \
	"F:${t}lib/tests/hw_model_kunit.c"
commit 10-hw-model.txt

copy $(sources drivers/superio/tests) drivers/superio/tests/Makefile
superio all
maintainers "SUPER I/O LIBRARY" "F:${t}drivers/superio/tests/"
commit 02-superio-tests.txt

copy $(sources drivers/watchdog/tests) drivers/watchdog/tests/Makefile
fintek_wdt all
maintainers "FINTEK SUPER I/O WATCHDOG DRIVER" "F:${t}drivers/watchdog/tests/"
commit 04-fintek-wdt-tests.txt

# What the fixes left of our driver's files, with the test hooks.
copy $(sources drivers/pwm) $(sources drivers/pwm/tests) drivers/pwm/tests/Makefile
pwm_imx_tpm all
maintainers "NXP i.MX TPM PWM DRIVER" "F:${t}drivers/pwm/tests/"
commit 08-pwm-imx-tpm-tests.txt

# No --base: the scratch repository's commits mean nothing elsewhere.
format_patch() { git format-patch -q --cover-from-description=subject -o "$out" "$@" base..HEAD; }
rm -rf "$out" && mkdir -p "$out"
format_patch
# Whom to send it to, as the base's get_maintainer.pl says with the
# MAINTAINERS the series leaves.
people=$(cd "$ksrc" && perl scripts/get_maintainer.pl --mpath "$tree/MAINTAINERS" \
	--no-git --no-git-fallback "$out"/*.patch) || die "get_maintainer.pl failed"
git config branch.series.description "$(cat "$series/00-cover.txt")

scripts/get_maintainer.pl on the series:

$people"
rm -f "$out"/*.patch
format_patch --cover-letter
log "$(ls "$out" | wc -l) patches in $out"
