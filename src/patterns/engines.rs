//! The compiled forms of a [`Pattern`](super::Pattern): the `meta` engine for patterns run on
//! whole paragraphs, and for patterns run on short lines the two engines the `meta` engine
//! would have chosen between on them, built without it.
//!
//! Why not the `meta` engine for lines too: configured for lines (no lazy DFA, no prefilter,
//! no one-pass DFA) it runs the bounded backtracker or the PikeVM, exactly as here, but it
//! builds each pattern with a Thompson compiler of its own, and a compiler allocates a table of
//! ten thousand entries for its UTF-8 automata the first time it compiles a class, fills it and
//! drops it entry by entry: on a noisy page a tenth of a one-file run's instructions, for
//! fifteen patterns. Here one compiler a thread builds every line pattern; reused, it only
//! marks its table stale, and builds the automaton a new compiler would. The table is still
//! allocated once a compiler (78 of the noisy page's 609 page faults, before and after).

use regex_automata::meta;
use regex_automata::nfa::thompson;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::util::captures::{Captures, GroupInfo};
use regex_automata::util::iter::Searcher;
use regex_automata::util::pool::Pool;
use regex_automata::Input;
use regex_syntax::hir::Hir;
use std::ops::Range;

/// A pattern compiled for the texts it is run on.
pub(super) enum Engine {
    /// For whole paragraphs: the `meta` engine, with its lazy DFA and literal prefilter.
    Texts(meta::Regex),
    /// For short lines.
    Lines(LineEngine),
}

impl Engine {
    /// `hir` compiled for whole paragraphs.
    pub(super) fn for_texts(hir: &Hir) -> Engine {
        let regex = meta::Builder::new()
            .build_from_hir(hir)
            .expect("pattern builds");
        Engine::Texts(regex)
    }

    /// `hir` compiled for short lines.
    pub(super) fn for_lines(hir: &Hir) -> Engine {
        Engine::Lines(LineEngine::new(hir))
    }

    pub(super) fn is_match(&self, text: &str) -> bool {
        match self {
            Engine::Texts(regex) => regex.is_match(text),
            Engine::Lines(lines) => lines.is_match(&Input::new(text).earliest(true)),
        }
    }

    fn group_info(&self) -> &GroupInfo {
        match self {
            Engine::Texts(regex) => regex.group_info(),
            Engine::Lines(lines) => lines.pikevm.get_nfa().group_info(),
        }
    }

    /// Room for every group of a match.
    pub(super) fn create_captures(&self) -> Captures {
        Captures::all(self.group_info().clone())
    }

    /// The leftmost-first match in `input`, its groups in `captures` (as many as it has room
    /// for).
    pub(super) fn search(&self, input: &Input, captures: &mut Captures) {
        match self {
            Engine::Texts(regex) => regex.search_captures(input, captures),
            Engine::Lines(lines) => lines.search(input, captures),
        }
    }

    /// Where each match is, as `regex::Regex::find_iter` finds them.
    pub(super) fn find_ranges<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let mut whole_only = Captures::matches(self.group_info().clone());
        let mut searcher = Searcher::new(Input::new(text));
        std::iter::from_fn(move || {
            let found = searcher.advance(|input| {
                self.search(input, &mut whole_only);
                Ok(whole_only.get_match())
            });
            found.map(|m| m.range())
        })
    }

    /// Each match's groups, as `regex::Regex::captures_iter` finds them.
    pub(super) fn captures_iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = Captures> + 'a {
        let mut captures = self.create_captures();
        let mut searcher = Searcher::new(Input::new(text));
        std::iter::from_fn(move || {
            searcher.advance(|input| {
                self.search(input, &mut captures);
                Ok(captures.get_match())
            })?;
            Some(captures.clone())
        })
    }
}

thread_local! {
    /// The compiler of the line patterns, one a thread (see the module's doc).
    static LINE_COMPILER: thompson::Compiler = thompson::Compiler::new();
}

/// A line pattern: the bounded backtracker where the text is short enough for it, the PikeVM
/// elsewhere, as the `meta` engine chooses between them; each thread that searches has caches
/// of its own.
pub(super) struct LineEngine {
    pikevm: PikeVM,
    backtrack: BoundedBacktracker,
    caches: Pool<LineCache, LineCacheFn>,
}

