// SPDX-License-Identifier: GPL-2.0-only
/*
 * Copyright (C) 2006 by Hans Edgington <hans@edgington.nl>
 * Copyright (C) 2007-2009 Hans de Goede <hdegoede@redhat.com>
 * Copyright (C) 2010 Giel van Schijndel <me@mortis.eu>
 *
 * Watchdog driver for the Fintek F718xx/F818xx Super I/O chips.
 *
 * Module init looks for a chip on the Super I/O ports. Only if one with the
 * watchdog is there does it register the platform driver, and one platform
 * device whose platform data names the chip. The driver reaches the chip
 * through the Super I/O library: a regmap over the watchdog logical device,
 * and one configuration-mode session for the pin multiplexing.
 *
 * The timer counts 1 to 255 seconds or minutes, and may fire up to one unit
 * early (FINTEK_WDT_MAX_UNITS), so the driver loads one unit more than the
 * timeout. Timeouts up to 254 s are exact; longer ones are rounded up to
 * whole minutes, and those past 254 minutes are kept by the watchdog core
 * pinging the hardware.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/bitfield.h>
#include <linux/device/driver.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/platform_device.h>
#include <linux/regmap.h>
#include <linux/superio.h>
#include <linux/watchdog.h>
#include <kunit/visibility.h>

#include "fintek_wdt.h"

#define SIO_F71808_ID		0x0901
#define SIO_F71858_ID		0x0507
#define SIO_F71862_ID		0x0601
#define SIO_F71868_ID		0x1106
#define SIO_F71869_ID		0x0814
#define SIO_F71869A_ID		0x1007
#define SIO_F71882_ID		0x0541
#define SIO_F71889_ID		0x0723
#define SIO_F81803_ID		0x1210
#define SIO_F81865_ID		0x0704
#define SIO_F81866_ID		0x1010
#define SIO_F81966_ID		0x1502	/* also the F81804 */

#define FINTEK_WDT_DEFAULT_TIMEOUT	60
/* The watchdog core keeps timeouts in seconds but works in milliseconds. */
#define FINTEK_WDT_MAX_TIMEOUT		(UINT_MAX / MSEC_PER_SEC)
#define FINTEK_WDT_DEFAULT_PULSE_WIDTH	125
#define FINTEK_WDT_MAX_PULSE_WIDTH	6000

/**
 * struct fintek_wdt_param - a number parameter and its valid values
 * @value: where the value goes
 * @max: largest valid value; the smallest is 0
 * @valid: the valid values, for the message when a value is not
 * @set: the user gave a value
 */
struct fintek_wdt_param {
	unsigned int *value;
	unsigned int max;
	const char *valid;
	bool set;
};

static int fintek_wdt_param_set(const char *val, const struct kernel_param *kp)
{
	struct fintek_wdt_param *param = kp->arg;
	unsigned int n;

	if (kstrtouint(val, 0, &n) || n > param->max) {
		pr_err("%s=%s is invalid: valid values are %s\n",
		       kp->name, val, param->valid);
		return -EINVAL;
	}
	*param->value = n;
	param->set = true;
	return 0;
}

static const struct kernel_param_ops fintek_wdt_param_ops = {
	.set = fintek_wdt_param_set,
};

static unsigned int force_id;
static struct fintek_wdt_param force_id_param = {
	&force_id, U16_MAX, "0 to 0xffff",
};
module_param_cb(force_id, &fintek_wdt_param_ops, &force_id_param, 0);
__MODULE_PARM_TYPE(force_id, "uint");
MODULE_PARM_DESC(force_id, "Device ID to use instead of the one the chip reports (default: 0, none)");

static unsigned int timeout;
static struct fintek_wdt_param timeout_param = {
	&timeout, FINTEK_WDT_MAX_TIMEOUT, "0 (default) to 4294967",
};
module_param_cb(timeout, &fintek_wdt_param_ops, &timeout_param, 0);
__MODULE_PARM_TYPE(timeout, "uint");
MODULE_PARM_DESC(timeout, "Watchdog timeout in seconds, 1 to 4294967 (default: 0, meaning "
		 __MODULE_STRING(FINTEK_WDT_DEFAULT_TIMEOUT) ")");

