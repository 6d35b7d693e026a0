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

#include <linux/hw_model.h>
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
 * enum fintek_sio_model_tick - when the watchdog's count goes down
 * @FINTEK_SIO_TICK_FROM_LOAD: a tick every unit counted from each load, so
 *	a load of N expires exactly N units later
 * @FINTEK_SIO_TICK_FREE_RUNNING: a tick every unit whatever the loads, at
 *	model times equal to the tick phase modulo the unit; a load of N
 *	expires at its Nth tick, anywhere in (N - 1, N] units after the load
 */
enum fintek_sio_model_tick {
	FINTEK_SIO_TICK_FROM_LOAD,
	FINTEK_SIO_TICK_FREE_RUNNING,
};

/**
 * enum fintek_sio_model_readback - what a read of WD_TIME (0xf6) returns
 * @FINTEK_SIO_READBACK_LOADED: the value last written
 * @FINTEK_SIO_READBACK_COUNT_LEFT: the units left to count, rounded up; 0
 *	after expiry, frozen while stopped
 */
enum fintek_sio_model_readback {
	FINTEK_SIO_READBACK_LOADED,
	FINTEK_SIO_READBACK_COUNT_LEFT,
};

/**
 * enum fintek_sio_model_polarity - WDT_CONF bit 2 and the board's reset input
 * @FINTEK_SIO_POLARITY_NONE: bit 2 does nothing; WDTRST# is active low
 * @FINTEK_SIO_POLARITY_LOW: bit 2 set makes WDTRST# active high; the board
 *	resets on a low pin and firmware leaves bit 2 clear
 * @FINTEK_SIO_POLARITY_HIGH: as @FINTEK_SIO_POLARITY_LOW, but the board
 *	resets on a high pin and firmware leaves bit 2 set
 */
enum fintek_sio_model_polarity {
	FINTEK_SIO_POLARITY_NONE,
	FINTEK_SIO_POLARITY_LOW,
	FINTEK_SIO_POLARITY_HIGH,
};

/**
 * enum fintek_sio_model_zero_time - what a load of WD_TIME = 0 does
 * @FINTEK_SIO_ZERO_TIME_EXPIRES: the timer expires at once
 * @FINTEK_SIO_ZERO_TIME_STOPS: the timer does not count
 * @FINTEK_SIO_ZERO_TIME_WRAPS: the 8-bit count wraps: 0 counts 256 units
 */
enum fintek_sio_model_zero_time {
	FINTEK_SIO_ZERO_TIME_EXPIRES,
	FINTEK_SIO_ZERO_TIME_STOPS,
	FINTEK_SIO_ZERO_TIME_WRAPS,
};

/**
 * struct fintek_sio_model_settings - the model's switches, where sources are silent
 * @tick: when the count goes down
 * @tick_phase_ms: with a free-running tick, where in the unit it falls
 * @readback: what WD_TIME reads back
 * @polarity: what WDT_CONF bit 2 does, and the board's reset polarity
 * @zero_time: what a WD_TIME of 0 does
 * @platform_reset: WDTRST# resets the board, which puts the chip's
 *	registers to their power-on values but for the timeout status bit
 *
 * All zero is the model as it was before the switches came.
 */
struct fintek_sio_model_settings {
	enum fintek_sio_model_tick tick;
	unsigned int tick_phase_ms;
	enum fintek_sio_model_readback readback;
	enum fintek_sio_model_polarity polarity;
	enum fintek_sio_model_zero_time zero_time;
	bool platform_reset;
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
 * @nr_resets: how often the board saw its reset input active: the timer
 *	fired, or the pin was driven to the board's active level
 * @active_high: the chip drives WDTRST# high when active
 * @pin_high: WDTRST# is high now; undriven, it rests at the board's
 *	inactive level
 * @nr_platform_resets: how often a reset put the chip to power-on values
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
	bool active_high;
	bool pin_high;
	unsigned int nr_platform_resets;
};

const struct fintek_sio_chip *fintek_sio_model_chip(const char *name);

struct fintek_sio_model *fintek_sio_model_add(u16 base, u16 devid);
void fintek_sio_model_remove(struct fintek_sio_model *model);
struct fintek_sio_model *fintek_sio_model_add_kunit(struct kunit *test,
						    u16 base, u16 devid);

void fintek_sio_model_configure(struct fintek_sio_model *model,
				const struct fintek_sio_model_settings *settings);
struct fintek_sio_model_settings fintek_sio_model_default_settings(void);

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
unsigned int fintek_sio_model_wdtrst_history(struct fintek_sio_model *model,
					     struct hw_model_pin_event *events,
					     unsigned int max);

#endif /* _FINTEK_SIO_MODEL_H */
