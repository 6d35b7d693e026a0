// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the Super I/O library against the Fintek chip model: what
 * the chip sees on its ports, not which functions were called.
 */

#include <kunit/device.h>
#include <kunit/test.h>
#include <linux/ioport.h>
#include <linux/module.h>
#include <linux/regmap.h>
#include <linux/superio.h>

#include "fintek_sio_model.h"

#define F71882_ID	0x0541
#define WDT_LDN		0x07
#define OTHER_LDN	0x03
#define WDT_TIME	0xf6
#define BASE_ADDR_HI	0x60
#define MFUNCT3		0x2b

static const struct regmap_config superio_test_regmap_config = {
	.reg_bits = 8,
	.val_bits = 8,
	.max_register = 0xff,
};

static struct superio superio_at(u16 base)
{
	return (struct superio){
		.vendor = &superio_fintek,
		.base = base,
		.name = "superio-kunit",
	};
}

/* Every path, successful or not, must leave the chip out of configuration mode. */
static void expect_balanced(struct kunit *test, struct fintek_sio_model *model,
			    unsigned int sessions)
{
	struct fintek_sio_model_counts counts = fintek_sio_model_counts(model);

	KUNIT_EXPECT_EQ(test, counts.enters, sessions);
	KUNIT_EXPECT_EQ(test, counts.exits, sessions);
	KUNIT_EXPECT_EQ(test, counts.outside_config, 0);
	KUNIT_EXPECT_FALSE(test, fintek_sio_model_in_config_mode(model));
}

static struct regmap *wdt_regmap(struct kunit *test, u16 base)
{
	struct superio sio = superio_at(base);
	struct device *dev;
	struct regmap *map;

	dev = kunit_device_register(test, "superio-kunit");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	map = devm_regmap_init_superio(dev, &sio, WDT_LDN,
				       &superio_test_regmap_config);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, map);
	return map;
}

static const u16 superio_test_ports[] = { 0x2e, 0x4e };

static void port_to_desc(const u16 *port, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "chip at 0x%x", *port);
}

KUNIT_ARRAY_PARAM(superio_port, superio_test_ports, port_to_desc);

static void superio_detect_finds_chip_on_either_port(struct kunit *test)
{
	const u16 *port = test->param_value;
	u16 empty_port = *port == 0x2e ? 0x4e : 0x2e;
	struct fintek_sio_model *model;
	struct superio sio;
	u16 devid = 0;
	unsigned int stray;

	model = fintek_sio_model_add_kunit(test, *port, F71882_ID);

	stray = fintek_sio_model_stray_accesses();
	sio = superio_at(empty_port);
	KUNIT_EXPECT_EQ(test, superio_detect(&sio, &devid), -ENODEV);
	KUNIT_EXPECT_GT(test, fintek_sio_model_stray_accesses(), stray);
	expect_balanced(test, model, 0);

	sio = superio_at(*port);
	KUNIT_EXPECT_EQ(test, superio_detect(&sio, &devid), 0);
	KUNIT_EXPECT_EQ(test, devid, F71882_ID);
	expect_balanced(test, model, 1);
}

static void superio_detect_rejects_other_vendor(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct superio sio = superio_at(0x2e);
	u16 devid = 0xdead;

	model = fintek_sio_model_add_kunit(test, 0x2e, F71882_ID);
	/* Winbond/Nuvoton parts answer the same keys with another vendor ID. */
	fintek_sio_model_poke(model, 0, 0x23, 0x5c);
	fintek_sio_model_poke(model, 0, 0x24, 0xa3);

	KUNIT_EXPECT_EQ(test, superio_detect(&sio, &devid), -ENODEV);
	KUNIT_EXPECT_EQ(test, devid, 0xdead);
	expect_balanced(test, model, 1);
}

/* The library reports what the chip says; deciding what an ID means is the driver's job. */
static void superio_detect_reports_unknown_id(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct superio sio = superio_at(0x4e);
	u16 devid = 0;

	model = fintek_sio_model_add_kunit(test, 0x4e, 0xbeef);

	KUNIT_EXPECT_EQ(test, superio_detect(&sio, &devid), 0);
	KUNIT_EXPECT_EQ(test, devid, 0xbeef);
	expect_balanced(test, model, 1);
}

