//! The `rewrite` pipeline: sources in, article and report out. Each stage is a module; this
//! file only runs them in order and gathers what the report needs.

use crate::analysing::ProperNouns;
use crate::analysing::{self, Density, Keyphrase, WordUses};
use crate::brief::{self, Brief};
use crate::checking::{config::RuleSeverities, report::Severity};
use crate::composing::{
    self, headings, meta, sections, slug, title, BodyParagraph, Limits, Opening, Section,
};
use crate::dates::{self, DateSource};
use crate::error::InputError;
use crate::language::{self, Detection};
use crate::reading::{self, repair, Page};
use crate::rendering::{self, front_matter::FrontMatter, FrontMatterStyle};
use crate::segmenting::{self, Paragraph};
use crate::structure::{self, Classified, Role};
use crate::typography;
use jiff::civil::Date;
use serde::Serialize;
use std::borrow::Cow;
use std::cell::OnceCell;

/// The word target when neither the brief nor a flag sets one (the seed brief's).
pub const DEFAULT_MIN_WORDS: usize = 700;

/// One input: a name for messages and reports, and its bytes.
#[derive(Debug, Clone)]
pub struct SourceInput {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Settings from the command line. `None` leaves the choice to the brief, then the default.
#[derive(Debug, Clone)]
pub struct Settings {
    pub min_words: Option<usize>,
    pub max_words: Option<usize>,
    pub lang: Option<String>,
    pub keyphrase: Option<String>,
    pub front_matter: FrontMatterStyle,
    pub max_bytes: usize,
    /// The input format forced by `--input`; `None` recognises it by content.
    pub input: Option<reading::Format>,
    /// `--date`: the article's date, whatever the source shows.
    pub date: Option<Date>,
    /// The day of the run, the date of an article whose source shows none
    /// ([`dates::run_date`]: `SOURCE_DATE_EPOCH` when set).
    pub run_date: Date,
    /// `--author`, when the source names none (its metadata or its byline).
    pub author: Option<String>,
    /// `--draft`: mark the article `draft: true`.
    pub draft: bool,
    /// The limits the title, meta description, density and sections are composed to: `check`'s
    /// defaults, or what `redac.toml` sets.
    pub limits: composing::Limits,
    /// `--outlet FILE=NAME`: the outlet that published a source, by the source's file name,
    /// for sources whose text and metadata do not name it.
    pub outlets: Vec<(String, String)>,
    /// How `check` judges each rule: its defaults, or what `redac.toml` sets. The report's
    /// checks carry these severities, and an error among them fails the rewrite.
    pub severities: RuleSeverities,
}

impl Settings {
    /// The outlet `--outlet` gives for the source read from `path`: matched on the whole path
    /// as given, or on its file name.
    pub fn outlet_of(&self, path: &str) -> Option<&str> {
        let name = file_name(path);
        self.outlets
            .iter()
            .find(|(file, _)| file == path || *file == name)
            .map(|(_, outlet)| outlet.as_str())
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            min_words: None,
            max_words: None,
            lang: None,
            keyphrase: None,
            front_matter: FrontMatterStyle::Yaml,
            max_bytes: reading::DEFAULT_MAX_BYTES,
            input: None,
            date: None,
            run_date: dates::run_date().unwrap_or_else(|_| jiff::Zoned::now().date()),
            author: None,
            draft: false,
            limits: composing::Limits::default(),
            outlets: Vec::new(),
            severities: RuleSeverities::default(),
        }
    }
}

/// An input that could not be used, and which one it was.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceError {
    pub source: String,
    pub error: InputError,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.error)
    }
}

impl std::error::Error for SourceError {}

/// A source read, cleaned and checked, ready to compose from.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub name: String,
    pub encoding: &'static str,
    pub encoding_guessed: bool,
    /// Lines that held invalid UTF-8, read as Windows-1252 or replaced with U+FFFD.
    pub replaced_lines: Vec<usize>,
    /// Characters that had been encoded twice, made whole ([`reading::encoded_twice`]).
    pub encoded_twice: usize,
    pub brief: Brief,
    pub language: Detection,
    /// The source's structure; its paragraphs' text has moved to `paragraphs`, typeset.
    pub article: structure::Article,
    /// What the source says about itself: an HTML page's head, a Markdown front matter; empty
    /// for plain text.
    pub metadata: reading::Metadata,
    /// Prose paragraphs in French typography, long ones split, with their input line.
    pub paragraphs: Vec<(usize, Paragraph)>,
}

/// Read, find the brief, clean, check the language, segment.
pub fn prepare(source: &SourceInput, max_bytes: usize) -> Result<Prepared, SourceError> {
    prepare_as(source, max_bytes, None)
}

/// [`prepare`], with the input format forced (`--input`) or, for `None`, recognised. An HTML
/// page is read into its article first, so the cleaner and the language check see the
/// article's text, never the markup.
pub fn prepare_as(
    source: &SourceInput,
    max_bytes: usize,
    forced: Option<reading::Format>,
) -> Result<Prepared, SourceError> {
    let decoded = reading::decode_as(&source.bytes, max_bytes, forced);
    prepare_decoded(&source.name, decoded, forced, max_bytes)
}

/// [`prepare_as`] taking the source: its bytes are freed once decoded, before the structure
/// stage, so a huge input is not held raw beside its decoded text and its blocks.
pub fn prepare_owned(
    source: SourceInput,
    max_bytes: usize,
    forced: Option<reading::Format>,
) -> Result<Prepared, SourceError> {
    let SourceInput { name, bytes } = source;
    let decoded = reading::decode_as(&bytes, max_bytes, forced);
    drop(bytes);
    prepare_decoded(&name, decoded, forced, max_bytes)
}

fn prepare_decoded(
    name: &str,
    decoded: Result<(reading::Decoded, reading::Format), InputError>,
    forced: Option<reading::Format>,
    max_bytes: usize,
) -> Result<Prepared, SourceError> {
    let fail = |error| SourceError {
        source: name.to_string(),
        error,
    };
    let (mut decoded, format) = decoded.map_err(fail)?;
    let text = std::mem::take(&mut decoded.text);
    let (brief, mut article, mut metadata) =
        read_structure(name, text, format, forced, max_bytes).map_err(fail)?;
    // Every format's author field as names: a feed's `dc:creator`, a record's byline and a
    // desk's field print the page's "Par" as an HTML author field does.
    metadata.author = metadata.author.as_deref().and_then(reading::author_names);
    let prose = article.prose_start(language::SAMPLE_BYTES);
    let detection = language::detect(&prose).ok_or_else(|| fail(InputError::NoArticle))?;
    if !detection.is_french() {
        return Err(fail(InputError::NotFrench {
            language: detection.name,
            confidence: detection.confidence,
        }));
    }
    drop_foreign_paragraphs(&mut article);
    let paragraphs = typeset_paragraphs(&mut article);
    if paragraphs.is_empty() {
        return Err(fail(match format {
            reading::Format::Html => InputError::NoArticleInPage,
            _ => InputError::NoArticle,
        }));
    }
    Ok(Prepared {
        name: name.to_string(),
        encoding: decoded.encoding,
        encoding_guessed: decoded.guessed,
        replaced_lines: decoded.replaced_lines,
        encoded_twice: decoded.encoded_twice,
        brief,
        language: detection,
        article,
        metadata,
        paragraphs,
    })
}

/// The source's text read into a page, then into its structure. Each stage's input is freed
/// once the next is built: the text before the structure stage reads the page, the page
/// after it.
fn read_structure(
    name: &str,
    text: String,
    format: reading::Format,
    forced: Option<reading::Format>,
    max_bytes: usize,
) -> Result<(Brief, structure::Article, reading::Metadata), InputError> {
    // A feed's item or a wire story is its HTML page, its fields the page's metadata.
    if forced.is_none() && reading::xml::looks_like_xml(&text) {
        match reading::xml::read(&text) {
            Ok(story) => {
                drop(text);
                let mut page = reading::html::read(&story.html);
                page.metadata =
                    with_story_fields(std::mem::take(&mut page.metadata), story.metadata);
                return read_html_page(page);
            }
            Err(reading::xml::Refusal::NoText) => return Err(InputError::XmlWithoutArticle),
            Err(reading::xml::Refusal::Invalid) => {}
        }
    }
    // The structure stage trusts the page's hints; a page carries no brief.
    if format == reading::Format::Html {
        let page = reading::html::read(&text);
        drop(text);
        return read_html_page(page);
    }
    // The repaired text replaces the source's: a huge one is held once, then beside its page.
    let repaired = match repair::repair(&text) {
        Cow::Owned(repaired) => Some(repaired),
        Cow::Borrowed(_) => None,
    };
    let text = repaired.unwrap_or(text);
    let markdown = format == reading::Format::Markdown
        || (forced.is_none() && reading::markdown::is_markdown(name, &text));
    let spaced = |text| unglued(text, repair::unglue_sentences);
    let (mut metadata, brief, mut page) =
        if forced.is_none() && reading::json::looks_like_json(&text) {
            read_json(&spaced(text), markdown)?
        } else if forced.is_none() && !markdown && reading::mail::looks_like_mail(&text) {
            read_mail(&spaced(text), max_bytes)
        } else if markdown {
            read_page(spaced(text), markdown)
        } else {
            read_page(unglued(text, repair::unglue_paragraphs), markdown)
        };
    reading::pictographs::strip(&mut page);
    reading::pictographs::strip_metadata(&mut metadata);
    let headed = marks_a_headline(&page);
    let mut article = structure::analyse_owned(page);
    with_metadata_title(&mut article, headed, &metadata);
    Ok((brief, article, metadata))
}

/// The text with the sentences glued together put apart as `unglue` does
/// ([`repair::unglue_sentences`], [`repair::unglue_paragraphs`]), copied only if it changes.
fn unglued(text: String, unglue: fn(&str) -> Cow<'_, str>) -> String {
    repair::then(Cow::Owned(text), unglue).into_owned()
}

/// An HTML page's structure: its hints trusted, its metadata over the text's guesses.
fn read_html_page(
    mut page: Page,
) -> Result<(Brief, structure::Article, reading::Metadata), InputError> {
    reading::pictographs::strip(&mut page);
    if !page.has_prose() {
        return Err(InputError::NoArticleInPage);
    }
    let mut article = structure::analyse(&page);
    let metadata = with_page_metadata(&mut article, page);
    Ok((Brief::default(), article, metadata))
}

/// A story's fields (a feed item's, a wire story's) over what its page's markup says.
fn with_story_fields(read: reading::Metadata, story: reading::Metadata) -> reading::Metadata {
    reading::Metadata {
        title: story.title.or(read.title),
        description: story.description.or(read.description),
        date: story.date.or(read.date),
        author: story.author.or(read.author),
        site_name: story.site_name.or(read.site_name),
        url: story.url.or(read.url),
        lang: story.lang.or(read.lang),
    }
}

/// The page marks its headline (an HTML `<h1>`, a Markdown `#` heading, a record's title).
fn marks_a_headline(page: &reading::Page) -> bool {
    page.blocks
        .iter()
        .any(|b| b.hint == Some(reading::Hint::Title))
}

/// The article's title: the headline the page marks, as the structure stage read it (without
/// a label or a site's name); failing that, the page's metadata title (a reading service's
/// envelope around a page without its `<h1>`), not the structure's guess among the menus.
fn with_metadata_title(
    article: &mut structure::Article,
    headed: bool,
    metadata: &reading::Metadata,
) {
    if !headed {
        if let Some(title) = &metadata.title {
            article.title = Some(title.clone());
        }
    }
}

/// A scraper's JSON record read as its article; text that only looks like JSON (a brief's
/// "[…]" at both ends) is read as the text it is.
fn read_json(text: &str, markdown: bool) -> Result<(reading::Metadata, Brief, Page), InputError> {
    use reading::json::Refusal;
    match reading::json::read(text) {
        Ok(mut page) => {
            let metadata = std::mem::take(&mut page.metadata);
            Ok((metadata, Brief::default(), page))
        }
        Err(Refusal::Invalid) => Ok(read_page(text.to_string(), markdown)),
        Err(Refusal::NotAnObject) => Err(InputError::JsonWithoutArticle("not one object")),
        Err(Refusal::NoText) => Err(InputError::JsonWithoutArticle("it holds no article text")),
        Err(Refusal::Lines(records)) => Err(InputError::JsonLines(records)),
    }
}

/// A mail's story as a plain-text page, its subject and date the metadata; the instructions
/// of the note above a forwarded story are the brief (the story's own, failing those).
fn read_mail(text: &str, max_bytes: usize) -> (reading::Metadata, Brief, Page) {
    let mut mail = reading::mail::read(text, max_bytes);
    let (note_brief, _) = brief::extract(mail.note);
    // A document attached under a cover note is the story, read as the draft it is; a
    // message of HTML alone is a page, its fields under the mail's.
    let (story, story_brief, mut page) = match (mail.attached, mail.html) {
        (Some(document), _) => read_page(document, true),
        (None, Some(html)) => {
            let mut page = reading::html::read(&html);
            mail.metadata = with_story_fields(std::mem::take(&mut page.metadata), mail.metadata);
            (reading::Metadata::default(), Brief::default(), page)
        }
        (None, None) => read_page(mail.text, false),
    };
    // What the story says of itself (a desk's labelled "AUTEUR :", a draft's front matter)
    // over the mail's own fields: the mail's date is when it was sent.
    mail.metadata = with_story_fields(mail.metadata, story);
    if let Some(subject) = mail
        .metadata
        .title
        .as_ref()
        .filter(|_| !marks_a_headline(&page))
    {
        reading::mail::with_subject_as_headline(&mut page, subject);
    }
    let brief = if note_brief.is_empty() {
        story_brief
    } else {
        note_brief
    };
    (mail.metadata, brief, page)
}

/// The article's paragraphs in French typography, the stop a last sentence lost given back
/// (to paragraphs, not to a list's items), long ones split, with their input line.
/// Each source paragraph's text is moved out as it is typeset: the source text is then held
/// once, in `Prepared::paragraphs`, not twice (the source paragraphs keep their line and
/// intertitle).
fn typeset_paragraphs(article: &mut structure::Article) -> Vec<(usize, Paragraph)> {
    // A paragraph right over a list's first item, no intertitle between, announces it: the
    // mark it lost is a colon.
    let announces: Vec<bool> = article
        .paragraphs
        .iter()
        .zip(article.paragraphs.iter().skip(1))
        .map(|(p, next)| !p.list_item && next.list_item && next.intertitle.is_none())
        .chain(std::iter::once(false))
        .collect();
    article
        .paragraphs
        .iter_mut()
        .zip(announces)
        .flat_map(|(p, announces)| {
            let line = p.line;
            let text = typography::normalise(&std::mem::take(&mut p.text));
            // A list's item takes no stop: "1. Paris SG, 35 pts" reads as two sentences.
            let paragraph = match (p.list_item, announces) {
                (true, _) => Paragraph::new(text),
                (false, true) => Paragraph::new(text).with_last_colon(),
                (false, false) => Paragraph::new(text).with_last_stop(),
            };
            let pieces = sections::split_long_paragraph(paragraph);
            p.pieces = pieces.len();
            pieces.into_iter().map(move |paragraph| (line, paragraph))
        })
        .collect()
}

/// Paragraphs in another language inside a French article (an English instruction line, a
/// quoted tweet) are not the article: they are marked foreign in the structure table.
fn drop_foreign_paragraphs(article: &mut structure::Article) {
    let (foreign, french): (Vec<_>, Vec<_>) = std::mem::take(&mut article.paragraphs)
        .into_iter()
        .partition(|p| language::is_foreign_paragraph(&p.text));
    article.paragraphs = french;
    for paragraph in foreign {
        if let Some(block) = article.blocks.iter_mut().find(|b| b.line == paragraph.line) {
            block.role = Role::Foreign;
            block.reason = "not French";
        }
    }
}

/// A page's headline, date and site name say what the cleaner would otherwise guess from the
/// text: they win over its guesses. Returns the page's metadata, to keep.
fn with_page_metadata(article: &mut structure::Article, page: reading::Page) -> reading::Metadata {
    with_metadata_title(article, marks_a_headline(&page), &page.metadata);
    let metadata = page.metadata;
    article.date = metadata.date.clone().or(article.date.take());
    article.outlet = metadata.site_name.clone().or(article.outlet.take());
    metadata
}

/// The source as a page, once its brief is taken out: Markdown read as Markdown (its front
/// matter the metadata, its headings hints), a desk's copy in labelled fields by its labels
/// ([`reading::labelled`]), anything else as plain text. A Word file or a
/// Markdown draft opens on the desk's instructions as a text does ("Consignes : au moins 400
/// mots, mot-clé : goutte-à-goutte"): read as Markdown, they went unheard and were glued
/// to the lede. A front matter comes first, and no brief is looked for under it.
fn read_page(text: String, markdown: bool) -> (reading::Metadata, Brief, Page) {
    if markdown {
        let (brief, text) = match reading::markdown::opens_on_front_matter(&text) {
            true => (Brief::default(), text),
            false => brief::extract(text),
        };
        let mut page = reading::markdown::read(&text);
        let metadata = std::mem::take(&mut page.metadata);
        return (metadata, brief, page);
    }
    let (brief, text) = brief::extract(text);
    // A desk's copy in labelled fields ("TITRE : …", "CHAPÔ : …"), a mail's story too.
    if reading::labelled::looks_like_labelled_copy(&text) {
        let mut page = reading::labelled::read(&text);
        let metadata = std::mem::take(&mut page.metadata);
        return (metadata, brief, page);
    }
    (reading::Metadata::default(), brief, Page::from_text(&text))
}

/// What the brief and the flags together ask for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    pub min_words: usize,
    pub max_words: usize,
    pub lang: String,
    pub subheadings: bool,
    /// The focus keyphrase `--keyphrase` or the brief gives ("Mot-clé : …"), none when redac
    /// chooses it; the report says which gave it.
    #[serde(skip)]
    pub keyphrase: Option<String>,
    /// "flag", "brief", or "auto" when none is given.
    #[serde(skip)]
    pub keyphrase_origin: &'static str,
}

/// Flags override the brief; the brief overrides the defaults.
pub fn target(brief: &Brief, settings: &Settings) -> Result<Target, InputError> {
    let lang = settings
        .lang
        .clone()
        .or(brief.language.clone())
        .unwrap_or_else(|| "fr".into());
    if lang != "fr" {
        return Err(InputError::UnsupportedLanguage(lang));
    }
    let min_words = settings
        .min_words
        .or(brief.min_words)
        .unwrap_or(DEFAULT_MIN_WORDS);
    let (keyphrase, keyphrase_origin) = match (&settings.keyphrase, &brief.keyphrase) {
        (Some(k), _) => (Some(k.clone()), "flag"),
        (None, Some(k)) => (Some(k.clone()), "brief"),
        (None, None) => (None, "auto"),
    };
    Ok(Target {
        min_words,
        max_words: settings
            .max_words
            .unwrap_or(min_words * 3 / 2)
            .max(min_words),
        lang,
        subheadings: brief.subheadings.unwrap_or(true),
        keyphrase,
        keyphrase_origin,
    })
}

/// The article and everything measured about it.
#[derive(Debug, Clone)]
pub struct Rewrite {
    pub markdown: String,
    pub report: Report,
    /// The article's front matter as data, for callers that want it as an object
    /// (`--jsonl`) rather than as the text block at the top of `markdown`.
    pub front_matter: FrontMatter,
}

/// The whole analysis, as `--report FILE.json` writes it. Field names are stable.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub title: String,
    pub slug: String,
    pub description: String,
    pub keyphrase: String,
    /// "flag" when given with --keyphrase, "brief" when the brief names it, "auto" when
    /// chosen by redac.
    pub keyphrase_origin: &'static str,
    /// The article's date, `YYYY-MM-DD`.
    pub date: String,
    /// Where the date comes from: "source", "flag" or "run".
    pub date_source: DateSource,
    /// Body words (paragraphs only), by the rule of `segmenting`.
    pub words: usize,
    pub target: Target,
    pub brief_met: bool,
    pub brief: Brief,
    pub language: Detection,
    pub headings: Vec<String>,
    pub density: Density,
    pub tags: Vec<String>,
    pub checks: Vec<Check>,
    pub sources: Vec<SourceReport>,
    pub removed: Vec<RemovedReport>,
    /// Every block of every source with the role the structure stage gave it and why
    /// (roles: title, kicker, standfirst, dateline, byline, intertitle, body, embedded-post,
    /// caption, credit, related-link, call-to-action, paywall, share, navigation, ad, comments,
    /// legal, live-timestamp, repeated, foreign).
    pub structure: Vec<RemovedReport>,
    /// Every body sentence and where it comes from.
    pub sentences: SentenceTraces,
    /// Sentences of borrowed passages left out, with why: they repeat the article, point back
    /// at a sentence not borrowed, or date themselves relative to their source's day.
    pub left_out: Vec<crate::dossier::LeftOut>,
}

impl Rewrite {
    /// Record what assembling a dossier left out.
    pub fn with_left_out(mut self, left_out: Vec<crate::dossier::LeftOut>) -> Rewrite {
        self.report.left_out = left_out;
        self
    }

    /// Record the related sources that could not be read, and why; they follow the others.
    pub fn with_skipped(mut self, skipped: &[(String, String)]) -> Rewrite {
        for (name, reason) in skipped {
            let index = self.report.sources.len();
            let entry = SourceReport::skipped(index, name, reason.clone());
            self.report.sources.push(entry);
        }
        self
    }
}

/// A rule the article is held to, and whether it holds.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub id: &'static str,
    /// The rule's default severity in `check`: an error fails `check`, and `rewrite` with it.
    pub severity: Severity,
    pub passed: bool,
    pub detail: String,
}

impl Check {
    /// The check `id` names, with the severity `check` gives that rule by default (see
    /// [`judged`] for a configuration's).
    fn new(id: &'static str, passed: bool, detail: String) -> Check {
        let severity = RuleSeverities::default().of(id).unwrap_or(Severity::Error);
        Check {
            id,
            severity,
            passed,
            detail,
        }
    }

    /// The article fails `check` on this rule: the rule is an error and does not hold.
    pub fn is_error(&self) -> bool {
        !self.passed && self.severity == Severity::Error
    }
}

impl Report {
    /// No check the article fails is an error, the brief's length (`min-words`) among them:
    /// `check` will pass the article, and `rewrite`'s exit status says so (0, else 1).
    pub fn passes_check(&self) -> bool {
        !self.checks.iter().any(Check::is_error)
    }

    /// The rules other than the brief's length that fail the article.
    pub fn check_errors(&self) -> impl Iterator<Item = &Check> {
        self.checks
            .iter()
            .filter(|c| c.is_error() && c.id != "min-words")
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceReport {
    pub index: usize,
    pub name: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    /// The page's canonical URL, when the source is a web page that gives it.
    pub url: Option<String>,
    pub encoding: &'static str,
    pub encoding_guessed: bool,
    /// Lines that held invalid UTF-8, read as Windows-1252 or replaced with U+FFFD.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replaced_lines: Vec<usize>,
    /// Characters that had been encoded twice (UTF-8 read as Windows-1252), made whole.
    #[serde(skip_serializing_if = "crate::checking::report::is_zero")]
    pub encoded_twice: usize,
    /// Body words this source contributed.
    pub words_used: usize,
    pub sentences_used: usize,
    /// Why a related source was not read (redac cannot use it: no article text, not French, not
    /// readable); the article is written without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
    /// A related source's words: relevant, repeated, not standalone, used, unused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::dossier::Account>,
}

impl SourceReport {
    /// The entry of a related source the dossier could not use, and why.
    pub fn skipped(index: usize, name: &str, reason: String) -> SourceReport {
        SourceReport {
            index,
            name: name.to_string(),
            title: None,
            outlet: None,
            date: None,
            url: None,
            encoding: "",
            encoding_guessed: false,
            replaced_lines: Vec::new(),
            encoded_twice: 0,
            words_used: 0,
            sentences_used: 0,
            skipped: Some(reason),
            account: None,
        }
    }
}

/// A block of a source that is not part of the article, with its role and reason.
#[derive(Debug, Clone, Serialize)]
pub struct RemovedReport {
    pub source: usize,
    #[serde(flatten)]
    pub line: Classified,
}

/// A body sentence and where it comes from, as the report lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceTrace<'a> {
    pub text: &'a str,
    /// Index of the source (0 = lead).
    pub source: usize,
    /// 1-based line of the source paragraph.
    pub line: usize,
    /// Byte offset of the sentence in its (typography-normalised) source paragraph.
    pub offset: usize,
}

/// Every body sentence and where it comes from, written as a list of [`SentenceTrace`]s.
/// The body paragraphs themselves are moved in once the article is rendered: a huge input's
/// sentences are not copied for a report that is written only when asked for.
#[derive(Debug, Clone, Default)]
pub struct SentenceTraces(Vec<BodyParagraph>);

impl SentenceTraces {
    pub fn iter(&self) -> impl Iterator<Item = SentenceTrace<'_>> {
        self.0.iter().flat_map(|b| {
            b.paragraph.sentences.iter().map(move |r| SentenceTrace {
                text: &b.paragraph.text[r.clone()],
                source: b.source,
                line: b.line,
                offset: r.start,
            })
        })
    }
}

impl Serialize for SentenceTraces {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl Prepared {
    /// The date the source shows: its metadata's, else its dateline's.
    pub fn shown_date(&self) -> Option<dates::Shown> {
        let metadata = self.metadata.date.as_deref().and_then(dates::find);
        metadata.or_else(|| self.article.date.as_deref().and_then(dates::find))
    }

    /// The day the source shows, a year not shown taken from the run's day.
    pub fn date(&self, run: Date) -> Option<String> {
        self.shown_date()
            .and_then(|shown| shown.on_or_before(run))
            .map(|date| date.to_string())
    }

    /// The source's paragraphs as body paragraphs of source `index`. The first piece of a
    /// source paragraph carries the intertitle above it.
    pub fn body(&self, index: usize) -> Vec<BodyParagraph> {
        let paragraphs = self.paragraphs.iter().map(|(line, p)| (*line, p.clone()));
        body_of(&self.article, paragraphs, index)
    }

