// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the i.MX TPM PWM driver on the TPM model. They go through
 * the PWM core as a consumer does (with CONFIG_PWM_DEBUG checking each
 * apply), and assert what the model's pins show and what the driver
 * reports, not which registers were written.
 *
 * Each test puts a model with a manual clock at TEST_BASE, feeds it through
 * a clock gate the model sees, and binds the driver to a platform device
 * there; the device tree tests probe from an overlay instead.
 */

#include <kunit/clk.h>
#include <kunit/device.h>
#include <kunit/of.h>
#include <kunit/platform_device.h>
#include <kunit/resource.h>
#include <kunit/test.h>
#include <linux/atomic.h>
#include <linux/bitfield.h>
#include <linux/clk-provider.h>
#include <linux/clkdev.h>
#include <linux/delay.h>
#include <linux/leds.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/prandom.h>
#include <linux/sizes.h>
#include <linux/pwm.h>
#include <linux/regmap.h>

#include "../pwm-imx-tpm.h"
#include "imx_tpm_model.h"

#define TEST_BASE		0x40260000
#define TEST_DT_BASE		0x50000000	/* as in kunit_pwm_imx_tpm.dtso */
#define TEST_DT_RATE_HZ		24000000
#define TEST_CHANNELS		4
/* MOD + 1, MOD below the counter's largest count */
#define MAX_COUNTS(width)	GENMASK_ULL((width) - 1, 0)
#define MAX_PRESCALE		7
#define SWEEP_BENCHES		10	/* with a 16-bit counter */
#define SWEEP_BENCHES_32	2	/* with a 32-bit one, at the first rates */
#define SWEEP_REQUESTS		1000
#define SWEEP_SEED		0x1e7a7b5d

/**
 * struct tpm_bench - a modelled TPM with the driver bound to it
 * @base: where the model stands in, one base per bench
 * @tpm: the model
 * @gate: the module clock, which tells the model when it is gated
 * @rate: the clock's rate
 * @max_counts: the longest period in counts, by the counter's width
 * @pdev: the TPM device
 * @chip: the driver's PWM chip; NULL if probe failed
 */
struct tpm_bench {
	phys_addr_t base;
	struct tpm_model *tpm;
	struct clk_hw gate;
	unsigned long rate;
	u64 max_counts;
	struct platform_device *pdev;
	struct pwm_chip *chip;
};

static atomic_t bench_ids = ATOMIC_INIT(0);
static atomic_t bench_bases = ATOMIC_INIT(0);

static struct tpm_bench *to_bench(struct clk_hw *hw)
{
	return container_of(hw, struct tpm_bench, gate);
}

static int gate_enable(struct clk_hw *hw)
{
	tpm_model_set_clock(to_bench(hw)->tpm, true);
	return 0;
}

static void gate_disable(struct clk_hw *hw)
{
	tpm_model_set_clock(to_bench(hw)->tpm, false);
}

static int gate_is_enabled(struct clk_hw *hw)
{
	return tpm_model_clock_on(to_bench(hw)->tpm);
}

static unsigned long gate_recalc_rate(struct clk_hw *hw, unsigned long parent)
{
	return to_bench(hw)->rate;
}

static const struct clk_ops gate_ops = {
	.enable = gate_enable,
	.disable = gate_disable,
	.is_enabled = gate_is_enabled,
	.recalc_rate = gate_recalc_rate,
};

/* A model and its clock, without a device yet. */
static struct tpm_bench *bench_model_width(struct kunit *test,
					   unsigned long rate,
					   unsigned int channels,
					   unsigned int width)
{
	struct tpm_model_config config = {
		.rate_hz = rate ?: 1,
		.channels = channels,
		.width = width,
		.manual_clock = true,
	};
	struct clk_init_data init = { .ops = &gate_ops };
	struct tpm_bench *b;
	char name[24];

	b = kunit_kzalloc(test, sizeof(*b), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, b);
	b->rate = rate;
	b->max_counts = MAX_COUNTS(width);
	b->base = TEST_BASE + (atomic_inc_return(&bench_bases) % 256) * SZ_64K;
	config.base = b->base;
	b->tpm = tpm_model_create_kunit(test, &config);
	/* The clock starts gated: the driver must enable it. */
	tpm_model_set_clock(b->tpm, false);

	snprintf(name, sizeof(name), "tpm-kunit-%d", atomic_inc_return(&bench_ids));
	init.name = name;
	b->gate.init = &init;
	KUNIT_ASSERT_EQ(test, clk_hw_register_kunit(test, NULL, &b->gate), 0);
	return b;
}

static struct tpm_bench *bench_model(struct kunit *test, unsigned long rate,
				     unsigned int channels)
{
	return bench_model_width(test, rate, channels, 16);
}

/* Binds the driver to the model; with @clock, the clock is found. */
static void bench_probe(struct kunit *test, struct tpm_bench *b, bool clock,
			bool mmio)
{
	struct resource res = DEFINE_RES_MEM(b->base, SZ_4K);
	int id = atomic_inc_return(&bench_ids);
	struct device *owner;
	char name[32];

	b->pdev = kunit_platform_device_alloc(test, PWM_IMX_TPM_DRVNAME, id);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, b->pdev);
	if (clock) {
		snprintf(name, sizeof(name), "tpm-kunit-clock-owner.%d", id);
		owner = kunit_device_register(test, name);
		KUNIT_ASSERT_NOT_ERR_OR_NULL(test, owner);
		/* The device is named when added: "<driver>.<id>". */
		snprintf(name, sizeof(name), "%s.%d", PWM_IMX_TPM_DRVNAME, id);
		KUNIT_ASSERT_EQ(test, devm_clk_hw_register_clkdev(owner, &b->gate,
								  NULL, name), 0);
	}
	if (mmio)
		KUNIT_ASSERT_EQ(test, platform_device_add_resources(b->pdev, &res, 1), 0);
	KUNIT_ASSERT_EQ(test, kunit_platform_device_add(test, b->pdev), 0);
	b->chip = platform_get_drvdata(b->pdev);
}

