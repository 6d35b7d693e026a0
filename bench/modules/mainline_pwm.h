/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Forced include (-include) for mainline's drivers/pwm/pwm-imx-tpm.c, built
 * unmodified as mainline_pwm_imx_tpm.ko: its MMIO goes to the TPM model
 * registered for the device's base, through the same test hooks our driver
 * uses. The headers are included first, so that the driver's own includes
 * do not undo the redirections.
 */
#ifndef _BENCH_MAINLINE_PWM_H
#define _BENCH_MAINLINE_PWM_H

#include <linux/io.h>
#include <linux/platform_device.h>
#include <linux/pm.h>
#include <linux/processor.h>

#include "mainline_io.h"

#undef readl
#define readl(addr)		bench_readl(addr)
#undef writel
#define writel(val, addr)	bench_writel(val, addr)
#define devm_platform_ioremap_resource(pdev, index) bench_ioremap(pdev, index)

/*
 * The wait for MOD and CnV to latch spins on cpu_relax(). On silicon the
 * counter runs meanwhile; on a model with a manual clock nothing would, so
 * each turn of the loop lets model time pass (bench_relax()).
 */
#define cpu_relax()		bench_relax()

/*
 * The test kernel has no CONFIG_PM: keep the driver's suspend and resume,
 * so that the KUnit suite can call them through the driver's dev_pm_ops.
 */
#undef pm_ptr
#define pm_ptr(ptr)		(ptr)
#undef pm_sleep_ptr
#define pm_sleep_ptr(ptr)	(ptr)

#endif /* _BENCH_MAINLINE_PWM_H */
