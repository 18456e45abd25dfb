#!/usr/bin/env bash
# Benchmark `redac check` over N drafts (default 1,000) made from fixtures/drafts/clean.md.
#
#   bash bench/check.sh [N]
#
# Each generated draft is the clean draft with its own number in the title and a sentence of
# its own in the lede, so no two files are the same text. The release binary checks the whole
# directory in parallel (rayon, all cores) with --format json; the figure is the median of
# five timed runs after one warm-up, wall-clock, including process start.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"

cargo build --release --quiet --bin redac
redac=./target/release/redac

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
for i in $(seq 1 "$count"); do
  sed -e "s/^title: \"Pistes cyclables, /title: \"Pistes cyclables n° $i, /" \
      -e "s/^La métropole de Lyon a présenté mardi/Le dossier $i rapporte que la métropole de Lyon a présenté mardi/" \
      fixtures/drafts/clean.md > "$dir/draft-$(printf %05d "$i").md"
done

"$redac" check --no-config --format json "$dir" > "$dir.json" || true
files=$(grep -c '"status": "checked"' "$dir.json")
rm -f "$dir.json"

# Five timed runs: wall-clock and CPU (user + system) seconds of each. CPU time does not
# depend on what else the machine runs; wall-clock does.
TIMEFORMAT='%R %U %S'
runs="$dir.times"
for _ in 1 2 3 4 5; do
  { time "$redac" check --no-config --format json "$dir" > /dev/null || true; } 2>> "$runs"
done
median() { sort -n | sed -n 3p; }
wall=$(awk '{ printf "%d\n", $1 * 1000 }' "$runs" | median)
cpu=$(awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$runs" | median)
rm -f "$runs"
echo "redac check: $files drafts in ${wall} ms wall-clock, ${cpu} ms CPU (medians of 5 runs, $(nproc) cores)"
