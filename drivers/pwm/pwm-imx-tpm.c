// SPDX-License-Identifier: GPL-2.0-only
/*
 * PWM driver for the NXP i.MX TPM (Low Power Timer/Pulse Width Modulation
 * Module) of the i.MX7ULP, i.MX8ULP, i.MX93 and i.MX95.
 *
 * The TPM has one counter, clocked by the module clock divided by 2^PS
 * (PS = 0..7), that counts from 0 to MOD and reloads 0, and up to 255
 * channels (PARAM) that compare it with their CnV. In edge-aligned mode a
 * channel's output goes active when the counter reloads 0 and inactive when
 * it reaches CnV: a period is MOD + 1 counts, the output is active for CnV
 * of them, CnV = 0 gives 0 % and CnV > MOD 100 %. While the counter runs,
 * MOD and CnV keep a written value in a buffer until the counter next
 * reloads 0; CnSC (mode and polarity) takes it at once.
 *
 * Limitations:
 * - All channels share the counter, hence the period. A period that needs
 *   other MOD or PS values is refused with -EBUSY while another channel is
 *   enabled.
 * - A new period or duty cycle takes effect at the end of the period in
 *   progress, and .apply() sleeps until then. If that end falls between the
 *   writes of MOD and CnV, one period has the new length and the old duty
 *   cycle.
 * - A period that needs another prescaler restarts the counter, which cuts
 *   the period in progress short.
 * - The polarity of an enabled channel cannot change (-EBUSY): the TPM
 *   would switch it in the middle of a period.
 * - A disabled channel does not drive its pin; the pin's level is then up
 *   to the pin configuration outside the TPM.
 * - Enabling a channel while the counter runs for another one starts the
 *   output in the middle of a period, so its first period can be short.
 * - The longest period is 65535 counts of the clock divided by 128, one
 *   count short of the counter's range, so that 100 % stays reachable.
 * - Only edge-aligned PWM: no centre-aligned, combined or dead-time modes.
 */

#include <linux/bitfield.h>
#include <linux/bitmap.h>
#include <linux/bits.h>
#include <linux/clk.h>
#include <linux/delay.h>
#include <linux/err.h>
#include <linux/math64.h>
#include <linux/minmax.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/of.h>
#include <linux/pinctrl/consumer.h>
#include <linux/platform_device.h>
#include <linux/pm.h>
#include <linux/pwm.h>
#include <linux/regmap.h>
#include <kunit/visibility.h>

#include "pwm-imx-tpm.h"
#include "pwm-imx-tpm-test-hooks.h"

#define PWM_IMX_TPM_PARAM	0x4
#define PWM_IMX_TPM_SC		0x10
#define PWM_IMX_TPM_CNT		0x14
#define PWM_IMX_TPM_MOD		0x18
#define PWM_IMX_TPM_CNSC(n)	(0x20 + (n) * 0x8)
#define PWM_IMX_TPM_CNV(n)	(0x24 + (n) * 0x8)

#define PWM_IMX_TPM_PARAM_CHAN			GENMASK(7, 0)

#define PWM_IMX_TPM_SC_PS			GENMASK(2, 0)
#define PWM_IMX_TPM_SC_CMOD			GENMASK(4, 3)
#define PWM_IMX_TPM_SC_CMOD_INC_EVERY_CLK	FIELD_PREP(PWM_IMX_TPM_SC_CMOD, 1)
#define PWM_IMX_TPM_SC_CPWMS			BIT(5)

#define PWM_IMX_TPM_CNSC_MSB			BIT(5)

/*
 * The reference manual describes ELSnB and ELSnA as two bits, but their
 * meanings are not independent, so they are one field here: 0 leaves the
 * pin alone, 2 (1:0) drives it active high, 1 and 3 (X:1) active low.
 */
#define PWM_IMX_TPM_CNSC_ELS			GENMASK(3, 2)
#define PWM_IMX_TPM_CNSC_ELS_INVERSED		FIELD_PREP_CONST(PWM_IMX_TPM_CNSC_ELS, 1)
#define PWM_IMX_TPM_CNSC_ELS_NORMAL		FIELD_PREP_CONST(PWM_IMX_TPM_CNSC_ELS, 2)

