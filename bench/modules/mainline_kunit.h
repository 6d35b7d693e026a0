/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Forced include (-include) for our PWM KUnit suite built against
 * mainline's driver (mainline_pwm_imx_tpm_kunit.ko). Two things in the
 * suite are our driver's internals rather than the PWM API, and are mapped
 * to what mainline offers for the same purpose:
 * - the driver data of the TPM device is our pwm_chip; mainline's is its
 *   private struct, so the chip is found as the device's child instead;
 * - our suspend and resume are exported for the suite; mainline's are
 *   reached through its dev_pm_ops;
 * - our settle, which lets the periods pass until the pins show what was
 *   applied, has nothing to do on mainline's, whose .apply() returns
 *   only once the TPM took its writes.
 */
#ifndef _BENCH_MAINLINE_KUNIT_H
#define _BENCH_MAINLINE_KUNIT_H

#include <linux/device.h>
#include <linux/platform_device.h>

#include "mainline_io.h"

#define pwm_imx_tpm_suspend	bench_suspend
#define pwm_imx_tpm_resume	bench_resume
#define pwm_imx_tpm_settle	bench_settle
#define platform_get_drvdata(pdev) bench_drvdata(&(pdev)->dev)
#define dev_get_drvdata(dev)	bench_drvdata(dev)

#endif /* _BENCH_MAINLINE_KUNIT_H */
