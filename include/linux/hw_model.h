/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What register-level models of chips, written for tests, share: model
 * time, a record of what each modelled pin showed and when, and the bus
 * accesses a model saw, one of which can be made to fail. Nothing here
 * takes a lock: each model serialises the calls for its own clock, pins and
 * bus, as it does for its registers.
 */
#ifndef _LINUX_HW_MODEL_H
#define _LINUX_HW_MODEL_H

#include <linux/types.h>

struct seq_file;

/**
 * struct hw_model_clock - model time
 * @manual: time moves only by hw_model_clock_advance(); otherwise it
 *	follows the kernel's monotonic clock
 * @manual_ns: model time, with @manual
 * @epoch_ns: the monotonic clock's reading at model time 0
 */
struct hw_model_clock {
	bool manual;
	u64 manual_ns;
	u64 epoch_ns;
};

void hw_model_clock_init(struct hw_model_clock *clock, bool manual);
u64 hw_model_clock_now(const struct hw_model_clock *clock);
void hw_model_clock_advance(struct hw_model_clock *clock, u64 ns);

#define HW_MODEL_PIN_HISTORY	32

/**
 * struct hw_model_pin_event - a change of what a pin shows
 * @at_ns: model time the change took effect
 * @driven: the chip drives the pin; if not, the fields below mean nothing
 * @running: the pin is a periodic wave; if not, it holds @level
 * @level: the level at the start of each period, or the one held
 * @period_cycles: length of a period, in cycles of the pin's clock
 * @high_cycles: time high in each period, in cycles of the pin's clock
 * @phase_cycles: cycles into the period when the change took effect
 */
struct hw_model_pin_event {
	u64 at_ns;
	bool driven;
	bool running;
	bool level;
	u64 period_cycles;
	u64 high_cycles;
	u64 phase_cycles;
};

/**
 * struct hw_model_pin - a pin and its latest changes
 * @rate_hz: rate of the clock a wave's cycles count; 0 for a pin that
 *	only holds levels
 * @events: the latest changes, a ring
 * @nr_events: changes recorded since hw_model_pin_init()
 */
struct hw_model_pin {
	u32 rate_hz;
	struct hw_model_pin_event events[HW_MODEL_PIN_HISTORY];
	unsigned int nr_events;
};

void hw_model_pin_init(struct hw_model_pin *pin, u32 rate_hz);
bool hw_model_pin_record(struct hw_model_pin *pin,
			 const struct hw_model_pin_event *event);
struct hw_model_pin_event hw_model_pin_now(const struct hw_model_pin *pin);
unsigned int hw_model_pin_changes(const struct hw_model_pin *pin);
unsigned int hw_model_pin_history(const struct hw_model_pin *pin,
				  struct hw_model_pin_event *events,
				  unsigned int max);
void hw_model_pins_show_clock(struct seq_file *s,
			      const struct hw_model_clock *clock);
void hw_model_pin_show(struct seq_file *s, const char *name,
		       const struct hw_model_pin *pin);

/**
 * struct hw_model_bus - what a logic analyser on a model's bus saw
 * @reads: read accesses
 * @writes: write accesses
 * @fail_countdown: accesses left until the one that fails; 0 for none
 * @fail_err: the error that access fails with
 */
struct hw_model_bus {
	unsigned int reads;
	unsigned int writes;
	unsigned int fail_countdown;
	int fail_err;
};

int hw_model_bus_access(struct hw_model_bus *bus, bool write);
void hw_model_bus_fail(struct hw_model_bus *bus, unsigned int nth, int err);
unsigned int hw_model_bus_fail_pending(const struct hw_model_bus *bus);

#endif /* _LINUX_HW_MODEL_H */
