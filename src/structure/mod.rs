//! Structure: a source's blocks in, the article out — title, chapô, intertitles and body —
//! with every block given one [`Role`] and a reason.
//!
//! A page is read the way trafilatura and Readability read HTML, but on blocks of text:
//! 1. `features`: the shape of each block alone (length, how it ends, dates, credits, web
//!    traces), and `families`: the kinds of phrase page furniture is made of.
//! 2. `body`: the run of body prose. Furniture gathers at the edges of a page and in runs of
//!    short lines; the article is the densest run of sentences, with the short lines inside it.
//! 3. `header`: before the run, the headline, the rubric above it and the chapô under it.
//! 4. `interior`: inside the run, what each short line is — an intertitle is followed by
//!    prose that develops it; a related headline is about another story; a legend is followed
//!    by its photo credit.
//! 5. `inline`: what the page glued into body paragraphs (a rubric before the chapô, a
//!    "Lire aussi" link inside a paragraph).
//!
//! Nothing here knows a site: the rules read shape and place.

mod body;
mod boxes;
mod contents;
mod cut_off;
mod date_line;
mod enumeration;
mod facts;
mod families;
mod features;
mod footnotes;
mod header;
mod inline;
pub use inline::{is_capitals_label, leans_on_label, without_trailing_label};
mod interior;
mod posts;
mod promotion;
mod role;

pub use facts::iso_date;
pub use features::{ends_like_sentence, without_picture_brackets};
pub use role::Role;

use crate::reading::{Hint, Page};
use crate::segmenting::{is_letter_or_digit, push_lowercase};
use features::Shape;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::hash_map::Entry;

/// One block of the source with the role it was given and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classified {
    /// 1-based line in the input.
    pub line: usize,
    pub text: String,
    pub role: Role,
    pub reason: &'static str,
}

/// A body paragraph, with the journalist's intertitle that opens it, if any.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceParagraph {
    pub line: usize,
    pub text: String,
    /// The intertitle the source puts right above this paragraph.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intertitle: Option<String>,
    /// The paragraph is an item of a list of two or more in the source (bulleted lines glued
    /// together in plain text, or items the markup marks): the article keeps the list.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub list_item: bool,
    /// The number a numbered list's item opens on in its source ("1. équiper les
    /// parcelles"), taken out of its text: the article numbers the item as the source did,
    /// and its words are the item's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<usize>,
    /// How many paragraphs of the article its text became once typeset (a long one is
    /// split): the first of them is the one under the intertitle. Set when the text is moved
    /// out; a line does not say it, as a line may hold a paragraph, an intertitle a scraper
    /// glued to it, and the paragraph under that.
    #[serde(skip)]
    pub pieces: usize,
}

/// The article found in a source.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    pub title: Option<String>,
    /// The chapô; it is also the first body paragraph.
    pub standfirst: Option<String>,
    pub kicker: Option<String>,
    /// ISO date from a dateline or byline, when the source shows one: `2024-05-26`, or
    /// `--05-26` when it shows no year (see [`crate::dates`]).
    pub date: Option<String>,
    /// Outlet named by the page ("La Gazette", "AFP").
    pub outlet: Option<String>,
    /// The author its byline signs with ("Par Olivier Faye"), read by `facts::author`.
    pub author: Option<String>,
    /// Body paragraphs in source order, the chapô first.
    pub paragraphs: Vec<SourceParagraph>,
    /// Every block of the source with its role: the structure table of the report.
    pub blocks: Vec<Classified>,
}

impl Article {
    /// The prose paragraphs as one text, a line each: what language detection reads.
    pub fn prose(&self) -> String {
        self.prose_start(usize::MAX)
    }

    /// The start of [`Article::prose`], at least `bytes` long when the prose is: what a
    /// bounded sample reads, without joining a huge input whole.
    pub fn prose_start(&self, bytes: usize) -> String {
        let mut prose = String::new();
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            if prose.len() >= bytes {
                break;
            }
            if i > 0 {
                prose.push('\n');
            }
            prose.push_str(&paragraph.text);
        }
        prose
    }

    /// The blocks that are not part of the article, with their role and reason.
    pub fn removed(&self) -> impl Iterator<Item = &Classified> {
        self.blocks.iter().filter(|b| !b.role.is_article())
    }

    /// Drop the text of every block, for a caller that will not show the structure table:
    /// the article's text is then not held a second time beside its paragraphs, nor the
    /// page's furniture at all. The blocks keep their line, role and reason (a summary counts
    /// the removed ones by role).
    pub fn forget_blocks_text(&mut self) {
        for block in &mut self.blocks {
            block.text = String::new();
        }
    }
}

/// A role given with its reason.
pub(crate) type Verdict = (Role, &'static str);

/// What is known of every block while the stages decide.
pub(crate) struct Draft<'a> {
    pub texts: Vec<&'a str>,
    pub shapes: Vec<Shape>,
    pub hints: Vec<Option<Hint>>,
    /// The block stands right under the one before, no blank line between them, on a page
    /// without markup: lines glued like this are items of one list, or a paragraph's lines.
    pub glued: Vec<bool>,
    /// The role given so far; `None` until a stage decides.
    pub roles: Vec<Option<Verdict>>,
}

impl Draft<'_> {
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Undecided, prose-shaped: what the body run is made of.
    pub fn is_prose(&self, i: usize) -> bool {
        match self.roles[i] {
            Some((role, _)) => role == Role::Body,
            None => self.shapes[i].is_prose(),
        }
    }

    /// Block `i` is a read-also label standing alone ("A lire aussi :", "Sur le même sujet"),
    /// over the links, or the blurbs, it announces.
    pub fn is_read_also_label(&self, i: usize) -> bool {
        self.roles[i] == Some((Role::RelatedLink, "read-also link"))
            && self.shapes[i].words <= READ_ALSO_LABEL_MAX_WORDS
    }

    /// The role of block `i`; `None` while undecided, and past the last block (a headline
    /// that ends the page has no chapô under it).
    pub fn role(&self, i: usize) -> Option<Role> {
        self.roles.get(i).copied().flatten().map(|(r, _)| r)
    }

    /// Block `i` is a list's item: a line the page dump bulleted, an item the markup marks,
    /// or an item of an enumeration its semicolons set ([`enumeration`]).
    pub fn list_item(&self, i: usize) -> bool {
        self.shapes[i].bulleted
            || matches!(self.hints[i], Some(Hint::ListItem | Hint::TableRow))
            || self.enumerated(i)
    }

    /// Block `i` is an item of an enumeration the sentence above announces.
    fn enumerated(&self, i: usize) -> bool {
        self.roles[i] == Some((Role::Body, enumeration::ENUMERATED_ITEM))
    }

    fn set(&mut self, i: usize, role: Role, reason: &'static str) {
        self.roles[i] = Some((role, reason));
    }
}