static unsigned int pulse_width = FINTEK_WDT_DEFAULT_PULSE_WIDTH;
static struct fintek_wdt_param pulse_width_param = {
	&pulse_width, FINTEK_WDT_MAX_PULSE_WIDTH,
	"0 (level) to 5000 ms, or 6000 ms on the F71868",
};
module_param_cb(pulse_width, &fintek_wdt_param_ops, &pulse_width_param, 0);
__MODULE_PARM_TYPE(pulse_width, "uint");
MODULE_PARM_DESC(pulse_width, "Reset output pulse width in ms, rounded up to 1, 25, 125 or 5000 (F71868: 1, 30, 150 or 6000); 0 for a level output (default: "
		 __MODULE_STRING(FINTEK_WDT_DEFAULT_PULSE_WIDTH)
		 ", or the firmware's if it left the watchdog running)");

static unsigned int f71862fg_pin = 63;
static struct fintek_wdt_param f71862fg_pin_param = {
	&f71862fg_pin, UINT_MAX, "56 and 63",
};
module_param_cb(f71862fg_pin, &fintek_wdt_param_ops, &f71862fg_pin_param, 0);
__MODULE_PARM_TYPE(f71862fg_pin, "uint");
MODULE_PARM_DESC(f71862fg_pin, "F71862 only: pin for the reset output, 56 or 63 (default: 63, or the firmware's routing if it left the watchdog running)");

static unsigned int start_withtimeout;
static struct fintek_wdt_param start_withtimeout_param = {
	&start_withtimeout, FINTEK_WDT_MAX_TIMEOUT, "0 (off) to 4294967",
};
module_param_cb(start_withtimeout, &fintek_wdt_param_ops, &start_withtimeout_param, 0);
__MODULE_PARM_TYPE(start_withtimeout, "uint");
MODULE_PARM_DESC(start_withtimeout, "Start the watchdog at load with this timeout in seconds, in place of timeout (default: 0, off)");

static bool nowayout = WATCHDOG_NOWAYOUT;
module_param(nowayout, bool, 0444);
MODULE_PARM_DESC(nowayout, "Watchdog cannot be stopped once started (default: "
		 __MODULE_STRING(WATCHDOG_NOWAYOUT) ")");

/* The timeout status bit clears when written with 1: never write it back. */
static int fintek_wdt_update_conf(struct fintek_wdt *wd, u8 mask, u8 val)
{
	return regmap_update_bits(wd->map, FINTEK_REG_WDT_CONF,
				  mask | FINTEK_WDT_TMOUT_STS,
				  val & ~FINTEK_WDT_TMOUT_STS);
}

/*
 * Unit and count in one configuration session, so that no failure can leave
 * the one changed without the other. The unit goes first: the WD_TIME write
 * reloads the count in that unit.
 */
static int fintek_wdt_write_count(struct fintek_wdt *wd, u8 count, bool minutes)
{
	u8 conf, unit = minutes ? FINTEK_WDT_UNIT_MINUTES : 0;
	int ret;

	ret = superio_lock(&wd->sio);
	if (ret)
		return ret;
	superio_select(&wd->sio, FINTEK_WDT_LDN);
	conf = superio_read8(&wd->sio, FINTEK_REG_WDT_CONF) & ~FINTEK_WDT_TMOUT_STS;
	if ((conf & FINTEK_WDT_UNIT_MINUTES) != unit)
		superio_write8(&wd->sio, FINTEK_REG_WDT_CONF,
			       (conf & ~FINTEK_WDT_UNIT_MINUTES) | unit);
	superio_write8(&wd->sio, FINTEK_REG_WD_TIME, count);
	superio_unlock(&wd->sio);
	return 0;
}

static int fintek_wdt_set_timeout(struct watchdog_device *wdd,
				  unsigned int timeout)
{
	struct fintek_wdt *wd = watchdog_get_drvdata(wdd);
	unsigned int hw_timeout = min(timeout, FINTEK_WDT_MAX_HW_TIMEOUT);
	bool minutes = hw_timeout > FINTEK_WDT_MAX_UNITS;
	unsigned int units = minutes ? DIV_ROUND_UP(hw_timeout, 60) : hw_timeout;
	int ret;

	ret = fintek_wdt_write_count(wd, units + 1, minutes);
	if (ret)
		return ret;

	wd->count = units + 1;
	wd->minutes = minutes;
	/*
	 * Past the hardware's reach the core pings; else report the shortest
	 * time the chip counts before it fires.
	 */
	wdd->timeout = timeout > FINTEK_WDT_MAX_HW_TIMEOUT ?
		       timeout : units * (minutes ? 60 : 1);
	return 0;
}

