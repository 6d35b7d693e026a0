// SPDX-License-Identifier: GPL-2.0-only
/*
 * The benchmark's in-kernel half (make bench): the models both drivers run
 * on, and measurements of whichever driver is bound, driven from the guest
 * through debugfs (driver_bench/):
 * - sio: port accesses the modelled Fintek chip at 0x2e saw, and its
 *   watchdog (counting, time left, resets fired);
 * - cmd: write a command, read its result line:
 *   "reset"              fresh models (no driver may be bound);
 *   "fidelity"           ordinary requests, and what the pin shows;
 *   "apply PERIOD N"     N duty cycle changes on a running channel: task
 *                        CPU time, and model time until the pin changed;
 *   "sweep-begin SEED"   start the rounding sweep from SEED;
 *   "sweep N"            N more requests of it, with the results so far.
 * The TPM at 0x40270000 runs on the kernel's clock; the sweep's, at
 * 0x40280000, on a manual clock. Tests only.
 */

#include <linux/bitfield.h>
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/iopoll.h>
#include <linux/math64.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/of.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/prandom.h>
#include <linux/pwm.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "driver_bench.h"
#include "fintek_sio_model.h"
#include "imx_tpm_model.h"

#define BENCH_TIMED_BASE	0x40270000
#define BENCH_SWEEP_BASE	0x40280000
#define BENCH_RATE_HZ		24000000	/* as in driver_bench_board.dtso */
#define BENCH_CHANNELS		4
#define BENCH_SIO_PORT		0x2e
#define BENCH_SIO_CHIP		"F71869"	/* known to both drivers */
#define BENCH_MAX_APPLIES	1000
#define BENCH_MAX_COUNTS	65536		/* MOD + 1, MOD = 0xffff */
#define BENCH_MAX_CNV		65535		/* 16 bits: 100 % only if MOD < CnV */
#define BENCH_MAX_PRESCALE	7
#define BENCH_OUT_SIZE		2048
#define BENCH_PHASE_SEED	0x5eed0f50	/* the points in a period of "apply" */
#define BENCH_SPIN_NS		(200 * NSEC_PER_USEC)

/**
 * struct bench_sweep - the rounding sweep so far
 * @rnd: its random requests
 * @requests: requests made
 * @refused: requests the driver refused
 * @refused_servable: of those, requests the TPM could have met
 * @not_best: accepted requests whose pin is not the best the TPM can do
 *	without going above the request
 * @above: accepted requests whose pin's period or active time is longer
 *	than requested
 * @worst_period_err: largest difference of the pin's period from the
 *	request, in ns, over requests within the longest period
 * @worst_duty_err: the same for the active time
 * @other_errors: applies that failed otherwise (disable, unexpected errno)
 * @ebusy: of the failed applies, those that failed with -EBUSY
 * @etime: those that failed with -ETIME or -ETIMEDOUT
 */
struct bench_sweep {
	struct rnd_state rnd;
	unsigned int requests;
	unsigned int refused;
	unsigned int refused_servable;
	unsigned int not_best;
	unsigned int above;
	u64 worst_period_err;
	u64 worst_duty_err;
	unsigned int other_errors;
	unsigned int ebusy;
	unsigned int etime;
};

static struct tpm_model *timed_tpm, *sweep_tpm;
static struct fintek_sio_model *sio;
static struct dentry *bench_dir;
static int bench_ovcs_id;
static struct bench_sweep sweep;
/* Serialises commands: each one owns the models while it runs. */
static DEFINE_MUTEX(bench_lock);
static char bench_out[BENCH_OUT_SIZE];

static int bench_models_create(void)
{
	const struct fintek_sio_chip *chip = fintek_sio_model_chip(BENCH_SIO_CHIP);
	struct tpm_model_config config = {
		.base = BENCH_TIMED_BASE,
		.rate_hz = BENCH_RATE_HZ,
		.channels = BENCH_CHANNELS,
	};

	timed_tpm = tpm_model_create(&config);
	if (IS_ERR(timed_tpm))
		return PTR_ERR(timed_tpm);
	config.base = BENCH_SWEEP_BASE;
	config.manual_clock = true;
	sweep_tpm = tpm_model_create(&config);
	if (IS_ERR(sweep_tpm)) {
		tpm_model_destroy(timed_tpm);
		return PTR_ERR(sweep_tpm);
	}
	sio = fintek_sio_model_add(BENCH_SIO_PORT, chip->devid);
	if (IS_ERR(sio)) {
		tpm_model_destroy(sweep_tpm);
		tpm_model_destroy(timed_tpm);
		return PTR_ERR(sio);
	}
	return 0;
}

