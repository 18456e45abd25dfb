#!/usr/bin/env bash
# The figures of docs/scale.md: `redac rewrite --jsonl` alone, under Spark's RDD.pipe, and the
# folder batch, on the same articles.
#
#   bash bench/spark.sh [CORPUS_DIR] [COUNT] [WORKDIR]
#   (defaults: /work/shared/corpus/fr, 10000, a fresh temporary folder)
#
# 1. builds the release binary;
# 2. writes CORPUS_DIR's *.txt articles, repeated to COUNT records, as one JSON Lines file
#    (examples/spark/make_jsonl.py) and as a folder of COUNT files (in folders of 100);
# 3. times `redac rewrite --jsonl` with -j 1 and -j 2, and `redac rewrite DIR -o OUT` with
#    -j 1 and -j 2 (wall-clock and peak RSS from GNU time);
# 4. when pyspark imports (`pip install pyspark`, Java 17), runs examples/spark/pipe.py with
#    local[1] and local[2]: its time is the job's (pipe and save), the JVM's start left out.
# Nothing is asserted: on a shared machine the figures vary between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-/work/shared/corpus/fr}"
count="${2:-10000}"
work="${3:-$(mktemp -d /tmp/redac-spark.XXXXXX)}"
mkdir -p "$work"
export SOURCE_DATE_EPOCH=1717200000

cargo build --release --quiet --bin redac
redac="$PWD/target/release/redac"

python3 examples/spark/make_jsonl.py "$corpus" "$count" > "$work/articles.jsonl"
python3 - "$work/articles.jsonl" "$work/folder" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[2])
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    d = out / f"{r['id'] // 100:03d}"
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{r['id']:05d}.txt").write_text(r["text"], encoding="utf-8")
PY
cat "$work/articles.jsonl" > /dev/null

row() { # label, seconds, peak kB
    printf '| %s | %.1f | %.0f | %.1f | %.0f |\n' "$1" "$2" "$(echo "$count / $2" | bc -l)" \
        "$(echo "$2 * 1000 / $count" | bc -l)" "$(echo "$3 / 1024" | bc -l)"
}
timed() { # label, command...
    local label="$1"; shift
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || true
    read -r seconds peak < <(tail -n 1 "$work/time")
    row "$label" "$seconds" "$peak"
}

echo "| run | seconds | records/s | ms/record | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
timed "rewrite --jsonl -j 1" sh -c "'$redac' rewrite --jsonl -q -j 1 < '$work/articles.jsonl' > '$work/j1.jsonl'"
timed "rewrite --jsonl -j 2" sh -c "'$redac' rewrite --jsonl -q -j 2 < '$work/articles.jsonl' > '$work/j2.jsonl'"
cmp -s "$work/j1.jsonl" "$work/j2.jsonl" || echo "warning: -j 1 and -j 2 differ" >&2
timed "rewrite DIR -o OUT -j 1" "$redac" rewrite "$work/folder" -o "$work/out1" -q -j 1
timed "rewrite DIR -o OUT -j 2" "$redac" rewrite "$work/folder" -o "$work/out2" -q -j 2

if python3 -c 'import pyspark' 2> /dev/null; then
    for master in 'local[1]' 'local[2]'; do
        out="$work/spark-${master//[^0-9]/}"
        python3 examples/spark/pipe.py "$work/articles.jsonl" "$out" --master "$master" \
            --redac "$redac" 2> "$work/spark.log"
        line=$(grep -oE "local\[[0-9]+\]: [0-9]+ records in .*" "$work/spark.log")
        seconds=$(echo "$line" | sed -E 's/.* in ([0-9.]+) s.*/\1/')
        printf '| Spark %s, pipe.py (job time) | %.1f | %.0f | %.1f | |\n' "$master" "$seconds" \
            "$(echo "$count / $seconds" | bc -l)" "$(echo "$seconds * 1000 / $count" | bc -l)"
        echo "$line" >&2
    done
else
    echo "pyspark does not import: Spark not run (pip install pyspark; Java 17)" >&2
fi
echo "work folder: $work" >&2
