#!/usr/bin/env python3
"""The dates redac gives the shared corpus's pages, against the published articles'.

    python3 bench/datecheck.py REDAC [-v]

For every page of ../shared/corpus (fr/, html/, events/) whose truth file has a date, runs
`REDAC rewrite PAGE --report` (SOURCE_DATE_EPOCH fixed) and counts the report's date as
right (the truth's day), wrong (another day read on the page) or the run's (no date read).
score.py does not look at dates; a wrong date is a false fact in the front matter.
"""
import glob, json, os, re, subprocess, sys, tempfile

REPORT = os.path.join(tempfile.mkdtemp(), 'report.json')
MOIS = {m:i+1 for i,m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())}
def truth_date(s):
    if not s: return None
    m = re.search(r'(\d{1,2})(?:er)? (\w+) (\d{4})', s)
    if m and m.group(2).lower() in MOIS: return f"{int(m.group(3)):04d}-{MOIS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m: return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.search(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m: return m.group(0)
    m = re.search(r'(\d{1,2})\.(\d{1,2})\.(\d{4})', s)
    if m: return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None
bin_ = sys.argv[1]
verbose = len(sys.argv) > 2
stats = {'right':0,'wrong':0,'run':0,'notruth':0}
files = sorted(glob.glob('../shared/corpus/fr/*.txt')+glob.glob('../shared/corpus/html/*.html')+glob.glob('../shared/corpus/events/*/*.txt'))
for f in files:
    t = truth_date(json.load(open(os.path.splitext(f)[0]+'.truth.json')).get('date'))
    r = subprocess.run([bin_,'rewrite',f,'--report',REPORT],capture_output=True,env=dict(os.environ,SOURCE_DATE_EPOCH='1700000000'))
    try: d = json.load(open(REPORT))
    except Exception: continue
    if t is None: stats['notruth']+=1; continue
    if d['date_source']=='run': stats['run']+=1
    elif d['date']==t: stats['right']+=1
    else:
        stats['wrong']+=1
        if verbose: print('wrong', os.path.basename(f), d['date'], t)
print(stats)
