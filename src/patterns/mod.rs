//! Regexes that cost little to compile, for the lines of page furniture: same matches, same
//! groups, as the `regex` crate's `Regex` of the same source.
//!
//! A one-file run compiles its patterns each time, and compiling was most of a noisy page's
//! run: the `regex` crate turns every Unicode class (`\W`, `\p{L}`, `\d`, `\s`) into a UTF-8
//! automaton of hundreds of ranges (one `\W` is 150 µs), and builds a reverse automaton and a
//! literal prefilter that a search of one short line does not repay. What makes them cheap,
//! each exact:
//!
//! - **Classes cut to the common blocks.** Nearly every line of French news copy holds only
//!   characters of `COMMON_CLASS`: the blocks of `COMMON` (Latin, general punctuation,
//!   symbols, private-use icons) but two characters that fold to ASCII letters. On such a
//!   line a class matches exactly what its intersection with those characters matches, and
//!   the intersection compiles into a few ranges. So a pattern has two compiled forms, each
//!   built the first time it is needed: the cut one for lines within the blocks, the whole one
//!   for any other line (an emoji, a Greek word).
//! - **Perl classes cut once a process.** `\W`, `\s`, `\d` and their kin stand in most
//!   patterns; each is cut to the blocks once and put in place of the class where the parser
//!   stood a placeholder (`cut_hir_with_perl_classes_cut_once`), where translating `\W`
//!   built and negated Unicode's word class again in every pattern. The crate's tests parse
//!   every pattern they reach both ways and compare the trees.
//! - **A lighter engine** for patterns run on short lines ([`Pattern::new`]): no lazy DFA
//!   (which needs the reverse automaton) and no prefilter; most of those lines were already
//!   passed by the exact literal tests of [`crate::literals`], and the bounded backtracker is
//!   quick on them. Their automata are built by one compiler a thread (`engines`). A pattern
//!   run on every paragraph keeps the `meta` engine ([`Pattern::for_texts`]).
//! - **Match tests by a forward lazy DFA** (`Tester`) in a run of many texts ([`many_texts_ahead`]):
//!   whether a short line matches is read by a forward lazy DFA of the cut pattern, a few
//!   instructions a byte, where the backtracker and the PikeVM spent tens of thousands a line
//!   (two hundred thousand on a long paragraph); the `meta` engine's lazy DFA would also build
//!   a reverse automaton, which a match test never reads. The groups of a match are still
//!   found by the light engine.

mod engines;

use crate::literals::{holds_folding_to_ascii, FOLDING_TO_ASCII};
use engines::Engine;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, OnceLock};

/// The blocks a line is read within (inclusive ranges): Basic Latin to the combining
/// diacritics (U+0000–U+036F), general punctuation to the miscellaneous symbols and arrows
/// (U+2000–U+2BFF: quotes, dashes, "…", "€", "→", "▶"), and the private use area where icon
/// fonts put their glyphs (U+E000–U+F8FF).
const COMMON: [(char, char); 3] = [
    ('\0', '\u{36F}'),
    ('\u{2000}', '\u{2BFF}'),
    ('\u{E000}', '\u{F8FF}'),
];

/// [`COMMON`] without the two characters `(?i)` matches to an ASCII letter
/// ([`FOLDING_TO_ASCII`]: the long s, the Kelvin sign), which no French news copy holds: cut
/// to it, every "s" and "k" of a caseless pattern is a class of two ASCII bytes, where the
/// character beyond ASCII gave each a branch of its own in the automata. A line holding
/// either takes the whole form.
static COMMON_CLASS: LazyLock<ClassUnicode> = LazyLock::new(|| {
    let mut class =
        ClassUnicode::new(COMMON.map(|(start, end)| ClassUnicodeRange::new(start, end)));
    class.difference(&ClassUnicode::new(
        FOLDING_TO_ASCII.map(|c| ClassUnicodeRange::new(c, c)),
    ));
    class
});

/// Whether every character of `text` is in `COMMON_CLASS`, where a line is matched with
/// classes cut to it: within the blocks (`within_blocks`), and not one that folds to ASCII.
pub fn is_common(text: &str) -> bool {
    text.is_ascii() || within_blocks(text) && !holds_folding_to_ascii(text)
}

