//! Typography: French conventions applied to text taken from sources.
//!
//! The choices, applied everywhere redac writes prose (title, headings, body, meta):
//! - apostrophe ’ (U+2019), in elisions too;
//! - « guillemets » with a no-break space (U+00A0) inside; straight double quotes become « »;
//! - “ ” for a quotation inside a quotation (agency copy's +…+, straight single quotes);
//! - a no-break space (U+00A0) before `:` and a narrow no-break space (U+202F) before `;`, `!`
//!   and `?`, as the Imprimerie nationale and most French news sites do;
//! - `...` becomes the ellipsis character; a spaced hyphen, em dash or minus sign used as a dash
//!   becomes « – ».
//!
//! Spacing a mark that stands apart adds or removes no word: the no-break spaces are white
//! space for [`crate::segmenting::count_words`], and a mark alone is no word. A mark glued
//! between two words splits one token into two words: a sentence a scraper glued to the full
//! stop before it ("en 2008.Une peine") gets its space back, and a quotation glued to an
//! elision ("qualifie d’«épée»") its guillemets' spaces, so "2008.Une" and "d’«épée»", one
//! word each as the source wrote them, count as two. So a paragraph's words are counted after
//! typography, never carried over from the text before it. Digits, times (11:53) and URLs are
//! left alone.

use crate::literals::Needle;
use crate::patterns::Pattern;
use crate::segmenting::is_letter;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

pub const NBSP: char = '\u{a0}';
pub const NNBSP: char = '\u{202f}';
/// The spaces a source may set before a high punctuation mark, replaced by the one French
/// typography wants there: a plain one, a no-break one, or a thin one (U+2009, which a line
/// may break at: "un procès pour l’exemple\u{2009}?").
const SPACES_BEFORE_MARK: [char; 4] = [' ', NBSP, NNBSP, '\u{2009}'];

/// The most characters a pair of straight quotes may hold to become guillemets.
const QUOTE_MAX_CHARS: usize = 400;
static SPACE_BEFORE_HIGH_PUNCT: Pattern =
    Pattern::for_texts(r"([^\s:/])[ \u{a0}\u{202f}\u{2009}]*([:;!?])(\s|$|[»”)])");
static SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ \t]{2,}").unwrap());

/// Strings every paragraph is searched for.
static TWO_SPACES: Needle = Needle::new(b"  ");
static THREE_DOTS: Needle = Needle::new(b"...");

/// Spaces a page laid out by hand, two or more in a row, no-break ones among them
/// ("d’Espagne.\u{a0}\u{a0} « Peut-être"), as one plain space: the passes below then put
/// the no-break spaces French punctuation wants, and only those. `None` when there is none.
///
/// The text is copied by slices between the runs, found by bytes (a byte that starts a blank
/// is never inside another character), where every character was decoded and pushed.
fn collapse_space_runs(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    if !holds_blank_pair(bytes) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        // Bytes that open no blank are skipped over a table, in one stretch.
        at += bytes[at..]
            .iter()
            .position(|&b| MAY_OPEN_BLANK[usize::from(b)])
            .unwrap_or(bytes.len() - at);
        let first = blank_len(bytes, at);
        if first == 0 {
            at += 1;
            continue;
        }
        let mut end = at + first;
        if blank_len(bytes, end) == 0 {
            at = end;
            continue;
        }
        while let len @ 1.. = blank_len(bytes, end) {
            end += len;
        }
        out.push_str(&text[copied..at]);
        out.push(' ');
        copied = end;
        at = end;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// Two blanks (space, tab, no-break spaces) in a row. Most paragraphs have none, and every
/// paragraph is asked: found by `memchr` and `memmem`, many bytes at once. Without a tab, two
/// blanks in a row are two spaces, or a no-break space (C2 A0) or a narrow one (E2 80 AF) with
/// a blank right before or after it: those are found by their last bytes, A0 or AF, each
/// checked. A text with a tab is read blank by blank ([`holds_blank_pair_by_bytes`]).
fn holds_blank_pair(bytes: &[u8]) -> bool {
    if memchr::memchr(b'\t', bytes).is_some() {
        return holds_blank_pair_by_bytes(bytes);
    }
    if TWO_SPACES.is_in(bytes) {
        return true;
    }
    memchr::memchr2_iter(0xA0, 0xAF, bytes).any(|last| {
        let len = match bytes[last] {
            0xA0 if last >= 1 && bytes[last - 1] == 0xC2 => 2,
            0xAF if last >= 2 && bytes[last - 2..last] == [0xE2, 0x80] => 3,
            _ => return false,
        };
        let start = last + 1 - len;
        blank_len(bytes, last + 1) > 0 || blank_ends_at(bytes, start)
    })
}

/// A blank (space, tab, NBSP, NNBSP) ends right before `end`.
fn blank_ends_at(bytes: &[u8], end: usize) -> bool {
    let before = &bytes[..end];
    matches!(before.last(), Some(b' ' | b'\t'))
        || before.ends_with(&[0xC2, 0xA0])
        || before.ends_with(&[0xE2, 0x80, 0xAF])
}

/// [`holds_blank_pair`] read blank by blank: bytes that open no blank are skipped over a table,
/// in one stretch, and no character is decoded (a byte that starts a blank is never inside
/// another character). What every paragraph went through before; a text with a tab still does.
fn holds_blank_pair_by_bytes(bytes: &[u8]) -> bool {
    let mut after_blank = false;
    let mut at = 0;
    while at < bytes.len() {
        let other = bytes[at..]
            .iter()
            .position(|&b| MAY_OPEN_BLANK[usize::from(b)])
            .unwrap_or(bytes.len() - at);
        if other > 0 {
            after_blank = false;
            at += other;
            continue;
        }
        let len = blank_len(bytes, at);
        if len > 0 && after_blank {
            return true;
        }
        after_blank = len > 0;
        at += len.max(1);
    }
    false
}

/// The bytes a blank opens on: space, tab, and the lead bytes of NBSP (0xC2) and NNBSP (0xE2).
const MAY_OPEN_BLANK: [bool; 256] = {
    let mut opens = [false; 256];
    opens[b' ' as usize] = true;
    opens[b'\t' as usize] = true;
    opens[0xC2] = true;
    opens[0xE2] = true;
    opens
};

/// The bytes of the blank (space, tab, NBSP, NNBSP) that starts at `at`, or 0 (none there, or
/// the end of the text).
fn blank_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at).copied().unwrap_or_default() {
        b' ' | b'\t' => 1,
        0xC2 if bytes.get(at + 1) == Some(&0xA0) => 2,
        0xE2 if bytes.get(at + 1..at + 3) == Some(&[0x80, 0xAF]) => 3,
        _ => 0,
    }
}

/// Apply French typography to one line or paragraph of prose.
///
/// Each step runs only when the text holds the character it mends: most paragraphs need one or
/// two of them, and every paragraph of every source passes through here.
pub fn normalise(text: &str) -> String {
    let mut text = Cow::Borrowed(text);
    if let Some(collapsed) = collapse_space_runs(&text) {
        text = collapsed.into();
    }
    // Strings looked for by their `Needle`, a searcher built once: `str::contains` of a
    // string sets up a two-way searcher at every call, `memmem::find` a vector one, and every
    // paragraph asks.
    if THREE_DOTS.is_in(text.as_bytes()) {
        text = text.replace("...", "…").into();
    }
    if holds_any(&text, &['\u{2018}', '`']) {
        text = text.replace(['\u{2018}', '`'], "’").into();
    }
    if holds(&text, '\'') {
        text = apostrophes(&text).into();
        if let Some(quoted) = single_quotes(&text) {
            text = quoted.into();
        }
    }
    if holds(&text, '+') {
        if let Some(quoted) = inner_quotes(&text) {
            text = quoted.into();
        }
    }
    if holds(&text, '"') {
        text = straight_quotes(&text).into();
    }
    if holds(&text, '\u{201C}') {
        if let Some(french) = english_quotes(&text) {
            text = french.into();
        }
    }
    if holds_any(&text, &['"', '»']) {
        text = balance_guillemets(&text).into();
    }
    if holds_any(&text, &['«', '»']) {
        text = guillemet_spaces(&text).into();
    }
    if holds_any(&text, &[':', ';', '!', '?']) {
        if let Some(spaced) = space_high_punctuation(&text) {
            text = spaced.into();
        }
        if let Some(breakable) = breakable_after_colon(&text) {
            text = breakable.into();
        }
    }
    if let Some(spaced) = space_after_glued_full_stop(&text) {
        text = spaced.into();
    }
    if let Some(joined) = joined_drop_caps(&text) {
        text = joined.into();
    }
    if holds_any(&text, &['%', '€']) {
        if let Some(spaced) = space_before_signs(&text) {
            text = spaced.into();
        }
    }
    if let Some(grouped) = thousands_by_spaces(&text) {
        text = grouped.into();
    }
    if let Some(dashed) = spaced_dashes(&text) {
        text = dashed.into();
    }
    if let Some(closed) = no_space_before_comma(&text) {
        text = closed.into();
    }
    let text = text.trim();
    if TWO_SPACES.is_in(text.as_bytes()) || holds(text, '\t') {
        SPACES.replace_all(text, " ").into_owned()
    } else {
        text.to_string()
    }
}

