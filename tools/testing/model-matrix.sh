#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The Fintek model's switches, one setting at a time: make check's boot step
# with the guest running its groups once under each setting (sio.settings=,
# see guest/run.sh). A driver must pass under every setting. The console
# logs say which setting each result ran under.
# SIO_GROUPS: by default the KUnit suites; a group that pins its driver
# (fintek_wdt_running_e2e) or reloads the model (the e2e scripts) wants a
# boot of its own: SIO_GROUPS=fintek_wdt_e2e SIO_PARALLEL_BOOTS=1.
# Usage: model-matrix.sh [SETTING...]    (default: every setting below)
set -uo pipefail
LOG_TAG=matrix
. "$(dirname "$0")/env.sh"

settings=(default tick=free tick=free,tick_phase_ms=500 readback=left
	  polarity=low polarity=high zero_time=stops zero_time=wraps
	  platform_reset=1)
[ $# = 0 ] || settings=("$@")
list=$(IFS=';'; echo "${settings[*]}")
log "settings: $list"
SIO_STEPS=boot SIO_KERNEL_ARGS="sio.settings=$list" \
	SIO_GROUPS=${SIO_GROUPS:-fintek_sio_model_kunit|fintek_wdt_kunit} \
	make -C "$REPO_DIR" -s check