/// Whether every character of `text` is in [`COMMON`]. Asked before every search, of whole
/// paragraphs: read by the bytes that open each character (its UTF-8 lead byte, and the next
/// one where the lead byte alone does not tell), no character decoded.
///
/// Read by chunks: most bytes of French text, even beyond ASCII ("é" is C3 A9), are below CD,
/// the first lead byte that may open a character out of the blocks (C0 and C1 never stand in
/// UTF-8), and a chunk of them is passed by one comparison of all its bytes, which compiles to
/// vector instructions; only a chunk holding a higher byte is read byte by byte.
fn within_blocks(text: &str) -> bool {
    const CHUNK: usize = 16;
    let bytes = text.as_bytes();
    bytes.chunks(CHUNK).enumerate().all(|(i, chunk)| {
        !chunk
            .iter()
            .fold(false, |high, &byte| high | (byte >= 0xCD))
            || chunk
                .iter()
                .enumerate()
                .all(|(j, &byte)| opens_common(bytes, i * CHUNK + j, byte))
    })
}

/// The byte `byte` at `at` of `bytes` is inside a character, or opens one of [`COMMON`].
fn opens_common(bytes: &[u8], at: usize, byte: u8) -> bool {
    let next_at_most = |last: u8| bytes.get(at + 1).is_some_and(|&b| b <= last);
    match byte {
        // ASCII, a byte inside a character, U+0080–U+033F, U+E000–U+EFFF.
        0x00..=0xBF | 0xC2..=0xCC | 0xEE => true,
        // U+0340–U+036F of U+0340–U+037F.
        0xCD => next_at_most(0xAF),
        // U+2000–U+2BFF of U+2000–U+2FFF.
        0xE2 => next_at_most(0xAF),
        // U+F000–U+F8FF of U+F000–U+FFFF.
        0xEF => next_at_most(0xA3),
        _ => false,
    }
}

/// Whether the run will test many texts: match tests then go to each pattern's [`Tester`].
static MANY_TEXTS: AtomicBool = AtomicBool::new(false);

/// The run will test thousands of lines (a batch, a stream of records): from now on a
/// short-line pattern's match tests are read by its lazy DFA (`Tester`). Building the DFA and
/// its first states costs more than the light engine's search of a line or two, so a one-file
/// run, whose time is mostly compiling, keeps the light engine (a fifth more instructions
/// for a seed with the DFA); a batch makes it back within a few articles (3 % fewer
/// instructions on the 1,050). Either engine finds the same.
pub fn many_texts_ahead() {
    MANY_TEXTS.store(true, Ordering::Relaxed);
}

/// Whether [`many_texts_ahead`] was called: a pattern compiled once is then cheaper to run on
/// each line than a hand-written reading of it.
pub fn many_texts() -> bool {
    MANY_TEXTS.load(Ordering::Relaxed)
}

/// A pattern of the `regex` crate's syntax, compiled in the form a text needs the first time
/// a text needs it.
pub struct Pattern {
    source: &'static str,
    caseless: bool,
    long_texts: bool,
    /// The pattern parsed with its classes cut to the blocks: the [`Tester`] and the `common`
    /// form are both built from it, and parsing (classes translated, case-folded, then cut)
    /// cost as much as compiling.
    cut_hir: OnceLock<Hir>,
    common: OnceLock<Engine>,
    whole: OnceLock<Engine>,
    /// The match test of a short-line pattern on texts within the blocks, `None` when its
    /// lazy DFA cannot be built.
    tester: OnceLock<Option<Tester>>,
}

impl Pattern {
    /// A pattern run on short lines.
    pub const fn new(source: &'static str) -> Pattern {
        Pattern::with(source, false, false)
    }

    /// A pattern run on short lines, as if written after `(?i)`.
    pub const fn caseless(source: &'static str) -> Pattern {
        Pattern::with(source, true, false)
    }

    /// A pattern run on whole paragraphs, with the lazy DFA and the prefilter.
    pub const fn for_texts(source: &'static str) -> Pattern {
        Pattern::with(source, false, true)
    }

    /// A pattern run on whole paragraphs, as if written after `(?i)`.
    pub const fn caseless_for_texts(source: &'static str) -> Pattern {
        Pattern::with(source, true, true)
    }

