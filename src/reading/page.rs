//! The shape every reader hands on: a page of blocks, with what the page says about itself.
//!
//! Plain text, HTML and Markdown arrive in different forms, but an article is the same thing in
//! each: a headline, perhaps a chapô, intertitles and paragraphs, amid page furniture. Each
//! reader turns its format into [`Page`]; the structure stage then gives every block one role.
//! A reader that knows a block's role from the markup (an `<h1>`, a Markdown `##`, a
//! `<figcaption>`) says so in [`Block::hint`], and the structure stage trusts that over shape;
//! plain text carries no hints, and everything is decided by shape and context.

use super::dumped_tables::TableLine;
use serde::Serialize;

/// One block of a source: a line of plain text, or an element of HTML or Markdown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    /// 1-based line in the input where the block starts (for HTML, the line of its element).
    pub line: usize,
    /// 1-based line where it ends: a hard-wrapped paragraph of plain text spans several, and
    /// the block after it is glued to it when it starts on the next one.
    #[serde(skip)]
    pub last_line: usize,
    /// The block's text, on one line, entities decoded, markup removed.
    pub text: String,
    /// What the markup says the block is, when the format says it.
    pub hint: Option<Hint>,
}

/// What a format's markup says about a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hint {
    /// `<h1>`, a Markdown `#`, a front matter `title`.
    Title,
    /// An element the page marks as its chapô (a standfirst/summary/lead class, a front matter
    /// `description` that opens the text).
    Standfirst,
    /// `<h2>`–`<h4>` inside the article, a Markdown `##`/`###`.
    Intertitle,
    /// `<p>` inside the article body, a Markdown paragraph.
    Body,
    /// `<blockquote>` inside the article body.
    Quote,
    /// A list item inside the article body.
    ListItem,
    /// A row of a table of figures inside the article body (`<tr>`, a Markdown pipe table's
    /// row), its cells on one line as a list item's: never a link to another story, as a
    /// list's item may be.
    TableRow,
    /// A note the text calls by a mark (a Markdown footnote's definition, `[^1]: …`): the
    /// writer's words, but set apart from the story, as the page prints them at its foot.
    Footnote,
    /// Markup that is never article text: `<figcaption>`, `<aside>`, `<nav>`, a share bar...
    Furniture,
    /// A rubric over the headline, named so by its field (a desk's "SURTITRE :").
    Kicker,
    /// The author's name, named so by its field ("AUTEUR :").
    Byline,
    /// The story's date, named so by its field ("DATE :").
    Dateline,
    /// A photo's legend or credit, named so by its field ("LÉGENDE PHOTO :").
    Caption,
}

impl Hint {
    /// Blocks so marked are never article text: furniture, and the fields a page prints
    /// around its story (a kicker, a byline, a date, a legend).
    pub fn is_around_the_story(self) -> bool {
        matches!(
            self,
            Hint::Furniture | Hint::Kicker | Hint::Byline | Hint::Dateline | Hint::Caption
        )
    }
}

/// What the page says about itself, outside its text: HTML `<meta>`, JSON-LD, front matter.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub description: Option<String>,
    /// As the page gives it; the structure stage validates and normalises it.
    pub date: Option<String>,
    pub author: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    /// The declared language (`<html lang>`, front matter `lang`), as given.
    pub lang: Option<String>,
}

/// The names of an author field, without what the byline it was read from printed around
/// them: "Par E P" → "E P", "AFP; Publié le" → "AFP". An HTML extractor joins several
/// with "; "; a feed's `dc:creator`, a record's `byline` (Readability's), a front matter's
/// or a desk's `author` print the "Par" as the page did.
pub fn author_names(field: &str) -> Option<String> {
    let names: Vec<&str> = field
        .split("; ")
        .map(|name| {
            ["Par ", "par ", "By ", "by "]
                .iter()
                .find_map(|by| name.strip_prefix(by))
                .unwrap_or(name)
                .trim()
        })
        .filter(|name| {
            let lower = name.to_lowercase();
            !name.is_empty()
                && !["publié", "mis à jour", "mise à jour"]
                    .iter()
                    .any(|d| lower.starts_with(d))
        })
        .collect();
    let names = names.join("; ");
    // "Par la rédaction" names "La rédaction", as a name opens; a brand spelt in lowercase
    // ("franceinfo avec AFP") keeps its spelling.
    let opens_on_an_article = ["la ", "le ", "les ", "l'", "l’"]
        .iter()
        .any(|article| names.starts_with(article));
    if opens_on_an_article {
        Some(crate::segmenting::capitalise_first(&names))
    } else {
        (!names.is_empty()).then_some(names)
    }
}

/// The words of `text` (runs of letters and digits) in lowercase: what two texts are
/// compared by when one may repeat the other with other quotes or marks (a mail's subject
/// and its story's first line, a feed's excerpt and its content).
pub(crate) fn lowercase_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
impl Page {
    /// Each block's hint and text: what the tests compare a page with.
    pub(crate) fn hinted(&self) -> Vec<(Option<Hint>, &str)> {
        self.blocks
            .iter()
            .map(|b| (b.hint, b.text.as_str()))
            .collect()
    }
}

/// Most rows of a table of figures read as a list: a longer one is a page's listing (a
/// league's whole table, a calendar), not what the article sets in its text.
pub(crate) const DATA_TABLE_MAX_ROWS: usize = 25;

/// A row of a table of figures as a list's item: "Écoles : 58 M€" for a label and its value,
/// a row of more cells told by commas ("Paris SG, 14, 35"); `None` for a row without text.
/// A definition list's term and its definitions read alike.
pub(crate) fn table_row(cells: &[String]) -> Option<String> {
    row_with(cells, ", ")
}

fn row_with(cells: &[String], separator: &str) -> Option<String> {
    match cells {
        [] => None,
        [label, value] => Some(format!("{label} : {value}")),
        cells => Some(cells.join(separator)),
    }
}

/// The rows of a table of figures as a list's items, in order (`None` for a row without
/// text), as [`table_row`] reads a row, but for the table as a whole. HTML's `<table>`,
/// Markdown's pipe table and a page dump's cells read alike.
///
/// - Where a cell holds a comma (a figure's decimal one), commas between cells would not
///   tell them apart: the table's rows of three cells or more are told by semicolons, as
///   French sets apart a list's items that hold commas ("1 ; 848,02 ; 967,96").
/// - The header row, the cells that name the columns, is the first item only where the rows
///   cannot be read without it: three columns or more ("1 ; 848,02 ; 967,96" under "Nombre
///   d'enfants ; Personne seule ; Parent isolé"), or labels that are figures ("0 : 848,02 €"
///   under "Nombre d'enfants : Montant"). Over "Écoles : 58 M€" it would say "Poste :
///   Montant", nothing of its own.
pub(crate) fn table_items(header: Option<&[String]>, rows: &[Vec<String>]) -> Vec<Option<String>> {
    let mut cells = header.into_iter().flatten().chain(rows.iter().flatten());
    let separator = match cells.any(|cell| cell.contains(',')) {
        true => " ; ",
        false => ", ",
    };
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let figure_labels = rows
        .iter()
        .any(|row| row.len() >= 2 && !row[0].chars().any(char::is_alphabetic));
    let header = header.filter(|_| columns >= 3 || figure_labels);
    header
        .into_iter()
        .chain(rows.iter().map(Vec::as_slice))
        .map(|cells| row_with(cells, separator))
        .collect()
}

/// Words from which a block that does not end on a full stop is prose when it ends sentences
/// inside: three or four sentences of a story, not a menu's line or a teaser.
const LONG_PROSE_WORDS: usize = 60;

/// `text` ends two sentences or more inside: a full stop, then a space and a capital.
fn ends_sentences_inside(text: &str) -> bool {
    text.match_indices(". ")
        .filter(|(at, _)| text[at + 2..].starts_with(char::is_uppercase))
        .nth(1)
        .is_some()
}

/// A line opening on a tab, inside a text.
static LINE_OPENING_ON_TAB: crate::literals::Needle = crate::literals::Needle::new(b"\n\t");

/// Which lines of a text are a list's items that a page dump indented by one tab, as the
/// page's markup set its `<li>` ("\tSi vous êtes seul il atteint 67,84 €" and the next two
/// lines, under "…le nombre de personnes qui composent votre foyer :"): two lines or more
/// one after the other, each indented by one tab, under a line that is not. One line alone
/// is a paragraph like another; cells of a table, indented deeper, are not items; nor are
/// lines before any that is not indented: a text that indents every paragraph by a tab, its
/// headline too, holds no list.
///
/// Empty when no line opens on a tab (most texts; one search over the bytes).
fn tab_items(text: &str) -> Vec<bool> {
    let opens_on_tab = text.starts_with('\t') || LINE_OPENING_ON_TAB.is_in(text.as_bytes());
    if !opens_on_tab {
        return Vec::new();
    }
    let mut under_a_line = false;
    let indented: Vec<bool> = text
        .lines()
        .map(|line| {
            let indented = line
                .strip_prefix('\t')
                .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace()));
            under_a_line |= !indented && !line.trim().is_empty();
            indented && under_a_line
        })
        .collect();
    (0..indented.len())
        .map(|i| {
            indented[i]
                && (i > 0 && indented[i - 1] || indented.get(i + 1).copied().unwrap_or(false))
        })
        .collect()
}

/// The input format, as recognised by its content or forced by `--input`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
    Markdown,
}

/// A source as its reader understood it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Page {
    pub metadata: Metadata,
    pub blocks: Vec<Block>,
}

impl Page {
    /// A plain-text page: one block per paragraph, no hints but a list's items (lines a dump
    /// indented by one tab, two or more together). A paragraph is a non-blank line, or
    /// several when the text was hard-wrapped: a line that does not end a sentence, followed
    /// in the same block by one that starts in lowercase; or, on a page wrapped at a width (a
    /// wire story, a mail, `fold`), a line the next one's first word would have overflowed.
    pub fn from_text(text: &str) -> Page {
        let mut blocks: Vec<Block> = Vec::new();
        let mut previous_blank = true;
        let print = super::columns::in_print_columns(text);
        let mut mender = super::columns::Mender::new(text);
        let width = hard_wrap_width(text, print);
        let mut previous = Span::default();
        let items = tab_items(text);
        let tables = super::dumped_tables::table_lines(text);
        let mut lines = text.lines().enumerate().peekable();
        while let Some((i, line)) = lines.next() {
            match tables.at(i) {
                TableLine::Other => {}
                table_line => {
                    if let TableLine::RowStart(Some(row)) = table_line {
                        blocks.push(Block {
                            line: i + 1,
                            last_line: i + 1,
                            text: row.clone(),
                            hint: Some(Hint::TableRow),
                        });
                    }
                    previous_blank = true;
                    continue;
                }
            }
            let trimmed = without_empty_images(line.trim());
            let next_line = lines.peek().map(|&(_, next)| next);
            let ends_block = || next_line.is_none_or(|next| next.trim().is_empty());
            let hint = items
                .get(i)
                .is_some_and(|&item| item)
                .then_some(Hint::ListItem);
            // A line longer than the width (a headline set further left) was not cut at it.
            // A name alone closing the block signs it, whatever room the line above left.
            let overflowed = || {
                width.is_some_and(|w| previous.chars <= w.chars && overflowed(previous, trimmed, w))
                    && !(signature_alone(trimmed) && ends_block())
            };
            // A button's word alone on its line, in a text not wrapped at a width.
            let lone_label = || width.is_none() && lone_word(trimmed);
            // A print column cuts words with a hyphen, and sets no blank line between
            // paragraphs: a line in lowercase under one that ends no sentence goes on with it.
            let hyphen_cut = print
                && !previous_blank
                && blocks
                    .last()
                    .is_some_and(|b| super::columns::cut_by_hyphen(&b.text, trimmed));
            let column_goes_on = || {
                print
                    && trimmed.starts_with(char::is_lowercase)
                    && blocks
                        .last()
                        .is_some_and(|b| !b.text.trim_end().ends_with(['.', '!', '?', '…', ':']))
            };
            // A bulleted line opens a list's item, never the rest of the line above (w3m
            // and lynx wrap items and set the next one's bullet at the line's start).
            let continues = !previous_blank
                && hint.is_none()
                && after_bullet(trimmed).is_none()
                && blocks.last().is_some_and(|b| {
                    trimmed.chars().next().is_some_and(char::is_lowercase)
                        && wrapped(&b.text)
                        && !address_alone(trimmed)
                        && !opens_on_field_name(trimmed)
                        && !day_alone(trimmed)
                        && !lone_label()
                        || overflowed()
                        || ends_open(&b.text) && !label_in_capitals(trimmed, &b.text)
                        || column_goes_on()
                        || unit_of_the_figure_above(&b.text, trimmed)
                });
            previous_blank = trimmed.is_empty();
            previous = Span::of(line.trim_end());
            match blocks.last_mut() {
                _ if trimmed.is_empty() => {}
                Some(block) if hyphen_cut => {
                    mender.join(&mut block.text, trimmed);
                    block.last_line = i + 1;
                }
                // A word a hyphen cut at the line's end, in a page not set in columns (a PDF
                // of one column, a text wrapped by hand): "mara-" / "îcher" was "mara- îcher".
                Some(block) if continues && super::columns::cut_by_hyphen(&block.text, trimmed) => {
                    mender.join(&mut block.text, trimmed);
                    block.last_line = i + 1;
                }
                Some(block) if continues => {
                    block.text.push(' ');
                    block.text.push_str(trimmed);
                    block.last_line = i + 1;
                }
                _ => blocks.extend(paragraphs_of(trimmed).into_iter().map(|text| Block {
                    line: i + 1,
                    last_line: i + 1,
                    text,
                    hint,
                })),
            }
        }
        strip_lone_bullets(&mut blocks);
        strip_thread_numbers(&mut blocks);
        join_links_set_apart(&mut blocks);
        Page {
            metadata: Metadata::default(),
            blocks,
        }
    }

