#!/usr/bin/env bash
# The release binary built with profile-guided optimisation (PGO): the compiler told which
# branches real articles take and which functions they call most.
#
#   bash bench/pgo.sh [OUT]                 # OUT defaults to target/pgo/redac
#   PGO_TRAIN=DIR bash bench/pgo.sh [OUT]   # train on DIR's texts instead of the fixtures
#
# Why: redac's work is spread over hundreds of small functions (no one of them above 4 % of
# a batch's time), each branching on the text; what costs is where the processor waits on
# a branch it mispredicted or on code it had to fetch. An optimiser that knows the hot
# paths lays them out together and inlines along them. On the 1,050 real articles of
# bench/run.sh a binary trained on other texts (the shared corpus's web pages and the five
# stories, none of the articles measured) spent 7.5 % less user time than the plain
# release (docs/performance.md, "Stop 74"); what it writes is byte for byte the same.
#
# What it does:
# 1. finds `llvm-profdata` in rustup's `llvm-tools` component (installs the component when
#    missing): it must read the profiles of the LLVM that rustc is built on, which the
#    system's own LLVM does not;
# 2. builds an instrumented release (`-Cprofile-generate`) in target/pgo-generate;
# 3. runs it on the training texts as redac is used: a batch rewrite (one thread, as
#    bench/run.sh's per-core figure runs it), each seed rewritten alone to standard output,
#    `stats` of each seed, a story's dossier (`--with`), `check` of the articles written and
#    of fixtures/drafts;
# 4. merges the profiles and builds the release again with them (`-Cprofile-use`) in
#    target/pgo-use, then copies the binary to OUT.
# The training texts are the fixtures' real articles and pages (fixtures/pages, the seeds,
# events/, mail/, comments/, keyphrases/): the repository's own, so that a clean clone
# trains on the same texts.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target/pgo/redac}
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  rustup component add llvm-tools >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/redac-pgo.XXXXXX")
trap 'rm -rf "$work"' EXIT
profiles="$work/profiles"

# Both builds use the same release profile: with one of its settings changed in the second
# (`strip = false`, stop 76) the optimised build ran as slowly as the plain release, most
# likely because cargo hashes the profile into every symbol's name and the profile's counts
# then match no function. Only RUSTFLAGS differ.
echo "pgo: instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$profiles" \
  cargo build --release --locked --quiet --target-dir target/pgo-generate --bin redac
trained=target/pgo-generate/release/redac

train="$work/train"
mkdir -p "$train"
if [ -n "${PGO_TRAIN:-}" ]; then
  cp -r "$PGO_TRAIN"/. "$train/"
else
  for folder in pages events mail comments keyphrases; do
    [ -d "fixtures/$folder" ] || continue
    mkdir -p "$train/$folder"
    find "fixtures/$folder" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.eml' \) \
      -exec cp {} "$train/$folder/" \;
  done
  cp fixtures/[0-9][0-9][0-9]_*.txt "$train/"
fi

echo "pgo: training on $(find "$train" -type f | wc -l) texts" >&2
# A short brief is exit 1 and a lint finding too: the exit status says nothing here.
export SOURCE_DATE_EPOCH=1700000000
"$trained" rewrite "$train" -o "$work/articles" -j 1 -q > /dev/null 2>&1 || true
for seed in fixtures/[0-9][0-9][0-9]_*.txt; do
  "$trained" rewrite "$seed" > /dev/null 2>&1 || true
  "$trained" stats "$seed" > /dev/null 2>&1 || true
done
# A dossier: a story's lead with the other outlets' telling of it.
for story in fixtures/events/*/; do
  [ -d "$story" ] || continue
  lead=$(find "$story" -maxdepth 1 -name '*.txt' | sort | head -1)
  [ -n "$lead" ] || continue
  "$trained" rewrite "$lead" --with "$story" > /dev/null 2>&1 || true
done
RAYON_NUM_THREADS=1 "$trained" check --no-config "$work/articles" > /dev/null 2>&1 || true
RAYON_NUM_THREADS=1 "$trained" check --no-config fixtures/drafts > /dev/null 2>&1 || true

"$profdata" merge -o "$work/redac.profdata" "$profiles"
echo "pgo: optimised build" >&2
RUSTFLAGS="-Cprofile-use=$work/redac.profdata" \
  cargo build --release --locked --quiet --target-dir target/pgo-use --bin redac
mkdir -p "$(dirname "$out")"
cp target/pgo-use/release/redac "$out"
echo "pgo: $out" >&2
