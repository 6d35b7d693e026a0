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
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/leds.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/prandom.h>
#include <linux/sizes.h>
#include <linux/pwm.h>
#include <linux/regmap.h>
#include <linux/sched.h>
#include <linux/sched/task.h>

#include "../pwm-imx-tpm.h"
#include "imx_tpm_model.h"

#define TEST_BASE		0x40260000
#define TEST_DT_BASE		0x50000000	/* as in kunit_pwm_imx_tpm.dtso */
#define TEST_DT_RATE_HZ		24000000
#define TEST_CHANNELS		4
/* MOD + 1, MOD at the counter's largest count */
#define MAX_COUNTS(width)	BIT_ULL(width)
#define MAX_PRESCALE		7
#define SWEEP_BENCHES		10	/* with a 16-bit counter */
#define SWEEP_BENCHES_32	2	/* with a 32-bit one, at the first rates */
#define SWEEP_REQUESTS		800	/* per bench, channel 0 alone */
#define SWEEP_SHARED_REQUESTS	150	/* per bench, beside channel 1 */
#define SWEEP_RESET_EVERY	50
#define SWEEP_MIN_PS_HITS	100
#define SWEEP_SEED		0x1e7a7b5d

/**
 * struct tpm_bench - a modelled TPM with the driver bound to it
 * @base: where the model stands in, one base per bench
 * @tpm: the model
 * @gate: the module clock, which tells the model when it is gated
 * @rate: the clock's rate
 * @fail_enable: enabling the clock fails with -EIO
 * @max_counts: the longest period in counts, by the counter's width
 * @pdev: the TPM device
 * @chip: the driver's PWM chip; NULL if probe failed
 */
struct tpm_bench {
	phys_addr_t base;
	struct tpm_model *tpm;
	struct clk_hw gate;
	unsigned long rate;
	bool fail_enable;
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
	if (to_bench(hw)->fail_enable)
		return -EIO;
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

/*
 * A model and its clock, without a device yet. With @manual, model time
 * passes only when the test or the driver's sleeps move it; else it
 * follows the kernel's clock, and the driver really sleeps.
 */
static struct tpm_bench *bench_model_clocked(struct kunit *test,
					     unsigned long rate,
					     unsigned int channels,
					     unsigned int width, bool manual)
{
	struct tpm_model_config config = {
		.rate_hz = rate ?: 1,
		.channels = channels,
		.width = width,
		.manual_clock = manual,
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

static struct tpm_bench *bench_model_width(struct kunit *test,
					   unsigned long rate,
					   unsigned int channels,
					   unsigned int width)
{
	return bench_model_clocked(test, rate, channels, width, true);
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

/* An apply as a consumer makes it, returning before the pin changes. */
static int apply_now(struct pwm_device *pwm, u64 period, u64 duty,
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

/*
 * An apply, and then as many ends of a period as the pins need to show
 * it: what a consumer that looks at the pin next sees.
 */
static int apply(struct pwm_device *pwm, u64 period, u64 duty,
		 enum pwm_polarity polarity, bool enabled)
{
	int ret = apply_now(pwm, period, duty, polarity, enabled);
	int settled = pwm_imx_tpm_settle(pwm->chip);

	return ret ?: settled;
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
		/* With MOD at the largest count, no CnV is above it. */
		high = min(duty_cycles >> ps << ps, counts == max_counts ?
			   best.period_cycles - BIT_ULL(ps) : best.period_cycles);
		best.duty_cycles = max(best.duty_cycles, high);
	}
	return best;
}

/* The pin shows a running wave of @period cycles, active for @active. */
static void expect_pin(struct kunit *test, struct tpm_model *tpm,
		       unsigned int ch, u64 period, u64 active,
		       enum pwm_polarity polarity)
{
	struct hw_model_pin_event pin = tpm_model_pin(tpm, ch);
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

/**
 * struct sweep - what a sweep has seen
 * @checked: requests met and checked against the reference
 * @clamped: of those, requests past the longest period
 * @refused: requests below one clock cycle, refused with -EINVAL
 * @busy: requests refused with -EBUSY: a polarity change while enabled,
 *	or another period while another channel is enabled
 * @ps_hits: requests met on each prescaler
 * @worst_period_short: largest shortfall of a period within range, in ns
 * @worst_duty_short: largest shortfall of a duty cycle, in ns
 */
struct sweep {
	unsigned int checked;
	unsigned int clamped;
	unsigned int refused;
	unsigned int busy;
	unsigned int ps_hits[MAX_PRESCALE + 1];
	u64 worst_period_short;
	u64 worst_duty_short;
};

/* A random duty cycle for @period: mostly anywhere, sometimes 0 or 100 %. */
static u64 random_duty(struct rnd_state *rnd, u64 period)
{
	if (prandom_u32_state(rnd) % 8)
		return mul_u64_u32_div(period, prandom_u32_state(rnd), U32_MAX);
	return (prandom_u32_state(rnd) & 1) * period;
}

/*
 * One request on a channel that may be running: either refused with
 * @expect_err, with nothing changed on the pins or in what the driver
 * reports, or met as the reference says.
 */
static void sweep_request(struct kunit *test, struct tpm_bench *b,
			  struct pwm_device *pwm, struct sweep *sw,
			  u64 period, u64 duty, enum pwm_polarity pol,
			  int expect_err)
{
	struct best best = best_achievable(period, duty, b->rate, b->max_counts);
	unsigned int changes = tpm_model_pin_changes(b->tpm, pwm->hwpwm);
	struct pwm_state before = hw_state(test, pwm), got;
	int ret;

	if (!expect_err && !best.period_cycles)
		expect_err = -EINVAL;

	ret = apply(pwm, period, duty, pol, true);
	if (expect_err) {
		KUNIT_ASSERT_EQ_MSG(test, ret, expect_err, "%lu Hz: %llu/%llu ns",
				    b->rate, duty, period);
		got = hw_state(test, pwm);
		KUNIT_EXPECT_EQ(test, got.enabled, before.enabled);
		KUNIT_EXPECT_EQ(test, got.period, before.period);
		KUNIT_EXPECT_EQ(test, got.duty_cycle, before.duty_cycle);
		KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, pwm->hwpwm),
				changes);
		if (expect_err == -EINVAL)
			sw->refused++;
		else
			sw->busy++;
		return;
	}
	KUNIT_ASSERT_EQ_MSG(test, ret, 0, "%lu Hz: %llu/%llu ns", b->rate,
			    duty, period);
	expect_pin(test, b->tpm, pwm->hwpwm, best.period_cycles,
		   best.duty_cycles, pol);
	sw->ps_hits[FIELD_GET(TPM_SC_PS, tpm_model_read(b->tpm, TPM_SC))]++;

	got = hw_state(test, pwm);
	KUNIT_EXPECT_EQ(test, got.period, cycles_to_ns_up_ref(best.period_cycles, b->rate));
	KUNIT_EXPECT_EQ(test, got.duty_cycle, cycles_to_ns_up_ref(best.duty_cycles, b->rate));
	KUNIT_EXPECT_EQ(test, got.polarity, pol);
	KUNIT_EXPECT_TRUE(test, got.enabled);
	KUNIT_EXPECT_LE(test, got.period, period);
	KUNIT_EXPECT_LE(test, got.duty_cycle, duty);

	/* What get_state() reports, applied again, changes nothing. */
	changes = tpm_model_pin_changes(b->tpm, pwm->hwpwm);
	KUNIT_ASSERT_EQ(test, pwm_apply_might_sleep(pwm, &got), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, pwm->hwpwm), changes);

	if (best.period_cycles < b->max_counts << MAX_PRESCALE) {
		sw->worst_period_short = max(sw->worst_period_short, period - got.period);
		sw->worst_duty_short = max(sw->worst_duty_short, duty - got.duty_cycle);
	} else {
		sw->clamped++;
	}
	sw->checked++;
}

/*
 * Channel 0 alone, kept running from one request to the next, so that
 * most requests go through the latched update of MOD and CnV on the
 * running prescaler, the others through a restart on another one. A
 * polarity change while enabled is refused; the channel is then, and
 * every SWEEP_RESET_EVERY requests, disabled, so that the next request
 * starts it afresh.
 */
static void sweep_alone(struct kunit *test, struct tpm_bench *b,
			struct pwm_device *pwm, struct rnd_state *rnd,
			struct sweep *sw)
{
	u64 longest_ns = cycles_to_ns_up_ref(b->max_counts << MAX_PRESCALE, b->rate);
	unsigned int bits = fls64(longest_ns) + 1, i;
	enum pwm_polarity pol = PWM_POLARITY_NORMAL;

	for (i = 0; i < SWEEP_REQUESTS; i++) {
		u64 period = random_ns(rnd, bits);
		u64 duty = random_duty(rnd, period);
		bool flip = !(prandom_u32_state(rnd) % 8);
		bool enabled = pwm->state.enabled;

		if (flip)
			pol = !pol;
		sweep_request(test, b, pwm, sw, period, duty, pol,
			      flip && enabled ? -EBUSY : 0);
		if ((flip && enabled) || !((i + 1) % SWEEP_RESET_EVERY)) {
			KUNIT_ASSERT_EQ(test, apply(pwm, period, duty, pol, false), 0);
			KUNIT_EXPECT_FALSE(test, tpm_model_pin(b->tpm, 0).driven);
		}
	}
}

/*
 * Channel 1 runs on a random period while channel 0 asks for periods
 * within a few counts of it: met exactly when the best period is the
 * running one, else refused with -EBUSY; channel 1's pin never changes.
 */
static void sweep_shared(struct kunit *test, struct tpm_bench *b,
			 struct pwm_device *pwm0, struct rnd_state *rnd,
			 struct sweep *sw)
{
	u64 longest_ns = cycles_to_ns_up_ref(b->max_counts << MAX_PRESCALE, b->rate);
	struct pwm_device *pwm1 = bench_pwm(test, b->chip, 1);
	unsigned int bits = fls64(longest_ns) + 1, i, changes, ps;
	u64 running_ns, count_ns;
	struct best best, ch1;

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000, 0, PWM_POLARITY_NORMAL, false), 0);
	/* Long enough for requests 2 counts below it. */
	do {
		running_ns = random_ns(rnd, bits);
		ch1 = best_achievable(running_ns, running_ns / 3, b->rate,
				      b->max_counts);
	} while (ch1.period_cycles < 16);
	KUNIT_ASSERT_EQ(test, apply(pwm1, running_ns, running_ns / 3,
				    PWM_POLARITY_NORMAL, true), 0);
	changes = tpm_model_pin_changes(b->tpm, 1);
	running_ns = cycles_to_ns_up_ref(ch1.period_cycles, b->rate);
	/* One count of the running prescaler, in ns. */
	ps = FIELD_GET(TPM_SC_PS, tpm_model_read(b->tpm, TPM_SC));
	count_ns = cycles_to_ns_up_ref(1ULL << ps, b->rate);

