#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Share the test groups out among BOOTS QEMU boots that run side by side,
so that every boot takes about as long: each boot costs half a minute of
booting before its first test, so fewer, fuller boots finish sooner than one
per group. A group marked "last" leaves its driver pinned (a watchdog that
was running when it registered), so it ends a boot and no boot has two.

Usage: plan.py BOOTS DURATIONS GROUP[:last]...

DURATIONS holds "GROUP SECONDS" lines from an earlier run (it may be
missing); a group not in it counts as DEFAULT_S. Prints one boot per line,
its groups comma-separated, in the order they run.
"""

import sys
from pathlib import Path

DEFAULT_S = 60


def main():
    boots, durations_path, specs = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
    seconds = {}
    if durations_path.exists():
        for line in durations_path.read_text().splitlines():
            name, _, value = line.partition(" ")
            seconds[name] = int(value)

    groups = [spec.split(":")[0] for spec in specs]
    last = [spec.split(":")[0] for spec in specs if spec.endswith(":last")]
    plan = [{"groups": [], "last": None, "s": 0} for _ in range(max(boots, len(last)))]
    for boot, group in zip(plan, sorted(last, key=lambda g: -seconds.get(g, DEFAULT_S))):
        boot["last"], boot["s"] = group, seconds.get(group, DEFAULT_S)
    # Longest first, each to the boot that is done soonest.
    for group in sorted((g for g in groups if g not in last),
                        key=lambda g: (-seconds.get(g, DEFAULT_S), g)):
        boot = min(plan, key=lambda b: b["s"])
        boot["groups"].append(group)
        boot["s"] += seconds.get(group, DEFAULT_S)
    for boot in plan:
        order = boot["groups"] + ([boot["last"]] if boot["last"] else [])
        if order:
            print(",".join(order))


if __name__ == "__main__":
    main()
