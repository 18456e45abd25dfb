//! Title: a French SEO title of at most 60 characters, keyphrase first, from the source title.
//!
//! A source title that fits is kept (in sentence case). A longer one is tightened, never
//! truncated: a rubric before " : " is dropped when the rest carries the keyphrase, then the
//! title is cut at the last clause boundary that fits (before ", mais", " pour ", " après
//! que"…), so what remains is a complete phrase of the source's own words. Capitals in an
//! all-caps title are brought back to sentence case, keeping the proper nouns the body writes
//! with a capital.

use super::{capitalise_first, ends_on_function_word, visible_len};
use crate::analysing::Keyphrase;
use crate::analysing::ProperNouns;

/// Longest title, in characters (what search results show before cutting).
pub const MAX_TITLE_LEN: usize = 60;
/// A tightened title keeps at least this many words.
const MIN_TITLE_WORDS: usize = 3;

/// Words before which a headline may end: a clause or a complement starts there.
const CUT_BEFORE: &[&str] = &[
    "à", "afin", "alors", "après", "au", "aux", "avant", "avec", "contre", "dans", "de", "depuis",
    "du", "en", "entre", "et", "lors", "mais", "malgré", "pour", "sans", "selon", "sur", "tandis",
];

/// Compose the title from the source title (if any), falling back to the keyphrase and the
/// lede's first noun phrase.
pub fn compose(
    source_title: Option<&str>,
    keyphrase: &Keyphrase,
    proper: &ProperNouns,
    fallback_phrase: Option<&str>,
) -> String {
    let Some(title) = source_title.map(|t| sentence_case(t, proper)) else {
        return from_keyphrase(keyphrase, fallback_phrase, proper);
    };
    let title = drop_rubric(&title, keyphrase);
    let title = title.trim_end_matches(['.', ' ']).to_string();
    let fitted = if visible_len(&title) <= MAX_TITLE_LEN {
        Some(title.clone())
    } else {
        tighten(&title, keyphrase)
    };
    match fitted {
        Some(t) if starts_with_keyphrase(&t, keyphrase) => t,
        Some(t) => prefix_keyphrase(&t, keyphrase, proper).unwrap_or(t),
        None => from_keyphrase(keyphrase, fallback_phrase, proper),
    }
}

/// "Dernières nouvelles d'Ukraine : Poutine nie…" → "Poutine nie…" when the part after the
/// colon carries the keyphrase (or the rubric does not).
fn drop_rubric(title: &str, keyphrase: &Keyphrase) -> String {
    for separator in [" : ", "\u{a0}: ", " – ", " | "] {
        if let Some((rubric, rest)) = title.split_once(separator) {
            let rest_words = rest.split_whitespace().count();
            if rest_words >= 4 && (keyphrase.is_in(rest) || !keyphrase.is_in(rubric)) {
                return capitalise_first(rest.trim());
            }
        }
    }
    title.to_string()
}

/// The longest prefix within the limit that ends before a clause boundary and not on a
/// function word; one that keeps the keyphrase is preferred.
fn tighten(title: &str, keyphrase: &Keyphrase) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let prefixes: Vec<String> = (MIN_TITLE_WORDS..words.len())
        .rev()
        .filter_map(|n| {
            let prefix = words[..n].join(" ");
            let next = words[n].to_lowercase();
            let boundary = prefix.ends_with(',')
                || CUT_BEFORE.contains(&next.as_str())
                || next.starts_with("qu");
            let prefix = prefix.trim_end_matches([',', ' ']).to_string();
            (boundary && visible_len(&prefix) <= MAX_TITLE_LEN && !ends_on_function_word(&prefix))
                .then_some(prefix)
        })
        .collect();
    prefixes
        .iter()
        .find(|p| keyphrase.is_in(p))
        .or(prefixes.first())
        .cloned()
}

/// The title's first content words are the keyphrase's (a determiner or first name may come
/// before: "Le président Poutine…", "Vladimir Poutine…").
pub fn starts_with_keyphrase(title: &str, keyphrase: &Keyphrase) -> bool {
    let stems = crate::analysing::content_stems(title);
    let window = keyphrase.stems.len() + 2;
    keyphrase
        .stems
        .iter()
        .all(|k| stems.iter().take(window).any(|s| s == k))
}

