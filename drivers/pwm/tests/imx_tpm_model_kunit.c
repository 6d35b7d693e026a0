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
		/* Not the module parameters' defaults: the same in every run. */
		.mod_buffer = TPM_MODEL_MOD_FIRST_WRITE,
		.ack_cycles = 3,
		.pause_level = TPM_MODEL_PAUSE_LEVEL_NONE,
	};

	return tpm_model_create_kunit(test, &config);
}

/* Lets the TPM acknowledge a stop or a channel mode change. */
static void model_ack(struct tpm_model *tpm)
{
	tpm_model_advance(tpm, tpm_model_ack_ns(tpm));
}

/* Stops the counter, waits for the acknowledge, then sets the prescaler. */
static void model_stop(struct kunit *test, struct tpm_model *tpm,
		       unsigned int ps)
{
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(ps));
	model_ack(tpm);
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_CMOD, tpm_model_read(tpm, TPM_SC)), 0);
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(ps));
}

/* A channel's mode as CnSC reads it, without its flag. */
static u32 cnsc_mode(struct tpm_model *tpm, unsigned int ch)
{
	return tpm_model_read(tpm, TPM_CNSC(ch)) & ~TPM_CNSC_CHF;
}

/* A channel mode change as NXP's SDK makes it: through disabled. */
static void model_mode(struct tpm_model *tpm, unsigned int ch, u32 cnsc)
{
	if (cnsc_mode(tpm, ch) == cnsc)
		return;
	tpm_model_write(tpm, TPM_CNSC(ch), 0);
	model_ack(tpm);
	tpm_model_write(tpm, TPM_CNSC(ch), cnsc);
	model_ack(tpm);
}

/*
 * Edge-aligned PWM on channel 0 of a stopped counter, counting from the
 * next cycle.
 */
static void model_epwm(struct tpm_model *tpm, unsigned int ps, u32 mod,
		       u32 cnv, u32 cnsc)
{
	tpm_model_write(tpm, TPM_MOD, mod);
	tpm_model_write(tpm, TPM_CNV(0), cnv);
	model_mode(tpm, 0, cnsc);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(ps));
}

static void expect_wave(struct kunit *test, struct hw_model_pin_event pin,
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
		struct hw_model_pin_event pin;

		if (count)
			model_stop(test, tpm, 0);
		tpm_model_write(tpm, TPM_CNT, 0);
		model_epwm(tpm, 0, 8, 5, CNSC_EPWM_HIGH);
		expect_wave(test, tpm_model_pin(tpm, 0), 9, 5, true);

		/*
		 * Nine counts later the counter is back where it started; it
		 * stops where it is when the stop is acknowledged.
		 */
		tpm_model_advance(tpm, (9 + count) * US - tpm_model_ack_ns(tpm));
		tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
		model_ack(tpm);
		KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), count);
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
	model_stop(test, tpm, 0);
	tpm_model_write(tpm, TPM_CNV(0), 100);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 100, 100, true);

	/* CnV = MOD: one count low. */
	model_stop(test, tpm, 0);
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
	model_mode(tpm, 0, TPM_CNSC_ELSB);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
	model_mode(tpm, 0, CNSC_EPWM_HIGH);
	KUNIT_EXPECT_TRUE(test, tpm_model_pin(tpm, 0).driven);
	model_stop(test, tpm, 0);
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0) | TPM_SC_CPWMS);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0) | TPM_SC_CPWMS);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
}

static void model_polarity(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	/* X:1 is the inverse: low for CnV counts, then high. */
	model_epwm(tpm, 0, 9, 3, CNSC_EPWM_LOW);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 7, false);
	model_mode(tpm, 0, CNSC_EPWM_LOW | TPM_CNSC_ELSB);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 7, false);

	/* Inverse 0 % and 100 %. */
	model_stop(test, tpm, 0);
	tpm_model_write(tpm, TPM_CNV(0), 0);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 10, true);
	model_stop(test, tpm, 0);
	tpm_model_write(tpm, TPM_CNV(0), 10);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 0, false);

	/* ELS = 0:0 lets go of the pin, once acknowledged. */
	model_mode(tpm, 0, TPM_CNSC_MSB);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
}

