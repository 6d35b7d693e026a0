/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * driver_bench: what its files share. Tests only.
 */
#ifndef _DRIVER_BENCH_H
#define _DRIVER_BENCH_H

#include <linux/types.h>

/* driver_bench_board.dtso, built into the module */
extern u8 __dtbo_driver_bench_board_begin[];
extern u8 __dtbo_driver_bench_board_end[];

#endif /* _DRIVER_BENCH_H */
