//! Brief: the editor's instructions that sometimes sit above the article ("Customize this title
//! in french … create at least 700 words"), in English or French.
//!
//! They are recognised by their cues (a word target, a language, subheadings, SEO, a title to
//! customise), only in the first lines of the input, and only on lines that read as instructions
//! (foreign to the article, starting with an imperative, or holding several cues). What they ask
//! becomes settings; the lines themselves never reach the article. When an instruction is glued
//! to the title ("…in frenchPoutine et Loukachenko…"), the title part is handed back.

use crate::language;
use crate::literals::Literals;
use crate::patterns::Pattern;
use serde::Serialize;
use std::ops::Range;
use std::sync::LazyLock;

/// What a brief asked for. `None` means the brief did not say.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Brief {
    pub min_words: Option<usize>,
    /// ISO 639-1 code ("fr").
    pub language: Option<String>,
    pub subheadings: Option<bool>,
    pub seo: bool,
    pub customise_title: bool,
    /// The focus keyphrase the brief names ("Mot-clé principal : incendie à Lyon"); left out
    /// of the JSON report when the brief names none, as before briefs could.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keyphrase: Option<String>,
    /// The instruction lines, as they were in the input.
    pub lines: Vec<String>,
}

impl Brief {
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// A line naming a language in this few words, and asking nothing, is a link to a translation.
const LANGUAGE_LINK_MAX_WORDS: usize = 4;

/// How many leading lines may hold a brief: it is a header, not something inside the article.
const BRIEF_SCAN_LINES: usize = 8;

// The cues are `Pattern`s: a line holding a cue word compiles them, nearly every article has
// one ("titre", "mots"), and the `regex` crate's Unicode classes cost more to compile than
// the article to rewrite (see `crate::patterns`).
static WORDS_CUE: Pattern = Pattern::caseless_for_texts(
    r"(?:at\s+least|minimum(?:\s+of|\s+de)?|au\s+moins|d['’]au\s+moins|plus\s+de)\s+(\d{2,5})\s*(?:words|mots)|(\d{2,5})\s*(?:words|mots)",
);
static LANGUAGE_CUE: Pattern =
    Pattern::caseless_for_texts(r"\b(?:in|into)\s+(french|english)|\ben\s+(français|anglais)");
static SUBHEADINGS_CUE: Pattern = Pattern::caseless_for_texts(
    r"sub-?headings?|sub-?titles?|\bheadings\b|intertitres?|sous-titres?|\bH2s?\b",
);
static SEO_CUE: Pattern = Pattern::caseless_for_texts(r"\bSEO\b|référencement");
static TITLE_CUE: Pattern = Pattern::caseless_for_texts(
    r"\b(?:customi[sz]e|rewrite|change|personnalis\w*|reformul\w*|réécri\w*)\s+(?:this|the|ce|le)\s+(?:title|titre)",
);
/// "Mot-clé principal : incendie à Lyon", "requête cible : …", "Focus keyphrase: …": the
/// keyphrase, up to the clause's end. Not the plural "Mots-clés : Ukraine, Russie", a page's
/// list of tags.
static KEYPHRASE_CUE: Pattern = Pattern::caseless_for_texts(
    r"(?:\bmot[ -]cl(?:é|e|ef)|\bkeyword|\bkeyphrase|\bexpression cl[ée]|\brequête (?:cible|principale))(?:\s+(?:principale?|cible|seo|focus))*\s*:\s*([^,;.\n]+)",
);
static IMPERATIVE: Pattern = Pattern::caseless_for_texts(
    r"^\s*(?:please\s+)?(?:make|write|rewrite|create|let|customi[sz]e|use|add|rédige\w*|réécri\w*|écri\w*|fais|faites|crée\w*|ajoute\w*|utilise\w*)\b",
);

/// The brief found at the top of `text`, and the text with the brief's lines emptied (a
/// title glued to one is kept on it): every line stays, so that later stages report true
/// line numbers. The few lines are rewritten in place, where joining every line again copied
/// the whole source: a huge one with a brief was held three times while it was read.
pub fn extract(mut text: String) -> (Brief, String) {
    let mut brief = Brief::default();
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    // Under a label that heads a brief ("Consignes de rédaction :"), up to a blank line.
    let mut under_label = false;
    for (line, range) in header_lines(&text) {
        if line.trim().is_empty() {
            under_label = false;
            continue;
        }
        if heads_a_brief(line) {
            brief.lines.push(line.trim().to_string());
            edits.push((range, String::new()));
            under_label = true;
            continue;
        }
        let instruction = match read_instruction(line, under_label) {
            None if under_label => Some(Instruction {
                text: line.trim().to_string(),
                ..Instruction::default()
            }),
            read => read,
        };
        if let Some(instruction) = instruction {
            brief.apply(&instruction);
            brief.lines.push(instruction.text.clone());
            edits.push((range, instruction.glued_title.unwrap_or_default()));
        }
    }
    // From the last: an edit never moves the lines before it.
    for (range, kept) in edits.into_iter().rev() {
        text.replace_range(range, &kept);
    }
    (brief, text)
}

/// The lines that may hold a brief, as `str::lines` cuts them, with their byte ranges: up to
/// the [`BRIEF_SCAN_LINES`]th that is not blank.
fn header_lines(text: &str) -> impl Iterator<Item = (&str, Range<usize>)> {
    let mut start = 0;
    let mut scanned = 0;
    text.split_inclusive('\n').map_while(move |piece| {
        if scanned >= BRIEF_SCAN_LINES {
            return None;
        }
        let line = piece
            .strip_suffix('\n')
            .map_or(piece, |l| l.strip_suffix('\r').unwrap_or(l));
        let range = start..start + line.len();
        start += piece.len();
        if !line.trim().is_empty() {
            scanned += 1;
        }
        Some((line, range))
    })
}

/// What one brief line asks for.
#[derive(Debug, Default)]
struct Instruction {
    min_words: Option<usize>,
    language: Option<String>,
    subheadings: bool,
    seo: bool,
    customise_title: bool,
    keyphrase: Option<String>,
    glued_title: Option<String>,
    /// The instruction as written, without a title glued to it.
    text: String,
}

impl Brief {
    fn apply(&mut self, i: &Instruction) {
        self.min_words = i.min_words.or(self.min_words);
        self.language = i.language.clone().or(self.language.take());
        if i.subheadings {
            self.subheadings = Some(true);
        }
        self.seo |= i.seo;
        self.customise_title |= i.customise_title;
        self.keyphrase = i.keyphrase.clone().or(self.keyphrase.take());
    }
}

/// For each cue in the order of `read_instruction`, the words one of which it needs, or
/// pieces of them in ASCII ("rencement" for "référencement"): a cue is compiled and run only
/// on a line holding one (see [`crate::literals`]), which spares nearly every line of an
/// article the cues.
static CUE_WORDS: LazyLock<Literals> = LazyLock::new(|| {
    Literals::new(&[
        &["words", "mots"],
        &LANGUAGE_WORDS,
        // The whole words: "titre" alone is in "à titre de", "le titre de champion".
        &[
            "heading",
            "subtitle",
            "sub-title",
            "sous-titre",
            "intertitre",
            "h2",
        ],
        &["seo", "rencement"],
        &["title", "titre"],
        &[
            "mot-cl",
            "mot cl",
            "keyword",
            "keyphrase",
            "expression cl",
            "te cible",
            "te principale",
        ],
    ])
});

/// The languages [`LANGUAGE_CUE`] names, as [`CUE_WORDS`] finds them (ASCII lowercase).
const LANGUAGE_WORDS: [&str; 5] = ["french", "english", "françai", "franÇai", "anglais"];

/// A group of [`CUE_WORDS`] whose cue needs more than its word: what it needs around the
/// word, asked before the cue is compiled.
struct PlacedCueWords {
    /// The group's bit in [`CUE_WORDS`].
    group: usize,
    /// Its words, ASCII lowercase.
    words: &'static [&'static str],
    /// Whether the text before a word (ASCII lowercase) is what the cue needs there.
    placed: fn(&str) -> bool,
}

