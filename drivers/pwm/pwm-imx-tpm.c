// SPDX-License-Identifier: GPL-2.0-only
/*
 * Copyright 2018-2019 NXP.
 *
 * PWM driver for the NXP i.MX TPM (Low Power Timer/Pulse Width Modulation
 * Module) of the i.MX7ULP, i.MX8ULP, i.MX93 and i.MX95.
 *
 * The TPM has one counter, clocked by the module clock divided by 2^PS
 * (PS = 0..7), that counts from 0 to MOD and reloads 0, and up to 8
 * channels (PARAM) that compare it with their CnV. In edge-aligned mode a
 * channel's output goes active when the counter reloads 0 and inactive when
 * it reaches CnV: a period is MOD + 1 counts, the output is active for CnV
 * of them, CnV = 0 gives 0 % and CnV > MOD 100 %. While the counter runs,
 * MOD and CnV keep a written value in a buffer until the counter next
 * reloads 0; CnSC (mode and polarity) takes it at once.
 *
 * Limitations:
 * - All channels share the counter, hence the period: a period that needs
 *   other MOD or PS values is refused with -EBUSY while another channel is
 *   enabled, or about to be.
 * - A new period or duty cycle takes effect at the end of the period in
 *   progress; .apply() returns before. The TPM ignores a second write
 *   before then, so a change made within the same period is written by the
 *   driver after that end, and takes effect at the end of a later period.
 *   If that later write fails (not on MMIO), the change is lost in part or
 *   whole, with an error logged: .get_state() reports what the pin shows,
 *   the PWM core's state what was asked.
 * - If the end of the period falls between the writes of MOD and CnV, one
 *   period has the new length and the old duty cycle.
 * - A period that needs another prescaler restarts the counter, cutting
 *   the period in progress short.
 * - Disabling takes effect at once, and the TPM lets go of the pin (ELS =
 *   0), whose level is then up to the pin configuration outside the TPM.
 *   Enabling beside a running channel starts in the middle of a period.
 * - The polarity of an enabled channel cannot change (-EBUSY).
 * - The longest period is 2^WIDTH * 128 clock cycles, where 100 % rounds
 *   down by one count. A bootloader's prescaler is kept while its period
 *   is, with its coarser duty cycle steps.
 * - Clocks above 1 GHz, and below 30 Hz with a 32-bit counter, are refused.
 * - Only edge-aligned PWM; other modes firmware left read as disabled.
 */

#include <linux/bitfield.h>
#include <linux/bitmap.h>
#include <linux/bits.h>
#include <linux/clk.h>
#include <linux/delay.h>
#include <linux/devm-helpers.h>
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
#include <linux/workqueue.h>
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
#define PWM_IMX_TPM_PARAM_WIDTH			GENMASK(23, 16)

#define PWM_IMX_TPM_SC_PS			GENMASK(2, 0)
#define PWM_IMX_TPM_SC_CMOD			GENMASK(4, 3)
#define PWM_IMX_TPM_SC_CMOD_INC_EVERY_CLK	FIELD_PREP(PWM_IMX_TPM_SC_CMOD, 1)
#define PWM_IMX_TPM_SC_CPWMS			BIT(5)

#define PWM_IMX_TPM_CNSC_MS			GENMASK(5, 4)
#define PWM_IMX_TPM_CNSC_MS_EPWM		FIELD_PREP_CONST(PWM_IMX_TPM_CNSC_MS, 2)

/*
 * The reference manual describes ELSnB and ELSnA as two bits, but their
 * meanings are not independent, so they are one field here: 0 leaves the
 * pin alone, 2 (1:0) drives it active high, 1 and 3 (X:1) active low.
 */
#define PWM_IMX_TPM_CNSC_ELS			GENMASK(3, 2)
#define PWM_IMX_TPM_CNSC_ELS_INVERSED		FIELD_PREP_CONST(PWM_IMX_TPM_CNSC_ELS, 1)
#define PWM_IMX_TPM_CNSC_ELS_NORMAL		FIELD_PREP_CONST(PWM_IMX_TPM_CNSC_ELS, 2)
#define PWM_IMX_TPM_CNSC_CHF			BIT(7)

#define PWM_IMX_TPM_MAX_PRESCALE	FIELD_MAX(PWM_IMX_TPM_SC_PS)
/*
 * PARAM.CHAN is 8 bits wide, but the register map has room for 8 channels:
 * CnV(7) is the last register the driver knows of.
 */
#define PWM_IMX_TPM_MAX_CHANNELS	8

/* Cycles-to-ns conversions round up only if a cycle is at most 1 ns. */
#define PWM_IMX_TPM_MAX_RATE		NSEC_PER_SEC

/*
 * The TPM acknowledges a stop of its counter or a channel mode change in
 * its counter clock domain, "a few" module clock cycles later (KL-family
 * reference manuals; NXP's SDK polls for it). Assumed: within this many.
 */
#define PWM_IMX_TPM_ACK_CYCLES		16

/* Bit of @buffered for MOD; CnV(n) has bit n. */
#define PWM_IMX_TPM_MOD_BUFFERED	PWM_IMX_TPM_MAX_CHANNELS

