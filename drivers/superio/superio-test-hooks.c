// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test hooks: let a model stand in for the Super I/O ports, so that drivers
 * built on this library run in a kernel without the chip. Only built with
 * CONFIG_SUPERIO_TEST_HOOKS.
 */

#include <linux/export.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/superio.h>

#include "superio-internal.h"

static const struct superio_port_backend __rcu *superio_backend;
static DEFINE_MUTEX(superio_backend_lock);

/**
 * superio_port_inb() - read a Super I/O port, or the model standing in for it
 * @port: the port
 *
 * Exported so that a test build of another Super I/O driver (the benchmark's
 * build of mainline's f71808e_wdt) reaches the same model as this library.
 *
 * Return: the value read.
 */
u8 superio_port_inb(u16 port)
{
	const struct superio_port_backend *backend;
	u8 val;

	rcu_read_lock();
	backend = rcu_dereference(superio_backend);
	val = backend ? backend->inb(backend->ctx, port) : inb(port);
	rcu_read_unlock();
	return val;
}
EXPORT_SYMBOL_NS_GPL(superio_port_inb, "SUPERIO");

/**
 * superio_port_outb() - write a Super I/O port, or the model standing in for it
 * @val: the value
 * @port: the port
 */
void superio_port_outb(u8 val, u16 port)
{
	const struct superio_port_backend *backend;

	rcu_read_lock();
	backend = rcu_dereference(superio_backend);
	if (backend)
		backend->outb(backend->ctx, val, port);
	else
		outb(val, port);
	rcu_read_unlock();
}
EXPORT_SYMBOL_NS_GPL(superio_port_outb, "SUPERIO");

/**
 * superio_port_backend_register() - route all Super I/O port access to a model
 * @backend: the model's port callbacks
 *
 * Context: Process context.
 * Return: 0, or -EBUSY if another backend is registered.
 */
int superio_port_backend_register(const struct superio_port_backend *backend)
{
	guard(mutex)(&superio_backend_lock);

	if (rcu_access_pointer(superio_backend))
		return -EBUSY;

	rcu_assign_pointer(superio_backend, backend);
	return 0;
}
EXPORT_SYMBOL_NS_GPL(superio_port_backend_register, "SUPERIO");

/**
 * superio_port_backend_unregister() - give the ports back to the hardware
 * @backend: the backend passed to superio_port_backend_register()
 *
 * Returns once no access is using @backend any more.
 *
 * Context: Process context; sleeps.
 */
void superio_port_backend_unregister(const struct superio_port_backend *backend)
{
	scoped_guard(mutex, &superio_backend_lock) {
		if (rcu_access_pointer(superio_backend) == backend)
			RCU_INIT_POINTER(superio_backend, NULL);
	}
	synchronize_rcu();
}
EXPORT_SYMBOL_NS_GPL(superio_port_backend_unregister, "SUPERIO");