    /// [`Prepared::body`], the paragraphs moved out rather than copied: for a source whose
    /// paragraphs are not read again, so a huge input's text is not held twice.
    pub fn take_body(&mut self, index: usize) -> Vec<BodyParagraph> {
        let paragraphs = std::mem::take(&mut self.paragraphs);
        body_of(&self.article, paragraphs.into_iter(), index)
    }
}

/// `paragraphs` of `article` as body paragraphs of source `index` (see [`Prepared::body`]).
fn body_of(
    article: &structure::Article,
    paragraphs: impl Iterator<Item = (usize, Paragraph)>,
    index: usize,
) -> Vec<BodyParagraph> {
    let paragraphs: Vec<(usize, Paragraph)> = paragraphs.collect();
    // An intertitle set in capitals is put in sentence case, as a headline in capitals is,
    // with the proper nouns of its source's paragraphs, read only for such a page; an
    // interview's question keeps no dialogue dash as a heading.
    // A brief's heading that opens on its town and a full stop ("Caen. Un cycliste
    // blessé…") takes a colon, as the title does.
    let proper = OnceCell::new();
    let proper = || {
        proper.get_or_init(|| {
            let own: Vec<&Paragraph> = paragraphs.iter().map(|(_, p)| p).collect();
            analysing::proper_nouns(&own)
        })
    };
    let as_heading = |intertitle: String| {
        let intertitle = match without_dialogue_dash(intertitle) {
            intertitle
                if intertitle.chars().any(char::is_lowercase)
                    || !intertitle.chars().any(char::is_uppercase) =>
            {
                intertitle
            }
            intertitle => title::sentence_case(&intertitle, proper()),
        };
        match crate::literals::STOP_THEN_SPACE.is_in(intertitle.as_bytes()) {
            true => title::rubric_before_stop(&intertitle, proper()).unwrap_or(intertitle),
            false => intertitle,
        }
    };
    // Each typeset piece, with the intertitle over it when it is its source paragraph's first,
    // and whether its source paragraph is a list's item.
    let intertitles = article.paragraphs.iter().flat_map(|p| {
        let over = p
            .intertitle
            .as_deref()
            .map(typography::normalise)
            .map(&as_heading);
        std::iter::once(over)
            .chain(std::iter::repeat_n(None, p.pieces.saturating_sub(1)))
            .take(p.pieces)
            .enumerate()
            .map(move |(piece, intertitle)| {
                (intertitle, p.list_item, p.ordinal.filter(|_| piece == 0))
            })
    });
    let intertitles: Vec<_> = intertitles.collect();
    paragraphs
        .into_iter()
        .zip(intertitles)
        .map(
            |((line, p), (intertitle, list_item, ordinal))| BodyParagraph {
                paragraph: p,
                source: index,
                line,
                intertitle,
                continues: false,
                list_item,
                ordinal,
            },
        )
        .collect()
}

/// `heading` without the dash an interview sets before its question ("— Combien de temps
/// l'offensive peut-elle durer ?"): a heading opens on its words.
fn without_dialogue_dash(heading: String) -> String {
    match segmenting::after_dash(&heading, &['—', '–', '-']) {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => heading,
    }
}

/// The target of `prepared`'s brief and `settings`, or the error naming its source.
pub fn target_of(prepared: &Prepared, settings: &Settings) -> Result<Target, SourceError> {
    target(&prepared.brief, settings).map_err(|error| SourceError {
        source: prepared.name.clone(),
        error,
    })
}

/// The lead's paragraphs a meta description is made of: its prose, not a list's items nor a
/// line announcing what follows it. "3. partager les retenues d'eau entre les communes
/// voisines." opened a description, joined to the paragraph under the list, and without the
/// items "Le plan tient en trois étapes :." did: an item reads as one step of a list, an
/// announcement as half a sentence, and a description stands alone.
/// With them, the indices of those that open a section under the journalist's intertitle
/// ([`meta::Descriptions::in_sections`]).
fn described(body: &[BodyParagraph]) -> (Vec<&Paragraph>, Vec<usize>) {
    let mut paragraphs = Vec::new();
    let mut section_starts = Vec::new();
    let lead = body.iter().filter(|b| b.source == 0);
    for b in lead {
        // A section opens at its intertitle, whether or not its first paragraph is described.
        if b.intertitle.is_some() && section_starts.last() != Some(&paragraphs.len()) {
            section_starts.push(paragraphs.len());
        }
        if !b.list_item && !b.paragraph.text.trim_end().ends_with(':') {
            paragraphs.push(&b.paragraph);
        }
    }
    (paragraphs, section_starts)
}

/// Compose and render an article from body paragraphs already chosen.
pub fn compose(
    sources: &[Prepared],
    body: Vec<BodyParagraph>,
    target: &Target,
    settings: &Settings,
) -> Rewrite {
    let lead = &sources[0];
    let paragraphs: Vec<&Paragraph> = body.iter().map(|b| &b.paragraph).collect();
    let proper = analysing::proper_nouns(&paragraphs);
    let source_title = lead.article.title.as_deref().map(typography::normalise);
    let lead_paragraphs: Vec<&Paragraph> = body
        .iter()
        .filter(|b| b.source == 0)
        .map(|b| &b.paragraph)
        .collect();
    let limits = &settings.limits;
    let lede = lede_len(&body, &lead_paragraphs, limits);
    let mut lede_paragraphs = past_what_holds(&body, lede, limits.section_max_words);
    let opening = joinable_opening(&body);
    let context = Context {
        source_title: source_title.as_deref(),
        lead_paragraphs: &lead_paragraphs,
        opening: opening.as_ref().map(|o| o.text.as_str()),
        body: &paragraphs,
        proper: &proper,
        descriptions: {
            let (described, section_starts) = described(&body);
            meta::Descriptions::in_sections(&described, &section_starts, limits.meta_range())
        },
        // The headline's words too: "peur du loup" says "loup" is a noun, where the lead
        // writes only "1 100 loups" and "de loup".
        uses: WordUses::of(
            source_title
                .as_deref()
                .into_iter()
                .chain(lead_paragraphs.iter().map(|p| p.text.as_str())),
        ),
        limits,
    };
    let given = target
        .keyphrase
        .as_deref()
        .map(|k| (k, target.keyphrase_origin));
    let mut outline = context.outline(&body[lede_paragraphs..], given);
    let first = body.first().map_or("", |b| b.paragraph.text.as_str());
    // Joining the paragraph after the chapô into the lede must leave a section to head, unless
    // the body is no longer than one section and so needs no heading (`subheading-present`).
    let one_section =
        paragraphs.iter().map(|p| p.words()).sum::<usize>() <= limits.section_max_words;
    let room_for_a_section = lede_paragraphs >= 2 || body.len() > 2 || one_section;
    let joined = room_for_a_section
        && !outline.keyphrase.is_in(first)
        && opening
            .as_ref()
            .is_some_and(|o| outline.keyphrase.is_in(&o.text));
    if joined && lede_paragraphs < 2 {
        // The paragraph that names the story joins the lede: the sections start after it.
        lede_paragraphs = past_what_holds(&body, 2, limits.section_max_words);
        let origin = outline.keyphrase_origin;
        let keyphrase = outline.keyphrase.text.clone();
        outline = context.outline(&body[lede_paragraphs..], Some((&keyphrase, origin)));
        outline.keyphrase_origin = origin;
    }
    outline.opening = opening.as_ref().filter(|_| joined).cloned();
    let sections = std::mem::take(&mut outline.sections);
    (lede_paragraphs, outline.sections) =
        headings_over_their_paragraphs(&body, lede_paragraphs, sections, limits.section_max_words);
    let lede = &body[..lede_paragraphs];
    let heading_texts: Vec<&str> = outline
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    let density = analysing::density(&paragraphs, &heading_texts, &outline.keyphrase);
    let (front_matter, date_source) =
        context.front_matter(&outline, &density, lead, target, settings);
    let source_lines = source_list(sources, &body, settings.run_date);
    let markdown = rendering::render(&rendering::Document {
        front_matter: &front_matter,
        style: settings.front_matter,
        lede,
        opening: outline.opening.as_ref(),
        sections: &outline.sections,
        sources: &source_lines,
    });
    let mut report = report(
        sources,
        &body,
        front_matter.clone(),
        outline,
        density,
        target,
        settings,
    );
    report.date_source = date_source;
    report
        .sources
        .iter_mut()
        .zip(sources)
        .for_each(|(r, s)| r.date = s.date(settings.run_date));
    report.sentences = SentenceTraces(body);
    Rewrite {
        markdown,
        report,
        front_matter,
    }
}

/// How many paragraphs open the article above the first heading. Where the journalist cut the
/// article with intertitles, the lede is what stands above the first one, when it is not too
/// long to stand without a heading.
fn lede_len(body: &[BodyParagraph], lead_paragraphs: &[&Paragraph], limits: &Limits) -> usize {
    let composed = sections::lede_len(lead_paragraphs);
    let Some(first_intertitle) = body.iter().position(|b| b.intertitle.is_some()) else {
        return composed;
    };
    let above: usize = body[..first_intertitle]
        .iter()
        .map(|b| b.paragraph.words())
        .sum();
    if above <= limits.section_max_words {
        first_intertitle
    } else {
        composed.min(first_intertitle)
    }
}

/// `at`, or past the paragraphs that hold to the ones before them ([`holds_to_next`]): a
/// heading never parts a list's items, nor a paragraph from what it announces (the lede ends
/// after the list, not between two of its items).
fn past_what_holds(body: &[BodyParagraph], at: usize, max_words: usize) -> usize {
    let mut end = at;
    // A journalist's intertitle stays where the journalist set it, even over a paragraph
    // that answers the one before (La Dépêche's "« Ici, on utilise deux kilomètres de
    // cordes… »" over "Et ça, c’est le travail de l’association…"): the lede stops there.
    while end > 0
        && end < body.len()
        && body[end].intertitle.is_none()
        && holds_to_next(&body[end - 1], &body[end])
    {
        end += 1;
    }
    // A lede past `check`'s `section-length` would run too long without a heading.
    let words: usize = body[..end].iter().map(|b| b.paragraph.words()).sum();
    if words <= max_words {
        end
    } else {
        at
    }
}

/// The sections, each composed heading moved down to the paragraph it is taken from, and the
/// lede's new length. A heading names what its section tells, and a reader takes it for the
/// paragraph right under it: "## Le parquet de Nantes" (the one heading that could carry the
/// keyphrase) stood over "Selon les premiers éléments de l'enquête, plusieurs coups de feu…",
/// the parquet's paragraph second under it. The paragraphs above the one the heading names go
/// to the stretch before (the lede, or the section above), when that stays within
/// `max_words`, holds paragraphs of the same source, and no paragraph is parted from the one
/// it holds to ([`holds_to_next`]). A journalist's intertitle stays where it was set.
fn headings_over_their_paragraphs<'b>(
    body: &'b [BodyParagraph],
    lede: usize,
    sections: Vec<Section<'b>>,
    max_words: usize,
) -> (usize, Vec<Section<'b>>) {
    let mut starts: Vec<usize> = sections
        .iter()
        .scan(lede, |start, section| {
            let this = *start;
            *start += section.paragraphs.len();
            Some(this)
        })
        .collect();
    let end = starts
        .last()
        .zip(sections.last())
        .map_or(lede, |(s, last)| s + last.paragraphs.len());
    let words = |range: std::ops::Range<usize>| -> usize {
        body[range].iter().map(|b| b.paragraph.words()).sum()
    };
    for (s, section) in sections.iter().enumerate() {
        let start = starts[s];
        let above = if s == 0 { 0 } else { starts[s - 1] };
        let composed = body[start].intertitle.is_none();
        if !composed || start == 0 {
            continue;
        }
        let Some(offset) = paragraph_named(section) else {
            continue;
        };
        let under = start + offset;
        let movable = offset > 0
            && body[above..under].iter().all(|b| {
                b.source == body[start - 1].source && b.continues == body[start - 1].continues
            })
            && !holds_to_next(&body[under - 1], &body[under])
            && words(above..under) <= max_words;
        if movable {
            starts[s] = under;
        }
    }
    let sections = sections
        .into_iter()
        .enumerate()
        .map(|(s, section)| {
            let next = starts.get(s + 1).copied().unwrap_or(end);
            Section {
                heading: section.heading,
                paragraphs: &body[starts[s]..next],
            }
        })
        .collect();
    (starts.first().copied().unwrap_or(lede), sections)
}

/// The first of the section's paragraphs a sentence of which holds every content word of its
/// heading (any inflection): the one the heading was made of.
fn paragraph_named(section: &Section) -> Option<usize> {
    let named = Keyphrase::new(&section.heading);
    if named.stems.is_empty() {
        return None;
    }
    section.paragraphs.iter().position(|b| {
        b.paragraph
            .sentence_texts()
            .any(|sentence| named.is_in(sentence))
    })
}

/// No heading may stand between `before` and `next`: two items of a list, a paragraph that
/// announces what follows it ("Elles visent en particulier\u{a0}:") and what it announces, a
/// question and its answer ([`asks_the_next`]), or
/// a paragraph and the next when that one's subject stands for what it named ("Elles ont
/// toutes été inculpées…", "Cet incident a déclenché…": [`meta::subject_refers_back`]) or
/// that answers it ("Le président finlandais, de son côté, a remercié…", "Et…":
/// [`meta::answers_the_sentence_before`]); under a heading, what the pronoun stands for, or the
/// other side, would be missing.
fn holds_to_next(before: &BodyParagraph, next: &BodyParagraph) -> bool {
    before.source == next.source
        && (before.list_item && next.list_item
            || before.paragraph.text.trim_end().ends_with(':')
            || asks_the_next(&before.paragraph.text)
            || next.paragraph.sentence_texts().next().is_some_and(|s| {
                meta::subject_refers_back(s) || meta::answers_the_sentence_before(s)
            }))
}

/// The paragraph ends on a question, which the next one answers: a host's turn in a
/// transcript ("Nicolas Demorand : Dernière question : la surtaxe… sera-t-elle vraiment
/// temporaire ?" over the minister's answer), a journalist's question to the reader. A
/// question quoted at the end of a paragraph ("…, s'interroge-t-il.") does not end it.
fn asks_the_next(text: &str) -> bool {
    text.trim_end_matches(['»', '"', '”', ' ', '\u{a0}', '\u{202f}'])
        .ends_with('?')
}

/// A first paragraph this short reads as a chapô, which may open the paragraph after it.
const CHAPO_MAX_WORDS: usize = 60;

/// The article's first two paragraphs as one, when they may be read as one: a short chapô that
/// names the story by a periphrase ("Le champion américain n’a plus gagné…") and the lead's
/// paragraph after it that names it ("Tiger Woods va attirer tous les regards…"). Joined, the
/// opening paragraph carries the keyphrase in the journalist's own sentences: nothing is
/// added, and a journalist's intertitle between the two keeps them apart. When the two would
/// make a paragraph too long, the chapô takes the second's first sentences that fit, and the
/// rest stays a paragraph of its own. Returns the opening and where, in the second
/// paragraph's text, its own paragraph resumes (its length when it is joined whole).
fn joinable_opening(body: &[BodyParagraph]) -> Option<Opening> {
    let [first, second, ..] = body else {
        return None;
    };
    let both_lead = first.source == 0 && second.source == 0 && second.intertitle.is_none();
    if first.list_item || second.list_item {
        return None;
    }
    let chapo = first.paragraph.words();
    if !both_lead || chapo > CHAPO_MAX_WORDS {
        return None;
    }
    // A chapô printed without its full stop ("… dans quelques mois") gets one, as typography
    // the page left out: joined without it, it would run into the lede's first sentence.
    let chapo_text = first.paragraph.text.trim_end();
    let stop = match crate::structure::ends_like_sentence(chapo_text) {
        true => "",
        false => ".",
    };
    let text = &second.paragraph.text;
    let mut room = sections::MAX_PARAGRAPH_WORDS.saturating_sub(chapo);
    let mut cut = 0;
    for range in &second.paragraph.sentences {
        let words = crate::segmenting::count_words(&text[range.clone()]);
        if words > room {
            break;
        }
        room -= words;
        cut = range.end;
    }
    let resumes = match text[cut..].trim().is_empty() {
        true => text.len(),
        false => cut + (text[cut..].len() - text[cut..].trim_start().len()),
    };
    (cut > 0).then(|| Opening {
        text: format!("{chapo_text}{stop} {}", text[..cut].trim_end()),
        resumes,
    })
}

/// What the composing steps share: the lead's title and paragraphs, and the proper nouns.
struct Context<'a> {
    source_title: Option<&'a str>,
    lead_paragraphs: &'a [&'a Paragraph],
    /// The first two paragraphs joined, when they may be (see [`joinable_opening`]).
    opening: Option<&'a str>,
    /// Every body paragraph: what the keyphrase's density is measured on.
    body: &'a [&'a Paragraph],
    /// The meta descriptions the lead allows, made as each keyphrase tried asks them
    /// ([`meta::Descriptions`]).
    descriptions: meta::Descriptions,
    proper: &'a ProperNouns,
    /// How the lead uses its words, read once for the keyphrase's shortlist and the tags.
    uses: WordUses<'a>,
    limits: &'a Limits,
}

/// The keyphrase, the title composed for it, and the sections under their headings.
struct Outline<'a> {
    keyphrase: Keyphrase,
    /// "flag", "brief" or "auto".
    keyphrase_origin: &'static str,
    title: String,
    /// The meta description [`description_with`] gives the keyphrase, when the choice of the
    /// keyphrase already asked it.
    description: Option<Option<String>>,
    sections: Vec<Section<'a>>,
    /// The first paragraph as written, when it joins the chapô and the paragraph after it.
    opening: Option<Opening>,
}

impl Context<'_> {
    /// The first sentences of the article (the chapô's, when the source has one): what a
    /// headline is made of when the source has none.
    fn lede_sentences(&self) -> Vec<&str> {
        self.lead_sentences(title::LEDE_SENTENCES)
    }

    /// The lead's sentences a headline may be made of: the lede's first, then, when those
    /// make none, the next few (see `title::compose`).
    fn headline_sentences(&self) -> Vec<&str> {
        self.lead_sentences(HEADLINE_SENTENCES)
    }

    fn lead_sentences(&self, at_most: usize) -> Vec<&str> {
        self.lead_paragraphs
            .iter()
            .flat_map(|p| p.sentence_texts())
            .take(at_most)
            .collect()
    }

    /// Cut `rest` (the body after the lede) into sections, and choose the keyphrase (unless
    /// given) together with the headings that carry it.
    /// `given` is the keyphrase the flags or the brief give, with where it comes from.
    fn outline<'b>(
        &self,
        rest: &'b [BodyParagraph],
        given: Option<(&str, &'static str)>,
    ) -> Outline<'b> {
        let ranges = section_ranges(rest, self.limits.section_max_words);
        let grouped: Vec<Vec<&Paragraph>> = ranges
            .iter()
            .map(|r| rest[r.clone()].iter().map(|b| &b.paragraph).collect())
            .collect();
        // The journalist's intertitles head their sections whatever the keyphrase.
        let intertitles: Vec<Option<&str>> = ranges
            .iter()
            .map(|r| rest[r.start].intertitle.as_deref())
            .collect();
        let (trial, keyphrase_origin) = match given {
            Some((k, origin)) => {
                let keyphrase = Keyphrase::new(k);
                let trial = match self.says(&keyphrase) {
                    true => self.given_trial(keyphrase, &grouped, &intertitles),
                    // "Réforme des retraites : les Parisiens ouvrent leurs portes": a keyphrase
                    // the sources never say, put before their headline as a rubric, would tie
                    // their story to a topic they never name. The title, headings and
                    // description are those the sources give alone; `check` says what the
                    // keyphrase lacks.
                    false => Trial {
                        keyphrase,
                        ..self.chosen_trial(&grouped, &intertitles)
                    },
                };
                (trial, origin)
            }
            None => (self.chosen_trial(&grouped, &intertitles), "auto"),
        };
        let sections = ranges
            .into_iter()
            .zip(trial.headings)
            .map(|(range, heading)| Section {
                heading,
                paragraphs: &rest[range],
            })
            .collect();
        Outline {
            keyphrase: trial.keyphrase,
            keyphrase_origin,
            title: trial.title,
            description: trial.description,
            sections,
            opening: None,
        }
    }

    /// The sources say the keyphrase: the lead's headline, or a sentence of the body (the
    /// lead's and those borrowed from related sources), as the density counts it
    /// ([`analysing::keyphrase_occurrences`]): the summary's "the sources never say" reads
    /// that count, and the two agree.
    fn says(&self, keyphrase: &Keyphrase) -> bool {
        self.source_title.is_some_and(|t| keyphrase.is_in(t))
            || self
                .body
                .iter()
                .flat_map(|p| p.sentence_texts())
                .any(|sentence| analysing::keyphrase_occurrences(keyphrase, sentence) > 0)
    }

    /// The title and headings composed for a keyphrase given by the flags or the brief.
    fn given_trial(
        &self,
        keyphrase: Keyphrase,
        grouped: &[Vec<&Paragraph>],
        intertitles: &[Option<&str>],
    ) -> Trial {
        let candidates = headings::candidates(grouped, self.proper);
        let composed = headings::choose(&candidates, grouped, &keyphrase);
        Trial {
            headings: journalists_first(composed, intertitles),
            title: title::compose_for_given(
                self.source_title,
                &keyphrase,
                self.proper,
                &self.headline_sentences(),
                self.limits.title_max_chars,
            ),
            keyphrase,
            description: None,
        }
    }

    /// The keyphrase redac chooses, with the title, headings and description composed for it.
    fn chosen_trial(&self, grouped: &[Vec<&Paragraph>], intertitles: &[Option<&str>]) -> Trial {
        let choice = KeyphraseChoice {
            title: self.source_title,
            lede: self.lede_sentences(),
            headline_sentences: self.headline_sentences(),
            sections: grouped,
            intertitles,
            body: self.body,
            proper: self.proper,
            descriptions: &self.descriptions,
            opening: self.opening,
            headline_wording: OnceCell::new(),
            uses: &self.uses,
            limits: self.limits,
        };
        // The lead's whole text is read for the shortlist before the headings' candidates are
        // scored: a huge input never holds both.
        let shortlist = choice.shortlist(self.lead_paragraphs);
        let candidates = headings::candidates(grouped, self.proper);
        choice.best(shortlist, &candidates, self.lead_paragraphs)
    }

    /// Title, meta description, slug, tags and figures of the article.
    fn front_matter(
        &self,
        outline: &Outline,
        density: &Density,
        lead: &Prepared,
        target: &Target,
        settings: &Settings,
    ) -> (FrontMatter, DateSource) {
        // Typeset again once composed: a composition that rejoins words with plain spaces
        // (days dropped from a headline, a role before a name, a subject told short) would
        // otherwise lose the no-break spaces of the source it cut ("Brevets\u{a0}: …").
        let keyphrase = &outline.keyphrase;
        let title = typography::normalise(&outline.title);
        // The choice weighed the chosen keyphrase's description already: not asked again.
        let description = match &outline.description {
            Some(description) => description.clone(),
            // Under a keyphrase given that the sources never say, a description would put it
            // before one of their sentences as a rubric (see `outline`). One redac chose they
            // say.
            None if outline.keyphrase_origin != "auto" && !self.says(keyphrase) => None,
            None => {
                description_with(&self.descriptions, keyphrase, self.proper).map(|(text, _)| text)
            }
        };
        let description = description
            .or_else(|| self.descriptions.any())
            .unwrap_or_else(|| fallback_description(self.lead_paragraphs));
        let description = typography::normalise(&description);
        let (date, date_source) =
            dates::choose(settings.date, lead.shown_date(), settings.run_date);
        let front_matter = FrontMatter {
            slug: slug::compose(&title, keyphrase),
            title,
            description,
            keyphrase: keyphrase.text.clone(),
            tags: with_the_keyphrase_for_its_word(
                tags(density, self.proper, self.lead_paragraphs, &self.uses),
                keyphrase,
            ),
            lang: target.lang.clone(),
            words: density.words,
            date: Some(date.to_string()),
            author: (lead.metadata.author.clone())
                .or_else(|| lead.article.author.clone())
                .or(settings.author.clone()),
            source_url: lead.metadata.url.clone(),
            draft: settings.draft.then_some(true),
        };
        (front_matter, date_source)
    }
}

/// The report of a composed article.
fn report(
    sources: &[Prepared],
    body: &[BodyParagraph],
    front_matter: FrontMatter,
    outline: Outline,
    density: Density,
    target: &Target,
    settings: &Settings,
) -> Report {
    let limits = &settings.limits;
    let lead = &sources[0];
    let headings: Vec<String> = outline.sections.iter().map(|s| s.heading.clone()).collect();
    let first = body.first().map_or("", |b| b.paragraph.text.as_str());
    let lede = outline.opening.as_ref().map_or(first, |o| o.text.as_str());
    let mut checks = checks(
        &front_matter,
        &outline.keyphrase,
        &headings,
        &outline.sections,
        target,
        limits,
    );
    checks.extend(keyphrase_checks(&outline.keyphrase, lede, &density, limits));
    let lost = lost_words(&headings, body);
    checks.push(Check::new("lost-word", lost.is_empty(), lost.join(", ")));
    let checks = judged(checks, &settings.severities);
    let structure: Vec<RemovedReport> = sources
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            s.article.blocks.iter().map(move |r| RemovedReport {
                source: i,
                line: r.clone(),
            })
        })
        .collect();
    let removed = structure
        .iter()
        .filter(|r| !r.line.role.is_article())
        .cloned()
        .collect();
    Report {
        words: front_matter.words,
        brief_met: front_matter.words >= target.min_words,
        title: front_matter.title,
        slug: front_matter.slug,
        description: front_matter.description,
        keyphrase: outline.keyphrase.text,
        keyphrase_origin: outline.keyphrase_origin,
        date: front_matter.date.clone().unwrap_or_default(),
        date_source: DateSource::Run,
        target: target.clone(),
        brief: lead.brief.clone(),
        language: lead.language.clone(),
        headings,
        density,
        tags: front_matter.tags,
        checks,
        sources: source_reports(sources, body),
        removed,
        structure,
        sentences: SentenceTraces::default(),
        left_out: Vec::new(),
    }
}

/// The headings the sections get: the journalist's intertitle where there is one, the one
/// composed for the keyphrase elsewhere. A keyphrase is judged on these, the headings the
/// article will show.
fn journalists_first(composed: Vec<String>, intertitles: &[Option<&str>]) -> Vec<String> {
    composed
        .into_iter()
        .zip(intertitles)
        .map(|(heading, intertitle)| intertitle.map_or(heading, str::to_string))
        .collect()
}

/// A keyphrase with the section headings and the title composed for it.
struct Trial {
    keyphrase: Keyphrase,
    headings: Vec<String>,
    title: String,
    /// The keyphrase's meta description ([`description_with`], its text), when its trial
    /// asked it (its standing and title left it within reach): the front matter takes it from
    /// here.
    description: Option<Option<String>>,
}

/// What a keyphrase meets whatever title and headings are composed for it
/// ([`KeyphraseChoice::standing`]).
struct Standing {
    in_first: bool,
    in_lede: bool,
    in_headline: bool,
    in_meta: bool,
    meta_wording: bool,
    /// The density earned on what the journalist wrote reaches the range's start, over enough
    /// mentions: the headings composed for it may still carry it out of range.
    density_earned: bool,
    density: std::ops::RangeInclusive<f64>,
    in_body: usize,
    body_words: usize,
}

impl Standing {
    /// The standing once the keyphrase's meta description is known ([`description_with`]):
    /// one of the right length, and one in the lead's own wording.
    fn with_description(self, description: Option<&(String, bool)>) -> Standing {
        Standing {
            in_meta: description.is_some(),
            meta_wording: description.is_some_and(|(_, own)| *own),
            ..self
        }
    }

