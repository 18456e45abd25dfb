//! How the lead uses its words: which it writes after a determiner ("un vélo", "ces
//! alertes"), after an article other than "le", "la", "les" or a possessive ("des ruches",
//! "aux abeilles"), or after "le", "la", "les", "de" ("18 millions de masques").
//!
//! Two choices ask it of the same text, the lead: the keyphrase's shortlist whether a lone
//! lowercase word is a noun, the tags whether a common word is one. Each read the lead by
//! itself, some 2 % of a batch's instructions apiece; the lead is read once here, every word
//! after such a word kept with what came before it, and both ask the table (the 75 real
//! articles' second pass: 279.47 → 275.98 M instructions, stop 77).

use super::Keyphrase;
use crate::segmenting;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// The word before was one of [`crate::lexicon::DETERMINERS`].
const AFTER_DETERMINER: u8 = 1;
/// The word before was an article other than "le", "la", "les", a possessive, "au" or "aux":
/// a noun follows.
const AFTER_ARTICLE: u8 = 2;
/// The word before was "le", "la", "les" or "de": a noun follows, or (a pronoun, a
/// preposition) an infinitive ("le retrouver", "de manifester").
const AFTER_LE_OR_DE: u8 = 4;

/// Bytes of text for each distinct word met after a determiner, an article or "de", about: the
/// 75 real articles of the benchmark hold one for 24 to 47 bytes of their lead, 36 in all: the
/// few below 32 grow their table once.
const BYTES_A_USE: usize = 32;

/// Each word of the lead met after a determiner, an article, a possessive or "de", in
/// lowercase (borrowed when the lead writes it so), with the bits of every kind of word met
/// before it.
pub struct WordUses<'a> {
    after: FxHashMap<Cow<'a, str>, u8>,
}

impl<'a> WordUses<'a> {
    /// The uses in `texts`, read as one text: the break between two ends a word anyway. Words
    /// are the runs of letters, digits and hyphens ([`segmenting::hyphenated_runs`]).
    ///
    /// The table is given room for the words the texts' length promises (one for each
    /// `BYTES_A_USE` bytes) rather than grown five or six times an article.
    pub fn of<I>(texts: I) -> WordUses<'a>
    where
        I: IntoIterator<Item = &'a str>,
        I::IntoIter: Clone,
    {
        let texts = texts.into_iter();
        let bytes: usize = texts.clone().map(str::len).sum();
        let mut after: FxHashMap<Cow<'a, str>, u8> = FxHashMap::with_capacity_and_hasher(
            crate::presize::room_for(bytes / BYTES_A_USE),
            Default::default(),
        );
        let mut before = 0;
        for token in texts.flat_map(segmenting::hyphenated_runs) {
            if before != 0 {
                *after.entry(segmenting::lowercase(token)).or_default() |= before;
            }
            before = introduces(token);
        }
        WordUses { after }
    }

    fn before(&self, word: &str) -> u8 {
        self.after.get(word).copied().unwrap_or(0)
    }

    /// `word` (lowercase), as written, comes after a determiner.
    pub fn after_determiner(&self, word: &str) -> bool {
        self.before(word) & AFTER_DETERMINER != 0
    }

    /// `word` (lowercase) is used as a noun, or its singular is: "villes" of "une ville",
    /// where the plural only follows "de" ("de villes surprenantes"). A single lowercase word
    /// is a keyphrase only when it comes after a determiner somewhere ("les lycées", "un
    /// vélo"); a participle ("vendus", "retrouvé") never does.
    pub fn used_as_noun(&self, word: &str) -> bool {
        let singular = word
            .strip_suffix(['s', 'x'])
            .filter(|s| s.chars().count() > 2);
        self.after_determiner(word) || singular.is_some_and(|s| self.after_determiner(s))
    }

    /// The noun `lone` is made of, among the words met after a determiner: "handicap" ("un
    /// handicap") for the headline's "handicapé". Only a word `lone` opens on, of its stem, is
    /// one: an ending taken away ("-é", "-ées"), none added, so that "retrouvé" never becomes
    /// the verb of "le retrouver", nor "alerte" the plural of "ces alertes". The shortest
    /// wins, then the first in alphabetical order ("handicap" before "handicapé" for
    /// "handicapés"), whatever the table's order.
    pub fn noun_opening(&self, lone: &Keyphrase) -> Option<Keyphrase> {
        const SHORTEST_NOUN: usize = 4;
        let lower = segmenting::lowercase(&lone.text);
        self.after
            .iter()
            .filter(|(_, &before)| before & AFTER_DETERMINER != 0)
            .map(|(word, _)| word)
            .filter(|word| word.len() < lower.len() && lower.starts_with(word.as_ref()))
            .filter(|word| word.chars().count() >= SHORTEST_NOUN)
            .map(|word| Keyphrase::new(word))
            .filter(|noun| noun.stems == lone.stems)
            .min_by(|a, b| {
                let length = |k: &Keyphrase| k.text.chars().count();
                length(a).cmp(&length(b)).then_with(|| a.text.cmp(&b.text))
            })
    }

    /// `word` (lowercase) is a noun as a tag reads it: it comes after an article, a possessive,
    /// "au", "aux" ("des ruches", "aux abeilles"), or after "le", "la", "les", "de" when it has
    /// no infinitive's ending ("18 millions de masques", not "de manifester"): before a verb
    /// those are a pronoun and a preposition ("le retrouver").
    pub fn introduced_as_noun(&self, word: &str) -> bool {
        let before = self.before(word);
        let infinitive = || crate::lexicon::ends_like_infinitive(word);
        before & AFTER_ARTICLE != 0 || before & AFTER_LE_OR_DE != 0 && !infinitive()
    }
}

