#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Print how long each step and each test group of a make check took, so
that the next slow one is seen.

Usage: times.py STEPS GROUPS TOTAL TOTAL_CPU BOOT=GROUP[,GROUP]...

STEPS holds "STEP SECONDS CPU_SECONDS" lines (wall and CPU time of the
build, each lint, the build matrix, each packaging test and each boot),
GROUPS "GROUP SECONDS" lines (guest time of each group this run), TOTAL
and TOTAL_CPU the run's. Each boot is listed with its groups, longest
first. The CPU time is what counts on 2 cores: the steps overlap, and
the run cannot end before its CPU time over the cores has passed.
"""

import sys
from pathlib import Path


def read(path):
    """NAME -> [seconds, ...] for each line of @path."""
    times = {}
    if Path(path).exists():
        for line in Path(path).read_text().splitlines():
            name, *values = line.split()
            times[name] = [int(v) for v in values]
    return times


def main():
    steps, groups = read(sys.argv[1]), read(sys.argv[2])
    total, total_cpu = int(sys.argv[3]), int(sys.argv[4])
    boots = dict(spec.partition("=")[::2] for spec in sys.argv[5:])
    print("time taken (s; the boots, the packaging tests and the lint "
          "run side by side; a group's time is the guest's):")
    print(f"  {'':34} {'wall':>5} {'cpu':>5}")
    for step, (seconds, cpu) in sorted(steps.items(), key=lambda item: -item[1][0]):
        print(f"  {step:34} {seconds:5} {cpu:5}")
        members = boots.get(step, "").split(",") if step in boots else []
        for group in sorted((g for g in members if g in groups),
                            key=lambda g: -groups[g][0]):
            print(f"    {group:32} {groups[group][0]:5}")
    print(f"  {'total':34} {total:5} {total_cpu:5}")


if __name__ == "__main__":
    main()