#define PWM_IMX_TPM_MOD_WIDTH		16
#define PWM_IMX_TPM_MOD_MOD		GENMASK(PWM_IMX_TPM_MOD_WIDTH - 1, 0)
#define PWM_IMX_TPM_MAX_PRESCALE	FIELD_MAX(PWM_IMX_TPM_SC_PS)
/* MOD + 1 counts, with MOD below its maximum so that CnV = MOD + 1 fits. */
#define PWM_IMX_TPM_MAX_COUNTS		PWM_IMX_TPM_MOD_MOD
#define PWM_IMX_TPM_MAX_CYCLES		\
	((u64)PWM_IMX_TPM_MAX_COUNTS << PWM_IMX_TPM_MAX_PRESCALE)
#define PWM_IMX_TPM_MAX_CHANNELS	255	/* PARAM.CHAN is 8 bits wide */

/* Cycles-to-ns conversions round up only if a cycle is at most 1 ns. */
#define PWM_IMX_TPM_MAX_RATE		NSEC_PER_SEC

/* Sleeps this long and longer are in whole milliseconds. */
#define PWM_IMX_TPM_MSLEEP_NS		(20 * NSEC_PER_MSEC)

/**
 * struct imx_tpm_pwm_chip - driver data of one TPM
 * @dev: the TPM device
 * @map: its registers
 * @clk: the module clock
 * @rate: rate of @clk in Hz, held exclusive
 * @lock: serialises register access with suspend and resume
 * @clk_enabled: @clk is prepared and enabled
 * @suspended: the registers are parked in @saved while @clk is off
 * @saved: register image while @suspended, indexed by offset / 4
 * @inversed: polarity last applied to each disabled channel, which the
 *	hardware has no place for
 */
struct imx_tpm_pwm_chip {
	struct device *dev;
	struct regmap *map;
	struct clk *clk;
	u32 rate;
	/* serialises register access with suspend and resume */
	struct mutex lock;
	bool clk_enabled;
	bool suspended;
	u32 *saved;
	unsigned long *inversed;
};

/**
 * struct imx_tpm_pwm_hw - what the registers say about one channel
 * @prescale: SC.PS
 * @running: the counter counts (SC.CMOD != 0)
 * @mod: MOD in use
 * @cnsc: the channel's CnSC
 * @cnv: the channel's CnV in use
 */
struct imx_tpm_pwm_hw {
	unsigned int prescale;
	bool running;
	u32 mod;
	u32 cnsc;
	u32 cnv;
};

/**
 * struct imx_tpm_pwm_param - register values that implement a state
 * @prescale: SC.PS
 * @mod: MOD
 * @val: CnV
 */
struct imx_tpm_pwm_param {
	unsigned int prescale;
	u32 mod;
	u32 val;
};

/* Polarity of a driven pin, by ELS; X:1 is active low. */
static const enum pwm_polarity pwm_imx_tpm_els_polarity[] = {
	[1] = PWM_POLARITY_INVERSED,
	[2] = PWM_POLARITY_NORMAL,
	[3] = PWM_POLARITY_INVERSED,
};

static const u32 pwm_imx_tpm_polarity_els[] = {
	[PWM_POLARITY_NORMAL] = PWM_IMX_TPM_CNSC_ELS_NORMAL,
	[PWM_POLARITY_INVERSED] = PWM_IMX_TPM_CNSC_ELS_INVERSED,
};

static inline struct imx_tpm_pwm_chip *
to_imx_tpm_pwm_chip(struct pwm_chip *chip)
{
	return pwmchip_get_drvdata(chip);
}

static bool pwm_imx_tpm_drives_pin(u32 cnsc)
{
	return FIELD_GET(PWM_IMX_TPM_CNSC_ELS, cnsc);
}

/* While suspended, the register image stands in for the gated hardware. */
static int pwm_imx_tpm_read(struct imx_tpm_pwm_chip *tpm, unsigned int reg,
			    u32 *val)
{
	if (tpm->suspended) {
		*val = tpm->saved[reg / 4];
		return 0;
	}
	return regmap_read(tpm->map, reg, val);
}

static int pwm_imx_tpm_write(struct imx_tpm_pwm_chip *tpm, unsigned int reg,
			     u32 val)
{
	if (tpm->suspended) {
		/* Any write clears CNT. */
		tpm->saved[reg / 4] = reg == PWM_IMX_TPM_CNT ? 0 : val;
		return 0;
	}
	return regmap_write(tpm->map, reg, val);
}

