// SPDX-License-Identifier: GPL-2.0-only
/*
 * Model of the Fintek F718xx/F818xx Super I/O configuration space, standing
 * in for the ports behind the Super I/O test hooks. Tests only: nothing here
 * is on a driver's production path. The watchdog logical device and the
 * per-part facts are in fintek_sio_model_wdt.c.
 *
 * Facts, from the Fintek datasheets as the Linux 6.12 drivers
 * drivers/watchdog/f71808e_wdt.c and drivers/hwmon/f71882fg.c use them:
 * - an index port at the base (0x2e or 0x4e) and a data port after it;
 * - writing 0x87 twice to the index port enters configuration mode,
 *   writing 0xaa leaves it;
 * - registers 0x00-0x2f are global; 0x07 selects the logical device whose
 *   registers 0x30-0xff the data port reaches;
 * - 0x20/0x21 hold the device ID, 0x22 the revision, 0x23/0x24 the vendor
 *   ID 0x1934, each high byte first.
 *
 * Assumptions, not stated by those sources:
 * - a key sequence broken by any other byte starts over;
 * - outside configuration mode the data port reads 0xff and ignores
 *   writes, and a read of the index port returns the last index written;
 * - the ID and revision registers ignore writes;
 * - there are 16 logical devices; registers reset to 0 unless the part's
 *   table says otherwise;
 * - ports where no chip sits float: they read 0xff and ignore writes.
 *
 * Fault injection: writing 1 to debugfs fintek_sio_model/<base>/busy claims
 * the chip's ports as a driver that does not share them would, so that
 * every configuration session fails with -EBUSY until 0 is written. Port
 * accesses themselves cannot fail: that is the only error a Super I/O
 * register access can return.
 */

#include <kunit/resource.h>
#include <kunit/test.h>
#include <linux/debugfs.h>
#include <linux/ioport.h>
#include <linux/list.h>
#include <linux/math64.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/superio.h>

#include "fintek_sio_model_internal.h"

#define FSM_ENTER_KEY		0x87
#define FSM_ENTER_KEY_COUNT	2
#define FSM_EXIT_KEY		0xaa
#define FSM_REG_LDN		0x07
#define FSM_REG_DEVID		0x20
#define FSM_REG_VENDOR		0x23
#define FSM_VENDOR_ID		0x1934
#define FSM_FLOATING_BUS	0xff

DEFINE_SPINLOCK(fsm_lock);
static LIST_HEAD(fsm_models);
static unsigned int fsm_stray_accesses;
static struct dentry *fsm_debugfs;

/**
 * fintek_sio_model_chip() - look a part up by name
 * @name: part name, for example "F71882"
 *
 * Return: the part, or NULL if the model does not know it.
 */
const struct fintek_sio_chip *fintek_sio_model_chip(const char *name)
{
	unsigned int i;

	for (i = 0; i < fsm_nr_parts; i++)
		if (!strcasecmp(fsm_parts[i].chip.name, name))
			return &fsm_parts[i].chip;
	return NULL;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_chip, "SUPERIO_MODEL");

static const struct fsm_part *fsm_part_of(u16 devid)
{
	unsigned int i;

	for (i = 0; i < fsm_nr_parts; i++)
		if (fsm_parts[i].chip.devid == devid)
			return &fsm_parts[i];
	return NULL;
}

u64 fsm_now_ms(const struct fintek_sio_model *model)
{
	return div_u64(hw_model_clock_now(&model->clock), NSEC_PER_MSEC);
}

static char *tick = "load";
module_param(tick, charp, 0644);
MODULE_PARM_DESC(tick, "Watchdog tick: load (counts from each load) or free (free-running, expiry in (N-1, N] units) (default: load)");

static uint tick_phase_ms = 1;
module_param(tick_phase_ms, uint, 0644);
MODULE_PARM_DESC(tick_phase_ms, "With tick=free, model time of the ticks modulo the unit (default: 1, the worst case for loads at whole units)");