static void model_prescaler(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);
	unsigned int ps;

	for (ps = 0; ps <= 7; ps++) {
		model_stop(test, tpm, ps);
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
	struct hw_model_pin_event pin;
	u64 t0;

	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	t0 = tpm_model_now(tpm);
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
	KUNIT_EXPECT_EQ(test, pin.at_ns, t0 + 100 * US);

	/* Stopped, a write takes effect at once. */
	model_stop(test, tpm, 0);
	tpm_model_write(tpm, TPM_MOD, 9);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 9);
}

/* Writes either side of a reload end up in different periods. */
static void model_split_writes(struct kunit *test)
{
	struct hw_model_pin_event events[4];
	struct tpm_model *tpm = model_create(test, 1);
	unsigned int n;
	u64 t0;

	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	t0 = tpm_model_now(tpm);
	tpm_model_advance(tpm, 99 * US);
	tpm_model_write(tpm, TPM_MOD, 49);
	tpm_model_advance(tpm, 1 * US);
	tpm_model_write(tpm, TPM_CNV(0), 40);
	tpm_model_advance(tpm, 50 * US);

	n = tpm_model_pin_history(tpm, 0, events, ARRAY_SIZE(events));
	KUNIT_ASSERT_GE(test, n, 2);
	expect_wave(test, events[n - 2], 50, 20, true);
	KUNIT_EXPECT_EQ(test, events[n - 2].at_ns, t0 + 100 * US);
	expect_wave(test, events[n - 1], 50, 40, true);
	KUNIT_EXPECT_EQ(test, events[n - 1].at_ns, t0 + 150 * US);
}

/*
 * A MOD write with the counter stopped leaves CNT alone: a count above the
 * new MOD runs on to the counter's end before the new period starts.
 */
static void model_stale_count(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, 60000 * US - tpm_model_ack_ns(tpm));
	model_stop(test, tpm, 0);
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
	u32 cnt;

	KUNIT_EXPECT_EQ(test, FIELD_GET(PARAM_WIDTH, tpm_model_read(tpm, TPM_PARAM)), 32);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), U32_MAX);

	/* The reset MOD: 2^32 counts a period. */
	model_epwm(tpm, 1, U32_MAX, 0x12345678, CNSC_EPWM_HIGH);
	expect_wave(test, tpm_model_pin(tpm, 0), 1ULL << 33, 0x12345678ULL << 1, true);
	tpm_model_advance(tpm, 0x30000 * 2 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0x30000);

	/* Above a new MOD, the count runs on to 0xffffffff, then reloads. */
	model_stop(test, tpm, 0);
	cnt = tpm_model_read(tpm, TPM_CNT);
	KUNIT_EXPECT_GE(test, cnt, 0x30000);
	tpm_model_write(tpm, TPM_MOD, 0x1ffff);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, (u64)(U32_MAX - cnt) * US);
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
	model_ack(tpm);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(1));
	expect_wave(test, tpm_model_pin(tpm, 0), 40, 10, true);
	expect_wave(test, tpm_model_pin(tpm, 1), 40, 10, false);
}

/* A model at TEST_BASE + @slot pages, with its switches set. */
static struct tpm_model *model_create_with(struct kunit *test,
					   unsigned int slot,
					   unsigned int channels,
					   enum tpm_model_mod_buffer mod_buffer,
					   enum tpm_model_pause_level pause_level)
{
	const struct tpm_model_config config = {
		.base = TEST_BASE + slot * 0x1000,
		.rate_hz = TEST_RATE_HZ,
		.channels = channels,
		.manual_clock = true,
		.mod_buffer = mod_buffer,
		.ack_cycles = 3,
		.pause_level = pause_level,
	};

