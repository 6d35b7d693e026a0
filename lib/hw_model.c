// SPDX-License-Identifier: GPL-2.0-only
/*
 * Helpers for register-level models of chips, written for tests: model
 * time, a record of what each modelled pin showed and when, and the bus
 * accesses a model saw, one of which can be made to fail. Models select
 * HW_MODEL; nothing here is on a driver's production path.
 *
 * Model time either follows the kernel's monotonic clock, for models that
 * stand in for a chip in a booted system, or moves only when a test moves
 * it, so that a KUnit test decides exactly when things happen.
 *
 * A pin's record is what a logic analyser on it would keep, compressed:
 * one entry each time the pin starts to show something else, whether it
 * lets go of the pin, holds a level, or drives a periodic wave. A wave is
 * given in cycles of the clock that makes it, so that no rounding hides a
 * cycle. debugfs files of the models print the record in one format
 * (hw_model_pins_show_clock(), hw_model_pin_show()), from which
 * tools/testing/waveform.py draws the pins of several models on one time
 * line.
 */

#include <linux/export.h>
#include <linux/ktime.h>
#include <linux/minmax.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/hw_model.h>

/**
 * hw_model_clock_init() - start model time at 0
 * @clock: the clock
 * @manual: whether time moves only by hw_model_clock_advance(), rather
 *	than with the kernel's monotonic clock
 */
void hw_model_clock_init(struct hw_model_clock *clock, bool manual)
{
	clock->manual = manual;
	clock->manual_ns = 0;
	clock->epoch_ns = ktime_get_ns();
}
EXPORT_SYMBOL_NS_GPL(hw_model_clock_init, "HW_MODEL");

/**
 * hw_model_clock_now() - model time
 * @clock: the clock
 *
 * Return: model time in ns since hw_model_clock_init().
 */
u64 hw_model_clock_now(const struct hw_model_clock *clock)
{
	if (clock->manual)
		return clock->manual_ns;
	return ktime_get_ns() - clock->epoch_ns;
}
EXPORT_SYMBOL_NS_GPL(hw_model_clock_now, "HW_MODEL");

/**
 * hw_model_clock_advance() - let model time pass
 * @clock: the clock
 * @ns: how long; a clock that follows the kernel's ignores it
 */
void hw_model_clock_advance(struct hw_model_clock *clock, u64 ns)
{
	clock->manual_ns += ns;
}
EXPORT_SYMBOL_NS_GPL(hw_model_clock_advance, "HW_MODEL");

/**
 * hw_model_pin_init() - a pin with no change recorded yet
 * @pin: the pin
 * @rate_hz: rate of the clock a wave's cycles count; 0 for a pin that only
 *	holds levels
 */
void hw_model_pin_init(struct hw_model_pin *pin, u32 rate_hz)
{
	pin->rate_hz = rate_hz;
	pin->nr_events = 0;
}
EXPORT_SYMBOL_NS_GPL(hw_model_pin_init, "HW_MODEL");

/* How many of the latest @max changes the record still holds. */
static unsigned int hw_model_pin_kept(const struct hw_model_pin *pin,
				      unsigned int max)
{
	return min3(max, pin->nr_events, (unsigned int)HW_MODEL_PIN_HISTORY);
}

/* The @i-th of the latest @n changes, oldest first. */
static const struct hw_model_pin_event *
hw_model_pin_recent(const struct hw_model_pin *pin, unsigned int n,
		    unsigned int i)
{
	return &pin->events[(pin->nr_events - n + i) % HW_MODEL_PIN_HISTORY];
}

static const struct hw_model_pin_event *
hw_model_pin_last(const struct hw_model_pin *pin)
{
	return hw_model_pin_recent(pin, 1, 0);
}

/* The phase is where the wave was when it changed, not what it shows. */
static bool hw_model_pin_same(const struct hw_model_pin_event *a,
			      const struct hw_model_pin_event *b)
{
	return a->driven == b->driven && a->running == b->running &&
	       a->level == b->level && a->period_cycles == b->period_cycles &&
	       a->high_cycles == b->high_cycles;
}

/**
 * hw_model_pin_record() - note what a pin shows from a moment on
 * @pin: the pin
 * @event: what it shows, from @event->at_ns on; model time must not go
 *	back from one recorded change to the next
 *
 * Return: true if that is a change, and was recorded; false if the pin
 * already showed it.
 */
bool hw_model_pin_record(struct hw_model_pin *pin,
			 const struct hw_model_pin_event *event)
{
	if (pin->nr_events && hw_model_pin_same(hw_model_pin_last(pin), event))
		return false;
	pin->events[pin->nr_events % HW_MODEL_PIN_HISTORY] = *event;
	pin->nr_events++;
	return true;
}
EXPORT_SYMBOL_NS_GPL(hw_model_pin_record, "HW_MODEL");

/**
 * hw_model_pin_now() - what a pin shows, as last recorded
 * @pin: the pin
 *
 * Return: the latest change; all zero, not driven, if none was recorded.
 */
