// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the i.MX TPM model against the reference manual: before a
 * driver is judged on the model, the model is judged on the facts it
 * claims (see imx_tpm_model_core.c). Register accesses here are the CPU's,
 * through the same bus callbacks the driver's regmap uses.
 */

#include <kunit/test.h>
#include <linux/bitfield.h>
#include <linux/module.h>

#include "imx_tpm_model.h"

#define TEST_BASE	0x40260000
#define TEST_RATE_HZ	1000000		/* 1 us a cycle: time reads as counts */
#define US		1000ULL

#define SC_COUNTING(ps)	(FIELD_PREP(TPM_SC_PS, ps) | FIELD_PREP(TPM_SC_CMOD, 1))
#define SC_STOPPED(ps)	FIELD_PREP(TPM_SC_PS, ps)
#define CNSC_EPWM_HIGH	(TPM_CNSC_MSB | TPM_CNSC_ELSB)
#define CNSC_EPWM_LOW	(TPM_CNSC_MSB | TPM_CNSC_ELSA)
#define PARAM_WIDTH	GENMASK(23, 16)

static struct tpm_model *model_create(struct kunit *test, unsigned int channels)
{
	const struct tpm_model_config config = {
		.base = TEST_BASE,
		.rate_hz = TEST_RATE_HZ,
		.channels = channels,
		.manual_clock = true,
	};

	return tpm_model_create_kunit(test, &config);
}

/* Edge-aligned PWM on channel 0, counting from the next cycle. */
static void model_epwm(struct tpm_model *tpm, unsigned int ps, u32 mod,
		       u32 cnv, u32 cnsc)
{
	tpm_model_write(tpm, TPM_MOD, mod);
	tpm_model_write(tpm, TPM_CNV(0), cnv);
	tpm_model_write(tpm, TPM_CNSC(0), cnsc);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(ps));
}

static void expect_wave(struct kunit *test, struct tpm_pin_event pin,
			u64 period, u64 high, bool level)
{
	KUNIT_EXPECT_TRUE(test, pin.driven);
	KUNIT_EXPECT_TRUE(test, pin.running);
	KUNIT_EXPECT_EQ(test, pin.period_cycles, period);
	KUNIT_EXPECT_EQ(test, pin.high_cycles, high);
	KUNIT_EXPECT_EQ(test, pin.level, level);
}

/*
 * KL27 RM figure 29-10: MOD = 8, CnV = 5, ELS = 1:0. The counter runs 0 to
 * 8, and the output is high for counts 0 to 4 and low for 5 to 8. The
 * level at each count shows when the counter is stopped there.
 */
static void model_manual_worked_example(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);
	unsigned int count;

	for (count = 0; count <= 8; count++) {
		struct tpm_pin_event pin;

		tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
		tpm_model_write(tpm, TPM_CNT, 0);
		model_epwm(tpm, 0, 8, 5, CNSC_EPWM_HIGH);
		expect_wave(test, tpm_model_pin(tpm, 0), 9, 5, true);

		/* Nine counts later the counter is back where it started. */
		tpm_model_advance(tpm, (9 + count) * US);
		KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), count);
		tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
		pin = tpm_model_pin(tpm, 0);
		KUNIT_EXPECT_FALSE(test, pin.running);
		KUNIT_EXPECT_EQ_MSG(test, pin.level, count <= 4, "count %u", count);
	}
}

static void model_duty_limits(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	model_epwm(tpm, 0, 99, 0, CNSC_EPWM_HIGH);
	expect_wave(test, tpm_model_pin(tpm, 0), 100, 0, false);

	/* CnV > MOD never matches. */
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	tpm_model_write(tpm, TPM_CNV(0), 100);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 100, 100, true);

	/* CnV = MOD: one count low. */
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	tpm_model_write(tpm, TPM_CNV(0), 99);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 100, 99, true);
}

/* Only edge-aligned PWM is modelled: other modes show no wave. */
static void model_other_modes(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	model_epwm(tpm, 0, 9, 3, CNSC_EPWM_HIGH | TPM_CNSC_MSA);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
	tpm_model_write(tpm, TPM_CNSC(0), TPM_CNSC_ELSB);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_HIGH);
	KUNIT_EXPECT_TRUE(test, tpm_model_pin(tpm, 0).driven);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0) | TPM_SC_CPWMS);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
}

static void model_polarity(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	/* X:1 is the inverse: low for CnV counts, then high. */
	model_epwm(tpm, 0, 9, 3, CNSC_EPWM_LOW);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 7, false);
	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_LOW | TPM_CNSC_ELSB);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 7, false);

	/* Inverse 0 % and 100 %. */
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	tpm_model_write(tpm, TPM_CNV(0), 0);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 10, true);
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	tpm_model_write(tpm, TPM_CNV(0), 10);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 0, false);

	/* ELS = 0:0 lets go of the pin, at once. */
	tpm_model_write(tpm, TPM_CNSC(0), TPM_CNSC_MSB);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
}

