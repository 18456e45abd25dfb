//! Dossier: one article from a lead and its related sources (`--with`).
//!
//! The lead is the spine: its title, lede, keyphrase and sections come first. Related sources
//! add what the lead does not say yet, passage by passage (a paragraph, or the run of its
//! sentences that reads on its own), most relevant first, until the word target is met. A
//! sentence that restates a fact already in the article is left out ([`overlap`]); so is one
//! whose pronoun, "également" or relative day ("jeudi", "hier") would point at something the
//! article does not carry ([`standalone`]). Borrowed passages go under the lead's section
//! whose topic they continue, or into topical sections after the lead's ([`placing`]), and
//! every source used is listed under "Sources".
//!
//! A related source redac cannot read (no article text, not French) is skipped and named in
//! the report with its reason: one bad page never sinks the article its other sources can
//! make. Each related source's report entry accounts for its words ([`Account`]).

pub mod anchoring;
pub mod overlap;
pub mod own_repeats;
pub mod placing;
pub mod relevance;
pub mod standalone;
pub mod synonyms;

use crate::analysing::Keyphrase;
use crate::composing::BodyParagraph;
use crate::pipeline::{self, Prepared, Rewrite, Settings, SourceError, SourceInput, Target};
use crate::reading::Format;
use crate::segmenting::{count_words, Paragraph};
use overlap::Overlap;

/// Rewrite `lead`, drawing on `related` sources when the lead alone is short of the target.
pub fn rewrite(
    lead: &SourceInput,
    related: &[SourceInput],
    settings: &Settings,
) -> Result<Rewrite, SourceError> {
    let related: Vec<(&SourceInput, Option<Format>)> =
        related.iter().map(|s| (s, settings.input)).collect();
    rewrite_formats(lead, &related, settings)
}

/// [`rewrite`] with each related source's format given on its own (`None` recognises it), for
/// callers whose sources say what they are (`--jsonl` records with `text` or `html`); the
/// lead's format is `settings.input`.
pub fn rewrite_formats(
    lead: &SourceInput,
    related: &[(&SourceInput, Option<Format>)],
    settings: &Settings,
) -> Result<Rewrite, SourceError> {
    crate::analysing::start_article();
    crate::composing::title::start_article();
    let lead = prepare_lead(lead, settings)?;
    compose_with(lead, related, settings)
}

/// [`rewrite`] taking the lead: its bytes are freed as soon as it is read, so a huge input is
/// not held both raw and read while the article is composed. Without `structure`, the
/// report's structure table and removed lines will not be read: the text of the lead's blocks
/// is not kept for them (their entries are left without text).
pub fn rewrite_lead(
    lead: SourceInput,
    related: &[SourceInput],
    settings: &Settings,
    structure: bool,
) -> Result<Rewrite, SourceError> {
    crate::analysing::start_article();
    crate::composing::title::start_article();
    let prepared = pipeline::prepare_owned(lead, settings.max_bytes, settings.input)?;
    let mut prepared = credited(prepared, settings);
    if !structure {
        prepared.article.forget_blocks_text();
    }
    let related: Vec<(&SourceInput, Option<Format>)> =
        related.iter().map(|s| (s, settings.input)).collect();
    compose_with(prepared, &related, settings)
}

fn prepare_lead(lead: &SourceInput, settings: &Settings) -> Result<Prepared, SourceError> {
    let prepared = pipeline::prepare_as(lead, settings.max_bytes, settings.input)?;
    Ok(credited(prepared, settings))
}

