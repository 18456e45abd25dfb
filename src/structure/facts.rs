//! Facts the page furniture tells before it is dropped: the date (read by [`crate::dates`]),
//! the outlet, and the author its byline signs.
//!
//! The outlet is read from the lines a page writes about itself, by their shape: a dateline
//! ("Paris / La Gazette", "Paris (AFP) -"), a copyright line ("© 2019 AFP"), a signature
//! ("Le Monde avec AFP"), an agency attribution ("Avec l'AFP"), a disclaimer ("EU Reporter
//! publie…") and the furniture through which a site names itself to its reader ("À voir
//! également sur Le HuffPost :", "Inscrivez-vous aux newsletters du HuffPost", "Vous pouvez
//! lire Le Monde sur un seul appareil"). Never a photo credit ("LUDOVIC MARIN / AFP", "©EVA
//! HAMBACH / AFP"): a photo agency is not the outlet that wrote the text, so a credit-shaped
//! line is not read as a dateline, and a copyright line counts only with its year, as a page's
//! own copyright is written. No outlet is known by its name: when the furniture names none,
//! the outlet stays unknown.

use crate::literals::{may_contain, Needle};
use crate::patterns::Pattern;

// Unbounded repeats, with lengths checked in code: bounded repeats of Unicode classes
// (`[\p{L} ]{1,40}`) compile into automata large enough to cost more than reading an article.
static DATELINE_OUTLET: Pattern =
    Pattern::new(r"^(\p{Lu}[\p{L} .'’-]+)\s/\s(\p{Lu}[\p{L} .'’-]+)$");
/// "Paris (AFP) -": a place and, in brackets, the agency that sent the copy.
static AGENCY_DATELINE: Pattern =
    Pattern::new(r"^\p{Lu}[\p{L} .'’-]*\s*\((\p{Lu}[\p{L}.-]*)\)[\s\p{Pd}]*$");
/// An agency is named with its article ("Avec l'AFP") or by its acronym ("avec AFP"); a
/// capitalised word alone after "avec" is as often a menu entry ("Avec Gymglish").
static ATTRIBUTION_OUTLET: Pattern =
    Pattern::new(r"^\W*(?i:avec)\s+(?:(?i:l['’])\s*([\p{L} ]+?)|(\p{Lu}[\p{Lu}.]+))\W*$");
static DISCLAIMER_OUTLET: Pattern =
    Pattern::new(r"^(\p{Lu}[\p{L} .'’-]+?)\s+(?:publie|publishes)(?:\W|$)");
/// "© 2019 AFP", "© Le Parisien 2023", "Copyright © 2024 La Gazette. Tous droits réservés."
static COPYRIGHT: Pattern = Pattern::new(
    r"^(?i:copyright\s*)?(?:©|\([cC]\))\s*(?:(?:19|20)\d\d\s+)?(\p{Lu}[\p{L} .'’&-]*?)\s*(?:(?:19|20)\d\d)?\s*(?:[.,-].*)?$",
);
/// "Le Monde avec AFP": the outlet that signs, with the agency whose copy it used. A person's
/// signature ("Ariel Guez avec AFP") names no outlet: an outlet's name opens on its article.
static SIGNATURE_WITH_AGENCY: Pattern = Pattern::new(
    r"^((?:Le|La|Les|L['’])\s*\p{Lu}[\p{L} .'’-]*?)\s+(?:avec|et)\s+(?:l['’])?\p{Lu}[\p{L}.]*$",
);
/// Furniture in which a site names itself: its "see also" block, its newsletters, its
/// paywall. The name follows as a run of capitalised words.
static SELF_NAMING: Pattern = Pattern::new(concat!(
    r"^(?i:à\s+(?:voir|lire|découvrir)(?:\s+(?:également|aussi))?\s+sur)\s+(?P<a>.+?)\s*:?$",
    r"|(?i:newsletters?\s+d[eu])\s+(?P<b>\p{Lu}.*)$",
    r"|(?i:lire)\s+(?P<c>(?:Le|La|Les|L['’])\s*\p{Lu}.*)$",
));
/// An outlet's name is short; a longer capture is a sentence that happens to match.
const MAX_OUTLET_CHARS: usize = 40;
/// A dateline ("Paris / La Gazette") is a short line.
const MAX_DATELINE_CHARS: usize = 72;
/// Furniture naming its own site is a line or two at most.
const MAX_SELF_NAMING_CHARS: usize = 200;