/**
 * struct imx_tpm_pwm_chip - driver data of one TPM
 * @dev: the TPM device
 * @map: its registers
 * @clk: the module clock
 * @rate: rate of @clk in Hz, held exclusive
 * @mod_max: the counter's largest count, by its width in PARAM
 * @lock: serialises register access, the register image and what the
 *	driver holds back
 * @clk_enabled: @clk is prepared and enabled
 * @suspended: the registers are parked in @saved while @clk is off
 * @saved: register image while @suspended, indexed by offset / 4
 * @inversed: polarity last applied to each disabled channel, which the
 *	hardware has no place for
 * @buffered: MOD (bit %PWM_IMX_TPM_MOD_BUFFERED) and each channel's CnV
 *	(bit n) hold a write the running counter has not taken yet
 * @written: the value last written to each register @buffered has a bit for
 * @deferred: MOD and CnV(n), bits as in @buffered, to be written with
 *	@deferred_val once the counter took what @buffered holds
 * @deferred_val: the values for @deferred
 * @enabling: channels to switch on once their new CnV is in force: enabled
 *	as far as the period is concerned
 * @enable_cnsc: the CnSC each channel in @enabling is switched on with
 * @deferred_work: writes @deferred and switches on @enabling after the end
 *	of the period
 */
struct imx_tpm_pwm_chip {
	struct device *dev;
	struct regmap *map;
	struct clk *clk;
	u32 rate;
	u32 mod_max;
	/*
	 * Held over the checks and writes of an .apply(): channels share the
	 * period, so its check of the other channels and its writes must be
	 * one step. Held for register accesses and the TPM's acknowledges,
	 * never until the end of a period.
	 */
	struct mutex lock;
	bool clk_enabled;
	bool suspended;
	u32 *saved;
	unsigned long *inversed;
	unsigned long buffered;
	u32 written[PWM_IMX_TPM_MAX_CHANNELS + 1];
	unsigned long deferred;
	u32 deferred_val[PWM_IMX_TPM_MAX_CHANNELS + 1];
	unsigned long enabling;
	u32 enable_cnsc[PWM_IMX_TPM_MAX_CHANNELS];
	struct delayed_work deferred_work;
};

/**
 * struct imx_tpm_pwm_hw - what the registers say about one channel
 * @sc: SC
 * @prescale: SC.PS
 * @running: the counter counts every module clock, edge-aligned: the only
 *	way the driver runs it, and the only one it reads periods from
 * @mod: MOD in use
 * @cnsc: the channel's CnSC
 * @cnv: the channel's CnV in use
 */
struct imx_tpm_pwm_hw {
	u32 sc;
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

/*
 * A channel is an enabled PWM if it drives its pin in edge-aligned mode on
 * a running counter. Whatever else firmware may leave (centre-aligned,
 * another counter clock, input capture or output compare) is reported as
 * disabled, and rewritten by the next enabling .apply().
 */
static bool pwm_imx_tpm_enabled(bool running, u32 cnsc)
{
	return running &&
	       (cnsc & PWM_IMX_TPM_CNSC_MS) == PWM_IMX_TPM_CNSC_MS_EPWM &&
	       FIELD_GET(PWM_IMX_TPM_CNSC_ELS, cnsc);
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

/*
 * CNT, MOD and CnV hold as many bits as the counter, the rest reading as
 * 0: masked anyway, so that nothing above the counter's width can reach
 * the arithmetic.
 */
static int pwm_imx_tpm_read_count(struct imx_tpm_pwm_chip *tpm,
				  unsigned int reg, u32 *val)
{
	int ret = pwm_imx_tpm_read(tpm, reg, val);

	*val &= tpm->mod_max;
	return ret;
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

static unsigned int pwm_imx_tpm_buffered_reg(unsigned int bit)
{
	return bit == PWM_IMX_TPM_MOD_BUFFERED ? PWM_IMX_TPM_MOD :
	       PWM_IMX_TPM_CNV(bit);
}

/*
 * MOD or CnV. While the counter runs, the TPM keeps a written value in a
 * buffer until the counter next reloads 0, and ignores further writes
 * until then (NXP, "clocksource/drivers/imx-tpm: Fix next event not taking
 * effect sometime"): the driver remembers what it wrote, and never writes
 * there again before the counter took it.
 */
static int pwm_imx_tpm_write_buffered(struct imx_tpm_pwm_chip *tpm,
				      unsigned int bit, u32 val, bool running)
{
	int ret = pwm_imx_tpm_write(tpm, pwm_imx_tpm_buffered_reg(bit), val);

	if (ret)
		return ret;
	tpm->written[bit] = val;
	__assign_bit(bit, &tpm->buffered, running && !tpm->suspended);
	return 0;
}

/* Rounded up; whole seconds apart, as cycles * 10^9 can pass 64 bits. */
static u64 pwm_imx_tpm_cycles_to_ns(const struct imx_tpm_pwm_chip *tpm,
				    u64 cycles)
{
	u32 rem;
	u64 secs = div_u64_rem(cycles, tpm->rate, &rem);

	return secs * NSEC_PER_SEC +
	       DIV_ROUND_UP_ULL((u64)rem * NSEC_PER_SEC, tpm->rate);
}

/* Rounded down. A rate of at most 1 GHz keeps the result at most @ns. */
static u64 pwm_imx_tpm_ns_to_cycles(const struct imx_tpm_pwm_chip *tpm, u64 ns)
{
	return mul_u64_u32_div(ns, tpm->rate, NSEC_PER_SEC);
}

/*
 * MOD or CnV read @val: once it is what the driver wrote there, the
 * counter took it, and the register takes a write again.
 */
static void pwm_imx_tpm_took(struct imx_tpm_pwm_chip *tpm, unsigned int bit,
			     u32 val)
{
	if (val == tpm->written[bit])
		__clear_bit(bit, &tpm->buffered);
}

static int pwm_imx_tpm_read_hw(struct imx_tpm_pwm_chip *tpm,
			       unsigned int hwpwm, struct imx_tpm_pwm_hw *hw)
{
	int ret;

	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_SC, &hw->sc);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_read_count(tpm, PWM_IMX_TPM_MOD, &hw->mod);
	if (ret)
		return ret;
	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNSC(hwpwm), &hw->cnsc);
	if (ret)
		return ret;
	/* The TPM sets CHF at every compare match: a flag, not a setting. */
	hw->cnsc &= ~PWM_IMX_TPM_CNSC_CHF;
	ret = pwm_imx_tpm_read_count(tpm, PWM_IMX_TPM_CNV(hwpwm), &hw->cnv);
	if (ret)
		return ret;

	pwm_imx_tpm_took(tpm, PWM_IMX_TPM_MOD_BUFFERED, hw->mod);
	pwm_imx_tpm_took(tpm, hwpwm, hw->cnv);

	/* What the pin will show is what counts. */
	if (test_bit(PWM_IMX_TPM_MOD_BUFFERED, &tpm->deferred))
		hw->mod = tpm->deferred_val[PWM_IMX_TPM_MOD_BUFFERED];
	else if (test_bit(PWM_IMX_TPM_MOD_BUFFERED, &tpm->buffered))
		hw->mod = tpm->written[PWM_IMX_TPM_MOD_BUFFERED];
	if (test_bit(hwpwm, &tpm->deferred))
		hw->cnv = tpm->deferred_val[hwpwm];
	else if (test_bit(hwpwm, &tpm->buffered))
		hw->cnv = tpm->written[hwpwm];

	hw->prescale = FIELD_GET(PWM_IMX_TPM_SC_PS, hw->sc);
	hw->running = FIELD_GET(PWM_IMX_TPM_SC_CMOD, hw->sc) == 1 &&
		      !(hw->sc & PWM_IMX_TPM_SC_CPWMS);
	return 0;
}

/* Whether a channel other than @hwpwm is an enabled PWM. */
static int pwm_imx_tpm_others_enabled(struct pwm_chip *chip,
				      unsigned int hwpwm,
				      const struct imx_tpm_pwm_hw *hw,
				      bool *enabled)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	unsigned int i;
	u32 cnsc;
	int ret;

