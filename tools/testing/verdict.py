#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Judge the QEMU test boots: the KUnit and end-to-end results each guest
sent on its results channel (results-BOOT.raw), and each kernel log
(console-BOOT.log), which must hold no report from KASAN, KMEMLEAK, UBSAN,
lockdep or any WARN, BUG or Oops.

Usage: verdict.py KUNIT_PY OUTDIR BOOT=GROUP[,GROUP]...

Prints one line per test and ends with "verdict: P passed, F failed,
S skipped"; exits 1 if anything failed.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

# What the debug options print when they find something. Matching on the
# kernel's own report headers, not on our tests' messages.
REPORTS = [
    ("KASAN", re.compile(r"BUG: KASAN: ")),
    ("UBSAN", re.compile(r"UBSAN: ")),
    ("KMEMLEAK", re.compile(r"unreferenced object 0x")),
    ("lockdep", re.compile(r"WARNING: (possible|inconsistent) .*(lock|locking)|"
                           r"INFO: possible .*locking|BUG: held lock freed|"
                           r"WARNING: bad unlock balance|"
                           r"WARNING: lock held when returning|"
                           r"WARNING: suspicious RCU usage")),
    ("sleep in atomic", re.compile(r"BUG: sleeping function called from invalid context")),
    ("WARN", re.compile(r"WARNING: CPU: \d+ PID: \d+ at ")),
    ("BUG", re.compile(r"(kernel )?BUG at |BUG: (?!KASAN)")),
    ("Oops", re.compile(r"Oops: |general protection fault")),
    ("panic", re.compile(r"Kernel panic - not syncing")),
    # CONFIG_PWM_DEBUG's checks of every apply (drivers/pwm/core.c).
    ("PWM_DEBUG", re.compile(r"\.apply (is not idempotent|didn't pick|is supposed to round|ignored \.polarity)|"
                             r"requested disabled, but yielded enabled|failed to reapply current setting")),
    ("hung task", re.compile(r"INFO: task .* blocked for more than")),
    ("soft lockup", re.compile(r"watchdog: BUG: soft lockup")),
]

GUEST_DONE = "[guest] all tests ran"


def split_chunks(results_text):
    """The guest sends "# chunk NAME" followed by one KTAP document; under a
    model setting (sio.settings=), "# setting SETTING" first, and the
    chunk's test is named NAME [SETTING]."""
    chunks, name, setting = [], None, None
    for line in results_text.replace("\r", "").splitlines():
        if line.startswith("# setting "):
            setting = line[len("# setting "):].strip()
        elif line.startswith("# chunk "):
            name = line[len("# chunk "):].strip()
            chunks.append((name, setting, []))
        elif name is not None:
            chunks[-1][2].append(line)
    return chunks


def combine(chunks):
    """One KTAP document with each chunk as a numbered top-level test."""
    out = ["KTAP version 1", f"1..{len(chunks)}"]
    for number, (name, setting, lines) in enumerate(chunks, 1):
        body = [l for l in lines if l.strip()]
        # Drop each chunk's own "KTAP version 1" / "1..1" header.
        while body and (body[0].startswith("KTAP version") or
                        re.fullmatch(r"1\.\.\d+", body[0])):
            body.pop(0)
        for line in body:
            m = re.match(r"^(not ok|ok) 1 (.*)$", line)
            subtest = re.match(r"^    # Subtest: (.*)$", line)
            if m:
                name_, directive = re.match(r"(.*?)( # .*)?$", m.group(2)).groups()
                if setting:
                    name_ += f" [{setting}]"
                line = f"{m.group(1)} {number} {name_}{directive or ''}"
            elif subtest and setting:
                line += f" [{setting}]"
            out.append(line)
    return "\n".join(out) + "\n"


def diagnostics(ktap_text):
    """What a KTAP document says between a failed result and the one before."""
    found, pending = {}, []
    for line in ktap_text.splitlines():
        stripped = line.strip()
        result = re.match(r"(not ok|ok) \d+ (.*?)( # .*)?$", stripped)
        if result:
            if result.group(1) == "not ok":
                found[result.group(2)] = pending
            pending = []
        elif not re.match(r"KTAP version|# Subtest:|\d+\.\.\d+$|# .*: pass:", stripped):
            pending.append(stripped)
    return found


def leaves(group, path=()):
    here = path + (group["name"],) if group["name"] != "KUnit Test Group" else path
    for case in group["test_cases"]:
        yield ".".join(here + (case["name"],)), case["status"]
    for sub in group["sub_groups"]:
        yield from leaves(sub, here)


def kernel_checks(boot, groups, console):
    """The guest ran every group to the end, and the kernel reported nothing."""
    done = GUEST_DONE in console
    missing = [g for g in groups if f"[guest] group {g} took " not in console]
    yield (f"kernel ({boot}): the guest ran every group to the end",
           "PASS" if done and not missing else "FAIL",
           "" if done and not missing else
           f"no '{GUEST_DONE}' line: crash, hang or timeout" if not done else
           f"groups that did not finish: {', '.join(missing)}")

    found = []
    lines = console.splitlines()
    for index, line in enumerate(lines):
        for kind, pattern in REPORTS:
            if pattern.search(line):
                found.append((kind, index))
                break
    detail = f"{len(found)} report(s): {', '.join(sorted({k for k, _ in found}))}\n"
    for kind, index in found[:10]:
        detail += f"{kind}: " + "\n    ".join(lines[index:index + 12]) + "\n"
    yield (f"kernel ({boot}): log free of KASAN, KMEMLEAK, UBSAN, lockdep, "
           "WARN, BUG and Oops reports", "FAIL" if found else "PASS",
           detail if found else "")


def main():
    kunit_py, outdir, boots = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    tests = []  # (name, status, detail)
    chunks = []

    for spec in boots:
        boot, _, groups = spec.partition("=")
        console_path = outdir / f"console-{boot}.log"
        results_path = outdir / f"results-{boot}.raw"
        console = (console_path.read_text(errors="replace").replace("\r", "")
                   if console_path.exists() else "")
        got = (split_chunks(results_path.read_text(errors="replace"))
               if results_path.exists() else [])
        if not got:
            tests.append((f"results ({boot}): the guest sent results", "FAIL",
                          "nothing on the results channel"))
        chunks += got
        tests += kernel_checks(f"{boot}: {groups.replace(',', ', ')}", groups.split(","),
                               console)

    if chunks:
        ktap = outdir / "results.ktap"
        ktap.write_text(combine(chunks))
        report = outdir / "results.json"
        with open(outdir / "kunit-parse.log", "w") as parse_log:
            subprocess.run([sys.executable, kunit_py, "parse", f"--json={report}",
                            str(ktap)], stdout=parse_log, stderr=parse_log,
                           check=False)
        why = diagnostics(ktap.read_text())
        tests = [(name, status,
                  "\n".join(why.get(name.split(".")[-1], [])) if status != "PASS" else "")
                 for name, status in leaves(json.loads(report.read_text()))] + tests

    counts = {"PASS": 0, "FAIL": 0, "SKIP": 0}
    for name, status, text in tests:
        status = status if status in counts else "FAIL"
        counts[status] += 1
        print(f"{'ok' if status == 'PASS' else status:4} {name}")
        for line in text.splitlines():
            print(f"     {line}")
    print(f"verdict: {counts['PASS']} passed, {counts['FAIL']} failed, "
          f"{counts['SKIP']} skipped")
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