    /// The weights of what it meets: in the lede, the first paragraph, the headline, a
    /// description of the right length and in the lead's own wording.
    fn met(&self) -> usize {
        weights_met(&[
            (self.in_lede, IN_LEDE),
            (self.in_first, IN_FIRST_PARAGRAPH),
            (self.in_headline, IN_HEADLINE),
            (self.in_meta, IN_META),
            (self.meta_wording, META_WORDING),
        ])
    }

    /// The most the headings composed for it can add ([`KeyphraseChoice::headings_merit`]).
    fn headings_ceiling(&self) -> usize {
        weights_met(&[(self.density_earned, DENSITY_IN_RANGE), (true, IN_HEADING)])
    }

    /// The most a trial of this keyphrase can weigh: what it meets already, and all that
    /// a title and headings could add.
    fn ceiling(&self) -> usize {
        self.met()
            + IN_TITLE
            + OPENS_TITLE
            + TITLE_IN_RANGE
            + SOURCE_WORDING
            + self.headings_ceiling()
    }
}

/// How many ranked keyphrases are tried before settling for the best compromise.
const KEYPHRASE_TRIES: usize = 8;

/// What the choice of an automatic keyphrase weighs: the lede it must be in, the title it
/// should open, the meta description and the headings that should carry it, the density it
/// should have.
struct KeyphraseChoice<'a> {
    title: Option<&'a str>,
    /// The lede's first sentences ([`title::LEDE_SENTENCES`]), whose noun phrases are tried
    /// as keyphrases.
    lede: Vec<&'a str>,
    /// What a headline is made of when the source has none ([`Context::headline_sentences`]).
    headline_sentences: Vec<&'a str>,
    sections: &'a [Vec<&'a Paragraph>],
    /// Each section's intertitle, where the journalist wrote one.
    intertitles: &'a [Option<&'a str>],
    body: &'a [&'a Paragraph],
    proper: &'a ProperNouns,
    /// The meta descriptions the lead allows, asked for each keyphrase tried.
    descriptions: &'a meta::Descriptions,
    /// The first two paragraphs joined, when they may be: a keyphrase in the second one is in
    /// the lede once they are.
    opening: Option<&'a str>,
    /// The wording of `title`, made when a trial first asks it.
    headline_wording: OnceCell<Wording>,
    /// How the lead uses its words: whether a lone lowercase word is a noun. Read from the
    /// context's lead paragraphs, the lead [`Self::shortlist`] is given.
    uses: &'a WordUses<'a>,
    limits: &'a Limits,
}

/// How many of the lead's sentences a headline may be made of, when the source has none: the
/// lede's first ([`title::LEDE_SENTENCES`]), and a few more for when those make none.
const HEADLINE_SENTENCES: usize = 8;

/// How many times the body repeats a lede's noun phrase for it to be tried as a keyphrase.
const RECURRING_PHRASE: usize = 3;

/// How many of the headline's noun phrases are tried as keyphrases besides the ranked ones.
const HEADLINE_PHRASES: usize = 3;

/// What a keyphrase must meet, weighted by what failing it costs: the first four are `check`
/// errors, each worth more than the ones an editor weighs after them together, so the
/// keyphrase with the fewest errors wins, then the one the journalist's headline names, then
/// the one opening the title, then the better-written title, then the best-ranked.
const IN_LEDE: usize = CHECK_ERROR;
const IN_TITLE: usize = CHECK_ERROR;
const IN_META: usize = CHECK_ERROR;
const DENSITY_IN_RANGE: usize = CHECK_ERROR;
/// What each `check` error costs: more than every editor's weight together
/// ([`EDITORIAL_WEIGHTS`]), so no merit of the title or headings buys an error.
const CHECK_ERROR: usize = EDITORIAL_WEIGHTS + 1;
const EDITORIAL_WEIGHTS: usize =
    IN_HEADLINE + OPENS_TITLE + SOURCE_WORDING + META_WORDING + IN_HEADING + IN_FIRST_PARAGRAPH;
/// The source's headline names it: the journalist's own words for what the story is about.
/// Worth more than opening the title, which any phrase may do as a rubric put before the
/// headline ("Office : Berne interdit désormais le chlorothalonil").
const IN_HEADLINE: usize = 8;
const OPENS_TITLE: usize = 6;
const TITLE_IN_RANGE: usize = CHECK_ERROR;
const SOURCE_WORDING: usize = 2;
/// A sentence of the lead names the keyphrase, so the meta description needs no rubric put
/// before it ([`meta::Descriptions::under_rubric`]): worth more than opening the title, which
/// a rubric may do as well, so that a keyphrase needing rubrics before both the title and the
/// description ("République : près de 50 000…" twice) gives way to one the lead names; worth
/// less than the journalist's headline naming it.
const META_WORDING: usize = 7;
const IN_HEADING: usize = 1;
/// The chapô alone carries the keyphrase, without joining the paragraph after it.
const IN_FIRST_PARAGRAPH: usize = 2;
const ALL_MET: usize = IN_LEDE
    + IN_FIRST_PARAGRAPH
    + IN_TITLE
    + IN_HEADLINE
    + OPENS_TITLE
    + IN_META
    + DENSITY_IN_RANGE
    + TITLE_IN_RANGE
    + SOURCE_WORDING
    + META_WORDING
    + IN_HEADING;
/// What a phrase holding the chosen keyphrase ("pape François" for "François", "Poutine et
/// Loukachenko" for "Loukachenko") may fail besides to replace it: it says more.
const SPECIFIC: usize = IN_HEADING;

/// A keyphrase to try, and whether the title or the lead names it, caselessly.
struct Shortlisted {
    keyphrase: Keyphrase,
    in_lead: bool,
    /// How many times the body's sentences hold it ([`KeyphraseChoice::occurrences_in_body`]).
    in_body: usize,
}

impl KeyphraseChoice<'_> {
    /// The keyphrases to try, best-ranked first: the ranked ones the lead accepts, then the
    /// headline's phrases, the recurring ones and the surnames. What needs the lead's whole
    /// text is asked here, once, in one lowercase copy.
    fn shortlist(&self, lead: &[&Paragraph]) -> Vec<Shortlisted> {
        // Scored before the lead is joined: the scoring's index of the whole text and the
        // joined copy are never held together.
        let candidates = analysing::KeyphraseCandidates::of(self.title, lead, self.proper);
        let mut ranked = candidates.ranked(|_| true);
        let texts: Vec<&str> = lead.iter().map(|p| p.text.as_str()).collect();
        let lower = LowerLead::of(self.title.unwrap_or(""), &texts);
        // Read only when a single word is judged, as `in_a_works_name` judges no phrase.
        let quoted_names = OnceCell::new();
        let word_of_a_works_name = |k: &Keyphrase| {
            !k.text.contains(' ')
                && in_a_works_name(
                    &k.text,
                    quoted_names.get_or_init(|| {
                        QuotedNames::of(self.title.into_iter().chain(texts.iter().copied()))
                    }),
                    &lower.all,
                )
        };
        // "handicapé", the headline's adjective, is the story's "handicap", which the text
        // uses as a noun ("un handicap"): the noun stands in for a lone lowercase word the
        // text never writes after a determiner. Only a word a reader would search is asked,
        // as `acceptable` asks `searchable` first.
        for k in ranked.iter_mut() {
            if lone_lowercase(k) && searchable(&k.text) && !self.uses.used_as_noun(&k.text) {
                if let Some(noun) = self.uses.noun_opening(k) {
                    *k = noun;
                }
            }
        }
        let acceptable = |k: &Keyphrase| {
            let single_lowercase = lone_lowercase(k);
            (searchable(&k.text) || single_lowercase && short_noun_of_the_headline(k, self.title))
                && (!single_lowercase
                    || self.uses.used_as_noun(&k.text)
                    || self.title.is_some_and(|title| headline_rubric_is(title, k)))
                && (!always_continued(&k.text, lower.lead())
                    || self.title.is_some_and(|t| {
                        head_of_a_named_place(&k.text, t, lower.headline(), &texts)
                    }))
                && !part_of_a_longer_name(&k.text, &texts)
                && !cut_inside_a_name(&k.text, &texts)
                && !ends_on_verb_of_its_object(&k.text, &lower.all)
                && !(lone_name(k) && names_no_story(&k.text, &texts))
                && !name_and_verb(&k.text, self.title.into_iter().chain(texts.iter().copied()))
                && !(single_lowercase && head_of_compound(&k.text, lower.lead()))
                // "jeudi" of "l'actualité du Calvados ce jeudi": a word that dates or counts
                // names no subject, a keyphrase no more than a tag.
                && !(single_lowercase && crate::lexicon::dates_or_counts(&k.text))
                && !word_of_a_works_name(k)
        };
        ranked.retain(acceptable);
        if ranked.is_empty() {
            // Every candidate near the best was rejected ("enfant"): rank the acceptable
            // ones among themselves ("Marciano").
            ranked = candidates.ranked(acceptable);
        }
        ranked.truncate(KEYPHRASE_TRIES);
        let surnames: Vec<Keyphrase> = ranked.iter().filter_map(surname).collect();
        // The lede's noun phrases, found once for the headline's and the recurring ones: the
        // headline a lede sentence makes is the first of them.
        let lede_phrases: Vec<Vec<headings::NounPhrase>> = self
            .lede
            .iter()
            .map(|sentence| headings::noun_phrases(sentence, self.proper))
            .collect();
        let phrases = self.headline_phrases(&texts, lede_phrases.first());
        // A lone lowercase noun the lede repeats is a candidate only as the ranked ones are.
        let recurring = self
            .recurring_phrases(&lede_phrases)
            .into_iter()
            .filter(|k| !lone_lowercase(k) || acceptable(k));
        for phrase in phrases.into_iter().chain(recurring).chain(surnames) {
            if !ranked.iter().any(|k| k.stems == phrase.stems) {
                ranked.push(phrase);
            }
        }
        let mut in_body = self.occurrences_in_body(ranked.iter());
        if !ranked
            .iter()
            .zip(&in_body)
            .any(|(k, &n)| self.density_in_range(k, n))
        {
            // "cyberattaques", near the best, is said 5 times in 1,047 words; "CHSF", behind
            // it, 6: the story's topic may be said more often than the best-ranked phrase is.
            // And less often: "prix", said 6 times in 185 words (3.2 %), is stuffed, where
            // "inflation", behind it, is said twice.
            let behind = candidates.without_bar(acceptable);
            let behind_in_body = self.occurrences_in_body(behind.iter());
            let earning = behind
                .into_iter()
                .zip(behind_in_body)
                .filter(|(k, n)| self.density_in_range(k, *n));
            for (keyphrase, n) in earning.take(KEYPHRASE_TRIES) {
                if !ranked.iter().any(|k| k.stems == keyphrase.stems) {
                    ranked.push(keyphrase);
                    in_body.push(n);
                }
            }
        }
        // "Vial", a grower the lede names once, won over "Drôme", said three times, for the
        // title its shorter rubric fitted ("Vial : la chambre…" in 60 characters, "Drôme : …"
        // in 61), both failing one rule. A phrase the body says once, and the journalist's
        // headline does not name, is no story's topic: when another is said more, it is not
        // tried. (A headline's "majorité solide", said once in a short text, is.)
        let topical = |k: &Keyphrase, n: usize| {
            n >= analysing::MIN_KEYPHRASE_OCCURRENCES || self.title.is_some_and(|t| k.is_in(t))
        };
        if in_body
            .iter()
            .any(|&n| n >= analysing::MIN_KEYPHRASE_OCCURRENCES)
        {
            let kept: Vec<bool> = ranked
                .iter()
                .zip(&in_body)
                .map(|(k, &n)| topical(k, n))
                .collect();
            let mut keep = kept.iter();
            ranked.retain(|_| keep.next().copied().unwrap_or(true));
            let mut keep = kept.iter();
            in_body.retain(|_| keep.next().copied().unwrap_or(true));
        }
        if ranked.is_empty() {
            ranked.push(Keyphrase::new(self.title.unwrap_or("article")));
            in_body = self.occurrences_in_body(ranked.iter());
        }
        // Only a phrase fuller than a name may replace it (see `best`): only those are looked
        // for in the lead.
        let in_lead: Vec<bool> = ranked
            .iter()
            .map(|k| {
                ranked.iter().any(|lone| named(lone) && fuller(k, lone))
                    && lower.all.contains(&segmenting::to_lowercase(&k.text))
            })
            .collect();
        ranked
            .into_iter()
            .zip(in_lead)
            .zip(in_body)
            .map(|((keyphrase, in_lead), in_body)| Shortlisted {
                keyphrase,
                in_lead,
                in_body,
            })
            .collect()
    }

    /// The best of the `shortlist` that meets everything (its [`Standing`], then
    /// [`KeyphraseChoice::title_merit`] and [`KeyphraseChoice::headings_merit`]);
    /// failing that, the one whose failures cost least, rank breaking ties. Returns it with
    /// the title and headings composed for it.
    fn best(
        &self,
        shortlist: Vec<Shortlisted>,
        candidates: &headings::Candidates,
        lead: &[&Paragraph],
    ) -> Trial {
        let mut tried: Vec<(usize, bool, Trial)> = Vec::new();
        // The best merit met so far: a keyphrase whose standing cannot come within
        // [`SPECIFIC`] of it is neither chosen nor says more than the one chosen (see below),
        // so no title or headings are composed for it.
        let mut best_so_far = 0;
        for (i, shortlisted) in shortlist.iter().enumerate() {
            let keyphrase = &shortlisted.keyphrase;
            // Asked before its title and description, which cost more than the rest together.
            let standing = self.standing(keyphrase, shortlisted.in_body, lead);
            if standing.ceiling() + SPECIFIC < best_so_far {
                continue;
            }
            let title = title::compose(
                self.title,
                keyphrase,
                self.proper,
                &self.headline_sentences,
                self.limits.title_max_chars,
            );
            // Its title weighed, its description (which costs more than its title) is asked,
            // and the headings are chosen, only if they could still lift it.
            let title_merit = self.title_merit(keyphrase, &title);
            let headings_ceiling = standing.headings_ceiling();
            if standing.met() + title_merit + headings_ceiling + SPECIFIC < best_so_far {
                continue;
            }
            let description = description_with(self.descriptions, keyphrase, self.proper);
            let standing = standing.with_description(description.as_ref());
            let with_title = standing.met() + title_merit;
            if with_title + headings_ceiling + SPECIFIC < best_so_far {
                continue;
            }
            let headings = journalists_first(
                headings::choose(candidates, self.sections, keyphrase),
                self.intertitles,
            );
            let met = with_title + self.headings_merit(keyphrase, &headings, &standing);
            best_so_far = best_so_far.max(met);
            let mut trial = Trial {
                headings,
                title,
                keyphrase: keyphrase.clone(),
                description: None,
            };
            trial.description = Some(description.map(|(text, _)| text));
            let outdone = shortlist[i + 1..]
                .iter()
                .any(|later| fuller(&later.keyphrase, keyphrase));
            if met == ALL_MET && !outdone {
                return trial;
            }
            tried.push((met, shortlisted.in_lead, trial));
        }
        let best = tried.iter().map(|t| t.0).max().unwrap_or(0);
        let chosen = tried
            .iter()
            .position(|t| t.0 == best)
            .expect("one keyphrase tried");
        // "pape François" says more than the lone name "François" it holds, when it meets
        // as much but a heading; "Julien Wattebled" does not outdo "Marciano", who it does
        // not hold.
        let lone = &tried[chosen].2.keyphrase;
        // "signal national d’alerte" says more than "signal" when it meets as much.
        let said_more = tried.iter().position(|t| {
            let as_much = t.0 == best || named(lone) && t.0 + SPECIFIC >= best && t.1;
            as_much && fuller(&t.2.keyphrase, lone)
        });
        tried.swap_remove(said_more.unwrap_or(chosen)).2
    }

    /// How many times the body's sentences hold each of `keyphrases`: one pass over the
    /// sentences for the whole shortlist, where a pass for each keyphrase tried looked every
    /// sentence up again.
    fn occurrences_in_body<'k>(
        &self,
        keyphrases: impl ExactSizeIterator<Item = &'k Keyphrase>,
    ) -> Vec<usize> {
        let mut counts = vec![0; keyphrases.len()];
        // Each sentence's stems counted once for the whole shortlist ([`analysing::StemTally`]).
        let mut tally = analysing::StemTally::of(keyphrases);
        for sentence in self.body.iter().flat_map(|p| p.sentence_texts()) {
            tally.count(&analysing::content_stems(sentence));
            for (i, count) in counts.iter_mut().enumerate() {
                *count += tally.occurrences(i);
            }
        }
        counts
    }

    /// The noun phrases the headline opens with (the source's, or the lede sentence a
    /// headline is made of) that the first paragraph also holds, or the paragraph that may
    /// join it in the lede: a keyphrase there opens the title and the lede in the
    /// journalist's own words ("Sophie Binet", "merlu de
    /// l’Atlantique", "Tiger Woods"). `texts` are the lead's paragraphs, `lede_phrases` the
    /// first lede sentence's noun phrases.
    fn headline_phrases(
        &self,
        texts: &[&str],
        lede_phrases: Option<&Vec<headings::NounPhrase>>,
    ) -> Vec<Keyphrase> {
        let first = texts.first().copied().unwrap_or("");
        let first_lower = segmenting::to_lowercase(first);
        let title_phrases = self
            .title
            .map(|title| headings::noun_phrases(title, self.proper));
        [
            self.title.zip(title_phrases.as_ref()),
            self.lede.first().copied().zip(lede_phrases),
        ]
        .into_iter()
        .flatten()
        .flat_map(|(headline, noun_phrases)| {
            let lower = segmenting::to_lowercase(headline);
            noun_phrases
                .iter()
                .take(HEADLINE_PHRASES)
                .flat_map(|np| {
                    let phrase = without_determiner(&np.text);
                    word_prefixes(phrase)
                        .into_iter()
                        .chain(name_in_apposition(phrase))
                })
                .filter(|phrase| !ends_on_verb_of_its_object(phrase, &lower))
                .collect::<Vec<_>>()
        })
        .map(|phrase| Keyphrase::new(&phrase))
        .filter(|k| {
            (1..=4).contains(&k.stems.len())
                && searchable(&k.text)
                && (k.is_in(first) || self.opening.is_some_and(|o| k.is_in(o)))
                && !always_continued(&k.text, &first_lower)
                // "Maïwenn" of the headline's "Maïwenn Le Besco": a first name, as the lead
                // tells.
                && !part_of_a_longer_name(&k.text, texts)
                && !cut_inside_a_name(&k.text, texts)
        })
        .collect()
    }

    /// The noun phrases of the lede's first sentences that the body repeats: a story told
    /// around one thing names it again and again (« gilets jaunes », lowercase, three times
    /// and more), even where no headline gives it and no capital marks it. `lede_phrases`
    /// are the noun phrases of each lede sentence.
    fn recurring_phrases(&self, lede_phrases: &[Vec<headings::NounPhrase>]) -> Vec<Keyphrase> {
        let mut phrases: Vec<Keyphrase> = Vec::new();
        for (sentence, noun_phrases) in self.lede.iter().zip(lede_phrases) {
            let named = noun_phrases
                .iter()
                .map(|np| without_determiner(&np.text).to_string());
            let complements = noun_phrases
                .iter()
                .flat_map(|np| complement_phrases(&np.text));
            // Under a headline, whose phrases are tried, the lede's nouns took the place of
            // a name it gives ("données" for "CHSF").
            let heads = match self.title {
                Some(_) => Vec::new(),
                None => head_nouns(named.clone().chain(complements.clone()), sentence),
            };
            for text in named.chain(complements).chain(short_quotations(sentence)) {
                let k = Keyphrase::new(&text);
                let new = (2..=4).contains(&k.stems.len())
                    && !phrases.iter().any(|p| p.stems == k.stems)
                    && searchable(&text);
                if new {
                    phrases.push(k);
                }
            }
            for head in heads {
                let k = Keyphrase::new(&head);
                let new = k.stems.len() == 1
                    && lone_lowercase(&k)
                    && !phrases.iter().any(|p| p.stems == k.stems)
                    && searchable(&head);
                if new {
                    phrases.push(k);
                }
            }
        }
        if phrases.is_empty() {
            return phrases;
        }
        // One pass over the body for every phrase: each sentence's stems looked up once, where
        // each phrase looked every sentence up again.
        // Each sentence's stems counted once for every phrase ([`analysing::StemTally`]).
        let mut sentences_holding = vec![0; phrases.len()];
        let mut tally = analysing::StemTally::of(&phrases);
        for sentence in self.body.iter().flat_map(|p| p.sentence_texts()) {
            tally.count(&analysing::content_stems(sentence));
            for (i, count) in sentences_holding.iter_mut().enumerate() {
                *count += usize::from(tally.holds(i));
            }
        }
        phrases
            .into_iter()
            .zip(sentences_holding)
            .filter(|(_, count)| *count >= RECURRING_PHRASE)
            .map(|(phrase, _)| phrase)
            .collect()
    }

    /// The weights of what the trial meets: the keyphrase in the first paragraph, in the title
    /// and opening it, in a meta description of the right length, at a natural density; a title of the
    /// right length; the title and the description in the source's own wording (not
    /// "Keyphrase : title"); a heading carrying it. `description` is the keyphrase's meta
    /// description ([`description_with`]), which the front matter takes too.
    /// What `keyphrase` meets whatever title and headings are composed for it: in the first
    /// paragraph and the lede, in the source's headline, and a density earned on what the
    /// journalist wrote; the meta description counted as met until
    /// [`Standing::with_description`] says. `in_body` is its count in the body's sentences.
    fn standing(&self, k: &Keyphrase, in_body: usize, lead: &[&Paragraph]) -> Standing {
        let in_first = lead.first().is_some_and(|p| k.is_in(&p.text));
        Standing {
            in_first,
            in_lede: in_first || self.opening.is_some_and(|o| k.is_in(o)),
            in_headline: self.title.is_none_or(|headline| k.is_in(headline)),
            in_meta: true,
            meta_wording: true,
            density_earned: self.earns_density(k, in_body),
            density: self.limits.density_range(k),
            in_body,
            body_words: self.body_words(),
        }
    }

    /// `k`, which the body says `in_body` times, is said often enough to be the story's.
    ///
    /// The article's density, as `check` measures it, counts every heading; but it is earned
    /// on what the journalist wrote, intertitles included: headings composed to carry a
    /// keyphrase never make it the story's.
    fn earns_density(&self, k: &Keyphrase, in_body: usize) -> bool {
        let (density, mentions) = self.journalists_density(k, in_body);
        // A phrase the journalist named once is not the story's topic, whatever that one
        // mention weighs in a short text ("petit Marciano" of a child named twice).
        density >= *self.limits.density_range(k).start()
            && mentions >= analysing::MIN_KEYPHRASE_OCCURRENCES
    }

    /// `k` earns its density ([`Self::earns_density`]) and the journalist's text does not say
    /// it so often that it reads as stuffed (past the range's end).
    fn density_in_range(&self, k: &Keyphrase, in_body: usize) -> bool {
        let (density, mentions) = self.journalists_density(k, in_body);
        self.limits.density_range(k).contains(&density)
            && mentions >= analysing::MIN_KEYPHRASE_OCCURRENCES
    }

    /// The density of `k`, said `in_body` times by the body, on what the journalist wrote
    /// (the body and the intertitles), and how many times they say it.
    fn journalists_density(&self, k: &Keyphrase, in_body: usize) -> (f64, usize) {
        let in_intertitles = analysing::in_headings(self.intertitles.iter().flatten().copied(), k);
        let mentions = in_body + in_intertitles.0;
        let density = analysing::keyphrase_density(mentions, self.body_words() + in_intertitles.1);
        (density, mentions)
    }

    fn body_words(&self) -> usize {
        self.body.iter().map(|p| p.words()).sum()
    }

    /// The weights of what the composed title meets: the keyphrase in it and opening it, a
    /// length in range, the source's own wording (not "Keyphrase : title").
    fn title_merit(&self, k: &Keyphrase, composed: &str) -> usize {
        let in_title = k.is_in(composed);
        // The source's wording: no rubric put before a colon, or one the source headline
        // already put there ("…la Brav-M : l’unité de police…"). Typography's spaces and
        // quotation marks ("«gilets jaunes»" → "« gilets jaunes »") change no wording.
        let natural = !composed.contains("\u{a0}:")
            || self.title.is_some_and(|headline| {
                let wording = self.headline_wording.get_or_init(|| Wording::of(headline));
                wording.holds(composed)
            });
        let rubric_reads = natural || may_stand_as_rubric(k);
        let opens_title = title::starts_with_keyphrase(composed, k)
            && rubric_reads
            && !common_noun_in_a_complement(composed, k);
        let title_len = composing::visible_len(composed);
        let title_ok = (title::MIN_TITLE_LEN..=self.limits.title_max_chars).contains(&title_len);
        weights_met(&[
            (in_title, IN_TITLE),
            (opens_title, OPENS_TITLE),
            (title_ok, TITLE_IN_RANGE),
            (natural, SOURCE_WORDING),
        ])
    }

    /// The weights of what the headings composed for `k` meet: the article's density in
    /// range with them (as `check` counts it), one of them carrying the keyphrase.
    fn headings_merit(&self, k: &Keyphrase, headings: &[String], standing: &Standing) -> usize {
        let (count, words) = analysing::in_headings(headings.iter().map(String::as_str), k);
        let shown =
            analysing::keyphrase_density(standing.in_body + count, standing.body_words + words);
        let density_ok = standing.density_earned && standing.density.contains(&shown);
        let in_heading = headings.is_empty() || headings.iter().any(|h| k.is_in(h));
        weights_met(&[(density_ok, DENSITY_IN_RANGE), (in_heading, IN_HEADING)])
    }
}

/// The sum of the weights whose condition is met.
fn weights_met(conditions: &[(bool, usize)]) -> usize {
    conditions
        .iter()
        .filter(|(met, _)| *met)
        .map(|(_, weight)| weight)
        .sum()
}

/// "3h de marche pour faire les courses : la vie à Dormillouse": a lone common noun the
/// title's first words hold only as the complement of another ("de marche") is not what the
/// title opens on, though it stands among its first words; "Un immense tableau…" opens on
/// its noun. A name keeps the slack of a title before it ("Au cœur de Blackstone").
fn common_noun_in_a_complement(title: &str, keyphrase: &Keyphrase) -> bool {
    if named(keyphrase) || keyphrase.text.contains(' ') {
        return false;
    }
    let mut before_it = Vec::new();
    for token in segmenting::tokens(title) {
        if keyphrase.is_in(token.text) {
            break;
        }
        before_it.push(token.text);
    }
    before_it.iter().any(|word| {
        let lower = segmenting::lowercase(word);
        crate::lexicon::is_np_preposition(&lower) || lower.starts_with("d’")
    })
}

