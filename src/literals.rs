//! Exact prefilters for case-insensitive patterns: the literals a match must contain.
//!
//! Compiling a pattern with Unicode classes (`\W`, `\p{L}`) costs more than reading an
//! article, and most lines can be told not to match by a plain search for the words every
//! match contains. A prefilter here only ever says "cannot match" when the pattern cannot,
//! so the pattern is compiled and run only on lines that may match, and what is found is
//! the same.
//!
//! The literals are ASCII, compared ASCII-caselessly. Under the `(?i)` of the `regex` crate
//! (Unicode simple case folding) two characters that are not ASCII match ASCII letters: the
//! Kelvin sign (U+212A) matches `k` and the long s (U+017F) matches `s`. A text holding either
//! is therefore never rejected ([`Literals::may_match`]).

use std::cell::RefCell;
use std::sync::OnceLock;

thread_local! {
    /// The ASCII lowercase of the line [`Literals::may_match`] reads, written over for each
    /// line holding a capital: a new string for each was 2,200 allocations a pass of the 75
    /// real articles.
    static LOWERED: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// The most bytes [`LOWERED`] keeps room for after a line: far more than a line of an
/// article, far less than a huge input's single line.
const KEPT_LOWERED_BYTES: usize = 1 << 16;

/// Characters that `(?i)` matches to an ASCII letter although they are not ASCII.
pub const FOLDING_TO_ASCII: [char; 2] = ['\u{212A}', '\u{17F}'];

/// `text` holds a character of [`FOLDING_TO_ASCII`]: their last bytes (U+212A is E2 84 AA,
/// U+017F is C5 BF) found by one `memchr2`, and the bytes before them compared. A lead byte is
/// never another character's continuation, so those bytes are those characters. `str::contains`
/// of a character beyond ASCII searches for its UTF-8 as a string, and set up a two-way
/// searcher for each of the two characters at every call: asked of most lines the structure
/// stage tests, each time a literal is not found.
pub fn holds_folding_to_ascii(text: &str) -> bool {
    // The bytes compared below are those of the listed characters.
    const _: () =
        assert!(FOLDING_TO_ASCII[0] as u32 == 0x212A && FOLDING_TO_ASCII[1] as u32 == 0x17F);
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xAA, 0xBF, bytes).any(|at| match bytes[at] {
        0xAA => at >= 2 && bytes[at - 2..at] == [0xE2, 0x84],
        _ => at >= 1 && bytes[at - 1] == 0xC5,
    })
}

/// A fixed string looked for in many texts, its `memmem` searcher built the first time it is
/// asked: `memmem::find` builds one at every call on a text of 64 bytes or more (the
/// needle's rarest bytes chosen, a vector searcher set up, some 200 instructions), and the
/// strings here are asked of every paragraph, line or description candidate.
pub struct Needle {
    bytes: &'static [u8],
    finder: OnceLock<memchr::memmem::Finder<'static>>,
}

impl Needle {
    pub const fn new(bytes: &'static [u8]) -> Needle {
        Needle {
            bytes,
            finder: OnceLock::new(),
        }
    }

    fn finder(&self) -> &memchr::memmem::Finder<'static> {
        self.finder
            .get_or_init(|| memchr::memmem::Finder::new(self.bytes))
    }

    /// Where the string first stands in `haystack`.
    pub fn find(&self, haystack: &[u8]) -> Option<usize> {
        self.finder().find(haystack)
    }

    /// Whether `haystack` holds the string.
    pub fn is_in(&self, haystack: &[u8]) -> bool {
        self.find(haystack).is_some()
    }

    /// Where the string stands in `haystack`, none overlapping the one before.
    pub fn find_iter<'h>(&'h self, haystack: &'h [u8]) -> memchr::memmem::FindIter<'h, 'h> {
        self.finder().find_iter(haystack)
    }
}