    const fn with(source: &'static str, caseless: bool, long_texts: bool) -> Pattern {
        Pattern {
            source,
            caseless,
            long_texts,
            cut_hir: OnceLock::new(),
            common: OnceLock::new(),
            whole: OnceLock::new(),
            tester: OnceLock::new(),
        }
    }

    pub fn as_str(&self) -> &'static str {
        self.source
    }

    /// Whether the pattern matches `text`: on a short line within the blocks, as the
    /// `Tester` reads it, unless its lazy DFA gives up.
    pub fn is_match(&self, text: &str) -> bool {
        let common = is_common(text);
        if let Some(found) = self.test(common, text) {
            return found;
        }
        self.regex(common).is_match(text)
    }

    /// The [`Tester`]'s answer for a short-line pattern on a text within the blocks, in a run
    /// of many texts, or `None` (no tester, or it gave up).
    fn test(&self, common: bool, text: &str) -> Option<bool> {
        if !common || self.long_texts || !many_texts() {
            return None;
        }
        let tester = self.tester.get_or_init(|| Tester::new(self.cut_hir()));
        tester.as_ref()?.is_match(text)
    }

    /// Where each match is, as `regex::Regex::find_iter` finds them.
    pub fn find_ranges<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        self.regex_for(text).find_ranges(text)
    }

    /// The first match's groups, as `regex::Regex::captures` finds them.
    pub fn captures<'h>(&self, text: &'h str) -> Option<Groups<'h>> {
        // A line the match test rules out is not searched for groups.
        let common = is_common(text);
        if self.test(common, text) == Some(false) {
            return None;
        }
        let regex = self.regex(common);
        let mut captures = regex.create_captures();
        regex.search(&Input::new(text), &mut captures);
        captures.is_match().then_some(Groups { text, captures })
    }

    /// `text` with every match replaced by what `with` makes of its groups, as
    /// `regex::Regex::replace_all` does.
    pub fn replace_all<'h>(
        &self,
        text: &'h str,
        mut with: impl FnMut(&Groups) -> String,
    ) -> Cow<'h, str> {
        let mut matches = self.regex_for(text).captures_iter(text).peekable();
        if matches.peek().is_none() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        for captures in matches {
            let groups = Groups { text, captures };
            let whole = groups.range(0).expect("a match");
            out.push_str(&text[copied..whole.start]);
            out.push_str(&with(&groups));
            copied = whole.end;
        }
        out.push_str(&text[copied..]);
        Cow::Owned(out)
    }

    fn regex_for(&self, text: &str) -> &Engine {
        self.regex(is_common(text))
    }

    /// The form for texts within the blocks (`common`), or for any other.
    fn regex(&self, common: bool) -> &Engine {
        if common {
            self.common.get_or_init(|| self.compile(self.cut_hir()))
        } else {
            self.whole.get_or_init(|| self.compile(&self.hir(None)))
        }
    }

    /// The pattern parsed with its classes cut to [`COMMON`], parsed the first time.
    fn cut_hir(&self) -> &Hir {
        self.cut_hir.get_or_init(|| {
            let as_written = || self.hir(Some(&COMMON_CLASS));
            let fast = cut_hir_with_perl_classes_cut_once(self.source, self.caseless);
            // In the crate's tests every pattern a test reaches is also parsed as written, and
            // the two trees compared.
            #[cfg(test)]
            if let Some(fast) = &fast {
                assert_eq!(*fast, as_written(), "{}", self.source);
            }
            fast.unwrap_or_else(as_written)
        })
    }

    /// The pattern compiled from `hir`.
    fn compile(&self, hir: &Hir) -> Engine {
        match self.long_texts {
            true => Engine::for_texts(hir),
            false => Engine::for_lines(hir),
        }
    }
}

impl Pattern {
    /// The pattern parsed, its classes cut to `within` when given.
    fn hir(&self, within: Option<&ClassUnicode>) -> Hir {
        let hir = regex_syntax::ParserBuilder::new()
            .case_insensitive(self.caseless)
            .build()
            .parse(self.source)
            .expect("valid pattern");
        match within {
            Some(within) => cut_classes(hir, within),
            None => hir,
        }
    }
}

thread_local! {
    /// The compiler of the testers' automata, one a thread: a compiler allocates and fills a
    /// table of ten thousand entries for its UTF-8 automata the first time it compiles a
    /// class, and drops it entry by entry, a tenth of building a tester; reused, it only
    /// marks the table stale. Each build starts afresh, and gives the automaton a new one
    /// would.
    static NFA_COMPILER: thompson::Compiler = {
        let mut compiler = thompson::Compiler::new();
        compiler.configure(thompson::Config::new().which_captures(WhichCaptures::None));
        compiler
    };
}

