//! Job: one input of the batch, from its path to its article on disk.
//!
//! A job is done in two steps, around the settling of its slug ([`super::order`]):
//! [`Job::prepare`] reads the input and rewrites it with [`crate::dossier::rewrite`], and
//! [`Job::finish`] writes the article, under its settled slug and name, with
//! [`crate::writing::write_atomic_with`]. It keeps nothing once its [`Outcome`] is made, so the
//! batch's memory does not grow with the number of files.

use super::layout::Layout;
use super::walk::{Found, Refusal};
use crate::error::InputError;
use crate::pipeline::{Settings, SourceInput};
use crate::reading::input::ReadError;
use serde::Serialize;
use std::fs::Metadata;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

/// What to do with an article whose output already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Skip it: an interrupted run is finished by running it again (the default).
    Resume,
    /// Report it as a failure: for runs that must write every article afresh.
    Refuse,
    /// Rewrite it (`--force`).
    Overwrite,
}

/// What the batch did with one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The article was written (its facts say whether it meets the brief).
    Written,
    /// Not rewritten: its article exists and is newer than the input.
    UpToDate,
    /// Not rewritten: its article exists but is older than the input; `--force` rewrites it.
    Kept,
    /// A symbolic link out of the input folder, not followed.
    NotFollowed,
    /// The input could not be rewritten; the error says why.
    Failed,
}

/// What the report says of an article that was written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facts {
    pub words: usize,
    pub brief_met: bool,
    /// The rules besides the brief's length that `check` will fail the article on.
    pub check_errors: Vec<&'static str>,
    pub keyphrase: String,
    /// Keyphrase occurrences per hundred body words.
    pub density: f64,
    /// The slug the article was composed with, then the one [`super::slugs`] settled (with a
    /// suffix when an earlier input had it).
    pub slug: String,
    /// `YYYY-MM-DD`, and where it came from.
    pub date: String,
    pub date_source: crate::dates::DateSource,
}

/// How a batch names its articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Naming {
    /// `IN/a/b.txt` → `OUT/a/b.md`.
    #[default]
    Mirror,
    /// `OUT/a/2024-05-26-slug.md`, as Jekyll wants its posts named. The name is known only
    /// once the article is rewritten, so every article is rewritten (no resume).
    DateSlug,
}

/// An article whose slug another input of the batch had first.
#[derive(Debug, Clone, PartialEq)]
pub struct Collision {
    /// The slug the article was composed with.
    pub wanted: String,
    /// The input, earlier in the walk's order, that keeps it.
    pub taken_by: PathBuf,
}

/// Why an input failed: a short kind for the summary's counts, and the full message.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub kind: &'static str,
    pub message: String,
}

/// One input's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The input, as the user would name it (input folder joined with its relative path).
    pub input: PathBuf,
    pub output: PathBuf,
    pub status: Status,
    pub facts: Option<Facts>,
    pub failure: Option<Failure>,
    /// Bytes of input read (0 when the input was not read).
    pub bytes: u64,
    /// Set when the article's slug was taken by an earlier input and it got a suffix.
    pub collision: Option<Collision>,
}

impl Outcome {
    fn new(layout: &Layout, relative: &Path, status: Status) -> Outcome {
        Outcome {
            input: layout.input_path(relative),
            output: layout.output_path(relative),
            status,
            facts: None,
            failure: None,
            bytes: 0,
            collision: None,
        }
    }

    fn failed(layout: &Layout, relative: &Path, kind: &'static str, message: String) -> Outcome {
        Outcome {
            failure: Some(Failure { kind, message }),
            ..Outcome::new(layout, relative, Status::Failed)
        }
    }

    /// The line a person should read about this input, if any: failures and articles left
    /// as they were. Written and up-to-date articles need none.
    pub fn problem(&self) -> Option<String> {
        let input = self.input.display();
        match (&self.status, &self.failure) {
            (Status::Failed, Some(f)) => Some(format!("{input}: {}", f.message)),
            (Status::Kept, _) => Some(format!(
                "{}: kept, older than its input {input}; --force rewrites it",
                self.output.display()
            )),
            (Status::NotFollowed, _) => Some(format!(
                "{input}: not followed, the link leaves the input folder"
            )),
            _ => None,
        }
    }
}

/// An input rewritten but not yet written: its outcome and, for an article, its text, to be
/// written once its slug is settled.
#[derive(Debug)]
pub struct Prepared {
    pub outcome: Outcome,
    /// The article to write at `outcome.output` when its status is [`Status::Written`].
    pub article: Option<String>,
    /// The slug of an article a resumed run leaves as it is: it counts as taken.
    pub kept_slug: Option<String>,
    /// Whether `outcome.output` held nothing when it was looked up before the rewrite: the
    /// article is then written without a second lookup (one system call an article).
    pub output_was_free: bool,
}