/// French copy names "la langue française", "en quelques mots" or "le titre de champion" in
/// its first lines about one article in five, and a cue, compiled for lines of any length,
/// cost a fifth of such an article's one-file run; a brief writes "en français", "800 mots",
/// "personnalise le titre".
const PLACED_CUE_WORDS: [PlacedCueWords; 3] = [
    PlacedCueWords {
        group: 0,
        words: &["words", "mots"],
        placed: after_a_number,
    },
    PlacedCueWords {
        group: 1,
        words: &LANGUAGE_WORDS,
        placed: after_a_preposition,
    },
    PlacedCueWords {
        group: 4,
        words: &["title", "titre"],
        placed: after_a_verb_and_determiner,
    },
];

/// The cues `line` may match, by their bit: [`CUE_WORDS`]' groups, less those whose word is
/// nowhere in the place its cue needs ([`PLACED_CUE_WORDS`]).
fn cues_that_may_match(line: &str) -> u64 {
    let mut may_match = CUE_WORDS.may_match(line);
    // Every bit set: a character that folds to an ASCII letter, which only the cues can read.
    if may_match == u64::MAX || may_match == 0 {
        return may_match;
    }
    let lower = line.to_ascii_lowercase();
    for cue in PLACED_CUE_WORDS {
        if may_match & 1 << cue.group != 0 && !word_placed(&lower, cue.words, cue.placed) {
            may_match &= !(1 << cue.group);
        }
    }
    may_match
}

