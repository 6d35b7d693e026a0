# SPDX-License-Identifier: GPL-2.0
# The models' switches, where the sources are silent or disagree (the
# fidelity tables: Documentation/watchdog/fintek-sio-model.rst and
# Documentation/pwm/imx-tpm-model.rst). A driver must pass under every
# setting: make soak runs each model's suites once under each (guest/run.sh
# reads sio.settings=), tools/testing/model-matrix.sh on demand.
# Sourced by check.sh and model-matrix.sh.

# The Fintek model: when the tick falls, what WD_TIME reads back, the
# output's polarity, what WD_TIME = 0 does, and a reset of the platform.
FINTEK_MATRIX_GROUPS=fintek_sio_model_kunit,fintek_wdt_kunit
FINTEK_MATRIX_SETTINGS="default;tick=free;tick=free,tick_phase_ms=500;readback=left"
FINTEK_MATRIX_SETTINGS+=";polarity=low;polarity=high;zero_time=stops;zero_time=wraps"
FINTEK_MATRIX_SETTINGS+=";platform_reset=1"

# The TPM model: MOD's buffer keeping its last write rather than its first,
# a stop acknowledged at once or after 16 cycles rather than 3 (a "few" in
# the manual), and pause level select on instances that do not say.
TPM_MATRIX_GROUPS=imx_tpm_model_kunit,pwm_imx_tpm_kunit
TPM_MATRIX_SETTINGS="default;imx_tpm_model.mod_first_write=0"
TPM_MATRIX_SETTINGS+=";imx_tpm_model.ack_cycles=1;imx_tpm_model.ack_cycles=16"
TPM_MATRIX_SETTINGS+=";imx_tpm_model.pause_level_select=1"