impl Prepared {
    fn done(outcome: Outcome) -> Prepared {
        let kept_slug = match outcome.status {
            Status::UpToDate | Status::Kept => written_slug(&outcome.output),
            _ => None,
        };
        Prepared {
            outcome,
            article: None,
            kept_slug,
            output_was_free: false,
        }
    }

    /// The bytes this input holds while it waits for its turn.
    pub fn bytes(&self) -> usize {
        self.article.as_ref().map_or(0, String::len)
    }
}

/// The settings every job of a batch shares.
pub struct Job<'a> {
    pub layout: &'a Layout,
    pub settings: &'a Settings,
    pub existing: Existing,
    pub naming: Naming,
}

impl Job<'_> {
    /// Turn what the walk found into an outcome, rewriting it when it is an article; the
    /// article is written by [`Job::finish`].
    ///
    /// A panic (a bug of redac's) fails this input only: the batch goes on, and the workers
    /// waiting for this input's turn are not left waiting.
    pub fn prepare(&self, found: Found) -> Prepared {
        let relative = found.relative().to_path_buf();
        std::panic::catch_unwind(AssertUnwindSafe(|| self.prepare_found(found))).unwrap_or_else(
            |_| {
                let message = "redac failed on this input (a bug: please report it with the input)";
                Prepared::done(Outcome::failed(
                    self.layout,
                    &relative,
                    "internal error",
                    message.to_string(),
                ))
            },
        )
    }

    fn prepare_found(&self, found: Found) -> Prepared {
        match found {
            Found::Article(relative) => self.rewrite(&relative),
            Found::Refused { relative, why } => Prepared::done(self.refused(&relative, why)),
        }
    }

    /// Write the prepared article, if any, where its outcome says.
    pub fn finish(&self, prepared: Prepared) -> Outcome {
        let Prepared {
            mut outcome,
            article,
            output_was_free,
            ..
        } = prepared;
        if let Some(article) = article {
            if let Err(e) = write_article(&outcome.output, article.as_bytes(), output_was_free) {
                outcome.status = Status::Failed;
                outcome.failure = Some(Failure::not_written(&outcome.output, &e));
            }
        }
        outcome
    }

    fn refused(&self, relative: &Path, why: Refusal) -> Outcome {
        let (kind, message) = match why {
            Refusal::LeavesInput => {
                return Outcome::new(self.layout, relative, Status::NotFollowed)
            }
            Refusal::BrokenLink => ("unreadable", "broken symbolic link".to_string()),
            Refusal::NotAFile => ("unreadable", "not a regular file".to_string()),
            Refusal::UnreadableFolder(e) => ("unreadable", format!("folder not readable: {e}")),
            Refusal::SameOutput { other } => (
                "name clash",
                format!(
                    "{} would also be written from {}; rename one of them",
                    self.layout.output_path(relative).display(),
                    self.layout.input_path(&other).display()
                ),
            ),
        };
        Outcome::failed(self.layout, relative, kind, message)
    }

    fn rewrite(&self, relative: &Path) -> Prepared {
        self.try_rewrite(relative).unwrap_or_else(|failure| {
            Prepared::done(Outcome {
                failure: Some(failure),
                ..Outcome::new(self.layout, relative, Status::Failed)
            })
        })
    }

    fn try_rewrite(&self, relative: &Path) -> Result<Prepared, Failure> {
        let input = self.layout.input_path(relative);
        let output = self.layout.output_path(relative);
        // Only a mirrored output is known before the rewrite: a slug names the others.
        let lookup = (self.naming == Naming::Mirror).then(|| std::fs::metadata(&output));
        if let Some(Ok(written)) = &lookup {
            if let Some(skipped) = self.existing_output(relative, &input, &output, written) {
                return Ok(Prepared::done(skipped));
            }
        }
        let output_was_free = matches!(lookup, Some(Err(_)));
        let source = self.read(&input)?;
        let bytes = source.bytes.len() as u64;
        // The batch reads the report's facts, never its structure table: the input's bytes go
        // once read, and the blocks' text is not kept (nor copied twice into the report).
        let rewrite = crate::dossier::rewrite_lead(source, &[], self.settings, false)
            .map_err(|e| Failure::input(&e.error))?;
        Ok(Prepared {
            outcome: Outcome {
                facts: Some(facts(&rewrite.report)),
                bytes,
                output,
                ..Outcome::new(self.layout, relative, Status::Written)
            },
            article: Some(rewrite.markdown),
            kept_slug: None,
            output_was_free,
        })
    }

    /// The outcome when the output, `written`, already exists and is not to be rewritten;
    /// `None` to go on.
    fn existing_output(
        &self,
        relative: &Path,
        input: &Path,
        output: &Path,
        written: &Metadata,
    ) -> Option<Outcome> {
        let status = match self.existing {
            Existing::Overwrite => return None,
            Existing::Refuse => {
                let message = format!(
                    "{} exists; --force rewrites it, --resume skips it",
                    output.display()
                );
                return Some(Outcome::failed(
                    self.layout,
                    relative,
                    "output exists",
                    message,
                ));
            }
            // An empty article is what a power cut leaves of one renamed but not yet on
            // disk (see `crate::writing`): there is nothing in it to keep.
            Existing::Resume if written.len() == 0 => return None,
            Existing::Resume if !is_whole_article(output) => {
                let message = format!(
                    "{} is cut short (a power cut during an earlier run?); --force rewrites it",
                    output.display()
                );
                return Some(Outcome::failed(
                    self.layout,
                    relative,
                    "incomplete output",
                    message,
                ));
            }
            Existing::Resume if is_newer(written, input) => Status::UpToDate,
            Existing::Resume => Status::Kept,
        };
        Some(Outcome::new(self.layout, relative, status))
    }

    /// Read the input, refusing one over the size limit before reading a byte of it, and
    /// stopping at the limit should it grow while it is read.
    fn read(&self, input: &Path) -> Result<SourceInput, Failure> {
        let max_bytes = self.settings.max_bytes;
        let bytes = crate::reading::input::read_found(input, max_bytes).map_err(|e| match e {
            ReadError::Input(e) => Failure::input(&e),
            ReadError::Io(e) => Failure::unreadable(&e),
        })?;
        Ok(SourceInput {
            name: input.display().to_string(),
            bytes,
        })
    }
}

