//! Syllables of French words, as Kandel and Moles' reading ease counts them: spoken syllables,
//! found from the spelling.
//!
//! French spelling is regular enough for a few rules to count most words right:
//!
//! 1. each group of consecutive vowel letters (a e i o u y and their accented forms, æ œ) is
//!    one syllable: *ou*, *eau*, *ai*, *oi*, *ie* are one sound or a glide (*pied*, *nation*);
//! 2. except that *é* ends its syllable when a vowel follows, as in *ré-a-li-té*, *thé-â-tre*,
//!    *cré-er*;
//! 3. a final mute *e* — a word ending in *e* or *es* that has another syllable — is not
//!    counted: *ta-ble*, *ca-pi-ta-les*, *an-née*;
//! 4. the verb ending *-ent* is mute when the word looks like a verb in the third person
//!    plural: after a doubled consonant (*ap-pel-lent*) or a glide (*ap-puient*); elsewhere
//!    *-ent* is kept (*mo-ment*, *sou-vent*), which overcounts some verbs (*par-lent*) by one.
//!
//! Digits count as written out would be too much for this measure: a number counts as one
//! syllable per digit group. Checked against Lexique 3's dictionary counts on a sample in
//! `fixtures/readability/syllables-lexique.tsv` (the test below states the agreement).

/// Is `c` a vowel letter of French spelling?
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'
            | 'â'
            | 'ä'
            | 'é'
            | 'è'
            | 'ê'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ô'
            | 'ö'
            | 'ù'
            | 'û'
            | 'ü'
            | 'ÿ'
            | 'æ'
            | 'œ'
    )
}

/// Spoken syllables of one word (letters only; case does not matter).
///
/// Read in one pass over its lowercase characters, keeping the last five (all the endings
/// read): `check` and `stats` count every word of the article, and a lowercase copy of each
/// word cost them more than the counting.
pub fn count(word: &str) -> usize {
    let mut length = 0;
    let mut all_digits = true;
    let mut groups: usize = 0;
    let mut tail = Tail::default();
    for c in word.chars().flat_map(char::to_lowercase) {
        length += 1;
        all_digits &= c.is_ascii_digit();
        let vowel = is_vowel(c);
        let starts_group = match tail.last(0) {
            Some(p) if is_vowel(p) => vowel && p == 'é',
            _ => vowel,
        };
        groups += usize::from(starts_group);
        tail.push(c);
    }
    if length == 0 {
        return 0;
    }
    if all_digits {
        return 1;
    }
    if groups == 0 {
        // An elided article (l’, d’) is no syllable of its own; an acronym is at least one.
        return usize::from(length > 1);
    }
    let mute = mute_ending(&tail, length);
    groups - usize::from(mute && groups > 1)
}

/// The last characters of a word, the last first: as many as [`mute_ending`] reads.
#[derive(Default)]
struct Tail {
    chars: [Option<char>; 5],
}

impl Tail {
    fn push(&mut self, c: char) {
        self.chars.rotate_right(1);
        self.chars[0] = Some(c);
    }

    /// The character `back` places before the last (`0`: the last).
    fn last(&self, back: usize) -> Option<char> {
        self.chars[back]
    }

    /// The word, `length` characters long, ends with `suffix` and holds more.
    fn ends(&self, length: usize, suffix: &str) -> bool {
        let n = suffix.chars().count();
        length > n
            && suffix
                .chars()
                .rev()
                .enumerate()
                .all(|(k, c)| self.last(k) == Some(c))
    }
}

/// Does the word (its `tail`, and its `length` in characters) end in a mute *e*, *es* or
/// verbal *ent*?
fn mute_ending(tail: &Tail, length: usize) -> bool {
    let vowel_at = |back: usize| tail.last(back).is_some_and(is_vowel);
    // How far back the character before a final "e" or "es" stands.
    let before_e = if tail.ends(length, "e") {
        Some(1)
    } else if tail.ends(length, "es") {
        Some(2)
    } else {
        None
    };
    if let Some(before) = before_e {
        // "ée", "ie", "ue": the e is mute but shares its group, already counted once.
        return !vowel_at(before) || tail.last(before) == Some('é');
    }
    if tail.ends(length, "ent") && length > 4 {
        // The stem before "ent" has at least two characters.
        let doubled = tail.last(3) == tail.last(4);
        let glide = matches!(tail.last(3), Some('i' | 'u' | 'y'));
        return doubled || glide;
    }
    false
}