/// Give every block of `page` a role and gather the article.
pub fn analyse(page: &Page) -> Article {
    let decided = decide(page);
    assemble(
        page.blocks.iter().map(|b| (b.line, b.text.clone())),
        decided,
    )
}

/// [`analyse`] taking the page: each block's text moves into the structure table instead of
/// being copied, so a huge input's text is held twice (blocks and paragraphs), not three times.
pub fn analyse_owned(page: Page) -> Article {
    let decided = decide(&page);
    assemble(page.blocks.into_iter().map(|b| (b.line, b.text)), decided)
}

/// What the stages decided of a page: every block's role, and its headline and rubric.
struct Decided {
    roles: Vec<Option<Verdict>>,
    /// Each block is an item of a list of two or more ([`list_runs`]).
    list_items: Vec<bool>,
    title: Option<String>,
    kicker: Option<String>,
}

fn decide(page: &Page) -> Decided {
    let mut draft = Draft {
        texts: page.blocks.iter().map(|b| b.text.as_str()).collect(),
        shapes: page.blocks.iter().map(|b| Shape::of(&b.text)).collect(),
        hints: page.blocks.iter().map(|b| b.hint).collect(),
        glued: glued_lines(page),
        roles: vec![None; page.blocks.len()],
    };
    classify_alone(&mut draft);
    posts::mark(&mut draft);
    footnotes::mark(&mut draft);
    link_lists(&mut draft);
    enumeration::mark(&mut draft);
    let run = body::find(&mut draft);
    let header = header::read(&mut draft, run.start);
    interior::read(&mut draft, &run);
    let tail = header.title.and_then(|i| headline_tail(&draft, i));
    if let Some(tail) = tail {
        draft.set(
            tail,
            Role::Title,
            "the headline's last words, wrapped by hand",
        );
    }
    let head = header.title.and_then(|i| headline_head(&draft, i));
    if let Some(head) = head {
        draft.set(
            head,
            Role::Title,
            "the headline's first words, wrapped over lines",
        );
    }
    let title = match (header.title, head) {
        (Some(i), Some(head)) => Some(format!(
            "{} {}",
            headline_of(&draft, head),
            draft.texts[i].trim()
        )),
        (title, _) => title.map(|i| headline_of(&draft, i)),
    };
    Decided {
        title: match (title, tail) {
            (Some(title), Some(tail)) => Some(format!("{title} {}", draft.texts[tail].trim())),
            (title, _) => title,
        },
        kicker: header.kicker,
        list_items: list_runs(&draft),
        roles: draft.roles,
    }
}

/// Most words of a headline's tail wrapped by hand onto a line of its own.
const HEADLINE_TAIL_MAX_WORDS: usize = 3;

/// Most words of a headline wrapped over lines ([`headline_head`]).
const WRAPPED_HEADLINE_MAX_WORDS: usize = 20;

/// "Le chômage recule en France pour le troisième trimestre" / "consécutif": the line glued
/// under the headline that ends it, wrapped by hand short of the page's width. A few words
/// opening in lowercase under a headline that ends no sentence, and no sentence themselves,
/// the last line glued to it, go on with it; alone, they were a label and the headline lost
/// its last word. A toolbar glued under a headline ("sauvegarder" / "article" /
/// "réactions", 7sur7) runs on for more lines.
fn headline_tail(draft: &Draft, title: usize) -> Option<usize> {
    let next = title + 1;
    let text = draft.texts.get(next)?.trim();
    let headline = draft.texts[title].trim_end();
    let tail = draft.glued[next]
        && draft.glued.get(next + 1) != Some(&true)
        && !matches!(draft.role(next), Some(Role::Body | Role::Standfirst))
        && draft.shapes[next].words <= HEADLINE_TAIL_MAX_WORDS
        && text.starts_with(char::is_lowercase)
        && !text.ends_with(['.', '!', '?', ':', ';', ','])
        && !headline.ends_with(['.', '!', '?', ':', ';', ',', '»']);
    tail.then_some(next)
}

/// "Dans la Drôme, les maraîchers" / "passent au goutte-à-goutte pour sauver leurs récoltes":
/// a PDF's headline in large type, wrapped over three lines and its lede glued under it
/// (`pdftotext -layout`). The reader joined the last two lines (the second ends on "pour")
/// but not the first, five words, short of a wrapped line's; the headline read was the
/// block in lowercase right above the lede, and its first words a label before the article.
/// A block that opens in uppercase and ends no sentence, glued over a headline that opens in
/// lowercase, is the headline's start, the two of twenty words at most.
fn headline_head(draft: &Draft, title: usize) -> Option<usize> {
    let head = title.checked_sub(1)?;
    let above = draft.texts[head].trim();
    let head_of_it = draft.glued[title]
        && draft.texts[title]
            .trim_start()
            .starts_with(char::is_lowercase)
        && above.starts_with(char::is_uppercase)
        && !above.ends_with(['.', '!', '?', ':', ';', '»'])
        && !matches!(draft.role(head), Some(Role::Body | Role::Standfirst))
        && draft.shapes[head].words + draft.shapes[title].words <= WRAPPED_HEADLINE_MAX_WORDS;
    head_of_it.then_some(head)
}

/// The headline block `title`'s text: without a label in capitals in parentheses at its end
/// ("… (PAPIER GENERAL)", "… (VIDÉO)") or before its first words ("VIDÉO. …", a live blog's
/// "DIRECT. …"), and, when a scraper's text opens on the page's
/// `<title>`, without the site's name beside it (no address tells the site: a name the page's
/// other blocks speak of stays).
fn headline_of(draft: &Draft, title: usize) -> String {
    let text = inline::without_trailing_label(unbulleted(draft.texts[title]));
    let text = inline::without_live_label(text).unwrap_or(text);
    let text = inline::without_leading_label(text, |label| {
        let label = crate::segmenting::to_lowercase(label);
        draft.texts.iter().enumerate().any(|(i, text)| {
            i != title && crate::segmenting::to_lowercase(text).contains(label.as_str())
        })
    });
    let named_in_text = |piece: &str| {
        draft
            .texts
            .iter()
            .enumerate()
            .any(|(i, text)| i != title && text.contains(piece))
    };
    crate::reading::site_name::without_site_name(text, None, named_in_text)
}

/// Which blocks are items of a list of two or more: list items ([`Draft::list_item`]) each
/// glued to the one before in plain text, or marked by the markup (the runs [`link_lists`]
/// reads), unless each item is a sentence of its own ([`items_are_sentences`]).
fn list_runs(draft: &Draft) -> Vec<bool> {
    let mut items = vec![false; draft.len()];
    let mut i = 0;
    while i < draft.len() {
        let end = list_run_end(draft, i);
        if end - i >= 2 && !items_are_sentences(draft, i..end) {
            items[i..end].fill(true);
        }
        i = end.max(i + 1);
    }
    items
}

