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
    #[error("the input is in {language} (confidence {confidence:.2}), not French; redac does not translate")]
    NotFrench { language: String, confidence: f64 },
    #[error("no article text is left once the brief and the scraping noise are removed")]
    NoArticle,
    #[error("the page holds no article: no paragraph of prose was found in it (a home page, a login wall or an error page?)")]
    NoArticleInPage,
    #[error("the input is JSON but {0}; redac reads one article object with a `text`, `body` or `content` field (JSON Lines: `rewrite --jsonl`)")]
    JsonWithoutArticle(&'static str),
    #[error("unsupported language '{0}': redac writes French articles only (--lang fr)")]
    UnsupportedLanguage(String),
}
