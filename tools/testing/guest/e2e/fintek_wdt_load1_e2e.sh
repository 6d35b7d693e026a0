#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# superio, fintek_sio_model and fintek_wdt loaded and unloaded, the watchdog
# bound each time; leaks show in the scan at the end of the boot. 100
# cycles over fintek_wdt_load1_e2e and fintek_wdt_load2_e2e, two boots that
# can run side by side.
. /tests/lib/fintek_cycles.sh
ktap_begin fintek_wdt_load1_e2e
fintek_load_cycles 50
ktap_end
