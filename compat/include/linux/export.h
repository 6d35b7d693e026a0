/* SPDX-License-Identifier: GPL-2.0-only */
/* Out-of-tree build only: see compat/README. */
#ifndef _SIO_COMPAT_LINUX_EXPORT_H
#define _SIO_COMPAT_LINUX_EXPORT_H

#include_next <linux/export.h>
#include <linux/version.h>

/* 6.13: symbol namespaces are string literals, not stringified names. */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 13, 0)
#undef EXPORT_SYMBOL_NS_GPL
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 5, 0)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__EXPORT_SYMBOL(sym, "_gpl", ns)
#else
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__EXPORT_SYMBOL(sym, "GPL", ns)
#endif
#endif

#endif
