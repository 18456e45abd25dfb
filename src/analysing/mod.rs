//! Analysing: keywords, the focus keyphrase and keyword density.
//!
//! Words are grouped by their Snowball French stem (armes/arme, nucléaires/nucléaire) after the
//! curated stop words of [`crate::lexicon`] are removed. A keyphrase *occurs* in a sentence as
//! many times as the rarest of its content-word stems does there, so "Poutine et Loukachenko"
//! occurs in "Poutine a reçu M. Loukachenko" but not in "Poutine a parlé". `rewrite`, `stats` and
//! `check` all count with [`keyphrase_occurrences`], so their figures agree.

pub mod interned;
pub mod word_uses;
pub mod words;

pub use word_uses::WordUses;
pub use words::{
    analyse, content_stem, content_stems, paragraph_stems, start_article, stem, AnalysedWord,
    Analysis, Stem,
};

use crate::segmenting::{self, Paragraph};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::borrow::Borrow;
use std::collections::hash_map::Entry;
use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::rc::Rc;

/// Proper nouns by their lowercase form, written as the text writes them ("otan" → "OTAN").
/// FxHash: these maps are looked up for every word of several passes, where SipHash showed in
/// profiles and hash flooding is no concern.
pub type ProperNouns = FxHashMap<String, String>;

/// The focus keyphrase: how it is written and the stems that match it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keyphrase {
    pub text: String,
    pub stems: KeyphraseStems,
}

/// A keyphrase's content stems, inline up to four: the ranking keeps candidates of one to
/// four stems, and makes thousands of them an article.
pub type KeyphraseStems = smallvec::SmallVec<[Stem; 4]>;

impl Keyphrase {
    pub fn new(text: &str) -> Self {
        // Not through the sentence memo: a keyphrase is stemmed once, and the ranking makes
        // dozens of candidates that no stage reads again.
        let stems = segmenting::tokens(text)
            .filter_map(|t| content_stem(t.text))
            .collect();
        Keyphrase {
            text: text.trim().to_string(),
            stems,
        }
    }

    /// [`Keyphrase::new`] of a text given away: kept as it is when it has no white space to
    /// trim, where the ranking's thousands of candidates were each copied.
    fn of_owned(text: String) -> Self {
        let stems = segmenting::tokens(&text)
            .filter_map(|t| content_stem(t.text))
            .collect();
        let text = match text.trim().len() == text.len() {
            true => text,
            false => text.trim().to_string(),
        };
        Keyphrase { text, stems }
    }

    /// Every content word of the keyphrase appears in `text` (any inflection).
    pub fn is_in(&self, text: &str) -> bool {
        self.is_in_stems(&content_stems(text))
    }

    /// Every content word of the keyphrase is among a text's content `stems`.
    pub fn is_in_stems(&self, stems: &[Stem]) -> bool {
        !self.stems.is_empty() && self.stems.iter().all(|s| stems.contains(s))
    }
}

/// Occurrences of the keyphrase in a sentence: the count of its rarest content stem there.
pub fn keyphrase_occurrences(keyphrase: &Keyphrase, sentence: &str) -> usize {
    if keyphrase.stems.is_empty() {
        return 0;
    }
    occurrences_in_stems(keyphrase, &content_stems(sentence))
}

/// Occurrences of the keyphrase among a sentence's content stems (see
/// [`keyphrase_occurrences`]).
pub fn occurrences_in_stems(keyphrase: &Keyphrase, stems: &[Stem]) -> usize {
    keyphrase
        .stems
        .iter()
        .map(|k| stems.iter().filter(|&s| s == k).count())
        .min()
        .unwrap_or(0)
}

/// The stems of a few keyphrases counted in one text at a time: what a pass over the body
/// asks of each sentence for every keyphrase (whether the sentence holds it, how many times).
/// The keyphrases' distinct stems are numbered once; each of the sentence's stems is then
/// looked up once, where each stem of each keyphrase was compared with every stem of the
/// sentence ([`Keyphrase::is_in_stems`], [`occurrences_in_stems`]).
pub struct StemTally {
    /// Each distinct stem of the keyphrases, by its number.
    numbers: FxHashMap<Stem, usize>,
    /// Each keyphrase's stems by number, in its order.
    keyphrases: Vec<Vec<usize>>,
    /// How many times the text counted holds each numbered stem.
    counts: Vec<usize>,
}

impl StemTally {
    pub fn of<'k>(keyphrases: impl IntoIterator<Item = &'k Keyphrase>) -> StemTally {
        let mut numbers: FxHashMap<Stem, usize> = FxHashMap::default();
        let keyphrases: Vec<Vec<usize>> = keyphrases
            .into_iter()
            .map(|k| {
                let stems = k.stems.iter().map(|stem| {
                    let next = numbers.len();
                    *numbers.entry(*stem).or_insert(next)
                });
                stems.collect()
            })
            .collect();
        let counts = vec![0; numbers.len()];
        StemTally {
            numbers,
            keyphrases,
            counts,
        }
    }

    /// Counts the keyphrases' stems among a text's content `stems`, forgetting the text
    /// counted before.
    pub fn count(&mut self, stems: &[Stem]) {
        self.counts.fill(0);
        for stem in stems {
            if let Some(&number) = self.numbers.get(stem) {
                self.counts[number] += 1;
            }
        }
    }

    /// [`Keyphrase::is_in_stems`] of keyphrase `i` and the text counted.
    pub fn holds(&self, i: usize) -> bool {
        let stems = &self.keyphrases[i];
        !stems.is_empty() && stems.iter().all(|&n| self.counts[n] > 0)
    }

    /// [`occurrences_in_stems`] of keyphrase `i` in the text counted.
    pub fn occurrences(&self, i: usize) -> usize {
        let counts = self.keyphrases[i].iter().map(|&n| self.counts[n]);
        counts.min().unwrap_or(0)
    }
}

/// A keyword or phrase with its frequency in the body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    /// The commonest written form.
    pub text: String,
    pub count: usize,
    /// Occurrences per hundred body words.
    pub density: f64,
}

/// Keyword figures for a body of paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Density {
    /// Body words: what the keywords' densities are per hundred of.
    pub words: usize,
    /// Words of the subheadings, which the keyphrase's density also counts.
    pub heading_words: usize,
    /// The keyphrase, counted in the body and its subheadings, per hundred of their words:
    /// a reader meets it in both, and Yoast, whose density range `check` applies, counts both.
    pub keyphrase: Term,
    /// Top single keywords.
    pub terms: Vec<Term>,
    /// Top 2–3-word phrases.
    pub phrases: Vec<Term>,
}

/// Keyphrase density range, in percent of body words (Yoast's): under it the topic is not
/// signalled, over it the copy reads as keyword stuffing.
pub const MIN_KEYPHRASE_DENSITY: f64 = 0.5;
pub const MAX_KEYPHRASE_DENSITY: f64 = 3.0;
/// A keyphrase the journalist named once is not the article's topic, whatever its density in
/// a short text (Yoast judges one occurrence too few as well).
pub const MIN_KEYPHRASE_OCCURRENCES: usize = 2;

/// Gram tables are sized up front for an article of up to this many words, and grow past it.
const MAX_PRESIZED_GRAMS: usize = 4_096;

/// How many terms and phrases the density table lists.
pub const TOP_TERMS: usize = 10;

/// Measure the keyphrase over `paragraphs` and `headings`, and the top keywords over
/// `paragraphs`.
pub fn density<P: Borrow<Paragraph>>(
    paragraphs: &[P],
    headings: &[&str],
    keyphrase: &Keyphrase,
) -> Density {
    let words = body_words(paragraphs);
    let per_hundred = |count: usize| {
        if words == 0 {
            0.0
        } else {
            round2(count as f64 * 100.0 / words as f64)
        }
    };
    let sentences: Vec<&str> = sentences_of(paragraphs).collect();
    let (in_headings, heading_words) = in_headings(headings.iter().copied(), keyphrase);
    // The keyphrase counted in each sentence as its words are read below: one analysis asked
    // for per sentence, where the count asked for it again.
    let mut kp_count = in_headings;
    // An article's distinct grams are fewer than its words; a huge input's, far fewer.
    let expected = words.min(MAX_PRESIZED_GRAMS);
    let mut grams: [Counter<StemIds>; 3] =
        std::array::from_fn(|_| Counter::with_capacity(expected));
    // Each distinct stem by a number, given on first sight: a gram is keyed by its stems'
    // numbers, hashed and compared as twelve bytes, where its stems were cloned into the key
    // and each hashed and compared by its text, for each of the three grams a word closes.
    let mut ids: FxHashMap<Stem, u32> =
        FxHashMap::with_capacity_and_hasher(crate::presize::room_for(expected), Default::default());
    // The run of content words so far: each word closes one window of each size. Room for a
    // long run from the start, where it grew in every article.
    let mut run: Vec<NumberedWord> = Vec::with_capacity(RUN_ROOM);
    for sentence in &sentences {
        run.clear();
        let analysis = analyse(sentence);
        if !keyphrase.stems.is_empty() {
            kp_count += occurrences_in_stems(keyphrase, &analysis.stems);
        }
        for word in &analysis.words {
            let form = &sentence[word.range.clone()];
            // "a-t-il", "a-t-elle dit": a verb and its pronoun, which a reader never searches.
            let keyword = word.stem.as_ref().filter(|_| !inverted_verb(form));
            let Some(stem) = keyword else {
                run.clear();
                continue;
            };
            let id = match ids.get(stem) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(ids.len()).expect("fewer than 2^32 stems");
                    ids.insert(*stem, id);
                    id
                }
            };
            run.push(NumberedWord { form, id });
            for n in 1..=run.len().min(3) {
                let window = &run[run.len() - n..];
                let key = std::array::from_fn(|i| window.get(i).map_or(NO_STEM, |w| w.id));
                grams[n - 1].add(key, std::array::from_fn(|i| window.get(i).map(|w| w.form)));
            }
        }
    }
    let table = |counter: &Counter<StemIds>, min: usize| -> Vec<Term> {
        counter
            .top(TOP_TERMS, min)
            .into_iter()
            .map(|(text, count)| Term {
                text,
                count,
                density: per_hundred(count),
            })
            .collect()
    };
    let mut phrases = table(&grams[1], 2);
    phrases.extend(table(&grams[2], 2));
    phrases = without_subsumed(phrases);
    phrases.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    phrases.truncate(TOP_TERMS);
    Density {
        words,
        heading_words,
        keyphrase: Term {
            text: keyphrase.text.clone(),
            count: kp_count,
            density: keyphrase_density(kp_count, words + heading_words),
        },
        terms: table(&grams[0], 1),
        phrases,
    }
}

