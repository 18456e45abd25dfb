//! Language: is this text French, and which paragraphs are not?
//!
//! whatlang is a trigram model; it needs a few dozen words to be sure, so the document verdict
//! uses a bounded sample (enough for accuracy, cheap on a 50 MB input) and the paragraph verdict
//! also asks a stop-word vote, which is what decides short lines such as an English brief glued
//! above a French article.
//!
//! Almost every input is French, and for French prose a cheaper test is as sure: its function
//! words ("les", "des", "du", "dans", "avec"…) make a seventh to a sixth of its words, and the
//! Romance languages that share some of them share few ("les" and "des" in Catalan, "qui" in
//! Italian).
//! When the sample is long enough and clears both bars of `french_by_function_words`, it is
//! French without asking the trigram model, which cost a tenth of a rewrite (140 µs on 2 KB).

use crate::segmenting::{is_letter, lowercase};
use whatlang::Lang;

/// How many bytes of text the document-level detection reads. Trigram statistics settle long
/// before this; reading the whole of a huge input would only cost time.
pub const SAMPLE_BYTES: usize = 2 * 1024;

/// The detected language of a text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Detection {
    /// ISO 639-3 code, as whatlang reports it ("fra", "eng").
    pub code: String,
    /// English name of the language ("French").
    pub name: String,
    /// whatlang's confidence, or 1 when the function-word rule decided (it only decides on
    /// overwhelming evidence).
    pub confidence: f64,
    /// What decided: "function words" or "trigrams".
    pub method: &'static str,
}

impl Detection {
    pub fn is_french(&self) -> bool {
        self.code == "fra"
    }
}

/// Detect the language of `text` from a bounded sample. `None` when nothing can be said (no
/// letters at all).
pub fn detect(text: &str) -> Option<Detection> {
    let sample = sample(text);
    if french_by_function_words(sample) {
        return Some(Detection {
            code: Lang::Fra.code().to_string(),
            name: Lang::Fra.eng_name().to_string(),
            confidence: 1.0,
            method: "function words",
        });
    }
    let info = whatlang::detect(sample)?;
    Some(Detection {
        code: info.lang().code().to_string(),
        name: info.lang().eng_name().to_string(),
        confidence: info.confidence(),
        method: "trigrams",
    })
}

/// The longest marker word of any list here, in bytes ("après", "était"). A longer word cannot
/// be a marker: the one capital whose lowercase is shorter and spells a marker letter, the
/// Kelvin sign for "k", still makes "MAKE" no longer than this.
const MAX_MARKER_BYTES: usize = 6;

/// Function words that French uses constantly and its neighbours rarely or never.
const FRENCH_ONLY: &[&str] = &[
    "après", "au", "aux", "avait", "avec", "ces", "cette", "dans", "des", "du", "elle", "elles",
    "entre", "est", "et", "ils", "les", "leur", "leurs", "mais", "ont", "pas", "pour", "qui",
    "selon", "ses", "sont", "sur", "une", "était", "été",
];

/// Bars of the function-word rule. Measured on the seed articles: 143–172 ‰ of their words,
/// 15–23 distinct markers in 2 KB; the same news paragraph in Spanish, Italian, Portuguese and
/// Catalan: 0–53 ‰, at most 3 distinct; in English, none.
const MIN_SAMPLE_WORDS: usize = 30;
const MIN_MARKER_PER_MILLE: usize = 100;
const MIN_DISTINCT_MARKERS: usize = 8;

/// The sample is French beyond doubt: long enough, with French-only function words making at
/// least a tenth of its words, and enough different ones that no single loanword or name
/// ("Les Échos", "Des Moines") can pass it.
fn french_by_function_words(sample: &str) -> bool {
    let mut words = 0;
    let mut hits = 0;
    let mut seen = [false; FRENCH_ONLY.len()];
    for_each_word(sample, |lower| {
        words += 1;
        if let Some(i) = lower.and_then(french_only_index) {
            hits += 1;
            seen[i] = true;
        }
    });
    let distinct = seen.iter().filter(|&&s| s).count();
    words >= MIN_SAMPLE_WORDS
        && hits * 1000 >= words * MIN_MARKER_PER_MILLE
        && distinct >= MIN_DISTINCT_MARKERS
}

