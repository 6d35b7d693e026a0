// SPDX-License-Identifier: GPL-2.0-only
/*
 * What the benchmark's build of mainline's pwm-imx-tpm.c calls instead of
 * MMIO: each TPM device whose base has a model behind our driver's test
 * hooks gets a cookie in place of an ioremap()ed address, and readl() and
 * writel() on the cookie become regmap accesses to the model, the path our
 * driver's accesses take. Tests only.
 */

#include <linux/device.h>
#include <linux/err.h>
#include <linux/io.h>
#include <linux/ktime.h>
#include <linux/list.h>
#include <linux/minmax.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/pm.h>
#include <linux/pwm.h>
#include <linux/regmap.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "pwm-imx-tpm-test-hooks.h"
#include "mainline_io.h"

/* The TPM's register file: up to 255 channels (PARAM.CHAN is 8 bits). */
#define BENCH_TPM_LAST_REG	(0x24 + 254 * 8)

/* Model time the first turn of a busy-wait lets pass; it doubles per turn. */
#define BENCH_SPIN_FIRST_NS	NSEC_PER_USEC
#define BENCH_SPIN_MAX_NS	NSEC_PER_SEC

/**
 * struct bench_mmio - a TPM device of mainline's driver, on a model
 * @node: in bench_mmios
 * @cookie: what mainline's driver holds as its register base
 * @size: size of the register window
 * @map: regmap on the model
 * @pdev: the TPM device
 * @spin_ns: model time the last turn of a busy-wait let pass; 0 after a
 *	write, so each wait starts small
 * @spin_mark: kernel time of the last write or turn
 */
struct bench_mmio {
	struct list_head node;
	void *cookie;
	resource_size_t size;
	struct regmap *map;
	struct platform_device *pdev;
	u64 spin_ns;
	u64 spin_mark;
};

static LIST_HEAD(bench_mmios);
static DEFINE_SPINLOCK(bench_mmio_lock);
/* The device of the last access: the one a busy-wait waits for. */
static struct bench_mmio *bench_last;

static const struct regmap_config bench_regmap_config = {
	.reg_bits = 32,
	.val_bits = 32,
	.reg_stride = 4,
	.max_register = BENCH_TPM_LAST_REG,
};

static struct bench_mmio *bench_find(const void __iomem *addr,
				     unsigned int *reg)
{
	const void *p = (__force const void *)addr;
	struct bench_mmio *m, *found = NULL;
	unsigned long flags;

	spin_lock_irqsave(&bench_mmio_lock, flags);
	list_for_each_entry(m, &bench_mmios, node) {
		if (p >= m->cookie && p < m->cookie + m->size) {
			*reg = p - m->cookie;
			found = m;
			break;
		}
	}
	spin_unlock_irqrestore(&bench_mmio_lock, flags);
	return found;
}

static void bench_mmio_remove(void *data)
{
	struct bench_mmio *m = data;
	unsigned long flags;

	spin_lock_irqsave(&bench_mmio_lock, flags);
	list_del(&m->node);
	if (bench_last == m)
		bench_last = NULL;
	spin_unlock_irqrestore(&bench_mmio_lock, flags);
}

/**
 * bench_ioremap() - devm_platform_ioremap_resource() on a model
 * @pdev: the TPM device
 * @index: index of its memory resource
 *
 * Return: a cookie for bench_readl() and bench_writel() if a model stands
 * in at the resource's base, else what devm_platform_ioremap_resource()
 * returns.
 */
void __iomem *bench_ioremap(struct platform_device *pdev, unsigned int index)
{
	struct resource *res = platform_get_resource(pdev, IORESOURCE_MEM, index);
	struct device *dev = &pdev->dev;
	struct bench_mmio *m;
	unsigned long flags;
	struct regmap *map;

	if (!res || index)
		return devm_platform_ioremap_resource(pdev, index);
	map = pwm_imx_tpm_backend_regmap(pdev, &bench_regmap_config);
	if (IS_ERR(map))
		return (__force void __iomem *)map;
	if (!map)
		return devm_platform_ioremap_resource(pdev, index);

	m = devm_kzalloc(dev, sizeof(*m), GFP_KERNEL);
	if (!m)
		return IOMEM_ERR_PTR(-ENOMEM);
	m->size = resource_size(res);
	/* Only its address range is used, as a unique key. */
	m->cookie = devm_kzalloc(dev, m->size, GFP_KERNEL);
	if (!m->cookie)
		return IOMEM_ERR_PTR(-ENOMEM);
	m->map = map;
	m->pdev = pdev;
	m->spin_mark = ktime_get_ns();

	spin_lock_irqsave(&bench_mmio_lock, flags);
	list_add(&m->node, &bench_mmios);
	spin_unlock_irqrestore(&bench_mmio_lock, flags);
	if (devm_add_action_or_reset(dev, bench_mmio_remove, m))
		return IOMEM_ERR_PTR(-ENOMEM);
	return (__force void __iomem *)m->cookie;
}
EXPORT_SYMBOL_GPL(bench_ioremap);