	return tpm_model_create_kunit(test, &config);
}

/*
 * The worked example on the running counter: MOD = 8, CnV = 5, ELS = 1:0.
 * Each count takes 1 us; the pin is high at counts 0 to 4 and low at 5 to
 * 8, CH0F sets as the counter reaches 5 and TOF as it goes from 8 to 0,
 * over two periods, edge by edge.
 */
static void model_worked_example_running(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);
	unsigned int step;

	model_epwm(tpm, 0, 8, 5, CNSC_EPWM_HIGH);
	for (step = 0; step < 18; step++) {
		unsigned int count = step % 9;
		u32 status;

		KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), count);
		KUNIT_EXPECT_EQ_MSG(test, tpm_model_pin_level(tpm, 0), count <= 4,
				    "count %u", count);
		status = tpm_model_read(tpm, TPM_STATUS);
		KUNIT_EXPECT_EQ_MSG(test, !!(status & TPM_STATUS_CHF(0)),
				    count == 5, "count %u", count);
		KUNIT_EXPECT_EQ_MSG(test, !!(status & TPM_STATUS_TOF),
				    count == 0 && step, "count %u", count);
		tpm_model_write(tpm, TPM_STATUS, status);
		tpm_model_advance(tpm, 1 * US);
	}
	expect_wave(test, tpm_model_pin(tpm, 0), 9, 5, true);
}

/*
 * Linux 3d5c2f8e75a5: while the counter runs, CnV's buffer keeps the first
 * write until the latch; later ones, "put the old value back" included,
 * are lost.
 */
static void model_cnv_keeps_first_write(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	tpm_model_advance(tpm, 10 * US);
	tpm_model_write(tpm, TPM_CNV(0), 40);
	tpm_model_write(tpm, TPM_CNV(0), 60);
	tpm_model_write(tpm, TPM_CNV(0), 20);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 20);
	KUNIT_EXPECT_EQ(test, tpm_model_buffered(tpm, TPM_CNV(0)), 40);
	tpm_model_advance(tpm, 90 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 40);
	expect_wave(test, tpm_model_pin(tpm, 0), 100, 40, true);

	/* After the latch the buffer takes a write again. */
	tpm_model_write(tpm, TPM_CNV(0), 60);
	tpm_model_advance(tpm, 100 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 60);
}

/* MOD: a switch, as no source says. */
static void model_mod_buffer_switch(struct kunit *test)
{
	static const struct {
		enum tpm_model_mod_buffer rule;
		u32 latched;
	} cases[] = {
		{ TPM_MODEL_MOD_FIRST_WRITE, 49 },
		{ TPM_MODEL_MOD_LAST_WRITE, 59 },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tpm_model *tpm = model_create_with(test, i, 1, cases[i].rule,
							  TPM_MODEL_PAUSE_LEVEL_NONE);

		model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
		tpm_model_advance(tpm, 10 * US);
		tpm_model_write(tpm, TPM_MOD, 49);
		tpm_model_write(tpm, TPM_MOD, 59);
		KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 99);
		tpm_model_advance(tpm, 90 * US);
		KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), cases[i].latched);
	}
}

/*
 * Clearing CMOD: SC reads the old CMOD, the counter runs and MOD/CnV go to
 * the buffers, until the acknowledge ack_cycles later; here 3 cycles.
 */
static void model_stop_acknowledged_late(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	KUNIT_ASSERT_EQ(test, tpm_model_ack_ns(tpm), 3 * US);
	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	tpm_model_advance(tpm, 10 * US);
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_CMOD, tpm_model_read(tpm, TPM_SC)), 1);
	tpm_model_write(tpm, TPM_CNV(0), 70);
	tpm_model_write(tpm, TPM_MOD, 49);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 20);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 99);
	tpm_model_advance(tpm, 2 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 12);
	KUNIT_EXPECT_TRUE(test, tpm_model_pin(tpm, 0).running);
	tpm_model_advance(tpm, 1 * US);
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_CMOD, tpm_model_read(tpm, TPM_SC)), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 13);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).running);
	tpm_model_advance(tpm, 100 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 13);
	/* Buffered while it ran: they wait for a reload. */
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 20);
	KUNIT_EXPECT_EQ(test, tpm_model_buffered(tpm, TPM_CNV(0)), 70);
}

