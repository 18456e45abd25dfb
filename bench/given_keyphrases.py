#!/usr/bin/env python3
"""Articles under a keyphrase the user gives: each article's first tags forced as keyphrase.

An SEO editor often knows the keyphrase before redac reads the copy (`--keyphrase`, a brief's
or a front matter's field). The tags redac writes for an article stand in for what an editor
might force: for each input, the first TAGS tags of its own article are given back as
`--keyphrase`, each output is checked (`redac check --format json`), and the error rules
other than min-words are counted. Prints one line per run (input, keyphrase, rules, title)
with --runs, and the count of each rule over all runs and over the first tags alone.

usage: python3 bench/given_keyphrases.py [REDAC] [DIR ...] [--tags N] [--runs]

Defaults: target/release/redac, ../shared/corpus/fr and ../shared/corpus/html, 3 tags.
Stop 103 measured 66 of 309 runs whose title lacked the keyphrase (19 of 103 first tags),
then 54 (14).
"""
import collections, json, os, subprocess, sys


def front_matter_tags(article):
    """The tags of a rewrite's YAML front matter, as redac writes them (one quoted per line)."""
    tags, inside = [], False
    for line in article.split("\n---\n", 1)[0].splitlines():
        if line == "tags:":
            inside = True
        elif inside and line.startswith('- "'):
            tags.append(json.loads(line[2:]))
        elif inside:
            break
    return tags


def error_rules(report):
    """Every error rule but min-words in `check --format json`'s report."""
    return sorted({
        finding["rule"]
        for file in report.get("files", [])
        for finding in file.get("findings", [])
        if finding.get("severity") == "error" and finding["rule"] != "min-words"
    })


def title_of(article):
    for line in article.splitlines():
        if line.startswith("title: "):
            return json.loads(line[len("title: "):])
    return ""


def run(redac, path, keyphrase=None):
    args = [redac, "rewrite", "-q", path] + (["--keyphrase", keyphrase] if keyphrase else [])
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    return subprocess.run(args, capture_output=True, text=True, env=env).stdout


def check(redac, article):
    out = subprocess.run([redac, "check", "--no-config", "--format", "json", "-"],
                         input=article, capture_output=True, text=True).stdout
    return json.loads(out)


def main(argv):
    tags_per_article, show_runs = 3, "--runs" in argv
    argv = [a for a in argv if a != "--runs"]
    if "--tags" in argv:
        at = argv.index("--tags")
        tags_per_article = int(argv[at + 1])
        del argv[at:at + 2]
    redac = argv[0] if argv else "target/release/redac"
    dirs = argv[1:] or ["../shared/corpus/fr", "../shared/corpus/html"]
    inputs = sorted(os.path.join(d, f) for d in dirs for f in os.listdir(d)
                    if f.endswith((".txt", ".html")))
    every, first = collections.Counter(), collections.Counter()
    runs = firsts = 0
    for path in inputs:
        for i, tag in enumerate(front_matter_tags(run(redac, path))[:tags_per_article]):
            article = run(redac, path, tag)
            rules = error_rules(check(redac, article))
            runs += 1
            every.update(rules)
            if i == 0:
                firsts += 1
                first.update(rules)
            if show_runs:
                print(f"{os.path.basename(path)}\t{tag}\t{' '.join(rules)}\t{title_of(article)}")
    print(f"{runs} runs ({len(inputs)} inputs, up to {tags_per_article} tags each), "
          f"{firsts} first tags")
    for rule in sorted(set(every) | set(first)):
        print(f"{rule:32} {every[rule]:4} of {runs} runs   {first[rule]:4} of {firsts} first tags")


if __name__ == "__main__":
    main(sys.argv[1:])