/// A phrase someone would type to find the story: not a lone verb, number, generic noun or
/// word of three letters ("ratifie", "ans", "pays"), and not a phrase ending on a verb ("le
/// parlement turc ratifie").
fn searchable(phrase: &str) -> bool {
    // Inline: every candidate keyphrase is asked, and few hold more than eight words.
    let words: smallvec::SmallVec<[&str; 8]> = composing::clauses::words(phrase).collect();
    let Some(last) = words.last() else {
        return false;
    };
    let shouted = words.len() > 1 && !phrase.chars().any(char::is_lowercase);
    if shouted {
        return false; // a rubric ("SCAN POLITIQUE"), not what a reader types
    }
    // "généralisation d’un suivi": an indefinite article inside makes a description, not
    // the name a reader types.
    // Compared without lowercasing: only "u", "n" and "e" and their capitals lowercase into
    // those letters, and the lowercase copy of a capitalised word was an allocation for each
    // word of each phrase asked.
    let indefinite = |w: &&str| {
        let bare = w.rsplit(['’', '\'']).next().unwrap_or(w);
        bare.eq_ignore_ascii_case("un") || bare.eq_ignore_ascii_case("une")
    };
    // "un des deux manifestants" (of "L’un des deux manifestants grièvement blessés"): a
    // pronoun counting among others opens no name either.
    let counts_among = words.len() > 2 && indefinite(&words[0]) && words[1].starts_with("de");
    if counts_among || words.iter().skip(1).any(indefinite) {
        return false;
    }
    if words.len() > 1 {
        if is_a_figure(last) {
            return false;
        }
        // "Christophe Dettinger condamné": a name and its participle are a clause.
        let after_name = words[words.len() - 2].starts_with(char::is_uppercase);
        let participle = crate::lexicon::ends_like_past_participle(last);
        // "enfants poursuivi": a plural noun and a singular participle do not agree, so the
        // participle belongs to the clause's subject, not to the noun.
        let disagrees = words.len() == 2
            && words[0].ends_with(['s', 'x'])
            && ["i", "u", "é", "it"].iter().any(|e| last.ends_with(e))
            && !last.ends_with(['s', 'x']);
        // "enfant retrouvé": a noun and its participle tell what happened to it, a clause.
        let told = words.len() == 2 && participle;
        let clause =
            (after_name && participle || disagrees || told) && last.starts_with(char::is_lowercase);
        return !segmenting::with_lowercase(last, crate::lexicon::looks_like_finite_verb)
            && !clause;
    }
    // "Ve" of "la Ve République", "XXe": an ordinal in Roman numerals names no story.
    let roman_ordinal = last
        .trim_end_matches(['e', 'r'])
        .chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    if roman_ordinal {
        return false;
    }
    let capitalised = last.chars().next().is_some_and(char::is_uppercase);
    let weak = || {
        segmenting::with_lowercase(last, |lower| {
            crate::lexicon::looks_like_finite_verb(lower)
                || crate::lexicon::is_number_word(lower)
                || crate::lexicon::is_generic_noun(lower)
        }) || last.chars().count() <= 3
    };
    capitalised || !weak()
}

/// "bus" of "Les horaires du bus 12 ne sont plus adaptés aux lycéens": a word of three letters
/// is too short for [`searchable`] (most are "fin", "mal", "1er"), but one the headline holds
/// is what its story is about, and a reader types it ("bus", "eau", "gaz"). Asked of a lone
/// lowercase candidate, which must also be used as a noun.
fn short_noun_of_the_headline(k: &Keyphrase, title: Option<&str>) -> bool {
    let word = k.text.as_str();
    word.chars().count() == 3
        && word.chars().all(segmenting::is_letter)
        && !crate::lexicon::is_function_word(word)
        && title.is_some_and(|title| {
            title
                .split(|c: char| !segmenting::is_letter(c))
                .any(|w| segmenting::with_lowercase(w, |lower| lower == word))
        })
}

/// "chiffre d’affaires de 22,4" (of "un chiffre d’affaires de 22,4 Mds€"), "plan de 45": a
/// phrase ending on a figure is a fact about its noun, not what a reader types, and the
/// figure, no stem, left it counted as the noun alone. A year names an event or a law ("loi
/// de 1905"), and stays.
fn is_a_figure(word: &str) -> bool {
    let digits = word
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
    let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
    digits && word.bytes().any(|b| b.is_ascii_digit()) && !year
}

/// `phrase` holds every stem of `than`, and more.
fn fuller(phrase: &Keyphrase, than: &Keyphrase) -> bool {
    than.stems.len() < phrase.stems.len() && than.stems.iter().all(|s| phrase.stems.contains(s))
}

/// The keyphrase opens on a capital: a name.
fn named(keyphrase: &Keyphrase) -> bool {
    keyphrase.text.starts_with(char::is_uppercase)
}

/// The meta description carrying the keyphrase, and whether it is the lead's own wording read
/// alone: the best sentence of the lead naming it that reads alone; else the best one put
/// after the keyphrase as a rubric, where the keyphrase may stand as one; else a sentence
/// naming it that leans on what came before ("…d’un tel système…"), which is not.
fn description_with(
    descriptions: &meta::Descriptions,
    keyphrase: &Keyphrase,
    proper: &ProperNouns,
) -> Option<(String, bool)> {
    let own = |text| (text, true);
    descriptions
        .reading_alone_with(keyphrase)
        .map(own)
        .or_else(|| {
            may_stand_as_rubric(keyphrase)
                .then(|| descriptions.under_rubric(keyphrase, proper))
                .flatten()
                .map(|text| (text, false))
        })
        // Leaning on a sentence it leaves out, it is not what the lead says alone: a keyphrase
        // whose description reads alone, even under a rubric, weighs more.
        .or_else(|| descriptions.with(keyphrase).map(|text| (text, false)))
}

/// "Peines : deux ans de prison…": a lone common noun put before a headline or a description
/// is a label, not a rubric an editor would write; a name or a phrase may stand there.
fn may_stand_as_rubric(keyphrase: &Keyphrase) -> bool {
    named(keyphrase) || keyphrase.stems.len() > 1
}

/// A single word with a capital: a name, which the rules on a name's uses apply to.
fn lone_name(keyphrase: &Keyphrase) -> bool {
    named(keyphrase) && !keyphrase.text.contains(' ')
}

/// A lone name the lead only ever uses as part of something else: a surname's end, a
/// setting, the complement of one noun.
///
/// The name's uses are found once for the five tests, where each test searched the lead for
/// them again, with a searcher of its own.
fn names_no_story(name: &str, texts: &[&str]) -> bool {
    let found = found_uses(name, texts);
    only_after_particle(&found)
        || only_a_setting(&found)
        || only_a_complement(&found)
        || introduced_as_a_longer_name(&found)
        || only_a_source(&found)
        || only_in_a_places_name(&found)
}

/// "…au n° 112 de la rue Nationale", "la SCI Nationale & Cie": a lone name the lead writes
/// only after the kind of place it names (a street's, a school's) or inside a longer name,
/// and at least once after such a kind, is a part of a name: "Nationale : la défense plaide
/// la relaxe" put a street's adjective before the headline. A name after a person's title
/// ("le président Macron") is that person, as "Macron" alone: only the kinds of places are
/// read.
fn only_in_a_places_name(found: &[(&str, &str)]) -> bool {
    let mut after_a_kind = false;
    let inside = every_use_after(found, |word| {
        let kind = segmenting::with_lowercase(word, crate::lexicon::is_kind_of_place);
        after_a_kind |= kind;
        kind || word.starts_with(char::is_uppercase) && !word.ends_with(['.', ':'])
    });
    inside && after_a_kind
}

/// Nouns that say what kind of outlet the name after them is: "du quotidien « Libération »".
const PRESS_NOUNS: &[&str] = &[
    "agence",
    "chaîne",
    "confrère",
    "confrères",
    "hebdomadaire",
    "journal",
    "magazine",
    "mensuel",
    "quotidien",
    "radio",
    "site",
];

/// Past participles of the verbs by which a journalist says where a fact came from, without
/// their agreement: "contactée par", "cité par", "interrogés par".
const REPORTING_PARTICIPLES: &[&str] = &[
    "cité",
    "consulté",
    "contacté",
    "interrogé",
    "joint",
    "obtenu",
    "rapporté",
    "relayé",
    "révélé",
    "sollicité",
];

/// "Le service CheckNews du quotidien « Libération »… Contactée par « Libération », la
/// préfecture… Le parquet, cité par Libération": a lone name the lead uses only as where its
/// facts come from, an outlet its kind names or the agent of a reporting participle, is the
/// source of the story, not what it is about.
fn only_a_source(found: &[(&str, &str)]) -> bool {
    every_use_after_text(found, |ahead| {
        let ahead = ahead
            .trim_end()
            .trim_end_matches(['«', '"', '“'])
            .trim_end();
        let mut words = ahead.rsplit(WORD_BREAKS);
        let last = words.next().unwrap_or("");
        let mut reported = || {
            last == "par"
                && words.next().is_some_and(|participle| {
                    let participle = participle.trim_end_matches(',');
                    let bare = participle.trim_end_matches('s').trim_end_matches('e');
                    segmenting::with_lowercase(bare, |p| REPORTING_PARTICIPLES.contains(&p))
                })
        };
        segmenting::with_lowercase(last, |w| PRESS_NOUNS.contains(&w)) || reported()
    })
}

/// "…poursuivi par la Fondation néerlandaise de donateurs… La Fondation veut…": the lead's
/// first use of the name, after an article, goes on in lowercase with the rest of an
/// institution's name, which the later uses shorten to its head. The head alone is a common
/// noun with a capital ("Fondation : un donneur de sperme…" as a title), not what a reader
/// types. A person takes no article, and a place an article then an adjective
/// ("la France entière") at its first mention is rare.
fn introduced_as_a_longer_name(found: &[(&str, &str)]) -> bool {
    let Some(&(ahead, after)) = found.first() else {
        return false;
    };
    let elided = ahead.ends_with(['’', '\'']);
    let article = ahead
        .trim_end_matches(['’', '\''])
        .trim_end()
        .rsplit(WORD_BREAKS)
        .next()
        .unwrap_or("");
    let after_article = segmenting::with_lowercase(article, |a| match a {
        "la" | "le" | "les" => !elided,
        "l" => elided,
        _ => false,
    });
    let next = after
        .strip_prefix(' ')
        .map(|rest| rest.split([' ', ',', '.']).next().unwrap_or(""));
    after_article && next.is_some_and(|w| continues_a_name(w) && ends_like_a_names_adjective(w))
}

/// The adjectives that go on an institution's name ("néerlandaise", "fédéral",
/// "constitutionnel", "européen", "exécutif"), by endings no verb of the present has: not
/// "-ale", "-elle", "-ive" or "-ique", which "la France signale", "appelle", "arrive" or
/// "indique" end on as well.
fn ends_like_a_names_adjective(word: &str) -> bool {
    const ENDINGS: [&str; 17] = [
        "al", "aux", "ais", "aise", "aises", "ain", "aines", "ien", "ienne", "iennes", "éen",
        "éenne", "éens", "el", "els", "if", "ifs",
    ];
    ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A word after a name that belongs to it ("Office | fédéral", "Fondation | néerlandaise"):
/// in lowercase, and neither a function word nor a verb, which say something of the name.
fn continues_a_name(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && segmenting::with_lowercase(word, |lower| {
            !crate::lexicon::is_function_word(lower)
                && !crate::lexicon::looks_like_finite_verb(lower)
                && !crate::lexicon::ends_like_past_participle(lower)
        })
}

/// What parts a word from the words before it: spaces, and the apostrophe of an elision
/// ("qu’|en France", "de l’|Assemblée").
const WORD_BREAKS: [char; 4] = [' ', '\u{a0}', '’', '\''];

/// The title and the lead's paragraphs joined by spaces, lowercase: the one copy of the lead's
/// text that choosing a keyphrase reads. Built piece by piece, which lowercases the whole
/// alike: only a final sigma's case looks at its neighbours, and never past a space.
struct LowerLead {
    all: String,
    lead_start: usize,
}

impl LowerLead {
    fn of(title: &str, texts: &[&str]) -> LowerLead {
        let bytes = title.len() + texts.iter().map(|t| t.len() + 1).sum::<usize>();
        let mut all = String::with_capacity(bytes);
        segmenting::push_str_lowercase(&mut all, title);
        all.push(' ');
        let lead_start = all.len();
        for (i, text) in texts.iter().enumerate() {
            if i > 0 {
                all.push(' ');
            }
            segmenting::push_str_lowercase(&mut all, text);
        }
        LowerLead { all, lead_start }
    }

    /// The lead alone.
    fn lead(&self) -> &str {
        &self.all[self.lead_start..]
    }

    /// The headline alone (empty when there is none), without the space joining it to the lead.
    fn headline(&self) -> &str {
        &self.all[..self.lead_start - 1]
    }
}

/// A headline's words, whatever the spaces, quotation marks and apostrophes typography gave
/// each: its letters and digits in lowercase. Made once for the source headline, which the
/// title composed for every keyphrase tried is compared with.
struct Wording(String);

impl Wording {
    fn of(text: &str) -> Wording {
        Wording(
            text.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect(),
        )
    }

    /// The headline holds `title`'s words in order.
    fn holds(&self, title: &str) -> bool {
        self.0.contains(&Wording::of(title).0)
    }
}

/// The word after each whole occurrence of a single name in `texts`, or "" where a mark
/// follows it. The text is `texts` joined by spaces, read piece by piece: a name holds no
/// space, so no occurrence straddles two pieces, and one at a piece's end is followed by the
/// next piece. `None` when `phrase` is no single name.
fn words_after_name<'t>(phrase: &str, texts: &[&'t str]) -> Option<Vec<&'t str>> {
    let single_name = !phrase.contains(' ') && phrase.starts_with(char::is_uppercase);
    if !single_name {
        return None;
    }
    let first_word = |text: &'t str| text.split([' ', ',', '.']).next().unwrap_or("");
    let mut words = Vec::new();
    // One searcher for the name across the lead's paragraphs, where `match_indices` set one up
    // in each: the same leftmost occurrences, none overlapping, each at a character's start.
    let finder = memchr::memmem::Finder::new(phrase.as_bytes());
    for (i, text) in texts.iter().enumerate() {
        for at in finder.find_iter(text.as_bytes()) {
            if text[..at].ends_with(char::is_alphanumeric) {
                continue;
            }
            let after = &text[at + phrase.len()..];
            words.push(match after.strip_prefix(' ') {
                Some(rest) => first_word(rest),
                None if after.is_empty() => texts.get(i + 1).map_or("", |next| first_word(next)),
                None => "",
            });
        }
    }
    Some(words)
}

/// Most words of a work's name set in guillemets ("« Les Vents du Nord »", "« L’Hiver des
/// bêtes »"): a film's, a book's, a show's. A longer quotation is someone's words.
const WORKS_NAME_MAX_WORDS: usize = 8;

/// Most bytes of a work's name: [`WORKS_NAME_MAX_WORDS`] words of some length.
const WORKS_NAME_MAX_BYTES: usize = 120;

/// The names of works the lead sets in guillemets, lowercase: several words, the first
/// capitalised, none ending a sentence.
struct QuotedNames(Vec<String>);

impl QuotedNames {
    fn of<'t>(texts: impl Iterator<Item = &'t str>) -> QuotedNames {
        let mut names = Vec::new();
        // Guillemets found by their bytes, many at once: `split_once('«')` read every lead's
        // text a word at a time.
        static OPENING: crate::literals::Needle = crate::literals::Needle::new("«".as_bytes());
        static CLOSING: crate::literals::Needle = crate::literals::Needle::new("»".as_bytes());
        let (opening, closing) = (&OPENING, &CLOSING);
        for text in texts {
            let mut rest = text;
            while let Some(at) = opening.find(rest.as_bytes()) {
                let after = &rest[at + '«'.len_utf8()..];
                let Some(end) = closing.find(after.as_bytes()) else {
                    break;
                };
                let (inside, next) = (&after[..end], &after[end + '»'.len_utf8()..]);
                let name = inside.trim_matches(|c: char| c.is_whitespace());
                // Most quotations are someone's words, longer than a name: told by their bytes
                // and their first letter before their words are counted.
                let a_name = name.len() <= WORKS_NAME_MAX_BYTES
                    && name.starts_with(char::is_uppercase)
                    && !name.ends_with(['.', '!', '?', '…', ','])
                    && (2..=WORKS_NAME_MAX_WORDS).contains(&name.split_whitespace().count());
                if a_name {
                    names.push(segmenting::lowercase(name).into_owned());
                }
                rest = next;
            }
        }
        QuotedNames(names)
    }
}

/// "nord", a word of the film's name "« Les Vents du Nord »", which the review writes inside
/// it three times out of four: the work is what the article is about, a word of its name
/// names nothing a reader searches. A single word that is not the name's first, written
/// inside the names at least as often as elsewhere in the lead (`lower`, the lead lowercase).
fn in_a_works_name(word: &str, names: &QuotedNames, lower: &str) -> bool {
    if names.0.is_empty() || word.contains(' ') {
        return false;
    }
    let word = segmenting::lowercase(word);
    let inside: usize = names
        .0
        .iter()
        .map(|name| {
            name.split_whitespace()
                .skip(1)
                .filter(|w| *w == word)
                .count()
        })
        .sum();
    if inside == 0 {
        return false;
    }
    // The word's whole occurrences, found by its bytes: splitting the lead into words
    // decoded and classed each of its characters.
    let whole = |at: usize| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let all = memchr::memmem::find_iter(lower.as_bytes(), word.as_bytes())
        .filter(|&at| whole(at))
        .count();
    inside * 2 >= all
}

/// A single name that names no one alone: a first name ([`first_name_only`]) or the head of
/// a longer name ([`head_of_a_name`]). The words after it are read once for both: each reading
/// looks for the name all through the lead.
fn part_of_a_longer_name(phrase: &str, texts: &[&str]) -> bool {
    words_after_name(phrase, texts)
        .is_some_and(|next_words| first_name_only(&next_words) || head_of_a_name(&next_words))
}

/// A phrase of several words cut inside the name it ends on: each time the lead writes it, a
/// capitalised word follows straight after a space ("nouveau numéro de Marque | Page",
/// franceinfo's column "Marque Page", named once). The name is whole only with it; a phrase
/// the lead never writes is not judged here.
fn cut_inside_a_name(phrase: &str, texts: &[&str]) -> bool {
    let ends_on_name = phrase
        .rsplit(' ')
        .next()
        .is_some_and(|last| last.starts_with(char::is_uppercase));
    if !phrase.contains(' ') || !ends_on_name {
        return false;
    }
    let finder = memchr::memmem::Finder::new(phrase.as_bytes());
    let mut occurrences = texts.iter().flat_map(|text| {
        finder
            .find_iter(text.as_bytes())
            .map(move |at| &text[at + phrase.len()..])
    });
    let named_on = |after: &str| {
        after
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    };
    let mut seen = false;
    let always = occurrences.all(|after| {
        seen = true;
        named_on(after)
    });
    seen && always
}

/// A single name the text nearly always follows with another ("Julien" of "Julien Wattebled",
/// "Florent" of 57 "Florent Pagny" and 2 "Florent" alone): a first name, which names no one
/// alone. `next_words` are the words after it ([`words_after_name`]).
fn first_name_only(next_words: &[&str]) -> bool {
    let followed = next_words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    // A name the text also uses alone, now and then, is still that name's first half.
    !next_words.is_empty() && followed * FIRST_NAME_SHARE.1 >= next_words.len() * FIRST_NAME_SHARE.0
}

/// A single name the text nearly always follows with the same adjective ("Office" of five
/// "Office fédéral de l’agriculture"): the head of a longer name, which names nothing alone.
/// Function words and verbs that follow a name are what is said of it ("Macron a", "Paris
/// et"), not its part. `next_words` are the words after it ([`words_after_name`]).
fn head_of_a_name(next_words: &[&str]) -> bool {
    let Some(&first) = next_words.first() else {
        return false;
    };
    let part_of_the_name = continues_a_name(first);
    let same = next_words.iter().filter(|w| **w == first).count();
    next_words.len() >= 2
        && part_of_the_name
        && same * FIRST_NAME_SHARE.1 >= next_words.len() * FIRST_NAME_SHARE.0
}

/// The share of a single name's occurrences followed by another name that makes it a first
/// name: 9 in 10.
const FIRST_NAME_SHARE: (usize, usize) = (9, 10);

/// "Macron annonce" of "Macron annonce un coup de pouce": a name and the verb it is the
/// subject of, an object after it wherever the texts say it. A clause, not what a reader
/// types.
fn name_and_verb<'t>(phrase: &str, texts: impl Iterator<Item = &'t str>) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let [name, word] = words[..] else {
        return false;
    };
    if !name.starts_with(char::is_uppercase) || !word.starts_with(char::is_lowercase) {
        return false;
    }
    let object_follows = |after: &str| {
        let next = after
            .trim_start()
            .split([' ', '\u{a0}', '’', '\''])
            .next()
            .unwrap_or("");
        after.starts_with([' ', '\u{a0}']) && crate::lexicon::is_determiner(&next.to_lowercase())
    };
    let mut seen = false;
    for text in texts {
        if text.contains(phrase) {
            seen = true;
            if !always_followed_by(phrase, text, object_follows) {
                return false;
            }
        }
    }
    seen
}

/// A lowercase noun the lead always follows with the same word ("gilets" of « gilets
/// jaunes », "chiffre" of "chiffre d’affaires", twice or more): the head of a compound,
/// which names the story only whole.
fn head_of_compound(word: &str, lower_lead: &str) -> bool {
    let mut next_words = lower_lead.match_indices(word).filter_map(|(at, _)| {
        let before = lower_lead[..at].chars().next_back();
        let after = &lower_lead[at + word.len()..];
        let whole = before.is_none_or(|c| !c.is_alphanumeric())
            && after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        whole.then(|| {
            after
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '”' | '"'))
                // "chiffre | d’affaires": the elided preposition stays with its word.
                .split(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '’' | '\''))
                .next()
                .unwrap_or("")
        })
    });
    let Some(first) = next_words.next() else {
        return false;
    };
    let mut count = 1;
    for next in next_words {
        if next != first {
            return false;
        }
        count += 1;
    }
    count >= 2 && first.chars().count() > 2 && !crate::lexicon::is_function_word(first)
}

/// `phrase` occurs in `text`, and what follows each occurrence is `followed`.
///
/// The occurrences, none overlapping, found by `memchr::memmem` as `str::match_indices` finds
/// them: that one set up a two-way searcher for each phrase asked, where `memmem` looks for
/// two of the phrase's bytes with vector instructions.
fn always_followed_by(phrase: &str, text: &str, followed: impl Fn(&str) -> bool) -> bool {
    if phrase.is_empty() {
        // `memmem` finds an empty phrase inside characters too.
        return followed_each_time(phrase, text, followed);
    }
    let mut occurrences = memchr::memmem::find_iter(text.as_bytes(), phrase.as_bytes()).peekable();
    occurrences.peek().is_some() && occurrences.all(|at| followed(&text[at + phrase.len()..]))
}

/// [`always_followed_by`] by `str::match_indices`.
fn followed_each_time(phrase: &str, text: &str, followed: impl Fn(&str) -> bool) -> bool {
    let mut occurrences = text.match_indices(phrase).peekable();
    occurrences.peek().is_some() && occurrences.all(|(at, _)| followed(&text[at + phrase.len()..]))
}

/// The phrase is always followed by its complement in the text, given lowercase ("garçon
/// autiste âgé | de 7 ans", "Ligue des droits | de l’homme"): cut there, it is not what the
/// text names.
fn always_continued(phrase: &str, lower_text: &str) -> bool {
    // A name is whole whatever follows it ("qualifié Emmanuel Macron d’« ordure »").
    let ends_on_name = phrase
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if ends_on_name {
        return false;
    }
    let phrase = segmenting::to_lowercase(phrase);
    always_followed_by(&phrase, lower_text, |after| {
        ["de ", "d’", "d'", "du ", "des "]
            .iter()
            .any(|complement| after.trim_start().starts_with(complement))
            && after.starts_with(' ')
    })
}

/// "piscine", always "piscine des Sablières" in the lead, is the headline's "la piscine
/// municipale rouvre": a common noun the lead only writes before a name ("des Sablières",
/// "de Montreuil") is that name's head, which the journalist's headline names alone, where a
/// compound ("survêtement | de sport", "éditorialistes | de la presse") stays cut. `phrase`
/// is a lowercase word; its complements are read in `texts` as written, the headline as
/// written and in lowercase (`lower_headline`, the copy [`LowerLead`] holds).
fn head_of_a_named_place(
    phrase: &str,
    headline: &str,
    lower_headline: &str,
    texts: &[&str],
) -> bool {
    let alone_in_headline = headline.contains(phrase) && !always_continued(phrase, lower_headline);
    if !alone_in_headline {
        return false;
    }
    // After the complement's opener ("des", "d’"), the name.
    let names_a_place = |after: &str| {
        after
            .trim_start()
            .split_once([' ', '\'', '’'])
            .is_some_and(|(_, rest)| {
                rest.trim_start_matches(['\'', '’'])
                    .starts_with(char::is_uppercase)
            })
    };
    let finder = memchr::memmem::Finder::new(phrase.as_bytes());
    let mut seen = false;
    let always = texts.iter().all(|text| {
        finder.find_iter(text.as_bytes()).all(|at| {
            seen = true;
            names_a_place(&text[at + phrase.len()..])
        })
    });
    seen && always
}

/// "pick-up fauche | des piétons": a phrase whose last word, lowercase, is always followed by
/// an article or a possessive ends on the verb of that object, not on a noun or an adjective
/// (which a demonstrative may follow: "le signal national d’alerte | ce mercredi").
fn ends_on_verb_of_its_object(phrase: &str, lower_text: &str) -> bool {
    let last = phrase.split_whitespace().next_back().unwrap_or("");
    if phrase.split_whitespace().count() < 2 || !last.starts_with(char::is_lowercase) {
        return false;
    }
    always_followed_by(&segmenting::to_lowercase(phrase), lower_text, |after| {
        let next = after.split_whitespace().next().unwrap_or("");
        let article = crate::lexicon::is_elided_article(next);
        after.starts_with(' ')
            && (article
                || matches!(
                    next,
                    "le" | "la"
                        | "les"
                        | "un"
                        | "une"
                        | "des"
                        | "son"
                        | "sa"
                        | "ses"
                        | "leur"
                        | "leurs"
                ))
    })
}

/// A capitalised article or preposition that opens a surname ("Le Besco", "De Gaulle",
/// "Van Gogh").
fn name_particle(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && segmenting::with_lowercase(word, |lower| {
            crate::lexicon::is_determiner(lower)
                || matches!(lower, "de" | "du" | "des" | "van" | "von" | "di" | "da")
        })
}