/// Every item of the run is a sentence of its own, opening on a capital and ending on a full
/// stop: the points of a summary (20 Minutes' "L'essentiel"), which the article tells as
/// paragraphs, its chapô leading into the first. A list whose items go on from the sentence
/// announcing it ("la hausse de l'âge légal ;") or only name things stays a list.
fn items_are_sentences(draft: &Draft, run: std::ops::Range<usize>) -> bool {
    run.into_iter().all(|i| {
        let opens_on_capital = unbulleted(draft.texts[i])
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase);
        opens_on_capital && draft.shapes[i].ends_sentence
    })
}

/// Where the run of list items opening at block `i` ends (`i` when block `i` is no item).
fn list_run_end(draft: &Draft, i: usize) -> usize {
    if !draft.list_item(i) {
        return i;
    }
    // An enumeration's items make a list of their own: the sentence announcing them may be
    // an item of the page's list (Sauvons l'Université's "* Enfin, une AG… :").
    let mut end = i + 1;
    while end < draft.len()
        && draft.list_item(end)
        && draft.enumerated(end) == draft.enumerated(i)
        && (draft.glued[end]
            || matches!(draft.hints[end], Some(Hint::ListItem | Hint::TableRow))
            || draft.enumerated(end))
    {
        end += 1;
    }
    end
}

/// A list this long, of items this short on average, is a list of links: an article's own
/// lists (the documents to bring, the key points) hold a few items or long ones.
const LINK_LIST_MIN_ITEMS: usize = 6;
const LINK_ITEM_MAX_MEAN_WORDS: usize = 15;

/// The items of a long list of short items are links to other pages, not prose: L'Internaute's
/// twenty "* Memphis Depay : tatouages, célébration... Qui est l'attaquant néerlandais ?" under
/// the article end like sentences, and would join its run. Items are bulleted lines glued
/// together in plain text, or list items the markup marks.
fn link_lists(draft: &mut Draft) {
    let mut i = 0;
    while i < draft.len() {
        if !draft.list_item(i) {
            i += 1;
            continue;
        }
        let end = list_run_end(draft, i);
        let words: usize = (i..end).map(|k| draft.shapes[k].words).sum();
        if end - i >= LINK_LIST_MIN_ITEMS && words < LINK_ITEM_MAX_MEAN_WORDS * (end - i) {
            for k in i..end {
                if draft.roles[k].is_none() {
                    draft.set(
                        k,
                        Role::RelatedLink,
                        "an item of a long list of short items",
                    );
                }
            }
        }
        i = end;
    }
}

/// Which blocks of a plain-text page start on the line right after the block before (or on
/// the same line, a paragraph split). Markup says what a block is, so no block of an HTML or
/// Markdown page counts as glued.
fn glued_lines(page: &Page) -> Vec<bool> {
    let mut glued = Vec::with_capacity(page.blocks.len());
    let mut previous: Option<&crate::reading::Block> = None;
    for block in &page.blocks {
        let plain = |b: &crate::reading::Block| b.hint.is_none();
        glued.push(
            previous.is_some_and(|p| plain(p) && plain(block) && block.line <= p.last_line + 1),
        );
        previous = Some(block);
    }
    glued
}

/// What each block is by its own shape, its markup hint, or its family of phrases.
fn classify_alone(draft: &mut Draft) {
    // Each line seen, and whether it was only ever a list's item so far.
    let mut seen: FxHashMap<Vec<u8>, bool> = FxHashMap::with_capacity_and_hasher(
        crate::presize::room_for(draft.len()),
        Default::default(),
    );
    // A table of contents the page dump left as plain lines: its entries are listed too.
    let contents = contents::entries(&draft.texts, &draft.shapes);
    for (i, in_contents) in contents.into_iter().enumerate() {
        let text = draft.texts[i];
        let listed = draft.hints[i] == Some(Hint::ListItem) || is_bulleted(text) || in_contents;
        let first_time = match seen.entry(caseless(text)) {
            Entry::Vacant(entry) => {
                entry.insert(listed);
                true
            }
            // "Florent Pagny quitte The Voice", an entry of the table of contents above the
            // article, then its subheading: a line only listed before is not repeated by
            // the text it points to.
            Entry::Occupied(mut entry) => {
                let listed_before = *entry.get();
                *entry.get_mut() &= listed;
                listed_before && !listed
            }
        };
        draft.roles[i] = match in_contents && first_time {
            true => Some((Role::Navigation, CONTENTS_ENTRY)),
            false => alone(text, &draft.shapes[i], draft.hints[i], first_time),
        };
    }
}

/// Why an entry of a table of contents is navigation ([`contents::entries`]).
const CONTENTS_ENTRY: &str = "an entry of the table of contents: a subheading below takes it up";

/// The line opens on a list's bullet ("* Florent Pagny quitte The Voice" of a text dump).
fn is_bulleted(text: &str) -> bool {
    crate::reading::page::after_bullet(text).is_some()
}

/// A line as compared for repeats: the UTF-8 bytes of its letters and digits in lowercase, so
/// the headline quoted again ("« Titre »") is a repeat of the headline. Bytes, not a string:
/// the key is only compared, and an ASCII byte kept is pushed as a byte, where a string took
/// it as a character to encode.
fn caseless(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    // Room for every byte still to read: `len` bytes are the key's, the rest is written over.
    let mut key = vec![0; bytes.len()];
    let mut len = 0;
    let mut at = 0;
    let mut lower = String::new();
    while at < bytes.len() {
        // An ASCII byte, most of a line, is written by one load of a table and kept by moving
        // on past it (a byte dropped is written over), where a branch on whether it was kept
        // mispredicted at every space and mark of every line.
        if let Some(&kept) = KEY_BYTES.get(usize::from(bytes[at])) {
            key[len] = kept;
            len += usize::from(kept != 0);
            at += 1;
            continue;
        }
        // A letter of Latin-1 ("é", "É"; not × or ÷), most of the rest of French text, is
        // read in its two bytes: a capital's lowercase is 0x20 further, in the same length.
        if bytes[at] == 0xC3 && at + 1 < bytes.len() {
            let second = bytes[at + 1];
            if second != 0x97 && second != 0xB7 {
                key[len] = 0xC3;
                key[len + 1] = if second <= 0x9E {
                    second + 0x20
                } else {
                    second
                };
                len += 2;
            }
            at += 2;
            continue;
        }
        let c = text[at..].chars().next().expect("a character starts here");
        at += c.len_utf8();
        if is_letter_or_digit(c) {
            lower.clear();
            push_lowercase(&mut lower, c);
            // A lowercase longer than its capital ("İ") may need more room than was left.
            let need = len + lower.len() + (bytes.len() - at);
            if key.len() < need {
                key.resize(need, 0);
            }
            key[len..len + lower.len()].copy_from_slice(lower.as_bytes());
            len += lower.len();
        }
    }
    key.truncate(len);
    key
}

