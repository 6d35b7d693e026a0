/* SPDX-License-Identifier: GPL-2.0-only */
/* Out-of-tree build only: see compat/README. */
#ifndef _SIO_COMPAT_LINUX_MODULE_H
#define _SIO_COMPAT_LINUX_MODULE_H

#include_next <linux/module.h>
#include <linux/version.h>

/* 6.13: symbol namespaces are string literals, not stringified names. */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 13, 0)
#undef MODULE_IMPORT_NS
#define MODULE_IMPORT_NS(ns)	MODULE_INFO(import_ns, ns)
#endif

#endif