/// Room made for a run of content words in [`density`]: longer runs are rare, and grow it.
const RUN_ROOM: usize = 32;

/// "a-t-il", "dit-elle": a verb whose subject pronoun follows it. Only words holding a hyphen
/// are lowercased to be asked.
fn inverted_verb(form: &str) -> bool {
    form.contains('-') && segmenting::with_lowercase(form, crate::lexicon::ends_on_inverted_pronoun)
}

/// The density range for a keyphrase of `content_words` content words, the range `min..=max`
/// weighed as Yoast weighs it. A phrase of several words is rarer than one word, so Yoast
/// multiplies the measured density by 0.7 + n/3 before it compares it with 0.5–3 %: "gilets
/// jaunes" named 3 times in 803 words (0.37 %) is enough, "Thonon" named 3 times is not. redac
/// divides the range instead, so that the density every command prints stays the plain count
/// per hundred words; the bounds are rounded like that density.
pub fn density_range(min: f64, max: f64, content_words: usize) -> RangeInclusive<f64> {
    let weight = 0.7 + content_words.max(1) as f64 / 3.0;
    round2(min / weight)..=round2(max / weight)
}

/// Occurrences per hundred words, rounded to two decimals; 0 without words.
pub fn keyphrase_density(occurrences: usize, words: usize) -> f64 {
    if words == 0 {
        return 0.0;
    }
    round2(occurrences as f64 * 100.0 / words as f64)
}

/// The keyphrase's occurrences in `headings` and their words: what they add to its density
/// in the body, as `check` measures it.
pub fn in_headings<'h>(
    headings: impl Iterator<Item = &'h str>,
    keyphrase: &Keyphrase,
) -> (usize, usize) {
    headings.fold((0, 0), |(count, words), heading| {
        (
            count + keyphrase_occurrences(keyphrase, heading),
            words + segmenting::count_words(heading),
        )
    })
}

/// Drop a phrase that only ever occurs inside a longer listed one ("russe Vladimir" when
/// "président russe Vladimir" has the same count): it says nothing the longer one does not.
fn without_subsumed(phrases: Vec<Term>) -> Vec<Term> {
    let subsumed = |p: &Term| {
        phrases.iter().any(|longer| {
            longer.count == p.count
                && longer.text.len() > p.text.len()
                && longer.text.contains(&p.text)
        })
    };
    phrases.iter().filter(|p| !subsumed(p)).cloned().collect()
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Runs of consecutive content words in a sentence, as written. Stop words break runs, and so
/// does punctuation between two words: "Sanctions contre la Russie : Marine Le Pen…" holds no
/// phrase "Russie Marine".
fn content_runs(sentence: &str) -> Vec<Vec<&str>> {
    let analysis = analyse(sentence);
    let mut runs = vec![Vec::new()];
    let mut previous_end = 0;
    for word in &analysis.words {
        let gap = &sentence[previous_end.min(word.range.start)..word.range.start];
        previous_end = word.range.end;
        let punctuated = gap.contains(|c: char| !c.is_whitespace());
        if punctuated && !runs.last().is_some_and(Vec::is_empty) {
            runs.push(Vec::new());
        }
        match &word.stem {
            Some(_) => runs
                .last_mut()
                .expect("non-empty")
                .push(&sentence[word.range.clone()]),
            None if !runs.last().is_some_and(Vec::is_empty) => runs.push(Vec::new()),
            None => {}
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// An n-gram of one to three words, as a key: no allocation per window counted.
type Gram<T> = [Option<T>; 3];

/// A gram's stems by their numbers in [`density`], [`NO_STEM`] past its last word.
type StemIds = [u32; 3];

/// No stem: the places of a gram past its last word.
const NO_STEM: u32 = u32::MAX;

/// A word of a content run in [`density`]: its written form and its stem's number.
#[derive(Debug, Clone, Copy)]
struct NumberedWord<'a> {
    form: &'a str,
    id: u32,
}

/// How often a gram occurs, and how often in each written form. A gram has one form, now and
/// then two: the first is kept inline, so counting allocates nothing for most grams.
struct GramCount<'a> {
    count: usize,
    first: (Gram<&'a str>, usize),
    others: Vec<(Gram<&'a str>, usize)>,
}

impl<'a> GramCount<'a> {
    fn forms(&self) -> impl Iterator<Item = &(Gram<&'a str>, usize)> {
        std::iter::once(&self.first).chain(&self.others)
    }
}

/// The `(i + 1)`-th largest of `values` (the `i`-th of them sorted in decreasing order), found
/// by selection: the gram counts were sorted whole for this one value.
fn nth_largest(mut values: Vec<usize>, i: usize) -> Option<usize> {
    (i < values.len()).then(|| *values.select_nth_unstable_by(i, |a, b| b.cmp(a)).1)
}

/// Counts n-grams by `K`, their stems ([`StemIds`]), remembering the commonest written form
/// of each. What it lists reads the forms and counts alone, never the keys.
///
/// The counts lie in a vector in the order the grams were first met, and the table maps a
/// key to its place there: a slot of the table is sixteen bytes where it held the count and
/// its forms, over a hundred. Sized for every word of an article and written at random as
/// grams came, the three tables of [`density`] took some 260 KB an article (DHAT, two fifths
/// of the bytes a batch allocates); the vectors are written in order. The 75 articles' second
/// pass (`STEADY=1 bash bench/callgrind.sh`): 285.88 M → 285.28 M instructions; the 1,050 on
/// one core: user time 1 % lower at the first quartile (two runs of 20 alternated rounds,
/// stop 75).
struct Counter<'a, K> {
    places: FxHashMap<K, u32>,
    counts: Vec<GramCount<'a>>,
}

impl<'a, K: std::hash::Hash + Eq> Counter<'a, K> {
    /// A counter sized for `words` windows, so that it never grows while counting.
    fn with_capacity(words: usize) -> Counter<'a, K> {
        Counter {
            places: FxHashMap::with_capacity_and_hasher(
                crate::presize::room_for(words),
                Default::default(),
            ),
            counts: Vec::with_capacity(words),
        }
    }

    /// Counts the gram `key`, written `form`.
    fn add(&mut self, key: K, form: Gram<&'a str>) {
        match self.places.entry(key) {
            Entry::Vacant(vacant) => {
                vacant.insert(u32::try_from(self.counts.len()).expect("fewer than 2^32 grams"));
                self.counts.push(GramCount {
                    count: 1,
                    first: (form, 1),
                    others: Vec::new(),
                });
            }
            Entry::Occupied(occupied) => {
                let entry = &mut self.counts[*occupied.get() as usize];
                entry.count += 1;
                if entry.first.0 == form {
                    entry.first.1 += 1;
                } else if let Some((_, count)) = entry.others.iter_mut().find(|(f, _)| *f == form) {
                    *count += 1;
                } else {
                    entry.others.push((form, 1));
                }
            }
        }
    }

    /// The `n` most frequent, ties broken alphabetically, so the table is deterministic.
    fn top(&self, n: usize, min: usize) -> Vec<(String, usize)> {
        // Only grams as frequent as the n-th need their written form.
        let counts: Vec<usize> = self.counts.iter().map(|g| g.count).collect();
        let floor = nth_largest(counts, n.saturating_sub(1))
            .unwrap_or(0)
            .max(min);
        let mut all: Vec<(String, usize)> = self
            .counts
            .iter()
            .filter(|g| g.count >= floor)
            .map(|g| (commonest_gram_form(g), g.count))
            .collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        all.truncate(n);
        all
    }
}

/// The commonest written form of a gram; among equals the alphabetically first, as the
/// joined text sorts (words never hold a character that sorts before the space).
fn commonest_gram_form(gram: &GramCount) -> String {
    let (form, _) = gram
        .forms()
        .min_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)))
        .expect("a counted gram has a form");
    // Joined as it is read, into room for the whole: collected into a vector to be joined,
    // each form was two allocations.
    let mut joined = String::with_capacity(form.iter().flatten().map(|w| w.len() + 1).sum());
    for (i, word) in form.iter().flatten().enumerate() {
        if i > 0 {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    joined
}

fn commonest_form(forms: &BTreeMap<&str, usize>) -> String {
    // BTreeMap iteration is ordered, so max_by_key with ties resolves to the first such form.
    let best = forms.values().copied().max().unwrap_or(0);
    forms
        .iter()
        .find(|(_, &c)| c == best)
        .map(|(f, _)| f.to_string())
        .unwrap_or_default()
}

/// Words the text writes with a capital where no sentence starts, and never in lowercase:
/// proper nouns ("Poutine", "Minsk") and acronyms ("OTAN"), keyed by their lowercase form.
pub fn proper_nouns<P: Borrow<Paragraph>>(paragraphs: &[P]) -> ProperNouns {
    // By their lowercase form, hashed (some one word in seven is capitalised), where each was
    // searched for in a sorted map; sorted once at the end, so that the proper nouns are
    // listed in the order that map gave them.
    let mut capitalised: FxHashMap<String, BTreeMap<&str, usize>> = FxHashMap::default();
    // Words opening sentences, by their lowercase form: the forms and how many sentences.
    let mut openers: FxHashMap<String, (BTreeMap<&str, usize>, usize)> = FxHashMap::default();
    for sentence in sentences_of(paragraphs) {
        let words = &analyse(sentence).words;
        for (i, word) in words.iter().enumerate() {
            // A stop word is never a proper noun, however the text capitalises it.
            if word.class.stop || word.is_lowercase() {
                continue;
            }
            if i == 0 || opens_a_clause_after_a_colon(sentence, word, words.get(i + 1)) {
                if labels_a_fact(sentence, word) {
                    continue;
                }
                let written = &sentence[word.range.clone()];
                let lower = word.lower(sentence);
                let (forms, sentences) = match openers.get_mut(lower) {
                    Some(entry) => entry,
                    None => openers.entry(lower.to_string()).or_default(),
                };
                *forms.entry(written).or_default() += 1;
                *sentences += 1;
                continue;
            }
            if opens_a_quotation(sentence, word) {
                continue;
            }
            let written = &sentence[word.range.clone()];
            let lower = word.lower(sentence);
            let forms = match capitalised.get_mut(lower) {
                Some(forms) => forms,
                None => capitalised.entry(lower.to_string()).or_default(),
            };
            *forms.entry(written).or_default() += 1;
        }
    }
    for (lower, (forms, sentences)) in openers {
        if sentences >= NAME_OPENINGS_MIN && name_shaped_opener(&lower) {
            capitalised.entry(lower).or_insert(forms);
        }
    }
    let lowercase = written_in_lowercase(paragraphs, &capitalised);
    let mut names: Vec<(String, BTreeMap<&str, usize>)> = capitalised.into_iter().collect();
    names.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Filtered as the map is filled, as before: the map grows as it did, and lists its names
    // in the same order (sized at once for all of them, it laid them out otherwise).
    names
        .into_iter()
        .filter(|(lower, _)| !lowercase.contains(lower.as_str()))
        .map(|(lower, forms)| (lower, commonest_form(&forms)))
        .collect()
}

/// "Mandanda (6) : Décisif en première période, il…": a capitalised word right after a colon,
/// a lowercase word after it, opens the clause the colon brings as a sentence's first word
/// does, and is read as one (a name only if it opens two or more, as "Montpellier : Portner
/// a…"); it was a name, and a tag ("Décisif", "Appliqué"). A name after a colon goes on with
/// another name or a bracket ("Buts : Kalimuendo (12e)", "Le président : Emmanuel Macron").
fn opens_a_clause_after_a_colon(
    sentence: &str,
    word: &AnalysedWord,
    next: Option<&AnalysedWord>,
) -> bool {
    let spaces: &[char] = &[' ', '\u{a0}', '\u{202f}'];
    sentence[..word.range.start]
        .trim_end_matches(spaces)
        .ends_with(':')
        && next.is_some_and(|next| {
            next.is_lowercase() && sentence[word.range.end..next.range.start].trim().is_empty()
        })
}

/// Fewest sentences a word must open, never written in lowercase, to be taken for a name the
/// text only writes first ("Montpellier a frappé fort.", "Montpellier : Portner…" in a
/// match report that says "le club héraultais" elsewhere): a common word opens one sentence
/// or two and is written in lowercase elsewhere.
const NAME_OPENINGS_MIN: usize = 2;

/// An opener long enough for a name, and no adverb in "-ment" ("Finalement", "Seulement").
fn name_shaped_opener(lower: &str) -> bool {
    lower.chars().count() >= 4 && !lower.ends_with("ment")
}

/// The sentence's first word labels the fact its colon opens, a figure or lowercase words
/// ("Tarif : 12 €", "Durée : deux heures"): an agenda's or a box's label, which opens every
/// sentence it is in and so looked like a name the text only writes first (an agenda's tags
/// held "Tarif"). A name before its colon says who or where ("Montpellier : Portner…").
fn labels_a_fact(sentence: &str, word: &AnalysedWord) -> bool {
    let spaces: &[char] = &[' ', '\u{a0}', '\u{202f}'];
    sentence[word.range.end..]
        .trim_start_matches(spaces)
        .strip_prefix(':')
        .is_some_and(|fact| {
            fact.trim_start_matches(spaces)
                .starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase())
        })
}

