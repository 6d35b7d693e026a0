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
 *   by part, as in the table below;
 * - the timeout status bit persists until power-on and clears when written
 *   1 (Linux commit 4f39d5758441), so a platform reset keeps it.
 *
 * Switches, where the sources are silent (struct fintek_sio_model_settings):
 * - the tick: counted from each load, or free-running so that a load of N
 *   expires anywhere in (N - 1, N] units later;
 * - WD_TIME read-back: the value loaded or the count left;
 * - WDT_CONF bit 2: nothing, or the output's polarity (set: active high, as
 *   FreeBSD's ftwd.c writes 0x75 for "act high"), with the board's reset
 *   input wired for the polarity firmware left;
 * - WD_TIME = 0: expires at once, does not count, or counts 256 units;
 * - whether WDTRST# resets the board, and with it the chip's registers.
 *
 * Assumptions, not stated by those sources:
 * - the timer counts while both the logical device and WD_EN are enabled;
 *   enabling the second of them, or writing WD_TIME while counting, loads
 *   the count from WD_TIME;
 * - a change of unit takes effect with the next load;
 * - at zero the timer sets the status bit and stops until loaded again;
 * - WDTRST# goes active only with WDOUT_EN set and the pin routed to it; a
 *   level stays active until WD_EN is cleared; undriven, the pin rests at
 *   the board's inactive level;
 * - the power-on values of the pin multiplexing registers leave WDTRST# off
 *   the pin, so a test proves that the driver routes it;
 * - the second bank of a banked register is one other register;
 * - a platform reset also ends configuration mode (LRESET#).
 */

#include <linux/bitfield.h>
#include <linux/bits.h>
#include <linux/hrtimer.h>
#include <linux/kernel.h>
#include <linux/math64.h>
#include <linux/module.h>

#include "fintek_sio_model_internal.h"

#define FSM_REG_LD_ENABLE	0x30
#define FSM_LD_ENABLE		BIT(0)
#define FSM_WDT_EN		BIT(5)
#define FSM_WDT_PULSE		BIT(4)
#define FSM_WDT_UNIT_MINUTES	BIT(3)
#define FSM_WDT_ACTIVE_HIGH	BIT(2)
#define FSM_WDT_PSWIDTH		GENMASK(1, 0)
#define FSM_REG_WD_TIME		0xf6
#define FSM_WRAPPED_COUNT	256

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

static unsigned int fsm_wdt_unit_ms(struct fintek_sio_model *model)
{
	return *fsm_wdt_reg(model, FSM_REG_WDT_CONF) & FSM_WDT_UNIT_MINUTES ?
	       60 * MSEC_PER_SEC : MSEC_PER_SEC;
}

/* The count left in whole units, rounded up, as a tick-driven counter holds it. */
static u8 fsm_wdt_units_left(struct fintek_sio_model *model)
{
	return DIV_ROUND_UP_ULL(model->expires_ms - fsm_now_ms(model),
				model->unit_ms);
}

static void fsm_wdt_stop(struct fintek_sio_model *model)
{
	if (model->counting)
		model->count_left = fsm_wdt_units_left(model);
	model->counting = false;
	hrtimer_try_to_cancel(&model->expiry);
}

static void fsm_wdt_load(struct fintek_sio_model *model)
{
	const struct fintek_sio_model_settings *set = &model->settings;
	u64 count = *fsm_wdt_reg(model, FSM_REG_WD_TIME);
	unsigned int unit_ms = fsm_wdt_unit_ms(model);
	u64 now = fsm_now_ms(model);
	unsigned int to_tick;
	u32 into_unit;

	if (!count && set->zero_time == FINTEK_SIO_ZERO_TIME_STOPS) {
		fsm_wdt_stop(model);
		model->count_left = 0;
		return;
	}
	if (!count && set->zero_time == FINTEK_SIO_ZERO_TIME_WRAPS)
		count = FSM_WRAPPED_COUNT;

	model->counting = true;
	model->unit_ms = unit_ms;
	if (count && set->tick == FINTEK_SIO_TICK_FREE_RUNNING) {
		/* The first tick strictly after the load counts the first unit. */
		div_u64_rem(now, unit_ms, &into_unit);
		to_tick = (set->tick_phase_ms % unit_ms + unit_ms - into_unit) % unit_ms;
		model->expires_ms = now + (to_tick ?: unit_ms) + (count - 1) * unit_ms;
	} else {
		model->expires_ms = now + count * unit_ms;
	}
	if (!model->clock.manual)
		hrtimer_start(&model->expiry,
			      ms_to_ktime(model->expires_ms - now),
			      HRTIMER_MODE_REL);
}

static bool fsm_wdt_drives_pin(struct fintek_sio_model *model)
{
	return fsm_wdt_output_enabled(model) && model->part->routed(model);
}

static bool fsm_wdt_active_high(struct fintek_sio_model *model)
{
	return model->settings.polarity != FINTEK_SIO_POLARITY_NONE &&
	       (*fsm_wdt_reg(model, FSM_REG_WDT_CONF) & FSM_WDT_ACTIVE_HIGH);
}

static bool fsm_board_active_high(struct fintek_sio_model *model)
{
	return model->settings.polarity == FINTEK_SIO_POLARITY_HIGH;
}

/* What the chip makes of WDTRST# at model time @at_ms, registers as they are. */
static struct hw_model_pin_event fsm_wdt_pin(struct fintek_sio_model *model,
					     u64 at_ms)
{
	struct hw_model_pin_event pin = { .at_ns = at_ms * NSEC_PER_MSEC };

	if (!fsm_has_watchdog(model) || !fsm_wdt_drives_pin(model))
		return pin;
	pin.driven = true;
	pin.level = (model->level_asserted || at_ms < model->pulse_end_ms) ==
		    fsm_wdt_active_high(model);
	return pin;
}

/* Undriven, the pin rests at the board's inactive level. */
static bool fsm_wdt_pin_high(struct fintek_sio_model *model)
{
	struct hw_model_pin_event pin = fsm_wdt_pin(model, fsm_now_ms(model));

	return pin.driven ? pin.level : !fsm_board_active_high(model);
}

/*
 * Records what WDTRST# showed up to model time @to_ms: the end of a pulse
 * at its time, then the pin as the registers make it now. Called with
 * fsm_lock held whenever the pin may have changed.
 */
static void fsm_wdt_pin_record(struct fintek_sio_model *model, u64 to_ms)
{
	struct hw_model_pin_event pin;

	if (model->pulse_end_ms > model->wdtrst_recorded_ms &&
	    model->pulse_end_ms <= to_ms) {
		pin = fsm_wdt_pin(model, model->pulse_end_ms);
		hw_model_pin_record(&model->wdtrst, &pin);
	}
	pin = fsm_wdt_pin(model, to_ms);
	hw_model_pin_record(&model->wdtrst, &pin);
	model->wdtrst_recorded_ms = to_ms;
}

static void fsm_wdt_record_reset(struct fintek_sio_model *model, u64 at_ms,
				 unsigned int width_ms)
{
	if (model->nr_resets < FSM_MAX_RESETS) {
		model->resets[model->nr_resets].at_ms = at_ms;
		model->resets[model->nr_resets].width_ms = width_ms;
	}
	model->nr_resets++;
	if (model->settings.platform_reset) {
		model->nr_platform_resets++;
		fsm_power_on(model);
	}
}

/*
 * Called with fsm_lock held after every register write: a pin driven to
 * the board's active level while the timer has not fired, because its
 * polarity no longer matches the board's, holds the board in reset.
 */
void fsm_wdt_pin_check(struct fintek_sio_model *model)
{
	bool held = fsm_has_watchdog(model) && !model->level_asserted &&
		    fsm_now_ms(model) >= model->pulse_end_ms &&
		    fsm_wdt_drives_pin(model) &&
		    fsm_wdt_pin_high(model) == fsm_board_active_high(model);

	if (held && !model->held_in_reset) {
		pr_info("0x%x: WDTRST# idles at the board's active level at model time %llu ms\n",
			model->base, fsm_now_ms(model));
		fsm_wdt_record_reset(model, fsm_now_ms(model), 0);
		held = !model->settings.platform_reset;
	}
	model->held_in_reset = held;
	fsm_wdt_pin_record(model, fsm_now_ms(model));
}

/* Called with fsm_lock held, before anything looks at the chip. */
void fsm_wdt_update(struct fintek_sio_model *model)
{
	u8 *conf = fsm_wdt_reg(model, FSM_REG_WDT_CONF);
	u64 now = fsm_now_ms(model);
	unsigned int width_ms;

	if (!model->counting || now < model->expires_ms) {
		fsm_wdt_pin_record(model, now);
		return;
	}

	fsm_wdt_pin_record(model, model->expires_ms);
	model->counting = false;
	model->count_left = 0;
	*conf |= FSM_WDT_TMOUT_STS;
	if (!fsm_wdt_drives_pin(model))
		return;

	width_ms = *conf & FSM_WDT_PULSE ?
		   model->part->pulse_ms[FIELD_GET(FSM_WDT_PSWIDTH, *conf)] : 0;
	model->level_asserted = !width_ms;
	model->pulse_end_ms = model->expires_ms + width_ms;
	pr_info("0x%x: WDTRST# active at model time %llu ms (%s)\n",
		model->base, model->expires_ms,
		model->level_asserted ? "level" : "pulse");
	fsm_wdt_pin_record(model, model->expires_ms);
	fsm_wdt_record_reset(model, model->expires_ms, width_ms);
	/* What a platform reset left on the pin, from the same moment. */
	fsm_wdt_pin_record(model, model->expires_ms);
	fsm_wdt_pin_record(model, now);
}

u8 fsm_wdt_read_value(struct fintek_sio_model *model, u8 reg, u8 stored)
{
	if (reg != FSM_REG_WD_TIME || !fsm_has_watchdog(model) ||
	    model->settings.readback != FINTEK_SIO_READBACK_COUNT_LEFT)
		return stored;
	return model->counting ? fsm_wdt_units_left(model) : model->count_left;
}

/* Called with fsm_lock held, as the chip comes out of a power-on or platform reset. */
void fsm_wdt_power_on(struct fintek_sio_model *model, bool status)
{
	u8 *conf = fsm_wdt_reg(model, FSM_REG_WDT_CONF);

	model->counting = false;
	model->count_left = 0;
	model->level_asserted = false;
	model->held_in_reset = false;
	if (status)
		*conf |= FSM_WDT_TMOUT_STS;
	/* Firmware sets the polarity the board's reset input wants. */
	*conf &= ~FSM_WDT_ACTIVE_HIGH;
	if (fsm_board_active_high(model))
		*conf |= FSM_WDT_ACTIVE_HIGH;
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

	if (enabled && (!was_enabled || reg == FSM_REG_WD_TIME))
		fsm_wdt_load(model);
	else if (was_enabled && !enabled)
		fsm_wdt_stop(model);
	else if (!enabled && reg == FSM_REG_WD_TIME)
		model->count_left = now;
	if (!(*fsm_wdt_reg(model, FSM_REG_WDT_CONF) & FSM_WDT_EN))
		model->level_asserted = false;
	fsm_wdt_update(model);
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
	hw_model_pin_init(&model->wdtrst, 0);
	fsm_wdt_pin_record(model, 0);
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
	hw_model_clock_advance(&model->clock, ms * NSEC_PER_MSEC);
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
	wdt.active_high = fsm_has_watchdog(model) && fsm_wdt_active_high(model);
	wdt.pin_high = fsm_wdt_pin_high(model);
	wdt.nr_platform_resets = model->nr_platform_resets;
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

/**
 * fintek_sio_model_wdtrst_history() - what WDTRST# showed, oldest first
 * @model: the chip
 * @events: filled with up to @max changes of the pin
 * @max: room in @events
 *
 * The pin is not driven, or held at a level: its changes, up to model time
 * now, as hw_model_pin_history() gives them; the last
 * %HW_MODEL_PIN_HISTORY are kept.
 *
 * Return: how many changes were stored in @events.
 */
unsigned int fintek_sio_model_wdtrst_history(struct fintek_sio_model *model,
					     struct hw_model_pin_event *events,
					     unsigned int max)
{
	unsigned long flags;
	unsigned int n;

	spin_lock_irqsave(&fsm_lock, flags);
	fsm_wdt_update(model);
	n = hw_model_pin_history(&model->wdtrst, events, max);
	spin_unlock_irqrestore(&fsm_lock, flags);
	return n;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_wdtrst_history, "SUPERIO_MODEL");
