// SPDX-License-Identifier: GPL-2.0
/*
 * fail-nth DO_FILE DO_VALUE UNDO_FILE UNDO_VALUE [GONE_PATTERN]...
 *
 * Fails each slab allocation of one write in turn, through fail-nth: for
 * N = 1, 2, ... it writes DO_VALUE to DO_FILE (a sysfs bind, say) with the
 * Nth allocation of this task failing, until the write succeeds with no
 * allocation failed. A write that succeeds is undone by writing UNDO_VALUE
 * to UNDO_FILE; after one that fails, nothing any GONE_PATTERN (a glob)
 * matches may exist. Prints the number of points, how each ended, and a
 * line per inconsistency; exits 1 if there was one. failslab must not
 * ignore sleeping allocations (ignore-gfp-wait N).
 */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAX_POINTS	10000
#define MAX_ERRNO	200

static int write_value(int fd, const char *value)
{
	return write(fd, value, strlen(value)) < 0 ? errno : 0;
}

static int exists(const char *pattern)
{
	glob_t g;
	int found = !glob(pattern, 0, NULL, &g) && g.gl_pathc > 0;

	globfree(&g);
	return found;
}

int main(int argc, char **argv)
{
	unsigned int outcomes[MAX_ERRNO] = { 0 };
	unsigned int n, bad = 0;
	char path[64], buf[32];
	int nth, do_fd, undo_fd, err, i, injected;

	if (argc < 5) {
		fprintf(stderr, "usage: %s DO_FILE DO_VALUE UNDO_FILE UNDO_VALUE [GONE_PATTERN]...\n",
			argv[0]);
		return 2;
	}
	snprintf(path, sizeof(path), "/proc/self/task/%ld/fail-nth",
		 (long)syscall(SYS_gettid));
	nth = open(path, O_RDWR);
	do_fd = open(argv[1], O_WRONLY);
	undo_fd = open(argv[3], O_WRONLY);
	if (nth < 0 || do_fd < 0 || undo_fd < 0) {
		perror("open");
		return 2;
	}

	for (n = 1; n <= MAX_POINTS; n++) {
		snprintf(buf, sizeof(buf), "%u", n);
		if (pwrite(nth, buf, strlen(buf), 0) < 0) {
			perror("fail-nth");
			return 2;
		}
		err = write_value(do_fd, argv[2]);
		/* What is left of the countdown: 0 once the failure was injected. */
		memset(buf, 0, sizeof(buf));
		if (pread(nth, buf, sizeof(buf) - 1, 0) < 0) {
			perror("fail-nth");
			return 2;
		}
		injected = !atoi(buf);
		if (!injected) {
			/* Disarm, or the countdown fails something later. */
			pwrite(nth, "0", 1, 0);
			if (err) {
				printf("point %u: no failure injected, yet: %s\n", n,
				       strerror(err));
				bad++;
			} else if (write_value(undo_fd, argv[4])) {
				printf("point %u: undo failed\n", n);
				bad++;
			}
			break;
		}
		outcomes[err < MAX_ERRNO ? err : MAX_ERRNO - 1]++;
		if (!err) {
			/* The kernel got by without that allocation. */
			if (write_value(undo_fd, argv[4])) {
				printf("point %u: succeeded, but the undo failed\n", n);
				bad++;
			}
			continue;
		}
		for (i = 5; i < argc; i++) {
			if (exists(argv[i])) {
				printf("point %u: failed with %s, but %s is there\n",
				       n, strerror(err), argv[i]);
				bad++;
			}
		}
	}

	printf("%u points:", n - 1);
	for (i = 0; i < MAX_ERRNO; i++)
		if (outcomes[i])
			printf(" %u %s,", outcomes[i], i ? strerror(i) : "succeeded");
	printf(" %u inconsistencies\n", bad);
	return bad || n > MAX_POINTS;
}
