// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the Fintek watchdog driver on the Fintek chip model. They
 * assert what the chip's reset output does in model time, and what the
 * driver reports, not which registers were written.
 *
 * Each test puts its own modelled chip at TEST_PORT and binds the driver's
 * probe to it, through a platform driver of the suite's own: the module's
 * driver is registered only where module init found a chip.
 */

#include <kunit/platform_device.h>
#include <kunit/test.h>
#include <linux/bitfield.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mman.h>
#include <linux/ioport.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/superio.h>
#include <linux/uaccess.h>
#include <linux/watchdog.h>

#include "../fintek_wdt.h"
#include "../../superio/tests/fintek_sio_model.h"

#define TEST_DRVNAME	"fintek_wdt_kunit"
#define TEST_PORT	0x4e
#define EMPTY_PORT	0x6e
#define MS		1
#define SECOND		(1000 * MS)
#define MINUTE		(60 * SECOND)

/**
 * struct wdt_test_chip - a chip, and what the driver must make of it
 * @part: the model's name of the part
 * @type: the type the driver must find
 * @identity: the identity the driver must report
 * @pulse_ms: the chip's four reset pulse widths
 * @f71862fg_pin: the pin, on the F71862
 * @mux: the global registers and bits the driver may change to route
 *	WDTRST#, from the datasheet facts; every other bit must stay
 * @banked: a register behind a bank select the driver switches, or 0
 */
struct wdt_test_chip {
	const char *part;
	enum fintek_wdt_type type;
	const char *identity;
	unsigned int pulse_ms[FINTEK_WDT_NR_PULSE_WIDTHS];
	unsigned int f71862fg_pin;
	u8 mux[3][2];
	u8 banked;
};

#define STD_PULSES	{ 1, 25, 125, 5000 }

static const struct wdt_test_chip wdt_test_chips[] = {
	{ "F71808", FINTEK_F71808, "f71808fg watchdog", STD_PULSES, 0,
	  { { 0x2a, BIT(3) }, { 0x2b, BIT(3) } } },
	{ "F71862", FINTEK_F71862, "f71862fg watchdog", STD_PULSES, 63,
	  { { 0x27, BIT(6) }, { 0x2b, BIT(4) } } },
	{ "F71862", FINTEK_F71862, "f71862fg watchdog", STD_PULSES, 56,
	  { { 0x29, BIT(1) } } },
	{ "F71868", FINTEK_F71868, "f71868 watchdog", { 1, 30, 150, 6000 }, 0,
	  { { 0x29, BIT(4) } } },
	{ "F71869", FINTEK_F71869, "f71869 watchdog", STD_PULSES, 0,
	  { { 0x29, BIT(4) } } },
	{ "F71869A", FINTEK_F71869, "f71869 watchdog", STD_PULSES, 0,
	  { { 0x29, BIT(4) } } },
	{ "F71882", FINTEK_F71882, "f71882fg watchdog", STD_PULSES, 0,
	  { { 0x29, BIT(1) } } },
	{ "F71889", FINTEK_F71889, "f71889fg watchdog", STD_PULSES, 0,
	  { { 0x2b, GENMASK(5, 4) } } },
	{ "F81803", FINTEK_F81803, "f81803 watchdog", STD_PULSES, 0,
	  { { 0x26, BIT(3) }, { 0x28, BIT(7) | BIT(5) } }, 0x28 },
	{ "F81865", FINTEK_F81865, "f81865 watchdog", STD_PULSES, 0,
	  { { 0x2b, BIT(5) } } },
	{ "F81866", FINTEK_F81866, "f81866 watchdog", STD_PULSES, 0,
	  { { 0x27, GENMASK(3, 2) | BIT(0) }, { 0x2c, BIT(5) } }, 0x2c },
	{ "F81966", FINTEK_F81966, "f81966 watchdog", STD_PULSES, 0,
	  { { 0x27, GENMASK(3, 2) | BIT(0) }, { 0x2c, BIT(5) } }, 0x2c },
};

static void wdt_test_chip_desc(const struct wdt_test_chip *chip, char *desc)
{
	if (chip->f71862fg_pin)
		snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%s pin %u", chip->part,
			 chip->f71862fg_pin);
	else
		snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%s", chip->part);
}

KUNIT_ARRAY_PARAM(wdt_chip, wdt_test_chips, wdt_test_chip_desc);

static u16 wdt_test_devid(struct kunit *test, const char *part)
{
	const struct fintek_sio_chip *chip = fintek_sio_model_chip(part);

	KUNIT_ASSERT_NOT_NULL(test, chip);
	return chip->devid;
}

static struct fintek_sio_model *wdt_test_model(struct kunit *test,
					       const struct wdt_test_chip *chip)
{
	return fintek_sio_model_add_kunit(test, TEST_PORT,
					  wdt_test_devid(test, chip->part));
}

/* What module init would find, with the module's default wiring. */
static struct fintek_wdt_pdata wdt_test_find(struct kunit *test,
					     const struct wdt_test_chip *chip,
					     unsigned int pulse_width_ms)
{
	struct fintek_wdt_pdata pdata = {
		.pulse_width_ms = pulse_width_ms,
		.f71862fg_pin = chip->f71862fg_pin ?: 63,
	};

	KUNIT_ASSERT_EQ(test, fintek_wdt_find(TEST_PORT, 0, &pdata), 0);
	KUNIT_ASSERT_EQ(test, pdata.type, chip->type);
	return pdata;
}

