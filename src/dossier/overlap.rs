//! Overlap: does a sentence restate what the article already says?
//!
//! Each sentence is reduced to its *signature*: the set of its content words, accent-folded and
//! cut to their first five letters (a coarse stem that also joins "biélorusse" and
//! "Biélorussie", "invasion" and "invasions"). A candidate is a near-duplicate of a sentence
//! already in the article when [`DUPLICATE_CONTAINMENT`] of the candidate's terms are in it
//! (a restatement), or when [`RESTATED_CONTAINMENT`] of the existing sentence's terms — and at
//! least [`MIN_SHARED_TERMS_RESTATED`] — are in the candidate (the same fact retold with a
//! detail added). Containment rather than Jaccard, because a short restatement of a long
//! sentence, or a long retelling of a short one, still tells a fact twice.
//!
//! Tuned on the seed dossiers (each seed as lead with the four others): "Loukachenko a autorisé
//! Moscou à utiliser le territoire biélorusse pour lancer son invasion" (6 shared terms, half of
//! the lead's "Moscou a utilisé le territoire biélorusse comme terrain de rassemblement…") is
//! caught, while sentences that merely share the presidents' names and a country (2–3 terms)
//! are kept. Paraphrases with no shared words ("tremplin" for "terrain de rassemblement") are
//! beyond a lexical measure.

use crate::lexicon;
use crate::segmenting::{split_sentences, tokens};
use std::collections::{HashMap, HashSet};

/// Share of a candidate's signature found in one existing sentence that makes it a duplicate.
pub const DUPLICATE_CONTAINMENT: f64 = 0.4;
/// Share of an existing sentence's signature found in a candidate that makes the candidate a
/// retelling of it, when at least [`MIN_SHARED_TERMS_RESTATED`] terms are shared.
pub const RESTATED_CONTAINMENT: f64 = 0.45;
pub const MIN_SHARED_TERMS_RESTATED: usize = 6;
/// A duplicate shares at least this many terms (very short sentences share little by chance).
pub const MIN_SHARED_TERMS: usize = 3;
/// Telling terms (rarer than the story's names) two sentences share when they tell one fact
/// in different words and order ("le pays a servi de tremplin aux troupes russes" and "Moscou
/// a utilisé le territoire comme terrain de rassemblement pour son invasion").
pub const SHARED_TELLING_TERMS: usize = 4;
/// Length of a run of consecutive terms that, shared, marks the same fact told twice.
pub const SHARED_PHRASE_TERMS: usize = 3;
const PREFIX_LETTERS: usize = 5;

/// The signatures of the sentences already in the article, and how telling each term is.
#[derive(Debug, Default)]
pub struct Overlap {
    sentences: Vec<(String, Vec<String>)>,
    /// Inverse sentence frequency of each term over every source of the dossier: the story's
    /// own names ("Poutine", "Biélorussie") are in most sentences and say little about which
    /// fact a sentence tells; "tremplin" or "Iskander" say a lot.
    weights: HashMap<String, f64>,
    /// Terms of proper nouns (written with a capital inside a sentence): who and where, never
    /// what happened, so never telling on their own.
    names: HashSet<String>,
}