/// The article from the lead, read, and its related sources, still to read.
fn compose_with(
    lead: Prepared,
    related: &[(&SourceInput, Option<Format>)],
    settings: &Settings,
) -> Result<Rewrite, SourceError> {
    let target = pipeline::target_of(&lead, settings)?;
    let mut sources = vec![lead];
    let mut skipped = Vec::new();
    for (source, format) in in_stable_order(related) {
        match pipeline::prepare_as(source, settings.max_bytes, format) {
            Ok(prepared) => sources.push(credited(prepared, settings)),
            Err(e) => skipped.push((e.source, e.error.to_string())),
        }
    }
    let body = assemble(&mut sources, &target, target.keyphrase.as_deref());
    let mut rewrite = pipeline::compose(&sources, body.paragraphs, &target, settings)
        .with_left_out(body.left_out)
        .with_skipped(&skipped);
    for (entry, account) in rewrite.report.sources.iter_mut().zip(body.accounts) {
        entry.account = account;
    }
    Ok(rewrite)
}

/// The source with the outlet `--outlet` names for it: the desk that gathered the coverage
/// knows who published each file, where a bare text rarely says (3 of the 20 event reports).
fn credited(mut prepared: pipeline::Prepared, settings: &Settings) -> pipeline::Prepared {
    if let Some(outlet) = settings.outlet_of(&prepared.name) {
        prepared.article.outlet = Some(outlet.to_string());
    }
    prepared
}

/// Related sources sorted by content, so that the order of `--with` flags never changes the
/// article.
fn in_stable_order<'a>(
    related: &[(&'a SourceInput, Option<Format>)],
) -> Vec<(&'a SourceInput, Option<Format>)> {
    let mut sorted = related.to_vec();
    sorted.sort_by(|(a, _), (b, _)| a.bytes.cmp(&b.bytes).then_with(|| a.name.cmp(&b.name)));
    sorted
}

/// The body paragraphs chosen, and the sentences of related sources left out, with why.
#[derive(Debug, Default)]
pub struct Assembly {
    pub paragraphs: Vec<BodyParagraph>,
    pub left_out: Vec<LeftOut>,
    /// What became of each source's words (`None` for the lead, and for every source when
    /// the lead alone meets the target).
    pub accounts: Vec<Option<Account>>,
}

/// What became of a related source's words. `words` = `relevant` + off topic; `relevant` =
/// `used` + `repeated` + `not_standalone` + `unused` (up to the dating of a relative day,
/// which adds a word or two to a borrowed sentence).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Account {
    /// Words of its prose paragraphs.
    pub words: usize,
    /// Words of its passages on the lead's topic or on the dossier's story.
    pub relevant: usize,
    /// Words borrowed.
    pub used: usize,
    /// Words of sentences that tell a fact the article already tells.
    pub repeated: usize,
    /// Words of sentences that lean on context the article does not carry, or fragments.
    pub not_standalone: usize,
    /// Words of relevant passages not needed: the target was met (or borrowing them would
    /// pass the maximum).
    pub unused: usize,
}

impl Account {
    fn left_out(&mut self, sentence: &str, reason: &standalone::Reason) {
        let words = count_words(sentence);
        match reason {
            standalone::Reason::Repeats(_) => self.repeated += words,
            _ => self.not_standalone += words,
        }
    }
}

/// A sentence of a related source that the article does not borrow, or (source 0) a sentence
/// the lead's page prints twice.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LeftOut {
    pub source: usize,
    pub text: String,
    pub reason: standalone::Reason,
}

/// The lead's paragraphs without the copies its page printed twice ([`own_repeats`]), and
/// those copies as left out.
fn lead_without_repeats(lead: Vec<BodyParagraph>) -> (Vec<BodyParagraph>, Vec<LeftOut>) {
    let (kept, copies) = own_repeats::without_own_repeats(lead);
    (kept, copies_left_out(copies))
}

/// The lead's sentences taken out as copies, each with the sentence it copies.
fn copies_left_out(copies: Vec<(String, String)>) -> Vec<LeftOut> {
    copies
        .into_iter()
        .map(|(text, original)| LeftOut {
            source: 0,
            text,
            reason: standalone::Reason::Repeats(original),
        })
        .collect()
}

