// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the helpers chip models share (lib/hw_model.c): model
 * time, the record of a pin's changes, counting bus accesses and failing
 * the one chosen.
 */

#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/hw_model.h>
#include <linux/ktime.h>
#include <linux/seq_file.h>
#include <linux/time64.h>

static void hw_model_clock_manual_test(struct kunit *test)
{
	struct hw_model_clock clock;

	hw_model_clock_init(&clock, true);
	KUNIT_EXPECT_EQ(test, hw_model_clock_now(&clock), 0);
	/* The kernel's clock moves; model time does not. */
	fsleep(1000);
	KUNIT_EXPECT_EQ(test, hw_model_clock_now(&clock), 0);
	hw_model_clock_advance(&clock, 5);
	KUNIT_EXPECT_EQ(test, hw_model_clock_now(&clock), 5);
	hw_model_clock_advance(&clock, 3 * NSEC_PER_SEC);
	KUNIT_EXPECT_EQ(test, hw_model_clock_now(&clock), 3 * NSEC_PER_SEC + 5);

	/* Starting again starts at 0. */
	hw_model_clock_init(&clock, true);
	KUNIT_EXPECT_EQ(test, hw_model_clock_now(&clock), 0);
}

static void hw_model_clock_follows_kernel_test(struct kunit *test)
{
	struct hw_model_clock clock;
	u64 before, after, start = ktime_get_ns();

	hw_model_clock_init(&clock, false);
	KUNIT_EXPECT_GE(test, clock.epoch_ns, start);
	before = hw_model_clock_now(&clock);
	fsleep(2000);
	after = hw_model_clock_now(&clock);
	KUNIT_EXPECT_GE(test, after - before, 2 * NSEC_PER_MSEC);
	KUNIT_EXPECT_LE(test, after, ktime_get_ns() - start);

	/* Only a manual clock is advanced by hand. */
	before = hw_model_clock_now(&clock);
	hw_model_clock_advance(&clock, 10 * NSEC_PER_SEC);
	after = hw_model_clock_now(&clock);
	KUNIT_EXPECT_LT(test, after - before, 10 * NSEC_PER_SEC);
}

/* A pin and its record are too large for a test's stack. */
static struct hw_model_pin *pin_alloc(struct kunit *test, u32 rate_hz)
{
	struct hw_model_pin *pin = kunit_kzalloc(test, sizeof(*pin), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, pin);
	hw_model_pin_init(pin, rate_hz);
	return pin;
}

static struct hw_model_pin_event wave(u64 at_ns, u64 period, u64 high, u64 phase)
{
	return (struct hw_model_pin_event) {
		.at_ns = at_ns, .driven = true, .running = true, .level = high > 0,
		.period_cycles = period, .high_cycles = high, .phase_cycles = phase,
	};
}

static void hw_model_pin_record_changes_only_test(struct kunit *test)
{
	struct hw_model_pin_event level = { .at_ns = 20, .driven = true, .level = true };
	struct hw_model_pin_event undriven = { .at_ns = 30 };
	struct hw_model_pin_event ev = wave(10, 9, 5, 0), now;
	struct hw_model_pin *pin = pin_alloc(test, 24000000);

	KUNIT_EXPECT_EQ(test, hw_model_pin_changes(pin), 0);
	now = hw_model_pin_now(pin);
	KUNIT_EXPECT_FALSE(test, now.driven);

	KUNIT_EXPECT_TRUE(test, hw_model_pin_record(pin, &ev));
	/* The same wave later, met at another phase, is no change. */
	ev = wave(15, 9, 5, 3);
	KUNIT_EXPECT_FALSE(test, hw_model_pin_record(pin, &ev));
	KUNIT_EXPECT_EQ(test, hw_model_pin_changes(pin), 1);
	now = hw_model_pin_now(pin);
	KUNIT_EXPECT_EQ(test, now.at_ns, 10);
	KUNIT_EXPECT_EQ(test, now.phase_cycles, 0);

	/* Each field of what the pin shows is a change. */
	ev = wave(16, 9, 6, 0);
	KUNIT_EXPECT_TRUE(test, hw_model_pin_record(pin, &ev));
	ev = wave(17, 10, 6, 0);
	KUNIT_EXPECT_TRUE(test, hw_model_pin_record(pin, &ev));
	ev.at_ns = 18;
	ev.level = false;
	KUNIT_EXPECT_TRUE(test, hw_model_pin_record(pin, &ev));
	KUNIT_EXPECT_TRUE(test, hw_model_pin_record(pin, &level));
	level.at_ns = 25;
	KUNIT_EXPECT_FALSE(test, hw_model_pin_record(pin, &level));
	KUNIT_EXPECT_TRUE(test, hw_model_pin_record(pin, &undriven));
	KUNIT_EXPECT_EQ(test, hw_model_pin_changes(pin), 6);
	now = hw_model_pin_now(pin);
	KUNIT_EXPECT_EQ(test, now.at_ns, 30);
	KUNIT_EXPECT_FALSE(test, now.driven);
}