static struct tpm_bench *bench_create_width(struct kunit *test,
					    unsigned long rate,
					    unsigned int channels,
					    unsigned int width)
{
	struct tpm_bench *b = bench_model_width(test, rate, channels, width);

	bench_probe(test, b, true, true);
	KUNIT_ASSERT_NOT_NULL(test, b->chip);
	return b;
}

static struct tpm_bench *bench_create(struct kunit *test, unsigned long rate,
				      unsigned int channels)
{
	return bench_create_width(test, rate, channels, 16);
}

KUNIT_DEFINE_ACTION_WRAPPER(pwm_put_action, pwm_put, struct pwm_device *);

/* Requests a channel, as a consumer's pwm_get() does. */
static struct pwm_device *bench_pwm(struct kunit *test, struct pwm_chip *chip,
				    unsigned int ch)
{
	struct of_phandle_args args = { .args_count = 1, .args = { ch } };
	struct pwm_device *pwm = of_pwm_xlate_with_flags(chip, &args);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, pwm);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, pwm_put_action, pwm), 0);
	return pwm;
}

static int apply(struct pwm_device *pwm, u64 period, u64 duty,
		 enum pwm_polarity polarity, bool enabled)
{
	struct pwm_state state = {
		.period = period,
		.duty_cycle = duty,
		.polarity = polarity,
		.enabled = enabled,
	};

	return pwm_apply_might_sleep(pwm, &state);
}

/* What the driver reads back from the hardware. */
static struct pwm_state hw_state(struct kunit *test, struct pwm_device *pwm)
{
	struct pwm_state state = {};

	KUNIT_EXPECT_EQ(test, pwm->chip->ops->get_state(pwm->chip, pwm, &state), 0);
	return state;
}

/*
 * The reference, computed apart from the driver in 128-bit arithmetic: the
 * longest period not above the request, and for it the longest duty cycle
 * not above the request, over every prescaler and MOD.
 */
struct best {
	u64 period_cycles;
	u64 duty_cycles;
};

/* a * b / d, rounded down or up, by long division in 32-bit digits. */
static u64 muldiv_ref(u64 a, u64 b, u32 d, bool up)
{
	unsigned __int128 x = (unsigned __int128)a * b;
	u64 hi = (u64)(x >> 64), mid = (u64)(x >> 32) & U32_MAX, lo = (u64)x & U32_MAX;
	u64 r, q_mid, q_lo;

	/* The quotient fits in 64 bits: @hi is below @d. */
	r = ((hi << 32) | mid) % d;
	q_mid = ((hi << 32) | mid) / d;
	q_lo = ((r << 32) | lo) / d;
	r = ((r << 32) | lo) % d;
	return (q_mid << 32) + q_lo + (up && r);
}

static u64 ns_to_cycles_ref(u64 ns, unsigned long rate)
{
	return muldiv_ref(ns, rate, NSEC_PER_SEC, false);
}

static u64 cycles_to_ns_up_ref(u64 cycles, unsigned long rate)
{
	return muldiv_ref(cycles, NSEC_PER_SEC, rate, true);
}

static struct best best_achievable(u64 period, u64 duty, unsigned long rate,
				   u64 max_counts)
{
	u64 cycles = ns_to_cycles_ref(period, rate);
	u64 duty_cycles = ns_to_cycles_ref(min(duty, period), rate);
	struct best best = {};
	unsigned int ps;

	for (ps = 0; ps <= MAX_PRESCALE; ps++) {
		u64 counts = min(cycles >> ps, max_counts);

		if (counts << ps > best.period_cycles)
			best.period_cycles = counts << ps;
	}
	for (ps = 0; ps <= MAX_PRESCALE; ps++) {
		u64 counts = best.period_cycles >> ps;
		u64 high;

		if (counts << ps != best.period_cycles || !counts ||
		    counts > max_counts)
			continue;
		high = min(duty_cycles >> ps << ps, best.period_cycles);
		best.duty_cycles = max(best.duty_cycles, high);
	}
	return best;
}

/* The pin shows a running wave of @period cycles, active for @active. */
static void expect_pin(struct kunit *test, struct tpm_model *tpm,
		       unsigned int ch, u64 period, u64 active,
		       enum pwm_polarity polarity)
{
	struct tpm_pin_event pin = tpm_model_pin(tpm, ch);
	bool inversed = polarity == PWM_POLARITY_INVERSED;

	KUNIT_EXPECT_TRUE(test, pin.driven);
	KUNIT_EXPECT_TRUE(test, pin.running);
	KUNIT_EXPECT_EQ(test, pin.period_cycles, period);
	KUNIT_EXPECT_EQ(test, pin.high_cycles, inversed ? period - active : active);
	if (active && active < period)
		KUNIT_EXPECT_EQ(test, pin.level, !inversed);
}

static const unsigned long sweep_rates[] = {
	32768, 1000000, 24000000, 66666667, 133000000, 1000000000,
};

/* Log-uniform over [1, 2^bits) ns. */
static u64 random_ns(struct rnd_state *rnd, unsigned int bits)
{
	unsigned int width = 1 + prandom_u32_state(rnd) % bits;
	u64 v = ((u64)prandom_u32_state(rnd) << 32) | prandom_u32_state(rnd);

	return max_t(u64, v >> (64 - width), 1);
}