/// Where the lowercase word stands in [`FRENCH_ONLY`], if it is there: a `match` on its
/// bytes, which the compiler sorts by length and byte, where a binary search of the list
/// called `memcmp` five times for every short word of the sample.
fn french_only_index(lower: &[u8]) -> Option<usize> {
    match lower {
        // "après", spelled in bytes: a byte string holds ASCII only.
        [97, 112, 114, 195, 168, 115] => Some(0),
        b"au" => Some(1),
        b"aux" => Some(2),
        b"avait" => Some(3),
        b"avec" => Some(4),
        b"ces" => Some(5),
        b"cette" => Some(6),
        b"dans" => Some(7),
        b"des" => Some(8),
        b"du" => Some(9),
        b"elle" => Some(10),
        b"elles" => Some(11),
        b"entre" => Some(12),
        b"est" => Some(13),
        b"et" => Some(14),
        b"ils" => Some(15),
        b"les" => Some(16),
        b"leur" => Some(17),
        b"leurs" => Some(18),
        b"mais" => Some(19),
        b"ont" => Some(20),
        b"pas" => Some(21),
        b"pour" => Some(22),
        b"qui" => Some(23),
        b"selon" => Some(24),
        b"ses" => Some(25),
        b"sont" => Some(26),
        b"sur" => Some(27),
        b"une" => Some(28),
        // "était", spelled in bytes: a byte string holds ASCII only.
        [195, 169, 116, 97, 105, 116] => Some(29),
        // "été", spelled in bytes: a byte string holds ASCII only.
        [195, 169, 116, 195, 169] => Some(30),
        _ => None,
    }
}

/// `read(lowercase(word).as_bytes())` for a word of at most [`MAX_MARKER_BYTES`]: an ASCII one,
/// as nearly all are, lowercased on the stack, where a capitalised one ("Les", "Dans") was
/// copied to the heap. Bytes compare and sort as the strings they spell.
fn with_short_lowercase<R>(word: &str, read: impl FnOnce(&[u8]) -> R) -> R {
    let mut buffer = [0u8; MAX_MARKER_BYTES];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            // Byte by byte: a copy of a few bytes was a call to `memcpy` for each word.
            for (l, b) in lower.iter_mut().zip(word.as_bytes()) {
                *l = b.to_ascii_lowercase();
            }
            read(lower)
        }
        _ => read(lowercase(word).as_bytes()),
    }
}

/// `word`, lowercase, is one of `markers`.
#[cfg(test)]
fn is_marker(markers: &[&str], word: &[u8]) -> bool {
    markers.iter().any(|marker| marker.as_bytes() == word)
}

/// `word`, lowercase, is one of the French function words of the paragraph vote
/// (`FRENCH_MARKERS`, kept for the tests): a `match` on its bytes, where a scan of
/// the list compared it with each marker of its length.
fn french_marker(word: &[u8]) -> bool {
    matches!(
        word,
        b"au"
            | b"aux"
            | b"avec"
            | b"ce"
            | b"dans"
            | b"de"
            | b"des"
            | b"du"
            | b"elle"
            | b"est"
            | b"et"
            | b"il"
            | b"la"
            | b"le"
            | b"les"
            | b"pour"
            | b"que"
            | b"qui"
            | b"sur"
            | b"un"
            | b"une"
    )
}

/// `word`, lowercase, is one of the English function words of the paragraph vote
/// (`ENGLISH_MARKERS`, see [`french_marker`]).
fn english_marker(word: &[u8]) -> bool {
    matches!(
        word,
        b"a" | b"and"
            | b"are"
            | b"at"
            | b"be"
            | b"for"
            | b"in"
            | b"is"
            | b"it"
            | b"let"
            | b"make"
            | b"of"
            | b"on"
            | b"the"
            | b"there"
            | b"this"
            | b"to"
            | b"with"
    )
}

fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The French function words of the paragraph vote: what [`french_marker`] matches, kept as a
/// list for the tests that hold the `match` to it.
#[cfg(test)]
const FRENCH_MARKERS: &[&str] = &[
    "au", "aux", "avec", "ce", "dans", "de", "des", "du", "elle", "est", "et", "il", "la", "le",
    "les", "pour", "que", "qui", "sur", "un", "une",
];
/// The English function words of the paragraph vote: what [`english_marker`] matches (see
/// `FRENCH_MARKERS`).
#[cfg(test)]
const ENGLISH_MARKERS: &[&str] = &[
    "a", "and", "are", "at", "be", "for", "in", "is", "it", "let", "make", "of", "on", "the",
    "there", "this", "to", "with",
];

/// A paragraph inside a French article is foreign when whatlang names another language and
/// English function words outnumber French ones. Both must agree, so that a French paragraph
/// full of proper nouns is never dropped.
pub fn is_foreign_paragraph(text: &str) -> bool {
    let (french, english) = marker_votes(text);
    // The vote is cheap and settles almost every paragraph; the trigram model only confirms.
    english > french
        && (french == 0 || whatlang::detect_lang(text).is_some_and(|lang| lang != Lang::Fra))
}

/// How many of the text's words (runs of [`is_letter`]) are French markers and how many
/// English ones. Every paragraph of every article is asked, a few hundred bytes each.
fn marker_votes(text: &str) -> (usize, usize) {
    let (mut french, mut english) = (0, 0);
    for_each_word(text, |lower| {
        if let Some(lower) = lower {
            french += usize::from(french_marker(lower));
            english += usize::from(english_marker(lower));
        }
    });
    (french, english)
}

/// Calls `word` with each word of `text` (each run of [`is_letter`]), in order: its lowercase
/// form when it is short enough to be a marker (at most [`MAX_MARKER_BYTES`]), `None` for a
/// longer one.
///
/// One pass over the bytes: ASCII letters pass eight at a time ([`ascii_letters`]), a
/// Latin-1 character by its lead byte (0xC3: a letter but × and ÷); any other character is
/// decoded and asked [`is_letter`]. A short word in ASCII is lowercased on the stack by its
/// bytes' bit 0x20. Splitting the text on `!is_letter` decoded every character, some twenty
/// instructions a byte, and a short word was asked whether it was ASCII again.
fn for_each_word(text: &str, mut word: impl FnMut(Option<&[u8]>)) {
    let bytes = text.as_bytes();
    // Where the run of letters being read opened, whether it is ASCII so far, and the byte
    // being read.
    let mut start = 0;
    let mut ascii = true;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(&chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
            let letters = ascii_letters(u64::from_le_bytes(chunk));
            at += letters;
            if letters == 8 {
                continue;
            }
        }
        let Some(&byte) = bytes.get(at) else {
            break;
        };
        let (letter, len) = match byte {
            b'a'..=b'z' | b'A'..=b'Z' => {
                at += 1;
                continue;
            }
            0x00..=0x7f => (false, 1),
            // U+00C0–U+00FF: valid UTF-8 follows 0xC3 with one continuation byte, and only
            // × (C3 97) and ÷ (C3 B7) are not letters.
            0xc3 => (!matches!(bytes.get(at + 1), Some(0x97 | 0xb7)), 2),
            _ => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) => (is_letter(c), c.len_utf8()),
                None => break,
            },
        };
        if letter {
            ascii = false;
        } else {
            call_with_word(text, start, at, ascii, &mut word);
            start = at + len;
            ascii = true;
        }
        at += len;
    }
    call_with_word(text, start, bytes.len(), ascii, &mut word);
}

/// Calls `word` as [`for_each_word`] does with `text[start..end]`, if that is a word:
/// `ascii` when it is all ASCII (then made of ASCII letters).
#[inline]
fn call_with_word(
    text: &str,
    start: usize,
    end: usize,
    ascii: bool,
    word: &mut impl FnMut(Option<&[u8]>),
) {
    if end <= start {
        return;
    }
    // Every marker is short: a longer word is none of them.
    if end - start > MAX_MARKER_BYTES {
        word(None);
        return;
    }
    if ascii {
        let mut buffer = [0u8; MAX_MARKER_BYTES];
        let letters = text.as_bytes().get(start..end).unwrap_or_default();
        // An ASCII letter is lowercased by its bit 0x20.
        for (lower, byte) in buffer.iter_mut().zip(letters) {
            *lower = byte | 0x20;
        }
        word(Some(&buffer[..letters.len()]));
    } else if let Some(short) = text.get(start..end) {
        with_short_lowercase(short, |lower| word(Some(lower)));
    }
}