    /// Does the page hold a paragraph of prose (a body block of a few words that ends a
    /// sentence, or a long one that ends sentences inside, as a story told in one paragraph
    /// and signed "(TDG)" does)? A home page, a login wall or an error page does not.
    pub fn has_prose(&self) -> bool {
        self.blocks.iter().any(|b| {
            let words = b.text.split_whitespace().count();
            let ends_sentence = b
                .text
                .trim_end_matches(['»', '"', '”', ')', ' ', '\u{a0}'])
                .ends_with(['.', '!', '?', '…']);
            matches!(b.hint, Some(Hint::Body | Hint::Standfirst | Hint::Quote))
                && words >= 8
                && (ends_sentence || words >= LONG_PROSE_WORDS && ends_sentences_inside(&b.text))
        })
    }

    /// The page as the plain-text cleaner reads it best, until the structure stage takes
    /// pages directly: the title first, then every block but furniture, blank lines between.
    pub fn to_plain_text(&self) -> String {
        let title = self.blocks.iter().find(|b| b.hint == Some(Hint::Title));
        let rest = self.blocks.iter().filter(|b| {
            !b.hint.is_some_and(Hint::is_around_the_story)
                && !title.is_some_and(|t| std::ptr::eq(t, *b))
        });
        title
            .into_iter()
            .chain(rest)
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Words a French sentence opens on, capitalised: after a lowercase letter with no space,
/// one of them starts a paragraph a scraper glued to the line before ("milliards
/// d'eurosLes vélos électriques", "collimateurAussi, les promotions", "mondeOr l’on peut").
/// Brand names glued the same way ("YouTube", "TikTok",
/// "LinkedIn") open on none of them.
const SENTENCE_OPENERS: &[&str] = &[
    "Ainsi",
    "Alors",
    "Après",
    "Au",
    "Aussi",
    "Aux",
    "Avant",
    "Avec",
    "Ce",
    "Cependant",
    "Certaines",
    "Certains",
    "Ces",
    "Cet",
    "Cette",
    "Chaque",
    "Dans",
    "Depuis",
    "Des",
    "Deux",
    "Du",
    "Elle",
    "Elles",
    "En",
    "Enfin",
    "Entre",
    "Il",
    "Ils",
    "La",
    "Le",
    "Les",
    "Lors",
    "Mais",
    "Malgré",
    "Nous",
    "Néanmoins",
    "On",
    "Or",
    "Outre",
    "Par",
    "Parmi",
    "Pendant",
    "Plusieurs",
    "Pour",
    "Pourtant",
    "Puis",
    "Quelques",
    "Selon",
    "Si",
    "Sur",
    "Toutefois",
    "Trois",
    "Un",
    "Une",
    "Vous",
    "À",
];

/// Sentence openers elided onto the next word ("C’est lors d’une visite…", "L’homme a…"),
/// as [`GlueScan::read`] cuts them off their apostrophe.
const ELIDED_OPENERS: &[&str] = &["C", "D", "J", "L", "N", "Qu", "S"];

/// `word`, at byte `at` of `line`, is an elided opener: its apostrophe follows it.
fn opens_on_elision(line: &str, at: usize, word: &str) -> bool {
    ELIDED_OPENERS.contains(&word) && line[at + word.len()..].starts_with(['’', '\''])
}

/// Most words an intertitle glued to the next paragraph may have.
pub(super) const GLUED_HEADING_WORDS: usize = 16;
/// Longer than this, the piece before a glue is not counted in words: no intertitle is.
const GLUED_HEADING_BYTES: usize = 400;

/// The line with the full stops a scraper lost where it glued two paragraphs: "… depuis
/// plusieurs semainesLes journalistes de la chaîne…" → "… semaines. Les journalistes…". Only
/// after a lowercase letter, before a sentence opener, and where what comes before since the
/// last stop is too long for an intertitle: a short piece there is a heading the scraper
/// glued to its paragraph, which [`unglued_headings`] cuts off.
fn with_lost_stops(line: &str, glues: &[Glue]) -> Option<String> {
    let mut restored = String::new();
    let mut copied = 0;
    for glue in glues {
        let from = glue.after_stop.max(copied);
        let after_letter = line[..glue.at]
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase);
        let sentence = line[from..glue.at].split_whitespace().count() > GLUED_HEADING_WORDS;
        if !glue.spaced && after_letter && sentence {
            restored.push_str(&line[copied..glue.at]);
            restored.push_str(". ");
            copied = glue.at;
        }
    }
    if copied == 0 {
        return None;
    }
    restored.push_str(&line[copied..]);
    Some(restored)
}

/// Most words of a link's text a converter set on a block of its own.
const LINK_BLOCK_MAX_WORDS: usize = 6;

/// "…, constate la" / "Banque mondiale" / ", qui évoque une baisse…": a converter that set a
/// link's text on a block of its own (Markdown that lost its brackets) cut the sentence
/// around it. A block ending on an article or a preposition, a short block without a stop,
/// then one going on in lowercase or after punctuation are one paragraph again.
fn join_links_set_apart(blocks: &mut Vec<Block>) {
    // Joined into a new list in one pass: a page of many such links is not shifted once for
    // each of them.
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut rest = std::mem::take(blocks).into_iter().peekable();
    while let Some(block) = rest.next() {
        let joins = out.last().is_some_and(|open| {
            rest.peek()
                .is_some_and(|after| link_set_apart(open, &block, after))
        });
        match (joins, out.last_mut(), rest.next_if(|_| joins)) {
            (true, Some(open), Some(after)) => {
                open.text.push(' ');
                open.text.push_str(&block.text);
                if !after.text.starts_with([',', ';', '.', ')']) {
                    open.text.push(' ');
                }
                open.text.push_str(&after.text);
                open.last_line = after.last_line;
            }
            _ => out.push(block),
        }
    }
    *blocks = out;
}

/// `link` is a link's text set apart between `open`, which ends on an article or a
/// preposition, and `after`, which goes on in lowercase or after punctuation.
fn link_set_apart(open: &Block, link: &Block, after: &Block) -> bool {
    let ends_open = open
        .text
        .split_whitespace()
        .next_back()
        .is_some_and(crate::lexicon::awaits_its_noun);
    let short = link
        .text
        .split_whitespace()
        .nth(LINK_BLOCK_MAX_WORDS)
        .is_none()
        && !link.text.trim_end().ends_with(['.', '!', '?', ':']);
    let goes_on = after
        .text
        .starts_with(|c: char| c.is_lowercase() || matches!(c, ',' | ';' | '.' | ')'));
    ends_open && short && goes_on && open.hint == link.hint && link.hint == after.hint
}

/// "… La chambre d'agriculture promet 30" / "% d'eau économisée…": a line that opens on a
/// unit's sign under a line that ends on a figure is the figure's, wrapped between them (a
/// PDF's text, `pdftotext`); no paragraph opens on "%" or "€".
fn unit_of_the_figure_above(above: &str, line: &str) -> bool {
    line.starts_with(['%', '€', '$', '£', '‰', '°'])
        && above.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// A paragraph of prose that opens on a bullet no neighbouring line shares ("-  Il a appelé à
/// ne pas perdre le fil…", BFMTV's lede as a scraper kept it) is no list: the page's styling
/// left its mark. The bullet goes, or it would open the body and the title composed from it.
/// A list has two items at least, and a short item is a link or a label the cleaning judges.
fn strip_lone_bullets(blocks: &mut [Block]) {
    for i in 0..blocks.len() {
        let Some(rest) = after_bullet(&blocks[i].text) else {
            continue;
        };
        let bulleted = |j: Option<usize>| {
            j.and_then(|j| blocks.get(j))
                .is_some_and(|b| after_bullet(&b.text).is_some())
        };
        let prose = rest.split_whitespace().count() >= LONE_BULLET_MIN_WORDS;
        if prose && !bulleted(i.checked_sub(1)) && !bulleted(Some(i + 1)) {
            blocks[i].text = rest.to_string();
        }
    }
}

/// Fewest numbered posts that make a thread ([`strip_thread_numbers`]).
const THREAD_MIN_POSTS: usize = 3;

/// "1/12 Après deux étés…", "2/12 La chambre…": a thread of posts (a correspondent's live
/// posts from a trial, a council) numbers each, at its start ("1/12", "1/") or its end
/// ("(1/12)"). Kept, the numbers opened the body, the title ("Crest : 1/12 Après deux étés de
/// restrictions d'eau") and the description. Three blocks or more numbered in one way, their
/// numbers rising and their totals one, are posts: the numbers go.
fn strip_thread_numbers(blocks: &mut [Block]) {
    let numbered: Vec<(usize, ThreadNumber)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| ThreadNumber::of(&b.text).map(|n| (i, n)))
        .collect();
    // Numbered from one, by one: days of one month ("1/12 : manifestation…", "5/12 : …")
    // open a chronology's lines, their colon after them, their days apart.
    let one_way = numbered.first().is_some_and(|(_, n)| n.position == 1)
        && numbered.windows(2).all(|pair| {
            let (a, b) = (&pair[0].1, &pair[1].1);
            b.position == a.position + 1 && b.total == a.total && b.at_end == a.at_end
        });
    if numbered.len() < THREAD_MIN_POSTS || !one_way {
        return;
    }
    for (i, number) in numbered {
        let text = &blocks[i].text;
        blocks[i].text = match number.at_end {
            true => text[..text.len() - number.len].trim_end().to_string(),
            false => text[number.len..].trim_start().to_string(),
        };
    }
}

/// A post's number in a thread: its position, the thread's total if given, where it stands
/// and how many bytes it takes.
#[derive(Debug, PartialEq)]
struct ThreadNumber {
    position: u32,
    total: Option<u32>,
    at_end: bool,
    len: usize,
}

impl ThreadNumber {
    /// "1/12 Après…", "1/ Après…" at the start of `text`, "… (1/12)" at its end.
    fn of(text: &str) -> Option<ThreadNumber> {
        Self::at_end(text).or_else(|| Self::at_start(text))
    }

    /// "… (1/12)", or "… bretons ce mardi. 1/7" as a post ends on its counter: a total is
    /// needed there, where "1/" would be a fraction's start cut.
    fn at_end(text: &str) -> Option<ThreadNumber> {
        let trimmed = text.trim_end();
        let (inner, marks) = match trimmed.strip_suffix(')') {
            Some(open) => (open.rsplit_once('(')?.1, 2),
            // Most blocks end on a stop: told by their last byte.
            None if !trimmed.ends_with(|c: char| c.is_ascii_digit()) => return None,
            None => (trimmed.rsplit_once(char::is_whitespace)?.1, 0),
        };
        let (position, total) = Self::fraction(inner)?;
        Some(ThreadNumber {
            position,
            total: Some(total?),
            at_end: true,
            len: text.len() - trimmed.len() + inner.len() + marks,
        })
    }

    /// At the start, followed by the post's words, not by a colon or a dash (a date's).
    fn at_start(text: &str) -> Option<ThreadNumber> {
        let token = text.split_whitespace().next()?;
        let (position, total) = Self::fraction(token)?;
        let after = text[token.len()..].trim_start();
        let words_follow = after.starts_with(|c: char| c.is_alphanumeric() || "«\"“".contains(c));
        words_follow.then_some(ThreadNumber {
            position,
            total,
            at_end: false,
            len: token.len(),
        })
    }