/// Whether a pattern matches a text, by a forward lazy DFA alone: the automaton is built
/// without groups, a state at a time as texts need them, and each thread that asks has a
/// cache of its own. A pattern anchored at the start is searched from there only.
struct Tester {
    dfa: DFA,
    anchored: bool,
    caches: Pool<Cache, CacheFn>,
}

type CacheFn =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

impl Tester {
    /// The tester of `hir`, or `None` when the automaton cannot be built.
    fn new(hir: &Hir) -> Option<Tester> {
        let anchored = hir.properties().look_set_prefix().contains(Look::Start);
        let nfa = NFA_COMPILER.with(|compiler| compiler.build_from_hir(hir).ok())?;
        // As the `meta` engine configures its lazy DFA: it gives up (and the light engine
        // answers) rather than rebuild its states again and again.
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .unicode_word_boundary(true)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa)
            .ok()?;
        let for_caches = dfa.clone();
        let create: CacheFn = Box::new(move || for_caches.create_cache());
        Some(Tester {
            dfa,
            anchored,
            caches: Pool::new(create),
        })
    }

    /// Whether the pattern matches `text`, or `None` if the automaton gave up.
    fn is_match(&self, text: &str) -> Option<bool> {
        let anchored = match self.anchored {
            true => Anchored::Yes,
            false => Anchored::No,
        };
        let input = Input::new(text).earliest(true).anchored(anchored);
        let mut cache = self.caches.get();
        let found = self.dfa.try_search_fwd(&mut cache, &input).ok()?;
        Some(found.is_some())
    }
}

/// `source` parsed with its classes cut to [`COMMON_CLASS`], as [`Pattern::hir`] makes it,
/// each Perl class (`\W`, `\s`, `\d`…) outside brackets taken from [`CUT_PERL_CLASSES`]:
/// `None` when the pattern sets the Unicode flag, or when the parser united a placeholder
/// with another class (the caller then parses it as written).
///
/// Translating `\W` builds Unicode's word class (some 770 ranges), negates it, and the cut
/// then intersects the result with the blocks: a tenth of a noisy page's one-file run went to
/// the Perl classes of its dozen patterns, the same classes each time. Here each is cut once
/// a process, and stands in the parsed tree as a placeholder until the tree is cut.
fn cut_hir_with_perl_classes_cut_once(source: &str, caseless: bool) -> Option<Hir> {
    use regex_syntax::ast;
    let mut tree = ast::parse::Parser::new().parse(source).ok()?;
    let placed = perl_classes_to_placeholders(&mut tree)?;
    let hir = regex_syntax::hir::translate::TranslatorBuilder::new()
        .case_insensitive(caseless)
        .build()
        .translate(source, &tree)
        .ok()?;
    // The parser unites an alternation of classes into one (`a|\W`, `\D|\S(?i:)`), and a
    // placeholder united with others is no longer found: each must be found as placed.
    let mut found = 0;
    let hir = cut_classes_with(hir, &COMMON_CLASS, &mut |class| {
        let placeholder = PerlPlaceholder::of(class)?;
        found += 1;
        Some(CUT_PERL_CLASSES[placeholder.0].clone())
    });
    (found == placed).then_some(hir)
}

/// The six Perl classes (`\d`, `\D`, `\s`, `\S`, `\w`, `\W`) cut to [`COMMON_CLASS`],
/// in the order of [`PerlPlaceholder::index`], cut the first time a pattern is parsed.
static CUT_PERL_CLASSES: LazyLock<[ClassUnicode; 6]> = LazyLock::new(|| {
    ["\\d", "\\D", "\\s", "\\S", "\\w", "\\W"].map(|source| {
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(source)
            .expect("a Perl class");
        match cut_classes(hir, &COMMON_CLASS).into_kind() {
            HirKind::Class(Class::Unicode(class)) => class,
            _ => unreachable!("a Perl class parses to a class"),
        }
    })
});

/// A Perl class's placeholder in the parsed tree: two characters of the private use plane
/// 15, which no pattern names (two, so that the parser keeps a class, never a literal).
struct PerlPlaceholder(usize);

