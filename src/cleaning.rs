//! Cleaning: scraped page text in, the article's title, dateline and prose paragraphs out.
//!
//! Scrapes carry the page around the article: ad markers, share prompts, bylines, credits,
//! consent notices, "Lire aussi" links, disclaimers. The cleaner does not keep a list of the
//! strings one site uses; it recognises noise by its *shape* (a short line that is not a
//! sentence cannot be article prose) and by *families* of phrases that recur across French news
//! sites (share/follow prompts, calls to action, consent wording). Every removed line is kept,
//! with its line number and reason, for the report.

use regex::Regex;
use rustc_hash::FxHashSet;
use serde::Serialize;
use std::sync::LazyLock;

/// A line the cleaner took out, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RemovedLine {
    /// 1-based line number in the input.
    pub line: usize,
    pub text: String,
    pub reason: &'static str,
}

/// The article found in a scraped text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    pub title: Option<String>,
    /// ISO date (YYYY-MM-DD) from a dateline or byline, when the source shows one.
    pub date: Option<String>,
    /// Outlet named by the page ("La Gazette", "EU Reporter", "AFP").
    pub outlet: Option<String>,
    /// Prose paragraphs, in source order, each with its first input line number.
    pub paragraphs: Vec<SourceParagraph>,
    pub removed: Vec<RemovedLine>,
}

impl Article {
    /// The prose paragraphs as one text, a line each: what language detection reads.
    pub fn prose(&self) -> String {
        self.prose_start(usize::MAX)
    }