/// What [`caseless`] keeps of each ASCII byte: a letter or a digit in lowercase, 0 for any
/// other byte (dropped).
const KEY_BYTES: [u8; 128] = {
    let mut kept = [0; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        if b.is_ascii_alphanumeric() {
            kept[byte] = b.to_ascii_lowercase();
        }
        byte += 1;
    }
    kept
};

/// An embedded post is short; a long paragraph with a post glued into it is the article, and
/// the post is taken out of it inline.
const EMBED_MAX_WORDS: usize = 60;

/// A line this short that holds a date is a dateline ("26 Mai 2024 11:53 (UTC+01:00)").
const DATELINE_MAX_WORDS: usize = 8;

/// What a page puts before a link to another article: ">> Japon : « le sushi-terro »…".
const LINK_MARKERS: &[char] = &['>', '►', '▶', '→', '⇒'];

/// A line holding a date and a time of day, and not a sentence, is when the page was
/// published or updated, whatever words name the outlet around it ("Orange avec AFP-Services,
/// publié le samedi 07 septembre 2019 à 11h22").
const STAMP_MAX_WORDS: usize = 16;

/// "11h22", "11 h 22", "13:44": a time of day.
fn holds_time_of_day(text: &str) -> bool {
    let bytes = text.as_bytes();
    (1..bytes.len()).any(|i| {
        let separator = match bytes[i] {
            b'h' | b':' => i + 1,
            b' ' if bytes.get(i + 1) == Some(&b'h') && bytes.get(i + 2) == Some(&b' ') => i + 3,
            _ => return false,
        };
        let hour = bytes[i - 1].is_ascii_digit() && (i < 2 || !bytes[i - 2].is_ascii_alphabetic());
        let minutes = bytes.get(separator..separator + 2);
        hour && minutes.is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && bytes.get(separator + 2).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// "26/09/12 - 16h34 Jelle Van Damme (capture d'écran : Standard TV).": a short line that
/// opens on a date in figures and a time of day, a dash or "à" at most between them, is the
/// page's stamp, here glued to the legend of the photo under it (7sur7); a paragraph opens
/// on its words, a live blog's entry on its time alone.
fn opens_on_date_and_time(text: &str) -> bool {
    // Asked of every short line: its first byte says no for most, and no part is collected.
    if !text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut words = text.split_whitespace();
    let date_in_figures = words.next().is_some_and(|date| {
        let figures = |p: &str| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        date.split(['/', '.']).count() == 3 && date.split(['/', '.']).all(figures)
    });
    date_in_figures
        && words
            .take(2)
            .find(|w| !matches!(*w, "-" | "–" | "—" | "à"))
            .is_some_and(|w| holds_time_of_day(w) && w.starts_with(|c: char| c.is_ascii_digit()))
}

/// The networks whose embedded posts a page titles "<author> on <network>".
const NETWORKS: &[&str] = &[
    "Bluesky",
    "Facebook",
    "Instagram",
    "Mastodon",
    "Threads",
    "TikTok",
    "Twitter",
    "X",
    "YouTube",
];

/// "U.S. Embassy Tunis on Twitter", "The Godfather on Twitter": the title a network gives the
/// frame of a post a page embeds, which a copy of the page keeps on a line of its own, in
/// English whatever the page's language. It was an intertitle of Le Nouvelliste's article.
/// ("La polémique sur Twitter" is a French intertitle, and stays one.)
///
/// Every short block is asked: its end is compared with each network's name, and only a
/// match is read further.
fn names_an_embedded_post(text: &str) -> bool {
    let text = text.trim_end();
    NETWORKS.iter().any(|network| {
        text.strip_suffix(network)
            .and_then(|rest| rest.strip_suffix(" on "))
            .is_some_and(|author| !author.trim().is_empty())
    })
}

/// Prepositions a year follows in a heading that tells a story by its years ("En 2021",
/// "Depuis 2019").
const YEAR_PREPOSITIONS: &[&str] = &["après", "avant", "depuis", "dès", "en", "vers"];

/// "En 2021": a preposition and a year, no more. As many digits as letters, but no stamp of
/// the page: a heading of an article told by its years (Les Versants' "En 2021" over Justin
/// Trudeau's last visit), which its place decides.
fn year_after_preposition(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(preposition), Some(year), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let year = year.trim_end_matches([',', ':', '.']);
    YEAR_PREPOSITIONS.contains(&preposition.to_lowercase().as_str())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
}

/// Why a line crediting the text's source is a credit: it credits no picture
/// ([`interior`]'s legends are read above photo credits only).
const SOURCE_LABEL: &str = "a source label";

/// Most words of a source label, its label included.
const SOURCE_LABEL_MAX_WORDS: usize = 8;

/// "Source: The Independent", "Sources : AFP, Reuters": the label "Source" and a colon, then
/// a name or a few, no sentence. The HuffPost's blog credits each item of its list so, under
/// the item's heading.
fn source_label(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = ["Source", "Sources", "SOURCE", "SOURCES"]
        .iter()
        .find_map(|label| text.strip_prefix(label))
    else {
        return false;
    };
    let Some(named) = rest
        .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
        .strip_prefix(':')
    else {
        return false;
    };
    let named = named.trim();
    !named.is_empty() && !named.ends_with('.') && !named.contains(['!', '?'])
}

/// Labels a page sets over its table of contents.
const CONTENTS_LABELS: &[&str] = &[
    "sommaire",
    "au sommaire",
    "table des matières",
    "dans cet article",
];
const CONTENTS_LABEL_MAX_WORDS: usize = 3;

/// "Sommaire" (Vie publique, above the article's first question): a table of contents'
/// label, whether its entries follow or a copy of the page left them out; no intertitle.
fn contents_label(text: &str) -> bool {
    let label = text.trim().trim_end_matches([':', ' ', '\u{a0}']);
    crate::segmenting::with_lowercase(label, |label| CONTENTS_LABELS.contains(&label))
}

/// Why a row of labels between chevrons is navigation: [`header`] reads the headline under it.
pub(crate) const BREADCRUMB: &str = "a breadcrumb: the page's place in the site";

/// Most words of a breadcrumb's row, and of each of its labels.
const BREADCRUMB_MAX_WORDS: usize = 20;
const BREADCRUMB_LABEL_MAX_WORDS: usize = 4;

/// "Accueil › Actualités › Actualités Bitcoin ›", "Accueil > Actualités Sécurité": short
/// labels between chevrons, the site's sections down to the page, which a page sets above
/// its headline. Two chevrons, or one ending the row, or one between two labels of three
/// words at most; not a comparison in a sentence ("> 100 €" has a figure), and "»" only in a
/// row that opens no quotation. Past two chevrons the last crumb may be the page's own
/// headline, figures and all ("Accueil > Actualités et humeurs > Décisions de l’AG Éducation
/// IDF du mardi 10 septembre").
fn is_breadcrumb(text: &str) -> bool {
    if !text.contains(['›', '>', '»']) {
        return false;
    }
    let separator = |c: char| c == '›' || c == '>' || c == '»' && !text.contains('«');
    let labels: Vec<&str> = text.split(separator).map(str::trim).collect();
    let separators = labels.len() - 1;
    let trailing = labels.last().is_some_and(|l| l.is_empty());
    let named = &labels[..labels.len() - usize::from(trailing)];
    let label = |l: &&str| {
        let words = l.split_whitespace().count();
        (1..=BREADCRUMB_LABEL_MAX_WORDS).contains(&words)
            && l.starts_with(char::is_alphabetic)
            && !l.ends_with(['.', '!', '?', ':'])
            && !l.contains(|c: char| c.is_ascii_digit())
    };
    let short = |l: &&str| l.split_whitespace().count() <= 3;
    let headline_crumb = |l: &&str| {
        separators >= 2 && l.starts_with(char::is_alphabetic) && !l.ends_with(['.', '!', '?', ':'])
    };
    let (last, sections) = named.split_last().expect("split gives one piece at least");
    separators > 0
        && named.len() >= 2 - usize::from(trailing)
        && sections.iter().all(label)
        && (label(last) || headline_crumb(last))
        && (separators >= 2 || trailing || named.iter().all(short))
}

/// A block marked as a subheading that ends with a full stop past this many words is a
/// sentence, whatever its markup.
const SENTENCE_HEADING_WORDS: usize = 8;

/// Why a "City / Outlet" line is a dateline ([`interior`] may find it a credit).
const PLACE_AND_OUTLET: &str = "a place and outlet line";

/// The verdict on one block from itself alone, or `None` when only its place can tell.
fn alone(text: &str, shape: &Shape, hint: Option<Hint>, first_time: bool) -> Option<Verdict> {
    if !first_time {
        return Some((Role::Repeated, "a line already seen"));
    }
    match hint {
        Some(Hint::Title) => return Some((Role::Title, "marked as the headline")),
        Some(Hint::Standfirst) => return Some((Role::Standfirst, "marked as the chapô")),
        // A subheading the page's furniture wears ("#### Envoyer par e-mail" of a page
        // converted to Markdown, a share box's `<h4>`) is that furniture.
        // One that is a sentence ("### AgricultureL'Office fédéral de l'agriculture a décidé
        // de retirer…", a teaser's rubric glued to its text) is read by its shape.
        Some(Hint::Intertitle)
            if !(shape.ends_full_stop && shape.words > SENTENCE_HEADING_WORDS) =>
        {
            return families::family_of(text, shape.words)
                .or(Some((Role::Intertitle, "marked as a subheading")));
        }
        Some(Hint::Furniture) => return Some((Role::Navigation, "marked as page furniture")),
        Some(Hint::Kicker) => return Some((Role::Kicker, "named a kicker by its field")),
        Some(Hint::Byline) => return Some((Role::Byline, "named the author by its field")),
        Some(Hint::Dateline) => return Some((Role::Dateline, "named the date by its field")),
        Some(Hint::Caption) => return Some((Role::Caption, "named a legend by its field")),
        Some(Hint::Footnote) => return Some((Role::Footnote, "marked as a footnote")),
        _ => {}
    }
    if shape.words == 0 {
        return Some((Role::Navigation, "no words"));
    }
    if shape.words <= CONTENTS_LABEL_MAX_WORDS && contents_label(text) {
        return Some((Role::Navigation, "the label of a table of contents"));
    }
    if shape.words <= BREADCRUMB_MAX_WORDS && is_breadcrumb(text) {
        return Some((Role::Navigation, BREADCRUMB));
    }
    if text.starts_with(LINK_MARKERS) {
        return Some((Role::RelatedLink, "marked as a link (>>, ►, →)"));
    }
    // "2017 : 41 M€", a row of a table of budgets by year: figures the article sets out, not
    // the page's stamp.
    let table_row = hint == Some(Hint::TableRow);
    if shape.date_or_number && !table_row {
        if text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c.is_whitespace())
        {
            return Some((Role::Navigation, "a number alone (a counter or a rank)"));
        }
        return Some((Role::Dateline, "a date or time alone"));
    }
    if let Some(verdict) = families::family_of(text, shape.words) {
        return Some(verdict);
    }
    if shape.words <= READER_QUESTION_MAX_WORDS && asks_the_reader_about_the_article(text) {
        return Some((Role::CallToAction, "asks the reader about the article"));
    }
    if shape.words <= CITATION_MAX_WORDS && facts::cites_an_article(text) {
        return Some((Role::RelatedLink, "a reference to another article"));
    }
    if shape.words <= DATELINE_MAX_WORDS
        && shape.numeric
        && !table_row
        && !year_after_preposition(text)
    {
        return Some((Role::Dateline, "a timestamp"));
    }
    // "Dates : Du 15 au 18 juillet 2027", a row of a box of practical facts, is when the
    // event the article announces takes place; a stamp in such a box says what it stamps
    // ("Publié le : …", the byline family's).
    if shape.words <= DATELINE_MAX_WORDS
        && !shape.ends_full_stop
        && !table_row
        && crate::dates::full(text).is_some()
    {
        return Some((Role::Dateline, "a date line"));
    }
    // The time of day first: a byte loop over a short line, where the date's forms are
    // searched for by patterns, and most lines hold neither.
    if shape.words <= STAMP_MAX_WORDS
        && !shape.ends_full_stop
        && !table_row
        && holds_time_of_day(text)
        && crate::dates::full(text).is_some()
    {
        return Some((Role::Dateline, "a publication stamp: a date and a time"));
    }
    if shape.words <= STAMP_MAX_WORDS && opens_on_date_and_time(text) {
        return Some((Role::Dateline, "a publication stamp over a legend"));
    }
    if shape.words <= UPDATE_NOTE_MAX_WORDS && update_note(text) {
        return Some((Role::Dateline, "an update's stamp and what it changed"));
    }
    if shape.words <= CORRECTION_NOTE_MAX_WORDS && correction_note(text) {
        return Some((Role::Legal, "the page's correction of an earlier version"));
    }
    if facts::dateline_outlet(text).is_some() {
        return Some((Role::Dateline, PLACE_AND_OUTLET));
    }
    let short = shape.words <= EMBED_MAX_WORDS;
    if shape.web_trace && short && (!shape.is_prose() || inline::is_embed_trace(text)) {
        return Some((Role::EmbeddedPost, "a web address, handle or tag"));
    }
    if short && names_an_embedded_post(text) {
        return Some((Role::EmbeddedPost, "an embedded post's title"));
    }
    if shape.credit_line {
        return Some((Role::Credit, "a photo credit"));
    }
    if shape.words <= SOURCE_LABEL_MAX_WORDS && source_label(text) {
        return Some((Role::Credit, SOURCE_LABEL));
    }
    if shape.credit_tail {
        return Some((Role::Caption, "ends with a photo credit"));
    }
    if shape.describes_picture {
        return Some((Role::Caption, "places people in a picture"));
    }
    None
}

/// A list's item's number and its text without it ("1. équiper les parcelles" → 1,
/// "équiper les parcelles"); any other paragraph as it is.
fn numbered(text: String, list_item: bool) -> (Option<usize>, String) {
    match features::item_number(&text).filter(|_| list_item) {
        Some((number, rest)) if !rest.is_empty() => (Some(number), rest.to_string()),
        _ => (None, text),
    }
}

/// `text`, a body block in lowercase, goes on with the sentence the paragraph `last` left
/// open: a page's running foot ("Le Dauphiné drômois — 5 décembre 2026 — page 1") or an
/// advertisement's label ("PUBLICITÉ") stood between the two halves of one sentence, and the
/// first half got a full stop it never had ("une eau que nous n'aurons peut-être." / "pas en
/// septembre »"). Neither is a list's item, and no intertitle stands between (checked by the
/// caller).
fn continues_cut(last: &SourceParagraph, text: &str, list_item: bool) -> bool {
    !list_item
        && !last.list_item
        && text.starts_with(|c: char| c.is_lowercase())
        && last
            .text
            .trim_end()
            .ends_with(|c: char| c.is_alphanumeric() || c == ',')
        && last.text.split_whitespace().nth(3).is_some()
}

/// The article in reading order, and the table of every block: `blocks` are each block's line
/// and text.
fn assemble(blocks: impl Iterator<Item = (usize, String)>, decided: Decided) -> Article {
    let mut article = Article {
        title: decided.title,
        kicker: decided.kicker,
        ..Article::default()
    };
    let mut intertitle: Option<String> = None;
    // Past the article's last paragraph and a related link: the stamps there are the
    // teasers' ("Publié le 29 mars 2023" under "Hospitalisé à Rome, l'état de santé du pape
    // François rassurant", TF1's list after its article), not the article's.
    let last_paragraph = decided
        .roles
        .iter()
        .rposition(|verdict| matches!(verdict, Some((Role::Standfirst | Role::Body, _))));
    let mut among_teasers = false;
    let mut furniture_date = None;
    // The block before was a signature's label alone ("Article rédigé par").
    let mut under_a_signing_label = false;
    // A byline above the headline signs a teaser in the page's header, not the story.
    let mut under_the_headline = !decided
        .roles
        .iter()
        .any(|verdict| matches!(verdict, Some((Role::Title, _))));
    // An interview set as questions and answers: its questions are intertitles, and each
    // turn loses its label ("Q :", "R :"), as the web sets an interview.
    let in_turns = decided
        .roles
        .iter()
        .any(|verdict| matches!(verdict, Some((_, interior::LABELLED_QUESTION))));
    let verdicts = decided.roles.into_iter().zip(decided.list_items);
    for (i, ((line, text), (verdict, list_item))) in blocks.zip(verdicts).enumerate() {
        let (role, reason) = verdict.unwrap_or((Role::Navigation, "not article text"));
        among_teasers |= role == Role::RelatedLink && last_paragraph.is_some_and(|last| i > last);
        under_the_headline |= role == Role::Title;
        match role {
            Role::Intertitle => {
                let heading = without_turn_label(unframed(unbulleted(&text)), in_turns);
                // A box's label heads its list without the colon that announced it.
                let heading = heading.trim_end_matches([':', ' ', '\u{a0}', '\u{202f}']);
                intertitle = Some(heading.to_string())
            }
            Role::Standfirst | Role::Body => {
                // The lede may come third: a caption in English between it and the chapô
                // is body here, and only the language stage, later, drops it (HuffPost).
                let place = match article.paragraphs.len() {
                    0 => inline::Place::First,
                    1 | 2 => inline::Place::Second,
                    _ => inline::Place::Later,
                };
                let mut opening = without_turn_label(unbulleted(&text), in_turns);
                if reason == interior::TRANSCRIPT_TURN {
                    opening = inline::transcript_turn(opening).map_or(opening, |t| t.untimed);
                }
                if place != inline::Place::Later {
                    opening = without_glued_dateline(&mut article, opening);
                }
                let mut cleaned = inline::clean_paragraph(opening, place);
                if let Some(kept) = without_headline_tail(&cleaned, article.title.as_deref()) {
                    cleaned.truncate(kept.len());
                }
                if role == Role::Standfirst {
                    article.standfirst = Some(cleaned.clone());
                }
                let split_from = article.paragraphs.last_mut().filter(|last| {
                    intertitle.is_none() && continues_cut(last, &cleaned, list_item)
                });
                if let Some(last) = split_from {
                    last.text.push(' ');
                    last.text.push_str(&cleaned);
                } else if !cleaned.is_empty() {
                    let (ordinal, text) = numbered(cleaned, list_item);
                    article.paragraphs.push(SourceParagraph {
                        line,
                        text,
                        intertitle: intertitle.take(),
                        list_item,
                        ordinal,
                        pieces: 0,
                    });
                }
            }
            _ => note_facts(
                &mut article,
                &text,
                role,
                Told {
                    dates: !among_teasers,
                    author: !among_teasers && under_the_headline,
                    under_a_signing_label,
                },
                &mut furniture_date,
            ),
        }
        // Asked only until the story's author is known.
        under_a_signing_label = article.author.is_none() && facts::signing_label(&text);
        article.blocks.push(Classified {
            line,
            text,
            role,
            reason,
        });
    }
    if article.blocks.iter().any(|b| b.role == Role::Footnote) {
        for paragraph in &mut article.paragraphs {
            if let Some(text) = footnotes::without_calls(&paragraph.text) {
                paragraph.text = text;
            }
        }
    }
    boxes::set_apart(&mut article.paragraphs);
    cut_off::without_cut_off_end(&mut article.paragraphs);
    promotion::without_promotion_end(&mut article.paragraphs);
    cut_last_paragraph(&mut article.paragraphs, inline::before_label_at_the_end);
    cut_last_paragraph(&mut article.paragraphs, inline::before_credits_at_the_end);
    article.date = article.date.or(furniture_date);
    article
}

/// The text without the label of its turn ("R : "), in an interview set as questions and
/// answers (`in_turns`).
fn without_turn_label(text: &str, in_turns: bool) -> &str {
    match in_turns {
        true => inline::interview_turn(text).map_or(text, |(_, turn)| turn),
        false => text,
    }
}

/// Most words of an update's stamp and its note ([`update_note`]).
const UPDATE_NOTE_MAX_WORDS: usize = 40;

/// The words that open an update's stamp, lowercase.
const UPDATE_STAMPS: [&str; 5] = [
    "mis à jour",
    "mise à jour",
    "actualisé",
    "modifié",
    "article mis à jour",
];

/// "Mis à jour le 3 décembre 2026 à 11h20 : ajout des déclarations du préfet et du bilan des
/// pompiers.": the page's note on what an update changed, under the chapô, a stamp with its
/// date before a colon. Its note is a sentence, and the line was read as the lede's prose; it
/// is the page speaking of the article, as its stamp alone is.
fn update_note(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Asked of most short lines: compared in place, ASCII-caselessly (the stamps' accented
    // letters are lowercase as written), where a lowercase copy of each line's opening was
    // made.
    let stamped = UPDATE_STAMPS.iter().any(|stamp| {
        text.get(..stamp.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(stamp))
    });
    if !stamped {
        return false;
    }
    text.match_indices(": ")
        .next()
        .is_some_and(|(colon, _)| crate::dates::full(&text[..colon]).is_some())
}

/// Most words of a correction's note and its label ([`correction_note`]).
const CORRECTION_NOTE_MAX_WORDS: usize = 60;

/// Most words of the label before a correction's note ("Rectificatif", "Note de la
/// rédaction").
const CORRECTION_LABEL_MAX_WORDS: usize = 4;

/// Most bytes before a correction's colon: four words of a label, with spaces and marks.
const CORRECTION_LABEL_MAX_BYTES: usize = 48;

/// "Rectificatif : une précédente version de cet article indiquait que le vote avait eu lieu
/// jeudi. Il s'est tenu vendredi. Nos excuses à nos lecteurs.": the page's note on what an
/// earlier version got wrong, a short label in letters before a colon, then a note that
/// speaks of the article itself ([`corrects_the_page`]). A story tells what happened, not what
/// it once said: the article rewritten says it right, and the note's "nos lecteurs" would
/// speak in the outlet's name.
fn correction_note(text: &str) -> bool {
    // Asked of most short lines: a colon within a label's reach is found by bytes first.
    let Some(colon) =
        memchr::memchr(b':', text.as_bytes()).filter(|&c| c <= CORRECTION_LABEL_MAX_BYTES)
    else {
        return false;
    };
    let (label, note) = (&text[..colon], &text[colon + 1..]);
    let label = label.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '[');
    let label_words = label.split_whitespace().count();
    // "Le ministre l'a reconnu : cet article de la loi…": a clause opens on its subject.
    let opens_on_subject = label.split_whitespace().next().is_some_and(|first| {
        crate::segmenting::with_lowercase(first, crate::lexicon::is_determiner)
    });
    let is_label = (1..=CORRECTION_LABEL_MAX_WORDS).contains(&label_words)
        && label.starts_with(char::is_uppercase)
        && !opens_on_subject
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '’' | '\'' | '-'));
    is_label && corrects_the_page(note)
}