/// The word opens a quotation ("« Mission : retrouve ton cap »", "« Bonnnjour ! »"), whose
/// first word is capitalised as a sentence's is: no sign of a name, which a slogan's or a
/// quoted sentence's first word would otherwise become, and a tag.
fn opens_a_quotation(sentence: &str, word: &AnalysedWord) -> bool {
    sentence[..word.range.start]
        .trim_end_matches([' ', '\u{a0}', '\u{202f}'])
        .ends_with('«')
}

/// The words of `capitalised` that the text also writes in lowercase (no stop word among
/// them). Asked once the capitalised words are known, of the text's other words: each is
/// ruled out by its first two bytes (a bit of [`OpeningBits`]) but for a few, where every
/// word the text writes in lowercase went into a set as large as the text.
fn written_in_lowercase<'p, P: Borrow<Paragraph>, V>(
    paragraphs: &'p [P],
    capitalised: &FxHashMap<String, V>,
) -> FxHashSet<&'p str> {
    let mut lowercase = FxHashSet::default();
    if capitalised.is_empty() {
        return lowercase;
    }
    let mut openings = OpeningBits::default();
    for lower in capitalised.keys() {
        openings.insert(lower);
    }
    for sentence in sentences_of(paragraphs) {
        for word in &analyse(sentence).words {
            if word.class.stop || !word.is_lowercase() {
                continue;
            }
            let written = &sentence[word.range.clone()];
            if openings.may_hold(written) && capitalised.contains_key(written) {
                lowercase.insert(written);
            }
        }
    }
    lowercase
}

/// The openings (first two bytes) of a few words, each a bit of 1,024: a word whose bit is
/// not set is none of them.
#[derive(Default)]
struct OpeningBits([u64; 16]);

impl OpeningBits {
    fn bit(word: &str) -> usize {
        let bytes = word.as_bytes();
        let second = bytes.get(1).copied().unwrap_or(0);
        (usize::from(bytes[0]) * 31 + usize::from(second)) % 1024
    }

    fn insert(&mut self, word: &str) {
        let bit = Self::bit(word);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    fn may_hold(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & 1 << (bit % 64) != 0
    }
}

/// Choose the focus keyphrase: the entity or title phrase that the most body sentences are
/// about, with a bonus for being in the title and in the lede (where readers and search
/// engines look first) and a small one for being more specific (longer).
pub fn choose_keyphrase<P: Borrow<Paragraph>>(
    title: Option<&str>,
    paragraphs: &[P],
) -> Option<Keyphrase> {
    rank_keyphrases(title, paragraphs, &proper_nouns(paragraphs), |_| true)
        .into_iter()
        .next()
}

/// Share of the best keyphrase's score a candidate needs to be offered as an alternative.
const COMPETITIVE_SCORE: f64 = 0.5;

/// Keyphrase candidates, best first (see [`choose_keyphrase`]); the composer may prefer a
/// later one that its headings can carry. Only candidates `acceptable` says a reader would
/// search are ranked, so a rejected best one ("enfant") does not set the bar the others are
/// measured against ("Marciano").
pub fn rank_keyphrases<P: Borrow<Paragraph>>(
    title: Option<&str>,
    paragraphs: &[P],
    proper: &ProperNouns,
    acceptable: impl Fn(&Keyphrase) -> bool,
) -> Vec<Keyphrase> {
    KeyphraseCandidates::of(title, paragraphs, proper).ranked(acceptable)
}

/// How many candidates, best first, [`ranked_without_bar`] asks `acceptable` of: each answer
/// may read the whole text, and asking every candidate would make the work grow with the
/// candidates times the text.
const CANDIDATES_WITHOUT_BAR: usize = 32;

/// The candidates [`rank_keyphrases`] ranks, best first, that `acceptable` accepts, however
/// far behind the best (the first `CANDIDATES_WITHOUT_BAR` asked at most): where none near
/// the best is said often enough to be the story's, one said more often behind it may be.
pub fn ranked_without_bar<P: Borrow<Paragraph>>(
    title: Option<&str>,
    paragraphs: &[P],
    proper: &ProperNouns,
    acceptable: impl Fn(&Keyphrase) -> bool,
) -> Vec<Keyphrase> {
    KeyphraseCandidates::of(title, paragraphs, proper).without_bar(acceptable)
}

/// A text's keyphrase candidates, scored and ranked once, best first.
///
/// The composer asks for them up to three times an article (near the bar; near it again among
/// the acceptable ones when none near the best is; behind it when none is said often enough),
/// and each ask stemmed every candidate and scored it against the text again. Most articles
/// ask once; the others' second ask was 0.44 M instructions of a pass of the 75 real
/// articles.
pub struct KeyphraseCandidates {
    scored: Vec<(f64, Keyphrase)>,
}

impl KeyphraseCandidates {
    /// The candidates of `paragraphs` and `title`: their entities and the title's phrases,
    /// each once, of one to four stems and some salience, scored against the text.
    pub fn of<P: Borrow<Paragraph>>(
        title: Option<&str>,
        paragraphs: &[P],
        proper: &ProperNouns,
    ) -> Self {
        KeyphraseCandidates {
            scored: scored_candidates(title, paragraphs, proper, |_| true),
        }
    }