/// The outlet a "City / Outlet" dateline names. A photo credit has the same shape, with a
/// photographer's name written in capitals ("LUDOVIC MARIN / AFP") or a legend before it
/// ("Un drapeau. PHOTO - ANDREJ IVANOV / AFP"): those are not datelines.
pub fn dateline_outlet(line: &str) -> Option<&str> {
    if crate::segmenting::more_chars_than(line, MAX_DATELINE_CHARS) {
        return None;
    }
    // The pattern's one literal, between spaces: most lines are told apart without
    // compiling it (`\s` is Unicode's White_Space, as char::is_whitespace).
    if !starts_upper(line) || !has_word(line, "/") {
        return None;
    }
    let captures = DATELINE_OUTLET.captures(line)?;
    let place = captures.get(1)?;
    if is_credited_name(place) || place.contains(". ") {
        return None;
    }
    short_name(captures.get(2)?)
}

/// Two words or more, all in capitals: how a photo credit writes the photographer.
fn is_credited_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| !w.chars().any(char::is_lowercase) && w.chars().any(char::is_uppercase))
}

/// The outlet a furniture line names: a dateline, a copyright line, a signature, a
/// disclaimer, an agency attribution, or the site naming itself. The caller gives only page
/// furniture, never a photo credit or a legend.
pub fn outlet(line: &str) -> Option<&str> {
    let line = line.trim();
    // Each pattern is tried only on lines that pass a cheap test every match of it passes
    // (the `may_be_*` functions): compiling them costs more than reading a short article.
    dateline_outlet(line)
        .or_else(|| outlet_if(may_be_agency_dateline(line), &AGENCY_DATELINE, line))
        .or_else(|| outlet_if(may_be_copyright(line), &COPYRIGHT, line))
        .or_else(|| outlet_if(may_be_signature(line), &SIGNATURE_WITH_AGENCY, line))
        .or_else(|| {
            outlet_if(may_be_disclaimer(line), &DISCLAIMER_OUTLET, line).filter(|n| !is_pronoun(n))
        })
        .or_else(|| outlet_if(may_be_attribution(line), &ATTRIBUTION_OUTLET, line))
        .or_else(|| self_named(line))
}

/// `\p{Lu}` is within what char::is_uppercase accepts.
fn starts_upper(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_uppercase)
}

/// AGENCY_DATELINE: a capital first, a ")" last but for spaces and dashes (which are neither
/// alphanumeric nor ")").
fn may_be_agency_dateline(line: &str) -> bool {
    starts_upper(line)
        && line.contains('(')
        && line
            .trim_end_matches(|c: char| c != ')' && !c.is_alphanumeric())
            .ends_with(')')
}

/// COPYRIGHT: a year (the caller's condition) and "©", "(c)" or "copyright" first.
fn may_be_copyright(line: &str) -> bool {
    // The opening first: it is read at once, where the year is looked for all along the line,
    // and most lines open on neither.
    (line.starts_with(['©'])
        || line.starts_with("(c)")
        || line.starts_with("(C)")
        || line
            .get(..9)
            .is_some_and(|start| start.eq_ignore_ascii_case("copyright")))
        && has_year(line)
}

/// SIGNATURE_WITH_AGENCY: "Le", "La", "Les" or "L'" first, "avec" or "et" as a word.
fn may_be_signature(line: &str) -> bool {
    line.starts_with('L') && (has_word(line, "avec") || has_word(line, "et"))
}

/// DISCLAIMER_OUTLET: a capital first, and "publi" after a name's characters only.
fn may_be_disclaimer(line: &str) -> bool {
    // The searcher built once: `match_indices` set one up for every line opening on a
    // capital, most of which hold no "publi".
    static PUBLI: Needle = Needle::new(b"publi");
    let name_char = |c: char| c.is_alphabetic() || c.is_whitespace() || ".'’-".contains(c);
    starts_upper(line)
        && PUBLI
            .find_iter(line.as_bytes())
            .any(|i| line[..i].chars().all(name_char))
}

/// ATTRIBUTION_OUTLET: "avec", in any case, is the first ASCII letter or digit (`\W` holds
/// none of them).
fn may_be_attribution(line: &str) -> bool {
    line.find(|c: char| c.is_ascii_alphanumeric())
        .and_then(|start| line.as_bytes().get(start..start + 4))
        .is_some_and(|word| word.eq_ignore_ascii_case(b"avec"))
}

/// Whether `word` stands between white space (or an end) in `line`.
fn has_word(line: &str, word: &str) -> bool {
    line.split(char::is_whitespace).any(|w| w == word)
}

/// The outlet `pattern` captures in `line`, tried (and compiled) only if `may_match`.
fn outlet_if<'a>(may_match: bool, pattern: &Pattern, line: &'a str) -> Option<&'a str> {
    may_match.then(|| outlet_capture(pattern, line)).flatten()
}

