#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# superio, fintek_sio_model and fintek_wdt loaded and unloaded, the watchdog
# bound each time; leaks show in the scan at the end of the boot. make soak
# runs 100 cycles over fintek_wdt_load1_e2e and fintek_wdt_load2_e2e, two
# boots that can run side by side; make check 10: each cycle runs the whole
# of init and exit, so one leaks or faults as the hundredth would.
. /tests/lib/fintek_cycles.sh
. /tests/lib/tier.sh
ktap_begin fintek_wdt_load2_e2e
fintek_load_cycles "$(by_tier 5 50)"
ktap_end