/*
 * Random requests over every prescaler and the whole range of module
 * clocks, each checked against the reference: the pin, what get_state()
 * reports (rounded up), and that applying that again changes nothing.
 */
static void tpm_rounding_sweep(struct kunit *test)
{
	u64 worst_period_short = 0, worst_duty_short = 0;
	unsigned int bench, i, checked = 0, refused = 0, clamped = 0;
	struct rnd_state rnd;

	prandom_seed_state(&rnd, SWEEP_SEED);
	for (bench = 0; bench < SWEEP_BENCHES + SWEEP_BENCHES_32; bench++) {
		unsigned int width = bench < SWEEP_BENCHES ? 16 : 32;
		unsigned int nth = bench % SWEEP_BENCHES;
		unsigned long rate = nth < ARRAY_SIZE(sweep_rates) ?
				     sweep_rates[nth] :
				     32768 + prandom_u32_state(&rnd) % (NSEC_PER_SEC - 32768);
		u64 longest_ns = cycles_to_ns_up_ref(MAX_COUNTS(width) << MAX_PRESCALE, rate);
		unsigned int bits = fls64(longest_ns) + 1;
		struct tpm_bench *b = bench_create_width(test, rate, 1, width);
		struct pwm_device *pwm = bench_pwm(test, b->chip, 0);

		for (i = 0; i < SWEEP_REQUESTS; i++) {
			u64 period = random_ns(&rnd, bits);
			u64 duty = prandom_u32_state(&rnd) % 8 ?
				   mul_u64_u32_div(period, prandom_u32_state(&rnd), U32_MAX) :
				   (prandom_u32_state(&rnd) & 1) * period;
			enum pwm_polarity pol = prandom_u32_state(&rnd) & 1;
			struct best best = best_achievable(period, duty, rate,
							   b->max_counts);
			struct pwm_state got;
			unsigned int changes;
			int ret;

			ret = apply(pwm, period, duty, pol, true);
			if (!best.period_cycles) {
				KUNIT_ASSERT_EQ_MSG(test, ret, -EINVAL,
						    "%lu Hz: %llu/%llu ns", rate,
						    duty, period);
				refused++;
				continue;
			}
			KUNIT_ASSERT_EQ_MSG(test, ret, 0, "%lu Hz: %llu/%llu ns",
					    rate, duty, period);
			expect_pin(test, b->tpm, 0, best.period_cycles,
				   best.duty_cycles, pol);

			got = hw_state(test, pwm);
			KUNIT_EXPECT_EQ(test, got.period,
					cycles_to_ns_up_ref(best.period_cycles, rate));
			KUNIT_EXPECT_EQ(test, got.duty_cycle,
					cycles_to_ns_up_ref(best.duty_cycles, rate));
			KUNIT_EXPECT_EQ(test, got.polarity, pol);
			KUNIT_EXPECT_TRUE(test, got.enabled);
			KUNIT_EXPECT_LE(test, got.period, period);
			KUNIT_EXPECT_LE(test, got.duty_cycle, duty);

			changes = tpm_model_pin_changes(b->tpm, 0);
			KUNIT_ASSERT_EQ(test, pwm_apply_might_sleep(pwm, &got), 0);
			KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0), changes);

			/* Past the longest period, the shortfall is the request's. */
			if (period <= longest_ns) {
				worst_period_short = max(worst_period_short,
							 period - got.period);
				worst_duty_short = max(worst_duty_short,
						       duty - got.duty_cycle);
			} else {
				clamped++;
			}
			checked++;

			KUNIT_ASSERT_EQ(test, apply(pwm, period, duty, pol, false), 0);
			KUNIT_EXPECT_FALSE(test, tpm_model_pin(b->tpm, 0).driven);
		}
		KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).gated_accesses, 0);
		kunit_info(test, "%lu Hz, %u-bit counter: %u requests\n", rate,
			   width, SWEEP_REQUESTS);
	}
	kunit_info(test, "%u requests met exactly (%u past the longest period), %u below one clock cycle refused; worst shortfall within range: period %llu ns, duty cycle %llu ns\n",
		   checked, clamped, refused, worst_period_short, worst_duty_short);
	KUNIT_EXPECT_GE(test, checked + refused, SWEEP_BENCHES * SWEEP_REQUESTS);
}

/* 0 % and 100 % are exact, in both polarities. */
static void tpm_duty_limits(struct kunit *test)
{
	static const u64 periods[] = { 1000, 41667, 1000000, 2730625, 349520000 };
	struct tpm_bench *b = bench_create(test, 24000000, 1);
	struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
	unsigned int i, pol;

	for (pol = 0; pol <= 1; pol++) {
		for (i = 0; i < ARRAY_SIZE(periods); i++) {
			struct best best = best_achievable(periods[i], 0, b->rate,
						   b->max_counts);

			KUNIT_ASSERT_EQ(test, apply(pwm, periods[i], 0, pol, true), 0);
			expect_pin(test, b->tpm, 0, best.period_cycles, 0, pol);
			KUNIT_EXPECT_EQ(test, hw_state(test, pwm).duty_cycle, 0);

			KUNIT_ASSERT_EQ(test, apply(pwm, periods[i], periods[i], pol, true), 0);
			expect_pin(test, b->tpm, 0, best.period_cycles,
				   best.period_cycles, pol);
			KUNIT_EXPECT_EQ(test, hw_state(test, pwm).duty_cycle,
					hw_state(test, pwm).period);
			KUNIT_ASSERT_EQ(test, apply(pwm, 0, 0, pol, false), 0);
		}
	}
}

