#!/usr/bin/env python3
"""The composition table of docs/composition.md: for every article of the given folders, the
title, keyphrase, meta description and headings redac writes, and check's verdict.

    python3 bench/composition_table.py target/release/redac ../shared/corpus/fr ../shared/corpus/events/*
"""
import glob, json, os, subprocess, sys, tempfile

binary, folders = sys.argv[1], sys.argv[2:]
tmp = tempfile.mkdtemp()
cell = lambda s: s.replace("|", "\\|").replace("\n", " ")
print("| article | title | keyphrase | meta description | headings | check errors |")
print("|---|---|---|---|---|---|")
for folder in folders:
    for source in sorted(glob.glob(os.path.join(folder, "*.txt")) + glob.glob(os.path.join(folder, "*.html"))):
        name = os.path.relpath(source, os.path.dirname(os.path.dirname(source)) if "events" in source else folder)
        md, report = os.path.join(tmp, "a.md"), os.path.join(tmp, "r.json")
        r = subprocess.run([binary, "rewrite", source, "-q", "-o", md, "--report", report], capture_output=True)
        if r.returncode not in (0, 1):
            print(f"| {name} | refused: {cell(r.stderr.decode()[:80])} | | | | |")
            continue
        rep = json.load(open(report))
        c = subprocess.run([binary, "check", md, "--no-config", "--format", "json"], capture_output=True, text=True)
        errors = sorted({f["rule"] for f in json.loads(c.stdout)["files"][0].get("findings", [])
                         if f["severity"] == "error" and f["rule"] != "min-words"})
        print(f"| {name} | {cell(rep['title'])} ({len(rep['title'])}) | {cell(rep['keyphrase'])} | "
              f"{cell(rep['description'])} ({len(rep['description'])}) | {cell(' · '.join(rep['headings']))} | "
              f"{', '.join(errors) or '—'} |")