/* Binds the driver to the chip at TEST_PORT; NULL if probe failed. */
static struct fintek_wdt *wdt_test_probe(struct kunit *test,
					 const struct fintek_wdt_pdata *pdata)
{
	struct resource res = DEFINE_RES_IO_NAMED(TEST_PORT, 2, "superio port");
	struct platform_device *pdev;

	pdev = kunit_platform_device_alloc(test, TEST_DRVNAME,
					   PLATFORM_DEVID_AUTO);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, pdev);
	KUNIT_ASSERT_EQ(test, platform_device_add_resources(pdev, &res, 1), 0);
	KUNIT_ASSERT_EQ(test, platform_device_add_data(pdev, pdata, sizeof(*pdata)), 0);
	KUNIT_ASSERT_EQ(test, kunit_platform_device_add(test, pdev), 0);
	return platform_get_drvdata(pdev);
}

static struct fintek_wdt *wdt_test_bind(struct kunit *test,
					const struct wdt_test_chip *chip,
					unsigned int pulse_width_ms)
{
	struct fintek_wdt_pdata pdata = wdt_test_find(test, chip, pulse_width_ms);
	struct fintek_wdt *wd = wdt_test_probe(test, &pdata);

	KUNIT_ASSERT_NOT_NULL(test, wd);
	return wd;
}

static int wdt_start(struct fintek_wdt *wd)
{
	return wd->wdd.ops->start(&wd->wdd);
}

static int wdt_stop(struct fintek_wdt *wd)
{
	return wd->wdd.ops->stop(&wd->wdd);
}

static int wdt_ping(struct fintek_wdt *wd)
{
	return wd->wdd.ops->ping(&wd->wdd);
}

static int wdt_set_timeout(struct fintek_wdt *wd, unsigned int timeout)
{
	return wd->wdd.ops->set_timeout(&wd->wdd, timeout);
}

static unsigned int wdt_resets(struct fintek_sio_model *model)
{
	return fintek_sio_model_wdt(model).nr_resets;
}

/*
 * The reset output became active once more since @before activations,
 * between @earliest_ms and @latest_ms, for @width_ms: time goes on to
 * @latest_ms, and not past it.
 */
static void expect_reset_between(struct kunit *test, struct fintek_sio_model *model,
				 unsigned int before, u64 earliest_ms, u64 latest_ms,
				 unsigned int width_ms)
{
	struct fintek_sio_model_reset resets[16];
	u64 now = fintek_sio_model_wdt(model).now_ms;
	unsigned int n;

	KUNIT_ASSERT_LT(test, before, ARRAY_SIZE(resets));
	KUNIT_ASSERT_LE(test, now, latest_ms);
	fintek_sio_model_advance(model, latest_ms - now);
	KUNIT_ASSERT_EQ_MSG(test, wdt_resets(model), before + 1,
			    "resets by %llu ms", latest_ms);
	n = fintek_sio_model_resets(model, resets, ARRAY_SIZE(resets));
	KUNIT_ASSERT_EQ(test, n, before + 1);
	KUNIT_EXPECT_GE_MSG(test, resets[before].at_ms, earliest_ms, "reset too early");
	KUNIT_EXPECT_LE_MSG(test, resets[before].at_ms, latest_ms, "reset too late");
	KUNIT_EXPECT_EQ(test, resets[before].width_ms, width_ms);
}

/*
 * The unit the driver counts @timeout in: the tick may run free of the
 * loads, so the reset may come up to one unit after the timeout, and
 * never before.
 */
static u64 wdt_unit_ms(unsigned int timeout)
{
	return timeout > FINTEK_WDT_MAX_UNITS ? MINUTE : SECOND;
}

/* Unpinged since @from_ms, the only reset fires at @timeout s or one unit later. */
static void expect_timeout_reset(struct kunit *test, struct fintek_sio_model *model,
				 u64 from_ms, unsigned int timeout,
				 unsigned int width_ms)
{
	u64 at_ms = from_ms + (u64)timeout * SECOND;

	expect_reset_between(test, model, 0, at_ms, at_ms + wdt_unit_ms(timeout),
			     width_ms);
}

/* The chip counts at least @timeout s, and at most one unit more. */
static void expect_counts(struct kunit *test, struct fintek_sio_model *model,
			  unsigned int timeout)
{
	u64 left = fintek_sio_model_wdt(model).ms_left;

	KUNIT_EXPECT_GE_MSG(test, left, (u64)timeout * SECOND, "timeout %u s", timeout);
	KUNIT_EXPECT_LE_MSG(test, left, (u64)timeout * SECOND + wdt_unit_ms(timeout),
			    "timeout %u s", timeout);
}

/*
 * Every session enters and leaves configuration mode. The watchdog core may
 * be pinging a running watchdog right now, so look while holding the port:
 * then the only session open is this one.
 */
static void expect_balanced(struct kunit *test, struct fintek_sio_model *model)
{
	struct superio sio = {
		.vendor = &superio_fintek, .base = TEST_PORT, .name = "kunit",
	};
	struct fintek_sio_model_counts counts;

	KUNIT_ASSERT_EQ(test, superio_lock(&sio), 0);
	counts = fintek_sio_model_counts(model);
	superio_unlock(&sio);

	KUNIT_EXPECT_EQ(test, counts.enters, counts.exits + 1);
	KUNIT_EXPECT_EQ(test, counts.outside_config, 0);
}

/*
 * Watchdogs that take every ID the watchdog core has, so that a probe's
 * registration fails. The core has 32 (MAX_DOGS), however many others
 * have taken: room for one more, whose registration must fail.
 */
#define WDT_TEST_MAX_DOGS	(32 + 1)

struct wdt_test_ids {
	struct watchdog_device wdd[WDT_TEST_MAX_DOGS];
	unsigned int nr;
};

static int wdt_test_dummy_op(struct watchdog_device *wdd)
{
	return 0;
}

static const struct watchdog_info wdt_test_dummy_info = {
	.identity = "kunit id taker",
};

static const struct watchdog_ops wdt_test_dummy_ops = {
	.owner = THIS_MODULE,
	.start = wdt_test_dummy_op,
	.stop = wdt_test_dummy_op,
};