static u64 pwm_imx_tpm_cycles_to_ns(const struct imx_tpm_pwm_chip *tpm,
				    u64 cycles)
{
	return DIV_ROUND_UP_ULL(cycles * NSEC_PER_SEC, tpm->rate);
}

/* Rounded down; saturates past the longest period. */
static u64 pwm_imx_tpm_ns_to_cycles(const struct imx_tpm_pwm_chip *tpm, u64 ns)
{
	u64 longest_ns = PWM_IMX_TPM_MAX_CYCLES * NSEC_PER_SEC;

	return mul_u64_u32_div(min(ns, longest_ns), tpm->rate, NSEC_PER_SEC);
}

static int pwm_imx_tpm_read_hw(struct imx_tpm_pwm_chip *tpm,
			       unsigned int hwpwm, struct imx_tpm_pwm_hw *hw)
{
	u32 sc;
	int ret;

	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_SC, &sc);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_MOD, &hw->mod);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNSC(hwpwm), &hw->cnsc);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNV(hwpwm), &hw->cnv);
	if (ret)
		return ret;

	hw->prescale = FIELD_GET(PWM_IMX_TPM_SC_PS, sc);
	hw->running = FIELD_GET(PWM_IMX_TPM_SC_CMOD, sc);
	hw->mod &= PWM_IMX_TPM_MOD_MOD;
	hw->cnv &= PWM_IMX_TPM_MOD_MOD;
	return 0;
}

/* Whether a channel other than @hwpwm drives its pin. */
static int pwm_imx_tpm_others_enabled(struct pwm_chip *chip,
				      unsigned int hwpwm, bool *enabled)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	unsigned int i;
	u32 cnsc;
	int ret;

	*enabled = false;
	for (i = 0; i < chip->npwm && !*enabled; i++) {
		if (i == hwpwm)
			continue;
		ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNSC(i), &cnsc);
		if (ret)
			return ret;
		*enabled = pwm_imx_tpm_drives_pin(cnsc);
	}
	return 0;
}

static int pwm_imx_tpm_get_state(struct pwm_chip *chip,
				 struct pwm_device *pwm,
				 struct pwm_state *state)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	struct imx_tpm_pwm_hw hw;
	u32 counts, duty_counts;
	int ret;

	guard(mutex)(&tpm->lock);

	ret = pwm_imx_tpm_read_hw(tpm, pwm->hwpwm, &hw);
	if (ret)
		return ret;

	counts = hw.mod + 1;
	duty_counts = hw.cnv > hw.mod ? counts : hw.cnv;
	state->period = pwm_imx_tpm_cycles_to_ns(tpm, (u64)counts << hw.prescale);
	state->duty_cycle = pwm_imx_tpm_cycles_to_ns(tpm,
						     (u64)duty_counts << hw.prescale);
	state->enabled = pwm_imx_tpm_drives_pin(hw.cnsc);
	if (state->enabled)
		state->polarity = pwm_imx_tpm_els_polarity[FIELD_GET(PWM_IMX_TPM_CNSC_ELS,
								      hw.cnsc)];
	else
		state->polarity = test_bit(pwm->hwpwm, tpm->inversed) ?
				  PWM_POLARITY_INVERSED : PWM_POLARITY_NORMAL;
	return 0;
}

/*
 * The register values for @state: the longest period and then the longest
 * duty cycle the TPM can make that are not longer than requested, or why it
 * cannot make @state now.
 */
