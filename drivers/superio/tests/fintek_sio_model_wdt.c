// SPDX-License-Identifier: GPL-2.0-only
/*
 * The watchdog logical device (7) of the Fintek model, in model time, and
 * what the model knows of each part.
 *
 * Facts, from the Fintek datasheets as the Linux 6.12 driver
 * drivers/watchdog/f71808e_wdt.c uses them:
 * - 0x30 bit 0 enables the logical device;
 * - 0xf5 WDT_CONF: bit 6 timeout status (write 1 to clear; it survives a
 *   reset), bit 5 WD_EN, bit 4 pulse (1) or level (0) output, bit 3 unit
 *   (1 = minutes), bits 1:0 pulse width code;
 * - 0xf6 WD_TIME: the timeout in the selected unit;
 * - WDOUT_EN is 0xf0 bit 7, or 0xfa bit 0 on the F81865, F81866 and F81966;
 * - pulse widths and the pin multiplexing that puts WDTRST# on a pin differ
 *   by part, as in the table below.
 *
 * Assumptions, not stated by those sources:
 * - the timer counts while both the logical device and WD_EN are enabled;
 *   enabling the second of them, or writing WD_TIME while counting, loads
 *   the count from WD_TIME; the count is exact (no prescaler phase);
 * - a change of unit takes effect with the next load;
 * - a WD_TIME of 0 expires at once;
 * - at zero the timer sets the status bit and stops until loaded again;
 * - WDTRST# goes active only with WDOUT_EN set and the pin routed to it; a
 *   level stays active until WD_EN is cleared;
 * - WD_TIME reads back the value loaded, not the count left;
 * - the power-on values of the pin multiplexing registers leave WDTRST# off
 *   the pin, so a test proves that the driver routes it;
 * - the second bank of a banked register is one other register.
 */

#include <linux/bitfield.h>
#include <linux/bits.h>
#include <linux/hrtimer.h>
#include <linux/kernel.h>
#include <linux/module.h>

#include "fintek_sio_model_internal.h"

#define FSM_REG_LD_ENABLE	0x30
#define FSM_LD_ENABLE		BIT(0)
#define FSM_WDT_EN		BIT(5)
#define FSM_WDT_PULSE		BIT(4)
#define FSM_WDT_UNIT_MINUTES	BIT(3)
#define FSM_WDT_PSWIDTH		GENMASK(1, 0)
#define FSM_REG_WD_TIME		0xf6

static const u16 fsm_pulse_ms[] = { 1, 25, 125, 5000 };
static const u16 fsm_f71868_pulse_ms[] = { 1, 30, 150, 6000 };

static u8 fsm_global(const struct fintek_sio_model *model, u8 reg)
{
	return model->global[reg];
}

/* F71808: pin 21 is WDTRST# with 0x2a bit 3 (GPIO23) and 0x2b bit 3 clear. */
static bool fsm_f71808_routed(const struct fintek_sio_model *model)
{
	return !(fsm_global(model, 0x2a) & BIT(3)) &&
	       !(fsm_global(model, 0x2b) & BIT(3));
}

static const u8 fsm_f71808_power_on[][2] = { { 0x2a, BIT(3) }, { 0x2b, BIT(3) } };

/*
 * F71862: pin 63 is WDTRST# with SPI off (0x27 bit 6 clear) and 0x2b bit 4
 * set; pin 56 with 0x29 bit 1 set.
 */
static bool fsm_f71862_routed(const struct fintek_sio_model *model)
{
	return (!(fsm_global(model, 0x27) & BIT(6)) &&
		(fsm_global(model, 0x2b) & BIT(4))) ||
	       (fsm_global(model, 0x29) & BIT(1));
}

static const u8 fsm_f71862_power_on[][2] = { { 0x27, BIT(6) } };

/* F71868, F71869, F71869A: GPIO14 is WDTRST# with 0x29 bit 4 clear. */
static bool fsm_f71868_routed(const struct fintek_sio_model *model)
{
	return !(fsm_global(model, 0x29) & BIT(4));
}

static const u8 fsm_f71868_power_on[][2] = { { 0x29, BIT(4) } };

