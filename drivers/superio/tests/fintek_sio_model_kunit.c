// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the Fintek chip model itself: each switch of its watchdog
 * under each setting, through the ports as a driver reaches it, asserting
 * what a scope on WDTRST# and the board would see.
 */

#include <kunit/test.h>
#include <linux/bits.h>
#include <linux/module.h>
#include <linux/string_choices.h>
#include <linux/time64.h>
#include <linux/superio.h>

#include "fintek_sio_model.h"

#define F71882_ID	0x0541
#define PORT		0x4e
#define WDT_LDN		0x07
#define LD_ENABLE	0x30
#define WDO_CONF	0xf0
#define WDOUT_EN	BIT(7)
#define WDT_CONF	0xf5
#define TMOUT_STS	BIT(6)
#define WD_EN		BIT(5)
#define WD_PULSE	BIT(4)
#define WD_MINUTES	BIT(3)
#define WD_ACTIVE_HIGH	BIT(2)
#define WD_TIME		0xf6
#define MFUNCT1		0x29
#define F71882_WDTRST	BIT(1)
#define SECOND		1000
#define MINUTE		(60 * SECOND)

static struct fintek_sio_model *
chip_with(struct kunit *test, const struct fintek_sio_model_settings *settings)
{
	struct fintek_sio_model *model;

	model = fintek_sio_model_add_kunit(test, PORT, F71882_ID);
	fintek_sio_model_configure(model, settings);
	return model;
}

static void write_wdt(struct kunit *test, u8 reg, u8 val)
{
	struct superio sio = { .vendor = &superio_fintek, .base = PORT,
			       .name = "fintek-model-kunit" };

	KUNIT_ASSERT_EQ(test, superio_lock(&sio), 0);
	superio_select(&sio, WDT_LDN);
	superio_write8(&sio, reg, val);
	superio_unlock(&sio);
}

static u8 read_wdt(struct kunit *test, u8 reg)
{
	struct superio sio = { .vendor = &superio_fintek, .base = PORT,
			       .name = "fintek-model-kunit" };
	u8 val;

	KUNIT_ASSERT_EQ(test, superio_lock(&sio), 0);
	superio_select(&sio, WDT_LDN);
	val = superio_read8(&sio, reg);
	superio_unlock(&sio);
	return val;
}

/* What a driver does to arm the watchdog, WDT_CONF bits but WD_EN given. */
static void arm(struct kunit *test, struct fintek_sio_model *model, u8 time,
		u8 conf)
{
	fintek_sio_model_poke(model, 0, MFUNCT1, F71882_WDTRST);
	write_wdt(test, LD_ENABLE, 1);
	write_wdt(test, WDO_CONF, WDOUT_EN);
	write_wdt(test, WD_TIME, time);
	write_wdt(test, WDT_CONF, conf | WD_EN);
}

/* Model time from now until WDTRST# fires, at a millisecond's resolution. */
static u64 ms_to_fire(struct fintek_sio_model *model, u64 limit_ms)
{
	u64 ms;

	for (ms = 0; ms <= limit_ms; ms++) {
		if (fintek_sio_model_wdt(model).nr_resets)
			return ms;
		fintek_sio_model_advance(model, 1);
	}
	return U64_MAX;
}

static void tick_from_load_expires_exactly_n_units_later(struct kunit *test)
{
	struct fintek_sio_model_settings set = { .tick = FINTEK_SIO_TICK_FROM_LOAD };
	struct fintek_sio_model *model = chip_with(test, &set);

	fintek_sio_model_advance(model, 2345);
	arm(test, model, 10, WD_PULSE);
	KUNIT_EXPECT_EQ(test, ms_to_fire(model, 11 * SECOND), 10 * SECOND);

	/* A ping half-way loads a fresh count from the write. */
	write_wdt(test, WDT_CONF, WD_PULSE);
	arm(test, model, 3, 0);
	fintek_sio_model_advance(model, 1500);
	write_wdt(test, WD_TIME, 3);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).ms_left, 3 * SECOND);
}

static const unsigned int tick_phases_ms[] = { 0, 1, 456, 999 };

static void phase_to_desc(const unsigned int *phase, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "tick phase %u ms", *phase);
}

