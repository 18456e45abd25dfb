#!/usr/bin/env python3
"""Yoast SEO's French analysis (../shared/yoast) over the articles a redac binary writes for a
folder of sources: the mean SEO and readability scores and the assessments that fail most.

    python3 bench/yoast_corpus.py BIN ../shared/corpus/fr [YOAST_RUN_DIR]

A development aid (Node and the yoastseo package in a scratch folder: see bench/yoast.sh), not
part of CI. Sources the binary refuses are counted and left out of the means.
"""
import collections, concurrent.futures as cf, glob, json, os, subprocess, sys, tempfile

binary, folder = sys.argv[1], sys.argv[2]
run = sys.argv[3] if len(sys.argv) > 3 else os.environ.get("YOAST_RUN_DIR", "/tmp/yoast-run")
judge = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "yoast", "judge.mjs")
tmp = tempfile.mkdtemp()


def grade(source):
    name = os.path.splitext(os.path.basename(source))[0]
    md, report = os.path.join(tmp, name + ".md"), os.path.join(tmp, name + ".json")
    r = subprocess.run([binary, "rewrite", source, "--front-matter", "none", "-q", "-o", md, "--report", report],
                       capture_output=True)
    if r.returncode not in (0, 1):
        return name, None
    rep = json.load(open(report))
    out = subprocess.run(["node", judge, "--file", md, "--keyphrase", rep["keyphrase"], "--title", rep["title"],
                          "--slug", rep["slug"], "--meta", rep["description"], "--locale", "fr_FR"],
                         capture_output=True, text=True, env={**os.environ, "YOAST_RUN_DIR": run})
    try:
        return name, json.loads(out.stdout)
    except json.JSONDecodeError:  # the judge failed on this article: say so, grade the rest
        print(f"{name}: yoast failed: {out.stderr.strip()[:200]}", file=sys.stderr)
        return name, None


sources = sorted(glob.glob(os.path.join(folder, "*.txt")))
with cf.ThreadPoolExecutor(2) as pool:
    results = list(pool.map(grade, sources))
graded = [j for _, j in results if j]
failing = collections.Counter()
for j in graded:
    for side in ("seo", "readability"):
        for a in j[side]["assessments"]:
            if a.get("rating") == "bad":
                failing[f"{side}:{a['id']}"] += 1
mean = lambda side: sum(j[side]["overallScore"] for j in graded) / max(len(graded), 1)
print(f"{len(graded)} of {len(sources)} graded | mean SEO {mean('seo'):.1f} | mean readability {mean('readability'):.1f}")
print("most frequent failing assessments:", ", ".join(f"{k} {v}" for k, v in failing.most_common(8)))
# YOAST_SCORES=FILE: one line per article (name, SEO, readability, what is rated bad), to
# compare two binaries article by article.
if os.environ.get("YOAST_SCORES"):
    with open(os.environ["YOAST_SCORES"], "w") as out:
        for name, j in results:
            if j:
                bad = [a["id"] for side in ("seo", "readability") for a in j[side]["assessments"]
                       if a.get("rating") == "bad"]
                out.write(f"{name}\t{j['seo']['overallScore']}\t{j['readability']['overallScore']}\t{' '.join(bad)}\n")