/*
 * Channels share the period: a change is refused while another channel is
 * enabled, and only then; a channel merely requested does not count.
 */
static void tpm_shared_period(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm0 = bench_pwm(test, b->chip, 0);
	struct pwm_device *pwm1 = bench_pwm(test, b->chip, 1);
	unsigned int changes;

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, apply(pwm1, 1000000, 500000, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, 24000, 6000, PWM_POLARITY_NORMAL);
	expect_pin(test, b->tpm, 1, 24000, 12000, PWM_POLARITY_NORMAL);

	/* A request that rounds to the running period is no change. */
	KUNIT_EXPECT_EQ(test, apply(pwm1, 1000020, 750000, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 1, 24000, 18000, PWM_POLARITY_NORMAL);

	changes = tpm_model_pin_changes(b->tpm, 0) + tpm_model_pin_changes(b->tpm, 1);
	KUNIT_EXPECT_EQ(test, apply(pwm1, 500000, 250000, PWM_POLARITY_NORMAL, true), -EBUSY);
	KUNIT_EXPECT_EQ(test, apply(pwm1, 100000000, 250000, PWM_POLARITY_NORMAL, true), -EBUSY);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0) +
			tpm_model_pin_changes(b->tpm, 1), changes);
	KUNIT_EXPECT_EQ(test, pwm1->state.duty_cycle, 750000);

	/* Channel 0 stays requested, but disabled it holds no period. */
	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, false), 0);
	KUNIT_EXPECT_EQ(test, apply(pwm1, 500000, 250000, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 1, 12000, 6000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(b->tpm, 0).driven);
}

static void tpm_polarity(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 1);
	struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
	struct tpm_pin_event pin;
	unsigned int changes;

	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_INVERSED, true), 0);
	pin = tpm_model_pin(b->tpm, 0);
	KUNIT_EXPECT_FALSE(test, pin.level);
	KUNIT_EXPECT_EQ(test, pin.high_cycles, 18000);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).polarity, PWM_POLARITY_INVERSED);

	/* The TPM would invert in mid-period: refused while enabled. */
	changes = tpm_model_pin_changes(b->tpm, 0);
	KUNIT_EXPECT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), -EBUSY);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0), changes);

	/* Disabled, the polarity is remembered and reported. */
	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_INVERSED, false), 0);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).polarity, PWM_POLARITY_INVERSED);
	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, false), 0);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).polarity, PWM_POLARITY_NORMAL);
	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, 24000, 6000, PWM_POLARITY_NORMAL);
}

/*
 * Disabling lets go of the pin; the counter stops and resets with the last
 * enabled channel only.
 */
static void tpm_enable_disable(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm0 = bench_pwm(test, b->chip, 0);
	struct pwm_device *pwm1 = bench_pwm(test, b->chip, 1);

	KUNIT_EXPECT_FALSE(test, hw_state(test, pwm0).enabled);
	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, apply(pwm1, 1000000, 500000, PWM_POLARITY_NORMAL, true), 0);
	tpm_model_advance(b->tpm, 300000);

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, false), 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(b->tpm, 0).driven);
	KUNIT_EXPECT_FALSE(test, hw_state(test, pwm0).enabled);
	expect_pin(test, b->tpm, 1, 24000, 12000, PWM_POLARITY_NORMAL);

	KUNIT_ASSERT_EQ(test, apply(pwm1, 1000000, 500000, PWM_POLARITY_NORMAL, false), 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(b->tpm, 1).driven);
	/* Stopped and reset: nothing counts any more. */
	tpm_model_advance(b->tpm, 5000000);
	KUNIT_EXPECT_EQ(test, tpm_model_read(b->tpm, TPM_CNT), 0);

	/* Enabled again, the first period is a whole one. */
	KUNIT_ASSERT_EQ(test, apply(pwm0, 500000, 100000, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, 12000, 2400, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, tpm_model_pin(b->tpm, 0).phase_cycles, 0);
}

/* Model time of the next reload, with the prescaler at 1. */
static u64 next_reload_ns(struct tpm_bench *b)
{
	u32 mod = tpm_model_read(b->tpm, TPM_MOD);
	u32 cnt = tpm_model_read(b->tpm, TPM_CNT);
	u64 now = ns_to_cycles_ref(tpm_model_now(b->tpm), b->rate);

	return muldiv_ref(now + mod + 1 - cnt, NSEC_PER_SEC, b->rate, false);
}

/*
 * A running PWM changes at the end of its period, and .apply() returns
 * then: it sleeps till then instead of polling the registers.
 */
static void tpm_change_at_period_end(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 1);
	struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
	struct tpm_model_stats before, after;
	struct tpm_pin_event pin;
	u64 reload_at;

	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	tpm_model_advance(b->tpm, 5312345);
	reload_at = next_reload_ns(b);

	before = tpm_model_stats(b->tpm);
	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 750000, PWM_POLARITY_NORMAL, true), 0);
	after = tpm_model_stats(b->tpm);

	pin = tpm_model_pin(b->tpm, 0);
	expect_pin(test, b->tpm, 0, 24000, 18000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, pin.at_ns, reload_at);
	/*
	 * One sleep to the reload, and a few dozen reads with the PWM_DEBUG
	 * checks: polling would read thousands of times.
	 */
	KUNIT_EXPECT_GE(test, after.sleeps - before.sleeps, 1);
	KUNIT_EXPECT_LE(test, after.sleeps - before.sleeps, 2);
	KUNIT_EXPECT_LE(test, after.reads - before.reads, 32);
	KUNIT_EXPECT_LE(test, after.slept_ns - before.slept_ns, 1000000);
}