impl Failure {
    fn input(error: &InputError) -> Failure {
        Failure {
            kind: failure_kind(error),
            message: error.to_string(),
        }
    }

    /// The input could not be read (the report line already names it).
    fn unreadable(e: &std::io::Error) -> Failure {
        Failure {
            kind: "unreadable",
            message: io_message(e),
        }
    }

    /// The article could not be written to `output`.
    fn not_written(output: &Path, e: &std::io::Error) -> Failure {
        Failure {
            kind: "not written",
            message: format!("{}: {}", output.display(), io_message(e)),
        }
    }
}

/// An article as redac writes it: its front matter opens and closes, and it ends with a line
/// break. One cut short at a disk block boundary fails this.
fn is_whole_article(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| {
        text.ends_with('\n')
            && crate::checking::document::Document::parse(&text)
                .is_ok_and(|doc| doc.front_matter.is_some())
    })
}

/// The output was modified at or after the input: it was written from this version. An
/// input that cannot be looked up any more leaves the output as it is.
fn is_newer(output: &Metadata, input: &Path) -> bool {
    let input = std::fs::metadata(input);
    match (output.modified(), input.and_then(|m| m.modified())) {
        (Ok(out), Ok(inp)) => out >= inp,
        _ => true,
    }
}

/// Write the article, making its folder only when the write fails: the folder of every
/// article but the first of each is there already, and making it anyway cost two system calls
/// an article. Any other failure is met as before, the folder made and the write tried again,
/// but for a pipe or device written to directly, which may have taken part of the article.
///
/// `was_free`: the output was looked up before the rewrite and held nothing, so it is not
/// looked up again.
fn write_article(output: &Path, markdown: &[u8], was_free: bool) -> std::io::Result<()> {
    use crate::writing::{write_atomic_over, write_atomic_with, BATCH_DURABILITY};
    let write = || match was_free {
        true => write_atomic_over(output, markdown, BATCH_DURABILITY, None),
        false => write_atomic_with(output, markdown, BATCH_DURABILITY),
    };
    write().or_else(|error| {
        if std::fs::metadata(output).is_ok_and(|m| !m.is_file()) {
            return Err(error);
        }
        if let Some(folder) = output.parent() {
            std::fs::create_dir_all(folder)?;
        }
        write()
    })
}

fn facts(report: &crate::pipeline::Report) -> Facts {
    Facts {
        words: report.words,
        brief_met: report.brief_met,
        check_errors: report.check_errors().map(|c| c.id).collect(),
        keyphrase: report.keyphrase.clone(),
        density: report.density.keyphrase.density,
        slug: report.slug.clone(),
        date: report.date.clone(),
        date_source: report.date_source,
    }
}

/// The slug in the front matter of an article written by an earlier run.
fn written_slug(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let document = crate::checking::document::Document::parse(&text).ok()?;
    Some(document.front_matter?.slug?.value)
}

/// The short name the summary counts failures under.
fn failure_kind(error: &InputError) -> &'static str {
    match error {
        InputError::Empty | InputError::WhitespaceOnly => "empty",
        InputError::Binary { .. } | InputError::OtherDocument { .. } => "binary",
        InputError::ArchiveWithoutDocument
        | InputError::WebArchiveWithoutPage
        | InputError::DamagedDocument(_) => "unreadable",
        InputError::TooLarge { .. } | InputError::OverLimit { .. } => "too large",
        InputError::NotAFile { .. } => "unreadable",
        InputError::NotFrench { .. } => "not French",
        InputError::NoArticle
        | InputError::NoArticleInPage
        | InputError::JsonWithoutArticle(_)
        | InputError::JsonLines(_)
        | InputError::XmlWithoutArticle => "no article",
        InputError::UnsupportedLanguage(_) => "unsupported language",
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