/* F71882: pin 56 is WDTRST# with 0x29 bit 1 set. */
static bool fsm_f71882_routed(const struct fintek_sio_model *model)
{
	return fsm_global(model, 0x29) & BIT(1);
}

/* F71889: pin 40 is WDTRST# with 0x2b bits 5:4 clear. */
static bool fsm_f71889_routed(const struct fintek_sio_model *model)
{
	return !(fsm_global(model, 0x2b) & GENMASK(5, 4));
}

static const u8 fsm_f71889_power_on[][2] = { { 0x2b, GENMASK(5, 4) } };

/*
 * F81803: 0x28 is the TSI level register only with 0x26 bit 3 clear; pin 27
 * is WDTRST# with its bits 7 and 5 clear.
 */
static bool fsm_f81803_routed(const struct fintek_sio_model *model)
{
	return !(fsm_global(model, 0x28) & (BIT(7) | BIT(5)));
}

static bool fsm_f81803_other_bank(const struct fintek_sio_model *model, u8 reg)
{
	return reg == 0x28 && (fsm_global(model, 0x26) & BIT(3));
}

static const u8 fsm_f81803_power_on[][2] = {
	{ 0x26, BIT(3) }, { 0x28, BIT(7) | BIT(5) },
};

/* F81865: pin 70 is WDTRST# with 0x2b bit 5 clear. */
static bool fsm_f81865_routed(const struct fintek_sio_model *model)
{
	return !(fsm_global(model, 0x2b) & BIT(5));
}

static const u8 fsm_f81865_power_on[][2] = { { 0x2b, BIT(5) } };

/*
 * F81866, F81966: 0x2c is the GPIO1 control register only with 0x27 bits
 * 3:2 = 01 and bit 0 clear; pin 70 is WDTRST# with its bit 5 clear.
 */
static bool fsm_f81866_routed(const struct fintek_sio_model *model)
{
	return !(fsm_global(model, 0x2c) & BIT(5));
}

static bool fsm_f81866_other_bank(const struct fintek_sio_model *model, u8 reg)
{
	return reg == 0x2c &&
	       (fsm_global(model, 0x27) & (GENMASK(3, 2) | BIT(0))) != BIT(2);
}

static const u8 fsm_f81866_power_on[][2] = { { 0x27, BIT(3) | BIT(0) }, { 0x2c, BIT(5) } };

const struct fsm_part fsm_parts[] = {
	{
		.chip = { "F71808", 0x0901 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.power_on = fsm_f71808_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f71808_power_on),
		.routed = fsm_f71808_routed,
	}, {
		.chip = { "F71858", 0x0507 },
	}, {
		.chip = { "F71862", 0x0601 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.power_on = fsm_f71862_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f71862_power_on),
		.routed = fsm_f71862_routed,
	}, {
		.chip = { "F71868", 0x1106 },
		.pulse_ms = fsm_f71868_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.power_on = fsm_f71868_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f71868_power_on),
		.routed = fsm_f71868_routed,
	}, {
		.chip = { "F71869", 0x0814 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.power_on = fsm_f71868_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f71868_power_on),
		.routed = fsm_f71868_routed,
	}, {
		.chip = { "F71869A", 0x1007 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.power_on = fsm_f71868_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f71868_power_on),
		.routed = fsm_f71868_routed,
	}, {
		.chip = { "F71882", 0x0541 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.routed = fsm_f71882_routed,
	}, {
		.chip = { "F71889", 0x0723 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.power_on = fsm_f71889_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f71889_power_on),
		.routed = fsm_f71889_routed,
	}, {
		.chip = { "F81803", 0x1210 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xf0, .wdout_en = BIT(7),
		.power_on = fsm_f81803_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f81803_power_on),
		.routed = fsm_f81803_routed,
		.other_bank = fsm_f81803_other_bank,
	}, {
		.chip = { "F81865", 0x0704 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xfa, .wdout_en = BIT(0),
		.power_on = fsm_f81865_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f81865_power_on),
		.routed = fsm_f81865_routed,
	}, {
		.chip = { "F81866", 0x1010 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xfa, .wdout_en = BIT(0),
		.power_on = fsm_f81866_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f81866_power_on),
		.routed = fsm_f81866_routed,
		.other_bank = fsm_f81866_other_bank,
	}, {
		.chip = { "F81966", 0x1502 },
		.pulse_ms = fsm_pulse_ms, .wdout_reg = 0xfa, .wdout_en = BIT(0),
		.power_on = fsm_f81866_power_on,
		.nr_power_on = ARRAY_SIZE(fsm_f81866_power_on),
		.routed = fsm_f81866_routed,
		.other_bank = fsm_f81866_other_bank,
	},
};