    /// The candidates near the best that `acceptable` accepts, best first: what
    /// [`rank_keyphrases`] gives.
    pub fn ranked(&self, acceptable: impl Fn(&Keyphrase) -> bool) -> Vec<Keyphrase> {
        // `acceptable` reads the whole text for some candidates: it is asked in rank order,
        // and only of candidates that could still be kept. One with the stems of the last
        // kept is dropped whatever it answers; candidates far behind the best are not worth
        // trading for a better heading or title, so the first below the bar ends the list.
        let mut kept: Vec<(f64, &Keyphrase)> = Vec::new();
        for (score, keyphrase) in &self.scored {
            let best = kept.first().map_or(0.0, |(s, _)| *s);
            if *score < best * COMPETITIVE_SCORE {
                break;
            }
            let repeats_last = kept.last().is_some_and(|(_, k)| k.stems == keyphrase.stems);
            if !repeats_last && acceptable(keyphrase) {
                kept.push((*score, keyphrase));
            }
        }
        kept.into_iter().map(|(_, k)| k.clone()).collect()
    }

    /// The candidates `acceptable` accepts however far behind the best, best first: what
    /// [`ranked_without_bar`] gives.
    pub fn without_bar(&self, acceptable: impl Fn(&Keyphrase) -> bool) -> Vec<Keyphrase> {
        self.scored
            .iter()
            .take(CANDIDATES_WITHOUT_BAR)
            .map(|(_, keyphrase)| keyphrase)
            .filter(|keyphrase| acceptable(keyphrase))
            .cloned()
            .collect()
    }
}

/// The candidates [`rank_keyphrases`] ranks, those `kept` keeps, with their scores, best
/// first: the entities of the paragraphs and the phrases of the title, each once, of one to
/// four stems and some salience.
fn scored_candidates<P: Borrow<Paragraph>>(
    title: Option<&str>,
    paragraphs: &[P],
    proper: &ProperNouns,
    kept: impl Fn(&Keyphrase) -> bool,
) -> Vec<(f64, Keyphrase)> {
    let mut candidates: Vec<String> = entity_spans(paragraphs, proper).into_iter().collect();
    candidates.extend(title.into_iter().flat_map(|t| title_phrases(t, proper)));
    candidates.sort();
    candidates.dedup();
    let salience = Salience::of(title, paragraphs);
    let mut scored: Vec<(f64, Keyphrase)> = candidates
        .into_iter()
        .map(Keyphrase::of_owned)
        .filter(|k| (1..=4).contains(&k.stems.len()))
        .map(|k| (salience.score(&k), k))
        .filter(|(s, _)| *s > 0.0)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.text.cmp(&b.1.text)));
    let mut start = 0;
    while start < scored.len() {
        let score = scored[start].0;
        let end = start
            + scored[start..]
                .iter()
                .take_while(|(s, _)| *s == score)
                .count();
        if end - start > 1 {
            spellings_in_order(&mut scored[start..end], paragraphs);
        }
        start = end;
    }
    // Set aside once ranked: which are kept changes no order.
    scored.retain(|(_, k)| kept(k));
    scored
}

/// "Europe" (28 times) and "Europa" (once, in a partner's name) stem alike and score alike,
/// and the alphabet put "Europa" first: among candidates of one score (`tied`, in alphabetical
/// order), the spellings of one name (candidates with its stems that open on a capital) rank
/// together, where the first of them was, the one the text writes most first, so the ranking
/// keeps it and its twins only serve when it is not acceptable. Most ties hold no two such
/// spellings, and the text is not read again.
fn spellings_in_order<P: Borrow<Paragraph>>(tied: &mut [(f64, Keyphrase)], paragraphs: &[P]) {
    let named = |k: &Keyphrase| k.text.starts_with(char::is_uppercase);
    // Each name's first spelling (the run is in alphabetical order) and how many it has.
    let mut names: FxHashMap<&[Stem], (usize, usize)> = FxHashMap::default();
    for (i, (_, k)) in tied.iter().enumerate().filter(|(_, (_, k))| named(k)) {
        names.entry(k.stems.as_slice()).or_insert((i, 0)).1 += 1;
    }
    let first_spelling: Vec<Option<usize>> = tied
        .iter()
        .map(|(_, k)| match names.get(k.stems.as_slice()) {
            Some(&(first, spellings)) if spellings > 1 && named(k) => Some(first),
            _ => None,
        })
        .collect();
    drop(names);
    if first_spelling.iter().all(Option::is_none) {
        return;
    }
    let written: Vec<usize> = (0..tied.len())
        .map(|i| match first_spelling[i] {
            Some(_) => written_times(paragraphs, &tied[i].1.text),
            None => 0,
        })
        .collect();
    let mut order: Vec<usize> = (0..tied.len()).collect();
    order.sort_by_key(|&i| {
        (
            first_spelling[i].unwrap_or(i),
            std::cmp::Reverse(written[i]),
            i,
        )
    });
    let mut slots: Vec<Option<(f64, Keyphrase)>> = tied
        .iter_mut()
        .map(|t| Some(std::mem::replace(t, (0.0, Keyphrase::default()))))
        .collect();
    for (place, i) in order.into_iter().enumerate() {
        tied[place] = slots[i].take().expect("each candidate placed once");
    }
}

/// How many times the paragraphs write `text`, as a whole word or words: one searcher for
/// all of them.
fn written_times<P: Borrow<Paragraph>>(paragraphs: &[P], text: &str) -> usize {
    let finder = memchr::memmem::Finder::new(text);
    paragraphs
        .iter()
        .map(|p| {
            let paragraph = p.borrow().text.as_str();
            finder
                .find_iter(paragraph.as_bytes())
                .filter(|&at| stands_alone(paragraph, at, text.len()))
                .count()
        })
        .sum()
}