static void superio_lock_fails_on_port_held_exclusively(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct superio sio = superio_at(0x2e);
	struct fintek_sio_model_counts counts;
	struct resource *held;
	struct regmap *map;
	unsigned int val;
	u16 devid;

	model = fintek_sio_model_add_kunit(test, 0x2e, F71882_ID);
	map = wdt_regmap(test, 0x2e);

	held = request_region(0x2e, 2, "kunit-exclusive-owner");
	KUNIT_ASSERT_NOT_NULL(test, held);

	KUNIT_EXPECT_EQ(test, superio_lock(&sio), -EBUSY);
	KUNIT_EXPECT_EQ(test, superio_detect(&sio, &devid), -EBUSY);
	KUNIT_EXPECT_EQ(test, regmap_read(map, WDT_TIME, &val), -EBUSY);
	KUNIT_EXPECT_EQ(test, regmap_write(map, WDT_TIME, 1), -EBUSY);
	KUNIT_EXPECT_EQ(test, regmap_update_bits(map, WDT_TIME, 1, 1), -EBUSY);
	release_region(0x2e, 2);

	/* Not one access reached the chip while the port was not ours. */
	counts = fintek_sio_model_counts(model);
	KUNIT_EXPECT_EQ(test, counts.reads + counts.writes, 0);

	/* Nothing was left claimed by the failed attempts. */
	held = request_region(0x2e, 2, "kunit-exclusive-owner");
	KUNIT_EXPECT_NOT_NULL(test, held);
	if (held)
		release_region(0x2e, 2);

	KUNIT_ASSERT_EQ(test, superio_lock(&sio), 0);
	superio_unlock(&sio);
	expect_balanced(test, model, 1);
}

static void superio_read16_is_big_endian(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct superio sio = superio_at(0x2e);

	model = fintek_sio_model_add_kunit(test, 0x2e, F71882_ID);
	fintek_sio_model_poke(model, WDT_LDN, BASE_ADDR_HI, 0x0a);
	fintek_sio_model_poke(model, WDT_LDN, BASE_ADDR_HI + 1, 0x35);

	KUNIT_ASSERT_EQ(test, superio_lock(&sio), 0);
	superio_select(&sio, WDT_LDN);
	KUNIT_EXPECT_EQ(test, superio_read16(&sio, BASE_ADDR_HI), 0x0a35);
	KUNIT_EXPECT_EQ(test, superio_read16(&sio, 0x20), F71882_ID);
	superio_unlock(&sio);
	expect_balanced(test, model, 1);
}

static void superio_select_reaches_one_logical_device(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct superio sio = superio_at(0x2e);

	model = fintek_sio_model_add_kunit(test, 0x2e, F71882_ID);

	KUNIT_ASSERT_EQ(test, superio_lock(&sio), 0);
	superio_select(&sio, WDT_LDN);
	superio_write8(&sio, WDT_TIME, 0x11);
	superio_write8(&sio, MFUNCT3, 0x40);
	superio_select(&sio, OTHER_LDN);
	superio_write8(&sio, WDT_TIME, 0x22);
	KUNIT_EXPECT_EQ(test, superio_read8(&sio, MFUNCT3), 0x40);
	superio_unlock(&sio);

	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WDT_TIME), 0x11);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, OTHER_LDN, WDT_TIME), 0x22);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, 0, MFUNCT3), 0x40);
	expect_balanced(test, model, 1);
}

static void superio_update_bits_writes_only_changes(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct superio sio = superio_at(0x2e);
	unsigned int writes;

	model = fintek_sio_model_add_kunit(test, 0x2e, F71882_ID);
	fintek_sio_model_poke(model, 0, MFUNCT3, 0x38);

	KUNIT_ASSERT_EQ(test, superio_lock(&sio), 0);
	superio_clear_bits(&sio, MFUNCT3, 0x30);
	superio_set_bits(&sio, MFUNCT3, 0x01);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, 0, MFUNCT3), 0x09);

	writes = fintek_sio_model_counts(model).writes;
	superio_set_bits(&sio, MFUNCT3, 0x08);
	superio_update_bits(&sio, MFUNCT3, 0x0f, 0x09);
	/* Only the index writes of the two reads: the value did not change. */
	KUNIT_EXPECT_EQ(test, fintek_sio_model_counts(model).writes, writes + 2);
	superio_unlock(&sio);
	expect_balanced(test, model, 1);
}

static void superio_regmap_selects_its_logical_device(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct regmap *map;
	unsigned int val;

	model = fintek_sio_model_add_kunit(test, 0x2e, F71882_ID);
	map = wdt_regmap(test, 0x2e);

	/* Another driver left its own logical device selected. */
	fintek_sio_model_poke(model, 0, 0x07, OTHER_LDN);
	fintek_sio_model_poke(model, OTHER_LDN, WDT_TIME, 0x99);

	KUNIT_EXPECT_EQ(test, regmap_write(map, WDT_TIME, 0x2a), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, WDT_LDN, WDT_TIME), 0x2a);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, OTHER_LDN, WDT_TIME), 0x99);

	fintek_sio_model_poke(model, 0, 0x07, OTHER_LDN);
	KUNIT_EXPECT_EQ(test, regmap_read(map, WDT_TIME, &val), 0);
	KUNIT_EXPECT_EQ(test, val, 0x2a);

	/* Global registers are reached whatever is selected. */
	KUNIT_EXPECT_EQ(test, regmap_read(map, 0x20, &val), 0);
	KUNIT_EXPECT_EQ(test, val, F71882_ID >> 8);
	KUNIT_EXPECT_EQ(test, regmap_update_bits(map, MFUNCT3, 0x30, 0x10), 0);
	KUNIT_EXPECT_EQ(test, fintek_sio_model_peek(model, 0, MFUNCT3), 0x10);
	expect_balanced(test, model, 4);
}

