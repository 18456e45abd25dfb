//! Words: every token of a text, with its lowercase form, Snowball stem and lexical class,
//! found once and shared by every stage that reads the text.
//!
//! Two caches make that cheap, both per thread and bounded. The word cache maps each distinct
//! word as written to what is known of it (`Lexeme`); the sentence memo maps each text to its
//! [`Analysis`] and is emptied at the start of every article ([`start_article`]).

use crate::lexicon::WordClass;
use crate::segmenting::{self, Paragraph};
use hashbrown::HashTable;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

static FRENCH_STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::French));

use super::interned::Interned;

/// A word stem, interned: copied and compared as a pointer (see [`super::interned`]).
pub type Stem = Interned;

/// Stem of a lowercase word.
pub fn stem(lower: &str) -> Stem {
    // Only a content word's lexeme holds its stem (no stage reads another's from the
    // analysis): any other word is stemmed here when asked.
    WORD_CACHE
        .with(|cache| with_lexeme(&mut cache.borrow_mut(), lower, |l| l.stem))
        .unwrap_or_else(|| french_stem(&segmenting::lowercase(lower)))
}

/// Snowball's French stem, with the plural's `-s` or `-x` dropped where Snowball keeps it.
///
/// Snowball deletes a final `s` only after a consonant, so "merlus" stays "merlus" while
/// "merlu" is "merlu", and "chevaux" keeps its `x`: singular and plural of one noun would not
/// match, and a keyphrase in the singular would miss the lede's plural. Stripping the letter
/// from a stem of more than three letters joins them ("merlus", "merlu" → "merlu"); short
/// words ("bus", "jus") keep it.
fn french_stem(lower: &str) -> Stem {
    let stem = FRENCH_STEMMER.stem(lower);
    let plural = stem.ends_with(['s', 'x']) && stem.chars().count() > 4;
    match plural {
        true => Interned::new(&stem[..stem.len() - 1]),
        false => Interned::new(&stem),
    }
}

/// What is known of a word as written: its lowercase form when that differs, its stem and its
/// class.
#[derive(Debug, Clone)]
struct Lexeme {
    lower: Option<Interned>,
    /// The stem of a content word ([`Lexeme::content_stem`]); no stage reads the analysis
    /// for the stem of a stop word or a number, and the Snowball algorithm is most of what a
    /// new word costs ([`stem`] stems one when asked).
    stem: Option<Stem>,
    class: WordClass,
    alphabetic: bool,
}

impl Lexeme {
    /// The stem of a content word: not a stop word, and holding a letter (not a number).
    fn content_stem(&self) -> Option<Stem> {
        (!self.class.stop && self.alphabetic)
            .then_some(self.stem)
            .flatten()
    }
}

/// The stem of `word` (as written) when it is a content word, straight from the word cache:
/// for short texts stemmed once (a keyphrase), which the sentence memo need not keep.
pub fn content_stem(word: &str) -> Option<Stem> {
    WORD_CACHE.with(|cache| with_lexeme(&mut cache.borrow_mut(), word, Lexeme::content_stem))
}

/// What `read` makes of the lexeme of `word` as written, in the word cache borrowed once for
/// a whole text: a known word is read where the cache holds it, not copied out of it.
///
/// Memoised per thread, by the word as written, so a known word is neither lowercased nor
/// stemmed nor looked up in the word lists again: news vocabulary is Zipfian, so a few hundred
/// words make most of any article, and the Snowball algorithm alone was a fifth of a rewrite's
/// time before this. The cache is cleared when it grows past [`WORD_CACHE_WORDS`], so memory
/// stays bounded on a huge input or a long batch.
fn with_lexeme<R>(cache: &mut WordCache, word: &str, read: impl FnOnce(&Lexeme) -> R) -> R {
    with_keyed_lexeme(cache, CacheKey::of(word), read)
}