/// What `token` says of the word after it, as the bits of [`WordUses`]. Every such word is
/// ASCII, of at most five letters ("cette"), and no character beyond ASCII lowercases into
/// one (the Kelvin sign's "k" is in none): a longer token introduces nothing, nor one beyond
/// ASCII, whose bytes above 0x7f no word's number holds. The token's bytes are read as one
/// machine word, lowercased by their bit 0x20 (a capital's; letters, digits and the hyphen,
/// all a run holds, keep theirs, and no other byte becomes a letter by it), and compared
/// with each word's as numbers: a copy in lowercase matched as a slice cost some thirty
/// instructions a token, and every token of the lead is asked.
fn introduces(token: &str) -> u8 {
    const LE_OR_DE_DETERMINER: u8 = AFTER_LE_OR_DE | AFTER_DETERMINER;
    const ARTICLE_DETERMINER: u8 = AFTER_ARTICLE | AFTER_DETERMINER;
    let bytes = token.as_bytes();
    if bytes.len() > 5 {
        return 0;
    }
    let word = bytes
        .iter()
        .rev()
        .fold(0, |word, &byte| word << 8 | u64::from(byte | 0x20));
    match word {
        LE | LA | LES | L => LE_OR_DE_DETERMINER,
        DE | D => AFTER_LE_OR_DE,
        AU | AUX | NOS | VOS | MES | TES => AFTER_ARTICLE,
        CE | CES | CET | CETTE | DES | DU | LEUR | LEURS | SA | SES | SON | UN | UNE => {
            ARTICLE_DETERMINER
        }
        _ => 0,
    }
}

/// A word of up to eight ASCII bytes as [`introduces`] reads one: its first byte lowest.
const fn packed(word: &[u8]) -> u64 {
    let mut packed = 0;
    let mut at = word.len();
    while at > 0 {
        at -= 1;
        packed = packed << 8 | word[at] as u64;
    }
    packed
}

