//! A table of contents: a run of short lines near the top of a page, each announcing a
//! section the article heads further down, in the same order ("La tournée menacée ?" above,
//! "La tournée de Florent Pagny menacée ?" heading its section). Its entries are navigation,
//! and the subheadings they announce are not repeats of them.
//!
//! A page dump keeps such a table as plain lines, with no bullet or markup to say it is a
//! list; its questions ("Qui est Azucena Camano ?") end like sentences and would open the
//! article's run at the table. What tells it is its shape and what follows: every entry's
//! words come back, in order, in a later short line.

use super::features::Shape;
use crate::segmenting;

/// A run holds this many entries at least: two short lines echoed below are a coincidence.
const MIN_ENTRIES: usize = 3;
/// A table holds at most this many entries; a longer run of short lines is a menu or a list,
/// and a bound keeps the search of the lines below linear in the page.
const MAX_ENTRIES: usize = 30;
/// An entry or the subheading it announces is a line of at most this many words.
const ENTRY_MAX_WORDS: usize = 12;
/// How many blocks below the table a subheading is looked for: the article under it.
const SEARCH_BLOCKS: usize = 400;
/// A word of the entry that only opens the subheading's word ("chimio", "chimiothérapie")
/// counts when it has this many letters at least.
const MIN_PREFIX_CHARS: usize = 4;

/// Which blocks are entries of a table of contents: in a run of short lines, at least
/// [`MIN_ENTRIES`] in a row whose words each come back, in order, in a later short line
/// outside the run that heads prose (a subheading).
pub(crate) fn entries(texts: &[&str], shapes: &[Shape]) -> Vec<bool> {
    let mut entry = vec![false; texts.len()];
    let mut search = Search {
        texts,
        shapes,
        headings: None,
        lines: std::iter::repeat_with(|| None).take(texts.len()).collect(),
        comparisons_left: COMPARISONS_PER_BLOCK * texts.len(),
    };
    let mut start = 0;
    while start < texts.len() {
        if !search.short(start) {
            start += 1;
            continue;
        }
        let end = (start..texts.len())
            .find(|&i| !search.short(i))
            .unwrap_or(texts.len());
        if (MIN_ENTRIES..=MAX_ENTRIES).contains(&(end - start)) {
            for i in search.announced_run(start, end) {
                entry[i] = true;
            }
        }
        start = end;
    }
    entry
}

/// How many entry-and-subheading comparisons a page may cost, for each of its blocks: a page
/// of short-line runs each followed by subheadings would otherwise compare every run with
/// the [`SEARCH_BLOCKS`] below it. A real page's tables cost a small part of it.
const COMPARISONS_PER_BLOCK: usize = 32;

/// The page's blocks as the search for tables reads them.
struct Search<'a> {
    texts: &'a [&'a str],
    shapes: &'a [Shape],
    /// The blocks that may be subheadings ([`Search::heads_prose`]), in order: found once,
    /// when the first run long enough asks, and each run's window of them found by a binary
    /// search.
    headings: Option<Vec<usize>>,
    /// Each block's words ([`Line::of`]), made the first time a search reads it.
    lines: Vec<Option<Line>>,
    /// What is left of the page's [`COMPARISONS_PER_BLOCK`].
    comparisons_left: usize,
}

impl Search<'_> {
    /// An entry or a subheading: a line of a few words, not ending on a full stop.
    fn short(&self, i: usize) -> bool {
        let shape = &self.shapes[i];
        (1..=ENTRY_MAX_WORDS).contains(&shape.words) && !shape.ends_full_stop
    }

    /// A short line heading prose: a share bar or a teaser printed again under the article
    /// is a run of short lines too, and announces nothing.
    fn heads_prose(&self, i: usize) -> bool {
        self.short(i) && i + 1 < self.texts.len() && {
            self.shapes[i + 1].is_prose() && !self.short(i + 1)
        }
    }

    fn line(&mut self, i: usize) -> &Line {
        self.lines[i].get_or_insert_with(|| Line::of(self.texts[i]))
    }

    /// The longest stretch of the run `start..end` whose entries are each announced, in
    /// order, by a subheading below the run; empty when shorter than [`MIN_ENTRIES`], or when
    /// the page's comparisons run out.
    fn announced_run(&mut self, start: usize, end: usize) -> std::ops::Range<usize> {
        let headings = match self.headings.take() {
            Some(headings) => headings,
            None => (0..self.texts.len())
                .filter(|&i| self.heads_prose(i))
                .collect(),
        };
        let found = self.announced_in(start, end, &headings);
        self.headings = Some(headings);
        found
    }

    /// [`Search::announced_run`], the page's possible subheadings given.
    fn announced_in(
        &mut self,
        start: usize,
        end: usize,
        headings: &[usize],
    ) -> std::ops::Range<usize> {
        // The subheadings below the run, as places in `headings`.
        let window_end = headings.partition_point(|&h| h < end + SEARCH_BLOCKS);
        let mut after = headings.partition_point(|&h| h < end);
        let (mut best, mut stretch) = (start..start, start..start);
        for i in start..end {
            // The entry's words, taken out while the subheadings' are made.
            let entry = self.lines[i]
                .take()
                .unwrap_or_else(|| Line::of(self.texts[i]));
            let mut found = None;
            for (at, &heading) in headings.iter().enumerate().take(window_end).skip(after) {
                if self.comparisons_left == 0 {
                    return start..start;
                }
                self.comparisons_left -= 1;
                if announces(&entry, self.line(heading)) {
                    found = Some(at);
                    break;
                }
            }
            self.lines[i] = Some(entry);
            match found {
                Some(at) => {
                    after = at + 1;
                    stretch.end = i + 1;
                }
                None => stretch = i + 1..i + 1,
            }
            if stretch.len() > best.len() {
                best = stretch.clone();
            }
        }
        match best.len() >= MIN_ENTRIES {
            true => best,
            false => start..start,
        }
    }
}