static char *readback = "loaded";
module_param(readback, charp, 0644);
MODULE_PARM_DESC(readback, "WD_TIME reads back: loaded (the value written) or left (the count left) (default: loaded)");

static char *polarity = "none";
module_param(polarity, charp, 0644);
MODULE_PARM_DESC(polarity, "WDT_CONF bit 2: none (no effect, active low), low or high (output polarity, board resets on that level) (default: none)");

static char *zero_time = "expires";
module_param(zero_time, charp, 0644);
MODULE_PARM_DESC(zero_time, "WD_TIME 0: expires (at once), stops (does not count) or wraps (256 units) (default: expires)");

static bool platform_reset;
module_param(platform_reset, bool, 0644);
MODULE_PARM_DESC(platform_reset, "WDTRST# resets the board and the chip's registers but the timeout status bit (default: N)");

static const char * const fsm_tick_names[] = {
	[FINTEK_SIO_TICK_FROM_LOAD] = "load",
	[FINTEK_SIO_TICK_FREE_RUNNING] = "free",
};

static const char * const fsm_readback_names[] = {
	[FINTEK_SIO_READBACK_LOADED] = "loaded",
	[FINTEK_SIO_READBACK_COUNT_LEFT] = "left",
};

static const char * const fsm_polarity_names[] = {
	[FINTEK_SIO_POLARITY_NONE] = "none",
	[FINTEK_SIO_POLARITY_LOW] = "low",
	[FINTEK_SIO_POLARITY_HIGH] = "high",
};

static const char * const fsm_zero_time_names[] = {
	[FINTEK_SIO_ZERO_TIME_EXPIRES] = "expires",
	[FINTEK_SIO_ZERO_TIME_STOPS] = "stops",
	[FINTEK_SIO_ZERO_TIME_WRAPS] = "wraps",
};

static int fsm_switch(const char *param, const char * const *names,
		      size_t nr_names, const char *val, unsigned int *setting)
{
	int i = __sysfs_match_string(names, nr_names, val);

	if (i < 0) {
		pr_err("%s=%s: not a setting of the switch\n", param, val);
		return -EINVAL;
	}
	*setting = i;
	return 0;
}

/* The switches' settings from the module parameters, which may change. */
static int fsm_parse_settings(struct fintek_sio_model_settings *set)
{
	unsigned int v[4];
	int ret;

	kernel_param_lock(THIS_MODULE);
	ret = fsm_switch("tick", fsm_tick_names, ARRAY_SIZE(fsm_tick_names),
			 tick, &v[0]) ?:
	      fsm_switch("readback", fsm_readback_names,
			 ARRAY_SIZE(fsm_readback_names), readback, &v[1]) ?:
	      fsm_switch("polarity", fsm_polarity_names,
			 ARRAY_SIZE(fsm_polarity_names), polarity, &v[2]) ?:
	      fsm_switch("zero_time", fsm_zero_time_names,
			 ARRAY_SIZE(fsm_zero_time_names), zero_time, &v[3]);
	if (ret)
		goto out;
	set->tick = v[0];
	set->tick_phase_ms = tick_phase_ms;
	set->readback = v[1];
	set->polarity = v[2];
	set->zero_time = v[3];
	set->platform_reset = platform_reset;
out:
	kernel_param_unlock(THIS_MODULE);
	return ret;
}

/*
 * Power-on values, also what a platform reset leaves: the ID registers are
 * the silicon's, and the timeout status bit survives but for a power loss.
 */
