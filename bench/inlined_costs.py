#!/usr/bin/env python3
"""Instructions of a callgrind profile charged to redac's own functions and lines, inlining seen
through.

    valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file=OUT \\
        target/profiling/redac rewrite DIR -o /tmp/out -j 1 -q
    python3 bench/inlined_costs.py OUT target/profiling/redac [ROWS]

Why: the release is built with fat LTO and one codegen unit, so most of the work is inlined
into a few large functions (`compose`, `prepare_decoded`, `decide`), and `callgrind_annotate`
charges an inlined function's instructions to the function it was inlined into, or to the
standard library's line it came from (`ptr/mod.rs`, `slice/iter/macros.rs`). Here each
instruction's address is looked up in the binary's line tables with `addr2line -i` (GNU
binutils), which lists the inlined frames, and its cost goes to the innermost frame in the
project's own `src/`: what a change to that function or line would move. Instructions with
no such frame (the allocator, the stemmer's crate) are listed by their innermost function,
and those of other objects than the binary (libc's `memcpy`, the loader) together.

Prints the ROWS (default 40) costliest functions and lines, with their share of the total.
Only the instructions' own costs are read (each function's self cost): a call's inclusive
cost is left out, as callgrind_annotate does for self costs.
"""
import collections
import re
import signal
import subprocess
import sys


def self_costs(path):
    """Instructions charged to each address in a callgrind file written with --dump-instr."""
    costs = collections.Counter()
    address = 0
    after_calls = False
    with open(path) as profile:
        for line in profile:
            if line.startswith("calls="):
                # The next cost line is the call's inclusive cost, not an instruction's own.
                after_calls = True
                continue
            if not line or line[0] not in "0123456789+-*":
                continue
            fields = line.split()
            position = fields[0]
            # Positions are absolute (0x...), relative to the last (+n, -n) or the same (*).
            if position.startswith("0x"):
                address = int(position, 16)
            elif position[0] in "+-":
                step = int(position[1:], 0)
                address += step if position[0] == "+" else -step
            if after_calls:
                after_calls = False
                continue
            if len(fields) >= 3:
                costs[address] += int(fields[2])
    return costs


def inlined_frames(binary, addresses):
    """Each address's frames, innermost first, as (function, file:line) pairs."""
    query = "\n".join(hex(a) for a in addresses) + "\n"
    out = subprocess.run(
        ["addr2line", "-i", "-f", "-C", "-a", "-e", binary],
        input=query, capture_output=True, text=True, check=True,
    ).stdout.split("\n")
    frames = {}
    current = None
    i = 0
    while i < len(out):
        if out[i].startswith("0x"):
            current = int(out[i], 16)
            frames[current] = []
            i += 1
        elif current is not None and i + 1 < len(out):
            frames[current].append((out[i], out[i + 1]))
            i += 2
        else:
            i += 1
    return frames


def main():
    # Piped into `head`, stop quietly as the tools of a shell do.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    costs = self_costs(sys.argv[1])
    frames = inlined_frames(sys.argv[2], list(costs))
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    by_function = collections.Counter()
    by_line = collections.Counter()
    for address, cost in costs.items():
        stack = frames.get(address, [])
        own = [(f, where) for f, where in stack if re.search(r"/src/[^ ]*\.rs:\d+", where)
               and "/rustc/" not in where and "/.cargo/" not in where and "/deps/" not in where]
        if own:
            function, where = own[0]
            by_function[function] += cost
            by_line[re.sub(r" \(discriminator \d+\)", "", where.split("/src/", 1)[1])] += cost
        else:
            innermost = stack[0][0] if stack and stack[0][0] != "??" else "another object (libc, the loader)"
            by_function["(outside src/) " + innermost] += cost
    total = sum(costs.values()) or 1
    print(f"{total / 1e6:.2f} M instructions")
    for title, table in (("function", by_function), ("line of src/", by_line)):
        print(f"\n{'M':>8} {'share':>6}  {title}")
        for name, cost in table.most_common(rows):
            print(f"{cost / 1e6:8.2f} {cost * 100 / total:5.2f}%  {name[:110]}")


if __name__ == "__main__":
    main()