static void bench_models_destroy(void)
{
	fintek_sio_model_remove(sio);
	tpm_model_destroy(sweep_tpm);
	tpm_model_destroy(timed_tpm);
}

static struct platform_device *bench_tpm_device(phys_addr_t base)
{
	struct platform_device *pdev;
	struct device_node *np;
	char path[24];

	snprintf(path, sizeof(path), "/pwm@%llx", (unsigned long long)base);
	np = of_find_node_by_path(path);
	if (!np)
		return NULL;
	pdev = of_find_device_by_node(np);
	of_node_put(np);
	return pdev;
}

static bool bench_tpm_bound(phys_addr_t base)
{
	struct platform_device *pdev = bench_tpm_device(base);
	bool bound = pdev && pdev->dev.driver;

	platform_device_put(pdev);
	return bound;
}

static int bench_is_pwmchip(struct device *dev, void *unused)
{
	return dev->class && !strcmp(dev->class->name, "pwm");
}

/* Requests channel 0 of the TPM at @base, as a consumer would. */
static struct pwm_device *bench_pwm_get(phys_addr_t base)
{
	struct of_phandle_args args = { .args_count = 1 };
	struct platform_device *pdev = bench_tpm_device(base);
	struct pwm_device *pwm = ERR_PTR(-ENODEV);
	struct device *child;

	if (!pdev)
		return pwm;
	child = device_find_child(&pdev->dev, NULL, bench_is_pwmchip);
	if (child) {
		pwm = of_pwm_xlate_with_flags(container_of(child, struct pwm_chip, dev),
					      &args);
		put_device(child);
	}
	platform_device_put(pdev);
	return pwm;
}

static int bench_apply(struct pwm_device *pwm, u64 period, u64 duty,
		       enum pwm_polarity polarity, bool enabled)
{
	struct pwm_state state = {
		.period = period,
		.duty_cycle = duty,
		.polarity = polarity,
		.enabled = enabled,
	};

	return pwm_apply_might_sleep(pwm, &state);
}

/*
 * CPU time the task has run, to the ns: what the scheduler accounted at its
 * last update, and what it ran since.
 */
static u64 bench_cputime(void)
{
	u64 t;

	preempt_disable();
	t = current->se.sum_exec_runtime + (local_clock() - current->se.exec_start);
	preempt_enable();
	return t;
}

static u64 bench_cycles_to_ns(u64 cycles)
{
	return div_u64(cycles * NSEC_PER_SEC, BENCH_RATE_HZ);
}

static u64 bench_ns_to_cycles(u64 ns)
{
	return mul_u64_u32_div(ns, BENCH_RATE_HZ, NSEC_PER_SEC);
}

static u64 bench_absdiff(u64 a, u64 b)
{
	return a > b ? a - b : b - a;
}

/* The active time a pin shows, in cycles. */
static u64 bench_pin_active(const struct hw_model_pin_event *pin,
			    enum pwm_polarity polarity)
{
	return polarity == PWM_POLARITY_INVERSED ?
	       pin->period_cycles - pin->high_cycles : pin->high_cycles;
}

/*
 * Ordinary requests: the pin must show the requested period and duty cycle
 * within one count of the prescaled clock, as on silicon for any driver.
 */