impl Overlap {
    /// Weigh terms by how rare they are across `corpus` (every sentence of every source).
    pub fn weighted_by<'a>(corpus: impl IntoIterator<Item = &'a str>) -> Overlap {
        let mut frequency: HashMap<String, usize> = HashMap::new();
        let mut names: HashSet<String> = HashSet::new();
        let mut total = 0usize;
        for sentence in corpus {
            total += 1;
            for term in signature(sentence).into_iter().collect::<HashSet<_>>() {
                *frequency.entry(term).or_default() += 1;
            }
            names.extend(name_terms(sentence));
        }
        let weights = frequency
            .into_iter()
            .map(|(term, df)| (term, (1.0 + total as f64 / df as f64).ln()))
            .collect();
        Overlap {
            sentences: Vec::new(),
            weights,
            names,
        }
    }

    pub fn add_paragraph(&mut self, text: &str) {
        for range in split_sentences(text) {
            let sentence = &text[range];
            self.sentences
                .push((sentence.to_string(), signature(sentence)));
        }
    }

    /// The sentence restates one already in the article.
    pub fn is_duplicate(&self, sentence: &str) -> bool {
        self.restated(sentence).is_some()
    }

    /// The sentence of the article that `sentence` restates, if any.
    ///
    /// Two sentences that both tell figures, the candidate one the other does not, tell two
    /// facts: "Leur durée maximale d’indemnisation reste fixée à vingt-sept mois" restates
    /// nothing of "La durée maximale d’indemnisation passera de dix-huit à quinze mois",
    /// however many words they share. A figure added to a sentence that told none ("… en
    /// février 2022") is a detail of the same fact.
    pub fn restated(&self, sentence: &str) -> Option<&str> {
        let candidate = signature(sentence);
        if candidate.is_empty() {
            return None;
        }
        let figures = figures(sentence);
        self.sentences
            .iter()
            .filter(|(text, _)| figures.is_empty() || tells_every_figure(text, &figures))
            .find(|(_, existing)| self.restates(&candidate, existing))
            .map(|(text, _)| text.as_str())
    }

    fn weight<'a>(&self, terms: impl Iterator<Item = &'a String>) -> f64 {
        terms
            .map(|t| self.weights.get(t).copied().unwrap_or(1.0))
            .sum()
    }

    /// The candidate restates the existing sentence when most of its own weight is there, when
    /// it tells the existing sentence's fact again with details added (most of the existing
    /// weight, and enough shared terms that a shared name and place are not taken for a shared
    /// fact), or when both say the same phrase ("utiliser le territoire biélorusse").
    fn restates(&self, candidate: &[String], existing: &[String]) -> bool {
        let candidate_set: HashSet<&String> = candidate.iter().collect();
        let existing_set: HashSet<&String> = existing.iter().collect();
        let shared: Vec<&String> = candidate_set.intersection(&existing_set).copied().collect();
        let shared_weight = self.weight(shared.iter().copied());
        let of_candidate =
            shared_weight / self.weight(candidate_set.iter().copied()).max(f64::EPSILON);
        let of_existing =
            shared_weight / self.weight(existing_set.iter().copied()).max(f64::EPSILON);
        (shared.len() >= MIN_SHARED_TERMS.min(candidate.len())
            && of_candidate >= DUPLICATE_CONTAINMENT)
            || (shared.len() >= MIN_SHARED_TERMS_RESTATED && of_existing >= RESTATED_CONTAINMENT)
            || self.share_a_phrase(candidate, existing)
            || shared.iter().filter(|t| self.is_telling(t)).count() >= SHARED_TELLING_TERMS
    }

    fn is_telling(&self, term: &str) -> bool {
        !self.names.contains(term)
            && self.weights.get(term).copied().unwrap_or(f64::MAX) >= self.telling_weight()
    }

    /// Both hold the same run of [`SHARED_PHRASE_TERMS`] consecutive terms, two of them more
    /// telling than the story's own names: the same subject doing the same thing to the same
    /// object ("Moscou … utiliser le territoire"), not just "le président russe Vladimir
    /// Poutine".
    fn share_a_phrase(&self, candidate: &[String], existing: &[String]) -> bool {
        let telling = |t: &&String| self.is_telling(t);
        candidate.windows(SHARED_PHRASE_TERMS).any(|run| {
            run.iter().filter(telling).count() >= 2
                && existing
                    .windows(SHARED_PHRASE_TERMS)
                    .any(|other| other == run)
        })
    }

    /// Terms found in more than one sentence in four (the story's names and places) are not
    /// telling.
    fn telling_weight(&self) -> f64 {
        (1.0f64 + 4.0).ln()
    }
}

/// Content words, accent-folded, cut to their first letters, paraphrases folded together, in
/// sentence order.
pub fn signature(sentence: &str) -> Vec<String> {
    // Lowercased without a copy when lowercase already, as most words are.
    tokens(sentence)
        .map(|t| crate::segmenting::lowercase(t.text))
        .filter(|w| is_signature_word(w))
        .map(|w| term(&w))
        .collect()
}

/// Content words that can tell a fact: not stop words (but numbers, which date and count
/// facts: "deux jours"), not generic nouns ("président", "pays"), not one- or two-letter
/// tokens.
fn is_signature_word(word: &str) -> bool {
    (!lexicon::is_stop_word(word) || word == "deux")
        && !lexicon::is_generic_noun(word)
        && word.chars().any(char::is_alphabetic)
        && word.chars().count() > 2
}