    /// "1/12" or "1/": the position (from 1) and the total, if given, no greater.
    fn fraction(token: &str) -> Option<(u32, Option<u32>)> {
        let (position, total) = token.split_once('/')?;
        let number = |digits: &str| {
            (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
        };
        if !number(position) || !(total.is_empty() || number(total)) {
            return None;
        }
        let position: u32 = position.parse().ok()?;
        let total: Option<u32> = total.parse().ok();
        (position >= 1 && total.is_none_or(|t| position <= t)).then_some((position, total))
    }
}

/// Words after which a lone bulleted line is a paragraph, not a link or a label.
const LONE_BULLET_MIN_WORDS: usize = 20;

/// "[] [] Mediapart", "[] Soutenez un journal 100% indépendant": pandoc's plain text writes
/// an image without alternative text as an empty pair of brackets, which no prose holds. Those
/// opening a line are dropped; a line of nothing else stays, furniture of its own.
fn without_empty_images(line: &str) -> &str {
    let mut rest = line;
    while let Some(after) = rest.strip_prefix("[]") {
        let after = after.trim_start();
        if after.is_empty() {
            return rest;
        }
        rest = after;
    }
    rest
}

/// The text after a leading list bullet ("- ", "• ", "* ", or a nested list's "+ ", "o ",
/// "◦ ", "▪ " as text browsers and converters set them) and its spaces.
pub(crate) fn after_bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['-', '•', '*', '+', 'o', '◦', '▪'])?;
    rest.starts_with(char::is_whitespace)
        .then(|| rest.trim_start())
}

/// The line, cut where a scraper glued a paragraph to the intertitle above it: "… a souligné
/// Jérôme Valentin. Un marché à 3,6 milliards d'eurosLes vélos électriques font…" → "… a
/// souligné Jérôme Valentin.", "Un marché à 3,6 milliards d'euros", "Les vélos électriques
/// font…". The piece before the glue must read as an intertitle: it opens the line or follows
/// a sentence's end, opens on a capital or a quotation mark, holds at most
/// [`GLUED_HEADING_WORDS`] words and no stop of its own. A sentence that only lost its full
/// stop ("depuis plusieurs semainesLes journalistes…") is longer: [`with_lost_stops`] gave it
/// back before.
fn unglued_headings(line: &str) -> impl Iterator<Item = &str> {
    unglued_at(line, glue_points(line))
}

/// The line's paragraphs: its lost full stops given back ([`with_lost_stops`]), then cut
/// where an intertitle is glued ([`unglued_headings`]). The glue points are found once, and
/// again only in a line that got a stop back.
pub(super) fn paragraphs_of(line: &str) -> Paragraphs {
    let glues = glue_points(line);
    // Most lines hold neither a glue point nor a dash and a space: the line is its one
    // paragraph, without the list of pieces the cuts would be made in.
    if glues.is_empty() && !dash_then_space(line) {
        return smallvec::smallvec![line.to_string()];
    }
    cut_at(line, glues).into()
}

/// A line's paragraphs: one, most often, held without a list on the heap (a page has tens of
/// lines, each read here).
pub(super) type Paragraphs = smallvec::SmallVec<[String; 1]>;

/// [`paragraphs_of`] the line whose glue points are `glues`, the cuts looked for.
fn cut_at(line: &str, glues: Vec<Glue>) -> Vec<String> {
    match with_lost_stops(line, &glues) {
        Some(restored) => framed_apart(unglued_headings(&restored)),
        None => framed_apart(unglued_at(line, glues)),
    }
}

/// The pieces as paragraphs, each cut around the intertitles framed by dashes it holds
/// ([`unglued_framed_headings`]). A dash and a space are in most lines of wire copy ("Paris -
/// Le président…"), and then only in them: the frame is looked for there.
fn framed_apart<'a>(pieces: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut paragraphs = Vec::new();
    for piece in pieces {
        match dash_then_space(piece) {
            true => paragraphs.extend(
                unglued_framed_headings(piece)
                    .into_iter()
                    .map(str::to_string),
            ),
            false => paragraphs.push(piece.to_string()),
        }
    }
    paragraphs
}

/// The piece holds "- ": each hyphen found by `memchr`, the byte after it read, where
/// `str::contains` set up a searcher for every piece of every line.
fn dash_then_space(piece: &str) -> bool {
    let bytes = piece.as_bytes();
    memchr::memchr_iter(b'-', bytes).any(|at| bytes.get(at + 1) == Some(&b' '))
}

/// The piece, cut around each intertitle framed by dashes that a scraper glued between two
/// paragraphs: "…le camion s’ébranle à 04H30.- Régal pour les butineuses -Après un trajet…"
/// → "…à 04H30.", "- Régal pour les butineuses -", "Après un trajet…". Agency copy (AFP)
/// frames its intertitles so, on lines of their own; the frame is told by its place: a
/// sentence's end before the opening dash, a capital after the closing one, and between them
/// a few words opening on a capital, with no stop of their own.
fn unglued_framed_headings(piece: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (open, _) in piece.match_indices("- ") {
        if open < start || !after_a_stop(&piece[start..open]) {
            continue;
        }
        let inner_start = open + 2;
        let Some(close) = framed_heading_end(&piece[inner_start..]) else {
            continue;
        };
        let before = piece[start..open].trim_end();
        if !before.is_empty() {
            pieces.push(before);
        }
        let heading_end = inner_start + close + 2;
        pieces.push(&piece[open..heading_end]);
        start =
            heading_end + (piece[heading_end..].len() - piece[heading_end..].trim_start().len());
    }
    pieces.push(&piece[start..]);
    pieces
}

/// The text ends on a sentence's stop, a space after it or not (or is empty: the piece opens
/// on the frame).
fn after_a_stop(text: &str) -> bool {
    let text = text.trim_end();
    text.is_empty() || text.ends_with(['.', '!', '?', '…', '»', '"'])
}

/// Where the intertitle `rest` opens ends: the byte offset of " -" before a capital, when
/// what stands before it reads as an intertitle (two to [`SPACED_HEADING_WORDS`] words, a
/// capital or a guillemet first, no stop, colon or semicolon).
fn framed_heading_end(rest: &str) -> Option<usize> {
    // The search stops at the heading's longest, so that a line of frames costs each its own.
    let within = (0..=SPACED_HEADING_BYTES.min(rest.len()))
        .rev()
        .find(|&at| rest.is_char_boundary(at))
        .unwrap_or(0);
    let window = &rest[..within];
    let close = window.find(" -")?;
    let heading = &rest[..close];
    let after = rest[close + 2..].trim_start();
    let words = heading.split_whitespace().count();
    let shaped = heading.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"'))
        && (2..=SPACED_HEADING_WORDS).contains(&words)
        && !heading.contains(['.', '!', '?', ':', ';', '…']);
    let then_a_sentence = after.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"'));
    (shaped && then_a_sentence).then_some(close)
}

/// [`unglued_headings`] with the line's glue points given.
fn unglued_at(line: &str, glues: Vec<Glue>) -> impl Iterator<Item = &str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for glue in glues {
        // The heading starts after the last sentence's end, or where the last cut was.
        let from = glue.after_stop.max(start);
        if glue.at - from > GLUED_HEADING_BYTES {
            continue; // a sentence that lost its stop, not a heading: not even counted
        }
        let piece = without_closing_mark(&line[from..glue.at]);
        let heading = piece.trim();
        let heading_start = glue.at - piece.trim_start().len();
        let words = heading
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        // "« Sparadraps sur des brûlures » À Montabon, …": a quotation for intertitle, its
        // space kept, its stop missing.
        // "« A noir, E blanc, I rouge… » Un des plus célèbres sonnets…": a quotation with an
        // ellipsis or a list in it is an epigraph the sentence after it speaks of.
        let quoted = heading.starts_with('«')
            && heading.ends_with('»')
            && !heading.contains([',', '…', '.', '!', '?']);
        let shaped = heading
            .starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"' | '“'))
            && ((2..=GLUED_HEADING_WORDS).contains(&words)
                || words == 1 && !glue.spaced && lone_word_heading(heading))
            && !heading.contains([':', ';'])
            && (!glue.spaced || quoted || glue.opener && reads_as_spaced_heading(heading));
        if !shaped {
            continue;
        }
        let prose = line[start..heading_start].trim_end();
        if !prose.is_empty() {
            pieces.push(prose);
        }
        pieces.push(heading);
        start = glue.at;
    }
    pieces.push(&line[start..]);
    pieces.into_iter()
}

/// Fewest letters of an intertitle of one word glued to its paragraph.
const LONE_HEADING_MIN_LETTERS: usize = 5;

/// "…doit démarrer à 14h00.Huis-closLa représentante…": one word between a sentence's stop
/// and the opener glued to it is an intertitle when it is written as one: a capital, then
/// lowercase letters (a hyphen may join two), [`LONE_HEADING_MIN_LETTERS`] at least. A name
/// in two capitals ("PayPal") or with figures is not one, nor a short word ("Puis").
fn lone_word_heading(word: &str) -> bool {
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let rest = chars.as_str();
    let lowercase = rest
        .split('-')
        .all(|part| !part.is_empty() && part.chars().all(char::is_lowercase));
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    capital && lowercase && letters >= LONE_HEADING_MIN_LETTERS
}

/// Bytes after a sentence's end within which a spaced opener is looked for ([`Glue::opener`]):
/// a heading of [`SPACED_HEADING_WORDS`] words is shorter.
const SPACED_HEADING_BYTES: usize = 80;
/// Most words of an intertitle set on its paragraph's line with a space: the editors' eight.
const SPACED_HEADING_WORDS: usize = 8;

/// What follows an opener ("Le| 17 novembre déjà", "L|’enquête") goes on as a sentence does,
/// in lowercase or a figure: "Le Parisien", "La Seyne-sur-Mer" are names, which a sentence
/// holds anywhere.
fn opens_a_sentence(after_opener: &str) -> bool {
    let next = after_opener.trim_start_matches(['’', '\'', ' ']);
    next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
}

/// The piece between a sentence's end and a spaced opener is an intertitle ("Pas le premier
/// décès", "Alain Finkielkraut insulté", "Refaire la société"), not the start of a sentence
/// that names a work ("Il a lu | La ferme des animaux"): a few words, no comma, and no clause
/// (neither a subject pronoun first nor an auxiliary).
///
/// A longer piece is told so by its length, or its first words: a whole line's start may be
/// asked (`quotation_glued_before`), and reading it each time was quadratic.
fn reads_as_spaced_heading(piece: &str) -> bool {
    if piece.len() > GLUED_HEADING_BYTES
        || piece.split_whitespace().nth(SPACED_HEADING_WORDS).is_some()
    {
        return false;
    }
    let words: Vec<&str> = piece.split_whitespace().collect();
    let clause = words.iter().enumerate().any(|(i, word)| {
        let lower = word.to_lowercase();
        i == 0 && SUBJECT_PRONOUNS.contains(&lower.as_str())
            || crate::lexicon::AUXILIARIES.contains(&lower.as_str())
    });
    words.len() <= SPACED_HEADING_WORDS && !piece.contains(',') && !clause
}

const SUBJECT_PRONOUNS: &[&str] = &["elle", "elles", "il", "ils", "je", "nous", "on", "vous"];

/// The piece after a sentence's stop without the quotation mark that closes that sentence
/// ("…par destination'.\" La Ligue…"): a mark followed by a space ends what came before.
fn without_closing_mark(piece: &str) -> &str {
    match piece.trim_start().strip_prefix(['"', '»', '”']) {
        Some(rest) if rest.starts_with(char::is_whitespace) => rest,
        _ => piece,
    }
}

/// Where a capitalised sentence opener follows a lowercase letter or a closing quotation mark
/// with no space, or a closing guillemet and a space; or where a quotation opening on one was
/// glued to what came before ([`quotation_glued_before`]).
struct Glue {
    /// Byte offset of the opener, or of the quotation mark that opens on it.
    at: usize,
    /// A space stands between the guillemet and the opener.
    spaced: bool,
    /// A space alone stands between the opener and a short piece after a sentence's end
    /// ("…a-t-il ajouté. Pas le premier décès Le 17 novembre déjà, …"): an intertitle a
    /// page dump set on the paragraph's line, if the piece reads as one
    /// ([`reads_as_spaced_heading`]).
    opener: bool,
    /// Byte offset just after the last sentence stop before it (0 without one).
    after_stop: usize,
}

