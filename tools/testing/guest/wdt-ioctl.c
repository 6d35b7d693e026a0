// SPDX-License-Identifier: GPL-2.0
/*
 * wdt-ioctl DEVICE REQUEST [VALUE]: issue one watchdog ioctl and print
 * "ok VALUE" or "errno NAME". Only the end-to-end tests use it, for the
 * error cases the real clients never send. The device is closed with 'V'.
 * A DEVICE that is a number is a file descriptor the caller holds open: it
 * is used as it is, and left open. A VALUE of "null" passes a NULL pointer.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/watchdog.h>

static const struct {
	const char *name;
	unsigned long request;
} requests[] = {
	{ "getsupport", WDIOC_GETSUPPORT },
	{ "settimeout", WDIOC_SETTIMEOUT },
	{ "gettimeout", WDIOC_GETTIMEOUT },
	{ "gettimeleft", WDIOC_GETTIMELEFT },
	{ "setpretimeout", WDIOC_SETPRETIMEOUT },
	{ "getpretimeout", WDIOC_GETPRETIMEOUT },
	{ "getstatus", WDIOC_GETSTATUS },
	{ "getbootstatus", WDIOC_GETBOOTSTATUS },
	{ "keepalive", WDIOC_KEEPALIVE },
	{ "setoptions", WDIOC_SETOPTIONS },
	{ "gettemp", WDIOC_GETTEMP },
	{ "unknown", _IOR(WATCHDOG_IOCTL_BASE, 99, int) },
};

static const char *errno_name(int err)
{
	switch (err) {
	case EBUSY: return "EBUSY";
	case EINVAL: return "EINVAL";
	case ENODEV: return "ENODEV";
	case ENOTTY: return "ENOTTY";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EPERM: return "EPERM";
	case EFAULT: return "EFAULT";
	default: return strerror(err);
	}
}

int main(int argc, char **argv)
{
	union {
		int value;
		struct watchdog_info info;	/* for GETSUPPORT */
	} arg = { 0 };
	const char *not_reached = "";
	int fd, ret, held, null, err, nth = -1;
	char left[16];
	size_t i;

	if (argc < 3) {
		fprintf(stderr, "usage: %s DEVICE REQUEST [VALUE]\n", argv[0]);
		return 2;
	}
	held = argv[1][0] >= '0' && argv[1][0] <= '9';
	fd = held ? atoi(argv[1]) : open(argv[1], O_WRONLY);
	if (fd < 0) {
		printf("errno %s\n", errno_name(errno));
		return 1;
	}
	null = argc > 3 && !strcmp(argv[3], "null");
	if (argc > 3 && !null)
		arg.value = (int)strtol(argv[3], NULL, 0);
	for (i = 0; i < sizeof(requests) / sizeof(requests[0]); i++)
		if (!strcmp(argv[2], requests[i].name))
			break;
	if (i == sizeof(requests) / sizeof(requests[0])) {
		fprintf(stderr, "unknown request %s\n", argv[2]);
		return 2;
	}

	if (getenv("FAIL_NTH")) {
		nth = open("/proc/thread-self/fail-nth", O_RDWR);
		if (nth < 0 || write(nth, getenv("FAIL_NTH"), strlen(getenv("FAIL_NTH"))) < 0) {
			perror("fail-nth");
			return 2;
		}
	}
	ret = ioctl(fd, requests[i].request, null ? NULL : &arg);
	err = errno;
	/* What is left of the countdown: 0 once the failure was injected. */
	if (nth >= 0) {
		memset(left, 0, sizeof(left));
		if (pread(nth, left, sizeof(left) - 1, 0) < 0) {
			perror("fail-nth");
			return 2;
		}
		if (atoi(left)) {
			pwrite(nth, "0", 1, 0);
			not_reached = " (fail-nth not reached)";
		}
	}
	errno = err;
	if (ret)
		printf("errno %s%s\n", errno_name(errno), not_reached);
	else if (requests[i].request == WDIOC_GETSUPPORT)
		printf("ok %s%s\n", arg.info.identity, not_reached);
	else
		printf("ok %d%s\n", arg.value, not_reached);
	if (held)
		return ret ? 1 : 0;
	if (write(fd, "V", 1) != 1)
		perror("write");
	close(fd);
	return ret ? 1 : 0;
}