/// Syllables of a text: the sum over its words (runs of letters and digits).
pub fn count_text(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(count)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The count as first written, on a lowercase copy of the word: what the one-pass count
    /// must give.
    fn count_on_a_copy(word: &str) -> usize {
        let word: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
        if word.is_empty() {
            return 0;
        }
        if word.iter().all(char::is_ascii_digit) {
            return 1;
        }
        let mut groups: usize = 0;
        let mut previous: Option<char> = None;
        for &c in &word {
            let vowel = is_vowel(c);
            let starts_group = match previous {
                Some(p) if is_vowel(p) => vowel && p == 'é',
                _ => vowel,
            };
            if starts_group {
                groups += 1;
            }
            previous = Some(c);
        }
        if groups == 0 {
            return usize::from(word.len() > 1);
        }
        let n = word.len();
        let ends = |suffix: &str| {
            let len = suffix.chars().count();
            n > len && word[n - len..].iter().copied().eq(suffix.chars())
        };
        let mute = if ends("e") || ends("es") {
            let before = if ends("e") { n - 2 } else { n - 3 };
            !is_vowel(word[before]) || word[before] == 'é'
        } else if ends("ent") && n > 4 {
            let stem = &word[..n - 3];
            let doubled = stem.len() >= 2 && stem[stem.len() - 1] == stem[stem.len() - 2];
            doubled || matches!(stem.last(), Some('i' | 'u' | 'y'))
        } else {
            false
        };
        groups - usize::from(mute && groups > 1)
    }

    proptest::proptest! {
        /// Words of the shapes the rules read (vowel groups, "é" before a vowel, doubled
        /// consonants and glides before "-ent", mute "-e" and "-es"), in either case, and
        /// characters that lowercase to two ("İ").
        #[test]
        fn one_pass_counts_as_the_copy_did(
            word in "[aeiouyéÉEİ1]{0,2}[lLnNtTsS]{0,2}[aeiuyéİ]{0,2}[lLnNtT]{0,2}(ent|ENT|es|e|é|E|)"
        ) {
            proptest::prop_assert_eq!(count(&word), count_on_a_copy(&word), "{}", word);
        }

        #[test]
        fn any_text_counts_as_the_copy_did(word in "\\PC{0,12}") {
            proptest::prop_assert_eq!(count(&word), count_on_a_copy(&word), "{}", word);
        }
    }

    #[test]
    fn common_words() {
        for (word, n) in [
            ("table", 1),
            ("maison", 2),
            ("oiseau", 2),
            ("réalité", 4),
            ("théâtre", 2),
            ("année", 2),
            ("capitales", 3),
            ("nation", 2),
            ("moment", 2),
            ("parlent", 2), // documented overcount: -ent read as a noun ending
            ("Élections", 3),
            ("a", 1),
            ("l", 0),
            ("2024", 1),
        ] {
            assert_eq!(count(word), n, "{word}");
        }
    }

    /// Agreement with Lexique 3's dictionary counts (column nbsyll, phonological syllables) on
    /// a sample of frequent words from news copy.
    #[test]
    fn agrees_with_a_dictionary_on_a_sample() {
        let sample = include_str!("../../fixtures/readability/syllables-lexique.tsv");
        let pairs: Vec<(&str, usize)> = sample
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| {
                let (word, n) = l.split_once('\t').expect("word<TAB>count");
                (word, n.trim().parse().expect("a count"))
            })
            .collect();
        assert!(pairs.len() >= 200);
        let exact = pairs.iter().filter(|(w, n)| count(w) == *n).count();
        let ours: usize = pairs.iter().map(|(w, _)| count(w)).sum();
        let theirs: usize = pairs.iter().map(|(_, n)| n).sum();
        let share = exact as f64 / pairs.len() as f64;
        let ratio = ours as f64 / theirs as f64;
        eprintln!(
            "exact on {:.1} % of {} words, total ratio {ratio:.3}",
            share * 100.0,
            pairs.len()
        );
        assert!(share >= 0.80, "exact on {:.0} % of words", share * 100.0);
        assert!((0.95..=1.05).contains(&ratio), "total ratio {ratio:.3}");
    }
}
