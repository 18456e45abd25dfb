#!/usr/bin/env bash
# Byte-identity check: every output of NEW is the output of OLD, byte for byte.
#
#   bash bench/identical.sh OLD_REDAC NEW_REDAC [CORPUS_DIR...]
#
# A speed-up must never change what redac writes, so each optimisation is checked against
# the binary built before it. Both binaries run the same commands from folders of the same
# name (the paths they print are then equal), with one SOURCE_DATE_EPOCH (the date of an
# undated source is otherwise the day of the run). Compared, per binary:
# - a batch of each corpus folder (default ../shared/corpus/fr and ../shared/corpus/html when
#   present, see bench/shared_corpus.sh, and fixtures/): the articles and the JSON Lines report, on one thread (the
#   report's order then does not depend on scheduling);
# - each file of those folders alone: the article, its JSON report, standard error and the
#   exit status, then `stats --format json`;
# - the seeds' dossiers: each seed as the lead, the four others with --with.
# Prints "identical" and exits 0, or shows the first differences and exits 1.
set -uo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 2 ] || { echo "usage: $0 OLD_REDAC NEW_REDAC [CORPUS_DIR...]" >&2; exit 2; }
old=$(realpath "$1")
new=$(realpath "$2")
shift 2
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  shared=$(bash bench/shared_corpus.sh)
  for dir in "$shared/fr" "$shared/html"; do
    [ -d "$dir" ] && corpora+=("$dir")
  done
  corpora+=(fixtures)
fi
seeds=(fixtures/[0-9][0-9][0-9]_*.txt)
export SOURCE_DATE_EPOCH=1700000000
repo=$PWD
work=$(mktemp -d /tmp/redac-identical.XXXXXX)

# Every output of one binary, under $work/$2/run (the same path for both binaries).
outputs() {
  local bin=$1 side=$2 dir corpus n file name lead
  mkdir -p "$work/run"
  cd "$work/run" || exit 2
  n=0
  for dir in "${corpora[@]}"; do
    corpus=$(cd "$repo" && realpath "$dir")
    n=$((n + 1))
    "$bin" rewrite "$corpus" -o "batch-$n" -q -j 1 --report "batch-$n.jsonl" > /dev/null 2>&1
    echo "exit $?" > "batch-$n.status"
    for file in "$corpus"/*.txt "$corpus"/*.html "$corpus"/*.md; do
      [ -f "$file" ] || continue
      name="one-$n-$(basename "$file")"
      "$bin" rewrite "$file" -o "$name.out" --report "$name.json" > /dev/null 2> "$name.err"
      echo "exit $?" >> "$name.err"
      "$bin" stats "$file" --format json > "$name.stats" 2>&1
    done
  done
  for lead in "${seeds[@]}"; do
    name="dossier-$(basename "$lead")"
    args=()
    for seed in "${seeds[@]}"; do
      [ "$seed" = "$lead" ] || args+=(--with "$repo/$seed")
    done
    "$bin" rewrite "$repo/$lead" "${args[@]}" --report "$name.json" -o "$name.out" 2> "$name.err"
    echo "exit $?" >> "$name.err"
  done
  cd "$work" || exit 2
  mv run "$side"
}

outputs "$old" old
outputs "$new" new
files=$(find "$work/old" -type f | wc -l)
if diff -r "$work/old" "$work/new" > "$work/diff.txt"; then
  echo "identical: $files outputs ($work)"
  rm -rf "$work"
else
  head -40 "$work/diff.txt"
  echo "DIFFERENT: see $work/diff.txt"
  exit 1
fi