/* On a 32.768 kHz clock the acknowledge takes tens of microseconds. */
static void model_stop_ack_slow_clock(struct kunit *test)
{
	const struct tpm_model_config config = {
		.base = TEST_BASE,
		.rate_hz = 32768,
		.channels = 1,
		.manual_clock = true,
		.ack_cycles = 3,
		.pause_level = TPM_MODEL_PAUSE_LEVEL_NONE,
	};
	struct tpm_model *tpm = tpm_model_create_kunit(test, &config);

	KUNIT_EXPECT_EQ(test, tpm_model_ack_ns(tpm), 91553);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, 1000 * US);
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(0));
	tpm_model_advance(tpm, 60 * US);
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_CMOD, tpm_model_read(tpm, TPM_SC)), 1);
	tpm_model_advance(tpm, 40 * US);
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_CMOD, tpm_model_read(tpm, TPM_SC)), 0);
}

/* PS and CPWMS keep their values while CMOD reads non-zero. */
static void model_ps_cpwms_protected(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	model_epwm(tpm, 2, 99, 20, CNSC_EPWM_HIGH);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(5) | TPM_SC_CPWMS);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_SC), SC_COUNTING(2));
	expect_wave(test, tpm_model_pin(tpm, 0), 400, 80, true);

	/* Not while a stop waits for its acknowledge either. */
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(5));
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_PS, tpm_model_read(tpm, TPM_SC)), 2);
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(5));
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_PS, tpm_model_read(tpm, TPM_SC)), 2);
	model_ack(tpm);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_SC), SC_STOPPED(2));
	tpm_model_write(tpm, TPM_SC, SC_STOPPED(5) | TPM_SC_CPWMS);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_SC), SC_STOPPED(5) | TPM_SC_CPWMS);
}

/*
 * A mode change goes through disabled: from one non-zero mode to another
 * it is lost, and each step reads back, and shows on the pin, only once
 * acknowledged.
 */
static void model_mode_change_needs_disable(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	model_epwm(tpm, 0, 9, 3, CNSC_EPWM_HIGH);
	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_LOW);
	model_ack(tpm);
	KUNIT_EXPECT_EQ(test, cnsc_mode(tpm, 0), CNSC_EPWM_HIGH);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 3, true);

	tpm_model_write(tpm, TPM_CNSC(0), 0);
	tpm_model_advance(tpm, 2 * US);
	KUNIT_EXPECT_EQ(test, cnsc_mode(tpm, 0), CNSC_EPWM_HIGH);
	KUNIT_EXPECT_TRUE(test, tpm_model_pin(tpm, 0).driven);
	/* Before the disable is acknowledged, a new mode is lost too. */
	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_LOW);
	tpm_model_advance(tpm, 1 * US);
	KUNIT_EXPECT_EQ(test, cnsc_mode(tpm, 0), 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);

	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_LOW);
	tpm_model_advance(tpm, 2 * US);
	KUNIT_EXPECT_EQ(test, cnsc_mode(tpm, 0), 0);
	tpm_model_advance(tpm, 1 * US);
	KUNIT_EXPECT_EQ(test, cnsc_mode(tpm, 0), CNSC_EPWM_LOW);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 7, false);
}