/// A full stop and a space: where a sentence may end, looked for in every line the structure
/// stage reads for a label or a sentence.
pub static STOP_THEN_SPACE: Needle = Needle::new(b". ");

/// Groups of literals, searched for all at once: which groups have a literal in a text.
///
/// Literals are indexed by their first two bytes, and a text is read two bytes at a time: a
/// bitmap of the pairs that open a literal passes over most positions, and the literals of a
/// pair that does are compared there. An Aho-Corasick automaton of the same literals searched
/// no faster and took 1.5 M instructions to build, a fifth of a short article's run.
///
/// A pair's literals are found by its rank among the bitmap's pairs (the bits set before
/// it), where a hash map of the pairs was hashed and probed at every position the bitmap
/// passed: the structure stage asks this of most lines, and this was 3 % of a batch.
///
/// A pair is numbered by seven bits of each byte (`folded_pair`), so the bitmap is 2 KB and
/// its ranks 0.5 KB: with a bit for every pair of bytes it was 10 KB an index, and the five
/// indexes a one-file run builds were faulted in page by page (about 20 of a light article's
/// 335 page faults) and read at random beside the text in a batch, more than the
/// first-level data cache holds.
///
/// Each position is first tested against a bitmap of the literals' first three bytes
/// (`opening_triples`), and only one that passes looks its pair up: one position in nine
/// opens a literal's pair in French text, where one in thirty opens its first three bytes
/// (the 75 articles of bench/callgrind.sh: 331,496 bytes searched, 38,649 of them opening
/// a pair, 11,490 a literal's first three bytes), and each pair that passed cost a rank (a
/// count of bits) and two literals compared.
pub struct Literals {
    /// Bit `triple_bit(a, b, c)` set for the first three bytes of every literal, and, for a
    /// literal of two bytes, for its two bytes followed by any byte.
    opening_triples: Box<[u64; TRIPLE_WORDS]>,
    /// Bit `pair` set when a literal opens on two bytes whose [`folded_pair`] is `pair`.
    opening_pairs: Box<[u64; PAIR_WORDS]>,
    /// The bits set in the words of `opening_pairs` before each one.
    ranks: Box<[u16; PAIR_WORDS]>,
    /// The literals, those of a pair together, the pairs in order.
    literals: Vec<Literal>,
    /// Where the literals of the pair of each rank start in `literals`, and, last, their
    /// number.
    starts: Vec<u32>,
    /// Every literal's bytes in ASCII lowercase, one after the other: one allocation where
    /// each literal was one of its own (some 800 for the noise families' indexes, every
    /// one-file run), and eight bytes a [`Literal`] where a boxed one took twenty-four.
    bytes: Box<[u8]>,
}

/// A literal: where its bytes lie in [`Literals::bytes`], and its group.
struct Literal {
    start: u32,
    len: u8,
    group: u8,
}

impl Literal {
    /// The literal's bytes in `all`, the [`Literals::bytes`] it was made with.
    fn bytes<'a>(&self, all: &'a [u8]) -> &'a [u8] {
        let start = self.start as usize;
        &all[start..start + usize::from(self.len)]
    }
}