/// Every [`Glue`] of the line, in one pass. A run of ASCII characters that are neither
/// capitals, white space nor stops, and of spaces, changes nothing but which character came
/// last and which came last before the spaces: it is skipped over a byte table, and only the
/// other characters are read one by one (every line of every text source passes here; a run
/// that stopped at each space ended every five bytes).
fn glue_points(line: &str) -> Vec<Glue> {
    let bytes = line.as_bytes();
    let mut scan = GlueScan::default();
    let mut at = 0;
    while at < bytes.len() {
        let end = plain_run_end(bytes, at);
        if end > at {
            scan.skip_run(&line[at..end]);
            at = end;
            continue;
        }
        let c = line[at..].chars().next().expect("a character starts here");
        if is_plain_beyond_ascii(c) {
            scan.skip_plain(c);
        } else {
            scan.read(line, at, c);
        }
        at += c.len_utf8();
    }
    scan.points
}

/// The end of the run from byte `at` of [`PLAIN_OR_SPACE_BYTES`] and of the commonest
/// characters [`is_plain_beyond_ascii`] lets pass, told by their bytes: a lowercase letter of
/// Latin-1 ("é", C3 and a byte of 9F–BF), a mark of Latin-1 («, », °: C2 and one of A1–BF),
/// "œ" (C5 93), the apostrophe, the curly quotes, the dashes and the ellipsis (E2 80 and
/// one of 93, 94, 98, 99, 9C, 9D, A6). A French line holds one every few words, and each
/// ended the run to be decoded, asked for and passed alone (`glue_points_are_the_former_ones`
/// holds the runs to the characters read one by one).
fn plain_run_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        let Some(&byte) = bytes.get(at) else {
            return at;
        };
        let next = |n: usize| bytes.get(at + n).copied().unwrap_or(0);
        at += match byte {
            _ if PLAIN_OR_SPACE_BYTES[usize::from(byte)] => 1,
            0xC3 if (0x9F..=0xBF).contains(&next(1)) => 2,
            0xC2 if (0xA1..=0xBF).contains(&next(1)) => 2,
            0xC5 if next(1) == 0x93 => 2,
            0xE2 if next(1) == 0x80
                && matches!(next(2), 0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D | 0xA6) =>
            {
                3
            }
            _ => return at,
        };
    }
}

/// The characters of French text beyond ASCII that are, like [`PLAIN_BYTES`], neither a
/// capital, white space nor a stop: the lowercase letters of Latin-1 ("é", "à", "ç"), its
/// marks («, », °) and those of typography (’, dashes, …). Told by their code, where
/// [`GlueScan::read`] asked Unicode's tables whether each is a capital, or white space.
fn is_plain_beyond_ascii(c: char) -> bool {
    matches!(
        c,
        '\u{a1}'..='\u{bf}' | 'ß'..='ÿ' | 'œ' | '‘' | '’' | '“' | '”' | '–' | '—' | '…'
    )
}

/// What [`glue_points`] knows of the line read so far.
#[derive(Default)]
struct GlueScan {
    points: Vec<Glue>,
    previous: Option<char>,
    /// The last character that is not a space, and whether spaces came after it.
    last_seen: Option<char>,
    previous_blank: bool,
    after_stop: usize,
}

impl GlueScan {
    /// Read the character `c` at byte `at` of `line`.
    fn read(&mut self, line: &str, at: usize, c: char) {
        // The capital first: most characters are none, and need no test of the one before.
        let glued = self
            .previous
            .is_some_and(|p| p.is_lowercase() || matches!(p, '»' | '”'));
        let spaced = self.last_seen == Some('»') && self.previous_blank;
        let quotation = match c.is_uppercase() && !glued && !spaced {
            true => quotation_glued_before(&line[..at], self.after_stop),
            false => None,
        };
        // A capital after a word and a space, a few words after a stop: the lead of a
        // sentence only when a heading stands between.
        let opener = c.is_uppercase()
            && !glued
            && !spaced
            && quotation.is_none()
            && self.previous_blank
            && self.last_seen.is_some_and(char::is_alphanumeric)
            && self.after_stop > 0
            && at - self.after_stop <= SPACED_HEADING_BYTES;
        if c.is_uppercase() && (glued || spaced || quotation.is_some() || opener) {
            let word: &str = line[at..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let opens = SENTENCE_OPENERS.contains(&word) || opens_on_elision(line, at, word);
            if opens && (!opener || opens_a_sentence(&line[at + word.len()..])) {
                // A quotation glued to what came before opens at its mark.
                let opening = quotation.unwrap_or(0);
                self.points.push(Glue {
                    at: at - opening,
                    spaced: spaced || opener,
                    after_stop: self.after_stop,
                    opener,
                });
            }
        }
        if matches!(c, '.' | '!' | '?') {
            self.after_stop = at + 1;
        }
        self.previous = Some(c);
        self.previous_blank = c.is_whitespace();
        if !self.previous_blank {
            self.last_seen = Some(c);
        }
    }

    /// Pass a run of [`PLAIN_OR_SPACE_BYTES`]: none opens or stops a sentence, so only the
    /// last byte counts, and the last that is no space when spaces end the run.
    fn skip_run(&mut self, run: &str) {
        let spaced = run.trim_end_matches(' ');
        if let Some(last) = spaced.chars().next_back() {
            self.skip_plain(last);
        }
        if spaced.len() < run.len() {
            self.skip_space();
        }
    }

    /// Pass a space: what [`GlueScan::read`] does with one, which is no capital and no stop.
    fn skip_space(&mut self) {
        (self.previous, self.previous_blank) = (Some(' '), true);
    }

    /// Pass a run of [`PLAIN_BYTES`] ending on `last`: none opens or stops a sentence, so only
    /// the last one counts.
    fn skip_plain(&mut self, last: char) {
        (self.previous, self.last_seen, self.previous_blank) = (Some(last), Some(last), false);
    }
}

/// Where a quotation a scraper glued to what came before opens, in bytes back from the
/// capital that `before` leads to, when it is one of two shapes:
/// - a quotation's closing mark and the next one's opening mark, no space between
///   (`…de sa vie""C’est…`, `…vie”“C’est…`): two paragraphs that are each a quotation. A
///   straight quote before a capital alone opens a quotation in a sentence ("il a dit
///   "Non""): only the pair tells the glue;
/// - a guillemet or an opening curly quote right after a letter, no space between, the text
///   before it glued to a sentence's stop too (`…de BFMTV.Liberté de presse« On sait…`): a
///   piece with neither paragraph's spaces around it, an intertitle. French typography
///   always spaces a guillemet, and a sentence that lost the space before its quotation
///   follows the stop before it after a space (`…hier. Il a dit« Non »`): no glue.
fn quotation_glued_before(before: &str, after_stop: usize) -> Option<usize> {
    let mut marks = before.char_indices().rev();
    let (last_at, last) = marks.next()?;
    let (mark_at, mark) = match last {
        ' ' | '\u{a0}' | '\u{202f}' => marks.next()?,
        _ => (last_at, last),
    };
    let before_mark = marks.next().map(|(_, c)| c);
    let pair = last_at == mark_at
        && matches!(mark, '"' | '“' | '«')
        && matches!(before_mark, Some('"' | '”' | '»'));
    // At the line's start, where a glued stop became a paragraph's break (`reading::repair`),
    // the piece must read as a heading ("Liberté de presse« On sait…", not "Il a dit« Non »").
    let piece = || before.get(after_stop..mark_at).unwrap_or("");
    let after_a_glued_piece = matches!(mark, '«' | '“')
        && before_mark.is_some_and(char::is_lowercase)
        && piece().starts_with(char::is_uppercase)
        && (after_stop > 0 || reads_as_spaced_heading(piece()));
    (pair || after_a_glued_piece).then(|| before.len() - mark_at)
}

/// The ASCII bytes [`glue_points`] skips: neither a capital, white space (as
/// `char::is_whitespace` has it) nor a stop.
const PLAIN_BYTES: [bool; 256] = {
    let mut plain = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        plain[byte] = !(b.is_ascii_uppercase()
            || matches!(
                b,
                b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b'.' | b'!' | b'?'
            ));
        byte += 1;
    }
    plain
};

/// [`PLAIN_BYTES`] and the space, which opens and stops nothing either: the bytes of most
/// of a line.
const PLAIN_OR_SPACE_BYTES: [bool; 256] = {
    let mut bytes = PLAIN_BYTES;
    bytes[b' ' as usize] = true;
    bytes
};

/// Characters a wrapped line may fall short of the width by and still have been cut there
/// (a wrap breaks at the last space that fits).
const WRAP_SLACK: usize = 3;
/// The widths text is wrapped at: narrower, lines are a list or a menu; wider, no wrap.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 50..=100;
/// Pairs of lines, a long one (two thirds of the width at least) right above another, a page
/// needs to tell a wrap by…
const WRAP_MIN_PAIRS: usize = 5;
/// …and the share of them, in tenths, where the first line was cut for the second's word. Only
/// long lines count: a page dump's menus, short lines one under the other, are no paragraph.
const WRAP_MIN_TENTHS: usize = 7;

/// A line's length both ways a wrap counts it: `fmt` and editors count characters, `fold`
/// bytes, and an accented line holds fewer characters than bytes.
#[derive(Clone, Copy, Default)]
struct Span {
    chars: usize,
    bytes: usize,
}

impl Span {
    fn of(text: &str) -> Span {
        Span {
            chars: text.chars().count(),
            bytes: text.len(),
        }
    }
}

/// The width a page was hard-wrapped at, if it was, counted both ways: one of its longest
/// lines is 50 to 100 long, and most long lines right above another are cut where the next
/// word would have overflowed that width. A page of one paragraph a line has longer lines,
/// or lines cut anywhere. The longest line is not always the width: a text browser sets a
/// headline with less indentation than the paragraphs, and lets it run further (lynx's 80
/// over paragraphs wrapped at 75), so the few longest lengths are each tried.
///
/// A page in print columns ([`super::columns`]) is wrapped narrower, down to
/// [`COLUMN_MIN_WIDTH`]: its cut words tell it from a menu.
fn hard_wrap_width(text: &str, print: bool) -> Option<Span> {
    let longest = longest_lengths(text)?;
    let narrowest = if print {
        COLUMN_MIN_WIDTH
    } else {
        *WRAP_WIDTHS.start()
    };
    longest
        .iter()
        .copied()
        .filter(|&chars| (narrowest..=*WRAP_WIDTHS.end()).contains(&chars))
        .map(|chars| Span {
            chars,
            bytes: widest_within(text, chars),
        })
        .find(|&width| wrapped_at(text, width))
}

/// The narrowest column a print edition sets its text in, in characters.
const COLUMN_MIN_WIDTH: usize = 25;

/// How many of a page's longest line lengths are tried as its wrap width.
const WIDTHS_TRIED: usize = 4;

/// Lines longer than any wrap a wrapped page may hold: a mail's or a wire story's headline
/// set on one line above its wrapped paragraphs, an address no wrap could cut.
const UNWRAPPED_LINES: usize = 2;

/// The page's few longest distinct line lengths, in characters, longest first, but for
/// [`UNWRAPPED_LINES`] lines longer than any wrap; `None` when more are (most pages hold a
/// paragraph a line), or one is longer than four widths (a whole paragraph).
fn longest_lengths(text: &str) -> Option<Vec<usize>> {
    let mut longest: Vec<usize> = Vec::with_capacity(WIDTHS_TRIED + 1);
    let mut unwrapped = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.len() > 4 * WRAP_WIDTHS.end() {
            return None;
        }
        let chars = line.chars().count();
        if chars > *WRAP_WIDTHS.end() {
            unwrapped += 1;
            if unwrapped > UNWRAPPED_LINES {
                return None;
            }
            continue;
        }
        if !longest.contains(&chars) {
            let at = longest.partition_point(|&l| l > chars);
            longest.insert(at, chars);
            longest.truncate(WIDTHS_TRIED);
        }
    }
    Some(longest)
}

/// The most bytes of a line `chars` characters long at most.
fn widest_within(text: &str, chars: usize) -> usize {
    text.lines()
        .map(|line| Span::of(line.trim_end()))
        .filter(|span| span.chars <= chars)
        .map(|span| span.bytes)
        .max()
        .unwrap_or(0)
}

