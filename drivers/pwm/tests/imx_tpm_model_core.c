// SPDX-License-Identifier: GPL-2.0-only
/*
 * Model of the NXP i.MX TPM (Timer/PWM Module) for tests: its registers,
 * standing in for the MMIO of a TPM behind the driver's test hooks, its
 * counter in model time, and the pin of each channel as a scope sees it.
 * Tests only: nothing here is on the driver's production path.
 *
 * Facts, from the KL27 Sub-Family Reference Manual rev. 5, chapter 29 (the
 * same IP), with the i.MX register offsets of Linux 6.12's pwm-imx-tpm.c:
 * - VERID 0x00, PARAM 0x04 (bits 7:0 channel count), GLOBAL 0x08, SC 0x10,
 *   CNT 0x14, MOD 0x18, STATUS 0x1c, CnSC(n) 0x20 + 8n, CnV(n) 0x24 + 8n;
 * - SC: PS bits 2:0 divide the clock by 2^PS; CMOD bits 4:3, 00 stops the
 *   counter, 01 counts every clock; CPWMS bit 5 selects centre-aligned;
 * - edge-aligned PWM (CPWMS = 0, MSnB:MSnA = 1:0): the counter runs 0 to
 *   MOD, so a period is MOD + 1 counts; ELSnB:ELSnA = 1:0 sets the output
 *   when the counter reloads 0 and clears it when it matches CnV, X:1 does
 *   the inverse, 0:0 leaves the pin alone (RM figure 29-10: MOD = 8,
 *   CnV = 5 gives 5 counts high of 9);
 * - CnV = 0 is 0 % duty; CnV > MOD never matches, so it is 100 %;
 * - write buffers: with CMOD = 0, MOD and CnV take a write at once; with
 *   the counter running they take it when the counter next goes from MOD
 *   to 0; reads return the value in use, not the buffered one;
 * - writing MOD with the counter stopped does not reset CNT;
 *
 * Silicon behaviours (hardware.md, "Silicon behaviours the models must
 * add"; the fidelity table, imx-tpm-model.rst in Documentation/pwm/, has
 * one row per behaviour):
 * - CnV's write buffer keeps the first write until the latch and ignores
 *   later ones (Linux 3d5c2f8e75a5); MOD's does too, or the last write
 *   wins: a switch, no source says;
 * - clearing CMOD is acknowledged ack_cycles module clock cycles late (KL
 *   RMs, SDK TPM_StopTimer()): SC reads the old CMOD, the counter runs
 *   and MOD/CnV writes go to the buffers until then;
 * - PS and CPWMS are write-protected while CMOD reads non-zero;
 * - a channel mode (MSnB:MSnA, ELSnB:ELSnA) is changed only through
 *   disabled (all four 0), each step acknowledged ack_cycles later; a
 *   change from one non-zero mode to another is ignored; CnSC reads the
 *   old mode, and the pin keeps it, until the acknowledge (SDK fsl_tpm.c);
 * - STATUS TOF (counter reloads 0) and CHnF (counter matches CnV), also
 *   seen as SC TOF and CnSC CHF, are write-1-to-clear (SDK PERI_TPM.h,
 *   timer-imx-tpm.c); GLOBAL RST holds the TPM in reset, NOUPDATE stops
 *   the write buffers latching;
 * - POL inverts a channel's output, COMBINE pairs channels, QDCTRL QUADEN
 *   stops PWM operation, CONF CSOT and CSOO keep the counter from running
 *   (SDK PERI_TPM.h field descriptions);
 * - pause level select per instance (SDK feature headers).
 *
 * Assumptions, not stated by those facts:
 * - PARAM bits 23:16 (WIDTH) give the counter's width, 16 or 32 bits as
 *   configured (the Linux 6.12 clocksource driver for the same IP,
 *   timer-imx-tpm.c, reads it there and handles both); CNT, MOD and CnV
 *   hold that many bits;
 * - a count above MOD runs on to the counter's largest count and reloads
 *   0, and that reload latches the write buffers too;
 * - MOD resets to the counter's largest count, other registers to 0;
 *   VERID reads 0x05000007 (made up);
 * - a write to CNT clears it and the prescaler (KL27 RM, CNT description);
 * - SC writes other than a stop take effect at once; starting the counter
 *   is not acknowledged late; a change of PS, or starting or stopping the
 *   counter, restarts the prescaler; writing CMOD non-zero while a stop
 *   waits for its acknowledge cancels the stop;
 * - an acknowledge needs the module clock: none comes while it is gated;
 * - a channel mode write that returns to the acknowledged mode cancels a
 *   change not yet acknowledged; one from disabled to another non-zero
 *   mode before the first is acknowledged replaces it;
 * - CHnF is set only in channels whose MSnB:MSnA is not 0:0;
 * - in a combined pair, the even channel is high from its CnV to the odd
 *   channel's CnV, and the odd channel's pin is not modelled (not driven);
 * - POL inverts the paused level too; with quadrature decoding or CSOT
 *   (no trigger is modelled) the counter stands still; CSOO stops it at
 *   the reload, until CMOD is next set;
 * - with pause level select, a channel with all four mode bits 0 lets go
 *   of the pin, and the level before the first period is not modelled;
 * - while GLOBAL RST is set, writes to other registers are lost;
 * - a stopped counter keeps writes it buffered while running until it
 *   next reloads 0;
 * - other channel modes than MSnB:MSnA = 1:0 (NXP's SDK, fsl_tpm.h, has
 *   1:1 for output compare pulses), and centre-aligned, are not modelled:
 *   the pin shows as not driven;
 * - a stopped counter leaves each driven pin at the level its count gives;
 * - with the module clock off the counter stands still, reads return 0 and
 *   writes are lost; the silicon would abort such accesses, so they are
 *   counted for tests to check there are none;
 * - registers keep their values over a clock gate; tpm_model_power_loss()
 *   stands for a sleep state that resets them.
 */

