#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The suite's module needs fintek_wdt's symbols, and fintek_wdt loads only
# where it finds a chip. It is loaded on a modelled chip at 0x2e, then
# unbound and the model unloaded: the suite runs with no chip and no
# watchdog but those its tests add, each test binding a driver of its own
# to a modelled chip of its own, as under kunit.py.
modprobe fintek_sio_model chip=F71882 port=0x2e && modprobe fintek_wdt &&
	echo fintek_wdt > /sys/bus/platform/drivers/fintek_wdt/unbind &&
	rmmod fintek_sio_model