	*enabled = false;
	if (!hw->running)
		return 0;
	for (i = 0; i < chip->npwm && !*enabled; i++) {
		if (i == hwpwm)
			continue;
		ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNSC(i), &cnsc);
		if (ret)
			return ret;
		/* A CnV being enabled was computed for the period running now. */
		*enabled = pwm_imx_tpm_enabled(true, cnsc) ||
			   test_bit(i, &tpm->enabling);
	}
	return 0;
}

static int pwm_imx_tpm_get_state(struct pwm_chip *chip,
				 struct pwm_device *pwm,
				 struct pwm_state *state)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	struct imx_tpm_pwm_hw hw;
	u64 counts, duty_counts;
	int ret;

	guard(mutex)(&tpm->lock);

	ret = pwm_imx_tpm_read_hw(tpm, pwm->hwpwm, &hw);
	if (ret)
		return ret;

	counts = (u64)hw.mod + 1;
	duty_counts = hw.cnv > hw.mod ? counts : hw.cnv;
	state->period = pwm_imx_tpm_cycles_to_ns(tpm, counts << hw.prescale);
	state->duty_cycle = pwm_imx_tpm_cycles_to_ns(tpm,
						     duty_counts << hw.prescale);
	if (test_bit(pwm->hwpwm, &tpm->enabling))
		hw.cnsc = tpm->enable_cnsc[pwm->hwpwm];
	state->enabled = pwm_imx_tpm_enabled(hw.running, hw.cnsc);
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
	u64 counts_max = (u64)tpm->mod_max + 1;
	u64 duty_cycles, counts, running_cycles;
	unsigned int prescale = 0;
	bool others_enabled;
	int ret;

	if (pwm_imx_tpm_enabled(hw->running, hw->cnsc) &&
	    pwm_imx_tpm_els_polarity[FIELD_GET(PWM_IMX_TPM_CNSC_ELS, hw->cnsc)] !=
	    state->polarity)
		return -EBUSY;

	if (!cycles)
		return -EINVAL;

	/*
	 * The longest period not above the request, on the smallest
	 * prescaler that makes it, the finest steps: the answer depends on
	 * the request alone, not on what ran before.
	 */
	while (prescale < PWM_IMX_TPM_MAX_PRESCALE && cycles >> prescale > counts_max)
		prescale++;
	counts = min(cycles >> prescale, counts_max);
	duty_cycles = pwm_imx_tpm_ns_to_cycles(tpm, min(state->duty_cycle,
							state->period));

	running_cycles = ((u64)hw->mod + 1) << hw->prescale;
	if (hw->running && running_cycles == counts << prescale) {
		/* The same period as it runs: no restart. */
		prescale = hw->prescale;
		counts = (u64)hw->mod + 1;
	} else if (counts == counts_max && duty_cycles >= counts << prescale &&
		   prescale < PWM_IMX_TPM_MAX_PRESCALE) {
		/*
		 * MOD at the counter's largest count leaves no CnV above it:
		 * the same period on the next prescaler reaches 100 %.
		 */
		prescale++;
		counts >>= 1;
	}

	if (prescale != hw->prescale || counts - 1 != hw->mod) {
		ret = pwm_imx_tpm_others_enabled(chip, pwm->hwpwm, hw,
						 &others_enabled);
		if (ret)
			return ret;
		if (others_enabled)
			return -EBUSY;
	}

	p->prescale = prescale;
	p->mod = counts - 1;
	/*
	 * CnV > MOD never matches: 100 %. With MOD at the counter's largest
	 * count no CnV is above it, and the duty cycle rounds down.
	 */
	p->val = min3(duty_cycles >> prescale, counts, (u64)tpm->mod_max);
	return 0;
}

