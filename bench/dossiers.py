#!/usr/bin/env python3
"""The 20 event dossiers: each article of each event of corpus/events as the lead, the other
three as --with. Prints lead, exit, body words, words used per source (skipped ones marked),
near-duplicate body sentence pairs by an independent measure (Jaccard of words of four letters
or more >= 0.5, as tests/dossier_cli.rs), how many sources used the Sources list names, and
how many of the outlets used it names rightly ("outlets": right/used, with "!" when it names a
wrong one), the outlet of each file being its truth file's "outlet". A source whose furniture
names none is listed by its title, or its file name: that is honest, but names no outlet.

usage: python3 bench/dossiers.py [REDAC] [EVENTS_DIR] [--credit]

--credit names each file's outlet with `--outlet FILE=NAME`, as the desk that gathered the
coverage would (the names come from the truth files); without it, redac names only the
outlets the sources' texts and metadata give.
"""
import json, os, re, subprocess, sys, tempfile, unicodedata


def long_words(sentence):
    return {w.lower() for w in re.split(r"\W+", sentence) if len(w) >= 4}


def near_duplicates(article):
    body = article.split("\n---\n", 1)[-1].split("\n## Sources\n")[0]
    prose = " ".join(l for l in body.splitlines() if l and not l.startswith("#"))
    sentences = [s for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])", prose) if len(s) > 20]
    pairs = []
    for i, a in enumerate(sentences):
        for b in sentences[i + 1:]:
            wa, wb = long_words(a), long_words(b)
            if wa and wb and len(wa & wb) / len(wa | wb) >= 0.5:
                pairs.append((a, b))
    return pairs


def sources_listed(article):
    parts = article.split("\n## Sources\n")
    return len([l for l in parts[1].splitlines() if l.strip()]) if len(parts) > 1 else 0

def folded(name):
    name = unicodedata.normalize("NFD", name or "").encode("ascii", "ignore").decode().lower()
    return "".join(c for c in name if c.isalnum())


def names_outlet(found, truth):
    """Does the outlet redac read name the truth's outlet ("Le HuffPost" for "HuffPost FR")?"""
    found, truth = folded(found), folded(truth)
    return bool(found) and (found in truth or truth in found or found.removeprefix("le") in truth)


credit = "--credit" in sys.argv
positional = [a for a in sys.argv[1:] if a != "--credit"]
redac = positional[0] if len(positional) > 0 else "target/release/redac"
root = positional[1] if len(positional) > 1 else "/work/shared/corpus/events"
events = json.load(open(os.path.join(root, "EVENTS.json")))
tmp = tempfile.mkdtemp()
print(f"{'lead':40} {'exit':>4} {'words':>5} {'dups':>4} {'listed':>6} {'outlets':>7}  words per source (lead first)")
every_outlet = 0
for event, info in sorted(events.items()):
    files = info["files"]
    for lead in files:
        others = [f for f in files if f != lead]
        report = os.path.join(tmp, "r.json")
        args = [redac, "rewrite", os.path.join(root, event, lead), "-q", "--report", report,
                "-o", os.path.join(tmp, "a.md")]
        for o in others:
            args += ["--with", os.path.join(root, event, o)]
        if credit:
            # As a desk would: it knows who published each file it gathered.
            for f in files:
                truth = json.load(open(os.path.join(root, event, os.path.splitext(f)[0] + ".truth.json")))
                args += ["--outlet", f"{f}={truth['outlet']}"]
        if os.path.exists(report):
            os.remove(report)
        code = subprocess.run(args, capture_output=True).returncode
        words, per, dups, listed, outlets = "-", [], "-", "-", "-"
        if os.path.exists(report):
            article = open(os.path.join(tmp, "a.md")).read()
            pairs = near_duplicates(article)
            dups = len(pairs)
            for a, b in pairs:
                print(f"  near-duplicates:\n    {a}\n    {b}", file=sys.stderr)
            r = json.load(open(report))
            words = r.get("words", "-")
            for s in r.get("sources", []):
                name = os.path.basename(s["name"]).removesuffix(".txt")
                per.append(f"{name}:{'skip' if s.get('skipped') else s['words_used']}")
            used = sum(1 for s in r.get("sources", []) if s["words_used"] > 0)
            listed = f"{sources_listed(article)}/{used}"
            right = wrong = 0
            for s in r.get("sources", []):
                if s["words_used"] > 0 and s.get("outlet"):
                    truth_file = os.path.splitext(s["name"])[0] + ".truth.json"
                    truth = json.load(open(truth_file)).get("outlet")
                    if names_outlet(s["outlet"], truth):
                        right += 1
                    else:
                        wrong += 1
            outlets = f"{right}/{used}" + ("!" * wrong)
            every_outlet += right == used
        print(f"{event + '/' + lead:40} {code:>4} {words:>5} {dups:>4} {listed:>6} {outlets:>7}  {' '.join(per)}")
print(f"dossiers whose Sources list names every outlet used: {every_outlet}")
