#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# DKMS's POST_INSTALL and POST_REMOVE: put fintek_wdt's modprobe.d file in
# place, as make install does, or take it away.
# Usage: dkms-modprobe.sh install|remove
conf=/etc/modprobe.d/fintek_wdt.conf
case "${1:-}" in
install) install -D -m 0644 "$(dirname "$0")/modprobe.d/fintek_wdt.conf" "$conf" ;;
remove) rm -f "$conf" ;;
*) echo "usage: $0 install|remove" >&2; exit 2 ;;
esac