impl Literals {
    /// `groups[i]` holds the literals of group `i` (at most 64 groups), each of two bytes or
    /// more.
    pub fn new(groups: &[&[&str]]) -> Literals {
        assert!(groups.len() <= 64, "a group is a bit of a u64");
        let words = groups.iter().map(|words| words.len()).sum();
        let mut by_pair: Vec<(u16, Literal)> = Vec::with_capacity(words);
        let mut bytes = Vec::new();
        for (group, words) in (0u8..).zip(groups) {
            for word in words.iter() {
                assert!(word.len() >= 2, "a literal of two bytes or more");
                let literal = Literal {
                    start: u32::try_from(bytes.len()).expect("fewer than 4 GB of literals"),
                    len: u8::try_from(word.len()).expect("a literal of fewer than 256 bytes"),
                    group,
                };
                // Literals and texts are compared in ASCII lowercase: ASCII-caselessly.
                bytes.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
                let word = literal.bytes(&bytes);
                by_pair.push((folded_pair(word[0], word[1]), literal));
            }
        }
        let mut opening_triples = Box::new([0u64; TRIPLE_WORDS]);
        for (_, literal) in &by_pair {
            let word = literal.bytes(&bytes);
            // A literal of two bytes opens before any byte.
            let thirds = match word.get(2) {
                Some(&third) => third..=third,
                None => 0..=u8::MAX,
            };
            for third in thirds {
                let bit = triple_bit(word[0], word[1], third);
                opening_triples[bit / 64] |= 1 << (bit % 64);
            }
        }
        by_pair.sort_by_key(|(pair, _)| *pair);
        let mut opening_pairs = Box::new([0u64; PAIR_WORDS]);
        let mut starts = Vec::new();
        for (at, (pair, _)) in by_pair.iter().enumerate() {
            let (word, bit) = (usize::from(pair >> 6), pair & 63);
            if opening_pairs[word] & 1 << bit == 0 {
                opening_pairs[word] |= 1 << bit;
                starts.push(u32::try_from(at).expect("fewer than 2^32 literals"));
            }
        }
        starts.push(u32::try_from(by_pair.len()).expect("fewer than 2^32 literals"));
        let mut ranks = Box::new([0u16; PAIR_WORDS]);
        let mut rank = 0u16;
        for (word, bits) in ranks.iter_mut().zip(opening_pairs.iter()) {
            *word = rank;
            rank += bits.count_ones() as u16;
        }
        Literals {
            opening_triples,
            opening_pairs,
            ranks,
            literals: by_pair.into_iter().map(|(_, literal)| literal).collect(),
            starts,
            bytes: bytes.into_boxed_slice(),
        }
    }

    /// The groups (bit `i` for group `i`) with a literal in `text`, or every group when
    /// `text` holds a character that folds to an ASCII letter.
    pub fn may_match(&self, text: &str) -> u64 {
        if holds_folding_to_ascii(text) {
            return u64::MAX;
        }
        if !text.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.found_in(text.as_bytes());
        }
        LOWERED.with(|lowered| {
            let mut lowered = lowered.borrow_mut();
            lowered.clear();
            lowered.extend_from_slice(text.as_bytes());
            lowered.make_ascii_lowercase();
            let found = self.found_in(&lowered);
            if lowered.capacity() > KEPT_LOWERED_BYTES {
                *lowered = Vec::new();
            }
            found
        })
    }

    /// The groups with a literal in `bytes`, ASCII-lowercase.
    #[inline(always)]
    fn found_in(&self, bytes: &[u8]) -> u64 {
        let mut found = 0;
        for (start, three) in bytes.windows(3).enumerate() {
            if self.opens_triple(three[0], three[1], three[2]) {
                found |= self.found_at(bytes, start);
            }
        }
        // The last two bytes, where only a literal of two bytes fits (any third byte opens
        // it).
        if let [.., first, second] = *bytes {
            if self.opens_triple(first, second, 0) {
                found |= self.found_at(bytes, bytes.len() - 2);
            }
        }
        found
    }

    /// Whether a literal may open on these three bytes ([`Self::opening_triples`]).
    #[inline]
    fn opens_triple(&self, first: u8, second: u8, third: u8) -> bool {
        let bit = triple_bit(first, second, third);
        self.opening_triples[bit / 64] & 1 << (bit % 64) != 0
    }

    /// The groups of the literals that open at `bytes[start..]`.
    fn found_at(&self, bytes: &[u8], start: usize) -> u64 {
        let pair = folded_pair(bytes[start], bytes[start + 1]);
        let (word, bit) = (usize::from(pair >> 6), pair & 63);
        let bits = self.opening_pairs[word];
        if bits & 1 << bit == 0 {
            return 0;
        }
        let rank = usize::from(self.ranks[word]) + (bits & ((1 << bit) - 1)).count_ones() as usize;
        let span = self.starts[rank] as usize..self.starts[rank + 1] as usize;
        let mut found = 0;
        for literal in &self.literals[span] {
            if holds_at(bytes, start, literal.bytes(&self.bytes)) {
                found |= 1 << literal.group;
            }
        }
        found
    }
}

