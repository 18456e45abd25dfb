//! Work: one record through the command it was sent to, as `rewrite`, `stats` and `check` do
//! for one file, into its output line.

use super::lines::{Content, Line};
use super::record::{self, Input, Output, Related, Status};
use crate::checking::{self, resolve::Overrides};
use crate::pipeline::{self, SourceError, SourceInput};
use crate::reading::Format;
use serde::Serialize;
use serde_json::Value;

/// The command a stream's records go through, with the command line's settings; each record
/// may override `min_words`, `keyphrase` and `lang`.
#[derive(Debug, Clone)]
pub enum Task {
    Rewrite(pipeline::Settings),
    Stats { input: Option<Format> },
    Check(checking::config::Settings),
}

impl Task {
    /// The output line of an input line: one JSON object and its `\n`, whatever the line held,
    /// and the record's status.
    pub fn line(&self, line: Line) -> Done {
        let number = line.number;
        let bytes = match line.content {
            Content::Bytes(bytes) => bytes,
            Content::TooLong { bytes } => return error_line(Value::Null, number, too_long(bytes)),
            Content::Unreadable(why) => {
                return error_line(Value::Null, number, format!("standard input: {why}"))
            }
        };
        let input = match record::parse(&bytes) {
            Ok(input) => input,
            Err((id, message)) => return error_line(id, number, message),
        };
        drop(bytes);
        let id = input.id.clone();
        // A panic is a bug, but one record's bug must not end a stream of millions.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.record(input, number)))
            .unwrap_or_else(|_| error_line(id, number, "internal error (a bug: please report it)"))
    }

    fn record(&self, input: Input, number: u64) -> Done {
        match self {
            Task::Rewrite(settings) => rewrite(settings, input, number),
            Task::Stats { input: format } => stats(*format, input, number),
            Task::Check(settings) => check(settings, input, number),
        }
    }
}

fn too_long(bytes: u64) -> String {
    format!("the line is {bytes} bytes, over the --max-bytes limit")
}

/// An output line, and the status it gives.
pub type Done = (Status, String);

/// A complete output line; a report that cannot be written as JSON becomes an error line.
fn to_line<R: Serialize>(output: &Output<R>) -> Done {
    match serde_json::to_string(output) {
        Ok(mut line) => {
            line.push('\n');
            (output.status, line)
        }
        Err(e) => error_line(output.id.clone(), output.line, format!("report: {e}")),
    }
}

fn error_line(id: Value, number: u64, message: impl std::fmt::Display) -> Done {
    let mut line = serde_json::to_string(&Output::error(id, number, message))
        .unwrap_or_else(|_| format!(r#"{{"id":null,"line":{number},"status":"error"}}"#));
    line.push('\n');
    (Status::Error, line)
}

/// The name of a record's own source.
fn lead_name(input: &Input, number: u64) -> String {
    input
        .name
        .clone()
        .unwrap_or_else(|| format!("line {number}"))
}

/// A source error as the record's message: the related source named, the lead not again.
fn source_message(e: &SourceError, lead: &str) -> String {
    if e.source == lead {
        e.error.to_string()
    } else {
        e.to_string()
    }
}

fn rewrite(settings: &pipeline::Settings, input: Input, number: u64) -> Done {
    let mut settings = settings.clone();
    let id = input.id.clone();
    let (text, format) = match input.lead(settings.input) {
        Ok(body) => body,
        Err(message) => return error_line(id, number, message),
    };
    let lead = SourceInput {
        name: lead_name(&input, number),
        bytes: text.as_bytes().to_vec(),
    };
    settings.input = format.or(settings.input);
    settings.min_words = input.min_words.or(settings.min_words);
    settings.keyphrase = input.keyphrase.clone().or(settings.keyphrase);
    settings.lang = input.lang.clone().or(settings.lang);
    let related = match related(&input.with, settings.input) {
        Ok(related) => related,
        Err(message) => return error_line(id, number, message),
    };
    let related: Vec<(&SourceInput, Option<Format>)> =
        related.iter().map(|(s, f)| (s, *f)).collect();
    match crate::dossier::rewrite_formats(&lead, &related, &settings) {
        Ok(done) => to_line(&Output {
            id,
            line: number,
            status: if done.report.passes_check() {
                Status::Ok
            } else {
                Status::BriefNotMet
            },
            markdown: Some(done.markdown),
            front_matter: Some(done.front_matter),
            report: Some(done.report),
            error: None,
        }),
        Err(e) => error_line(id, number, source_message(&e, &lead.name)),
    }
}

/// The record's related sources, named `with[i]` unless they carry a name.
fn related(
    with: &[Related],
    default: Option<Format>,
) -> Result<Vec<(SourceInput, Option<Format>)>, String> {
    with.iter()
        .enumerate()
        .map(|(i, source)| {
            let fallback = || format!("with[{i}]");
            let (text, format, name) = match source {
                Related::Text(text) => (text.as_str(), None, fallback()),
                Related::Source {
                    text,
                    html,
                    markdown,
                    name,
                } => {
                    let (text, format) = record::body(text, html, markdown)
                        .map_err(|e| format!("with[{i}]: {e}"))?;
                    (text, format, name.clone().unwrap_or_else(fallback))
                }
            };
            let source = SourceInput {
                name,
                bytes: text.as_bytes().to_vec(),
            };
            Ok((source, format.or(default)))
        })
        .collect()
}

fn stats(format: Option<Format>, input: Input, number: u64) -> Done {
    let id = input.id.clone();
    let (text, own) = match input.lead(format) {
        Ok(body) => body,
        Err(message) => return error_line(id, number, message),
    };
    let source = SourceInput {
        name: lead_name(&input, number),
        bytes: text.as_bytes().to_vec(),
    };
    match crate::stats::measure(&source, input.keyphrase.as_deref(), own.or(format)) {
        Ok(stats) => to_line(&Output {
            id,
            line: number,
            status: Status::Ok,
            markdown: None,
            front_matter: None,
            report: Some(stats),
            error: None,
        }),
        Err(e) => error_line(id, number, source_message(&e, &source.name)),
    }
}

fn check(settings: &checking::config::Settings, input: Input, number: u64) -> Done {
    let id = input.id.clone();
    let (text, _) = match input.source() {
        Ok(body) => body,
        Err(message) => return error_line(id, number, message),
    };
    let mut settings = settings.clone();
    let overrides = Overrides {
        min_words: input.min_words,
        language: input.lang.clone(),
        keyphrase: input.keyphrase.clone(),
        disable: Vec::new(),
    };
    if let Err(message) = overrides.apply(&mut settings) {
        return error_line(id, number, message);
    }
    match checking::check_text(text, &settings) {
        Ok(checked) => {
            let errors = checked
                .findings
                .iter()
                .any(|f| f.severity == checking::report::Severity::Error);
            to_line(&Output {
                id,
                line: number,
                status: if errors {
                    Status::BriefNotMet
                } else {
                    Status::Ok
                },
                markdown: None,
                front_matter: None,
                report: Some(checked),
                error: None,
            })
        }
        Err(e) => error_line(id, number, e),
    }
}
