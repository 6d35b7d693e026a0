#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from an end-to-end script: the counts of make check's regression
# tier and of make soak's pre-release tier, which check.sh passes as
# sio.tier= on the kernel command line.
#
# The regression counts are set where each is used, and chosen to catch
# what a cycle can break every time: a leak of one object per cycle leaves
# as many unreferenced objects as there were cycles for the kmemleak scan,
# and a use-after-free or a lock inversion on an unbind is reported by KASAN
# or lockdep on the first cycle that runs it. What only shows now and then
# (a race with a late work item or RCU callback) wants the soak's counts.

SIO_TIER=$(sed -n 's/.*sio\.tier=\([a-z]*\).*/\1/p' /proc/cmdline)

by_tier() {	# by_tier CHECK SOAK: the count for this boot's tier
	if [ "$SIO_TIER" = soak ]; then echo "$2"; else echo "$1"; fi
}
