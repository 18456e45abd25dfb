//! Report formats: lines for a person, and five machine formats CI tools read.
//!
//! Each writer takes the whole [`Report`](super::report::Report) and writes to any
//! `io::Write`; machine formats write one document and nothing else, so stdout can be piped
//! into `jq` or uploaded as is. Files that could not be checked are also written to stderr by
//! [`human::write_failures`], whatever the format.

pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