#include <kunit/resource.h>
#include <kunit/test.h>
#include <linux/bitfield.h>
#include <linux/bits.h>
#include <linux/err.h>
#include <linux/hw_model.h>
#include <linux/math64.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include "../pwm-imx-tpm-test-hooks.h"
#include "imx_tpm_model.h"

#define TPM_VERID_VALUE		0x05000007
#define TPM_PARAM_CHAN		GENMASK(7, 0)
#define TPM_PARAM_WIDTH		GENMASK(23, 16)
#define TPM_SC_WRITABLE		(GENMASK(6, 0) | TPM_SC_DMA)
#define TPM_SC_PROTECTED	(TPM_SC_PS | TPM_SC_CPWMS)
#define TPM_CNSC_MODE		(TPM_CNSC_MSB | TPM_CNSC_MSA | \
				 TPM_CNSC_ELSB | TPM_CNSC_ELSA)
#define TPM_CNSC_DIRECT		(TPM_CNSC_CHIE | TPM_CNSC_DMA)
#define TPM_GLOBAL_WRITABLE	(TPM_GLOBAL_NOUPDATE | TPM_GLOBAL_RST)
#define TPM_COMBINE_WRITABLE	0x03030303
#define TPM_QDCTRL_WRITABLE	(TPM_QDCTRL_QUADEN | BIT(3))
#define TPM_CONF_WRITABLE	(GENMASK(9, 5) | GENMASK(19, 16) | GENMASK(27, 22))
#define TPM_CMOD_COUNTING	1

static bool mod_first_write = true;
module_param(mod_first_write, bool, 0644);
MODULE_PARM_DESC(mod_first_write, "MOD's write buffer keeps the first write until the latch, as CnV's does; N: the last write wins. For models created from then on that do not say (default: Y)");

static unsigned int ack_cycles = 3;
module_param(ack_cycles, uint, 0644);
MODULE_PARM_DESC(ack_cycles, "Module clock cycles until a stop of the counter or a channel mode change is acknowledged, at least 1, for models created from then on that do not say (default: 3)");

static bool pause_level_select;
module_param(pause_level_select, bool, 0644);
MODULE_PARM_DESC(pause_level_select, "Models that do not say have pause level select, as i.MX8ULP and i.MX93; N: as i.MX7ULP (default: N)");

/**
 * struct tpm_channel - one channel's registers and pin
 * @cnsc: CnSC
 * @cnv: CnV, the value in use
 * @cnv_buf: CnV's write buffer
 * @cnv_pending: @cnv_buf waits for the next reload
 * @mode_target: the mode a change waits to have acknowledged
 * @mode_ack_at: module clock cycle it is acknowledged at
 * @mode_pending: a mode change waits for its acknowledge
 * @pin: the record of the channel's pin
 */
struct tpm_channel {
	u32 cnsc;
	u32 cnv;
	u32 cnv_buf;
	bool cnv_pending;
	u32 mode_target;
	u64 mode_ack_at;
	bool mode_pending;
	struct hw_model_pin pin;
};

/**
 * struct tpm_model - one modelled TPM; @lock guards it all
 * @backend: what the driver's test hooks call
 * @lock: guards the model against concurrent accesses
 * @config: where it sits, its clock and channels
 * @nr_ch: channels with registers, the first of those PARAM reports
 * @cnt_max: the counter's largest count
 * @mod_first_write: MOD's write buffer keeps the first write
 * @ack_cycles: cycles until a stop or mode change is acknowledged
 * @pause_level_select: ELSnB is the paused level, ELSnA the polarity
 * @clock: model time
 * @access_ns: model time each access takes, with a manual clock
 * @clock_on: the module clock runs
 * @stalled: the counter stands still though clocked (a fault)
 * @bus: accesses seen, and the one to fail
 * @cycle: module clock cycle the counter has been run up to
 * @prescaler: cycles counted since the counter last incremented
 * @global: GLOBAL
 * @sc: SC
 * @cnt: CNT
 * @mod: MOD, the value in use
 * @mod_buf: MOD's write buffer
 * @mod_pending: @mod_buf waits for the next reload
 * @stop_ack_at: module clock cycle a stop of the counter is acknowledged
 * @stop_pending: a stop waits for its acknowledge
 * @overflow_stopped: CONF CSOO stopped the counter at a reload
 * @status: STATUS, its flags set by the counter
 * @combine: COMBINE
 * @trig: TRIG
 * @pol: POL
 * @filter: FILTER
 * @qdctrl: QDCTRL
 * @conf: CONF
 * @ch: the channels
 * @stats: accesses seen, but for those @bus counts
 */
struct tpm_model {
	struct pwm_imx_tpm_backend backend;
	/* guards the model: driver, tests and a clock gate reach it at once */
	spinlock_t lock;
	struct tpm_model_config config;
	unsigned int nr_ch;
	u32 cnt_max;
	bool mod_first_write;
	unsigned int ack_cycles;
	bool pause_level_select;
	struct hw_model_clock clock;
	u64 access_ns;
	bool clock_on;
	bool stalled;
	struct hw_model_bus bus;
	u64 cycle;
	u64 prescaler;
	u32 global;
	u32 sc;
	u32 cnt;
	u32 mod;
	u32 mod_buf;
	bool mod_pending;
	u64 stop_ack_at;
	bool stop_pending;
	bool overflow_stopped;
	u32 status;
	u32 combine;
	u32 trig;
	u32 pol;
	u32 filter;
	u32 qdctrl;
	u32 conf;
	struct tpm_channel ch[TPM_MODEL_MAX_CHANNELS];
	struct tpm_model_stats stats;
};

