/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Register-level model of a Fintek F718xx/F818xx Super I/O chip, for tests
 * only: its configuration space behind the Super I/O test hooks, and its
 * watchdog in model time with the reset output a scope would see. See
 * fintek_sio_model_core.c and fintek_sio_model_wdt.c for the behaviour
 * modelled and where each fact comes from.
 */
#ifndef _FINTEK_SIO_MODEL_H
#define _FINTEK_SIO_MODEL_H

#include <linux/types.h>

struct kunit;
struct fintek_sio_model;

/**
 * struct fintek_sio_chip - a Fintek part as the model knows it
 * @name: part name, as in the datasheet
 * @devid: value of the device ID registers 0x20/0x21
 */
struct fintek_sio_chip {
	const char *name;
	u16 devid;
};

/**
 * struct fintek_sio_model_counts - what a logic analyser on the ports saw
 * @reads: reads of the index or data port
 * @writes: writes to the index or data port
 * @enters: times configuration mode was entered
 * @exits: times configuration mode was left
 * @outside_config: data port accesses while not in configuration mode
 */
struct fintek_sio_model_counts {
	unsigned int reads;
	unsigned int writes;
	unsigned int enters;
	unsigned int exits;
	unsigned int outside_config;
};

/**
 * struct fintek_sio_model_reset - one activation of the WDTRST# pin
 * @at_ms: model time the output became active
 * @width_ms: length of the pulse; 0 for a level, held until released
 */
struct fintek_sio_model_reset {
	u64 at_ms;
	unsigned int width_ms;
};

/**
 * struct fintek_sio_model_wdt - the watchdog as a scope and the chip see it
 * @now_ms: model time
 * @counting: the timer counts down
 * @ms_left: time until the count reaches zero, while @counting
 * @timeout_status: the timeout status bit, which survives a reset
 * @output_enabled: WDOUT_EN is set
 * @routed: the pin multiplexing puts WDTRST# on a pin
 * @level_asserted: the reset output is held active (level mode)
 * @nr_resets: how often the reset output became active
 */
struct fintek_sio_model_wdt {
	u64 now_ms;
	bool counting;
	u64 ms_left;
	bool timeout_status;
	bool output_enabled;
	bool routed;
	bool level_asserted;
	unsigned int nr_resets;
};

const struct fintek_sio_chip *fintek_sio_model_chip(const char *name);

struct fintek_sio_model *fintek_sio_model_add(u16 base, u16 devid);
void fintek_sio_model_remove(struct fintek_sio_model *model);
struct fintek_sio_model *fintek_sio_model_add_kunit(struct kunit *test,
						    u16 base, u16 devid);

u8 fintek_sio_model_peek(struct fintek_sio_model *model, u8 ldn, u8 reg);
void fintek_sio_model_poke(struct fintek_sio_model *model, u8 ldn, u8 reg,
			   u8 val);
struct fintek_sio_model_counts
fintek_sio_model_counts(struct fintek_sio_model *model);
bool fintek_sio_model_in_config_mode(struct fintek_sio_model *model);
unsigned int fintek_sio_model_stray_accesses(void);

void fintek_sio_model_advance(struct fintek_sio_model *model, u64 ms);
struct fintek_sio_model_wdt fintek_sio_model_wdt(struct fintek_sio_model *model);
unsigned int fintek_sio_model_resets(struct fintek_sio_model *model,
				     struct fintek_sio_model_reset *resets,
				     unsigned int max);

#endif /* _FINTEK_SIO_MODEL_H */