/*
 * One regmap access is one session: enter keys (2 writes), select (2),
 * index (1), data (1), exit key (1); a read-modify-write that changes the
 * value adds the index and data writes (2). A ping costs a write, so the
 * counts are pinned.
 */
static void superio_regmap_access_costs(struct kunit *test)
{
	struct fintek_sio_model *model;
	struct fintek_sio_model_counts counts;
	struct regmap *map;
	unsigned int val;

	model = fintek_sio_model_add_kunit(test, 0x2e, F71882_ID);
	map = wdt_regmap(test, 0x2e);

	KUNIT_ASSERT_EQ(test, regmap_read(map, WDT_TIME, &val), 0);
	counts = fintek_sio_model_counts(model);
	KUNIT_EXPECT_EQ(test, counts.writes, 6);
	KUNIT_EXPECT_EQ(test, counts.reads, 1);

	KUNIT_ASSERT_EQ(test, regmap_write(map, WDT_TIME, 5), 0);
	counts = fintek_sio_model_counts(model);
	KUNIT_EXPECT_EQ(test, counts.writes, 6 + 7);
	KUNIT_EXPECT_EQ(test, counts.reads, 1);

	/* A read-modify-write is one session too, not two. */
	KUNIT_ASSERT_EQ(test, regmap_update_bits(map, WDT_TIME, 0xff, 6), 0);
	counts = fintek_sio_model_counts(model);
	KUNIT_EXPECT_EQ(test, counts.writes, 6 + 7 + 8);
	KUNIT_EXPECT_EQ(test, counts.reads, 2);
	expect_balanced(test, model, 3);
}

static const struct regmap_config superio_test_wide_config = {
	.reg_bits = 16,
	.val_bits = 8,
};

static const struct regmap_config superio_test_fast_io_config = {
	.reg_bits = 8,
	.val_bits = 8,
	.fast_io = true,
};

static void superio_regmap_rejects_unfit_config(struct kunit *test)
{
	struct superio sio = superio_at(0x2e);
	struct device *dev;
	struct regmap *map;

	dev = kunit_device_register(test, "superio-kunit");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);

	map = devm_regmap_init_superio(dev, &sio, 0, &superio_test_wide_config);
	KUNIT_EXPECT_EQ(test, PTR_ERR(map), -EINVAL);
	/* Accesses sleep in request_muxed_region(): no spinlock around them. */
	map = devm_regmap_init_superio(dev, &sio, 0, &superio_test_fast_io_config);
	KUNIT_EXPECT_EQ(test, PTR_ERR(map), -EINVAL);
}

static void superio_backend_is_exclusive(struct kunit *test)
{
	static const struct superio_port_backend other = {};
	int ret = superio_port_backend_register(&other);

	/* The model module holds the ports already. */
	KUNIT_EXPECT_EQ(test, ret, -EBUSY);
	if (!ret)
		superio_port_backend_unregister(&other);
}

static struct kunit_case superio_test_cases[] = {
	KUNIT_CASE_PARAM(superio_detect_finds_chip_on_either_port,
			 superio_port_gen_params),
	KUNIT_CASE(superio_detect_rejects_other_vendor),
	KUNIT_CASE(superio_detect_reports_unknown_id),
	KUNIT_CASE(superio_lock_fails_on_port_held_exclusively),
	KUNIT_CASE(superio_read16_is_big_endian),
	KUNIT_CASE(superio_select_reaches_one_logical_device),
	KUNIT_CASE(superio_update_bits_writes_only_changes),
	KUNIT_CASE(superio_regmap_selects_its_logical_device),
	KUNIT_CASE(superio_regmap_access_costs),
	KUNIT_CASE(superio_regmap_rejects_unfit_config),
	KUNIT_CASE(superio_backend_is_exclusive),
	{}
};

static struct kunit_suite superio_test_suite = {
	.name = "superio",
	.test_cases = superio_test_cases,
};

kunit_test_suite(superio_test_suite);

MODULE_DESCRIPTION("KUnit tests for the Super I/O library");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("SUPERIO");
MODULE_IMPORT_NS("SUPERIO_MODEL");