/* The counter is enabled and nothing holds it: it would count if clocked. */
static bool tpm_running(const struct tpm_model *model)
{
	return FIELD_GET(TPM_SC_CMOD, model->sc) == TPM_CMOD_COUNTING &&
	       !(model->qdctrl & TPM_QDCTRL_QUADEN) &&
	       !(model->conf & TPM_CONF_CSOT) && !model->overflow_stopped;
}

static bool tpm_counting(const struct tpm_model *model)
{
	return tpm_running(model) && model->clock_on && !model->stalled;
}

static unsigned int tpm_prescale(const struct tpm_model *model)
{
	return FIELD_GET(TPM_SC_PS, model->sc);
}

static u64 tpm_now_ns(const struct tpm_model *model)
{
	return hw_model_clock_now(&model->clock);
}

static u64 tpm_ns_to_cycles(const struct tpm_model *model, u64 ns)
{
	return mul_u64_u32_div(ns, model->config.rate_hz, NSEC_PER_SEC);
}

static u64 tpm_cycles_to_ns(const struct tpm_model *model, u64 cycles)
{
	return mul_u64_u32_div(cycles, NSEC_PER_SEC, model->config.rate_hz);
}

/* The counts channel @ch's output is active in, [*start, *end). */
static void tpm_active_counts(const struct tpm_model *model, unsigned int ch,
			      u32 *start, u32 *end)
{
	if (model->combine & TPM_COMBINE_PAIR(ch)) {
		*start = model->ch[ch].cnv;
		*end = ch + 1 < model->nr_ch ? model->ch[ch + 1].cnv : 0;
	} else {
		*start = 0;
		*end = model->ch[ch].cnv;
	}
}

/* What channel @ch's pin shows with the registers as they are now. */
static struct hw_model_pin_event tpm_pin_now(const struct tpm_model *model,
					     unsigned int ch)
{
	const struct tpm_channel *chan = &model->ch[ch];
	u32 mode = chan->cnsc & TPM_CNSC_MODE;
	bool inverse = (chan->cnsc & TPM_CNSC_ELSA) != !!(model->pol & BIT(ch));
	struct hw_model_pin_event pin = {
		.phase_cycles = (u64)model->cnt << tpm_prescale(model),
	};
	u64 counts = (u64)model->mod + 1, start, end, high;
	u32 start_cnt, end_cnt;

	if ((mode & (TPM_CNSC_MSB | TPM_CNSC_MSA)) != TPM_CNSC_MSB ||
	    (model->sc & TPM_SC_CPWMS) || (model->qdctrl & TPM_QDCTRL_QUADEN))
		return pin;
	if (!model->pause_level_select && !(mode & (TPM_CNSC_ELSB | TPM_CNSC_ELSA)))
		return pin;
	if ((ch & 1) && (model->combine & TPM_COMBINE_PAIR(ch)))
		return pin;

	pin.driven = true;
	tpm_active_counts(model, ch, &start_cnt, &end_cnt);
	if (!tpm_running(model)) {
		/* Paused: the level select, or the level of the count. */
		if (model->pause_level_select)
			pin.level = (chan->cnsc & TPM_CNSC_ELSB) != !!(model->pol & BIT(ch));
		else
			pin.level = (model->cnt >= start_cnt &&
				     model->cnt < end_cnt) != inverse;
		return pin;
	}

	pin.running = true;
	start = min_t(u64, start_cnt, counts);
	end = min_t(u64, end_cnt, counts);
	high = end > start ? end - start : 0;
	pin.level = start == 0 && high;
	if (inverse) {
		high = counts - high;
		pin.level = !pin.level;
	}
	pin.period_cycles = counts << tpm_prescale(model);
	pin.high_cycles = high << tpm_prescale(model);
	return pin;
}

/* Records what changed on the pins at @at_ns. */
static void tpm_pins_update(struct tpm_model *model, u64 at_ns)
{
	unsigned int ch;

	for (ch = 0; ch < model->nr_ch; ch++) {
		struct hw_model_pin_event pin = tpm_pin_now(model, ch);

		pin.at_ns = at_ns;
		hw_model_pin_record(&model->ch[ch].pin, &pin);
	}
}

/* The counter reloads 0: the write buffers latch. */
static void tpm_reload(struct tpm_model *model, u64 at_cycle)
{
	unsigned int ch;
	bool latched = model->mod_pending;

	model->cnt = 0;
	model->status |= TPM_STATUS_TOF;
	if (model->conf & TPM_CONF_CSOO) {
		model->overflow_stopped = true;
		latched = true;
	}
	if (model->global & TPM_GLOBAL_NOUPDATE) {
		if (latched)
			tpm_pins_update(model, tpm_cycles_to_ns(model, at_cycle));
		return;
	}
	if (model->mod_pending) {
		model->mod = model->mod_buf;
		model->mod_pending = false;
	}
	for (ch = 0; ch < model->nr_ch; ch++) {
		if (!model->ch[ch].cnv_pending)
			continue;
		model->ch[ch].cnv = model->ch[ch].cnv_buf;
		model->ch[ch].cnv_pending = false;
		latched = true;
	}
	/* The new count 0 matches a CnV of 0. */
	for (ch = 0; ch < model->nr_ch; ch++)
		if ((model->ch[ch].cnsc & (TPM_CNSC_MSB | TPM_CNSC_MSA)) &&
		    !model->ch[ch].cnv)
			model->status |= TPM_STATUS_CHF(ch);
	if (latched)
		tpm_pins_update(model, tpm_cycles_to_ns(model, at_cycle));
}