/* Lets @ns pass: the model's time in tests, else a sleep. */
static void pwm_imx_tpm_delay(struct imx_tpm_pwm_chip *tpm, u64 ns)
{
	if (!pwm_imx_tpm_backend_sleep(to_platform_device(tpm->dev), ns))
		fsleep(DIV_ROUND_UP_ULL(ns, NSEC_PER_USEC));
}

/*
 * Polls @reg until the bits @mask of it read @want: the TPM acknowledges a
 * stop of the counter and a channel mode change late, and until then still
 * works as before.
 */
static int pwm_imx_tpm_wait_ack(struct imx_tpm_pwm_chip *tpm, unsigned int reg,
				u32 mask, u32 want)
{
	u64 cycle_ns = pwm_imx_tpm_cycles_to_ns(tpm, 1);
	unsigned int polls;
	u32 val;
	int ret;

	for (polls = 0; ; polls++) {
		ret = pwm_imx_tpm_read(tpm, reg, &val);
		if (ret || (val & mask) == want || tpm->suspended)
			return ret;
		if (polls == PWM_IMX_TPM_ACK_CYCLES)
			return -ETIMEDOUT;
		pwm_imx_tpm_delay(tpm, cycle_ns);
	}
}

/* Writes @cnsc to CnSC and waits until its mode is acknowledged. */
static int pwm_imx_tpm_set_cnsc(struct imx_tpm_pwm_chip *tpm,
				unsigned int hwpwm, u32 cnsc)
{
	int ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNSC(hwpwm), cnsc);

	if (ret)
		return ret;
	return pwm_imx_tpm_wait_ack(tpm, PWM_IMX_TPM_CNSC(hwpwm),
				    PWM_IMX_TPM_CNSC_MS | PWM_IMX_TPM_CNSC_ELS,
				    cnsc & (PWM_IMX_TPM_CNSC_MS | PWM_IMX_TPM_CNSC_ELS));
}

/*
 * A channel mode (CnSC) change: off and acknowledged first (NXP's SDK),
 * as the TPM ignores a change from one mode to another. If an access
 * fails, the TPM may have taken a write already, and the channel goes
 * back to @old the same way: a disable, once taken, keeps the pin until
 * it is acknowledged, and only then can the old mode be written again.
 */
static int pwm_imx_tpm_write_cnsc(struct imx_tpm_pwm_chip *tpm,
				  unsigned int hwpwm, u32 old, u32 cnsc)
{
	const u32 mode = PWM_IMX_TPM_CNSC_MS | PWM_IMX_TPM_CNSC_ELS;
	int ret = 0;

	if ((old & mode) && (old & mode) != (cnsc & mode))
		ret = pwm_imx_tpm_set_cnsc(tpm, hwpwm, 0);
	if (!ret && (cnsc || !(old & mode)))
		ret = pwm_imx_tpm_set_cnsc(tpm, hwpwm, cnsc);
	if (ret && (old & mode) != (cnsc & mode) &&
	    !pwm_imx_tpm_set_cnsc(tpm, hwpwm, 0) && old)
		pwm_imx_tpm_set_cnsc(tpm, hwpwm, old);
	return ret;
}

/*
 * Stops the counter, on the prescaler it runs on (the TPM ignores a new
 * one until stopped), and waits for the stop to be acknowledged: until
 * then the counter runs on, and MOD and CnV writes still go to their
 * buffers. A stopped counter latches nothing: what was buffered is
 * forgotten, and written again at the next start.
 */
static int pwm_imx_tpm_stop(struct imx_tpm_pwm_chip *tpm, unsigned int prescale)
{
	int ret;

	ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC,
				FIELD_PREP(PWM_IMX_TPM_SC_PS, prescale));
	if (!ret)
		ret = pwm_imx_tpm_wait_ack(tpm, PWM_IMX_TPM_SC,
					   PWM_IMX_TPM_SC_CMOD, 0);
	if (!ret) {
		tpm->buffered = 0;
		tpm->deferred = 0;
	}
	return ret;
}

/* Drops from @buffered what the counter took; a failed read keeps it. */
static void pwm_imx_tpm_refresh(struct imx_tpm_pwm_chip *tpm)
{
	unsigned int bit;
	u32 val;

	for_each_set_bit(bit, &tpm->buffered, PWM_IMX_TPM_MOD_BUFFERED + 1)
		if (!pwm_imx_tpm_read_count(tpm, pwm_imx_tpm_buffered_reg(bit), &val))
			pwm_imx_tpm_took(tpm, bit, val);
}

/* The time until the counter next reloads 0. */
static int pwm_imx_tpm_until_reload(struct imx_tpm_pwm_chip *tpm, u64 *ns)
{
	u32 sc, mod, cnt;
	u64 counts;
	int ret;

	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_SC, &sc);
	if (!ret)
		ret = pwm_imx_tpm_read_count(tpm, PWM_IMX_TPM_MOD, &mod);
	if (!ret)
		ret = pwm_imx_tpm_read_count(tpm, PWM_IMX_TPM_CNT, &cnt);
	if (ret)
		return ret;
	/* A count above MOD runs on to the counter's end first. */
	counts = cnt <= mod ? (u64)mod - cnt + 1 : (u64)tpm->mod_max - cnt + 1;
	*ns = pwm_imx_tpm_cycles_to_ns(tpm, counts << FIELD_GET(PWM_IMX_TPM_SC_PS, sc));
	return 0;
}