/// "D eux nouvelles personnes ont été placées en garde à vue" → "Deux nouvelles personnes…":
/// a page sets its first letter as a drop cap in an element of its own, and a scraper's text
/// keeps it as a capital alone, a space after it. Joined only where the capital opens the
/// text or a sentence and, joined to the letters after it, makes a function word ("Deux",
/// "Les", "Pour", "Selon"), which most openings are: "M le mag", "X a annoncé" or "A Paris"
/// are left as written. `None` when nothing changes.
fn joined_drop_caps(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let drop_cap_at = |at: usize| {
        let next = bytes.get(at + 2).copied().unwrap_or(b' ');
        bytes.get(at).is_some_and(|&capital| {
            capital.is_ascii_uppercase()
                && !matches!(capital, b'A' | b'O' | b'Y')
                && bytes.get(at + 1) == Some(&b' ')
                && (next.is_ascii_lowercase() || next >= 0xC3)
                && joins_into_function_word(capital, &text[at + 2..])
        })
    };
    // The text's start and each sentence's, past the spaces after its stop: a drop cap is
    // looked for there only, not at every byte of every paragraph. The stops are found by
    // their bytes (an ellipsis by its last byte, 0xA6, which "æ" ends on too): a search by
    // characters decoded every one of them.
    let ellipses =
        memchr::memchr_iter(0xA6, bytes).filter(|&at| bytes[..=at].ends_with("…".as_bytes()));
    let stops = memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .chain(ellipses)
        .map(|at| at + 1)
        .filter(|&end| text[end..].starts_with([' ', '\u{a0}']))
        .map(|end| end + (text[end..].len() - text[end..].trim_start().len()));
    let mut caps: Vec<usize> = std::iter::once(0)
        .chain(stops)
        .filter(|&at| drop_cap_at(at))
        .collect();
    // The ellipses' stops come after the others: the cuts are made in the text's order.
    caps.sort_unstable();
    if caps.is_empty() {
        return None;
    }
    let mut joined = String::with_capacity(text.len());
    let mut from = 0;
    for at in caps {
        joined.push_str(&text[from..=at]);
        from = at + 2;
    }
    joined.push_str(&text[from..]);
    Some(joined)
}

/// The capital, lowercase, and the letters after it make a function word: "D" and "eux".
fn joins_into_function_word(capital: u8, after: &str) -> bool {
    let rest = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut word = String::with_capacity(rest.len() + 1);
    word.push(char::from(capital.to_ascii_lowercase()));
    word.push_str(rest);
    crate::lexicon::is_stop_word(&word)
}

/// "41% des citoyens", "12 000 €": a figure and its percent or euro sign are kept together by a
/// no-break space, as French typography writes them ("41\u{a0}%"). A percent sign followed
/// by a hexadecimal digit belongs to an escaped URL ("%20") and is left alone. `None` when
/// nothing changes.
fn space_before_signs(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    let mut rest = text;
    while let Some(at) = rest.find(['%', '€']) {
        let (before, from_sign) = rest.split_at(at);
        let sign = from_sign.chars().next().expect("a sign");
        let after = &from_sign[sign.len_utf8()..];
        let escaped = sign == '%' && after.starts_with(|c: char| c.is_ascii_hexdigit());
        let figure = before.trim_end_matches(' ');
        let spaced = before.len() - figure.len() <= 1;
        if !escaped && spaced && figure.ends_with(|c: char| c.is_ascii_digit()) {
            out.push_str(figure);
            out.push(NBSP);
            changed = true;
        } else {
            out.push_str(before);
        }
        out.push(sign);
        rest = after;
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// "l’envoi de 1.000 soldats", "30.000 foyers" → "1\u{a0}000", "30\u{a0}000": agency copy
/// groups thousands by full stops, French typography by a no-break space, which keeps the
/// figure whole at a line's end. Only a figure whose groups after the first are all of three
/// digits, the first of one to three not opening on a zero, set apart from other figures:
/// a date ("12.12.2024"), a phone number ("02.98.00.00.00"), a version ("2.0") or a decimal
/// after a comma stay as written. `None` when nothing changes.
fn thousands_by_spaces(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let stop_in_figure = |at: usize| at > 0 && digit_at(at - 1) && digit_at(at + 1);
    if !memchr::memchr_iter(b'.', bytes).any(stop_in_figure) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        let opens_figure =
            digit_at(at) && (at == 0 || !matches!(bytes[at - 1], b'0'..=b'9' | b'.' | b','));
        if !opens_figure {
            at += 1;
            continue;
        }
        let mut end = at;
        while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
            end += 1;
        }
        let next = end;
        // A stop after the figure ends the sentence.
        while bytes[end - 1] == b'.' {
            end -= 1;
        }
        let decimal_after = bytes.get(end) == Some(&b',') && digit_at(end + 1);
        if grouped_by_stops(&text[at..end]) && !decimal_after {
            out.push_str(&text[copied..at]);
            out.push_str(&text[at..end].replace('.', "\u{a0}"));
            copied = end;
        }
        at = next;
    }
    (copied > 0).then(|| {
        out.push_str(&text[copied..]);
        out
    })
}

/// `figure` (digits and stops) is thousands grouped by stops: "1.000", "12.500.000".
fn grouped_by_stops(figure: &str) -> bool {
    let mut groups = figure.split('.');
    let first = groups.next().unwrap_or("");
    let mut rest = groups.peekable();
    (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && rest.peek().is_some()
        && rest.all(|g| g.len() == 3)
}

/// `text` holds one of `chars`. One search per character is several times cheaper than one
/// search for any of them, which decodes every character of the paragraph.
fn holds_any(text: &str, chars: &[char]) -> bool {
    chars.iter().any(|&c| holds(text, c))
}

/// `text.contains(c)`, by the `memchr` crate, many bytes at once: an ASCII character as its
/// byte, any other as its UTF-8 bytes, which valid UTF-8 holds only where the character
/// stands. Every paragraph is asked for a dozen characters.
fn holds(text: &str, c: char) -> bool {
    let bytes = text.as_bytes();
    match u8::try_from(c) {
        Ok(byte) if byte.is_ascii() => memchr::memchr(byte, bytes).is_some(),
        _ => {
            // The character's last byte found by `memchr`, and the bytes before it compared:
            // its UTF-8 opens on a lead byte, which is never another's continuation, so a
            // match stands where the character does. `memmem::find` set up a searcher for
            // the bytes at every call, a dozen a paragraph.
            let mut buffer = [0; 4];
            let encoded = c.encode_utf8(&mut buffer).as_bytes();
            let (&last, before) = encoded.split_last().expect("a character has bytes");
            memchr::memchr_iter(last, bytes)
                .any(|at| at >= before.len() && bytes[at - before.len()..at] == *before)
        }
    }
}

/// A full stop stands before a capital (ASCII, or the lead byte of À–Ý and Œ): most paragraphs
/// have none, and this spares them the character table. The stops are found by `memchr`.
fn may_glue(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'.', bytes).any(|at| {
        bytes
            .get(at + 1)
            .is_some_and(|&next| next.is_ascii_uppercase() || next == 0xC3 || next == 0xC5)
    })
}