static bool tpm_pending(const struct tpm_model *model)
{
	unsigned int ch;

	if (model->mod_pending)
		return true;
	for (ch = 0; ch < model->nr_ch; ch++)
		if (model->ch[ch].cnv_pending)
			return true;
	return false;
}

/* The counter goes from @from up to @to, no reload between: matches. */
static void tpm_count_matches(struct tpm_model *model, u32 from, u64 to)
{
	unsigned int ch;

	for (ch = 0; ch < model->nr_ch; ch++) {
		u32 cnv = model->ch[ch].cnv;

		if ((model->ch[ch].cnsc & (TPM_CNSC_MSB | TPM_CNSC_MSA)) &&
		    cnv > from && cnv <= to)
			model->status |= TPM_STATUS_CHF(ch);
	}
}

/* Runs the counter up to module clock cycle @to. */
static void tpm_run_to(struct tpm_model *model, u64 to)
{
	unsigned int ps = tpm_prescale(model);
	u64 elapsed, ticks, tick0, done = 0;

	if (to <= model->cycle)
		return;
	elapsed = to - model->cycle;
	model->cycle = to;
	if (!tpm_counting(model))
		return;

	/* The cycle of the last increment; tick k comes 2^PS * k later. */
	tick0 = to - elapsed - model->prescaler;
	ticks = (model->prescaler + elapsed) >> ps;
	model->prescaler = (model->prescaler + elapsed) & (BIT(ps) - 1);

	while (ticks && tpm_counting(model)) {
		u64 to_reload = model->cnt <= model->mod ?
				(u64)model->mod - model->cnt + 1 :
				(u64)model->cnt_max - model->cnt + 1;

		if (ticks < to_reload) {
			tpm_count_matches(model, model->cnt, model->cnt + ticks);
			model->cnt += ticks;
			break;
		}
		tpm_count_matches(model, model->cnt, model->cnt + to_reload - 1);
		ticks -= to_reload;
		done += to_reload;
		tpm_reload(model, tick0 + (done << ps));
		/* Nothing more to latch: whole periods change nothing. */
		if (tpm_counting(model) && !tpm_pending(model) &&
		    ticks > model->mod) {
			u64 period = (u64)model->mod + 1;

			tpm_count_matches(model, 0, model->mod);
			done += ticks - ticks % period;
			ticks %= period;
		}
	}
}

/* The earliest acknowledge still to come, if any. */
static bool tpm_next_ack(const struct tpm_model *model, u64 *at)
{
	bool any = model->stop_pending;
	unsigned int ch;

	*at = model->stop_ack_at;
	for (ch = 0; ch < model->nr_ch; ch++) {
		const struct tpm_channel *chan = &model->ch[ch];

		if (chan->mode_pending && (!any || chan->mode_ack_at < *at)) {
			*at = chan->mode_ack_at;
			any = true;
		}
	}
	return any;
}

/* What the counter clock domain acknowledges at cycle @at. */
static void tpm_acknowledge(struct tpm_model *model, u64 at)
{
	unsigned int ch;

	if (model->stop_pending && model->stop_ack_at <= at) {
		model->stop_pending = false;
		model->sc &= ~TPM_SC_CMOD;
		model->prescaler = 0;
	}
	for (ch = 0; ch < model->nr_ch; ch++) {
		struct tpm_channel *chan = &model->ch[ch];

		if (!chan->mode_pending || chan->mode_ack_at > at)
			continue;
		chan->mode_pending = false;
		chan->cnsc = (chan->cnsc & ~TPM_CNSC_MODE) | chan->mode_target;
	}
	tpm_pins_update(model, tpm_cycles_to_ns(model, max(at, model->cycle)));
}

/*
 * Runs the counter up to model time now, with each acknowledge at its
 * cycle. Called with the lock held.
 */
static void tpm_update(struct tpm_model *model)
{
	u64 now = tpm_ns_to_cycles(model, tpm_now_ns(model));
	u64 at;

	while (model->clock_on && tpm_next_ack(model, &at) && at <= now) {
		tpm_run_to(model, at);
		tpm_acknowledge(model, at);
	}
	tpm_run_to(model, now);
}

static bool tpm_channel_reg(const struct tpm_model *model, unsigned int reg,
			    unsigned int *ch)
{
	if (reg < TPM_CNSC(0) || reg >= TPM_CNSC(TPM_MODEL_MAX_CHANNELS))
		return false;
	*ch = (reg - TPM_CNSC(0)) / 8;
	return *ch < model->nr_ch;
}

static u32 tpm_reg_value(struct tpm_model *model, unsigned int reg, bool *stray)
{
	unsigned int ch;

	*stray = false;
	switch (reg) {
	case TPM_VERID:
		return TPM_VERID_VALUE;
	case TPM_PARAM:
		return FIELD_PREP(TPM_PARAM_WIDTH, fls(model->cnt_max)) |
		       FIELD_PREP(TPM_PARAM_CHAN, model->config.channels);
	case TPM_GLOBAL:
		return model->global;
	case TPM_SC:
		return model->sc |
		       (model->status & TPM_STATUS_TOF ? TPM_SC_TOF : 0);
	case TPM_CNT:
		return model->cnt;
	case TPM_MOD:
		return model->mod;
	case TPM_STATUS:
		return model->status;
	case TPM_COMBINE:
		return model->combine;
	case TPM_TRIG:
		return model->trig;
	case TPM_POL:
		return model->pol;
	case TPM_FILTER:
		return model->filter;
	case TPM_QDCTRL:
		return model->qdctrl;
	case TPM_CONF:
		return model->conf;
	}
	if (tpm_channel_reg(model, reg, &ch)) {
		if (reg == TPM_CNSC(ch))
			return model->ch[ch].cnsc |
			       (model->status & TPM_STATUS_CHF(ch) ? TPM_CNSC_CHF : 0);
		if (reg == TPM_CNV(ch))
			return model->ch[ch].cnv;
	}
	*stray = true;
	return 0;
}

