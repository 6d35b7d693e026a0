#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Add an entry to a kernel MAINTAINERS file, or lines to an entry, where
parse-maintainers.pl would put them: entries sorted by title, fields in
its order, F: patterns sorted.

Usage: maintainers.py MAINTAINERS TITLE 'X:<TAB>value'...
"""

import sys

FIELD_ORDER = "MRLSWQBCPTFXNK"


def main():
    path, title, new = sys.argv[1], sys.argv[2], sys.argv[3:]
    text = open(path).read()
    # Entries start after the introduction, with the first titled block
    # that is followed by a field line.
    blocks = text.split("\n\n")
    first = next(i for i, b in enumerate(blocks)
                 if len(b.splitlines()) > 1 and b.splitlines()[1][1:3] == ":\t"
                 and not b.startswith("\t"))
    head, entries = blocks[:first], blocks[first:]
    # The last entry ends the file with a newline; keep it apart.
    tail = ""
    if entries[-1].endswith("\n"):
        entries[-1], tail = entries[-1].rstrip("\n"), "\n"

    index, fields = None, []
    for i, entry in enumerate(entries):
        lines = entry.splitlines()
        if lines[0] == title:
            index, fields = i, lines[1:]
            break
    # Fields in parse-maintainers.pl's order; M:, R:, L: keep the order
    # they come in, patterns are sorted.
    ordered = []
    for kind in FIELD_ORDER:
        group = []
        for field in fields + new:
            if field[0] == kind and field not in group:
                group.append(field)
        ordered += sorted(group) if kind in "FX" else group
    entry = "\n".join([title] + ordered)

    if index is not None:
        entries[index] = entry
    else:
        at = next((j for j, e in enumerate(entries)
                   if e.splitlines()[0].upper() > title.upper()), len(entries))
        entries.insert(at, entry)
    open(path, "w").write("\n\n".join(head + entries) + tail)


if __name__ == "__main__":
    main()