	for (i = 0; i < SWEEP_SHARED_REQUESTS; i++) {
		u64 span = 4 * count_ns + 1;
		u64 period = running_ns + div64_u64((u64)prandom_u32_state(rnd) * span,
						    U32_MAX) - 2 * count_ns;
		u64 duty = random_duty(rnd, period);

		best = best_achievable(period, duty, b->rate, b->max_counts);
		sweep_request(test, b, pwm0, sw, period, duty, PWM_POLARITY_NORMAL,
			      best.period_cycles &&
			      best.period_cycles != ch1.period_cycles ? -EBUSY : 0);
		if (!((i + 1) % SWEEP_RESET_EVERY))
			KUNIT_ASSERT_EQ(test, apply(pwm0, period, duty,
						    PWM_POLARITY_NORMAL, false), 0);
	}
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 1), changes);
	expect_pin(test, b->tpm, 1, ch1.period_cycles, ch1.duty_cycles,
		   PWM_POLARITY_NORMAL);
}

/*
 * Random requests over every prescaler, the whole range of module clocks
 * and both counter widths, each checked against the reference: the pin,
 * what get_state() reports (rounded up), and that applying that again
 * changes nothing.
 */
static void tpm_rounding_sweep(struct kunit *test)
{
	unsigned int bench, ps;
	struct rnd_state rnd;
	struct sweep sw = {};

	prandom_seed_state(&rnd, SWEEP_SEED);
	for (bench = 0; bench < SWEEP_BENCHES + SWEEP_BENCHES_32; bench++) {
		unsigned int width = bench < SWEEP_BENCHES ? 16 : 32;
		unsigned int nth = bench % SWEEP_BENCHES;
		unsigned long rate = nth < ARRAY_SIZE(sweep_rates) ?
				     sweep_rates[nth] :
				     32768 + prandom_u32_state(&rnd) % (NSEC_PER_SEC - 32768);
		struct tpm_bench *b = bench_create_width(test, rate, 2, width);
		struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
		struct sweep bench_sw = {};

		sweep_alone(test, b, pwm, &rnd, &bench_sw);
		sweep_shared(test, b, pwm, &rnd, &bench_sw);
		KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).gated_accesses, 0);
		kunit_info(test, "%lu Hz, %u-bit counter: %u met, %u busy, %u refused\n",
			   rate, width, bench_sw.checked, bench_sw.busy,
			   bench_sw.refused);

		sw.checked += bench_sw.checked;
		sw.clamped += bench_sw.clamped;
		sw.refused += bench_sw.refused;
		sw.busy += bench_sw.busy;
		for (ps = 0; ps <= MAX_PRESCALE; ps++)
			sw.ps_hits[ps] += bench_sw.ps_hits[ps];
		sw.worst_period_short = max(sw.worst_period_short,
					    bench_sw.worst_period_short);
		sw.worst_duty_short = max(sw.worst_duty_short,
					  bench_sw.worst_duty_short);
	}
	kunit_info(test, "%u requests met exactly (%u past the longest period), %u refused as busy, %u below one clock cycle refused; worst shortfall within range: period %llu ns, duty cycle %llu ns\n",
		   sw.checked, sw.clamped, sw.busy, sw.refused,
		   sw.worst_period_short, sw.worst_duty_short);
	/* The whole prescaler range, each step many times over. */
	for (ps = 0; ps <= MAX_PRESCALE; ps++) {
		kunit_info(test, "prescaler %u: %u requests met\n", ps, sw.ps_hits[ps]);
		KUNIT_EXPECT_GE_MSG(test, sw.ps_hits[ps], SWEEP_MIN_PS_HITS,
				    "prescaler %u", ps);
	}
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
	struct hw_model_pin_event pin;
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
 * A running PWM changes at the end of its period; .apply() returns before,
 * neither letting time pass nor polling the registers.
 */