const unsigned int fsm_nr_parts = ARRAY_SIZE(fsm_parts);

static u8 *fsm_wdt_reg(struct fintek_sio_model *model, u8 reg)
{
	return &model->ldn[FSM_WDT_LDN][reg];
}

static bool fsm_has_watchdog(const struct fintek_sio_model *model)
{
	return model->part && model->part->pulse_ms;
}

static bool fsm_wdt_enabled(struct fintek_sio_model *model)
{
	return (*fsm_wdt_reg(model, FSM_REG_LD_ENABLE) & FSM_LD_ENABLE) &&
	       (*fsm_wdt_reg(model, FSM_REG_WDT_CONF) & FSM_WDT_EN);
}

static bool fsm_wdt_output_enabled(struct fintek_sio_model *model)
{
	return *fsm_wdt_reg(model, model->part->wdout_reg) & model->part->wdout_en;
}

static void fsm_wdt_load(struct fintek_sio_model *model)
{
	u8 conf = *fsm_wdt_reg(model, FSM_REG_WDT_CONF);
	u64 unit_ms = conf & FSM_WDT_UNIT_MINUTES ? 60 * MSEC_PER_SEC : MSEC_PER_SEC;
	u64 period_ms = *fsm_wdt_reg(model, FSM_REG_WD_TIME) * unit_ms;

	model->counting = true;
	model->expires_ms = fsm_now_ms(model) + period_ms;
	if (!model->manual_clock)
		hrtimer_start(&model->expiry, ms_to_ktime(period_ms),
			      HRTIMER_MODE_REL);
}

/* Called with fsm_lock held, before anything looks at the chip. */
void fsm_wdt_update(struct fintek_sio_model *model)
{
	u8 *conf = fsm_wdt_reg(model, FSM_REG_WDT_CONF);
	struct fintek_sio_model_reset *reset;

	if (!model->counting || fsm_now_ms(model) < model->expires_ms)
		return;

	model->counting = false;
	*conf |= FSM_WDT_TMOUT_STS;
	if (!fsm_wdt_output_enabled(model) || !model->part->routed(model))
		return;

	if (model->nr_resets < FSM_MAX_RESETS) {
		reset = &model->resets[model->nr_resets];
		reset->at_ms = model->expires_ms;
		reset->width_ms = *conf & FSM_WDT_PULSE ?
			model->part->pulse_ms[FIELD_GET(FSM_WDT_PSWIDTH, *conf)] : 0;
	}
	model->nr_resets++;
	model->level_asserted = !(*conf & FSM_WDT_PULSE);
	pr_info("0x%x: WDTRST# active at model time %llu ms (%s)\n",
		model->base, model->expires_ms,
		model->level_asserted ? "level" : "pulse");
}

u8 fsm_wdt_written_value(struct fintek_sio_model *model, u8 reg, u8 old,
			 u8 val)
{
	if (reg != FSM_REG_WDT_CONF)
		return val;
	/* The status bit is cleared by writing 1 and kept by writing 0. */
	return (val & ~FSM_WDT_TMOUT_STS) |
	       (old & FSM_WDT_TMOUT_STS & ~(val & FSM_WDT_TMOUT_STS));
}