/// Lead paragraphs, then the most relevant new passages of the related sources until the
/// target is met (finishing the passage in progress), never past the maximum.
pub fn assemble(sources: &mut [Prepared], target: &Target, keyphrase: Option<&str>) -> Assembly {
    // A lead alone borrows nothing: it is the rewrite of one source. Its paragraphs are not
    // read again (a lone source gets no source list): they move into the body.
    if sources.len() < 2 {
        let (paragraphs, copies) = own_repeats::without_verbatim_repeats(sources[0].take_body(0));
        let left_out = copies_left_out(copies);
        return Assembly {
            paragraphs,
            left_out,
            accounts: vec![None],
        };
    }
    let sources = &*sources;
    let mut assembly = Assembly {
        paragraphs: sources[0].body(0),
        left_out: Vec::new(),
        accounts: vec![None; sources.len()],
    };
    let (lead, copies) = lead_without_repeats(std::mem::take(&mut assembly.paragraphs));
    assembly.paragraphs = lead;
    assembly.left_out = copies;
    // A lead at its target borrows nothing: no need to measure the others.
    let lead_words: usize = assembly
        .paragraphs
        .iter()
        .map(|p| p.paragraph.words())
        .sum();
    if lead_words >= target.min_words {
        return assembly;
    }
    let corpus = sources
        .iter()
        .flat_map(|s| s.paragraphs.iter().flat_map(|(_, p)| p.sentence_texts()));
    let mut seen = Overlap::weighted_by(corpus);
    for p in &assembly.paragraphs {
        seen.add_paragraph(&p.paragraph.text);
    }
    let lead_paragraphs: Vec<Paragraph> = sources[0]
        .paragraphs
        .iter()
        .map(|(_, p)| p.clone())
        .collect();
    let topic = relevance::Topic::of(&lead_paragraphs, keyphrase.map(Keyphrase::new));
    let story = relevance::Story::of(sources);
    let mut words = lead_words;
    let mut accounts: Vec<Account> = sources
        .iter()
        .map(|s| Account {
            words: s.paragraphs.iter().map(|(_, p)| p.words()).sum(),
            ..Account::default()
        })
        .collect();
    let mut borrowed: Vec<(usize, BodyParagraph)> = Vec::new();
    for passage in relevance::ranked_passages(&sources[1..], &topic, &story) {
        let source = &sources[passage.source];
        let (line, paragraph) = &source.paragraphs[passage.paragraph];
        let account = &mut accounts[passage.source];
        account.relevant += paragraph.words();
        if words >= target.min_words {
            account.unused += paragraph.words();
            continue;
        }
        let (kept, left_out) =
            standalone::readable_run(paragraph, &seen, source.article.date.as_deref());
        let text = kept.join(" ");
        let added = count_words(&text);
        if words + added > target.max_words {
            account.unused += paragraph.words();
            continue;
        }
        for (sentence, reason) in &left_out {
            account.left_out(sentence, reason);
        }
        account.used += added;
        let record = |(text, reason): (&str, standalone::Reason)| LeftOut {
            source: passage.source,
            text: text.to_string(),
            reason,
        };
        assembly.left_out.extend(left_out.into_iter().map(record));
        if kept.is_empty() {
            continue;
        }
        seen.add_paragraph(&text);
        words += added;
        borrowed.push((
            passage.order_key(),
            BodyParagraph {
                paragraph: Paragraph::new(text),
                source: passage.source,
                line: *line,
                intertitle: None,
                continues: false,
                list_item: false,
                ordinal: None,
            },
        ));
    }
    // Passages in their sources' order first, so that the placing, which keeps the order it
    // is given among equals, keeps each source's pieces in order.
    borrowed.sort_by_key(|(key, _)| *key);
    let lead = std::mem::take(&mut assembly.paragraphs);
    let borrowed = borrowed.into_iter().map(|(_, p)| p).collect();
    assembly.paragraphs = placing::place(lead, borrowed, sources);
    assembly.accounts = accounts.into_iter().skip(1).map(Some).collect();
    assembly.accounts.insert(0, None);
    assembly
}