/// Words of a correction saying what the page said or how it changed.
const CORRECTION_WORDS: &[&str] = &[
    "version",
    "erreur",
    "corrig",
    "modifi",
    "mis à jour",
    "indiquait",
    "écrit",
];

/// The note names the article or the dispatch it is appended to among its first words ("une
/// précédente version de cet article", "dans cet article, nous avions écrit", "cette dépêche
/// a été corrigée"), and says what it said or how it changed. A law's article ("Code pénal :
/// cet article prévoit…") is named so too, and is no correction.
fn corrects_the_page(note: &str) -> bool {
    let opening: String = note
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    let names_the_page = crate::segmenting::with_lowercase(&opening, |opening| {
        opening.contains("cet article") || opening.contains("cette dépêche")
    });
    names_the_page
        && crate::segmenting::with_lowercase(note, |note| {
            CORRECTION_WORDS.iter().any(|word| note.contains(word))
        })
}

/// Most words of a read-also label standing alone ([`Draft::is_read_also_label`]).
const READ_ALSO_LABEL_MAX_WORDS: usize = 4;

/// Most words of a reference to another article ([`facts::cites_an_article`]).
const CITATION_MAX_WORDS: usize = 30;

/// Most words of a question the page asks its reader about the article.
const READER_QUESTION_MAX_WORDS: usize = 10;