fn outlet_capture<'a>(pattern: &Pattern, line: &'a str) -> Option<&'a str> {
    let captures = pattern.captures(line)?;
    let name = captures.groups().flatten().next()?;
    short_name(name)
}

fn short_name(name: &str) -> Option<&str> {
    let name = name.trim();
    (!name.is_empty() && name.chars().count() <= MAX_OUTLET_CHARS).then_some(name)
}

fn has_year(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
}

/// "Je publie" is a button, not a publisher.
fn is_pronoun(name: &str) -> bool {
    matches!(
        name.to_lowercase().as_str(),
        "je" | "tu" | "il" | "elle" | "on" | "nous" | "vous" | "ils" | "elles"
    )
}

/// The site's name in its own furniture: the run of capitalised words (after an optional
/// article) that the self-naming phrase is followed by.
fn self_named(line: &str) -> Option<&str> {
    if crate::segmenting::more_chars_than(line, MAX_SELF_NAMING_CHARS) || !may_name_itself(line) {
        return None;
    }
    let captures = SELF_NAMING.captures(line)?;
    let rest = ["a", "b", "c"].iter().find_map(|g| captures.name(g))?;
    short_name(capitalised_run(rest)?)
}

/// SELF_NAMING: "à" first, "newsletter" (in any case), or "lire" then an article's "L".
fn may_name_itself(line: &str) -> bool {
    let bytes = line.as_bytes();
    // Sliced only after "lire", whose four ASCII bytes end on a character boundary.
    let lire_then_article = |i: usize| {
        bytes[i..i + 4].eq_ignore_ascii_case(b"lire") && {
            let after = &line[i + 4..];
            after.starts_with(char::is_whitespace) && after.trim_start().starts_with('L')
        }
    };
    // "lire" is looked for only where an "l" stands, found by `memchr2`, where every byte of
    // the line was compared with it.
    let mut l_at = memchr::memchr2_iter(b'l', b'L', &bytes[..bytes.len().saturating_sub(3)]);
    line.starts_with(['à', 'À']) || may_contain(line, "letter") || l_at.any(lire_then_article)
}

/// The leading name of `text`: an optional article ("Le", "La", "L'") and the capitalised
/// words after it ("Le HuffPost", "Le Monde"), up to the first word in lower case.
fn capitalised_run(text: &str) -> Option<&str> {
    let mut end = 0;
    let mut names = 0;
    for (start, word) in word_spans(text) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let article = end == 0 && matches!(bare, "Le" | "La" | "Les");
        let elided = end == 0 && (bare.starts_with("L'") || bare.starts_with("L’"));
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !(article || capital) {
            break;
        }
        names += usize::from(!article || elided);
        end = start + bare.len();
        if bare.len() < word.len() {
            break;
        }
    }
    (names > 0).then(|| &text[..end])
}

fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ')
        .scan(0, |offset, word| {
            let start = *offset;
            *offset += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// "26 Mai 2024 11:53" → "2024-05-26"; "Publié le 26 mai" → "--05-26" (see [`crate::dates`]).
/// A news agency's dateline glued before the lede: "RABAT, 6 avr 2023 (AFP) - Trois
/// hommes…", "PARIS (Reuters) – Le gouvernement…". Wire copy opens so; an article made of it
/// does not, and the dateline's agency and day are the copy's outlet and date.
#[derive(Debug, PartialEq)]
pub struct GluedDateline<'a> {
    /// The paragraph after the dateline.
    pub rest: &'a str,
    pub agency: &'a str,
    /// The day the dateline gives with its year, as `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// Most characters before the agency's parenthesis: a place and a day.
const GLUED_DATELINE_MAX_CHARS: usize = 60;
/// Most words of a dateline's place ("SAINT-PIERRE-ET-MIQUELON", "LA NOUVELLE-ORLÉANS").
const DATELINE_PLACE_MAX_WORDS: usize = 4;
/// Most words of the agency's name in the parenthesis ("AFP", "Belga", "La Presse
/// Canadienne").
const AGENCY_MAX_WORDS: usize = 3;

/// Most characters before the agency's parenthesis when the place names its département or
/// its country ("SAINT-ÉTIENNE (Loire), 12 septembre 2026 (AFP) -").
const GLUED_DATELINE_WITH_REGION_MAX_CHARS: usize = 90;

/// The dateline glued at the start of `text`, if it opens with one: a capitalised place (in
/// capitals, its département or country after it in parentheses if any: "CREST (Drôme)"), a
/// day after a comma if any, the agency in parentheses, a dash, then a sentence's capital.
pub fn glued_dateline(text: &str) -> Option<GluedDateline<'_>> {
    let (open, close, after) = agency_parenthesis(text)?;
    let agency = &text[open + 1..close];
    let (place, day) = match text[..open].trim_end().split_once(',') {
        Some((place, day)) => (place, Some(day.trim())),
        None => (text[..open].trim_end(), None),
    };
    let (place, region) = match place.strip_suffix(')').and_then(|p| p.split_once(" (")) {
        Some((place, region)) => (place.trim_end(), Some(region)),
        None => (place, None),
    };
    if open > GLUED_DATELINE_MAX_CHARS && region.is_none() {
        return None;
    }
    let dash = after.chars().next()?;
    let rest = after[dash.len_utf8()..].trim_start();
    let opens_sentence = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '«' | '"' | '“'));
    let named = |words: &str, most: usize| {
        let count = words.split_whitespace().count();
        starts_upper(words)
            && (1..=most).contains(&count)
            && words
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '/'))
    };
    let dated = day.is_none_or(|d| d.chars().any(|c| c.is_ascii_digit()) && d.len() <= 25);
    // A place in capitals, a day, or one word before an acronym: "Emmanuel Macron (LREM) –
    // Le président…" is someone and their party.
    let capitals = |words: &str| !words.chars().any(char::is_lowercase);
    let shaped = capitals(place) || day.is_some() || !place.contains(' ') && capitals(agency);
    // A place's département is said after the place in capitals, as agencies write it.
    let region_shaped =
        region.is_none_or(|region| capitals(place) && named(region, DATELINE_PLACE_MAX_WORDS));
    (opens_sentence
        && dated
        && shaped
        && region_shaped
        && named(place, DATELINE_PLACE_MAX_WORDS)
        && named(agency, AGENCY_MAX_WORDS))
    .then(|| GluedDateline {
        rest,
        agency,
        date: day
            .and_then(crate::dates::wire_day)
            .map(|date| date.to_string()),
    })
}

/// The agency's parenthesis near the start of `text`: the first one a dash follows (a place's
/// département may come before it); its opening and closing bytes, and the text from the
/// dash on.
fn agency_parenthesis(text: &str) -> Option<(usize, usize, &str)> {
    let head = &text.as_bytes()[..text.len().min(GLUED_DATELINE_WITH_REGION_MAX_CHARS + 1)];
    memchr::memchr_iter(b'(', head).take(2).find_map(|open| {
        let close = open + text[open..].find(')')?;
        let after = text[close + 1..].trim_start();
        after
            .starts_with(['-', '–', '—'])
            .then_some((open, close, after))
    })
}

/// "Sung Il-kwon, « En Corée, la politique du rayon de soleil », Le Monde diplomatique, juin
/// 2018.": a reference to another article, as a read-also box or a bibliography gives it. Its
/// authors (capitalised words, "et" or "&" between them), a comma, its title in guillemets, a
/// comma, then its outlet and what else places it (an issue, a page), its last part a date
/// that names a year; nothing else, and no stop but the last.
pub fn cites_an_article(text: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    let Some((authors, rest)) = text.split_once('«') else {
        return false;
    };
    let Some((title, after)) = rest.split_once('»') else {
        return false;
    };
    let Some(authors) = authors.trim_end().strip_suffix(',') else {
        return false;
    };
    let names = authors.split_whitespace().all(|w| {
        matches!(w, "et" | "&") || w.starts_with(char::is_uppercase) || w.starts_with("d’")
    });
    let Some(place) = after.trim_start().strip_prefix(',') else {
        return false;
    };
    let last_part = place.rsplit(',').next().unwrap_or("");
    let dated = last_part.split_whitespace().next_back().is_some_and(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    });
    let outlet = place.trim_start().starts_with(char::is_uppercase);
    !authors.is_empty()
        && names
        && !title.trim().is_empty()
        && outlet
        && dated
        && !place.contains(['.', '!', '?', '«'])
}

/// The words that open a signature before the names it signs with, as a byline writes them.
const SIGNED_BY: [&str; 6] = [
    "Par ",
    "PAR ",
    "By ",
    "BY ",
    "Propos recueillis par ",
    "PROPOS RECUEILLIS PAR ",
];

/// What ends a signature's names: the stamps set apart on its line ("Par Olivier Faye |
/// Publié le…"), the reporter's place or role after a comma, the outlet the author writes for
/// ("Par Martin Pereira pour Le Point (avec AFP)"), a bracket, glued to the name or not ("Par
/// Rémi Barroux(Melle, Sainte-Soline (Deux-Sèvres), envoyé spécial)").
const NAMES_END: [&str; 7] = [" - ", " – ", " — ", " | ", ", ", "(", " pour "];

