// SPDX-License-Identifier: GPL-2.0
/*
 * The benchmark's user-space client, run in the guest by bench.sh:
 *
 *   bench-client wdt DEV SIO N      start DEV, ping it N times, stop it:
 *                                   port accesses (from the model's SIO
 *                                   file) per start and per ping, and CPU
 *                                   time per ping (WDIOC_KEEPALIVE)
 *   bench-client wdt-expire DEV SIO TIMEOUT PING_MS
 *                                   start DEV with TIMEOUT s, ping every
 *                                   PING_MS ms (0: never) for TIMEOUT + 2 s,
 *                                   and count the resets the model fired
 *   bench-client pwm-rate FILE PERIOD SECONDS
 *                                   write duty cycles of 1/4 and 3/4 of
 *                                   PERIOD to FILE in turn for SECONDS:
 *                                   updates per second
 *
 * Each prints one line of key=value pairs.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/watchdog.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

struct sio_counts {
	unsigned long reads, writes, resets;
};

static void die(const char *what)
{
	fprintf(stderr, "bench-client: %s: %s\n", what, strerror(errno));
	exit(1);
}

static struct sio_counts sio_read(const char *path)
{
	struct sio_counts c = { 0 };
	char key[32];
	unsigned long val;
	FILE *f = fopen(path, "r");

	if (!f)
		die(path);
	while (fscanf(f, "%31[^:]: %lu\n", key, &val) == 2) {
		if (!strcmp(key, "reads"))
			c.reads = val;
		else if (!strcmp(key, "writes"))
			c.writes = val;
		else if (!strcmp(key, "resets"))
			c.resets = val;
	}
	fclose(f);
	return c;
}

static unsigned long sio_accesses(struct sio_counts a, struct sio_counts b)
{
	return b.reads + b.writes - a.reads - a.writes;
}

static double now_ns(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void wdt_stop(int fd)
{
	if (write(fd, "V", 1) != 1)
		die("magic close");
	close(fd);
}

static int wdt(const char *dev, const char *sio, long n)
{
	struct sio_counts c0, c1, c2;
	double cpu;
	long i;
	int fd;

	c0 = sio_read(sio);
	fd = open(dev, O_WRONLY);
	if (fd < 0)
		die(dev);
	c1 = sio_read(sio);
	cpu = now_ns(CLOCK_THREAD_CPUTIME_ID);
	for (i = 0; i < n; i++)
		if (ioctl(fd, WDIOC_KEEPALIVE, 0))
			die("WDIOC_KEEPALIVE");
	cpu = now_ns(CLOCK_THREAD_CPUTIME_ID) - cpu;
	c2 = sio_read(sio);
	wdt_stop(fd);
	printf("start_accesses=%lu ping_accesses=%.2f ping_cpu_ns=%.0f\n",
	       sio_accesses(c0, c1), (double)sio_accesses(c1, c2) / n, cpu / n);
	return 0;
}

static int wdt_expire(const char *dev, const char *sio, int timeout, long ping_ms)
{
	double end;
	struct sio_counts c0;
	int fd;

	c0 = sio_read(sio);
	fd = open(dev, O_WRONLY);
	if (fd < 0)
		die(dev);
	if (ioctl(fd, WDIOC_SETTIMEOUT, &timeout))
		die("WDIOC_SETTIMEOUT");
	end = now_ns(CLOCK_MONOTONIC) + (timeout + 2) * 1e9;
	while (now_ns(CLOCK_MONOTONIC) < end) {
		usleep((ping_ms ? ping_ms : 100) * 1000);
		if (ping_ms && ioctl(fd, WDIOC_KEEPALIVE, 0))
			die("WDIOC_KEEPALIVE");
	}
	printf("timeout=%d ping_ms=%ld resets=%lu\n", timeout, ping_ms,
	       sio_read(sio).resets - c0.resets);
	wdt_stop(fd);
	return 0;
}

static int pwm_rate(const char *file, unsigned long long period, double seconds)
{
	double start = now_ns(CLOCK_MONOTONIC), end = start + seconds * 1e9;
	unsigned long n = 0, failed = 0;
	char buf[2][32];
	int len[2];
	int fd = open(file, O_WRONLY);

	if (fd < 0)
		die(file);
	len[0] = snprintf(buf[0], sizeof(buf[0]), "%llu\n", period / 4);
	len[1] = snprintf(buf[1], sizeof(buf[1]), "%llu\n", period / 4 * 3);
	while (now_ns(CLOCK_MONOTONIC) < end) {
		if (pwrite(fd, buf[n % 2], len[n % 2], 0) != len[n % 2])
			failed++;
		n++;
	}
	close(fd);
	printf("updates_per_s=%.0f failed=%lu\n",
	       n / ((now_ns(CLOCK_MONOTONIC) - start) / 1e9), failed);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 5 && !strcmp(argv[1], "wdt"))
		return wdt(argv[2], argv[3], atol(argv[4]));
	if (argc == 6 && !strcmp(argv[1], "wdt-expire"))
		return wdt_expire(argv[2], argv[3], atoi(argv[4]), atol(argv[5]));
	if (argc == 5 && !strcmp(argv[1], "pwm-rate"))
		return pwm_rate(argv[2], strtoull(argv[3], NULL, 0), atof(argv[4]));
	fprintf(stderr, "usage: bench-client wdt|wdt-expire|pwm-rate ARGS (see the source)\n");
	return 2;
}