    /// The start of [`Article::prose`], at least `bytes` long when the prose is: what a
    /// bounded sample reads, without joining a huge input whole.
    pub fn prose_start(&self, bytes: usize) -> String {
        let mut prose = String::new();
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            if prose.len() >= bytes {
                break;
            }
            if i > 0 {
                prose.push('\n');
            }
            prose.push_str(&paragraph.text);
        }
        prose
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceParagraph {
    pub line: usize,
    pub text: String,
}

/// A line is prose when it has at least this many words, even without final punctuation
/// (scrapes sometimes lose the full stop). Shorter lines must end like a sentence.
const PROSE_MIN_WORDS_UNPUNCTUATED: usize = 13;
/// A headline has at least this many words; shorter leading lines are kickers or site names.
const TITLE_MIN_WORDS: usize = 4;

/// The families of noise phrases, tried in order.
///
/// No pattern here uses `\b`: the lazy DFA gives up on a Unicode word boundary at the first
/// non-ASCII byte (in French, the first accent) and the search falls back to the PikeVM, which
/// was a tenth of a rewrite. A boundary is written out instead, as `(?:^|\W)` before a word and
/// `(?:\W|$)` after one, which matches the same lines.
///
/// Separate regexes rather than one `RegexSet`: the set cannot use the lazy DFA with Unicode
/// word boundaries and falls back to the PikeVM, which profiling showed at a quarter of a
/// rewrite; each regex alone runs on the fast engines.
struct Families {
    /// The pattern, the reason reported, and the most words a line may have for the family to
    /// apply (prose may quote the phrase).
    members: Vec<(Regex, &'static str, usize)>,
}

impl Families {
    fn new(list: &[(&'static str, &str, usize)]) -> Families {
        Families {
            members: list
                .iter()
                .map(|&(reason, pattern, max)| {
                    let pattern = Regex::new(&format!("(?i){pattern}")).expect("noise pattern");
                    (pattern, reason, max)
                })
                .collect(),
        }
    }

    /// The first family that `line` (of `words` words) belongs to.
    fn of(&self, line: &str, words: usize) -> Option<&'static str> {
        self.members
            .iter()
            .find(|(pattern, _, max)| words <= *max && pattern.is_match(line))
            .map(|&(_, reason, _)| reason)
    }
}

/// Families of noise phrases common to French (and some English) news pages.
static FAMILIES: LazyLock<Families> = LazyLock::new(|| {
    Families::new(&[
        (
            "ad marker",
            r"^\W*(publicit[ée]|pub|annonce|advertisement|sponsoris[ée]e?|contenu sponsoris[ée]|partenariat)\W*$",
            3,
        ),
        (
            "share or follow prompt",
            r"^\W*(partage[rz]?|partagez|share|suivez|suivre|follow|abonnez|inscrivez|rejoignez|newsletter|recevez)(?:\W|$)",
            12,
        ),
        ("source link", r"^\W*source\s*(link|:)", 8),
        (
            "loading placeholder",
            r"^\W*(loading|chargement)(?:\W|$)",
            4,
        ),
        (
            "navigation",
            r"(faire défiler|retour en haut|back to top|haut de (la )?page|l['’]info de a [àa] z|voir plus|menu principal)",
            10,
        ),
        (
            "photo credit",
            r"^\W*(crédits?|cr[ée]dit photo|photo|illustration|image|©|copyright)(?:\W|$)[^.]*(:|©|/)",
            12,
        ),
        (
            "consent notice",
            r"(cookies?|consentement|consentie|désinscrire|données personnelles|confidentialité|privacy|votre inscription)",
            60,
        ),
        (
            "byline",
            r"^\W*((publié|mis à jour|modifié|mise à jour|posted|updated|by|par)(?:\W|$)|(on|le|par|by)\W*$)",
            8,
        ),
        (
            "trending label",
            r"^\W*(tendances?|trending|à la une|les plus lus|populaire|en direct|direct)\W*$",
            4,
        ),
        (
            "call to action",
            r"^\W*(cliquez|click|lire la suite|lire plus|en savoir plus|read more|découvrez|téléchargez|regardez|écoutez)(?:\W|$)",
            25,
        ),
        (
            "publisher disclaimer",
            r"(ne sont pas nécessairement|n['’]engagent que|ne reflètent pas nécessairement|publie des articles provenant)",
            80,
        ),
        (
            "read-also link",
            r"^\W*(à )?(lire|voir) (aussi|également)|^\W*sur le même sujet|^\W*related(?:\W|$)",
            25,
        ),
        (
            "agency attribution",
            r"^\W*avec (l['’])?(afp|reuters|ap|ats|belga|agences?)\W*$",
            4,
        ),
    ])
});

static FRENCH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\W)(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+(\d{4})(?:\W|$)").unwrap()
});
// Unbounded repeats, with lengths checked in code: bounded repeats of Unicode classes
// (`[\p{L} ]{1,40}`) compile into automata large enough to cost more than cleaning an article.
static DATELINE_OUTLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{L} .'’-]+\s/\s(\p{Lu}[\p{L} .'’-]+)$").unwrap());
static ATTRIBUTION_OUTLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*avec\s+(?:l['’])?([\p{L} ]+?)\W*$").unwrap());
static DISCLAIMER_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{L} .'’-]+?)\s+(?:publie|publishes)(?:\W|$)").unwrap()
});
/// An outlet's name is short; a longer capture is a sentence that happens to match.
const MAX_OUTLET_CHARS: usize = 40;
/// A dateline ("Paris / La Gazette") is a short line.
const MAX_DATELINE_CHARS: usize = 72;

/// The outlet a "City / Outlet" dateline names.
fn dateline_outlet(line: &str) -> Option<&str> {
    if line.chars().count() > MAX_DATELINE_CHARS {
        return None;
    }
    outlet_capture(&DATELINE_OUTLET, line)
}

fn outlet_capture<'a>(pattern: &Regex, line: &'a str) -> Option<&'a str> {
    let name = pattern.captures(line)?.get(1)?.as_str().trim();
    (name.chars().count() <= MAX_OUTLET_CHARS).then_some(name)
}

/// The noise family a single line belongs to, if any. `check` uses it to flag leftover scraping
/// noise in drafts with exactly the rules the cleaner applies.
pub fn noise_family(line: &str) -> Option<&'static str> {
    let line = line.trim();
    FAMILIES.of(line, crate::segmenting::count_words(line))
}