/* Every register but GLOBAL to its reset value, as GLOBAL RST does. */
static void tpm_reset_registers(struct tpm_model *model)
{
	unsigned int ch;

	model->sc = 0;
	model->stop_pending = false;
	model->overflow_stopped = false;
	model->status = 0;
	model->combine = 0;
	model->trig = 0;
	model->pol = 0;
	model->filter = 0;
	model->qdctrl = 0;
	model->conf = 0;
	model->cnt = 0;
	model->prescaler = 0;
	model->mod = model->cnt_max;
	model->mod_buf = model->cnt_max;
	model->mod_pending = false;
	for (ch = 0; ch < TPM_MODEL_MAX_CHANNELS; ch++) {
		model->ch[ch].cnsc = 0;
		model->ch[ch].cnv = 0;
		model->ch[ch].cnv_buf = 0;
		model->ch[ch].cnv_pending = false;
		model->ch[ch].mode_pending = false;
	}
}

/*
 * A write to MOD or CnV: at once if the counter is disabled, else into the
 * buffer, which latches at the next reload. A buffer that @keeps_first
 * ignores writes while it holds one.
 */
static void tpm_buffered_write(struct tpm_model *model, u32 *active,
			       u32 *buffer, bool *pending, bool keeps_first,
			       u32 val)
{
	if (!FIELD_GET(TPM_SC_CMOD, model->sc)) {
		*active = val & model->cnt_max;
		*buffer = *active;
		*pending = false;
		return;
	}
	if (*pending && keeps_first)
		return;
	*buffer = val & model->cnt_max;
	*pending = true;
}

static void tpm_sc_store(struct tpm_model *model, u32 val)
{
	bool enabled = FIELD_GET(TPM_SC_CMOD, model->sc);
	u32 sc = val & TPM_SC_WRITABLE;

	if (val & TPM_SC_TOF)
		model->status &= ~TPM_STATUS_TOF;
	/* Write-protected while CMOD reads non-zero, a stop not acknowledged. */
	if (enabled)
		sc = (sc & ~TPM_SC_PROTECTED) | (model->sc & TPM_SC_PROTECTED);

	if (enabled && !FIELD_GET(TPM_SC_CMOD, sc)) {
		/* The counter runs, and CMOD reads as it was, until the ack. */
		if (!model->stop_pending) {
			model->stop_pending = true;
			model->stop_ack_at = model->cycle + model->ack_cycles;
		}
		model->sc = sc | (model->sc & TPM_SC_CMOD);
		return;
	}
	model->stop_pending = false;
	if (FIELD_GET(TPM_SC_PS, sc) != tpm_prescale(model) ||
	    FIELD_GET(TPM_SC_CMOD, sc) != FIELD_GET(TPM_SC_CMOD, model->sc)) {
		model->prescaler = 0;
		model->overflow_stopped = false;
	}
	model->sc = sc;
}

/*
 * A channel mode goes through disabled: a change from one non-zero mode to
 * another is ignored, and each step waits for its acknowledge.
 */
static void tpm_cnsc_store(struct tpm_model *model, unsigned int ch, u32 val)
{
	struct tpm_channel *chan = &model->ch[ch];
	u32 mode = val & TPM_CNSC_MODE;
	u32 now = chan->cnsc & TPM_CNSC_MODE;
	u32 target = chan->mode_pending ? chan->mode_target : now;

	if (val & TPM_CNSC_CHF)
		model->status &= ~TPM_STATUS_CHF(ch);
	chan->cnsc = now | (val & TPM_CNSC_DIRECT);

	if (mode == target || (mode && now))
		return;
	if (mode == now) {
		chan->mode_pending = false;
		return;
	}
	chan->mode_pending = true;
	chan->mode_target = mode;
	chan->mode_ack_at = model->cycle + model->ack_cycles;
}

static bool tpm_reg_store(struct tpm_model *model, unsigned int reg, u32 val)
{
	struct tpm_channel *chan;
	unsigned int ch;

	if (reg == TPM_GLOBAL) {
		model->global = val & TPM_GLOBAL_WRITABLE;
		if (model->global & TPM_GLOBAL_RST)
			tpm_reset_registers(model);
		return true;
	}
	if (model->global & TPM_GLOBAL_RST)
		return reg <= TPM_CONF;

	switch (reg) {
	case TPM_VERID:
	case TPM_PARAM:
		return true;
	case TPM_STATUS:
		model->status &= ~val;
		return true;
	case TPM_SC:
		tpm_sc_store(model, val);
		return true;
	case TPM_CNT:
		model->cnt = 0;
		model->prescaler = 0;
		return true;
	case TPM_MOD:
		tpm_buffered_write(model, &model->mod, &model->mod_buf,
				   &model->mod_pending, model->mod_first_write,
				   val);
		return true;
	case TPM_COMBINE:
		model->combine = val & TPM_COMBINE_WRITABLE;
		return true;
	case TPM_TRIG:
		model->trig = val & GENMASK(TPM_MODEL_MAX_CHANNELS - 1, 0);
		return true;
	case TPM_POL:
		model->pol = val & GENMASK(TPM_MODEL_MAX_CHANNELS - 1, 0);
		return true;
	case TPM_FILTER:
		model->filter = val;
		return true;
	case TPM_QDCTRL:
		model->qdctrl = val & TPM_QDCTRL_WRITABLE;
		return true;
	case TPM_CONF:
		model->conf = val & TPM_CONF_WRITABLE;
		return true;
	}
	if (!tpm_channel_reg(model, reg, &ch))
		return false;
	chan = &model->ch[ch];
	if (reg == TPM_CNSC(ch)) {
		tpm_cnsc_store(model, ch, val);
		return true;
	}
	if (reg == TPM_CNV(ch)) {
		/* Linux 3d5c2f8e75a5: later writes are ignored until the latch. */
		tpm_buffered_write(model, &chan->cnv, &chan->cnv_buf,
				   &chan->cnv_pending, true, val);
		return true;
	}
	return false;
}

