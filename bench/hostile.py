#!/usr/bin/env python3
"""Hostile shapes at two sizes: prints the time and peak memory of `redac rewrite` on each, and
their ratio. Linear work shows a ratio near the size ratio (4); quadratic work near its square.

usage: bench/hostile.py [REDAC] [KB]   (defaults: target/release/redac, 200 KB)
"""
import os, subprocess, sys, tempfile, time, resource

REDAC = sys.argv[1] if len(sys.argv) > 1 else "target/release/redac"
KB = int(sys.argv[2]) if len(sys.argv) > 2 else 200
LEAD = ("Le président russe Vladimir Poutine a rencontré mercredi son homologue biélorusse "
        "Alexandre Loukachenko à Minsk pour discuter de la sécurité régionale et des échanges "
        "économiques entre les deux pays. ") * 6 + "\n\n"


def repeat(unit, size, head="Le président russe a reçu son homologue ", tail=" hier.\n"):
    return LEAD + head + unit * (size // len(unit.encode())) + tail


SHAPES = {
    "commas": lambda n: repeat("à Minsk, ", n),
    "abbreviations": lambda n: repeat("M. Mme av. J.-C. janv. ", n),
    "open-quote": lambda n: repeat("M. Dupont arrive. ", n, head="« Le président "),
    "one-word": lambda n: repeat("a", n),
    "no-stop": lambda n: repeat("sécurité régionale et économique ", n),
    "short-lines": lambda n: LEAD + "Minsk\n" * (n // 6),
    "sentences": lambda n: repeat("Le président parle. ", n),
    "parentheses": lambda n: repeat("(à Minsk ", n),
    "urls": lambda n: repeat("https://exemple.fr/a ", n),
    "brief-cues": lambda n: "Customize this title in french " * (n // 31) + "\n" + LEAD,
    "straight-quotes": lambda n: repeat('" a ', n),
    "closing-quotes": lambda n: repeat('a" ', n),
    "mixed-quotes": lambda n: repeat('"a ” ', n),
    "quote-ends": lambda n: repeat("Il parle.\u00a0» ", n),
}


def run(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([REDAC, "rewrite", f.name, "--max-bytes", str(1 << 30)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    os.unlink(f.name)
    return elapsed, peak


for name, make in SHAPES.items():
    small, _ = run(make(KB * 1024))
    large, peak = run(make(4 * KB * 1024))
    print(f"{name:14} {KB:5} KB {small:7.3f}s  {4*KB:5} KB {large:7.3f}s  ratio {large/max(small,1e-3):5.1f}  peak(max so far) {peak//1024} MB")