static int pwm_imx_tpm_round_state(struct pwm_chip *chip,
				   struct pwm_device *pwm,
				   const struct pwm_state *state,
				   const struct imx_tpm_pwm_hw *hw,
				   struct imx_tpm_pwm_param *p)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	u64 cycles = pwm_imx_tpm_ns_to_cycles(tpm, state->period);
	u64 duty_cycles;
	unsigned int prescale;
	bool others_enabled;
	u32 counts;
	int ret;

	if (pwm_imx_tpm_drives_pin(hw->cnsc) &&
	    pwm_imx_tpm_els_polarity[FIELD_GET(PWM_IMX_TPM_CNSC_ELS, hw->cnsc)] !=
	    state->polarity)
		return -EBUSY;

	if (!cycles)
		return -EINVAL;

	/* The smallest prescaler that fits gives the finest steps. */
	prescale = min_t(unsigned int, fls64(cycles >> PWM_IMX_TPM_MOD_WIDTH),
			 PWM_IMX_TPM_MAX_PRESCALE);
	counts = min_t(u64, cycles >> prescale, PWM_IMX_TPM_MAX_COUNTS);

	/* The same period on the running prescaler needs no restart. */
	if (hw->running && hw->mod < PWM_IMX_TPM_MAX_COUNTS &&
	    (u64)(hw->mod + 1) << hw->prescale == (u64)counts << prescale) {
		prescale = hw->prescale;
		counts = hw->mod + 1;
	}

	if (prescale != hw->prescale || counts - 1 != hw->mod) {
		ret = pwm_imx_tpm_others_enabled(chip, pwm->hwpwm,
						 &others_enabled);
		if (ret)
			return ret;
		if (others_enabled)
			return -EBUSY;
	}

	p->prescale = prescale;
	p->mod = counts - 1;
	duty_cycles = pwm_imx_tpm_ns_to_cycles(tpm, min(state->duty_cycle,
							state->period));
	/* CnV > MOD never matches: 100 %. */
	p->val = min_t(u64, duty_cycles >> prescale, counts);
	return 0;
}

static void pwm_imx_tpm_sleep(struct imx_tpm_pwm_chip *tpm, u64 ns)
{
	if (pwm_imx_tpm_backend_sleep(to_platform_device(tpm->dev), ns))
		return;

	if (ns < PWM_IMX_TPM_MSLEEP_NS) {
		unsigned long us = DIV_ROUND_UP_ULL(ns, NSEC_PER_USEC);

		usleep_range(us, us + us / 8 + 1);
	} else {
		msleep(DIV_ROUND_UP_ULL(ns, NSEC_PER_MSEC));
	}
}

/*
 * MOD and CnV take written values when the counter next reloads 0: sleep
 * until then. A counter that does not get there within one more period is
 * broken.
 */
static int pwm_imx_tpm_wait_latch(struct imx_tpm_pwm_chip *tpm,
				  unsigned int hwpwm,
				  const struct imx_tpm_pwm_hw *hw,
				  const struct imx_tpm_pwm_param *p)
{
	u64 period_ns = pwm_imx_tpm_cycles_to_ns(tpm, (u64)(hw->mod + 1) <<
						 hw->prescale);
	u64 waited = 0, budget = 0, wait;
	u32 mod, cnv, cnt, counts;
	int ret;

	if (tpm->suspended)
		return 0;

	for (;;) {
		ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_MOD, &mod);
		if (ret)
			return ret;
		ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNV(hwpwm), &cnv);
		if (ret)
			return ret;
		if (mod == p->mod && cnv == p->val)
			return 0;

		ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNT, &cnt);
		if (ret)
			return ret;
		/* A count above MOD runs on to the counter's end first. */
		cnt &= PWM_IMX_TPM_MOD_MOD;
		mod &= PWM_IMX_TPM_MOD_MOD;
		counts = cnt <= mod ? mod - cnt + 1 :
			 PWM_IMX_TPM_MOD_MOD - cnt + 1;
		wait = pwm_imx_tpm_cycles_to_ns(tpm, (u64)counts << hw->prescale);

		if (!budget)
			budget = wait + period_ns;
		else
			wait = max(wait, budget / 8);
		if (waited >= budget)
			return -ETIMEDOUT;

		pwm_imx_tpm_sleep(tpm, wait);
		waited += wait;
	}
}

/* With the counter stopped, MOD and CnV take their values at once. */
static int pwm_imx_tpm_start(struct imx_tpm_pwm_chip *tpm, unsigned int hwpwm,
			     const struct imx_tpm_pwm_param *p, u32 cnsc)
{
	u32 sc = FIELD_PREP(PWM_IMX_TPM_SC_PS, p->prescale);
	int ret;

	ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC, sc);
	if (ret)
		return ret;
	/* Else a count above the new MOD would run on to the counter's end. */
	ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNT, 0);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_MOD, p->mod);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNV(hwpwm), p->val);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNSC(hwpwm), cnsc);
	if (ret)
		return ret;
	return pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC,
				 sc | PWM_IMX_TPM_SC_CMOD_INC_EVERY_CLK);
}