void fsm_wdt_written(struct fintek_sio_model *model, u8 reg, u8 old)
{
	u8 *written = fsm_wdt_reg(model, reg);
	u8 now = *written;
	bool was_enabled, enabled;

	if (!fsm_has_watchdog(model))
		return;

	enabled = fsm_wdt_enabled(model);
	*written = old;
	was_enabled = fsm_wdt_enabled(model);
	*written = now;

	if (enabled && (!was_enabled || reg == FSM_REG_WD_TIME)) {
		fsm_wdt_load(model);
	} else if (was_enabled && !enabled) {
		model->counting = false;
		hrtimer_try_to_cancel(&model->expiry);
	}
	if (!(*fsm_wdt_reg(model, FSM_REG_WDT_CONF) & FSM_WDT_EN))
		model->level_asserted = false;
}

static enum hrtimer_restart fsm_wdt_expiry(struct hrtimer *timer)
{
	struct fintek_sio_model *model =
		container_of(timer, struct fintek_sio_model, expiry);
	enum hrtimer_restart restart = HRTIMER_NORESTART;
	unsigned long flags;
	u64 now;

	spin_lock_irqsave(&fsm_lock, flags);
	fsm_wdt_update(model);
	now = fsm_now_ms(model);
	/* Model time is in whole milliseconds; the timer may be early by one. */
	if (model->counting && model->expires_ms > now) {
		hrtimer_forward_now(timer, ms_to_ktime(model->expires_ms - now));
		restart = HRTIMER_RESTART;
	}
	spin_unlock_irqrestore(&fsm_lock, flags);
	return restart;
}

void fsm_wdt_init(struct fintek_sio_model *model)
{
	hrtimer_setup(&model->expiry, fsm_wdt_expiry, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
}

void fsm_wdt_exit(struct fintek_sio_model *model)
{
	hrtimer_cancel(&model->expiry);
}

/**
 * fintek_sio_model_advance() - let model time pass
 * @model: a chip added with fintek_sio_model_add_kunit()
 * @ms: how long
 */
void fintek_sio_model_advance(struct fintek_sio_model *model, u64 ms)
{
	unsigned long flags;

	spin_lock_irqsave(&fsm_lock, flags);
	model->manual_now_ms += ms;
	fsm_wdt_update(model);
	spin_unlock_irqrestore(&fsm_lock, flags);
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_advance, "SUPERIO_MODEL");

/**
 * fintek_sio_model_wdt() - the watchdog's state now
 * @model: the chip
 *
 * Return: what the timer, the status bit and the reset output are doing.
 */
struct fintek_sio_model_wdt fintek_sio_model_wdt(struct fintek_sio_model *model)
{
	struct fintek_sio_model_wdt wdt = {};
	unsigned long flags;

	spin_lock_irqsave(&fsm_lock, flags);
	fsm_wdt_update(model);
	wdt.now_ms = fsm_now_ms(model);
	wdt.counting = model->counting;
	wdt.ms_left = model->counting ? model->expires_ms - wdt.now_ms : 0;
	wdt.timeout_status = *fsm_wdt_reg(model, FSM_REG_WDT_CONF) &
			     FSM_WDT_TMOUT_STS;
	if (fsm_has_watchdog(model)) {
		wdt.output_enabled = fsm_wdt_output_enabled(model);
		wdt.routed = model->part->routed(model);
	}
	wdt.level_asserted = model->level_asserted;
	wdt.nr_resets = model->nr_resets;
	spin_unlock_irqrestore(&fsm_lock, flags);
	return wdt;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_wdt, "SUPERIO_MODEL");

/**
 * fintek_sio_model_resets() - what the reset output did, oldest first
 * @model: the chip
 * @resets: filled with up to @max activations
 * @max: room in @resets
 *
 * Return: how many activations were stored in @resets.
 */
unsigned int fintek_sio_model_resets(struct fintek_sio_model *model,
				     struct fintek_sio_model_reset *resets,
				     unsigned int max)
{
	unsigned long flags;
	unsigned int n;

	spin_lock_irqsave(&fsm_lock, flags);
	fsm_wdt_update(model);
	n = min3(max, model->nr_resets, (unsigned int)FSM_MAX_RESETS);
	memcpy(resets, model->resets, n * sizeof(*resets));
	spin_unlock_irqrestore(&fsm_lock, flags);
	return n;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_resets, "SUPERIO_MODEL");
