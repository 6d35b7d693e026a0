#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The suite's module needs fintek_wdt's symbols, and fintek_wdt loads only
# where it finds a chip: a modelled one at 0x2e. The suite itself uses
# neither: each test binds its own driver to a modelled chip of its own.
modprobe fintek_sio_model chip=F71882 port=0x2e && modprobe fintek_wdt
