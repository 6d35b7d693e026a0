#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fintek_wdt registers its driver only where it finds a chip. The suite
# leaves a watchdog that was running at registration, which pins the driver.
# boot: last
modprobe fintek_sio_model chip=F71882 port=0x2e && modprobe fintek_wdt