/* TOF and CHnF: set by the counter, cleared by writing 1, in either view. */
static void model_status_w1c(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 2);

	tpm_model_write(tpm, TPM_MOD, 9);
	tpm_model_write(tpm, TPM_CNV(0), 3);
	tpm_model_write(tpm, TPM_CNV(1), 7);
	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_HIGH);
	tpm_model_write(tpm, TPM_CNSC(1), CNSC_EPWM_HIGH);
	model_ack(tpm);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, 5 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_STATUS), TPM_STATUS_CHF(0));
	KUNIT_EXPECT_TRUE(test, tpm_model_read(tpm, TPM_CNSC(0)) & TPM_CNSC_CHF);
	tpm_model_advance(tpm, 5 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_STATUS),
			TPM_STATUS_CHF(0) | TPM_STATUS_CHF(1) | TPM_STATUS_TOF);
	KUNIT_EXPECT_TRUE(test, tpm_model_read(tpm, TPM_SC) & TPM_SC_TOF);

	/* Writing 0 clears nothing; 1 clears, in STATUS, SC or CnSC. */
	tpm_model_write(tpm, TPM_STATUS, 0);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_STATUS),
			TPM_STATUS_CHF(0) | TPM_STATUS_CHF(1) | TPM_STATUS_TOF);
	tpm_model_write(tpm, TPM_STATUS, TPM_STATUS_CHF(1));
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0) | TPM_SC_TOF);
	tpm_model_write(tpm, TPM_CNSC(0), CNSC_EPWM_HIGH | TPM_CNSC_CHF);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_STATUS), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNSC(0)), CNSC_EPWM_HIGH);
}

/*
 * GLOBAL RST holds every other register at its reset value; NOUPDATE keeps
 * the write buffers from latching.
 */
static void model_global_reset_and_noupdate(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 1);

	model_epwm(tpm, 0, 99, 20, CNSC_EPWM_HIGH);
	tpm_model_write(tpm, TPM_GLOBAL, TPM_GLOBAL_NOUPDATE);
	tpm_model_write(tpm, TPM_CNV(0), 50);
	tpm_model_advance(tpm, 300 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 20);
	tpm_model_write(tpm, TPM_GLOBAL, 0);
	tpm_model_advance(tpm, 100 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNV(0)), 50);

	tpm_model_write(tpm, TPM_POL, 1);
	tpm_model_write(tpm, TPM_GLOBAL, TPM_GLOBAL_RST);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_SC), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 0xffff);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNSC(0)), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_POL), 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
	tpm_model_write(tpm, TPM_MOD, 9);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 0xffff);
	tpm_model_write(tpm, TPM_GLOBAL, 0);
	tpm_model_write(tpm, TPM_MOD, 9);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_MOD), 9);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(tpm).stray_accesses, 0);
}

/* What firmware may leave in POL, COMBINE, QDCTRL and CONF shows on the pin. */
static void model_firmware_registers(struct kunit *test)
{
	struct tpm_model *tpm = model_create(test, 2);

	/* POL: active low, the inverse. */
	tpm_model_write(tpm, TPM_POL, 1);
	model_epwm(tpm, 0, 9, 3, CNSC_EPWM_HIGH);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 7, false);
	tpm_model_write(tpm, TPM_POL, 0);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 3, true);

	/* COMBINE: channel 0 high from its CnV to channel 1's. */
	tpm_model_write(tpm, TPM_CNV(1), 8);
	tpm_model_advance(tpm, 10 * US);
	tpm_model_write(tpm, TPM_COMBINE, TPM_COMBINE_PAIR(0));
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 5, false);
	tpm_model_write(tpm, TPM_COMBINE, 0);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 3, true);

	/* QDCTRL: quadrature decoding stops PWM operation. */
	tpm_model_write(tpm, TPM_QDCTRL, TPM_QDCTRL_QUADEN);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
	tpm_model_write(tpm, TPM_QDCTRL, 0);
	expect_wave(test, tpm_model_pin(tpm, 0), 10, 3, true);

	/* CONF CSOT: no trigger comes, so the counter does not start. */
	model_stop(test, tpm, 0);
	tpm_model_write(tpm, TPM_CNT, 0);
	tpm_model_write(tpm, TPM_CONF, TPM_CONF_CSOT);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, 5 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).running);

	/* CONF CSOO: the counter stops at its first reload. */
	model_stop(test, tpm, 0);
	tpm_model_write(tpm, TPM_CONF, TPM_CONF_CSOO);
	tpm_model_write(tpm, TPM_SC, SC_COUNTING(0));
	tpm_model_advance(tpm, 5 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 5);
	KUNIT_EXPECT_TRUE(test, tpm_model_pin(tpm, 0).running);
	tpm_model_advance(tpm, 20 * US);
	KUNIT_EXPECT_EQ(test, tpm_model_read(tpm, TPM_CNT), 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).running);
}