fn term(lower: &str) -> String {
    // A word in ASCII lowercase, as most are, folds to itself: its prefix is its first
    // letters, where the fold decomposed (NFD) and copied the whole word to keep five.
    if lower
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        let prefix = &lower[..lower.len().min(PREFIX_LETTERS)];
        return super::synonyms::fold(prefix).to_string();
    }
    let prefix: String = crate::composing::slug::ascii_fold(lower)
        .chars()
        .take(PREFIX_LETTERS)
        .collect();
    super::synonyms::fold(&prefix).to_string()
}

/// Whether `text` tells none of the figures, or every one of `figures`.
fn tells_every_figure(text: &str, figures: &[u64]) -> bool {
    let told = self::figures(text);
    told.is_empty() || figures.iter().all(|figure| told.contains(figure))
}

/// The values of the numbers French words write out, below a hundred, and of their
/// multipliers.
const NUMBER_WORDS: &[(&str, u64)] = &[
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1_000),
];

/// The figures a sentence tells, by value: numbers in digits ("2025", "800 000" with its
/// thousands spaced) and written out ("vingt-sept", "quatre-vingts", "deux mille"), so that
/// "15 mois" and "quinze mois" tell one figure. "Un" is left out: it is an article as often.
fn figures(sentence: &str) -> Vec<u64> {
    let mut found = figures_in_digits(sentence);
    found.extend(figures_in_words(sentence));
    found
}

/// The numbers written in digits, a group of three digits after a number going on with it
/// ("800 000").
fn figures_in_digits(sentence: &str) -> Vec<u64> {
    let mut found = Vec::new();
    let mut number: Option<u64> = None;
    for word in sentence.split(char::is_whitespace) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let digits = !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_digit());
        match number {
            Some(before) if digits && bare.len() == 3 && word.starts_with(bare) => {
                let group: u64 = bare.parse().unwrap_or(0);
                let joined = before.saturating_mul(1_000).saturating_add(group);
                // "800 000," closes the number.
                match bare == word {
                    true => number = Some(joined),
                    false => {
                        found.push(joined);
                        number = None;
                    }
                }
                continue;
            }
            Some(before) => found.push(before),
            None => {}
        }
        // A number the punctuation closes ("2025.") takes no group after it.
        number = digits.then(|| bare.parse().ok()).flatten();
        if bare != word {
            found.extend(number.take());
        }
    }
    found.extend(number);
    found
}

/// The numbers written out, each run of number words (joined by hyphens, spaces or "et")
/// read as one value.
fn figures_in_words(sentence: &str) -> Vec<u64> {
    let mut found = Vec::new();
    let (mut total, mut current, mut in_words) = (0u64, 0u64, false);
    let words = sentence.split(|c: char| c.is_whitespace() || c == '-');
    for word in words.chain(std::iter::once("")) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let value = crate::segmenting::with_lowercase(bare, |lower| {
            NUMBER_WORDS
                .iter()
                .find(|(w, _)| *w == lower)
                .map(|&(_, value)| value)
                .ok_or(lower == "et")
        });
        match value {
            Ok(1_000) => {
                total = total.saturating_add(current.max(1).saturating_mul(1_000));
                current = 0;
            }
            Ok(100) => current = current.max(1).saturating_mul(100),
            // "quatre-vingts": four twenties.
            Ok(20) if current % 100 == 4 => current = current.saturating_add(76),
            Ok(value) => current = current.saturating_add(value),
            Err(true) if in_words => continue,
            Err(_) => {
                if in_words {
                    found.push(total.saturating_add(current));
                    (total, current) = (0, 0);
                }
                in_words = false;
                continue;
            }
        }
        in_words = true;
    }
    found
}

