#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The models' switches, one setting at a time, without the rest of make
# soak: make check's boot step with the guest running the model's suites
# once under each setting (sio.settings=, see guest/run.sh and
# model-settings.sh). The console logs say which setting each result ran
# under.
# SIO_GROUPS: by default the model's KUnit suites; a group that pins its
# driver (fintek_wdt_running_e2e) or reloads the model (the e2e scripts)
# wants a boot of its own: SIO_GROUPS=fintek_wdt_e2e SIO_PARALLEL_BOOTS=1.
# Usage: model-matrix.sh fintek|tpm [SETTING...]
set -uo pipefail
LOG_TAG=matrix
. "$(dirname "$0")/env.sh"
. "$TESTING_DIR/model-settings.sh"

case ${1:-} in
fintek) list=$FINTEK_MATRIX_SETTINGS groups=$FINTEK_MATRIX_GROUPS ;;
tpm) list=$TPM_MATRIX_SETTINGS groups=$TPM_MATRIX_GROUPS ;;
*) die "usage: model-matrix.sh fintek|tpm [SETTING...]" ;;
esac
shift
[ $# = 0 ] || list=$(IFS=';'; echo "$*")
log "settings: $list"
SIO_STEPS=boot SIO_KERNEL_ARGS="sio.settings=$list" \
	SIO_GROUPS=${SIO_GROUPS:-${groups//,/|}} \
	make -C "$REPO_DIR" -s check
