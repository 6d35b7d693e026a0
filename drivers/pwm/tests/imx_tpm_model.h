/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Register-level model of the NXP i.MX TPM (Timer/PWM Module), for tests
 * only: its registers behind the TPM driver's test hooks, its counter in
 * model time, and each channel's pin as a scope would see it. See
 * imx_tpm_model_core.c for the behaviour modelled and where it comes from.
 */
#ifndef _IMX_TPM_MODEL_H
#define _IMX_TPM_MODEL_H

#include <linux/bits.h>
#include <linux/hw_model.h>
#include <linux/types.h>

struct kunit;
struct seq_file;
struct tpm_model;

#define TPM_MODEL_MAX_CHANNELS	8

/* Register offsets and fields, as the i.MX reference manuals name them */
#define TPM_VERID		0x00
#define TPM_PARAM		0x04
#define TPM_GLOBAL		0x08
#define   TPM_GLOBAL_NOUPDATE	BIT(0)
#define   TPM_GLOBAL_RST	BIT(1)
#define TPM_SC			0x10
#define   TPM_SC_PS		GENMASK(2, 0)
#define   TPM_SC_CMOD		GENMASK(4, 3)
#define   TPM_SC_CPWMS		BIT(5)
#define   TPM_SC_TOIE		BIT(6)
#define   TPM_SC_TOF		BIT(7)
#define   TPM_SC_DMA		BIT(8)
#define TPM_CNT			0x14
#define TPM_MOD			0x18
#define TPM_STATUS		0x1c
#define   TPM_STATUS_CHF(n)	BIT(n)
#define   TPM_STATUS_TOF	BIT(8)
#define TPM_CNSC(n)		(0x20 + (n) * 8)
#define   TPM_CNSC_DMA		BIT(0)
#define   TPM_CNSC_ELSA		BIT(2)
#define   TPM_CNSC_ELSB		BIT(3)
#define   TPM_CNSC_MSA		BIT(4)
#define   TPM_CNSC_MSB		BIT(5)
#define   TPM_CNSC_CHIE		BIT(6)
#define   TPM_CNSC_CHF		BIT(7)
#define TPM_CNV(n)		(0x24 + (n) * 8)
#define TPM_COMBINE		0x64
#define   TPM_COMBINE_PAIR(n)	BIT((n) / 2 * 8)
#define TPM_TRIG		0x6c
#define TPM_POL			0x70
#define TPM_FILTER		0x78
#define TPM_QDCTRL		0x80
#define   TPM_QDCTRL_QUADEN	BIT(0)
#define TPM_CONF		0x84
#define   TPM_CONF_CSOT		BIT(16)
#define   TPM_CONF_CSOO		BIT(17)

/**
 * enum tpm_model_mod_buffer - what MOD's write buffer does with a second
 *	write before the latch; no source says (see the fidelity table)
 * @TPM_MODEL_MOD_BUFFER_DEFAULT: as the module parameter mod_first_write says
 * @TPM_MODEL_MOD_FIRST_WRITE: keeps the first, as CnV's does
 * @TPM_MODEL_MOD_LAST_WRITE: the last write wins
 */
enum tpm_model_mod_buffer {
	TPM_MODEL_MOD_BUFFER_DEFAULT,
	TPM_MODEL_MOD_FIRST_WRITE,
	TPM_MODEL_MOD_LAST_WRITE,
};

/**
 * enum tpm_model_pause_level - whether the TPM has pause level select
 * @TPM_MODEL_PAUSE_LEVEL_DEFAULT: as the module parameter
 *	pause_level_select says
 * @TPM_MODEL_PAUSE_LEVEL_NONE: as on i.MX7ULP: ELS = 1:0 high-true, X:1
 *	low-true, 0:0 lets go of the pin
 * @TPM_MODEL_PAUSE_LEVEL_SELECT: as on i.MX8ULP and i.MX93: ELSnA selects
 *	low-true pulses, ELSnB the level while the counter is paused, and
 *	ELS = 0:0 still drives the pin
 */