/*
 * Under the lock, once the counter took what was buffered: writes what was
 * held back, MOD first, and switches on the channels whose CnV is now in
 * force. What fails is dropped, so that .get_state() reports the pin.
 */
static void pwm_imx_tpm_issue_deferred(struct imx_tpm_pwm_chip *tpm)
{
	unsigned int bit;
	u32 cnsc;
	int ret = 0;

	/* Else .apply()'s read of its registers will do for @buffered. */
	if (tpm->suspended || !(tpm->deferred | tpm->enabling))
		return;
	pwm_imx_tpm_refresh(tpm);

	if (tpm->deferred &&
	    !(tpm->buffered & (tpm->deferred | BIT(PWM_IMX_TPM_MOD_BUFFERED)))) {
		bit = PWM_IMX_TPM_MOD_BUFFERED;
		if (test_bit(bit, &tpm->deferred))
			ret = pwm_imx_tpm_write_buffered(tpm, bit,
							 tpm->deferred_val[bit], true);
		for_each_set_bit(bit, &tpm->deferred, PWM_IMX_TPM_MAX_CHANNELS) {
			if (ret)
				break;
			ret = pwm_imx_tpm_write_buffered(tpm, bit,
							 tpm->deferred_val[bit], true);
		}
		if (ret)
			dev_err(tpm->dev, "failed to write a change held for the period's end: %pe\n",
				ERR_PTR(ret));
		tpm->deferred = 0;
	}

	for_each_set_bit(bit, &tpm->enabling, PWM_IMX_TPM_MAX_CHANNELS) {
		if ((tpm->buffered | tpm->deferred) &
		    (BIT(bit) | BIT(PWM_IMX_TPM_MOD_BUFFERED)))
			continue;
		__clear_bit(bit, &tpm->enabling);
		ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNSC(bit), &cnsc);
		if (!ret)
			ret = pwm_imx_tpm_write_cnsc(tpm, bit, cnsc,
						     tpm->enable_cnsc[bit]);
		if (ret)
			dev_err(tpm->dev, "failed to enable channel %u: %pe\n",
				bit, ERR_PTR(ret));
	}
}

/*
 * Under the lock: runs the deferred work at the end of the period in
 * progress if there is anything for it. A model with a clock of its own
 * has no end of period in the kernel's time: its tests let it pass.
 */
static void pwm_imx_tpm_schedule(struct imx_tpm_pwm_chip *tpm)
{
	u64 ns = 0;

	if (!(tpm->deferred | tpm->enabling) || tpm->suspended ||
	    pwm_imx_tpm_backend_clocked(to_platform_device(tpm->dev)))
		return;
	/* If the counter cannot be read, try again soon. */
	pwm_imx_tpm_until_reload(tpm, &ns);
	mod_delayed_work(system_wq, &tpm->deferred_work,
			 nsecs_to_jiffies(ns) + 1);
}

static void pwm_imx_tpm_deferred_work(struct work_struct *work)
{
	struct imx_tpm_pwm_chip *tpm = container_of(to_delayed_work(work),
						    struct imx_tpm_pwm_chip,
						    deferred_work);

	guard(mutex)(&tpm->lock);

	pwm_imx_tpm_issue_deferred(tpm);
	pwm_imx_tpm_schedule(tpm);
}

#if IS_ENABLED(CONFIG_KUNIT)
/**
 * pwm_imx_tpm_settle() - let the TPM take everything written and held back
 * @chip: the PWM chip
 *
 * For tests: lets the periods pass, on the model's clock or the kernel's,
 * until the pins show what the channels were last set to.
 *
 * Context: Process context; takes the chip's lock.
 * Return: 0, the error of a register read, or -ETIMEDOUT if the counter
 * does not get there within a few periods.
 */
VISIBLE_IF_KUNIT int pwm_imx_tpm_settle(struct pwm_chip *chip)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	unsigned int periods;
	int ret = 0;
	u64 ns = 0;

	for (periods = 0; periods < 4; periods++) {
		scoped_guard(mutex, &tpm->lock) {
			pwm_imx_tpm_refresh(tpm);
			pwm_imx_tpm_issue_deferred(tpm);
			if (tpm->suspended ||
			    !(tpm->buffered | tpm->deferred | tpm->enabling))
				return 0;
			ret = pwm_imx_tpm_until_reload(tpm, &ns);
		}
		if (ret)
			return ret;
		pwm_imx_tpm_delay(tpm, ns);
	}
	return -ETIMEDOUT;
}
EXPORT_SYMBOL_IF_KUNIT(pwm_imx_tpm_settle);
#endif

/*
 * After a failed write, the channel's registers and SC as @hw found them.
 * A counter the failed .apply() stopped restarts from 0. While the counter
 * runs, the TPM ignores a second write to MOD or CnV before the end of the
 * period, so what an .apply() wrote there before the failure stays, and
 * takes effect then. Writes to MMIO cannot fail, but regmap may sit on
 * another bus. Best effort: the first error is the one reported.
 */
