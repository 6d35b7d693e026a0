// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test hooks of the i.MX TPM PWM driver: a list of models, each standing in
 * for the TPM at one MMIO base. Only built with CONFIG_PWM_IMX_TPM_TEST_HOOKS;
 * a production build of the driver maps its registers and never calls here.
 */

#include <linux/device.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/ioport.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/regmap.h>

#include "pwm-imx-tpm-test-hooks.h"

static LIST_HEAD(backends);
static DEFINE_MUTEX(backends_lock);

static struct pwm_imx_tpm_backend *backend_at(phys_addr_t base)
{
	struct pwm_imx_tpm_backend *backend;

	lockdep_assert_held(&backends_lock);
	list_for_each_entry(backend, &backends, node)
		if (backend->base == base)
			return backend;
	return NULL;
}

static struct pwm_imx_tpm_backend *backend_of(struct platform_device *pdev)
{
	struct resource *res = platform_get_resource(pdev, IORESOURCE_MEM, 0);

	return res ? backend_at(res->start) : NULL;
}

/**
 * pwm_imx_tpm_backend_register() - let a model stand in for a TPM
 * @backend: the model's callbacks and the base it replaces
 *
 * TPM devices probed from now on at @backend->base use the model.
 *
 * Context: Process context.
 * Return: 0, or -EBUSY if a backend already stands in at that base.
 */
int pwm_imx_tpm_backend_register(struct pwm_imx_tpm_backend *backend)
{
	guard(mutex)(&backends_lock);

	if (backend_at(backend->base))
		return -EBUSY;
	list_add(&backend->node, &backends);
	return 0;
}
EXPORT_SYMBOL_NS_GPL(pwm_imx_tpm_backend_register, "PWM_IMX_TPM_TEST");

/**
 * pwm_imx_tpm_backend_unregister() - withdraw a model
 * @backend: as passed to pwm_imx_tpm_backend_register()
 *
 * A TPM device still bound to the model keeps using it: unbind it first.
 *
 * Context: Process context.
 */
void pwm_imx_tpm_backend_unregister(struct pwm_imx_tpm_backend *backend)
{
	guard(mutex)(&backends_lock);

	list_del(&backend->node);
}
EXPORT_SYMBOL_NS_GPL(pwm_imx_tpm_backend_unregister, "PWM_IMX_TPM_TEST");

static void backend_put(void *owner)
{
	module_put(owner);
}

static int backend_reg_read(void *context, unsigned int reg, unsigned int *val)
{
	struct pwm_imx_tpm_backend *backend = context;

	return backend->reg_read(backend->ctx, reg, val);
}

static int backend_reg_write(void *context, unsigned int reg, unsigned int val)
{
	struct pwm_imx_tpm_backend *backend = context;

	return backend->reg_write(backend->ctx, reg, val);
}

static const struct regmap_bus backend_bus = {
	.reg_read = backend_reg_read,
	.reg_write = backend_reg_write,
};

/**
 * pwm_imx_tpm_backend_regmap() - a regmap on the model standing in for a TPM
 * @pdev: the TPM device
 * @config: the driver's regmap configuration
 *
 * The model's module is held until @pdev is unbound.
 *
 * Context: Process context, from probe.
 * Return: the regmap, NULL if no model stands in for @pdev, or an ERR_PTR.
 */
struct regmap *pwm_imx_tpm_backend_regmap(struct platform_device *pdev,
					  const struct regmap_config *config)
{
	struct pwm_imx_tpm_backend *backend;
	int ret;

	scoped_guard(mutex, &backends_lock) {
		backend = backend_of(pdev);
		if (!backend)
			return NULL;
		if (!try_module_get(backend->owner))
			return ERR_PTR(-ENODEV);
	}

	ret = devm_add_action_or_reset(&pdev->dev, backend_put, backend->owner);
	if (ret)
		return ERR_PTR(ret);

	return devm_regmap_init(&pdev->dev, &backend_bus, backend, config);
}
EXPORT_SYMBOL_NS_GPL(pwm_imx_tpm_backend_regmap, "PWM_IMX_TPM_TEST");

/**
 * pwm_imx_tpm_backend_sleep() - let model time pass instead of sleeping
 * @pdev: the TPM device
 * @ns: how long the driver would sleep
 *
 * Context: Process context.
 * Return: true if a model took the time, false if the driver must sleep.
 */
bool pwm_imx_tpm_backend_sleep(struct platform_device *pdev, u64 ns)
{
	struct pwm_imx_tpm_backend *backend;

	guard(mutex)(&backends_lock);

	backend = backend_of(pdev);
	if (!backend || !backend->sleep)
		return false;
	backend->sleep(backend->ctx, ns);
	return true;
}
EXPORT_SYMBOL_NS_GPL(pwm_imx_tpm_backend_sleep, "PWM_IMX_TPM_TEST");

/*
 * Whether the backend keeps time of its own, which passes only where the
 * driver sleeps or a test lets it: the end of a period never comes in the
 * kernel's time.
 */
bool pwm_imx_tpm_backend_clocked(struct platform_device *pdev)
{
	struct pwm_imx_tpm_backend *backend;

	guard(mutex)(&backends_lock);

	backend = backend_of(pdev);
	return backend && backend->sleep;
}
EXPORT_SYMBOL_NS_GPL(pwm_imx_tpm_backend_clocked, "PWM_IMX_TPM_TEST");

MODULE_DESCRIPTION("Test hooks of the i.MX TPM PWM driver");
MODULE_LICENSE("GPL");