/* The counter runs on: MOD and CnV change at the end of this period. */
static int pwm_imx_tpm_update(struct imx_tpm_pwm_chip *tpm, unsigned int hwpwm,
			      const struct imx_tpm_pwm_hw *hw,
			      const struct imx_tpm_pwm_param *p)
{
	int ret = 0;

	if (p->mod == hw->mod && p->val == hw->cnv)
		return 0;

	if (p->mod != hw->mod)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_MOD, p->mod);
	if (!ret && p->val != hw->cnv)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNV(hwpwm), p->val);
	if (!ret)
		ret = pwm_imx_tpm_wait_latch(tpm, hwpwm, hw, p);
	if (ret) {
		/* Put the old values back in the buffers, for the next reload. */
		pwm_imx_tpm_write(tpm, PWM_IMX_TPM_MOD, hw->mod);
		pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNV(hwpwm), hw->cnv);
	}
	return ret;
}

static int pwm_imx_tpm_apply_hw(struct pwm_chip *chip,
				struct pwm_device *pwm,
				const struct pwm_state *state,
				const struct imx_tpm_pwm_hw *hw,
				const struct imx_tpm_pwm_param *p)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	u32 cnsc = PWM_IMX_TPM_CNSC_MSB | pwm_imx_tpm_polarity_els[state->polarity];
	int ret;

	if (!hw->running || p->prescale != hw->prescale)
		return pwm_imx_tpm_start(tpm, pwm->hwpwm, p, cnsc);

	ret = pwm_imx_tpm_update(tpm, pwm->hwpwm, hw, p);
	if (ret || hw->cnsc == cnsc)
		return ret;
	/* Only now: the pin shows the new duty cycle from its first period. */
	return pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNSC(pwm->hwpwm), cnsc);
}

/* The TPM lets go of the pin; the last channel to go stops the counter. */
static int pwm_imx_tpm_disable(struct pwm_chip *chip, struct pwm_device *pwm,
			       const struct pwm_state *state,
			       const struct imx_tpm_pwm_hw *hw)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	bool others_enabled;
	int ret;

	ret = pwm_imx_tpm_others_enabled(chip, pwm->hwpwm, &others_enabled);
	if (ret)
		return ret;

	if (hw->cnsc) {
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNSC(pwm->hwpwm), 0);
		if (ret)
			return ret;
	}
	if (hw->running && !others_enabled) {
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC,
					FIELD_PREP(PWM_IMX_TPM_SC_PS, hw->prescale));
		if (ret)
			return ret;
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNT, 0);
		if (ret)
			return ret;
	}

	assign_bit(pwm->hwpwm, tpm->inversed,
		   state->polarity == PWM_POLARITY_INVERSED);
	return 0;
}

static int pwm_imx_tpm_apply(struct pwm_chip *chip, struct pwm_device *pwm,
			     const struct pwm_state *state)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	struct imx_tpm_pwm_param param;
	struct imx_tpm_pwm_hw hw;
	int ret;

	guard(mutex)(&tpm->lock);

	ret = pwm_imx_tpm_read_hw(tpm, pwm->hwpwm, &hw);
	if (ret)
		return ret;

	if (!state->enabled)
		return pwm_imx_tpm_disable(chip, pwm, state, &hw);

	ret = pwm_imx_tpm_round_state(chip, pwm, state, &hw, &param);
	if (ret)
		return ret;

	return pwm_imx_tpm_apply_hw(chip, pwm, state, &hw, &param);
}

static const struct pwm_ops imx_tpm_pwm_ops = {
	.get_state = pwm_imx_tpm_get_state,
	.apply = pwm_imx_tpm_apply,
};

static const struct regmap_config pwm_imx_tpm_regmap_config = {
	.reg_bits = 32,
	.val_bits = 32,
	.reg_stride = 4,
	.max_register = PWM_IMX_TPM_CNV(PWM_IMX_TPM_MAX_CHANNELS - 1),
};

static struct regmap *pwm_imx_tpm_init_regmap(struct platform_device *pdev)
{
	void __iomem *base;
	struct regmap *map;

	map = pwm_imx_tpm_backend_regmap(pdev, &pwm_imx_tpm_regmap_config);
	if (map)
		return map;

