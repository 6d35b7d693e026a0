/* SPDX-License-Identifier: GPL-2.0-only */
/* Out-of-tree build only: see compat/README. */
#ifndef _SIO_COMPAT_LINUX_PWM_H
#define _SIO_COMPAT_LINUX_PWM_H

#include <linux/module.h>

/*
 * Before 6.13 the kernel's own pwm.h imports its namespace by name, with
 * the MODULE_IMPORT_NS() the compat module.h has replaced.
 */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 13, 0)
#undef MODULE_IMPORT_NS
#define MODULE_IMPORT_NS(ns)	MODULE_INFO(import_ns, __stringify(ns))
#include_next <linux/pwm.h>
#undef MODULE_IMPORT_NS
#define MODULE_IMPORT_NS(ns)	MODULE_INFO(import_ns, ns)
#else
#include_next <linux/pwm.h>
#endif

#endif
