//! Composing: the parts of the article redac writes itself, all short and derived from the
//! sources — title, slug, meta description, sections and their headings. The body paragraphs are
//! the sources' own.

pub mod clauses;
pub mod headings;
pub mod headline_form;
pub mod meta;
pub mod sections;
pub mod slug;
pub mod title;

use crate::analysing::Keyphrase;
use crate::segmenting::Paragraph;

/// The article's first paragraph when it joins the chapô and the paragraph after it: its text,
/// and the byte of the second paragraph's text where that one goes on as its own paragraph
/// (its length when it is joined whole).
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    pub text: String,
    pub resumes: usize,
}

/// A paragraph of the body, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyParagraph {
    pub paragraph: Paragraph,
    /// Index of the source (0 = lead).
    pub source: usize,
    /// 1-based input line of the source paragraph it comes from.
    pub line: usize,
    /// The journalist's intertitle right above this paragraph in its source: a section of the
    /// article starts here, under that heading.
    pub intertitle: Option<String>,
    /// A borrowed passage placed at the end of the lead's section whose topic it continues:
    /// it stays in that section.
    pub continues: bool,
    /// An item of a list in its source ([`crate::structure::SourceParagraph::list_item`]):
    /// written as one, and never parted from the items next to it by a heading.
    pub list_item: bool,
    /// The number of a numbered list's item ([`crate::structure::SourceParagraph::ordinal`]).
    pub ordinal: Option<usize>,
}

/// The limits composition aims at, which `check` then holds the article to: the defaults are
/// `check`'s, and `rewrite` takes the same keys from `redac.toml` (`title-max-chars`,
/// `meta-description-min-chars`, …) so that the two commands cannot disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    pub title_max_chars: usize,
    pub meta_description_min_chars: usize,
    pub meta_description_max_chars: usize,
    /// Per hundred body words.
    pub keyphrase_density_min: f64,
    pub keyphrase_density_max: f64,
    pub section_max_words: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            title_max_chars: title::MAX_TITLE_LEN,
            meta_description_min_chars: meta::MIN_META_LEN,
            meta_description_max_chars: meta::MAX_META_LEN,
            keyphrase_density_min: crate::analysing::MIN_KEYPHRASE_DENSITY,
            keyphrase_density_max: crate::analysing::MAX_KEYPHRASE_DENSITY,
            section_max_words: sections::MAX_SECTION_WORDS,
        }
    }
}

impl Limits {
    pub fn meta_range(&self) -> std::ops::RangeInclusive<usize> {
        self.meta_description_min_chars..=self.meta_description_max_chars
    }

    /// The density range for `keyphrase`, weighed by its length as `check` weighs it.
    pub fn density_range(&self, keyphrase: &Keyphrase) -> std::ops::RangeInclusive<f64> {
        crate::analysing::density_range(
            self.keyphrase_density_min,
            self.keyphrase_density_max,
            keyphrase.stems.len(),
        )
    }
}

/// A run of the body's paragraphs under one H2.
#[derive(Debug, Clone, PartialEq)]
pub struct Section<'a> {
    pub heading: String,
    pub paragraphs: &'a [BodyParagraph],
}

impl Section<'_> {
    pub fn words(&self) -> usize {
        self.paragraphs.iter().map(|p| p.paragraph.words()).sum()
    }
}

pub use crate::segmenting::capitalise_first;

