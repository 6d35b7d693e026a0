/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Super I/O configuration space, shared by the drivers of one chip's
 * functions (watchdog, hardware monitor, GPIO, UART).
 *
 * The index/data port pair and the logical device select register are shared
 * by all of those drivers, so every sequence of accesses runs between
 * superio_lock() and superio_unlock(): they claim the ports with
 * request_muxed_region() and move the chip in and out of configuration mode.
 */
#ifndef _LINUX_SUPERIO_H
#define _LINUX_SUPERIO_H

#include <linux/regmap.h>
#include <linux/types.h>

struct device;

#define SUPERIO_MAX_ENTER_KEYS	4
#define SUPERIO_MAX_PORTS	2

/**
 * struct superio_vendor - how one vendor's configuration space is reached
 * @name: vendor name, for messages
 * @enter_keys: bytes written to the index port to enter configuration mode
 * @nr_enter_keys: number of bytes in @enter_keys
 * @exit_key: byte written to the index port to leave configuration mode
 * @ldn_reg: logical device select register
 * @devid_reg: first of the two device ID registers, high byte first
 * @vendor_reg: first of the two vendor ID registers, high byte first
 * @vendor_id: what the vendor ID registers hold on this vendor's chips
 * @ports: index ports where a chip may sit, in the order to probe them
 * @nr_ports: number of entries in @ports
 */
struct superio_vendor {
	const char *name;
	u8 enter_keys[SUPERIO_MAX_ENTER_KEYS];
	u8 nr_enter_keys;
	u8 exit_key;
	u8 ldn_reg;
	u8 devid_reg;
	u8 vendor_reg;
	u16 vendor_id;
	u16 ports[SUPERIO_MAX_PORTS];
	u8 nr_ports;
};

extern const struct superio_vendor superio_fintek;

/**
 * struct superio - the configuration port of one chip
 * @vendor: how the chip is reached
 * @base: index port; the data port is the next one
 * @name: owner of the ports while they are held, as /proc/ioports shows it
 */
struct superio {
	const struct superio_vendor *vendor;
	u16 base;
	const char *name;
};

int superio_detect(const struct superio *sio, u16 *devid);
int superio_lock(const struct superio *sio);
void superio_unlock(const struct superio *sio);
u8 superio_read8(const struct superio *sio, u8 reg);
u16 superio_read16(const struct superio *sio, u8 reg);
void superio_write8(const struct superio *sio, u8 reg, u8 val);
void superio_update_bits(const struct superio *sio, u8 reg, u8 mask, u8 val);
void superio_select(const struct superio *sio, u8 ldn);

/**
 * superio_set_bits() - set bits in a configuration register
 * @sio: the chip
 * @reg: register in the selected logical device, or a global register
 * @bits: bits to set
 *
 * Context: Process context, between superio_lock() and superio_unlock().
 */
static inline void superio_set_bits(const struct superio *sio, u8 reg, u8 bits)
{
	superio_update_bits(sio, reg, bits, bits);
}

/**
 * superio_clear_bits() - clear bits in a configuration register
 * @sio: the chip
 * @reg: register in the selected logical device, or a global register
 * @bits: bits to clear
 *
 * Context: Process context, between superio_lock() and superio_unlock().
 */
static inline void superio_clear_bits(const struct superio *sio, u8 reg, u8 bits)
{
	superio_update_bits(sio, reg, bits, 0);
}

struct regmap *devm_regmap_init_superio(struct device *dev,
					const struct superio *sio, u8 ldn,
					const struct regmap_config *config);

/**
 * struct superio_port_backend - stands in for the Super I/O ports in tests
 * @inb: read a byte from @port
 * @outb: write @val to @port
 * @ctx: passed back to @inb and @outb
 *
 * Both callbacks run under rcu_read_lock() and must not sleep.
 */
struct superio_port_backend {
	u8 (*inb)(void *ctx, u16 port);
	void (*outb)(void *ctx, u8 val, u16 port);
	void *ctx;
};

#if IS_ENABLED(CONFIG_SUPERIO_TEST_HOOKS)
int superio_port_backend_register(const struct superio_port_backend *backend);
void superio_port_backend_unregister(const struct superio_port_backend *backend);
#endif

#endif /* _LINUX_SUPERIO_H */