static int fintek_wdt_ping(struct watchdog_device *wdd)
{
	struct fintek_wdt *wd = watchdog_get_drvdata(wdd);

	return regmap_write(wd->map, FINTEK_REG_WD_TIME, wd->count);
}

/* Routing and output enable are the firmware's to keep where it chose them. */
static int fintek_wdt_route_output(struct fintek_wdt *wd)
{
	int ret;

	if (wd->route) {
		ret = superio_lock(&wd->sio);
		if (ret)
			return ret;
		wd->chip->pinconf(wd);
		superio_unlock(&wd->sio);
	}

	ret = regmap_set_bits(wd->map, FINTEK_REG_LD_ENABLE, FINTEK_LD_ENABLE);
	if (ret)
		return ret;
	if (wd->route) {
		ret = regmap_set_bits(wd->map, wd->chip->wdout_reg,
				      wd->chip->wdout_en);
		if (ret)
			return ret;
	}
	return fintek_wdt_update_conf(wd, FINTEK_WDT_PULSE | FINTEK_WDT_PSWIDTH,
				      wd->output);
}

static int fintek_wdt_start(struct watchdog_device *wdd)
{
	struct fintek_wdt *wd = watchdog_get_drvdata(wdd);
	int ret;

	/* Reload first, or a stale count could fire as soon as it runs. */
	ret = fintek_wdt_write_count(wd, wd->count, wd->minutes);
	if (ret)
		return ret;
	ret = fintek_wdt_route_output(wd);
	if (ret)
		return ret;
	return fintek_wdt_update_conf(wd, FINTEK_WDT_EN, FINTEK_WDT_EN);
}

static int fintek_wdt_stop(struct watchdog_device *wdd)
{
	struct fintek_wdt *wd = watchdog_get_drvdata(wdd);

	return fintek_wdt_update_conf(wd, FINTEK_WDT_EN, 0);
}

VISIBLE_IF_KUNIT const struct watchdog_ops fintek_wdt_ops = {
	.owner = THIS_MODULE,
	.start = fintek_wdt_start,
	.stop = fintek_wdt_stop,
	.ping = fintek_wdt_ping,
	.set_timeout = fintek_wdt_set_timeout,
};
EXPORT_SYMBOL_IF_KUNIT(fintek_wdt_ops);

static const struct regmap_config fintek_wdt_regmap_config = {
	.reg_bits = 8,
	.val_bits = 8,
	.max_register = 0xff,
};

/**
 * fintek_wdt_check_wiring() - check platform data against the chip
 * @pdata: the chip and how the board wires it
 *
 * Return: 0, or -EINVAL, with a message naming the module parameter the
 * value came from.
 */