void fsm_power_on(struct fintek_sio_model *model)
{
	u8 ids[FSM_REG_VENDOR + 2 - FSM_REG_DEVID];
	bool status = model->ldn[FSM_WDT_LDN][FSM_REG_WDT_CONF] & FSM_WDT_TMOUT_STS;
	unsigned int i;

	memcpy(ids, &model->global[FSM_REG_DEVID], sizeof(ids));
	memset(model->global, 0, sizeof(model->global));
	memset(model->global_bank2, 0, sizeof(model->global_bank2));
	memset(model->ldn, 0, sizeof(model->ldn));
	memcpy(&model->global[FSM_REG_DEVID], ids, sizeof(ids));
	for (i = 0; model->part && i < model->part->nr_power_on; i++)
		model->global[model->part->power_on[i][0]] =
			model->part->power_on[i][1];
	model->config_mode = false;
	model->keys_seen = 0;
	model->index = 0;
	fsm_wdt_power_on(model, status);
}

/**
 * fintek_sio_model_configure() - set the switches of one chip
 * @model: the chip, before anything used it
 * @settings: the switches
 *
 * Sets WDT_CONF bit 2 as firmware would for the board's reset polarity.
 */
void fintek_sio_model_configure(struct fintek_sio_model *model,
				const struct fintek_sio_model_settings *settings)
{
	unsigned long flags;

	spin_lock_irqsave(&fsm_lock, flags);
	model->settings = *settings;
	fsm_wdt_power_on(model, false);
	spin_unlock_irqrestore(&fsm_lock, flags);
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_configure, "SUPERIO_MODEL");

/**
 * fintek_sio_model_default_settings() - the switches new chips get
 *
 * Return: the settings the module parameters choose now, so that a test
 * can change one switch and keep the others; all defaults where one of
 * them is not a setting of its switch.
 */
struct fintek_sio_model_settings fintek_sio_model_default_settings(void)
{
	struct fintek_sio_model_settings settings = {};

	fsm_parse_settings(&settings);
	return settings;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_default_settings, "SUPERIO_MODEL");

static struct fintek_sio_model *fsm_find(u16 port)
{
	struct fintek_sio_model *model;

	list_for_each_entry(model, &fsm_models, node)
		if (port == model->base || port == model->base + 1)
			return model;
	return NULL;
}

static bool fsm_reg_is_read_only(u8 reg)
{
	return reg >= FSM_REG_DEVID && reg <= FSM_REG_VENDOR + 1;
}

static u8 *fsm_reg(struct fintek_sio_model *model, u8 ldn, u8 reg)
{
	const struct fsm_part *part = model->part;

	if (reg < FSM_NR_GLOBAL_REGS) {
		if (part && part->other_bank && part->other_bank(model, reg))
			return &model->global_bank2[reg];
		return &model->global[reg];
	}
	if (ldn < FSM_NR_LDNS)
		return &model->ldn[ldn][reg];
	return NULL;
}

static void fsm_write_index(struct fintek_sio_model *model, u8 val)
{
	if (model->config_mode) {
		if (val == FSM_EXIT_KEY) {
			model->config_mode = false;
			model->counts.exits++;
		} else {
			model->index = val;
		}
		return;
	}

	model->keys_seen = val == FSM_ENTER_KEY ? model->keys_seen + 1 : 0;
	if (model->keys_seen == FSM_ENTER_KEY_COUNT) {
		model->keys_seen = 0;
		model->config_mode = true;
		model->counts.enters++;
	}
}

static u8 fsm_read_data(struct fintek_sio_model *model)
{
	u8 *reg;

	if (!model->config_mode) {
		model->counts.outside_config++;
		return FSM_FLOATING_BUS;
	}
	reg = fsm_reg(model, model->global[FSM_REG_LDN], model->index);
	if (!reg)
		return FSM_FLOATING_BUS;
	if (model->global[FSM_REG_LDN] == FSM_WDT_LDN &&
	    model->index >= FSM_NR_GLOBAL_REGS)
		return fsm_wdt_read_value(model, model->index, *reg);
	return *reg;
}