KUNIT_ARRAY_PARAM(tick_phase, tick_phases_ms, phase_to_desc);

/*
 * A free-running tick: each load of N fires at the Nth tick after it, so
 * anywhere in (N - 1, N] units later, and pings do not move the tick.
 */
static void tick_free_running_fires_in_the_window(struct kunit *test)
{
	const unsigned int *phase = test->param_value;
	struct fintek_sio_model_settings set = {
		.tick = FINTEK_SIO_TICK_FREE_RUNNING, .tick_phase_ms = *phase,
	};
	struct fintek_sio_model *model = chip_with(test, &set);
	u64 loaded_at, first_tick, fired_after;

	fintek_sio_model_advance(model, 2000);
	loaded_at = fintek_sio_model_wdt(model).now_ms;
	arm(test, model, 5, WD_PULSE);
	first_tick = loaded_at + (*phase ? *phase : SECOND);
	fired_after = ms_to_fire(model, 6 * SECOND);
	KUNIT_EXPECT_GT(test, fired_after, 4 * SECOND);
	KUNIT_EXPECT_LE(test, fired_after, 5 * SECOND);
	KUNIT_EXPECT_EQ(test, loaded_at + fired_after, first_tick + 4 * SECOND);

	/* Minutes tick on the same phase. */
	write_wdt(test, WDT_CONF, WD_PULSE | WD_MINUTES);
	fintek_sio_model_advance(model, 3 * MINUTE - fintek_sio_model_wdt(model).now_ms);
	write_wdt(test, WDT_CONF, WD_PULSE | WD_MINUTES | WD_EN);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).ms_left,
			(u64)(*phase ? *phase : MINUTE) + 4 * MINUTE);
}

static void tick_free_running_worst_end(struct kunit *test)
{
	struct fintek_sio_model_settings set = {
		.tick = FINTEK_SIO_TICK_FREE_RUNNING, .tick_phase_ms = 0,
	};
	struct fintek_sio_model *model = chip_with(test, &set);

	/* Loaded just after a tick: the next one comes a unit later. */
	fintek_sio_model_advance(model, 1);
	arm(test, model, 2, WD_PULSE);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).ms_left, 2 * SECOND - 1);
	/* Pinged just before a tick: the count loses almost a unit at once. */
	fintek_sio_model_advance(model, SECOND - 2);
	write_wdt(test, WD_TIME, 2);
	KUNIT_EXPECT_EQ(test, ms_to_fire(model, 3 * SECOND), SECOND + 1);
}

static void readback_loaded_shows_the_value_written(struct kunit *test)
{
	struct fintek_sio_model_settings set = { .readback = FINTEK_SIO_READBACK_LOADED };
	struct fintek_sio_model *model = chip_with(test, &set);

	arm(test, model, 10, WD_PULSE);
	fintek_sio_model_advance(model, 3500);
	KUNIT_EXPECT_EQ(test, read_wdt(test, WD_TIME), 10);
	fintek_sio_model_advance(model, 10 * SECOND);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 1);
	KUNIT_EXPECT_EQ(test, read_wdt(test, WD_TIME), 10);
}

static void readback_count_left_counts_down(struct kunit *test)
{
	struct fintek_sio_model_settings set = {
		.readback = FINTEK_SIO_READBACK_COUNT_LEFT,
	};
	struct fintek_sio_model *model = chip_with(test, &set);

	write_wdt(test, WD_TIME, 10);
	KUNIT_EXPECT_EQ(test, read_wdt(test, WD_TIME), 10);
	arm(test, model, 10, WD_PULSE);
	fintek_sio_model_advance(model, 3500);
	KUNIT_EXPECT_EQ(test, read_wdt(test, WD_TIME), 7);
	/* Stopped, the count stays where it was. */
	write_wdt(test, WDT_CONF, WD_PULSE);
	fintek_sio_model_advance(model, 5 * SECOND);
	KUNIT_EXPECT_EQ(test, read_wdt(test, WD_TIME), 7);
	/* Expired, it reads 0; the register still holds what was loaded. */
	write_wdt(test, WDT_CONF, WD_PULSE | WD_EN);
	fintek_sio_model_advance(model, 10 * SECOND);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 1);
	KUNIT_EXPECT_EQ(test, read_wdt(test, WD_TIME), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WD_TIME), 10);
}