VISIBLE_IF_KUNIT int fintek_wdt_check_wiring(const struct fintek_wdt_pdata *pdata)
{
	const struct fintek_wdt_chip *chip;

	if (pdata->type >= FINTEK_NR_TYPES)
		return -EINVAL;
	chip = &fintek_wdt_chips[pdata->type];

	if (pdata->pulse_width_ms &&
	    fintek_wdt_pulse_code(chip, pdata->pulse_width_ms) < 0) {
		pr_err("pulse_width=%u is invalid for the %s: valid values are 0 (level) to %u ms\n",
		       pdata->pulse_width_ms, chip->name,
		       chip->pulse_widths_ms[FINTEK_WDT_NR_PULSE_WIDTHS - 1]);
		return -EINVAL;
	}
	if (pdata->type == FINTEK_F71862 &&
	    pdata->f71862fg_pin != 56 && pdata->f71862fg_pin != 63) {
		pr_err("f71862fg_pin=%u is invalid: valid values are 56 and 63\n",
		       pdata->f71862fg_pin);
		return -EINVAL;
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(fintek_wdt_check_wiring);

/*
 * What the firmware left: the timer if it runs, and then how it drives the
 * reset output, which is the firmware's to keep unless the user said
 * otherwise. Not its timeout: WD_TIME may read back the count left rather
 * than the value loaded (no source says which), so a timeout taken from it
 * could be anything from one unit to the firmware's. The timeout parameter,
 * or the default, is one the user can know.
 */
static int fintek_wdt_read_state(struct fintek_wdt *wd,
				 const struct fintek_wdt_pdata *pdata,
				 bool *running)
{
	unsigned int conf, ld;
	int ret;

	ret = regmap_read(wd->map, FINTEK_REG_WDT_CONF, &conf);
	if (ret)
		return ret;
	ret = regmap_read(wd->map, FINTEK_REG_LD_ENABLE, &ld);
	if (ret)
		return ret;

	*running = (ld & FINTEK_LD_ENABLE) && (conf & FINTEK_WDT_EN);
	if (!*running)
		return 0;

	if (!pdata->pulse_width_set)
		wd->output = conf & (FINTEK_WDT_PULSE | FINTEK_WDT_PSWIDTH);
	wd->route = pdata->type == FINTEK_F71862 && pdata->f71862fg_pin_set;
	return 0;
}

/*
 * Mainline's f71808e_wdt registers its driver only once it has found a chip.
 * Two drivers on one timer would each stop it under the other's feet.
 */
static bool fintek_wdt_mainline_drives_it(void)
{
	return driver_find("f71808e_wdt", &platform_bus_type);
}

#define FINTEK_WDT_MAINLINE_HINT \
	"f71808e_wdt drives this watchdog: unload it (rmmod f71808e_wdt) and keep it from loading (blacklist it, as the modprobe.d file installed with fintek_wdt does)\n"

/* The timeout status bit clears when written with 1. */
static int fintek_wdt_clear_bootstatus(const struct superio *sio)
{
	u8 conf;
	int ret;

	ret = superio_lock(sio);
	if (ret)
		return ret;
	superio_select(sio, FINTEK_WDT_LDN);
	conf = superio_read8(sio, FINTEK_REG_WDT_CONF);
	if (conf & FINTEK_WDT_TMOUT_STS)
		superio_write8(sio, FINTEK_REG_WDT_CONF, conf);
	superio_unlock(sio);
	return 0;
}

/**
 * fintek_wdt_probe() - bind to the chip the platform data names
 * @pdev: the platform device module init registered
 *
 * Return: 0, or a negative error number.
 */
VISIBLE_IF_KUNIT int fintek_wdt_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	const struct fintek_wdt_pdata *pdata = dev_get_platdata(dev);
	struct watchdog_device *wdd;
	unsigned int revision;
	struct fintek_wdt *wd;
	struct resource *res;
	bool running;
	int ret;

	if (!pdata || fintek_wdt_check_wiring(pdata))
		return dev_err_probe(dev, -EINVAL, "no valid chip in the platform data\n");
	if (fintek_wdt_mainline_drives_it())
		return dev_err_probe(dev, -EBUSY, FINTEK_WDT_MAINLINE_HINT);

	res = platform_get_resource(pdev, IORESOURCE_IO, 0);
	if (!res)
		return dev_err_probe(dev, -ENXIO, "no Super I/O port\n");

	wd = devm_kzalloc(dev, sizeof(*wd), GFP_KERNEL);
	if (!wd)
		return -ENOMEM;

	platform_set_drvdata(pdev, wd);
	wd->chip = &fintek_wdt_chips[pdata->type];
	wd->f71862fg_pin = pdata->f71862fg_pin;
	wd->sio.vendor = &superio_fintek;
	wd->sio.base = res->start;
	wd->sio.name = FINTEK_WDT_DRVNAME;
	wd->route = true;
	if (pdata->pulse_width_ms)
		wd->output = FINTEK_WDT_PULSE |
			     FIELD_PREP(FINTEK_WDT_PSWIDTH,
					fintek_wdt_pulse_code(wd->chip,
							      pdata->pulse_width_ms));

	wd->map = devm_regmap_init_superio(dev, &wd->sio, FINTEK_WDT_LDN,
					   &fintek_wdt_regmap_config);
	if (IS_ERR(wd->map))
		return dev_err_probe(dev, PTR_ERR(wd->map), "cannot map the registers\n");

	wdd = &wd->wdd;
	wdd->info = &wd->ident;
	wdd->ops = &fintek_wdt_ops;
	wdd->parent = dev;
	wdd->bootstatus = pdata->bootstatus;
	wdd->min_timeout = 1;
	wdd->max_hw_heartbeat_ms = FINTEK_WDT_MAX_HW_TIMEOUT * MSEC_PER_SEC;
	wdd->timeout = FINTEK_WDT_DEFAULT_TIMEOUT;
	wd->ident.options = WDIOF_SETTIMEOUT | WDIOF_MAGICCLOSE |
			    WDIOF_KEEPALIVEPING | WDIOF_CARDRESET;
	snprintf(wd->ident.identity, sizeof(wd->ident.identity), "%s watchdog",
		 wd->chip->name);
	watchdog_set_drvdata(wdd, wd);

	ret = regmap_read(wd->map, FINTEK_REG_REVISION, &revision);
	if (!ret)
		ret = fintek_wdt_read_state(wd, pdata, &running);
	if (ret)
		return dev_err_probe(dev, ret, "cannot read the watchdog state\n");

	ret = watchdog_init_timeout(wdd, pdata->start_withtimeout ?: pdata->timeout,
				    dev);
	if (ret)
		return dev_err_probe(dev, ret, "invalid timeout\n");
	ret = fintek_wdt_set_timeout(wdd, wdd->timeout);
	if (ret)
		return dev_err_probe(dev, ret, "cannot set the timeout\n");

	watchdog_set_nowayout(wdd, nowayout);
	watchdog_stop_on_reboot(wdd);
	watchdog_stop_on_unregister(wdd);

	/*
	 * Starting a running watchdog reloads it and routes its output, which
	 * the firmware may not have done.
	 */
	if (running || pdata->start_withtimeout) {
		ret = fintek_wdt_start(wdd);
		if (ret)
			return dev_err_probe(dev, ret, "cannot start the watchdog\n");
		set_bit(WDOG_HW_RUNNING, &wdd->status);
	}

	ret = devm_watchdog_register_device(dev, wdd);
	if (ret) {
		/* Nothing would ping it; one the firmware started runs on. */
		if (!running && pdata->start_withtimeout)
			fintek_wdt_stop(wdd);
		return ret;
	}

	/* Only now, or a failed load would lose it for the next one. */
	if (pdata->bootstatus && fintek_wdt_clear_bootstatus(&wd->sio))
		dev_warn(dev, "cannot clear the timeout status\n");

	dev_info(dev, "%s, revision %u, port 0x%x, timeout %u s%s\n",
		 wd->ident.identity, revision, wd->sio.base, wdd->timeout,
		 running ? ", left running by the firmware" :
		 pdata->start_withtimeout ? ", started" : "");
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(fintek_wdt_probe);

static struct platform_driver fintek_wdt_driver = {
	.probe = fintek_wdt_probe,
	.driver = {
		.name = FINTEK_WDT_DRVNAME,
	},
};

static int fintek_wdt_type(u16 devid)
{
	switch (devid) {
	case SIO_F71808_ID:
		return FINTEK_F71808;
	case SIO_F71862_ID:
		return FINTEK_F71862;
	case SIO_F71868_ID:
		return FINTEK_F71868;
	case SIO_F71869_ID:
	case SIO_F71869A_ID:
		return FINTEK_F71869;
	case SIO_F71882_ID:
		return FINTEK_F71882;
	case SIO_F71889_ID:
		return FINTEK_F71889;
	case SIO_F81803_ID:
		return FINTEK_F81803;
	case SIO_F81865_ID:
		return FINTEK_F81865;
	case SIO_F81866_ID:
		return FINTEK_F81866;
	case SIO_F81966_ID:
		return FINTEK_F81966;
	default:
		return -ENODEV;
	}
}

static int fintek_wdt_read_bootstatus(const struct superio *sio,
				      unsigned int *bootstatus)
{
	u8 conf;
	int ret;

	ret = superio_lock(sio);
	if (ret)
		return ret;
	superio_select(sio, FINTEK_WDT_LDN);
	conf = superio_read8(sio, FINTEK_REG_WDT_CONF);
	superio_unlock(sio);

	*bootstatus = conf & FINTEK_WDT_TMOUT_STS ? WDIOF_CARDRESET : 0;
	return 0;
}

/**
 * fintek_wdt_find() - look for a chip with the watchdog at a port
 * @port: index port of the chip
 * @force_id: device ID to use instead of the chip's, or 0
 * @pdata: its @type and @bootstatus are set when a chip is found
 *
 * Return: 0 if found; -ENODEV if no Fintek chip with the watchdog is there;
 * -EBUSY if the port is held by a driver that does not share it; -EINVAL if
 * @force_id names no chip with the watchdog.
 */
VISIBLE_IF_KUNIT int fintek_wdt_find(u16 port, unsigned int force_id,
				     struct fintek_wdt_pdata *pdata)
{
	const struct superio sio = {
		.vendor = &superio_fintek,
		.base = port,
		.name = FINTEK_WDT_DRVNAME,
	};
	u16 devid;
	int ret;

	ret = superio_detect(&sio, &devid);
	if (ret)
		return ret;

	ret = fintek_wdt_type(force_id ?: devid);
	if (ret < 0) {
		if (force_id) {
			pr_err("force_id=0x%04x is invalid: not a chip with this watchdog\n",
			       force_id);
			return -EINVAL;
		}
		/* The F71858 is known, and known to have no watchdog. */
		if (devid != SIO_F71858_ID)
			pr_info("Unrecognized Fintek device: %04x\n", devid);
		return -ENODEV;
	}
	pdata->type = ret;

	return fintek_wdt_read_bootstatus(&sio, &pdata->bootstatus);
}
EXPORT_SYMBOL_IF_KUNIT(fintek_wdt_find);

static struct platform_device *fintek_wdt_pdev;

static int __init fintek_wdt_init(void)
{
	const u16 *ports = superio_fintek.ports;
	struct fintek_wdt_pdata pdata = {
		.pulse_width_ms = pulse_width,
		.f71862fg_pin = f71862fg_pin,
		.pulse_width_set = pulse_width_param.set,
		.f71862fg_pin_set = f71862fg_pin_param.set,
		.timeout = timeout,
		.start_withtimeout = start_withtimeout,
	};
	struct resource res;
	unsigned int i;
	int ret;

	if (fintek_wdt_mainline_drives_it()) {
		pr_err(FINTEK_WDT_MAINLINE_HINT);
		return -EBUSY;
	}

	for (i = 0; i < superio_fintek.nr_ports; i++) {
		ret = fintek_wdt_find(ports[i], force_id, &pdata);
		if (ret != -ENODEV && ret != -EBUSY)
			break;
	}
	if (ret)
		return ret;

	ret = fintek_wdt_check_wiring(&pdata);
	if (ret)
		return ret;

	ret = platform_driver_register(&fintek_wdt_driver);
	if (ret)
		return ret;

	res = DEFINE_RES_IO_NAMED(ports[i], 2, "superio port");
	fintek_wdt_pdev = platform_device_register_resndata(NULL, FINTEK_WDT_DRVNAME,
							    PLATFORM_DEVID_NONE,
							    &res, 1, &pdata,
							    sizeof(pdata));
	if (IS_ERR(fintek_wdt_pdev)) {
		platform_driver_unregister(&fintek_wdt_driver);
		return PTR_ERR(fintek_wdt_pdev);
	}
	return 0;
}
module_init(fintek_wdt_init);

static void __exit fintek_wdt_exit(void)
{
	platform_device_unregister(fintek_wdt_pdev);
	platform_driver_unregister(&fintek_wdt_driver);
}
module_exit(fintek_wdt_exit);

MODULE_DESCRIPTION("Fintek F718xx/F818xx Super I/O watchdog driver");
MODULE_AUTHOR("Seed 78ab7773 maintainers <maintainers@users.noreply.r-seed-78ab7773.example>");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("SUPERIO");
/* It replaces f71808e_wdt: "modprobe f71808e_wdt" loads it. */
MODULE_ALIAS("f71808e_wdt");
