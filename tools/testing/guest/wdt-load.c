// SPDX-License-Identifier: GPL-2.0
/*
 * wdt-load DEVICE SECONDS THREADS: open the watchdog once and have THREADS
 * threads issue every watchdog ioctl on it at once for SECONDS, with
 * timeouts of 5 to 30 s, so that the watchdog keeps being pinged. Every
 * call must give what the driver promises: success, or EOPNOTSUPP for the
 * time left, and a timeout one of the threads set. Ends with the magic
 * close and prints the calls made; exits 1 on any unexpected answer.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include <linux/watchdog.h>

#define MIN_TIMEOUT	5
#define MAX_TIMEOUT	30

static int fd;
static time_t end;
static unsigned long calls, unexpected;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void check(const char *what, int ret, int expected_errno)
{
	int err = ret ? errno : 0;

	if (err == expected_errno)
		return;
	pthread_mutex_lock(&lock);
	if (++unexpected <= 10)
		printf("%s: %s\n", what, err ? strerror(err) : "succeeded");
	pthread_mutex_unlock(&lock);
}

static void *load(void *arg)
{
	unsigned int seed = (unsigned long)arg;
	struct watchdog_info info;
	unsigned long n = 0;
	int value;

	while (time(NULL) < end) {
		value = MIN_TIMEOUT + rand_r(&seed) % (MAX_TIMEOUT - MIN_TIMEOUT + 1);
		check("SETTIMEOUT", ioctl(fd, WDIOC_SETTIMEOUT, &value), 0);
		check("KEEPALIVE", ioctl(fd, WDIOC_KEEPALIVE, &value), 0);
		check("GETTIMEOUT", ioctl(fd, WDIOC_GETTIMEOUT, &value), 0);
		if (value < MIN_TIMEOUT || value > MAX_TIMEOUT)
			check("GETTIMEOUT in range", 0, EINVAL);
		check("GETSTATUS", ioctl(fd, WDIOC_GETSTATUS, &value), 0);
		check("GETBOOTSTATUS", ioctl(fd, WDIOC_GETBOOTSTATUS, &value), 0);
		check("GETSUPPORT", ioctl(fd, WDIOC_GETSUPPORT, &info), 0);
		check("GETTIMELEFT", ioctl(fd, WDIOC_GETTIMELEFT, &value), EOPNOTSUPP);
		value = WDIOS_ENABLECARD;
		check("SETOPTIONS", ioctl(fd, WDIOC_SETOPTIONS, &value), 0);
		n += 8;
	}
	pthread_mutex_lock(&lock);
	calls += n;
	pthread_mutex_unlock(&lock);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t threads[16];
	int i, nr;

	if (argc != 4) {
		fprintf(stderr, "usage: %s DEVICE SECONDS THREADS\n", argv[0]);
		return 2;
	}
	nr = atoi(argv[3]);
	if (nr < 1 || nr > 16) {
		fprintf(stderr, "1 to 16 threads\n");
		return 2;
	}
	fd = open(argv[1], O_WRONLY);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	end = time(NULL) + atoi(argv[2]);
	for (i = 0; i < nr; i++)
		pthread_create(&threads[i], NULL, load, (void *)(long)(i + 1));
	for (i = 0; i < nr; i++)
		pthread_join(threads[i], NULL);
	check("magic close", write(fd, "V", 1) != 1, 0);
	close(fd);
	printf("%lu calls, %lu unexpected\n", calls, unexpected);
	return unexpected != 0;
}
