// SPDX-License-Identifier: GPL-2.0
/*
 * fail-nth DO DO_VALUE UNDO UNDO_VALUE [GONE_PATTERN]...
 *
 * Fails each slab allocation of one action in turn, through fail-nth: for
 * N = 1, 2, ... it does DO with the Nth allocation of this task failing,
 * until DO succeeds with no allocation failed. A DO that succeeds is undone
 * by UNDO; after one that fails, nothing any GONE_PATTERN (a glob) matches
 * may exist. An action is a file to write its VALUE to (a sysfs bind, say),
 * "insmod:PATH" to load the module at PATH with the parameters VALUE, or
 * "rmmod:NAME" to unload module NAME. Prints the number of points, how each
 * ended, and a line per inconsistency; exits 1 if there was one. failslab
 * must not ignore sleeping allocations (ignore-gfp-wait N).
 */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct action {
	enum { WRITE, INSMOD, RMMOD } kind;
	int fd;			/* the file to write, or the module to load */
	const char *value;	/* what to write, the parameters, or the module */
};

#define MAX_POINTS	10000
#define MAX_ERRNO	200

static int setup(struct action *a, const char *spec, const char *value)
{
	a->value = value;
	a->fd = -1;
	if (!strncmp(spec, "rmmod:", 6)) {
		a->kind = RMMOD;
		a->value = spec + 6;
		return 0;
	}
	if (!strncmp(spec, "insmod:", 7)) {
		a->kind = INSMOD;
		a->fd = open(spec + 7, O_RDONLY | O_CLOEXEC);
	} else {
		a->kind = WRITE;
		a->fd = open(spec, O_WRONLY | O_CLOEXEC);
	}
	return a->fd < 0 ? -1 : 0;
}

/* 0 if the action succeeded, else its errno. */
static int run(const struct action *a)
{
	long ret;

	switch (a->kind) {
	case RMMOD:
		ret = syscall(SYS_delete_module, a->value, O_NONBLOCK);
		break;
	case INSMOD:
		ret = syscall(SYS_finit_module, a->fd, a->value, 0);
		break;
	default:
		ret = write(a->fd, a->value, strlen(a->value));
		break;
	}
	return ret < 0 ? errno : 0;
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
	struct action act, undo;
	int nth, err, i, injected, slot;

	if (argc < 5) {
		fprintf(stderr, "usage: %s DO DO_VALUE UNDO UNDO_VALUE [GONE_PATTERN]...\n",
			argv[0]);
		return 2;
	}
	snprintf(path, sizeof(path), "/proc/self/task/%ld/fail-nth",
		 (long)syscall(SYS_gettid));
	nth = open(path, O_RDWR);
	if (nth < 0 || setup(&act, argv[1], argv[2]) ||
	    setup(&undo, argv[3], argv[4])) {
		perror("open");
		return 2;
	}

	for (n = 1; n <= MAX_POINTS; n++) {
		snprintf(buf, sizeof(buf), "%u", n);
		if (pwrite(nth, buf, strlen(buf), 0) < 0) {
			perror("fail-nth");
			return 2;
		}
		err = run(&act);
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
			} else if (run(&undo)) {
				printf("point %u: undo failed\n", n);
				bad++;
			}
			break;
		}
		slot = err < MAX_ERRNO ? err : MAX_ERRNO - 1;
		/* The first points of each unusual ending, to look into. */
		if (err && err != ENOMEM && outcomes[slot] < 5)
			printf("point %u: %s\n", n, strerror(err));
		outcomes[slot]++;
		if (!err) {
			/* The kernel got by without that allocation. */
			if (run(&undo)) {
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
