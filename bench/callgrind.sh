#!/usr/bin/env bash
# Instructions of the batch of real articles under callgrind, measured so that two binaries
# compare.
#
#   bash bench/callgrind.sh REDAC [CALLGRIND_OUT]
#   STEADY=1 bash bench/callgrind.sh REDAC [CALLGRIND_OUT]
#
# Runs `REDAC rewrite DIR -o OUT -j 1 -q` over the distinct real articles (the shared corpus's
# French texts and the seeds, as bench/run.sh gathers them) and prints the total, the share of
# glibc's allocator (malloc.c, arena.c) and the rest. A binary that links mimalloc (as the release
# build does) calls no glibc allocator: only the total is printed.
#
# Why so: the allocator's cost moves by millions of instructions with the heap's layout, and
# the layout moves with the length of the binary's path, of the corpus's path and of the
# environment (bash's `_` alone): the same binary measured from two paths gave 525.2 M and
# 528.9 M. Here the binary is copied to one path, the corpus to another, and both run under
# `env -i` from one folder. Even so the allocator's share still moves by up to 3 M from one
# run to the next (522.9 M and 526.3 M for one binary, 70.7 M and 73.9 M of allocator), while
# the rest stays within 0.2 M (452.2 M, 452.4 M): judge a change by the rest, and one that
# only saves allocations by several runs of the total.
#
# With STEADY=1 the corpus is also rewritten twice over in one process (two copies of the 75,
# to CALLGRIND_OUT.twice), and the difference is printed: what the second 75 cost, with the
# word cache, the interned strings and the patterns (compiled, their lazy automata built)
# already warm from the first. That is what an article costs in the 1,050 of bench/run.sh,
# where the 75 come back fourteen times; one pass of the 75 spends a quarter of its
# instructions warming up (stop 72: 374 M for one pass, 283 M for the second), so a change
# to what is done once per process (compiling, stemming a new word) weighs four times more
# there than in the batch the target is set on.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 1 ] || { echo "usage: $0 REDAC [CALLGRIND_OUT]" >&2; exit 2; }
bin=$(realpath "$1")
out=${2:-/tmp/redac-callgrind.out}
# CALLGRIND_WORK lets two measurers run at once; keep its length (e.g. /tmp/redac-callgrinA) so
# the heap's layout, and the allocator's share, stay comparable.
work=${CALLGRIND_WORK:-/tmp/redac-callgrind}
mkdir -p "$work/corpus"
if [ -z "$(ls -A "$work/corpus")" ]; then
  shared=$(bash bench/shared_corpus.sh)
  cp "$shared"/fr/*.txt fixtures/[0-9][0-9][0-9]_*.txt "$work/corpus"/
fi
cp "$bin" "$work/redac"
rm -rf "$work/out"
# The batch's exit status is 1 when an article misses a target: measured all the same.
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$HOME" valgrind --tool=callgrind \
  --callgrind-out-file="$out" ./redac rewrite corpus -o out -j 1 -q > /dev/null 2>&1) || true
callgrind_annotate "$out" 2> /dev/null | awk '
  /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
  /malloc\/malloc\.c|malloc\/arena\.c/ { v = $1; gsub(",", "", v); allocator += v }
  END {
    # A binary linking mimalloc calls none of the glibc allocator: the total alone.
    if (allocator > 0) printf "total %.2f M, allocator %.2f M, rest %.2f M\n", total / 1e6, allocator / 1e6, (total - allocator) / 1e6
    else printf "total %.2f M (the allocator, linked in, not told apart)\n", total / 1e6 }'

[ -n "${STEADY:-}" ] || exit 0
if [ ! -d "$work/twice" ]; then
  mkdir -p "$work/twice/1" "$work/twice/2"
  cp "$work"/corpus/* "$work/twice/1/"
  cp "$work"/corpus/* "$work/twice/2/"
fi
rm -rf "$work/out"
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$HOME" valgrind --tool=callgrind \
  --callgrind-out-file="$out.twice" ./redac rewrite twice -o out -j 1 -q > /dev/null 2>&1) || true
total_of() { callgrind_annotate "$1" 2> /dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'; }
awk -v once="$(total_of "$out")" -v twice="$(total_of "$out.twice")" \
  -v articles="$(ls "$work/corpus" | wc -l)" 'BEGIN {
  printf "twice %.2f M, steady (the second pass) %.2f M, %.2f M an article\n",
    twice / 1e6, (twice - once) / 1e6, (twice - once) / articles / 1e6 }'