static void pwm_imx_tpm_put_back(struct imx_tpm_pwm_chip *tpm,
				 unsigned int hwpwm,
				 const struct imx_tpm_pwm_hw *hw, bool sc)
{
	unsigned long held = tpm->buffered | tpm->deferred;

	if (!test_bit(PWM_IMX_TPM_MOD_BUFFERED, &held))
		pwm_imx_tpm_write(tpm, PWM_IMX_TPM_MOD, hw->mod);
	if (!test_bit(hwpwm, &held))
		pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNV(hwpwm), hw->cnv);
	pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNSC(hwpwm), hw->cnsc);
	if (sc)
		pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC,
				  hw->sc & (PWM_IMX_TPM_SC_PS | PWM_IMX_TPM_SC_CMOD |
					    PWM_IMX_TPM_SC_CPWMS));
}

/* With the counter stopped, MOD and CnV take their values at once. */
static int pwm_imx_tpm_start(struct imx_tpm_pwm_chip *tpm, unsigned int hwpwm,
			     const struct imx_tpm_pwm_hw *hw,
			     const struct imx_tpm_pwm_param *p, u32 cnsc)
{
	u32 sc = FIELD_PREP(PWM_IMX_TPM_SC_PS, p->prescale);
	int ret = 0;

	if (hw->sc & PWM_IMX_TPM_SC_CMOD)
		ret = pwm_imx_tpm_stop(tpm, hw->prescale);
	if (!ret)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC, sc);
	/* Else a count above the new MOD would run on to the end. */
	if (!ret)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNT, 0);
	if (!ret)
		ret = pwm_imx_tpm_write_buffered(tpm, PWM_IMX_TPM_MOD_BUFFERED,
						 p->mod, false);
	if (!ret)
		ret = pwm_imx_tpm_write_buffered(tpm, hwpwm, p->val, false);
	if (!ret)
		ret = pwm_imx_tpm_write_cnsc(tpm, hwpwm, hw->cnsc, cnsc);
	if (!ret)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC,
					sc | PWM_IMX_TPM_SC_CMOD_INC_EVERY_CLK);
	if (ret)
		pwm_imx_tpm_put_back(tpm, hwpwm, hw, true);
	return ret;
}

/* Holds @val back for MOD or CnV, unless the TPM holds it already. */
static void pwm_imx_tpm_defer(struct imx_tpm_pwm_chip *tpm, unsigned int bit,
			      u32 val)
{
	tpm->deferred_val[bit] = val;
	__assign_bit(bit, &tpm->deferred, !test_bit(bit, &tpm->buffered) ||
		     tpm->written[bit] != val);
}

/*
 * The counter runs on: MOD and CnV change at the end of this period. If
 * the TPM still holds an earlier write to either, it would ignore these:
 * both are held back for the deferred work, so that they go together.
 */
static int pwm_imx_tpm_update(struct imx_tpm_pwm_chip *tpm, unsigned int hwpwm,
			      const struct imx_tpm_pwm_hw *hw,
			      const struct imx_tpm_pwm_param *p)
{
	unsigned long mine = BIT(PWM_IMX_TPM_MOD_BUFFERED) | BIT(hwpwm);
	bool mod_buffered = false;
	int ret = 0;

	if ((tpm->buffered | tpm->deferred) & mine) {
		if (p->mod != hw->mod)
			pwm_imx_tpm_defer(tpm, PWM_IMX_TPM_MOD_BUFFERED, p->mod);
		if (p->val != hw->cnv)
			pwm_imx_tpm_defer(tpm, hwpwm, p->val);
		return 0;
	}

	if (p->mod != hw->mod) {
		ret = pwm_imx_tpm_write_buffered(tpm, PWM_IMX_TPM_MOD_BUFFERED,
						 p->mod, true);
		mod_buffered = !ret;
	}
	if (!ret && p->val != hw->cnv)
		ret = pwm_imx_tpm_write_buffered(tpm, hwpwm, p->val, true);
	if (!ret)
		return 0;
	/*
	 * The new MOD would go on with the old CnV, and the TPM takes no
	 * second write before the end of the period: only a stop forgets it.
	 * Nothing else can be buffered, as a new period needs this channel
	 * to be the only one enabled, or about to be.
	 */
	if (mod_buffered && !pwm_imx_tpm_stop(tpm, hw->prescale))
		pwm_imx_tpm_put_back(tpm, hwpwm, hw, true);
	else
		pwm_imx_tpm_put_back(tpm, hwpwm, hw, false);
	return ret;
}

static int pwm_imx_tpm_apply_hw(struct pwm_chip *chip,
				struct pwm_device *pwm,
				const struct pwm_state *state,
				const struct imx_tpm_pwm_hw *hw,
				const struct imx_tpm_pwm_param *p)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	u32 cnsc = PWM_IMX_TPM_CNSC_MS_EPWM | pwm_imx_tpm_polarity_els[state->polarity];
	int ret;

	if (!hw->running || p->prescale != hw->prescale) {
		__clear_bit(pwm->hwpwm, &tpm->enabling);
		return pwm_imx_tpm_start(tpm, pwm->hwpwm, hw, p, cnsc);
	}

	ret = pwm_imx_tpm_update(tpm, pwm->hwpwm, hw, p);
	if (ret || hw->cnsc == cnsc)
		return ret;
	/*
	 * Enabled while the counter runs for another channel: only once the
	 * new duty cycle is in force, so that the pin never shows the old.
	 */
	if ((tpm->buffered | tpm->deferred) &
	    (BIT(pwm->hwpwm) | BIT(PWM_IMX_TPM_MOD_BUFFERED))) {
		__set_bit(pwm->hwpwm, &tpm->enabling);
		tpm->enable_cnsc[pwm->hwpwm] = cnsc;
		return 0;
	}
	__clear_bit(pwm->hwpwm, &tpm->enabling);
	ret = pwm_imx_tpm_write_cnsc(tpm, pwm->hwpwm, hw->cnsc, cnsc);
	if (ret)
		pwm_imx_tpm_put_back(tpm, pwm->hwpwm, hw, false);
	return ret;
}