/// "… octroyé 403 millions d’euros en 2008.Une peine…", "… la Ve République ».Au rond-point",
/// "M.Tapie": a scraper that joined two lines, or a hurried hand, glued a sentence to the full
/// stop before it. A space goes back after the stop when a capitalised word follows a word,
/// a figure, a closing guillemet or bracket, or a lone initial; `None` when none is glued.
/// An address or a file name ("lemonde.fr", "BFMTV.com") has no capital after its dot.
fn space_after_glued_full_stop(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    if !may_glue(bytes) {
        return None;
    }
    // Only a full stop can be glued: each is found by `memchr` and the characters around it
    // decoded there, where every character of the text was collected and asked.
    let stops: Vec<usize> = memchr::memchr_iter(b'.', bytes)
        .filter(|&at| glued_at(text, at))
        .collect();
    if stops.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + stops.len());
    let mut from = 0;
    for at in stops {
        let after = at + 1;
        out.push_str(&text[from..after]);
        out.push(' ');
        from = after;
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// The full stop at byte `at` of `text` is glued to the sentence after it (see
/// [`space_after_glued_full_stop`]): a word, a figure, a closing guillemet or bracket, or a
/// lone initial before it, a capital after it, then a lowercase letter or what makes the
/// capital a word ([`opens_a_word`]).
fn glued_at(text: &str, at: usize) -> bool {
    let (Some(head), Some(tail)) = (text.get(..at), text.get(at + 1..)) else {
        return false;
    };
    let mut back = head.chars().rev();
    let mut ahead = tail.chars();
    let (Some(before), Some(next), Some(then)) = (back.next(), ahead.next(), ahead.next()) else {
        return false;
    };
    let initial = before.is_uppercase() && back.next().is_none_or(|c| !c.is_alphanumeric());
    // "U.S.A est": after an initial, an "A" alone ends the initials; it is no "à".
    let initial = initial && !(next == 'A' && then.is_whitespace());
    (before.is_lowercase() || before.is_ascii_digit() || "»)".contains(before) || initial)
        && next.is_uppercase()
        && (then.is_lowercase() || opens_a_word(next, then))
}

/// A capital that is a word or an elision by itself, the sentence glued to the stop before it
/// opening on it: "… de notre pays.À Dormillouse", "… refus.L’alcool", "… pays.C’est", and
/// "A", the capital "à" of copy that drops its accent ("… pour seul débouché.A la barre").
fn opens_a_word(capital: char, next: char) -> bool {
    matches!(next, '’' | '\'') || matches!(capital, 'À' | 'A') && next.is_whitespace()
}

/// A no-break space after a colon ("Ukraine\u{a0}:\u{a0}la contre-offensive", a page's
/// `&nbsp;:&nbsp;`) as a plain one: French typography binds the colon to the word before it,
/// not to the one after, and a title's rubric is told by the plain space after its colon.
/// Before a closing guillemet the no-break space stays. `None` when there is none.
fn breakable_after_colon(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let glued = |at: usize| {
        let after = &text[at + 1..];
        let rest = after
            .strip_prefix('\u{a0}')
            .or_else(|| after.strip_prefix('\u{202f}'))?;
        (!rest.starts_with(['»', '”']) && !rest.is_empty()).then_some(after.len() - rest.len())
    };
    let mut spots = memchr::memchr_iter(b':', bytes).filter_map(|at| Some((at, glued(at)?)));
    let first = spots.next()?;
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, space) in std::iter::once(first).chain(spots) {
        out.push_str(&text[copied..=at]);
        out.push(' ');
        copied = at + 1 + space;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// The space before a high punctuation mark after a word: a no-break space before `:`, a
/// narrow one before `;`, `!` and `?`, replacing any spaces there were; `None` when no mark
/// needs one. What SPACE_BEFORE_HIGH_PUNCT's replacement writes, scanned by hand on a text
/// within the common blocks of [`crate::patterns`] (where `\d` is an ASCII digit, and `\s`
/// is `char::is_whitespace` everywhere): most runs then never compile the pattern.
fn space_high_punctuation(text: &str) -> Option<String> {
    if !crate::patterns::is_common(text) {
        let spaced =
            SPACE_BEFORE_HIGH_PUNCT.replace_all(text, |c| spaced_mark(&c[1], &c[2], &c[3]));
        return Some(spaced.into_owned());
    }
    let mut out = String::new();
    let mut copied = 0;
    // The scan has tried every character before `at` as the one before a mark. Only the
    // character before a mark and the spaces ahead of it can be: the scan jumps from mark to
    // mark, and a mark is one byte.
    let mut at = 0;
    let mut from = 0;
    let mut marks = HighMarks::new(text.as_bytes());
    while let Some(mark) = marks.first_from(from) {
        from = mark + 1;
        let head = text[at..mark].trim_end_matches(SPACES_BEFORE_MARK);
        let Some(before) = head.chars().next_back() else {
            at = mark;
            continue;
        };
        let after = at + head.len();
        match mark_after(text, before, after) {
            Some((mark, end)) => {
                // What `spaced_mark` writes (the character before, the space, the mark and what
                // follows it), pushed onto the output.
                out.push_str(&text[copied..after]);
                out.push(if text.as_bytes()[mark] == b':' {
                    NBSP
                } else {
                    NNBSP
                });
                out.push_str(&text[mark..end]);
                copied = end;
                at = end;
                from = end;
            }
            None => at = mark,
        }
    }
    (copied > 0).then(|| out + &text[copied..])
}

/// The high punctuation marks (`:`, `;`, `!`, `?`) of a text, by bytes: the next of the
/// first three found by `memchr3` and the next `?` by `memchr`, each searched again only once
/// the scan has passed it. `str::find` of the four characters decoded every character of the
/// paragraph.
struct HighMarks<'a> {
    bytes: &'a [u8],
    /// Where each search started and what it found: the first `:`, `;` or `!`, and the first
    /// `?`, from there on.
    colon_like: (usize, Option<usize>),
    question: (usize, Option<usize>),
}

impl<'a> HighMarks<'a> {
    fn new(bytes: &'a [u8]) -> HighMarks<'a> {
        // Searches that start past any `from`: the first question searches.
        let unsearched = (usize::MAX, None);
        HighMarks {
            bytes,
            colon_like: unsearched,
            question: unsearched,
        }
    }

    /// The first mark at or after the byte `from`.
    fn first_from(&mut self, from: usize) -> Option<usize> {
        let colon_like = next_from(self.bytes, &mut self.colon_like, from, |rest| {
            memchr::memchr3(b':', b';', b'!', rest)
        });
        let question = next_from(self.bytes, &mut self.question, from, |rest| {
            memchr::memchr(b'?', rest)
        });
        match (colon_like, question) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// What `search` finds in `bytes` at or after `from`, kept in `last` (where the search
/// started, what it found): searched again only when `from` is before that start or past what
/// it found, so that a scan whose `from` only grows reads each byte once.
fn next_from(
    bytes: &[u8],
    last: &mut (usize, Option<usize>),
    from: usize,
    search: impl Fn(&[u8]) -> Option<usize>,
) -> Option<usize> {
    let (started, found) = *last;
    if started > from || found.is_some_and(|at| at < from) {
        let found = bytes.get(from..).and_then(&search).map(|at| from + at);
        *last = (from, found);
    }
    last.1
}

/// What a match of SPACE_BEFORE_HIGH_PUNCT becomes: the character before, the space, the
/// mark and what followed it.
fn spaced_mark(before: &str, mark: &str, after: &str) -> String {
    let space = if mark == ":" { NBSP } else { NNBSP };
    format!("{before}{space}{mark}{after}")
}

/// After the character `before` (ending at `from`), spaces, a high punctuation mark, then white
/// space, the end, or what closes a quotation or an aside ("»", "”", ")"): where the mark is
/// and where the match ends.
fn mark_after(text: &str, before: char, from: usize) -> Option<(usize, usize)> {
    if before.is_whitespace() || before == ':' || before == '/' {
        return None;
    }
    let rest = text[from..].trim_start_matches(SPACES_BEFORE_MARK);
    let mark = text.len() - rest.len();
    if !rest.starts_with([':', ';', '!', '?']) {
        return None;
    }
    match rest[1..].chars().next() {
        None => Some((mark, text.len())),
        Some(next) if next.is_whitespace() || matches!(next, '»' | '”' | ')') => {
            Some((mark, mark + 1 + next.len_utf8()))
        }
        Some(_) => None,
    }
}

/// "D’après Le Parisien , l’homme", "« épée » , se précipiter": a space a page's inline markup
/// left before a comma (a link or an emphasis closed there), which French never sets; the
/// spaces go. `None` when no comma has one. Only after a word or what closes one (a
/// guillemet, a bracket): not after another mark, nor at the start.
fn no_space_before_comma(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let spaced = |comma: usize| blank_ends_at(bytes, comma) && word_before_blanks(text, comma);
    memchr::memchr_iter(b',', bytes).find(|&comma| spaced(comma))?;
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for comma in memchr::memchr_iter(b',', bytes).filter(|&comma| spaced(comma)) {
        out.push_str(text[from..comma].trim_end_matches(is_blank));
        from = comma;
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// What stands before the blanks that end at `at` is a word's last character or a closing
/// guillemet, bracket or quote.
fn word_before_blanks(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(is_blank).chars().next_back();
    before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '»' | ')' | ']' | '”' | '"'))
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}')
}

/// A hyphen, an em dash or a minus sign set between spaces is a dash, which French sets as
/// « – »: "la République - ses gardiens", also when the page put a no-break space on one
/// side ("la République -\u{a0}ses gardiens", Le Point); "L’incinérateur d’Ivry − le plus
/// grand d’Europe" (Le HuffPost). A minus sign between figures ("12 − 5") stays one.
/// `None` when there is none.
fn spaced_dashes(text: &str) -> Option<String> {
    let spaced = |c: Option<char>| c.is_some_and(char::is_whitespace);
    let between_spaces = |at: usize, len: usize| {
        spaced(text[..at].chars().next_back()) && spaced(text[at + len..].chars().next())
    };
    let between_figures = |at: usize, len: usize| {
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        digit(text[..at].trim_end().chars().next_back())
            && digit(text[at + len..].trim_start().chars().next())
    };
    // Hyphens by bytes (every compound word holds one); the other marks only in a text that
    // has one.
    let mut dashes: Vec<usize> = memchr::memchr_iter(b'-', text.as_bytes())
        .filter(|&at| between_spaces(at, 1))
        .collect();
    let mut wide = false;
    for mark in ['—', '−'] {
        if text.contains(mark) {
            let len = mark.len_utf8();
            dashes.extend(text.match_indices(mark).map(|(at, _)| at).filter(|&at| {
                between_spaces(at, len) && (mark == '—' || !between_figures(at, len))
            }));
            wide = true;
        }
    }
    if wide {
        dashes.sort_unstable();
    }
    if dashes.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 2 * dashes.len());
    let mut copied = 0;
    for at in dashes {
        out.push_str(&text[copied..at]);
        out.push('–');
        copied = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// Pairs of straight quotes around 1 to 400 characters on one line become « and ».
/// Scanned by hand: the pattern `"([^"\n]{1,400}?)"` compiled into an automaton that cost
/// more than a short article. Like the pattern, a quote that opens no such pair is left and
/// the next quote is tried as an opening one; so is a quote set as a closing one
/// ([`closes_by_shape`]), which a quotation opened in an earlier paragraph, or a quotation
/// nested in another with the same marks, leaves behind: paired from there, every later pair
/// of the paragraph would be turned inside out ("des »circonstances délicates »"). A quote
/// set as an opening one ([`opens_by_shape`]) closes nothing: where copy lost a closing
/// quote ("inclut l'augmentation du Smic déjà prévue, a ensuite précisé la ministre. "Le
/// reste…"), pairing the opening quote with the next one glued a closing mark to the next
/// quotation's first word ("ministre. »Le reste").
fn straight_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let opens = !closes_by_shape(rest[..open].chars().next_back(), after.chars().next());
        match closing_quote(after) {
            Some((close, mark))
                if opens
                    && is_quotable(&after[..close])
                    && !(mark == '"' && opens_by_shape_at(after, close)) =>
            {
                out.push_str(&rest[..open]);
                out.push('«');
                out.push_str(&after[..close]);
                out.push('»');
                rest = &after[close + mark.len_utf8()..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A quotation in English marks, “…”, outside any « », becomes « … », as French sets it: the
/// Algerian and Swiss copy of the corpus quotes that way ("le mouvement des “gilets jaunes”").
/// Inside « », “ ” are the French marks of a quotation within a quotation, and stay; so does
/// a German quotation, „…“, which becomes « … » where an English one would. `None` when no
/// pair changes.
fn english_quotes(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut depth = 0usize;
    let mut copied = 0;
    let mut changed = false;
    for (at, c) in text.char_indices() {
        // The quotation just set is copied whole: its marks are not read again.
        if at < copied {
            continue;
        }
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            '\u{201C}' | '\u{201E}' if depth == 0 => {
                let after = &text[at + c.len_utf8()..];
                // Searched only as far as a quotation may run: a text of unclosed “ stays
                // linear.
                let reach = after
                    .char_indices()
                    .nth(QUOTE_MAX_CHARS + 1)
                    .map_or(after.len(), |(i, _)| i);
                // „…“, as German sets a quotation (Techno-Science's glossary: „par, à
                // travers“), closes on the mark that opens an English one.
                let closing = match c {
                    '\u{201E}' => '\u{201C}',
                    _ => '\u{201D}',
                };
                let Some(close) = after[..reach].find(closing) else {
                    continue;
                };
                let inner = &after[..close];
                if !is_quotable(inner) || inner.contains(['«', '»', '\u{201C}']) {
                    continue;
                }
                out.push_str(&text[copied..at]);
                out.push('«');
                out.push_str(inner);
                out.push('»');
                copied = at + c.len_utf8() + close + closing.len_utf8();
                changed = true;
            }
            _ => {}
        }
    }
    changed.then(|| {
        out.push_str(&text[copied..]);
        out
    })
}

/// Where a quotation opened by a straight quote just before `after` closes, and by which
/// mark: the next straight quote, or a closing English mark before it when no English
/// quotation opens first (copy that mixes the two: "la situation est "intenable” à long
/// terme").
fn closing_quote(after: &str) -> Option<(usize, char)> {
    let straight = after.find('"');
    // Only up to the next straight quote: each quote's search stops where the next one's
    // starts, so a text of many quotes and no English mark stays linear.
    let before_straight = &after[..straight.unwrap_or(after.len())];
    let english = before_straight
        .find('\u{201D}')
        .filter(|&e| !before_straight[..e].contains('\u{201C}'));
    match english {
        Some(e) => Some((e, '\u{201D}')),
        None => straight.map(|s| (s, '"')),
    }
}

/// A straight quote between a word (or its mark) and a space, a mark or the end of the text
/// closes a quotation: "…l’accusation", poursuit-elle.
fn closes_by_shape(before: Option<char>, after: Option<char>) -> bool {
    let after_word = before.is_some_and(|c| c.is_alphanumeric() || ".,;:!?…)]".contains(c));
    let before_space = after.is_none_or(|c| c.is_whitespace() || ".,;:!?…)]".contains(c));
    after_word && before_space
}

fn is_quotable(inner: &str) -> bool {
    !inner.is_empty() && !inner.contains('\n') && inner.chars().count() <= QUOTE_MAX_CHARS
}

/// Scraped copy often closes a « with a straight " or doubles the closing »» : a straight
/// quote that closes an open « becomes », and a » that closes nothing after another » goes.
/// A straight quote left unpaired by [`straight_quotes`] opens or closes a quotation that
/// runs over several paragraphs ("…Tout le monde le sait !"), and is set by its shape: «
/// before a word, » after one (a figure's inches, 27", stay).
fn balance_guillemets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open = 0usize;
    let mut copied = 0;
    for (at, c) in quotation_marks(text) {
        out.push_str(&text[copied..at]);
        copied = at + c.len_utf8();
        match c {
            '«' => {
                open += 1;
                out.push('«');
            }
            _ if open > 0 => {
                open -= 1;
                out.push('»');
            }
            '»' if out.trim_end().ends_with('»') => {}
            '"' => {
                let before = out.chars().next_back();
                let after = text[copied..].chars().next();
                if opens_by_shape(before, after) {
                    open += 1;
                    out.push('«');
                } else if closes_by_shape(before, after)
                    && !before.is_some_and(|b| b.is_ascii_digit())
                {
                    out.push('»');
                } else {
                    out.push('"');
                }
            }
            _ => out.push(c),
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The straight quote at `at` in `text` opens a quotation by its shape ([`opens_by_shape`]).
fn opens_by_shape_at(text: &str, at: usize) -> bool {
    opens_by_shape(
        text[..at].chars().next_back(),
        text[at + 1..].chars().next(),
    )
}

/// A straight quote after a space, a bracket or the start of the text, before a word,
/// opens a quotation: rectifie : "Au niveau local…
fn opens_by_shape(before: Option<char>, after: Option<char>) -> bool {
    before.is_none_or(|c| c.is_whitespace() || "([".contains(c))
        && after.is_some_and(char::is_alphanumeric)
}

/// Where `text` holds «, » or a straight double quote, found by bytes: the text between them
/// is copied whole, not character by character. « and » are 0xC2 then 0xAB or 0xBB, and 0xC2
/// only ever starts a character: `memchr2` finds the straight quotes and those lead bytes.
fn quotation_marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let at = from + memchr::memchr2(b'"', 0xC2, &bytes[from..])?;
        from = at + 1;
        match (bytes[at], bytes.get(at + 1)) {
            (b'"', _) => return Some((at, '"')),
            (0xC2, Some(0xAB)) => return Some((at, '«')),
            (0xC2, Some(0xBB)) => return Some((at, '»')),
            _ => {}
        }
    })
}

/// A straight apostrophe between letters, or after an elided word before the quotation or the
/// editor's bracket it opens ("la notion d'«agence»", "lors de l'\"acte VIII\"", "n'[avait]
/// pas") or the bracket that closes the elided word the editor added ("(qu')on discute"), is
/// the typographic one.
fn apostrophes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    for (at, _) in text.match_indices('\'') {
        let letter_before = text[..at].chars().next_back().is_some_and(is_letter);
        let next = text[at + 1..].chars().next();
        let letter_after = || next.is_some_and(is_letter);
        let opens_a_quotation_or_insertion = || {
            matches!(next, Some('«' | '"' | '\u{201C}' | '[' | ')')) && elided_before(&text[..at])
        };
        if letter_before && (letter_after() || opens_a_quotation_or_insertion()) {
            out.push_str(&text[copied..at]);
            out.push('’');
            copied = at + 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Exactly one no-break space inside « and ».
fn guillemet_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    for (at, c) in quotation_marks(text).filter(|&(_, c)| c != '"') {
        out.push_str(&text[copied..at]);
        let after = &text[at + c.len_utf8()..];
        // "la gravité de l’accusation«, poursuit": straight quotes paired the wrong way round
        // turned a closing mark into an opening one; nothing is quoted before a comma.
        let closes = c == '«'
            && after
                .chars()
                .find(|c| !c.is_whitespace())
                .is_none_or(|next| ",.;)".contains(next));
        if c == '«' && !closes {
            // "dit-elle.« Il y avait…": a scraper glued the quotation to the sentence
            // before it, or to the quotation before it ("islamiste.»«Peut-être").
            if elided_before(&out) {
                // "la qualifiant d"ignoble…": the quote stands for the apostrophe too.
                out.push('’');
            } else if out.ends_with(|c: char| c.is_alphanumeric() || ".,;!?…»".contains(c)) {
                out.push(' ');
            }
            out.push('«');
            out.push(NBSP);
            copied = text.len() - after.trim_start().len();
        } else {
            while out.ends_with(|c: char| c.is_whitespace()) {
                out.pop();
            }
            out.push(NBSP);
            out.push('»');
            copied = text.len() - after.len();
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// A quotation inside a quotation set between straight single quotes ("vous dire 'Tout va
/// bien' mais", "l’interdiction 'd’armes par destination'."), which French sets in “ ”:
/// `None` when the text holds none. Runs after [`apostrophes`], so every straight quote left
/// stands beside a space or a mark; one opens after white space, a guillemet or a bracket, and
/// an inner quotation may be a whole sentence: as long as a pair of straight double quotes
/// ([`QUOTE_MAX_CHARS`]). A lone quote ("les Beatles' album", "(qu')on") is left as it is.
fn single_quotes(text: &str) -> Option<String> {
    english_quotes_between(text, '\'', "«([", QUOTE_MAX_CHARS)
}

/// Longest span between the plus signs of an inner quotation.
const INNER_QUOTE_MAX_CHARS: usize = 80;

/// Agency copy marks a quotation inside a quotation with plus signs, having no second kind of
/// quote ("le tournage de +La Ch’tite famille+, ma mère"); French sets it in “ ”. `None` when
/// the text holds none.
fn inner_quotes(text: &str) -> Option<String> {
    english_quotes_between(text, '+', "«(:’'", INNER_QUOTE_MAX_CHARS)
}

/// The quotations inside a quotation that `text` marks with `mark` on both sides, set in “ ”;
/// `None` when it marks none. A mark opens at the start, or after white space or one of
/// `opens_after` (or the last mark read), before a letter; the next mark within `max_chars`
/// closes it when no letter or digit follows that one.
fn english_quotes_between(
    text: &str,
    mark: char,
    opens_after: &str,
    max_chars: usize,
) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    let mut quoted = false;
    while let Some(at) = rest.find(mark) {
        let opens = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || opens_after.contains(c))
            && rest[at + 1..].starts_with(char::is_alphabetic);
        let close = rest[at + 1..]
            .char_indices()
            .take(max_chars)
            .find(|&(_, c)| c == mark)
            .map(|(i, _)| at + 1 + i)
            .filter(|&end| !rest[end + 1..].starts_with(char::is_alphanumeric));
        match close {
            Some(end) if opens => {
                out.push_str(&rest[..at]);
                out.push('“');
                out.push_str(&rest[at + 1..end]);
                out.push('”');
                rest = &rest[end + 1..];
                quoted = true;
            }
            _ => {
                out.push_str(&rest[..=at]);
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    quoted.then_some(out)
}

/// The text ends on a word French always elides before a vowel ("d", "l", "qu"). `check`'s
/// `straight-apostrophe` rule asks it too, so that it flags what `rewrite` mends.
pub(crate) fn elided_before(text: &str) -> bool {
    let last = text
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let whole = text.len() == last.len()
        || text[..text.len() - last.len()].ends_with(|c: char| c.is_whitespace() || c == '(');
    whole
        && crate::segmenting::with_lowercase(last, |last| {
            matches!(last, "d" | "l" | "qu" | "j" | "n" | "s" | "c")
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_grouped_by_stops_are_grouped_by_no_break_spaces() {
        use super::normalise;
        // An AFP dispatch (written for the tests).
        assert_eq!(
            normalise("l’envoi de 1.000 soldats et 30.000 foyers privés de courant."),
            "l’envoi de 1\u{a0}000 soldats et 30\u{a0}000 foyers privés de courant."
        );
        assert_eq!(
            normalise("Un budget de 12.500.000 euros."),
            "Un budget de 12\u{a0}500\u{a0}000 euros."
        );
        assert_eq!(normalise("Ils étaient 2.000."), "Ils étaient 2\u{a0}000.");
        for kept in [
            "Le 12.12.2024 à Paris.",
            "Au 02.98.00.00.00, le matin.",
            "Le Web 2.0 et la version 1.10.",
            "Une moyenne de 1.500,5 points.",
            "Il est né en 1969.Il a grandi à Lyon.",
            "L’article L.123-4 du code.",
            "Le 0.500 de la mesure.",
        ] {
            assert_eq!(super::thousands_by_spaces(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_drop_cap_joins_its_word() {
        use super::normalise;
        // Le Point's article body after its chapô, the lettrine set apart by the scraper.
        assert_eq!(
            normalise("Retrouvés début mars.    D eux nouvelles personnes ont été placées en garde à vue."),
            "Retrouvés début mars. Deux nouvelles personnes ont été placées en garde à vue."
        );
        assert_eq!(normalise("L es gilets jaunes"), "Les gilets jaunes");
        assert_eq!(
            normalise("Et puis… L es gilets jaunes"),
            "Et puis… Les gilets jaunes"
        );
        assert_eq!(normalise("Ex æ D eux"), "Ex æ D eux");
        // A capital alone that makes no function word with what follows is left.
        assert_eq!(normalise("M le mag"), "M le mag");
        assert_eq!(
            normalise("X a annoncé sa refonte."),
            "X a annoncé sa refonte."
        );
        assert_eq!(normalise("A Paris, le calme."), "A Paris, le calme.");
        // Nor inside a sentence: "la vitamine D est…".
        assert_eq!(normalise("La vitamine D es"), "La vitamine D es");
    }

    #[test]
    fn no_space_stands_before_a_comma() {
        use super::normalise;
        // Le Figaro as a Markdown converter writes its emphasis ("_«épée»_ ,"), Orange's link.
        assert_eq!(
            normalise("une grande lame que la police qualifie d’ «épée» , se précipiter"),
            "une grande lame que la police qualifie d’ «\u{a0}épée\u{a0}», se précipiter"
        );
        assert_eq!(
            normalise("D’après Le Parisien , l’homme s’est rendu"),
            "D’après Le Parisien, l’homme s’est rendu"
        );
        // A word a scraper dropped with its link is not restored: the comma closes up all
        // the same.
        assert_eq!(
            normalise("selon des informations du , confirmées par la police"),
            "selon des informations du, confirmées par la police"
        );
        assert_eq!(
            normalise("un , deux ; puis , trois"),
            "un, deux\u{202f}; puis, trois"
        );
        assert_eq!(normalise(", et après"), ", et après");
        assert_eq!(
            normalise("(voir plus haut) , dit-il"),
            "(voir plus haut), dit-il"
        );
    }

    #[test]
    fn a_spaced_hyphen_or_em_dash_is_a_dash() {
        use super::normalise;
        assert_eq!(
            normalise("attaquer la République -\u{a0}ses gardiens - et ses symboles — dit-il"),
            "attaquer la République –\u{a0}ses gardiens – et ses symboles – dit-il"
        );
        // Hyphens inside words and a minus before a figure stay.
        assert_eq!(
            normalise("porte-parole, -3 °C, Saint-Denis"),
            "porte-parole, -3 °C, Saint-Denis"
        );
        // Le HuffPost sets its asides between minus signs; a subtraction keeps its sign.
        assert_eq!(
            normalise("L’incinérateur d’Ivry − le plus grand d’Europe − est à l’arrêt, soit 12 − 5 jours."),
            "L’incinérateur d’Ivry – le plus grand d’Europe – est à l’arrêt, soit 12 − 5 jours."
        );
    }

    #[test]
    fn a_figure_keeps_its_percent_or_euro_sign_by_a_no_break_space() {
        assert_eq!(
            normalise("41% des citoyens, 12 000 € et 3,5 %."),
            "41\u{a0}% des citoyens, 12 000\u{a0}€ et 3,5\u{a0}%."
        );
        // An escaped URL and a sign after a word are left alone.
        assert_eq!(normalise("voir a%20b et 2%3A"), "voir a%20b et 2%3A");
        assert_eq!(normalise("taux en %"), "taux en %");
    }

    #[test]
    fn a_sentence_glued_to_the_full_stop_before_it_gets_its_space() {
        use super::normalise;
        assert_eq!(
            normalise("403 millions d’euros en 2008.Une peine de cinq ans"),
            "403 millions d’euros en 2008. Une peine de cinq ans"
        );
        assert!(
            normalise("la fin de la Ve République ».Au rond-point").ends_with("». Au rond-point")
        );
        assert_eq!(normalise("M.Tapie a réagi."), "M. Tapie a réagi.");
        // TF1's chapô, two items of one heading that the extractor joined.
        assert_eq!(
            normalise("les plus isolés de notre pays.À Dormillouse, ce sont"),
            "les plus isolés de notre pays. À Dormillouse, ce sont"
        );
        assert_eq!(
            normalise("il y a peu de refus.L’alcool est banni."),
            "il y a peu de refus. L’alcool est banni."
        );
        // Le Temps: a capital "à" without its accent.
        assert_eq!(
            normalise("la passerelle pour seul débouché.A la barre, l’un des gendarmes"),
            "la passerelle pour seul débouché. A la barre, l’un des gendarmes"
        );
        for kept in [
            "Les U.S.A est un sigle.",
            "sur lemonde.fr et BFMTV.com.",
            "Le taux passe à 3.5\u{a0}%.",
            "Les U.S.A. et l’O.N.U.",
        ] {
            assert_eq!(normalise(kept), kept);
        }
    }

    use super::*;

    #[test]
    fn runs_of_spaces_laid_out_by_hand_are_one_space() {
        // La Presse, as scraped: two no-break spaces and a space between two sentences.
        assert_eq!(
            normalise("en provenance d’Espagne.\u{a0}\u{a0} « Peut-être pas », dit-il."),
            "en provenance d’Espagne. «\u{a0}Peut-être pas\u{a0}», dit-il."
        );
        assert_eq!(normalise("Oui\u{a0}: non."), "Oui\u{a0}: non.");
    }
    use crate::segmenting::count_words;
    use proptest::prelude::*;

    proptest! {
        /// A character is found by its bytes where `str::contains` finds it.
        #[test]
        fn characters_are_found_by_their_bytes(text in "[a' «»“\u{2018}`:;!?%€+\"\t\u{a0}é\u{2019}ëûì\u{201D}\u{2018}«»]{0,20}|\\PC{0,12}") {
            for c in ['\'', '+', '"', '\u{201C}', '\u{2018}', '`', '«', '»', ':', '?', '%', '€', '\t'] {
                prop_assert_eq!(holds(&text, c), text.contains(c), "{:?} {:?}", text, c);
            }
        }

        /// The stops found by `memchr` tell a glued stop as every pair of bytes read did.
        #[test]
        fn glued_stops_are_found_as_by_pairs(text in "[a-zA-Z .ÀÉŒé’]{0,30}") {
            let bytes = text.as_bytes();
            let by_pairs = bytes
                .windows(2)
                .any(|w| w[0] == b'.' && (w[1].is_ascii_uppercase() || w[1] == 0xC3 || w[1] == 0xC5));
            prop_assert_eq!(may_glue(bytes), by_pairs);
        }

        /// The high-punctuation pattern replaces what the `regex` crate's replaces.
        #[test]
        fn high_punctuation_spaces_as_regex_does(text in "[a-zé0-9 :;!?»”)/\u{a0}\u{202f}\u{2009}\n😠٣]{0,40}") {
            let mend = |c: &regex::Captures| spaced_mark(&c[1], &c[2], &c[3]);
            let by_pattern = SPACE_BEFORE_HIGH_PUNCT.replace_all(&text, |c| spaced_mark(&c[1], &c[2], &c[3]));
            let by_regex = HIGH_PUNCT_REGEX.replace_all(&text, mend);
            prop_assert_eq!(&by_pattern, &by_regex);
            let by_hand = space_high_punctuation(&text);
            prop_assert_eq!(by_hand.as_deref().unwrap_or(&text), by_regex.as_ref());
        }
    }

    /// The character-by-character forms the slice-copying passes replaced, to hold them to
    /// the same output.
    mod former {
        use super::super::{elided_before, NBSP, NNBSP};

        pub fn collapse_space_runs(text: &str) -> Option<String> {
            let blank = |c: char| matches!(c, ' ' | '\t' | NBSP | NNBSP);
            let mut chars = text.chars().peekable();
            let mut found = false;
            while let Some(c) = chars.next() {
                if blank(c) && chars.peek().is_some_and(|&n| blank(n)) {
                    found = true;
                }
            }
            found.then(|| {
                // Each character pushed, a run of blanks as one space.
                let mut out = String::with_capacity(text.len());
                let mut chars = text.chars().peekable();
                while let Some(c) = chars.next() {
                    if blank(c) && chars.peek().is_some_and(|&n| blank(n)) {
                        while chars.next_if(|&n| blank(n)).is_some() {}
                        out.push(' ');
                    } else {
                        out.push(c);
                    }
                }
                out
            })
        }

        pub fn balance_guillemets(text: &str) -> String {
            let mut out = String::new();
            let mut open = 0usize;
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '«' => open += 1,
                    '"' | '»' if open > 0 => {
                        open -= 1;
                        out.push('»');
                        continue;
                    }
                    '»' if out.trim_end().ends_with('»') => continue,
                    // Left unpaired: set by its shape.
                    '"' => {
                        let before = out.chars().next_back();
                        let after = chars.peek().copied();
                        let word_before =
                            before.is_some_and(|b| b.is_alphanumeric() || ".,;:!?…)]".contains(b));
                        let space_after =
                            after.is_none_or(|a| a.is_whitespace() || ".,;:!?…)]".contains(a));
                        let space_before =
                            before.is_none_or(|b| b.is_whitespace() || "([".contains(b));
                        if space_before && after.is_some_and(char::is_alphanumeric) {
                            open += 1;
                            out.push('«');
                            continue;
                        }
                        if word_before && space_after && !before.is_some_and(|b| b.is_ascii_digit())
                        {
                            out.push('»');
                            continue;
                        }
                    }
                    _ => {}
                }
                out.push(c);
            }
            out
        }

        pub fn apostrophes(text: &str) -> String {
            let mut out = String::new();
            let mut previous: Option<char> = None;
            for (i, c) in text.char_indices() {
                let letter_before = previous.is_some_and(char::is_alphabetic);
                let letter_after = || {
                    text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                };
                let next = text[i + c.len_utf8()..].chars().next();
                let opens_a_quotation_or_insertion = || {
                    matches!(next, Some('«' | '"' | '\u{201C}' | '[' | ')'))
                        && elided_before(&text[..i])
                };
                out.push(
                    if c == '\''
                        && letter_before
                        && (letter_after() || opens_a_quotation_or_insertion())
                    {
                        '’'
                    } else {
                        c
                    },
                );
                previous = Some(c);
            }
            out
        }

        pub fn guillemet_spaces(text: &str) -> String {
            let mut out = String::new();
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                let closes = c == '«'
                    && chars
                        .clone()
                        .find(|c| !c.is_whitespace())
                        .is_none_or(|next| ",.;)".contains(next));
                let c = if closes { '»' } else { c };
                match c {
                    '«' => {
                        if elided_before(&out) {
                            out.push('’');
                        } else if out
                            .ends_with(|c: char| c.is_alphanumeric() || ".,;!?…»".contains(c))
                        {
                            out.push(' ');
                        }
                        out.push('«');
                        while chars.peek().is_some_and(|c| c.is_whitespace()) {
                            chars.next();
                        }
                        out.push(NBSP);
                    }
                    '»' => {
                        while out.ends_with(|c: char| c.is_whitespace()) {
                            out.pop();
                        }
                        out.push(NBSP);
                        out.push('»');
                    }
                    _ => out.push(c),
                }
            }
            out
        }
    }

    proptest! {
        #[test]
        fn passes_copy_as_the_former_ones_wrote(
            text in "[ad'’« »\"\t\u{a0}\u{202f}\u{2009},.;)\n(\\[é5😠]{0,30}"
        ) {
            prop_assert_eq!(collapse_space_runs(&text), former::collapse_space_runs(&text));
            prop_assert_eq!(balance_guillemets(&text), former::balance_guillemets(&text));
            prop_assert_eq!(apostrophes(&text), former::apostrophes(&text));
            prop_assert_eq!(guillemet_spaces(&text), former::guillemet_spaces(&text));
        }
    }

    /// `space_after_glued_full_stop` as first written: every character collected and asked.
    fn glued_full_stops_by_chars(text: &str) -> Option<String> {
        if !may_glue(text.as_bytes()) {
            return None;
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let glued = |i: usize| {
            let (Some(&(_, before)), Some(&(_, next)), Some(&(_, then))) = (
                chars.get(i.wrapping_sub(1)),
                chars.get(i + 1),
                chars.get(i + 2),
            ) else {
                return false;
            };
            let initial = before.is_uppercase()
                && chars
                    .get(i.wrapping_sub(2))
                    .is_none_or(|&(_, c)| !c.is_alphanumeric())
                && !(next == 'A' && then.is_whitespace());
            chars[i].1 == '.'
                && i > 0
                && (before.is_lowercase()
                    || before.is_ascii_digit()
                    || "»)".contains(before)
                    || initial)
                && next.is_uppercase()
                && (then.is_lowercase() || opens_a_word(next, then))
        };
        let stops: Vec<usize> = (0..chars.len()).filter(|&i| glued(i)).collect();
        if stops.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len() + stops.len());
        let mut from = 0;
        for i in stops {
            let after = chars[i].0 + 1;
            out.push_str(&text[from..after]);
            out.push(' ');
            from = after;
        }
        out.push_str(&text[from..]);
        Some(out)
    }

    #[test]
    fn glued_full_stops_are_those_first_found_on_real_text() {
        let mut texts = french_texts();
        texts.extend(
            [
                "M.Tapie",
                ".À Dormillouse",
                "refus.L’alcool",
                "pays.C’est",
                "2008.Une peine",
                "République ».Au rond",
                "lemonde.fr BFMTV.com",
                "J.-C.Dupont",
                "x.Ăa é.Σσ",
                "(voir).Ensuite",
                ".",
                "a.",
                ".B",
                "a.Bc",
                "A.Bc",
                "1.Ab",
                "».Ab",
                "É.Éé",
            ]
            .map(str::to_string),
        );
        for text in &texts {
            // The seeds' copy with its sentences glued as a careless scraper glues them.
            let glued = text.replace(". ", ".");
            for text in [text, &glued] {
                assert_eq!(
                    space_after_glued_full_stop(text),
                    glued_full_stops_by_chars(text),
                    "{text:?}"
                );
            }
        }
    }

    proptest! {
        /// The full stops found by `memchr`, the characters around each decoded there, are
        /// those every character was asked about.
        #[test]
        fn glued_full_stops_are_those_first_found(
            text in "([aAzZ09»)(.’' éÉàÀŒœĂΣσ\u{a0}]|M\\.|\\.[A-ZÀÉ][a-zé’]){0,24}"
        ) {
            prop_assert_eq!(space_after_glued_full_stop(&text), glued_full_stops_by_chars(&text));
        }
    }

    /// Two blanks in a row, character by character.
    fn blank_pair_one_by_one(text: &str) -> bool {
        let blank = |c: char| matches!(c, ' ' | '\t' | NBSP | NNBSP);
        let chars: Vec<char> = text.chars().collect();
        chars.windows(2).any(|w| blank(w[0]) && blank(w[1]))
    }

    /// The seeds' paragraphs and lines (real French copy) and edge cases, for the passes held
    /// to their former forms.
    fn french_texts() -> Vec<String> {
        let mut texts: Vec<String> = [
            "",
            " ",
            "  ",
            "\u{a0}",
            "à\u{a0}",
            "voilà ",
            "voilà\u{a0} ça",
            "« Non\u{a0}»\u{a0}: dit-il\u{202f}; là\u{202f} ",
            "l'État, d’une\r\nfin \t ici\u{2009} ?",
            "à\u{2020} †\u{a0}ï\u{202f}ï ",
            "Qu’en dit-il ? « Rien ! » : 11:53, https://x.fr/a?b=1",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for text in crate::test_texts::seed_texts() {
            texts.extend(text.split("\n\n").map(str::to_string));
            texts.extend(text.lines().map(str::to_string));
        }
        texts
    }

    #[test]
    fn blank_pairs_are_those_one_by_one_on_real_text() {
        let texts = french_texts();
        assert!(texts.len() > 50);
        for text in &texts {
            // The seeds' copy with its spaces doubled here and there, as a page laid out by
            // hand holds them.
            let doubled = text.replace(", ", ",  ").replace("’", "’\u{a0} ");
            for text in [text, &doubled] {
                assert_eq!(
                    collapse_space_runs(text),
                    former::collapse_space_runs(text),
                    "{text:?}"
                );
            }
            let bytes = text.as_bytes();
            assert_eq!(
                holds_blank_pair(bytes),
                blank_pair_one_by_one(text),
                "{text:?}"
            );
            assert_eq!(
                holds_blank_pair_by_bytes(bytes),
                blank_pair_one_by_one(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        /// Found by `memmem` and the no-break spaces' neighbours as one by one, with and
        /// without tabs.
        #[test]
        fn blank_pairs_are_those_one_by_one(
            text in "[aé’à†ï« »\t\u{a0}\u{202f}\u{2009}\u{2020}\r\n]{0,30}|[aà ï\u{a0}\u{202f}]{0,30}|\\PC{0,20}"
        ) {
            prop_assert_eq!(holds_blank_pair(text.as_bytes()), blank_pair_one_by_one(&text));
            prop_assert_eq!(holds_blank_pair_by_bytes(text.as_bytes()), blank_pair_one_by_one(&text));
        }
    }

    /// `space_high_punctuation` as first written by hand: the marks found by `str::find`, each
    /// spaced by `spaced_mark`.
    fn high_punctuation_by_find(text: &str) -> Option<String> {
        let mut out = String::new();
        let mut copied = 0;
        let mut at = 0;
        let mut from = 0;
        while let Some(found) = text[from..].find([':', ';', '!', '?']) {
            let mark = from + found;
            from = mark + 1;
            let head = text[at..mark].trim_end_matches(SPACES_BEFORE_MARK);
            let Some(before) = head.chars().next_back() else {
                at = mark;
                continue;
            };
            let after = at + head.len();
            let start = after - before.len_utf8();
            match mark_after(text, before, after) {
                Some((mark, end)) => {
                    out.push_str(&text[copied..start]);
                    out.push_str(&spaced_mark(
                        &text[start..after],
                        &text[mark..mark + 1],
                        &text[mark + 1..end],
                    ));
                    copied = end;
                    at = end;
                    from = end;
                }
                None => at = mark,
            }
        }
        (copied > 0).then(|| out + &text[copied..])
    }

    #[test]
    fn a_no_break_space_after_a_colon_becomes_a_plain_one() {
        assert_eq!(
            normalise("Ukraine\u{a0}:\u{a0}la contre-offensive piétine"),
            "Ukraine\u{a0}: la contre-offensive piétine"
        );
        assert_eq!(
            normalise("Ukraine :\u{202f}la contre-offensive"),
            "Ukraine\u{a0}: la contre-offensive"
        );
        // Before a closing guillemet, and a time's colon, stay as written.
        assert_eq!(
            normalise("Il a dit « voici :\u{a0}»"),
            "Il a dit «\u{a0}voici\u{a0}:\u{a0}»"
        );
        assert_eq!(normalise("à 11:53 précises"), "à 11:53 précises");
    }

    /// A figure before the mark takes its space as a word does: a box of key figures
    /// ("300 : le nombre d'hectares brûlés"), a timeline ("2016 : François Hollande injurié"),
    /// a count asked ("en 2023 ?") kept the plain space of the source.
    #[test]
    fn a_figure_before_a_high_mark_takes_its_no_break_space() {
        assert_eq!(normalise("300 : le nombre"), "300\u{a0}: le nombre");
        assert_eq!(normalise("2016: Hollande"), "2016\u{a0}: Hollande");
        assert_eq!(normalise("en base 60 !"), "en base 60\u{202f}!");
        assert_eq!(normalise("le score, 2-1 ?"), "le score, 2-1\u{202f}?");
    }

    #[test]
    fn high_punctuation_spaces_as_first_written_on_real_text() {
        for text in french_texts() {
            if crate::patterns::is_common(&text) {
                assert_eq!(
                    space_high_punctuation(&text),
                    high_punctuation_by_find(&text),
                    "{text:?}"
                );
            }
        }
    }

    proptest! {
        /// The marks found by `memchr` space the text as those found by `str::find`.
        #[test]
        fn high_punctuation_spaces_as_first_written(
            text in "([a-zé0-9»/’?!:;]{0,3}[ \u{a0}\u{202f}\u{2009}]{0,2}[:;!?]{0,3}[ \n»”)]?){0,12}"
        ) {
            prop_assume!(crate::patterns::is_common(&text));
            prop_assert_eq!(space_high_punctuation(&text), high_punctuation_by_find(&text));
        }
    }

    static HIGH_PUNCT_REGEX: LazyLock<Regex> =
        LazyLock::new(|| crate::patterns::as_regex(&SPACE_BEFORE_HIGH_PUNCT));

    /// The pattern `straight_quotes` replaced, to hold it to the same output.
    fn by_pattern(text: &str) -> String {
        Regex::new(r#""([^"\n]{1,400}?)""#)
            .unwrap()
            .replace_all(text, "«$1»")
            .into_owned()
    }

    proptest! {
        #[test]
        // Every quote after a space and before no word, as the pattern read them: none closes
        // or opens by its shape.
        fn straight_quotes_as_the_pattern(text in "([aé\n«]| \"?[ «\n]){0,30}") {
            prop_assert_eq!(straight_quotes(&text), by_pattern(&text));
        }
    }

    /// Every hyphen and em dash between white space, read character by character: what
    /// [`spaced_dashes`] must turn into en dashes.
    fn dashes_one_by_one(text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut changed = false;
        let out: String = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let spaced = i > 0
                    && chars[i - 1].is_whitespace()
                    && chars.get(i + 1).is_some_and(|n| n.is_whitespace());
                let figure = |k: Option<&char>| k.is_some_and(char::is_ascii_digit);
                let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
                let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                let minus = c == '−' && figure(before) && figure(after);
                if matches!(c, '-' | '—' | '−') && spaced && !minus {
                    changed = true;
                    '–'
                } else {
                    c
                }
            })
            .collect();
        changed.then_some(out)
    }

    proptest! {
        #[test]
        fn spaced_dashes_are_those_read_one_by_one(text in "[a1 \\-—−\u{a0}é\u{202f}]{0,30}") {
            prop_assert_eq!(spaced_dashes(&text), dashes_one_by_one(&text));
        }
    }

    #[test]
    fn straight_quotes_at_the_length_limit() {
        for n in [1, 399, 400, 401] {
            let quoted = "é".repeat(n);
            let text = format!("x \"{quoted}\" et \"y\"");
            let expected = match n <= QUOTE_MAX_CHARS {
                true => format!("x «{quoted}» et «y»"),
                // Too long to be a quotation; its closing quote opens nothing either.
                false => format!("x \"{quoted}\" et «y»"),
            };
            assert_eq!(straight_quotes(&text), expected, "{n}");
        }
    }

    #[test]
    fn typesetting_again_restores_what_a_plain_join_lost_and_nothing_else() {
        // The pipeline types a composed title and description again: a composition that
        // rejoins words with plain spaces ("ce samedi" dropped from a headline) loses the
        // no-break spaces, and typesetting what is already typeset changes nothing.
        let typeset = "Les «\u{a0}gilets jaunes\u{a0}» manifestent devant l’Assemblée\u{a0}: «\u{a0}Non\u{202f}!\u{a0}»";
        let joined = typeset.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_ne!(joined, typeset);
        assert_eq!(normalise(&joined), typeset);
        assert_eq!(normalise(typeset), typeset);
    }

    #[test]
    fn a_thin_space_before_a_mark_becomes_a_no_break_one() {
        // L'Humanité's headline: "Christophe Dettinger, un procès pour l’exemple\u{2009}?".
        assert_eq!(
            normalise("un procès pour l’exemple\u{2009}?"),
            "un procès pour l’exemple\u{202f}?"
        );
        assert_eq!(normalise("Syrie\u{2009}: un chef"), "Syrie\u{a0}: un chef");
    }

    #[test]
    fn two_quotations_glued_are_set_apart() {
        // Le Figaro's Finkielkraut: "…la rhétorique islamiste.»«Peut-être y a-t-il…".
        assert_eq!(
            normalise("c’est la rhétorique islamiste.»«Peut-être y a-t-il des gens"),
            "c’est la rhétorique islamiste.\u{a0}» «\u{a0}Peut-être y a-t-il des gens"
        );
    }

    #[test]
    fn a_quotation_over_several_paragraphs_is_set_in_guillemets() {
        // France Info: the quotation the colon opens runs to the next paragraph.
        assert_eq!(
            normalise(
                r#"Elle rectifie : "Au niveau local, de manière autonome, comme les statuts"#
            ),
            "Elle rectifie\u{a0}: «\u{a0}Au niveau local, de manière autonome, comme les statuts"
        );
        // Le Monde Afrique: the paragraph ends a quotation opened in an earlier one.
        assert_eq!(
            normalise(r#"a répondu à l'appel. Tout le monde le sait !""#),
            "a répondu à l’appel. Tout le monde le sait\u{202f}!\u{a0}»"
        );
        // Euronews mixes the marks of one quotation.
        assert_eq!(
            normalise(r#"la situation du merlu est "intenable” à long terme."#),
            "la situation du merlu est «\u{a0}intenable\u{a0}» à long terme."
        );
        // A figure's inches are no quotation.
        assert_eq!(
            normalise(r#"un écran de 27" seulement"#),
            r#"un écran de 27" seulement"#
        );
    }

    #[test]
    fn a_closing_quote_left_by_an_earlier_quotation_opens_nothing() {
        // L'Internaute on Hakimi's wife: the paragraph goes on from a quotation opened before
        // it, and pairing from its closing quote turned every later pair inside out.
        let text = r#"Il reste à faire confiance à la justice", poursuit-elle. "Il va sans dire que je serai toujours du côté des victimes". Elle appelle au respect de sa vie privée, compte tenu des "circonstances délicates"."#;
        let set = straight_quotes(text);
        assert!(set.contains("«Il va sans dire"), "{set}");
        assert!(set.contains("des «circonstances délicates»."), "{set}");
        assert!(set.contains("la justice\", poursuit-elle"), "{set}");
    }

    #[test]
    fn a_quote_that_opens_by_its_shape_closes_nothing() {
        // La DH (AFP copy) on the minimum wage: the copy lost the quote closing the minister's
        // first words, so the next quote, which opens her second sentence, is not its close.
        let text = r#"Cette hausse "inclut l'augmentation du Smic déjà prévue, a ensuite précisé la ministre du Travail, Muriel Pénicaud. "Le reste ça va être la solidarité"."#;
        let set = normalise(text);
        assert!(!set.contains("»Le"), "{set}");
        assert!(
            set.contains("«\u{a0}Le reste ça va être la solidarité\u{a0}»."),
            "{set}"
        );
        // A quotation whose closing quote has its shape is paired as before.
        let set = normalise(r#"Il a dit "non", puis "oui" hier."#);
        assert_eq!(
            set,
            "Il a dit «\u{a0}non\u{a0}», puis «\u{a0}oui\u{a0}» hier."
        );
    }

    /// L’Internaute (quoting TF1), francetvinfo, Orange: a quotation inside a quotation
    /// between straight single quotes is set in “ ”, as STYLE-fr.md wants, and one outside
    /// any in guillemets; a lone quote is left alone.
    #[test]
    fn single_quotes_inside_a_quotation_become_english_quotes() {
        assert_eq!(
            normalise("« vous dire 'Tout va bien, c'est nickel' mais non »"),
            "«\u{a0}vous dire “Tout va bien, c’est nickel” mais non\u{a0}»"
        );
        assert_eq!(
            normalise("« l'interdiction 'd'armes par destination'. La LDH »"),
            "«\u{a0}l’interdiction “d’armes par destination”. La LDH\u{a0}»"
        );
        // Outside a quotation, the quotation is one: in guillemets.
        assert_eq!(
            normalise("l'interdiction 'd'armes par destination'. La LDH"),
            "l’interdiction «\u{a0}d’armes par destination\u{a0}». La LDH"
        );
        // Orange: a whole sentence quoted inside a quotation.
        let sentence = "« de dire 'vous voyez il y a un seul paquet, les partis classiques, et \
                        l'alternative c'est nous' Je pense »";
        assert!(normalise(sentence).contains(
            "dire “vous voyez il y a un seul paquet, les partis classiques, et l’alternative \
             c’est nous” Je pense"
        ));
        assert_eq!(
            normalise("« notre François de 'L'île aux enfants' », écrit-il"),
            "«\u{a0}notre François de “L’île aux enfants”\u{a0}», écrit-il"
        );
        for alone in [
            "les Beatles' album",
            "et (qu')on discute",
            "un 'mot sans fin",
            "'a'b",
        ] {
            assert_eq!(normalise(alone), apostrophes(alone), "{alone}");
        }
    }

    /// TVA Nouvelles, Orange, Le Point (an AFP dispatch) and francetvinfo: an elided word
    /// glued to the quotation or the editor's bracket it opens keeps its apostrophe
    /// typographic, as it would before a letter.
    #[test]
    fn an_apostrophe_before_a_quotation_or_a_bracket_is_typographic() {
        assert_eq!(
            normalise("La notion d'«agence» correspondait"),
            "La notion d’«\u{a0}agence\u{a0}» correspondait"
        );
        assert_eq!(
            normalise("lors de l'\"acte VIII\" des \"gilets jaunes\""),
            "lors de l’«\u{a0}acte VIII\u{a0}» des «\u{a0}gilets jaunes\u{a0}»"
        );
        assert_eq!(
            normalise("qu'“un tel geste”"),
            "qu’«\u{a0}un tel geste\u{a0}»"
        );
        // francetvinfo quoting the minister: the editor’s insertion in brackets.
        assert_eq!(
            normalise("« le tribunal n'[avait] pas reconnu »"),
            "«\u{a0}le tribunal n’[avait] pas reconnu\u{a0}»"
        );
        // Orange quoting a union leader: the elided word the editor added, in brackets.
        assert_eq!(
            normalise("« Si le gouvernement retire son projet et (qu')on discute »"),
            "«\u{a0}Si le gouvernement retire son projet et (qu’)on discute\u{a0}»"
        );
        // Not after a word French does not elide, nor before a closing mark.
        assert_eq!(
            normalise("Les Beatles' «Help»"),
            "Les Beatles' «\u{a0}Help\u{a0}»"
        );
        assert_eq!(normalise("« l' »"), "«\u{a0}l'\u{a0}»");
    }

    /// L'Internaute's quotation ending on an exclamation, an aside ending on a question: the
    /// mark before what closes them takes its narrow no-break space, as before a guillemet.
    #[test]
    fn a_mark_before_a_closing_quote_or_bracket_is_spaced() {
        assert_eq!(
            normalise("« vous dire 'rien n'est revenu !' Mais »"),
            "«\u{a0}vous dire “rien n’est revenu\u{202f}!” Mais\u{a0}»"
        );
        assert_eq!(
            normalise("une réforme (pourquoi?) contestée"),
            "une réforme (pourquoi\u{202f}?) contestée"
        );
        assert_eq!(
            normalise("à 11:53) et http://a.fr)"),
            "à 11:53) et http://a.fr)"
        );
    }

    #[test]
    fn french_conventions() {
        assert_eq!(normalise("l'armée d'un pays"), "l’armée d’un pays");
        assert_eq!(
            normalise("il a dit \"non\" hier"),
            "il a dit «\u{a0}non\u{a0}» hier"
        );
        assert_eq!(
            normalise("«tous les domaines»"),
            "«\u{a0}tous les domaines\u{a0}»"
        );
        assert_eq!(normalise("un dilemme : il"), "un dilemme\u{a0}: il");
        assert_eq!(
            normalise("Vraiment? Oui!"),
            "Vraiment\u{202f}? Oui\u{202f}!"
        );
        assert_eq!(normalise("à 11:53 (UTC+01:00)"), "à 11:53 (UTC+01:00)");
        assert_eq!(normalise("attendez... bon"), "attendez… bon");
    }

    #[test]
    fn a_quotation_glued_to_the_sentence_before_gets_its_space() {
        assert_eq!(
            normalise("dit-elle.« Il y avait »"),
            "dit-elle. «\u{a0}Il y avait\u{a0}»"
        );
        assert_eq!(normalise("l’« ordure »"), "l’«\u{a0}ordure\u{a0}»");
        assert_eq!(
            normalise("la gravité de l’accusation«, poursuit-il"),
            "la gravité de l’accusation\u{a0}», poursuit-il"
        );
        assert_eq!(
            normalise("la qualifiant d\"ignoble politique\""),
            "la qualifiant d’«\u{a0}ignoble politique\u{a0}»"
        );
    }

    #[test]
    fn agency_plus_signs_around_an_inner_quotation_become_quotes() {
        assert_eq!(
            normalise("« Pendant le tournage de +La Ch'tite famille+, ma mère est venue »"),
            "«\u{a0}Pendant le tournage de “La Ch’tite famille”, ma mère est venue\u{a0}»"
        );
        assert_eq!(
            normalise("un score de +5\u{a0}% et C++ 20"),
            "un score de +5\u{a0}% et C++ 20"
        );
        assert_eq!(normalise("appelez le +33 1 23"), "appelez le +33 1 23");
    }

    #[test]
    fn unbalanced_scraped_quotes_are_mended() {
        assert_eq!(
            normalise("« absorber qui que ce soit. N’a pas de sens\"."),
            "«\u{a0}absorber qui que ce soit. N’a pas de sens\u{a0}»."
        );
        assert_eq!(
            normalise("« nos gouvernements »» a déclaré"),
            "«\u{a0}nos gouvernements\u{a0}» a déclaré"
        );
        // A quotation in English marks is set in French ones; within « », they stay.
        assert_eq!(normalise("“Oui”, dit-il"), "«\u{a0}Oui\u{a0}», dit-il");
        assert_eq!(
            normalise("le mouvement des “gilets jaunes”, qui se dit “asyndical”"),
            "le mouvement des «\u{a0}gilets jaunes\u{a0}», qui se dit «\u{a0}asyndical\u{a0}»"
        );
        assert_eq!(normalise("un “ sans fin"), "un “ sans fin");
        // Techno-Science's glossary quotes in German marks.
        assert_eq!(
            normalise("à partir de δια-, dia-, „par, à travers“ et"),
            "à partir de δια-, dia-, «\u{a0}par, à travers\u{a0}» et"
        );
        assert_eq!(
            normalise("“Oui”«\u{a0}non\u{a0}»"),
            "«\u{a0}Oui\u{a0}» «\u{a0}non\u{a0}»"
        );
    }

    #[test]
    fn spacing_a_mark_that_stands_apart_keeps_the_word_count() {
        for s in [
            "l'armée : « x » - y ; z ! \"a b\"",
            "dilemme:il",
            "« Comme nous » »",
        ] {
            assert_eq!(count_words(s), count_words(&normalise(s)), "{s}");
        }
    }

    /// A mark glued between two words is spaced, and the token the source wrote counts as two
    /// words: why a paragraph's words are counted after typography.
    #[test]
    fn spacing_a_mark_glued_between_words_splits_a_word() {
        for (s, before, after) in [
            ("en 2008.Une peine", 3, 4),
            ("une lame qualifiée d’«épée», dit-il", 5, 6),
        ] {
            assert_eq!(
                (count_words(s), count_words(&normalise(s))),
                (before, after),
                "{s}"
            );
        }
    }
}