/// The first character of the placeholders; class `i` is `FIRST + 4i` and `FIRST + 4i + 2`.
const PLACEHOLDER_FIRST: u32 = 0xF_0000;

impl PerlPlaceholder {
    fn index(kind: &regex_syntax::ast::ClassPerlKind, negated: bool) -> usize {
        use regex_syntax::ast::ClassPerlKind;
        let kind = match kind {
            ClassPerlKind::Digit => 0,
            ClassPerlKind::Space => 1,
            ClassPerlKind::Word => 2,
        };
        2 * kind + usize::from(negated)
    }

    fn chars(index: usize) -> [char; 2] {
        let first = PLACEHOLDER_FIRST + 4 * index as u32;
        [first, first + 2].map(|c| char::from_u32(c).expect("a private use character"))
    }

    /// The placeholder `class` is, if it is one.
    fn of(class: &ClassUnicode) -> Option<PerlPlaceholder> {
        let [a, b] = class.ranges() else {
            return None;
        };
        (0..6)
            .find(|&i| {
                let [first, second] = PerlPlaceholder::chars(i);
                (a.start(), a.end(), b.start(), b.end()) == (first, first, second, second)
            })
            .map(PerlPlaceholder)
    }
}

/// Every Perl class of `tree` outside brackets replaced by its placeholder: how many were
/// placed, or `None` when the tree sets the Unicode flag (its Perl classes are then ASCII
/// ones).
fn perl_classes_to_placeholders(tree: &mut regex_syntax::ast::Ast) -> Option<usize> {
    use regex_syntax::ast::{self, Ast};
    let sets_unicode = |flags: &ast::Flags| {
        flags
            .items
            .iter()
            .any(|item| item.kind == ast::FlagsItemKind::Flag(ast::Flag::Unicode))
    };
    match tree {
        Ast::ClassPerl(perl) => {
            let span = perl.span;
            let literal = |c: char| {
                ast::ClassSetItem::Literal(ast::Literal {
                    span,
                    kind: ast::LiteralKind::Verbatim,
                    c,
                })
            };
            let [first, second] =
                PerlPlaceholder::chars(PerlPlaceholder::index(&perl.kind, perl.negated));
            *tree = Ast::class_bracketed(ast::ClassBracketed {
                span,
                negated: false,
                kind: ast::ClassSet::union(ast::ClassSetUnion {
                    span,
                    items: vec![literal(first), literal(second)],
                }),
            });
            Some(1)
        }
        Ast::Flags(set) => (!sets_unicode(&set.flags)).then_some(0),
        Ast::Group(group) => {
            let flags_ok = match &group.kind {
                ast::GroupKind::NonCapturing(flags) => !sets_unicode(flags),
                _ => true,
            };
            flags_ok.then(|| perl_classes_to_placeholders(&mut group.ast))?
        }
        Ast::Repetition(repetition) => perl_classes_to_placeholders(&mut repetition.ast),
        Ast::Alternation(alternation) => placed_in_each(&mut alternation.asts),
        Ast::Concat(concat) => placed_in_each(&mut concat.asts),
        _ => Some(0),
    }
}

/// [`perl_classes_to_placeholders`] of each of `trees`: how many placeholders in all.
fn placed_in_each(trees: &mut [regex_syntax::ast::Ast]) -> Option<usize> {
    trees
        .iter_mut()
        .map(perl_classes_to_placeholders)
        .sum::<Option<usize>>()
}

/// `hir` with every Unicode class intersected with `within`: on a text whose characters are
/// all in `within`, the same matches. The tree is taken apart, not cloned.
fn cut_classes(hir: Hir, within: &ClassUnicode) -> Hir {
    cut_classes_with(hir, within, &mut |_| None)
}