static void wdt_test_free_ids(struct wdt_test_ids *ids)
{
	while (ids->nr)
		watchdog_unregister_device(&ids->wdd[--ids->nr]);
}

KUNIT_DEFINE_ACTION_WRAPPER(wdt_test_free_ids_action, wdt_test_free_ids,
			    struct wdt_test_ids *);

static struct wdt_test_ids *wdt_test_take_all_ids(struct kunit *test)
{
	struct wdt_test_ids *ids = kunit_kzalloc(test, sizeof(*ids), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, ids);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, wdt_test_free_ids_action,
							ids), 0);
	for (; ids->nr < WDT_TEST_MAX_DOGS; ids->nr++) {
		struct watchdog_device *wdd = &ids->wdd[ids->nr];

		wdd->info = &wdt_test_dummy_info;
		wdd->ops = &wdt_test_dummy_ops;
		wdd->timeout = 60;
		wdd->max_timeout = 60;
		if (watchdog_register_device(wdd))
			break;
	}
	KUNIT_ASSERT_LT(test, ids->nr, WDT_TEST_MAX_DOGS);
	return ids;
}

/*
 * Stops a running watchdog as its user would, through the watchdog core:
 * open the device, write the magic close character, close it. The core
 * then drops the module reference it took for the running watchdog.
 */
static void wdt_test_magic_close(struct kunit *test, struct fintek_wdt *wd)
{
	char path[32];
	unsigned long buf;
	struct file *file;
	loff_t pos = 0;

	buf = kunit_vm_mmap(test, NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
			    MAP_ANONYMOUS | MAP_PRIVATE, 0);
	KUNIT_ASSERT_FALSE(test, !buf || IS_ERR_VALUE(buf));
	KUNIT_ASSERT_EQ(test, copy_to_user((char __user *)buf, "V", 1), 0);

	snprintf(path, sizeof(path), "/dev/watchdog%d", wd->wdd.id);
	file = filp_open(path, O_WRONLY, 0);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(file), "%s: %pe", path, file);
	KUNIT_EXPECT_EQ(test, file->f_op->write(file, (char __user *)buf, 1, &pos), 1);
	__fput_sync(file);
}

/*
 * References to the driver's module, which a running watchdog holds; 0
 * where they are not counted (built in, or no module unloading), and the
 * callers then have nothing to compare.
 */
static int wdt_test_module_refs(void)
{
#ifdef CONFIG_MODULE_UNLOAD
	struct module *owner = fintek_wdt_ops.owner;

	return owner ? module_refcount(owner) : 0;
#else
	return 0;
#endif
}

/**
 * struct wdt_test_refs - references to the driver's module when a test began
 * @test: the test
 * @before: the count then
 */
struct wdt_test_refs {
	struct kunit *test;
	int before;
};

/* Runs once everything the test registered is gone. */
static void wdt_test_expect_refs_back(void *data)
{
	struct wdt_test_refs *refs = data;

	KUNIT_EXPECT_EQ_MSG(refs->test, wdt_test_module_refs(), refs->before,
			    "references to the driver's module after the test");
}

/*
 * A reference to the driver's module that a test leaks keeps the module
 * loaded for good: every test must give back what it took.
 */
static int wdt_test_init(struct kunit *test)
{
	struct wdt_test_refs *refs;

	refs = kunit_kzalloc(test, sizeof(*refs), GFP_KERNEL);
	if (!refs)
		return -ENOMEM;
	refs->test = test;
	refs->before = wdt_test_module_refs();
	return kunit_add_action_or_reset(test, wdt_test_expect_refs_back, refs);
}

/*
 * Firmware started the watchdog its way: WDTRST# routed (on the F71862 to
 * pin 56, not the module's default 63), every other multiplexing bit set,
 * and a 1 ms pulse, not the module's default 125 ms. It keeps the WDT_CONF
 * bits it does not set, as the board's firmware left them: bit 2 may set
 * the output's polarity for the board's reset input.
 */
static void wdt_firmware_start(struct kunit *test, struct fintek_sio_model *model,
			       const struct wdt_test_chip *chip, u8 count, u8 conf)
{
	struct fintek_wdt fw = {
		.sio = { .vendor = &superio_fintek, .base = TEST_PORT, .name = "firmware" },
		.chip = &fintek_wdt_chips[chip->type],
		.f71862fg_pin = 56,
	};
	const u8 set = FINTEK_WDT_TMOUT_STS | FINTEK_WDT_EN | FINTEK_WDT_PULSE |
		       FINTEK_WDT_UNIT_MINUTES | FINTEK_WDT_PSWIDTH;
	unsigned int reg;
	u8 kept;

	for (reg = 0x25; reg < 0x30; reg++)
		fintek_sio_model_poke(model, 0, reg, 0xff);
	KUNIT_ASSERT_EQ(test, superio_lock(&fw.sio), 0);
	fw.chip->pinconf(&fw);
	superio_select(&fw.sio, FINTEK_WDT_LDN);
	superio_write8(&fw.sio, FINTEK_REG_WD_TIME, count);
	superio_write8(&fw.sio, FINTEK_REG_LD_ENABLE, FINTEK_LD_ENABLE);
	superio_write8(&fw.sio, fw.chip->wdout_reg, fw.chip->wdout_en);
	kept = superio_read8(&fw.sio, FINTEK_REG_WDT_CONF) & ~set;
	superio_write8(&fw.sio, FINTEK_REG_WDT_CONF, kept | FINTEK_WDT_EN | conf);
	superio_unlock(&fw.sio);
	KUNIT_ASSERT_TRUE(test, fintek_sio_model_wdt(model).counting);
	KUNIT_ASSERT_TRUE(test, fintek_sio_model_wdt(model).routed);
}

