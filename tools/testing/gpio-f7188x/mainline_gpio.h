/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Forced include (-include) for Linux 7.2's drivers/gpio/gpio-f7188x.c,
 * built unmodified as mainline_gpio_f7188x.ko: its port I/O goes through
 * the Super I/O library's test seam to the Fintek model, as the converted
 * driver's does. request_muxed_region() stays the real one.
 */
#ifndef _TESTING_MAINLINE_GPIO_H
#define _TESTING_MAINLINE_GPIO_H

/* As the driver defines them, before printk.h would define its default. */
#define DRVNAME "gpio-f7188x"
#define pr_fmt(fmt) DRVNAME ": " fmt

#include <linux/io.h>
#include <linux/module.h>

#include "superio-internal.h"

#undef inb
#define inb(port)		superio_port_inb(port)
#undef outb
#define outb(val, port)		superio_port_outb(val, port)

MODULE_IMPORT_NS("SUPERIO");

#endif /* _TESTING_MAINLINE_GPIO_H */