enum tpm_model_pause_level {
	TPM_MODEL_PAUSE_LEVEL_DEFAULT,
	TPM_MODEL_PAUSE_LEVEL_NONE,
	TPM_MODEL_PAUSE_LEVEL_SELECT,
};

/**
 * struct tpm_model_config - one modelled TPM
 * @base: MMIO base the model stands in for
 * @rate_hz: rate of the module clock that feeds the counter
 * @channels: channel count PARAM reports, 0 to 255; only the first
 *	%TPM_MODEL_MAX_CHANNELS have registers, as the i.MX register map
 *	has room for no more
 * @width: counter width in bits PARAM reports, 16 or 32; 0 for 16
 * @manual_clock: model time moves only when a test or the driver's sleeps
 *	move it; otherwise it follows the kernel's monotonic clock
 * @mod_buffer: MOD's write buffer rule
 * @ack_cycles: module clock cycles until a stop of the counter or a
 *	channel mode change is acknowledged; 0 for the module parameter
 *	ack_cycles
 * @pause_level: whether the instance has pause level select
 */
struct tpm_model_config {
	phys_addr_t base;
	u32 rate_hz;
	unsigned int channels;
	unsigned int width;
	bool manual_clock;
	enum tpm_model_mod_buffer mod_buffer;
	unsigned int ack_cycles;
	enum tpm_model_pause_level pause_level;
};

/**
 * struct tpm_model_stats - what a logic analyser on the bus saw
 * @reads: register reads
 * @writes: register writes
 * @gated_accesses: accesses while the module clock was off; the silicon
 *	would abort them
 * @stray_accesses: accesses to offsets that hold no register
 * @sleeps: times the driver let model time pass instead of sleeping
 * @slept_ns: model time those sleeps took
 */
struct tpm_model_stats {
	unsigned int reads;
	unsigned int writes;
	unsigned int gated_accesses;
	unsigned int stray_accesses;
	unsigned int sleeps;
	u64 slept_ns;
};

struct tpm_model *tpm_model_create(const struct tpm_model_config *config);
void tpm_model_destroy(struct tpm_model *model);
struct tpm_model *tpm_model_create_kunit(struct kunit *test,
					 const struct tpm_model_config *config);

u32 tpm_model_read(struct tpm_model *model, unsigned int reg);
void tpm_model_write(struct tpm_model *model, unsigned int reg, u32 val);
u32 tpm_model_buffered(struct tpm_model *model, unsigned int reg);

void tpm_model_advance(struct tpm_model *model, u64 ns);
u64 tpm_model_now(struct tpm_model *model);
u32 tpm_model_rate(struct tpm_model *model);
void tpm_model_set_clock(struct tpm_model *model, bool on);
bool tpm_model_clock_on(struct tpm_model *model);
void tpm_model_power_loss(struct tpm_model *model);
void tpm_model_stall(struct tpm_model *model, bool stalled);
void tpm_model_set_access_time(struct tpm_model *model, u64 ns);
void tpm_model_fail_access(struct tpm_model *model, unsigned int nth, int err);
unsigned int tpm_model_fail_pending(struct tpm_model *model);

struct tpm_model_stats tpm_model_stats(struct tpm_model *model);
struct hw_model_pin_event tpm_model_pin(struct tpm_model *model,
					unsigned int ch);
unsigned int tpm_model_pin_history(struct tpm_model *model, unsigned int ch,
				   struct hw_model_pin_event *events,
				   unsigned int max);
unsigned int tpm_model_pin_changes(struct tpm_model *model, unsigned int ch);
void tpm_model_show_pins(struct tpm_model *model, struct seq_file *s);
u64 tpm_model_cycles_to_ns(struct tpm_model *model, u64 cycles);
u64 tpm_model_ack_ns(struct tpm_model *model);
bool tpm_model_pin_level(struct tpm_model *model, unsigned int ch);

/* imx_tpm_model_board.dtso, built into the module */
extern u8 __dtbo_imx_tpm_model_board_begin[];
extern u8 __dtbo_imx_tpm_model_board_end[];

#endif /* _IMX_TPM_MODEL_H */
