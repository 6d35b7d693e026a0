#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt bound and unbound through sysfs, with /dev/watchdog0 and its
# sysfs files held open across each unbind; they must then answer ENODEV,
# and nothing may crash or leak. make soak runs 1000 cycles over
# fintek_wdt_bind1_e2e and fintek_wdt_bind2_e2e, two boots that can run side
# by side; make check 40, enough for a per-cycle leak or use-after-free.
. /tests/lib/fintek_cycles.sh
. /tests/lib/tier.sh
ktap_begin fintek_wdt_bind1_e2e
fintek_bind_cycles "$(by_tier 20 500)"
ktap_end