static void fsm_write_data(struct fintek_sio_model *model, u8 val)
{
	u8 ldn = model->global[FSM_REG_LDN];
	u8 *reg, old;

	if (!model->config_mode) {
		model->counts.outside_config++;
		return;
	}
	if (fsm_reg_is_read_only(model->index))
		return;
	reg = fsm_reg(model, ldn, model->index);
	if (!reg)
		return;

	old = *reg;
	if (ldn == FSM_WDT_LDN && model->index >= FSM_NR_GLOBAL_REGS) {
		*reg = fsm_wdt_written_value(model, model->index, old, val);
		fsm_wdt_written(model, model->index, old);
	} else {
		*reg = val;
	}
	fsm_wdt_pin_check(model);
}

/* With fsm_lock held: the chip that answers at @port, up to model time. */
static struct fintek_sio_model *fsm_chip_at(u16 port)
{
	struct fintek_sio_model *model = fsm_find(port);

	if (model)
		fsm_wdt_update(model);
	else
		fsm_stray_accesses++;
	return model;
}

static u8 fsm_inb(void *ctx, u16 port)
{
	struct fintek_sio_model *model;
	u8 val = FSM_FLOATING_BUS;
	unsigned long flags;

	spin_lock_irqsave(&fsm_lock, flags);
	model = fsm_chip_at(port);
	if (model) {
		/* Nothing makes a port access fail: that is what ports do. */
		hw_model_bus_access(&model->bus, false);
		val = port == model->base ? model->index : fsm_read_data(model);
	}
	spin_unlock_irqrestore(&fsm_lock, flags);
	return val;
}

static void fsm_outb(void *ctx, u8 val, u16 port)
{
	struct fintek_sio_model *model;
	unsigned long flags;

	spin_lock_irqsave(&fsm_lock, flags);
	model = fsm_chip_at(port);
	if (model) {
		hw_model_bus_access(&model->bus, true);
		if (port == model->base)
			fsm_write_index(model, val);
		else
			fsm_write_data(model, val);
	}
	spin_unlock_irqrestore(&fsm_lock, flags);
}

static const struct superio_port_backend fsm_backend = {
	.inb = fsm_inb,
	.outb = fsm_outb,
};

