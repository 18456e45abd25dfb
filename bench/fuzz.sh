#!/usr/bin/env bash
# Run one fuzz target for a while on the stable toolchain, with its seeds and dictionary.
#   bench/fuzz.sh TARGET SECONDS     (targets: rewrite_one rewrite_dossier check stats)
# Needs cargo-fuzz (cargo install cargo-fuzz --locked). The corpus grows in
# fuzz/corpus/TARGET (not committed); crashes land in fuzz/artifacts/TARGET. The last lines
# of the log (fuzz/logs/TARGET.log) give execs, coverage and the slowest input seen.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bench/fuzz.sh TARGET SECONDS}
seconds=${2:-600}
# Seeds: the fixtures themselves; a dossier seed joins the seed articles with form feeds.
case "$target" in
  check) seeds=../fixtures/drafts ;;
  rewrite_dossier)
    seeds=seeds-dossier
    mkdir -p fuzz/$seeds
    for n in 2 5; do
      ls fixtures/0*.txt | head -n $n | while read -r f; do cat "$f"; printf '\f'; done \
        > "fuzz/$seeds/first-$n.txt"
    done ;;
  *) seeds=../fixtures ;;
esac
mkdir -p "fuzz/corpus/$target" fuzz/logs
cd fuzz
RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -s none -O \
  "corpus/$target" "$seeds" -- \
  -dict=dict/redac.dict -max_total_time="$seconds" -max_len=65536 \
  -timeout=10 -rss_limit_mb=2048 -report_slow_units=2 -print_final_stats=1 \
  2>&1 | tee "logs/$target.log" | grep -E "DONE|Slowest|stat::|ERROR|panicked|SUMMARY" || true
grep -q "Done\|DONE\|stat::number_of_executed_units" "logs/$target.log"
! grep -q "ERROR: libFuzzer\|deadly signal\|panicked" "logs/$target.log"