/// Most words of the names a byline signs with ("Sylvie Lecherbonnier et Manon Romain").
const SIGNED_NAMES_MAX_WORDS: usize = 8;

/// The author a byline signs with, as the front matter's `author` gives it: "Par Olivier
/// Faye" → "Olivier Faye", "Par Le HuffPost avec AFP" → "Le HuffPost avec AFP", "De notre
/// envoyé spécial à New York, François Miguet" → "François Miguet", "Par Martin Pereira pour
/// Le Point (avec AFP)" → "Martin Pereira". A text has no metadata: its byline is where it
/// names its author, and a page without a declared author shows one so too. Only a line
/// that says it signs ("Par", "By", "Propos recueillis par", "De notre envoyé spécial…")
/// is read, and only names come out of it (capitalised words, initials, "et", "avec" and a
/// name's particles): a name alone may be a tag or a person the story speaks of, and a
/// translator's credit names who translated, not who wrote.
pub fn author(line: &str) -> Option<String> {
    let line = line.trim();
    let names = match SIGNED_BY.iter().find_map(|by| line.strip_prefix(by)) {
        Some(rest) if rest.starts_with("notre ") || rest.starts_with("nos ") => {
            reporter_named_last(rest)?
        }
        Some(rest) => rest,
        None => reporter_named_last(line.strip_prefix("De ")?)?,
    };
    signed_names(names)
}

/// The names a signature's label announces on the line before ("Article rédigé par" /
/// "Léna Thobie-Gorce", France Télévisions' byline), read as a byline's after its "Par".
pub fn signed_names(names: &str) -> Option<String> {
    let names = names.trim();
    let end = NAMES_END
        .iter()
        .filter_map(|mark| names.find(mark))
        .min()
        .unwrap_or(names.len());
    let names = without_stamp(&names[..end]);
    let names = without_closing_stop(names.trim_end_matches([',', ';', ':', ' ']));
    // "la rédaction" → "La rédaction": the author field opens as a name does.
    are_names(names).then(|| crate::segmenting::capitalise_first(names))
}

/// Most words of a signature's label on a line of its own ("Article rédigé par").
const SIGNING_LABEL_MAX_WORDS: usize = 4;

/// A line that announces the names on the next: "Par", "By", "Article rédigé par", "Propos
/// recueillis par" alone on their line.
pub fn signing_label(line: &str) -> bool {
    // Asked of every block: its last word first, no copy of the line.
    let last = line.split_whitespace().next_back();
    last.is_some_and(|w| w.eq_ignore_ascii_case("par") || w.eq_ignore_ascii_case("by"))
        && line
            .split_whitespace()
            .nth(SIGNING_LABEL_MAX_WORDS)
            .is_none()
}

/// The words that open a story's stamp after the names, lowercase ("Publié le…", "mis à
/// jour…").
const STAMP_OPENERS: [&str; 7] = [
    "publié",
    "publiée",
    "mis",
    "mise",
    "modifié",
    "actualisé",
    "màj",
];

/// The names without the stamp a byline glues after them, set apart by no mark: "Par Le
/// Parisien avec AFP Le 7 avril 2023 à 18h39", "Par Jean Dupont publié le 3 mars".
fn without_stamp(names: &str) -> &str {
    let words = names.split(' ').scan(0, |start, word| {
        let at = *start;
        *start += word.len() + 1;
        Some((at, word))
    });
    let mut previous: Option<(usize, &str)> = None;
    for (at, word) in words {
        let lower = word.to_lowercase();
        if STAMP_OPENERS.contains(&lower.as_str()) {
            return names[..at].trim_end();
        }
        let dated = word.starts_with(|c: char| c.is_ascii_digit())
            || crate::lexicon::WEEKDAYS.contains(&lower.as_str());
        if let Some((article_at, "le" | "Le")) = previous.filter(|_| dated) {
            return names[..article_at].trim_end();
        }
        previous = Some((at, word));
    }
    names
}

/// "notre envoyé spécial à New York, François Miguet": the names after the reporter's role.
fn reporter_named_last(signature: &str) -> Option<&str> {
    let role = signature
        .strip_prefix("notre ")
        .or_else(|| signature.strip_prefix("nos "))?;
    let reporter = role.starts_with("envoy") || role.starts_with("correspondant");
    reporter
        .then(|| signature.rsplit_once(", "))
        .flatten()
        .map(|(_, names)| names)
}