/* The TPM lets go of the pin; the last channel to go stops the counter. */
static int pwm_imx_tpm_disable(struct pwm_chip *chip, struct pwm_device *pwm,
			       const struct pwm_state *state,
			       const struct imx_tpm_pwm_hw *hw)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	bool others_enabled;
	int ret;

	ret = pwm_imx_tpm_others_enabled(chip, pwm->hwpwm, hw, &others_enabled);
	if (ret)
		return ret;

	/* What was held back for it goes too. */
	__clear_bit(pwm->hwpwm, &tpm->enabling);
	__clear_bit(pwm->hwpwm, &tpm->deferred);
	if (hw->cnsc)
		ret = pwm_imx_tpm_write_cnsc(tpm, pwm->hwpwm, hw->cnsc, 0);
	/* Also a counter firmware left in another mode. */
	if (!ret && (hw->sc & PWM_IMX_TPM_SC_CMOD) && !others_enabled) {
		ret = pwm_imx_tpm_stop(tpm, hw->prescale);
		if (!ret)
			ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNT, 0);
	}
	if (ret) {
		pwm_imx_tpm_put_back(tpm, pwm->hwpwm, hw, true);
		return ret;
	}

	assign_bit(pwm->hwpwm, tpm->inversed,
		   state->polarity == PWM_POLARITY_INVERSED);
	return 0;
}

/*
 * Writes what @state needs and returns: the pin shows it at the end of the
 * period in progress. What the TPM would ignore until then, as it holds an
 * earlier write, is held back and written by the deferred work after that
 * end; .get_state() reports it from now on. On failure nothing changed,
 * what was held back before included.
 */
static int pwm_imx_tpm_apply(struct pwm_chip *chip, struct pwm_device *pwm,
			     const struct pwm_state *state)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	u32 deferred_val[ARRAY_SIZE(tpm->deferred_val)];
	unsigned long deferred, enabling;
	struct imx_tpm_pwm_param param;
	struct imx_tpm_pwm_hw hw;
	int ret;

	guard(mutex)(&tpm->lock);

	/* What is due goes first, so that nothing is held back for long. */
	pwm_imx_tpm_issue_deferred(tpm);
	deferred = tpm->deferred;
	enabling = tpm->enabling;
	memcpy(deferred_val, tpm->deferred_val, sizeof(deferred_val));

	ret = pwm_imx_tpm_read_hw(tpm, pwm->hwpwm, &hw);
	if (!ret && !state->enabled)
		ret = pwm_imx_tpm_disable(chip, pwm, state, &hw);
	else if (!ret)
		ret = pwm_imx_tpm_round_state(chip, pwm, state, &hw, &param) ?:
		      pwm_imx_tpm_apply_hw(chip, pwm, state, &hw, &param);
	if (ret) {
		tpm->deferred = deferred;
		tpm->enabling = enabling;
		memcpy(tpm->deferred_val, deferred_val, sizeof(deferred_val));
	}
	pwm_imx_tpm_schedule(tpm);
	return ret;
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
	unsigned int npwm, width;
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
	/* The clocksource driver for the same IP reads it there too. */
	width = FIELD_GET(PWM_IMX_TPM_PARAM_WIDTH, param);
	if (width != 16 && width != 32) {
		ret = dev_err_probe(dev, -ENODEV,
				    "%u-bit counter not supported\n", width);
		goto err_clk_disable;
	}
	/* Else the longest period's nanoseconds would pass 64 bits. */
	if (div_u64(BIT_ULL(width) << PWM_IMX_TPM_MAX_PRESCALE, rate) >=
	    div_u64(U64_MAX, NSEC_PER_SEC)) {
		ret = dev_err_probe(dev, -EINVAL,
				    "clock rate %lu Hz too slow for a %u-bit counter\n",
				    rate, width);
		goto err_clk_disable;
	}
	if (npwm > PWM_IMX_TPM_MAX_CHANNELS) {
		dev_warn(dev, "PARAM reports %u channels, using the first %u\n",
			 npwm, PWM_IMX_TPM_MAX_CHANNELS);
		npwm = PWM_IMX_TPM_MAX_CHANNELS;
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
	tpm->mod_max = GENMASK(width - 1, 0);
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

	/* After the chip is gone: no .apply() can arm the work again. */
	ret = devm_delayed_work_autocancel(dev, &tpm->deferred_work,
					   pwm_imx_tpm_deferred_work);
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

/*
 * The registers a restore needs, in the image, while the clock is on;
 * MOD and CnV as written, also if the counter has not taken them yet.
 */
static int pwm_imx_tpm_save(struct pwm_chip *chip)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	unsigned int reg, bit;
	int ret;

	for (reg = PWM_IMX_TPM_SC; reg <= PWM_IMX_TPM_CNV(chip->npwm - 1); reg += 4) {
		if (reg == PWM_IMX_TPM_CNT)
			continue;
		ret = regmap_read(tpm->map, reg, &tpm->saved[reg / 4]);
		if (ret)
			return ret;
	}
	for_each_set_bit(bit, &tpm->buffered, PWM_IMX_TPM_MOD_BUFFERED + 1)
		tpm->saved[pwm_imx_tpm_buffered_reg(bit) / 4] = tpm->written[bit];
	for_each_set_bit(bit, &tpm->deferred, PWM_IMX_TPM_MOD_BUFFERED + 1)
		tpm->saved[pwm_imx_tpm_buffered_reg(bit) / 4] = tpm->deferred_val[bit];
	for_each_set_bit(bit, &tpm->enabling, PWM_IMX_TPM_MAX_CHANNELS)
		tpm->saved[PWM_IMX_TPM_CNSC(bit) / 4] = tpm->enable_cnsc[bit];
	return 0;
}