static void polarity_none_ignores_bit2(struct kunit *test)
{
	struct fintek_sio_model_settings set = { .polarity = FINTEK_SIO_POLARITY_NONE };
	struct fintek_sio_model *model = chip_with(test, &set);
	struct fintek_sio_model_wdt wdt;

	arm(test, model, 1, WD_ACTIVE_HIGH);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_FALSE(test, wdt.active_high);
	KUNIT_EXPECT_TRUE(test, wdt.pin_high);
	KUNIT_EXPECT_EQ(test, wdt.nr_resets, 0);
	fintek_sio_model_advance(model, SECOND);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_TRUE(test, wdt.level_asserted);
	KUNIT_EXPECT_FALSE(test, wdt.pin_high);
}

static void polarity_bit2_sets_the_active_level(struct kunit *test)
{
	struct fintek_sio_model_settings set = { .polarity = FINTEK_SIO_POLARITY_LOW };
	struct fintek_sio_model *model = chip_with(test, &set);
	struct fintek_sio_model_wdt wdt;

	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WDT_CONF), 0);
	arm(test, model, 1, WD_PULSE | 1);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).pin_high);
	fintek_sio_model_advance(model, SECOND);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_FALSE(test, wdt.active_high);
	KUNIT_EXPECT_FALSE(test, wdt.pin_high);
	fintek_sio_model_advance(model, 25);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).pin_high);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 1);

	/*
	 * Set, the idle pin goes low, which the board, wired active low, sees
	 * as its reset input held.
	 */
	write_wdt(test, WDT_CONF, WD_PULSE | WD_ACTIVE_HIGH);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).active_high);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).pin_high);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 2);
}

static void polarity_high_board_keeps_firmware_bit2(struct kunit *test)
{
	struct fintek_sio_model_settings set = { .polarity = FINTEK_SIO_POLARITY_HIGH };
	struct fintek_sio_model *model = chip_with(test, &set);
	struct fintek_sio_model_reset resets[2];
	struct fintek_sio_model_wdt wdt;

	/* Firmware left bit 2 set for the board's active-high reset input. */
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WDT_CONF),
			WD_ACTIVE_HIGH);
	arm(test, model, 2, WD_ACTIVE_HIGH);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_TRUE(test, wdt.active_high);
	KUNIT_EXPECT_FALSE(test, wdt.pin_high);
	KUNIT_EXPECT_EQ(test, wdt.nr_resets, 0);
	fintek_sio_model_advance(model, 2 * SECOND);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).pin_high);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 1);

	/* A driver that clears bit 2 holds the board in reset at once. */
	write_wdt(test, WDT_CONF, WD_ACTIVE_HIGH);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).pin_high);
	fintek_sio_model_advance(model, 7);
	write_wdt(test, WDT_CONF, WD_EN);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_TRUE(test, wdt.pin_high);
	KUNIT_EXPECT_EQ(test, wdt.nr_resets, 2);
	KUNIT_ASSERT_EQ(test, fintek_sio_model_resets(model, resets, 2), 2);
	KUNIT_EXPECT_EQ(test, resets[1].at_ms, 2 * SECOND + 7);
	KUNIT_EXPECT_EQ(test, resets[1].width_ms, 0);
}

static void zero_time_expires_at_once(struct kunit *test)
{
	struct fintek_sio_model_settings set = {
		.zero_time = FINTEK_SIO_ZERO_TIME_EXPIRES,
	};
	struct fintek_sio_model *model = chip_with(test, &set);

	fintek_sio_model_advance(model, 500);
	arm(test, model, 0, WD_PULSE);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 1);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).timeout_status);
}

static void zero_time_stops(struct kunit *test)
{
	struct fintek_sio_model_settings set = {
		.zero_time = FINTEK_SIO_ZERO_TIME_STOPS,
	};
	struct fintek_sio_model *model = chip_with(test, &set);

	arm(test, model, 5, WD_PULSE);
	fintek_sio_model_advance(model, 2 * SECOND);
	write_wdt(test, WD_TIME, 0);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).counting);
	fintek_sio_model_advance(model, 24 * 60 * MINUTE);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 0);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).timeout_status);
}