/// Terms of the words a sentence capitalises after its first word.
fn name_terms(sentence: &str) -> Vec<String> {
    tokens(sentence)
        .skip(1)
        .filter(|t| t.text.chars().next().is_some_and(char::is_uppercase))
        .map(|t| t.text.to_lowercase())
        .filter(|w| is_signature_word(w))
        .map(|w| term(&w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_read_in_digits_and_in_words() {
        assert_eq!(
            figures("Leur durée maximale reste fixée à vingt-sept mois."),
            [27]
        );
        assert_eq!(figures("Elle passera de dix-huit à quinze mois."), [18, 15]);
        assert_eq!(
            figures("Près de 800 000 personnes, d’ici à 2025, soit quatre-vingts ou 1 200 000."),
            [800_000, 2025, 1_200_000, 80]
        );
        assert_eq!(figures("deux mille cinq cents euros, un an"), [2_500]);
        assert!(figures("Le président a salué le courage des soldats.").is_empty());
        // Any run of number words, however long, reads without overflowing.
        assert_eq!(figures(&"cent ".repeat(40)), [u64::MAX]);
    }

    #[test]
    fn a_sentence_telling_another_figure_restates_nothing() {
        // Two outlets on one reform: the second tells the older job seekers' 27 months,
        // which the lead never says, in words the lead's sentence shares.
        let lead = "La durée maximale d’indemnisation des demandeurs d’emploi passera de dix-huit à quinze mois.";
        let mut seen = Overlap::weighted_by([lead]);
        seen.add_paragraph(lead);
        let other =
            "La durée maximale d’indemnisation des demandeurs d’emploi restera de vingt-sept mois.";
        assert_eq!(seen.restated(other), None);
        // The same figures, in digits: the same fact told again.
        let again =
            "La durée maximale d’indemnisation des demandeurs d’emploi passera de 18 à 15 mois.";
        assert_eq!(seen.restated(again), Some(lead));
    }

    /// The term as first made: every word folded whole.
    fn term_by_fold(lower: &str) -> String {
        let prefix: String = crate::composing::slug::ascii_fold(lower)
            .chars()
            .take(PREFIX_LETTERS)
            .collect();
        super::super::synonyms::fold(&prefix).to_string()
    }

    proptest::proptest! {
        /// A word's term is the one the whole fold gives.
        #[test]
        fn terms_are_those_of_the_whole_fold(word in "[a-zA-Zéœ’ -]{0,9}|mosco[a-z]{0,3}|russi[a-z]{0,3}") {
            proptest::prop_assert_eq!(term(&word), term_by_fold(&word));
        }
    }

    /// The signature as first made: every word lowercased into a string.
    #[test]
    fn signatures_are_those_of_the_lowercase_strings() {
        for sentence in [
            "Moscou a utilisé le territoire biélorusse comme terrain de rassemblement pour son invasion de l’Ukraine voisine.",
            "Les ŒUVRES de Dürer, 2 000 ans après : « Deux » MILLIONS.",
        ] {
            let simply: Vec<String> = tokens(sentence)
                .map(|t| t.text.to_lowercase())
                .filter(|w| is_signature_word(w))
                .map(|w| term_by_fold(&w))
                .collect();
            assert_eq!(signature(sentence), simply, "{sentence}");
        }
    }

    #[test]
    fn a_restatement_is_a_duplicate_and_a_new_fact_is_not() {
        let mut seen = Overlap::default();
        seen.add_paragraph("Moscou a utilisé le territoire biélorusse comme terrain de rassemblement pour son invasion de l’Ukraine voisine.");
        assert!(seen.is_duplicate(
            "La Russie a utilisé le territoire biélorusse pour son invasion de l’Ukraine."
        ));
        assert!(!seen.is_duplicate(
            "Le dirigeant biélorusse a nommé un nouveau chef d’état-major militaire."
        ));
    }

    #[test]
    fn an_identical_sentence_is_a_duplicate() {
        let mut seen = Overlap::default();
        let s = "Les équipages ont commencé à s’entraîner en Russie.";
        seen.add_paragraph(s);
        assert!(seen.is_duplicate(s));
    }
}

#[cfg(test)]
mod seed_pairs {
    use super::*;

    const LEAD: &str = "Moscou a utilisé le territoire biélorusse comme terrain de rassemblement pour son invasion de l’Ukraine voisine et y a maintenu un contingent de troupes et d’armes.";

    #[test]
    fn the_staging_ground_retold_is_a_duplicate() {
        let corpus: Vec<String> = std::fs::read_dir("fixtures")
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .flat_map(|p| {
                std::fs::read_to_string(p)
                    .unwrap()
                    .lines()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .flat_map(|l| {
                split_sentences(&l)
                    .into_iter()
                    .map(|r| l[r].to_string())
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut seen = Overlap::weighted_by(corpus.iter().map(String::as_str));
        seen.add_paragraph(LEAD);
        let retold = "Sans envoyer ses propres troupes en Ukraine, Loukachenko a autorisé Moscou à utiliser le territoire biélorusse pour lancer son invasion à grande échelle sur l’Ukraine en février 2022 et a depuis rencontré fréquemment Poutine.";
        assert!(seen.is_duplicate(retold));
    }
}