/**
 * struct wdt_test_board - every register bit the driver could change
 * @global: the global registers, in the banks selected now
 * @wdt: the watchdog logical device's registers
 */
struct wdt_test_board {
	u8 global[0x30];
	u8 wdt[0x100];
};

static void wdt_test_snapshot(struct fintek_sio_model *model,
			      struct wdt_test_board *board)
{
	unsigned int reg;

	for (reg = 0; reg < 0x30; reg++)
		board->global[reg] = fintek_sio_model_peek(model, 0, reg);
	for (reg = 0x30; reg < 0x100; reg++)
		board->wdt[reg] = fintek_sio_model_peek(model, FINTEK_WDT_LDN, reg);
}

/* The global registers as they were, and the watchdog's output bits. */
static void expect_board_kept(struct kunit *test, struct fintek_sio_model *model,
			      const struct wdt_test_board *before,
			      const struct fintek_wdt_chip *drv)
{
	const u8 output = FINTEK_WDT_PULSE | FINTEK_WDT_PSWIDTH;
	struct wdt_test_board after;
	unsigned int reg;

	wdt_test_snapshot(model, &after);
	for (reg = 0x25; reg < 0x30; reg++)
		KUNIT_EXPECT_EQ_MSG(test, after.global[reg], before->global[reg],
				    "global register 0x%02x", reg);
	KUNIT_EXPECT_EQ(test, after.wdt[FINTEK_REG_WDT_CONF] & output,
			before->wdt[FINTEK_REG_WDT_CONF] & output);
	KUNIT_EXPECT_EQ(test, after.wdt[drv->wdout_reg] & drv->wdout_en,
			before->wdt[drv->wdout_reg] & drv->wdout_en);
}

static void wdt_resets_only_when_pings_stop(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 125);
	unsigned int i;
	u64 last_ping;

	KUNIT_EXPECT_STREQ(test, wd->ident.identity, chip->identity);
	/* At power-on WDTRST# is not on its pin: starting must route it. */
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).routed);
	KUNIT_EXPECT_EQ(test, wdt_set_timeout(wd, 10), 0);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).routed);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).output_enabled);

	for (i = 0; i < 100; i++) {
		fintek_sio_model_advance(model, 9999 * MS);
		KUNIT_ASSERT_EQ(test, wdt_ping(wd), 0);
	}
	KUNIT_EXPECT_EQ(test, wdt_resets(model), 0);

	last_ping = fintek_sio_model_wdt(model).now_ms;
	expect_timeout_reset(test, model, last_ping, 10, chip->pulse_ms[2]);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).timeout_status);
	expect_balanced(test, model);
}

static void wdt_stop_stops_the_count(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 125);

	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 30), 0);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	fintek_sio_model_advance(model, 29 * SECOND);
	KUNIT_ASSERT_EQ(test, wdt_stop(wd), 0);
	fintek_sio_model_advance(model, 24 * 60 * MINUTE);

	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).counting);
	KUNIT_EXPECT_EQ(test, wdt_resets(model), 0);

	/* Started again, it counts the whole timeout afresh. */
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	expect_counts(test, model, 30);
	expect_balanced(test, model);
}

/*
 * The driver routes WDTRST# and leaves every other multiplexing bit alone.
 * A banked register reads another bank once the driver switched banks, so
 * it is not compared.
 */
static void wdt_pinconf_touches_only_its_bits(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	u8 before[0x30], allowed[0x30] = {};
	struct fintek_wdt *wd;
	unsigned int reg, i;

	for (i = 0; i < ARRAY_SIZE(chip->mux) && chip->mux[i][1]; i++)
		allowed[chip->mux[i][0]] = chip->mux[i][1];
	/* Bits the driver has no business with are set, to see they stay. */
	for (reg = 0x25; reg < 0x30; reg++) {
		fintek_sio_model_poke(model, 0, reg,
				      fintek_sio_model_peek(model, 0, reg) | ~allowed[reg]);
		before[reg] = fintek_sio_model_peek(model, 0, reg);
	}

	wd = wdt_test_bind(test, chip, 125);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).routed);

	for (reg = 0x25; reg < 0x30; reg++) {
		u8 changed = fintek_sio_model_peek(model, 0, reg) ^ before[reg];

		if (reg != chip->banked)
			KUNIT_EXPECT_EQ_MSG(test, changed & ~allowed[reg], 0,
					    "register 0x%02x", reg);
	}
	expect_balanced(test, model);
}

static void wdt_pulse_widths(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	unsigned int code;

	for (code = 0; code < FINTEK_WDT_NR_PULSE_WIDTHS; code++) {
		const struct fintek_wdt_chip *drv = &fintek_wdt_chips[chip->type];
		unsigned int width = chip->pulse_ms[code];

		/* Exact widths give that code; one more rounds up to the next. */
		KUNIT_EXPECT_EQ(test, fintek_wdt_pulse_code(drv, width), code);
		KUNIT_EXPECT_EQ(test, fintek_wdt_pulse_code(drv, width + 1),
				code + 1 < FINTEK_WDT_NR_PULSE_WIDTHS ? code + 1 : -EINVAL);
	}
}

static void wdt_pulse_shape_on_the_pin(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, chip->pulse_ms[3]);

	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 1), 0);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	expect_timeout_reset(test, model, 0, 1, chip->pulse_ms[3]);
}

static void wdt_level_output(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 0);

	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 5), 0);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	expect_timeout_reset(test, model, 0, 5, 0);

	/* Where WDTRST# resets the board, the chip too: the level ends there. */
	if (fintek_sio_model_default_settings().platform_reset) {
		KUNIT_EXPECT_EQ(test, fintek_sio_model_wdt(model).nr_platform_resets, 1);
		KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).level_asserted);
		KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).counting);
		return;
	}
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).level_asserted);
	fintek_sio_model_advance(model, MINUTE);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).level_asserted);

	KUNIT_ASSERT_EQ(test, wdt_stop(wd), 0);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).level_asserted);
}

