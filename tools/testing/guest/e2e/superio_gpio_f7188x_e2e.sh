#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# gpio-f7188x as the Super I/O series converts it to the library
# (tools/packaging/series/superio-users/), and Linux 7.2's own
# gpio-f7188x unmodified (mainline_gpio_f7188x, its port I/O routed to the
# model), on modelled chips: the same checks pass on both, so the
# conversion keeps what users see. The model knows the chips' IDs and
# configuration port but has no GPIO pins: its GPIO logical device is
# plain registers, so line levels are not tested here, only that line
# operations reach the chip and fail when its port is taken.
#
# Our 6.12 debug test kernel has no GPIOLIB, so make check leaves this
# group out of its boots; tools/testing/gpio-f7188x.sh, which make check's
# packaging tests run, builds the modules for Debian's stock 7.2 kernel
# and boots it to run the group.
# boot: stock-7.2
. /tests/lib/ktap.sh
. /tests/lib/fintek.sh
ktap_begin superio_gpio_f7188x_e2e

MODULES="gpio-f7188x mainline_gpio_f7188x"

missing=
[ -d /sys/class/gpio ] || missing="no GPIO sysfs (CONFIG_GPIOLIB, CONFIG_GPIO_SYSFS)"
for driver in $MODULES; do
	[ -n "$(find /lib/modules -name "$driver.ko")" ] || missing="${missing:-no $driver module}"
done
if [ -n "$missing" ]; then
	echo "    ok 1 gpio-f7188x on the Fintek model # SKIP $missing: run tools/testing/gpio-f7188x.sh"
	echo "[guest] superio_gpio_f7188x_e2e: SKIP $missing" > /dev/console
	echo "ok 1 superio_gpio_f7188x_e2e # SKIP $missing"
	exit 0
fi

unload_gpio() {
	for module in $MODULES; do
		! grep -q "^$(echo "$module" | tr - _) " /proc/modules || rmmod "$module"
	done
	unload
}

# The gpiochips of the driver, each as LABEL:NGPIO, in the order of
# their labels.
chips() {
	for chip in /sys/class/gpio/gpiochip*; do
		case $(cat "$chip/label" 2>/dev/null) in
		gpio-f7188x-*) echo "$(cat "$chip/label"):$(cat "$chip/ngpio")" ;;
		esac
	done | sort -t- -k3n | tr '\n' ' '
}

# The banks of each chip, as 7.2's gpio-f7188x.c lists them.
banks() {	# banks N:NGPIO...: the labels the driver gives them
	for bank; do
		printf 'gpio-f7188x-%s ' "$bank"
	done
}
F71869=$(banks 0:6 1:8 2:8 3:8 4:8 5:5 6:6)
F71869A=$(banks 0:6 1:8 2:8 3:8 4:8 5:5 6:8 7:8)
F71882=$(banks 0:8 1:8 2:8 3:4 4:4)
F81865=$(banks 0:8 1:8 2:8 3:8 4:8 5:8 6:5)
F81866=$(banks 0:8 1:8 2:8 3:8 4:8 5:8 6:8 7:8 8:8)
F81966=$(banks 0:8 1:8 2:8 3:8 4:8 5:8 6:8)

# Line 0 of the chip's first bank, through the legacy sysfs interface.
first_line() {
	for chip in /sys/class/gpio/gpiochip*; do
		[ "$(cat "$chip/label" 2>/dev/null)" = gpio-f7188x-0 ] && cat "$chip/base"
	done
}

for driver in $MODULES; do
	# Each chip the model and the driver both know, with its banks.
	for chip in F71869:f71869 F71869A:f71869a F71882:f71882fg F81865:f81865 \
		    F81866:f81866 F81966:f81804; do
		part=${chip%%:*} name=${chip#*:}
		eval want=\$$part
		unload_gpio
		board chip="$part"
		ktap_check "$driver: $part: found and named $name" \
			eval 'modprobe $driver &&
			      expect_in "$(dmesg)" "gpio-f7188x: Found $name at 0x2e" \
				"gpio-f7188x:    revision [0-9]+"'
		ktap_check "$driver: $part: one gpiochip per bank, labels and lines as in 7.2" \
			eval '[ "$(chips)" = "$want" ] || { echo "got: $(chips)"; false; }'
	done

	# The second port.
	unload_gpio
	board chip=F71882 port=0x4e
	ktap_check "$driver: F71882 at 0x4e: found there" \
		eval 'modprobe $driver && expect_in "$(dmesg)" "gpio-f7188x: Found f71882fg at 0x4e" &&
		      [ "$(chips)" = "$F71882" ]'

	# Line operations reach the chip: the model keeps what is written.
	line=$(first_line)
	gpio=/sys/class/gpio/gpio$line
	ktap_check "$driver: F71882: line 0 exported, made an output at 1 and read back" \
		eval '[ -n "$line" ] && echo "$line" > /sys/class/gpio/export &&
		      echo high > $gpio/direction &&
		      [ "$(cat $gpio/direction)" = out ] && [ "$(cat $gpio/value)" = 1 ] &&
		      echo 0 > $gpio/value && [ "$(cat $gpio/value)" = 0 ] &&
		      echo in > $gpio/direction && [ "$(cat $gpio/direction)" = in ]'
	# Another driver holds the port without sharing it: the operation fails.
	echo 1 > "$MODEL/0x4e/busy"
	ktap_check "$driver: F71882: a line operation fails while the port is taken" \
		eval '! echo out > $gpio/direction 2> /dev/null &&
		      expect_in "$(dmesg)" "gpio-f7188x: I/O address 0x004e already in use"'
	echo 0 > "$MODEL/0x4e/busy"
	ktap_check "$driver: F71882: and succeeds once the port is free" \
		eval 'echo out > $gpio/direction && [ "$(cat $gpio/direction)" = out ]'
	[ ! -e "$gpio" ] || echo "$line" > /sys/class/gpio/unexport

	# IDs the driver does not know, and no chip at all.
	unload_gpio
	board chip=F71808
	out=$(modprobe "$driver" 2>&1)
	ktap_check "$driver: F71808 (no GPIO support): not loaded, ID reported" \
		eval '! grep -q "^$(echo $driver | tr - _) " /proc/modules &&
		      expect_in "$out" "No such device" &&
		      expect_in "$(dmesg)" "gpio-f7188x: Unsupported Fintek device 0x0901"'
	unload_gpio
	board
	out=$(modprobe "$driver" 2>&1)
	ktap_check "$driver: no chip: not loaded" \
		eval '! grep -q "^$(echo $driver | tr - _) " /proc/modules &&
		      expect_in "$out" "No such device"'

	# A port taken by another driver is skipped, and said so.
	unload_gpio
	board chip=F71882
	echo 1 > "$MODEL/0x2e/busy"
	out=$(modprobe "$driver" 2>&1)
	ktap_check "$driver: F71882 port taken: not loaded, the port named" \
		eval '! grep -q "^$(echo $driver | tr - _) " /proc/modules &&
		      expect_in "$(dmesg)" "gpio-f7188x: I/O address 0x002e already in use"'
	echo 0 > "$MODEL/0x2e/busy"

	unload_gpio
	ktap_check "$driver: unloaded, no gpiochip left" eval '[ -z "$(chips)" ]'
done

unload_gpio
ktap_end