/// A line's words in lowercase (its runs of letters, digits and hyphens, as the tags read
/// the lead: [`segmenting::hyphenated_runs`]), and the openings they hold as bits: what
/// [`announces`] compares.
struct Line {
    /// The words, one after the other: one allocation a line, where a string for each word
    /// was one a word.
    lower: String,
    /// Where each word is in `lower`.
    words: Vec<std::ops::Range<usize>>,
    /// A bit for each word's opening (its first [`MIN_PREFIX_CHARS`] characters, or the
    /// whole word when shorter): a heading announcing an entry holds every opening of the
    /// entry's words, so most headings are told apart by one test of the bits.
    openings: u64,
}

impl Line {
    fn of(text: &str) -> Line {
        // Room for a word every five bytes, as the analysis makes (the vector grew two or
        // three times a line); each word lowercased into the line's copy, where a capitalised
        // one was lowercased into a string of its own first.
        let mut line = Line {
            lower: String::with_capacity(text.len()),
            words: Vec::with_capacity(text.len() / 5),
            openings: 0,
        };
        for word in segmenting::hyphenated_runs(text) {
            let start = line.lower.len();
            segmenting::push_str_lowercase(&mut line.lower, word);
            line.words.push(start..line.lower.len());
            line.openings |= opening_bit(&line.lower[start..]);
        }
        line
    }

    /// The words, in lowercase.
    fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|range| &self.lower[range.clone()])
    }
}

/// The bit of a word's opening ([`Line::openings`]).
fn opening_bit(word: &str) -> u64 {
    let end = word
        .char_indices()
        .nth(MIN_PREFIX_CHARS)
        .map_or(word.len(), |(at, _)| at);
    let mut hasher = rustc_hash::FxHasher::default();
    std::hash::Hasher::write(&mut hasher, &word.as_bytes()[..end]);
    1 << (std::hash::Hasher::finish(&hasher) % 64)
}