/// Whether one of `words` stands in `lower` where `placed` says, given the text before it.
fn word_placed(lower: &str, words: &[&str], placed: fn(&str) -> bool) -> bool {
    words.iter().any(|word| {
        lower
            .match_indices(word)
            .any(|(at, _)| placed(&lower[..at]))
    })
}

/// `before` ends on "en", "in" or "to" (of "into") and white space.
fn after_a_preposition(before: &str) -> bool {
    let word = before.trim_end_matches(char::is_whitespace);
    word.len() < before.len() && ["en", "in", "to"].iter().any(|p| word.ends_with(p))
}

/// `before` ends on a digit, white space after it or not ("800 mots", "800mots").
fn after_a_number(before: &str) -> bool {
    before
        .trim_end_matches(char::is_whitespace)
        .chars()
        .next_back()
        .is_some_and(char::is_numeric)
}

/// `before` ends on a word holding one of [`TITLE_CUE`]'s verbs, white space, a determiner
/// and white space ("personnalisez le titre").
fn after_a_verb_and_determiner(before: &str) -> bool {
    let spaced = before.trim_end_matches(char::is_whitespace);
    if spaced.len() == before.len() {
        return false;
    }
    let Some(verb_end) = ["this", "the", "ce", "le"].iter().find_map(|determiner| {
        let rest = spaced.strip_suffix(determiner)?;
        let verb_end = rest.trim_end_matches(char::is_whitespace);
        (verb_end.len() < rest.len()).then_some(verb_end)
    }) else {
        return false;
    };
    let verb = verb_end.rsplit(char::is_whitespace).next().unwrap_or("");
    // "cri" of "réécri", whose capitals ASCII does not lower.
    [
        "custom",
        "rewrite",
        "change",
        "personnalis",
        "reformul",
        "cri",
    ]
    .iter()
    .any(|stem| verb.contains(stem))
}