static int bench_fidelity(char *out, size_t size)
{
	static const u64 requests[][2] = {
		{ 1000000, 250000 }, { 1000000, 500000 }, { 20000000, 5000000 },
		{ 20000000, 15000000 }, { 50000, 25000 }, { 100000, 10000 },
		{ 349520000, 100000000 },
	};
	struct pwm_device *pwm = bench_pwm_get(BENCH_TIMED_BASE);
	unsigned int i, bad = 0;
	size_t len = 0;
	int ret;

	if (IS_ERR(pwm))
		return PTR_ERR(pwm);
	for (i = 0; i < ARRAY_SIZE(requests); i++) {
		u64 period = requests[i][0], duty = requests[i][1];
		u64 cycles = bench_ns_to_cycles(period);
		unsigned int ps = 0;
		struct hw_model_pin_event pin;
		u64 tol, pin_period, pin_high;
		bool ok;

		while (ps < BENCH_MAX_PRESCALE && (cycles >> ps) > BENCH_MAX_COUNTS)
			ps++;
		tol = DIV_ROUND_UP_ULL((u64)NSEC_PER_SEC << ps, BENCH_RATE_HZ);

		ret = bench_apply(pwm, period, duty, PWM_POLARITY_NORMAL, true);
		pin = tpm_model_pin(timed_tpm, 0);
		pin_period = bench_cycles_to_ns(pin.period_cycles);
		pin_high = bench_cycles_to_ns(pin.high_cycles);
		ok = !ret && pin.driven && pin.running &&
		     bench_absdiff(pin_period, period) <= tol &&
		     bench_absdiff(pin_high, duty) <= tol;
		bad += !ok;
		len += scnprintf(out + len, size - len,
				 "fidelity: period=%llu duty=%llu ret=%d pin_period=%llu pin_high=%llu tol=%llu %s\n",
				 period, duty, ret, pin_period, pin_high, tol,
				 ok ? "ok" : "BAD");
		/* A new period needs the counter stopped, for either driver. */
		bench_apply(pwm, period, duty, PWM_POLARITY_NORMAL, false);
	}
	scnprintf(out + len, size - len, "fidelity: %u of %zu requests off\n",
		  bad, ARRAY_SIZE(requests));
	pwm_put(pwm);
	return 0;
}

static int bench_cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static u64 bench_median(u64 *v, unsigned int n)
{
	sort(v, n, sizeof(*v), bench_cmp_u64, NULL);
	return n ? v[n / 2] : 0;
}

/*
 * Wait until the counter of the timed TPM, whose channel 0 shows @pin, is
 * @phase_ns into a period: sleep to just before, then watch model time, as
 * a sleep alone ends too late for a 50 us period. A sleep may also end past
 * the point (by 3 ms at 50 Hz, seen in the guest): then the same point of a
 * later period, or the apply would start late and count against the
 * driver. Returns that model time.
 */
static u64 bench_wait_for_phase(const struct hw_model_pin_event *pin, u64 phase_ns)
{
	u64 period_ns = bench_cycles_to_ns(pin->period_cycles);
	u64 start = pin->at_ns - bench_cycles_to_ns(pin->phase_cycles);
	u64 target = start + phase_ns;
	u64 now, sleep_us;

	for (;;) {
		now = tpm_model_now(timed_tpm);
		if (target < now)
			target += roundup(now - target, period_ns);
		if (target - now <= BENCH_SPIN_NS)
			break;
		sleep_us = div_u64(target - now - BENCH_SPIN_NS, NSEC_PER_USEC);
		usleep_range(sleep_us, sleep_us + 1);
	}
	while (tpm_model_now(timed_tpm) < target)
		cpu_relax();
	return target;
}

/*
 * @n duty cycle changes on a running channel at @period, each at a point
 * of the period drawn from BENCH_PHASE_SEED, so that the calls land
 * anywhere in a period and each driver gets the same points: the time to
 * the pin depends on that point (the TPM takes a new duty cycle only at
 * the end of a period), so only then do two drivers' figures compare. Per
 * apply: the task's CPU time, and the model time from that point, which the
 * call follows at once, to the change on the pin, which may come after the
 * call returned: the same start for both drivers, as the moment the point
 * is seen to have passed varies by a loop's turn. "base" is the
 * CPU time of the same measurement around nothing. An apply that fails
 * counts in the CPU time, and as "failed" with its errno.
 */