/// `bytes[start..]` starts with `literal`, whose first two bytes are known to be there
/// folded ([`folded_pair`]): compared byte by byte, where a call to `memcmp` for every
/// candidate cost more than the usual mismatch on the third byte.
fn holds_at(bytes: &[u8], start: usize, literal: &[u8]) -> bool {
    bytes.len() - start >= literal.len() && literal.iter().zip(&bytes[start..]).all(|(a, b)| a == b)
}

/// Words of the bitmap of folded pairs ([`folded_pair`]).
const PAIR_WORDS: usize = (1 << 14) / 64;

/// Bits of the bitmap of opening triples ([`triple_bit`]): 2 KB, of which the noise families'
/// literals set 624 (one in 26; 512 of them for their two literals of two bytes, "©" and
/// "cr", which open before any byte), so that few positions pass by a collision.
const TRIPLE_BITS: usize = 1 << 14;
const TRIPLE_WORDS: usize = TRIPLE_BITS / 64;

/// The bit of three bytes in the bitmap of opening triples: their 24 bits hashed by a
/// multiplication into 14 (Knuth's multiplicative hashing: the product's high bits mix all
/// of the key's). Not folded as pairs are ([`folded_pair`]): the hash's size does not grow
/// with the key's, and folding cost five instructions a byte.
fn triple_bit(first: u8, second: u8, third: u8) -> usize {
    let key = u32::from_le_bytes([first, second, third, 0]);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - TRIPLE_BITS.trailing_zeros())) as usize
}

/// Two bytes as one number of 14 bits, the first one high, each without its high bit: a pair
/// beyond ASCII shares its number with a pair of ASCII ("à " is C3 A0 20, whose last two
/// bytes make two spaces), which [`holds_at`] tells apart. A few instructions from the two
/// bytes loaded as one: a table that folded bytes beyond ASCII apart from printable ASCII
/// compared fewer pairs but cost more than it spared (batch of 75, 375.2 M → 375.9 M).
fn folded_pair(first: u8, second: u8) -> u16 {
    u16::from_be_bytes([first, second]) >> 1 & 0x3F80 | u16::from(second & 0x7F)
}

/// Whether `text` holds `literal`, ASCII-caselessly, or a character that folds to ASCII
/// (see the module's note): a one-literal prefilter.
pub fn may_contain(text: &str, literal: &str) -> bool {
    let literal = literal.as_bytes();
    // The literal's least common byte in French text, in either case, rules out nearly every
    // position: looked for alone, by `memchr2`, many bytes at once. Its first byte was looked
    // for before, and "encore" opens on the commonest letter.
    let Some(key) = (0..literal.len()).min_by_key(|&i| commonness(literal[i])) else {
        return true;
    };
    let (lower, upper) = (
        literal[key].to_ascii_lowercase(),
        literal[key].to_ascii_uppercase(),
    );
    let bytes = text.as_bytes();
    // A match's key byte stands `key` bytes or more into the text.
    let mut from = key;
    while let Some(found) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr2(lower, upper, rest))
    {
        let at = from + found;
        let start = at - key;
        let Some(window) = bytes.get(start..start + literal.len()) else {
            break;
        };
        if window.eq_ignore_ascii_case(literal) {
            return true;
        }
        from = at + 1;
    }
    holds_folding_to_ascii(text)
}