/// The lone name is always the end of a surname opened by a particle ("Maïwenn Le | Besco"):
/// no reader types it alone.
fn only_after_particle(found: &[(&str, &str)]) -> bool {
    every_use_after(found, name_particle)
}

/// "…des pertes économiques importantes en France": a place the text names only after "en",
/// "à", "au", "aux" or "dans" is where the story happens, not what it is about (the issue's
/// "a country or city unless the story is about that place"). "Dormillouse (Hautes-Alpes) se
/// mérite" makes the village a subject, and "la France figure au cinquième rang" the country.
fn only_a_setting(found: &[(&str, &str)]) -> bool {
    let locative = |word: &str| matches!(word, "en" | "à" | "au" | "aux" | "dans");
    every_use_after(found, |word| segmenting::with_lowercase(word, locative))
}

/// "Les présidents de la République…", "…au président de la République": a lone name the
/// text uses only as the complement of one same noun, after "de la", "du", "des" or "de l’",
/// is part of a title or an institution's name ("président de la République"), not what
/// the story is about; put before a headline, it reads as a label ("République : …").
fn only_a_complement(found: &[(&str, &str)]) -> bool {
    let mut first_head: Option<String> = None;
    every_use_after_text(found, |ahead| {
        let Some(head) = head_of_complement(ahead) else {
            return false;
        };
        // "présidents" and "président": one noun, in the plural or not.
        let head = segmenting::to_lowercase(head.trim_end_matches(['s', 'x']));
        first_head.get_or_insert_with(|| head.clone()) == &head
    })
}

/// The noun a complement opened by "de la", "du", "des" or "de l’" depends on, read from the
/// text before the complement's noun ("…au président de la").
fn head_of_complement(ahead: &str) -> Option<&str> {
    let mut words = ahead
        .trim_end()
        .rsplit(WORD_BREAKS)
        .map(|w| w.trim_end_matches(','));
    // "de l’|Assemblée": the elided article ends the text before the name.
    let article = match words.next()? {
        "" => words.next()?,
        article => article,
    };
    let de_needed = match article {
        "du" | "des" => false,
        "la" | "l" => true,
        _ => return None,
    };
    if de_needed && words.next()? != "de" {
        return None;
    }
    let head = words.next()?;
    (head.chars().all(char::is_alphabetic) && head.starts_with(char::is_lowercase)).then_some(head)
}

/// The name is used (its uses `found`, [`found_uses`]), each time right after a word that
/// passes `before` (the elided word, after an apostrophe: "qu’en France").
fn every_use_after(found: &[(&str, &str)], mut before: impl FnMut(&str) -> bool) -> bool {
    every_use_after_text(found, |ahead| {
        before(ahead.trim_end().rsplit(WORD_BREAKS).next().unwrap_or(""))
    })
}

/// The name is used (its uses `found`, [`found_uses`]), each time after a text that passes
/// `before`; the first use after a text no test accepts ends the look.
fn every_use_after_text(found: &[(&str, &str)], mut before: impl FnMut(&str) -> bool) -> bool {
    !found.is_empty() && found.iter().all(|&(ahead, _)| before(ahead))
}

/// The text before and after each use of `name` as a word of its own in `texts`, in order:
/// found as written, by a substring search, neither a letter or digit on either side nor a
/// hyphen before it.
fn uses<'t>(name: &'t str, texts: &'t [&'t str]) -> impl Iterator<Item = (&'t str, &'t str)> {
    // One searcher for the name, where `match_indices` set one up in each text: the same
    // leftmost occurrences, none overlapping. The iterator keeps the searcher and where it is,
    // where an iterator per text (`find_iter(…).into_owned()`) copied the name each time.
    let finder = memchr::memmem::Finder::new(name.as_bytes());
    let mut texts = texts.iter();
    let mut current: Option<(&'t str, usize)> = None;
    std::iter::from_fn(move || loop {
        let (text, from) = match current {
            Some(place) => place,
            None => (*texts.next()?, 0),
        };
        let Some(at) = text
            .get(from..)
            .and_then(|rest| finder.find(rest.as_bytes()))
        else {
            current = None;
            continue;
        };
        let at = from + at;
        // Past the name, or a byte on for an empty one, as `find_iter` goes on.
        current = Some((text, at + name.len().max(1)));
        if let Some(found) = use_at(text, at, name.len()) {
            return Some(found);
        }
    })
}

/// The text before and after the name found at byte `at` of `text`, `len` bytes long, when
/// it stands there as a word of its own.
fn use_at(text: &str, at: usize, len: usize) -> Option<(&str, &str)> {
    let (ahead, after) = (&text[..at], &text[at + len..]);
    let whole_word = after.chars().next().is_none_or(|c| !c.is_alphanumeric())
        && ahead
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    whole_word.then_some((ahead, after))
}

/// "Christophe Dettinger" → "Dettinger": an article names a person in full once and by the
/// surname after, so the surname alone reaches a natural density where the full name may not.
fn surname(keyphrase: &Keyphrase) -> Option<Keyphrase> {
    let words: Vec<&str> = keyphrase.text.split_whitespace().collect();
    // "Le Besco" of "Maïwenn Le Besco": a particle opens the surname, it is no first name.
    let names = words.len() == 2
        && !words.first().is_some_and(|w| name_particle(w))
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (names && words[1].chars().count() > 3).then(|| Keyphrase::new(words[1]))
}

/// The headline opens on `k` alone as its rubric: "Canicule : 14 départements placés en
/// vigilance orange", whose text writes "vigilance orange canicule" and never "la
/// canicule". A rubric names a topic, as a noun after a determiner does; a participle never
/// stands alone before the colon.
fn headline_rubric_is(title: &str, k: &Keyphrase) -> bool {
    composing::title::split_rubric(title)
        .is_some_and(|(rubric, _)| segmenting::lowercase(rubric.trim()) == k.text.as_str())
}

/// One word, lowercase: a common noun, or a word of another kind.
fn lone_lowercase(k: &Keyphrase) -> bool {
    !k.text.contains(' ') && k.text.chars().next().is_some_and(char::is_lowercase)
}

/// "pape François souffre" → "pape François souffre", "pape François": the grammar's phrase
/// may run on into a verb it did not recognise, so its openings that end on a name are tried
/// too. (Cut elsewhere, it leaves a dangling phrase: "garçon autiste âgé", "travailleurs au
/// salaire".) A lowercase noun and its "de" complement offer the noun too: "viol d’une
/// fillette au Maroc" names the story by "viol", which a search would type.
fn word_prefixes(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let whole = words.len().min(4);
    let head = (words.len() >= 3
        && words[0].starts_with(char::is_lowercase)
        && crate::lexicon::opens_de_complement(words[1]))
    .then(|| words[0].to_string());
    (2..whole)
        .rev()
        .filter(|&n| words[n - 1].starts_with(char::is_uppercase))
        .chain(std::iter::once(whole))
        .filter(|&n| !parts_a_pair(&words, n))
        .map(|n| words[..n].join(" "))
        .chain(head)
        .filter(|p| !p.is_empty() && !composing::ends_on_function_word(p))
        .collect()
}

/// The phrase's first `n` words end between the two terms that "entre" pairs: "autoroute A7
/// entre Lyon | et Valence" names no road ("A7 entre Lyon" was a keyphrase).
fn parts_a_pair(words: &[&str], n: usize) -> bool {
    words.get(n).is_some_and(|next| *next == "et")
        && words[..n].iter().any(|w| w.eq_ignore_ascii_case("entre"))
}

/// "journaliste bretonne Morgan Large" → "Morgan Large": a common noun set before a name as
/// its role leaves the name to stand alone, what a reader types; the name ends at the first
/// lowercase word ("journaliste Morgan Large victime d’une…"). A name after a preposition is
/// a complement, not the phrase's subject ("maire de Paris").
fn name_in_apposition(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let starts = words
        .iter()
        .position(|w| w.starts_with(char::is_uppercase))?;
    let name: Vec<&str> = words[starts..]
        .iter()
        .copied()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    let after_a_noun = starts > 0
        && words[0].starts_with(char::is_lowercase)
        && !segmenting::with_lowercase(words[starts - 1], crate::lexicon::is_function_word);
    (after_a_noun && name.len() <= 3).then(|| name.join(" "))
}

/// "travailleurs au salaire minimum légal" → "salaire minimum légal", "salaire minimum": the
/// noun phrases a phrase's complements open, which a story may name on their own, again and
/// again, where it names the whole phrase once (the chapô's "travailleurs au salaire minimum
/// légal", then "un coup de pouce au salaire minimum", "la revalorisation du salaire
/// minimum"). Each complement is offered whole and cut after its second and third word, never
/// on a function word.
fn complement_phrases(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut phrases = Vec::new();
    for (i, word) in words.iter().enumerate().skip(1) {
        let lower = segmenting::lowercase(word);
        // "transports en commun", "en matière de": "en" before a bare noun makes a
        // locution, whose noun names nothing on its own.
        let complement = if crate::lexicon::is_np_preposition(&lower) && lower != "en" {
            words[i + 1..].join(" ")
        } else if lower.starts_with("d’") || lower.starts_with("d'") {
            // "d’une promesse de campagne": the word after the apostrophe, as written.
            let (_, rest) = word.split_once(['’', '\'']).unwrap_or(("", word));
            std::iter::once(rest)
                .chain(words[i + 1..].iter().copied())
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            continue;
        };
        let complement = without_determiner(&complement);
        let kept: Vec<&str> = complement.split_whitespace().take(4).collect();
        phrases.extend(
            (2..=kept.len())
                .map(|n| kept[..n].join(" "))
                .filter(|p| !composing::ends_on_function_word(p)),
        );
    }
    phrases
}

/// The short quotations of a sentence, two to four words between guillemets (« gilets
/// jaunes », « plan eau »): the name a story gives its subject.
fn short_quotations(sentence: &str) -> Vec<String> {
    sentence
        .split('«')
        .skip(1)
        .filter_map(|rest| rest.split_once('»'))
        .map(|(quoted, _)| quoted.trim().to_string())
        .filter(|quoted| (2..=4).contains(&quoted.split_whitespace().count()))
        .collect()
}

/// "pont" of "réouverture du pont": the lowercase nouns that head the lede's phrases of two
/// words or more, which the body may then say alone ("le pont de la Fourvière", "deux piles
/// du pont", "l'ensemble du pont"). A text without a headline offered no candidate naming the
/// story, and "réouverture du pont", said once, was chosen out of its density's range. Not a
/// noun of a quotation: "le village des irréductibles Gaulois" is what the protesters call
/// their camp at Thonon, not the story's name for it.
fn head_nouns(phrases: impl Iterator<Item = String>, sentence: &str) -> Vec<String> {
    phrases
        .filter(|phrase| !within_guillemets(sentence, phrase))
        .filter_map(|phrase| {
            let head = phrase.split_whitespace().next()?;
            (phrase.contains(' ') && head.starts_with(char::is_lowercase)).then(|| head.to_string())
        })
        .collect()
}

/// `phrase` first stands, in `sentence`, between guillemets: more of them open before it
/// than close.
fn within_guillemets(sentence: &str, phrase: &str) -> bool {
    sentence.find(phrase).is_some_and(|at| {
        let before = &sentence[..at];
        before.matches('«').count() > before.matches('»').count()
    })
}

/// "le village des irréductibles" → "village des irréductibles": a keyphrase is searched
/// without its article.
fn without_determiner(phrase: &str) -> &str {
    let first_word_end = phrase
        .find(|c: char| c.is_whitespace() || c == '’' || c == '\'')
        .unwrap_or(phrase.len());
    let first = segmenting::lowercase(&phrase[..first_word_end]);
    let rest = phrase[first_word_end..].trim_start_matches(['’', '\'', ' ']);
    if crate::lexicon::is_determiner(&first) && !rest.is_empty() {
        rest
    } else {
        phrase
    }
}

/// Section boundaries of the paragraphs after the lede. The journalist's intertitles cut first;
/// a journalist's section is cut again only when it exceeds the length a section may have.
/// Without intertitles, the lead's run of paragraphs and the borrowed run are each cut at
/// topic shifts: the borrowed run is ordered by topic, not by outlet (`dossier::placing`), so
/// its sections mix outlets. Borrowed passages placed in a lead's section stay in it.
fn section_ranges(rest: &[BodyParagraph], max_words: usize) -> Vec<std::ops::Range<usize>> {
    let lead_side = |b: &BodyParagraph| b.source == 0 || b.continues;
    let paragraphs: Vec<&Paragraph> = rest.iter().map(|b| &b.paragraph).collect();
    let mut ranges = Vec::new();
    let mut start = 0;
    for end in 1..=rest.len() {
        let boundary = end == rest.len()
            || lead_side(&rest[end]) != lead_side(&rest[start])
            || rest[end].intertitle.is_some();
        if !boundary {
            continue;
        }
        let words: usize = paragraphs[start..end].iter().map(|p| p.words()).sum();
        if rest[start].intertitle.is_some() && words <= max_words {
            ranges.push(start..end);
        } else {
            ranges.extend(
                sections::cut(&paragraphs[start..end], max_words)
                    .into_iter()
                    .map(|r| r.start + start..r.end + start),
            );
        }
        start = end;
    }
    without_cuts_in_what_holds(ranges, rest, max_words)
}

/// `ranges` (consecutive sections) with each cut that would part two items of a list, or a
/// paragraph from what it announces ([`holds_to_next`]), moved before or after what holds
/// together, where both sections it parts stay within `max_words` (`check`'s `section-length`);
/// a cut that fits neither way, or that a journalist's intertitle makes, stays.
fn without_cuts_in_what_holds(
    ranges: Vec<std::ops::Range<usize>>,
    rest: &[BodyParagraph],
    max_words: usize,
) -> Vec<std::ops::Range<usize>> {
    let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
        return ranges;
    };
    let (start, end) = (first.start, last.end);
    let words =
        |r: std::ops::Range<usize>| rest[r].iter().map(|b| b.paragraph.words()).sum::<usize>();
    let holds = |at: usize| holds_to_next(&rest[at - 1], &rest[at]);
    let mut cuts: Vec<usize> = ranges.iter().skip(1).map(|r| r.start).collect();
    for i in 0..cuts.len() {
        let at = cuts[i];
        if !holds(at) || rest[at].intertitle.is_some() {
            continue;
        }
        let low = if i == 0 { start } else { cuts[i - 1] };
        let high = cuts.get(i + 1).copied().unwrap_or(end);
        let fits = |cut: usize| {
            !holds(cut) && words(low..cut) <= max_words && words(cut..high) <= max_words
        };
        let before = (low + 1..at).rev().find(|&cut| !holds(cut));
        let after = (at + 1..high).find(|&cut| !holds(cut));
        if let Some(cut) = before.filter(|&c| fits(c)).or(after.filter(|&c| fits(c))) {
            cuts[i] = cut;
        }
    }
    std::iter::once(start)
        .chain(cuts.iter().copied())
        .zip(cuts.iter().copied().chain(std::iter::once(end)))
        .map(|(from, to)| from..to)
        .collect()
}

/// When no sentence combination reaches the length range, the first sentence is still the
/// most honest summary; the `meta-length` check then reports the miss.
fn fallback_description(paragraphs: &[&Paragraph]) -> String {
    paragraphs
        .first()
        .and_then(|p| p.sentence_texts().next())
        .unwrap_or("")
        .to_string()
}

/// How many tags the front matter lists.
const TAGS: usize = 5;

/// Tags: the top keywords, names written as the body writes them, generic nouns ("pays",
/// "président") left out because they would tag every article. A tag is what a site lists
/// articles under, so a common word is one only as a noun the text uses ("les ruches"), never
/// a verb, an adjective or a day ("poursuivi", "françaises", "mardi"), and a word the text
/// nearly always pairs with another is tagged with the pair ("jaunes" → "gilets jaunes").
fn tags(
    density: &Density,
    proper: &ProperNouns,
    lead: &[&Paragraph],
    uses: &WordUses,
) -> Vec<String> {
    let texts: Vec<&str> = lead.iter().map(|p| p.text.as_str()).collect();
    let phrases: Vec<TagPhrase> = density.phrases.iter().map(TagPhrase::of).collect();
    let mut tags = Tags::default();
    for term in &density.terms {
        let word = segmenting::to_lowercase(&term.text);
        // A tag is a word a reader looks for: not "ans", "pays", a number or a verb.
        if !searchable(&word) || crate::lexicon::dates_or_counts(&word) {
            continue;
        }
        // Le Point's "Gilets jaunes": a capital at the start of a pair makes no name.
        let pair = || pair_of(term, &word, &phrases, uses);
        let tag = match whole_name(&word, &phrases).or_else(pair) {
            Some(tag) => tag,
            None => match proper.get(&word) {
                Some(name) => match name_tag(name, &texts) {
                    Some(tag) => tag,
                    None => continue,
                },
                None if tag_worthy_word(&word, uses) => word,
                None => continue,
            },
        };
        let tag = joined_to_a_name_tagged(&tags.tags, as_named_in_full(tag, &texts), &texts);
        tags.add(tag);
        if tags.tags.len() == TAGS {
            break;
        }
    }
    tags.tags
}

/// The tags chosen so far, each with its words in lowercase: made once a tag, where every
/// new tag lowercased and split every tag before it again.
#[derive(Default)]
struct Tags {
    tags: Vec<String>,
    words: Vec<Vec<String>>,
}

impl Tags {
    /// "vélos" and "vélos électriques": one tag per subject. "Besco" then "Maïwenn Le
    /// Besco": the fuller name takes the place of the part, and of the parts after it
    /// ("Christophe", "Dettinger" → "Christophe Dettinger").
    fn add(&mut self, tag: String) {
        let words = lowercase_words(&tag);
        let holds = |other: &[String]| other.iter().all(|w| words.contains(w));
        let is_name = tag.starts_with(char::is_uppercase);
        let part_of_it = |other: &Vec<String>| is_name && holds(other);
        if let Some(first_part) = self.words.iter().position(part_of_it) {
            let keep: Vec<bool> = (0..self.tags.len())
                .map(|at| at == first_part || !part_of_it(&self.words[at]))
                .collect();
            let mut kept = keep.iter();
            self.tags.retain(|_| *kept.next().expect("a flag a tag"));
            let mut kept = keep.iter();
            self.words.retain(|_| *kept.next().expect("a flag a tag"));
            // Every tag before the first part is kept: the part's place is the same.
            self.tags[first_part] = tag;
            self.words[first_part] = words;
        } else if !self
            .words
            .iter()
            .any(|other| other.iter().any(|w| words.contains(w)))
        {
            self.tags.push(tag);
            self.words.push(words);
        }
    }
}

/// "Maretto" after "Martine", where the text writes "Martine Maretto": one name, the person's
/// in full ("Martine" and "Maretto" apart named her twice, and neither is what a reader
/// searches). A single name next to a single name tagged before it, in either order, wherever
/// the text writes them together (the earliest tagged first, then the order the text would
/// read "Martine Maretto" before "Maretto Martine"); `tag` as it is otherwise.
///
/// The text is searched for `tag` alone and each earlier name read beside it: searching it for
/// both orders of every pair cost 3 % of the seeds' batch.
fn joined_to_a_name_tagged(tagged: &[String], tag: String, texts: &[&str]) -> String {
    let single_name = |t: &str| !t.contains(' ') && t.starts_with(char::is_uppercase);
    if !single_name(&tag) {
        return tag;
    }
    let earlier: Vec<&str> = tagged
        .iter()
        .map(String::as_str)
        .filter(|t| single_name(t))
        .collect();
    if earlier.is_empty() {
        return tag;
    }
    let mut written = vec![NameOrder::default(); earlier.len()];
    let finder = memchr::memmem::Finder::new(tag.as_bytes());
    for text in texts {
        for at in whole_or_not_occurrences(text, &finder) {
            let (before, after) = (&text[..at], &text[at + tag.len()..]);
            let alone_before = !before.ends_with(char::is_alphanumeric);
            let alone_after = !after.starts_with(char::is_alphanumeric);
            for (name, order) in earlier.iter().zip(written.iter_mut()) {
                let ahead = before.strip_suffix(' ').and_then(|b| b.strip_suffix(name));
                order.name_first |=
                    alone_after && ahead.is_some_and(|b| !b.ends_with(char::is_alphanumeric));
                let behind = after.strip_prefix(' ').and_then(|a| a.strip_prefix(name));
                order.tag_first |=
                    alone_before && behind.is_some_and(|a| !a.starts_with(char::is_alphanumeric));
            }
        }
    }
    let joined = earlier.iter().zip(&written).find_map(|(name, order)| {
        (order.name_first)
            .then(|| format!("{name} {tag}"))
            .or_else(|| order.tag_first.then(|| format!("{tag} {name}")))
    });
    joined.unwrap_or(tag)
}

/// Where the text writes a name tagged before next to the tag: before it, after it.
#[derive(Clone, Copy, Default)]
struct NameOrder {
    name_first: bool,
    tag_first: bool,
}

/// Every place `text` holds the word `finder` looks for, overlapping ones too ("A-A" twice in
/// "A-A-A"): each is read for the names beside it. One `memmem` searcher for every text and
/// occurrence, where `str::find` set up a two-way searcher for each (1 % of the seeds' batch).
fn whole_or_not_occurrences<'t>(
    text: &'t str,
    finder: &'t memchr::memmem::Finder<'_>,
) -> impl Iterator<Item = usize> + 't {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + finder.find(text.as_bytes().get(from..)?)?;
        // The next search starts on the next character: a word's first byte opens a
        // character, and so does the byte after that character.
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        Some(at)
    })
}

/// "suivi" among the tags of an article whose keyphrase is "suivi diététique": the tag is one
/// word of the keyphrase, which says what a reader searches ("vélos" → "vélos électriques",
/// "sperme" → "donneur de sperme", "retraites" → "réforme des retraites"). The tags keep one
/// tag per subject, the first the density table gives, which is most often the keyphrase's
/// commonest word alone; the keyphrase takes its place, unless it is a tag already.
fn with_the_keyphrase_for_its_word(mut tags: Vec<String>, keyphrase: &Keyphrase) -> Vec<String> {
    let words = lowercase_words(&keyphrase.text);
    // "Poutine et Loukachenko" is two subjects, each a tag of its own.
    let two_subjects = keyphrase
        .text
        .split_whitespace()
        .any(|w| matches!(w, "et" | "ou"));
    let tagged = tags.iter().any(|t| t.eq_ignore_ascii_case(&keyphrase.text));
    if words.len() < 2 || two_subjects || tagged {
        return tags;
    }
    let one_of_its_words = |tag: &String| {
        let tag = lowercase_words(tag);
        tag.len() == 1 && words.contains(&tag[0])
    };
    if let Some(at) = tags.iter().position(one_of_its_words) {
        tags[at] = keyphrase.text.clone();
    }
    tags
}

/// The words of `text` in lowercase, as a tag is compared with another.
fn lowercase_words(text: &str) -> Vec<String> {
    segmenting::to_lowercase(text)
        .split_whitespace()
        // "droits de l’homme" and "maintien de l’ordre" share no subject: the words of the
        // complement, "de" and the elided article, are no word a tag is about.
        .map(|w| w.rsplit('’').next().unwrap_or(w))
        .filter(|w| !crate::lexicon::is_stop_word(w))
        .map(str::to_string)
        .collect()
}

/// A phrase of the density table as the tags compare it with their terms: lowercased and
/// split once, where each term lowercased and split every phrase again.
struct TagPhrase<'a> {
    term: &'a analysing::Term,
    /// The whole phrase in lowercase.
    lower: String,
    /// Each of its words lowercased alone, when every word opens on a capital (a name, "Dany
    /// Boon"); empty otherwise.
    name_words: Vec<String>,
}

impl<'a> TagPhrase<'a> {
    fn of(term: &'a analysing::Term) -> Self {
        let names: Vec<&str> = term.text.split_whitespace().collect();
        let name = names.iter().all(|w| w.starts_with(char::is_uppercase));
        TagPhrase {
            term,
            lower: segmenting::to_lowercase(&term.text),
            name_words: match name {
                true => names.iter().map(|w| segmenting::to_lowercase(w)).collect(),
                false => Vec::new(),
            },
        }
    }
}

/// A common word a tag may be alone: a [`tag_worthy_noun`], and no adjective set before its
/// noun, which the noun test reads as one after its article ("le dernier titre", "un grand
/// vol": Tiger Woods's "dernier", Orange's "grand"). Such an adjective opens a pair that is a
/// tag ("premier ministre", "nouvel acte").
fn tag_worthy_word(word: &str, uses: &WordUses) -> bool {
    tag_worthy_noun(word, uses) && !crate::lexicon::is_prenominal_adjective(word)
}

/// A common word a tag may be: the text uses it as a noun (see
/// [`WordUses::introduced_as_noun`]), and it neither dates, nor counts, nor is a month.
fn tag_worthy_noun(word: &str, uses: &WordUses) -> bool {
    !crate::lexicon::dates_or_counts(word)
        && !crate::lexicon::is_month(word)
        && !crate::lexicon::ends_on_inverted_pronoun(word)
        && uses.introduced_as_noun(word)
}

/// "mises", "condamnés": the participle of a clause ("les moyens d’action mises en œuvre"),
/// which no pair a reader searches ends on.
fn past_participle(word: &str) -> bool {
    crate::lexicon::ends_like_past_participle(word)
        || matches!(
            word,
            "mis" | "mise" | "mises" | "pris" | "prise" | "prises" | "dit" | "dite" | "dites"
        )
}

/// "jaunes" → "gilets jaunes": a top phrase of two words holding the word, met at least half
/// as often as the word, whose first word the text uses as a noun (the pair is that noun and
/// its adjective or its complement).
fn pair_of(
    term: &analysing::Term,
    word: &str,
    phrases: &[TagPhrase],
    uses: &WordUses,
) -> Option<String> {
    phrases
        .iter()
        .filter(|p| 2 * p.term.count >= term.count)
        .find(|p| {
            let mut words = p.lower.split_whitespace();
            let (Some(first), Some(second), None) = (words.next(), words.next(), words.next())
            else {
                return false;
            };
            let words = [first, second];
            words.contains(&word)
                && !words.iter().any(|w| crate::lexicon::dates_or_counts(w))
                && !past_participle(second)
                && tag_worthy_noun(first, uses)
                && searchable(&p.lower)
        })
        .map(|p| p.term.text.clone())
}

/// The tag of a single name: the name, or for a first name the whole name ("Alexis" →
/// "Alexis Kohler"); `None` for the head of a longer name ("Office" of "Office fédéral",
/// "Premier" of "Premier ministre"), which tags nothing alone. The words after the name are read once for both tests.
fn name_tag(name: &str, texts: &[&str]) -> Option<String> {
    // "Premier" of "le Premier ministre", "Grand" of "Grand Chelem": an adjective set before
    // its noun heads a name, however seldom the text writes it.
    if crate::lexicon::is_prenominal_adjective(&segmenting::to_lowercase(name)) {
        return None;
    }
    let next_words = words_after_name(name, texts).unwrap_or_default();
    if first_name_only(&next_words) {
        return name_in_full(name, texts);
    }
    // Each use of the name, found once for the three readings of what surrounds it.
    let uses = found_uses(name, texts);
    if let Some(full) = institution_in_full(name, &uses) {
        return Some(full);
    }
    // "Nationale" of "rue Nationale" and "SCI Nationale & Cie": no one searches the part.
    if epithet_of_a_name(&uses) || only_in_a_places_name(&uses) {
        return None;
    }
    if let Some(first) = always_after_the_same_name(&uses) {
        return Some(format!("{first} {name}"));
    }
    (!head_of_a_name(&next_words)).then(|| name.to_string())
}