/// [`with_lexeme`] of a word whose key was worked out before.
fn with_keyed_lexeme<R>(
    cache: &mut WordCache,
    key: CacheKey,
    read: impl FnOnce(&Lexeme) -> R,
) -> R {
    if let Some(known) = cache.get_keyed(key) {
        return read(known);
    }
    if cache.len() >= WORD_CACHE_WORDS {
        cache.clear();
    }
    let lexeme = new_lexeme(cache, key.word);
    let read = read(&lexeme);
    cache.insert_keyed(key, lexeme);
    read
}

/// The lexeme of a word the cache does not hold.
fn new_lexeme(cache: &WordCache, word: &str) -> Lexeme {
    if let Some(short) = commune_short_name(word) {
        // "Thonon-les-Bains" is "Thonon" in the next sentence: one stem for both, so that the
        // keyphrase "Thonon" is counted in the long form too (as Yoast, which splits words
        // at hyphens, counts it), while the word keeps its own lowercase form.
        return Lexeme {
            lower: Some(Interned::new(&segmenting::lowercase(word))),
            ..new_lexeme(cache, short)
        };
    }
    let lower = segmenting::lowercase(word);
    // A capitalised word ("Armes") is its lowercase form's lexeme ("armes") with its own
    // lowercase: stemmed and classified once for both.
    let known = match &lower {
        Cow::Owned(lower) => cache.get(lower),
        Cow::Borrowed(_) => None,
    };
    let lexeme = match known {
        Some(known) => Lexeme {
            lower: None,
            ..known.clone()
        },
        None => {
            let class = WordClass::of(&lower);
            let alphabetic = lower.chars().any(char::is_alphabetic);
            Lexeme {
                lower: None,
                stem: (!class.stop && alphabetic).then(|| french_stem(&lower)),
                class,
                alphabetic,
            }
        }
    };
    match lower {
        Cow::Owned(lower) => Lexeme {
            lower: Some(Interned::new(&lower)),
            ..lexeme
        },
        Cow::Borrowed(_) => lexeme,
    }
}

/// The words that link a French commune's name to what sets it apart from its namesakes
/// ("Thonon-les-Bains", "Nogent-sur-Marne", "Aix-en-Provence", "Fontenay-sous-Bois").
/// Not "de", "du", "la": "Val-de-Marne", "Pas-de-Calais", "Pont-de-Beauvoisin" are not
/// called "Val", "Pas" or "Pont".
const COMMUNE_LINKS: &[&str] = &["en", "les", "lès", "lez", "sous", "sur"];

/// The short name a commune goes by in running text ("Thonon" for "Thonon-les-Bains",
/// "Saint-Germain" for "Saint-Germain-en-Laye"): the part before a linking word, when the
/// parts around it are capitalised. "Arc-en-ciel" (a sentence's first word) is no place.
fn commune_short_name(word: &str) -> Option<&str> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let mut at = 0;
    while let Some(dash) = word[at..].find('-').map(|d| at + d) {
        let rest = &word[dash + 1..];
        let (link, after) = rest.split_once('-')?;
        if COMMUNE_LINKS.contains(&link) && after.starts_with(char::is_uppercase) {
            return Some(&word[..dash]);
        }
        at = dash + 1;
    }
    None
}

const WORD_CACHE_WORDS: usize = 50_000;

/// Words whose slots are asked for before the first of them is looked up.
const PREFETCHED_WORDS: usize = 32;

thread_local! {
    static WORD_CACHE: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// The lexemes of the words met, by the word as written.
///
/// A word of up to [`ShortWord::BYTES`] bytes (nearly every word of an article) is its own
/// key, held in the table's slot: looking it up compares three machine words in the slot
/// the probe reads anyway. Keyed by a boxed copy, every lookup read the key's bytes
/// elsewhere in the heap and compared them in a call to `memcmp`, where `perf` put most of
/// the lookup's samples; held in the slot, the batch's steady state runs 0.5 M fewer
/// instructions in 284 M (docs/performance.md, stop 72).
///
/// The lookup then waited on the slot's load: some 10,000 slots of 56 bytes are more than
/// the second-level cache holds beside the rest, and a rare word's slot comes from further
/// away. [`analyse`] asks for the slots of a text's next [`PREFETCHED_WORDS`] words before
/// it looks the first of them up ([`WordCache::prefetch`]), so that the loads overlap: the
/// cache's share of `perf`'s samples went from 7.8 % to 4.9 % (stop 73), for 2 % more
/// instructions. Hence `hashbrown`'s `HashTable` rather than `std`'s map: its probe can
/// stop at the first slot whose hash bits match without reading it.
#[derive(Default)]
struct WordCache {
    short: HashTable<(ShortWord, Lexeme)>,
    long: FxHashMap<Box<str>, Lexeme>,
}

/// A word and its key in the word cache, worked out once: the analysis asks for the slot
/// ahead ([`WordCache::prefetch`]), then looks the word up.
#[derive(Clone, Copy)]
struct CacheKey<'a> {
    word: &'a str,
    /// The short word's key and its hash; `None` for a word of more than
    /// [`ShortWord::BYTES`] bytes.
    short: Option<(ShortWord, u64)>,
}