static int fsm_watchdog_show(struct seq_file *s, void *unused)
{
	struct fintek_sio_model *model = s->private;
	struct fintek_sio_model_reset resets[FSM_MAX_RESETS];
	struct fintek_sio_model_wdt wdt = fintek_sio_model_wdt(model);
	static const u8 regs[] = { 0x30, 0xf0, 0xf5, 0xf6, 0xfa };
	unsigned int i, n;

	n = fintek_sio_model_resets(model, resets, ARRAY_SIZE(resets));
	seq_printf(s, "now_ms: %llu\ncounting: %d\nms_left: %llu\n"
		   "timeout_status: %d\noutput_enabled: %d\nrouted: %d\n"
		   "level_asserted: %d\nresets: %u\nactive_high: %d\n"
		   "pin_high: %d\nplatform_resets: %u\n",
		   wdt.now_ms, wdt.counting, wdt.ms_left, wdt.timeout_status,
		   wdt.output_enabled, wdt.routed, wdt.level_asserted,
		   wdt.nr_resets, wdt.active_high, wdt.pin_high,
		   wdt.nr_platform_resets);
	/* What a test compares to show that a refused request wrote nothing. */
	seq_puts(s, "registers:");
	for (i = 0; i < ARRAY_SIZE(regs); i++)
		seq_printf(s, " %02x=%02x", regs[i],
			   fintek_sio_model_peek(model, FSM_WDT_LDN, regs[i]));
	seq_puts(s, "\n");
	for (i = 0; i < n; i++)
		seq_printf(s, "reset: at_ms=%llu width_ms=%u\n",
			   resets[i].at_ms, resets[i].width_ms);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(fsm_watchdog);

/* WDTRST#'s record, as the TPM model prints its channels' (hw_model.h). */
static int fsm_pins_show(struct seq_file *s, void *unused)
{
	struct fintek_sio_model *model = s->private;
	unsigned long flags;

	spin_lock_irqsave(&fsm_lock, flags);
	fsm_wdt_update(model);
	hw_model_pins_show_clock(s, &model->clock);
	hw_model_pin_show(s, "WDTRST#", &model->wdtrst);
	spin_unlock_irqrestore(&fsm_lock, flags);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(fsm_pins);

static void fsm_release_ports(struct fintek_sio_model *model)
{
	if (model->claim)
		release_region(model->base, 2);
	model->claim = NULL;
}

static ssize_t fsm_busy_write(struct file *file, const char __user *buf,
			      size_t count, loff_t *ppos)
{
	struct fintek_sio_model *model = file->private_data;
	bool busy;
	int ret;

	ret = kstrtobool_from_user(buf, count, &busy);
	if (ret)
		return ret;
	if (!busy) {
		fsm_release_ports(model);
		return count;
	}
	/* Fails while a driver is in a session: the writer tries again. */
	if (!model->claim)
		model->claim = request_region(model->base, 2, "fintek_sio_model busy");
	return model->claim ? count : -EBUSY;
}

static const struct file_operations fsm_busy_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.write = fsm_busy_write,
};

/**
 * fintek_sio_model_add() - put a modelled chip at a port
 * @base: index port, usually 0x2e or 0x4e
 * @devid: device ID the chip reports
 *
 * The chip starts as after power-on: out of configuration mode, registers
 * at their power-on values, model time 0 and running with the kernel's
 * clock, with the switches the module parameters set. Its watchdog state
 * shows in debugfs, fintek_sio_model/<base>/watchdog, and what its WDTRST#
 * pin did in fintek_sio_model/<base>/pins.
 *
 * Context: Process context.
 * Return: the model, or ERR_PTR(-ENOMEM), ERR_PTR(-EINVAL) for a module
 * parameter that is not a setting of its switch, or ERR_PTR(-EBUSY) if a model
 * already sits at @base.
 */
struct fintek_sio_model *fintek_sio_model_add(u16 base, u16 devid)
{
	struct fintek_sio_model_settings settings;
	struct fintek_sio_model *model;
	struct dentry *dir;
	unsigned long flags;
	char name[8];
	bool taken;
	int ret;

	ret = fsm_parse_settings(&settings);
	if (ret)
		return ERR_PTR(ret);
	model = kzalloc_obj(*model, GFP_KERNEL);
	if (!model)
		return ERR_PTR(-ENOMEM);

	model->base = base;
	model->part = fsm_part_of(devid);
	model->settings = settings;
	hw_model_clock_init(&model->clock, false);
	model->global[FSM_REG_DEVID] = devid >> 8;
	model->global[FSM_REG_DEVID + 1] = devid & 0xff;
	model->global[FSM_REG_VENDOR] = FSM_VENDOR_ID >> 8;
	model->global[FSM_REG_VENDOR + 1] = FSM_VENDOR_ID & 0xff;
	fsm_power_on(model);
	fsm_wdt_init(model);

	spin_lock_irqsave(&fsm_lock, flags);
	taken = fsm_find(base) || fsm_find(base + 1);
	if (!taken)
		list_add(&model->node, &fsm_models);
	spin_unlock_irqrestore(&fsm_lock, flags);

	if (taken) {
		kfree(model);
		return ERR_PTR(-EBUSY);
	}

	snprintf(name, sizeof(name), "0x%x", base);
	dir = debugfs_create_dir(name, fsm_debugfs);
	debugfs_create_file("watchdog", 0444, dir, model, &fsm_watchdog_fops);
	debugfs_create_file("pins", 0444, dir, model, &fsm_pins_fops);
	debugfs_create_file("busy", 0200, dir, model, &fsm_busy_fops);
	return model;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_add, "SUPERIO_MODEL");

/**
 * fintek_sio_model_remove() - take a modelled chip away
 * @model: the model; freed
 *
 * Context: Process context.
 */
void fintek_sio_model_remove(struct fintek_sio_model *model)
{
	unsigned long flags;
	char name[8];

	snprintf(name, sizeof(name), "0x%x", model->base);
	debugfs_lookup_and_remove(name, fsm_debugfs);

	spin_lock_irqsave(&fsm_lock, flags);
	list_del(&model->node);
	spin_unlock_irqrestore(&fsm_lock, flags);
	fsm_release_ports(model);
	fsm_wdt_exit(model);
	kfree(model);
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_remove, "SUPERIO_MODEL");

#if IS_ENABLED(CONFIG_KUNIT)
KUNIT_DEFINE_ACTION_WRAPPER(fsm_remove_action, fintek_sio_model_remove,
			    struct fintek_sio_model *);

/**
 * fintek_sio_model_add_kunit() - fintek_sio_model_add() for one test
 * @test: the test; fails if the model cannot be added
 * @base: index port
 * @devid: device ID the chip reports
 *
 * Model time stands still but for fintek_sio_model_advance().
 *
 * Return: the model, removed when @test ends.
 */
struct fintek_sio_model *fintek_sio_model_add_kunit(struct kunit *test,
						    u16 base, u16 devid)
{
	struct fintek_sio_model *model = fintek_sio_model_add(base, devid);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, model);
	KUNIT_ASSERT_EQ(test, 0, kunit_add_action_or_reset(test,
							   fsm_remove_action,
							   model));
	hw_model_clock_init(&model->clock, true);
	return model;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_add_kunit, "SUPERIO_MODEL");