/// The `len` bytes at `at` are whole words: no letter or digit glued on either side.
fn stands_alone(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// For each stem, the sentences that hold it (in order) and how many times: `u32`, as a huge
/// input holds one entry per content word.
///
/// Every list in one vector, each stem's a slice of it, where a vector per stem was an
/// allocation for each distinct word of the text: filled in two passes over the occurrences,
/// the first counting each stem's sentences.
struct Postings {
    /// Each stem's number, in the order of first occurrence.
    numbers: FxHashMap<Stem, u32>,
    /// Where each stem's list starts in `lists`, and where the last one ends.
    starts: Vec<u32>,
    lists: Vec<(u32, u32)>,
}

impl Postings {
    fn of<P: Borrow<Paragraph>>(paragraphs: &[P]) -> Postings {
        // Sized once for as many words as the text holds (`presize`), where they grew as they
        // filled.
        let words = body_words(paragraphs);
        let mut numbers: FxHashMap<Stem, u32> = FxHashMap::with_capacity_and_hasher(
            crate::presize::room_for(words),
            Default::default(),
        );
        // The number of every occurrence's stem, in the text's order, and where each
        // sentence's occurrences end: four bytes a content word, where the lists take eight.
        let mut occurrences: Vec<u32> = Vec::with_capacity(words);
        let mut sentence_ends: Vec<usize> = Vec::new();
        for sentence in sentences_of(paragraphs) {
            for stem in content_stems(sentence).iter() {
                let next = u32::try_from(numbers.len()).expect("fewer than 2^32 stems");
                let number = match numbers.get(stem) {
                    Some(&number) => number,
                    None => *numbers.entry(*stem).or_insert(next),
                };
                occurrences.push(number);
            }
            sentence_ends.push(occurrences.len());
        }
        let by_sentence = || {
            let starts = std::iter::once(0).chain(sentence_ends.iter().copied());
            starts
                .zip(&sentence_ends)
                .enumerate()
                .map(|(index, (start, &end))| {
                    let index = u32::try_from(index).expect("fewer than 2^32 sentences");
                    (index, &occurrences[start..end])
                })
        };
        // Each stem's sentences, counted: its list's length.
        let mut last = vec![u32::MAX; numbers.len()];
        let mut starts = vec![0u32; numbers.len() + 1];
        for (sentence, stems) in by_sentence() {
            for &number in stems {
                let n = number as usize;
                if last[n] != sentence {
                    last[n] = sentence;
                    starts[n + 1] += 1;
                }
            }
        }
        for n in 1..starts.len() {
            starts[n] += starts[n - 1];
        }
        // Each list filled in the text's order, a repeat in the same sentence counted.
        let mut lists = vec![(u32::MAX, 0u32); starts[numbers.len()] as usize];
        let mut ends: Vec<u32> = starts[..numbers.len()].to_vec();
        for (sentence, stems) in by_sentence() {
            for &number in stems {
                let n = number as usize;
                let end = ends[n] as usize;
                if end > starts[n] as usize && lists[end - 1].0 == sentence {
                    lists[end - 1].1 += 1;
                } else {
                    lists[end] = (sentence, 1);
                    ends[n] += 1;
                }
            }
        }
        Postings {
            numbers,
            starts,
            lists,
        }
    }

    /// The sentences holding `stem` and how many times each does; none for a stem the text
    /// does not hold.
    fn of_stem(&self, stem: &Stem) -> &[(u32, u32)] {
        self.numbers.get(stem).map_or(&[], |&n| {
            let n = n as usize;
            &self.lists[self.starts[n] as usize..self.starts[n + 1] as usize]
        })
    }
}

/// What a keyphrase candidate is scored against: where each stem occurs in the body, and the
/// stems of the lede and of the title.
struct Salience {
    postings: Postings,
    lede: FxHashSet<Stem>,
    title_order: Rc<[Stem]>,
    words: f64,
}

impl Salience {
    fn of<P: Borrow<Paragraph>>(title: Option<&str>, paragraphs: &[P]) -> Salience {
        Salience {
            postings: Postings::of(paragraphs),
            lede: paragraphs
                .first()
                .map(|p| paragraph_stems(p.borrow()))
                .unwrap_or_default()
                .into_iter()
                .collect(),
            title_order: title.map(content_stems).unwrap_or_else(|| Rc::new([])),
            words: body_words(paragraphs).max(1) as f64,
        }
    }

    /// Sentences holding every stem of `stems`, and the occurrences of the rarest one summed
    /// over them (see [`keyphrase_occurrences`]); none for no stems.
    fn coverage(&self, stems: &[Stem]) -> (usize, usize) {
        // On the stack: the candidates have four stems at most, and every one is scored.
        let mut on_stack: [&[(u32, u32)]; 4] = [&[]; 4];
        if let Some(lists) = on_stack.get_mut(..stems.len()) {
            for (list, stem) in lists.iter_mut().zip(stems) {
                *list = self.postings.of_stem(stem);
            }
            return coverage_of(lists);
        }
        let lists: Vec<&[(u32, u32)]> = stems.iter().map(|st| self.postings.of_stem(st)).collect();
        coverage_of(&lists)
    }

    /// How many sentences are about the keyphrase, weighted by where it stands.
    fn score(&self, k: &Keyphrase) -> f64 {
        let (coverage, occurrences) = self.coverage(&k.stems);
        let in_title = k.stems.iter().all(|s| self.title_order.contains(s));
        let in_lede = k.stems.iter().all(|s| self.lede.contains(s));
        // The title is composed keyphrase first: a keyphrase the title already opens with
        // keeps the source's own wording.
        let opens_title = k.stems.iter().all(|s| {
            self.title_order
                .iter()
                .take(k.stems.len() + 1)
                .any(|t| t == s)
        });
        // Over 3 % reads as keyword stuffing (Yoast's upper bound, weighed by length).
        let stuffed = occurrences as f64 * 100.0 / self.words
            > *density_range(MIN_KEYPHRASE_DENSITY, MAX_KEYPHRASE_DENSITY, k.stems.len()).end();
        let factor = |yes: bool, f: f64| if yes { f } else { 1.0 };
        coverage as f64
            * (1.0 + 0.3 * (k.stems.len() as f64 - 1.0))
            * factor(in_title, 2.0)
            * factor(opens_title, 1.5)
            * factor(in_lede, 1.5)
            * factor(stuffed, 0.6)
    }
}

/// Runs of proper nouns in the body ("Vladimir Poutine", "Alexandre Loukachenko"), and each
/// proper noun alone.
/// Each span once: a name recurs in most sentences.
///
/// `proper` holds the proper nouns of a text holding `paragraphs` ([`proper_nouns`] of them or
/// of more): a word written there in lowercase, or a stop word, is never one of them, so only
/// the others, a word in seven or so, are looked up.
fn entity_spans<P: Borrow<Paragraph>>(paragraphs: &[P], proper: &ProperNouns) -> FxHashSet<String> {
    let mut spans = FxHashSet::default();
    let mut add = |span: &str| {
        if !spans.contains(span) {
            spans.insert(span.to_string());
        }
    };
    let mut run: Vec<&str> = Vec::new();
    // A run's names are joined here, where `join` made a string for every run of every
    // sentence, most of them spans already found.
    let mut joined = String::new();
    for sentence in sentences_of(paragraphs) {
        let analysis = analyse(sentence);
        // A word's lowercase form is read only where it is asked: to look up a capitalised
        // word, and for the word before a run of names. Read for every word, it cost more
        // than the rest of the pass.
        let words = analysis.words.iter().map(|w| {
            let looked_up = !w.is_lowercase() && !w.class.stop;
            (
                Some(w),
                looked_up.then(|| proper.get(w.lower(sentence))).flatten(),
            )
        });
        let mut previous: Option<&AnalysedWord> = None;
        let mut after_determiner = false;
        for (word, name) in words.chain(std::iter::once((None, None))) {
            if let Some(form) = name {
                let form = word.map_or(form.as_str(), |w| with_its_period(form, sentence, w));
                if run.is_empty() {
                    let previous = previous.map_or("", |w| w.lower(sentence));
                    after_determiner = crate::lexicon::is_determiner(previous);
                }
                run.push(form);
                add(form);
            } else {
                match run.len() {
                    // "le procureur de la République Julien Wattebled": no article stands
                    // before a person's name, so the name after the one it follows is in
                    // apposition, and the run is two names, not one.
                    3.. if after_determiner => add(join_into(&mut joined, &run[1..])),
                    2.. => add(join_into(&mut joined, &run)),
                    _ => {}
                }
                run.clear();
            }
            previous = word;
        }
    }
    spans
}

/// A name's `form`, with the period the text writes after it when it is an initial: a
/// defendant named "Essia B." in a court report is "Essia B." in the title and the
/// keyphrase, never "Essia B", which reads as a typo.
fn with_its_period<'s>(form: &'s str, sentence: &'s str, word: &AnalysedWord) -> &'s str {
    let is_initial = form.len() == 1 && form.as_bytes()[0].is_ascii_uppercase();
    match is_initial && sentence[word.range.end..].starts_with('.') {
        true => &sentence[word.range.start..word.range.end + 1],
        false => form,
    }
}

/// `words` joined by spaces into `joined`, emptied first (`words.join(" ")`, in one string
/// kept for every run).
fn join_into<'j>(joined: &'j mut String, words: &[&str]) -> &'j str {
    joined.clear();
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    joined
}

/// Content phrases of the title: runs of 1–3 content words, and "X et Y" when both are proper
/// nouns ("Poutine et Loukachenko").
fn title_phrases(title: &str, proper: &ProperNouns) -> Vec<String> {
    let words: Vec<&str> = segmenting::tokens(title).map(|t| t.text).collect();
    let mut phrases = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let is_proper = |w: &str| proper.contains_key(segmenting::lowercase(w).as_ref());
        if w.eq_ignore_ascii_case("et")
            && i > 0
            && i + 1 < words.len()
            && is_proper(words[i - 1])
            && is_proper(words[i + 1])
        {
            let form = |w: &str| proper[&w.to_lowercase()].clone();
            phrases.push(format!("{} et {}", form(words[i - 1]), form(words[i + 1])));
        }
    }
    for run in content_runs(title) {
        // Each word's form (the name as the text writes it, or the word in lowercase) made
        // once for the run, where each of the windows holding it made it again.
        let forms: Vec<String> = run
            .iter()
            .map(|w| {
                let lower = segmenting::lowercase(w);
                match proper.get(lower.as_ref()) {
                    Some(name) => name.clone(),
                    None => lower.into_owned(),
                }
            })
            .collect();
        for n in 1..=3 {
            for window in forms.windows(n) {
                phrases.push(window.join(" "));
            }
        }
    }
    phrases
}

/// Body words of `paragraphs`, by the documented rule.
pub fn body_words<P: Borrow<Paragraph>>(paragraphs: &[P]) -> usize {
    paragraphs.iter().map(|p| p.borrow().words()).sum()
}

/// The sentences of `paragraphs`, in order.
fn sentences_of<P: Borrow<Paragraph>>(paragraphs: &[P]) -> impl Iterator<Item = &str> {
    paragraphs.iter().flat_map(|p| p.borrow().sentence_texts())
}

/// The sentences that hold every stem whose postings are `lists`, and the occurrences of the
/// rarest stem in them ([`Salience::coverage`]).
fn coverage_of(lists: &[&[(u32, u32)]]) -> (usize, usize) {
    let Some((first, others)) = lists.split_first() else {
        return (0, 0);
    };
    let (mut sentences, mut occurrences) = (0, 0);
    for &(sentence, count) in *first {
        let rarest = others.iter().try_fold(count, |rarest, list| {
            let at = list.binary_search_by_key(&sentence, |&(s, _)| s).ok()?;
            Some(rarest.min(list[at].1))
        });
        if let Some(rarest) = rarest {
            sentences += 1;
            occurrences += rarest as usize;
        }
    }
    (sentences, occurrences)
}

#[cfg(test)]
mod tests {
    #[test]
    fn coverage_counts_the_sentences_holding_every_stem_and_the_rarest_ones_uses() {
        // Postings: (sentence, uses there), by sentence.
        let a: &[(u32, u32)] = &[(0, 2), (1, 1), (3, 4)];
        let b: &[(u32, u32)] = &[(1, 3), (3, 1), (4, 1)];
        assert_eq!(super::coverage_of(&[a]), (3, 7));
        assert_eq!(super::coverage_of(&[a, b]), (2, 2));
        assert_eq!(super::coverage_of(&[a, b, a, b, a]), (2, 2));
        assert_eq!(super::coverage_of(&[]), (0, 0));
    }