/// "Votre impression sur cet article?" (7sur7, over its poll's "intéressant", "amusant"…),
/// "Cet article vous a-t-il été utile ?": a short question to the reader about "cet article",
/// the page speaking of the article it shows; a story speaks of what happened, not of itself,
/// and does not ask its reader to rate it.
fn asks_the_reader_about_the_article(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with('?')
        && text.to_lowercase().contains("cet article")
        && body::addresses_reader(text)
}

/// Most words of the label a site sets before a copy of its headline ("· Politique :").
const HEADLINE_LABEL_MAX_WORDS: usize = 4;

/// The paragraph without a copy of the headline glued to its end behind a short label: TF1
/// Info's description, as a scraper keeps it, ends on "· Politique : Les influenceurs bientôt
/// empêchés de promouvoir boissons sucrées, voyages ou consommation de viande ?.", the page's
/// own headline again. What stands before the label, to its last sentence's stop, is kept;
/// `None` when the paragraph does not end so.
fn without_headline_tail<'a>(text: &'a str, headline: Option<&str>) -> Option<&'a str> {
    let headline = headline?.trim().trim_end_matches(['.', ' ']);
    if headline.split_whitespace().count() < 4 {
        return None;
    }
    let body = text.trim_end().trim_end_matches(['.', ' ']);
    let start = body.strip_suffix(headline).map(str::len)?;
    let before = &text[..start];
    let stop = before.rfind(['.', '!', '?', '…'])?;
    let stop_end = stop + before[stop..].chars().next()?.len_utf8();
    // A sentence of the paragraph that only says what the headline says, with no label
    // before it, is the journalist's: kept.
    let label = before[stop_end..].trim();
    (!label.is_empty() && label.split_whitespace().count() <= HEADLINE_LABEL_MAX_WORDS)
        .then(|| &text[..stop_end])
}