	base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(base))
		return ERR_CAST(base);
	return devm_regmap_init_mmio(&pdev->dev, base, &pwm_imx_tpm_regmap_config);
}

static void pwm_imx_tpm_clk_disable(void *data)
{
	struct imx_tpm_pwm_chip *tpm = data;

	if (tpm->clk_enabled)
		clk_disable_unprepare(tpm->clk);
}

static int pwm_imx_tpm_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct imx_tpm_pwm_chip *tpm;
	struct pwm_chip *chip;
	unsigned long rate;
	unsigned int npwm;
	struct regmap *map;
	struct clk *clk;
	u32 param;
	int ret;

	map = pwm_imx_tpm_init_regmap(pdev);
	if (IS_ERR(map))
		return dev_err_probe(dev, PTR_ERR(map), "failed to map registers\n");

	clk = devm_clk_get(dev, NULL);
	if (IS_ERR(clk))
		return dev_err_probe(dev, PTR_ERR(clk), "failed to get PWM clock\n");

	ret = devm_clk_rate_exclusive_get(dev, clk);
	if (ret)
		return dev_err_probe(dev, ret, "failed to lock the clock rate\n");

	rate = clk_get_rate(clk);
	if (!rate || rate > PWM_IMX_TPM_MAX_RATE)
		return dev_err_probe(dev, -EINVAL,
				     "clock rate %lu Hz not supported\n", rate);

	ret = clk_prepare_enable(clk);
	if (ret)
		return dev_err_probe(dev, ret, "failed to enable PWM clock\n");

	ret = regmap_read(map, PWM_IMX_TPM_PARAM, &param);
	if (ret) {
		dev_err_probe(dev, ret, "failed to read the channel count\n");
		goto err_clk_disable;
	}
	npwm = FIELD_GET(PWM_IMX_TPM_PARAM_CHAN, param);
	if (!npwm) {
		ret = dev_err_probe(dev, -ENODEV, "TPM has no channel\n");
		goto err_clk_disable;
	}

	chip = devm_pwmchip_alloc(dev, npwm, sizeof(*tpm));
	if (IS_ERR(chip)) {
		ret = PTR_ERR(chip);
		goto err_clk_disable;
	}
	tpm = to_imx_tpm_pwm_chip(chip);
	tpm->dev = dev;
	tpm->map = map;
	tpm->clk = clk;
	tpm->rate = rate;
	tpm->clk_enabled = true;
	ret = devm_add_action_or_reset(dev, pwm_imx_tpm_clk_disable, tpm);
	if (ret)
		return ret;

	tpm->saved = devm_kcalloc(dev, PWM_IMX_TPM_CNV(npwm - 1) / 4 + 1,
				  sizeof(*tpm->saved), GFP_KERNEL);
	tpm->inversed = devm_bitmap_zalloc(dev, npwm, GFP_KERNEL);
	if (!tpm->saved || !tpm->inversed)
		return -ENOMEM;

	ret = devm_mutex_init(dev, &tpm->lock);
	if (ret)
		return ret;

	chip->ops = &imx_tpm_pwm_ops;
	platform_set_drvdata(pdev, chip);

	ret = devm_pwmchip_add(dev, chip);
	if (ret)
		return dev_err_probe(dev, ret, "failed to add PWM chip\n");

	return 0;

err_clk_disable:
	clk_disable_unprepare(clk);
	return ret;
}

/* The registers a restore needs, in the image, while the clock is on. */
static int pwm_imx_tpm_save(struct pwm_chip *chip)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	unsigned int i, reg;
	int ret;

	for (reg = PWM_IMX_TPM_SC; reg <= PWM_IMX_TPM_CNV(chip->npwm - 1); reg += 4) {
		if (reg == PWM_IMX_TPM_CNT)
			continue;
		ret = regmap_read(tpm->map, reg, &tpm->saved[reg / 4]);
		if (ret)
			return ret;
	}
	for (i = 0; i < chip->npwm; i++)
		tpm->saved[PWM_IMX_TPM_CNV(i) / 4] &= PWM_IMX_TPM_MOD_MOD;
	return 0;
}