/// `listed`: the line stands under a label heading the brief ([`heads_a_brief`]), where one
/// cue makes an instruction.
fn read_instruction(line: &str, listed: bool) -> Option<Instruction> {
    let may_match = cues_that_may_match(line);
    if may_match == 0 {
        return None;
    }
    let cues: Vec<(&Pattern, std::ops::Range<usize>)> = [
        &WORDS_CUE,
        &LANGUAGE_CUE,
        &SUBHEADINGS_CUE,
        &SEO_CUE,
        &TITLE_CUE,
        &KEYPHRASE_CUE,
    ]
    .into_iter()
    .enumerate()
    .filter(|(i, _)| may_match & 1 << i != 0)
    .filter_map(|(_, cue)| Some((cue, cue.find_ranges(line).last()?)))
    .collect();
    if cues.is_empty() {
        return None;
    }
    // The instruction below holds every cue's matches: the language cue matches it when it
    // matched the line.
    let names_a_language = cues
        .iter()
        .any(|(cue, _)| std::ptr::eq(*cue, &LANGUAGE_CUE));
    let last_cue_end = cues.iter().map(|(_, m)| m.end).max().unwrap_or(0);
    let glued = glued_title(&line[last_cue_end..]);
    // The instruction ends where the title starts, counted from the front: the title is
    // trimmed at its end, so its length says nothing about where it begins.
    let instruction_part = &line[..last_cue_end
        + glued
            .as_ref()
            .map_or(line.len() - last_cue_end, |g| g.start)];
    let glued_title = glued.map(|g| g.text);
    // "Read in English", "Lire en anglais": a page's link to its translation names a language
    // in a few words without asking for anything.
    let language_link = cues.len() == 1
        && names_a_language
        && instruction_part.split_whitespace().count() <= LANGUAGE_LINK_MAX_WORDS;
    let reads_as_instruction = cues.len() >= 2
        || listed
        || labelled(instruction_part)
        || IMPERATIVE.is_match(instruction_part)
        || (language::is_foreign_paragraph(instruction_part) && !language_link);
    if !reads_as_instruction {
        return None;
    }
    Some(Instruction {
        min_words: WORDS_CUE
            .captures(instruction_part)
            .and_then(|c| c.get(1).or(c.get(2)).and_then(|m| m.parse().ok())),
        language: names_a_language
            .then(|| LANGUAGE_CUE.captures(instruction_part))
            .flatten()
            .map(|c| {
                let name = c.get(1).or(c.get(2)).unwrap_or("").to_lowercase();
                if name.starts_with('f') { "fr" } else { "en" }.to_string()
            }),
        subheadings: SUBHEADINGS_CUE.is_match(instruction_part),
        seo: SEO_CUE.is_match(instruction_part),
        customise_title: TITLE_CUE.is_match(instruction_part),
        keyphrase: KEYPHRASE_CUE
            .captures(instruction_part)
            .and_then(|c| c.get(1))
            .map(|k| {
                k.trim()
                    .trim_matches(['«', '»', '"', '“', '”', '\u{a0}', ' '])
                    .to_string()
            })
            .filter(|k| !k.is_empty()),
        glued_title,
        text: instruction_part.trim().to_string(),
    })
}

/// The labels a brief sets its instructions under ("Consignes : 700 mots minimum…",
/// "Longueur : 800 mots", "Intertitres : oui"), lowercase; those naming a keyphrase are
/// told by their word ([`labelled`]).
const INSTRUCTION_LABELS: &[&str] = &[
    "brief",
    "consigne",
    "consignes",
    "expression clé",
    "format",
    "instructions",
    "intertitres",
    "length",
    "longueur",
    "nombre de mots",
    "objectif",
    "requête cible",
    "requête principale",
    "sous-titres",
    "subheadings",
    "taille",
    "word count",
];

/// Words a label heading a brief's list opens on, lowercase ([`heads_a_brief`]).
const BRIEF_HEADS: &[&str] = &["brief", "consigne", "consignes", "instructions"];

/// Most words of a label heading a brief's list.
const BRIEF_HEAD_MAX_WORDS: usize = 4;