/// Whether most long lines right above another, no longer than `width`, were cut there for
/// the next line's first word.
fn wrapped_at(text: &str, width: Span) -> bool {
    let (mut pairs, mut cut) = (0, 0);
    let mut previous = Span::default();
    let mut previous_line = "";
    for line in text.lines() {
        let line = line.trim_end();
        let long = 3 * previous.chars >= 2 * width.chars && previous.chars <= width.chars;
        if long && !line.trim_start().is_empty() {
            pairs += 1;
            // A print column cuts the word that did not fit with a hyphen.
            let next = line.trim_start();
            cut += usize::from(
                overflowed(previous, next, width)
                    || super::columns::cut_by_hyphen(previous_line.trim_start(), next),
            );
        }
        previous = Span::of(line);
        previous_line = line;
    }
    pairs >= WRAP_MIN_PAIRS && cut * 10 >= pairs * WRAP_MIN_TENTHS
}

/// The line above, `previous` long, was cut at `width` because `line`'s first word would
/// not fit after it, in characters or in bytes. A wrap never breaks at a no-break space, so
/// the word runs to the first breaking one ("12 juillet 2023." is one word to w3m). Lengths
/// count the indentation a text browser sets before the line: it wraps at the page's width.
fn overflowed(previous: Span, line: &str, width: Span) -> bool {
    let word = Span::of(first_unbroken(line));
    previous.chars + 1 + word.chars + WRAP_SLACK > width.chars
        || previous.bytes + 1 + word.bytes + WRAP_SLACK > width.bytes
}

/// The line's first word as a wrap keeps it whole: up to the first breaking space, and the
/// word after an opening quotation mark or a dash set apart, which the page held to it with
/// a no-break space its dump printed as a plain one ("« conditions").
fn first_unbroken(line: &str) -> &str {
    let mut words = line.split([' ', '\t']);
    let first = words.next().unwrap_or("");
    match first {
        "«" | "“" | "\"" | "–" | "—" => {
            let next = words.next().unwrap_or("");
            &line[..(first.len() + 1 + next.len()).min(line.len())]
        }
        _ => first,
    }
}

/// Words no French sentence or headline ends on: articles and the prepositions that open a
/// complement.
const OPENING_WORDS: &[&str] = &[
    "au", "aux", "avec", "dans", "de", "des", "du", "en", "et", "la", "le", "les", "par", "pour",
    "sur", "un", "une", "à",
];

/// A line of a few words ending on an article or a preposition was cut inside its phrase,
/// whatever begins the next line: "…la polémique déclenchée par les propos de | Gérald
/// Darmanin sur la Ligue des droits de l’homme", a headline lynx set wider than the
/// paragraphs' wrap and went on with on an indented line.
fn ends_open(text: &str) -> bool {
    let mut words = text.rsplit(' ');
    let last = words.next().unwrap_or("");
    // The last word asked first: most blocks end on none of the words, and every line after
    // a block asks, where three more words were read back from each block's end first.
    OPENING_WORDS.contains(&last) && words.nth(2).is_some()
}

/// Most words of a label in capitals ([`label_in_capitals`]).
const CAPITALS_LABEL_MAX_WORDS: usize = 3;

/// A line of a few words in capitals under a line in lowercase ("Devenez fan sur , suivez-nous
/// sur" | "L'AUTEUR", Slate's author box under its share prompt, whose links were lost): a
/// box's label, where a phrase cut at its preposition goes on in the case of its line.
fn label_in_capitals(line: &str, above: &str) -> bool {
    line.split_whitespace().count() <= CAPITALS_LABEL_MAX_WORDS
        && line.chars().filter(|c| c.is_uppercase()).nth(1).is_some()
        && !line.chars().any(char::is_lowercase)
        && above.chars().any(char::is_lowercase)
}

/// A line that is a web or e-mail address and nothing else ("https://www.20min.ch/fr/story/…",
/// as `segmenting::is_address` tells a token): the address a copy sets under the headline it
/// links to, which a wrap never joins to its line.
/// One that ends a sentence ("…sur https://…fr.") goes on with the sentence above.
fn address_alone(line: &str) -> bool {
    !line.contains(char::is_whitespace)
        && !line.ends_with('.')
        && crate::segmenting::is_address(line)
}

/// A line opening on a record's field name ("subhead_fr:", "content_fr: …"): a dump of a
/// dataset's record sets a field a line, and no wrap cuts a sentence before a word in
/// snake case and its colon.
fn opens_on_field_name(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    first.strip_suffix(':').is_some_and(|name| {
        name.contains('_')
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    })
}

/// Most words of a day alone on its line ("mercredi 11 septembre 2019 à 10h").
const DAY_ALONE_MAX_WORDS: usize = 7;

/// A line that is a day and its date and nothing else ("mercredi 11 septembre 2019"): the
/// date a page sets under its headline, in lowercase as French writes a weekday, which a wrap
/// never cut from the headline's line.
fn day_alone(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    crate::lexicon::WEEKDAYS.contains(&first.as_str())
        && words.count() < DAY_ALONE_MAX_WORDS
        && crate::dates::full(line).is_some()
}

/// Most words of a name signing a story on its own line ([`signature_alone`]).
const SIGNATURE_MAX_WORDS: usize = 4;

/// Two to four capitalised words, no mark after them: "Marie Dubreuil" under a print column's
/// last paragraph. A wrapped sentence's last line ends on its stop.
fn signature_alone(line: &str) -> bool {
    let words = line.split_whitespace();
    (2..=SIGNATURE_MAX_WORDS).contains(&words.clone().count())
        && words.into_iter().all(|w| w.starts_with(char::is_uppercase))
        && line.ends_with(char::is_alphabetic)
}

/// One word alone on its line, with no mark after it ("sauvegarder", "article", "réactions"
/// under 7sur7's headline): in a text not wrapped at a width, a button's or a label's line,
/// which a line break in a sentence does not leave alone; it was glued to the headline.
fn lone_word(line: &str) -> bool {
    !line.contains(char::is_whitespace) && line.ends_with(char::is_alphanumeric)
}