/* From the image, with the counter stopped so that all takes effect now. */
static int pwm_imx_tpm_restore(struct pwm_chip *chip)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	u32 sc = tpm->saved[PWM_IMX_TPM_SC / 4];
	unsigned int i;
	int ret;

	ret = regmap_write(tpm->map, PWM_IMX_TPM_SC, sc & ~PWM_IMX_TPM_SC_CMOD);
	if (ret)
		return ret;
	ret = regmap_write(tpm->map, PWM_IMX_TPM_CNT, 0);
	if (ret)
		return ret;
	ret = regmap_write(tpm->map, PWM_IMX_TPM_MOD,
			   tpm->saved[PWM_IMX_TPM_MOD / 4]);
	if (ret)
		return ret;
	for (i = 0; i < chip->npwm; i++) {
		ret = regmap_write(tpm->map, PWM_IMX_TPM_CNV(i),
				   tpm->saved[PWM_IMX_TPM_CNV(i) / 4]);
		if (ret)
			return ret;
		ret = regmap_write(tpm->map, PWM_IMX_TPM_CNSC(i),
				   tpm->saved[PWM_IMX_TPM_CNSC(i) / 4]);
		if (ret)
			return ret;
	}
	return regmap_write(tpm->map, PWM_IMX_TPM_SC, sc);
}

/**
 * pwm_imx_tpm_suspend() - park the registers and stop the module clock
 * @dev: the TPM device
 *
 * Enabled channels are saved with the rest. Until resume, .apply() and
 * .get_state() work on the saved image and do not touch the hardware.
 *
 * Context: Process context; takes the chip's lock.
 * Return: 0, or the error of a register read or of the pin configuration.
 */
VISIBLE_IF_KUNIT int pwm_imx_tpm_suspend(struct device *dev)
{
	struct pwm_chip *chip = dev_get_drvdata(dev);
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	int ret;

	guard(mutex)(&tpm->lock);

	ret = pwm_imx_tpm_save(chip);
	if (ret)
		return ret;
	ret = pinctrl_pm_select_sleep_state(dev);
	if (ret)
		return ret;

	clk_disable_unprepare(tpm->clk);
	tpm->clk_enabled = false;
	tpm->suspended = true;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(pwm_imx_tpm_suspend);

/**
 * pwm_imx_tpm_resume() - restart the module clock and restore the registers
 * @dev: the TPM device
 *
 * The registers get the saved image, with whatever .apply() changed in it
 * while suspended.
 *
 * Context: Process context; takes the chip's lock.
 * Return: 0, or the error of the pin configuration, the clock or a
 * register write.
 */
VISIBLE_IF_KUNIT int pwm_imx_tpm_resume(struct device *dev)
{
	struct pwm_chip *chip = dev_get_drvdata(dev);
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	int ret;

	guard(mutex)(&tpm->lock);

	ret = pinctrl_pm_select_default_state(dev);
	if (ret)
		return ret;
	ret = clk_prepare_enable(tpm->clk);
	if (ret)
		return ret;

	tpm->clk_enabled = true;
	tpm->suspended = false;
	return pwm_imx_tpm_restore(chip);
}
EXPORT_SYMBOL_IF_KUNIT(pwm_imx_tpm_resume);

static DEFINE_SIMPLE_DEV_PM_OPS(pwm_imx_tpm_pm, pwm_imx_tpm_suspend,
				pwm_imx_tpm_resume);

static const struct of_device_id imx_tpm_pwm_dt_ids[] = {
	{ .compatible = "fsl,imx7ulp-pwm", },
	{ /* sentinel */ }
};
MODULE_DEVICE_TABLE(of, imx_tpm_pwm_dt_ids);

static struct platform_driver imx_tpm_pwm_driver = {
	.driver = {
		.name = PWM_IMX_TPM_DRVNAME,
		.of_match_table = imx_tpm_pwm_dt_ids,
		.pm = pm_sleep_ptr(&pwm_imx_tpm_pm),
	},
	.probe = pwm_imx_tpm_probe,
};
module_platform_driver(imx_tpm_pwm_driver);

MODULE_DESCRIPTION("i.MX TPM PWM driver");
MODULE_AUTHOR("Seed 78ab7773 maintainers <maintainers@users.noreply.r-seed-78ab7773.example>");
MODULE_LICENSE("GPL");
#if IS_ENABLED(CONFIG_PWM_IMX_TPM_TEST_HOOKS)
MODULE_IMPORT_NS(PWM_IMX_TPM_TEST);
#endif