const LE: u64 = packed(b"le");
const LA: u64 = packed(b"la");
const LES: u64 = packed(b"les");
const L: u64 = packed(b"l");
const DE: u64 = packed(b"de");
const D: u64 = packed(b"d");
const AU: u64 = packed(b"au");
const AUX: u64 = packed(b"aux");
const NOS: u64 = packed(b"nos");
const VOS: u64 = packed(b"vos");
const MES: u64 = packed(b"mes");
const TES: u64 = packed(b"tes");
const CE: u64 = packed(b"ce");
const CES: u64 = packed(b"ces");
const CET: u64 = packed(b"cet");
const CETTE: u64 = packed(b"cette");
const DES: u64 = packed(b"des");
const DU: u64 = packed(b"du");
const LEUR: u64 = packed(b"leur");
const LEURS: u64 = packed(b"leurs");
const SA: u64 = packed(b"sa");
const SES: u64 = packed(b"ses");
const SON: u64 = packed(b"son");
const UN: u64 = packed(b"un");
const UNE: u64 = packed(b"une");

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::borrow::Cow;

    /// `word` comes somewhere in `texts` right after a token, lowercase, that `before` accepts.
    fn follows(word: &str, texts: &[&str], before: impl Fn(&str) -> bool) -> bool {
        let mut previous = "";
        let tokens = texts
            .iter()
            .flat_map(|text| segmenting::hyphenated_runs(text));
        for token in tokens {
            if segmenting::with_lowercase(token, |token| token == word)
                && segmenting::with_lowercase(previous, &before)
            {
                return true;
            }
            previous = token;
        }
        false
    }

    /// `after_determiner` as first written: every token lowercased, the text split by the
    /// standard library.
    fn after_determiner_simply(word: &str, texts: &[&str]) -> bool {
        let mut previous = Cow::Borrowed("");
        let tokens = texts
            .iter()
            .flat_map(|text| text.split(|c: char| !c.is_alphanumeric() && c != '-'));
        for token in tokens {
            if token.is_empty() {
                continue;
            }
            let lower = segmenting::lowercase(token);
            if lower == word && crate::lexicon::is_determiner(&previous) {
                return true;
            }
            previous = lower;
        }
        false
    }

    /// `introduced_as_noun` as first written: a scan of the texts for the one word.
    fn introduced_as_noun_simply(word: &str, texts: &[&str]) -> bool {
        let infinitive = ["er", "ir", "re", "oir"].iter().any(|e| word.ends_with(e));
        let clitic = |previous: &str| matches!(previous, "le" | "la" | "les" | "l");
        let before_a_noun = |previous: &str| {
            crate::lexicon::is_determiner(previous) && !(infinitive && clitic(previous))
                || matches!(previous, "au" | "aux" | "nos" | "vos" | "mes" | "tes")
                || !infinitive && matches!(previous, "de" | "d")
        };
        follows(word, texts, before_a_noun)
    }

    #[test]
    fn the_determiners_read_by_their_bytes_are_the_lexicon_s() {
        let others = [
            "de", "d", "au", "aux", "nos", "lesquels", "Dé", "ſa", "\u{212a}", "",
        ];
        for word in crate::lexicon::DETERMINERS.iter().copied().chain(others) {
            for form in [word.to_string(), word.to_uppercase()] {
                let lower = form.to_lowercase();
                assert_eq!(
                    introduces(&form) & AFTER_DETERMINER != 0,
                    crate::lexicon::is_determiner(&lower),
                    "{form}"
                );
            }
        }
        assert_eq!(introduces("Les"), AFTER_LE_OR_DE | AFTER_DETERMINER);
        assert_eq!(introduces("CETTE"), AFTER_ARTICLE | AFTER_DETERMINER);
        assert_eq!(introduces("aux"), AFTER_ARTICLE);
        assert_eq!(introduces("D"), AFTER_LE_OR_DE);
        assert_eq!(
            introduces("lesquels") | introduces("Dé") | introduces("ſa"),
            0
        );
    }

    #[test]
    fn a_headline_s_adjective_gives_way_to_the_noun_the_text_makes_of_it() {
        // RTL info: "« Je suis handicapé, mais j’ai la chance de travailler »" over a text that
        // speaks of "un handicap" and never writes "handicapé" after a determiner.
        let lead = [
            "L’article relatif aux déclarations du libéral flamand Karel De Gucht concernant les personnes souffrant d’un handicap a fait réagir nos internautes.",
            "Souffrant d’un handicap, notre internaute est cependant plutôt d’accord avec Karel De Gucht.",
            "Ça a été dur pour moi de trouver du boulot car beaucoup d’employeurs ont peur d’engager une personne avec handicap.",
        ];
        let noun_of = |lone: &str, lead: &[&str]| {
            let uses = WordUses::of(lead.iter().copied());
            assert!(!uses.used_as_noun(lone), "{lone}");
            uses.noun_opening(&Keyphrase::new(lone)).map(|k| k.text)
        };
        assert_eq!(noun_of("handicapé", &lead), Some("handicap".to_string()));
        assert_eq!(noun_of("handicapés", &lead), Some("handicap".to_string()));
        // Le Point: "le retrouver" is a verb after its pronoun, longer than the headline's
        // "retrouvé"; Le Figaro: "ces alertes" adds an ending to "alerte".
        let search = ["D’importants moyens ont été déployés pour tenter de le retrouver."];
        assert_eq!(noun_of("retrouvé", &search), None);
        let sirens = ["Ces alertes sonnent le premier mercredi du mois."];
        assert_eq!(noun_of("alerte", &sirens), None);
    }

    /// [`introduces`] as first written: the token copied in lowercase, matched as a slice.
    fn introduces_by_slice(token: &str) -> u8 {
        let lower = token.to_ascii_lowercase();
        if lower.len() > 5 || !lower.is_ascii() {
            return 0;
        }
        match lower.as_str() {
            "le" | "la" | "les" | "l" => AFTER_LE_OR_DE | AFTER_DETERMINER,
            "de" | "d" => AFTER_LE_OR_DE,
            "au" | "aux" | "nos" | "vos" | "mes" | "tes" => AFTER_ARTICLE,
            "ce" | "ces" | "cet" | "cette" | "des" | "du" | "leur" | "leurs" | "sa" | "ses"
            | "son" | "un" | "une" => AFTER_ARTICLE | AFTER_DETERMINER,
            _ => 0,
        }
    }

    proptest! {
        /// The token read as a number introduces what its lowercase copy does, whatever its
        /// bytes: the bit that lowercases a capital turns no other byte into a letter
        /// ("@", "[", control characters).
        #[test]
        fn introducers_read_as_numbers_are_those_read_as_text(
            token in "(L|l|E|e|S|s|D|d|U|u|N|n|C|c|T|t|A|a|X|@|\\[|`|\u{c}|\u{5}|-|é|\u{212a}){0,6}",
        ) {
            prop_assert_eq!(introduces(&token), introduces_by_slice(&token), "{:?}", token);
        }

        /// The table read once finds the nouns a scan of the texts for each word finds.
        #[test]
        fn introduced_as_noun_is_the_scan_for_each_word(
            texts in proptest::collection::vec(
                "((Le|le|LES|les|l’|d’|De|de|Au|aux|nos|cette|Un|une|retrouver|ruches|RUCHES|masques|Écoles|écoles|ſ|[a-zé]{1,3})[ ,.’'-]{1,2}){0,14}",
                0..3,
            ),
        ) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let uses = WordUses::of(texts.iter().copied());
            for word in ["retrouver", "ruches", "masques", "écoles", "le", "ab", "ſ"] {
                prop_assert_eq!(
                    uses.introduced_as_noun(word),
                    introduced_as_noun_simply(word, &texts),
                    "{}",
                    word
                );
            }
        }

        /// The words the table finds after determiners are those a scan for each word that
        /// lowercases every token finds.
        #[test]
        fn after_determiner_is_the_simple_scan(
            words in proptest::collection::vec("vélo|lycées|ètè|k|ſ|ab|vélos", 1..5),
            texts in proptest::collection::vec(
                "((Un|un|LES|les|Le|Cette|CES|D|d’|l'|L’|\u{212a}|ſ|VÉLO|Vélo|vélo|vélos|lycées|LYCÉES|ÈTÈ|AB|Ab|K|[a-zé]{1,3})[ ,.’'-]{1,2}){0,12}",
                0..3,
            ),
        ) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let uses = WordUses::of(texts.iter().copied());
            for word in &words {
                prop_assert_eq!(uses.after_determiner(word), after_determiner_simply(word, &texts), "{}", word);
            }
        }
    }
}