static void hw_model_pin_history_test(struct kunit *test)
{
	const unsigned int total = HW_MODEL_PIN_HISTORY + 8;
	struct hw_model_pin *pin = pin_alloc(test, 32768);
	struct hw_model_pin_event ev, *got;
	const unsigned int room = HW_MODEL_PIN_HISTORY + 1;
	unsigned int i, n;

	got = kunit_kcalloc(test, room, sizeof(*got), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, got);
	KUNIT_EXPECT_EQ(test, hw_model_pin_history(pin, got, room), 0);
	for (i = 0; i < total; i++) {
		ev = wave(100 * i, 8, i, 0);
		KUNIT_ASSERT_TRUE(test, hw_model_pin_record(pin, &ev));
	}
	KUNIT_EXPECT_EQ(test, hw_model_pin_changes(pin), total);

	/* The record keeps the latest changes, oldest first. */
	n = hw_model_pin_history(pin, got, room);
	KUNIT_ASSERT_EQ(test, n, HW_MODEL_PIN_HISTORY);
	for (i = 0; i < n; i++) {
		KUNIT_EXPECT_EQ(test, got[i].at_ns, 100 * (total - n + i));
		KUNIT_EXPECT_EQ(test, got[i].high_cycles, total - n + i);
	}
	n = hw_model_pin_history(pin, got, 3);
	KUNIT_ASSERT_EQ(test, n, 3);
	KUNIT_EXPECT_EQ(test, got[0].high_cycles, total - 3);
	KUNIT_EXPECT_EQ(test, got[2].high_cycles, total - 1);
	KUNIT_EXPECT_EQ(test, hw_model_pin_now(pin).high_cycles, total - 1);
}

static void hw_model_pin_show_test(struct kunit *test)
{
	struct hw_model_pin_event held = { .at_ns = 7000, .driven = true };
	struct hw_model_pin_event ev = wave(1000, 9, 5, 2);
	struct hw_model_pin *pin = pin_alloc(test, 24000000);
	struct hw_model_clock clock;
	struct seq_file s = {};
	char *buf;

	buf = kunit_kzalloc(test, PAGE_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	s.buf = buf;
	s.size = PAGE_SIZE;

	hw_model_clock_init(&clock, true);
	hw_model_clock_advance(&clock, 8000);
	hw_model_pin_record(pin, &ev);
	hw_model_pin_record(pin, &held);
	hw_model_pins_show_clock(&s, &clock);
	hw_model_pin_show(&s, "ch1", pin);
	KUNIT_EXPECT_STREQ(test, buf,
			   "now_ns: 8000\n"
			   "epoch_ns: manual\n"
			   "ch1: at_ns=1000 driven=1 running=1 level=1 rate_hz=24000000 period_cycles=9 high_cycles=5 phase_cycles=2\n"
			   "ch1: at_ns=7000 driven=1 running=0 level=0 rate_hz=24000000 period_cycles=0 high_cycles=0 phase_cycles=0\n");
}

static void hw_model_bus_count_test(struct kunit *test)
{
	struct hw_model_bus bus = {};
	unsigned int i;

	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, hw_model_bus_access(&bus, false), 0);
	KUNIT_EXPECT_EQ(test, hw_model_bus_access(&bus, true), 0);
	KUNIT_EXPECT_EQ(test, bus.reads, 3);
	KUNIT_EXPECT_EQ(test, bus.writes, 1);
	KUNIT_EXPECT_EQ(test, hw_model_bus_fail_pending(&bus), 0);
}