/// A tag as a reader searches it: a person without her courtesy title
/// ([`without_courtesy_title`]), an institution's head and adjective with its complement
/// ("Office fédéral" → "Office fédéral de l’agriculture", [`institution_in_full`]).
fn as_named_in_full(tag: String, texts: &[&str]) -> String {
    let tag = without_courtesy_title(tag, texts);
    let (head, common_noun) = match tag.split_once(' ') {
        Some((head, rest)) if head.starts_with(char::is_uppercase) && !rest.contains(' ') => {
            (head, false)
        }
        // "monde" of "le monde du travail", twice in three uses.
        None if tag.starts_with(char::is_lowercase) => (tag.as_str(), true),
        _ => return tag,
    };
    // Only a "de" complement goes on a pair (its adjective is the pair's second word) or on a
    // common noun (whose adjective makes a pair).
    let goes_on = |full: &str| {
        full.strip_prefix(tag.as_str())
            .and_then(|more| more.strip_prefix(' '))
            .is_some_and(|more| {
                ["de ", "des ", "du ", "d’"]
                    .iter()
                    .any(|de| more.starts_with(de))
            })
    };
    // A name in a common noun's complement makes it a subject of that name's ("adhésion de
    // la Finlande", "justice de Rabat"), which its own tag names.
    let names_no_one = |full: &str| {
        !common_noun
            || full[tag.len()..]
                .split([' ', '’'])
                .all(|w| !w.starts_with(char::is_uppercase))
    };
    // A complement two uses share opens on "d" in both: a common noun, of which the tags ask
    // every one, is read no further without two.
    if common_noun && !written_twice(&format!("{tag} d"), texts) {
        return tag;
    }
    match institution_in_full(head, &found_uses(head, texts)) {
        Some(full) if goes_on(&full) && names_no_one(&full) => full,
        _ => tag,
    }
}

/// `needle` occurs twice in `texts`, found by one searcher that stops at the second.
fn written_twice(needle: &str, texts: &[&str]) -> bool {
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    texts
        .iter()
        .flat_map(|text| finder.find_iter(text.as_bytes()))
        .nth(1)
        .is_some()
}

/// "Mme Binet" → "Sophie Binet": a reader searches the person, not the courtesy title the
/// paper gives her. The name in full where the text writes it with a first name, the
/// surname alone otherwise.
fn without_courtesy_title(tag: String, texts: &[&str]) -> String {
    let Some((title, surname)) = tag.split_once(' ') else {
        return tag;
    };
    if !crate::lexicon::is_courtesy_title(&segmenting::to_lowercase(title.trim_end_matches('.'))) {
        return tag;
    }
    let first_name = uses(surname, texts).find_map(|(ahead, _)| {
        let word = ahead.strip_suffix(' ')?.rsplit(WORD_BREAKS).next()?;
        let lower = segmenting::to_lowercase(word.trim_end_matches('.'));
        (word.starts_with(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && !crate::lexicon::is_courtesy_title(&lower)
            && !crate::lexicon::is_determiner(&lower)
            && !name_particle(word))
        .then_some(word)
    });
    match first_name {
        Some(first) => format!("{first} {surname}"),
        None => surname.to_string(),
    }
}

/// "Pierre Brueghel le Jeune", "Pline l’Ancien": a name used only after "le" or "la" that
/// follows another name is that name's epithet, which tags no one alone.
fn epithet_of_a_name(uses: &[(&str, &str)]) -> bool {
    !uses.is_empty()
        && uses.iter().all(|(ahead, _)| {
            let mut words = ahead.trim_end().rsplit(WORD_BREAKS);
            let article = match words.next() {
                // "l’|Ancien": the elided article ends the text before the name.
                Some("") => words.next(),
                other => other,
            };
            matches!(article, Some("le" | "la" | "l"))
                && words
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', '.']))
        })
}

/// "Park Avenue", "Wall Street": a name the text writes only right after one same name is
/// the end of that compound name, which is the tag ("Avenue" alone names no street). Not
/// after a particle ("Le Pen" is a surname's end, see [`only_after_particle`]) or a
/// determiner opening a sentence.
fn always_after_the_same_name<'t>(uses: &[(&'t str, &'t str)]) -> Option<&'t str> {
    let mut first: Option<&'t str> = None;
    for (ahead, _) in uses {
        let before = ahead
            .strip_suffix(' ')
            .and_then(|a| a.rsplit(WORD_BREAKS).next())
            .filter(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(char::is_alphanumeric)
                    && !name_particle(w)
            })?;
        if *first.get_or_insert(before) != before {
            return None;
        }
    }
    first
}

/// The most words an institution's name runs to after its head.
const INSTITUTION_WORDS: usize = 5;

/// "Ligue" → "Ligue des droits de l’homme", "Soulèvements" → "Soulèvements de la Terre",
/// "Office" → "Office fédéral de l’agriculture": French names an institution by a capitalised
/// head and its complement in lowercase, which the tag must hold (the head alone names
/// nothing, and "droits" or "Terre" apart are two more tags). The complement is the longest
/// run of words that at least two of the name's uses, and half of them, write after it, or
/// the one its first use writes when the later ones shorten it to its head
/// ([`introduced_as_a_longer_name`]): it opens on "de" or an adjective and ends on a word
/// that is neither a function word nor a particle. A person's name has no such run ("Macron
/// a", "Macron de son côté").
fn institution_in_full(name: &str, uses: &[(&str, &str)]) -> Option<String> {
    let runs: Vec<Vec<&str>> = uses
        .iter()
        .map(|(_, after)| complement_run(after))
        .collect();
    // Only the runs that open a complement can share one: most names (a person's) have none,
    // and are counted no further.
    let opening: Vec<&Vec<&str>> = runs
        .iter()
        .filter(|r| r.first().is_some_and(|w| opens_a_complement(w)))
        .collect();
    let shared_by = |len: usize| {
        let mut counts: rustc_hash::FxHashMap<&[&str], usize> = Default::default();
        for run in opening.iter().filter(|r| r.len() >= len) {
            *counts.entry(&run[..len]).or_default() += 1;
        }
        counts
            .into_iter()
            .filter(|(words, n)| *n >= 2 && 2 * n >= runs.len() && names_a_complement(words))
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(words, _)| words.to_vec())
    };
    // The longest run two uses share: none without two that open a complement.
    let shared = match opening.len() {
        0 | 1 => None,
        _ => (1..=INSTITUTION_WORDS).rev().find_map(shared_by),
    };
    // "la Fondation néerlandaise de donateurs…, La Fondation veut": named in full once, at
    // its first use, and by its head after.
    let introduced = || {
        let first = runs.first()?;
        let len = (1..=first.len())
            .rev()
            .find(|&len| names_a_complement(&first[..len]))?;
        introduced_as_a_longer_name(uses).then(|| first[..len].to_vec())
    };
    let complement = shared.or_else(introduced)?;
    Some(format!("{name} {}", complement.join(" ")))
}

/// The first word of an institution's complement: "de" ("des droits", "d’Amérique") or an
/// adjective after the noun ("fédéral").
fn opens_a_complement(word: &str) -> bool {
    matches!(word, "de" | "des" | "du")
        || word.starts_with("d’")
        || continues_a_name(word) && !crate::lexicon::is_prenominal_adjective(word)
}

/// A word an institution's name may hold after its head: "de" and the articles of its
/// complement ("de la Terre", "des droits de l’homme"), names, and words that continue a
/// name ([`continues_a_name`]). Another preposition, a conjunction or a verb ("pour", "et",
/// "ont") opens what is said of it.
fn may_be_in_a_name(word: &str) -> bool {
    matches!(word, "de" | "des" | "du" | "la" | "le" | "les")
        || word.starts_with("l’")
        || word.starts_with("d’")
        || word.starts_with(char::is_uppercase)
        || continues_a_name(word)
}

/// The run after an institution's head: opens on a "de" complement or an adjective, ends on a
/// word with content.
fn names_a_complement(words: &[&str]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let lower_last = segmenting::to_lowercase(last);
    opens_a_complement(first)
        && !crate::lexicon::is_function_word(&lower_last)
        && !name_particle(last)
        && !last.ends_with(['’', '\''])
}

/// The words after a use of a name that may be its complement, up to [`INSTITUTION_WORDS`]
/// and within its clause (a comma, a full stop, a bracket or a guillemet ends the run, and the
/// word it ends is the last); none when a mark follows the name.
fn complement_run(after: &str) -> Vec<&str> {
    let mut run = Vec::new();
    let Some(rest) = after.strip_prefix(' ') else {
        return run;
    };
    // No-break spaces part words too ("du travail\u{a0}»").
    for word in rest
        .split([' ', '\u{a0}', '\u{202f}'])
        .take(INSTITUTION_WORDS)
    {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '»', '!', '?']);
        if bare.is_empty() || bare.starts_with(['(', '«']) || !may_be_in_a_name(bare) {
            break;
        }
        run.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    run
}

/// [`uses`] of `name` in `texts`, gathered, for the tests that read them one after another.
fn found_uses<'t>(name: &'t str, texts: &'t [&'t str]) -> Vec<(&'t str, &'t str)> {
    uses(name, texts).collect()
}

/// "Maïwenn" → "Maïwenn Le Besco": the name a first name opens where the text first writes
/// it in full, the capitalised words after it (particles among them).
fn name_in_full(first_name: &str, texts: &[&str]) -> Option<String> {
    texts.iter().find_map(|text| {
        text.match_indices(first_name).find_map(|(at, _)| {
            let whole = !text[..at].ends_with(char::is_alphanumeric);
            let rest = text[at + first_name.len()..].strip_prefix(' ')?;
            let names: Vec<&str> = rest
                .split(' ')
                .take_while(|w| w.starts_with(char::is_uppercase))
                .take(3)
                .collect();
            // The last name ends the run: "Kohler," keeps its name, not its comma.
            let last = names
                .last()?
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            let ends_on_name = !last.is_empty() && !name_particle(last);
            let first = &text[at..at + first_name.len()];
            (whole && ends_on_name).then(|| composing::words_span(text, first, last).to_string())
        })
    })
}

/// "boon" → "Dany Boon": a word of a frequent name is tagged with the whole name, as a reader
/// searches it (not "Dany" and "Boon" apart).
fn whole_name(word: &str, phrases: &[TagPhrase]) -> Option<String> {
    phrases
        .iter()
        .find(|p| p.name_words.iter().any(|w| w == word))
        .map(|p| p.term.text.clone())
}

/// One line per source that contributed: its title (in sentence case, as French press writes
/// titles), its outlet and its date when the text shows them.
/// An all-caps source title takes its capitals back from the proper nouns of its own text,
/// which the article may not have borrowed.
fn source_list(
    sources: &[Prepared],
    body: &[BodyParagraph],
    run: Date,
) -> Vec<rendering::SourceLine> {
    if sources.len() < 2 {
        return Vec::new();
    }
    sources
        .iter()
        .enumerate()
        .filter(|(i, _)| body.iter().any(|b| b.source == *i))
        .map(|(_, s)| {
            let own: Vec<&Paragraph> = s.paragraphs.iter().map(|(_, p)| p).collect();
            let proper = analysing::proper_nouns(&own);
            let title = s
                .article
                .title
                .as_deref()
                .map(|t| title::sentence_case(&typography::normalise(t), &proper));
            // Untitled, a source is named by its outlet, and by its file only without one.
            let outlet = s.article.outlet.as_deref();
            let named = match (title, outlet) {
                (Some(t), Some(o)) => format!("{t} — {o}"),
                (Some(t), None) => t,
                (None, Some(o)) => o.to_string(),
                (None, None) => file_name(&s.name),
            };
            let line = match (s.date(run), outlet) {
                (Some(d), Some(_)) => format!("{named}, {d}"),
                (Some(d), None) => format!("{named} — {d}"),
                (None, _) => named,
            };
            rendering::SourceLine {
                text: line,
                url: s.metadata.url.clone(),
            }
        })
        .collect()
}

/// A source without a title is listed by its file's name, never by the path it was read
/// from on the writer's machine.
fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

fn source_reports(sources: &[Prepared], body: &[BodyParagraph]) -> Vec<SourceReport> {
    sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let used: Vec<&BodyParagraph> = body.iter().filter(|b| b.source == i).collect();
            SourceReport {
                index: i,
                name: s.name.clone(),
                title: s.article.title.clone(),
                outlet: s.article.outlet.clone(),
                date: s.article.date.clone(),
                url: s.metadata.url.clone(),
                encoding: s.encoding,
                encoding_guessed: s.encoding_guessed,
                replaced_lines: s.replaced_lines.clone(),
                encoded_twice: s.encoded_twice,
                words_used: used.iter().map(|b| b.paragraph.words()).sum(),
                sentences_used: used.iter().map(|b| b.paragraph.sentences.len()).sum(),
                skipped: None,
                account: None,
            }
        })
        .collect()
}

/// The keyphrase's place in the lede and its density, as `check`'s `first-paragraph-keyphrase`
/// and `keyphrase-density` judge them: when no candidate meets every rule, the report and the
/// summary on stderr say which one the article fails, as `check` will.
fn keyphrase_checks(
    keyphrase: &Keyphrase,
    lede: &str,
    density: &Density,
    limits: &Limits,
) -> [Check; 2] {
    let measured = density.keyphrase.density;
    [
        Check::new(
            "first-paragraph-keyphrase",
            keyphrase.is_in(lede),
            lede.chars().take(80).collect(),
        ),
        Check::new(
            "keyphrase-density",
            limits.density_range(keyphrase).contains(&measured),
            format!(
                "{measured} % ({} in {} words, subheadings included)",
                density.keyphrase.count,
                density.words + density.heading_words
            ),
        ),
    ]
}

/// The checks as `check` will judge them under `severities`: the rules it turns off left
/// out, the others with the severity it gives them.
fn judged(checks: Vec<Check>, severities: &RuleSeverities) -> Vec<Check> {
    checks
        .into_iter()
        .filter_map(|check| {
            let severity = severities.of(check.id)?;
            Some(Check { severity, ..check })
        })
        .collect()
}

/// The report's checks, named by the `check` rule that judges the same thing on the output
/// (`redac explain ID` documents each).
fn checks(
    fm: &FrontMatter,
    keyphrase: &Keyphrase,
    headings: &[String],
    sections: &[Section],
    target: &Target,
    limits: &Limits,
) -> Vec<Check> {
    let title_len = composing::visible_len(&fm.title);
    let meta_len = composing::visible_len(&fm.description);
    let longest = sections.iter().map(Section::words).max().unwrap_or(0);
    let check = Check::new;
    vec![
        check(
            "min-words",
            fm.words >= target.min_words,
            format!("{} of {} words", fm.words, target.min_words),
        ),
        check(
            "title-length",
            title_len <= limits.title_max_chars,
            format!("{title_len} characters"),
        ),
        check(
            "title-keyphrase",
            keyphrase.is_in(&fm.title),
            fm.title.clone(),
        ),
        check(
            "title-keyphrase-start",
            // Judged, as `check` judges it, only on a title that holds the keyphrase.
            !keyphrase.is_in(&fm.title) || title::starts_with_keyphrase(&fm.title, keyphrase),
            fm.title.clone(),
        ),
        check(
            "meta-description-length",
            limits.meta_range().contains(&meta_len),
            format!("{meta_len} characters"),
        ),
        check(
            "meta-description-keyphrase",
            keyphrase.is_in(&fm.description),
            fm.description.clone(),
        ),
        check("slug-format", slug::is_valid(&fm.slug), fm.slug.clone()),
        check(
            "subheading-present",
            !target.subheadings || !headings.is_empty() || fm.words <= limits.section_max_words,
            format!("{} headings", headings.len()),
        ),
        check(
            "section-length",
            longest <= limits.section_max_words,
            format!("longest section {longest} words"),
        ),
        check(
            "subheading-keyphrase",
            // Judged, as `check` judges it, only where there are headings.
            headings.is_empty() || headings.iter().any(|h| keyphrase.is_in(h)),
            headings.join(" | "),
        ),
    ]
}

/// Each place of the article where a source lost a word ([`segmenting::lost_words`]), as
/// « the word and its stop »: the text `check`'s `lost-word` reads, the headings and every
/// paragraph of the body (the lede joined to the paragraph after it holds what they hold).
fn lost_words(headings: &[String], body: &[BodyParagraph]) -> Vec<String> {
    let paragraphs = body.iter().map(|p| p.paragraph.text.as_str());
    headings
        .iter()
        .map(String::as_str)
        .chain(paragraphs)
        .flat_map(|text| segmenting::lost_words(text).map(|lost| format!("« {} »", &text[lost])))
        .collect()
}

#[cfg(test)]
mod check_tests {
    use super::*;

    fn failed(id: &'static str) -> Check {
        Check::new(id, false, String::new())
    }

    fn standing(met: bool) -> Standing {
        Standing {
            in_first: met,
            in_lede: met,
            in_headline: met,
            in_meta: met,
            meta_wording: met,
            density_earned: met,
            density: 0.5..=3.0,
            in_body: 0,
            body_words: 0,
        }
    }

    /// A keyphrase is passed over without composing its title and headings only when even
    /// they could not lift it to the best met so far: the ceiling must hold every weight a
    /// trial can earn, and those a title and headings bring whatever the keyphrase stands.
    #[test]
    fn a_keyphrase_s_ceiling_holds_every_weight_a_trial_may_earn() {
        assert_eq!(standing(true).ceiling(), ALL_MET);
        let from_title_and_headings =
            IN_TITLE + OPENS_TITLE + TITLE_IN_RANGE + SOURCE_WORDING + IN_HEADING;
        assert_eq!(standing(false).ceiling(), from_title_and_headings);
        // No description of the right length costs a check error and the lead's wording.
        let without = standing(true).with_description(None);
        assert_eq!(without.ceiling(), ALL_MET - IN_META - META_WORDING);
        let borrowed = standing(true).with_description(Some(&("Texte.".to_string(), false)));
        assert_eq!(borrowed.ceiling(), ALL_MET - META_WORDING);
    }

    #[test]
    fn checks_take_the_severity_check_gives_their_rule() {
        assert!(failed("keyphrase-density").is_error());
        assert!(!failed("subheading-keyphrase").is_error());
        assert!(!Check::new("title-keyphrase", true, String::new()).is_error());
        let mut settings = crate::checking::config::Settings::default();
        settings.disable("keyphrase-density").unwrap();
        settings
            .set_severity("title-keyphrase", Severity::Warning)
            .unwrap();
        let checks = vec![
            failed("keyphrase-density"),
            failed("title-keyphrase"),
            failed("meta-description-length"),
        ];
        let judged = judged(checks, &settings.rule_severities());
        let ids: Vec<(&str, bool)> = judged.iter().map(|c| (c.id, c.is_error())).collect();
        assert_eq!(
            ids,
            [
                ("title-keyphrase", false),
                ("meta-description-length", true)
            ]
        );
    }
}

#[cfg(test)]
mod keyphrase_tests {
    use super::*;

    /// [`joined_to_a_name_tagged`] as first written: the text searched for both orders of
    /// every pair, at every character (a match `match_indices` skips as overlapping one it
    /// found, "Ann Ann" in "JoAnn Ann Ann", is written there too).
    fn joined_as_first_written(tagged: &[String], tag: String, texts: &[&str]) -> String {
        let single_name = |t: &str| !t.contains(' ') && t.starts_with(char::is_uppercase);
        if !single_name(&tag) {
            return tag;
        }
        let holds_whole = |text: &str, phrase: &str| {
            text.char_indices().any(|(at, _)| {
                text[at..].starts_with(phrase)
                    && !text[..at].ends_with(char::is_alphanumeric)
                    && !text[at + phrase.len()..].starts_with(char::is_alphanumeric)
            })
        };
        let written = |name: &str| texts.iter().any(|text| holds_whole(text, name));
        tagged
            .iter()
            .filter(|earlier| single_name(earlier))
            .flat_map(|earlier| [format!("{earlier} {tag}"), format!("{tag} {earlier}")])
            .find(|name| written(name))
            .unwrap_or(tag)
    }

