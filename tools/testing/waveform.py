#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Turn the TPM model's record of a pin (debugfs imx_tpm_model/pins, as
make demo's guest sends it) into what a logic analyser would have
captured: a VCD file for GTKWave or PulseView, and a PNG plot around each
change of setting.

Usage: waveform.py RESULTS CHANNEL OUTPUT_PREFIX

Writes OUTPUT_PREFIX.vcd and OUTPUT_PREFIX.png (the PNG only if matplotlib
is installed). Each record of the model says from which model time on the
pin showed what: not driven, a held level, or a wave with a period and a
time high, the counter being PHASE cycles into its period at that moment.
"""

import re
import sys
from datetime import date

RECORD = re.compile(r"ch(\d+): at_ns=(\d+) driven=(\d) running=(\d) level=(\d) "
                    r"period_cycles=(\d+) high_cycles=(\d+) phase_cycles=(\d+)")


def read_records(path, channel):
    rate_hz, now_ns, records = None, None, []
    for line in open(path, errors="replace"):
        line = line.strip()
        if line.startswith("rate_hz: "):
            rate_hz = int(line.split()[1])
        elif line.startswith("now_ns: "):
            now_ns = int(line.split()[1])
        elif (m := RECORD.fullmatch(line)) and int(m.group(1)) == channel:
            at, driven, running, level, period, high, phase = map(int, m.groups()[1:])
            records.append(dict(at=at, driven=driven, running=running, level=level,
                                period=period, high=high, phase=phase))
    if not rate_hz or now_ns is None or not records:
        sys.exit(f"{path}: no record of channel {channel}")
    return rate_hz, now_ns, records


def edges(rate_hz, now_ns, records):
    """(time_ns, value) for every change of the pin; value is 0, 1 or 'z'."""
    out = []
    for record, following in zip(records, records[1:] + [None]):
        start, end = record["at"], following["at"] if following else now_ns
        period, high = record["period"], record["high"]
        if not record["driven"]:
            out.append((start, "z"))
        elif not record["running"] or high in (0, period):
            out.append((start, int(high == period if record["running"] else record["level"])))
        else:
            # A period starts high for the time high, or low until it goes
            # high; times in cycles from the start of the current period.
            first, second = (1, 0) if record["level"] else (0, 1)
            switch = high if record["level"] else period - high
            at = lambda cycles: start + (cycles - record["phase"]) * 1_000_000_000 // rate_hz
            out.append((start, first if record["phase"] < switch else second))
            period_start = 0
            while at(period_start) < end:
                for cycles, value in ((period_start + switch, second),
                                      (period_start + period, first)):
                    if start < at(cycles) < end:
                        out.append((at(cycles), value))
                period_start += period
    # Keep only changes.
    changes = []
    for at, value in out:
        if not changes or changes[-1][1] != value:
            changes.append((at, value))
    return changes


def write_vcd(path, channel, changes):
    with open(path, "w") as vcd:
        vcd.write(f"$date {date.today()} $end\n"
                  "$version make demo: i.MX TPM model, pin of a PWM channel $end\n"
                  "$timescale 1ns $end\n"
                  f"$scope module tpm $end\n$var wire 1 ! pwm{channel} $end\n"
                  "$upscope $end\n$enddefinitions $end\n")
        for at, value in changes:
            vcd.write(f"#{at}\n{value}!\n")


def write_png(path, channel, records, changes, rate_hz):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    waves = [r for r in records if r["driven"] and r["running"]]
    fig, axes = plt.subplots(len(waves), 1, figsize=(10, 2.2 * len(waves)), squeeze=False)
    for ax, record in zip(axes[:, 0], waves):
        period_ns = record["period"] * 1_000_000_000 // rate_hz
        high_ns = record["high"] * 1_000_000_000 // rate_hz
        lo, hi = record["at"] - 2 * period_ns, record["at"] + 3 * period_ns
        before = [(t, v) for t, v in changes if t <= lo][-1:]
        points = before + [(t, v) for t, v in changes if lo < t < hi]
        xs, ys = [], []
        for (t, v), following in zip(points, points[1:] + [(hi, None)]):
            level = 0.5 if v == "z" else v
            xs += [max(t, lo), following[0]]
            ys += [level, level]
        ax.plot([(x - record["at"]) / 1e6 for x in xs], ys, drawstyle="steps-post",
                color="tab:blue")
        ax.axvline(0, color="tab:red", linestyle="--", linewidth=1)
        ax.set_ylim(-0.2, 1.3)
        ax.set_yticks([0, 0.5, 1], ["0", "Z", "1"])
        ax.set_ylabel(f"pwm{channel}")
        ax.set_title(f"from model time {record['at'] / 1e6:.3f} ms: period {period_ns} ns, "
                     f"{high_ns} ns high ({100 * record['high'] / record['period']:.0f} %)",
                     fontsize=10)
    axes[-1, 0].set_xlabel("ms from the change (red line)")
    fig.suptitle("i.MX TPM model: what a scope on the pin shows, around each change")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    return True


def main():
    results, channel, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rate_hz, now_ns, records = read_records(results, channel)
    changes = edges(rate_hz, now_ns, records)
    write_vcd(f"{prefix}.vcd", channel, changes)
    print(f"{prefix}.vcd: {len(changes)} changes over "
          f"{(now_ns - records[0]['at']) / 1e6:.1f} ms of model time")
    if write_png(f"{prefix}.png", channel, records, changes, rate_hz):
        print(f"{prefix}.png")
    else:
        print("no matplotlib: no PNG")


if __name__ == "__main__":
    main()