/*
 * The timeout status bit tells the last reset came from the watchdog. It is
 * read when the chip is found, and cleared for the next boot once the
 * watchdog is registered.
 */
static void wdt_boot_status(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt_pdata pdata;
	struct fintek_wdt *wd;

	fintek_sio_model_poke(model, FINTEK_WDT_LDN, FINTEK_REG_WDT_CONF,
			      FINTEK_WDT_TMOUT_STS);
	pdata = wdt_test_find(test, chip, 125);
	wd = wdt_test_probe(test, &pdata);
	KUNIT_ASSERT_NOT_NULL(test, wd);
	KUNIT_EXPECT_EQ(test, wd->wdd.bootstatus, WDIOF_CARDRESET);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).timeout_status);

	/* The next boot is a clean one. */
	pdata = wdt_test_find(test, chip, 125);
	KUNIT_EXPECT_EQ(test, pdata.bootstatus, 0);
	expect_balanced(test, model);
}

/*
 * Firmware started the watchdog in minutes, with its own pin multiplexing
 * and pulse: the driver takes it over, and changes nothing of the board's
 * wiring. WD_TIME may read back the count left rather than the firmware's
 * timeout, so the driver does not take its timeout from there: it runs
 * the timeout parameter, or the default, and reports what it runs.
 */
static void wdt_adopts_firmware_watchdog(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct wdt_test_board before;
	struct fintek_wdt *wd;
	u64 probed_at;
	int refs;

	wdt_firmware_start(test, model, chip, 3, FINTEK_WDT_UNIT_MINUTES |
			   FINTEK_WDT_PULSE | FIELD_PREP(FINTEK_WDT_PSWIDTH, 0));
	fintek_sio_model_advance(model, MINUTE);
	wdt_test_snapshot(model, &before);
	wd = wdt_test_bind(test, chip, 125);
	probed_at = fintek_sio_model_wdt(model).now_ms;

	KUNIT_EXPECT_TRUE(test, watchdog_hw_running(&wd->wdd));
	KUNIT_EXPECT_EQ(test, wd->wdd.timeout, 60);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).counting);
	expect_board_kept(test, model, &before, wd->chip);

	/* Unpinged, it resets at the timeout reported, with the firmware's pulse. */
	expect_timeout_reset(test, model, probed_at, wd->wdd.timeout, chip->pulse_ms[0]);
	expect_balanced(test, model);

	/* Stopped through the core, it no longer pins the driver. */
	refs = wdt_test_module_refs();
	wdt_test_magic_close(test, wd);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).counting);
	if (refs)
		KUNIT_EXPECT_EQ(test, wdt_test_module_refs(), refs - 1);
}

/* A pulse width and a timeout the user passed apply to a firmware's watchdog too. */
static void wdt_takeover_applies_given_pulse_width(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt_pdata pdata;
	struct fintek_wdt *wd;
	u64 probed_at;

	wdt_firmware_start(test, model, chip, 5,
			   FINTEK_WDT_PULSE | FIELD_PREP(FINTEK_WDT_PSWIDTH, 0));
	pdata = wdt_test_find(test, chip, chip->pulse_ms[3]);
	pdata.pulse_width_set = true;
	pdata.timeout = 100;
	wd = wdt_test_probe(test, &pdata);
	KUNIT_ASSERT_NOT_NULL(test, wd);
	probed_at = fintek_sio_model_wdt(model).now_ms;

	KUNIT_EXPECT_EQ(test, wd->wdd.timeout, 100);
	expect_timeout_reset(test, model, probed_at, 100, chip->pulse_ms[3]);
	wdt_test_magic_close(test, wd);
}

/* A load that fails leaves the reset record for the next one. */
static void wdt_failed_load_keeps_boot_status(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt_pdata pdata;

	fintek_sio_model_poke(model, FINTEK_WDT_LDN, FINTEK_REG_WDT_CONF,
			      FINTEK_WDT_TMOUT_STS);

	/* Module init refuses a pulse width the chip does not have. */
	pdata = wdt_test_find(test, chip, 6001);
	KUNIT_EXPECT_EQ(test, pdata.bootstatus, WDIOF_CARDRESET);
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), -EINVAL);
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).timeout_status);

	/* The watchdog core has no room for it. */
	pdata = wdt_test_find(test, chip, 125);
	KUNIT_EXPECT_EQ(test, pdata.bootstatus, WDIOF_CARDRESET);
	wdt_test_take_all_ids(test);
	KUNIT_EXPECT_NULL(test, wdt_test_probe(test, &pdata));
	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).timeout_status);

	/* The next load still finds it; wdt_boot_status sees it cleared. */
	pdata = wdt_test_find(test, chip, 125);
	KUNIT_EXPECT_EQ(test, pdata.bootstatus, WDIOF_CARDRESET);
	expect_balanced(test, model);
}

/* A watchdog that probe started is stopped when registration fails. */
static void wdt_failed_registration_disarms(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt_pdata pdata = wdt_test_find(test, chip, 125);

	pdata.start_withtimeout = 10;
	wdt_test_take_all_ids(test);
	KUNIT_EXPECT_NULL(test, wdt_test_probe(test, &pdata));
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_wdt(model).counting);
	fintek_sio_model_advance(model, 24 * 60 * MINUTE);
	KUNIT_EXPECT_EQ(test, wdt_resets(model), 0);
	expect_balanced(test, model);
}

/*
 * One the firmware started runs on as the firmware set it up, reloaded
 * with the timeout probe gave it: nothing pings it, and it resets the board.
 */
