#!/usr/bin/env bash
# Whole-binary benchmark of redac on real articles: batch, one file, stats, one huge input.
#
#   bash bench/run.sh [WORKDIR]              # WORKDIR defaults to a fresh temporary folder
#   REF=/tmp/redac-old bash bench/run.sh     # also: outputs byte-identical to this binary's
#   REDAC=path/to/redac bash bench/run.sh    # measure this binary instead of building one
#   PGO=1 bash bench/run.sh                  # measure the release built with PGO (bench/pgo.sh)
#   QUICK=1 bash bench/run.sh                # huge inputs of 1 and 10 MB only, fewer one-file runs
#   GENERATED=1 bash bench/run.sh            # also the generated corpora of issue 5
#
# What it does, in one run, and prints as Markdown tables (docs/performance.md has them):
# 1. builds the release binary (unless REDAC is set; with PGO=1, by bench/pgo.sh) and the
#    corpus generator;
# 2. the real-article corpus: ../shared/corpus/fr/*.txt (bench/shared_corpus.sh finds it)
#    and the five seeds of fixtures/, copied in folders until about 1,050 files; without the
#    shared corpus, 1,000 generated articles of 2–6 KB (bench/make_corpus.rs) instead;
# 3. reads the corpus once (`cat > /dev/null`) so that every run finds it in the page cache;
# 4. times `wc -w` (the floor: reading and splitting the same bytes), `cp -r` of the corpus to
#    a fresh folder (the files' floor: as many files opened, created and written), `redac
#    rewrite DIR -o OUT -q` with -j 1 and -j 2, and `redac check` of the articles written,
#    with 1 and 2 threads (clock, CPU time and articles per CPU second: the per-core rate of
#    issue 16); each ROUNDS times (5; QUICK=1: 3), the run of median CPU time reported, and
#    every run's CPU time listed under the table (runs of one binary on a shared machine
#    differ by 5 % and more: one run said little); each rewrite and copy writes a fresh
#    folder, and the system's part of the CPU time has its own column: ext4 avoids reusing
#    inodes freed a little earlier, and looks past each of them for every file it creates
#    (the kernel's `find_inode_bit` asking `recently_deleted` of each: nearly a fifth of
#    `perf`'s samples of a rewrite then). On this machine a `cp -r` of the 1,050 articles
#    took 0.03-0.07 s of system time, and 0.24-0.27 s when made 30 to 70 seconds after
#    3,150 files were deleted (0.03 s right after the deletion and 190 s after, stop 75),
#    and a quarter of a batch's samples went there right after ~10,000 (stop 76): a run of
#    this script some seconds after
#    another, which deletes its outputs last, or after a cleanup of /tmp, pays for it in
#    every row that writes files, `cp -r` included, which a desk writing a fresh folder does
#    not. Compare CPU times when the `cp -r` rows' system times agree;
# 5. one-file latency: `redac rewrite FILE` (to standard output) run once per file, one process
#    each, over the 75 distinct articles, ROUNDS rounds timed apart, and the same for `redac
#    stats FILE`: of the round of median clock, articles/s, wall-clock and CPU milliseconds
#    per run; every round's articles/s under the table;
# 6. one huge input per size (1, 10, 50 MB, generated): seconds and peak RSS, with RSS per
#    input byte;
# 7. with REF: the same corpus rewritten by REF (-j 1) and compared byte for byte with the
#    -j 1 outputs; a difference fails the script (bench/identical.sh checks more: single
#    files, reports, dossiers, HTML).
# Wall-clock figures vary by a few percent between runs on a shared machine; instructions
# (`valgrind --tool=callgrind` on target/profiling/redac) do not.
set -euo pipefail
cd "$(dirname "$0")/.."

work="${1:-$(mktemp -d /tmp/redac-bench.XXXXXX)}"
mkdir -p "$work"
huge_timeout="${HUGE_TIMEOUT:-1200}"
# An undated source takes the day of the run: one day for every run keeps outputs comparable.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1700000000}"

cargo build --release --quiet --example make_corpus
make_corpus="$PWD/target/release/examples/make_corpus"
if [ -n "${REDAC:-}" ]; then
  redac=$(realpath "$REDAC")
elif [ "${PGO:-0}" = 1 ]; then
  bash bench/pgo.sh target/pgo/redac
  redac="$PWD/target/pgo/redac"
else
  cargo build --release --quiet --bin redac
  redac="$PWD/target/release/redac"
fi

if [ "${QUICK:-0}" = 1 ]; then
  huge_sizes=(1 10)
  rounds="${ROUNDS:-3}"
else
  huge_sizes=(1 10 50)
  rounds="${ROUNDS:-5}"
fi

# seconds (from the clock, to the millisecond), peak RSS (KB), CPU seconds (user + system,
# from GNU time) and the system's part of them, of a command, as "SECONDS KB CPU SYSTEM"; its
# exit status is ignored (a short brief is exit 1, a lint error too). CPU time moves less than
# the clock on a shared machine; the system's part moves most (see the note on ext4 above).
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M %U %S" -o "$work/time.txt" "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  tail -1 "$work/time.txt" | awk -v ns=$((end - start)) '{ printf "%.3f %d %.2f %.2f\n", ns / 1e9, $1, $2 + $3, $3 }'
}