/// How many of the eight bytes of `chunk` (read little-endian: its first byte lowest) are
/// ASCII letters before the first that is not, by the bits of the eight at once: a byte is a
/// letter when its high bit is clear and, its bit 0x20 set, it lies within `a..=z`.
fn ascii_letters(chunk: u64) -> usize {
    use crate::eight_bytes::{ascii_letters, leading_set};
    leading_set(ascii_letters(chunk))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every marker and a few other words are found by the `match`es as by the lists.
    #[test]
    fn marker_matches_are_the_lists() {
        let words = FRENCH_ONLY
            .iter()
            .chain(FRENCH_MARKERS)
            .chain(ENGLISH_MARKERS)
            .chain(&[
                "", "a", "e", "été", "étai", "étaient", "le", "lez", "zz", "apres", "après!",
            ]);
        for word in words {
            let bytes = word.as_bytes();
            assert_eq!(
                french_only_index(bytes),
                FRENCH_ONLY
                    .binary_search_by(|m| m.as_bytes().cmp(bytes))
                    .ok(),
                "{word}"
            );
            assert_eq!(
                french_marker(bytes),
                is_marker(FRENCH_MARKERS, bytes),
                "{word}"
            );
            assert_eq!(
                english_marker(bytes),
                is_marker(ENGLISH_MARKERS, bytes),
                "{word}"
            );
        }
    }

    /// The vote as first written: the text split on every character that is no letter.
    fn marker_votes_by_split(text: &str) -> (usize, usize) {
        let (mut french, mut english) = (0, 0);
        for word in text
            .split(|c: char| !is_letter(c))
            .filter(|w| !w.is_empty())
        {
            if word.len() > MAX_MARKER_BYTES {
                continue;
            }
            with_short_lowercase(word, |lower| {
                french += usize::from(french_marker(lower));
                english += usize::from(english_marker(lower));
            });
        }
        (french, english)
    }

    /// The function-word rule as first written: the sample split on every character that is
    /// no letter.
    fn french_by_function_words_by_split(sample: &str) -> bool {
        let mut words = 0;
        let mut hits = 0;
        let mut seen = [false; FRENCH_ONLY.len()];
        for word in sample
            .split(|c: char| !is_letter(c))
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if word.len() > MAX_MARKER_BYTES {
                continue;
            }
            if let Some(i) = with_short_lowercase(word, french_only_index) {
                hits += 1;
                seen[i] = true;
            }
        }
        let distinct = seen.iter().filter(|&&s| s).count();
        words >= MIN_SAMPLE_WORDS
            && hits * 1000 >= words * MIN_MARKER_PER_MILLE
            && distinct >= MIN_DISTINCT_MARKERS
    }

    /// Every word of the split, lowercased when short, in order.
    fn words_by_split(text: &str) -> Vec<Option<Vec<u8>>> {
        text.split(|c: char| !is_letter(c))
            .filter(|w| !w.is_empty())
            .map(|w| (w.len() <= MAX_MARKER_BYTES).then(|| with_short_lowercase(w, <[u8]>::to_vec)))
            .collect()
    }

    fn words_by_bytes(text: &str) -> Vec<Option<Vec<u8>>> {
        let mut words = Vec::new();
        for_each_word(text, |lower| words.push(lower.map(<[u8]>::to_vec)));
        words
    }

    /// The one pass over the bytes finds the words of the split, and the function-word rule
    /// decides as first written, on the seeds (each paragraph, line, and the sample of the
    /// whole, in French, in English words, in capitals) and edge cases.
    #[test]
    fn words_and_function_word_rule_are_those_of_the_split_on_real_text() {
        let mut texts = vec![
            "LES «\u{a0}gilets jaunes\u{a0}» et l'État, d’une\r\nÉTÉ À l’ÉLYSÉE".to_string(),
            "MAKE \u{212a}ELVIN MA\u{212a}E İl éTAIT été après APRÈS".to_string(),
        ];
        for text in crate::test_texts::seed_texts() {
            texts.extend(text.split("\n\n").map(str::to_string));
            texts.push(sample(&text).to_string());
            texts.push(sample(&text).to_uppercase());
        }
        let mut french = 0;
        for text in &texts {
            assert_eq!(words_by_bytes(text), words_by_split(text), "{text:?}");
            let rule = french_by_function_words(text);
            assert_eq!(rule, french_by_function_words_by_split(text), "{text:?}");
            french += usize::from(rule);
        }
        assert!(french >= 5, "the seeds' samples are French by the rule");
    }

    /// The one pass over the bytes counts the votes of the split, on the seeds' lines and
    /// paragraphs (real French copy) and on edge cases.
    #[test]
    fn marker_votes_are_those_of_the_split_on_real_text() {
        let mut texts: Vec<String> = [
            "",
            "le",
            "Le Belarus sert de tampon contre l’OTAN.",
            "LES «\u{a0}gilets jaunes\u{a0}» et the people, ÷ the×le, l'État, d’une\r\nthe end",
            "MAKE \u{212a}ELVIN MA\u{212a}E make İt Öl ÿ the\u{2009}and\u{202f}of",
            "œuvre the Œ and\u{300}the a\u{0301}nd de la",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(crate::test_texts::seed_lines_and_texts());
        assert!(texts.len() > 50);
        for text in &texts {
            assert_eq!(marker_votes(text), marker_votes_by_split(text), "{text:?}");
        }
    }

    /// Every byte, alone and among letters, is counted by the bits as one by one.
    #[test]
    fn ascii_letters_are_counted_as_one_by_one() {
        let one_by_one =
            |chunk: [u8; 8]| chunk.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        for byte in 0..=255u8 {
            for at in 0..8 {
                let mut chunk = *b"abcdXYZw";
                chunk[at] = byte;
                assert_eq!(
                    ascii_letters(u64::from_le_bytes(chunk)),
                    one_by_one(chunk),
                    "{chunk:?}"
                );
                let chunk = [byte; 8];
                assert_eq!(
                    ascii_letters(u64::from_le_bytes(chunk)),
                    one_by_one(chunk),
                    "{chunk:?}"
                );
            }
        }
    }

    proptest::proptest! {
        /// Any eight bytes are counted by the bits as one by one.
        #[test]
        fn ascii_letters_of_any_bytes(chunk in proptest::array::uniform8(proptest::prelude::any::<u8>())) {
            let one_by_one = chunk.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            proptest::prop_assert_eq!(ascii_letters(u64::from_le_bytes(chunk)), one_by_one);
        }

        /// The one pass over the bytes finds the words of the split, and the function-word
        /// rule decides as first written.
        #[test]
        fn words_are_those_of_the_split(
            text in "([a-zA-Z’'«»éÉèàÀçœŒ×÷ÿŸİ\u{212a}\u{a0}\u{202f}\u{300}\r\n .,:;!?-]{0,9}|(les|the|et|des|été|était|Une|qui|DANS) ){0,40}|\\PC{0,24}"
        ) {
            proptest::prop_assert_eq!(words_by_bytes(&text), words_by_split(&text));
            proptest::prop_assert_eq!(
                french_by_function_words(&text),
                french_by_function_words_by_split(&text)
            );
        }

        /// The one pass over the bytes counts the votes of the split.
        #[test]
        fn marker_votes_are_those_of_the_split(
            text in "([a-zA-Z’'«»éÉèàÀçœŒ×÷ÿŸİ\u{212a}\u{a0}\u{202f}\u{300}\r\n .,:;!?-]{0,8}|(le|the|and|de|of|MAKE|Les|ÉTÉ) ){0,12}|\\PC{0,24}"
        ) {
            proptest::prop_assert_eq!(marker_votes(&text), marker_votes_by_split(&text));
        }

        /// The `match`es find what the lists find.
        #[test]
        fn marker_matches_agree_with_the_lists(word in "[a-zéèàêt]{0,6}") {
            let bytes = word.as_bytes();
            proptest::prop_assert_eq!(
                french_only_index(bytes),
                FRENCH_ONLY.binary_search_by(|m| m.as_bytes().cmp(bytes)).ok()
            );
            proptest::prop_assert_eq!(french_marker(bytes), is_marker(FRENCH_MARKERS, bytes));
            proptest::prop_assert_eq!(english_marker(bytes), is_marker(ENGLISH_MARKERS, bytes));
        }

        /// A short word lowercased on the stack is its lowercase form.
        #[test]
        fn short_lowercase_is_lowercase(word in "[a-zA-ZéÉİK]{0,7}") {
            let lower = with_short_lowercase(&word, <[u8]>::to_vec);
            let expected = lowercase(&word);
            proptest::prop_assert_eq!(lower, expected.as_bytes());
        }
    }

    #[test]
    fn french_news_is_french() {
        let d = detect("Le président russe Vladimir Poutine s’entretient à Moscou avec son homologue biélorusse sur l’élargissement des liens économiques entre les deux pays.").unwrap();
        assert!(d.is_french(), "{d:?}");
    }

    #[test]
    fn english_news_is_not() {
        let d = detect("Russian President Vladimir Putin met his Belarusian counterpart in Moscow on Wednesday to discuss closer defence and economic ties between the two countries.").unwrap();
        assert_eq!(d.code, "eng");
    }

    #[test]
    fn french_markers_are_sorted_for_binary_search() {
        assert!(FRENCH_ONLY.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn no_marker_is_longer_than_the_length_cut() {
        let lists = [FRENCH_ONLY, FRENCH_MARKERS, ENGLISH_MARKERS];
        assert!(lists
            .iter()
            .flat_map(|l| l.iter())
            .all(|w| w.len() <= MAX_MARKER_BYTES));
    }

    #[test]
    fn function_words_decide_french_prose_and_nothing_else() {
        let french = "Le président russe Vladimir Poutine a rencontré vendredi son homologue biélorusse à Moscou pour discuter de la coopération militaire et économique entre les deux pays, selon un communiqué du Kremlin. Les entretiens ont porté sur la défense commune et sur les prêts que la Russie accorde à Minsk depuis des années.";
        assert!(french_by_function_words(french));
        assert_eq!(detect(french).unwrap().method, "function words");
        let others = [
            "El presidente ruso, Vladimir Putin, se reunió el viernes con su homólogo bielorruso en Moscú para discutir la cooperación militar y económica entre los dos países, según informó el Kremlin en un comunicado. Las conversaciones se centraron en la defensa común y en los préstamos que Rusia concede a Minsk desde hace años.",
            "El president rus Vladimir Putin es va reunir divendres amb el seu homòleg bielorús a Moscou per discutir la cooperació militar i econòmica entre els dos països, segons va informar el Kremlin en un comunicat. Les converses es van centrar en la defensa comuna i en els préstecs que Rússia concedeix a Minsk des de fa anys.",
            "Il presidente russo Vladimir Putin ha incontrato venerdì il suo omologo bielorusso a Mosca per discutere della cooperazione militare ed economica tra i due paesi, secondo quanto riferito dal Cremlino in una nota. I colloqui si sono concentrati sulla difesa comune e sui prestiti che la Russia concede a Minsk da anni.",
        ];
        for text in others {
            assert!(!french_by_function_words(text), "{text}");
            let d = detect(text).unwrap();
            assert!(!d.is_french() && d.method == "trigrams", "{d:?}");
        }
        // Too short to be sure: the trigram model decides.
        assert!(!french_by_function_words("Les deux pays et les armes."));
    }

    #[test]
    fn english_instruction_paragraph_is_foreign() {
        assert!(is_foreign_paragraph("Make this article seo compatible,Let there be subheadings for the article, be in french, create at least 700 words"));
        assert!(!is_foreign_paragraph(
            "Le Belarus sert de tampon contre le bloc militaire occidental de l’OTAN."
        ));
        assert!(!is_foreign_paragraph(
            "Vladimir Poutine, Alexandre Loukachenko."
        ));
    }
}
