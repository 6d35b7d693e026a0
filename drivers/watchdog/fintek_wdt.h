/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Fintek F718xx/F818xx Super I/O watchdog: what the driver's files and its
 * KUnit suite share.
 */
#ifndef _FINTEK_WDT_H
#define _FINTEK_WDT_H

#include <linux/bits.h>
#include <linux/superio.h>
#include <linux/types.h>
#include <linux/watchdog.h>

#define FINTEK_WDT_DRVNAME		"fintek_wdt"

/* Global registers */
#define FINTEK_REG_REVISION		0x22
#define FINTEK_REG_CLOCK_SEL		0x26
#define FINTEK_REG_ROM_ADDR_SEL		0x27
#define FINTEK_REG_F81866_PORT_SEL	0x27
#define FINTEK_REG_TSI_LEVEL_SEL	0x28
#define FINTEK_REG_MFUNCT1		0x29
#define FINTEK_REG_MFUNCT2		0x2a
#define FINTEK_REG_MFUNCT3		0x2b
#define FINTEK_REG_F81866_GPIO1		0x2c

/* The watchdog logical device */
#define FINTEK_WDT_LDN			0x07
#define FINTEK_REG_LD_ENABLE		0x30
#define   FINTEK_LD_ENABLE		BIT(0)
#define FINTEK_REG_WDO_CONF		0xf0
#define   FINTEK_WDO_WDOUT_EN		BIT(7)
#define FINTEK_REG_WDT_CONF		0xf5
#define   FINTEK_WDT_TMOUT_STS		BIT(6)
#define   FINTEK_WDT_EN			BIT(5)
#define   FINTEK_WDT_PULSE		BIT(4)
#define   FINTEK_WDT_UNIT_MINUTES	BIT(3)
#define   FINTEK_WDT_PSWIDTH		GENMASK(1, 0)
#define FINTEK_REG_WD_TIME		0xf6
#define FINTEK_REG_F81865_WDO_CONF	0xfa
#define   FINTEK_F81865_WDOUT_EN	BIT(0)

#define FINTEK_WDT_MAX_COUNT		255
/*
 * No source says whether the count goes down on a tick of its own, free of
 * the loads: then a load of N expires anywhere in (N - 1, N] units later.
 * The driver loads one unit more than the timeout, so that expiry never
 * comes before it and at most one unit after, whichever the chip does.
 */
#define FINTEK_WDT_MAX_UNITS		(FINTEK_WDT_MAX_COUNT - 1)
#define FINTEK_WDT_MAX_HW_TIMEOUT	(FINTEK_WDT_MAX_UNITS * 60)
#define FINTEK_WDT_NR_PULSE_WIDTHS	4

enum fintek_wdt_type {
	FINTEK_F71808,
	FINTEK_F71862,
	FINTEK_F71868,
	FINTEK_F71869,
	FINTEK_F71882,
	FINTEK_F71889,
	FINTEK_F81803,
	FINTEK_F81865,
	FINTEK_F81866,
	FINTEK_F81966,
	FINTEK_NR_TYPES
};

/**
 * struct fintek_wdt_pdata - the chip module init found, and its wiring
 * @type: the chip
 * @bootstatus: WDIOF_CARDRESET if the last reset came from the watchdog
 * @pulse_width_ms: width of the reset pulse; 0 for a level output
 * @f71862fg_pin: on an F71862, the pin WDTRST# goes to: 56 or 63
 * @pulse_width_set: the user chose @pulse_width_ms
 * @f71862fg_pin_set: the user chose @f71862fg_pin
 * @timeout: the timeout in seconds; 0 for the firmware's or the default
 * @start_withtimeout: start the watchdog at probe with this timeout in
 *	seconds, in place of @timeout; 0 to leave it as it is
 *
 * The timeout status bit that tells a watchdog reset is read when the chip
 * is found, and cleared once the watchdog is registered: a load that fails
 * leaves it for the next, and binding the driver again reports it again.
 */
struct fintek_wdt_pdata {
	enum fintek_wdt_type type;
	unsigned int bootstatus;
	unsigned int pulse_width_ms;
	unsigned int f71862fg_pin;
	bool pulse_width_set;
	bool f71862fg_pin_set;
	unsigned int timeout;
	unsigned int start_withtimeout;
};

/**
 * struct fintek_wdt - one watchdog
 * @wdd: the watchdog core's device
 * @ident: what WDIOC_GETSUPPORT reports
 * @sio: the chip's configuration port
 * @map: the watchdog logical device; global registers through it too
 * @chip: what differs between the chips
 * @f71862fg_pin: from the platform data
 * @output: the WDT_CONF output bits: pulse mode and width, or level
 * @route: put WDTRST# on its pin and enable it; not for a watchdog the
 *	firmware left running, unless the user chose the F71862's pin
 * @count: WD_TIME for the timeout, in @minutes or seconds: one unit more
 *	than the timeout
 * @minutes: whether @count is in minutes
 */
struct fintek_wdt {
	struct watchdog_device wdd;
	struct watchdog_info ident;
	struct superio sio;
	struct regmap *map;
	const struct fintek_wdt_chip *chip;
	unsigned int f71862fg_pin;
	u8 output;
	bool route;
	u8 count;
	bool minutes;
};

/**
 * struct fintek_wdt_chip - what differs between the chips
 * @name: the name in the watchdog's identity, "<name> watchdog"
 * @pulse_widths_ms: reset pulse width for each PSWIDTH code, shortest first
 * @wdout_reg: the register holding WDOUT_EN
 * @wdout_en: WDOUT_EN in @wdout_reg
 * @pinconf: route WDTRST# to its pin; called between superio_lock() and
 *	superio_unlock()
 */
struct fintek_wdt_chip {
	const char *name;
	const unsigned int *pulse_widths_ms;
	u8 wdout_reg;
	u8 wdout_en;
	void (*pinconf)(struct fintek_wdt *wd);
};

extern const struct fintek_wdt_chip fintek_wdt_chips[FINTEK_NR_TYPES];

int fintek_wdt_pulse_code(const struct fintek_wdt_chip *chip,
			  unsigned int width_ms);

#if IS_ENABLED(CONFIG_KUNIT)
struct platform_device;

extern const struct watchdog_ops fintek_wdt_ops;
int fintek_wdt_probe(struct platform_device *pdev);
int fintek_wdt_find(u16 port, unsigned int force_id,
		    struct fintek_wdt_pdata *pdata);
int fintek_wdt_check_wiring(const struct fintek_wdt_pdata *pdata);
#endif

#endif /* _FINTEK_WDT_H */