/// A label alone, with its colon, that heads the brief's instructions set one a line
/// ("Consignes de rédaction :" over "- 800 mots minimum", "- ton neutre"): every line under
/// it, up to a blank line, is an instruction, whether it holds a cue or not.
fn heads_a_brief(line: &str) -> bool {
    let Some(label) = line.trim().strip_suffix(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    label.split_whitespace().count() <= BRIEF_HEAD_MAX_WORDS
        && label
            .split_whitespace()
            .next()
            .is_some_and(|first| BRIEF_HEADS.contains(&first))
}

/// Most words of a label that names a keyphrase ("Target keyword", "SEO focus keyphrase").
const KEYPHRASE_LABEL_MAX_WORDS: usize = 4;

/// A line that sets a cue under one of the [`INSTRUCTION_LABELS`], or under a short label
/// naming a keyphrase ("Target keyword: …", "Mot-clé SEO principal : …"): an instruction,
/// though it neither opens on an imperative nor holds two cues.
fn labelled(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, _)| {
        let label = label.trim().to_lowercase();
        let names_a_keyphrase = ["keyword", "keyphrase", "mot-cl", "mot cl"]
            .iter()
            .any(|word| label.contains(word));
        INSTRUCTION_LABELS.contains(&label.as_str())
            || names_a_keyphrase && label.split_whitespace().count() <= KEYPHRASE_LABEL_MAX_WORDS
    })
}

/// A headline glued after the last cue: its text, and the byte offset where it starts.
struct GluedTitle {
    text: String,
    start: usize,
}