/*
 * A period and duty cycle change together: whichever count the writes
 * land on, the pin never shows the old period with the new duty cycle, and
 * shows the new period with the old duty cycle (Limitations) for one period
 * at most.
 */
static void tpm_no_mixed_periods(struct kunit *test)
{
	unsigned int offset, mixed_seen = 0;

	for (offset = 0; offset < 12; offset++) {
		struct tpm_bench *b = bench_create(test, 1000000, 1);
		struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
		struct tpm_pin_event ev[TPM_MODEL_PIN_HISTORY];
		unsigned int n, first, i;

		KUNIT_ASSERT_EQ(test, apply(pwm, 100000, 20000, PWM_POLARITY_NORMAL, true), 0);
		/* Each access takes 1 us: the reload falls among the writes. */
		tpm_model_set_access_time(b->tpm, 1000);
		tpm_model_advance(b->tpm, 200000 - offset * 1000);
		first = tpm_model_pin_changes(b->tpm, 0);

		KUNIT_ASSERT_EQ(test, apply(pwm, 50000, 40000, PWM_POLARITY_NORMAL, true), 0);
		tpm_model_advance(b->tpm, 300000);

		n = tpm_model_pin_history(b->tpm, 0, ev, ARRAY_SIZE(ev));
		/* Only what changed since the apply began. */
		first = n - min(n, tpm_model_pin_changes(b->tpm, 0) - first);
		for (i = first; i < n; i++) {
			struct tpm_pin_event *e = &ev[i];

			KUNIT_EXPECT_FALSE(test, e->period_cycles == 100 &&
					   e->high_cycles == 40);
			if (e->period_cycles == 50 && e->high_cycles == 20) {
				mixed_seen++;
				KUNIT_ASSERT_LT(test, i + 1, n);
				KUNIT_EXPECT_EQ(test, ev[i + 1].at_ns - e->at_ns, 50000);
			}
		}
		expect_pin(test, b->tpm, 0, 50, 40, PWM_POLARITY_NORMAL);
	}
	kunit_info(test, "%u of 12 write timings showed the admitted mixed period\n",
		   mixed_seen);
}

/* Every refusal leaves the pins, the registers and the state as they were. */
static void tpm_errors_change_nothing(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm0 = bench_pwm(test, b->chip, 0);
	struct pwm_device *pwm1 = bench_pwm(test, b->chip, 1);
	struct tpm_model_stats before;
	struct pwm_state state0;
	unsigned int changes;

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, apply(pwm1, 1000000, 500000, PWM_POLARITY_INVERSED, true), 0);
	state0 = pwm0->state;
	changes = tpm_model_pin_changes(b->tpm, 0) + tpm_model_pin_changes(b->tpm, 1);
	before = tpm_model_stats(b->tpm);

	/* A new period with a polarity change: both refused, neither half done. */
	KUNIT_EXPECT_EQ(test, apply(pwm1, 2000000, 500000, PWM_POLARITY_NORMAL, true), -EBUSY);
	/* Shorter than one clock cycle. */
	KUNIT_EXPECT_EQ(test, apply(pwm0, 41, 0, PWM_POLARITY_NORMAL, true), -EINVAL);
	/* The bus fails: the error comes back as it was. */
	tpm_model_fail_access(b->tpm, 1, -EIO);
	KUNIT_EXPECT_EQ(test, apply(pwm0, 1000000, 300000, PWM_POLARITY_NORMAL, true), -EIO);
	tpm_model_fail_access(b->tpm, 1, -ENXIO);
	KUNIT_EXPECT_EQ(test, apply(pwm0, 1000000, 300000, PWM_POLARITY_NORMAL, false), -ENXIO);

	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).writes, before.writes);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0) +
			tpm_model_pin_changes(b->tpm, 1), changes);
	KUNIT_EXPECT_EQ(test, pwm0->state.duty_cycle, state0.duty_cycle);
	KUNIT_EXPECT_TRUE(test, pwm0->state.enabled);
	expect_pin(test, b->tpm, 0, 24000, 6000, PWM_POLARITY_NORMAL);
	expect_pin(test, b->tpm, 1, 24000, 12000, PWM_POLARITY_INVERSED);
}

/*
 * A counter that never reaches its reload: .apply() gives up after about a
 * period with -ETIMEDOUT, and the old values stay in force.
 */
static void tpm_latch_timeout(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 1);
	struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
	struct tpm_model_stats before, after;
	unsigned int changes;

	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	tpm_model_advance(b->tpm, 400000);
	tpm_model_stall(b->tpm, true);
	changes = tpm_model_pin_changes(b->tpm, 0);
	before = tpm_model_stats(b->tpm);

	KUNIT_EXPECT_EQ(test, apply(pwm, 1000000, 750000, PWM_POLARITY_NORMAL, true),
			-ETIMEDOUT);
	after = tpm_model_stats(b->tpm);
	KUNIT_EXPECT_LE(test, after.slept_ns - before.slept_ns, 3 * 1000000);
	KUNIT_EXPECT_LE(test, after.sleeps - before.sleeps, 12);
	KUNIT_EXPECT_EQ(test, pwm->state.duty_cycle, 250000);

	/* Once the counter moves again, the old duty cycle goes on. */
	tpm_model_stall(b->tpm, false);
	tpm_model_advance(b->tpm, 3000000);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0), changes);
	expect_pin(test, b->tpm, 0, 24000, 6000, PWM_POLARITY_NORMAL);
}

/*
 * System suspend with channels enabled: saved and restored, even if the
 * TPM lost its registers; an apply before resume waits in the saved image
 * and never touches the gated hardware.
 */