struct hw_model_pin_event hw_model_pin_now(const struct hw_model_pin *pin)
{
	struct hw_model_pin_event none = {};

	return pin->nr_events ? *hw_model_pin_last(pin) : none;
}
EXPORT_SYMBOL_NS_GPL(hw_model_pin_now, "HW_MODEL");

/**
 * hw_model_pin_changes() - how often a pin changed
 * @pin: the pin
 *
 * Return: the changes recorded since hw_model_pin_init(), also those that
 * no longer fit in the record.
 */
unsigned int hw_model_pin_changes(const struct hw_model_pin *pin)
{
	return pin->nr_events;
}
EXPORT_SYMBOL_NS_GPL(hw_model_pin_changes, "HW_MODEL");

/**
 * hw_model_pin_history() - a pin's latest changes
 * @pin: the pin
 * @events: filled with up to @max changes, oldest first
 * @max: room in @events
 *
 * The record keeps the last %HW_MODEL_PIN_HISTORY changes.
 *
 * Return: how many changes were stored in @events.
 */
unsigned int hw_model_pin_history(const struct hw_model_pin *pin,
				  struct hw_model_pin_event *events,
				  unsigned int max)
{
	unsigned int i, n;

	n = hw_model_pin_kept(pin, max);
	for (i = 0; i < n; i++)
		events[i] = *hw_model_pin_recent(pin, n, i);
	return n;
}
EXPORT_SYMBOL_NS_GPL(hw_model_pin_history, "HW_MODEL");

/**
 * hw_model_pins_show_clock() - the head of a debugfs record of pins
 * @s: the debugfs file
 * @clock: the model's clock
 *
 * Prints model time now and, for a clock that follows the kernel's, the
 * kernel's monotonic time at model time 0 ("epoch_ns"), which puts the
 * pins of several models on one time line; "epoch_ns: manual" otherwise.
 */
void hw_model_pins_show_clock(struct seq_file *s,
			      const struct hw_model_clock *clock)
{
	seq_printf(s, "now_ns: %llu\n", hw_model_clock_now(clock));
	if (clock->manual)
		seq_puts(s, "epoch_ns: manual\n");
	else
		seq_printf(s, "epoch_ns: %llu\n", clock->epoch_ns);
}
EXPORT_SYMBOL_NS_GPL(hw_model_pins_show_clock, "HW_MODEL");

/**
 * hw_model_pin_show() - a pin's record, one line a change, oldest first
 * @s: the debugfs file
 * @name: the pin's name, without spaces or colons
 * @pin: the pin
 */
void hw_model_pin_show(struct seq_file *s, const char *name,
		       const struct hw_model_pin *pin)
{
	unsigned int i, n = hw_model_pin_kept(pin, HW_MODEL_PIN_HISTORY);

	for (i = 0; i < n; i++) {
		const struct hw_model_pin_event *e = hw_model_pin_recent(pin, n, i);

		seq_printf(s, "%s: at_ns=%llu driven=%d running=%d level=%d rate_hz=%u period_cycles=%llu high_cycles=%llu phase_cycles=%llu\n",
			   name, e->at_ns, e->driven, e->running, e->level,
			   pin->rate_hz, e->period_cycles, e->high_cycles,
			   e->phase_cycles);
	}
}
EXPORT_SYMBOL_NS_GPL(hw_model_pin_show, "HW_MODEL");

/**
 * hw_model_bus_access() - count an access, and fail it if it is the one
 * @bus: the model's bus
 * @write: a write access; a read if not
 *
 * Return: 0 for an access to go on, or the error hw_model_bus_fail() set
 * for this one.
 */
int hw_model_bus_access(struct hw_model_bus *bus, bool write)
{
	if (write)
		bus->writes++;
	else
		bus->reads++;
	if (bus->fail_countdown && !--bus->fail_countdown)
		return bus->fail_err;
	return 0;
}
EXPORT_SYMBOL_NS_GPL(hw_model_bus_access, "HW_MODEL");

/**
 * hw_model_bus_fail() - make one access fail
 * @bus: the model's bus
 * @nth: which access from now fails, from 1; 0 cancels
 * @err: the error it fails with, e.g. -EIO
 */
void hw_model_bus_fail(struct hw_model_bus *bus, unsigned int nth, int err)
{
	bus->fail_countdown = nth;
	bus->fail_err = err;
}
EXPORT_SYMBOL_NS_GPL(hw_model_bus_fail, "HW_MODEL");

/**
 * hw_model_bus_fail_pending() - accesses left until the one that fails
 * @bus: the model's bus
 *
 * Context: Any context; without the model's lock, a snapshot.
 * Return: 0 once the access set by hw_model_bus_fail() failed, or if none
 * was set.
 */
unsigned int hw_model_bus_fail_pending(const struct hw_model_bus *bus)
{
	return READ_ONCE(bus->fail_countdown);
}
EXPORT_SYMBOL_NS_GPL(hw_model_bus_fail_pending, "HW_MODEL");

MODULE_DESCRIPTION("Helpers for register-level models of chips in tests");
MODULE_LICENSE("GPL");