static void tpm_change_at_period_end(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 1);
	struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
	struct tpm_model_stats before, after;
	struct hw_model_pin_event pin;
	u64 reload_at;

	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	tpm_model_advance(b->tpm, 5312345);
	reload_at = next_reload_ns(b);

	before = tpm_model_stats(b->tpm);
	KUNIT_ASSERT_EQ(test, apply_now(pwm, 1000000, 750000, PWM_POLARITY_NORMAL, true), 0);
	after = tpm_model_stats(b->tpm);
	/* A few dozen reads with the PWM_DEBUG checks, and no time. */
	KUNIT_EXPECT_EQ(test, after.sleeps, before.sleeps);
	KUNIT_EXPECT_LE(test, after.reads - before.reads, 32);
	expect_pin(test, b->tpm, 0, 24000, 6000, PWM_POLARITY_NORMAL);

	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_settle(b->chip), 0);
	pin = tpm_model_pin(b->tpm, 0);
	expect_pin(test, b->tpm, 0, 24000, 18000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, pin.at_ns, reload_at);
}

/* A period and duty cycle change, in counts of a 1 MHz clock (1 us). */
struct mix_case {
	u32 old_counts;
	u32 old_high;
	u32 new_counts;
	u32 new_high;
};

/* The CnV for @high of @counts: 100 % is CnV = MOD + 1. */
static u32 mix_cnv(u32 high, u32 counts)
{
	return high < counts ? high : counts + 1;
}

/*
 * A period and duty cycle change together: whichever count the writes
 * land on, the pin never shows the old period with the new duty cycle, and
 * shows the new period with the old duty cycle (Limitations) for one period
 * at most. Each register access takes 1 us, and the reload is moved over
 * the whole period in 1 us steps, so that it lands between every two
 * accesses of the apply, the MOD and CnV writes among them.
 */
