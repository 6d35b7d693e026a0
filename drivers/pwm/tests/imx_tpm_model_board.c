// SPDX-License-Identifier: GPL-2.0-only
/*
 * A board for the booted-kernel tests: with board=1, loading imx_tpm_model
 * puts a modelled TPM on the device tree (imx_tpm_model_board.dtso), so the
 * driver probes on it as on an i.MX board, even where the machine has no
 * device tree. The model runs on the kernel's clock; what its pins show is
 * in debugfs: imx_tpm_model/state now, imx_tpm_model/pins the latest changes
 * in the format of the hw_model library, from which
 * tools/testing/waveform.py draws a waveform.
 *
 * The TPM's module clock is the board's own gate, so that the model sees
 * when the driver turns it off.
 *
 * instance= picks the TPM from real SoCs (imx_tpm_board_instances[]); the
 * default is the board the end-to-end tests were written for.
 *
 * Fault injection: writing N to imx_tpm_model/fail_access makes the Nth
 * register access from then on fail with -EIO, as a bus error would; reading
 * it gives the accesses left until then, 0 once it failed. 0 cancels. While
 * clock_fails is Y, enabling the clock fails with -EIO; clock_rate_hz sets
 * the rate the clock reports, 0 for a clock that reports none.
 */

#include <linux/bitfield.h>
#include <linux/clk-provider.h>
#include <linux/debugfs.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/string_choices.h>

#include "imx_tpm_model.h"

#define BOARD_TPM_BASE		0x40250000
#define BOARD_TPM_RATE_HZ	24000000

/**
 * struct board_instance - a TPM as a SoC has it
 * @name: what instance= says
 * @rate_hz: its module clock
 * @channels: channel count
 * @width: counter width in bits
 * @pause_level: whether it has pause level select
 */
struct board_instance {
	const char *name;
	u32 rate_hz;
	unsigned int channels;
	unsigned int width;
	enum tpm_model_pause_level pause_level;
};

/*
 * Counter widths, channel counts of i.MX93 and pause level select: NXP's
 * MCUXpresso SDK device headers and feature files (hardware.md). The clock
 * rates, and the i.MX7ULP channel counts, are assumptions: a 24 MHz
 * oscillator, and the 32.768 kHz RTC oscillator a TPM may also run from.
 */
static const struct board_instance imx_tpm_board_instances[] = {
	{ "default", BOARD_TPM_RATE_HZ, 4, 16, TPM_MODEL_PAUSE_LEVEL_DEFAULT },
	{ "imx93", 24000000, 4, 32, TPM_MODEL_PAUSE_LEVEL_SELECT },
	{ "imx7ulp-16bit", 24000000, 6, 16, TPM_MODEL_PAUSE_LEVEL_NONE },
	{ "imx7ulp-32bit", 24000000, 2, 32, TPM_MODEL_PAUSE_LEVEL_NONE },
	{ "imx7ulp-32k", 32768, 6, 16, TPM_MODEL_PAUSE_LEVEL_NONE },
};

/* What firmware_running=1 leaves: 1 ms at 25 %, counting at 24 MHz / 4. */
#define FIRMWARE_PRESCALE	2
#define FIRMWARE_COUNTS		6000
#define FIRMWARE_HIGH_COUNTS	1500

static bool board;
module_param(board, bool, 0444);
MODULE_PARM_DESC(board, "Put a modelled TPM at 0x40250000 on the device tree at load, the one instance= names (default: N)");

static char *instance = "default";
module_param(instance, charp, 0444);
MODULE_PARM_DESC(instance, "With board=1: which TPM: default (24 MHz, 4 channels, 16 bits), imx93 (4 channels, 32 bits, pause level select), imx7ulp-16bit, imx7ulp-32bit, imx7ulp-32k (on a 32.768 kHz clock)");

static bool firmware_running;
module_param(firmware_running, bool, 0444);
MODULE_PARM_DESC(firmware_running, "With board=1: the firmware left channel 0 running, 1 ms at 25 % with prescaler 4 (default: N)");

