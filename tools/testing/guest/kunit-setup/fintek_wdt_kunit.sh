#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The suite's module needs fintek_wdt's symbols, and fintek_wdt loads only
# where it finds a chip: a modelled one at 0x2e. The suite itself uses
# neither: each test binds its own driver to a modelled chip of its own.
# After the suite fintek_wdt still cannot be unloaded (a module reference
# the takeover cases no longer explain), so the suite runs last.
# boot: last
modprobe fintek_sio_model chip=F71882 port=0x2e && modprobe fintek_wdt