static void wdt_failed_registration_keeps_firmware_watchdog(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt_pdata pdata;
	struct wdt_test_board before;
	u64 probed_at;

	wdt_firmware_start(test, model, chip, 5,
			   FINTEK_WDT_PULSE | FIELD_PREP(FINTEK_WDT_PSWIDTH, 0));
	wdt_test_snapshot(model, &before);
	pdata = wdt_test_find(test, chip, 125);
	wdt_test_take_all_ids(test);
	KUNIT_EXPECT_NULL(test, wdt_test_probe(test, &pdata));
	probed_at = fintek_sio_model_wdt(model).now_ms;

	KUNIT_EXPECT_TRUE(test, fintek_sio_model_wdt(model).counting);
	expect_board_kept(test, model, &before, &fintek_wdt_chips[chip->type]);
	expect_timeout_reset(test, model, probed_at, 60, chip->pulse_ms[0]);
	expect_balanced(test, model);
}

/**
 * struct wdt_test_timeout - a timeout, what runs, and what is reported
 * @timeout: the timeout asked for, in seconds
 * @reported: what the driver reports back, in seconds
 * @hw_ms: the earliest the hardware may reset unpinged; the latest is one
 *	unit later
 */
struct wdt_test_timeout {
	unsigned int timeout;
	unsigned int reported;
	u64 hw_ms;
};

static const struct wdt_test_timeout wdt_test_timeouts[] = {
	{ 1, 1, 1 * SECOND },
	{ 254, 254, 254 * SECOND },
	{ 255, 300, 5 * MINUTE },
	{ 256, 300, 5 * MINUTE },
	{ 15239, 15240, 254 * MINUTE },
	{ 15240, 15240, 254 * MINUTE },
	/* Past the hardware's reach the core pings it every half of that. */
	{ 15241, 15241, 254 * MINUTE },
	{ 86400, 86400, 254 * MINUTE },
};

/* Every timeout on every chip: what is reported, and when the pin fires. */
static void wdt_timeout_range(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 125);
	const struct wdt_test_timeout *t;
	unsigned int resets = 0;

	KUNIT_EXPECT_EQ(test, wd->wdd.max_hw_heartbeat_ms, 254 * MINUTE);
	for (t = wdt_test_timeouts; t < wdt_test_timeouts + ARRAY_SIZE(wdt_test_timeouts); t++) {
		u64 start;

		/* Loads at another moment of the tick each time. */
		fintek_sio_model_advance(model, 137 * MS);
		start = fintek_sio_model_wdt(model).now_ms;
		KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, t->timeout), 0);
		KUNIT_EXPECT_EQ_MSG(test, wd->wdd.timeout, t->reported,
				    "timeout %u", t->timeout);
		KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
		expect_reset_between(test, model, resets++, start + t->hw_ms,
				     start + t->hw_ms + wdt_unit_ms(t->reported),
				     chip->pulse_ms[2]);
	}
}

/**
 * struct wdt_test_tick - when the chip's count goes down
 * @tick: counted from each load, or free-running
 * @phase_ms: where a free-running tick falls in the unit
 */
struct wdt_test_tick {
	enum fintek_sio_model_tick tick;
	unsigned int phase_ms;
};

static const struct wdt_test_tick wdt_test_ticks[] = {
	{ FINTEK_SIO_TICK_FROM_LOAD },
	{ FINTEK_SIO_TICK_FREE_RUNNING, 0 },
	{ FINTEK_SIO_TICK_FREE_RUNNING, 1 },
	{ FINTEK_SIO_TICK_FREE_RUNNING, 500 },
	{ FINTEK_SIO_TICK_FREE_RUNNING, 999 },
};

static void wdt_test_tick_desc(const struct wdt_test_tick *t, char *desc)
{
	if (t->tick == FINTEK_SIO_TICK_FROM_LOAD)
		snprintf(desc, KUNIT_PARAM_DESC_SIZE, "tick from the load");
	else
		snprintf(desc, KUNIT_PARAM_DESC_SIZE, "free tick at %u ms",
			 t->phase_ms);
}

KUNIT_ARRAY_PARAM(wdt_tick, wdt_test_ticks, wdt_test_tick_desc);

/*
 * Whether the count goes down from each load or on a tick of its own, the
 * watchdog never resets the board before the timeout since the last ping,
 * and at most one unit after it, wherever in the tick the ping falls.
 */
static void wdt_never_fires_early(struct kunit *test)
{
	static const unsigned int timeouts[] = { 1, 2, 59, 254, 255, 600 };
	const struct wdt_test_tick *t = test->param_value;
	const struct wdt_test_chip *chip = &wdt_test_chips[6];
	struct fintek_sio_model_settings settings;
	struct fintek_sio_model *model;
	struct fintek_wdt *wd;
	unsigned int i, resets = 0;

	KUNIT_ASSERT_EQ(test, chip->type, FINTEK_F71882);
	model = wdt_test_model(test, chip);
	settings = fintek_sio_model_default_settings();
	settings.tick = t->tick;
	settings.tick_phase_ms = t->phase_ms;
	fintek_sio_model_configure(model, &settings);
	wd = wdt_test_bind(test, chip, 125);

	for (i = 0; i < ARRAY_SIZE(timeouts); i++) {
		u64 last_ping;

		KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, timeouts[i]), 0);
		KUNIT_EXPECT_EQ(test, wd->wdd.timeout,
				timeouts[i] > FINTEK_WDT_MAX_UNITS ?
				DIV_ROUND_UP(timeouts[i], 60) * 60 : timeouts[i]);
		KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
		/* Pings just in time, at another moment of the tick each. */
		fintek_sio_model_advance(model, 333 * MS);
		KUNIT_ASSERT_EQ(test, wdt_ping(wd), 0);
		fintek_sio_model_advance(model, (u64)wd->wdd.timeout * SECOND - 1);
		KUNIT_ASSERT_EQ(test, wdt_ping(wd), 0);
		last_ping = fintek_sio_model_wdt(model).now_ms;
		expect_reset_between(test, model, resets++,
				     last_ping + (u64)wd->wdd.timeout * SECOND,
				     last_ping + (u64)wd->wdd.timeout * SECOND +
				     wdt_unit_ms(wd->wdd.timeout),
				     chip->pulse_ms[2]);
		KUNIT_ASSERT_EQ(test, wdt_stop(wd), 0);
	}
}

