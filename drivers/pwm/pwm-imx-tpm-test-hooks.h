/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Test hooks of the i.MX TPM PWM driver: with CONFIG_PWM_IMX_TPM_TEST_HOOKS a
 * model registered for a TPM's MMIO base stands in for its registers and
 * for the time the driver sleeps. Without it they compile to nothing, and
 * the driver maps the registers as usual.
 */
#ifndef _PWM_IMX_TPM_TEST_HOOKS_H
#define _PWM_IMX_TPM_TEST_HOOKS_H

#include <linux/list.h>
#include <linux/regmap.h>
#include <linux/types.h>

struct module;
struct platform_device;

/**
 * struct pwm_imx_tpm_backend - stands in for one TPM in tests
 * @base: physical address of the TPM registers the backend replaces
 * @reg_read: read a register, as regmap's reg_read callback
 * @reg_write: write a register, as regmap's reg_write callback
 * @sleep: let @ns of the backend's time pass where the driver would sleep;
 *	NULL if the backend runs on the kernel's clock
 * @ctx: passed back to the callbacks
 * @owner: module of the callbacks, held while a TPM device uses them
 * @node: in the list of backends; owned by the hooks
 */
struct pwm_imx_tpm_backend {
	phys_addr_t base;
	int (*reg_read)(void *ctx, unsigned int reg, unsigned int *val);
	int (*reg_write)(void *ctx, unsigned int reg, unsigned int val);
	void (*sleep)(void *ctx, u64 ns);
	void *ctx;
	struct module *owner;
	struct list_head node;
};

#if IS_ENABLED(CONFIG_PWM_IMX_TPM_TEST_HOOKS)
int pwm_imx_tpm_backend_register(struct pwm_imx_tpm_backend *backend);
void pwm_imx_tpm_backend_unregister(struct pwm_imx_tpm_backend *backend);
struct regmap *pwm_imx_tpm_backend_regmap(struct platform_device *pdev,
					  const struct regmap_config *config);
bool pwm_imx_tpm_backend_sleep(struct platform_device *pdev, u64 ns);
bool pwm_imx_tpm_backend_clocked(struct platform_device *pdev);
#else
static inline struct regmap *
pwm_imx_tpm_backend_regmap(struct platform_device *pdev,
			   const struct regmap_config *config)
{
	return NULL;
}

static inline bool pwm_imx_tpm_backend_sleep(struct platform_device *pdev,
					     u64 ns)
{
	return false;
}

static inline bool pwm_imx_tpm_backend_clocked(struct platform_device *pdev)
{
	return false;
}
#endif

#endif /* _PWM_IMX_TPM_TEST_HOOKS_H */