static int bench_apply_cmd(u64 period, unsigned int n, char *out, size_t size)
{
	struct tpm_model_stats before, after;
	struct hw_model_pin_event pin;
	struct rnd_state rnd;
	u64 *cpu, *pin_ns, *ret_ns, *base, med_pin;
	unsigned int i, unseen = 0, failed = 0, missed = 0;
	struct pwm_device *pwm;
	int ret = -ENOMEM, err = 0;

	if (!n || n > BENCH_MAX_APPLIES || period < 1000 || period > NSEC_PER_SEC)
		return -EINVAL;
	pwm = bench_pwm_get(BENCH_TIMED_BASE);
	if (IS_ERR(pwm))
		return PTR_ERR(pwm);
	cpu = kcalloc(n, sizeof(*cpu), GFP_KERNEL);
	pin_ns = kcalloc(n, sizeof(*pin_ns), GFP_KERNEL);
	ret_ns = kcalloc(n, sizeof(*ret_ns), GFP_KERNEL);
	base = kcalloc(n, sizeof(*base), GFP_KERNEL);
	if (!cpu || !pin_ns || !ret_ns || !base)
		goto out;

	ret = bench_apply(pwm, period, period / 4, PWM_POLARITY_NORMAL, true);
	if (ret)
		goto out;
	/* The points in the period are measured from the wave on the pin. */
	ret = read_poll_timeout(tpm_model_pin, pin, pin.running &&
				bench_cycles_to_ns(pin.period_cycles) == period,
				20, 3 * div_u64(period, NSEC_PER_USEC) + 1000, false,
				timed_tpm, 0);
	if (ret)
		goto out;
	prandom_seed_state(&rnd, BENCH_PHASE_SEED);
	before = tpm_model_stats(timed_tpm);
	for (i = 0; i < n; i++) {
		u64 duty = i % 2 ? period / 4 : period / 4 * 3;
		u64 phase = mul_u64_u32_div(period, prandom_u32_state(&rnd), U32_MAX);
		u64 c0, t0, t1, point;

		point = bench_wait_for_phase(&pin, phase);
		c0 = bench_cputime();
		t0 = tpm_model_now(timed_tpm);
		ret = bench_apply(pwm, period, duty, PWM_POLARITY_NORMAL, true);
		t1 = tpm_model_now(timed_tpm);
		cpu[i] = bench_cputime() - c0;
		ret_ns[i] = t1 - t0;
		/* A driver may return before the pin changes: 3 periods at most. */
		pin = tpm_model_pin(timed_tpm, 0);
		while (!ret && pin.at_ns < t0 &&
		       tpm_model_now(timed_tpm) - t0 < 3 * period) {
			usleep_range(10, 20);
			pin = tpm_model_pin(timed_tpm, 0);
		}
		if (!ret && pin.at_ns >= t0) {
			pin_ns[i] = pin.at_ns - point;
			/* Taken after the end of the period it was made in. */
			missed += pin_ns[i] > period - phase % period;
		} else {
			/* No change seen on the pin: sorts last. */
			pin_ns[i] = U64_MAX;
			unseen++;
		}
		if (ret) {
			failed++;
			err = ret;
		}
		c0 = bench_cputime();
		base[i] = bench_cputime() - c0;
	}
	after = tpm_model_stats(timed_tpm);

	med_pin = bench_median(pin_ns, n);
	scnprintf(out, size,
		  "apply: period=%llu n=%u cpu_ns=%llu base_cpu_ns=%llu pin_ns=%llu return_ns=%llu max_pin_ns=%llu unseen=%u missed=%u failed=%u err=%d reads=%u writes=%u\n",
		  period, n, bench_median(cpu, n), bench_median(base, n),
		  med_pin, bench_median(ret_ns, n),
		  unseen < n ? pin_ns[n - 1 - unseen] : 0, unseen, missed, failed, err,
		  DIV_ROUND_CLOSEST(after.reads - before.reads, n),
		  DIV_ROUND_CLOSEST(after.writes - before.writes, n));
	ret = 0;
	bench_apply(pwm, period, 0, PWM_POLARITY_NORMAL, false);
out:
	kfree(base);
	kfree(ret_ns);
	kfree(pin_ns);
	kfree(cpu);
	pwm_put(pwm);
	return ret;
}

/*
 * The best the TPM can do for a request, in cycles: the longest period not
 * above it, then the longest active time not above the request on that
 * period, over every prescaler (as the KUnit suite's reference does). A
 * period of 2^16 counts has no CnV above MOD: its active time is one count
 * short of 100 %.
 */