impl CacheKey<'_> {
    #[inline(always)]
    fn of(word: &str) -> CacheKey<'_> {
        CacheKey {
            word,
            short: ShortWord::of(word).map(|key| (key, key.hash())),
        }
    }
}

impl WordCache {
    fn get(&self, word: &str) -> Option<&Lexeme> {
        self.get_keyed(CacheKey::of(word))
    }

    fn get_keyed(&self, key: CacheKey) -> Option<&Lexeme> {
        match key.short {
            Some((short, hash)) => self
                .short
                .find(hash, |(held, _)| *held == short)
                .map(|(_, lexeme)| lexeme),
            None => self.long.get(key.word),
        }
    }

    /// The tests' way in: the analysis inserts a word with the key its lookup worked out.
    #[cfg(test)]
    fn insert(&mut self, word: &str, lexeme: Lexeme) {
        self.insert_keyed(CacheKey::of(word), lexeme);
    }

    /// [`WordCache::insert`] of a word whose key was worked out for its lookup.
    fn insert_keyed(&mut self, key: CacheKey, lexeme: Lexeme) {
        match key.short {
            Some((short, hash)) => {
                let entry =
                    self.short
                        .entry(hash, |(held, _)| *held == short, |(held, _)| held.hash());
                match entry {
                    hashbrown::hash_table::Entry::Occupied(mut held) => held.get_mut().1 = lexeme,
                    hashbrown::hash_table::Entry::Vacant(room) => {
                        room.insert((short, lexeme));
                    }
                }
            }
            None => {
                self.long.insert(key.word.into(), lexeme);
            }
        }
    }

    /// Start fetching the slot that holds the word, if the table has one for it, without
    /// waiting for it: the probe reads the table's control bytes (16 KB, mostly cached: 8.5 %
    /// of the lookup's samples fell after their load, 64 % after the slot's) and takes the
    /// first slot whose hash bits match, never reading the slot itself.
    fn prefetch(&self, key: CacheKey) {
        if let Some((_, hash)) = key.short {
            if let Some(slot) = self.short.find(hash, |_| true) {
                prefetch(slot);
            }
        }
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }
}

/// A word of up to [`ShortWord::BYTES`] bytes, held in three machine words: its bytes, zeros
/// after them, and its length in the last byte (so "a" and "a\0" differ).
#[derive(Clone, Copy, Eq)]
struct ShortWord([u64; 3]);

impl PartialEq for ShortWord {
    /// The three words compared in registers: the derived comparison read the key being
    /// looked for back from memory as one 16-byte load, which waited for the two 8-byte
    /// stores that had just written it.
    #[inline(always)]
    fn eq(&self, other: &ShortWord) -> bool {
        let [a, b, c] = self.0;
        let [x, y, z] = other.0;
        (a ^ x) | (b ^ y) | (c ^ z) == 0
    }
}

impl ShortWord {
    const BYTES: usize = 23;

