#!/usr/bin/env bash
# Whole-binary benchmark of `redac rewrite` (and `redac check`) over a generated corpus.
#
#   bash bench/run.sh [WORKDIR]        # WORKDIR defaults to a fresh temporary folder
#   QUICK=1 bash bench/run.sh          # 1,000-file corpora and 1 MB / 10 MB inputs only
#
# What it does, in one run, and prints as a Markdown table (docs/performance.md has one):
# 1. builds the release binary and the corpus generator (bench/make_corpus.rs);
# 2. generates three corpora from fixtures/: 1,000 articles of 4 KB, 1,000 and 10,000
#    articles of 2–6 KB, in folders of 100, plus single inputs of 1, 10 and 50 MB;
# 3. reads every corpus once (`cat > /dev/null`) so that all runs find it in the page cache:
#    the figures are redac's cost, not the first read from disk;
# 4. times `wc -w` (the floor: reading and splitting the same bytes), `redac rewrite DIR -o OUT`
#    with -j 1 and -j 2, and `redac check OUT` (on the articles just written) with 1 and 2
#    rayon threads; wall-clock time and peak RSS come from GNU time; each run writes into a
#    new output folder, so every article is really rewritten, and the folders are removed
#    only at the end: ext4 avoids reusing inodes freed in the last half minute, and a run that
#    deleted 10,000 articles just before writing 10,000 more spent a third of its time in the
#    kernel looking for free ones, which is not what a desk writing a fresh folder pays;
# 5. times `redac rewrite` of each single huge input (the linear-time check).
# Nothing is asserted: on a shared machine the figures vary by a few percent between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

work="${1:-$(mktemp -d /tmp/redac-bench.XXXXXX)}"
mkdir -p "$work"
huge_timeout="${HUGE_TIMEOUT:-1200}"

cargo build --release --quiet --bin redac --example make_corpus
redac="$PWD/target/release/redac"
make_corpus="$PWD/target/release/examples/make_corpus"

if [ "${QUICK:-0}" = 1 ]; then
  corpora=("4k-1000:1000:4096:4096" "mixed-1000:1000:2048:6144")
  huge_sizes=(1 10)
else
  corpora=("4k-1000:1000:4096:4096" "mixed-1000:1000:2048:6144" "mixed-10000:10000:2048:6144")
  huge_sizes=(1 10 50)
fi

# seconds (from the clock, to the millisecond) and peak RSS (KB, from GNU time) of a command,
# as "SECONDS KB"; its exit status is ignored (a short brief is exit 1, a lint error too).
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/time.txt" "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -v ns=$((end - start)) -v kb="$(tail -1 "$work/time.txt")" 'BEGIN { printf "%.3f %d\n", ns / 1e9, kb }'
}

row() { # name files bytes seconds kb
  awk -v name="$1" -v files="$2" -v bytes="$3" -v s="$4" -v kb="$5" 'BEGIN {
    rate = (s > 0) ? files / s : 0; mbs = (s > 0) ? bytes / s / 1e6 : 0
    printf "| %s | %d | %.3f | %.0f | %.1f | %.1f |\n", name, files, s, rate, mbs, kb / 1024 }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
echo "redac: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted changes')"
echo
echo "| run | files | seconds | articles/s | MB/s | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for spec in "${corpora[@]}"; do
  IFS=: read -r name count min max <<< "$spec"
  corpus="$work/$name"
  if [ ! -d "$corpus" ]; then
    "$make_corpus" tree "$corpus" "$count" "$min" "$max" > /dev/null
  fi
  bytes=$(find "$corpus" -type f -name '*.txt' -exec cat {} + | wc -c)
  find "$corpus" -type f -exec cat {} + > /dev/null
  read -r s kb <<< "$(measure sh -c "find '$corpus' -type f -name '*.txt' -exec cat {} + | wc -w")"
  row "$name: wc -w (floor)" "$count" "$bytes" "$s" "$kb"
  for jobs in 1 2; do
    out="$work/out-$name-j$jobs"
    rm -rf "$out"
    read -r s kb <<< "$(measure "$redac" rewrite "$corpus" -o "$out" -q -j "$jobs")"
    row "$name: rewrite -j $jobs" "$count" "$bytes" "$s" "$kb"
  done
  out_bytes=$(find "$out" -type f -name '*.md' -exec cat {} + | wc -c)
  for threads in 1 2; do
    read -r s kb <<< "$(measure env RAYON_NUM_THREADS="$threads" "$redac" check --no-config --format json "$out")"
    row "$name: check, $threads thread(s) (on the articles)" "$count" "$out_bytes" "$s" "$kb"
  done
done

echo
echo "| single input | bytes | seconds | MB/s | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: |"
for mb in "${huge_sizes[@]}"; do
  input="$work/huge-${mb}MB.txt"
  [ -f "$input" ] || "$make_corpus" single "$input" $((mb * 1000000)) > /dev/null
  bytes=$(wc -c < "$input")
  read -r s kb <<< "$(measure timeout "$huge_timeout" "$redac" rewrite "$input" -o "$work/huge.md" -q)"
  awk -v mb="$mb" -v b="$bytes" -v s="$s" -v kb="$kb" -v limit="$huge_timeout" 'BEGIN {
    if (s >= limit) { printf "| %d MB | %d | > %d (stopped) | – | %.1f |\n", mb, b, limit, kb / 1024; exit }
    printf "| %d MB | %d | %.2f | %.2f | %.1f |\n", mb, b, s, b / s / 1e6, kb / 1024 }'
done
rm -rf "$work"/out-*
echo
echo "corpora kept in $work"
