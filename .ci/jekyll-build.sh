#!/usr/bin/env bash
# Build test: the articles redac writes with `--name date-slug`, dropped into a bare Jekyll
# site's _posts, must each become a page with its title, its date and its H2s. Jekyll skips a
# post not named YYYY-MM-DD-…, or dated after the build.
#
#   .ci/jekyll-build.sh [REDAC] [INPUT_DIR]
#
# REDAC defaults to target/debug/redac; INPUT_DIR to the seed articles (fixtures/*.txt). Jekyll
# is installed with apt-get when missing; without apt-get (or root) the test is skipped, saying so.
set -euo pipefail
cd "$(dirname "$0")/.."
redac=$(realpath "${1:-target/debug/redac}")
input=${2:-}

if ! command -v jekyll >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "jekyll-build: installing Debian's jekyll" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq jekyll >/dev/null
  else
    echo "jekyll-build: SKIPPED: jekyll is not installed and apt-get (as root) is not available" >&2
    exit 0
  fi
fi

work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
if [ -z "$input" ]; then
  input="$work/in"
  mkdir -p "$input"
  cp fixtures/*.txt "$input/"
fi

site="$work/site"
mkdir -p "$site/_layouts"
cat > "$site/_config.yml" <<'EOF'
timezone: UTC
permalink: /:year/:month/:day/:slug/
defaults:
  - scope: { path: "" }
    values: { layout: check }
EOF
# One plain-text line per fact a reader sees: the title, the date, each H2.
cat > "$site/_layouts/check.html" <<'EOF'
title	{{ page.title }}
date	{{ page.date | date: "%Y-%m-%d" }}
{% assign parts = content | split: "<h2" %}{% for part in parts offset:1 %}h2	{{ part | split: "</h2>" | first | split: '">' | last | replace: "&gt;", ">" | replace: "&lt;", "<" | replace: "&quot;", '"' | replace: "&amp;", "&" }}
{% endfor %}
EOF

# A fixed run day, so that an article whose source shows no date is dated alike on every run.
status=0
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1717200000} "$redac" rewrite "$input" -q \
  -o "$site/_posts" --name date-slug || status=$?
if [ "$status" -ge 2 ]; then
  echo "jekyll-build: note: some inputs failed (status $status); checking the articles written" >&2
fi
jekyll build --quiet --source "$site" --destination "$work/public" >/dev/null

# What the article says, in the lines the layout writes.
expected() {
  awk '
    NR == 1 && /^---$/ { fm = 1; next }
    fm && /^---$/ { fm = 0; next }
    fm && /^title: / { t = substr($0, 8); gsub(/^"|"$/, "", t); gsub(/\\"/, "\"", t); print "title\t" t }
    fm && /^date: / { d = substr($0, 7); gsub(/"/, "", d); print "date\t" d }
    !fm && /^## / { h = substr($0, 4); gsub(/\\/, "", h); print "h2\t" h }
  ' "$1"
}

articles=0
failures=0
while IFS= read -r article; do
  articles=$((articles + 1))
  slug=$(awk '/^slug: / { s = substr($0, 7); gsub(/"/, "", s); print s; exit }' "$article")
  date=$(awk '/^date: / { d = substr($0, 7); gsub(/"/, "", d); gsub(/-/, "/", d); print d; exit }' "$article")
  page="$work/public/$date/$slug/index.html"
  if [ ! -f "$page" ]; then
    echo "jekyll-build: FAIL: $(basename "$article"): no page at $date/$slug/" >&2
    failures=$((failures + 1))
  elif ! diff <(expected "$article") <(grep -v '^$' "$page") >"$work/diff"; then
    echo "jekyll-build: FAIL: $(basename "$article"): the page differs:" >&2
    cat "$work/diff" >&2
    failures=$((failures + 1))
  fi
done < <(find "$site/_posts" -name '*.md' | sort)

pages=$(find "$work/public" -name index.html -path '*/[0-9]*' | wc -l)
echo "jekyll-build: $articles article(s), $pages page(s), $failures failure(s)"
[ "$articles" -gt 0 ] && [ "$pages" -eq "$articles" ] && [ "$failures" -eq 0 ]
