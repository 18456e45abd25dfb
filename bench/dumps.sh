#!/usr/bin/env bash
# Scores redac on page dumps of shapes the development corpus does not hold.
#
#   bash bench/dumps.sh REDAC [WORKDIR]
#
# The corpus's 33 HTML pages are converted the ways a scraper or a journalist converts a
# page: to laid-out text by inscriptis (indented lines, "* " and "o " bullets, menus first), to
# Markdown by html2text (ATX headings, lists, emphasis, the whole page) and by markdownify
# (headings underlined), that Markdown in a reading service's envelope (Jina's Reader: "Title:",
# "URL Source:", "Markdown Content:"; with and without the page's <h1>), and to the article
# alone in Markdown with a front matter by trafilatura (a scraper's extraction). Each dump gets
# its page's truth file and the folders are scored by the corpus's score.py, with one more:
# the corpus's clean texts hard-wrapped at 72 columns, as wire copy and mail come. When the
# machine has them, also: the text browsers' dumps (lynx and w3m, wrapped at 80), pandoc's
# plain text and Markdown, and, with Node.js and Chromium, what a journalist copies out of a
# browser (the whole page selected, or its reader view: bench/browser_dumps.js). Why: redac is
# judged on sites and scrapers it has not seen, and the corpus's own dumps come from a few
# scrapers only; a rule that holds on these dumps too was not fitted to the corpus's shapes.
#
# The Python converters come from PyPI, installed in a virtual environment under WORKDIR the
# first time, the Node.js packages from npm under WORKDIR/node (pinned below); lynx, w3m,
# pandoc and chromium are Debian's packages (`apt-get install lynx w3m pandoc chromium`). The
# dumps stay in WORKDIR (the pages are © their publishers: nothing is committed).
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 1 ] || { echo "usage: $0 REDAC [WORKDIR]" >&2; exit 2; }
redac=$(realpath "$1")
work=${2:-/tmp/redac-dumps}
shared=$(bash bench/shared_corpus.sh)
[ -n "$shared" ] || { echo "no shared corpus beside the repository" >&2; exit 2; }

mkdir -p "$work"
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet inscriptis==2.7.6 html2text==2025.4.15 \
    trafilatura==2.3.1 lxml_html_clean==0.4.6 markdownify==1.2.3
fi
# markdownify came with stop 54: a WORKDIR made before installs it now.
"$work/venv/bin/python" -c "import markdownify" 2> /dev/null ||
  "$work/venv/bin/pip" install --quiet markdownify==1.2.3
"$work/venv/bin/python" - "$shared/html" "$work" <<'EOF'
import glob, json, os, re, shutil, sys
import html2text, inscriptis, markdownify, trafilatura

pages, work = sys.argv[1], sys.argv[2]
for kind in ("text", "markdown", "extracted", "underlined", "service", "service_no_h1"):
    os.makedirs(os.path.join(work, kind), exist_ok=True)
for page in sorted(glob.glob(os.path.join(pages, "*.html"))):
    stem = os.path.basename(page)[: -len(".html")]
    raw = open(page, encoding="utf-8", errors="replace").read()
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_links = True
    # Entities as the characters they name ("&eacute;" → "é"), not their ASCII look-alikes.
    converter.unicode_snob = True
    extracted = trafilatura.extract(raw, output_format="markdown", with_metadata=True)
    # markdownify's Markdown of the page: headlines and intertitles underlined (setext), as a
    # reading service (Jina's Reader) writes them; that service wraps the page in an envelope
    # naming its <title> and address, and in its reader mode leaves the <h1> out.
    body = re.sub(r"<(head|script|style|noscript)\b.*?</\1>", "", raw, flags=re.S | re.I)
    underlined = markdownify.markdownify(body)
    title = re.search(r"<title[^>]*>(.*?)</title>", raw, flags=re.S | re.I)
    title = " ".join(title.group(1).split()) if title else ""
    url = json.load(open(os.path.join(pages, stem + ".truth.json"))).get("url") or ""
    envelope = f"Title: {title}\n\nURL Source: {url}\n\nMarkdown Content:\n"
    without_h1 = re.sub(r"(^|\n)[^\n]+\n=+\n", "\n", underlined)
    dumps = {
        "text": inscriptis.get_text(raw),
        "markdown": converter.handle(raw),
        "extracted": extracted or "",
        "underlined": underlined,
        "service": envelope + underlined,
        "service_no_h1": envelope + without_h1,
    }
    for kind, dump in dumps.items():
        # score.py reads .txt inputs; redac tells the Markdown from its content.
        with open(os.path.join(work, kind, stem + ".txt"), "w", encoding="utf-8") as out:
            out.write(dump)
        shutil.copy(os.path.join(pages, stem + ".truth.json"), os.path.join(work, kind))
EOF
# A wire story or a mail comes hard-wrapped: the corpus's clean texts, folded at 72 bytes.
mkdir -p "$work/wrapped"
for clean in "$shared"/fr/*_clean.txt; do
  fold -s -w 72 "$clean" | sed 's/ *$//' > "$work/wrapped/$(basename "$clean")"
  cp "${clean%.txt}.truth.json" "$work/wrapped/"
done
# lynx's dump (wrapped at 80, indented, bulleted), when this machine has lynx (Debian's
# package): a text browser's view of the page.
kinds="text markdown extracted underlined service service_no_h1 wrapped"
# A text browser's view of the page (wrapped at 80, indented, bulleted), and pandoc's.
dump_each() {
  local kind=$1
  shift
  mkdir -p "$work/$kind"
  for page in "$shared"/html/*.html; do
    stem=$(basename "$page" .html)
    timeout 60 "$@" "$page" > "$work/$kind/$stem.txt" 2> /dev/null || true
    cp "$shared/html/$stem.truth.json" "$work/$kind/"
  done
  kinds="$kinds $kind"
}
if command -v lynx > /dev/null; then
  dump_each lynx lynx -dump -nolist -width=80 -assume_charset=utf-8 -display_charset=utf-8
fi
if command -v w3m > /dev/null; then
  dump_each w3m w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8
fi
if command -v pandoc > /dev/null; then
  dump_each pandoc_plain pandoc -f html -t plain --wrap=none
  dump_each pandoc_md pandoc -f html -t gfm-raw_html --wrap=none
fi
if command -v node > /dev/null && command -v chromium > /dev/null; then
  if [ ! -d "$work/node/node_modules/playwright-core" ]; then
    mkdir -p "$work/node"
    (cd "$work/node" && npm init -y > /dev/null &&
      npm install --silent @mozilla/readability@0.6.0 jsdom@29.1.1 playwright-core@1.65.1)
  fi
  NODE_PATH="$work/node/node_modules" node bench/browser_dumps.js "$shared/html" "$work"
  kinds="$kinds copied reader readerhtml"
fi
for kind in $kinds; do
  echo "== $kind dumps"
  python3 "$shared/tools/score.py" --redac "$redac" -j 2 "$work/$kind" | tail -1
done
