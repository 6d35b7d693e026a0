#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Before our PWM KUnit suite runs on mainline's driver: that driver, which
# the suite does not link against.
modprobe mainline_pwm_imx_tpm
