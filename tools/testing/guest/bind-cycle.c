// SPDX-License-Identifier: GPL-2.0
/*
 * bind-cycle DRIVER_DIR DEVICE CYCLES [w:PATTERN=VALUE | o:PATTERN]...
 *
 * Binds DEVICE to the driver in DRIVER_DIR and unbinds it CYCLES times. In
 * each cycle, after the bind, every "w:" spec writes VALUE to the one file
 * PATTERN (a glob) matches, and every "o:" spec opens the one file PATTERN
 * matches and checks that it answers. The files stay open across the
 * unbind; then each must answer ENODEV: device nodes to an ioctl and a
 * write, sysfs files to a read and a write as far as their mode allows.
 * Prints one line per failure and a summary; exits 1 if anything failed.
 * Only the end-to-end tests use it: a shell loop would spend its time
 * forking.
 */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <linux/watchdog.h>

#define MAX_HELD 16

static unsigned long cycle, failures;

static void fail(const char *what, const char *path, int err)
{
	failures++;
	if (failures <= 20)
		printf("cycle %lu: %s %s: %s\n", cycle, what, path,
		       err ? strerror(err) : "unexpected success");
}

/* The one file PATTERN matches, or NULL. */
static char *find_one(const char *pattern)
{
	static char path[256];
	glob_t g;
	int found;

	found = !glob(pattern, 0, NULL, &g) && g.gl_pathc == 1;
	if (found)
		snprintf(path, sizeof(path), "%s", g.gl_pathv[0]);
	globfree(&g);
	if (!found)
		fail("no single match for", pattern, ENOENT);
	return found ? path : NULL;
}

static int write_file(const char *path, const char *value)
{
	int fd = open(path, O_WRONLY);
	int err = 0;

	if (fd < 0)
		return errno;
	if (write(fd, value, strlen(value)) < 0)
		err = errno;
	close(fd);
	return err;
}

/* 0 if the open file answers, else the errno it answers with. */
static int probe(int fd, int chardev)
{
	char buf[64];
	int value = 0;

	if (chardev)
		return ioctl(fd, WDIOC_GETTIMEOUT, &value) ? errno : 0;
	return pread(fd, buf, sizeof(buf), 0) < 0 ? errno : 0;
}

/* Every way in to a file whose device is gone must say ENODEV. */
static void check_gone(int fd, int chardev, int mode, const char *path)
{
	int err;

	if (mode != O_WRONLY) {
		err = probe(fd, chardev);
		if (err != ENODEV)
			fail("read or ioctl after unbind of", path, err);
	}
	if (mode == O_RDONLY)
		return;
	/* 'V' on a watchdog, a value anywhere else: neither may land. */
	err = pwrite(fd, chardev ? "V" : "0\n", chardev ? 1 : 2, 0) < 0 ? errno : 0;
	if (chardev && err == ESPIPE)
		err = write(fd, "V", 1) < 0 ? errno : 0;
	if (err != ENODEV)
		fail("write after unbind of", path, err);
}

int main(int argc, char **argv)
{
	char bind[256], unbind[256];
	static const int modes[] = { O_RDWR, O_RDONLY, O_WRONLY };
	int fds[MAX_HELD], chardev[MAX_HELD], mode[MAX_HELD];
	char paths[MAX_HELD][256];
	unsigned long cycles;
	struct timespec t0, t1;
	int i, m, n, err;

	if (argc < 4) {
		fprintf(stderr, "usage: %s DRIVER_DIR DEVICE CYCLES [w:PATTERN=VALUE | o:PATTERN]...\n",
			argv[0]);
		return 2;
	}
	snprintf(bind, sizeof(bind), "%s/bind", argv[1]);
	snprintf(unbind, sizeof(unbind), "%s/unbind", argv[1]);
	cycles = strtoul(argv[3], NULL, 0);

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (cycle = 1; cycle <= cycles; cycle++) {
		err = write_file(bind, argv[2]);
		if (err) {
			fail("bind", argv[2], err);
			break;
		}
		n = 0;
		for (i = 4; i < argc && n < MAX_HELD; i++) {
			char *spec = argv[i] + 2, *value, *path;
			struct stat st;

			value = strchr(spec, '=');
			if (argv[i][0] == 'w' && value) {
				*value = '\0';
				path = find_one(spec);
				err = path ? write_file(path, value + 1) : 0;
				if (err)
					fail("write to", path, err);
				*value = '=';
				continue;
			}
			path = find_one(spec);
			if (!path)
				continue;
			snprintf(paths[n], sizeof(paths[n]), "%s", path);
			/* sysfs files refuse even root what their mode lacks. */
			for (m = 0; m < 3; m++) {
				fds[n] = open(path, modes[m]);
				if (fds[n] >= 0 || errno != EACCES)
					break;
			}
			if (fds[n] < 0) {
				fail("open", path, errno);
				continue;
			}
			mode[n] = modes[m];
			chardev[n] = !fstat(fds[n], &st) && S_ISCHR(st.st_mode);
			err = mode[n] == O_WRONLY ? 0 : probe(fds[n], chardev[n]);
			if (err)
				fail("read or ioctl before unbind of", path, err);
			n++;
		}
		err = write_file(unbind, argv[2]);
		if (err) {
			fail("unbind", argv[2], err);
			break;
		}
		for (i = 0; i < n; i++) {
			check_gone(fds[i], chardev[i], mode[i], paths[i]);
			close(fds[i]);
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%lu of %lu cycles, %lu failures, %ld ms\n", cycle - 1, cycles,
	       failures, (t1.tv_sec - t0.tv_sec) * 1000 +
	       (t1.tv_nsec - t0.tv_nsec) / 1000000);
	return failures || cycle - 1 != cycles;
}