/*
 * Called with the lock held, for each access: the bus time passes, then
 * an injected fault or a gated clock may stop the access.
 * Return: 0 to go on, 1 if the clock is gated, or the injected error.
 */
static int tpm_access(struct tpm_model *model, bool write)
{
	int ret;

	if (model->clock.manual)
		hw_model_clock_advance(&model->clock, model->access_ns);
	tpm_update(model);

	ret = hw_model_bus_access(&model->bus, write);
	if (ret)
		return ret;
	if (!model->clock_on) {
		model->stats.gated_accesses++;
		return 1;
	}
	return 0;
}

static int tpm_bus_read(void *ctx, unsigned int reg, unsigned int *val)
{
	struct tpm_model *model = ctx;
	unsigned long flags;
	bool stray;
	int ret;

	spin_lock_irqsave(&model->lock, flags);
	*val = 0;
	ret = tpm_access(model, false);
	if (!ret) {
		*val = tpm_reg_value(model, reg, &stray);
		model->stats.stray_accesses += stray;
	}
	spin_unlock_irqrestore(&model->lock, flags);
	return min(ret, 0);
}

static int tpm_bus_write(void *ctx, unsigned int reg, unsigned int val)
{
	struct tpm_model *model = ctx;
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&model->lock, flags);
	ret = tpm_access(model, true);
	if (!ret) {
		if (!tpm_reg_store(model, reg, val))
			model->stats.stray_accesses++;
		tpm_pins_update(model, tpm_now_ns(model));
	}
	spin_unlock_irqrestore(&model->lock, flags);
	return min(ret, 0);
}

static void tpm_sleep(void *ctx, u64 ns)
{
	struct tpm_model *model = ctx;
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	model->stats.sleeps++;
	model->stats.slept_ns += ns;
	hw_model_clock_advance(&model->clock, ns);
	tpm_update(model);
	spin_unlock_irqrestore(&model->lock, flags);
}

/**
 * tpm_model_create() - a TPM as after power-on, standing in at a base
 * @config: where it sits, its clock and channels
 *
 * The module clock runs; TPM devices probed at @config->base from now on
 * use the model.
 *
 * Context: Process context.
 * Return: the model, or an ERR_PTR: -EINVAL for a bad @config, -ENOMEM,
 * or -EBUSY if a model already stands in at that base.
 */
struct tpm_model *tpm_model_create(const struct tpm_model_config *config)
{
	struct tpm_model *model;
	unsigned int ch;
	int ret;

	if (config->channels > FIELD_MAX(TPM_PARAM_CHAN) || !config->rate_hz ||
	    (config->width && config->width != 16 && config->width != 32) ||
	    config->mod_buffer > TPM_MODEL_MOD_LAST_WRITE ||
	    config->pause_level > TPM_MODEL_PAUSE_LEVEL_SELECT)
		return ERR_PTR(-EINVAL);

	model = kzalloc_obj(*model, GFP_KERNEL);
	if (!model)
		return ERR_PTR(-ENOMEM);

	spin_lock_init(&model->lock);
	model->config = *config;
	model->nr_ch = min(config->channels, TPM_MODEL_MAX_CHANNELS);
	model->cnt_max = GENMASK((config->width ?: 16) - 1, 0);
	model->mod_first_write = config->mod_buffer ?
				 config->mod_buffer == TPM_MODEL_MOD_FIRST_WRITE :
				 READ_ONCE(mod_first_write);
	model->ack_cycles = max(config->ack_cycles ?: READ_ONCE(ack_cycles), 1U);
	model->pause_level_select = config->pause_level ?
				    config->pause_level == TPM_MODEL_PAUSE_LEVEL_SELECT :
				    READ_ONCE(pause_level_select);
	hw_model_clock_init(&model->clock, config->manual_clock);
	for (ch = 0; ch < TPM_MODEL_MAX_CHANNELS; ch++)
		hw_model_pin_init(&model->ch[ch].pin, config->rate_hz);
	model->clock_on = true;
	tpm_reset_registers(model);
	tpm_pins_update(model, 0);

	model->backend.base = config->base;
	model->backend.reg_read = tpm_bus_read;
	model->backend.reg_write = tpm_bus_write;
	model->backend.sleep = config->manual_clock ? tpm_sleep : NULL;
	model->backend.ctx = model;
	model->backend.owner = THIS_MODULE;
	ret = pwm_imx_tpm_backend_register(&model->backend);
	if (ret) {
		kfree(model);
		return ERR_PTR(ret);
	}
	return model;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_create, "IMX_TPM_MODEL");

/**
 * tpm_model_destroy() - take a modelled TPM away
 * @model: the model; freed. No TPM device may still be bound to it.
 *
 * Context: Process context.
 */
void tpm_model_destroy(struct tpm_model *model)
{
	pwm_imx_tpm_backend_unregister(&model->backend);
	kfree(model);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_destroy, "IMX_TPM_MODEL");

#if IS_ENABLED(CONFIG_KUNIT)
KUNIT_DEFINE_ACTION_WRAPPER(tpm_model_destroy_action, tpm_model_destroy,
			    struct tpm_model *);