    proptest::proptest! {
        /// Searching the text for the tag alone joins the names searching it for every pair
        /// joined.
        #[test]
        fn names_joined_as_first_joined(
            texts in proptest::collection::vec("((Jo|Joël|JoAnn|Ann|Annie|Ann-Ann|Le|le|Besco|Dany|LeDany|Boon|Boons|est|[A-Z][a-z]{1,3})[ ,.-]{1,2}){1,12}", 1..4),
            tagged in proptest::collection::vec("(Jo|Ann|Ann-Ann|Besco|Dany|Boon|Le Besco|vélos|[A-Z][a-z]{1,3})", 0..4),
            tag in "(Jo|Ann|Ann-Ann|Besco|Dany|Boon|Le Besco|vélos|[A-Z][a-z]{1,3})",
        ) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                joined_to_a_name_tagged(&tagged, tag.clone(), &texts),
                joined_as_first_written(&tagged, tag, &texts)
            );
        }
    }

    /// TF1's Dormillouse: "Martine Maretto", then "Martine" alone, and "Alain Maretto".
    #[test]
    fn a_first_name_and_a_surname_tagged_apart_are_one_name() {
        let texts = [
            "Cette marche, Martine Maretto la fait deux à trois fois par semaine pour rejoindre sa maison.",
            "Martine est l’une des seules à y habiter à l’année avec son mari, raconte Alain Maretto.",
        ];
        let tagged = ["Martine".to_string(), "maison".to_string()];
        let joined = |tag: &str| joined_to_a_name_tagged(&tagged, tag.to_string(), &texts);
        assert_eq!(joined("Maretto"), "Martine Maretto");
        // Two names the text never writes together stay apart; a noun joins nothing.
        assert_eq!(joined("Alain"), "Alain");
        assert_eq!(joined("semaine"), "semaine");
        let mut tags = Tags::default();
        for tag in ["Martine", "maison", "Maretto"] {
            let tag = joined_to_a_name_tagged(&tags.tags, tag.to_string(), &texts);
            tags.add(tag);
        }
        assert_eq!(tags.tags, ["Martine Maretto", "maison"]);
    }

    /// [`words_after_name`] as first written, with `match_indices` in each text.
    fn words_after_name_as_first_written<'t>(
        phrase: &str,
        texts: &[&'t str],
    ) -> Option<Vec<&'t str>> {
        let single_name = !phrase.contains(' ') && phrase.starts_with(char::is_uppercase);
        if !single_name {
            return None;
        }
        let first_word = |text: &'t str| text.split([' ', ',', '.']).next().unwrap_or("");
        let mut words = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            for (at, _) in text.match_indices(phrase) {
                if text[..at].ends_with(char::is_alphanumeric) {
                    continue;
                }
                let after = &text[at + phrase.len()..];
                words.push(match after.strip_prefix(' ') {
                    Some(rest) => first_word(rest),
                    None if after.is_empty() => {
                        texts.get(i + 1).map_or("", |next| first_word(next))
                    }
                    None => "",
                });
            }
        }
        Some(words)
    }

    proptest::proptest! {
        /// The words after a name, found by one searcher, are those `match_indices` found.
        #[test]
        fn the_words_after_a_name_are_those_first_found(
            phrase in "(Le|Ana|AnaAna|Éric|Le Pen|ana|A)",
            texts in proptest::collection::vec("(Le|Ana|AnaAna|AnaAnaAna|Éric|Pen|ana|A|é|,|\\.| ){0,12}", 0..4),
        ) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                words_after_name(&phrase, &texts),
                words_after_name_as_first_written(&phrase, &texts)
            );
        }
    }

    /// [`super::first_name_only`] of a name where `texts` put it.
    fn first_name_only(phrase: &str, texts: &[&str]) -> bool {
        words_after_name(phrase, texts).is_some_and(|next| super::first_name_only(&next))
    }

    /// [`super::head_of_a_name`] of a name where `texts` put it.
    fn head_of_a_name(phrase: &str, texts: &[&str]) -> bool {
        words_after_name(phrase, texts).is_some_and(|next| super::head_of_a_name(&next))
    }

    #[test]
    fn the_end_of_a_surname_opened_by_a_particle_is_no_keyphrase() {
        // Le Parisien on Edwy Plenel's complaint: "Besco" was chosen and put before the title.
        let texts = [
            "Edwy Plenel accuse Maïwenn Le Besco de l’avoir agressé dans un restaurant.",
            "La femme, identifiée comme étant Maïwenn Le Besco, est sortie précipitamment.",
        ];
        assert!(only_after_particle(&found_uses("Besco", &texts)));
        assert!(!only_after_particle(&found_uses("Plenel", &texts)));
        assert!(!only_after_particle(&found_uses(
            "Besco",
            &["Besco a refusé.", "Maïwenn Le Besco"]
        )));
        assert!(!only_after_particle(&found_uses("Absent", &texts)));
        assert_eq!(surname(&Keyphrase::new("Le Besco")), None);
        assert_eq!(
            surname(&Keyphrase::new("Christophe Dettinger")).map(|k| k.text),
            Some("Dettinger".to_string())
        );
    }

    #[test]
    fn a_phrase_between_guillemets_is_told_by_the_marks_open_before_it() {
        let sentence =
            "Ils appellent cela « le village des irréductibles Gaulois » depuis dimanche.";
        assert!(within_guillemets(
            sentence,
            "village des irréductibles Gaulois"
        ));
        assert!(!within_guillemets(sentence, "dimanche"));
        assert!(!within_guillemets(sentence, "absent"));
    }

    #[test]
    fn a_phrase_ending_on_the_verb_of_an_object_is_no_keyphrase() {
        // BFMTV's headline: "un pick-up fauche des piétons dans une ville du Québec".
        let text = "canada: un pick-up fauche des piétons dans une ville du québec";
        assert!(ends_on_verb_of_its_object("pick-up fauche", text));
        assert!(!ends_on_verb_of_its_object("pick-up", text));
        // Le Figaro: a demonstrative may follow a noun ("… d’alerte ce mercredi").
        let text = "pourquoi vous n’entendrez pas le signal national d’alerte ce mercredi";
        assert!(!ends_on_verb_of_its_object(
            "signal national d’alerte",
            text
        ));
        // A name ends a phrase whatever follows it.
        assert!(!ends_on_verb_of_its_object(
            "Emmanuel Macron",
            "emmanuel macron la semaine"
        ));
    }

    #[test]
    fn a_keyphrase_is_judged_on_the_journalists_intertitles() {
        // Le Monde's insults to presidents: its intertitles ("2023 : Emmanuel Macron insulté")
        // head their sections whatever headings were composed for the keyphrase tried.
        let composed = vec!["La femme".to_string(), "Le militant".to_string()];
        let intertitles = [Some("2023 : Emmanuel Macron insulté"), None];
        assert_eq!(
            journalists_first(composed, &intertitles),
            vec!["2023 : Emmanuel Macron insulté", "Le militant"]
        );
    }

    #[test]
    fn a_phrase_always_followed_by_its_complement_is_cut_short() {
        let lede = "Le petit Marciano, un garçon autiste âgé de 7 ans, est porté disparu depuis dimanche. Le garçon autiste âgé de 7 ans vit à Niort.";
        let lower = lede.to_lowercase();
        assert!(always_continued("garçon autiste âgé", &lower));
        assert!(!always_continued(
            "garçon autiste",
            lower.replace("autiste âgé", "autiste, âgé").as_str()
        ));
        assert!(!always_continued("Niort", &lower));
        let named = "après avoir qualifié emmanuel macron d’« ordure », une quinquagénaire risque une amende.";
        assert!(!always_continued("Emmanuel Macron", named));
        assert!(!always_continued("Paris", &lower));
    }

    #[test]
    fn a_nouns_name_complement_leaves_the_noun_the_headline_names() {
        let lead =
            ["Fermée depuis juin, la piscine des Sablières rouvre. La piscine d’Orléans attend."];
        let headline = "Chalon : la piscine municipale rouvre";
        let named_place = |headline: &str, lead: &[&str]| {
            head_of_a_named_place("piscine", headline, &headline.to_lowercase(), lead)
        };
        assert!(named_place(headline, &lead));
        // A compound of common nouns stays cut, however the headline writes its head.
        let compound = ["Un survêtement de sport fait sensation."];
        let named = "Le survêtement Nike de Maduro devient viral";
        assert!(!head_of_a_named_place(
            "survêtement",
            named,
            &named.to_lowercase(),
            &compound
        ));
        // The headline writes the noun before its complement: nothing is said alone.
        let before = "La piscine des Sablières rouvre";
        assert!(!named_place(before, &lead));
    }

    #[test]
    fn a_name_only_after_a_kind_of_place_is_part_of_the_places_name() {
        let lead = [
            "Le parquet vise la SCI Nationale & Cie.",
            "L'incendie, au n° 112 de la rue Nationale, a fait trois morts.",
        ];
        assert!(only_in_a_places_name(&found_uses("Nationale", &lead)));
        // Only inside longer names: no kind of place says it is a place's.
        assert!(!only_in_a_places_name(&found_uses("Nationale", &lead[..1])));
        // Said alone once: the name stands for itself.
        let alone = [lead[1], "Nationale reste fermée jusqu'à lundi."];
        assert!(!only_in_a_places_name(&found_uses("Nationale", &alone)));
        // A person's title before the name is no kind of place.
        let titled = ["Le président Macron a reçu les élus."];
        assert!(!only_in_a_places_name(&found_uses("Macron", &titled)));
    }

    #[test]
    fn a_place_named_only_where_things_happen_is_a_setting() {
        // La Presse: "France" only in "…des pertes économiques importantes en France".
        let presse = [
            "Les manifestations et les émeutes ont causé des pertes économiques \
                       importantes en France.",
        ];
        assert!(only_a_setting(&found_uses("France", &presse)));
        // Valeo: "la France figure au cinquième rang mondial" makes the country a subject.
        let valeo = [
            "Le nombre de demandes déposées en France a progressé.",
            "Par pays, la France figure au cinquième rang mondial.",
        ];
        assert!(!only_a_setting(&found_uses("France", &valeo)));
        // TF1: "Dormillouse (Hautes-Alpes) se mérite" besides "À Dormillouse".
        let tf1 = [
            "À Dormillouse, ce sont trois heures de marche. Il paraît que Dormillouse \
                    (Hautes-Alpes) se mérite.",
        ];
        assert!(!only_a_setting(&found_uses("Dormillouse", &tf1)));
        assert!(!only_a_setting(&found_uses(
            "Rouen",
            &["Une équipe a été frappée."]
        )));
        // La Libre: "…tandis qu’en France, il s’agit plutôt…".
        assert!(only_a_setting(&found_uses(
            "France",
            &["tandis qu’en France, il s’agit"]
        )));
    }

    #[test]
    fn an_outlet_named_only_as_the_source_names_no_story() {
        // Le Matin: the daily that counts the wounded is named three times, each as a source.
        let le_matin = [
            "Le service CheckNews du quotidien «\u{a0}Libération\u{a0}» tient le compte des \
             blessés graves.",
            "Contactée par «\u{a0}Libération\u{a0}», la préfecture de Gironde a justifié \
             l’usage du flash-ball.",
            "Le parquet, cité par Libération, a expliqué le dépôt d’une plainte.",
        ];
        assert!(only_a_source(&found_uses("Libération", &le_matin)));
        assert!(names_no_story("Libération", &le_matin));
        // Once the subject of a sentence, the outlet is part of the story.
        let sued = [
            "Le parquet, cité par Libération, a expliqué le dépôt d’une plainte.",
            "Libération a été condamné pour diffamation.",
        ];
        assert!(!only_a_source(&found_uses("Libération", &sued)));
        // "par" after a verb that does not report: the agent acts in the story.
        assert!(!only_a_source(&found_uses(
            "Israël",
            &["Les frappes menées par Israël ont repris."]
        )));
    }

    #[test]
    fn the_head_of_an_institutions_name_names_no_story() {
        // Le Journal de Montréal: the foundation is named in full once, then by its head.
        let jdm = [
            "Le néerlandais Jonathan Jacob Meijer, 41 ans, est poursuivi en justice par la \
             Fondation néerlandaise de donateurs pour avoir menti sur son nombre de dons.",
            "La Fondation veut réclamer le retrait des échantillons de l’homme dans les banques \
             de sperme.",
        ];
        assert!(introduced_as_a_longer_name(&found_uses("Fondation", &jdm)));
        assert!(names_no_story("Fondation", &jdm));
        // Elided: "l’Office fédéral de l’agriculture".
        let office = ["Selon l’Office fédéral de l’agriculture, la récolte baisse."];
        assert!(introduced_as_a_longer_name(&found_uses("Office", &office)));
        // A verb after the name says something of it; a person takes no article.
        let valeo = ["Par pays, la France figure au cinquième rang mondial."];
        assert!(!introduced_as_a_longer_name(&found_uses("France", &valeo)));
        let appel = ["Selon la Commission, les États doivent agir."];
        assert!(!introduced_as_a_longer_name(&found_uses(
            "Commission",
            &appel
        )));
        let verb = ["Bruxelles : la Commission appelle les États à agir."];
        assert!(!introduced_as_a_longer_name(&found_uses(
            "Commission",
            &verb
        )));
        let lci = ["Emmanuel Macron a reçu les syndicats. Macron promet un geste."];
        assert!(!introduced_as_a_longer_name(&found_uses("Macron", &lci)));
        // Only the first use counts: a later "la Fondation néerlandaise" changes nothing.
        let reversed = [jdm[1], jdm[0]];
        assert!(!introduced_as_a_longer_name(&found_uses(
            "Fondation",
            &reversed
        )));
    }

    #[test]
    fn a_name_after_its_role_stands_alone() {
        // 20 Minutes: "La journaliste Morgan Large victime d’une nouvelle tentative…".
        assert_eq!(
            name_in_apposition("journaliste bretonne Morgan Large").as_deref(),
            Some("Morgan Large")
        );
        assert_eq!(
            name_in_apposition("président Emmanuel Macron").as_deref(),
            Some("Emmanuel Macron")
        );
        assert_eq!(
            name_in_apposition("journaliste Morgan Large victime d’une nouvelle tentative")
                .as_deref(),
            Some("Morgan Large")
        );
        assert_eq!(name_in_apposition("maire de Paris"), None);
        assert_eq!(name_in_apposition("ministre de l’Intérieur"), None);
        assert_eq!(name_in_apposition("Sophie Binet"), None);
        assert_eq!(
            name_in_apposition("journaliste Morgan Large Kerdreux Le Bihan"),
            None
        );
    }

    #[test]
    fn a_name_only_in_a_complement_of_one_noun_is_part_of_a_title() {
        // Le Monde: "République" only in "président(s) de la République".
        let monde = [
            "Les présidents de la République sont régulièrement traités de noms d’oiseaux.",
            "Une plainte pour « injure au président de la République ». Armand Fallières, \
             président de la République entre 1906 et 1913.",
        ];
        assert!(only_a_complement(&found_uses("République", &monde)));
        // La Presse: "attaquer la République", "c’est la République" make it a subject.
        let presse = [
            "La violence est venue attaquer la République - ses gardiens.",
            "Les présidents de la République se succèdent.",
        ];
        assert!(!only_a_complement(&found_uses("République", &presse)));
        // Two nouns: "du Sénat" after "président" and after "séance".
        let senat = [
            "Le président du Sénat a parlé.",
            "La séance du Sénat a été levée.",
        ];
        assert!(!only_a_complement(&found_uses("Sénat", &senat)));
        // "mégabassines de Sainte-Soline": a place after a bare "de" is no institution.
        assert!(!only_a_complement(&found_uses(
            "Sainte-Soline",
            &["La manifestation contre les mégabassines de Sainte-Soline."]
        )));
        assert!(!only_a_complement(&found_uses("Absent", &monde)));
        let assemblee = [
            "Le président de l’Assemblée.",
            "Le président de l’Assemblée a dit.",
        ];
        assert!(only_a_complement(&found_uses("Assemblée", &assemblee)));
    }

    /// A description that leans on a sentence it leaves out is the last resort, not the
    /// lead's own wording read alone: it earns no [`META_WORDING`], which a keyphrase whose
    /// description needs a rubric would lose to it.
    #[test]
    fn a_description_leaning_back_is_not_the_leads_own_wording() {
        let paragraphs = [
            Paragraph::new(
                "Les sirènes d’alerte ne pourront pas sonner ce mercredi 1er mai, pourtant le \
                 premier mercredi du mois, indique la préfecture du Nord dans un communiqué.",
            ),
            Paragraph::new(
                "Elles seront finalement déclenchées le lendemain, le 2 mai, à midi, comme \
                 l’explique le site du ministère de l’Intérieur sur la page des sirènes.",
            ),
        ];
        let descriptions = meta::Descriptions::of(&paragraphs, 120..=156);
        let proper = crate::analysing::proper_nouns(&paragraphs);
        // "lendemain" only in the sentence that opens on "Elles".
        let (text, own) =
            description_with(&descriptions, &Keyphrase::new("lendemain"), &proper).unwrap();
        assert!(text.starts_with("Elles seront"), "{text}");
        assert!(!own);
        let (text, own) =
            description_with(&descriptions, &Keyphrase::new("préfecture"), &proper).unwrap();
        assert!(text.starts_with("Les sirènes"), "{text}");
        assert!(own);
    }

    #[test]
    fn a_common_noun_in_a_complement_does_not_open_the_title() {
        let title = "3h de marche pour faire les courses : la vie à Dormillouse";
        assert!(common_noun_in_a_complement(
            title,
            &Keyphrase::new("marche")
        ));
        assert!(!common_noun_in_a_complement(
            title,
            &Keyphrase::new("Dormillouse")
        ));
        let title = "Un immense tableau de Brueghel vendu aux enchères";
        assert!(!common_noun_in_a_complement(
            title,
            &Keyphrase::new("tableau")
        ));
        assert!(!common_noun_in_a_complement(
            title,
            &Keyphrase::new("Brueghel")
        ));
    }

    #[test]
    fn a_complement_offers_the_phrase_a_story_repeats() {
        // Le Figaro's chapô: "…les travailleurs au salaire minimum légal toucheront…".
        assert_eq!(
            complement_phrases("travailleurs au salaire minimum légal"),
            ["salaire minimum", "salaire minimum légal"]
        );
        // Its lede: "…l’application d’une promesse de campagne": the elided "d’" opens the
        // complement, its article is dropped, and no cut ends on "de".
        assert_eq!(
            complement_phrases("application d’une promesse de campagne"),
            ["promesse de campagne"]
        );
        assert!(complement_phrases("merlu").is_empty());
        // Orange's "transports en commun d’Ile-de-France": no "commun d’Ile-de-France".
        assert_eq!(
            complement_phrases("transports en commun d’Ile-de-France"),
            Vec::<String>::new()
        );
    }

    proptest::proptest! {
        /// The occurrences `memmem` finds are those `match_indices` finds, overlapping ones
        /// too: every one is followed alike.
        #[test]
        fn a_phrase_is_followed_as_match_indices_finds_it(
            phrase in "(aa|a|é|de| ){0,3}",
            text in "(a|é|de| |d’|x){0,30}",
        ) {
            let followed = |after: &str| after.starts_with(' ') || after.starts_with('a');
            proptest::prop_assert_eq!(
                always_followed_by(&phrase, &text, followed),
                followed_each_time(&phrase, &text, followed)
            );
        }
    }

    /// `searchable` tells "un" and "une" by comparing ASCII letters without their case: no
    /// character but "u", "n", "e" and their capitals lowercases into one of them, so the
    /// lowercase word is "un" or "une" exactly when it is one of those, whatever its case.
    #[test]
    fn a_headlines_noun_of_three_letters_may_be_searched() {
        let title = Some("Les horaires du BUS 12 ne sont plus adaptés");
        assert!(short_noun_of_the_headline(&Keyphrase::new("bus"), title));
        for (word, title) in [
            ("bus", Some("Les horaires des autocars")),
            ("bus", None),
            ("1er", Some("Le 1er bus")),
            ("les", Some("Les horaires du bus")),
            ("horaires", Some("Les horaires du bus")),
            ("bu", Some("Le bu du bus")),
        ] {
            assert!(
                !short_noun_of_the_headline(&Keyphrase::new(word), title),
                "{word}"
            );
        }
    }

    #[test]
    fn only_ascii_letters_lowercase_into_an_indefinite_article() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c.to_lowercase().any(|l| matches!(l, 'u' | 'n' | 'e')) {
                assert!(matches!(c, 'u' | 'n' | 'e' | 'U' | 'N' | 'E'), "{c:?}");
            }
        }
        assert!(!searchable("Conseil d’Une ville") && !searchable("rapport d’UN comité"));
    }

    #[test]
    fn keyphrases_people_search_for() {
        for good in [
            "merlu de l’Atlantique",
            "Carlos Ghosn",
            "Ligue des droits de l’homme",
            "lycées",
            "Tiger Woods",
            "Parlement européen",
            "Conseil fédéral",
        ] {
            assert!(searchable(good), "{good}");
        }
        for bad in [
            "ans",
            "pays",
            "2022",
            "Christophe Dettinger condamné",
            "enfants poursuivi",
            // Nouns that need their complement to name a story (the issue's "enfant",
            // "mouvement": "mouvement des « gilets jaunes »").
            "enfant",
            "mouvement",
            "généralisation d’un suivi",
            "enfant retrouvé",
            // La Presse: "un « Ve acte qui peut être la fin de la Ve République »".
            "Ve",
            "XXIe",
            // TF1: "L’un des deux manifestants grièvement blessés…".
            "un des deux manifestants",
            // 20 Minutes dumped as text: "saison", nine times in the body, said nothing of
            // Wembanyama's story; nor do other nouns of time or quantity.
            "saison",
            "semaine",
            "nombre",
        ] {
            assert!(!searchable(bad), "{bad}");
        }
        assert!(searchable("Otan"));
        // Le Figaro: "Macron annonce un coup de pouce aux « smicards »".
        let headline = "Macron annonce un coup de pouce aux « smicards »";
        assert!(name_and_verb("Macron annonce", [headline].into_iter()));
        assert!(!name_and_verb("Carlos Ghosn", [headline].into_iter()));
        let lede = "La réforme Macron passe mal. Le Covid long inquiète.";
        assert!(!name_and_verb("Covid long", [lede].into_iter()));
        // Le Figaro: "gilets" alone, where the lead always writes « gilets jaunes ».
        let lead = "pour mieux se faire entendre, les « gilets jaunes » tentent de se structurer. les gilets jaunes ont annoncé";
        assert!(head_of_compound("gilets", lead));
        assert!(!head_of_compound(
            "lycées",
            "les lycées publics et les lycées privés"
        ));
        // A dispatch on Carrefour's sales (written for the tests): "chiffre", its elided
        // "d’affaires" read as "d", was the keyphrase and its title dropped "Carrefour".
        let sales = "un chiffre d’affaires de 22,4 mds€. le chiffre d’affaires a bondi";
        assert!(head_of_compound("chiffre", sales));
        // A figure ends no phrase a reader types; a year may.
        assert!(!searchable("chiffre d’affaires de 22,4"));
        assert!(!searchable("plan de 45"));
        assert!(searchable("loi de 1905"));
        assert!(searchable("Covid-19"));
        assert_eq!(
            short_quotations("À Rennes, les « gilets jaunes » ne décolèrent pas : « C’est une vraie mascarade, du pipeau »."),
            vec!["gilets jaunes".to_string()]
        );
        let prosecutor =
            "a déclaré le procureur Julien Wattebled. Julien Wattebled a ouvert une enquête.";
        assert!(first_name_only("Julien", &[prosecutor]));
        assert!(!first_name_only("Wattebled", &[prosecutor]));
        // Read across pieces as if joined by a space.
        assert!(first_name_only(
            "Julien",
            &["le procureur Julien", "Wattebled."]
        ));
        assert!(!first_name_only(
            "Julien",
            &["le procureur Julien", "a parlé."]
        ));
        assert!(!first_name_only("Julien", &["le procureur Julien"]));
        // La Tribune de Genève: "Office" is always "Office fédéral de l’agriculture".
        let office = [
            "L’Office fédéral de l’agriculture a décidé de retirer l’autorisation.",
            "précise l’Office fédéral de l’agriculture. L’Office fédéral retire le produit.",
        ];
        assert!(head_of_a_name("Office", &office));
        assert!(!head_of_a_name("Offi", &office));
        // What is said of a name is no part of it.
        let macron = [
            "Macron a parlé. Macron a promis.",
            "Paris et Lyon. Paris et Nice.",
        ];
        assert!(!head_of_a_name("Macron", &macron));
        assert!(!head_of_a_name("Paris", &macron));
        assert!(!head_of_a_name("Office", &["L’Office fédéral a parlé."]));
        // Typography's spaces and quotation marks change no wording; a rubric does.
        let headline = "Pétition contre la Brav-M : l'unité de police peut-elle être dissoute ?";
        let title = "Brav-M\u{a0}: l’unité de police peut-elle être dissoute\u{a0}?";
        assert!(Wording::of(headline).holds(title));
        let quoted = "Un barrage de «gilets jaunes» cause un décès";
        assert!(
            Wording::of(quoted).holds("Un barrage de «\u{a0}gilets jaunes\u{a0}» cause un décès")
        );
        assert!(
            !Wording::of(quoted).holds("Arles\u{a0}: un barrage de «\u{a0}gilets jaunes\u{a0}»")
        );
        // Linternaute's Pagny: "Florent" alone twice among 59.
        let pagny = "Florent Pagny chante. ".repeat(57) + "Florent décide. Merci Florent.";
        assert!(first_name_only("Florent", &[&pagny]));
        assert!(!first_name_only(
            "Florent",
            &["Florent Pagny chante. Florent décide."]
        ));
        let lead = "Un vélo sur quatre vendus en France en 2022 était électrique. Les lycées publics ont été classés.";
        let used_as_noun =
            |word: &str, texts: &[&str]| WordUses::of(texts.iter().copied()).used_as_noun(word);
        assert!(!used_as_noun("vendus", &[lead]));
        assert!(used_as_noun("lycées", &[lead]));
        assert!(used_as_noun("vélo", &[lead]));
        assert!(used_as_noun("vélo", &["Il a acheté un", "vélo."]));
        // Futura's "Ces 5 villes…": the plural follows "de" only, the singular "une".
        let futura = "L’Europe regorge de villes surprenantes. Funchal est une ville dynamique.";
        assert!(used_as_noun("villes", &[futura]));
        assert!(!used_as_noun(
            "villes",
            &["L’Europe regorge de villes surprenantes."]
        ));
        assert_eq!(
            without_determiner("le village des irréductibles"),
            "village des irréductibles"
        );
        assert_eq!(without_determiner("l’un des villages"), "un des villages");
        assert_eq!(without_determiner("Emmanuel Macron"), "Emmanuel Macron");
        assert_eq!(
            word_prefixes("pape François souffre"),
            ["pape François", "pape François souffre"]
        );
        assert_eq!(
            word_prefixes("merlu de l’Atlantique"),
            ["merlu de l’Atlantique", "merlu"]
        );
        // francetv's headline "Deux ans de prison pour le viol d’une fillette au Maroc".
        assert_eq!(word_prefixes("viol d’une fillette au Maroc"), ["viol"]);
        assert_eq!(word_prefixes("garçon autiste âgé de"), Vec::<String>::new());
        assert_eq!(word_prefixes("merlu"), ["merlu"]);
        // Never between the two terms "entre" pairs.
        assert_eq!(
            word_prefixes("A7 entre Lyon et Valence"),
            Vec::<String>::new()
        );
        assert_eq!(
            word_prefixes("match entre Lyon et Paris"),
            Vec::<String>::new()
        );
        assert_eq!(
            word_prefixes("autoroute A7 vers Lyon"),
            ["autoroute A7", "autoroute A7 vers Lyon"]
        );
    }
}

#[cfg(test)]
mod opening_tests {
    use super::*;

    fn lead(text: &str, intertitle: Option<&str>) -> BodyParagraph {
        BodyParagraph {
            paragraph: Paragraph::new(text),
            source: 0,
            line: 1,
            intertitle: intertitle.map(str::to_string),
            continues: false,
            list_item: false,
            ordinal: None,
        }
    }

    #[test]
    fn a_composed_heading_moves_down_to_its_paragraph_within_the_words_allowed() {
        let body = vec![
            lead(
                "Un adolescent a été blessé par balle dimanche soir à Nantes.",
                None,
            ),
            lead(
                "Plusieurs coups de feu ont été tirés depuis un véhicule.",
                None,
            ),
            lead(
                "Le parquet de Nantes a ouvert une enquête pour tentative de meurtre.",
                None,
            ),
            lead("La maire a dénoncé une violence intolérable.", None),
        ];
        let sections = |heading: &str| {
            vec![Section {
                heading: heading.to_string(),
                paragraphs: &body[1..],
            }]
        };
        let (lede, moved) =
            headings_over_their_paragraphs(&body, 1, sections("Le parquet de Nantes"), 300);
        assert_eq!(lede, 2);
        assert_eq!(moved[0].paragraphs, &body[2..]);
        // The lede would run past the words a stretch without a heading may hold: it stays.
        let (lede, kept) =
            headings_over_their_paragraphs(&body, 1, sections("Le parquet de Nantes"), 15);
        assert_eq!((lede, kept[0].paragraphs), (1, &body[1..]));
        // A heading its first paragraph names, or none names, stays.
        for heading in ["Des coups de feu", "La justice"] {
            let (lede, kept) = headings_over_their_paragraphs(&body, 1, sections(heading), 300);
            assert_eq!((lede, kept[0].paragraphs), (1, &body[1..]), "{heading}");
        }
    }

    /// "Elles ont toutes été inculpées…" (Orange), "Cet incident a déclenché…" (Le Point): a
    /// paragraph whose subject stands for what the one before named stays under its heading;
    /// the lede takes it, or a cut before it moves, as far as a section's words allow.
    #[test]
    fn no_heading_falls_before_a_paragraph_that_refers_back() {
        let body = vec![
            lead("Les 13 personnes arrêtées mardi en France ont été inculpées, a-t-on appris samedi de source judiciaire.", None),
            lead("Elles ont toutes été inculpées vendredi pour « traite des êtres humains en bande organisée ».", None),
            lead("Cet incident a déclenché une vague de condamnations.", None),
            lead("Le 23 octobre, les cadavres de 39 migrants avaient été découverts à Grays.", None),
            lead("Ce samedi, une vingtaine de manifestants montent à Paris.", None),
        ];
        assert_eq!(past_what_holds(&body, 1, 300), 3);
        assert_eq!(past_what_holds(&body, 1, 20), 1);
        assert_eq!(
            without_cuts_in_what_holds(vec![0..3, 3..5], &body, 300),
            vec![0..3, 3..5]
        );
        assert_eq!(
            without_cuts_in_what_holds(vec![0..2, 2..5], &body, 300),
            vec![0..3, 3..5]
        );
        // A paragraph from another source does not refer to the lead's.
        let borrowed = BodyParagraph {
            source: 1,
            ..body[2].clone()
        };
        assert!(!holds_to_next(&body[1], &borrowed));
        // A demonstrative that dates refers to nothing before.
        assert!(!holds_to_next(&body[3], &body[4]));
        // TF1 and TVA Nouvelles: a paragraph that sets its subject against the one before,
        // or goes on with it, holds to it; one that turns the story round does not.
        let answers = |text| holds_to_next(&body[0], &lead(text, None));
        assert!(answers(
            "Le président finlandais, de son côté, a remercié les 30 pays membres de l’Otan."
        ));
        assert!(answers(
            "Et les réformes n’ont pas manqué depuis celle de Marc-Yvan Côté, en 1990."
        ));
        assert!(answers("En effet, la Suède reste bloquée par Ankara."));
        // Orange: the readers of Christophe Izard's message, the paragraph before's.
        assert!(answers(
            "Parmi eux, le fils de Patrick Bricard, Benjamin, a tenu à remercier l’ancien collaborateur de son père pour ce « très joli message »."
        ));
        assert!(!answers("Mais, au fait, c’est qui le peuple ?"));
        assert!(!answers(
            "Le président finlandais a remercié les 30 pays membres de l’Otan."
        ));
    }

    /// La Dépêche's tyrolienne: a journalist's intertitle over a paragraph that answers the
    /// one before stays there; the lede stops above it, where it swallowed the intertitle.
    #[test]
    fn the_lede_stops_at_a_journalists_intertitle() {
        let body = vec![
            lead("Voler au-dessus du Lot en tyrolienne, voilà une expérience vertigineuse.", None),
            lead(
                "Mais pour ces quelques instants, il faut une longue préparation pour installer le matériel.",
                None,
            ),
            lead(
                "Et ça, c’est le travail de l’association LCS Nature Évasion.",
                Some("« Ici, on utilise deux kilomètres de cordes au-dessus du Lot »"),
            ),
            lead("À 71 ans, ce baroudeur est toujours à la manœuvre.", None),
        ];
        assert_eq!(past_what_holds(&body, 2, 300), 2);
        // Without the intertitle, the paragraph that answers goes with the one before.
        let mut unheaded = body.clone();
        unheaded[2].intertitle = None;
        assert_eq!(past_what_holds(&unheaded, 2, 300), 3);
    }