static void model_prescaler(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);
	unsigned int ps;

	for (ps = 0; ps <= 7; ps++) {
		tpm_model_write(tpm, TPM_SC, SC_STOPPED(ps));
		tpm_model_write(tpm, TPM_CNT, 0);
		model_epwm(tpm, ps, 999, 250, CNSC_EPWM_HIGH);
		expect_wave(test, tpm_model_pin(tpm, 0), 1000 << ps, 250 << ps,
			    true);
		/* One count every 2^PS cycles. */
		tpm_model_advance(tpm, (3ULL << ps) * US - 1);
		KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 2);
		tpm_model_advance(tpm, 1);
		KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 3);
	}
}

/*
 * While the counter runs, MOD and CnV keep a write until the counter goes
 * from MOD to 0, and read back the value in use until then.
 */
static void model_write_buffers(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);
	struct tpm_pin_event pin;

	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	tpm_model_advance(tpm, 30 * US);
	tpm_model_write(tpm, TPM_MOD, 49);
	tpm_model_write(tpm, TPM_CNV(0), 40);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 99);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 20);
	KUNIT_EXPECT_EQ(test, tpm_model_buffered(tpm, TPM_MOD), 49);
	expect_wave(test, tpm_model_pin(tpm, 0), 100, 20, true);

	tpm_model_advance(tpm, 70 * US - 1);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 99);
	tpm_model_advance(tpm, 1);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 49);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 40);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0);
	pin = tpm_model_pin(tpm, 0);
	expect_wave(test, pin, 50, 40, true);
	KUNIT_EXPECT_EQ(test, pin.at_ns, 100 * US);

	/* Stopped, a write takes effect at once. */
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	tpm_model_write(tpm, TPM_MOD, 9);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 9);
}

/* Writes either side of a reload end up in different periods. */
static void model_split_writes(struct kunit *test)
{
	struct tpm_pin_event events[4];
	struct tpm_model *tpm = model_create(test, 1);
	unsigned int n;

	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	tpm_model_advance(tpm, 99 * US);
	tpm_model_write(tpm, TPM_MOD, 49);
	tpm_model_advance(tpm, 1 * US);
	tpm_model_write(tpm, TPM_CNV(0), 40);
	tpm_model_advance(tpm, 50 * US);

	n = tpm_model_pin_history(tpm, 0, events, ARRAY_SIZE(events));
	KUNIT_ASSERT_GE(test, n, 2);
	expect_wave(test, events[n - 2], 50, 20, true);
	KUNIT_EXPECT_EQ(test, events[n - 2].at_ns, 100 * US);
	expect_wave(test, events[n - 1], 50, 40, true);
	KUNIT_EXPECT_EQ(test, events[n - 1].at_ns, 150 * US);
}

/*
 * A MOD write with the counter stopped leaves CNT alone: a count above the
 * new MOD runs on to the counter's end before the new period starts.
 */
static void model_stale_count(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, 60000 * US);
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	KUNIT_ASSERT_EQ(test, tpm_model_read(tpm, TPM_CNT), 60000);

	model_epwm(tpm, 0, 8, 5, CNSC_EPWM_HIGH);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 60000);
	tpm_model_advance(tpm, 5535 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 65535);
	tpm_model_advance(tpm, 1 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0);
	tpm_model_advance(tpm, 9 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0);

	/* A write to CNT clears it. */
	tpm_model_advance(tpm, 4 * US);
	tpm_model_write(tpm, TPM_CNT, 0x1234);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0);
}

static void model_clock_gate(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);
	struct tpm_model_stats stats;

	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	tpm_model_advance(tpm, 10 * US);
	tpm_model_set_clock(tpm, false);
	tpm_model_advance(tpm, 1000 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(tpm).gated_accesses, 0);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 0);
	tpm_model_write(tpm, TPM_MOD, 5);
	stats = tpm_model_stats(tpm);
	KUNIT_EXPECT_EQ(test, stats.gated_accesses, 2);

	/* The counter stood still and the write was lost. */
	tpm_model_set_clock(tpm, true);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 10);
	KUNIT_EXPECT_EQ(test, tpm_model_buffered(tpm, TPM_MOD), 99);

	tpm_model_power_loss(tpm);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 0xffff);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
}

static void model_param_and_strays(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 6);

	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_PARAM) & 0xff, 6);
	KUNIT_EXPECT_EQ(test, FIELD_GET(PARAM_WIDTH, tpm_model_read(tpm, TPM_PARAM)), 16);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(tpm).stray_accesses, 0);
	tpm_model_read(tpm, TPM_CNSC(6));
	tpm_model_write(tpm, 0x0c, 1);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(tpm).stray_accesses, 2);
}

