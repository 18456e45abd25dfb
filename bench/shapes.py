#!/usr/bin/env python3
"""The corpus's French articles written in the shapes a desk receives them in, and scored.

    python3 bench/shapes.py REDAC [WORKDIR]

Each of ../shared/corpus/fr's articles is rebuilt from its truth (title, chapô, intertitles,
paragraphs) as: an RSS 2.0 item (its HTML in CDATA, an excerpt as description), an Atom entry
(escaped HTML), a NITF story (`hl2` intertitles, a doctype naming its DTD), a NewsML-G2 item
(inline XHTML); a saved message forwarding it (outer headers, a note, Gmail's dashed marker,
a signature), a forward pasted from a French mail client (a note with instructions, "De :",
"Envoyé :", "Objet : TR: …", no title line, a signature), a saved multipart message (base64,
the subject an encoded word); hard-wrapped at 72 columns under its one-line headline (LF,
and CRLF), and cut in pages as `pdftotext` gives a column (wrapped at 60, a running head
every 50 lines). Each shape's folder holds the truth files beside, and is scored with
tools/score.py. docs/structure.md (stop 55) holds the figures before and after.
"""
import glob, html, json, os, shutil, subprocess, sys, textwrap
from email import charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

here = os.path.dirname(os.path.abspath(__file__))
shared = subprocess.run(["bash", os.path.join(here, "shared_corpus.sh")],
                        capture_output=True, text=True).stdout.strip()
redac = os.path.abspath(sys.argv[1])
work = sys.argv[2] if len(sys.argv) > 2 else "/tmp/redac-shapes"
SHAPES = ["rss", "atom", "nitf", "newsml", "mail_gmail", "mail_pasted", "mail_multipart",
          "wrapped", "wrapped_crlf", "pdftotext"]


def paragraphs(d):
    """The article's blocks in order: (intertitle or None, paragraph)."""
    for s in d["sections"]:
        if s["intertitle"]:
            yield ("h2", s["intertitle"])
        for p in s["paragraphs"]:
            yield ("p", p)


def body_html(d, h2="h2"):
    return "".join(f"<{h2 if k == 'h2' else 'p'}>{html.escape(t)}</{h2 if k == 'h2' else 'p'}>"
                   for k, t in paragraphs(d))


def plain(d, title=True, width=None):
    blocks = ([d["title"]] if title and d["title"] else []) + ([d["standfirst"]] if d.get("standfirst") else [])
    blocks += [t for _, t in paragraphs(d)]
    if width:
        return ["\n".join(textwrap.wrap(b, width)) if i or not title else b for i, b in enumerate(blocks)]
    return blocks


def write(d):
    n, t, sf = d["name"], html.escape(d["title"] or ""), html.escape(d.get("standfirst") or "")
    url = html.escape(d.get("url") or "https://exemple.fr/article")
    outlet = html.escape(d.get("outlet") or "Journal")
    ttag = f"<title>{t}</title>" if t else ""
    first = next((p for k, p in paragraphs(d) if k == "p"), "")
    excerpt = html.escape(" ".join(first.split()[:30])) + " [&#8230;]"
    chapo = f"<p><strong>{sf}</strong></p>" if sf else ""
    out = {
        "rss": f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{outlet} - Actualités</title>
<item>{ttag}<link>{url}</link><pubDate>Tue, 04 Apr 2023 08:23:00 +0200</pubDate>
<description><![CDATA[<p>{excerpt}</p>]]></description><content:encoded><![CDATA[{chapo}{body_html(d)}]]></content:encoded></item></channel></rss>
""",
        "atom": f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>{outlet}</title>
<entry>{ttag}<link href="{url}"/><published>2023-04-04T08:23:00+02:00</published>
{f"<summary>{sf}</summary>" if sf else ""}<content type="html">{html.escape(body_html(d))}</content></entry></feed>
""",
        "nitf": f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf><head>{ttag}<docdata><date.issue norm="20230404T082300+0200"/></docdata></head>
<body><body.head><hedline><hl1>{t}</hl1></hedline>{f"<abstract><p>{sf}</p></abstract>" if sf else ""}</body.head>
<body.content>{body_html(d, 'hl2')}</body.content></body></nitf>
""",
        "newsml": f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><newsItem xml:lang="fr">
<itemMeta><versionCreated>2023-04-04T08:23:00+02:00</versionCreated></itemMeta>
<contentMeta><headline>{t}</headline>{f'<description role="drol:summary">{sf}</description>' if sf else ""}</contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>{body_html(d)}</body></html></inlineXML></contentSet>
</newsItem></itemSet></newsMessage>
""",
        "mail_gmail": "\n".join([
            "From: Service info <info@journal.fr>", "To: desk@journal.fr",
            f"Subject: TR: {d['title'] or ''}", "Date: Tue, 4 Apr 2023 08:23:00 +0200",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", "Bonjour,", "",
            "Ci-dessous la dépêche pour le site, à réécrire pour ce soir.", "",
            "---------- Forwarded message ---------", "", "\n\n".join(plain(d)), "", "--",
            "Envoyé de mon iPhone"]) + "\n",
        "mail_pasted": "\n".join([
            "Salut,", "", "Tu peux reprendre ce papier pour le site ? Au moins 800 mots, avec des intertitres.",
            "", "Merci,", "Julie", "", "De : Service Info <info@journal.fr>",
            "Envoyé : mardi 4 avril 2023 08:23", "À : Desk Web <web@journal.fr>",
            f"Objet : TR: {d['title'] or ''}", "", "\n\n".join(plain(d, title=False)), "", "--",
            "Julie Martin", "Cheffe d'édition"]) + "\n",
        "wrapped": "\n\n".join(plain(d, width=72)) + "\n",
        "pdftotext": None,
    }
    msg = MIMEMultipart("alternative")
    msg["From"], msg["To"] = "Service Info <info@journal.fr>", "web@journal.fr"
    msg["Subject"], msg["Date"] = Header("Fwd: " + (d["title"] or ""), "utf-8"), "Tue, 04 Apr 2023 08:23:00 +0200"
    msg.attach(MIMEText("\n\n".join(plain(d, title=False)), "plain", "utf-8"))
    msg.attach(MIMEText(f"<html><body>{chapo}{body_html(d)}</body></html>", "html", "utf-8"))
    out["mail_multipart"] = msg.as_string()
    out["wrapped_crlf"] = out["wrapped"].replace("\n", "\r\n")
    lines = "\n\n".join(plain(d, width=60)).split("\n")
    paged = []
    for i, line in enumerate(lines):
        if i and i % 50 == 0:
            paged += ["", f"{d.get('outlet') or 'Journal'} - mardi 4 avril 2023 - page {i // 50}", "\f"]
        paged.append(line)
    out["pdftotext"] = "\n".join(paged) + "\n"
    return out


for shape in SHAPES:
    os.makedirs(os.path.join(work, shape), exist_ok=True)
for truth in sorted(glob.glob(os.path.join(shared, "fr", "*.truth.json"))):
    d = json.load(open(truth))
    for shape, text in write(d).items():
        with open(os.path.join(work, shape, d["name"] + ".txt"), "w", newline="") as f:
            f.write(text)
        shutil.copy(truth, os.path.join(work, shape))
score = os.path.join(shared, "tools", "score.py")
for shape in SHAPES:
    summary = subprocess.run([sys.executable, score, "--redac", redac, "-j", "2",
                              os.path.join(work, shape)], capture_output=True, text=True).stdout
    print(f"{shape}: {summary.strip().splitlines()[-1]}")
