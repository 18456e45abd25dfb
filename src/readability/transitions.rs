//! Transition words: the connectives that tie a sentence to the one before, which make a text
//! easier to follow (Yoast asks for one in at least 30 % of sentences).
//!
//! The list is redac's own, from French grammars' classes of *connecteurs logiques*:
//! addition (*de plus*, *en outre*, *également*), opposition and concession (*mais*,
//! *cependant*, *pourtant*, *toutefois*, *en revanche*, *bien que*), cause (*car*, *parce que*,
//! *puisque*, *en raison de*), consequence (*donc*, *ainsi*, *par conséquent*, *c’est
//! pourquoi*), time and order (*d’abord*, *ensuite*, *puis*, *enfin*, *désormais*, *depuis*,
//! *alors que*), illustration (*par exemple*, *notamment*, *en particulier*), and conclusion
//! (*bref*, *en somme*, *finalement*). A phrase matches on whole words, apostrophes written
//! either way.

use super::LowerWords;
use rustc_hash::{FxHashMap, FxHashSet};

/// One-word connectives.
pub const WORDS: &[&str] = &[
    "mais",
    "cependant",
    "pourtant",
    "toutefois",
    "néanmoins",
    "or",
    "donc",
    "ainsi",
    "car",
    "puisque",
    "ensuite",
    "puis",
    "enfin",
    "désormais",
    "depuis",
    "également",
    "aussi",
    "notamment",
    "finalement",
    "bref",
    "alors",
    "autrement",
    "certes",
    "effectivement",
    "premièrement",
    "deuxièmement",
    "troisièmement",
    "dernièrement",
    "auparavant",
    "entre-temps",
    "parallèlement",
    "inversement",
    "surtout",
    "tandis",
    "malgré",
    "quoique",
    "lorsque",
    "quand",
    "dorénavant",
    "simultanément",
    "parce",
    "d’abord",
    "d’ailleurs",
    "d’autant",
];

/// Connectives of several words.
pub const PHRASES: &[&str] = &[
    "de plus",
    "en outre",
    "par ailleurs",
    "en revanche",
    "au contraire",
    "bien que",
    "parce que",
    "en raison de",
    "à cause de",
    "grâce à",
    "par conséquent",
    "en conséquence",
    "c’est pourquoi",
    "c’est-à-dire",
    "dès lors",
    "de ce fait",
    "par exemple",
    "en particulier",
    "en effet",
    "en fait",
    "en somme",
    "en résumé",
    "en conclusion",
    "pour conclure",
    "en bref",
    "d’une part",
    "d’autre part",
    "de même",
    "en même temps",
    "au même moment",
    "alors que",
    "afin de",
    "afin que",
    "pour que",
    "de sorte que",
    "si bien que",
    "à la suite de",
    "au final",
    "tout d’abord",
    "en premier lieu",
    "en second lieu",
    "à l’inverse",
    "au lieu de",
    "à condition que",
    "même si",
    "ainsi que",
    "pour autant",
    "en tout cas",
    "après que",
    "avant que",
    "jusqu’à ce que",
    "à partir de",
    "dans un premier temps",
];

/// Does `sentence` hold a transition word or phrase?
pub fn has_transition(sentence: &str) -> bool {
    let lower = sentence_words(sentence);
    let words = lower.words();
    words.iter().any(|w| ONE_WORD.contains(w))
        || words.iter().enumerate().any(|(i, word)| {
            PHRASES_BY_FIRST_WORD
                .get(word)
                .is_some_and(|phrases| phrases.iter().any(|p| starts_with_words(&words[i..], p)))
        })
}

/// The sentence's words, lowercase, apostrophes written "’": what the lists are compared with.
fn sentence_words(sentence: &str) -> LowerWords {
    let separates = |c: char| !c.is_alphabetic() && c != '’' && c != '\'' && c != '-';
    LowerWords::of(sentence, separates, true)
}

/// `words` open with `phrase`'s words.
fn starts_with_words(words: &[&str], phrase: &[&str]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(w, p)| w == p)
}

/// [`WORDS`] as a set: each word of a sentence is looked up, where the list was read through.
static ONE_WORD: std::sync::LazyLock<FxHashSet<&str>> =
    std::sync::LazyLock::new(|| WORDS.iter().copied().collect());

/// Each phrase as its words, under its first word: a sentence is read once, each of its words
/// looked up, where searching its text for each of the phrases cost some fifty searches a
/// sentence (`stats` and `check` ask every sentence of the article). A sentence's words hold
/// no space, so a phrase stands between spaces in them joined where they run as its words do.
static PHRASES_BY_FIRST_WORD: std::sync::LazyLock<FxHashMap<&str, Vec<Vec<&str>>>> =
    std::sync::LazyLock::new(|| {
        let mut phrases: FxHashMap<&str, Vec<Vec<&str>>> = FxHashMap::default();
        for phrase in PHRASES {
            let words: Vec<&str> = phrase.split(' ').collect();
            phrases.entry(words[0]).or_default().push(words);
        }
        phrases
    });

#[cfg(test)]
mod tests {
    use super::*;

    /// The search of the text for each phrase between spaces that `has_transition` replaced,
    /// on the sentence's words made one `String` each, as they first were.
    fn former_has_transition(sentence: &str) -> bool {
        let words: Vec<String> = sentence
            .replace('\'', "’")
            .split(|c: char| !c.is_alphabetic() && c != '’' && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let joined = format!(" {} ", words.join(" "));
        words.iter().any(|w| WORDS.contains(&w.as_str()))
            || PHRASES
                .iter()
                .any(|phrase| joined.contains(&format!(" {phrase} ")))
    }

    proptest::proptest! {
        #[test]
        fn phrases_are_found_where_the_text_search_found_them(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "de", "plus", "en", "outre", "par", "ailleurs", "que", "parce", "c’est", "c'est",
                "pourquoi", "jusqu’à", "ce", "à", "partir", "d’abord", "bien", "maison", "La",
                "EN", "Effet", "effet", ",", ".", " ", "-", "l’", "temps", "dans", "un", "premier",
                "ENFIN", "Puis", "DÉSORMAIS", "ΑΣ", "D'ABORD", "İ", "ainsi",
            ]), 0..16)
        ) {
            let sentence = pieces.join(" ");
            proptest::prop_assert_eq!(has_transition(&sentence), former_has_transition(&sentence), "{}", sentence);
        }
    }

    #[test]
    fn every_phrase_is_found_alone_and_in_a_sentence() {
        for phrase in PHRASES {
            assert!(has_transition(phrase), "{phrase}");
            assert!(
                has_transition(&format!("Il a dit, {phrase}, non.")),
                "{phrase}"
            );
        }
    }

    #[test]
    fn connectives_are_found_as_words_and_phrases() {
        for sentence in [
            "Le projet est toutefois contesté.",
            "En revanche, la droite s’y oppose.",
            "Il a démissionné parce qu’il était malade.",
            "La ville, d’ailleurs, n’a rien dit.",
            "Par conséquent, les écoles ferment.",
            "Elle vote oui, alors que son parti vote non.",
        ] {
            assert!(has_transition(sentence), "{sentence}");
        }
    }

    #[test]
    fn words_that_merely_contain_a_connective_do_not_count() {
        for sentence in [
            "Le maire a parlé mardi.",
            "Les ordures s’entassent.",
            "Il a acheté une maison.",
        ] {
            assert!(!has_transition(sentence), "{sentence}");
        }
    }
}
