#!/usr/bin/env bash
# CPU time of two or more binaries on one batch, measured so that they compare.
#
#   bash bench/cpu_time.sh DIR ROUNDS REDAC...
#
# Runs `REDAC rewrite DIR -o OUT -j 1 -q` for each binary in turn (every other round in
# reverse order), ROUNDS times, and prints each binary's user seconds (lowest, quartiles and
# median, to the millisecond) and system seconds (lowest, median).
#
# Why so: instruction counts (bench/callgrind.sh) stopped tracking time. From 10232eb to
# stop 35 the 1,050 real articles went from 4,977 M to 4,713 M instructions while their user
# time went from 0.90 s to 1.35 s (docs/performance.md, "Time is not instructions"): a change
# that saves instructions may cost time (mispredicted branches, a larger code footprint), and
# only a clock says which. On a shared 2-core machine a clock moves with the neighbours, so
# the binaries alternate round by round (a neighbour's burst hits all of them), run pinned
# to one core (taskset, when present), and write to a fresh folder on /dev/shm when it
# exists (no inode reuse, no disk: the figure is redac's work, not the file system's).
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: $0 DIR ROUNDS REDAC..." >&2; exit 2; }
dir=$(realpath "$1")
rounds=$2
shift 2
scratch=$([ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")
pin=$(command -v taskset > /dev/null && echo "taskset -c 0" || echo "")
results=$(mktemp)
trap 'rm -f "$results"' EXIT

# bash's `time` gives the child's CPU seconds to the millisecond (GNU time's %U to the
# hundredth, too coarse for a change of 2 %).
TIMEFORMAT='%3U %3S'
binaries=("$@")
for round in $(seq 1 "$rounds"); do
  # Every other round in reverse order: the first binary of a round is not always the one
  # that meets the machine's state after the last round.
  order=("${binaries[@]}")
  if [ $((round % 2)) -eq 0 ]; then
    order=()
    for ((i = ${#binaries[@]} - 1; i >= 0; i--)); do order+=("${binaries[i]}"); done
  fi
  for redac in "${order[@]}"; do
    out=$(mktemp -d "$scratch/redac-cpu.XXXXXX")
    # The batch exits 1 when an article misses a target: timed all the same.
    { time $pin "$redac" rewrite "$dir" -o "$out/articles" -j 1 -q > /dev/null 2>&1 || true; } \
      2> "$out.time"
    echo "$redac $(tail -n 1 "$out.time")" >> "$results"
    rm -rf "$out" "$out.time"
  done
done

echo "binary | user s (lowest, first quartile, median, third quartile) | system s (lowest, median) | rounds"
echo "--- | --- | --- | ---"
# Lowest, quartiles and median of a column of numbers: on a shared machine the spread says
# as much as the middle, and a change that moves every quartile the same way is believed.
quartiles() {
  sort -n | awk '{ v[NR] = $1 } END {
    printf "%.3f, %.3f, %.3f, %.3f", v[1], v[int((NR + 3) / 4)], v[int((NR + 1) / 2)], v[int((3 * NR + 3) / 4)] }'
}
low_median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f, %.3f", v[1], v[int((NR + 1) / 2)] }'; }
for redac in "${binaries[@]}"; do
  user=$(awk -v r="$redac" '$1 == r { print $2 }' "$results" | quartiles)
  system=$(awk -v r="$redac" '$1 == r { print $3 }' "$results" | low_median)
  echo "$redac | $user | $system | $rounds"
done