static void tpm_suspend_resume(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm0 = bench_pwm(test, b->chip, 0);
	struct pwm_device *pwm1 = bench_pwm(test, b->chip, 1);
	struct pwm_state state;

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, apply(pwm1, 1000000, 500000, PWM_POLARITY_INVERSED, true), 0);

	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_suspend(&b->pdev->dev), 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_clock_on(b->tpm));

	/* As pwm-backlight does in its resume, before the TPM resumed. */
	KUNIT_EXPECT_EQ(test, apply(pwm0, 1000000, 100000, PWM_POLARITY_NORMAL, true), 0);
	state = hw_state(test, pwm0);
	KUNIT_EXPECT_EQ(test, state.duty_cycle, 100000);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).gated_accesses, 0);

	tpm_model_power_loss(b->tpm);
	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_resume(&b->pdev->dev), 0);
	KUNIT_EXPECT_TRUE(test, tpm_model_clock_on(b->tpm));
	expect_pin(test, b->tpm, 0, 24000, 2400, PWM_POLARITY_NORMAL);
	expect_pin(test, b->tpm, 1, 24000, 12000, PWM_POLARITY_INVERSED);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).gated_accesses, 0);
}

#define CNSC_EPWM_NORMAL	(TPM_CNSC_MSB | TPM_CNSC_ELSB)
#define SC_COUNTING(ps)		(FIELD_PREP_CONST(TPM_SC_PS, ps) | \
				 FIELD_PREP_CONST(TPM_SC_CMOD, 1))

/**
 * struct firmware - the registers a bootloader leaves
 * @sc: SC, written last
 * @mod: MOD
 * @cnsc: CnSC of channels 0 and 1
 * @cnv: CnV of channels 0 and 1
 */
struct firmware {
	u32 sc;
	u32 mod;
	u32 cnsc[2];
	u32 cnv[2];
};

/* Channel 0 at 1 ms, 25 %, the clock divided by 4. */
static const struct firmware fw_1ms = {
	.sc = SC_COUNTING(2),
	.mod = 5999,
	.cnsc = { CNSC_EPWM_NORMAL },
	.cnv = { 1500 },
};

/* The same with channel 1 at 50 %. */
static const struct firmware fw_1ms_two = {
	.sc = SC_COUNTING(2),
	.mod = 5999,
	.cnsc = { CNSC_EPWM_NORMAL, CNSC_EPWM_NORMAL },
	.cnv = { 1500, 3000 },
};

/* The registers as @fw says, the counter running a while, the clock off. */
static void bootloader_setup(struct tpm_model *tpm, const struct firmware *fw)
{
	unsigned int ch;

	tpm_model_set_clock(tpm, true);
	tpm_model_write(tpm, TPM_SC, fw->sc & ~TPM_SC_CMOD);
	tpm_model_write(tpm, TPM_MOD, fw->mod);
	for (ch = 0; ch < ARRAY_SIZE(fw->cnv); ch++) {
		tpm_model_write(tpm, TPM_CNV(ch), fw->cnv[ch]);
		tpm_model_write(tpm, TPM_CNSC(ch), fw->cnsc[ch]);
	}
	tpm_model_write(tpm, TPM_SC, fw->sc);
	tpm_model_advance(tpm, 123456);
	tpm_model_set_clock(tpm, false);
}

/*
 * The driver probes on what @fw left and reads channel 0 back as @period
 * and @duty; a consumer applying a request that differs from that in ns
 * but not in counts changes nothing on any pin.
 */
static struct pwm_device *expect_handover(struct kunit *test,
					  struct tpm_bench *b,
					  const struct firmware *fw,
					  u64 period, u64 duty)
{
	unsigned int changes[2], ch;
	struct pwm_device *pwm;
	struct pwm_state state;

	bootloader_setup(b->tpm, fw);
	for (ch = 0; ch < ARRAY_SIZE(changes); ch++)
		changes[ch] = tpm_model_pin_changes(b->tpm, ch);
	bench_probe(test, b, true, true);
	KUNIT_ASSERT_NOT_NULL(test, b->chip);
	pwm = bench_pwm(test, b->chip, 0);

	pwm_get_state(pwm, &state);
	KUNIT_EXPECT_TRUE(test, state.enabled);
	KUNIT_EXPECT_EQ(test, state.period, period);
	KUNIT_EXPECT_EQ(test, state.duty_cycle, duty);
	KUNIT_EXPECT_EQ(test, state.polarity, PWM_POLARITY_NORMAL);

	/* The core passes on only what differs from its state. */
	state.duty_cycle++;
	KUNIT_EXPECT_EQ(test, pwm_apply_might_sleep(pwm, &state), 0);
	state.period++;
	KUNIT_EXPECT_EQ(test, pwm_apply_might_sleep(pwm, &state), 0);
	for (ch = 0; ch < ARRAY_SIZE(changes); ch++)
		KUNIT_EXPECT_EQ_MSG(test, tpm_model_pin_changes(b->tpm, ch),
				    changes[ch], "channel %u", ch);
	return pwm;
}

/*
 * A PWM the bootloader left running is read back from the hardware, and a
 * consumer that applies what it reads changes nothing on the pin.
 */
static void tpm_bootloader_handover(struct kunit *test)
{
	struct tpm_bench *b = bench_model(test, 24000000, 2);
	struct pwm_device *pwm;
	unsigned int changes;

	pwm = expect_handover(test, b, &fw_1ms, 1000000, 250000);

	/* A new duty cycle on the running prescaler: no restart either. */
	changes = tpm_model_pin_changes(b->tpm, 0);
	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 500000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0), changes + 1);
	expect_pin(test, b->tpm, 0, 24000, 12000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, tpm_model_pin(b->tpm, 0).phase_cycles, 0);
}