/// How common a byte is in French text, roughly (higher is more common): which byte of a
/// literal [`may_contain`] looks for. Any answer finds the same; a rarer byte stops less often.
fn commonness(byte: u8) -> u8 {
    match byte.to_ascii_lowercase() {
        b' ' => 30,
        b'e' => 26,
        b'a' | b's' | b'i' | b't' | b'n' | b'r' => 20,
        b'u' | b'l' | b'o' => 16,
        b'd' | b'c' | b'm' | b'p' | 0xC3 => 12,
        b'v' | b'q' | b'f' | b'b' | b'g' | b'h' | b',' | b'.' | b'\'' => 6,
        0x80..=0xBF => 4,
        _ => 2,
    }
}

/// Whether a pattern whose alternatives all follow `^\W*` and open on a word character may
/// match `text`: where the line's words start ([`lead`]), it opens on one of `openings`. A
/// line whose start is not known, or that holds a character folding to ASCII, may.
pub fn may_open_with<'o>(text: &str, openings: impl IntoIterator<Item = &'o &'o str>) -> bool {
    holds_folding_to_ascii(text)
        || lead(text).is_none_or(|lead| openings.into_iter().any(|o| starts_caselessly(lead, o)))
}

/// Characters that are certainly not word characters (`\w` is Unicode's alphabetic letters,
/// marks, decimal digits, connector punctuation and joiners): spaces, ASCII punctuation but
/// "_", French quotes and dashes, bullets. "©" is not here: a credit may open on it.
pub fn surely_not_word(c: char) -> bool {
    (c.is_ascii_punctuation() && c != '_')
        || c.is_whitespace()
        || matches!(
            c,
            '«' | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '„'
                | '–'
                | '—'
                | '…'
                | '•'
                | '►'
                | '▶'
                | '■'
                | '●'
        )
}

/// The line from its first character, if that character is surely a word character (a
/// letter or an ASCII digit) after characters that surely are not: where `^\W*` must
/// stop before an alternative that opens on a word character. `None` when not sure.
pub fn lead(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(surely_not_word);
    match rest.chars().next() {
        None => Some(rest),
        Some(c) if c.is_alphabetic() || c.is_ascii_digit() => Some(rest),
        Some(_) => None,
    }
}

