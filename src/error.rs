//! The errors a caller can act on. Each one says what was wrong with the input and what to do,
//! because the person reading it is a journalist at a terminal, not a Rust developer.

use thiserror::Error;

/// Why an input could not be turned into an article. All of these map to exit status 2:
/// nothing is written.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum InputError {
    #[error("the input is empty")]
    Empty,
    #[error("the input holds only white space")]
    WhitespaceOnly,
    #[error("the input looks binary ({reason}); redac reads text articles only")]
    Binary { reason: String },
    #[error("the input is {bytes} bytes, over the {limit}-byte limit (raise it with --max-bytes)")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the input is over the {limit}-byte limit (raise it with --max-bytes)")]
    OverLimit { limit: usize },
    #[error("the input is {kind}, not a regular file; give it as standard input (`-`) to read it")]
    NotAFile { kind: &'static str },
    #[error("{}", not_french(language, *confidence))]
    NotFrench { language: String, confidence: f64 },
    #[error("no article text is left once the brief and the scraping noise are removed")]
    NoArticle,
    #[error("the page holds no article: no paragraph of prose was found in it (a home page, a login wall or an error page?)")]
    NoArticleInPage,
    #[error("the input is JSON but {0}; redac reads one article object with a `text`, `body` or `content` field (JSON Lines: `rewrite --jsonl`)")]
    JsonWithoutArticle(&'static str),
    #[error("the input is JSON Lines, {0} records, not one article; rewrite them a record each with `redac rewrite --jsonl < FILE` (each record's `text`, `html` or `markdown`, and a scraper's `title`, `url`, `date` beside its `text`)")]
    JsonLines(usize),
    #[error("the input is XML but no item or story in it holds article text; redac reads an RSS or Atom feed's items, NITF and NewsML-G2 stories")]
    XmlWithoutArticle,
    #[error("the input is a ZIP archive but holds no Word or OpenDocument text (word/document.xml, content.xml) nor one web page at its root; redac reads .docx and .odt documents, and a page zipped with its pictures (Google Docs' \"Web page (.html, zipped)\")")]
    ArchiveWithoutDocument,
    #[error("the input is a saved web page (MHTML, Safari web archive) but holds no HTML page; save the page's source as HTML instead")]
    WebArchiveWithoutPage,
    #[error("the input is a damaged Word or OpenDocument file: {0}")]
    DamagedDocument(&'static str),
    #[error("the input is {kind}; redac reads text, Word (.docx) and OpenDocument (.odt) files: {advice}")]
    OtherDocument {
        kind: &'static str,
        advice: &'static str,
    },
    #[error("unsupported language '{0}': redac writes French articles only (--lang fr)")]
    UnsupportedLanguage(String),
}

/// Below this confidence the language detector's answer is only the nearest of its models:
/// a few words, a list of figures or a garbled text read as "Azerbaijani (confidence 0.00)",
/// which a journalist would take for a finding.
const NAMED_LANGUAGE_CONFIDENCE: f64 = 0.5;

/// The message of [`InputError::NotFrench`]: the language named when the detector is sure of
/// it, only offered as the nearest otherwise.
fn not_french(language: &str, confidence: f64) -> String {
    if confidence >= NAMED_LANGUAGE_CONFIDENCE {
        format!("the input is in {language} (confidence {confidence:.2}), not French; redac does not translate")
    } else {
        format!("the input does not read as French (nearest: {language}, confidence {confidence:.2}); redac writes French articles from French text")
    }
}

#[cfg(test)]
mod tests {
    use super::InputError;

    #[test]
    fn a_language_is_named_only_when_the_detector_is_sure_of_it() {
        let sure = InputError::NotFrench {
            language: "English".into(),
            confidence: 0.98,
        };
        assert_eq!(
            sure.to_string(),
            "the input is in English (confidence 0.98), not French; redac does not translate"
        );
        // "a . b , c ; d ." as the detector read it.
        let guess = InputError::NotFrench {
            language: "Azerbaijani".into(),
            confidence: 0.0,
        };
        let message = guess.to_string();
        assert!(
            message.starts_with("the input does not read as French"),
            "{message}"
        );
        assert!(
            message.contains("nearest: Azerbaijani, confidence 0.00"),
            "{message}"
        );
    }
}