static void bench_best(u64 period, u64 duty, u64 *best_period, u64 *best_active)
{
	u64 cycles = bench_ns_to_cycles(period);
	u64 duty_cycles = bench_ns_to_cycles(min(duty, period));
	unsigned int ps;

	*best_period = 0;
	*best_active = 0;
	for (ps = 0; ps <= BENCH_MAX_PRESCALE; ps++)
		*best_period = max(*best_period,
				   min_t(u64, cycles >> ps, BENCH_MAX_COUNTS) << ps);
	for (ps = 0; ps <= BENCH_MAX_PRESCALE; ps++) {
		u64 counts = *best_period >> ps;

		if (!counts || counts << ps != *best_period || counts > BENCH_MAX_COUNTS)
			continue;
		*best_active = max(*best_active,
				   min(duty_cycles >> ps, min(counts, BENCH_MAX_CNV)) << ps);
	}
}

/* Log-uniform over [1, 2^bits) ns. */
static u64 bench_random_ns(struct rnd_state *rnd, unsigned int bits)
{
	unsigned int width = 1 + prandom_u32_state(rnd) % bits;
	u64 v = ((u64)prandom_u32_state(rnd) << 32) | prandom_u32_state(rnd);

	return max_t(u64, v >> (64 - width), 1);
}

static void bench_sweep_errno(int ret)
{
	sweep.ebusy += ret == -EBUSY;
	sweep.etime += ret == -ETIME || ret == -ETIMEDOUT;
}

static void bench_sweep_one(struct pwm_device *pwm, u64 longest_ns,
			    unsigned int bits)
{
	struct rnd_state *rnd = &sweep.rnd;
	u64 period = bench_random_ns(rnd, bits);
	u64 duty = prandom_u32_state(rnd) % 8 ?
		   mul_u64_u32_div(period, prandom_u32_state(rnd), U32_MAX) :
		   (prandom_u32_state(rnd) & 1) * period;
	enum pwm_polarity pol = prandom_u32_state(rnd) & 1;
	u64 best_period, best_active, pin_period, pin_active;
	struct hw_model_pin_event pin;
	int ret;

	sweep.requests++;
	bench_best(period, duty, &best_period, &best_active);
	ret = bench_apply(pwm, period, duty, pol, true);
	bench_sweep_errno(ret);
	if (ret) {
		sweep.refused++;
		sweep.refused_servable += best_period != 0;
		sweep.other_errors += ret != -EINVAL && ret != -ERANGE;
		return;
	}

	pin = tpm_model_pin(sweep_tpm, 0);
	pin_active = bench_pin_active(&pin, pol);
	sweep.not_best += !pin.driven || !pin.running ||
			  pin.period_cycles != best_period ||
			  pin_active != best_active;
	pin_period = bench_cycles_to_ns(pin.period_cycles);
	pin_active = bench_cycles_to_ns(pin_active);
	sweep.above += pin_period > period || pin_active > duty;
	if (period <= longest_ns) {
		sweep.worst_period_err = max(sweep.worst_period_err,
					     bench_absdiff(pin_period, period));
		sweep.worst_duty_err = max(sweep.worst_duty_err,
					   bench_absdiff(pin_active, duty));
	}
	ret = bench_apply(pwm, period, duty, pol, false);
	bench_sweep_errno(ret);
	sweep.other_errors += !!ret;
}

static int bench_sweep_cmd(unsigned int n, char *out, size_t size)
{
	u64 longest_ns = bench_cycles_to_ns((u64)BENCH_MAX_COUNTS << BENCH_MAX_PRESCALE);
	unsigned int bits = fls64(longest_ns) + 1;
	struct pwm_device *pwm = bench_pwm_get(BENCH_SWEEP_BASE);

	if (IS_ERR(pwm))
		return PTR_ERR(pwm);
	while (n--)
		bench_sweep_one(pwm, longest_ns, bits);
	pwm_put(pwm);

	scnprintf(out, size,
		  "sweep: requests=%u refused=%u refused_servable=%u not_best=%u above=%u worst_period_err_ns=%llu worst_duty_err_ns=%llu other_errors=%u ebusy=%u etime=%u\n",
		  sweep.requests, sweep.refused, sweep.refused_servable,
		  sweep.not_best, sweep.above, sweep.worst_period_err,
		  sweep.worst_duty_err, sweep.other_errors, sweep.ebusy,
		  sweep.etime);
	return 0;
}