/// [`cut_classes`], where `cut_already` may give a class already cut.
fn cut_classes_with(
    hir: Hir,
    within: &ClassUnicode,
    cut_already: &mut dyn FnMut(&ClassUnicode) -> Option<ClassUnicode>,
) -> Hir {
    let mut cut = |sub: Box<Hir>| Box::new(cut_classes_with(*sub, within, cut_already));
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(mut class)) => match cut_already(&class) {
            Some(cut) => Hir::class(Class::Unicode(cut)),
            None => {
                if !spans_within(&class, within) {
                    class.intersect(within);
                }
                Hir::class(Class::Unicode(class))
            }
        },
        HirKind::Repetition(mut repetition) => {
            repetition.sub = cut(repetition.sub);
            Hir::repetition(repetition)
        }
        HirKind::Capture(mut capture) => {
            capture.sub = cut(capture.sub);
            Hir::capture(capture)
        }
        HirKind::Concat(subs) => Hir::concat(
            subs.into_iter()
                .map(|s| cut_classes_with(s, within, cut_already))
                .collect(),
        ),
        HirKind::Alternation(subs) => Hir::alternation(
            subs.into_iter()
                .map(|s| cut_classes_with(s, within, cut_already))
                .collect(),
        ),
        HirKind::Class(bytes @ Class::Bytes(_)) => Hir::class(bytes),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Look(look) => Hir::look(look),
    }
}

/// Whether `class` lies within one range of `within`, and so is its own intersection with it:
/// most classes a caseless pattern holds are a letter's two cases ("[Ee]", "[Éé]"), inside
/// the first range of [`COMMON_CLASS`], and intersecting each (a new set built, then sorted)
/// was a twentieth of a noisy page's one-file run.
fn spans_within(class: &ClassUnicode, within: &ClassUnicode) -> bool {
    let (Some(first), Some(last)) = (class.ranges().first(), class.ranges().last()) else {
        return true;
    };
    within
        .ranges()
        .iter()
        .any(|range| range.start() <= first.start() && last.end() <= range.end())
}

/// The groups of a match: group 0 is the whole match.
pub struct Groups<'h> {
    text: &'h str,
    captures: Captures,
}

impl<'h> Groups<'h> {
    pub fn get(&self, index: usize) -> Option<&'h str> {
        Some(&self.text[self.range(index)?])
    }

    /// Where the group is in the text.
    pub fn range(&self, index: usize) -> Option<Range<usize>> {
        Some(self.captures.get_group(index)?.range())
    }

    pub fn name(&self, name: &str) -> Option<&'h str> {
        let span = self.captures.get_group_by_name(name)?;
        Some(&self.text[span.range()])
    }

    /// Every group after the whole match, `None` for one that took no part in it.
    pub fn groups(&self) -> impl Iterator<Item = Option<&'h str>> + '_ {
        (1..self.captures.group_len()).map(|index| self.get(index))
    }
}

impl std::ops::Index<usize> for Groups<'_> {
    type Output = str;

    /// The group's text; panics when the group took no part in the match, as `regex` does.
    fn index(&self, index: usize) -> &str {
        self.get(index).expect("group took part in the match")
    }
}

/// For tests beside each pattern: the `regex` crate's `Regex` of the same source.
#[cfg(test)]
pub fn as_regex(pattern: &Pattern) -> regex::Regex {
    let prefix = if pattern.caseless { "(?i)" } else { "" };
    regex::Regex::new(&format!("{prefix}{}", pattern.source)).expect("valid pattern")
}