/// A thread's caches of a [`LineEngine`], each made the first time its engine runs.
#[derive(Default)]
struct LineCache {
    pikevm: Option<pikevm::Cache>,
    backtrack: Option<backtrack::Cache>,
}

type LineCacheFn =
    Box<dyn Fn() -> LineCache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// A match test reads at most this many bytes with the backtracker, as the `meta` engine
/// does: the backtracker cannot stop at the first match, and another engine may read less of
/// a long text.
const BACKTRACKED_MATCH_TEST: usize = 128;

impl LineEngine {
    fn new(hir: &Hir) -> LineEngine {
        let nfa =
            LINE_COMPILER.with(|compiler| compiler.build_from_hir(hir).expect("pattern builds"));
        LineEngine {
            pikevm: PikeVM::new_from_nfa(nfa.clone()).expect("pattern builds"),
            backtrack: BoundedBacktracker::new_from_nfa(nfa).expect("pattern builds"),
            caches: Pool::new(Box::new(LineCache::default)),
        }
    }

    /// Whether the backtracker may search `input`: it is short enough for its table of
    /// visited states.
    fn backtracks(&self, input: &Input) -> bool {
        input.get_span().len() <= self.backtrack.max_haystack_len()
    }

    fn is_match(&self, input: &Input) -> bool {
        let mut cache = self.caches.get();
        if input.haystack().len() <= BACKTRACKED_MATCH_TEST && self.backtracks(input) {
            let cache = cache
                .backtrack
                .get_or_insert_with(|| self.backtrack.create_cache());
            return self
                .backtrack
                .try_is_match(cache, input.clone())
                .expect("the text fits the backtracker");
        }
        let cache = cache
            .pikevm
            .get_or_insert_with(|| self.pikevm.create_cache());
        self.pikevm.is_match(cache, input.clone())
    }

    fn search(&self, input: &Input, captures: &mut Captures) {
        let mut cache = self.caches.get();
        if self.backtracks(input) {
            let cache = cache
                .backtrack
                .get_or_insert_with(|| self.backtrack.create_cache());
            self.backtrack
                .try_search(cache, input, captures)
                .expect("the text fits the backtracker");
        } else {
            let cache = cache
                .pikevm
                .get_or_insert_with(|| self.pikevm.create_cache());
            self.pikevm.search(cache, input, captures);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(source: &str) -> Hir {
        regex_syntax::ParserBuilder::new()
            .case_insensitive(true)
            .build()
            .parse(source)
            .expect("valid pattern")
    }

    #[test]
    fn the_reused_compiler_builds_what_a_new_one_builds() {
        let sources = [
            r"^\W*(partager|share)\W*$",
            r"(\d{1,2})\s+(mai|juin)",
            r"\w+é\b",
        ];
        for source in sources {
            LineEngine::new(&parsed(source));
        }
        for source in sources {
            let reused = LINE_COMPILER.with(|c| c.build_from_hir(&parsed(source)).unwrap());
            let new = thompson::Compiler::new()
                .build_from_hir(&parsed(source))
                .unwrap();
            assert_eq!(format!("{reused:?}"), format!("{new:?}"), "{source}");
        }
    }

    #[test]
    fn a_text_too_long_for_the_backtracker_is_searched_by_the_pikevm() {
        let source = r"(\w+)\s+(lire aussi)";
        let Engine::Lines(lines) = Engine::for_lines(&parsed(source)) else {
            unreachable!("a line engine")
        };
        let text = format!(
            "{} À lire aussi et {}",
            "mot ".repeat(200_000),
            "fin ".repeat(10)
        );
        assert!(
            !lines.backtracks(&Input::new(&text)),
            "the text is long enough"
        );
        let engine = Engine::Lines(lines);
        let regex = regex::Regex::new(&format!("(?i){source}")).unwrap();
        let expected: Vec<_> = regex.find_iter(&text).map(|m| m.range()).collect();
        assert_eq!(engine.find_ranges(&text).collect::<Vec<_>>(), expected);
        assert!(engine.is_match(&text));
        let groups: Vec<_> = engine
            .captures_iter(&text)
            .map(|c| c.get_group(1).unwrap().range())
            .collect();
        let expected: Vec<_> = regex
            .captures_iter(&text)
            .map(|c| c.get(1).unwrap().range())
            .collect();
        assert_eq!(groups, expected);
    }
}