/**
 * tpm_model_create_kunit() - tpm_model_create() for one test
 * @test: the test; fails if the model cannot be created
 * @config: where it sits, its clock and channels
 *
 * Return: the model, destroyed when @test ends.
 */
struct tpm_model *tpm_model_create_kunit(struct kunit *test,
					 const struct tpm_model_config *config)
{
	struct tpm_model *model = tpm_model_create(config);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, model);
	KUNIT_ASSERT_EQ(test, 0, kunit_add_action_or_reset(test,
							   tpm_model_destroy_action,
							   model));
	return model;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_create_kunit, "IMX_TPM_MODEL");
#endif

/**
 * tpm_model_read() - read a register as the CPU would
 * @model: the TPM
 * @reg: register offset
 *
 * Return: the value, 0 for an offset without a register.
 */
u32 tpm_model_read(struct tpm_model *model, unsigned int reg)
{
	unsigned int val;

	tpm_bus_read(model, reg, &val);
	return val;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_read, "IMX_TPM_MODEL");

/**
 * tpm_model_write() - write a register as the CPU would, e.g. as firmware
 * @model: the TPM
 * @reg: register offset
 * @val: value
 */
void tpm_model_write(struct tpm_model *model, unsigned int reg, u32 val)
{
	tpm_bus_write(model, reg, val);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_write, "IMX_TPM_MODEL");

/**
 * tpm_model_buffered() - what MOD or a CnV will hold after the next reload
 * @model: the TPM
 * @reg: %TPM_MOD or a %TPM_CNV register
 *
 * Return: the buffered value, or the value in use if none is buffered.
 */
u32 tpm_model_buffered(struct tpm_model *model, unsigned int reg)
{
	unsigned long flags;
	unsigned int ch;
	u32 val = 0;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	if (reg == TPM_MOD)
		val = model->mod_pending ? model->mod_buf : model->mod;
	else if (tpm_channel_reg(model, reg, &ch) && reg == TPM_CNV(ch))
		val = model->ch[ch].cnv_pending ? model->ch[ch].cnv_buf :
						  model->ch[ch].cnv;
	spin_unlock_irqrestore(&model->lock, flags);
	return val;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_buffered, "IMX_TPM_MODEL");

/**
 * tpm_model_advance() - let model time pass
 * @model: a TPM with a manual clock
 * @ns: how long
 */
void tpm_model_advance(struct tpm_model *model, u64 ns)
{
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	hw_model_clock_advance(&model->clock, ns);
	tpm_update(model);
	spin_unlock_irqrestore(&model->lock, flags);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_advance, "IMX_TPM_MODEL");

/**
 * tpm_model_now() - model time
 * @model: the TPM
 *
 * Return: model time in ns since the model was created.
 */
u64 tpm_model_now(struct tpm_model *model)
{
	unsigned long flags;
	u64 now;

	spin_lock_irqsave(&model->lock, flags);
	now = tpm_now_ns(model);
	spin_unlock_irqrestore(&model->lock, flags);
	return now;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_now, "IMX_TPM_MODEL");

/**
 * tpm_model_rate() - rate of the module clock
 * @model: the TPM
 *
 * Return: the rate in Hz.
 */
u32 tpm_model_rate(struct tpm_model *model)
{
	return model->config.rate_hz;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_rate, "IMX_TPM_MODEL");

/**
 * tpm_model_set_clock() - gate or ungate the module clock
 * @model: the TPM
 * @on: whether the clock runs
 *
 * Context: Any context: a clock gate's enable and disable callbacks call it.
 */
void tpm_model_set_clock(struct tpm_model *model, bool on)
{
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	model->clock_on = on;
	spin_unlock_irqrestore(&model->lock, flags);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_set_clock, "IMX_TPM_MODEL");

/**
 * tpm_model_clock_on() - whether the module clock runs
 * @model: the TPM
 *
 * Return: true if it runs.
 */
bool tpm_model_clock_on(struct tpm_model *model)
{
	return READ_ONCE(model->clock_on);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_clock_on, "IMX_TPM_MODEL");

/**
 * tpm_model_power_loss() - a sleep state that resets the TPM's registers
 * @model: the TPM
 */
void tpm_model_power_loss(struct tpm_model *model)
{
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	model->global = 0;
	tpm_reset_registers(model);
	tpm_pins_update(model, tpm_now_ns(model));
	spin_unlock_irqrestore(&model->lock, flags);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_power_loss, "IMX_TPM_MODEL");

/**
 * tpm_model_stall() - a broken counter, that stands still though clocked
 * @model: the TPM
 * @stalled: whether the counter stands still
 */
void tpm_model_stall(struct tpm_model *model, bool stalled)
{
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	model->stalled = stalled;
	spin_unlock_irqrestore(&model->lock, flags);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_stall, "IMX_TPM_MODEL");

/**
 * tpm_model_set_access_time() - model time each register access takes
 * @model: a TPM with a manual clock
 * @ns: time added before each access; 0 by default
 */
void tpm_model_set_access_time(struct tpm_model *model, u64 ns)
{
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	model->access_ns = ns;
	spin_unlock_irqrestore(&model->lock, flags);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_set_access_time, "IMX_TPM_MODEL");

/**
 * tpm_model_fail_access() - make one register access fail
 * @model: the TPM
 * @nth: which access from now fails, from 1; 0 cancels
 * @err: the error it fails with, e.g. -EIO
 */
void tpm_model_fail_access(struct tpm_model *model, unsigned int nth, int err)
{
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	hw_model_bus_fail(&model->bus, nth, err);
	spin_unlock_irqrestore(&model->lock, flags);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_fail_access, "IMX_TPM_MODEL");

/**
 * tpm_model_fail_pending() - accesses left until the one that fails
 * @model: the TPM
 *
 * Return: 0 once the access set by tpm_model_fail_access() failed, or if
 * none was set.
 */
