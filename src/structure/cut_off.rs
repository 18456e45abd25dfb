//! The article's end cut off by the page: a site that keeps the rest for its subscribers
//! shows the start of the next sentence and stops it mid-word or after an article, with an
//! ellipsis ("…, indique-t-il dans un grand s…", "…selon le..."). What the page shows of that
//! sentence is no sentence: it goes, and the article ends on the sentence before it.
//!
//! Told by shape, at the article's very end only: the last word before the final ellipsis is
//! a lone consonant or a word that cannot end a sentence (an article, a preposition). A
//! writer's own ellipsis follows a whole word ("des molécules-cages…", "et ainsi de suite…"),
//! and a word a writer censors ("traité de c…") inside a quotation ends on its closing
//! guillemet, not on the ellipsis.

use super::SourceParagraph;

/// Takes the cut sentence off the last paragraph, and the paragraph when nothing is left of it.
pub(super) fn without_cut_off_end(paragraphs: &mut Vec<SourceParagraph>) {
    super::cut_last_paragraph(paragraphs, |text| before_cut_sentence(text).map(str::len));
}

/// The text before its last sentence, trimmed, when that sentence is cut off; `None` when it
/// is not.
fn before_cut_sentence(text: &str) -> Option<&str> {
    let text = text.trim_end();
    let Some(before) = text.strip_suffix('…').or_else(|| text.strip_suffix("...")) else {
        return before_unfinished_sentence(text);
    };
    if !ends_on_a_cut_word(before) {
        return None;
    }
    Some(text[..last_sentence_start(before)].trim_end())
}

/// "… Vous pouvez consulter notre": a scraper that stopped mid-sentence leaves no ellipsis,
/// only a last word that cannot end one (an article, a possessive, a preposition) and no
/// stop. What stands before that sentence, when something does; `None` otherwise, and for a
/// lone letter, which without an ellipsis may be the text's own ("la lettre A").
fn before_unfinished_sentence(text: &str) -> Option<&str> {
    let last_word = text.rsplit(char::is_whitespace).next()?;
    let unfinished = last_word.chars().all(char::is_alphabetic)
        && last_word.chars().count() > 1
        && ends_on_a_cut_word(text);
    let start = last_sentence_start(text);
    (unfinished && start > 0).then(|| text[..start].trim_end())
}

/// The last word before the ellipsis is what a cut leaves: a lone consonant ("grand s") or a
/// word that cannot end a sentence ("selon le", "dans un").
fn ends_on_a_cut_word(before: &str) -> bool {
    // "dans un grand s…": the word glued to the ellipsis, nothing between them.
    if before.ends_with(|c: char| !c.is_alphabetic()) {
        return false;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    let lone_consonant =
        lower.chars().count() == 1 && !matches!(lower.as_str(), "a" | "à" | "y" | "ô" | "o");
    lone_consonant
        || crate::lexicon::is_determiner(&lower)
        || crate::lexicon::is_np_preposition(&lower)
        || WANT_AN_OBJECT.contains(&lower.as_str())
        || POSSESSIVES.contains(&lower.as_str())
}

/// Possessive determiners, which [`crate::lexicon::is_determiner`] leaves to the noun phrases'
/// own reading: none ends a sentence ("Vous pouvez consulter notre").
const POSSESSIVES: &[&str] = &[
    "mon", "ma", "mes", "ton", "ta", "tes", "notre", "votre", "nos", "vos",
];

/// Prepositions that never end a sentence, besides those that may continue a noun phrase
/// ([`crate::lexicon::is_np_preposition`]).
const WANT_AN_OBJECT: &[&str] = &[
    "avec", "chez", "dans", "par", "pour", "sans", "selon", "sous", "sur", "vers",
];

/// Where the last sentence of `text` starts: after the last full stop, question or
/// exclamation mark followed by a space that stands outside a quotation (the question inside
/// "« L’avez-vous remarquée ? Je l’ai mise… », indique-t-il…" is part of the sentence), or
/// at 0.
fn last_sentence_start(text: &str) -> usize {
    let mut depth = 0usize;
    let mut after = None::<char>;
    for (at, c) in text.char_indices().rev() {
        match c {
            '»' | '“' => depth += 1,
            '«' | '”' => depth = depth.saturating_sub(1),
            '.' | '?' | '!' if depth == 0 && after.is_some_and(char::is_whitespace) => {
                return at + c.len_utf8();
            }
            _ => {}
        }
        after = Some(c);
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> SourceParagraph {
        SourceParagraph {
            line: 1,
            text: text.to_string(),
            intertitle: None,
            list_item: false,
            ordinal: None,
            pieces: 0,
        }
    }

    fn after_cut(texts: &[&str]) -> Vec<String> {
        let mut paragraphs: Vec<SourceParagraph> = texts.iter().map(|t| paragraph(t)).collect();
        without_cut_off_end(&mut paragraphs);
        paragraphs.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn a_sentence_the_paywall_cut_mid_word_goes() {
        // Le Point (Blackstone), every dump of the page: the subscribers' wall cut the
        // article's last sentence.
        let last = "Il nous demande de l’appeler, a épinglé sa Légion d’honneur, qu’il doit à l’ancien président Jacques Chirac. « L’avez-vous remarquée ? Je l’ai mise exprès pour votre venue », indique-t-il dans un grand s…";
        assert_eq!(
            after_cut(&["Le premier paragraphe.", last]),
            [
                "Le premier paragraphe.",
                "Il nous demande de l’appeler, a épinglé sa Légion d’honneur, qu’il doit à l’ancien président Jacques Chirac."
            ]
        );
        // Three stops for the ellipsis, and a cut after an article.
        assert_eq!(
            after_cut(&["Une phrase entière. Le rachat était la seule solution, selon le..."]),
            ["Une phrase entière."]
        );
        // A paragraph that is only the cut sentence goes whole.
        assert_eq!(
            after_cut(&["Une phrase entière.", "Le ministre a annoncé dans un..."]),
            ["Une phrase entière."]
        );
    }

    #[test]
    fn a_sentence_a_scraper_stopped_after_an_article_goes() {
        // Le Point as a scraper extracted it: the newsletter's box cut after "notre".
        assert_eq!(
            after_cut(&["Les corps ont été retrouvés les 3 et 4 mars près de Puyravault. Newsletter justice et avocats Vous pouvez consulter notre"]),
            ["Les corps ont été retrouvés les 3 et 4 mars près de Puyravault."]
        );
        // A whole last word, a lone letter, or a paragraph of one sentence stays.
        for text in [
            "Il a parlé. Le texte reste en suspens",
            "Il a parlé. Le candidat porte la lettre A",
            "Vous pouvez consulter notre",
        ] {
            assert_eq!(after_cut(&[text]), [text]);
        }
    }

    #[test]
    fn a_writers_own_ellipsis_stays() {
        for text in [
            // Le Monde: a whole word before the ellipsis.
            "On les appelle des molécules-cages…",
            "Il y a les taxes, les loyers, l’essence et ainsi de suite…",
            // A word the writer censors, inside the quotation that ends the sentence.
            "Il l’a traité de « gros c… »",
            "« Et puis… »",
            "Il répond : « Oui, j’y vais ! »",
            "Un ministre a dit y…",
        ] {
            assert_eq!(after_cut(&[text]), [text], "{text}");
        }
    }

    #[test]
    fn only_the_last_paragraph_is_read() {
        let texts = [
            "Il hésite, puis dans un…",
            "La phrase suivante est entière.",
        ];
        assert_eq!(after_cut(&texts), texts);
    }
}