/*
 * Pause level select (i.MX8ULP, i.MX93): ELSnA low-true, ELSnB the level
 * while paused, ELS = 0:0 still a high-true wave. Without it (i.MX7ULP):
 * ELS = 0:0 lets go of the pin and a paused pin keeps its count's level.
 */
static void model_pause_level_select(struct kunit *test)
{
	struct tpm_model *pls = model_create_with(test, 0, 1,
						  TPM_MODEL_MOD_FIRST_WRITE,
						  TPM_MODEL_PAUSE_LEVEL_SELECT);
	struct hw_model_pin_event pin;

	model_epwm(pls, 0, 9, 3, TPM_CNSC_MSB);
	expect_wave(test, tpm_model_pin(pls, 0), 10, 3, true);
	tpm_model_advance(pls, 1 * US);
	model_stop(test, pls, 0);
	pin = tpm_model_pin(pls, 0);
	KUNIT_EXPECT_TRUE(test, pin.driven);
	KUNIT_EXPECT_FALSE(test, pin.level);
	model_mode(pls, 0, TPM_CNSC_MSB | TPM_CNSC_ELSB);
	KUNIT_EXPECT_TRUE(test, tpm_model_pin(pls, 0).level);
	model_mode(pls, 0, TPM_CNSC_MSB | TPM_CNSC_ELSA);
	tpm_model_write(pls, TPM_SC, SC_COUNTING(0));
	expect_wave(test, tpm_model_pin(pls, 0), 10, 7, false);
}

static void model_no_pause_level_select(struct kunit *test)
{
	struct tpm_model *tpm = model_create_with(test, 0, 1,
						  TPM_MODEL_MOD_FIRST_WRITE,
						  TPM_MODEL_PAUSE_LEVEL_NONE);
	struct hw_model_pin_event pin;

	model_epwm(tpm, 0, 9, 3, TPM_CNSC_MSB);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
	/* 6 counts in; the stop is acknowledged at count 11, i.e. 1. */
	model_mode(tpm, 0, CNSC_EPWM_HIGH);
	tpm_model_advance(tpm, 2 * US);
	model_stop(test, tpm, 0);
	/* Stopped at a count below CnV: high, whatever ELSnB says. */
	KUNIT_EXPECT_LT(test, tpm_model_read(tpm, TPM_CNT), 3);
	pin = tpm_model_pin(tpm, 0);
	KUNIT_EXPECT_TRUE(test, pin.driven);
	KUNIT_EXPECT_TRUE(test, pin.level);
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
	KUNIT_CASE(model_worked_example_running),
	KUNIT_CASE(model_cnv_keeps_first_write),
	KUNIT_CASE(model_mod_buffer_switch),
	KUNIT_CASE(model_stop_acknowledged_late),
	KUNIT_CASE(model_stop_ack_slow_clock),
	KUNIT_CASE(model_ps_cpwms_protected),
	KUNIT_CASE(model_mode_change_needs_disable),
	KUNIT_CASE(model_status_w1c),
	KUNIT_CASE(model_global_reset_and_noupdate),
	KUNIT_CASE(model_firmware_registers),
	KUNIT_CASE(model_pause_level_select),
	KUNIT_CASE(model_no_pause_level_select),
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
