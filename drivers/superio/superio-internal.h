/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _SUPERIO_INTERNAL_H
#define _SUPERIO_INTERNAL_H

#include <linux/io.h>
#include <linux/types.h>

/*
 * Every port access of the library goes through these two, so that a test
 * build can put a model behind them; a build without the test hooks keeps
 * plain port I/O with no indirection.
 */
#if IS_ENABLED(CONFIG_SUPERIO_TEST_HOOKS)
u8 superio_port_inb(u16 port);
void superio_port_outb(u8 val, u16 port);
#else
static inline u8 superio_port_inb(u16 port)
{
	return inb(port);
}

static inline void superio_port_outb(u8 val, u16 port)
{
	outb(val, port);
}
#endif

#endif /* _SUPERIO_INTERNAL_H */