static const struct board_instance *board_inst;
static struct tpm_model *board_tpm;
static struct dentry *board_debugfs;
static int board_ovcs_id;
static bool board_clock_fails;
static u32 board_clock_rate_hz = BOARD_TPM_RATE_HZ;

static int board_clk_enable(struct clk_hw *hw)
{
	if (READ_ONCE(board_clock_fails))
		return -EIO;
	tpm_model_set_clock(board_tpm, true);
	return 0;
}

static void board_clk_disable(struct clk_hw *hw)
{
	tpm_model_set_clock(board_tpm, false);
}

static int board_clk_is_enabled(struct clk_hw *hw)
{
	return tpm_model_clock_on(board_tpm);
}

static unsigned long board_clk_recalc_rate(struct clk_hw *hw,
					   unsigned long parent_rate)
{
	return READ_ONCE(board_clock_rate_hz);
}

static const struct clk_ops board_clk_ops = {
	.enable = board_clk_enable,
	.disable = board_clk_disable,
	.is_enabled = board_clk_is_enabled,
	.recalc_rate = board_clk_recalc_rate,
};

static int board_clk_probe(struct platform_device *pdev)
{
	struct clk_init_data init = {
		.name = "tpm-model",
		.ops = &board_clk_ops,
		/* clock_rate_hz may change under it */
		.flags = CLK_GET_RATE_NOCACHE,
	};
	struct device *dev = &pdev->dev;
	struct clk_hw *hw;
	int ret;

	hw = devm_kzalloc(dev, sizeof(*hw), GFP_KERNEL);
	if (!hw)
		return -ENOMEM;
	hw->init = &init;
	ret = devm_clk_hw_register(dev, hw);
	if (ret)
		return ret;
	return devm_of_clk_add_hw_provider(dev, of_clk_hw_simple_get, hw);
}

static const struct of_device_id board_clk_of_match[] = {
	{ .compatible = "test,imx-tpm-model-clock" },
	{ }
};

static struct platform_driver board_clk_driver = {
	.probe = board_clk_probe,
	.driver = {
		.name = "imx-tpm-model-clock",
		.of_match_table = board_clk_of_match,
	},
};