/// Lowercase the first letter unless the first word is a proper noun, an acronym, the
/// courtesy title of a name ("M. Macron", "Mme Borne"), which keeps its capital anywhere, or
/// a first name: a word no grammar word before a proper noun ("Emmanuel Macron", where a page
/// writes "Emmanuel" only at the start of its sentences; "La France" is no name).
pub fn lowercase_first(text: &str, proper: &crate::analysing::ProperNouns) -> String {
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let next = words.next().filter(|w| w.starts_with(char::is_uppercase));
    let acronym = first.chars().filter(|c| c.is_uppercase()).count() > 1;
    let lower = first.to_lowercase();
    let courtesy = crate::lexicon::is_courtesy_title(&lower) && next.is_some();
    // "Nicolas Dupont-Aignan": the name after it is known whole, hyphen and all.
    let next_whole = || {
        text.split_whitespace()
            .nth(1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    let known = |w: &str| proper.contains_key(&w.to_lowercase());
    // "Didier Porte souhaite la Santé à Balkany": in a text written in sentence case, a
    // capitalised word after the first is a name's, whether or not the body writes it.
    let name_shaped = |w: &str| w.chars().skip(1).any(char::is_lowercase);
    let first_name = first.starts_with(char::is_uppercase)
        && next.is_some_and(|w| known(w) || name_shaped(w) || next_whole().is_some_and(known))
        && !reads_before_a_name(&lower);
    if acronym || courtesy || first_name || proper.contains_key(&lower) {
        return text.to_string();
    }
    // "A Commercy, comment réinventer…": the preposition "À" without the accent capitals
    // often lose gets it back in lowercase (the verb "a" never opens a sentence).
    if let Some(rest) = text.strip_prefix("A ") {
        return format!("à {rest}");
    }
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A lowercase word that may open a sentence before a name without being its first name: a
/// grammar word ("La France"), an adverb ("Désormais Macron", "Hier Macron") or a day.
fn reads_before_a_name(word: &str) -> bool {
    crate::lexicon::is_function_word(word)
        || crate::lexicon::is_stop_word(word)
        || word.ends_with("ment")
        || matches!(word, "hier" | "demain" | "aujourd")
        || crate::lexicon::WEEKDAYS.contains(&word)
}

/// The text ends on an infinitive a verb governs with no preposition, cut from its object
/// ("La Chine espère à présent stabiliser", "…où il doit rencontrer"): a title, heading or
/// cut sentence must not ([`crate::lexicon::ends_on_bare_infinitive`]).
pub fn ends_on_bare_infinitive(text: &str) -> bool {
    crate::lexicon::ends_on_bare_infinitive(
        text.trim_end_matches(['.', ',', ' '])
            .split_whitespace()
            .rev(),
    )
}

/// The text ends on an article, preposition or conjunction ("… de", "… l’"): a title, heading
/// or cut sentence must not. A negation closed after its "ne" ends a clause ("Les « gilets
/// jaunes » ne décolèrent pas").
pub fn ends_on_function_word(text: &str) -> bool {
    let mut words = text.rsplit(|c: char| c.is_whitespace() || c == '’' || c == '\'');
    let written = words.next().unwrap_or("");
    crate::segmenting::with_lowercase(written, |last| {
        // "ne font pas | confiance": a light verb or an auxiliary still wants what follows.
        let negation_closed = matches!(last, "pas" | "plus")
            && words.take(4).any(|w| matches!(w, "ne" | "n"))
            && !title::ends_on_verb(text[..text.len() - written.len()].trim_end());
        crate::lexicon::is_function_word(last) && !negation_closed
    })
}

/// How the part `kept` of a `sentence` ends: with the question mark of the question it
/// opened ("Les forces de l’ordre utilisent-elles des armes de guerre | , lorsqu’elles… ?"),
/// else with `otherwise`. The kept part opens a question with a verb and its inverted subject
/// pronoun, and does not close it; the sentence does.
pub fn cut_end(kept: &str, sentence: &str, otherwise: &'static str) -> &'static str {
    // Most sentences ask nothing: their kept part's words are read only for a question.
    if !sentence.trim_end().ends_with('?') {
        return otherwise;
    }
    let open = kept.rsplit('?').next().unwrap_or(kept);
    let inverted = open.split_whitespace().any(|word| {
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        word.starts_with(char::is_lowercase)
            && (crate::lexicon::ends_on_inverted_pronoun(word) || word.ends_with("-ce"))
    });
    match inverted {
        true => "\u{202f}?",
        false => otherwise,
    }
}

/// Every quotation and bracket opened in the text is closed in it: a title or a description
/// cut inside a quotation ("Bernard Tapie : « C’est bien la preuve") misquotes the speaker
/// and leaves the sentence open.
pub fn quotes_closed(text: &str) -> bool {
    // One pass over the bytes for every candidate cut: « » are C2 AB and C2 BB, “ ” are E2 80
    // 9C and E2 80 9D in UTF-8, and a continuation byte (AB, BB, 9C, 9D) is only ever read
    // after its lead bytes, so no other character is counted.
    let (mut quotes, mut brackets, mut straight) = (0isize, 0isize, 0usize);
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let next = |k: usize| bytes.get(i + k).copied();
        match b {
            b'(' => brackets += 1,
            b')' => brackets -= 1,
            b'"' => straight += 1,
            0xC2 => match next(1) {
                Some(0xAB) => quotes += 1,
                Some(0xBB) => quotes -= 1,
                _ => {}
            },
            0xE2 if next(1) == Some(0x80) => match next(2) {
                Some(0x9C) => quotes += 1,
                Some(0x9D) => quotes -= 1,
                _ => {}
            },
            _ => {}
        }
    }
    quotes == 0 && brackets == 0 && straight % 2 == 0
}

/// The stretch of `text` from `first` to the end of `last`, both words of it (slices of
/// `text`, as `split_whitespace` gives them). A cut of a headline or a sentence is taken
/// this way rather than by joining its words with spaces: the spaces between keep what the
/// source put there, the no-break spaces of French typography among them ("Brevets\u{a0}:
/// Valeo…", "«\u{a0}gilets jaunes\u{a0}»").
pub(crate) fn words_span<'a>(text: &'a str, first: &str, last: &str) -> &'a str {
    let offset = |word: &str| word.as_ptr() as usize - text.as_ptr() as usize;
    &text[offset(first)..offset(last) + last.len()]
}

/// Length as a reader sees it: grapheme clusters, so "é" written with a combining accent is one.
pub fn visible_len(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    // French prose in precomposed letters, the common case: one character, one grapheme,
    // counted in the pass that checks them. Segmenting costs some 200 instructions a
    // character, and titles and descriptions are measured for every candidate.
    own_graphemes(text.as_bytes()).unwrap_or_else(|| text.graphemes(true).count())
}

/// How many characters `text` (UTF-8) holds when each always makes a grapheme cluster of its
/// own (Latin letters up to U+02FF, French punctuation, the euro sign: see `is_own_grapheme`,
/// the same test by characters), or `None` when one may not. Read by bytes, where decoding every
/// character cost twice as much: a character is its first byte, except the punctuation from
/// U+2010 to U+2027, the narrow no-break space and the euro sign, whose other bytes tell.
fn own_graphemes(text: &[u8]) -> Option<usize> {
    let mut characters = 0;
    let mut at = 0;
    while let Some(&byte) = text.get(at) {
        // Eight ASCII bytes without a carriage return are eight graphemes: most of a French
        // text, counted a word at a time where each byte took its own turn through the match.
        if let Some(eight) = text.get(at..at + 8) {
            if ascii_without_cr(u64::from_le_bytes(eight.try_into().expect("eight bytes"))) {
                characters += 8;
                at += 8;
                continue;
            }
        }
        let own = match byte {
            b'\r' => false,
            // ASCII, and the letters up to U+02FF (lead bytes C2 to CB): one byte each counted,
            // the continuation bytes (80 to BF) skipped.
            0x00..=0x7f | 0xc2..=0xcb => true,
            0x80..=0xbf => {
                at += 1;
                continue;
            }
            // U+2010–U+2027, U+202F (E2 80 90–A7, E2 80 AF) and U+20AC (E2 82 AC).
            0xe2 => matches!(
                text.get(at + 1..at + 3),
                Some([0x80, 0x90..=0xa7 | 0xaf] | [0x82, 0xac])
            ),
            _ => false,
        };
        if !own {
            return None;
        }
        characters += 1;
        at += 1;
    }
    Some(characters)
}

/// The eight bytes (little-endian in `eight`) are all ASCII and none is a carriage return
/// (0x0D): no byte has its high bit, and none is zero once XORed with 0x0D (the classic
/// zero-byte test, exact when no byte is above 0x7F).
fn ascii_without_cr(eight: u64) -> bool {
    use crate::eight_bytes::{HIGH, ONES};
    let cr = eight ^ (0x0d * ONES);
    eight & HIGH == 0 && cr.wrapping_sub(ONES) & !cr & HIGH == 0
}

/// [`own_graphemes`] as first written, a byte at a time: kept to hold the reading by eight
/// bytes equal.
#[cfg(test)]
fn own_graphemes_one_by_one(text: &[u8]) -> Option<usize> {
    let mut characters = 0;
    let mut at = 0;
    while let Some(&byte) = text.get(at) {
        let own = match byte {
            b'\r' => false,
            0x00..=0x7f | 0xc2..=0xcb => true,
            0x80..=0xbf => {
                at += 1;
                continue;
            }
            0xe2 => matches!(
                text.get(at + 1..at + 3),
                Some([0x80, 0x90..=0xa7 | 0xaf] | [0x82, 0xac])
            ),
            _ => false,
        };
        if !own {
            return None;
        }
        characters += 1;
        at += 1;
    }
    Some(characters)
}

/// A character that always makes a grapheme cluster of its own: Latin letters up to U+02FF
/// (the combining marks start at U+0300), French punctuation (dashes, curly quotes, the narrow
/// no-break space) and the euro sign. A carriage return is left out: CR LF is one cluster.
/// What [`own_graphemes`] reads by bytes; kept to hold it equal.
#[cfg(test)]
fn is_own_grapheme(c: char) -> bool {
    (c < '\u{300}' && c != '\r') || matches!(c, '\u{2010}'..='\u{2027}' | '\u{202f}' | '€')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn visible_length_counts_what_a_reader_sees() {
        assert_eq!(visible_len("Élysée"), 6);
        assert_eq!(visible_len("e\u{301}té"), 3);
        assert_eq!(visible_len("a\r\nb"), 3);
        assert_eq!(visible_len("«\u{a0}oui\u{a0}» – 5\u{202f}€"), 13);
    }

    #[test]
    fn a_courtesy_title_keeps_its_capital_after_a_rubric() {
        // Le Soleil: "France : m. Macron, qui s’est entretenu…" among the titles tried.
        let proper = crate::analysing::ProperNouns::default();
        for (text, lowered) in [
            (
                "M. Macron a demandé à son ministre de l’Intérieur.",
                "M. Macron a demandé à son ministre de l’Intérieur.",
            ),
            (
                "Mme Borne a reçu les syndicats.",
                "Mme Borne a reçu les syndicats.",
            ),
            // The pronoun and a common word still lose theirs; a quotation has none to lose.
            ("Me voici à Paris.", "me voici à Paris."),
            ("Hier se tenait le procès.", "hier se tenait le procès."),
            ("« Je ne sais pas »", "« Je ne sais pas »"),
            // L'Humanité: "À" written without its accent gets it back.
            (
                "A Commercy, comment réinventer la démocratie ?",
                "à Commercy, comment réinventer la démocratie ?",
            ),
        ] {
            assert_eq!(lowercase_first(text, &proper), lowered);
        }
    }

    #[test]
    fn a_first_name_keeps_its_capital_after_a_rubric() {
        // BFMTV writes "Emmanuel" only at the start of its sentences: "Réforme : emmanuel
        // Macron estime…" among the titles tried.
        let mut proper = crate::analysing::ProperNouns::default();
        proper.insert("macron".into(), "Macron".into());
        proper.insert("france".into(), "France".into());
        let lowered = |text| lowercase_first(text, &proper);
        assert_eq!(
            lowered("Emmanuel Macron estime avoir une majorité solide"),
            "Emmanuel Macron estime avoir une majorité solide"
        );
        // L'Humanité: a hyphenated surname is known whole, "extrême droite : nicolas
        // Dupont-Aignan…" was written.
        proper.insert("dupont-aignan".into(), "Dupont-Aignan".into());
        let lowered = |text| lowercase_first(text, &proper);
        assert_eq!(
            lowered("Nicolas Dupont-Aignan, qui appelle à « entrer en résistance », reprend"),
            "Nicolas Dupont-Aignan, qui appelle à « entrer en résistance », reprend"
        );
        // A determiner before a name is no first name; a common word before a word the
        // text never writes in lowercase elsewhere loses its capital.
        assert_eq!(lowered("La France a gagné"), "la France a gagné");
        assert_eq!(lowered("Hier Macron a parlé"), "hier Macron a parlé");
        assert_eq!(
            lowered("Désormais Macron hésite"),
            "désormais Macron hésite"
        );
        // Là-bas si j'y suis: a name the body never writes, after the keyphrase; a headline in
        // sentence case capitalises a name's words only. An acronym after a common word says
        // nothing of it.
        assert_eq!(
            lowered("Didier Porte souhaite la Santé à Balkany"),
            "Didier Porte souhaite la Santé à Balkany"
        );
        assert_eq!(lowered("Grève SNCF : le trafic"), "grève SNCF : le trafic");
    }

    #[test]
    fn a_question_cut_short_keeps_its_question_mark() {
        // Le Parisien's lede on Sainte-Soline: the title and the description were cut before
        // the question's end and lost its mark.
        let sentence = "Les forces de l’ordre utilisent-elles des armes de guerre, lorsqu’elles font du maintien de l’ordre, comme à Sainte-Soline le week-end dernier, lors d’un rassemblement contre les mégabassines\u{202f}?";
        let kept = "Les forces de l’ordre utilisent-elles des armes de guerre";
        assert_eq!(cut_end(kept, sentence, "."), "\u{202f}?");
        // A statement, or a question already closed in the part kept, ends as asked.
        assert_eq!(
            cut_end(kept, "Les forces de l’ordre utilisent des armes.", "."),
            "."
        );
        let closed = "Y aura-t-il des trains\u{202f}? Les grévistes décideront";
        assert_eq!(
            cut_end(
                closed,
                "Y aura-t-il des trains ? Les grévistes décideront jeudi ou vendredi ?",
                ""
            ),
            ""
        );
        // A hyphenated name is no inverted pronoun.
        assert_eq!(
            cut_end(
                "Le maire de Saint-Simon parle",
                "Le maire de Saint-Simon parle-t-il ?",
                ""
            ),
            ""
        );
    }

    #[test]
    fn a_phrase_cut_before_an_elision_dangles() {
        // A heading composed from Le Parisien's "… une dizaine de mètres lorsqu’ils …".
        assert!(ends_on_function_word("Une dizaine de mètres lorsqu"));
        assert!(ends_on_function_word("Le débat continue jusqu"));
        assert!(!ends_on_function_word("Une dizaine de mètres"));
        // La Presse's lede: a negation closed is a clause's end; "ne … plus de" is not.
        assert!(!ends_on_function_word(
            "Les « gilets jaunes » ne décolèrent pas"
        ));
        assert!(!ends_on_function_word("Le club n’y croit plus"));
        assert!(ends_on_function_word(
            "Il y a de moins en moins de place et pas"
        ));
        // La Libre: "… ne font pas | confiance au système".
        assert!(ends_on_function_word(
            "Plus de 4 Belges et Français sur 10 ne font pas"
        ));
    }

    /// `quotes_closed` as first written: each mark counted by a search of its own.
    fn quotes_closed_simply(text: &str) -> bool {
        let count = |c: char| text.matches(c).count();
        count('«') + count('“') == count('»') + count('”')
            && count('(') == count(')')
            && count('"') % 2 == 0
    }

    proptest! {
        /// The byte pass counts the marks the character searches count.
        #[test]
        fn quotes_closed_is_the_simple_count(text in "[«»“”„‟‹›()\"a é\u{2019}\u{201a}\u{80}\u{ab}\u{bb}\u{1c}\u{1d}\u{9c}\u{9d}\u{20ac}]{0,24}|\\PC{0,30}") {
            prop_assert_eq!(quotes_closed(&text), quotes_closed_simply(&text));
        }

        /// The shortcut agrees with full segmentation, on any text.
        #[test]
        fn visible_length_is_the_grapheme_count(text in "\\PC{0,40}|[a-zé\u{300}\u{301}\r\n\u{200d} ]{0,40}") {
            prop_assert_eq!(visible_len(&text), text.graphemes(true).count());
        }

        /// Counted by bytes, the characters that are their own graphemes are those the
        /// characters' test finds.
        #[test]
        fn own_graphemes_are_the_characters_of_own_graphemes(text in "\\PC{0,40}|[a-zé\r\u{2010}-\u{2030}\u{202f}\u{20ab}-\u{20ad}\u{300}\u{2ff}\u{1e00}€]{0,40}") {
            let by_characters = text
                .chars()
                .all(is_own_grapheme)
                .then(|| text.chars().count());
            prop_assert_eq!(own_graphemes(text.as_bytes()), by_characters);
        }

        /// Read eight ASCII bytes at a time, the count is the byte-by-byte one it replaced:
        /// long runs of ASCII with carriage returns, control bytes, DEL and letters beyond
        /// ASCII anywhere in them.
        #[test]
        fn own_graphemes_by_eight_are_those_one_by_one(text in "[a-z \r\n\u{0}\u{1}\u{c}\u{e}\u{7f}é’\u{300}]{0,64}|\\PC{0,40}") {
            prop_assert_eq!(own_graphemes(text.as_bytes()), own_graphemes_one_by_one(text.as_bytes()));
        }
    }
}