/// Find the article in `text` (brief already removed).
pub fn clean(text: &str) -> Article {
    let mut article = Article::default();
    let lines = join_wrapped_lines(text);
    let mut seen: FxHashSet<Caseless> =
        FxHashSet::with_capacity_and_hasher(lines.len(), Default::default());
    for (line_no, line) in &lines {
        let line_no = *line_no;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let repeated = !seen.insert(Caseless(trimmed));
        let verdict = classify(trimmed, &article, repeated);
        match verdict {
            Line::Title => article.title = Some(trimmed.to_string()),
            Line::Prose => article.paragraphs.push(SourceParagraph {
                line: line_no,
                text: trimmed.to_string(),
            }),
            Line::Noise(reason) => {
                note_header_facts(&mut article, trimmed, reason);
                article.removed.push(RemovedLine {
                    line: line_no,
                    text: trimmed.to_string(),
                    reason,
                });
            }
        }
    }
    article
}

/// A line compared regardless of case, without making a lowercase copy of every line.
struct Caseless<'a>(&'a str);

impl Caseless<'_> {
    fn folded(&self) -> impl Iterator<Item = char> + '_ {
        self.0.chars().flat_map(char::to_lowercase)
    }
}

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.folded().eq(other.folded())
    }
}

impl Eq for Caseless<'_> {}

impl std::hash::Hash for Caseless<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for c in self.0.chars() {
            if c.is_ascii() {
                state.write_u32(c.to_ascii_lowercase().into());
            } else {
                c.to_lowercase().for_each(|l| state.write_u32(l.into()));
            }
        }
    }
}

