/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The benchmark's build of mainline's drivers: what the forced includes
 * (mainline_pwm.h, mainline_wdt.h, mainline_kunit.h) redirect to, so that
 * unmodified mainline sources run on our models. Tests only.
 */
#ifndef _BENCH_MAINLINE_IO_H
#define _BENCH_MAINLINE_IO_H

#include <linux/compiler_types.h>
#include <linux/types.h>

struct device;
struct platform_device;
struct pwm_chip;

void __iomem *bench_ioremap(struct platform_device *pdev, unsigned int index);
u32 bench_readl(const void __iomem *addr);
void bench_writel(u32 val, void __iomem *addr);
void bench_relax(void);
void *bench_drvdata(struct device *dev);
int bench_suspend(struct device *dev);
int bench_resume(struct device *dev);
int bench_settle(struct pwm_chip *chip);

#endif /* _BENCH_MAINLINE_IO_H */