row() { # name files bytes seconds kb floor_seconds cpu_seconds system_seconds
  awk -v name="$1" -v files="$2" -v bytes="$3" -v s="$4" -v kb="$5" -v floor="$6" -v cpu="$7" -v sys="$8" 'BEGIN {
    rate = (s > 0) ? files / s : 0; mbs = (s > 0) ? bytes / s / 1e6 : 0
    ratio = (floor > 0) ? sprintf("%.1f×", s / floor) : "–"
    per_cpu = (cpu > 0) ? sprintf("%.0f", files / cpu) : "–"
    printf "| %s | %d | %.3f | %.0f | %.2f | %s | %.2f | %.2f | %s | %.1f |\n", name, files, s, rate, mbs, ratio, cpu, sys, per_cpu, kb / 1024 }'
}

# Of the runs in $work/runs.txt ("SECONDS KB CPU SYSTEM" each), the one of median CPU time;
# its name ($1) and every run's CPU seconds, lowest first, with the system's part in
# brackets, go to $work/spread.txt.
median_run() {
  sort -k3,3n "$work/runs.txt" | awk -v name="$1" -v spread="$work/spread.txt" '
    { line[NR] = $0; cpu = cpu (NR > 1 ? ", " : "") $3 " (" $4 ")" }
    END { print line[int((NR + 1) / 2)]; printf "- %s: %s\n", name, cpu >> spread }'
}