static int bench_reset(void)
{
	if (bench_tpm_bound(BENCH_TIMED_BASE) || bench_tpm_bound(BENCH_SWEEP_BASE))
		return -EBUSY;
	bench_models_destroy();
	return bench_models_create();
}

static int bench_run(char *cmd)
{
	unsigned long long period, seed;
	unsigned int n;

	bench_out[0] = '\0';
	if (!strcmp(cmd, "reset"))
		return bench_reset();
	if (!strcmp(cmd, "fidelity"))
		return bench_fidelity(bench_out, sizeof(bench_out));
	if (sscanf(cmd, "apply %llu %u", &period, &n) == 2)
		return bench_apply_cmd(period, n, bench_out, sizeof(bench_out));
	if (sscanf(cmd, "sweep-begin %llu", &seed) == 1) {
		memset(&sweep, 0, sizeof(sweep));
		prandom_seed_state(&sweep.rnd, seed);
		return 0;
	}
	if (sscanf(cmd, "sweep %u", &n) == 1)
		return bench_sweep_cmd(n, bench_out, sizeof(bench_out));
	return -EINVAL;
}

static ssize_t bench_cmd_write(struct file *file, const char __user *buf,
			       size_t count, loff_t *ppos)
{
	char *cmd;
	int ret;

	cmd = memdup_user_nul(buf, min_t(size_t, count, 64));
	if (IS_ERR(cmd))
		return PTR_ERR(cmd);
	strim(cmd);
	scoped_guard(mutex, &bench_lock)
		ret = bench_run(cmd);
	kfree(cmd);
	return ret ?: count;
}

static ssize_t bench_cmd_read(struct file *file, char __user *buf,
			      size_t count, loff_t *ppos)
{
	guard(mutex)(&bench_lock);
	return simple_read_from_buffer(buf, count, ppos, bench_out,
				       strlen(bench_out));
}

static const struct file_operations bench_cmd_fops = {
	.owner = THIS_MODULE,
	.read = bench_cmd_read,
	.write = bench_cmd_write,
	.llseek = default_llseek,
};

static int bench_sio_show(struct seq_file *s, void *unused)
{
	struct fintek_sio_model_counts counts;
	struct fintek_sio_model_wdt wdt;

	guard(mutex)(&bench_lock);
	counts = fintek_sio_model_counts(sio);
	wdt = fintek_sio_model_wdt(sio);
	seq_printf(s, "reads: %u\nwrites: %u\nenters: %u\nexits: %u\n"
		   "counting: %d\nms_left: %llu\nresets: %u\n",
		   counts.reads, counts.writes, counts.enters, counts.exits,
		   wdt.counting, wdt.ms_left, wdt.nr_resets);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(bench_sio);

static int __init driver_bench_init(void)
{
	int ret;

	ret = bench_models_create();
	if (ret)
		return ret;
	ret = of_overlay_fdt_apply(__dtbo_driver_bench_board_begin,
				   __dtbo_driver_bench_board_end - __dtbo_driver_bench_board_begin,
				   &bench_ovcs_id, NULL);
	if (ret) {
		if (bench_ovcs_id)
			of_overlay_remove(&bench_ovcs_id);
		bench_models_destroy();
		return ret;
	}
	bench_dir = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_file("cmd", 0600, bench_dir, NULL, &bench_cmd_fops);
	debugfs_create_file("sio", 0444, bench_dir, NULL, &bench_sio_fops);
	return 0;
}
module_init(driver_bench_init);

static void __exit driver_bench_exit(void)
{
	debugfs_remove(bench_dir);
	of_overlay_remove(&bench_ovcs_id);
	bench_models_destroy();
}
module_exit(driver_bench_exit);

MODULE_DESCRIPTION("Benchmark of the TPM PWM and Fintek watchdog drivers on their models");
MODULE_LICENSE("GPL");
MODULE_IMPORT_NS("IMX_TPM_MODEL");
MODULE_IMPORT_NS("SUPERIO_MODEL");