    /// The key of `word`, little-endian: its first byte lowest in the first machine word.
    ///
    /// Each machine word is loaded from the word's bytes ([`up_to_eight`]), where the bytes
    /// were copied into a zeroed array by a call to `memcpy` and the array read back as
    /// machine words: loads the processor could not take from the bytes just stored, which
    /// waited for the stores (`perf` put a tenth of `analyse`'s samples there).
    #[inline(always)]
    fn of(word: &str) -> Option<ShortWord> {
        let bytes = word.as_bytes();
        if bytes.len() > Self::BYTES {
            return None;
        }
        let part = |from: usize| up_to_eight(bytes.get(from..).unwrap_or(&[]));
        let length = (bytes.len() as u64) << 56;
        Some(ShortWord([part(0), part(8), part(16) | length]))
    }

    /// FxHash of the three words: no length written, no bytes loop.
    #[inline]
    fn hash(&self) -> u64 {
        use std::hash::Hasher;
        let mut hasher = rustc_hash::FxHasher::default();
        self.0.iter().for_each(|&word| hasher.write_u64(word));
        hasher.finish()
    }
}

/// The first eight bytes of `bytes` or fewer, as a little-endian machine word with zeros
/// after them: two loads that may overlap (bytes loaded twice are the same bytes), not a
/// loop over the bytes.
#[inline(always)]
fn up_to_eight(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let two = |from: usize| u64::from(u16::from_le_bytes([bytes[from], bytes[from + 1]]));
    let four = |from: usize| {
        u64::from(u32::from_le_bytes(
            bytes[from..from + 4].try_into().expect("four bytes"),
        ))
    };
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        2..=3 => two(0) | two(n - 2) << (8 * (n - 2)),
        4..=7 => four(0) | four(n - 4) << (8 * (n - 4)),
        _ => u64::from_le_bytes(bytes[..8].try_into().expect("eight bytes")),
    }
}

/// Ask the processor to bring `value`'s cache line in, without waiting for it.
fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: SSE is part of x86-64, and a prefetch is a hint: it reads nothing the
        // program sees and faults on no address.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(value).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// One word of an analysed text: where it stands, its lowercase form when that differs from
/// how it is written, and its stem when it is a content word (not a stop word, not a number).
#[derive(Debug, Clone)]
pub struct AnalysedWord {
    pub range: Range<usize>,
    lower: Option<Interned>,
    pub stem: Option<Stem>,
    pub class: WordClass,
}

impl AnalysedWord {
    /// The word in lowercase; `text` is the text it was analysed in.
    pub fn lower<'a>(&'a self, text: &'a str) -> &'a str {
        self.lower
            .as_deref()
            .unwrap_or_else(|| &text[self.range.clone()])
    }

    /// The word is written in lowercase already.
    pub fn is_lowercase(&self) -> bool {
        self.lower.is_none()
    }
}

/// A text's words, lowercased and stemmed once: what every stage reads of a sentence.
#[derive(Debug)]
pub struct Analysis {
    pub words: Vec<AnalysedWord>,
    /// The stems of the content words, in order.
    pub stems: Rc<[Stem]>,
}

/// The words of `text`, analysed.
///
/// Memoised by text for the article being written (see [`start_article`]): sections,
/// headings, the keyphrase ranking, the density table and the meta description all read the
/// same sentences, and each used to tokenise, lowercase and stem them again.
pub fn analyse(text: &str) -> Rc<Analysis> {
    if let Some(analysis) = ANALYSED.with(|memo| memo.borrow_mut().get(text)) {
        return analysis;
    }
    let mut words: Vec<AnalysedWord> = Vec::with_capacity(text.len() / 5);
    // The word cache borrowed once for the text, not once a word.
    WORD_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        // The words in rounds of `PREFETCHED_WORDS`: a round's slots are all asked for before
        // the first of its words is looked up, so that their loads overlap ([`WordCache`]).
        let mut tokens = segmenting::tokens(text).peekable();
        // On the stack: a vector was one more allocation for every text analysed.
        let mut ahead: [Option<(usize, CacheKey)>; PREFETCHED_WORDS] = [None; PREFETCHED_WORDS];
        while tokens.peek().is_some() {
            let mut round = 0;
            for (slot, token) in ahead.iter_mut().zip(tokens.by_ref()) {
                *slot = Some((token.start, CacheKey::of(token.text)));
                round += 1;
            }
            let ahead = ahead[..round].iter().flatten();
            ahead.clone().for_each(|&(_, key)| cache.prefetch(key));
            words.extend(ahead.map(|&(start, key)| {
                with_keyed_lexeme(&mut cache, key, |lexeme| AnalysedWord {
                    range: start..start + key.word.len(),
                    class: lexeme.class,
                    lower: lexeme.lower,
                    stem: lexeme.content_stem(),
                })
            }));
        }
    });
    let analysis = Rc::new(Analysis {
        stems: stems_of(&words),
        words,
    });
    ANALYSED.with(|memo| memo.borrow_mut().insert(text, analysis.clone()));
    analysis
}