/// For tests beside each pattern: on `text`, the pattern finds, with the compiled form that
/// [`Pattern`] chooses, what `regex` (its [`as_regex`]) finds, groups included.
#[cfg(test)]
pub fn agrees_with_regex(pattern: &Pattern, regex: &regex::Regex, text: &str) -> bool {
    let expected: Option<Vec<Option<&str>>> = regex
        .captures(text)
        .map(|c| c.iter().map(|g| g.map(|m| m.as_str())).collect());
    let found = pattern
        .captures(text)
        .map(|g| (0..g.captures.group_len()).map(|i| g.get(i)).collect());
    expected == found && regex.is_match(text) == pattern.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Classes of every kind the crate's patterns use, caseless or not.
    const SAMPLES: [(&str, bool); 6] = [
        (r"^\W*(partage[rz]?|share|e-?mail\W*$)(?:\W|$)", true),
        (r"^(\p{Lu}[\p{L} .'’-]+)\s/\s(\p{Lu}[\p{L} .'’-]+)$", false),
        (
            r"(?:^|\W)(\d{1,2})(?:er|ᵉʳ)?\s+(mai|août)(?:\s+(\d{4}))?(?:\W|$)",
            true,
        ),
        (r"^\W*(\S+\s+)?avec (l['’])?(afp|ap)\W*$", true),
        (r"(?P<a>[^.]+)\.|(?P<b>\w+)$", false),
        (r"\bkilo\b|ſ", true),
    ];

    /// The pattern parsed and cut as [`Pattern::hir`] makes it, every class translated.
    fn cut_as_written(source: &str, caseless: bool) -> Hir {
        let source: &'static str = Box::leak(source.to_string().into_boxed_str());
        Pattern::with(source, caseless, false).hir(Some(&COMMON_CLASS))
    }

    #[test]
    fn a_class_inside_one_range_of_the_blocks_is_its_own_cut() {
        let class = |ranges: &[(char, char)]| {
            ClassUnicode::new(ranges.iter().map(|&(a, b)| ClassUnicodeRange::new(a, b)))
        };
        assert!(spans_within(
            &class(&[('E', 'E'), ('e', 'e')]),
            &COMMON_CLASS
        ));
        assert!(spans_within(
            &class(&[('É', 'É'), ('é', 'é')]),
            &COMMON_CLASS
        ));
        assert!(spans_within(&class(&[('‘', '”')]), &COMMON_CLASS));
        // "s" under (?i) holds the long s, which the blocks leave out; a class across two
        // ranges of the blocks spans the gap between them.
        assert!(!spans_within(
            &class(&[('S', 'S'), ('s', 's'), ('ſ', 'ſ')]),
            &COMMON_CLASS
        ));
        assert!(!spans_within(
            &class(&[('a', 'a'), ('€', '€')]),
            &COMMON_CLASS
        ));
        assert!(spans_within(&class(&[]), &COMMON_CLASS));
    }

    #[test]
    fn perl_classes_cut_once_make_the_tree_each_pattern_made() {
        for (source, caseless) in SAMPLES {
            let fast = cut_hir_with_perl_classes_cut_once(source, caseless);
            assert_eq!(fast, Some(cut_as_written(source, caseless)), "{source}");
        }
        // Classes the parser unites with a placeholder, and the Unicode flag: parsed as written.
        for source in [
            r"a|\W",
            r"[\W\d]|\s",
            r"(?:[^ ]|\s)",
            r"(?:.|(?:\d|b))",
            r"\D|\S(?i:)",
            r"(?-u:\w)x",
            r"(?u)\d",
        ] {
            assert!(
                cut_hir_with_perl_classes_cut_once(source, true).is_none(),
                "{source}"
            );
        }
        // A class of the text that spans the placeholders, beside one.
        for source in [r"[^.]+\W", r"(?:[^ ]x|\s)|\S"] {
            assert_eq!(
                cut_hir_with_perl_classes_cut_once(source, false),
                Some(cut_as_written(source, false)),
                "{source}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1024, max_global_rejects: 1 << 16, ..ProptestConfig::default() })]
        /// Whatever the pattern, the tree made with the Perl classes cut once is the tree made
        /// as written, or none is made.
        #[test]
        fn perl_classes_cut_once_agree_with_the_pattern_as_written(
            pieces in proptest::collection::vec(
                r"\\[dDsSwW]|\[\^?(\\[dDsSwW]|a|é|-|\\pL){1,3}\]|\\p\{Lu\}|\[\^ \]|\.|[aé K]|\||\||\(\?i:|\(\?:|\(|\)|\||[*+?]|\^|\$|\\b|\{2\}",
                1..6,
            ),
            caseless in any::<bool>(),
        ) {
            let source = pieces.concat();
            prop_assume!(regex_syntax::Parser::new().parse(&source).is_ok());
            if let Some(fast) = cut_hir_with_perl_classes_cut_once(&source, caseless) {
                prop_assert_eq!(fast, cut_as_written(&source, caseless), "{}", source);
            }
        }
    }

    fn lines() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            crate::literals::furniture_like(),
            "[a-zA-Zéèàçœ’'«» .:/(),-]{0,30}",
            any::<String>(),
            "[\u{0}-\u{36f}\u{2000}-\u{2bff}\u{e000}-\u{e010}]{0,20}",
        ];
        proptest::collection::vec(pieces, 1..4).prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn cut_and_whole_forms_find_what_regex_finds(text in lines()) {
            for (source, caseless) in SAMPLES {
                let pattern = if caseless { Pattern::caseless(source) } else { Pattern::new(source) };
                prop_assert!(agrees_with_regex(&pattern, &as_regex(&pattern), &text), "{source} {text:?}");
            }
        }
    }

    proptest! {
        /// The forward lazy DFA answers, when it answers, what the light engine answered
        /// before it: on any line, for patterns of every kind, anchored or not.
        #[test]
        fn the_tester_answers_as_the_light_engine(text in lines()) {
            many_texts_ahead();
            for (source, caseless) in SAMPLES {
                let pattern = if caseless { Pattern::caseless(source) } else { Pattern::new(source) };
                let common = is_common(&text);
                if let Some(found) = pattern.test(common, &text) {
                    prop_assert_eq!(found, pattern.regex(common).is_match(&text), "{} {:?}", source, text);
                }
            }
        }
    }

    #[test]
    fn a_pattern_anchored_at_the_start_is_tested_from_there() {
        let tester = |source: &str| {
            let pattern = Pattern::caseless(Box::leak(source.to_string().into_boxed_str()));
            Tester::new(pattern.cut_hir()).expect("a lazy DFA")
        };
        assert!(tester(r"^\W*lire aussi").anchored);
        assert!(!tester(r"(?:^|\W)lire aussi").anchored);
        assert!(!tester(r"^lire|aussi$").anchored);
        let anchored = tester(r"^\W*lire aussi");
        assert_eq!(anchored.is_match("« Lire aussi :"), Some(true));
        assert_eq!(anchored.is_match("Il faut lire aussi"), Some(false));
        many_texts_ahead();
        assert_eq!(
            Pattern::new("^a").test(false, "a"),
            None,
            "a text out of the blocks"
        );
        assert_eq!(
            Pattern::for_texts("^a").test(true, "a"),
            None,
            "a pattern for paragraphs"
        );
    }

    proptest! {
        /// Read by its bytes, a text is common when each of its characters is in a block.
        #[test]
        fn common_by_bytes_as_by_characters(text in r"[\x{0}-\x{3ff}\x{1f00}-\x{30ff}\x{e000}-\x{f9ff}\x{fff0}-\x{10ffff}a-z]{0,12}|\PC{0,8}|[a-zé’ «»]{0,40}[\x{300}-\x{3ff}\x{2000}-\x{30ff}\x{e000}-\x{f9ff}]?[a-zé’ ]{0,20}") {
            let by_chars = text.chars().all(|c| {
                COMMON.iter().any(|&(start, end)| (start..=end).contains(&c))
                    && !FOLDING_TO_ASCII.contains(&c)
            });
            prop_assert_eq!(is_common(&text), by_chars, "{:?}", text);
        }
    }

    #[test]
    fn lines_out_of_the_common_blocks_take_the_whole_form() {
        let word = Pattern::new(r"^\w+$");
        assert!(word.is_match("Ελλάδα"));
        assert!(word.is_match("Paris"));
        assert!(!word.is_match("Paris 🇫🇷"));
        let kelvin = Pattern::caseless("k");
        assert!(kelvin.is_match("\u{212A}"));
        assert!(is_common("«Écoutez» — 12 €"));
        assert!(!is_common("emoji 😠"));
    }

    #[test]
    fn replaces_as_regex_does() {
        let pattern = Pattern::for_texts(r"(\w)\s*([:;])");
        let regex = as_regex(&pattern);
        for text in ["a : b; c", "rien", "«Écoute» : oui ; non 😠 :", ""] {
            let ours = pattern.replace_all(text, |g| format!("{}_{}", &g[1], &g[2]));
            let theirs =
                regex.replace_all(text, |c: &regex::Captures| format!("{}_{}", &c[1], &c[2]));
            assert_eq!(ours, theirs, "{text:?}");
            assert_eq!(
                matches!(ours, Cow::Borrowed(_)),
                matches!(theirs, Cow::Borrowed(_))
            );
        }
    }

    #[test]
    fn groups_by_index_and_name() {
        let date = Pattern::new(r"(?P<day>\d+) (?P<month>\w+)(?: (\d{4}))?");
        let groups = date.captures("le 26 mai").expect("a match");
        assert_eq!(&groups[0], "26 mai");
        assert_eq!(groups.name("month"), Some("mai"));
        assert_eq!(
            groups.groups().collect::<Vec<_>>(),
            [Some("26"), Some("mai"), None]
        );
        assert!(date.captures("rien").is_none());
    }
}