/* Changing between seconds and minutes while running takes at once. */
static void wdt_unit_switch_while_running(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 125);

	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 600), 0);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	fintek_sio_model_advance(model, 100 * SECOND);

	/* As WDIOC_SETTIMEOUT does: set, then ping. */
	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 10), 0);
	KUNIT_ASSERT_EQ(test, wdt_ping(wd), 0);
	expect_counts(test, model, 10);

	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 1200), 0);
	KUNIT_ASSERT_EQ(test, wdt_ping(wd), 0);
	expect_counts(test, model, 1200);
	expect_timeout_reset(test, model, fintek_sio_model_wdt(model).now_ms,
			     1200, chip->pulse_ms[2]);
}

/* Mainline leaves the timeout at 0 when the parameter is 0 (its W3). */
static void wdt_default_timeout(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 125);

	KUNIT_EXPECT_EQ(test, wd->wdd.timeout, 60);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	expect_timeout_reset(test, model, 0, 60, chip->pulse_ms[2]);
}

/* Mainline keeps the pulse width in a char: 256 became level mode (its W1). */
static void wdt_pulse_width_not_truncated(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 256);

	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 1), 0);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	expect_timeout_reset(test, model, 0, 1, chip->pulse_ms[3]);
}

/*
 * Mainline takes a pulse width too long for the chip as level mode (W2),
 * and refuses any f71862fg_pin but 56 and 63 on every chip (W9).
 */
static void wdt_wiring_checked_per_chip(struct kunit *test)
{
	struct fintek_wdt_pdata pdata = { .f71862fg_pin = 63 };

	pdata.type = FINTEK_F71882;
	pdata.pulse_width_ms = 5000;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), 0);
	pdata.pulse_width_ms = 5001;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), -EINVAL);
	pdata.type = FINTEK_F71868;
	pdata.pulse_width_ms = 6000;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), 0);
	pdata.pulse_width_ms = 6001;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), -EINVAL);

	pdata.pulse_width_ms = 125;
	pdata.f71862fg_pin = 57;
	pdata.type = FINTEK_F71882;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), 0);
	pdata.type = FINTEK_F71862;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), -EINVAL);
	pdata.f71862fg_pin = 56;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), 0);

	pdata.type = FINTEK_NR_TYPES;
	KUNIT_EXPECT_EQ(test, fintek_wdt_check_wiring(&pdata), -EINVAL);
}

static void wdt_find_rejects(struct kunit *test)
{
	struct fintek_wdt_pdata pdata = {};
	struct fintek_sio_model *model;

	KUNIT_EXPECT_EQ(test, fintek_wdt_find(EMPTY_PORT, 0, &pdata), -ENODEV);

	model = fintek_sio_model_add_kunit(test, TEST_PORT, 0x1234);
	KUNIT_EXPECT_EQ(test, fintek_wdt_find(TEST_PORT, 0, &pdata), -ENODEV);
	/* A forced ID must be one of a chip with the watchdog. */
	KUNIT_EXPECT_EQ(test, fintek_wdt_find(TEST_PORT, 0x1234, &pdata), -EINVAL);
	KUNIT_EXPECT_EQ(test, fintek_wdt_find(TEST_PORT, 0x0507, &pdata), -EINVAL);
	KUNIT_EXPECT_EQ(test, fintek_wdt_find(TEST_PORT, 0x0541, &pdata), 0);
	KUNIT_EXPECT_EQ(test, pdata.type, FINTEK_F71882);
	expect_balanced(test, model);
}

static void wdt_find_skips_f71858(struct kunit *test)
{
	struct fintek_wdt_pdata pdata = {};
	struct fintek_sio_model *model;

	model = fintek_sio_model_add_kunit(test, TEST_PORT,
					   wdt_test_devid(test, "F71858"));
	KUNIT_EXPECT_EQ(test, fintek_wdt_find(TEST_PORT, 0, &pdata), -ENODEV);
	expect_balanced(test, model);
}

static void wdt_find_rejects_other_vendor(struct kunit *test)
{
	struct fintek_wdt_pdata pdata = {};
	struct fintek_sio_model *model;

	model = fintek_sio_model_add_kunit(test, TEST_PORT, 0x0541);
	fintek_sio_model_poke(model, 0, 0x23, 0x5c);
	fintek_sio_model_poke(model, 0, 0x24, 0xa3);
	KUNIT_EXPECT_EQ(test, fintek_wdt_find(TEST_PORT, 0, &pdata), -ENODEV);
	expect_balanced(test, model);
}

/* With the port held by a driver that does not share it, nothing reaches the chip. */
static void wdt_port_held_elsewhere(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt *wd = wdt_test_bind(test, chip, 125);
	struct fintek_sio_model_counts before, after;
	struct fintek_wdt_pdata pdata = {};
	struct resource *held;

	KUNIT_ASSERT_EQ(test, wdt_set_timeout(wd, 42), 0);
	before = fintek_sio_model_counts(model);

	held = request_region(TEST_PORT, 2, "kunit-exclusive-owner");
	KUNIT_ASSERT_NOT_NULL(test, held);
	KUNIT_EXPECT_EQ(test, wdt_start(wd), -EBUSY);
	KUNIT_EXPECT_EQ(test, wdt_ping(wd), -EBUSY);
	KUNIT_EXPECT_EQ(test, wdt_stop(wd), -EBUSY);
	KUNIT_EXPECT_EQ(test, wdt_set_timeout(wd, 600), -EBUSY);
	KUNIT_EXPECT_EQ(test, fintek_wdt_find(TEST_PORT, 0, &pdata), -EBUSY);
	release_region(TEST_PORT, 2);

	after = fintek_sio_model_counts(model);
	KUNIT_EXPECT_EQ(test, after.reads + after.writes, before.reads + before.writes);
	/* A failed set_timeout changed nothing. */
	KUNIT_EXPECT_EQ(test, wd->wdd.timeout, 42);
	KUNIT_ASSERT_EQ(test, wdt_start(wd), 0);
	expect_counts(test, model, 42);
	expect_balanced(test, model);
}