/// The names without the full stop that closes the line ("Par la Rédaction de Contrepoints."),
/// an initial's kept ("Par E.P.", "Par J.-M. D.").
fn without_closing_stop(names: &str) -> &str {
    let initial = |word: &str| word.contains('.') || word.chars().count() == 1;
    match names.strip_suffix('.') {
        Some(rest) if !rest.rsplit([' ', '-']).next().is_some_and(initial) => rest,
        _ => names,
    }
}

/// Each word of `names` is capitalised, an initial, or a word that joins names or opens one
/// ("et", "avec", "de"), one of them capitalised, or the names are the newsroom's ("la
/// rédaction"); no digit (a stamp left on the line).
fn are_names(names: &str) -> bool {
    const JOINING: [&str; 9] = ["et", "and", "avec", "de", "du", "des", "la", "le", "les"];
    let words: Vec<&str> = names.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let newsroom = words.first() == Some(&"la") && words.get(1) == Some(&"rédaction");
    (1..=SIGNED_NAMES_MAX_WORDS).contains(&words.len())
        && (newsroom || words.iter().any(capitalised))
        && !names.contains(|c: char| c.is_ascii_digit())
        && words.iter().enumerate().all(|(i, w)| {
            capitalised(w)
                || JOINING.contains(w)
                || (newsroom && i == 1)
                || w.starts_with("d’")
                || w.starts_with("d'")
        })
}