/// Text after the last cue that reads as a headline of its own: it starts with a capital (often
/// glued to the cue with no space) and has at least three words.
fn glued_title(rest: &str) -> Option<GluedTitle> {
    let candidate = rest.trim_start_matches(|c: char| c.is_whitespace() || ":-–—|".contains(c));
    let starts_capital = candidate.chars().next().is_some_and(char::is_uppercase);
    (starts_capital && candidate.split_whitespace().count() >= 3).then(|| GluedTitle {
        text: candidate.trim_end().to_string(),
        start: rest.len() - candidate.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The cues find what the `regex` crate finds with the same source, every match.
        #[test]
        fn cues_find_what_regex_finds(text in crate::literals::furniture_like()) {
            let cues = [&WORDS_CUE, &LANGUAGE_CUE, &SUBHEADINGS_CUE, &SEO_CUE, &TITLE_CUE, &KEYPHRASE_CUE, &IMPERATIVE];
            for cue in cues {
                let regex = crate::patterns::as_regex(cue);
                proptest::prop_assert!(crate::patterns::agrees_with_regex(cue, &regex, &text));
                let ranges: Vec<_> = regex.find_iter(&text).map(|m| m.range()).collect();
                proptest::prop_assert_eq!(cue.find_ranges(&text).collect::<Vec<_>>(), ranges);
            }
        }

        /// Whatever a cue matches holds one of its words.
        #[test]
        fn cue_words_never_hide_a_cue(text in crate::literals::furniture_like()) {
            let found = CUE_WORDS.may_match(&text);
            let cues = [&WORDS_CUE, &LANGUAGE_CUE, &SUBHEADINGS_CUE, &SEO_CUE, &TITLE_CUE, &KEYPHRASE_CUE];
            for (i, cue) in cues.iter().enumerate() {
                proptest::prop_assert!(!cue.is_match(&text) || found & 1 << i != 0, "{:?}", text);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Whatever a cue matches, `cues_that_may_match` lets through.
        #[test]
        fn the_cues_places_never_hide_a_cue(
            parts in proptest::collection::vec(
                (
                    proptest::sample::select(&[" ", "", "\u{a0}", "\t", "  ", "'", "-", "\n"][..]),
                    proptest::sample::select(&[
                        "en", "EN", "In", "into", "to", "français", "FRANÇAIS", "française",
                        "anglais", "English", "FRENCH", "la", "800", "12", "٣٤", "mots", "WORDS",
                        "le", "Le", "the", "ce", "titre", "Title", "personnalisez", "RÉÉCRIS",
                        "Change", "customize", "x", "ſ", "\u{212A}", "é",
                    ][..]),
                ),
                0..7,
            )
        ) {
            let text: String = parts.iter().map(|(glue, piece)| format!("{glue}{piece}")).collect();
            let found = cues_that_may_match(&text);
            let cues = [&WORDS_CUE, &LANGUAGE_CUE, &SUBHEADINGS_CUE, &SEO_CUE, &TITLE_CUE];
            for (i, cue) in cues.iter().enumerate() {
                proptest::prop_assert!(!cue.is_match(&text) || found & 1 << i != 0, "{} {:?}", i, text);
            }
        }
    }

    proptest::proptest! {
        // Short texts of few pieces: enough cases that every pair of pieces is met.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Whatever the subheadings cue matches holds one of its whole words.
        #[test]
        fn the_subheadings_words_never_hide_the_cue(
            parts in proptest::collection::vec(
                (
                    proptest::sample::select(&["", " ", "-", "s"][..]),
                    proptest::sample::select(&[
                        "sous", "Sous", "titre", "TITRE", "titres", "inter", "Inter", "sub",
                        "SUB", "title", "Title", "heading", "Headings", "H2", "h2", "à",
                    ][..]),
                ),
                0..6,
            )
        ) {
            let text: String = parts.iter().map(|(glue, piece)| format!("{glue}{piece}")).collect();
            let found = CUE_WORDS.may_match(&text) & 1 << 2 != 0;
            proptest::prop_assert!(!SUBHEADINGS_CUE.is_match(&text) || found, "{:?}", text);
        }
    }

    #[test]
    fn a_brief_under_labels_is_read_line_by_line() {
        // A French desk's brief: each line one instruction under its label, none of them an
        // imperative nor two cues, all of them kept out of the article.
        let text =
            "Consignes : 700 mots minimum, mot-clé principal : incendie à Lyon, ton neutre.\n\
            Intertitres : oui\n\nLyon : un incendie ravage un immeuble de la Croix-Rousse\n";
        let (brief, rest) = extract(text.to_string());
        assert_eq!(brief.min_words, Some(700));
        assert_eq!(brief.keyphrase.as_deref(), Some("incendie à Lyon"));
        assert_eq!(brief.subheadings, Some(true));
        assert_eq!(brief.lines.len(), 2);
        assert_eq!(
            rest.trim(),
            "Lyon : un incendie ravage un immeuble de la Croix-Rousse"
        );
        let (brief, _) = extract("Longueur : 900 mots\nMot-clé : « pêche du merlu »\n".into());
        assert_eq!(brief.min_words, Some(900));
        assert_eq!(brief.keyphrase.as_deref(), Some("pêche du merlu"));
        for line in [
            "Focus keyphrase: merlu",
            "Target keyword: merlu",
            "SEO keyword : merlu",
            "Mot-clé SEO principal : merlu",
        ] {
            let (brief, _) = extract(format!("{line}\n"));
            assert_eq!(brief.keyphrase.as_deref(), Some("merlu"), "{line}");
        }
    }

    #[test]
    fn a_brief_listed_under_its_label_is_read_item_by_item() {
        // A desk's brief set as a list under "Consignes de rédaction :": the word target was
        // not understood, one cue an item and no imperative.
        let text = "Consignes de rédaction :\n- mot-clé principal : vélo électrique\n- 800 mots minimum\n- ajouter des intertitres\n- ton neutre, pas de superlatifs\n\nVélo électrique : la prime à l'achat supprimée\n";
        let (brief, rest) = extract(text.to_string());
        assert_eq!(brief.min_words, Some(800));
        assert_eq!(brief.keyphrase.as_deref(), Some("vélo électrique"));
        assert_eq!(brief.subheadings, Some(true));
        assert_eq!(brief.lines.len(), 5);
        assert_eq!(
            rest.trim(),
            "Vélo électrique : la prime à l'achat supprimée"
        );
        // A list under another label is the article's.
        let (brief, _) = extract("Au programme :\n- 800 mots de présentation\n".into());
        assert!(brief.is_empty());
    }

    #[test]
    fn a_pages_tags_or_a_line_of_copy_names_no_keyphrase() {
        // A page's list of tags above the article, and copy that speaks of keywords.
        for text in [
            "Mots-clés : Ukraine, Russie\n",
            "Le mot-clé de la campagne : sobriété, répète le ministre.\n",
            "Longueur du tunnel : 57 kilomètres\n",
        ] {
            let (brief, rest) = extract(text.to_string());
            assert!(brief.is_empty(), "{text}: {brief:?}");
            assert_eq!(rest, text);
        }
    }

    #[test]
    fn a_language_named_in_the_copy_asks_for_nothing() {
        // French copy names its language and nation; only a language after "en", "in" or
        // "into" may be asked for.
        let may_ask_a_language = |text: &str| cues_that_may_match(text) & 1 << 1 != 0;
        for copy in [
            "L’Assemblée nationale française a voté le texte.",
            "La langue française compte de nouveaux mots.",
            "Le français et l’anglais sont enseignés dès six ans.",
            "L’équipe de France, en tête du classement français.",
        ] {
            assert!(!may_ask_a_language(copy), "{copy}");
            assert!(!LANGUAGE_CUE.is_match(copy), "{copy}");
        }
        for brief in [
            "Rédige au moins 800 mots en français",
            "Write it into English",
            "be in\u{a0}french",
            "EN  FRANÇAIS",
        ] {
            assert!(may_ask_a_language(brief), "{brief}");
            assert!(LANGUAGE_CUE.is_match(brief), "{brief}");
        }
    }

    #[test]
    fn cues_find_what_regex_finds_on_instructions() {
        let lines = [
            "Make this article seo compatible,Let there be subheadings, be in french",
            "Rédige au moins 800 mots en français avec des intertitres",
            "Rewrite the title; add H2s; at least 1000 words 😀",
            "Réécris ce titre, SEO et référencement, sous-titres, plus de 650 mots",
            "Write it into English with headings, minimum of 300 words",
            "Customize this title in frenchPoutine et Loukachenko discutent",
            "  please use 900 mots en anglais ΣΟΦΙΑ",
        ];
        let cues = [
            &WORDS_CUE,
            &LANGUAGE_CUE,
            &SUBHEADINGS_CUE,
            &SEO_CUE,
            &TITLE_CUE,
            &IMPERATIVE,
        ];
        for line in lines {
            for cue in cues {
                let regex = crate::patterns::as_regex(cue);
                assert!(crate::patterns::agrees_with_regex(cue, &regex, line));
                let ranges: Vec<_> = regex.find_iter(line).map(|m| m.range()).collect();
                assert_eq!(cue.find_ranges(line).collect::<Vec<_>>(), ranges, "{line}");
            }
        }
    }

    #[test]
    fn every_cue_holds_a_cue_word() {
        let lines = [
            "Make this article seo compatible,Let there be subheadings, be in french",
            "Rédige au moins 800 mots en français avec des intertitres",
            "Rewrite the title; add H2s; at least 1000 words",
            "Personnalisez ce titre, SEO et référencement, sous-titres",
            "Write it into English with headings",
        ];
        let cues = [
            &WORDS_CUE,
            &LANGUAGE_CUE,
            &SUBHEADINGS_CUE,
            &SEO_CUE,
            &TITLE_CUE,
        ];
        for line in lines {
            let found: Vec<&str> = cues
                .iter()
                .flat_map(|cue| cue.find_ranges(line).map(|m| &line[m]))
                .collect();
            assert!(!found.is_empty(), "{line}");
            for cue in found {
                assert!(CUE_WORDS.may_match(cue) != 0, "{cue:?} in {line:?}");
            }
        }
        assert!(read_instruction("Le président russe est arrivé à Minsk.", false).is_none());
    }

    #[test]
    fn seed_brief_is_understood_and_title_recovered() {
        let input = "Customize this title in frenchPoutine et Loukachenko discutent d’une défense\n\nMake this article seo compatible,Let there be subheadings for the article, be in french, create at least 700 words\n\nLe président russe est arrivé.";
        let (brief, rest) = extract(input.to_string());
        assert_eq!(brief.min_words, Some(700));
        assert_eq!(brief.language.as_deref(), Some("fr"));
        assert_eq!(brief.subheadings, Some(true));
        assert!(brief.seo && brief.customise_title);
        assert_eq!(brief.lines.len(), 2);
        assert_eq!(brief.lines[0], "Customize this title in french");
        assert!(rest.starts_with("Poutine et Loukachenko discutent d’une défense\n"));
        assert!(!rest.contains("Make") && !rest.contains("Customize"));
    }

    #[test]
    fn a_glued_title_with_an_accented_capital_and_trailing_space_is_cut_at_its_start() {
        // Used to slice inside "É": the cut was measured from the end of the line, which the
        // trimmed title no longer reached.
        let input = "Customize this title in frenchÉlections en Russie aujourd’hui \nLe président russe est arrivé.";
        let (brief, rest) = extract(input.to_string());
        assert_eq!(brief.lines, vec!["Customize this title in french"]);
        assert!(
            rest.starts_with("Élections en Russie aujourd’hui\n"),
            "{rest}"
        );
        for tail in [" ", "  \t", "\u{a0}", " \u{202f} "] {
            let line = format!("Customize this title in frenchÉté à Minsk et à Moscou{tail}");
            let (brief, rest) = extract(line.to_string());
            assert_eq!(
                brief.lines,
                vec!["Customize this title in french"],
                "{tail:?}"
            );
            assert_eq!(rest, "Été à Minsk et à Moscou");
        }
    }

    #[test]
    fn the_brief_is_taken_out_in_place_each_line_kept() {
        // A huge source with a brief was copied whole to empty two of its lines.
        let input = "Customize this title in frenchPoutine à Minsk\r\n\r\nMake this article seo compatible, create at least 700 words\r\nLe président russe est arrivé.\r\nIl repart demain.\n";
        let text = input.to_string();
        let start = text.as_ptr();
        let (brief, rest) = extract(text);
        assert_eq!(brief.lines.len(), 2);
        assert_eq!(rest.as_ptr(), start, "the text was copied");
        let lines: Vec<&str> = rest.lines().collect();
        assert_eq!(
            lines,
            [
                "Poutine à Minsk",
                "",
                "",
                "Le président russe est arrivé.",
                "Il repart demain."
            ]
        );
    }

    #[test]
    fn french_brief_is_understood() {
        let (brief, rest) = extract(String::from("Rédigez un article d’au moins 800 mots en français, avec des intertitres.\nLe président russe est arrivé à Minsk."));
        assert_eq!(brief.min_words, Some(800));
        assert_eq!(brief.language.as_deref(), Some("fr"));
        assert_eq!(rest.trim(), "Le président russe est arrivé à Minsk.");
    }

    #[test]
    fn an_article_without_brief_is_untouched() {
        let text = "Poutine en visite à Minsk\nLe président russe a rencontré son homologue pour parler de sécurité en Europe.";
        let (brief, rest) = extract(text.to_string());
        assert!(brief.is_empty());
        assert_eq!(rest, text);
    }

    #[test]
    fn a_cue_inside_french_prose_is_not_a_brief() {
        let text = "Le rapport de 300 mots a été publié jeudi par le ministère de la Défense.";
        assert!(extract(text.to_string()).0.is_empty());
    }

    #[test]
    fn a_link_to_a_translation_is_not_a_brief() {
        let text = "Planète\n\nRead in English\n\nLe préfet a interdit la manifestation samedi.";
        let (brief, kept) = extract(text.to_string());
        assert!(brief.is_empty(), "{brief:?}");
        assert_eq!(kept, text);
        let (brief, _) =
            extract("Write in French\nLe préfet a interdit la manifestation samedi.".into());
        assert_eq!(brief.language.as_deref(), Some("fr"));
    }
}