#endif

/**
 * fintek_sio_model_peek() - what a register holds, without a port access
 * @model: the chip
 * @ldn: logical device, ignored for global registers
 * @reg: register; a banked one in the bank selected now
 *
 * Return: the register's value, 0xff for a logical device the chip lacks.
 */
u8 fintek_sio_model_peek(struct fintek_sio_model *model, u8 ldn, u8 reg)
{
	unsigned long flags;
	u8 *p, val;

	spin_lock_irqsave(&fsm_lock, flags);
	fsm_wdt_update(model);
	p = fsm_reg(model, ldn, reg);
	val = p ? *p : FSM_FLOATING_BUS;
	spin_unlock_irqrestore(&fsm_lock, flags);
	return val;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_peek, "SUPERIO_MODEL");

/**
 * fintek_sio_model_poke() - set a register, as firmware or another driver would
 * @model: the chip
 * @ldn: logical device, ignored for global registers
 * @reg: register, read-only ones too; a banked one in the bank selected now
 * @val: value; stored as is, with no side effect
 */
void fintek_sio_model_poke(struct fintek_sio_model *model, u8 ldn, u8 reg,
			   u8 val)
{
	unsigned long flags;
	u8 *p;

	spin_lock_irqsave(&fsm_lock, flags);
	p = fsm_reg(model, ldn, reg);
	if (p)
		*p = val;
	spin_unlock_irqrestore(&fsm_lock, flags);
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_poke, "SUPERIO_MODEL");

/**
 * fintek_sio_model_counts() - port accesses the chip has seen
 * @model: the chip
 *
 * Return: the counts since the model was added.
 */
struct fintek_sio_model_counts
fintek_sio_model_counts(struct fintek_sio_model *model)
{
	struct fintek_sio_model_counts counts;
	unsigned long flags;

	spin_lock_irqsave(&fsm_lock, flags);
	counts = model->counts;
	counts.reads = model->bus.reads;
	counts.writes = model->bus.writes;
	spin_unlock_irqrestore(&fsm_lock, flags);
	return counts;
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_counts, "SUPERIO_MODEL");

/**
 * fintek_sio_model_in_config_mode() - whether the chip is in configuration mode
 * @model: the chip
 *
 * Return: true between an accepted enter key sequence and the exit key.
 */
bool fintek_sio_model_in_config_mode(struct fintek_sio_model *model)
{
	return READ_ONCE(model->config_mode);
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_in_config_mode, "SUPERIO_MODEL");

/**
 * fintek_sio_model_stray_accesses() - port accesses where no chip sits
 *
 * Return: the count since the module was loaded.
 */
