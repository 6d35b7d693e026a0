#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Runs in the guest: the one test group named by sio.run= on the kernel
# command line, a KUnit module (*_kunit) or an end-to-end script, so that no
# group sees what another left behind. Progress lines start with "[guest]"
# on the console (ttyS0, shared with the kernel log); results go to ttyS1
# as KTAP chunks: "# chunk <name>", then a KTAP document.

KMEMLEAK=/sys/kernel/debug/kmemleak
KUNIT=/sys/kernel/debug/kunit
exec 3>/dev/ttyS1

say() { echo "[guest] $*"; }

group=$(sed -n 's/.*sio\.run=\([^ ]*\).*/\1/p' /proc/cmdline)

# Leaks found before the tests are not theirs: report them, then forget them.
echo scan > $KMEMLEAK
echo clear > $KMEMLEAK

case "$group" in
*_kunit)
	# Some suites need their driver loaded on a modelled chip first.
	if [ -f "/tests/kunit-setup/$group.sh" ]; then
		say "setting up for $group"
		sh "/tests/kunit-setup/$group.sh"
	fi
	say "loading $group (its KUnit suites run at load)"
	if modprobe "$group"; then
		for suite in "$KUNIT"/*/; do
			echo "# chunk $(basename "$suite")"
			cat "$suite/results"
		done >&3
	else
		printf '# chunk %s\nKTAP version 1\n1..1\nnot ok 1 %s # modprobe failed\n' \
			"$group" "$group" >&3
	fi
	say "unloading the modules"
	modprobe -r "$group"
	for mod in fintek_wdt fintek_sio_model superio; do
		! grep -q "^$mod " /proc/modules || rmmod "$mod"
	done
	;;
*)
	if [ -f "/tests/e2e/$group.sh" ]; then
		say "running $group"
		sh "/tests/e2e/$group.sh" >&3
	else
		say "error: no test group '$group'"
	fi
	;;
esac

# kmemleak does not report objects younger than 5 s.
say "scanning for leaks"
sleep 6
echo scan > $KMEMLEAK
cat $KMEMLEAK

exec 3>&-
say "all tests ran"