    #[test]
    fn punctuation_breaks_a_titles_runs() {
        // CNews: no phrase runs across the colon.
        let runs = content_runs("Sanctions contre la Russie : Marine Le Pen est « prête à vendre notre République », fustige Agnès Pannier-Runacher");
        assert!(runs.contains(&vec!["Russie"]), "{runs:?}");
        assert!(
            runs.contains(&vec!["fustige", "Agnès", "Pannier-Runacher"]),
            "{runs:?}"
        );
        assert!(
            runs.iter().all(|r| !r.ends_with(&["Russie", "Marine"][..])),
            "{runs:?}"
        );
        let runs = content_runs(
            "L’allocation de rentrée scolaire versée à près de 3 millions de familles",
        );
        assert!(
            runs.contains(&vec!["rentrée", "scolaire", "versée"]),
            "{runs:?}"
        );
    }

    proptest::proptest! {
        /// Selection finds the value the decreasing sort put at `i`.
        #[test]
        fn nth_largest_is_the_sorted_value(
            values in proptest::collection::vec(0usize..20, 0..60),
            i in 0usize..70,
        ) {
            let mut sorted = values.clone();
            sorted.sort_unstable_by(|a, b| b.cmp(a));
            proptest::prop_assert_eq!(nth_largest(values, i), sorted.get(i).copied());
        }
    }

    use super::*;

    /// The tally says of every keyphrase what `is_in_stems` and `occurrences_in_stems` say,
    /// sentence after sentence: the seeds' sentences against keyphrases of their words (one to
    /// four, repeated stems among them), of nothing, and of stop words alone.
    #[test]
    fn a_stem_tally_counts_as_the_keyphrases_are_looked_up() {
        let sentences: Vec<String> = crate::test_texts::seed_paragraphs_and_lines()
            .iter()
            .flat_map(|p| {
                let paragraph = Paragraph::new(p.as_str());
                let texts: Vec<String> = paragraph.sentence_texts().map(str::to_string).collect();
                texts
            })
            .collect();
        let mut keyphrases = vec![
            Keyphrase::new(""),
            Keyphrase::new("de la"),
            Keyphrase::new("armes armes"),
        ];
        for sentence in sentences.iter().step_by(11) {
            let words: Vec<&str> = sentence.split_whitespace().collect();
            for n in 1..=4 {
                keyphrases.extend(
                    words
                        .windows(n)
                        .step_by(3)
                        .map(|w| Keyphrase::new(&w.join(" "))),
                );
            }
        }
        let mut tally = StemTally::of(&keyphrases);
        let (mut held, mut asked) = (0, 0);
        for sentence in &sentences {
            let stems = content_stems(sentence);
            tally.count(&stems);
            for (i, keyphrase) in keyphrases.iter().enumerate() {
                asked += 1;
                held += usize::from(tally.holds(i));
                assert_eq!(
                    tally.holds(i),
                    keyphrase.is_in_stems(&stems),
                    "{keyphrase:?} in {sentence:?}"
                );
                assert_eq!(
                    tally.occurrences(i),
                    occurrences_in_stems(keyphrase, &stems),
                    "{keyphrase:?} in {sentence:?}"
                );
            }
        }
        assert!(held > 0 && held < asked, "{held} of {asked}");
    }

    /// A candidate given away is the keyphrase made of its text: trimmed or not, with
    /// elisions, no-break spaces, names and nothing.
    #[test]
    fn an_owned_candidate_is_the_keyphrase_of_its_text() {
        for text in [
            "Vladimir Poutine",
            " gilets jaunes ",
            "l’OTAN",
            "\u{a0}Poutine et Loukachenko\u{a0}",
            "",
            "  ",
            "armes nucléaires\n",
            "d'Europe",
        ] {
            assert_eq!(
                Keyphrase::of_owned(text.to_string()),
                Keyphrase::new(text),
                "{text:?}"
            );
        }
    }

