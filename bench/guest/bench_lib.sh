#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Source from a bench group: the models of driver_bench, the two drivers of
# each kind, and result lines "bench: run=R driver=D WHAT: KEY=VALUE..." on
# stdout (the results channel).

B=/sys/kernel/debug/driver_bench
TPM=/sys/bus/platform/devices

say() { echo "[guest] $*" > /dev/console; }

out() {	# out RUN DRIVER LINE...
	out_run=$1 out_drv=$2
	shift 2
	for line in "$@"; do
		echo "bench: run=$out_run driver=$out_drv $line"
	done
}

cmd() {	# cmd COMMAND: its result lines
	cmd_err=$({ echo "$*" > "$B"/cmd; } 2>&1) || {
		echo "error: '$*': $cmd_err"
		return 1
	}
	cat "$B"/cmd
}

pwm_module() { [ "$1" = ours ] && echo pwm_imx_tpm || echo mainline_pwm_imx_tpm; }
wdt_module() { [ "$1" = ours ] && echo fintek_wdt || echo mainline_f71808e_wdt; }

pwm_chip() {	# pwm_chip BASE: the pwmchip directory of the TPM at BASE
	ls -d "$TPM/$1.pwm/pwm/"pwmchip* 2>/dev/null | head -n 1
}

bench_up() {
	modprobe driver_bench || { echo "bench: error: driver_bench did not load"; exit 1; }
	modprobe superio
}