/// `text` starts with `prefix`, ASCII letters compared caselessly, other bytes as they are
/// (the leads list "é" and "É" both). Lines holding a character `(?i)` takes for an ASCII
/// letter (the Kelvin sign, the long s) must not be compared: see [`may_open_with`].
pub fn starts_caselessly(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Lines made of the words, marks and characters the prefilters of this crate are about, for
/// property tests that hold each prefilter to its pattern: whatever a pattern matches, its
/// prefilter lets through.
#[cfg(test)]
pub fn furniture_like() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    const PIECES: &[&str] = &[
        "Partager",
        "partage",
        "Lire",
        "aussi",
        "à",
        "À",
        "lire",
        "©",
        "«",
        "»",
        "—",
        "12",
        "3",
        "commentaires",
        "réactions",
        "Par",
        "Le",
        "le",
        "La",
        "publié",
        "Publié",
        "mis à jour",
        "Crédit",
        "photo",
        ":",
        "/",
        "AFP",
        "avec",
        "Avec",
        "l'AFP",
        "(AFP)",
        "abonnés",
        "Réservé aux",
        "newsletter",
        "cookies",
        "menu",
        "Accueil",
        "précédent",
        "tout",
        "plus",
        "en direct",
        "tendances",
        "Cliquez",
        "découvrez",
        "Écoutez",
        "ſhare",
        "\u{212A}",
        "_",
        "²",
        "\u{301}",
        "sur",
        "Copyright",
        "(c)",
        "2023",
        "publie",
        "Monde",
        "HuffPost",
        "newsletters du",
        "mot de passe",
        "contenu sponsorisé",
        "PUBLICITÉ",
        "hier",
        "aujourd’hui",
        "mai",
        "26",
        "/2024",
        "-05-",
        "Paris",
        "et",
        "words",
        "français",
        "H2",
        "SEO",
        "titre",
        "voir",
        "écouter",
        "e-mail",
        "min de lecture",
        "Les + lus",
        "?",
    ];
    const GLUE: &[&str] = &[" ", "", " ", ": ", " - ", "\u{a0}", "'"];
    proptest::collection::vec(
        (
            proptest::sample::select(GLUE),
            proptest::sample::select(PIECES),
        ),
        0..7,
    )
    .prop_map(|parts| {
        parts
            .iter()
            .map(|(glue, piece)| format!("{glue}{piece}"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A needle's searcher, built once, finds what `memmem` finds building one at each
        /// call, in texts shorter and longer than 64 bytes (where `memmem::find` switches).
        #[test]
        fn a_needle_finds_what_memmem_finds(text in "[. a\n\t]{0,100}") {
            static NEEDLE: Needle = Needle::new(b". ");
            let bytes = text.as_bytes();
            proptest::prop_assert_eq!(NEEDLE.find(bytes), memchr::memmem::find(bytes, b". "));
            proptest::prop_assert_eq!(NEEDLE.is_in(bytes), memchr::memmem::find(bytes, b". ").is_some());
            let all: Vec<usize> = NEEDLE.find_iter(bytes).collect();
            proptest::prop_assert_eq!(all, memchr::memmem::find_iter(bytes, b". ").collect::<Vec<_>>());
        }

        /// The bytes found are the characters a search finds.
        #[test]
        fn folding_characters_are_found_by_their_bytes(
            text in "[a-zêÿª¿\u{212A}\u{17F}\u{2129}\u{17E}\u{212B}Ŀ ]{0,12}|\\PC{0,12}"
        ) {
            proptest::prop_assert_eq!(
                holds_folding_to_ascii(&text),
                FOLDING_TO_ASCII.iter().any(|&c| text.contains(c))
            );
        }
    }
    use proptest::prelude::*;

    proptest! {
        /// The groups found are those whose literals a plain caseless search finds.
        #[test]
        fn groups_are_those_a_plain_search_finds(text in furniture_like()) {
            let groups: [&[&str]; 4] = [&["partage", "lire"], &["é ", "©"], &["aussi", "ai"], &["12", "/20"]];
            let literals = Literals::new(&groups);
            let lower = text.to_ascii_lowercase();
            let plain = groups.iter().enumerate().fold(0u64, |found, (i, words)| {
                let hit = words.iter().any(|w| lower.contains(&w.to_ascii_lowercase()));
                found | u64::from(hit) << i
            });
            let expected = if text.contains(FOLDING_TO_ASCII) { u64::MAX } else { plain };
            prop_assert_eq!(literals.may_match(&text), expected, "{:?}", text);
        }

        /// One literal is found where a plain caseless search finds it.
        #[test]
        fn one_literal_is_found_where_a_plain_search_finds_it(
            text in furniture_like(),
            literal in proptest::sample::select(
                &["lire", "aussi", "/20", "Voir", "e", "copyright", "encore", "galement", "letter", "é ", "ée"][..],
            ),
        ) {
            let plain = text.to_ascii_lowercase().contains(&literal.to_ascii_lowercase());
            prop_assert_eq!(
                may_contain(&text, literal),
                plain || text.contains(FOLDING_TO_ASCII),
                "{:?}", text
            );
        }
    }

    /// The search by the literal's first byte that `may_contain` was.
    fn may_contain_by_first_byte(text: &str, literal: &str) -> bool {
        let Some(&first) = literal.as_bytes().first() else {
            return true;
        };
        let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(found) = memchr::memchr2(lower, upper, &bytes[from..]) {
            let at = from + found;
            let Some(window) = bytes.get(at..at + literal.len()) else {
                break;
            };
            if window.eq_ignore_ascii_case(literal.as_bytes()) {
                return true;
            }
            from = at + 1;
        }
        holds_folding_to_ascii(text)
    }

    #[test]
    fn the_rarest_byte_finds_what_the_first_byte_found() {
        let texts = [
            "À lire également : la réforme des retraites, encore et toujours",
            "Copyright © 2023 Le Monde. Tous droits réservés. COPYRIGHT",
            "Newsletter : recevez chaque matin la lettre d'information",
            "Voir aussi Encore une fois, l’Assemblée a voté.",
            "",
            "y",
            "co",
            "copyrigh",
            "xcopyright",
            "\u{212A}",
        ];
        let literals = [
            "copyright",
            "lire",
            "voir",
            "aussi",
            "galement",
            "encore",
            "letter",
            "é ",
            "/20",
            "",
        ];
        for text in texts {
            for literal in literals {
                assert_eq!(
                    may_contain(text, literal),
                    may_contain_by_first_byte(text, literal),
                    "{text:?} {literal:?}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn the_rarest_byte_finds_what_the_first_byte_found_anywhere(
            text in "[a-zA-Z yécopritgh\u{212A}]{0,30}",
            literal in "[a-zA-Z yécopritgh]{0,6}",
        ) {
            prop_assert_eq!(may_contain(&text, &literal), may_contain_by_first_byte(&text, &literal));
        }
    }

    #[test]
    fn groups_are_found_caselessly_and_folding_characters_open_every_group() {
        let literals = Literals::new(&[&["abonn", "gratuit"], &["cookie"], &["lire"]]);
        assert_eq!(literals.may_match("Réservé aux ABONNÉS"), 0b001);
        assert_eq!(literals.may_match("Cookies et LIRE"), 0b110);
        assert_eq!(literals.may_match("Rien ici"), 0);
        assert_eq!(literals.may_match("\u{212A}ilo"), u64::MAX);
    }

    #[test]
    fn a_literal_is_found_by_its_bytes_not_by_its_folded_pair() {
        // Without their high bits, "ᰀ" (E1 B0 80) opens on "a0", "à " (C3 A0 20) ends on two
        // spaces; "©" (C2 A9) opens beyond ASCII itself.
        let literals = Literals::new(&[&["a0"], &["  x"], &["©"]]);
        assert_eq!(literals.may_match("\u{1C00}"), 0);
        assert_eq!(literals.may_match("à x"), 0);
        assert_eq!(literals.may_match("ᰀ a0 à  x"), 0b011);
        assert_eq!(literals.may_match("Photo © AFP"), 0b100);
    }

    /// A line with a capital is read in the thread's lowercase buffer: a huge one's room is
    /// given back after it, an article line's kept for the next.
    #[test]
    fn the_lowercase_buffer_keeps_room_for_a_line_only() {
        let literals = Literals::new(&[&["lire"]]);
        let huge = format!("{} Lire", "Mot ".repeat(KEPT_LOWERED_BYTES));
        assert_eq!(literals.may_match(&huge), 1);
        assert_eq!(LOWERED.with(|l| l.borrow().capacity()), 0);
        assert_eq!(literals.may_match("À LIRE AUSSI"), 1);
        assert!(LOWERED.with(|l| l.borrow().capacity()) >= "À LIRE AUSSI".len());
        assert_eq!(literals.may_match("Voir"), 0);
    }

    #[test]
    fn leads_are_known_after_punctuation_only() {
        assert_eq!(lead("« — Partager"), Some("Partager"));
        assert_eq!(lead("© AFP"), None);
        assert!(may_open_with("  (12 mai)", &["1"]));
        assert!(!may_open_with("Le 12 mai", &["1"]));
        assert!(may_open_with("\u{17F}hare", &["share"]));
    }

    #[test]
    fn one_literal() {
        assert!(may_contain("Avec l'AFP", "avec"));
        assert!(may_contain("AVEC", "avec"));
        assert!(!may_contain("Ave César", "avec"));
        assert!(may_contain("\u{17F}", "avec"));
    }
}
