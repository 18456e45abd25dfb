//! Language: is this text French, and which paragraphs are not?
//!
//! whatlang is a trigram model; it is fast but needs a few dozen words to be sure, so the
//! document verdict uses a bounded sample (enough for accuracy, cheap on a 50 MB input) and the
//! paragraph verdict also asks a stop-word vote, which is what decides short lines such as an
//! English brief glued above a French article.

use whatlang::Lang;

/// How many bytes of text the document-level detection reads. Trigram statistics settle long
/// before this; reading the whole of a huge input would only cost time.
const SAMPLE_BYTES: usize = 2 * 1024;

/// The detected language of a text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Detection {
    /// ISO 639-3 code, as whatlang reports it ("fra", "eng").
    pub code: String,
    /// English name of the language ("French").
    pub name: String,
    pub confidence: f64,
}

impl Detection {
    pub fn is_french(&self) -> bool {
        self.code == "fra"
    }
}

/// Detect the language of `text` from a bounded sample. `None` when nothing can be said (no
/// letters at all).
pub fn detect(text: &str) -> Option<Detection> {
    let info = whatlang::detect(sample(text))?;
    Some(Detection {
        code: info.lang().code().to_string(),
        name: info.lang().eng_name().to_string(),
        confidence: info.confidence(),
    })
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

const FRENCH_MARKERS: &[&str] = &[
    "au", "aux", "avec", "ce", "dans", "de", "des", "du", "elle", "est", "et", "il", "la", "le",
    "les", "pour", "que", "qui", "sur", "un", "une",
];
const ENGLISH_MARKERS: &[&str] = &[
    "a", "and", "are", "at", "be", "for", "in", "is", "it", "let", "make", "of", "on", "the",
    "there", "this", "to", "with",
];

/// A paragraph inside a French article is foreign when whatlang names another language and
/// English function words outnumber French ones. Both must agree, so that a French paragraph
/// full of proper nouns is never dropped.
pub fn is_foreign_paragraph(text: &str) -> bool {
    let (mut french, mut english) = (0, 0);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_lowercase();
        french += usize::from(FRENCH_MARKERS.contains(&lower.as_str()));
        english += usize::from(ENGLISH_MARKERS.contains(&lower.as_str()));
    }
    // The vote is cheap and settles almost every paragraph; the trigram model only confirms.
    english > french
        && (french == 0 || whatlang::detect_lang(text).is_some_and(|lang| lang != Lang::Fra))
}

#[cfg(test)]
mod tests {
    use super::*;

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