pub fn iso_date(text: &str) -> Option<String> {
    crate::dates::find(text).map(crate::dates::Shown::iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Corpus bylines (Le Monde, Le HuffPost, Le Figaro, Le Point, Le Parisien) and the shapes
    /// the byline family reads, then lines that sign no one.
    #[test]
    fn a_byline_signs_with_the_authors_names() {
        for (line, names) in [
            ("Par Olivier Faye", "Olivier Faye"),
            (
                "Par Sylvie Lecherbonnier et Manon Romain",
                "Sylvie Lecherbonnier et Manon Romain",
            ),
            ("Par Le HuffPost avec AFP", "Le HuffPost avec AFP"),
            ("Par E.P.", "E.P."),
            ("Par J.-M. D.", "J.-M. D."),
            (
                "Par Martin Pereira pour Le Point (avec AFP)",
                "Martin Pereira",
            ),
            (
                "De notre envoyé spécial à New York, François Miguet",
                "François Miguet",
            ),
            (
                "Par nos envoyés spéciaux à Kiev, Jean Dupont et Marie Martin",
                "Jean Dupont et Marie Martin",
            ),
            (
                "Par Jeanne Dupont, correspondante à Bruxelles",
                "Jeanne Dupont",
            ),
            (
                "Par Rémi Barroux(Melle, Sainte-Soline (Deux-Sèvres), envoyé spécial)",
                "Rémi Barroux",
            ),
            (
                "Par Claire Dumont | Publié le 3 décembre 2026 à 21 h 14",
                "Claire Dumont",
            ),
            ("Par la rédaction", "La rédaction"),
            (
                "Par la Rédaction de Contrepoints.",
                "La Rédaction de Contrepoints",
            ),
            ("Propos recueillis par Jean Dupont", "Jean Dupont"),
            ("Par Marie de La Tour", "Marie de La Tour"),
            ("Par Jean d’Ormesson", "Jean d’Ormesson"),
            (
                "Par Le Parisien avec AFP Le 7 avril 2023 à 18h39",
                "Le Parisien avec AFP",
            ),
            ("Par Jean Dupont publié le 3 mars 2024", "Jean Dupont"),
            ("Par Jean Dupont le mardi 3 mars 2024", "Jean Dupont"),
            ("Par Le Monde", "Le Monde"),
        ] {
            assert_eq!(author(line).as_deref(), Some(names), "{line}");
        }
        assert!(signing_label("Article rédigé par") && signing_label("Par"));
        assert!(!signing_label("Le texte a été écrit par") && !signing_label("Parisien"));
        assert_eq!(
            signed_names("Léna Thobie-Gorce").as_deref(),
            Some("Léna Thobie-Gorce")
        );
        assert_eq!(signed_names("franceinfo avec AFP"), None);
        for line in [
            "Jérôme Gicquel",
            "Victor Wembanyama",
            "Par ailleurs, la chercheuse au CNRS",
            "De notre correspondante à Berlin",
            "Traduit de l'anglais par Pauline Martin",
            "Par",
            "Publié le 30 août 2023 à 14h52",
            "Par un vote à main levée, les élus ont adopté le budget",
        ] {
            assert_eq!(author(line), None, "{line}");
        }
    }

    /// Le Monde diplomatique's read-also box, a bibliography's line; a sentence that quotes a
    /// title, a reference without its date, and a quotation after a speaker are none.
    #[test]
    fn a_reference_to_another_article_is_told_by_its_parts() {
        for reference in [
            "Sung Il-kwon, « En Corée, la politique du rayon de soleil », Le Monde diplomatique, juin 2018.",
            "Martine Bulard & Sung Il-kwon, « En Corée, la politique du rayon de soleil », Le Monde diplomatique, juin 2018.",
            "Florence Audier, « Les listes de revues », Revue d’économie, n° 12, 2009",
        ] {
            assert!(cites_an_article(reference), "{reference}");
        }
        for sentence in [
            "Le ministre, « très ému », a salué la mémoire du soldat, mardi 3 juin 2018.",
            "Sung Il-kwon, « En Corée, la politique du rayon de soleil », Le Monde diplomatique.",
            "Emmanuel Macron, « Nous sommes en guerre », 16 mars 2020.",
            "Selon Le Monde, « la réforme passera », a dit le ministre en 2023.",
        ] {
            assert!(!cites_an_article(sentence), "{sentence}");
        }
    }

    #[test]
    fn an_agencys_glued_dateline_gives_its_agency_and_day() {
        let wire = "RABAT, 6 avr 2023 (AFP) - Trois hommes accusés de viols ont été condamnés.";
        assert_eq!(
            glued_dateline(wire),
            Some(GluedDateline {
                rest: "Trois hommes accusés de viols ont été condamnés.",
                agency: "AFP",
                date: Some("2023-04-06".to_string()),
            })
        );
        let reuters =
            glued_dateline("PARIS (Reuters) – « Nous irons jusqu’au bout », a dit…").unwrap();
        assert_eq!((reuters.agency, reuters.date), ("Reuters", None));
        assert!(reuters.rest.starts_with("« Nous"));
        let belga =
            glued_dateline("Bruxelles, 1er sept. 2022 (Belga) — Le gouvernement a…").unwrap();
        assert_eq!(belga.date.as_deref(), Some("2022-09-01"));
        assert!(glued_dateline("Paris (AFP) - Le Sénat a voté.").is_some());
        // A French place's département, or a place's country, after it in parentheses.
        let crest = glued_dateline("CREST (Drôme), 6 déc 2026 (AFP) - Après deux étés…").unwrap();
        assert_eq!(crest.rest, "Après deux étés…");
        assert_eq!(crest.date.as_deref(), Some("2026-12-06"));
        let loire = glued_dateline("SAINT-ÉTIENNE (Loire) (AFP) – Le club a…").unwrap();
        assert_eq!((loire.agency, loire.rest), ("AFP", "Le club a…"));
    }

    #[test]
    fn a_name_and_its_parenthesis_before_a_dash_is_no_dateline() {
        for text in [
            // Someone and their party; a place and its département before ".–" (Mediapart).
            "Emmanuel Macron (LREM) – Le président a parlé.",
            "Lyon (Rhône).– Jusqu’à peu, Hervé Legros avait les honneurs des médias.",
            // A parenthesis deep in the paragraph, a lowercase sentence after the dash.
            "Le président de la commission des finances de l’Assemblée nationale (LFI) - Le texte.",
            "PARIS (AFP) - selon la police",
            // A parenthesis after someone's name, then a party's: no place in capitals.
            "Jean Dupont (Lyon) (LREM) – Le député a parlé.",
        ] {
            assert_eq!(glued_dateline(text), None, "{text}");
        }
    }

    /// Looked for at its "l"s, "lire" then an article is found where the scan of every byte
    /// found it; the copyright's opening read first keeps the same lines: the seeds' lines and
    /// lines made to hold both anywhere.
    #[test]
    fn the_prefilters_keep_what_the_scans_kept() {
        let scanned = |line: &str| {
            let bytes = line.as_bytes();
            (0..bytes.len().saturating_sub(3)).any(|i| {
                bytes[i..i + 4].eq_ignore_ascii_case(b"lire") && {
                    let after = &line[i + 4..];
                    after.starts_with(char::is_whitespace) && after.trim_start().starts_with('L')
                }
            })
        };
        let mut lines: Vec<String> = [
            "À lire Le Monde",
            "LIRE  La suite",
            "lire",
            "Il faut lire Les Échos",
            "élire Le maire",
            "© 2023 Le Monde",
            "Copyright 1999",
            "(c) Le Parisien",
            "l",
            "",
        ]
        .map(str::to_string)
        .to_vec();
        lines.extend(crate::test_texts::seed_paragraphs_and_lines());
        for line in &lines {
            let whole =
                line.starts_with(['à', 'À']) || may_contain(line, "letter") || scanned(line);
            assert_eq!(may_name_itself(line), whole, "{line:?}");
            let opening = line.starts_with(['©'])
                || line.starts_with("(c)")
                || line.starts_with("(C)")
                || line
                    .get(..9)
                    .is_some_and(|s| s.eq_ignore_ascii_case("copyright"));
            assert_eq!(
                may_be_copyright(line),
                has_year(line) && opening,
                "{line:?}"
            );
        }
    }
    use crate::patterns::{agrees_with_regex, as_regex};
    use proptest::prelude::*;
    use std::sync::LazyLock;

    proptest! {
        /// Whatever an outlet pattern matches, its cheap test lets through.
        #[test]
        fn cheap_tests_never_hide_a_match(text in crate::literals::furniture_like()) {
            let line = text.trim();
            let pairs: [(&Pattern, bool); 6] = [
                (&DATELINE_OUTLET, starts_upper(line) && has_word(line, "/")),
                (&AGENCY_DATELINE, may_be_agency_dateline(line)),
                (&SIGNATURE_WITH_AGENCY, may_be_signature(line)),
                (&DISCLAIMER_OUTLET, may_be_disclaimer(line)),
                (&ATTRIBUTION_OUTLET, may_be_attribution(line)),
                (&SELF_NAMING, may_name_itself(line)),
            ];
            for (pattern, may_match) in pairs {
                prop_assert!(!pattern.is_match(line) || may_match, "{} {:?}", pattern.as_str(), line);
            }
            if COPYRIGHT.is_match(line) && has_year(line) {
                prop_assert!(may_be_copyright(line), "{:?}", line);
            }
        }

        /// Each pattern finds what the `regex` crate finds with the same source.
        #[test]
        fn patterns_find_what_regex_finds(text in crate::literals::furniture_like()) {
            for (pattern, regex) in REGEXES.iter() {
                prop_assert!(agrees_with_regex(pattern, regex, &text), "{} {:?}", pattern.as_str(), text);
            }
        }
    }

    static REGEXES: LazyLock<Vec<(&Pattern, regex::Regex)>> = LazyLock::new(|| {
        [
            &DATELINE_OUTLET,
            &AGENCY_DATELINE,
            &ATTRIBUTION_OUTLET,
            &DISCLAIMER_OUTLET,
            &COPYRIGHT,
            &SIGNATURE_WITH_AGENCY,
            &SELF_NAMING,
        ]
        .map(|p| (p, as_regex(p)))
        .into()
    });

    #[test]
    fn dates_and_outlets_from_furniture() {
        assert_eq!(
            iso_date("Publié le 3 mars 2024 à 10h").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(outlet("Paris / La Gazette"), Some("La Gazette"));
        assert_eq!(outlet("Avec l'AFP"), Some("AFP"));
        assert_eq!(outlet("avec AFP"), Some("AFP"));
        assert_eq!(outlet("Paris (AFP)\u{a0}-"), Some("AFP"));
        assert_eq!(outlet("©\u{a0}2019\u{a0}AFP"), Some("AFP"));
        assert_eq!(outlet("© Le Parisien 2023"), Some("Le Parisien"));
        assert_eq!(outlet("Le Monde avec AFP"), Some("Le Monde"));
        assert_eq!(
            outlet("EU Reporter publie des articles"),
            Some("EU Reporter")
        );
    }

    #[test]
    fn a_site_names_itself_in_its_furniture() {
        assert_eq!(
            outlet("À voir également sur Le HuffPost :"),
            Some("Le HuffPost")
        );
        assert_eq!(
            outlet("Inscrivez-vous aux newsletters du HuffPost et recevez par email les infos"),
            Some("HuffPost")
        );
        assert_eq!(
            outlet("Vous pouvez lire Le Monde sur un seul appareil à la fois"),
            Some("Le Monde")
        );
        assert_eq!(outlet("Lire le journal numérique"), None);
        assert_eq!(outlet("Continuer à lire ici"), None);
    }

    #[test]
    fn photo_credits_buttons_and_menus_name_no_outlet() {
        assert_eq!(outlet("LUDOVIC MARIN / AFP"), None);
        assert_eq!(
            outlet("Un drapeau du Québec. PHOTO D'ILLUSTRATION - ANDREJ IVANOV / AFP"),
            None
        );
        assert_eq!(outlet("©EVA HAMBACH / AFP"), None);
        assert_eq!(outlet("©Panoramic"), None);
        assert_eq!(outlet("Ariel Guez avec AFP"), None);
        assert_eq!(outlet("M.G avec AFP"), None);
        assert_eq!(outlet("Je publie"), None);
        assert_eq!(outlet("Avec Gymglish"), None);
    }
}