/*
 * From the image, with the counter stopped so that all takes effect now.
 * The TPM may have kept its registers through suspend: a running counter
 * is stopped, and a channel changes mode, only once the TPM acknowledged
 * it, as in .apply(); until then it ignores PS and CnSC writes and buffers
 * MOD and CnV. Called with @tpm no longer suspended, so that its accesses
 * reach the hardware.
 */
static int pwm_imx_tpm_restore(struct pwm_chip *chip)
{
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	u32 sc = tpm->saved[PWM_IMX_TPM_SC / 4];
	unsigned int i;
	u32 val;
	int ret;

	ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_SC, &val);
	if (!ret && (val & PWM_IMX_TPM_SC_CMOD))
		ret = pwm_imx_tpm_stop(tpm, FIELD_GET(PWM_IMX_TPM_SC_PS, val));
	if (!ret)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC,
					sc & ~PWM_IMX_TPM_SC_CMOD);
	if (!ret)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNT, 0);
	if (!ret)
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_MOD,
					tpm->saved[PWM_IMX_TPM_MOD / 4]);
	for (i = 0; !ret && i < chip->npwm; i++) {
		ret = pwm_imx_tpm_write(tpm, PWM_IMX_TPM_CNV(i),
					tpm->saved[PWM_IMX_TPM_CNV(i) / 4]);
		if (!ret)
			ret = pwm_imx_tpm_read(tpm, PWM_IMX_TPM_CNSC(i), &val);
		if (!ret)
			ret = pwm_imx_tpm_write_cnsc(tpm, i, val,
						     tpm->saved[PWM_IMX_TPM_CNSC(i) / 4]);
	}
	if (ret)
		return ret;
	return pwm_imx_tpm_write(tpm, PWM_IMX_TPM_SC, sc);
}

/*
 * The PWM API leaves power management to consumers, but the TPM's module
 * clock is gated in system suspend and deeper i.MX low-power modes lose its
 * registers: a channel a consumer left enabled would come back stopped or
 * unconfigured. So its registers are saved and restored here. A consumer
 * that leaves a channel enabled sees its output stop while the system is
 * suspended (the pins in their sleep state) and the same waveform again
 * after resume; what the PWM core reports does not change.
 */

/**
 * pwm_imx_tpm_suspend() - park the registers and stop the module clock
 * @dev: the TPM device
 *
 * Enabled channels are saved with the rest. Until resume, .apply() and
 * .get_state() work on the saved image and do not touch the hardware. A
 * TPM still parked, after a failed resume, stays as it is.
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

	if (tpm->suspended)
		return 0;

	ret = pwm_imx_tpm_save(chip);
	if (ret)
		return ret;
	ret = pinctrl_pm_select_sleep_state(dev);
	if (ret)
		return ret;

	clk_disable_unprepare(tpm->clk);
	tpm->clk_enabled = false;
	tpm->suspended = true;
	/*
	 * The image holds what the buffers held and what was held back;
	 * resume writes it at once.
	 */
	tpm->buffered = 0;
	tpm->deferred = 0;
	tpm->enabling = 0;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(pwm_imx_tpm_suspend);

/**
 * pwm_imx_tpm_resume() - restart the module clock and restore the registers
 * @dev: the TPM device
 *
 * The registers get the saved image, with whatever .apply() changed in it
 * while suspended, and only then the pins go back to the TPM: before, the
 * TPM would drive them with what a power loss left. If the clock or a
 * register access fails, or the TPM does not acknowledge a stop or a mode
 * change, the TPM stays parked as suspend left it, clock off, and a later
 * resume tries again.
 *
 * Context: Process context; takes the chip's lock.
 * Return: 0, or the error of the clock, a register access, -ETIMEDOUT for
 * a missing acknowledge, or the error of the pin configuration; after the
 * last the TPM runs, as resumed.
 */
VISIBLE_IF_KUNIT int pwm_imx_tpm_resume(struct device *dev)
{
	struct pwm_chip *chip = dev_get_drvdata(dev);
	struct imx_tpm_pwm_chip *tpm = to_imx_tpm_pwm_chip(chip);
	int ret;

	guard(mutex)(&tpm->lock);

	if (!tpm->suspended)
		return 0;

	ret = clk_prepare_enable(tpm->clk);
	if (ret)
		return ret;
	tpm->suspended = false;
	ret = pwm_imx_tpm_restore(chip);
	if (ret) {
		tpm->suspended = true;
		clk_disable_unprepare(tpm->clk);
		return ret;
	}
	tpm->clk_enabled = true;

	return pinctrl_pm_select_default_state(dev);
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
MODULE_AUTHOR("Anson Huang <Anson.Huang@nxp.com>");
MODULE_AUTHOR("Seed 78ab7773 maintainers <maintainers@users.noreply.r-seed-78ab7773.example>");
MODULE_LICENSE("GPL");
#if IS_ENABLED(CONFIG_PWM_IMX_TPM_TEST_HOOKS)
MODULE_IMPORT_NS("PWM_IMX_TPM_TEST");
#endif