fn prefix_keyphrase(title: &str, keyphrase: &Keyphrase, proper: &ProperNouns) -> Option<String> {
    let composed = format!(
        "{}\u{a0}: {}",
        capitalise_first(&keyphrase.text),
        lowercase_first(title, proper)
    );
    (visible_len(&composed) <= MAX_TITLE_LEN).then_some(composed)
}

fn from_keyphrase(keyphrase: &Keyphrase, phrase: Option<&str>, proper: &ProperNouns) -> String {
    let base = capitalise_first(&keyphrase.text);
    match phrase {
        Some(p) if !keyphrase.is_in(p) => {
            let composed = format!("{base}\u{a0}: {}", lowercase_first(p, proper));
            if visible_len(&composed) <= MAX_TITLE_LEN {
                composed
            } else {
                base
            }
        }
        _ => base,
    }
}

/// Lowercase the first letter unless the first word is a proper noun or an acronym.
fn lowercase_first(text: &str, proper: &ProperNouns) -> String {
    let first = text
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let acronym = first.chars().filter(|c| c.is_uppercase()).count() > 1;
    if acronym || proper.contains_key(&first.to_lowercase()) {
        return text.to_string();
    }
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Bring a title to sentence case: an all-caps title, or Title Case With Capitals Everywhere,
/// gets lowercase words except the first and the proper nouns the body writes with a capital.
pub fn sentence_case(title: &str, proper: &ProperNouns) -> String {
    let letters: Vec<char> = title.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let all_caps = upper * 10 >= letters.len() * 8;
    let words: Vec<&str> = title.split_whitespace().collect();
    let capitalised_words = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let title_case = words.len() >= 4 && capitalised_words * 10 >= words.len() * 7;
    if !all_caps && !title_case {
        return title.to_string();
    }
    let mut out = String::with_capacity(title.len());
    let mut word = String::new();
    let mut first = true;
    let flush = |word: &mut String, out: &mut String, first: &mut bool| {
        if word.is_empty() {
            return;
        }
        let lower = word.to_lowercase();
        let restored = match proper.get(&lower) {
            Some(form) => form.clone(),
            None if *first => capitalise_first(&lower),
            None => lower,
        };
        out.push_str(&restored);
        word.clear();
        *first = false;
    };
    for c in title.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out, &mut first);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, &mut first);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proper() -> ProperNouns {
        [
            ("poutine", "Poutine"),
            ("loukachenko", "Loukachenko"),
            ("minsk", "Minsk"),
            ("biélorussie", "Biélorussie"),
            ("ukraine", "Ukraine"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
    }

    #[test]
    fn all_caps_title_returns_to_sentence_case_with_proper_nouns() {
        assert_eq!(
            sentence_case(
                "POUTINE ET LOUKACHENKO DISCUTENT DE LA COOPÉRATION À MINSK",
                &proper()
            ),
            "Poutine et Loukachenko discutent de la coopération à Minsk"
        );
    }

    #[test]
    fn long_titles_are_cut_at_a_clause_never_mid_phrase() {
        let k = Keyphrase::new("Poutine");
        let t = compose(Some("Dernières nouvelles d'Ukraine : Poutine nie tout intérêt à intégrer la Biélorussie, mais renforce les liens militaires"), &k, &proper(), None);
        assert_eq!(t, "Poutine nie tout intérêt à intégrer la Biélorussie");
        let t = compose(Some("Poutine et Loukachenko discutent d’une défense plus étroite et de liens économiques"), &Keyphrase::new("Poutine et Loukachenko"), &proper(), None);
        assert!(
            visible_len(&t) <= MAX_TITLE_LEN && !t.ends_with("et"),
            "{t}"
        );
        assert!(t.starts_with("Poutine et Loukachenko discutent"), "{t}");
    }

    #[test]
    fn short_titles_are_kept() {
        let t = compose(
            Some("Poutine reçoit Loukachenko à Minsk."),
            &Keyphrase::new("Poutine"),
            &proper(),
            None,
        );
        assert_eq!(t, "Poutine reçoit Loukachenko à Minsk");
    }
}
