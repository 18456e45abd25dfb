#!/usr/bin/env python3
"""Compare redac's readability figures with Yoast's on Markdown articles (docs/check.md).

Usage: bench/yoast_readability.py REDAC ARTICLE.md...   (with YOAST_RUN_DIR set up as
../shared/yoast/README.md says). For each article: redac's figures from `check --format json`,
Yoast's from ../shared/yoast/judge.mjs on the body (front matter removed, as WordPress never
shows it), and whether each side flags each assessment (redac's warning vs Yoast's red).
Prints a Markdown table and the totals.
"""
import json
import os
import subprocess
import sys
import tempfile

JUDGE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "yoast", "judge.mjs")
JUDGE = os.environ.get("YOAST_JUDGE", JUDGE)


def redac_figures(redac, path):
    out = subprocess.run([redac, "check", "--no-config", "--format", "json", path],
                         capture_output=True, text=True).stdout
    f = json.loads(out)["files"][0]
    rules = {x["rule"] for x in f.get("findings", [])}
    return f["figures"]["readability"], rules, f["figures"].get("keyphrase") or ""


def yoast(path, keyphrase):
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as t:
        t.write(text)
    out = subprocess.run(["node", JUDGE, "--file", t.name, "--keyphrase", keyphrase,
                          "--locale", "fr_FR"], capture_output=True, text=True).stdout
    os.unlink(t.name)
    d = json.loads(out)
    ratings = {a["id"]: a["rating"] for a in d["readability"]["assessments"]}
    return d["researches"], ratings


def main():
    redac, paths = sys.argv[1], sys.argv[2:]
    print("| article | ease r/Y | syll./word r/Y | passive % r/Y | transitions % r/Y | flags r/Y |")
    print("|---|---|---|---|---|---|")
    agree = {"passive-voice": [0, 0], "transition-words": [0, 0], "sentence-beginnings": [0, 0]}
    yoast_ids = {"passive-voice": "passiveVoice", "transition-words": "textTransitionWords",
                 "sentence-beginnings": "sentenceBeginnings"}
    diffs = []
    for path in paths:
        r, rules, keyphrase = redac_figures(redac, path)
        y, ratings = yoast(path, keyphrase)
        fi = y["fleschInputs"]
        ys = fi["numberOfSyllables"] / fi["numberOfWords"]
        rs = r["syllables"] / max(r["words"], 1)
        rp = 100 * r["passive_sentences"] / max(r["sentences"], 1)
        yp = 100 * y["passiveSentences"] / max(y["passiveTotal"], 1)
        rt = 100 * r["transition_sentences"] / max(r["sentences"], 1)
        yt = 100 * y["transitionWordSentences"] / max(y["transitionTotalSentences"], 1)
        flags = []
        for rule, (same, total) in agree.items():
            ours = rule in rules
            theirs = ratings.get(yoast_ids[rule]) == "bad"
            agree[rule] = [same + (ours == theirs), total + 1]
            flags.append(f"{'x' if ours else '-'}/{'x' if theirs else '-'}")
        diffs.append((r["reading_ease"], y["fleschReadingEase"]["score"]))
        name = os.path.basename(path)[:36]
        print(f"| {name} | {r['reading_ease']} / {y['fleschReadingEase']['score']} | "
              f"{rs:.2f} / {ys:.2f} | {rp:.0f} / {yp:.0f} | {rt:.0f} / {yt:.0f} | {' '.join(flags)} |")
    mean = sum(abs(a - b) for a, b in diffs) / len(diffs)
    print()
    print(f"mean |reading ease difference|: {mean:.1f} points over {len(diffs)} articles")
    for rule, (same, total) in agree.items():
        print(f"{rule}: same verdict as Yoast's red on {same} of {total}")


if __name__ == "__main__":
    main()
