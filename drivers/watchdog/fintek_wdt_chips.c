// SPDX-License-Identifier: GPL-2.0-only
/*
 * Copyright (C) 2006 by Hans Edgington <hans@edgington.nl>
 * Copyright (C) 2007-2009 Hans de Goede <hdegoede@redhat.com>
 * Copyright (C) 2010 Giel van Schijndel <me@mortis.eu>
 *
 * What differs between the Fintek chips with the watchdog: the pulse widths,
 * where WDOUT_EN lives, and the pin multiplexing that puts WDTRST# on a pin.
 *
 * The multiplexing registers are global and shared with the chip's other
 * drivers (hwmon, GPIO), and some sit behind a bank select, so each pinconf
 * callback runs inside one configuration-mode session held by its caller.
 */

#include <linux/bits.h>
#include <linux/errno.h>
#include <linux/superio.h>
#include <kunit/visibility.h>

#include "fintek_wdt.h"

static const unsigned int fintek_pulse_widths_ms[FINTEK_WDT_NR_PULSE_WIDTHS] = {
	1, 25, 125, 5000
};

static const unsigned int f71868_pulse_widths_ms[FINTEK_WDT_NR_PULSE_WIDTHS] = {
	1, 30, 150, 6000
};

/* Pin 21: GPIO23/WDTRST# to WDTRST#. */
static void f71808fg_pinconf(struct fintek_wdt *wd)
{
	superio_clear_bits(&wd->sio, FINTEK_REG_MFUNCT2, BIT(3));
	superio_clear_bits(&wd->sio, FINTEK_REG_MFUNCT3, BIT(3));
}

static void f71862fg_pinconf(struct fintek_wdt *wd)
{
	if (wd->f71862fg_pin == 63) {
		/* Pin 63 is shared with SPI, which must be off first. */
		superio_clear_bits(&wd->sio, FINTEK_REG_ROM_ADDR_SEL, BIT(6));
		superio_set_bits(&wd->sio, FINTEK_REG_MFUNCT3, BIT(4));
	} else {
		superio_set_bits(&wd->sio, FINTEK_REG_MFUNCT1, BIT(1));
	}
}

/* GPIO14 to WDTRST#; the F71869 and F71869A are wired alike. */
static void f71868_pinconf(struct fintek_wdt *wd)
{
	superio_clear_bits(&wd->sio, FINTEK_REG_MFUNCT1, BIT(4));
}

/* Pin 56 to WDTRST#. */
static void f71882fg_pinconf(struct fintek_wdt *wd)
{
	superio_set_bits(&wd->sio, FINTEK_REG_MFUNCT1, BIT(1));
}

/* Pin 40 to WDTRST#. */
static void f71889fg_pinconf(struct fintek_wdt *wd)
{
	superio_clear_bits(&wd->sio, FINTEK_REG_MFUNCT3, GENMASK(5, 4));
}

/* Pin 27 to WDTRST#, in the TSI level register bank. */
static void f81803_pinconf(struct fintek_wdt *wd)
{
	superio_clear_bits(&wd->sio, FINTEK_REG_CLOCK_SEL, BIT(3));
	superio_clear_bits(&wd->sio, FINTEK_REG_TSI_LEVEL_SEL, BIT(7) | BIT(5));
}

/* Pin 70 to WDTRST#. */
static void f81865_pinconf(struct fintek_wdt *wd)
{
	superio_clear_bits(&wd->sio, FINTEK_REG_MFUNCT3, BIT(5));
}

/*
 * Pin 70 (GPIO15) to WDTRST#: 0x2c is the GPIO1 control register while
 * 0x27 bits 3:2 are 01 and bit 0 is clear, and its bit 5 clear selects
 * WDTRST#.
 */
static void f81866_pinconf(struct fintek_wdt *wd)
{
	superio_update_bits(&wd->sio, FINTEK_REG_F81866_PORT_SEL,
			    GENMASK(3, 2) | BIT(0), BIT(2));
	superio_clear_bits(&wd->sio, FINTEK_REG_F81866_GPIO1, BIT(5));
}

const struct fintek_wdt_chip fintek_wdt_chips[FINTEK_NR_TYPES] = {
	[FINTEK_F71808] = {
		.name = "f71808fg",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_WDO_CONF,
		.wdout_en = FINTEK_WDO_WDOUT_EN,
		.pinconf = f71808fg_pinconf,
	},
	[FINTEK_F71862] = {
		.name = "f71862fg",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_WDO_CONF,
		.wdout_en = FINTEK_WDO_WDOUT_EN,
		.pinconf = f71862fg_pinconf,
	},
	[FINTEK_F71868] = {
		.name = "f71868",
		.pulse_widths_ms = f71868_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_WDO_CONF,
		.wdout_en = FINTEK_WDO_WDOUT_EN,
		.pinconf = f71868_pinconf,
	},
	[FINTEK_F71869] = {
		.name = "f71869",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_WDO_CONF,
		.wdout_en = FINTEK_WDO_WDOUT_EN,
		.pinconf = f71868_pinconf,
	},
	[FINTEK_F71882] = {
		.name = "f71882fg",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_WDO_CONF,
		.wdout_en = FINTEK_WDO_WDOUT_EN,
		.pinconf = f71882fg_pinconf,
	},
	[FINTEK_F71889] = {
		.name = "f71889fg",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_WDO_CONF,
		.wdout_en = FINTEK_WDO_WDOUT_EN,
		.pinconf = f71889fg_pinconf,
	},
	[FINTEK_F81803] = {
		.name = "f81803",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_WDO_CONF,
		.wdout_en = FINTEK_WDO_WDOUT_EN,
		.pinconf = f81803_pinconf,
	},
	[FINTEK_F81865] = {
		.name = "f81865",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_F81865_WDO_CONF,
		.wdout_en = FINTEK_F81865_WDOUT_EN,
		.pinconf = f81865_pinconf,
	},
	[FINTEK_F81866] = {
		.name = "f81866",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_F81865_WDO_CONF,
		.wdout_en = FINTEK_F81865_WDOUT_EN,
		.pinconf = f81866_pinconf,
	},
	[FINTEK_F81966] = {
		.name = "f81966",
		.pulse_widths_ms = fintek_pulse_widths_ms,
		.wdout_reg = FINTEK_REG_F81865_WDO_CONF,
		.wdout_en = FINTEK_F81865_WDOUT_EN,
		.pinconf = f81866_pinconf,
	},
};
EXPORT_SYMBOL_IF_KUNIT(fintek_wdt_chips);

/**
 * fintek_wdt_pulse_code() - the PSWIDTH code for a reset pulse width
 * @chip: the chip
 * @width_ms: the width asked for, from 1 ms
 *
 * Picks the shortest pulse the chip has that is at least @width_ms long.
 *
 * Return: the code, 0 to 3, or -EINVAL if @width_ms is longer than any.
 */
int fintek_wdt_pulse_code(const struct fintek_wdt_chip *chip,
			  unsigned int width_ms)
{
	int code;

	for (code = 0; code < FINTEK_WDT_NR_PULSE_WIDTHS; code++)
		if (width_ms <= chip->pulse_widths_ms[code])
			return code;
	return -EINVAL;
}
EXPORT_SYMBOL_IF_KUNIT(fintek_wdt_pulse_code);