static void zero_time_wraps_to_256_units(struct kunit *test)
{
	struct fintek_sio_model_settings set = {
		.zero_time = FINTEK_SIO_ZERO_TIME_WRAPS,
	};
	struct fintek_sio_model *model = chip_with(test, &set);

	arm(test, model, 0, WD_PULSE);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).ms_left, 256 * SECOND);
	fintek_sio_model_advance(model, 256 * SECOND - 1);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 0);
	fintek_sio_model_advance(model, 1);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_resets, 1);
}

static void no_platform_reset_keeps_the_registers(struct kunit *test)
{
	struct fintek_sio_model_settings set = { .platform_reset = false };
	struct fintek_sio_model *model = chip_with(test, &set);
	struct fintek_sio_model_wdt wdt;

	arm(test, model, 3, 0);
	fintek_sio_model_advance(model, 3 * SECOND);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_EQ(test, wdt.nr_resets, 1);
	KUNIT_EXPECT_EQ(test, wdt.nr_platform_resets, 0);
	KUNIT_EXPECT_TRUE(test, wdt.level_asserted);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WDT_CONF),
			TMOUT_STS | WD_EN);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WD_TIME), 3);
}

static const enum fintek_sio_model_polarity reset_polarities[] = {
	FINTEK_SIO_POLARITY_NONE, FINTEK_SIO_POLARITY_HIGH,
};

static void reset_polarity_to_desc(const enum fintek_sio_model_polarity *p,
				   char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "board reset active %s",
		 str_high_low(*p == FINTEK_SIO_POLARITY_HIGH));
}

KUNIT_ARRAY_PARAM(reset_polarity, reset_polarities, reset_polarity_to_desc);

/*
 * WDTRST# resets the board, the chip with it: every register to its
 * power-on value but the ID registers and the timeout status bit.
 */
static void platform_reset_keeps_only_the_status_bit(struct kunit *test)
{
	const enum fintek_sio_model_polarity *polarity = test->param_value;
	struct fintek_sio_model_settings set = {
		.platform_reset = true, .polarity = *polarity,
	};
	struct fintek_sio_model *model = chip_with(test, &set);
	u8 firmware_conf = *polarity == FINTEK_SIO_POLARITY_HIGH ? WD_ACTIVE_HIGH : 0;
	struct fintek_sio_model_wdt wdt;

	arm(test, model, 3, WD_PULSE | firmware_conf | 2);
	fintek_sio_model_poke(model, 0, 0x2b, 0x5a);
	fintek_sio_model_advance(model, 3 * SECOND);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_EQ(test, wdt.nr_resets, 1);
	KUNIT_EXPECT_EQ(test, wdt.nr_platform_resets, 1);
	KUNIT_EXPECT_TRUE(test, wdt.timeout_status);
	KUNIT_EXPECT_FALSE(test, wdt.counting);
	KUNIT_EXPECT_FALSE(test, wdt.output_enabled);
	KUNIT_EXPECT_FALSE(test, wdt.routed);
	KUNIT_EXPECT_FALSE(test, wdt.level_asserted);
	KUNIT_EXPECT_NE(test, wdt.pin_high, *polarity == FINTEK_SIO_POLARITY_HIGH);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WDT_CONF),
			TMOUT_STS | firmware_conf);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WD_TIME), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, LD_ENABLE), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WDO_CONF), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, 0, MFUNCT1), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, 0, 0x2b), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, 0, 0x20), F71882_ID >> 8);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, 0, 0x23), 0x19);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_in_config_mode(model));

	/* The status bit still clears when written 1. */
	write_wdt(test, WDT_CONF, TMOUT_STS);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).timeout_status);
}