/*
 * A 32-bit counter (as in some i.MX8ULP TPMs) left at 100 ms, 25 %, with
 * MOD and CnV past 16 bits.
 */
static void tpm_bootloader_handover_32(struct kunit *test)
{
	static const struct firmware fw = {
		.sc = SC_COUNTING(0),
		.mod = 2399999,
		.cnsc = { CNSC_EPWM_NORMAL },
		.cnv = { 600000 },
	};
	struct tpm_bench *b = bench_model_width(test, 24000000, 2, 32);
	struct pwm_device *pwm;
	unsigned int changes;

	pwm = expect_handover(test, b, &fw, 100000000, 25000000);
	expect_pin(test, b->tpm, 0, 2400000, 600000, PWM_POLARITY_NORMAL);

	changes = tpm_model_pin_changes(b->tpm, 0);
	KUNIT_ASSERT_EQ(test, apply(pwm, 100000000, 50000000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0), changes + 1);
	expect_pin(test, b->tpm, 0, 2400000, 1200000, PWM_POLARITY_NORMAL);

	/* The longest period is 2^32 - 1 counts of the clock divided by 128. */
	KUNIT_ASSERT_EQ(test, apply(pwm, U64_MAX, U64_MAX, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, (u64)U32_MAX << 7, (u64)U32_MAX << 7,
		   PWM_POLARITY_NORMAL);
}

/*
 * MOD at the counter's largest count, its reset value, which a bootloader
 * that sets only CnV, CnSC and SC leaves: a period one count longer than
 * any the driver picks. Re-applied, with an odd CnV and another channel
 * enabled, it stays as it is: no -EBUSY, no restart, no lost LSB. Only
 * 100 % is out of reach, and rounds down.
 */
static void tpm_bootloader_mod_max(struct kunit *test)
{
	static const struct firmware fw_ps0 = {
		.sc = SC_COUNTING(0),
		.mod = 0xffff,
		.cnsc = { CNSC_EPWM_NORMAL, CNSC_EPWM_NORMAL },
		.cnv = { 1001, 30000 },
	};
	static const struct firmware fw_ps7 = {
		.sc = SC_COUNTING(7),
		.mod = 0xffff,
		.cnsc = { CNSC_EPWM_NORMAL },
		.cnv = { 0x8001 },
	};
	static const struct firmware fw_32 = {
		.sc = SC_COUNTING(0),
		.mod = U32_MAX,
		.cnsc = { CNSC_EPWM_NORMAL },
		.cnv = { 0x80000001 },
	};
	struct tpm_bench *b = bench_model(test, 24000000, 2);
	struct pwm_device *pwm;

	pwm = expect_handover(test, b, &fw_ps0, 2730667, 41709);
	expect_pin(test, b->tpm, 0, 0x10000, 1001, PWM_POLARITY_NORMAL);
	expect_pin(test, b->tpm, 1, 0x10000, 30000, PWM_POLARITY_NORMAL);
	KUNIT_ASSERT_EQ(test, apply(pwm, 2730667, 2730667, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, 0x10000, 0xffff, PWM_POLARITY_NORMAL);
	expect_pin(test, b->tpm, 1, 0x10000, 30000, PWM_POLARITY_NORMAL);

	b = bench_model(test, 24000000, 2);
	pwm = expect_handover(test, b, &fw_ps7, 349525334, 174768000);
	expect_pin(test, b->tpm, 0, 0x10000 << 7, 0x8001 << 7, PWM_POLARITY_NORMAL);
	/* Longer requests get the same: the longest period there is. */
	KUNIT_ASSERT_EQ(test, apply(pwm, U64_MAX, 174768000, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, 0x10000 << 7, 0x8001 << 7, PWM_POLARITY_NORMAL);

	b = bench_model_width(test, 24000000, 2, 32);
	expect_handover(test, b, &fw_32, 178956970667, 89478485375);
	expect_pin(test, b->tpm, 0, 1ULL << 32, 0x80000001, PWM_POLARITY_NORMAL);
}

/* Channels the bootloader enabled count from probe on. */
static void tpm_bootloader_channels_counted(struct kunit *test)
{
	struct tpm_bench *b = bench_model(test, 24000000, 2);
	struct pwm_device *pwm0;

	bootloader_setup(b->tpm, &fw_1ms_two);
	bench_probe(test, b, true, true);
	KUNIT_ASSERT_NOT_NULL(test, b->chip);
	pwm0 = bench_pwm(test, b->chip, 0);

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, false), 0);
	expect_pin(test, b->tpm, 1, 24000, 12000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, apply(pwm0, 2000000, 250000, PWM_POLARITY_NORMAL, true), -EBUSY);
}

static void expect_probe_fails(struct kunit *test, struct tpm_bench *b,
			       bool clock, bool mmio)
{
	bench_probe(test, b, clock, mmio);
	KUNIT_EXPECT_NULL(test, b->chip);
	KUNIT_EXPECT_NULL(test, b->pdev->dev.driver);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).writes, 0);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).gated_accesses, 0);
	KUNIT_EXPECT_FALSE(test, tpm_model_clock_on(b->tpm));
}

static void tpm_probe_no_channels(struct kunit *test)
{
	expect_probe_fails(test, bench_model(test, 24000000, 0), true, true);
}

static void tpm_probe_no_clock(struct kunit *test)
{
	expect_probe_fails(test, bench_model(test, 24000000, 4), false, true);
}

static void tpm_probe_no_registers(struct kunit *test)
{
	expect_probe_fails(test, bench_model(test, 24000000, 4), true, false);
}