    /// A word of a content run as [`density`] first kept it: its form and its stem.
    struct Word<'a> {
        form: &'a str,
        stem: Stem,
    }

    /// [`density`] as first written: each gram keyed by its stems, cloned, hashed and
    /// compared by their text.
    fn density_by_stems(
        paragraphs: &[Paragraph],
        headings: &[&str],
        keyphrase: &Keyphrase,
    ) -> Density {
        let words = body_words(paragraphs);
        let per_hundred = |count: usize| {
            if words == 0 {
                0.0
            } else {
                round2(count as f64 * 100.0 / words as f64)
            }
        };
        let sentences: Vec<&str> = sentences_of(paragraphs).collect();
        let (in_headings, heading_words) = in_headings(headings.iter().copied(), keyphrase);
        let kp_count = in_headings
            + sentences
                .iter()
                .map(|s| keyphrase_occurrences(keyphrase, s))
                .sum::<usize>();
        let expected = words.min(MAX_PRESIZED_GRAMS);
        let mut grams: [Counter<Gram<Stem>>; 3] =
            std::array::from_fn(|_| Counter::with_capacity(expected));
        let mut run: Vec<Word> = Vec::new();
        for sentence in &sentences {
            run.clear();
            for word in &analyse(sentence).words {
                let form = &sentence[word.range.clone()];
                let keyword = word.stem.as_ref().filter(|_| !inverted_verb(form));
                let Some(stem) = keyword else {
                    run.clear();
                    continue;
                };
                run.push(Word { form, stem: *stem });
                for n in 1..=run.len().min(3) {
                    let window = &run[run.len() - n..];
                    grams[n - 1].add(
                        std::array::from_fn(|i| window.get(i).map(|w| w.stem)),
                        std::array::from_fn(|i| window.get(i).map(|w| w.form)),
                    );
                }
            }
        }
        let table = |counter: &Counter<Gram<Stem>>, min: usize| -> Vec<Term> {
            counter
                .top(TOP_TERMS, min)
                .into_iter()
                .map(|(text, count)| Term {
                    text,
                    count,
                    density: per_hundred(count),
                })
                .collect()
        };
        let mut phrases = table(&grams[1], 2);
        phrases.extend(table(&grams[2], 2));
        phrases = without_subsumed(phrases);
        phrases.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
        phrases.truncate(TOP_TERMS);
        Density {
            words,
            heading_words,
            keyphrase: Term {
                text: keyphrase.text.clone(),
                count: kp_count,
                density: keyphrase_density(kp_count, words + heading_words),
            },
            terms: table(&grams[0], 1),
            phrases,
        }
    }

    /// The density table of grams keyed by their stems' numbers is the one keyed by the stems,
    /// on every seed (and the shared corpus's French articles where it lies beside the
    /// repository), with a heading, and on an empty body.
    #[test]
    fn density_by_numbers_is_density_by_stems() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut tables = 0;
        for folder in [
            format!("{root}/fixtures"),
            format!("{root}/../shared/corpus/fr"),
        ] {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let paragraphs: Vec<Paragraph> = text.split("\n\n").map(Paragraph::new).collect();
                let keyphrase = Keyphrase::new("gilets jaunes");
                let headings = ["Les gilets jaunes à Paris"];
                assert_eq!(
                    density(&paragraphs, &headings, &keyphrase),
                    density_by_stems(&paragraphs, &headings, &keyphrase),
                    "{}",
                    path.display()
                );
                tables += 1;
            }
        }
        assert!(tables >= 5);
        let keyphrase = Keyphrase::new("Poutine");
        assert_eq!(
            density::<Paragraph>(&[], &[], &keyphrase),
            density_by_stems(&[], &[], &keyphrase)
        );
    }

    proptest::proptest! {
        /// The same on texts of repeated words, names, elisions, hyphens and marks.
        #[test]
        fn density_by_numbers_is_density_by_stems_on_any_text(
            text in "((Les|les|gilets|jaunes|Gilet|jaune|a-t-il|Poutine|armes|arme|l’armée|d'Europe|nucléaires|12|«|»|,|\\.|\n\n)[ \u{a0}]{0,1}){0,40}"
        ) {
            let paragraphs: Vec<Paragraph> = text.split("\n\n").map(Paragraph::new).collect();
            let keyphrase = Keyphrase::new("armes nucléaires");
            proptest::prop_assert_eq!(
                density(&paragraphs, &[], &keyphrase),
                density_by_stems(&paragraphs, &[], &keyphrase)
            );
        }
    }

    fn paras(texts: &[&str]) -> Vec<Paragraph> {
        texts.iter().map(|t| Paragraph::new(*t)).collect()
    }

    /// A match report (written for the tests) writes its winner's name only at the start of
    /// sentences ("Montpellier a frappé fort.", "Montpellier : Portner…"): not known for a
    /// name, it was lowercased after the title's colon ("Montpelliérains : montpellier
    /// assomme Nantes"). A word that opens one sentence, or that the text also writes in
    /// lowercase, or an adverb, is no name.
    #[test]
    fn a_word_opening_several_sentences_never_in_lowercase_is_a_name() {
        let p = paras(&[
            "Montpellier a frappé fort. Face à Nantes, le club héraultais s'est imposé.",
            "Finalement, les Nantais n'ont pas su revenir. Finalement, ils ont perdu.",
            "Montpellier : Portner (16 arrêts) – Villeminot 7, Bos 6.",
            "Victoire nette. Victoire méritée, après une victoire à Paris.",
        ]);
        let proper = proper_nouns(&p);
        assert_eq!(
            proper.get("montpellier").map(String::as_str),
            Some("Montpellier")
        );
        assert!(!proper.contains_key("face"));
        assert!(!proper.contains_key("finalement"));
        assert!(!proper.contains_key("victoire"));
    }

    /// A match's ratings (written for the tests) open each player's clause after a colon on a
    /// capitalised adjective ("Mandanda (6) : Décisif en première période"): no name, where it
    /// was one and a tag. A name after a colon, a bracket or a name after it, stays one.
    #[test]
    fn a_capital_opening_the_clause_after_a_colon_is_no_name() {
        let p = paras(&[
            "Mandanda (6) : Décisif en première période, il n'a rien pu faire sur le but.",
            "Truffert (5,5) : Appliqué défensivement, il a peu apporté.",
            "Buts : Kalimuendo (12e, 56e) pour Rennes.",
            "Le nouveau président : Jean Dupont, élu jeudi soir.",
        ]);
        let proper = proper_nouns(&p);
        assert!(!proper.contains_key("décisif"));
        assert!(!proper.contains_key("appliqué"));
        for name in ["kalimuendo", "jean", "dupont"] {
            assert!(proper.contains_key(name), "{name}");
        }
    }

    /// The Conversation's "CHSF" ranks far behind "cyberattaques", which the headline names:
    /// below the bar of [`rank_keyphrases`], within [`ranked_without_bar`].
    #[test]
    fn candidates_behind_the_bar_are_ranked_without_it() {
        let title = Some("Cyberattaques des hôpitaux : que veulent les hackers ?");
        let p = paras(&[
            "Les cyberattaques visent les hôpitaux. Au CHSF de Corbeil, les cyberattaques ont chiffré les données.",
            "Les cyberattaques se multiplient. Le CHSF a porté plainte.",
        ]);
        let proper = proper_nouns(&p);
        let near = rank_keyphrases(title, &p, &proper, |_| true);
        let behind = ranked_without_bar(title, &p, &proper, |_| true);
        assert!(!near.iter().any(|k| k.text == "CHSF"), "{near:?}");
        assert!(behind.iter().any(|k| k.text == "CHSF"), "{behind:?}");
        let accepted = ranked_without_bar(title, &p, &proper, |k| k.text != "CHSF");
        assert!(!accepted.iter().any(|k| k.text == "CHSF"));
    }

    #[test]
    fn a_name_is_ranked_in_the_spelling_the_text_writes_most() {
        // Voxeurop: "Europa" once, in a partner's name, stems as "Europe" does, and the
        // alphabet ranked it first.
        let p = paras(&[
            "Le 9 mai, c’est la Journée de l’Europe. Les citoyens veulent une Europe qui protège.",
            "Les partenaires sont Europa Nostra et Democracy International. L’Europe doit écouter ses citoyens.",
            "La crise a frappé l’Europe entière.",
        ]);
        let proper = proper_nouns(&p);
        let ranked = rank_keyphrases(None, &p, &proper, |_| true);
        assert!(ranked.iter().any(|k| k.text == "Europe"), "{ranked:?}");
        assert!(!ranked.iter().any(|k| k.text == "Europa"), "{ranked:?}");
        let written = paras(&["L’Europe, l’Europa et l’Europe.", "Les Européens."]);
        assert_eq!(written_times(&written, "Europe"), 2);
    }

    #[test]
    fn a_name_in_apposition_after_an_institution_is_a_name_of_its_own() {
        // lepoint.fr: "République" and "Julien Wattebled" are two names, not one.
        let p = paras(&["Une sandale a été retrouvée, a déclaré le procureur de la République Julien Wattebled. Le procureur Julien Wattebled a ouvert une enquête à Niort."]);
        let spans = entity_spans(&p, &proper_nouns(&p));
        assert!(spans.contains("Julien Wattebled"), "{spans:?}");
        assert!(!spans.contains("République Julien Wattebled"), "{spans:?}");
        // Without an article before it, the run is one name.
        let p = paras(&[
            "Jonathan Jacob Meijer est poursuivi. Selon Jonathan Jacob Meijer, rien ne change.",
        ]);
        assert!(entity_spans(&p, &proper_nouns(&p)).contains("Jonathan Jacob Meijer"));
    }

    #[test]
    fn an_initial_keeps_its_period_in_a_name() {
        // A court report names the defendant by an initial: "Essia B" reads as a typo.
        let p = paras(&[
            "Le parquet a requis dix ans contre Essia B., jugée à Paris. Essia B. a mis le feu.",
        ]);
        let spans = entity_spans(&p, &proper_nouns(&p));
        assert!(spans.contains("Essia B."), "{spans:?}");
        assert!(!spans.contains("Essia B"), "{spans:?}");
        // A capital letter that no period follows is written as it is.
        let p = paras(&["Le Plan B, voté lundi, est prêt. Le Plan B sera appliqué."]);
        assert!(entity_spans(&p, &proper_nouns(&p)).contains("Plan B"));
    }

    /// The spans as every word looked up made them: a word of the text written in lowercase,
    /// or a stop word, is none of its proper nouns.
    fn entity_spans_looking_every_word_up(
        paragraphs: &[Paragraph],
        proper: &ProperNouns,
    ) -> FxHashSet<String> {
        let mut spans = FxHashSet::default();
        let mut run: Vec<&str> = Vec::new();
        for sentence in sentences_of(paragraphs) {
            let analysis = analyse(sentence);
            let words = analysis.words.iter().map(|w| (w.lower(sentence), Some(w)));
            let mut previous = "";
            let mut after_determiner = false;
            for (lower, word) in words.chain(std::iter::once(("", None))) {
                if let Some(form) = proper.get(lower) {
                    let form = word.map_or(form.as_str(), |w| with_its_period(form, sentence, w));
                    if run.is_empty() {
                        after_determiner = crate::lexicon::is_determiner(previous);
                    }
                    run.push(form);
                    spans.insert(form.to_string());
                } else {
                    match run.len() {
                        3.. if after_determiner => {
                            spans.insert(run[1..].join(" "));
                        }
                        2.. => {
                            spans.insert(run.join(" "));
                        }
                        _ => {}
                    }
                    run.clear();
                }
                previous = lower;
            }
        }
        spans
    }

    /// The proper nouns as one pass made them, every word the text writes in lowercase put in
    /// a set.
    fn proper_nouns_in_one_pass(paragraphs: &[Paragraph]) -> ProperNouns {
        let mut capitalised: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        let mut openers: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        let mut lowercase: FxHashSet<&str> = FxHashSet::default();
        for sentence in sentences_of(paragraphs) {
            for (i, word) in analyse(sentence).words.iter().enumerate() {
                let written = &sentence[word.range.clone()];
                if word.class.stop {
                    continue;
                }
                let lower = word.lower(sentence).to_string();
                if word.is_lowercase() {
                    lowercase.insert(written);
                } else if i == 0 {
                    if labels_a_fact(sentence, word) {
                        continue;
                    }
                    *openers
                        .entry(lower)
                        .or_default()
                        .entry(written)
                        .or_default() += 1;
                } else if !opens_a_quotation(sentence, word) {
                    *capitalised
                        .entry(lower)
                        .or_default()
                        .entry(written)
                        .or_default() += 1;
                }
            }
        }
        for (lower, forms) in openers {
            if forms.values().sum::<usize>() >= NAME_OPENINGS_MIN && name_shaped_opener(&lower) {
                capitalised.entry(lower).or_insert(forms);
            }
        }
        capitalised
            .into_iter()
            .filter(|(lower, _)| !lowercase.contains(lower.as_str()))
            .map(|(lower, forms)| (lower, commonest_form(&forms)))
            .collect()
    }

    proptest::proptest! {
        /// The proper nouns are those of the one pass, the same map built in the same order.
        #[test]
        fn proper_nouns_are_those_of_one_pass(
            texts in proptest::collection::vec(
                "((Le|le|LA|la|l’|de|Des|DES|Et|et|Poutine|POUTINE|poutine|Minsk|MINSK|minsk|Otan|OTAN|otan|Élysée|élysée|Paris|paris|Selon|Une|[a-zé]{1,5}|[A-ZÉ][a-zé]{1,5})[ ,.’'-]{1,2}){0,16}",
                1..4,
            ),
        ) {
            let paragraphs: Vec<Paragraph> = texts.iter().map(|t| Paragraph::new(t.as_str())).collect();
            let proper = proper_nouns(&paragraphs);
            let former = proper_nouns_in_one_pass(&paragraphs);
            proptest::prop_assert_eq!(&proper, &former);
            let order = |map: &ProperNouns| map.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>();
            proptest::prop_assert_eq!(order(&proper), order(&former));
        }
    }

    proptest::proptest! {
        /// The spans are those every word looked up finds, the proper nouns being those of
        /// the paragraphs or of a text holding them.
        #[test]
        fn entity_spans_are_those_of_every_word_looked_up(
            texts in proptest::collection::vec(
                "((Le|le|LA|la|l’|de|Des|DES|Et|et|Poutine|POUTINE|poutine|Minsk|MINSK|République|Julien|Wattebled|OTAN|Otan|Paris|paris|Selon|Une|[a-zé]{1,5}|[A-ZÉ][a-zé]{1,5})[ ,.’'-]{1,2}){0,16}",
                1..4,
            ),
            more in "((Poutine|poutine|Minsk|Otan|Julien|[A-Z][a-z]{1,4}|[a-z]{1,4}) ){0,6}",
        ) {
            let paragraphs: Vec<Paragraph> = texts.iter().map(|t| Paragraph::new(t.as_str())).collect();
            let mut wider = paragraphs.clone();
            wider.push(Paragraph::new(more));
            for proper in [proper_nouns(&paragraphs), proper_nouns(&wider)] {
                proptest::prop_assert_eq!(
                    entity_spans(&paragraphs, &proper),
                    entity_spans_looking_every_word_up(&paragraphs, &proper)
                );
            }
        }
    }

    /// `rank_keyphrases` as first written: every candidate asked whether it is acceptable
    /// before it is scored, then the ranking deduplicated and cut at the bar.
    fn rank_asking_every_candidate(
        title: Option<&str>,
        paragraphs: &[Paragraph],
        proper: &ProperNouns,
        acceptable: impl Fn(&Keyphrase) -> bool,
    ) -> Vec<Keyphrase> {
        let mut scored = scored_candidates(title, paragraphs, proper, acceptable);
        scored.dedup_by(|a, b| a.1.stems == b.1.stems);
        let best = scored.first().map_or(0.0, |(s, _)| *s);
        scored
            .into_iter()
            .take_while(|(s, _)| *s >= best * COMPETITIVE_SCORE)
            .map(|(_, k)| k)
            .collect()
    }

    proptest::proptest! {
        /// Asked lazily, in rank order, `acceptable` leaves the ranking of every seed what
        /// asking it of every candidate made, whichever candidates it rejects (those whose
        /// text hashes into `rejected` of `out_of` buckets), and is asked no more often.
        #[test]
        fn ranking_asks_only_the_candidates_it_may_keep(out_of in 1u64..6, rejected in 0u64..6) {
            use std::hash::{Hash, Hasher};
            let rejects = |k: &Keyphrase| {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                k.text.hash(&mut hasher);
                hasher.finish() % out_of < rejected
            };
            for text in crate::test_texts::seed_texts() {
                let paragraphs: Vec<Paragraph> = text.split("\n\n").map(Paragraph::new).collect();
                let title = text.lines().next();
                let proper = proper_nouns(&paragraphs);
                let asked = std::cell::Cell::new((0, 0));
                let lazily = rank_keyphrases(title, &paragraphs, &proper, |k| {
                    asked.set((asked.get().0 + 1, asked.get().1));
                    !rejects(k)
                });
                let every = rank_asking_every_candidate(title, &paragraphs, &proper, |k| {
                    asked.set((asked.get().0, asked.get().1 + 1));
                    !rejects(k)
                });
                let texts = |ks: &[Keyphrase]| ks.iter().map(|k| k.text.clone()).collect::<Vec<_>>();
                proptest::prop_assert_eq!(texts(&lazily), texts(&every));
                proptest::prop_assert!(asked.get().0 <= asked.get().1);
            }
        }
    }

    #[test]
    fn stems_group_inflections() {
        assert_eq!(stem("armes"), stem("arme"));
        assert_eq!(stem("nucléaires"), stem("nucléaire"));
    }

    #[test]
    fn keyphrase_counts_its_rarest_word_per_sentence() {
        let k = Keyphrase::new("Poutine et Loukachenko");
        assert_eq!(k.stems.len(), 2);
        assert_eq!(
            keyphrase_occurrences(&k, "Poutine a reçu M. Loukachenko."),
            1
        );
        assert_eq!(keyphrase_occurrences(&k, "Poutine a parlé."), 0);
        assert!(k.is_in("Loukachenko et Poutine"));
    }

    #[test]
    fn density_range_is_yoasts_weighed_by_content_words() {
        assert_eq!(density_range(0.5, 3.0, 1), 0.48..=2.9);
        assert_eq!(density_range(0.5, 3.0, 2), 0.37..=2.2);
        assert_eq!(density_range(0.5, 3.0, 3), 0.29..=1.76);
        // A keyphrase of stop words only still gets the one-word range.
        assert_eq!(density_range(0.5, 3.0, 0), 0.48..=2.9);
    }

    #[test]
    fn density_table_skips_a_verb_and_its_inverted_pronoun() {
        // Orange: "a-t-il" was the seventh keyword, and "Ile-de-France a-t-il" a phrase.
        let body = paras(&[
            "« Les masques arrivent en Ile-de-France », a-t-il dit. « Les gares ferment en Ile-de-France », a-t-il ajouté.",
            "« Les masques sont gratuits en Ile-de-France », a-t-elle dit.",
        ]);
        let d = density(&body, &[], &Keyphrase::new("masques"));
        let listed = |text: &str| {
            d.terms
                .iter()
                .chain(&d.phrases)
                .any(|t| t.text.contains(text))
        };
        assert!(listed("masques"), "{:?}", d.terms);
        assert!(
            !listed("a-t-il") && !listed("a-t-elle"),
            "{:?} {:?}",
            d.terms,
            d.phrases
        );
    }

    #[test]
    fn density_table_skips_stop_words_and_groups_forms() {
        let body = paras(&[
            "Les armes nucléaires arrivent. Une arme nucléaire de plus selon Minsk.",
            "Cette arme inquiète Minsk.",
        ]);
        let d = density(&body, &[], &Keyphrase::new("arme nucléaire"));
        assert_eq!(d.keyphrase.count, 2);
        assert_eq!(d.terms[0].count, 3, "{:?}", d.terms);
        assert!(d
            .terms
            .iter()
            .all(|t| !["selon", "cette", "les", "de"].contains(&t.text.to_lowercase().as_str())));
        assert!(d.phrases.iter().any(|p| p.count == 2));
    }

    #[test]
    fn keyphrase_is_the_salient_entity() {
        let body = paras(&[
            "Le président russe Vladimir Poutine a reçu Alexandre Loukachenko à Moscou.",
            "Selon le Kremlin, Loukachenko a parlé de défense. Loukachenko a ensuite quitté la capitale.",
            "Les deux pays ont signé un accord.",
        ]);
        let k = choose_keyphrase(Some("Loukachenko reçu à Moscou"), &body).unwrap();
        assert_eq!(k.text, "Loukachenko");
    }

    #[test]
    fn postings_list_each_stems_sentences_with_its_count() {
        let paragraphs = paras(&[
            "Minsk accueille Minsk. Le sommet de Minsk aura lieu.",
            "Un sommet à Minsk, un autre sommet. Rien.",
        ]);
        let postings = Postings::of(&paragraphs);
        let mut expected: FxHashMap<Stem, Vec<(u32, u32)>> = FxHashMap::default();
        for (index, sentence) in sentences_of(&paragraphs).enumerate() {
            for stem in content_stems(sentence).iter() {
                let list = expected.entry(*stem).or_default();
                match list.last_mut() {
                    Some((last, count)) if *last == index as u32 => *count += 1,
                    _ => list.push((index as u32, 1)),
                }
            }
        }
        assert_eq!(postings.of_stem(&stem("minsk")), [(0, 2), (1, 1), (2, 1)]);
        for (stem, list) in &expected {
            assert_eq!(postings.of_stem(stem), list.as_slice(), "{stem}");
        }
        assert!(postings.of_stem(&stem("absent")).is_empty());
    }

    #[test]
    fn proper_nouns_are_learned_from_the_body() {
        let p = proper_nouns(&paras(&[
            "Le pays a vu Poutine et l’OTAN. Selon Minsk, rien.",
        ]));
        assert_eq!(p.get("poutine").map(String::as_str), Some("Poutine"));
        assert_eq!(p.get("otan").map(String::as_str), Some("OTAN"));
        assert!(!p.contains_key("pays"));
    }

    /// An agenda's label opening each of its facts ("Tarif : 12 €") was a tag, as a name the
    /// text only writes first; a town opening a match report's lines stays one.
    #[test]
    fn a_label_opening_its_facts_makes_no_proper_noun() {
        let p = proper_nouns(&paras(&[
            "Le quartet joue vendredi. Tarif : 12 €, gratuit pour les enfants.",
            "Le musée expose soixante toiles. Tarif : 8 €.",
            "Trois séances sont prévues. Tarif : 6 € la séance.",
            "Montpellier : Portner marque. Montpellier : Dupont double la mise.",
        ]));
        assert!(!p.contains_key("tarif"), "{p:?}");
        assert_eq!(
            p.get("montpellier").map(String::as_str),
            Some("Montpellier")
        );
    }

    /// Le Point's « Bonnnjour ! » and HuffPost's « Mission : retrouve ton cap » were tags: a
    /// quotation's first word is capitalised as a sentence's, which says nothing of a name. A
    /// name the text also capitalises outside guillemets stays one.
    #[test]
    fn a_capital_opening_a_quotation_makes_no_proper_noun() {
        let p = proper_nouns(&paras(&[
            "Il est accueilli avec un tonitruant « Bonnnjour ! » par le patron.",
            "Le suivi, baptisé « Mission : retrouve ton cap », a été testé.",
            "Le magazine « Capital » a cité « Chirac », et la veuve de Chirac a répondu.",
        ]));
        assert!(!p.contains_key("bonnnjour"), "{p:?}");
        assert!(!p.contains_key("mission"), "{p:?}");
        assert!(!p.contains_key("capital"), "{p:?}");
        assert_eq!(p.get("chirac").map(String::as_str), Some("Chirac"));
    }

    /// The headings' phrase grammar looks up no stop word among the proper nouns
    /// (`SentenceWords::of`): none is ever one, however the text capitalises it.
    #[test]
    fn no_stop_word_is_a_proper_noun() {
        let p = proper_nouns(&paras(&[
            "Selon Le Monde et Les Echos, DES manifestants ET La Poste ont vu Poutine.",
            "Il a dit QUE Nous ne céderons pas, AU Parlement, À Paris, Dans LA rue.",
        ]));
        assert!(p.contains_key("poutine"));
        for key in p.keys() {
            assert!(!crate::lexicon::WordClass::of(key).stop, "{key}");
        }
    }
}