    /// A heading never parts two items of a list, nor the paragraph that announces them from
    /// the list: a cut there moves before or after them, and the lede ends after the list it
    /// reaches into, as far as a section's words allow.
    #[test]
    fn no_heading_falls_between_two_items_of_a_list() {
        let item = |text: &str| BodyParagraph {
            list_item: true,
            ordinal: None,
            ..lead(text, None)
        };
        let body = vec![
            lead(
                "Le gouvernement a présenté son plan, qui vise trois mesures :",
                None,
            ),
            item("la hausse de l’âge légal ;"),
            item("la fin des régimes spéciaux ;"),
            item("la durée de cotisation allongée."),
            lead("Les syndicats appellent à manifester jeudi.", None),
        ];
        assert_eq!(past_what_holds(&body, 2, 300), 4);
        assert_eq!(past_what_holds(&body, 1, 300), 4);
        assert_eq!(past_what_holds(&body, 4, 300), 4);
        // Not past the words a section may hold.
        assert_eq!(past_what_holds(&body, 2, 10), 2);
        // A cut inside the list moves before what holds together (the paragraph that
        // announces the list), or after it when the section before would be left empty.
        assert_eq!(
            without_cuts_in_what_holds(vec![0..2, 2..5], &body, 300),
            vec![0..4, 4..5]
        );
        let with_opening = [
            vec![lead("Le plan a été présenté lundi.", None)],
            body.clone(),
        ]
        .concat();
        assert_eq!(
            without_cuts_in_what_holds(vec![0..3, 3..6], &with_opening, 300),
            vec![0..1, 1..6]
        );
        // A cut that fits neither way stays.
        assert_eq!(
            without_cuts_in_what_holds(vec![0..2, 2..5], &body, 8),
            vec![0..2, 2..5]
        );
        let prose = vec![
            lead("Le gouvernement a présenté son plan.", None),
            lead("Les syndicats appellent à manifester jeudi.", None),
        ];
        assert_eq!(
            without_cuts_in_what_holds(vec![0..1, 1..2], &prose, 300),
            vec![0..1, 1..2]
        );
    }

    // francetvinfo.fr: the chapô says "le champion américain", the lede "Tiger Woods".
    const CHAPO: &str = "Le champion américain n’a plus gagné le moindre titre depuis deux ans et son accident de la route. A 47 ans, le « Tigre » espère relancer sa carrière à l’occasion de ce tournoi qui débute jeudi 6 avril en Géorgie.";
    const LEDE: &str = "Inoxydable, vraiment ? Tiger Woods va attirer tous les regards au Masters d’Augusta, première levée du Grand Chelem de la saison 2023.";

    #[test]
    fn a_short_chapo_opens_the_paragraph_that_names_the_story() {
        let body = [lead(CHAPO, None), lead(LEDE, None)];
        let Opening {
            text: opening,
            resumes,
        } = joinable_opening(&body).expect("joinable");
        assert_eq!(resumes, LEDE.len());
        assert!(opening.starts_with("Le champion américain"));
        assert!(Keyphrase::new("Tiger Woods").is_in(&opening));
    }

    #[test]
    fn a_long_paragraph_gives_the_chapo_its_first_sentences_and_goes_on_alone() {
        let long = [LEDE; 8].join(" ");
        let body = [lead(CHAPO, None), lead(&long, None)];
        let Opening {
            text: opening,
            resumes,
        } = joinable_opening(&body).expect("joinable");
        let words = crate::segmenting::count_words(&opening);
        assert!(words <= sections::MAX_PARAGRAPH_WORDS, "{words}");
        // Whole sentences on both sides of the cut.
        assert!(opening.ends_with(['.', '?']), "{opening}");
        assert!(long[resumes..].starts_with(char::is_uppercase));
        assert!(resumes < long.len());
        assert_eq!(
            crate::segmenting::count_words(&opening)
                + crate::segmenting::count_words(&long[resumes..]),
            crate::segmenting::count_words(CHAPO) + crate::segmenting::count_words(&long)
        );
    }

    #[test]
    fn an_intertitle_a_borrowed_paragraph_or_a_long_one_keeps_them_apart() {
        let under_intertitle = [lead(CHAPO, None), lead(LEDE, Some("Le retour du Tigre"))];
        assert_eq!(joinable_opening(&under_intertitle), None);
        let mut borrowed = lead(LEDE, None);
        borrowed.source = 1;
        assert_eq!(joinable_opening(&[lead(CHAPO, None), borrowed]), None);
        let one_long_sentence = format!("{}.", ["Tiger Woods joue au golf"; 40].join(" et "));
        assert_eq!(
            joinable_opening(&[lead(CHAPO, None), lead(&one_long_sentence, None)]),
            None
        );
        assert_eq!(joinable_opening(&[lead(CHAPO, None)]), None);
        // 20 Minutes prints its chapô without a full stop: joined, it ran into the lede.
        let unstopped = "Aucun civil n’a été blessé ou tué durant le raid, précise le commandement militaire américain pour le Moyen-Orient";
        let joined = joinable_opening(&[lead(unstopped, None), lead(LEDE, None)]);
        assert!(
            joined.is_some_and(|o| o.text.contains("Moyen-Orient. ")),
            "the chapô gets its full stop"
        );
    }
}

#[cfg(test)]
mod tag_tests {
    use super::*;

    /// `tags` as first written, each term lowercasing and splitting every phrase and every
    /// tag before it again.
    fn tags_as_first_written(
        density: &Density,
        proper: &ProperNouns,
        lead: &[&Paragraph],
    ) -> Vec<String> {
        let texts: Vec<&str> = lead.iter().map(|p| p.text.as_str()).collect();
        let nouns = WordUses::of(texts.iter().copied());
        let mut tags: Vec<String> = Vec::with_capacity(TAGS);
        let terms = density
            .terms
            .iter()
            // A tag is a word a reader looks for: not "ans", "pays", a number or a verb.
            .filter(|t| searchable(&t.text.to_lowercase()));
        for term in terms {
            let word = term.text.to_lowercase();
            if crate::lexicon::dates_or_counts(&word) {
                continue;
            }
            // Le Point's "Gilets jaunes": a capital at the start of a pair makes no name.
            let pair = || pair_of_as_first_written(term, density, &nouns);
            let tag = match whole_name_as_first_written(&word, density).or_else(pair) {
                Some(tag) => tag,
                None => match proper.get(&word) {
                    Some(name) => match name_tag(name, &texts) {
                        Some(tag) => tag,
                        None => continue,
                    },
                    None if tag_worthy_word(&word, &nouns) => word,
                    None => continue,
                },
            };
            let tag = joined_to_a_name_tagged(&tags, as_named_in_full(tag, &texts), &texts);
            // "vélos" and "vélos électriques": one tag per subject. The tag's words, lowercase,
            // made once for every tag it is compared with.
            let lower = tag.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            let words_of = |other: &String| -> Vec<String> {
                other
                    .to_lowercase()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            };
            let shares_a_word =
                |other: &String| words_of(other).iter().any(|w| words.contains(&w.as_str()));
            // "Besco" then "Maïwenn Le Besco": the fuller name takes the place of the part.
            let is_name = tag.starts_with(char::is_uppercase);
            let part_of_it = |other: &String| {
                is_name && words_of(other).iter().all(|w| words.contains(&w.as_str()))
            };
            if let Some(first_part) = tags.iter().position(part_of_it) {
                // Parts after the first go too: "Christophe", "Dettinger" → "Christophe Dettinger".
                let mut at = 0;
                tags.retain(|t| {
                    let keep = at == first_part || !part_of_it(t);
                    at += 1;
                    keep
                });
                tags[first_part] = tag;
            } else if !tags.iter().any(shares_a_word) {
                tags.push(tag);
            }
            if tags.len() == TAGS {
                break;
            }
        }
        tags
    }

    fn pair_of_as_first_written(
        term: &analysing::Term,
        density: &Density,
        nouns: &WordUses,
    ) -> Option<String> {
        let word = term.text.to_lowercase();
        density
            .phrases
            .iter()
            .filter(|p| 2 * p.count >= term.count)
            .map(|p| (p, p.text.to_lowercase()))
            .find(|(_, lower)| {
                let words: Vec<&str> = lower.split_whitespace().collect();
                words.len() == 2
                    && words.contains(&word.as_str())
                    && !words.iter().any(|w| crate::lexicon::dates_or_counts(w))
                    && !past_participle(words[1])
                    && tag_worthy_noun(words[0], nouns)
                    && searchable(lower)
            })
            .map(|(p, _)| p.text.clone())
    }

    fn whole_name_as_first_written(word: &str, density: &Density) -> Option<String> {
        density
            .phrases
            .iter()
            .find(|p| {
                let names: Vec<&str> = p.text.split_whitespace().collect();
                names.iter().all(|w| w.starts_with(char::is_uppercase))
                    && names.iter().any(|w| w.to_lowercase() == word)
            })
            .map(|p| p.text.clone())
    }

    /// `uses` as it was written first: a searcher's iterator for each text.
    fn uses_by_text<'t>(name: &'t str, texts: &'t [&'t str]) -> Vec<(&'t str, &'t str)> {
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        texts
            .iter()
            .flat_map(|text| {
                let found: Vec<usize> = finder.find_iter(text.as_bytes()).collect();
                found
                    .into_iter()
                    .filter_map(move |at| use_at(text, at, name.len()))
            })
            .collect()
    }

    proptest::proptest! {
        /// One searcher kept across the texts finds the uses a searcher per text found, in
        /// order: names met again and again, next to each other ("LeLe Le"), at either end.
        #[test]
        fn uses_are_those_found_text_by_text(
            name in "(Le|Pen|é|Ré)( ?(Le|Pen|é))?",
            texts in proptest::collection::vec("(Le|Pen|é|Ré| |-|a|\\.){0,12}", 0..4),
        ) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let found: Vec<(&str, &str)> = uses(&name, &texts).collect();
            proptest::prop_assert_eq!(found, uses_by_text(&name, &texts));
        }

        /// The phrases and tags lowercased once choose the tags the first way chose.
        #[test]
        fn tags_are_those_first_chosen(
            paragraphs in proptest::collection::vec(
                "((Les|les|des|Un|une|la|gilets|Gilets|jaunes|Dany|Boon|boon|Maïwenn|Le|Besco|vélos|électriques|Vélos|ruches|abeilles|mardi|ans|ÉCOLES|écoles|[A-Z][a-zé]{2,6}|[a-zé]{3,7})[ ,.]{1,2}){4,30}",
                1..5,
            ),
        ) {
            let paragraphs: Vec<Paragraph> = paragraphs.iter().map(|t| Paragraph::new(t.as_str())).collect();
            let lead: Vec<&Paragraph> = paragraphs.iter().collect();
            let proper = analysing::proper_nouns(&lead);
            let density = analysing::density(&lead, &[], &Keyphrase::new("vélos"));
            let uses = WordUses::of(lead.iter().map(|p| p.text.as_str()));
            proptest::prop_assert_eq!(
                tags(&density, &proper, &lead, &uses),
                tags_as_first_written(&density, &proper, &lead)
            );
        }
    }

    #[test]
    fn the_keyphrase_takes_the_place_of_its_word_among_the_tags() {
        let tags = |list: &[&str]| list.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let kept = with_the_keyphrase_for_its_word(
            tags(&["obésité", "santé", "suivi", "Assurance maladie"]),
            &Keyphrase::new("suivi diététique"),
        );
        assert_eq!(
            kept,
            tags(&["obésité", "santé", "suivi diététique", "Assurance maladie"])
        );
        // Through "de": "sperme" is a word of "donneur de sperme".
        let kept = with_the_keyphrase_for_its_word(
            tags(&["dons", "sperme", "Pays-Bas"]),
            &Keyphrase::new("donneur de sperme"),
        );
        assert_eq!(kept, tags(&["dons", "donneur de sperme", "Pays-Bas"]));
        // Two subjects stay two tags; a keyphrase of one word, or tagged already, changes
        // nothing.
        for (list, keyphrase) in [
            (&["Poutine", "Minsk"][..], "Poutine et Loukachenko"),
            (&["Blackstone", "fonds"][..], "Blackstone"),
            (&["vélos électriques", "vélos"][..], "vélos électriques"),
        ] {
            let kept = with_the_keyphrase_for_its_word(tags(list), &Keyphrase::new(keyphrase));
            assert_eq!(kept, tags(list), "{keyphrase}");
        }
    }

    fn tags_of(text: &str) -> Vec<String> {
        let paragraphs: Vec<Paragraph> = text.split("\n\n").map(Paragraph::new).collect();
        let lead: Vec<&Paragraph> = paragraphs.iter().collect();
        let proper = analysing::proper_nouns(&lead);
        let density = analysing::density(&lead, &[], &Keyphrase::new("essence"));
        let uses = WordUses::of(lead.iter().map(|p| p.text.as_str()));
        tags(&density, &proper, &lead, &uses)
    }

    #[test]
    fn a_tag_is_a_noun_the_text_uses_never_a_verb_or_a_day() {
        // Le Nouvelliste: "poursuivi" (of "a poursuivi cette source", four times) was a tag.
        let tags = tags_of("« Il y aura un autre paiement », a poursuivi cette source gouvernementale mardi.\n\n« Nous ne connaissons pas les motivations des compagnies », a poursuivi cette source mardi.\n\n« La BRH a mis des dollars à leur disposition », a poursuivi cette source. Les compagnies veulent des dollars.\n\n« Les stations ont de l’essence », a poursuivi le ministre mardi. Les compagnies vendent l’essence.");
        assert!(tags.iter().any(|t| t == "compagnies"), "{tags:?}");
        // A unit counts, and names no subject: "dollars" was a tag of this text, "euros" of a
        // council's budget, "hectare" of a farm's sale, "cinquantaine" of a fire's firemen.
        for junk in ["poursuivi", "mardi", "dollars"] {
            assert!(!tags.iter().any(|t| t.contains(junk)), "{junk}: {tags:?}");
        }
        // A fire's story (written for the tests): "cinquantaine" was a tag.
        let tags = tags_of("Un important incendie s’est déclaré dans la nuit dans un entrepôt de Lannion. Une cinquantaine de pompiers ont été mobilisés.\n\nÀ l’arrivée des secours, le bâtiment était déjà embrasé.\n\nUne cinquantaine de sapeurs-pompiers venus de Lannion, Perros-Guirec et Guingamp ont été mobilisés.\n\nLe bâtiment est entièrement détruit, mais les pompiers ont protégé deux entrepôts voisins.");
        assert!(tags.iter().any(|t| t == "Lannion"), "{tags:?}");
        assert!(!tags.iter().any(|t| t == "cinquantaine"), "{tags:?}");
    }

    #[test]
    fn an_adjective_set_before_its_noun_is_no_tag_alone() {
        // France Télévisions' Tiger Woods: "dernier" (of "le premier et le dernier de ses
        // quinze titres", "son dernier Masters") was a tag.
        let tags = tags_of("À Augusta, il a remporté le premier et le dernier de ses quinze titres : le premier en 1997, et le dernier en 2019.\n\nCe ne sera pas son dernier Masters. Le dernier titre du golfeur date de 2019. Le golfeur vise un nouveau titre.\n\nLe golfeur a déjà gagné ce titre.");
        assert!(tags.iter().any(|t| t == "golfeur"), "{tags:?}");
        for adjective in ["dernier", "premier"] {
            assert!(
                !tags.iter().any(|t| t == adjective),
                "{adjective}: {tags:?}"
            );
        }
        // Capitalised, it heads a name however seldom the text writes it: HuffPost's
        // "Premier" (of "Le Premier ministre Dominique de Villepin", once) was a tag.
        let texts = ["Le Premier ministre Dominique de Villepin a reculé."];
        assert_eq!(name_tag("Premier", &texts), None);
        assert_eq!(name_tag("Villepin", &texts), Some("Villepin".to_string()));
        // One opens a pair that is a tag.
        let tags = tags_of("Le premier ministre a reçu les syndicats mardi. Les syndicats ont parlé au premier ministre des salaires.\n\nLe premier ministre a promis une hausse des salaires. Le premier ministre recevra les syndicats.\n\nLes syndicats attendent le premier ministre.");
        assert!(tags.iter().any(|t| t == "premier ministre"), "{tags:?}");
    }

    #[test]
    fn the_epithet_of_a_name_is_no_tag() {
        // France Télévisions' Brueghel: "Jeune", his epithet, was a tag.
        let texts = [
            "Un tableau du peintre flamand Pierre Brueghel le Jeune est mis aux enchères.",
            "Pierre Brueghel le Jeune (1564-1636) a peint cette scène.",
        ];
        assert_eq!(name_tag("Jeune", &texts), None);
        assert_eq!(
            name_tag("Brueghel", &texts).as_deref(),
            Some("Pierre Brueghel")
        );
    }

    #[test]
    fn the_end_of_a_compound_name_is_tagged_with_it() {
        // Le Point's Blackstone: "Avenue", of "Park Avenue" twice.
        let texts = [
            "Son siège, au 345 Park Avenue (Manhattan), le 23 janvier.",
            "Au 44e étage d’une tour de Park Avenue, dans le quartier de Midtown.",
        ];
        assert_eq!(name_tag("Avenue", &texts).as_deref(), Some("Park Avenue"));
        let texts = ["Marine Le Pen a parlé. Pour Marine Le Pen, rien ne change."];
        assert_eq!(always_after_the_same_name(&found_uses("Pen", &texts)), None);
    }

    #[test]
    fn a_person_is_tagged_without_the_courtesy_title() {
        // Le Monde: "Mme Binet" was a tag, where the text names Sophie Binet in full.
        let texts = [
            "Emmanuel Macron a reçu Sophie Binet, la secrétaire générale de la CGT.",
            "Mme Binet a mis en garde le président. Selon Mme Binet, rien n’est réglé.",
        ];
        assert_eq!(
            without_courtesy_title("Mme Binet".to_string(), &texts),
            "Sophie Binet"
        );
        let texts = ["M. Macron a parlé. Selon M. Macron, la réforme passera."];
        assert_eq!(
            without_courtesy_title("M. Macron".to_string(), &texts),
            "Macron"
        );
        assert_eq!(
            without_courtesy_title("Park Avenue".to_string(), &texts),
            "Park Avenue"
        );
    }

    #[test]
    fn a_common_noun_is_tagged_with_the_complement_it_nearly_always_has() {
        // Le Monde: "monde" was a tag, of "le monde du travail" twice in three uses.
        let texts = [
            "La défiance s’installe entre l’exécutif et le monde du travail.",
            "« Plus largement, au sein du monde du travail\u{a0}», juge-t-elle.",
            "Il ne peut avoir raison seul face à tout le monde\u{a0}».",
        ];
        assert_eq!(
            as_named_in_full("monde".to_string(), &texts),
            "monde du travail"
        );
        // A name in the complement makes it that name's subject, which its own tag names.
        let texts = [
            "L’adhésion de la Finlande à l’Otan est ratifiée.",
            "Le Parlement a voté l’adhésion de la Finlande.",
        ];
        assert_eq!(as_named_in_full("adhésion".to_string(), &texts), "adhésion");
        // Tags share no subject through "de" or an elided article.
        let mut tags = Tags::default();
        tags.add("droits de l’homme".to_string());
        tags.add("maintien de l’ordre".to_string());
        tags.add("droits".to_string());
        assert_eq!(tags.tags, ["droits de l’homme", "maintien de l’ordre"]);
    }

    #[test]
    fn an_institution_is_tagged_with_its_complement() {
        // France Télévisions: "Ligue" and "droits" were two tags of the Ligue des droits de
        // l’homme.
        let texts = [
            "La Ligue des droits de l’homme (LDH) est-elle dans le viseur du gouvernement ?",
            "Cet arrêté a été attaqué au tribunal par la Ligue des droits de l’homme.",
            "Des observateurs issus de la Ligue des droits de l’homme et du Défenseur des droits.",
            "« La Ligue des droits de l’homme est financée sur fonds publics. » La Ligue a répondu.",
        ];
        assert_eq!(
            name_tag("Ligue", &texts).as_deref(),
            Some("Ligue des droits de l’homme")
        );
        // TF1: "Soulèvements" and "Terre".
        let texts = [
            "Le mouvement Les Soulèvements de la Terre, l’un des organisateurs, a réagi.",
            "Le mouvement Les Soulèvements de la Terre a annoncé, jeudi 30 mars, une mobilisation.",
        ];
        assert_eq!(
            name_tag("Soulèvements", &texts).as_deref(),
            Some("Soulèvements de la Terre")
        );
        // A person's name says things, and is followed by no one complement.
        let texts = [
            "Gérald Darmanin a répondu aux sénateurs.",
            "Pour Gérald Darmanin, de nombreuses questions se posent.",
            "Gérald Darmanin de son côté a maintenu ses propos.",
        ];
        assert_eq!(
            name_tag("Darmanin", &texts).as_deref(),
            Some("Gérald Darmanin")
        );
        // La Tribune de Genève: "Office fédéral", a pair of the text's, was the tag.
        let texts = [
            "L’Office fédéral de l’agriculture (OFAG) retire ce fongicide.",
            "L’Office fédéral de l’agriculture a banni en juin 12 pesticides.",
            "L’Office fédéral de l’environnement et l’Office fédéral de la santé publique.",
            "L’Office fédéral de l’agriculture se prépare.",
        ];
        assert_eq!(
            as_named_in_full("Office fédéral".to_string(), &texts),
            "Office fédéral de l’agriculture"
        );
        // Le Journal de Montréal: named in full once, then by its head.
        let texts = [
            "Il est poursuivi en justice par la Fondation néerlandaise de donateurs pour enfants.",
            "La Fondation veut réclamer le retrait des dons.",
        ];
        assert_eq!(
            name_tag("Fondation", &texts).as_deref(),
            Some("Fondation néerlandaise de donateurs")
        );
    }

    #[test]
    fn a_word_nearly_always_paired_is_tagged_with_its_pair() {
        // La Presse: "jaunes" and "gilets" were two tags.
        let tags = tags_of("Les gilets jaunes ne décolèrent pas.\n\nÀ Rennes, les gilets jaunes ont bloqué un rond-point.\n\nLes gilets jaunes de Boulou ont manifesté. Les gilets jaunes réclament des annonces.");
        assert!(tags.iter().any(|t| t == "gilets jaunes"), "{tags:?}");
        assert!(
            !tags.iter().any(|t| t == "jaunes" || t == "gilets"),
            "{tags:?}"
        );
        // Le Point writes "Gilets jaunes", its capital only the sentence's.
        let tags = tags_of("Gilets jaunes et policiers se sont fait face.\n\nLes Gilets jaunes ont défilé. Les Gilets jaunes ont chanté.");
        assert!(tags.iter().any(|t| t == "Gilets jaunes"), "{tags:?}");
    }

    #[test]
    fn a_verb_after_its_pronoun_or_an_adverbial_noun_is_no_tag() {
        // Le Point's Marciano: "retrouver" (of "pour le retrouver") was a tag.
        let tags = tags_of("Les enquêteurs veulent le retrouver. Les gendarmes espèrent le retrouver vite.\n\nIl faut d’abord le retrouver. D’abord les gendarmes, puis les enquêteurs.");
        assert!(past_participle("mises") && past_participle("condamnés"));
        assert!(!past_participle("jaunes") && !past_participle("policières"));
        for junk in ["retrouver", "abord"] {
            assert!(!tags.iter().any(|t| t == junk), "{junk}: {tags:?}");
        }
        assert!(tags.iter().any(|t| t == "gendarmes"), "{tags:?}");
    }

    #[test]
    fn a_name_is_tagged_whole_once() {
        // Le Parisien: "Besco" and "Maïwenn" were two tags; BFM TV: "Alexis" of Alexis Kohler.
        let tags = tags_of("Edwy Plenel accuse Maïwenn Le Besco de l’avoir agressé. Maïwenn Le Besco a été entendue.

La plainte vise Maïwenn Le Besco, dit Edwy Plenel. Le secrétaire général Alexis Kohler, selon Alexis Kohler lui-même, ne dit rien.");
        assert!(tags.iter().any(|t| t == "Maïwenn Le Besco"), "{tags:?}");
        assert!(tags.iter().any(|t| t == "Edwy Plenel"), "{tags:?}");
        for part in ["Besco", "Maïwenn", "Edwy", "Plenel", "Alexis"] {
            assert!(!tags.iter().any(|t| t == part), "{part}: {tags:?}");
        }
        assert_eq!(
            name_in_full("Alexis", &["selon Alexis Kohler, lui-même"]),
            Some("Alexis Kohler".to_string())
        );
        assert_eq!(name_in_full("Alexis", &["Alexis a dit."]), None);
    }

    #[test]
    fn a_word_of_a_works_name_is_no_keyphrase() {
        let lead = [
            "Le film s’ouvre sur un bateau qui part toujours plus au nord.",
            "« Les Vents du Nord » confirme son talent.",
            "« Les Vents du Nord », d’Ingrid Solberg. Avec Anders Lie.",
        ];
        let title = "« Les Vents du Nord » : une traversée glaciale";
        let names = QuotedNames::of(std::iter::once(title).chain(lead));
        let lower = LowerLead::of(title, &lead);
        assert!(in_a_works_name("nord", &names, &lower.all));
        assert!(in_a_works_name("Vents", &names, &lower.all));
        // A word outside the name, a word the lead writes more often outside it and a
        // quotation of someone's words are not judged so.
        assert!(!in_a_works_name("film", &names, &lower.all));
        let lead = ["Le nord du pays. Le nord a voté. « Les Vents du Nord » sort."];
        let names = QuotedNames::of(lead.iter().copied());
        assert!(!in_a_works_name(
            "nord",
            &names,
            &LowerLead::of("", &lead).all
        ));
        let lead = ["« Nous allons gagner cette élection. » Gagner, il le veut."];
        assert!(QuotedNames::of(lead.iter().copied()).0.is_empty());
    }

    #[test]
    fn a_phrase_cut_inside_the_name_it_ends_on_is_no_keyphrase() {
        // franceinfo's books column: "nouveau numéro de Marque" was the keyphrase, named once.
        let lead = ["Un nouveau numéro de Marque Page : l’écrivain qui nous a adressé cette semaine ses quatre photos cumule prix littéraires et succès publics."];
        assert!(cut_inside_a_name("nouveau numéro de Marque", &lead));
        assert!(!cut_inside_a_name("nouveau numéro de Marque Page", &lead));
        // A name followed by a mark or a lowercase word is whole; a single name is judged by
        // `part_of_a_longer_name`, and a phrase the lead never writes is not judged.
        let lead = ["Le président Emmanuel Macron a parlé. Selon Emmanuel Macron, rien ne change."];
        assert!(!cut_inside_a_name("président Emmanuel Macron", &lead));
        assert!(cut_inside_a_name("président Emmanuel", &lead));
        assert!(!cut_inside_a_name("Emmanuel", &lead));
        assert!(!cut_inside_a_name("ministre Jean", &lead));
    }
}