static void tpm_probe_clock_rate(struct kunit *test)
{
	expect_probe_fails(test, bench_model(test, 1000000001, 4), true, true);
}

static void tpm_probe_clock_stopped(struct kunit *test)
{
	expect_probe_fails(test, bench_model(test, 0, 4), true, true);
}

/*
 * PARAM claims more channels than the register map has room for: the
 * driver serves the first 8 and never reaches past CnV(7), not even in a
 * dump of its registers.
 */
static void tpm_probe_channels_capped(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 12);
	struct regmap *map = dev_get_regmap(&b->pdev->dev, NULL);
	struct pwm_device *pwm;
	u32 val;

	KUNIT_ASSERT_EQ(test, b->chip->npwm, 8);
	pwm = bench_pwm(test, b->chip, 7);
	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_suspend(&b->pdev->dev), 0);
	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_resume(&b->pdev->dev), 0);
	expect_pin(test, b->tpm, 7, 24000, 6000, PWM_POLARITY_NORMAL);

	KUNIT_ASSERT_NOT_NULL(test, map);
	KUNIT_EXPECT_EQ(test, regmap_read(map, TPM_CNSC(8), &val), -EIO);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).stray_accesses, 0);
}

static struct device *wait_bound(struct kunit *test, const char *path)
{
	struct device_node *np = of_find_node_by_path(path);
	struct platform_device *pdev = NULL;
	unsigned int tries;

	KUNIT_ASSERT_NOT_NULL(test, np);
	of_node_put_kunit(test, np);
	for (tries = 0; tries < 200; tries++) {
		pdev = of_find_device_by_node(np);
		if (pdev && pdev->dev.driver)
			break;
		platform_device_put(pdev);
		pdev = NULL;
		wait_for_device_probe();
		msleep(20);
	}
	KUNIT_ASSERT_NOT_NULL_MSG(test, pdev, "%s not bound", path);
	platform_device_put(pdev);
	return &pdev->dev;
}

/*
 * Probed from device tree, as on a board; an LED on channel 1 through
 * leds-pwm: its brightness is the pin's duty cycle.
 */
static void tpm_device_tree_and_led(struct kunit *test)
{
	const struct tpm_model_config config = {
		.base = TEST_DT_BASE,
		.rate_hz = TEST_DT_RATE_HZ,
		.channels = TEST_CHANNELS,
		.manual_clock = true,
	};
	static struct led_lookup_data lookup = {
		.provider = "kunit-tpm",
		.con_id = "led",
	};
	struct tpm_model *tpm = tpm_model_create_kunit(test, &config);
	struct led_classdev *led;
	struct pwm_chip *chip;
	struct device *consumer;
	unsigned int brightness;

	KUNIT_ASSERT_EQ(test, of_overlay_apply_kunit(test, kunit_pwm_imx_tpm), 0);
	chip = dev_get_drvdata(wait_bound(test, "/pwm@50000000"));
	KUNIT_ASSERT_NOT_NULL(test, chip);
	KUNIT_EXPECT_EQ(test, chip->npwm, TEST_CHANNELS);
	wait_bound(test, "/kunit-tpm-leds");

	consumer = kunit_device_register(test, "tpm-kunit-led-user");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, consumer);
	lookup.dev_id = dev_name(consumer);
	led_add_lookup(&lookup);
	led = devm_led_get(consumer, "led");
	led_remove_lookup(&lookup);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, led);

	for (brightness = 0; brightness <= 255; brightness += 51) {
		u64 duty_ns = div_u64(1000000ULL * brightness, 255);

		KUNIT_ASSERT_EQ(test, led_set_brightness_sync(led, brightness), 0);
		expect_pin(test, tpm, 1, 24000, ns_to_cycles_ref(duty_ns, TEST_DT_RATE_HZ),
			   PWM_POLARITY_NORMAL);
	}
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(tpm, 0).driven);
}

static struct kunit_case pwm_imx_tpm_test_cases[] = {
	KUNIT_CASE_SLOW(tpm_rounding_sweep),
	KUNIT_CASE(tpm_duty_limits),
	KUNIT_CASE(tpm_shared_period),
	KUNIT_CASE(tpm_polarity),
	KUNIT_CASE(tpm_enable_disable),
	KUNIT_CASE(tpm_change_at_period_end),
	KUNIT_CASE(tpm_no_mixed_periods),
	KUNIT_CASE(tpm_errors_change_nothing),
	KUNIT_CASE(tpm_latch_timeout),
	KUNIT_CASE(tpm_suspend_resume),
	KUNIT_CASE(tpm_bootloader_handover),
	KUNIT_CASE(tpm_bootloader_handover_32),
	KUNIT_CASE(tpm_bootloader_mod_max),
	KUNIT_CASE(tpm_bootloader_channels_counted),
	KUNIT_CASE(tpm_probe_no_channels),
	KUNIT_CASE(tpm_probe_no_clock),
	KUNIT_CASE(tpm_probe_no_registers),
	KUNIT_CASE(tpm_probe_clock_rate),
	KUNIT_CASE(tpm_probe_clock_stopped),
	KUNIT_CASE(tpm_probe_channels_capped),
	KUNIT_CASE(tpm_device_tree_and_led),
	{}
};

static struct kunit_suite pwm_imx_tpm_test_suite = {
	.name = "pwm_imx_tpm",
	.test_cases = pwm_imx_tpm_test_cases,
};

kunit_test_suite(pwm_imx_tpm_test_suite);

MODULE_DESCRIPTION("KUnit tests for the i.MX TPM PWM driver");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS(EXPORTED_FOR_KUNIT_TESTING);
MODULE_IMPORT_NS(IMX_TPM_MODEL);
