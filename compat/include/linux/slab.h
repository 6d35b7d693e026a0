/* SPDX-License-Identifier: GPL-2.0-only */
/* Out-of-tree build only: see compat/README. */
#ifndef _SIO_COMPAT_LINUX_SLAB_H
#define _SIO_COMPAT_LINUX_SLAB_H

#include_next <linux/slab.h>

/*
 * kzalloc_obj() came after 6.12 (7.2 has it, checkpatch asks for it): the
 * form with flags.
 */
#ifndef kzalloc_obj
#define kzalloc_obj(P, GFP)	kzalloc(sizeof(P), GFP)
#endif

#endif
