#!/usr/bin/env python3
"""The 20 event dossiers: each article of each event of corpus/events as the lead, the other
three as --with. Prints lead, exit, body words, words used per source (skipped ones marked).

usage: python3 bench/dossiers.py [REDAC] [EVENTS_DIR]
"""
import json, os, subprocess, sys, tempfile

redac = sys.argv[1] if len(sys.argv) > 1 else "target/release/redac"
root = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/corpus/events"
events = json.load(open(os.path.join(root, "EVENTS.json")))
tmp = tempfile.mkdtemp()
print(f"{'lead':40} {'exit':>4} {'words':>5}  words per source (lead first)")
for event, info in sorted(events.items()):
    files = info["files"]
    for lead in files:
        others = [f for f in files if f != lead]
        report = os.path.join(tmp, "r.json")
        args = [redac, "rewrite", os.path.join(root, event, lead), "-q", "--report", report,
                "-o", os.path.join(tmp, "a.md")]
        for o in others:
            args += ["--with", os.path.join(root, event, o)]
        if os.path.exists(report):
            os.remove(report)
        code = subprocess.run(args, capture_output=True).returncode
        words, per = "-", []
        if os.path.exists(report):
            r = json.load(open(report))
            words = r.get("words", "-")
            for s in r.get("sources", []):
                name = os.path.basename(s["name"]).removesuffix(".txt")
                per.append(f"{name}:{'skip' if s.get('skipped') else s['words_used']}")
        print(f"{event + '/' + lead:40} {code:>4} {words:>5}  {' '.join(per)}")
