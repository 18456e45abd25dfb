#!/usr/bin/env python3
"""Each web page's article against the article written from its text twin (issue 12).

    python3 bench/twins.py target/release/redac ../shared/corpus

For every page of CORPUS/html whose truth names a `text_twin` in CORPUS/fr, both are rewritten
and their body sentences compared on letters and digits only. Prints, per page, the sentences
only in the page's article and only in the twin's, then how many pages are within 0, 2 and 5.
"""
import glob, json, os, re, subprocess, sys

binary, corpus = sys.argv[1], sys.argv[2]


def sentences(path):
    out = subprocess.run([binary, "rewrite", path, "-q", "--front-matter", "none"],
                         capture_output=True, text=True).stdout
    body = [l for l in out.split("\n\n") if l.strip() and not l.startswith("#")
            and not l.startswith("- ")]
    keys = set()
    for paragraph in body:
        for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])", paragraph):
            key = re.sub(r"[^\w]|_", "", s.lower())
            if len(key) > 10:
                keys.add(key)
    return keys


apart = []
for truth in sorted(glob.glob(os.path.join(corpus, "html", "*.truth.json"))):
    twin = json.load(open(truth)).get("text_twin")
    page = truth.replace(".truth.json", ".html")
    if not twin or not os.path.exists(page):
        continue
    twin_path = os.path.join(corpus, twin)
    if not os.path.exists(twin_path):
        continue
    a, b = sentences(page), sentences(twin_path)
    only_page, only_twin = len(a - b), len(b - a)
    apart.append(max(only_page, only_twin))
    print(f"{os.path.basename(page):45} only in page {only_page:3}  only in twin {only_twin:3}")
n = len(apart)
for limit in (0, 2, 5):
    print(f"within {limit}: {sum(x <= limit for x in apart)} of {n}")