/// The content stems of `words`, in order, made in their `Rc` at once: collected into a
/// vector first (room made for every word, as the stems' vector grew two or three times a
/// sentence), they were copied again into the `Rc`, one more allocation a text analysed. A
/// slice of as many copies of the first stem is made, then written over.
fn stems_of(words: &[AnalysedWord]) -> Rc<[Stem]> {
    let content = words.iter().filter_map(|w| w.stem);
    let Some(first) = content.clone().next() else {
        return Rc::new([]);
    };
    let mut stems: Rc<[Stem]> = std::iter::repeat_n(first, content.clone().count()).collect();
    let slots = Rc::get_mut(&mut stems).expect("a new Rc has no other owner");
    for (slot, stem) in slots.iter_mut().zip(content) {
        *slot = stem;
    }
    stems
}

/// Content-word stems of `text`, in order.
pub fn content_stems(text: &str) -> Rc<[Stem]> {
    analyse(text).stems.clone()
}

/// Content stems of a paragraph: its sentences' stems, in order (tokens never cross a sentence
/// boundary, which always falls on white space), so each sentence is analysed once.
pub fn paragraph_stems(paragraph: &Paragraph) -> Vec<Stem> {
    let mut stems = Vec::with_capacity(paragraph.words());
    for sentence in paragraph.sentence_texts() {
        stems.extend(content_stems(sentence).iter().copied());
    }
    stems
}

const TEXT_CACHE_ENTRIES: usize = 4_096;

thread_local! {
    static ANALYSED: RefCell<Memo> = RefCell::new(Memo::default());
}

/// The analyses of the article's texts, by text, and by where a text asked for lies.
///
/// The stages ask again and again for the sentences of the paragraphs they hold (some twenty
/// times each): a text's address and length are hashed in a few instructions, where its
/// bytes were hashed at every request. The text found there is still compared with the one
/// asked for, so a text at the place of another, since dropped, is looked up by its bytes.
///
/// The texts are kept one after another in one string, emptied with the article but not
/// freed: each was a string of its own, one allocation for each text analysed (2,600 a pass
/// of the 75 real articles).
#[derive(Default)]
struct Memo {
    texts: String,
    /// Each analysis, and where its text lies in `texts`.
    entries: Vec<(Range<usize>, Rc<Analysis>)>,
    /// The entries by their text's hash ([`text_hash`]).
    by_text: HashTable<usize>,
    by_place: FxHashMap<(usize, usize), usize>,
}

impl Memo {
    fn get(&mut self, text: &str) -> Option<Rc<Analysis>> {
        let place = place_of(text);
        if let Some(&i) = self.by_place.get(&place) {
            let (range, analysis) = &self.entries[i];
            if self.texts.as_bytes()[range.clone()] == *text.as_bytes() {
                return Some(analysis.clone());
            }
        }
        let (texts, entries) = (&self.texts, &self.entries);
        let &i = self.by_text.find(text_hash(text.as_bytes()), |&i| {
            texts.as_bytes()[entries[i].0.clone()] == *text.as_bytes()
        })?;
        self.by_place.insert(place, i);
        Some(self.entries[i].1.clone())
    }

