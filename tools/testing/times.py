#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Print how long each step and each test group of a make check took, so
that the next slow one is seen.

Usage: times.py STEPS GROUPS TOTAL BOOT=GROUP[,GROUP]...

STEPS holds "STEP SECONDS" lines (wall time of the build, each lint,
the build matrix, each packaging test and each boot), GROUPS "GROUP
SECONDS" lines (guest time of each group this run), TOTAL the run's wall
seconds. Each boot is listed with its groups, longest first.
"""

import sys
from pathlib import Path


def read(path):
    times = {}
    if Path(path).exists():
        for line in Path(path).read_text().splitlines():
            name, _, value = line.partition(" ")
            times[name] = int(value)
    return times


def main():
    steps, groups, total = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
    boots = dict(spec.partition("=")[::2] for spec in sys.argv[4:])
    print("time taken (s, wall; the boots, the packaging tests and the lint "
          "run side by side):")
    for step, seconds in sorted(steps.items(), key=lambda item: -item[1]):
        print(f"  {step:34} {seconds:5}")
        members = boots.get(step, "").split(",") if step in boots else []
        for group in sorted((g for g in members if g in groups),
                            key=lambda g: -groups[g]):
            print(f"    {group:32} {groups[group]:5}")
    print(f"  {'total':34} {total:5}")


if __name__ == "__main__":
    main()