/// A line that a hard wrap cut: it does not end a sentence and is long enough to be prose.
fn wrapped(line: &str) -> bool {
    let end =
        line.trim_end_matches(|c: char| matches!(c, '»' | '"' | '”' | ')') || c.is_whitespace());
    end.ends_with(',')
        || !end.ends_with(['.', '!', '?', '…', ':']) && line.split_whitespace().count() >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_author_field_loses_what_the_byline_printed_around_the_names() {
        // Le Figaro, JDM, TDG pages as the extractor reads their bylines.
        assert_eq!(author_names("Par E P").as_deref(), Some("E P"));
        assert_eq!(author_names("AFP; Publié le").as_deref(), Some("AFP"));
        assert_eq!(
            author_names("Par Stefan Häne; Sylvain Besson").as_deref(),
            Some("Stefan Häne; Sylvain Besson")
        );
        assert_eq!(author_names("Publié le"), None);
        assert_eq!(
            author_names("Parisa Karimi").as_deref(),
            Some("Parisa Karimi")
        );
        assert_eq!(
            author_names("Par la rédaction").as_deref(),
            Some("La rédaction")
        );
        assert_eq!(
            author_names("franceinfo avec AFP").as_deref(),
            Some("franceinfo avec AFP")
        );
    }

    fn body_page(texts: &[&str]) -> Page {
        Page {
            metadata: Metadata::default(),
            blocks: texts
                .iter()
                .enumerate()
                .map(|(i, text)| Block {
                    line: i + 1,
                    last_line: i + 1,
                    text: text.to_string(),
                    hint: Some(Hint::Body),
                })
                .collect(),
        }
    }

    #[test]
    fn a_story_told_in_one_signed_paragraph_is_prose() {
        let sentence =
            "Le groupe écoute le message de ce professeur venu de Marseille pour parler du RIC. ";
        let signed = format!("{}* Prénom fictif (TDG)", sentence.repeat(5));
        assert!(body_page(&[&signed]).has_prose());
        // A line of links or a teaser that does not end a sentence is not.
        assert!(
            !body_page(&["Accueil Politique Économie Monde Sport Culture Vidéos Podcasts"])
                .has_prose()
        );
        // Short, or long with one sentence ended inside: a teaser, a caption, a menu.
        let short = format!("{}Lire la suite", sentence.repeat(2));
        assert!(!body_page(&[&short]).has_prose());
        let one_end = format!(
            "{}. Puis {}",
            "un mot ".repeat(40).trim_end(),
            "encore ".repeat(30)
        );
        assert!(!body_page(&[&one_end]).has_prose());
    }

    /// Every character read one by one, none skipped: what [`glue_points`] must find.
    fn former_glue_points(line: &str) -> Vec<Glue> {
        let mut scan = GlueScan::default();
        for (at, c) in line.char_indices() {
            scan.read(line, at, c);
        }
        scan.points
    }

    #[test]
    fn a_lone_bullet_on_prose_goes_and_a_list_keeps_its_bullets() {
        // BFMTV's lede, as the scraper kept it.
        let lede = "-  Il a appelé à ne pas perdre le fil de la réforme. Emmanuel Macron est \
                    intervenu ce lundi lors de la traditionnelle réunion des cadres de la majorité.";
        let page = Page::from_text(&format!("Réforme des retraites\n\n{lede}\n\nLa suite."));
        assert!(page.blocks[1].text.starts_with("Il a appelé"));
        let list = format!("{lede}\n- Deux mesures d’économies.\n");
        assert_eq!(Page::from_text(&list).blocks[0].text, lede);
        // A short bulleted line is a link or a label: the cleaning judges it as written.
        assert_eq!(
            Page::from_text("- À lire aussi").blocks[0].text,
            "- À lire aussi"
        );
    }

    /// Lines a page dump indented by one tab, two or more together, are a list's items
    /// (L'Internaute's "\tSi vous êtes seul il atteint 67,84 €"); one alone, or a table's
    /// cells indented deeper, are not.
    #[test]
    fn lines_indented_by_one_tab_together_are_a_lists_items() {
        let text = "Un forfait logement selon le nombre de personnes du foyer :\n\n\
                    \tSi vous êtes seul il atteint 67,84 €\n\
                    \tSi vous êtes deux, il s’établit à 135,68 €\n\n\
                    \tUne ligne seule.\n\n\
                    \t\t\tPersonne seule\n\
                    \t\t\tParent isolé\n";
        let page = Page::from_text(text);
        let hints = page.hinted();
        let items: Vec<&str> = hints
            .iter()
            .filter(|(hint, _)| *hint == Some(Hint::ListItem))
            .map(|(_, text)| *text)
            .collect();
        assert_eq!(
            items,
            [
                "Si vous êtes seul il atteint 67,84 €",
                "Si vous êtes deux, il s’établit à 135,68 €"
            ],
            "{hints:?}"
        );
        assert_eq!(hints.len(), 6, "{hints:?}");
        // A text that indents every paragraph, its headline too, holds no list.
        let indented = "\tUkraine : la contre-offensive piétine\n\tLes forces ukrainiennes ont lancé plusieurs assauts.\n\tLes combats restent très violents.\n";
        let page = Page::from_text(indented);
        assert_eq!(page.blocks.len(), 3);
        assert!(page.blocks.iter().all(|b| b.hint.is_none()), "{page:?}");
    }

    /// A character passed as plain is neither a capital, white space nor a stop: what
    /// `GlueScan::read` would have made of it is what `skip_plain` makes.
    #[test]
    fn plain_characters_beyond_ascii_open_and_stop_nothing() {
        let plain: Vec<char> = ('\u{80}'..='\u{2fff}')
            .filter(|&c| is_plain_beyond_ascii(c))
            .collect();
        assert!(plain.contains(&'é') && plain.contains(&'’') && !plain.contains(&'É'));
        for c in plain {
            assert!(!c.is_uppercase() && !c.is_whitespace(), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_dash_then_a_space_is_found_as_str_contains_finds_it(piece in "[- a–é]{0,12}") {
            proptest::prop_assert_eq!(dash_then_space(&piece), piece.contains("- "));
        }

        /// The shortcut for a line without glue points or a dash and a space gives what the
        /// cuts give: the line alone.
        #[test]
        fn a_line_without_glue_or_dash_is_cut_as_before(
            line in "((Il part|le camion|à 04H30)[.!]?( ?- ?(Régal pour les butineuses|Pas de « molécule »|le président) ?- ?| |--)(Après un trajet|après|Le camion|il)[ .,]?){1,3}",
        ) {
            proptest::prop_assert_eq!(paragraphs_of(&line).to_vec(), cut_at(&line, glue_points(&line)));
        }

        /// The glue points found run by run are those found character by character.
        #[test]
        fn glue_points_are_the_former_ones(line in "([a-zA-Z0-9 .!?,’‘“»”«\"\t\u{b}\u{a0}\u{85}\u{202f}éÉÀàçßÞþ÷×°¡¿œŒ–—…]|Les|Le|Un|Une|À|Dans|Il|Œuvre){0,40}") {
            let key = |g: &Glue| (g.at, g.spaced, g.after_stop);
            let now: Vec<_> = glue_points(&line).iter().map(key).collect();
            let former: Vec<_> = former_glue_points(&line).iter().map(key).collect();
            proptest::prop_assert_eq!(now, former);
        }

        /// The search for a line opening on a tab changes no answer: a text without one
        /// has no item, as reading every line finds.
        #[test]
        fn tab_items_are_those_every_line_read_gives(text in "([a \t\n]|\r\n){0,30}") {
            let opens_on_tab = |l: &str| l.strip_prefix('\t').is_some_and(|r| r.starts_with(|c: char| !c.is_whitespace()));
            let lines: Vec<&str> = text.lines().collect();
            let indented: Vec<bool> = (0..lines.len())
                .map(|i| opens_on_tab(lines[i]) && lines[..i].iter().any(|l| !opens_on_tab(l) && !l.trim().is_empty()))
                .collect();
            let every_line: Vec<bool> = (0..indented.len())
                .map(|i| indented[i] && (i > 0 && indented[i - 1] || indented.get(i + 1) == Some(&true)))
                .collect();
            let found = tab_items(&text);
            let found: Vec<bool> = (0..every_line.len()).map(|i| found.get(i) == Some(&true)).collect();
            proptest::prop_assert_eq!(found, every_line);
        }
    }

    /// The line is cut into `pieces`, in order.
    fn assert_cut(line: &str, pieces: &[&str]) {
        assert_eq!(unglued_headings(line).collect::<Vec<_>>(), pieces);
    }

    /// An intertitle of one word glued to its paragraph after a sentence's stop (20 minutes'
    /// record of the 1MDB verdict) is cut off; a name in two capitals, a short word, or one
    /// glued inside a sentence is not.
    #[test]
    fn an_intertitle_of_one_word_glued_after_a_stop_is_cut_off() {
        let glued = "L’audience doit démarrer à 14h00.Huis-closLa représentante du Ministère public avait demandé l’incarcération des deux hommes.";
        assert_eq!(
            paragraphs_of(glued)[..],
            [
                "L’audience doit démarrer à 14h00.",
                "Huis-clos",
                "La représentante du Ministère public avait demandé l’incarcération des deux hommes."
            ]
        );
        for whole in [
            "Le paiement passe par le service.PayPalLe client ne voit rien de plus.",
            "Le convoi est parti à l’aube.PuisLe camion a pris la route du col.",
        ] {
            assert_eq!(paragraphs_of(whole)[..], [whole], "{whole}");
        }
    }

    /// An intertitle agency copy framed with dashes, glued between two paragraphs whose line
    /// break a scraper lost (OrangeSum's AFP copy), with or without the spaces: cut out with
    /// its frame. A dash that frames an aside ("L’enfumoir --une sorte d’arrosoir-- à la
    /// main"), one after no sentence's end, and a framed piece that is a sentence or has a
    /// lowercase word after it, are no intertitle.
    #[test]
    fn an_intertitle_framed_by_dashes_is_cut_out_of_its_line() {
        let glued = "Le camion s’ébranle à 04H30.- Régal pour les butineuses -Après un trajet sans encombre, le déchargement commence.";
        assert_eq!(
            paragraphs_of(glued)[..],
            [
                "Le camion s’ébranle à 04H30.",
                "- Régal pour les butineuses -",
                "Après un trajet sans encombre, le déchargement commence."
            ]
        );
        let spaced = "Il faut concentrer les efforts. - Pas de « molécule miracle » - Pour atteindre ses objectifs, l’essai doit inclure 800 patients.";
        assert_eq!(paragraphs_of(spaced)[1], "- Pas de « molécule miracle » -");
        for whole in [
            "L’enfumoir --une sorte d’arrosoir-- à la main, M. Parrocel noie l’entrée des ruches.",
            "Il est arrivé à Paris - Le président l’attendait - Rien ne bougeait.",
            "Il est arrivé. - Le président l’attendait. - Rien ne bougeait.",
            "Il est arrivé. - Pas de molécule miracle - pour atteindre les objectifs.",
            "Il est arrivé. - Réunion - Le président l’attendait.",
        ] {
            assert_eq!(paragraphs_of(whole)[..], [whole], "{whole}");
        }
    }

    /// An intertitle a page dump set on its paragraph's line with a space between them: a
    /// short piece after a sentence's end, before a sentence's opener (Le Matin, La Tribune de
    /// Genève). A piece that is a clause ("Il a lu"), or an opener that starts a name ("Le
    /// Parisien"), is no such glue.
    #[test]
    fn an_intertitle_spaced_on_its_paragraphs_line_is_cut_off() {
        let line = "Il faudra comprendre « les raisons », a-t-il ajouté. Pas le premier décès Le 17 novembre déjà, premier jour des rassemblements, une manifestante avait été tuée.";
        assert_cut(
            line,
            &[
                "Il faudra comprendre « les raisons », a-t-il ajouté.",
                "Pas le premier décès",
                "Le 17 novembre déjà, premier jour des rassemblements, une manifestante avait été tuée.",
            ],
        );
        let line = "Le cortège a défilé dans le calme. Alain Finkielkraut insulté Selon la préfecture de police, 26 personnes ont été interpellées.";
        assert_eq!(
            unglued_headings(line).nth(1),
            Some("Alain Finkielkraut insulté")
        );
        for whole in [
            "Le comédien a repris la pièce. Il a lu La ferme des animaux devant ses élèves.",
            "Le comédien a repris la pièce. Comme le rapporte Le Parisien, il a lu devant ses élèves.",
            "Le comédien a repris la pièce. Entre les deux tours, Le gouvernement a cédé.",
        ] {
            assert_cut(whole, &[whole]);
        }
    }

    #[test]
    fn a_link_set_on_a_block_of_its_own_goes_back_into_its_sentence() {
        // Linfo.re as a converter kept it: the link's text between blank lines.
        let text = "A l'heure actuelle, les finances publiques sont sous pression, constate la\n\nBanque mondiale\n\n, qui évoque une baisse des recettes fiscales.\n\nMadagascar a vu ses aides chuter. La\n\nBanque mondiale\n\na également relevé plusieurs facteurs aggravants.\n";
        let page = Page::from_text(text);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "A l'heure actuelle, les finances publiques sont sous pression, constate la Banque mondiale, qui évoque une baisse des recettes fiscales.",
                "Madagascar a vu ses aides chuter. La Banque mondiale a également relevé plusieurs facteurs aggravants.",
            ]
        );
        // A headline over its paragraph is no link: the block above it ends a sentence.
        let text = "Le texte a été voté.\n\nLa réforme des retraites\n\navance malgré tout.\n";
        assert_eq!(Page::from_text(text).blocks.len(), 3);
    }

    #[test]
    fn a_paragraph_opening_on_a_connective_is_unglued() {
        // TF1 Info as a scraper gave it: the intertitle between a stop and "Aussi,".
        let line = "Les députés ont déposé plusieurs amendements en ce sens.La « junk food » dans le collimateurAussi, les promotions de boissons devront être accompagnées d’une information sanitaire.";
        assert_cut(
            line,
            &[
                "Les députés ont déposé plusieurs amendements en ce sens.",
                "La « junk food » dans le collimateur",
                "Aussi, les promotions de boissons devront être accompagnées d’une information sanitaire.",
            ],
        );
        // Le Temps: a paragraph glued to a long one lost its stop before "Or".
        let line = "Les limites du système suisse sont en effet qu’il s’arrête au niveau national, oubliant que le citoyen suisse est aussi citoyen du mondeOr l’on peut difficilement envisager un tel système au niveau de l’Europe.";
        assert_eq!(
            paragraphs_of(line)[..],
            ["Les limites du système suisse sont en effet qu’il s’arrête au niveau national, oubliant que le citoyen suisse est aussi citoyen du monde. Or l’on peut difficilement envisager un tel système au niveau de l’Europe."],
        );
    }

    #[test]
    fn an_intertitle_glued_to_its_paragraph_is_cut_off() {
        // francetvinfo, as a scraper gave it.
        let line = "La demande n'a pas baissé, a souligné Jérôme Valentin. Un marché à 3,6 milliards d'eurosLes vélos électriques font la joie des vélocistes.";
        assert_cut(
            line,
            &[
                "La demande n'a pas baissé, a souligné Jérôme Valentin.",
                "Un marché à 3,6 milliards d'euros",
                "Les vélos électriques font la joie des vélocistes.",
            ],
        );
        // francetvinfo as trafilatura extracts it: the paragraph after the intertitle opens
        // on an elided word.
        let line = "Il délivre ainsi une œuvre critique et satirique du monde des notaires qui exploitent les plus faibles. Une découverte inattendueC’est lors d’une visite et d’un inventaire chez une famille désargentée, que le commissaire-priseur a fait cette découverte.";
        assert_cut(
            line,
            &[
            "Il délivre ainsi une œuvre critique et satirique du monde des notaires qui exploitent les plus faibles.",
            "Une découverte inattendue",
            "C’est lors d’une visite et d’un inventaire chez une famille désargentée, que le commissaire-priseur a fait cette découverte."
            ],
        );
        // 20 minutes Suisse, its elements glued: the paragraph after the intertitle opens on
        // "Sur", and a quotation opening on "Nous" follows a quoted intertitle.
        let line = "Aucune bouteille autorisée à bordSur les liaisons avec Ibiza, Ryanair n’autorise plus les bouteilles.";
        assert_cut(
            line,
            &[
                "Aucune bouteille autorisée à bord",
                "Sur les liaisons avec Ibiza, Ryanair n’autorise plus les bouteilles.",
            ],
        );
        let line = "«Limiter la quantité d'alcool servie»«Nous avons constaté une augmentation notable», a-t-il déclaré.";
        assert_cut(
            line,
            &[
                "«Limiter la quantité d'alcool servie»",
                "«Nous avons constaté une augmentation notable», a-t-il déclaré.",
            ],
        );
        // Le Devoir as a scraper glued it, once the stop after "BFMTV" became a paragraph's
        // break: the intertitle opens the line, glued to the quotation under it.
        assert_cut(
            "Liberté de presse« On sait que la totalité des gilets jaunes n’est pas en cause », a-t-il estimé.",
            &[
                "Liberté de presse",
                "« On sait que la totalité des gilets jaunes n’est pas en cause », a-t-il estimé.",
            ],
        );
        // A sentence opening the line that lost its space before a quotation stays whole, and
        // a quotation right after a stop and a space is none of this (it panicked once).
        for whole in [
            "Il a dit« Non », puis il est parti.",
            "Les nouvelles rassurantes se succèdent. «Le pape va mieux», dit-on.",
        ] {
            assert_cut(whole, &[whole]);
        }
        // La Presse: a quoted intertitle, its space kept, its stop missing.
        let line = "« Dommage ! » s’exclame Étienne. « Sparadraps sur des brûlures »\u{a0} À Montabon, sur un rond-point, les gilets jaunes ont regardé le président.";
        assert_cut(
            line,
            &[
                "« Dommage ! » s’exclame Étienne.",
                "« Sparadraps sur des brûlures »",
                "À Montabon, sur un rond-point, les gilets jaunes ont regardé le président.",
            ],
        );
        // The same dump, another intertitle: the paragraph after it opens on "Plusieurs".
        let line = "« … la République tient debout », a-t-il encore déclaré. « Changer le système » Plusieurs villes de province ont aussi connu des heurts.";
        assert_cut(
            line,
            &[
                "« … la République tient debout », a-t-il encore déclaré.",
                "« Changer le système »",
                "Plusieurs villes de province ont aussi connu des heurts.",
            ],
        );
        // Orange (actu.orange.fr) as a scraper joined it: a quotation for intertitle glued to
        // the quotation that opens the paragraph after it.
        let line = "Bernard Tapie a réagi depuis l'hôpital Saint-Louis, où il suit une chimiothérapie.\"C'est le plus beau jour de sa vie\"\"C'est ma plus belle chimio !\", avait-il lâché quelques instants auparavant.";
        assert_cut(
            line,
            &[
            "Bernard Tapie a réagi depuis l'hôpital Saint-Louis, où il suit une chimiothérapie.",
            "\"C'est le plus beau jour de sa vie\"",
            "\"C'est ma plus belle chimio !\", avait-il lâché quelques instants auparavant."
            ],
        );
        // Le Devoir as a scraper joined it: an intertitle between a sentence's stop and the
        // quotation that opens the next paragraph, no space on either side.
        let line = "a expliqué François Pitrel, président de la SDJ de BFMTV.Liberté de presse« On sait que la totalité des gilets jaunes n’est pas en cause », a-t-il estimé.";
        assert_cut(
            line,
            &[
                "a expliqué François Pitrel, président de la SDJ de BFMTV.",
                "Liberté de presse",
                "« On sait que la totalité des gilets jaunes n’est pas en cause », a-t-il estimé.",
            ],
        );
        // A sentence that lost the space before its quotation is no intertitle.
        let line =
            "Il est arrivé hier. Le ministre a dit« Nous allons continuer », puis il est parti.";
        assert_eq!(unglued_headings(line).count(), 1);
        // A quotation opening in a sentence is no glue.
        assert_eq!(
            unglued_headings("Il a dit \"Non\" et \"Jamais\" ensuite.").count(),
            1
        );
        // 20 Minutes: an intertitle ending on a quotation, at the start of its line.
        let line = "Se tourner vers Airbnb « pour faire face à l’augmentation du coût de la vie »Pour les responsables d'Airbnb, cet engouement s'explique.";
        assert_eq!(unglued_headings(line).count(), 2);
        let page = Page::from_text(line);
        assert_eq!(page.blocks.len(), 2);
        assert_eq!(page.blocks[1].line, 1);
    }

    #[test]
    fn a_sentence_that_lost_its_stop_or_a_brand_name_is_no_glued_intertitle() {
        // Le Devoir: a long sentence without its full stop gets it back, and stays one block.
        let line = "Une source a expliqué que la rédaction travaille au quotidien avec ces manifestants depuis plusieurs semaines et que la décision a été prise après de longs débats internesLes journalistes de la chaîne ont voté.";
        assert_eq!(unglued_headings(line).count(), 1);
        let page = Page::from_text(line);
        assert_eq!(page.blocks.len(), 1);
        assert!(page.blocks[0]
            .text
            .contains("débats internes. Les journalistes de la chaîne"));
        for line in [
            "« Non » Le ministre a répondu sans attendre, « jamais » selon lui.",
            // Le Monde: an epigraph, and the sentence that speaks of it.
            "« A noir, E blanc, I rouge, U vert, O bleu… » Un des plus célèbres sonnets de la littérature française lie les voyelles à des couleurs.",
            "Il publie sur YouTube et TikTok chaque semaine.",
            "Le golfeur Rory McIlroy est en tête.",
            "Un profil LinkedIn. Une vidéo iPhone.",
        ] {
            assert_eq!(unglued_headings(line).collect::<Vec<_>>(), vec![line]);
        }
    }

    #[test]
    fn pandocs_empty_images_leave_the_line_they_open() {
        // Mediapart as pandoc's plain writer gives it.
        let page = Page::from_text(
            "[] [] Mediapart\n\n[] Soutenez un journal 100% indépendant\n\n[]\n\nLe [] reste.",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Mediapart",
                "Soutenez un journal 100% indépendant",
                "[]",
                "Le [] reste."
            ]
        );
    }

    #[test]
    fn plain_text_puts_the_title_first_and_leaves_furniture_out() {
        let block = |text: &str, hint| Block {
            line: 1,
            last_line: 1,
            text: text.into(),
            hint: Some(hint),
        };
        let page = Page {
            metadata: Metadata::default(),
            blocks: vec![
                block("Chapô.", Hint::Standfirst),
                block("Titre", Hint::Title),
                block("Partager", Hint::Furniture),
                block("Un paragraphe.", Hint::Body),
            ],
        };
        assert_eq!(page.to_plain_text(), "Titre\n\nChapô.\n\nUn paragraphe.");
    }

    #[test]
    fn a_text_page_has_a_block_per_non_blank_line_with_its_line_number() {
        let page = Page::from_text("Titre\n\n  Premier paragraphe.  \nDeuxième.\n");
        let lines: Vec<(usize, &str)> = page
            .blocks
            .iter()
            .map(|b| (b.line, b.text.as_str()))
            .collect();
        assert_eq!(
            lines,
            [(1, "Titre"), (3, "Premier paragraphe."), (4, "Deuxième.")]
        );
        assert!(page.blocks.iter().all(|b| b.hint.is_none()));
    }

    #[test]
    fn a_line_ending_inside_its_phrase_goes_on_with_the_next() {
        // franceinfo as lynx dumps it: the headline runs past the paragraphs' wrap, and its
        // last words go on an indented line opened by a name.
        let page = Page::from_text("   LE LIVE\n\nMaintien de l'ordre : on vous explique la polémique déclenchée par les propos de\n              Gérald Darmanin sur la Ligue des droits de l'homme\n\n   Lors de son audition devant le Sénat mercredi, le ministre de\n   l'Intérieur s'est interrogé sur le financement de l'association.");
        assert_eq!(page.blocks.len(), 3);
        assert_eq!(page.blocks[1].text, "Maintien de l'ordre : on vous explique la polémique déclenchée par les propos de Gérald Darmanin sur la Ligue des droits de l'homme");
        // A line of a few words ending on one is a label, not a phrase cut: "Plus de" above
        // "Vidéos" stays apart.
        let menu = Page::from_text("Plus de\nVidéos");
        assert_eq!(menu.blocks.len(), 2);
        // Slate: the share prompt lost its links, and its box's label in capitals stands
        // under it; a phrase cut at its preposition goes on in its own case.
        let slate = Page::from_text(
            "Devenez fan sur , suivez-nous sur\nL'AUTEUR\nTitiou Lecoq est journaliste.",
        );
        assert_eq!(slate.blocks[1].text, "L'AUTEUR");
        let acronym =
            Page::from_text("Le prêt accordé la semaine dernière par le\nFMI, qui l'avait promis.");
        assert_eq!(acronym.blocks.len(), 1);
    }

    #[test]
    fn a_web_address_or_a_field_under_a_headline_is_a_block_of_its_own() {
        // 20 minutes Suisse as a feed record is copied: the headline, then its address.
        let page = Page::from_text("Naufrage du super yacht en Sicile: l’enquête s’élargit\nhttps://www.20min.ch/fr/story/italie-naufrage-du-super-yacht-103175956\nLors d’une tempête, le Bayesian a coulé.");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[0],
            "Naufrage du super yacht en Sicile: l’enquête s’élargit"
        );
        assert_eq!(texts.len(), 3);
        // A dataset's record dumped a field a line: the next field is no wrap of the
        // headline's.
        let record = Page::from_text("head_fr: Les sets de Playmobil Migros à 500 francs sur Ricardo\nsubhead_fr:\ncontent_fr:");
        assert_eq!(
            record.blocks[0].text,
            "head_fr: Les sets de Playmobil Migros à 500 francs sur Ricardo"
        );
        // An address that ends the sentence it was wrapped from goes on with it.
        let wrapped = Page::from_text("Le programme complet des rencontres de cette année est en ligne sur\nhttps://www.exemple.fr/programme.");
        assert_eq!(wrapped.blocks.len(), 1);
    }

    #[test]
    fn a_day_alone_under_a_headline_is_its_own_block() {
        // Sauvons l'Université sets the day of its post under the headline, in lowercase.
        let text = "Décisions de l’AG Éducation IDF du mardi 10 septembre\nmercredi 11 septembre 2019\nL’AG Éducation a réuni 80 collègues.";
        let page = Page::from_text(text);
        assert_eq!(page.blocks.len(), 3);
        assert_eq!(page.blocks[1].text, "mercredi 11 septembre 2019");
        // A wrapped sentence that goes on with a weekday still joins.
        let wrapped = "La réunion des syndicats et du ministre est prévue pour\nmardi prochain, a-t-on appris.";
        assert_eq!(Page::from_text(wrapped).blocks.len(), 1);
    }

    #[test]
    fn a_lone_word_under_a_headline_is_its_own_block() {
        // 7sur7's buttons under its headline, one word a line, were glued to it.
        let text = "La lingerie belge de Carine Gilson primée\nsauvegarder\narticle\nréactions\nPar: Viktoria Thirionet";
        let page = Page::from_text(text);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[..4],
            [
                "La lingerie belge de Carine Gilson primée",
                "sauvegarder",
                "article",
                "réactions"
            ]
        );
        // A sentence's last word, with its stop, still joins.
        let ended = "La réunion des syndicats et du ministre est prévue pour\ndemain.";
        assert_eq!(Page::from_text(ended).blocks.len(), 1);
    }

    #[test]
    fn hard_wrapped_lines_are_one_block() {
        let page = Page::from_text("Titre de la dépêche du jour\nLe président russe a rencontré son homologue\nbiélorusse à Minsk vendredi soir.");
        assert_eq!(page.blocks.len(), 2);
        assert_eq!(
            page.blocks[1].text,
            "Le président russe a rencontré son homologue biélorusse à Minsk vendredi soir."
        );
        assert_eq!(page.blocks[1].line, 2);
    }

    /// A regional paper's column as a PDF gives it (written for this test): 40 characters
    /// wide, no blank line between paragraphs, words cut with a hyphen, the author's name
    /// under the last line.
    const PRINT_COLUMN: &str = "Le rectorat envisage de fermer l'établisse-\nment à la rentrée 2028, faute d'élèves. Les\nparents se mobilisent.\nLes parents d'élèves du collège Jean-\nMoulin, à Saint-Amand, ne décolèrent pas.\nLors du conseil d'administration de jeudi,\nle principal a confirmé que le rectorat\nétudiait sa fermeture.\nUne manifesta-\ntion est prévue samedi devant la mairie.\nMarie Dubreuil";

    #[test]
    fn a_print_column_s_paragraphs_and_cut_words_are_read_whole() {
        let page = Page::from_text(PRINT_COLUMN);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Le rectorat envisage de fermer l'établissement à la rentrée 2028, faute d'élèves. Les parents se mobilisent.",
                "Les parents d'élèves du collège Jean-Moulin, à Saint-Amand, ne décolèrent pas. Lors du conseil d'administration de jeudi, le principal a confirmé que le rectorat étudiait sa fermeture.",
                "Une manifestation est prévue samedi devant la mairie.",
                "Marie Dubreuil",
            ]
        );
    }

    /// A text wrapped at its width with one word cut by a hyphen (one is too few to tell
    /// print columns): the cut word was joined with a space ("mara- îcher"). A compound cut at
    /// its own hyphen keeps it.
    #[test]
    fn a_word_cut_at_a_wrapped_lines_end_is_whole_outside_print_columns_too() {
        for (wrapped, whole) in [
            (
                "« Nous avons déjà commencé », explique Paul Vial, mara-\nîcher à Crest depuis vingt ans.",
                "« Nous avons déjà commencé », explique Paul Vial, maraîcher à Crest depuis vingt ans.",
            ),
            (
                "Une eau que nous n'aurons peut-\nêtre pas en septembre, prévient le maire.",
                "Une eau que nous n'aurons peut-être pas en septembre, prévient le maire.",
            ),
        ] {
            let page = Page::from_text(wrapped);
            let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(texts, [whole]);
        }
    }

    #[test]
    fn a_threads_numbers_go_and_a_chronologys_days_stay() {
        // A correspondent's thread, written for the tests, numbered at the start or the end.
        for (numbered, kept) in [
            ("1/3 Le procès s'est ouvert.\n\n2/3 L'accusé a parlé.\n\n3/3 Verdict vendredi.", true),
            ("1/ Le procès s'est ouvert.\n\n2/ L'accusé a parlé.\n\n3/ Verdict vendredi.", true),
            ("Le procès s'est ouvert. (1/3)\n\nL'accusé a parlé. (2/3)\n\nVerdict vendredi. (3/3)", true),
            ("Le procès s'est ouvert. 1/3\n\nL'accusé a parlé. 2/3\n\nVerdict vendredi. 3/3", true),
            // A quotient's figures in a sentence are no post's counter.
            ("Le taux passe à 1/3\n\nPuis à 2/3\n\nEnfin 2/3", false),
            // Days of one month, a chronology's: a colon after them, days apart.
            ("1/12 : manifestation.\n\n2/12 : grève.\n\n3/12 : accord.", false),
            ("1/12 Manifestation.\n\n5/12 Grève.\n\n9/12 Accord.", false),
            // Two posts are no thread.
            ("1/2 Le procès s'est ouvert.\n\n2/2 L'accusé a parlé.", false),
        ] {
            let page = Page::from_text(numbered);
            let first = page.blocks[0].text.as_str();
            let stripped = first == "Le procès s'est ouvert." || first == "Le procès s'est ouvert";
            assert_eq!(stripped, kept, "{numbered:?}: {first:?}");
        }
    }

    #[test]
    fn a_unit_wrapped_from_its_figure_goes_on_with_it() {
        // `pdftotext -layout` of a story written for the tests: "30" and "%" on two lines.
        let page = Page::from_text(
            "La chambre d'agriculture promet 30\n% d'eau économisée, les pionniers parlent de 40 %.\n\nLes aides couvrent 50\n% des travaux.",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "La chambre d'agriculture promet 30 % d'eau économisée, les pionniers parlent de 40 %.",
                "Les aides couvrent 50 % des travaux."
            ]
        );
    }

    #[test]
    fn a_name_alone_under_a_wrapped_paragraph_signs_it() {
        assert!(signature_alone("Marie Dubreuil"));
        assert!(!signature_alone("Marie Dubreuil."));
        assert!(!signature_alone("Dubreuil"));
        assert!(!signature_alone("la présidente"));
    }

    /// Le Monde's article as `fold -s -w 72` wraps it.
    const LE_MONDE_FOLDED: &str = "Parlez-vous le symbole scientifique ? Un livre pour comprendre les ∅,\nK et autres π\n\nDans leur livre « Le Curieux Monde des symboles scientifiques », deux\nchercheurs britanniques explicitent la signification et l’usage\nactuel de ces signes parfois bien mystérieux.\n\n« A noir, E blanc, I rouge, U vert, O bleu… » Un des plus\ncélèbres sonnets de la littérature française lie les voyelles à\ndes couleurs. Mais songeons à ce que cela aurait donné si Arthur\nRimbaud avait conféré à ces lettres une valeur non pas\nsynesthésique mais scientifique. Le « a » de l’accélération, le\n« e » de l’excentricité, le « i » du nombre imaginaire, le « U\n» de la tension et le « O » de l’origine (voire le ∅ de\nl’ensemble vide)… Il y a de la poésie aussi dans ces notions, et\nleurs symboles forment tout un bestiaire que décrivent deux chercheurs\nbritanniques, la mathématicienne Katie Steckles et le biochimiste\nNathan Adams, dans un ouvrage qui, pour être didactique, ne sombre\njamais dans le barbant.";

    #[test]
    fn a_bulleted_line_opens_an_item_of_its_own() {
        // L'Internaute as w3m dumps it at 80: the list's next bullet would have overflowed a
        // long item, and was joined to it as the rest of a wrapped sentence.
        let prose = "Cette accusation portée à l'encontre d'Achraf Hakimi a surgi à l'issue d'un\n\
            nouveau week-end où le footballeur était resté éloigné des terrains. Blessé\n\
            depuis le huitième de finale aller de la Ligue des champions contre le Bayern\n\
            Munich le 14  février, il n'était pas du déplacement à Marseille ce week-end\n\
            là. Surtout, le défenseur était seul tout au long du week-end à son domicile,\n\
            où il réside avec sa compagne et ses deux enfants.\n\n\
            En effet, comme elle l'a affiché sur son compte Instagram, Hiba Abouk (36 ans),\n\
            son épouse, était à Dubaï ces derniers jours. La compagne du Marocain, dont la\n\
            relation remonte à 2018, était partie aux Émirats arabes unis en compagnie de\n\
            leurs fils Amin (3 ans) et Naim (1 an).";
        let list =
            "  • Jorginho : palmarès, Ballon d'Or... Tout savoir sur l'international italien\n\
            \x20 • Ferland Mendy : salaire, numéro... Qui est le latéral gauche des Bleus ?\n\
            \x20 • Thibaut Courtois : Coupe du monde, Ballon d'Or... Qui est le gardien\n\
            \x20   belge ?\n\
            \x20 • Patrice Evra : biographie courte, dates, citations";
        let page = Page::from_text(&format!("{prose}\n\n{list}"));
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[2..],
            [
                "• Jorginho : palmarès, Ballon d'Or... Tout savoir sur l'international italien",
                "• Ferland Mendy : salaire, numéro... Qui est le latéral gauche des Bleus ?",
                "• Thibaut Courtois : Coupe du monde, Ballon d'Or... Qui est le gardien belge ?",
                "• Patrice Evra : biographie courte, dates, citations"
            ]
        );
        let item = &page.blocks[4];
        assert_eq!(item.last_line, item.line + 1);
    }

    #[test]
    fn a_text_browsers_wrap_counts_its_indentation_and_keeps_a_quote_with_its_word() {
        // HuffPost as lynx dumps it at 80: paragraphs indented by three spaces, the line above
        // "« conditions sanitaires »" cut for the quotation mark and its word, which the page
        // held together.
        let dump = "\x20  GRÈVE - Gérald Darmanin prend les choses en main. En raison des\n\
            \x20  « conditions sanitaires » régnant à Paris avec la grève des éboueurs,\n\
            \x20  le ministre de l’Intérieur a donné mardi 14 mars instruction au préfet\n\
            \x20  de police de Paris, Laurent Nunez, de demander à la mairie de\n\
            \x20  « réquisitionner » des moyens afin d’évacuer les ordures.\n\
            \n\
            \x20  D’après BFMTV et Politis, Gérald Darmanin aurait directement appelé la\n\
            \x20  maire de Paris Anne Hidalgo dans la soirée. Si la mairie ne donne pas\n\
            \x20  suite à la demande de réquisition, « l’État se substituera », a avancé\n\
            \x20  l’entourage du ministre de l’Intérieur. Ce qui signifie que l’État\n\
            \x20  réquisitionnera des moyens pour collecter et évacuer les déchets.";
        let menus: String = (0..12).map(|i| format!("     * Rubrique {i}\n")).collect();
        let page = Page::from_text(&format!("{menus}\nGrève des éboueurs à Paris : Darmanin demande à Hidalgo de « réquisitionner »\n\n{dump}"));
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| t.starts_with("GRÈVE - Gérald Darmanin prend les choses en main. En raison des « conditions sanitaires »")
                && t.ends_with("afin d’évacuer les ordures.")),
            "{texts:#?}"
        );
    }

    #[test]
    fn a_headline_set_wider_than_the_paragraphs_does_not_hide_their_wrap() {
        // franceinfo as lynx dumps it: the headline runs to 80 characters, the paragraphs,
        // indented by three, are wrapped at 75, and the intertitle at the margin.
        let dump =
            "Maintien de l'ordre : on vous explique la polémique déclenchée par les propos de\n\
            \x20             Gérald Darmanin sur la Ligue des droits de l'homme\n\
            \n\
            \x20  La Ligue des droits de l'homme (LDH) est-elle dans le viseur du\n\
            \x20  gouvernement ? Les propos de Gérald Darmanin sur l'association, et\n\
            \x20  notamment sur son financement, lors de ses auditions devant les députés\n\
            \x20  et les sénateurs, mercredi 5 avril, ont provoqué une levée de boucliers\n\
            \x20  à gauche. Entendu sur sa gestion du maintien de l'ordre pendant les\n\
            \x20  manifestations contre la réforme des retraites et lors du rassemblement\n\
            \x20  contre la \"méga-bassine\" de Sainte-Soline (Deux-Sèvres), le ministre de\n\
            \x20  l'Intérieur s'est interrogé sur les \"actions\" menées par la LDH dans ce\n\
            \x20  cadre et sur les subventions qui lui étaient accordées par l'Etat.\n\
            \x20  L'association et l'opposition de gauche ont aussitôt condamné cette\n\
            \x20  déclaration. Franceinfo revient sur la polémique.\n\
            \n\
            Le ministre reproche à la Ligue des droits de l'homme ses \"actions\" à\n\
            Sainte-Soline\n\
            \n\
            \x20  La LDH a déployé ces dernières semaines des observateurs citoyens lors\n\
            \x20  de manifestations pour, entre autres, documenter le dispositif de\n\
            \x20  maintien de l'ordre. C'était le cas à Sainte-Soline, le 25 mars.\n\
            \x20  D'abord entendu par les députés de la commission des lois de\n\
            \x20  l'Assemblée nationale, Gérald Darmanin a fait valoir que \"le tribunal\n\
            \x20  de Poitiers lui-même n'[avait] pas reconnu le statut d'observateur à la\n\
            \x20  LDH\" à Sainte-Soline, que l'association avait \"attaqué l'arrêté de la";
        let page = Page::from_text(dump);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts.contains(&"Le ministre reproche à la Ligue des droits de l'homme ses \"actions\" à Sainte-Soline"),
            "{texts:#?}"
        );
        assert!(texts
            .iter()
            .any(|t| t.contains("documenter le dispositif de maintien de l'ordre")));
    }

    #[test]
    fn a_word_of_no_break_spaces_is_one_word_to_the_wrap() {
        // Le Monde's photo caption as w3m wraps it at 80: "12 juillet 2023." is held together
        // by no-break spaces, so the line above was cut for the whole of it.
        let caption = "La secrétaire générale de la CGT, Sophie Binet, à Matignon, à Paris, le\n\
            12\u{a0}juillet\u{a0}2023. La secrétaire générale de la CGT, Sophie Binet, à Matignon, à\n\
            Paris, le 12\u{a0}juillet\u{a0}2023.";
        let body = "Reçue mardi 29 août à l’Elysée, la secrétaire générale de la CGT a exposé au\n\
            chef de l’Etat ses revendications, tout en l’interpellant sur la « rupture »\n\
            entre l’exécutif et le monde du travail. La défiance est telle, selon elle,\n\
            qu’elle joue en faveur de l’extrême droite, qui en profite dans les sondages.";
        let text = format!("{caption}\n\n{body}\n\n{body}");
        let page = Page::from_text(&text);
        assert!(
            page.blocks[0].text.contains("Paris, le 12\u{a0}juillet"),
            "{:?}",
            page.blocks[0].text
        );
        assert_eq!(page.blocks.len(), 3, "{:?}", page.blocks);
    }

    #[test]
    fn a_page_wrapped_at_a_width_joins_lines_cut_before_a_capital() {
        // Le Monde's article as `fold -s -w 72` wraps it: lines cut before "K", "Rimbaud",
        // "Nathan", "« U", which the lowercase rule alone left as paragraphs of their own.
        let wrapped = LE_MONDE_FOLDED;
        let page = Page::from_text(wrapped);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:#?}");
        assert!(texts[0].ends_with("les ∅, K et autres π"));
        assert!(texts[2].contains("si Arthur Rimbaud avait"));
        assert!(texts[2].contains("Katie Steckles et le biochimiste Nathan Adams"));
        // Lines of a page that is not wrapped stay apart, however long the one above.
        let list = "Les candidats retenus pour la finale du concours national de poésie\nMarie Dupont\nJean Martin\nAnne Leroy\nPaul Durand\nLouise Bernard\nHugo Petit";
        assert_eq!(Page::from_text(list).blocks.len(), 7);
        // A page dumped by lynx: its menus' short lines one under the other do not hide that
        // its paragraphs are wrapped at 80.
        let menus: String = (0..40).map(|i| format!("     * Rubrique {i}\n")).collect();
        let dump = format!("{menus}\n{wrapped}");
        let page = Page::from_text(&dump);
        assert!(page.blocks.iter().any(|b| b
            .text
            .contains("Katie Steckles et le biochimiste Nathan Adams")));
    }

    #[test]
    fn a_headline_on_one_long_line_does_not_hide_the_wrap_under_it() {
        // A mail or a wire story: its headline of 108 characters on one line, then its
        // paragraphs wrapped at 72; the line cut before "Tapie" continues its paragraph.
        let headline = "\"C'est bien la preuve qu'il faut toujours se battre jusqu'au bout\", se réjouit Bernard Tapie après sa relaxe";
        let story = format!("{headline}\n\n{LE_MONDE_FOLDED}\n\nLe tribunal correctionnel de Paris a relaxé mardi 9 juillet Bernard\nTapie et cinq autres prévenus jugés au printemps dans l'affaire.\n");
        let page = Page::from_text(&story);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[0], headline);
        assert!(
            texts.contains(&"Le tribunal correctionnel de Paris a relaxé mardi 9 juillet Bernard Tapie et cinq autres prévenus jugés au printemps dans l'affaire."),
            "{texts:#?}"
        );
        // Three lines longer than any wrap: a page of a paragraph a line, whose lines stay
        // apart.
        let long = format!("{headline} {headline}");
        let lines = format!("{long}\n{long}\n{long}\n{story}");
        let page = Page::from_text(&lines);
        assert!(page
            .blocks
            .iter()
            .any(|b| b.text.ends_with("9 juillet Bernard")));
    }
}
