// SPDX-License-Identifier: GPL-2.0-only
/*
 * A regmap over one logical device of a Super I/O chip: each access claims
 * the port, enters configuration mode and selects the logical device, so
 * that drivers sharing the chip cannot see each other's select.
 */

#include <linux/device.h>
#include <linux/export.h>
#include <linux/regmap.h>
#include <linux/superio.h>

struct superio_regmap {
	struct superio sio;
	u8 ldn;
};

static int superio_regmap_begin(struct superio_regmap *ctx)
{
	int ret = superio_lock(&ctx->sio);

	if (!ret)
		superio_select(&ctx->sio, ctx->ldn);
	return ret;
}

static int superio_regmap_read(void *context, unsigned int reg,
			       unsigned int *val)
{
	struct superio_regmap *ctx = context;
	int ret = superio_regmap_begin(ctx);

	if (ret)
		return ret;
	*val = superio_read8(&ctx->sio, reg);
	superio_unlock(&ctx->sio);
	return 0;
}

static int superio_regmap_write(void *context, unsigned int reg,
				unsigned int val)
{
	struct superio_regmap *ctx = context;
	int ret = superio_regmap_begin(ctx);

	if (ret)
		return ret;
	superio_write8(&ctx->sio, reg, val);
	superio_unlock(&ctx->sio);
	return 0;
}

/* One configuration-mode session, so the read-modify-write is not split. */
static int superio_regmap_update_bits(void *context, unsigned int reg,
				      unsigned int mask, unsigned int val)
{
	struct superio_regmap *ctx = context;
	int ret = superio_regmap_begin(ctx);

	if (ret)
		return ret;
	superio_update_bits(&ctx->sio, reg, mask, val);
	superio_unlock(&ctx->sio);
	return 0;
}

static const struct regmap_bus superio_regmap_bus = {
	.reg_read = superio_regmap_read,
	.reg_write = superio_regmap_write,
	.reg_update_bits = superio_regmap_update_bits,
};

/**
 * devm_regmap_init_superio() - regmap over a logical device's registers
 * @dev: device that owns the regmap
 * @sio: the chip; copied, so it need not outlive the call
 * @ldn: logical device the regmap's accesses select
 * @config: 8-bit registers and values; no fast_io, as accesses sleep
 *
 * Global registers (below 0x30) read the same whatever is selected, so the
 * regmap reaches them too. regmap_update_bits() on a register that is not
 * cached runs in one configuration-mode session. Accesses fail with -EBUSY
 * while another driver holds the port without sharing it.
 *
 * Context: Process context.
 * Return: the regmap, or an ERR_PTR(): -EINVAL for a config that is not
 * 8-bit, -ENOMEM, or what regmap initialisation returns.
 */
struct regmap *devm_regmap_init_superio(struct device *dev,
					const struct superio *sio, u8 ldn,
					const struct regmap_config *config)
{
	struct superio_regmap *ctx;

	if (config->reg_bits != 8 || config->val_bits != 8 || config->fast_io)
		return ERR_PTR(-EINVAL);

	ctx = devm_kzalloc(dev, sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return ERR_PTR(-ENOMEM);

	ctx->sio = *sio;
	ctx->ldn = ldn;

	return devm_regmap_init(dev, &superio_regmap_bus, ctx, config);
}
EXPORT_SYMBOL_NS_GPL(devm_regmap_init_superio, "SUPERIO");