    fn insert(&mut self, text: &str, analysis: Rc<Analysis>) {
        if self.entries.len() >= TEXT_CACHE_ENTRIES || self.by_place.len() >= TEXT_CACHE_ENTRIES {
            self.clear();
        }
        let start = self.texts.len();
        self.texts.push_str(text);
        let i = self.entries.len();
        self.entries.push((start..self.texts.len(), analysis));
        let (texts, entries) = (&self.texts, &self.entries);
        self.by_text
            .insert_unique(text_hash(text.as_bytes()), i, |&j| {
                text_hash(&texts.as_bytes()[entries[j].0.clone()])
            });
        self.by_place.insert(place_of(text), i);
    }

    fn clear(&mut self) {
        // A huge input's texts are given back, not kept for the articles after it.
        if self.texts.capacity() > KEPT_TEXT_BYTES {
            self.texts = String::new();
        }
        self.texts.clear();
        self.entries.clear();
        self.by_text.clear();
        self.by_place.clear();
    }
}

/// The most bytes of texts [`Memo`] keeps room for from one article to the next: far more
/// than an article's sentences and the pieces composed of them (the real articles are 6 KB
/// on average), far less than a huge input's.
const KEPT_TEXT_BYTES: usize = 1 << 20;

/// The hash a text is looked up by in [`Memo`], of its bytes.
fn text_hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

/// Where a text lies: its address and its length.
fn place_of(text: &str) -> (usize, usize) {
    (text.as_ptr() as usize, text.len())
}

/// Start a new article: the text memo of [`analyse`] is emptied, so an article never
/// profits from the sentences of the one before. What one article costs does not depend on
/// what the batch rewrote earlier on the same thread, and a benchmark over a corpus that
/// repeats sentences measures the same work as one that does not.
pub fn start_article() {
    ANALYSED.with(|memo| memo.borrow_mut().clear());
}

#[cfg(test)]
mod tests {
    use super::{Lexeme, ShortWord, WordCache};

    /// A text is found by its place and by its bytes; a text written over another, at its
    /// place and of its length, is analysed anew; an article started, or the memo full,
    /// nothing is found that was.
    #[test]
    fn the_memo_gives_each_text_its_own_analysis() {
        super::start_article();
        let words = |text: &str| {
            let analysis = super::analyse(text);
            analysis
                .words
                .iter()
                .map(|w| w.lower(text).to_string())
                .collect::<Vec<_>>()
        };
        let mut place = String::from("le chat dort");
        let first = super::analyse(&place);
        let copy = place.clone();
        assert!(std::rc::Rc::ptr_eq(&first, &super::analyse(&copy)));
        place.replace_range(.., "Un chien fou");
        assert_eq!(copy.len(), place.len());
        assert_eq!(words(&place), ["un", "chien", "fou"]);
        assert_eq!(words(&copy), ["le", "chat", "dort"]);
        super::start_article();
        assert!(!std::rc::Rc::ptr_eq(&first, &super::analyse(&copy)));
        let many: Vec<String> = (0..super::TEXT_CACHE_ENTRIES + 10)
            .map(|i| format!("phrase {i}"))
            .collect();
        for text in &many {
            assert_eq!(words(text)[0], "phrase");
        }
        assert_eq!(words(&many[0]), ["phrase", "0"]);
        let last = many.len() - 1;
        assert_eq!(words(&many[last]), ["phrase".to_string(), last.to_string()]);
    }

    proptest::proptest! {
        /// The stems written over the copies of the first are the content words' stems, in
        /// order, as a vector collects them.
        #[test]
        fn the_stems_are_the_content_words_in_order(
            text in "((le|des|Paris|manifestants|ont|défilé|samedi|rues|l’armée|42|a|,|\\.|«|»|à|grève|grévistes) ){0,16}",
        ) {
            let analysis = super::analyse(&text);
            let collected: Vec<super::Stem> = analysis.words.iter().filter_map(|w| w.stem).collect();
            proptest::prop_assert_eq!(&analysis.stems[..], &collected[..]);
        }
    }

    /// A lexeme told apart from others by its class alone.
    fn lexeme(number: bool) -> Lexeme {
        Lexeme {
            lower: None,
            stem: None,
            class: crate::lexicon::WordClass {
                number,
                ..Default::default()
            },
            alphabetic: !number,
        }
    }