struct hw_model_fail_param {
	unsigned int nth;
	int err;
};

static const struct hw_model_fail_param hw_model_fail_params[] = {
	{ 1, -EIO },
	{ 2, -ETIMEDOUT },
	{ 5, -EIO },
};

static void hw_model_fail_desc(const struct hw_model_fail_param *param,
			       char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "access %u fails with %d",
		 param->nth, param->err);
}

KUNIT_ARRAY_PARAM(hw_model_fail, hw_model_fail_params, hw_model_fail_desc);

static void hw_model_bus_fail_nth_test(struct kunit *test)
{
	const struct hw_model_fail_param *param = test->param_value;
	struct hw_model_bus bus = {};
	unsigned int i;

	hw_model_bus_fail(&bus, param->nth, param->err);
	for (i = 1; i <= param->nth + 2; i++) {
		KUNIT_EXPECT_EQ(test, hw_model_bus_fail_pending(&bus),
				i <= param->nth ? param->nth - i + 1 : 0);
		/* Reads and writes alike count towards the one that fails. */
		KUNIT_EXPECT_EQ_MSG(test, hw_model_bus_access(&bus, i % 2),
				    i == param->nth ? param->err : 0,
				    "access %u", i);
	}
	/* The failed access was seen on the bus too. */
	KUNIT_EXPECT_EQ(test, bus.reads + bus.writes, param->nth + 2);
}

static void hw_model_bus_fail_cancel_test(struct kunit *test)
{
	struct hw_model_bus bus = {};
	unsigned int i;

	hw_model_bus_fail(&bus, 2, -EIO);
	hw_model_bus_fail(&bus, 0, -EIO);
	for (i = 0; i < 4; i++)
		KUNIT_EXPECT_EQ(test, hw_model_bus_access(&bus, true), 0);

	/* A new request replaces the one pending. */
	hw_model_bus_fail(&bus, 1, -EIO);
	hw_model_bus_fail(&bus, 3, -EPROTO);
	KUNIT_EXPECT_EQ(test, hw_model_bus_access(&bus, false), 0);
	KUNIT_EXPECT_EQ(test, hw_model_bus_access(&bus, false), 0);
	KUNIT_EXPECT_EQ(test, hw_model_bus_access(&bus, false), -EPROTO);
}

static struct kunit_case hw_model_test_cases[] = {
	KUNIT_CASE(hw_model_clock_manual_test),
	KUNIT_CASE(hw_model_clock_follows_kernel_test),
	KUNIT_CASE(hw_model_pin_record_changes_only_test),
	KUNIT_CASE(hw_model_pin_history_test),
	KUNIT_CASE(hw_model_pin_show_test),
	KUNIT_CASE(hw_model_bus_count_test),
	KUNIT_CASE_PARAM(hw_model_bus_fail_nth_test, hw_model_fail_gen_params),
	KUNIT_CASE(hw_model_bus_fail_cancel_test),
	{}
};

static struct kunit_suite hw_model_test_suite = {
	.name = "hw_model",
	.test_cases = hw_model_test_cases,
};

kunit_test_suite(hw_model_test_suite);

MODULE_DESCRIPTION("KUnit tests of the helpers chip models share");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("HW_MODEL");