# The real-article corpus in $1: the distinct articles in $1/../distinct, copies in $1/NN/.
real_corpus() {
  local dir=$1 shared distinct copies i
  shared=$(bash bench/shared_corpus.sh)
  [ -n "$shared" ] || return 1
  distinct="$(dirname "$dir")/distinct"
  mkdir -p "$distinct"
  cp "$shared"/fr/*.txt fixtures/[0-9][0-9][0-9]_*.txt "$distinct"/
  copies=$(((1050 + $(ls "$distinct" | wc -l) - 1) / $(ls "$distinct" | wc -l)))
  for i in $(seq -w 1 "$copies"); do
    mkdir -p "$dir/$i"
    cp "$distinct"/*.txt "$dir/$i/"
  done
}

batch_rows() { # name corpus
  local name=$1 corpus=$2 count bytes floor s kb out out_bytes
  count=$(find "$corpus" -type f -name '*.txt' | wc -l)
  bytes=$(find "$corpus" -type f -name '*.txt' -exec cat {} + | wc -c)
  find "$corpus" -type f -exec cat {} + > /dev/null
  local i
  : > "$work/runs.txt"
  for i in $(seq "$rounds"); do
    measure sh -c "find '$corpus' -type f -name '*.txt' -exec cat {} + | wc -w" >> "$work/runs.txt"
  done
  read -r floor kb cpu sys <<< "$(median_run "$name: wc -w")"
  row "$name: wc -w (floor)" "$count" "$bytes" "$floor" "$kb" "$floor" "$cpu" "$sys"
  # The files' floor: as many files read and as many written, to a fresh folder, as a
  # rewrite does, without a word read. Most of it is the kernel's (opening, creating,
  # copying), which a rewrite pays too and `wc -w` does not.
  : > "$work/runs.txt"
  for i in $(seq "$rounds"); do
    out="$work/copy-$name-$i"
    rm -rf "$out"
    measure cp -r "$corpus" "$out" >> "$work/runs.txt"
  done
  read -r s kb cpu sys <<< "$(median_run "$name: cp -r")"
  row "$name: cp -r (files read and written)" "$count" "$bytes" "$s" "$kb" "$floor" "$cpu" "$sys"
  for jobs in 1 2; do
    : > "$work/runs.txt"
    for i in $(seq "$rounds"); do
      out="$work/out-$name-j$jobs-$i"
      rm -rf "$out"
      measure "$redac" rewrite "$corpus" -o "$out" -q -j "$jobs" >> "$work/runs.txt"
    done
    read -r s kb cpu sys <<< "$(median_run "$name: rewrite -j $jobs")"
    row "$name: rewrite -j $jobs" "$count" "$bytes" "$s" "$kb" "$floor" "$cpu" "$sys"
  done
  out_bytes=$(find "$out" -type f -name '*.md' -exec cat {} + | wc -c)
  for threads in 1 2; do
    : > "$work/runs.txt"
    for i in $(seq "$rounds"); do
      measure env RAYON_NUM_THREADS="$threads" "$redac" check --no-config --format json "$out" >> "$work/runs.txt"
    done
    read -r s kb cpu sys <<< "$(median_run "$name: check, $threads thread(s)")"
    row "$name: check, $threads thread(s) (on the articles)" "$count" "$out_bytes" "$s" "$kb" "$floor" "$cpu" "$sys"
  done
  # The copies go last: files deleted just before the rewrites would slow their creation.
  rm -rf "$work/copy-$name-"*
}

# One process per file over the distinct articles, $rounds rounds each timed apart: of the
# rounds, the one of median clock, as articles/s and wall-clock and CPU (user + system)
# milliseconds per run, for `rewrite FILE` (the article on standard output, as a journalist
# runs it; `-o` would add an fsync) and `stats FILE`; every round's articles/s, lowest first,
# under the table. One loop of all the rounds moved by a sixth from one run of the script to
# another on this shared machine (stop 70: 190, 195 and 167 a second for one binary's
# `stats`); the median round moves less.
single_rows() { # distinct_dir
  local distinct=$1 files command round
  files=$(ls "$distinct"/*.txt | wc -l)
  : > "$work/single-spread.txt"
  for command in rewrite stats; do
    : > "$work/single-runs.txt"
    for round in $(seq "$rounds"); do
      /usr/bin/time -f "%e %U %S" -o "$work/time.txt" bash -c '
        for f in "$1"/*.txt; do "$2" "$3" "$f" > /dev/null 2>&1 || true; done' \
        _ "$distinct" "$redac" "$command"
      cat "$work/time.txt" >> "$work/single-runs.txt"
    done
    sort -k1,1nr "$work/single-runs.txt" | awk -v c="$command" -v n="$files" -v spread="$work/single-spread.txt" '
      { wall[NR] = $1; cpu[NR] = $2 + $3; rates = rates (NR > 1 ? ", " : "") sprintf("%.0f", n / $1) }
      END {
        m = int((NR + 1) / 2)
        printf "| `%s FILE`, one process per file | %d × %d | %.0f | %.1f | %.1f |\n", c, NR, n, n / wall[m], wall[m] * 1000 / n, cpu[m] * 1000 / n
        printf "- `%s FILE`: %s articles/s\n", c, rates >> spread }'
  done
}

huge_rows() {
  local mb input bytes s kb
  for mb in "${huge_sizes[@]}"; do
    input="$work/huge-${mb}MB.txt"
    [ -f "$input" ] || "$make_corpus" single "$input" $((mb * 1000000)) > /dev/null
    bytes=$(wc -c < "$input")
    read -r s kb _ <<< "$(measure timeout "$huge_timeout" "$redac" rewrite "$input" -o "$work/huge.md" -q)"
    awk -v mb="$mb" -v b="$bytes" -v s="$s" -v kb="$kb" -v limit="$huge_timeout" 'BEGIN {
      if (s >= limit) { printf "| %d MB | %d | > %d (stopped) | – | %.1f | – |\n", mb, b, limit, kb / 1024; exit }
      printf "| %d MB | %d | %.2f | %.2f | %.1f | %.1f |\n", mb, b, s, b / s / 1e6, kb / 1024, kb * 1024 / b }'
  done
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
# A binary given by REDAC was built elsewhere: the checkout's commit is not said to be its.
checkout="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted changes')"
case "${REDAC:-}" in
  "") built="built from $checkout" ;;
  *) built="given by REDAC; this checkout is at $checkout" ;;
esac
echo "redac: $redac ($built), $(wc -c < "$redac") bytes"
echo
echo "| run | files | seconds | articles/s | MB/s | × wc -w | CPU s | of it system | articles per CPU s | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
: > "$work/spread.txt"
real="$work/real/corpus"
if [ -d "$real" ] || real_corpus "$real"; then
  batch_rows real "$real"
else
  real="$work/generated-1000"
  [ -d "$real" ] || "$make_corpus" tree "$real" 1000 2048 6144 > /dev/null
  batch_rows generated "$real"
fi
if [ "${GENERATED:-0}" = 1 ]; then
  for spec in "4k-1000:1000:4096:4096" "mixed-10000:10000:2048:6144"; do
    IFS=: read -r name count min max <<< "$spec"
    [ -d "$work/$name" ] || "$make_corpus" tree "$work/$name" "$count" "$min" "$max" > /dev/null
    batch_rows "$name" "$work/$name"
  done
fi
echo
echo "Each row above is the run of median CPU time of $rounds; every run's CPU seconds, lowest first (the system's in brackets):"
cat "$work/spread.txt"

if [ -d "$work/real/distinct" ]; then
  echo
  echo "| one file at a time (the round of median clock) | rounds × files | articles/s | ms per run | CPU ms per run |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  single_rows "$work/real/distinct"
  echo
  echo "Every round's articles per second, lowest first:"
  cat "$work/single-spread.txt"
fi

echo
echo "| single input | bytes | seconds | MB/s | peak RSS (MB) | RSS bytes per input byte |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
huge_rows

if [ -n "${REF:-}" ]; then
  echo
  rm -rf "$work/out-ref"
  "$REF" rewrite "$real" -o "$work/out-ref" -q -j 1 > /dev/null 2>&1 || true
  mine=$(ls -d "$work"/out-*-j1-1 | head -1)
  if diff -rq "$work/out-ref" "$mine" > "$work/identity.txt"; then
    echo "byte-identical to $REF: $(find "$mine" -type f | wc -l) articles"
  else
    head "$work/identity.txt"
    echo "DIFFERENT from $REF (see $work/identity.txt)"
    exit 1
  fi
fi
rm -rf "$work"/out-*
echo
echo "corpora kept in $work"
