/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * i.MX TPM PWM driver: what the driver and its KUnit suite share.
 */
#ifndef _PWM_IMX_TPM_H
#define _PWM_IMX_TPM_H

#define PWM_IMX_TPM_DRVNAME	"imx7ulp-tpm-pwm"

struct device;
struct pwm_chip;

#if IS_ENABLED(CONFIG_KUNIT)
int pwm_imx_tpm_suspend(struct device *dev);
int pwm_imx_tpm_resume(struct device *dev);
int pwm_imx_tpm_settle(struct pwm_chip *chip);
#endif

#endif /* _PWM_IMX_TPM_H */