    #[test]
    fn a_short_key_holds_the_word_and_its_length() {
        // The same bytes then zeros: only the length tells "a" from "a\0".
        assert!(ShortWord::of("a") != ShortWord::of("a\0"));
        assert!(ShortWord::of("ab") != ShortWord::of("ba"));
        let longest = "é".repeat(11) + "e"; // 23 bytes
        assert!(ShortWord::of(&longest).is_some());
        assert!(ShortWord::of(&(longest.clone() + "e")).is_none());
        assert!(ShortWord::of("") != ShortWord::of("\0"));
    }

    /// [`super::up_to_eight`] as a copy into zeros read back as a machine word.
    fn copied_up_to_eight(bytes: &[u8]) -> u64 {
        let mut held = [0u8; 8];
        let n = bytes.len().min(8);
        held[..n].copy_from_slice(&bytes[..n]);
        u64::from_le_bytes(held)
    }

    #[test]
    fn up_to_eight_bytes_load_as_the_copy_into_zeros_does() {
        let bytes = b"abcdefghij";
        for from in 0..bytes.len() {
            for to in from..=bytes.len() {
                let part = &bytes[from..to];
                assert_eq!(
                    super::up_to_eight(part),
                    copied_up_to_eight(part),
                    "{part:?}"
                );
            }
        }
    }

    #[test]
    fn the_word_cache_finds_each_word_by_all_its_bytes() {
        let mut cache = WordCache::default();
        // 23 and 24 bytes sharing their first 23: one a short key, the other a boxed one.
        let short = "anticonstitutionnelleme";
        let long = "anticonstitutionnellemen";
        cache.insert(short, lexeme(false));
        cache.insert(long, lexeme(true));
        cache.insert("a\0", lexeme(true));
        assert!(!cache.get(short).expect("the short word").class.number);
        assert!(cache.get(long).expect("the long word").class.number);
        assert!(cache.get("a").is_none());
        assert!(cache.get("anticonstitutionnellement").is_none());
        assert_eq!(cache.len(), 3);
        // A word inserted again takes the new lexeme's place, as a map's insert does.
        cache.insert(short, lexeme(true));
        assert!(cache.get(short).expect("the short word").class.number);
        assert_eq!(cache.len(), 3);
        cache.clear();
        assert!(cache.get(short).is_none() && cache.get(long).is_none());
    }

    #[test]
    fn singular_and_plural_share_a_stem() {
        for (singular, plural) in [
            ("merlu", "merlus"),
            ("cheval", "chevaux"),
            ("prix", "prix"),
            ("ligue", "ligues"),
        ] {
            assert_eq!(
                super::french_stem(singular),
                super::french_stem(plural),
                "{singular}"
            );
        }
        assert_eq!(&*super::french_stem("bus"), "bus");
    }

    use super::*;

    #[test]
    fn a_commune_and_its_short_name_share_a_stem() {
        // Le Temps: "…à l’entrée de Thonon-les-Bains… Il est barman à Thonon".
        let text =
            "Rond-point de Margencel, à l’entrée de Thonon-les-Bains. Il est barman à Thonon.";
        let stems = content_stems(text);
        let thonon = stem("thonon");
        assert_eq!(stems.iter().filter(|s| **s == thonon).count(), 2);
        let words = &analyse(text).words;
        let long = words.iter().find(|w| w.lower(text).starts_with("thonon-"));
        assert_eq!(long.map(|w| w.lower(text)), Some("thonon-les-bains"));
        for (word, short) in [
            ("Nogent-sur-Marne", Some("Nogent")),
            ("Saint-Germain-en-Laye", Some("Saint-Germain")),
            ("Fontenay-sous-Bois", Some("Fontenay")),
            ("Val-de-Marne", None),
            ("Pas-de-Calais", None),
            ("Arc-en-ciel", None),
            ("porte-parole", None),
            ("Jean-Pierre", None),
        ] {
            assert_eq!(commune_short_name(word), short, "{word}");
        }
    }