unsigned int tpm_model_fail_pending(struct tpm_model *model)
{
	return hw_model_bus_fail_pending(&model->bus);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_fail_pending, "IMX_TPM_MODEL");

/**
 * tpm_model_stats() - accesses the TPM has seen
 * @model: the TPM
 *
 * Return: the counts since the model was created.
 */
struct tpm_model_stats tpm_model_stats(struct tpm_model *model)
{
	struct tpm_model_stats stats;
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	stats = model->stats;
	stats.reads = model->bus.reads;
	stats.writes = model->bus.writes;
	spin_unlock_irqrestore(&model->lock, flags);
	return stats;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_stats, "IMX_TPM_MODEL");

/**
 * tpm_model_pin() - what a channel's pin shows now
 * @model: the TPM
 * @ch: channel
 *
 * Return: the latest change on the pin, up to model time now.
 */
struct hw_model_pin_event tpm_model_pin(struct tpm_model *model,
					unsigned int ch)
{
	struct hw_model_pin_event pin = {};
	unsigned long flags;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	if (ch < model->nr_ch)
		pin = hw_model_pin_now(&model->ch[ch].pin);
	spin_unlock_irqrestore(&model->lock, flags);
	return pin;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_pin, "IMX_TPM_MODEL");

/**
 * tpm_model_pin_history() - the latest changes on a channel's pin
 * @model: the TPM
 * @ch: channel
 * @events: filled with up to @max changes, oldest first
 * @max: room in @events
 *
 * The model keeps the last %HW_MODEL_PIN_HISTORY changes of each pin.
 *
 * Return: how many changes were stored in @events.
 */
unsigned int tpm_model_pin_history(struct tpm_model *model, unsigned int ch,
				   struct hw_model_pin_event *events,
				   unsigned int max)
{
	unsigned long flags;
	unsigned int n;

	if (ch >= model->nr_ch)
		return 0;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	n = hw_model_pin_history(&model->ch[ch].pin, events, max);
	spin_unlock_irqrestore(&model->lock, flags);
	return n;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_pin_history, "IMX_TPM_MODEL");

/**
 * tpm_model_pin_changes() - how often a channel's pin changed
 * @model: the TPM
 * @ch: channel
 *
 * Return: the count of changes, the one at creation included.
 */
unsigned int tpm_model_pin_changes(struct tpm_model *model, unsigned int ch)
{
	unsigned long flags;
	unsigned int n = 0;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	if (ch < model->nr_ch)
		n = hw_model_pin_changes(&model->ch[ch].pin);
	spin_unlock_irqrestore(&model->lock, flags);
	return n;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_pin_changes, "IMX_TPM_MODEL");

/**
 * tpm_model_show_pins() - every channel's record, for a debugfs file
 * @model: the TPM
 * @s: the file
 *
 * Prints what hw_model_pins_show_clock() and hw_model_pin_show() do, the
 * pin of channel n named "chn".
 */
void tpm_model_show_pins(struct tpm_model *model, struct seq_file *s)
{
	unsigned long flags;
	unsigned int ch;
	char name[16];

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	hw_model_pins_show_clock(s, &model->clock);
	for (ch = 0; ch < model->nr_ch; ch++) {
		snprintf(name, sizeof(name), "ch%u", ch);
		hw_model_pin_show(s, name, &model->ch[ch].pin);
	}
	spin_unlock_irqrestore(&model->lock, flags);
}

/**
 * tpm_model_cycles_to_ns() - module clock cycles in ns, rounded down
 * @model: the TPM
 * @cycles: a count of module clock cycles
 *
 * Return: their length in ns.
 */
u64 tpm_model_cycles_to_ns(struct tpm_model *model, u64 cycles)
{
	return tpm_cycles_to_ns(model, cycles);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_cycles_to_ns, "IMX_TPM_MODEL");

/**
 * tpm_model_ack_ns() - how long an acknowledge takes, rounded up
 * @model: the TPM
 *
 * Return: the time from a stop of the counter, or a channel mode change,
 * until the TPM acknowledges it, in ns.
 */
u64 tpm_model_ack_ns(struct tpm_model *model)
{
	return DIV_ROUND_UP_ULL((u64)model->ack_cycles * NSEC_PER_SEC,
				model->config.rate_hz);
}
EXPORT_SYMBOL_NS_GPL(tpm_model_ack_ns, "IMX_TPM_MODEL");

/**
 * tpm_model_pin_level() - the level on a channel's pin at this instant
 * @model: the TPM
 * @ch: channel
 *
 * What a scope shows now, from the counter's count: on a running counter
 * it changes at the counter's edges, which tpm_model_pin() summarises.
 *
 * Return: the level; false for a pin the TPM does not drive.
 */
bool tpm_model_pin_level(struct tpm_model *model, unsigned int ch)
{
	struct hw_model_pin_event pin;
	unsigned long flags;
	bool level = false;
	u32 start, end;

	spin_lock_irqsave(&model->lock, flags);
	tpm_update(model);
	if (ch < model->nr_ch) {
		pin = tpm_pin_now(model, ch);
		if (pin.driven && !pin.running) {
			level = pin.level;
		} else if (pin.driven) {
			bool inverse = (model->ch[ch].cnsc & TPM_CNSC_ELSA) !=
				       !!(model->pol & BIT(ch));

			tpm_active_counts(model, ch, &start, &end);
			level = (model->cnt >= start && model->cnt < end &&
				 model->cnt <= model->mod) != inverse;
		}
	}
	spin_unlock_irqrestore(&model->lock, flags);
	return level;
}
EXPORT_SYMBOL_NS_GPL(tpm_model_pin_level, "IMX_TPM_MODEL");
