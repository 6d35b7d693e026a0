/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the two halves of the Fintek model share: the chip's state and the
 * per-part table. Tests use fintek_sio_model.h instead.
 */
#ifndef _FINTEK_SIO_MODEL_INTERNAL_H
#define _FINTEK_SIO_MODEL_INTERNAL_H

#include <linux/bits.h>
#include <linux/hrtimer.h>
#include <linux/hw_model.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/types.h>

#include "fintek_sio_model.h"

#define FSM_NR_GLOBAL_REGS	0x30
#define FSM_NR_LDNS		16
#define FSM_WDT_LDN		0x07
#define FSM_REG_WDT_CONF	0xf5
#define FSM_WDT_TMOUT_STS	BIT(6)
#define FSM_MAX_RESETS		16

struct fintek_sio_model;

/**
 * struct fsm_part - what the model knows of one Fintek part
 * @chip: name and device ID, as tests see them
 * @pulse_ms: reset pulse width for PSWIDTH codes 0 to 3; NULL: no watchdog
 * @wdout_reg: watchdog register holding WDOUT_EN
 * @wdout_en: WDOUT_EN in @wdout_reg
 * @power_on: global registers at power-on, as {register, value} pairs
 * @nr_power_on: entries in @power_on
 * @routed: whether the pin multiplexing puts WDTRST# on a pin
 * @other_bank: whether global register @reg now reaches its second bank
 */
struct fsm_part {
	struct fintek_sio_chip chip;
	const u16 *pulse_ms;
	u8 wdout_reg;
	u8 wdout_en;
	const u8 (*power_on)[2];
	unsigned int nr_power_on;
	bool (*routed)(const struct fintek_sio_model *model);
	bool (*other_bank)(const struct fintek_sio_model *model, u8 reg);
};

extern const struct fsm_part fsm_parts[];
extern const unsigned int fsm_nr_parts;

/**
 * struct fintek_sio_model - one modelled chip; fsm_lock guards it all
 * @node: in the list of chips on the bus
 * @base: index port
 * @part: what the chip is; NULL for an ID the model does not know
 * @config_mode: between an accepted enter key sequence and the exit key
 * @keys_seen: enter keys written in a row so far
 * @index: last index written
 * @global: global registers
 * @global_bank2: second bank of the banked global registers
 * @ldn: registers 0x30-0xff of each logical device
 * @bus: port reads and writes seen
 * @counts: configuration mode entered and left, and data port accesses
 *	outside it; its @reads and @writes are in @bus
 * @settings: the switches this chip runs with
 * @clock: model time; manual for fintek_sio_model_add_kunit()
 * @counting: the watchdog counts down
 * @expires_ms: model time the count reaches zero, while @counting
 * @unit_ms: the unit of the count last loaded
 * @count_left: what WD_TIME reads back while not @counting, with
 *	FINTEK_SIO_READBACK_COUNT_LEFT
 * @level_asserted: the reset output is held active (level mode)
 * @pulse_end_ms: model time the last reset pulse ends
 * @held_in_reset: the pin idles at the board's active level
 * @nr_platform_resets: resets that put the chip to power-on values
 * @resets: what the reset output did, oldest first
 * @nr_resets: entries in @resets; later ones are counted but not kept
 * @wdtrst: what the WDTRST# pin showed
 * @wdtrst_recorded_ms: model time @wdtrst is recorded up to
 * @expiry: fires at @expires_ms without @manual_clock
 * @claim: the ports, while debugfs "busy" holds them as a driver that does
 *	not share them would; not guarded by fsm_lock, only debugfs uses it
 */
struct fintek_sio_model {
	struct list_head node;
	u16 base;
	const struct fsm_part *part;
	bool config_mode;
	u8 keys_seen;
	u8 index;
	u8 global[FSM_NR_GLOBAL_REGS];
	u8 global_bank2[FSM_NR_GLOBAL_REGS];
	u8 ldn[FSM_NR_LDNS][256];
	struct hw_model_bus bus;
	struct fintek_sio_model_counts counts;
	struct fintek_sio_model_settings settings;
	struct hw_model_clock clock;
	bool counting;
	u64 expires_ms;
	unsigned int unit_ms;
	u8 count_left;
	bool level_asserted;
	u64 pulse_end_ms;
	bool held_in_reset;
	unsigned int nr_platform_resets;
	struct fintek_sio_model_reset resets[FSM_MAX_RESETS];
	unsigned int nr_resets;
	struct hw_model_pin wdtrst;
	u64 wdtrst_recorded_ms;
	struct hrtimer expiry;
	struct resource *claim;
};

extern spinlock_t fsm_lock;

u64 fsm_now_ms(const struct fintek_sio_model *model);
void fsm_power_on(struct fintek_sio_model *model);
void fsm_wdt_power_on(struct fintek_sio_model *model, bool status);
u8 fsm_wdt_read_value(struct fintek_sio_model *model, u8 reg, u8 stored);
void fsm_wdt_pin_check(struct fintek_sio_model *model);
void fsm_wdt_init(struct fintek_sio_model *model);
void fsm_wdt_exit(struct fintek_sio_model *model);
void fsm_wdt_update(struct fintek_sio_model *model);
void fsm_wdt_written(struct fintek_sio_model *model, u8 reg, u8 old);
u8 fsm_wdt_written_value(struct fintek_sio_model *model, u8 reg, u8 old,
			 u8 val);

#endif /* _FINTEK_SIO_MODEL_INTERNAL_H */
