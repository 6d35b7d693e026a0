#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Turn the models' records of their pins (the debugfs "pins" files of
imx_tpm_model and fintek_sio_model, as make demo's guest sends them) into
what a logic analyser on all those pins would have captured: one VCD file
for GTKWave or PulseView, and a PNG plot of one PWM channel around each
change of setting.

Usage: waveform.py RESULTS CHANNEL OUTPUT_DIR

Writes OUTPUT_DIR/pins.vcd, every pin of every model on one time line, and
OUTPUT_DIR/pwmCHANNEL.png (only if matplotlib is installed). RESULTS holds
one section a model, each starting with a line "# pins SCOPE" and then the
model's pins file (lib/hw_model.c prints it): model time now, the kernel's
monotonic time at model time 0 (epoch_ns), and for each pin from which
model time on it showed what: not driven, a held level, or a wave with a
period and a time high, PHASE cycles of the pin's clock into its period at
that moment.
"""

import re
import sys
from datetime import date

SECTION = re.compile(r"# pins (\S+)")
RECORD = re.compile(r"(\S+): at_ns=(\d+) driven=(\d) running=(\d) level=(\d) rate_hz=(\d+) "
                    r"period_cycles=(\d+) high_cycles=(\d+) phase_cycles=(\d+)")
FIELDS = ("at", "driven", "running", "level", "rate_hz", "period", "high", "phase")


def read_models(path):
    """{scope: dict(now=, epoch=, pins={name: [record, ...]})}, in file order."""
    models, model = {}, None
    for line in open(path, errors="replace"):
        line = line.strip()
        if m := SECTION.fullmatch(line):
            model = models.setdefault(m.group(1), dict(now=None, epoch=None, pins={}))
        elif model is None:
            continue
        elif line.startswith("now_ns: "):
            model["now"] = int(line.split()[1])
        elif line.startswith("epoch_ns: "):
            value = line.split()[1]
            model["epoch"] = int(value) if value.isdigit() else None
        elif m := RECORD.fullmatch(line):
            record = dict(zip(FIELDS, map(int, m.groups()[1:])))
            model["pins"].setdefault(m.group(1), []).append(record)
    models = {scope: model for scope, model in models.items()
              if model["now"] is not None and model["pins"]}
    if not models:
        sys.exit(f"{path}: no record of a pin")
    if len(models) > 1 and any(model["epoch"] is None for model in models.values()):
        sys.exit(f"{path}: a model with a manual clock shares no time line with the others")
    return models


def edges(records, now_ns):
    """(time_ns, value) for every change of a pin; value is 0, 1 or 'z'."""
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
            rate = record["rate_hz"]
            at = lambda cycles: start + (cycles - record["phase"]) * 1_000_000_000 // rate
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


def signals(models):
    """[(scope, pin, changes)], times from the kernel's clock where known."""
    out = []
    for scope, model in models.items():
        offset = model["epoch"] or 0
        for name, records in model["pins"].items():
            changes = edges(records, model["now"])
            out.append((scope, name, [(at + offset, value) for at, value in changes]))
    return out


def write_vcd(path, sigs):
    start = min(changes[0][0] for _, _, changes in sigs)
    # Identifier codes are printable characters; "#" and "$" would read as
    # a time or a keyword to some tools.
    codes = [chr(c) for c in range(33, 127) if chr(c) not in "#$"]
    ids = {(scope, name): codes[i] for i, (scope, name, _) in enumerate(sigs)}
    with open(path, "w") as vcd:
        vcd.write(f"$date {date.today()} $end\n"
                  "$version make demo: the models' pins, PWM outputs and WDTRST# $end\n"
                  "$timescale 1ns $end\n")
        for scope in dict.fromkeys(scope for scope, _, _ in sigs):
            vcd.write(f"$scope module {scope} $end\n")
            for s, name, _ in sigs:
                if s == scope:
                    vcd.write(f"$var wire 1 {ids[s, name]} {name} $end\n")
            vcd.write("$upscope $end\n")
        vcd.write("$enddefinitions $end\n")
        # Stable: two changes of a pin at one moment keep their order.
        events = sorted(((at - start, ids[scope, name], value)
                         for scope, name, changes in sigs for at, value in changes),
                        key=lambda event: event[:2])
        last = None
        for at, ident, value in events:
            if at != last:
                vcd.write(f"#{at}\n")
                last = at
            vcd.write(f"{value}{ident}\n")
    return start


def write_png(path, channel, records, changes):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    waves = [r for r in records if r["driven"] and r["running"]]
    fig, axes = plt.subplots(len(waves), 1, figsize=(10, 2.2 * len(waves)), squeeze=False)
    for ax, record in zip(axes[:, 0], waves):
        period_ns = record["period"] * 1_000_000_000 // record["rate_hz"]
        high_ns = record["high"] * 1_000_000_000 // record["rate_hz"]
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
    results, channel, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    models = read_models(results)
    sigs = signals(models)
    start = write_vcd(f"{outdir}/pins.vcd", sigs)
    end = max(model["now"] + (model["epoch"] or 0) for model in models.values())
    print(f"{outdir}/pins.vcd: " + ", ".join(
        f"{scope}.{name} {len(changes)} changes" for scope, name, changes in sigs) +
        f", over {(end - start) / 1e6:.1f} ms")

    # The PNG: one PWM channel of the TPM model, in its own model time.
    tpm = next((m for m in models.values() if f"ch{channel}" in m["pins"]), None)
    if tpm is None:
        sys.exit(f"{results}: no record of PWM channel {channel}")
    records = tpm["pins"][f"ch{channel}"]
    if write_png(f"{outdir}/pwm{channel}.png", channel, records, edges(records, tpm["now"])):
        print(f"{outdir}/pwm{channel}.png")
    else:
        print("no matplotlib: no PNG")


if __name__ == "__main__":
    main()