/// Every word of the entry is a word of the heading, or opens one ("chimio" of
/// "chimiothérapie"), and the heading says no less. A word of the entry is the heading's
/// word or opens it only if both open alike: the entry's opening bits are the heading's.
fn announces(entry: &Line, heading: &Line) -> bool {
    entry.openings & !heading.openings == 0
        && !entry.words.is_empty()
        && heading.words.len() >= entry.words.len()
        && entry.words().all(|word| {
            heading.words().any(|h| {
                h == word || word.chars().count() >= MIN_PREFIX_CHARS && h.starts_with(word)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries_of(lines: &[&str]) -> Vec<bool> {
        let shapes: Vec<Shape> = lines.iter().map(|l| Shape::of(l)).collect();
        entries(lines, &shapes)
    }

    /// L'Internaute's Florent Pagny page as a text dump: a "Sommaire" of ten plain lines under
    /// the chapô, each announcing a subheading of the article below.
    #[test]
    fn a_table_whose_entries_head_the_sections_below_is_found() {
        let lines = [
            "FLORENT PAGNY. Atteint d'un cancer au poumon, Florent Pagny est victime d'une rechute de la maladie et doit suivre un nouveau traitement en France.",
            "Sommaire",
            "La tournée menacée ?",
            "Florent Pagny et la chimio",
            "Florent Pagny quitte The Voice",
            "Qui est Azucena Camano ?",
            "Florent Pagny de retour à Paris pour un nouveau traitement. Atteint d'un cancer au poumon, le chanteur a dû entamer un nouveau protocole.",
            "La tournée de Florent Pagny menacée ?",
            "Selon les informations de Voici, Florent Pagny ne devrait pas rester longtemps en France.",
            "Florent Pagny et la chimiothérapie",
            "Quelques jours avant la finale de The Voice, Florent Pagny se voulait rassurant.",
            "Florent Pagny quitte The Voice",
            "Après une ultime saison, Florent Pagny a quitté The Voice.",
            "Qui est Azucena Camano, la femme de Florent Pagny ?",
            "Florent Pagny est marié depuis 1995 à Azucena Camano.",
        ];
        let found = entries_of(&lines);
        let marked: Vec<&str> = (0..lines.len())
            .filter(|&i| found[i])
            .map(|i| lines[i])
            .collect();
        assert_eq!(
            marked,
            [
                "La tournée menacée ?",
                "Florent Pagny et la chimio",
                "Florent Pagny quitte The Voice",
                "Qui est Azucena Camano ?"
            ]
        );
    }

    /// A menu's items, and short lines that no subheading below takes up, are no table.
    #[test]
    fn short_lines_not_taken_up_below_are_no_table() {
        let lines = [
            "Actualité",
            "Sport",
            "Culture",
            "Le tribunal correctionnel de Paris a relaxé mardi Bernard Tapie et cinq autres prévenus.",
            "La réaction de Bernard Tapie",
            "« C'est ma plus belle chimio ! », avait-il lâché quelques instants auparavant.",
        ];
        assert!(!entries_of(&lines).contains(&true));
        // 20 Minutes prints its share bar above and under the article: each line comes back
        // below, heading no prose.
        let bar = [
            "Partager sur Messenger",
            "Partager sur Facebook",
            "Partager sur Twitter",
            "Imprimer",
        ];
        let prose = "Morgan Large, journaliste bretonne, a été victime d'une nouvelle tentative de sabotage de sa voiture, a-t-elle annoncé mardi.";
        let lines = [&bar[..], &[prose], &bar[..]].concat();
        assert!(!entries_of(&lines).contains(&true));
        // Entries the sections below take up in another order are no table: "Le procès" heads
        // a section before "La réaction".
        let lines = [
            "La réaction",
            "Le procès",
            "Le verdict",
            "Une peine de cinq ans de prison avait été requise contre l'homme d'affaires.",
            "Le procès de Bernard Tapie",
            "Il a été relaxé mardi par le tribunal correctionnel de Paris.",
            "La réaction de Bernard Tapie",
            "Il a salué une décision juste.",
            "Le verdict de Bernard Tapie",
            "Le tribunal a jugé que l'arbitrage n'avait pas été truqué.",
        ];
        assert!(!entries_of(&lines).contains(&true));
        // The same entries in the sections' order are one.
        let mut ordered = lines;
        ordered.swap(0, 1);
        assert_eq!(entries_of(&ordered)[..3], [true; 3]);
    }

    proptest::proptest! {
        /// The opening bits only spare comparisons: an entry announces a heading exactly when
        /// every word of it is one of the heading's or opens one.
        #[test]
        fn the_openings_spare_only_comparisons(
            entry in "((la|le|chim|chimio|chimiothérapie|tour|tournée|Pagny|pag|é|éé|ça)[ ,?]{1,2}){0,4}",
            heading in "((la|le|chimio|chimiothérapie|tournée|Pagny|pag|é|éé|ça|de)[ ,?]{1,2}){0,7}",
        ) {
            let (entry, heading) = (Line::of(&entry), Line::of(&heading));
            let by_words = !entry.words.is_empty()
                && heading.words.len() >= entry.words.len()
                && entry.words().all(|word| {
                    heading.words().any(|h| {
                        h == word
                            || word.chars().count() >= MIN_PREFIX_CHARS && h.starts_with(word)
                    })
                });
            proptest::prop_assert_eq!(announces(&entry, &heading), by_words);
        }
    }

    #[test]
    fn an_entry_announces_a_heading_holding_its_words() {
        let announced =
            |entry: &str, heading: &str| announces(&Line::of(entry), &Line::of(heading));
        assert!(announced(
            "Biographie courte",
            "Biographie courte de Florent Pagny"
        ));
        assert!(announced(
            "Florent Pagny, accro à la cigarette ?",
            "Florent Pagny, fumeur accro à la cigarette ?"
        ));
        assert!(announced(
            "Florent Pagny et la chimio",
            "Florent Pagny et la chimiothérapie"
        ));
        assert!(!announced("La vidéo", "Les enfants de Florent Pagny"));
        // A short word opening a longer one is no announcement ("la" of "lavande").
        assert!(!announced("Le bilan de la", "Le bilan de lavande"));
        assert!(!announced("", "Le bilan"));
    }
}