/* A board held in reset by a wrong polarity resets the chip, which lets go. */
static void platform_reset_on_a_held_reset_input(struct kunit *test)
{
	struct fintek_sio_model_settings set = {
		.platform_reset = true, .polarity = FINTEK_SIO_POLARITY_HIGH,
	};
	struct fintek_sio_model *model = chip_with(test, &set);
	struct fintek_sio_model_wdt wdt;

	arm(test, model, 10, 0);
	wdt = fintek_sio_model_wdt(model);
	KUNIT_EXPECT_EQ(test, wdt.nr_resets, 1);
	KUNIT_EXPECT_EQ(test, wdt.nr_platform_resets, 1);
	KUNIT_EXPECT_FALSE(test, wdt.timeout_status);
	KUNIT_EXPECT_FALSE(test, wdt.counting);
	KUNIT_EXPECT_FALSE(test, wdt.pin_high);
}

/* The record of WDTRST#: let go, held inactive, a pulse and its end. */
static void wdtrst_record_shows_a_pulse(struct kunit *test)
{
	struct fintek_sio_model_settings set = {};
	struct fintek_sio_model *model = chip_with(test, &set);
	struct hw_model_pin_event ev[5];
	unsigned int n;

	fintek_sio_model_advance(model, SECOND);
	/* PSWIDTH 2: a 125 ms pulse on the F71882. */
	arm(test, model, 2, WD_PULSE | 2);
	fintek_sio_model_advance(model, 2 * SECOND + 200);

	n = fintek_sio_model_wdtrst_history(model, ev, ARRAY_SIZE(ev));
	KUNIT_ASSERT_EQ(test, n, 4);
	KUNIT_EXPECT_EQ(test, ev[0].at_ns, 0);
	KUNIT_EXPECT_FALSE(test, ev[0].driven);
	/* WDOUT_EN on a routed pin drives it, at the inactive level. */
	KUNIT_EXPECT_EQ(test, ev[1].at_ns, 1ULL * SECOND * NSEC_PER_MSEC);
	KUNIT_EXPECT_TRUE(test, ev[1].driven);
	KUNIT_EXPECT_TRUE(test, ev[1].level);
	KUNIT_EXPECT_EQ(test, ev[2].at_ns, 3ULL * SECOND * NSEC_PER_MSEC);
	KUNIT_EXPECT_TRUE(test, ev[2].driven);
	KUNIT_EXPECT_FALSE(test, ev[2].level);
	KUNIT_EXPECT_EQ(test, ev[3].at_ns, (3ULL * SECOND + 125) * NSEC_PER_MSEC);
	KUNIT_EXPECT_TRUE(test, ev[3].driven);
	KUNIT_EXPECT_TRUE(test, ev[3].level);
	for (n = 0; n < 4; n++)
		KUNIT_EXPECT_FALSE(test, ev[n].running);
}

static struct kunit_case fintek_sio_model_cases[] = {
	KUNIT_CASE(tick_from_load_expires_exactly_n_units_later),
	KUNIT_CASE_PARAM(tick_free_running_fires_in_the_window,
			 tick_phase_gen_params),
	KUNIT_CASE(tick_free_running_worst_end),
	KUNIT_CASE(readback_loaded_shows_the_value_written),
	KUNIT_CASE(readback_count_left_counts_down),
	KUNIT_CASE(polarity_none_ignores_bit2),
	KUNIT_CASE(polarity_bit2_sets_the_active_level),
	KUNIT_CASE(polarity_high_board_keeps_firmware_bit2),
	KUNIT_CASE(zero_time_expires_at_once),
	KUNIT_CASE(zero_time_stops),
	KUNIT_CASE(zero_time_wraps_to_256_units),
	KUNIT_CASE(no_platform_reset_keeps_the_registers),
	KUNIT_CASE_PARAM(platform_reset_keeps_only_the_status_bit,
			 reset_polarity_gen_params),
	KUNIT_CASE(platform_reset_on_a_held_reset_input),
	KUNIT_CASE(wdtrst_record_shows_a_pulse),
	{}
};

static struct kunit_suite fintek_sio_model_suite = {
	.name = "fintek_sio_model",
	.test_cases = fintek_sio_model_cases,
};

kunit_test_suite(fintek_sio_model_suite);

MODULE_DESCRIPTION("KUnit tests of the Fintek Super I/O chip model");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("SUPERIO");
MODULE_IMPORT_NS("SUPERIO_MODEL");