static void wdt_probe_fails_on_held_port(struct kunit *test)
{
	const struct wdt_test_chip *chip = test->param_value;
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt_pdata pdata = wdt_test_find(test, chip, 125);
	struct fintek_sio_model_counts before, after;
	struct resource *held;

	before = fintek_sio_model_counts(model);
	held = request_region(TEST_PORT, 2, "kunit-exclusive-owner");
	KUNIT_ASSERT_NOT_NULL(test, held);
	KUNIT_EXPECT_NULL(test, wdt_test_probe(test, &pdata));
	release_region(TEST_PORT, 2);

	after = fintek_sio_model_counts(model);
	KUNIT_EXPECT_EQ(test, after.reads + after.writes, before.reads + before.writes);
	expect_balanced(test, model);
}

static int wdt_test_mainline_probe(struct platform_device *pdev)
{
	return -ENODEV;
}

/* Mainline's driver, as it registers once it has found a chip. */
static struct platform_driver wdt_test_mainline_driver = {
	.probe = wdt_test_mainline_probe,
	.driver = {
		.name = "f71808e_wdt",
	},
};

/* Two drivers on one timer would stop it under each other's feet. */
static void wdt_refuses_beside_f71808e_wdt(struct kunit *test)
{
	const struct wdt_test_chip *chip = &wdt_test_chips[0];
	struct fintek_sio_model *model = wdt_test_model(test, chip);
	struct fintek_wdt_pdata pdata = wdt_test_find(test, chip, 125);
	struct fintek_sio_model_counts before, after;

	KUNIT_ASSERT_EQ(test, kunit_platform_driver_register(test,
							     &wdt_test_mainline_driver), 0);
	before = fintek_sio_model_counts(model);
	KUNIT_EXPECT_NULL(test, wdt_test_probe(test, &pdata));
	after = fintek_sio_model_counts(model);
	KUNIT_EXPECT_EQ(test, after.reads + after.writes, before.reads + before.writes);
}

static void wdt_probe_needs_platform_data(struct kunit *test)
{
	struct fintek_wdt_pdata pdata = { .type = FINTEK_NR_TYPES };

	wdt_test_model(test, &wdt_test_chips[0]);
	KUNIT_EXPECT_NULL(test, wdt_test_probe(test, &pdata));
}

static struct kunit_case fintek_wdt_test_cases[] = {
	KUNIT_CASE_PARAM(wdt_resets_only_when_pings_stop, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_stop_stops_the_count, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_pinconf_touches_only_its_bits, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_pulse_widths, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_pulse_shape_on_the_pin, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_level_output, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_boot_status, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_adopts_firmware_watchdog, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_takeover_applies_given_pulse_width, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_failed_load_keeps_boot_status, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_failed_registration_disarms, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_failed_registration_keeps_firmware_watchdog,
			 wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_timeout_range, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_never_fires_early, wdt_tick_gen_params),
	KUNIT_CASE_PARAM(wdt_unit_switch_while_running, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_default_timeout, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_pulse_width_not_truncated, wdt_chip_gen_params),
	KUNIT_CASE(wdt_wiring_checked_per_chip),
	KUNIT_CASE(wdt_find_rejects),
	KUNIT_CASE(wdt_find_skips_f71858),
	KUNIT_CASE(wdt_find_rejects_other_vendor),
	KUNIT_CASE_PARAM(wdt_port_held_elsewhere, wdt_chip_gen_params),
	KUNIT_CASE_PARAM(wdt_probe_fails_on_held_port, wdt_chip_gen_params),
	KUNIT_CASE(wdt_probe_needs_platform_data),
	KUNIT_CASE(wdt_refuses_beside_f71808e_wdt),
	{}
};

/*
 * No bind and unbind through sysfs, and so no probe, remove and probe again
 * under CONFIG_DEBUG_TEST_DRIVER_REMOVE: a watchdog that runs when it is
 * removed keeps the module reference the core took for it, and the module
 * could never be unloaded. fintek_wdt_bind*_e2e unbind the driver.
 */
static struct platform_driver wdt_test_driver = {
	.probe = fintek_wdt_probe,
	.driver = {
		.name = TEST_DRVNAME,
		.suppress_bind_attrs = true,
	},
};

static int wdt_test_suite_init(struct kunit_suite *suite)
{
	return platform_driver_register(&wdt_test_driver);
}

static void wdt_test_suite_exit(struct kunit_suite *suite)
{
	platform_driver_unregister(&wdt_test_driver);
}

static struct kunit_suite fintek_wdt_test_suite = {
	.name = "fintek_wdt",
	.suite_init = wdt_test_suite_init,
	.suite_exit = wdt_test_suite_exit,
	.init = wdt_test_init,
	.test_cases = fintek_wdt_test_cases,
};

kunit_test_suite(fintek_wdt_test_suite);

MODULE_DESCRIPTION("KUnit tests for the Fintek watchdog driver");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("EXPORTED_FOR_KUNIT_TESTING");
MODULE_IMPORT_NS("SUPERIO");
MODULE_IMPORT_NS("SUPERIO_MODEL");