static void tpm_no_mixed_periods(struct kunit *test)
{
	static const struct mix_case cases[] = {
		{ 100, 20, 50, 40 },	/* a shorter period */
		{ 50, 40, 100, 20 },	/* a longer one */
		{ 100, 100, 50, 25 },	/* from 100 % to a shorter period */
	};
	struct tpm_bench *b = bench_create(test, 1000000, 1);
	struct pwm_device *pwm = bench_pwm(test, b->chip, 0);
	unsigned int c, offset;

	for (c = 0; c < ARRAY_SIZE(cases); c++) {
		const struct mix_case *mc = &cases[c];
		/* The new CnV on the old MOD: never shown. */
		u32 wrong_high = min(mix_cnv(mc->new_high, mc->new_counts),
				     mc->old_counts);
		/* The old CnV on the new MOD: shown for one period at most. */
		u32 mixed_high = min(mix_cnv(mc->old_high, mc->old_counts),
				     mc->new_counts);
		unsigned int mixed_seen = 0;

		for (offset = 0; offset <= mc->old_counts; offset++) {
			struct hw_model_pin_event ev[HW_MODEL_PIN_HISTORY];
			unsigned int n, first, i;

			tpm_model_set_access_time(b->tpm, 0);
			KUNIT_ASSERT_EQ(test, apply(pwm, 1000, 0, PWM_POLARITY_NORMAL, false), 0);
			KUNIT_ASSERT_EQ(test, apply(pwm, mc->old_counts * 1000ULL,
						    mc->old_high * 1000ULL,
						    PWM_POLARITY_NORMAL, true), 0);
			tpm_model_set_access_time(b->tpm, 1000);
			tpm_model_advance(b->tpm, (2 * mc->old_counts - offset) * 1000ULL);
			first = tpm_model_pin_changes(b->tpm, 0);

			KUNIT_ASSERT_EQ(test, apply(pwm, mc->new_counts * 1000ULL,
						    mc->new_high * 1000ULL,
						    PWM_POLARITY_NORMAL, true), 0);
			tpm_model_advance(b->tpm, 300000);

			n = tpm_model_pin_history(b->tpm, 0, ev, ARRAY_SIZE(ev));
			/* Only what changed since the apply began. */
			first = n - min(n, tpm_model_pin_changes(b->tpm, 0) - first);
			for (i = first; i < n; i++) {
				struct hw_model_pin_event *e = &ev[i];

				KUNIT_EXPECT_FALSE_MSG(test, e->period_cycles == mc->old_counts &&
						       e->high_cycles == wrong_high,
						       "case %u, offset %u", c, offset);
				if (e->period_cycles != mc->new_counts ||
				    e->high_cycles != mixed_high)
					continue;
				mixed_seen++;
				KUNIT_ASSERT_LT(test, i + 1, n);
				KUNIT_EXPECT_EQ(test, ev[i + 1].at_ns - e->at_ns,
						mc->new_counts * 1000ULL);
			}
			expect_pin(test, b->tpm, 0, mc->new_counts, mc->new_high,
				   PWM_POLARITY_NORMAL);
		}
		/* Else the writes never met the reload, and nothing was tested. */
		KUNIT_EXPECT_GE_MSG(test, mixed_seen, 1, "case %u", c);
		kunit_info(test, "case %u: %u of %u write timings showed the admitted mixed period\n",
			   c, mixed_seen, mc->old_counts + 1);
	}
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
 * The driver's .apply() as the core calls it, but without the core's
 * bookkeeping and PWM_DEBUG's re-reads, whose accesses would otherwise
 * take the faults injected below.
 */
static int drv_apply(struct pwm_device *pwm, u64 period, u64 duty, bool enabled)
{
	struct pwm_state state = {
		.period = period,
		.duty_cycle = duty,
		.polarity = PWM_POLARITY_NORMAL,
		.enabled = enabled,
	};

	return pwm->chip->ops->apply(pwm->chip, pwm, &state);
}

/**
 * struct fault_case - an apply whose every register access is made to fail
 * @name: what kind of apply
 * @before: period and duty cycle of channels 0 and 1 before, 0 for disabled
 * @period: the period channel 0 is asked for, 0 to disable it
 * @duty: its duty cycle
 */
struct fault_case {
	const char *name;
	u64 before[2][2];
	u64 period;
	u64 duty;
};

/* What the driver reports of a channel is what its pin shows. */
static void expect_reported_pin(struct kunit *test, struct tpm_bench *b,
				struct pwm_device *pwm, const char *name,
				unsigned int nth)
{
	struct hw_model_pin_event pin = tpm_model_pin(b->tpm, pwm->hwpwm);
	struct pwm_state now = hw_state(test, pwm);

	KUNIT_EXPECT_EQ_MSG(test, now.enabled, pin.driven, "%s, access %u", name, nth);
	if (!now.enabled || !pin.driven)
		return;
	KUNIT_EXPECT_EQ_MSG(test, now.period,
			    cycles_to_ns_up_ref(pin.period_cycles, b->rate),
			    "%s, access %u", name, nth);
	KUNIT_EXPECT_EQ_MSG(test, now.duty_cycle,
			    cycles_to_ns_up_ref(pin.high_cycles, b->rate),
			    "%s, access %u", name, nth);
}

static void expect_same_pin(struct kunit *test, struct hw_model_pin_event a,
			    struct hw_model_pin_event b, const char *name,
			    unsigned int nth)
{
	KUNIT_EXPECT_EQ_MSG(test, a.driven, b.driven, "%s, access %u", name, nth);
	KUNIT_EXPECT_EQ_MSG(test, a.running, b.running, "%s, access %u", name, nth);
	KUNIT_EXPECT_EQ_MSG(test, a.level, b.level, "%s, access %u", name, nth);
	KUNIT_EXPECT_EQ_MSG(test, a.period_cycles, b.period_cycles, "%s, access %u",
			    name, nth);
	KUNIT_EXPECT_EQ_MSG(test, a.high_cycles, b.high_cycles, "%s, access %u",
			    name, nth);
}

/*
 * Error atomicity, as the PWM core sees it: it keeps the old state when an
 * apply fails. Whichever register access of an apply fails, the apply
 * either returns that error and, once the buffers had a reload to settle,
 * both pins and what the driver reports are as before; or, when only a
 * read of what the TPM took failed, it succeeds and the pin shows the new
 * state once the driver wrote what it held back. The fault moves over
 * every access, first to last, until the apply gets through.
 */
static void tpm_fault_at_every_access(struct kunit *test)
{
	static const struct fault_case cases[] = {
		{ "start the counter", { { 0, 0 }, { 0, 0 } }, 1000000, 250000 },
		{ "restart on another prescaler", { { 1000000, 250000 }, { 0, 0 } },
		  10000000, 2500000 },
		{ "latched update", { { 1000000, 250000 }, { 0, 0 } }, 2000000, 500000 },
		{ "latched duty cycle", { { 1000000, 250000 }, { 0, 0 } }, 1000000, 500000 },
		{ "enable beside channel 1", { { 0, 0 }, { 1000000, 500000 } },
		  1000000, 750000 },
		{ "disable beside channel 1", { { 1000000, 250000 }, { 1000000, 500000 } },
		  0, 0 },
		{ "disable the last channel", { { 1000000, 250000 }, { 0, 0 } }, 0, 0 },
	};
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm[2] = {
		bench_pwm(test, b->chip, 0), bench_pwm(test, b->chip, 1),
	};
	unsigned int c, ch, nth;

	for (c = 0; c < ARRAY_SIZE(cases); c++) {
		const struct fault_case *fc = &cases[c];

		for (nth = 1; nth < 100; nth++) {
			struct hw_model_pin_event pin[2];
			struct pwm_state old[2], now;
			struct tpm_model_stats before, after;
			unsigned int accesses;
			int ret;

			for (ch = 0; ch < 2; ch++)
				KUNIT_ASSERT_EQ(test, drv_apply(pwm[ch], 1000000, 0, false), 0);
			for (ch = 0; ch < 2; ch++) {
				const u64 *was = fc->before[ch];

				if (was[0])
					KUNIT_ASSERT_EQ(test, drv_apply(pwm[ch], was[0], was[1],
									true), 0);
			}
			tpm_model_advance(b->tpm, 1234567);
			for (ch = 0; ch < 2; ch++) {
				old[ch] = hw_state(test, pwm[ch]);
				pin[ch] = tpm_model_pin(b->tpm, ch);
			}

			before = tpm_model_stats(b->tpm);
			tpm_model_fail_access(b->tpm, nth, -EIO);
			ret = drv_apply(pwm[0], fc->period ?: 1000000, fc->duty, fc->period);
			tpm_model_fail_access(b->tpm, 0, 0);
			after = tpm_model_stats(b->tpm);
			accesses = after.reads + after.writes - before.reads - before.writes;
			/* Three periods of 10 ms at most: a reload for the buffers. */
			tpm_model_advance(b->tpm, 30000000);
			/* And for what the driver held back. */
			KUNIT_EXPECT_EQ(test, pwm_imx_tpm_settle(b->chip), 0);
			if (!ret && accesses < nth)
				break;
			if (!ret) {
				/* A read failed once the TPM had it all. */
				now = hw_state(test, pwm[0]);
				KUNIT_EXPECT_TRUE_MSG(test, now.enabled && fc->period &&
						      now.period == fc->period &&
						      now.duty_cycle == fc->duty,
						      "%s, access %u: %llu/%llu ns", fc->name,
						      nth, now.duty_cycle, now.period);
				expect_reported_pin(test, b, pwm[0], fc->name, nth);
				continue;
			}
			KUNIT_EXPECT_EQ_MSG(test, ret, -EIO, "%s, access %u", fc->name, nth);

			for (ch = 0; ch < 2; ch++) {
				now = hw_state(test, pwm[ch]);
				KUNIT_EXPECT_EQ_MSG(test, now.enabled, old[ch].enabled,
						    "%s, access %u", fc->name, nth);
				if (old[ch].enabled) {
					KUNIT_EXPECT_EQ_MSG(test, now.period, old[ch].period,
							    "%s, access %u", fc->name, nth);
					KUNIT_EXPECT_EQ_MSG(test, now.duty_cycle,
							    old[ch].duty_cycle,
							    "%s, access %u", fc->name, nth);
				}
				expect_same_pin(test, tpm_model_pin(b->tpm, ch), pin[ch],
						fc->name, nth);
			}
		}
		KUNIT_EXPECT_LT_MSG(test, nth, 100, "%s never got through", fc->name);
		kunit_info(test, "%s: a fault at each of %u accesses was all or nothing\n",
			   fc->name, nth - 1);
	}
}

/*
 * A counter that never reaches its reload: .apply() returns at once all
 * the same, and lets no time pass. The first change stays in the TPM's
 * buffers, which take no other write until the reload: the second is held
 * back, not written, and the driver reports it. Once the counter moves
 * again, the first goes on at the reload and the second at the next.
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
	KUNIT_EXPECT_EQ(test, apply_now(pwm, 1000000, 750000, PWM_POLARITY_NORMAL, true), 0);
	after = tpm_model_stats(b->tpm);
	KUNIT_EXPECT_EQ(test, after.sleeps, before.sleeps);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).duty_cycle, 750000);

	before = tpm_model_stats(b->tpm);
	KUNIT_EXPECT_EQ(test, apply_now(pwm, 1000000, 500000, PWM_POLARITY_NORMAL, true), 0);
	after = tpm_model_stats(b->tpm);
	KUNIT_EXPECT_EQ(test, after.writes, before.writes);
	KUNIT_EXPECT_EQ(test, after.sleeps, before.sleeps);
	KUNIT_EXPECT_EQ(test, pwm->state.duty_cycle, 500000);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).duty_cycle, 500000);

	KUNIT_EXPECT_EQ(test, pwm_imx_tpm_settle(b->chip), -ETIMEDOUT);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0), changes);

	tpm_model_stall(b->tpm, false);
	KUNIT_EXPECT_EQ(test, pwm_imx_tpm_settle(b->chip), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_pin_changes(b->tpm, 0), changes + 2);
	expect_pin(test, b->tpm, 0, 24000, 12000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).duty_cycle, 500000);
}

/*
 * A period on another prescaler stops the counter, which the TPM
 * acknowledges late and until then ignores a new prescaler: 1 ms, then
 * 10 ms at 24 MHz is 240000 cycles on the pin (PS 2), not 60000 (the new
 * MOD on the old PS 0).
 */
static void tpm_restart_on_new_prescaler(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm = bench_pwm(test, b->chip, 0);

	KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	tpm_model_advance(b->tpm, 1234567);
	KUNIT_ASSERT_EQ(test, apply(pwm, 10000000, 2500000, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, 240000, 60000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, FIELD_GET(TPM_SC_PS, tpm_model_read(b->tpm, TPM_SC)), 2);
	tpm_model_advance(b->tpm, 20000000);
	expect_pin(test, b->tpm, 0, 240000, 60000, PWM_POLARITY_NORMAL);
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

/*
 * System suspend while the driver holds changes back for the end of the
 * period (a second duty cycle within the period, a channel enabled beside
 * a running one): they go into the saved registers, and the pins show
 * them right after resume, even if the TPM lost its registers.
 */
static void tpm_suspend_with_changes_held_back(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm0 = bench_pwm(test, b->chip, 0);
	struct pwm_device *pwm1 = bench_pwm(test, b->chip, 1);
	struct pwm_state state;

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	tpm_model_advance(b->tpm, 300000);
	KUNIT_ASSERT_EQ(test, apply_now(pwm0, 1000000, 500000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, apply_now(pwm0, 1000000, 750000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, apply_now(pwm1, 1000000, 500000, PWM_POLARITY_INVERSED, true), 0);
	expect_pin(test, b->tpm, 0, 24000, 6000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_FALSE(test, tpm_model_pin(b->tpm, 1).driven);

	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_suspend(&b->pdev->dev), 0);
	state = hw_state(test, pwm0);
	KUNIT_EXPECT_EQ(test, state.duty_cycle, 750000);
	state = hw_state(test, pwm1);
	KUNIT_EXPECT_TRUE(test, state.enabled);
	KUNIT_EXPECT_EQ(test, state.polarity, PWM_POLARITY_INVERSED);

	tpm_model_power_loss(b->tpm);
	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_resume(&b->pdev->dev), 0);
	expect_pin(test, b->tpm, 0, 24000, 18000, PWM_POLARITY_NORMAL);
	expect_pin(test, b->tpm, 1, 24000, 12000, PWM_POLARITY_INVERSED);
	KUNIT_EXPECT_EQ(test, pwm_imx_tpm_settle(b->chip), 0);
	expect_pin(test, b->tpm, 0, 24000, 18000, PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).gated_accesses, 0);
}

/*
 * The clock fails to come back at resume: the TPM stays parked, an apply
 * still works on the image, the next suspend neither touches the gated
 * hardware nor stops the clock twice, and the next resume restores it all.
 */
static void tpm_resume_clock_fails(struct kunit *test)
{
	struct tpm_bench *b = bench_create(test, 24000000, 2);
	struct pwm_device *pwm0 = bench_pwm(test, b->chip, 0);
	struct pwm_device *pwm1 = bench_pwm(test, b->chip, 1);

	KUNIT_ASSERT_EQ(test, apply(pwm0, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_ASSERT_EQ(test, apply(pwm1, 1000000, 500000, PWM_POLARITY_INVERSED, true), 0);
	KUNIT_ASSERT_EQ(test, pwm_imx_tpm_suspend(&b->pdev->dev), 0);
	tpm_model_power_loss(b->tpm);

	b->fail_enable = true;
	KUNIT_EXPECT_EQ(test, pwm_imx_tpm_resume(&b->pdev->dev), -EIO);
	KUNIT_EXPECT_FALSE(test, tpm_model_clock_on(b->tpm));
	KUNIT_EXPECT_EQ(test, apply(pwm0, 1000000, 100000, PWM_POLARITY_NORMAL, true), 0);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm0).duty_cycle, 100000);
	KUNIT_EXPECT_EQ(test, pwm_imx_tpm_suspend(&b->pdev->dev), 0);
	KUNIT_EXPECT_EQ(test, tpm_model_stats(b->tpm).gated_accesses, 0);

	b->fail_enable = false;
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

	/*
	 * The longest period is 2^32 counts of the clock divided by 128,
	 * where 100 % rounds down by a count.
	 */
	KUNIT_ASSERT_EQ(test, apply(pwm, U64_MAX, U64_MAX, PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, BIT_ULL(32) << 7, (u64)U32_MAX << 7,
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

/*
 * Firmware may leave the TPM in modes the driver never runs it in: these
 * are not reported as an enabled PWM, and the first apply rewrites them.
 */
static void tpm_bootloader_other_modes(struct kunit *test)
{
	static const struct firmware fws[] = {
		{	/* centre-aligned */
			.sc = SC_COUNTING(2) | TPM_SC_CPWMS,
			.mod = 5999,
			.cnsc = { CNSC_EPWM_NORMAL },
			.cnv = { 1500 },
		}, {	/* CMOD = 10: counting another clock (KL27 RM) */
			.sc = FIELD_PREP_CONST(TPM_SC_PS, 2) |
			      FIELD_PREP_CONST(TPM_SC_CMOD, 2),
			.mod = 5999,
			.cnsc = { CNSC_EPWM_NORMAL },
			.cnv = { 1500 },
		}, {	/* MSnB:MSnA = 1:1, output compare pulses (NXP SDK) */
			.sc = SC_COUNTING(2),
			.mod = 5999,
			.cnsc = { CNSC_EPWM_NORMAL | TPM_CNSC_MSA },
			.cnv = { 1500 },
		}, {	/* MSnB:MSnA = 0:0, input capture */
			.sc = SC_COUNTING(2),
			.mod = 5999,
			.cnsc = { TPM_CNSC_ELSB },
			.cnv = { 1500 },
		},
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(fws); i++) {
		struct tpm_bench *b = bench_model(test, 24000000, 2);
		struct pwm_device *pwm;
		struct pwm_state state;

		bootloader_setup(b->tpm, &fws[i]);
		bench_probe(test, b, true, true);
		KUNIT_ASSERT_NOT_NULL(test, b->chip);
		pwm = bench_pwm(test, b->chip, 0);
		KUNIT_EXPECT_FALSE_MSG(test, pwm->state.enabled, "mode %u", i);

		KUNIT_ASSERT_EQ(test, apply(pwm, 1000000, 250000, PWM_POLARITY_NORMAL, true), 0);
		expect_pin(test, b->tpm, 0, 24000, 6000, PWM_POLARITY_NORMAL);
		state = hw_state(test, pwm);
		KUNIT_EXPECT_TRUE_MSG(test, state.enabled, "mode %u", i);
		KUNIT_EXPECT_EQ(test, state.period, 1000000);
		KUNIT_EXPECT_EQ(test, state.duty_cycle, 250000);
	}
}

/*
 * What CONFIG_PWM_DEBUG checks of each apply against the state read back
 * after the one before (drivers/pwm/core.c, pwm_apply_debug()): a period
 * or duty cycle read back before, not above the request, but longer than
 * what this request got, means the driver did not pick the best it can.
 */
static void expect_best_after(struct kunit *test, const struct pwm_state *last,
			      const struct pwm_state *req,
			      const struct pwm_state *got, const char *fw,
			      unsigned int step)
{
	if (!req->enabled || last->polarity != req->polarity)
		return;
	KUNIT_EXPECT_FALSE_MSG(test, got->enabled && last->period > got->period &&
			       last->period <= req->period,
			       "%s, step %u: period %llu for %llu, %llu possible",
			       fw, step, got->period, req->period, last->period);
	KUNIT_EXPECT_FALSE_MSG(test, last->period == got->period &&
			       last->duty_cycle > got->duty_cycle &&
			       last->duty_cycle <= req->duty_cycle,
			       "%s, step %u: duty cycle %llu for %llu, %llu possible",
			       fw, step, got->duty_cycle, req->duty_cycle,
			       last->duty_cycle);
}

#define HISTORY_STEPS	200

/*
 * The answer to a request does not depend on what came before: from each
 * state a bootloader may leave, with MOD at the counter's full range, the
 * consumer applies what it reads, disables, enables the same again and
 * walks random requests, and no apply picks worse than one before it
 * showed possible.
 */
static void tpm_rounding_history(struct kunit *test)
{
	static const struct {
		const char *name;
		unsigned int width;
		struct firmware fw;
	} fws[] = {
		{ "MOD 0xffff, PS 0", 16, { .sc = SC_COUNTING(0), .mod = 0xffff,
		  .cnsc = { CNSC_EPWM_NORMAL }, .cnv = { 1001 } } },
		{ "MOD 0xffff, PS 7", 16, { .sc = SC_COUNTING(7), .mod = 0xffff,
		  .cnsc = { CNSC_EPWM_NORMAL }, .cnv = { 0x8001 } } },
		{ "MOD 0xffffffff, PS 0", 32, { .sc = SC_COUNTING(0), .mod = U32_MAX,
		  .cnsc = { CNSC_EPWM_NORMAL }, .cnv = { 0x80000001 } } },
		{ "MOD 0xffffffff, PS 7", 32, { .sc = SC_COUNTING(7), .mod = U32_MAX,
		  .cnsc = { CNSC_EPWM_NORMAL }, .cnv = { 0x80000001 } } },
	};
	struct rnd_state rnd;
	unsigned int i, step;

	prandom_seed_state(&rnd, SWEEP_SEED);
	for (i = 0; i < ARRAY_SIZE(fws); i++) {
		struct tpm_bench *b = bench_model_width(test, 24000000, 2, fws[i].width);
		u64 longest_ns = cycles_to_ns_up_ref(b->max_counts << MAX_PRESCALE,
						     b->rate);
		unsigned int bits = fls64(longest_ns) + 1;
		struct pwm_state last, req, got;
		struct pwm_device *pwm;

		bootloader_setup(b->tpm, &fws[i].fw);
		bench_probe(test, b, true, true);
		KUNIT_ASSERT_NOT_NULL(test, b->chip);
		pwm = bench_pwm(test, b->chip, 0);
		last = hw_state(test, pwm);
		KUNIT_ASSERT_TRUE(test, last.enabled);

		for (step = 0; step < HISTORY_STEPS; step++) {
			if (step == 0 || step == 2) {
				req = last;	/* what it read, again */
				req.enabled = true;
			} else if (step == 1 || !(prandom_u32_state(&rnd) % 4)) {
				req.enabled = false;
			} else {
				/* Not below one clock cycle: -EINVAL */
				req.period = prandom_u32_state(&rnd) % 4 ?
					     max_t(u64, random_ns(&rnd, bits), 100) : U64_MAX;
				req.duty_cycle = random_duty(&rnd, req.period);
				req.enabled = true;
			}
			KUNIT_ASSERT_EQ_MSG(test, pwm_apply_might_sleep(pwm, &req), 0,
					    "%s, step %u", fws[i].name, step);
			got = hw_state(test, pwm);
			expect_best_after(test, &last, &req, &got, fws[i].name, step);
			last = got;
		}
	}
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

/**
 * struct bg_call - a PWM call made from a thread of its own
 * @pwm: the channel to apply to (an apply), or NULL (a request)
 * @chip: the chip to request @ch of, for a request
 * @ch: the channel to request
 * @period: the period to apply
 * @duty: the duty cycle to apply
 * @ret: what the apply returned
 * @got: what the request returned
 * @took_ns: how long the call took
 * @done: the call returned
 */
struct bg_call {
	struct pwm_device *pwm;
	struct pwm_chip *chip;
	unsigned int ch;
	u64 period;
	u64 duty;
	int ret;
	struct pwm_device *got;
	u64 took_ns;
	struct completion done;
};

static int bg_call_fn(void *data)
{
	struct bg_call *call = data;
	u64 t0 = ktime_get_ns();

	if (call->pwm) {
		call->ret = apply_now(call->pwm, call->period, call->duty,
				      PWM_POLARITY_NORMAL, true);
	} else {
		struct of_phandle_args args = {
			.args_count = 1, .args = { call->ch },
		};

		call->got = of_pwm_xlate_with_flags(call->chip, &args);
	}
	call->took_ns = ktime_get_ns() - t0;
	complete(&call->done);
	return 0;
}

/* Starts @call in a thread; the task is held until bg_call_put(). */
static struct task_struct *bg_call_start(struct kunit *test,
					 struct bg_call *call)
{
	struct task_struct *task;

	init_completion(&call->done);
	task = kthread_create(bg_call_fn, call, "tpm-kunit-call");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, task);
	get_task_struct(task);
	wake_up_process(task);
	return task;
}

static int nop_apply(struct pwm_chip *chip, struct pwm_device *pwm,
		     const struct pwm_state *state)
{
	return 0;
}

static int nop_get_state(struct pwm_chip *chip, struct pwm_device *pwm,
			 struct pwm_state *state)
{
	return 0;
}

static const struct pwm_ops nop_pwm_ops = {
	.apply = nop_apply,
	.get_state = nop_get_state,
};

/*
 * A stall behind an apply waiting for the end of the period would last
 * the rest of it, over a second here; a debug kernel under TCG on a loaded
 * host took 90 ms for a plain chip registration.
 */
#define QUICK_NS	(250 * NSEC_PER_MSEC)

/*
 * On a 32.768 kHz clock, on the kernel's time: while a new duty cycle of
 * channel 0 waits for the end of a 2 s period, a request of channel 1 (the
 * core reads it back under its global lock) and the registration of
 * another PWM chip (which takes that lock) each return within
 * milliseconds. The apply has returned by then, so no task is left for
 * the hung-task detector to find; the pin changes at the end of the period.
 */
static void tpm_latch_wait_stalls_nothing(struct kunit *test)
{
	struct tpm_bench *b = bench_model_clocked(test, 32768, 2, 16, false);
	struct bg_call change = { .period = 2 * NSEC_PER_SEC,
				  .duty = 3 * NSEC_PER_SEC / 2 };
	struct bg_call request = { .ch = 1 };
	struct task_struct *changer, *requester;
	struct pwm_chip *other;
	struct device *owner;
	u64 t0, add_ns;
	int ret;

	bench_probe(test, b, true, true);
	KUNIT_ASSERT_NOT_NULL(test, b->chip);
	change.pwm = bench_pwm(test, b->chip, 0);
	request.chip = b->chip;
	owner = kunit_device_register(test, "tpm-kunit-other-chip");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, owner);
	other = devm_pwmchip_alloc(owner, 1, 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, other);
	other->ops = &nop_pwm_ops;

	/* 65536 cycles: a period just begun, nearly 2 s to its end. */
	KUNIT_ASSERT_EQ(test, apply(change.pwm, 2 * NSEC_PER_SEC, NSEC_PER_SEC / 2,
				    PWM_POLARITY_NORMAL, true), 0);
	changer = bg_call_start(test, &change);
	msleep(200);
	/* No assertion while the threads run: they use this stack. */
	KUNIT_EXPECT_TRUE_MSG(test, completion_done(&change.done),
			      "the apply waited for the period's end");
	KUNIT_EXPECT_EQ(test, tpm_model_pin(b->tpm, 0).high_cycles, 16384);

	requester = bg_call_start(test, &request);
	msleep(20);
	t0 = ktime_get_ns();
	ret = devm_pwmchip_add(owner, other);
	add_ns = ktime_get_ns() - t0;
	KUNIT_EXPECT_EQ(test, ret, 0);
	KUNIT_EXPECT_LT_MSG(test, add_ns, QUICK_NS,
			    "registering a PWM chip took %llu ns", add_ns);

	wait_for_completion(&request.done);
	KUNIT_EXPECT_LT_MSG(test, request.took_ns, QUICK_NS,
			    "requesting channel 1 took %llu ns", request.took_ns);
	KUNIT_EXPECT_FALSE(test, IS_ERR_OR_NULL(request.got));
	if (!IS_ERR_OR_NULL(request.got))
		pwm_put(request.got);

	wait_for_completion(&change.done);
	put_task_struct(changer);
	put_task_struct(requester);
	KUNIT_EXPECT_EQ(test, change.ret, 0);
	KUNIT_EXPECT_LT_MSG(test, change.took_ns, QUICK_NS,
			    "the apply took %llu ns", change.took_ns);
	KUNIT_EXPECT_EQ(test, pwm_imx_tpm_settle(b->chip), 0);
	expect_pin(test, b->tpm, 0, 65536, 49152, PWM_POLARITY_NORMAL);
}

/**
 * struct core_lock_call - a .get_state() under the chip's lock, from a
 *	thread of its own, as Linux 6.13's and later cores read a channel
 *	back when it is requested (pwm_device_request(), under pwm_lock)
 * @pwm: the channel to read back
 * @lock: stands for the chip's lock of such cores
 * @took_ns: how long taking the lock and the call took
 * @done: the call returned
 */
struct core_lock_call {
	struct pwm_device *pwm;
	struct mutex *lock;	/* see above */
	u64 took_ns;
	struct completion done;
};

static int core_lock_call_fn(void *data)
{
	struct core_lock_call *call = data;
	struct pwm_state state = {};
	u64 t0 = ktime_get_ns();

	mutex_lock(call->lock);
	call->pwm->chip->ops->get_state(call->pwm->chip, call->pwm, &state);
	mutex_unlock(call->lock);
	call->took_ns = ktime_get_ns() - t0;
	complete(&call->done);
	return 0;
}

/* An apply, with the chip's lock held across it as 6.13's core holds it. */
static int apply_core_locked(struct mutex *lock, struct pwm_device *pwm,
			     u64 period, u64 duty, u64 *took_ns)
{
	u64 t0 = ktime_get_ns();
	int ret;

	mutex_lock(lock);
	ret = apply_now(pwm, period, duty, PWM_POLARITY_NORMAL, true);
	mutex_unlock(lock);
	*took_ns = ktime_get_ns() - t0;
	return ret;
}

/*
 * On a 32.768 kHz clock, on the kernel's time, with a 1 s period: two
 * duty cycle changes within one period each return within milliseconds,
 * though the TPM takes the first only at the end of the period and would
 * ignore a second write before then; a read-back under the chip's lock,
 * as 6.13's core makes when another channel is requested, waits for
 * neither. The pin then shows the first change at the end of the period,
 * and the second at the end of a following one, and .get_state() reports
 * the second at once, as PWM_DEBUG expects.
 */
static void tpm_apply_never_waits(struct kunit *test)
{
	struct tpm_bench *b = bench_model_clocked(test, 32768, 2, 16, false);
	struct core_lock_call reader = {};
	struct hw_model_pin_event *ev;
	struct task_struct *task;
	struct pwm_device *pwm;
	struct mutex core_lock;	/* the chip's lock of 6.13's core */
	unsigned int n, i, first, seen_half = 0, seen_3q = 0;
	u64 took_first, took_second, deadline;
	int ret;

	ev = kunit_kcalloc(test, HW_MODEL_PIN_HISTORY, sizeof(*ev), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ev);
	mutex_init(&core_lock);
	bench_probe(test, b, true, true);
	KUNIT_ASSERT_NOT_NULL(test, b->chip);
	pwm = bench_pwm(test, b->chip, 0);
	reader.pwm = bench_pwm(test, b->chip, 1);
	reader.lock = &core_lock;

	/* 32768 cycles; from a stopped counter, at once. */
	KUNIT_ASSERT_EQ(test, apply(pwm, NSEC_PER_SEC, NSEC_PER_SEC / 4,
				    PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, 32768, 8192, PWM_POLARITY_NORMAL);
	msleep(50);
	first = tpm_model_pin_changes(b->tpm, 0);

	init_completion(&reader.done);
	task = kthread_create(core_lock_call_fn, &reader, "tpm-kunit-reader");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, task);
	get_task_struct(task);

	ret = apply_core_locked(&core_lock, pwm, NSEC_PER_SEC, NSEC_PER_SEC / 2,
				&took_first);
	wake_up_process(task);
	KUNIT_EXPECT_EQ(test, ret, 0);
	ret = apply_core_locked(&core_lock, pwm, NSEC_PER_SEC, NSEC_PER_SEC / 4 * 3,
				&took_second);
	KUNIT_EXPECT_EQ(test, ret, 0);
	wait_for_completion(&reader.done);
	put_task_struct(task);

	KUNIT_EXPECT_LT_MSG(test, took_first, QUICK_NS,
			    "the first change took %llu ns", took_first);
	KUNIT_EXPECT_LT_MSG(test, took_second, QUICK_NS,
			    "the second change, within the period, took %llu ns",
			    took_second);
	KUNIT_EXPECT_LT_MSG(test, reader.took_ns, QUICK_NS,
			    "a read-back under the chip's lock took %llu ns",
			    reader.took_ns);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).duty_cycle, NSEC_PER_SEC / 4 * 3);

	/* Two more reloads at most, on the kernel's time. */
	deadline = ktime_get_ns() + 3 * NSEC_PER_SEC;
	while (tpm_model_pin(b->tpm, 0).high_cycles != 24576 &&
	       ktime_get_ns() < deadline)
		msleep(20);
	expect_pin(test, b->tpm, 0, 32768, 24576, PWM_POLARITY_NORMAL);

	/* The pin went through 50 %, then 75 %, and nothing else. */
	n = tpm_model_pin_history(b->tpm, 0, ev, HW_MODEL_PIN_HISTORY);
	first = n - min(n, tpm_model_pin_changes(b->tpm, 0) - first);
	for (i = first; i < n; i++) {
		KUNIT_EXPECT_EQ(test, ev[i].period_cycles, 32768);
		if (ev[i].high_cycles == 16384)
			seen_half++;
		else if (ev[i].high_cycles == 24576)
			seen_3q++;
		else
			KUNIT_FAIL(test, "the pin showed %llu cycles high",
				   ev[i].high_cycles);
	}
	KUNIT_EXPECT_EQ(test, seen_half, 1);
	KUNIT_EXPECT_EQ(test, seen_3q, 1);
	mutex_destroy(&core_lock);
}

/*
 * Channel 1, enabled beside channel 0, goes on once its CnV is in force,
 * up to a period later. Until then it counts as enabled: channel 0 may not
 * change the period that channel 1's CnV was computed for.
 */
static void tpm_pending_enable_keeps_period(struct kunit *test)
{
	struct tpm_bench *b = bench_model_clocked(test, 32768, 2, 16, false);
	struct bg_call enable = { .period = NSEC_PER_SEC,
				  .duty = NSEC_PER_SEC / 4 };
	struct pwm_device *pwm0;
	struct task_struct *task;
	int ret;

	bench_probe(test, b, true, true);
	KUNIT_ASSERT_NOT_NULL(test, b->chip);
	pwm0 = bench_pwm(test, b->chip, 0);
	enable.pwm = bench_pwm(test, b->chip, 1);

	/* 32768 cycles: a period just begun, nearly 1 s to its end. */
	KUNIT_ASSERT_EQ(test, apply(pwm0, NSEC_PER_SEC, NSEC_PER_SEC / 2,
				    PWM_POLARITY_NORMAL, true), 0);
	task = bg_call_start(test, &enable);
	msleep(100);
	ret = apply(pwm0, NSEC_PER_SEC / 2, NSEC_PER_SEC / 4,
		    PWM_POLARITY_NORMAL, true);
	wait_for_completion(&enable.done);
	put_task_struct(task);

	KUNIT_EXPECT_EQ(test, ret, -EBUSY);
	KUNIT_EXPECT_EQ(test, enable.ret, 0);
	KUNIT_EXPECT_EQ(test, pwm_imx_tpm_settle(b->chip), 0);
	expect_pin(test, b->tpm, 1, 32768, 8192, PWM_POLARITY_NORMAL);
	expect_pin(test, b->tpm, 0, 32768, 16384, PWM_POLARITY_NORMAL);
}

/*
 * A 32-bit counter's longest period, (2^32 - 1) * 128 cycles, is past
 * 2^64 ns below about 30 Hz: such clocks are refused, and at 30 Hz the
 * longest period reads back exact.
 */
static void tpm_probe_slow_clock_32(struct kunit *test)
{
	struct tpm_bench *b;
	struct pwm_device *pwm;
	struct best best;

	expect_probe_fails(test, bench_model_width(test, 29, 2, 32), true, true);

	b = bench_create_width(test, 30, 2, 32);
	pwm = bench_pwm(test, b->chip, 0);
	best = best_achievable(U64_MAX, U64_MAX / 2, b->rate, b->max_counts);
	KUNIT_ASSERT_EQ(test, apply(pwm, U64_MAX, U64_MAX / 2,
				    PWM_POLARITY_NORMAL, true), 0);
	expect_pin(test, b->tpm, 0, best.period_cycles, best.duty_cycles,
		   PWM_POLARITY_NORMAL);
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).period,
			cycles_to_ns_up_ref(best.period_cycles, b->rate));
	KUNIT_EXPECT_EQ(test, hw_state(test, pwm).duty_cycle,
			cycles_to_ns_up_ref(best.duty_cycles, b->rate));
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
		KUNIT_ASSERT_EQ(test, pwm_imx_tpm_settle(chip), 0);
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
	KUNIT_CASE_SLOW(tpm_no_mixed_periods),
	KUNIT_CASE(tpm_errors_change_nothing),
	KUNIT_CASE_SLOW(tpm_fault_at_every_access),
	KUNIT_CASE(tpm_latch_timeout),
	KUNIT_CASE(tpm_restart_on_new_prescaler),
	KUNIT_CASE_SLOW(tpm_latch_wait_stalls_nothing),
	KUNIT_CASE_SLOW(tpm_apply_never_waits),
	KUNIT_CASE_SLOW(tpm_pending_enable_keeps_period),
	KUNIT_CASE(tpm_suspend_resume),
	KUNIT_CASE(tpm_suspend_with_changes_held_back),
	KUNIT_CASE(tpm_resume_clock_fails),
	KUNIT_CASE(tpm_bootloader_handover),
	KUNIT_CASE(tpm_bootloader_handover_32),
	KUNIT_CASE(tpm_bootloader_mod_max),
	KUNIT_CASE_SLOW(tpm_rounding_history),
	KUNIT_CASE(tpm_bootloader_other_modes),
	KUNIT_CASE(tpm_bootloader_channels_counted),
	KUNIT_CASE(tpm_probe_no_channels),
	KUNIT_CASE(tpm_probe_no_clock),
	KUNIT_CASE(tpm_probe_no_registers),
	KUNIT_CASE(tpm_probe_clock_rate),
	KUNIT_CASE(tpm_probe_clock_stopped),
	KUNIT_CASE(tpm_probe_channels_capped),
	KUNIT_CASE(tpm_probe_slow_clock_32),
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
MODULE_IMPORT_NS("EXPORTED_FOR_KUNIT_TESTING");
MODULE_IMPORT_NS("IMX_TPM_MODEL");