unsigned int fintek_sio_model_stray_accesses(void)
{
	return READ_ONCE(fsm_stray_accesses);
}
EXPORT_SYMBOL_NS_GPL(fintek_sio_model_stray_accesses, "SUPERIO_MODEL");

static char *chip;
module_param(chip, charp, 0444);
MODULE_PARM_DESC(chip, "Part to put on the bus at load, e.g. F71882 (default: none)");

static ushort port = 0x2e;
module_param(port, ushort, 0444);
MODULE_PARM_DESC(port, "Index port of the part named by chip= (default: 0x2e)");

static ushort devid;
module_param(devid, ushort, 0444);
MODULE_PARM_DESC(devid, "Device ID of the part at port=, instead of chip= (default: none)");

static ushort vendor;
module_param(vendor, ushort, 0444);
MODULE_PARM_DESC(vendor, "Vendor ID the part reports (default: Fintek's, 0x1934)");

static bool timeout_status;
module_param(timeout_status, bool, 0444);
MODULE_PARM_DESC(timeout_status, "The part comes up with the watchdog timeout status bit set, as after a watchdog reset (default: N)");

static struct fintek_sio_model *fsm_board_chip;

static int __init fintek_sio_model_init(void)
{
	struct fintek_sio_model_settings settings;
	const struct fintek_sio_chip *part;
	int ret;

	ret = fsm_parse_settings(&settings);
	if (ret)
		return ret;
	pr_info("switches: tick=%s tick_phase_ms=%u readback=%s polarity=%s zero_time=%s platform_reset=%d\n",
		fsm_tick_names[settings.tick], settings.tick_phase_ms,
		fsm_readback_names[settings.readback],
		fsm_polarity_names[settings.polarity],
		fsm_zero_time_names[settings.zero_time], settings.platform_reset);
	if (chip) {
		part = fintek_sio_model_chip(chip);
		if (!part) {
			pr_err("chip=%s: not a part the model knows\n", chip);
			return -EINVAL;
		}
		devid = part->devid;
	}

	fsm_debugfs = debugfs_create_dir(KBUILD_MODNAME, NULL);
	ret = superio_port_backend_register(&fsm_backend);
	if (ret)
		goto err_remove_debugfs;

	if (devid) {
		fsm_board_chip = fintek_sio_model_add(port, devid);
		if (IS_ERR(fsm_board_chip)) {
			ret = PTR_ERR(fsm_board_chip);
			goto err_unregister;
		}
		if (vendor) {
			fintek_sio_model_poke(fsm_board_chip, 0, FSM_REG_VENDOR,
					      vendor >> 8);
			fintek_sio_model_poke(fsm_board_chip, 0,
					      FSM_REG_VENDOR + 1, vendor & 0xff);
		}
		if (timeout_status)
			fintek_sio_model_poke(fsm_board_chip, FSM_WDT_LDN,
					      FSM_REG_WDT_CONF,
					      fintek_sio_model_peek(fsm_board_chip,
								    FSM_WDT_LDN,
								    FSM_REG_WDT_CONF) |
					      FSM_WDT_TMOUT_STS);
		pr_info("chip with ID 0x%04x at port 0x%x\n", devid, port);
	}
	return 0;

err_unregister:
	superio_port_backend_unregister(&fsm_backend);
err_remove_debugfs:
	debugfs_remove(fsm_debugfs);
	return ret;
}
module_init(fintek_sio_model_init);

static void __exit fintek_sio_model_exit(void)
{
	superio_port_backend_unregister(&fsm_backend);
	if (!IS_ERR_OR_NULL(fsm_board_chip))
		fintek_sio_model_remove(fsm_board_chip);
	debugfs_remove(fsm_debugfs);
}
module_exit(fintek_sio_model_exit);

MODULE_DESCRIPTION("Fintek Super I/O chip model for tests");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("HW_MODEL");
MODULE_IMPORT_NS("SUPERIO");