/// The last paragraph cut to the length `kept_len` gives for its text, and dropped when
/// nothing is left of it; untouched when `kept_len` gives `None`. What a page glues to the
/// article's end ([`cut_off`], [`promotion`]) goes so.
fn cut_last_paragraph(
    paragraphs: &mut Vec<SourceParagraph>,
    kept_len: impl FnOnce(&str) -> Option<usize>,
) {
    let Some(last) = paragraphs.last_mut() else {
        return;
    };
    match kept_len(&last.text) {
        None => {}
        Some(0) => {
            paragraphs.pop();
        }
        Some(len) => last.text.truncate(len),
    }
}

/// A block's text without the list bullet a page dump set before it ("* Avant d’exploser
/// cette saison…"): the article's paragraphs, headline and intertitles are text, and the bullet
/// was the page's markup.
fn unbulleted(text: &str) -> &str {
    crate::reading::page::after_bullet(text).unwrap_or(text)
}

/// An intertitle without the dashes agency copy frames it with ("- Régal pour les butineuses
/// -", left "Régal pour les butineuses -" by [`unbulleted`]): the frame is the wire's
/// markup. Slate frames its photo's legend and credit so ("- Tapie en 2008. REUTERS/Benoit
/// Tessier -"), which [`features`] and [`interior`] read inside the frame.
fn unframed(text: &str) -> &str {
    match text.strip_suffix(['-', '–', '—']) {
        Some(rest) if rest.ends_with(char::is_whitespace) => {
            let rest = rest.trim_end();
            rest.strip_prefix(['-', '–', '—'])
                .map_or(rest, str::trim_start)
        }
        _ => text,
    }
}