static int board_state_show(struct seq_file *s, void *unused)
{
	struct tpm_model_stats stats = tpm_model_stats(board_tpm);
	unsigned int ch;

	seq_printf(s, "now_ns: %llu\nrate_hz: %u\nclock: %s\n"
		   "gated_accesses: %u\nstray_accesses: %u\n",
		   tpm_model_now(board_tpm), tpm_model_rate(board_tpm),
		   str_on_off(tpm_model_clock_on(board_tpm)),
		   stats.gated_accesses, stats.stray_accesses);
	for (ch = 0; ch < board_inst->channels; ch++) {
		struct hw_model_pin_event pin = tpm_model_pin(board_tpm, ch);

		seq_printf(s, "ch%u: driven=%d running=%d level=%d period_cycles=%llu high_cycles=%llu period_ns=%llu high_ns=%llu since_ns=%llu changes=%u\n",
			   ch, pin.driven, pin.running, pin.level,
			   pin.period_cycles, pin.high_cycles,
			   tpm_model_cycles_to_ns(board_tpm, pin.period_cycles),
			   tpm_model_cycles_to_ns(board_tpm, pin.high_cycles),
			   pin.at_ns, tpm_model_pin_changes(board_tpm, ch));
	}
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(board_state);

static int board_pins_show(struct seq_file *s, void *unused)
{
	tpm_model_show_pins(board_tpm, s);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(board_pins);

static int board_fail_access_get(void *data, u64 *val)
{
	*val = tpm_model_fail_pending(board_tpm);
	return 0;
}

static int board_fail_access_set(void *data, u64 val)
{
	if (val > UINT_MAX)
		return -EINVAL;
	tpm_model_fail_access(board_tpm, val, -EIO);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(board_fail_access_fops, board_fail_access_get,
			 board_fail_access_set, "%llu\n");

/* Channel 0 as a bootloader would leave it, before the driver probes. */
static void board_firmware_setup(struct tpm_model *tpm)
{
	tpm_model_write(tpm, TPM_SC, FIELD_PREP(TPM_SC_PS, FIRMWARE_PRESCALE));
	tpm_model_write(tpm, TPM_MOD, FIRMWARE_COUNTS - 1);
	tpm_model_write(tpm, TPM_CNV(0), FIRMWARE_HIGH_COUNTS);
	tpm_model_write(tpm, TPM_CNSC(0), TPM_CNSC_MSB | TPM_CNSC_ELSB);
	tpm_model_write(tpm, TPM_SC, FIELD_PREP(TPM_SC_PS, FIRMWARE_PRESCALE) |
			FIELD_PREP(TPM_SC_CMOD, 1));
}

static int __init imx_tpm_model_init(void)
{
	struct tpm_model_config config = { .base = BOARD_TPM_BASE };
	unsigned int i;
	int ret;

	if (!board)
		return 0;
	for (i = 0; i < ARRAY_SIZE(imx_tpm_board_instances); i++)
		if (sysfs_streq(instance, imx_tpm_board_instances[i].name))
			board_inst = &imx_tpm_board_instances[i];
	if (!board_inst) {
		pr_err(KBUILD_MODNAME ": no TPM instance %s\n", instance);
		return -EINVAL;
	}
	config.rate_hz = board_inst->rate_hz;
	config.channels = board_inst->channels;
	config.width = board_inst->width;
	config.pause_level = board_inst->pause_level;
	board_clock_rate_hz = board_inst->rate_hz;

	if (!IS_ENABLED(CONFIG_OF_OVERLAY)) {
		pr_err(KBUILD_MODNAME ": board=1 needs a kernel with CONFIG_OF_OVERLAY\n");
		return -EOPNOTSUPP;
	}

	board_tpm = tpm_model_create(&config);
	if (IS_ERR(board_tpm))
		return PTR_ERR(board_tpm);
	/* Off until the driver turns it on, unless the firmware left it on. */
	if (firmware_running)
		board_firmware_setup(board_tpm);
	else
		tpm_model_set_clock(board_tpm, false);

	board_debugfs = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_file("state", 0444, board_debugfs, NULL,
			    &board_state_fops);
	debugfs_create_file("pins", 0444, board_debugfs, NULL,
			    &board_pins_fops);
	debugfs_create_file_unsafe("fail_access", 0600, board_debugfs, NULL,
				   &board_fail_access_fops);
	debugfs_create_bool("clock_fails", 0600, board_debugfs, &board_clock_fails);
	debugfs_create_u32("clock_rate_hz", 0600, board_debugfs, &board_clock_rate_hz);

	ret = platform_driver_register(&board_clk_driver);
	if (ret)
		goto err_remove_debugfs;
	ret = of_overlay_fdt_apply(__dtbo_imx_tpm_model_board_begin,
				   __dtbo_imx_tpm_model_board_end -
				   __dtbo_imx_tpm_model_board_begin,
				   &board_ovcs_id, NULL);
	if (ret) {
		pr_err("cannot apply the board overlay: %d\n", ret);
		goto err_remove_overlay;
	}
	return 0;

err_remove_overlay:
	if (board_ovcs_id)
		of_overlay_remove(&board_ovcs_id);
	platform_driver_unregister(&board_clk_driver);
err_remove_debugfs:
	debugfs_remove(board_debugfs);
	tpm_model_destroy(board_tpm);
	return ret;
}
module_init(imx_tpm_model_init);

static void __exit imx_tpm_model_exit(void)
{
	if (!board)
		return;
	of_overlay_remove(&board_ovcs_id);
	platform_driver_unregister(&board_clk_driver);
	debugfs_remove(board_debugfs);
	tpm_model_destroy(board_tpm);
}
module_exit(imx_tpm_model_exit);

MODULE_DESCRIPTION("i.MX TPM model for tests");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("HW_MODEL");
MODULE_IMPORT_NS("PWM_IMX_TPM_TEST");
