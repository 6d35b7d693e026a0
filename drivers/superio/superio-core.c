// SPDX-License-Identifier: GPL-2.0-only
/*
 * Super I/O configuration space access: claiming the shared index/data
 * ports, entering and leaving configuration mode, and register access.
 */

#include <linux/export.h>
#include <linux/ioport.h>
#include <linux/module.h>
#include <linux/superio.h>

#include "superio-internal.h"

/*
 * Fintek F718xx/F818xx: enter with 0x87 twice, leave with 0xaa; vendor ID
 * 0x1934 at 0x23/0x24, device ID at 0x20/0x21, logical device at 0x07.
 */
const struct superio_vendor superio_fintek = {
	.name = "Fintek",
	.enter_keys = { 0x87, 0x87 },
	.nr_enter_keys = 2,
	.exit_key = 0xaa,
	.ldn_reg = 0x07,
	.devid_reg = 0x20,
	.vendor_reg = 0x23,
	.vendor_id = 0x1934,
	.ports = { 0x2e, 0x4e },
	.nr_ports = 2,
};
EXPORT_SYMBOL_NS_GPL(superio_fintek, "SUPERIO");

/**
 * superio_lock() - claim a chip's configuration port and enter configuration mode
 * @sio: the chip
 *
 * Waits while another driver holds the port through request_muxed_region().
 *
 * Context: Process context; may sleep.
 * Return: 0 on success, -EBUSY if the port belongs to a driver that does not
 * share it.
 */
int superio_lock(const struct superio *sio)
{
	const struct superio_vendor *vendor = sio->vendor;
	unsigned int i;

	if (!request_muxed_region(sio->base, 2, sio->name))
		return -EBUSY;

	for (i = 0; i < vendor->nr_enter_keys; i++)
		superio_port_outb(vendor->enter_keys[i], sio->base);

	return 0;
}
EXPORT_SYMBOL_NS_GPL(superio_lock, "SUPERIO");

/**
 * superio_unlock() - leave configuration mode and release the port
 * @sio: the chip
 *
 * Context: Process context, after a successful superio_lock().
 */
void superio_unlock(const struct superio *sio)
{
	superio_port_outb(sio->vendor->exit_key, sio->base);
	release_region(sio->base, 2);
}
EXPORT_SYMBOL_NS_GPL(superio_unlock, "SUPERIO");

/**
 * superio_read8() - read a configuration register
 * @sio: the chip
 * @reg: register in the selected logical device, or a global register
 *
 * Context: Process context, between superio_lock() and superio_unlock().
 * Return: the register's value.
 */
u8 superio_read8(const struct superio *sio, u8 reg)
{
	superio_port_outb(reg, sio->base);
	return superio_port_inb(sio->base + 1);
}
EXPORT_SYMBOL_NS_GPL(superio_read8, "SUPERIO");

/**
 * superio_read16() - read a register pair holding a big-endian word
 * @sio: the chip
 * @reg: the register holding the high byte; @reg + 1 holds the low byte
 *
 * Context: Process context, between superio_lock() and superio_unlock().
 * Return: the word.
 */
u16 superio_read16(const struct superio *sio, u8 reg)
{
	return superio_read8(sio, reg) << 8 | superio_read8(sio, reg + 1);
}
EXPORT_SYMBOL_NS_GPL(superio_read16, "SUPERIO");

/**
 * superio_write8() - write a configuration register
 * @sio: the chip
 * @reg: register in the selected logical device, or a global register
 * @val: value to write
 *
 * Context: Process context, between superio_lock() and superio_unlock().
 */
void superio_write8(const struct superio *sio, u8 reg, u8 val)
{
	superio_port_outb(reg, sio->base);
	superio_port_outb(val, sio->base + 1);
}
EXPORT_SYMBOL_NS_GPL(superio_write8, "SUPERIO");

/**
 * superio_update_bits() - read-modify-write a configuration register
 * @sio: the chip
 * @reg: register in the selected logical device, or a global register
 * @mask: bits to change
 * @val: new value of the bits in @mask
 *
 * The register is written only when its value changes. A register with
 * write-one-to-clear bits needs superio_read8() and superio_write8()
 * instead, or a set bit would be cleared by writing it back.
 *
 * Context: Process context, between superio_lock() and superio_unlock().
 */
void superio_update_bits(const struct superio *sio, u8 reg, u8 mask, u8 val)
{
	u8 old = superio_read8(sio, reg);
	u8 new = (old & ~mask) | (val & mask);

	if (new != old)
		superio_write8(sio, reg, new);
}
EXPORT_SYMBOL_NS_GPL(superio_update_bits, "SUPERIO");

/**
 * superio_select() - select the logical device later accesses go to
 * @sio: the chip
 * @ldn: logical device number
 *
 * Context: Process context, between superio_lock() and superio_unlock().
 */
void superio_select(const struct superio *sio, u8 ldn)
{
	superio_write8(sio, sio->vendor->ldn_reg, ldn);
}
EXPORT_SYMBOL_NS_GPL(superio_select, "SUPERIO");

/**
 * superio_detect() - check for a chip of the vendor at a port
 * @sio: the port to probe and the vendor to look for
 * @devid: set to the chip's device ID when one is found
 *
 * Context: Process context; may sleep.
 * Return: 0 if a chip of the vendor answers, -ENODEV if none does, -EBUSY if
 * the port belongs to a driver that does not share it.
 */
int superio_detect(const struct superio *sio, u16 *devid)
{
	const struct superio_vendor *vendor = sio->vendor;
	int ret;

	ret = superio_lock(sio);
	if (ret)
		return ret;

	if (superio_read16(sio, vendor->vendor_reg) == vendor->vendor_id)
		*devid = superio_read16(sio, vendor->devid_reg);
	else
		ret = -ENODEV;

	superio_unlock(sio);
	return ret;
}
EXPORT_SYMBOL_NS_GPL(superio_detect, "SUPERIO");

MODULE_DESCRIPTION("Super I/O configuration space access");
MODULE_AUTHOR("Seed 78ab7773 maintainers <maintainers@users.noreply.r-seed-78ab7773.example>");
MODULE_LICENSE("GPL");