/// The paragraph without the agency's dateline wire copy glues before its lede ("RABAT, 6
/// avr 2023 (AFP) - Trois hommes…"), whose agency and day are kept as furniture's are.
fn without_glued_dateline<'a>(article: &mut Article, text: &'a str) -> &'a str {
    let Some(dateline) = facts::glued_dateline(text) else {
        return text;
    };
    if article.outlet.is_none() {
        article.outlet = Some(dateline.agency.to_string());
    }
    if article.date.is_none() {
        article.date = dateline.date;
    }
    dateline.rest
}

/// Which facts a furniture line may tell of the story where it stands: past the story's end
/// and a related link, its lines tell of the teasers; above the headline, a byline signs one.
struct Told {
    dates: bool,
    author: bool,
    /// The line before was a signature's label alone: this one holds the names.
    under_a_signing_label: bool,
}

/// Keep the date, the outlet and the author that furniture lines show: a stamp's date only
/// where it dates the article (not a teaser's stamp), another line's date in
/// `furniture_date`; a byline's author where it signs the story.
fn note_facts(
    article: &mut Article,
    text: &str,
    role: Role,
    told: Told,
    furniture_date: &mut Option<String>,
) {
    // A byline with its stamp on one line is read as the dateline it also is.
    if told.author && article.author.is_none() && matches!(role, Role::Byline | Role::Dateline) {
        article.author = match told.under_a_signing_label {
            true => facts::signed_names(text),
            false => facts::author(text),
        };
    }
    // A photo's credit and legend name the photo agency, not the outlet that wrote the text,
    // and the day the photo was taken ("…au ministère des Transports à Paris, le 8 mai 2020"
    // over Orange's "AFP, publié le dimanche 10 mai 2020 à 18h00"), not the day of the story.
    let about_a_photo = matches!(role, Role::Credit | Role::Caption);
    if told.dates && article.date.is_none() && matches!(role, Role::Dateline | Role::Byline) {
        article.date = facts::iso_date(text);
    }
    // Any short furniture line above the first paragraph that shows a whole date dates the
    // page ("6Medias, publié le dimanche 27 janvier 2019 à 17h10"), unless a stamp does (a
    // legend read as a label, "…à Paris, le 8 mai 2020", over "AFP, publié le dimanche 10 mai
    // 2020 à 18h00"): kept aside until the article is read.
    if article.date.is_none()
        && furniture_date.is_none()
        && article.paragraphs.is_empty()
        && text.len() <= 120
        && !about_a_photo
    {
        *furniture_date = crate::dates::full(text).map(|date| date.to_string());
    }
    if article.outlet.is_none() && !role.is_article() && !about_a_photo {
        article.outlet = facts::outlet(text).map(str::to_string);
    }
}

/// The noise family a single line belongs to, if any: `check` flags leftover scraping noise
/// in drafts with exactly the phrases the structure stage recognises.
pub fn noise_family(line: &str) -> Option<&'static str> {
    let line = line.trim();
    families::family_of(line, crate::segmenting::count_words(line)).map(|(_, reason)| reason)
}

/// [`noise_family`] of a list's item: an item that goes on with its sentence in lowercase
/// ("- partager les retenues d'eau entre les communes voisines.") is no share prompt, as the
/// enumeration's reading keeps it in the article.
pub fn item_noise_family(item: &str) -> Option<&'static str> {
    let item = item.trim();
    match families::family_of(item, crate::segmenting::count_words(item))? {
        (Role::Share, _) if continues_in_lowercase(item) => None,
        (_, reason) => Some(reason),
    }
}

/// The text opens in lowercase, past a bullet or a number: it goes on with a sentence, where
/// a button's label opens on a capital.
fn continues_in_lowercase(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_lowercase())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod label_tests {
    use super::{is_breadcrumb, opens_on_date_and_time};

    #[test]
    fn a_date_in_figures_and_a_time_open_a_stamp() {
        // 7sur7 glues its stamp to the legend of the photo under the headline.
        assert!(opens_on_date_and_time(
            "26/09/12 - 16h34 Jelle Van Damme (capture d'écran : Standard TV)."
        ));
        assert!(opens_on_date_and_time("11.05.2012 à 10:38 La brochure."));
        // A time alone (a live blog's entry), a date without a time, a paragraph: no stamp.
        assert!(!opens_on_date_and_time("16h34 : le joueur s'est excusé."));
        assert!(!opens_on_date_and_time(
            "26/09/12 Jelle Van Damme s'est excusé."
        ));
        assert!(!opens_on_date_and_time(
            "Le 26/09/12 à 16h34, le joueur s'est excusé."
        ));
    }

    #[test]
    fn labels_between_chevrons_are_a_breadcrumb() {
        // The Coin Tribune, Silicon.fr.
        assert!(is_breadcrumb("Accueil › Actualités › Actualités Bitcoin ›"));
        assert!(is_breadcrumb("Accueil > Actualités Sécurité"));
        assert!(is_breadcrumb("Accueil » Monde » Afrique"));
        // Sauvons l'Université: the page's headline as the last crumb.
        assert!(is_breadcrumb(
            "Accueil > Actualités et humeurs > Décisions de l’AG Éducation IDF du mardi 10 septembre"
        ));
        assert!(!is_breadcrumb("Accueil > Actualités > 2 000 euros de plus"));
        // L'Internaute's related links, a headline before "> Guide".
        assert!(!is_breadcrumb(
            "Dani Alves accusé de viol : des détails de l'agression dévoilés > Guide"
        ));
        assert!(!is_breadcrumb("> Lire aussi notre dossier"));
        assert!(!is_breadcrumb("Des loyers > 1 000 euros"));
        assert!(!is_breadcrumb("« Accueil » et « Actualités »"));
        assert!(!is_breadcrumb("Accueil"));
    }

    #[test]
    fn a_table_of_contents_is_labelled_so() {
        assert!(super::contents_label("Sommaire"));
        assert!(super::contents_label("SOMMAIRE"));
        assert!(super::contents_label("Table des matières :"));
        assert!(!super::contents_label("Sommaire de la décision"));
        assert!(!super::contents_label("Société"));
    }

    #[test]
    fn a_source_named_after_its_label_is_a_source_label() {
        // The HuffPost's blog, under each item's heading; AFP's copy.
        assert!(super::source_label("Source: The Independent"));
        assert!(super::source_label("Source : L'Obs"));
        assert!(super::source_label("Source : © 2020 AFP"));
        assert!(!super::source_label(
            "Source : un proche du dossier a confirmé l'information."
        ));
        assert!(!super::source_label("Sources d'énergie"));
        assert!(!super::source_label("Source:"));
    }
}