    #[test]
    fn a_text_longer_than_the_words_fetched_ahead_keeps_every_word_in_order() {
        // Words looked up in rounds of `PREFETCHED_WORDS`: one round full, one cut short,
        // and a word whose key is boxed (more than 23 bytes) among them.
        let count = 2 * super::PREFETCHED_WORDS + 3;
        let written: Vec<String> = (0..count)
            .map(|i| match i {
                7 => "anticonstitutionnellement".to_string(),
                _ => format!("Mot{i}"),
            })
            .collect();
        let text = written.join(" ");
        let analysis = analyse(&text);
        let read: Vec<&str> = analysis
            .words
            .iter()
            .map(|w| &text[w.range.clone()])
            .collect();
        assert_eq!(read, written);
        let lowers: Vec<&str> = analysis.words.iter().map(|w| w.lower(&text)).collect();
        assert_eq!(lowers[1], "mot1");
        assert_eq!(lowers[count - 1], format!("mot{}", count - 1));
    }

    #[test]
    fn each_word_is_lowercased_stemmed_and_classified_once() {
        let text = "L’OTAN a déployé des Armes";
        let analysis = analyse(text);
        let lowers: Vec<&str> = analysis.words.iter().map(|w| w.lower(text)).collect();
        assert_eq!(lowers, ["l", "otan", "a", "déployé", "des", "armes"]);
        let written: Vec<bool> = analysis.words.iter().map(|w| w.is_lowercase()).collect();
        assert_eq!(written, [false, false, true, true, true, false]);
        assert!(analysis.words[4].class.stop && analysis.words[4].class.determiner);
        assert_eq!(
            analysis.words[4].stem, None,
            "a stop word has no content stem"
        );
        assert_eq!(
            analysis.words[5].stem,
            Some(stem("arme")),
            "Armes is armes is arme"
        );
        assert_eq!(
            &*analysis.stems,
            &[stem("otan"), stem("déployé"), stem("arme")]
        );
        assert_eq!(content_stem("2024"), None, "a number is no content word");
    }

    /// A stop word's lexeme holds no stem: `stem` and `content_stem` still give what the
    /// Snowball stem of the lowercase word gave when every word was stemmed.
    #[test]
    fn stems_are_those_of_the_lowercase_words() {
        let text = "Selon LES syndicats, la CGT et l’Unsa ont dit NON : « Nous ne céderons pas \
                    sur les retraites », a déclaré à Paris sa secrétaire générale, le 12 mars 2023.";
        for token in segmenting::tokens(text) {
            let lower = segmenting::lowercase(token.text);
            let snowball: Stem = french_stem(&lower);
            assert_eq!(stem(token.text), snowball, "{}", token.text);
            let class = WordClass::of(&lower);
            let content = !class.stop && lower.chars().any(char::is_alphabetic);
            assert_eq!(
                content_stem(token.text),
                content.then_some(snowball),
                "{}",
                token.text
            );
        }
        let analysis = analyse(text);
        let expected: Vec<Stem> = segmenting::tokens(text)
            .filter_map(|t| content_stem(t.text))
            .collect();
        assert_eq!(&*analysis.stems, &expected[..]);
    }

    /// A text at the place of another, of its length, is analysed as itself: the memo by
    /// place holds the text it was asked for and compares it.
    #[test]
    fn a_text_where_another_lay_is_its_own() {
        start_article();
        let mut text = String::from("Minsk accueille le sommet.");
        let first = analyse(&text);
        text.replace_range(0..5, "Paris");
        let again = analyse(&text);
        assert!(!Rc::ptr_eq(&first, &again));
        assert_eq!(again.stems, analyse("Paris accueille le sommet.").stems);
        assert_eq!(again.words[0].lower(&text), "paris");
        assert!(Rc::ptr_eq(&again, &analyse(&text)));
    }

    #[test]
    fn the_sentence_memo_lasts_one_article() {
        start_article();
        let first = analyse("Minsk accueille le sommet.");
        assert!(Rc::ptr_eq(&first, &analyse("Minsk accueille le sommet.")));
        start_article();
        let again = analyse("Minsk accueille le sommet.");
        assert!(!Rc::ptr_eq(&first, &again));
        assert_eq!(first.stems, again.stems);
    }
}
