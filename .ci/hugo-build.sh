#!/usr/bin/env bash
# Build test: the articles redac writes, dropped into a bare Hugo site, must each become a page
# with its title, its date and its H2s. Hugo drops a page silently for a bad date and keeps one
# of several pages sharing a slug, so a page count that falls short is a redac bug.
#
#   .ci/hugo-build.sh [REDAC] [INPUT_DIR]
#
# REDAC defaults to target/debug/redac; INPUT_DIR to the seed articles (fixtures/*.txt). Hugo is
# installed with apt-get when missing; without apt-get (or root) the test is skipped, saying so.
set -euo pipefail
cd "$(dirname "$0")/.."
redac=$(realpath "${1:-target/debug/redac}")
input=${2:-}

if ! command -v hugo >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "hugo-build: installing Debian's hugo" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq hugo >/dev/null
  else
    echo "hugo-build: SKIPPED: hugo is not installed and apt-get (as root) is not available" >&2
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
mkdir -p "$site/layouts/_default"
cat > "$site/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
languageCode = "fr"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[outputFormats.check]
mediaType = "text/plain"
baseName = "check"
isPlainText = true
[outputs]
page = ["check"]
EOF
# One plain-text line per fact a reader sees: the title, the date, each H2.
cat > "$site/layouts/_default/single.check.txt" <<'EOF'
title	{{ .Title }}
date	{{ .Date.Format "2006-01-02" }}
{{ range findRE "<h2[^>]*>.*?</h2>" .Content }}h2	{{ . | plainify | htmlUnescape }}
{{ end }}
EOF
echo '{{ range .Pages }}{{ .Title }}{{ end }}' > "$site/layouts/_default/list.html"

# A fixed run day, so that an article whose source shows no date is dated alike on every run.
status=0
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1717200000} "$redac" rewrite "$input" -q \
  -o "$site/content/posts" || status=$?
if [ "$status" -ge 2 ]; then
  echo "hugo-build: note: some inputs failed (status $status); checking the articles written" >&2
fi
hugo --source "$site" --destination "$work/public" --quiet

# What the article says, in the lines the template writes.
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
  page="$work/public/posts/$slug/check.txt"
  if [ ! -f "$page" ]; then
    echo "hugo-build: FAIL: $(basename "$article"): no page at posts/$slug/" >&2
    failures=$((failures + 1))
  elif ! diff <(expected "$article") <(grep -v '^$' "$page") >"$work/diff"; then
    echo "hugo-build: FAIL: $(basename "$article"): the page differs:" >&2
    cat "$work/diff" >&2
    failures=$((failures + 1))
  fi
done < <(find "$site/content/posts" -name '*.md' | sort)

pages=$(find "$work/public/posts" -name check.txt | wc -l)
echo "hugo-build: $articles article(s), $pages page(s), $failures failure(s)"
[ "$articles" -gt 0 ] && [ "$pages" -eq "$articles" ] && [ "$failures" -eq 0 ]
