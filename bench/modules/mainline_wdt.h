/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Forced include (-include) for mainline's drivers/watchdog/f71808e_wdt.c,
 * built unmodified as mainline_f71808e_wdt.ko: its port I/O goes through
 * the Super I/O library's test seam to the Fintek model, as ours does.
 * request_muxed_region() stays the real one, for both drivers.
 */
#ifndef _BENCH_MAINLINE_WDT_H
#define _BENCH_MAINLINE_WDT_H

/* As the driver defines it, before printk.h would define its default. */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/io.h>
#include <linux/module.h>

#include "superio-internal.h"

#undef inb
#define inb(port)		superio_port_inb(port)
#undef outb
#define outb(val, port)		superio_port_outb(val, port)

MODULE_IMPORT_NS("SUPERIO");

#endif /* _BENCH_MAINLINE_WDT_H */