enum Line {
    Title,
    Prose,
    Noise(&'static str),
}

fn classify(line: &str, article: &Article, repeated: bool) -> Line {
    let words = crate::segmenting::count_words(line);
    if words == 0 {
        return Line::Noise("no words");
    }
    if repeated {
        return Line::Noise("repeated line");
    }
    if let Some(reason) = FAMILIES.of(line, words) {
        return Line::Noise(reason);
    }
    if words <= 8 && FRENCH_DATE.is_match(line) {
        return Line::Noise("dateline");
    }
    if dateline_outlet(line).is_some() {
        return Line::Noise("dateline");
    }
    let before_body = article.paragraphs.is_empty();
    if before_body
        && article.title.is_none()
        && words >= TITLE_MIN_WORDS
        && !ends_like_sentence(line)
    {
        return Line::Title;
    }
    if is_prose(line, words) {
        return Line::Prose;
    }
    if before_body && article.title.is_none() {
        Line::Noise("kicker or site name")
    } else {
        Line::Noise("not a sentence (heading, label or link)")
    }
}

fn is_prose(line: &str, words: usize) -> bool {
    words >= PROSE_MIN_WORDS_UNPUNCTUATED || (words >= 3 && ends_like_sentence(line))
}

/// Ends with sentence punctuation, possibly followed by closing quotes or brackets.
pub fn ends_like_sentence(line: &str) -> bool {
    let core = line
        .trim_end_matches(|c: char| matches!(c, '»' | '"' | '”' | ')' | ']') || c.is_whitespace());
    core.ends_with(['.', '!', '?', '…'])
}

/// Record the date and the outlet that header lines show before they are dropped.
fn note_header_facts(article: &mut Article, line: &str, reason: &str) {
    if article.date.is_none() && matches!(reason, "dateline" | "byline") {
        article.date = iso_date(line);
    }
    let outlet = dateline_outlet(line)
        .or_else(|| outlet_capture(&DISCLAIMER_OUTLET, line))
        .or_else(|| outlet_capture(&ATTRIBUTION_OUTLET, line))
        .map(str::to_string);
    if article.outlet.is_none() {
        article.outlet = outlet;
    }
}

/// "26 Mai 2024 11:53" → "2024-05-26".
pub fn iso_date(text: &str) -> Option<String> {
    let caps = FRENCH_DATE.captures(text)?;
    let day: u32 = caps[1].parse().ok()?;
    let month = match caps[2].to_lowercase().as_str() {
        "janvier" => 1,
        "février" | "fevrier" => 2,
        "mars" => 3,
        "avril" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" => 7,
        "août" | "aout" => 8,
        "septembre" => 9,
        "octobre" => 10,
        "novembre" => 11,
        _ => 12,
    };
    (1..=31)
        .contains(&day)
        .then(|| format!("{}-{month:02}-{day:02}", &caps[3]))
}

/// Lines of a block that were hard-wrapped (the line does not end a sentence and the next one
/// starts in lowercase) are joined back into one paragraph. Each result carries the number of
/// its first input line.
fn join_wrapped_lines(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut previous_blank = true;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        let continues = !previous_blank
            && trimmed.chars().next().is_some_and(char::is_lowercase)
            && out.last().is_some_and(|(_, prev)| {
                !ends_like_sentence(prev) && crate::segmenting::count_words(prev) >= 6
            });
        match out.last_mut() {
            Some((_, prev)) if continues => {
                prev.push(' ');
                prev.push_str(trimmed);
            }
            _ => out.push((i + 1, trimmed.to_string())),
        }
        previous_blank = trimmed.is_empty();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_of_the_prose_is_a_prefix_long_enough_for_a_sample() {
        let article = clean("Titre de la dépêche du jour\n\nPremière phrase de l’article, assez longue pour compter.\n\nDeuxième paragraphe, lui aussi assez long pour être de la prose.\n\nTroisième et dernier paragraphe de la dépêche, qui se termine ici.");
        let whole = article.prose();
        for bytes in [0, 1, 40, 80, 500] {
            let start = article.prose_start(bytes);
            assert!(whole.starts_with(&start));
            assert!(start.len() >= bytes.min(whole.len()), "{bytes}");
        }
    }

    fn reasons(article: &Article) -> Vec<(&str, &str)> {
        article
            .removed
            .iter()
            .map(|r| (r.text.as_str(), r.reason))
            .collect()
    }

    #[test]
    fn noise_families_are_recognised_by_shape_not_by_site() {
        let text = "Suivez-nous sur Facebook\nLe Monde\nLa guerre en Ukraine entre dans sa troisième année\nPublié le 3 mars 2024 à 10h\nPUBLICITÉ\nLe président a parlé hier devant les députés réunis à Paris.\nÀ lire aussi : Les sanctions contre Moscou\nCliquez ici pour vous abonner\nPartager sur X\nLes députés ont voté la loi à une large majorité.";
        let article = clean(text);
        assert_eq!(
            article.title.as_deref(),
            Some("La guerre en Ukraine entre dans sa troisième année")
        );
        assert_eq!(article.date.as_deref(), Some("2024-03-03"));
        assert_eq!(article.paragraphs.len(), 2);
        let r = reasons(&article);
        assert!(r.contains(&("PUBLICITÉ", "ad marker")));
        assert!(r.contains(&("Suivez-nous sur Facebook", "share or follow prompt")));
        assert!(r.contains(&("Le Monde", "kicker or site name")));
        assert!(r.contains(&("Cliquez ici pour vous abonner", "call to action")));
        assert!(r.iter().any(|(t, _)| t.starts_with("À lire aussi")));
    }

    #[test]
    fn outlet_and_repeated_title_are_found() {
        let text = "LA GAZETTE DU JOUR EN DIRECT ICI\n\n26 Mai 2024 11:53 (UTC+01:00)\nLA GAZETTE DU JOUR EN DIRECT ICI\nParis / La Gazette\nLe président russe a rencontré son homologue à Minsk vendredi.";
        let article = clean(text);
        assert_eq!(article.outlet.as_deref(), Some("La Gazette"));
        assert_eq!(article.date.as_deref(), Some("2024-05-26"));
        assert!(reasons(&article).contains(&("LA GAZETTE DU JOUR EN DIRECT ICI", "repeated line")));
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let article = clean("Titre de la dépêche du jour\nLe président russe a rencontré son homologue\nbiélorusse à Minsk vendredi soir.");
        assert_eq!(
            article.paragraphs[0].text,
            "Le président russe a rencontré son homologue biélorusse à Minsk vendredi soir."
        );
        assert_eq!(article.paragraphs[0].line, 2);
    }
}
