#!/usr/bin/env bash
# Compare redac's figures with Yoast SEO's French analysis (../shared/yoast) on the seed articles.
# A development aid, not part of CI: it needs Node and the yoastseo package in a scratch folder.
#   bash bench/yoast.sh
set -euo pipefail
cd "$(dirname "$0")/.."
yoast=../shared/yoast
run=${YOAST_RUN_DIR:-/tmp/yoast-run}
if [ ! -d "$run/node_modules" ]; then
  mkdir -p "$run" && cp "$yoast/package.json" "$yoast/package-lock.json" "$run/"
  npm ci --prefix "$run" --no-audit --no-fund >/dev/null
fi
cargo build --release --locked -q
tmp=$(mktemp -d)
for seed in fixtures/0*.txt; do
  name=$(basename "$seed" .txt)
  target/release/redac rewrite "$seed" --front-matter none -q >"$tmp/$name.md" || true
  target/release/redac rewrite "$seed" -q -o /dev/null --report "$tmp/$name.json" || true
  python3 - "$tmp/$name" "$run" "$yoast/judge.mjs" <<'PY'
import json, os, re, subprocess, sys
base, run, judge = sys.argv[1:]
r = json.load(open(base + ".json"))
out = subprocess.run(["node", judge, "--file", base + ".md", "--keyphrase", r["keyphrase"], "--title", r["title"],
                      "--slug", r["slug"], "--meta", r["description"], "--locale", "fr_FR"],
                     capture_output=True, text=True, env={**os.environ, "YOAST_RUN_DIR": run}, check=True)
j = json.loads(out.stdout)
y = j["researches"]
heading_words = sum(len([t for t in h.split() if re.search(r"\w", t)]) for h in r["headings"])
print(f"{os.path.basename(base)}: redac body {r['words']} + headings {heading_words} = {r['words'] + heading_words}"
      f" | yoast {y['wordCountInText']} | density redac {r['density']['keyphrase']['density']:.2f} %"
      f" yoast {y['keyphraseDensityPercent']:.2f} % | yoast SEO {j['seo']['overallScore']}"
      f" readability {j['readability']['overallScore']}")
PY
done
rm -rf "$tmp"
