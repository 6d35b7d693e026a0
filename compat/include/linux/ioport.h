/* SPDX-License-Identifier: GPL-2.0-only */
/* Out-of-tree build only: see compat/README. */
#ifndef _SIO_COMPAT_LINUX_IOPORT_H
#define _SIO_COMPAT_LINUX_IOPORT_H

#include_next <linux/ioport.h>
#include <linux/version.h>

/* 6.2: DEFINE_RES_*() are compound literals, usable as expressions. */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 2, 0)
#undef DEFINE_RES_IO_NAMED
#define DEFINE_RES_IO_NAMED(_start, _size, _name)			\
	((struct resource)DEFINE_RES_NAMED((_start), (_size), (_name),	\
					   IORESOURCE_IO))
#endif

#endif