/* PARAM may claim more channels than the register map has room for. */
static void model_param_past_the_map(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 12);

	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_PARAM) & 0xff, 12);
	tpm_model_read(tpm, TPM_CNV(7));
	KUNIT_EXPECT_EQ(test, tpm_model_stats(tpm).stray_accesses, 0);
	tpm_model_read(tpm, TPM_CNSC(8));
	KUNIT_EXPECT_EQ(test, tpm_model_stats(tpm).stray_accesses, 1);
}

/*
 * A 32-bit counter, as in some i.MX8ULP instances: PARAM says so, and CNT,
 * MOD and CnV hold 32 bits, MOD resetting to the largest count.
 */
static void model_counter_width_32(struct kunit *test)
{
	const struct tpm_model_config config = {
		.base = TEST_BASE,
		.rate_hz = TEST_RATE_HZ,
		.channels = 1,
		.width = 32,
		.manual_clock = true,
	};
	struct tpm_model *tpm = tpm_model_create_kunit(test, &config);

	KUNIT_EXPECT_EQ(test, FIELD_GET(PARAM_WIDTH, tpm_model_read(tpm, TPM_PARAM)), 32);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), U32_MAX);

	/* The reset MOD: 2^32 counts a period. */
	model_epwm(tpm, 1, U32_MAX, 0x12345678, CNSC_EPWM_HIGH);
	expect_wave(test, tpm_model_pin(tpm, 0), 1ULL << 33, 0x12345678ULL << 1, true);
	tpm_model_advance(tpm, 0x30000 * 2 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0x30000);

	/* Above a new MOD, the count runs on to 0xffffffff, then reloads. */
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	tpm_model_write(tpm, TPM_MOD, 0x1ffff);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, (U32_MAX - 0x30000) * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), U32_MAX);
	tpm_model_advance(tpm, (0x20000 + 4) * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 3);
	/* CnV above the new MOD: 100 %. */
	expect_wave(test, tpm_model_pin(tpm, 0), 0x20000, 0x20000, true);

	tpm_model_power_loss(tpm);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), U32_MAX);
}

static void model_bus_time_and_faults(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	tpm_model_set_access_time(tpm, 3 * US);
	tpm_model_read(tpm, TPM_SC);
	tpm_model_read(tpm, TPM_SC);
	KUNIT_EXPECT_EQ(test, tpm_model_now(tpm), 6 * US);

	/* The second access fails; its write is lost. */
	tpm_model_fail_access(tpm, 2, -EIO);
	tpm_model_write(tpm, TPM_MOD, 10);
	tpm_model_write(tpm, TPM_MOD, 20);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 10);

	/* A stalled counter stands still though clocked. */
	model_epwm(tpm, 0, 9, 5, CNSC_EPWM_HIGH);
	tpm_model_set_access_time(tpm, 0);
	tpm_model_stall(tpm, true);
	tpm_model_advance(tpm, 100 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0);
}

/* Two channels share the counter; each has its own compare. */
static void model_channels_share_counter(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 2);

	tpm_model_write(tpm, TPM_MOD, 19);
	tpm_model_write(tpm, TPM_CNV(0), 5);
	tpm_model_write(tpm, TPM_CNV(1), 15);
	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_HIGH);
	tpm_model_write(tpm, TPM_CNSC(1), CNSC_EPWM_LOW);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(1));
	expect_wave(test, tpm_model_pin(tpm, 0), 40, 10, true);
	expect_wave(test, tpm_model_pin(tpm, 1), 40, 10, false);
}

static struct kunit_case imx_tpm_model_test_cases[] = {
	KUNIT_CASE(model_manual_worked_example),
	KUNIT_CASE(model_duty_limits),
	KUNIT_CASE(model_polarity),
	KUNIT_CASE(model_prescaler),
	KUNIT_CASE(model_write_buffers),
	KUNIT_CASE(model_split_writes),
	KUNIT_CASE(model_stale_count),
	KUNIT_CASE(model_clock_gate),
	KUNIT_CASE(model_other_modes),
	KUNIT_CASE(model_param_and_strays),
	KUNIT_CASE(model_param_past_the_map),
	KUNIT_CASE(model_counter_width_32),
	KUNIT_CASE(model_bus_time_and_faults),
	KUNIT_CASE(model_channels_share_counter),
	{}
};

static struct kunit_suite imx_tpm_model_test_suite = {
	.name = "imx_tpm_model",
	.test_cases = imx_tpm_model_test_cases,
};

kunit_test_suite(imx_tpm_model_test_suite);

MODULE_DESCRIPTION("KUnit tests for the i.MX TPM model");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("IMX_TPM_MODEL");