/**
 * bench_readl() - readl() for mainline's driver
 * @addr: a cookie from bench_ioremap() plus a register offset
 *
 * Return: the model's register, or readl() of @addr if no model is there.
 */
u32 bench_readl(const void __iomem *addr)
{
	unsigned int reg, val = 0;
	struct bench_mmio *m = bench_find(addr, &reg);

	if (!m)
		return readl(addr);
	regmap_read(m->map, reg, &val);
	WRITE_ONCE(bench_last, m);
	return val;
}
EXPORT_SYMBOL_GPL(bench_readl);

/**
 * bench_writel() - writel() for mainline's driver
 * @val: the value
 * @addr: a cookie from bench_ioremap() plus a register offset
 */
void bench_writel(u32 val, void __iomem *addr)
{
	unsigned int reg;
	struct bench_mmio *m = bench_find(addr, &reg);

	if (!m) {
		writel(val, addr);
		return;
	}
	regmap_write(m->map, reg, val);
	m->spin_ns = 0;
	m->spin_mark = ktime_get_ns();
	WRITE_ONCE(bench_last, m);
}
EXPORT_SYMBOL_GPL(bench_writel);

/**
 * bench_relax() - cpu_relax() for mainline's driver
 *
 * A busy-wait on a model with a manual clock would never see the counter
 * move, where silicon counts on while the CPU spins: each turn lets model
 * time pass, 1 us on the first turn after a write and twice the last turn's
 * after that (at most 1 s), so that a wait for a period of P ns ends after
 * about log2(P / 1 us) turns; and never less than the real time since the
 * last turn, so that the driver's own timeout, in jiffies, does not expire
 * before the model's period on a slow machine. Models on the kernel's
 * clock need nothing: the spin takes real time, as on silicon.
 */
void bench_relax(void)
{
	struct bench_mmio *m = READ_ONCE(bench_last);
	u64 now = ktime_get_ns();

	cpu_relax();
	if (!m)
		return;
	m->spin_ns = clamp(m->spin_ns * 2, BENCH_SPIN_FIRST_NS, BENCH_SPIN_MAX_NS);
	m->spin_ns = max(m->spin_ns, now - m->spin_mark);
	m->spin_mark = now;
	pwm_imx_tpm_backend_sleep(m->pdev, m->spin_ns);
}
EXPORT_SYMBOL_GPL(bench_relax);

static int bench_is_pwmchip(struct device *dev, void *unused)
{
	return dev->class && !strcmp(dev->class->name, "pwm");
}

/**
 * bench_drvdata() - the PWM chip of a PWM device, whatever its driver data
 * @dev: a device
 *
 * Return: the pwm_chip @dev provides, or dev_get_drvdata() if none.
 */
void *bench_drvdata(struct device *dev)
{
	struct device *child = device_find_child(dev, NULL, bench_is_pwmchip);

	if (!child)
		return dev_get_drvdata(dev);
	put_device(child);
	return container_of(child, struct pwm_chip, dev);
}
EXPORT_SYMBOL_GPL(bench_drvdata);

/**
 * bench_suspend() - the system suspend callback of @dev's driver
 * @dev: a bound device
 *
 * Return: what the callback returns, or -EOPNOTSUPP if there is none.
 */
int bench_suspend(struct device *dev)
{
	const struct dev_pm_ops *pm = dev->driver ? dev->driver->pm : NULL;

	return pm && pm->suspend ? pm->suspend(dev) : -EOPNOTSUPP;
}
EXPORT_SYMBOL_GPL(bench_suspend);

/**
 * bench_resume() - the system resume callback of @dev's driver
 * @dev: a bound device
 *
 * Return: what the callback returns, or -EOPNOTSUPP if there is none.
 */
int bench_resume(struct device *dev)
{
	const struct dev_pm_ops *pm = dev->driver ? dev->driver->pm : NULL;

	return pm && pm->resume ? pm->resume(dev) : -EOPNOTSUPP;
}
EXPORT_SYMBOL_GPL(bench_resume);

/**
 * bench_settle() - let the pins of @chip show what was applied
 * @chip: a PWM chip of mainline's driver
 *
 * Mainline's .apply() waits until the TPM took its writes: nothing to do.
 *
 * Return: 0.
 */
int bench_settle(struct pwm_chip *chip)
{
	return 0;
}
EXPORT_SYMBOL_GPL(bench_settle);

MODULE_DESCRIPTION("Benchmark: mainline's TPM PWM driver on the TPM model");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("PWM_IMX_TPM_TEST");
