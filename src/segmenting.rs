//! Segmenting: text into paragraphs, sentences and words.
//!
//! # The word count rule
//! A word is a token between white space that holds at least one letter or digit. White space is
//! Unicode `White_Space`, which includes the no-break spaces U+00A0 and U+202F that French
//! typography puts before `:` and inside « », so spacing a mark that stands apart never changes
//! a count (spacing one glued between two words does: see [`crate::typography`]). By this rule
//! `l’armée` is 1 word, `porte-avions` is 1, `1 084` is 2, and `«`, `—`, `:` are none. It is the
//! rule Yoast's French text-length assessment applies, and the one `rewrite`, `stats` and `check`
//! all use (through [`count_words`]).

use crate::lexicon;
use std::borrow::Cow;
use std::ops::Range;

/// `c.is_alphabetic()`, with the characters of French text settled without Unicode's tables
/// (see `french_letter`). Every stage that reads words asks this of every character, and
/// the table search costs tens of instructions for each "é".
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        french_letter(c).unwrap_or_else(|| c.is_alphabetic())
    }
}

/// `c.is_alphanumeric()`, settled as [`is_letter`] settles letters.
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        french_letter(c).unwrap_or_else(|| c.is_alphanumeric())
    }
}

/// Whether a character of French text other than ASCII is a letter, when it is one of the
/// common ones: the letters of Latin-1 (À–ÿ but × and ÷), Œ and œ; the apostrophe,
/// guillemets, dashes, ellipsis and spaces of French typography, which are neither letters
/// nor digits. `None` for any other character.
fn french_letter(c: char) -> Option<bool> {
    match c {
        'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' | 'Œ' | 'œ' => Some(true),
        '’' | '«' | '»' | '\u{a0}' | '\u{202f}' | '–' | '—' | '…' => Some(false),
        _ => None,
    }
}

/// `text` holds more than `limit` characters. A character is one to four bytes: a text of
/// `limit` bytes or fewer holds no more, one of more than four times `limit` bytes holds more,
/// and only a text between the two is counted. Asked of every line for a short line's tests,
/// most of them far longer or far shorter.
pub fn more_chars_than(text: &str, limit: usize) -> bool {
    match text.len() {
        len if len <= limit => false,
        len if len > limit.saturating_mul(4) => true,
        _ => text.chars().count() > limit,
    }
}

/// "— Et l'an prochain ?": a dash and a space, then a capital or a quotation mark, as French
/// opens each line of a dialogue (a reportage's exchange at a market stall, a line a turn).
/// The words are one speaker's, as a quotation's are.
pub fn opens_dialogue_turn(text: &str) -> bool {
    after_dash(text, &['—', '–']).is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"' | '“'))
    })
}

/// What follows one of `dashes` and the white space after it, at the text's start: a turn of
/// dialogue's words, an interview's question set as one. `None` when the text opens on no
/// dash, or on one glued to its word ("—Et", "-5 %").
pub fn after_dash<'a>(text: &'a str, dashes: &[char]) -> Option<&'a str> {
    text.strip_prefix(dashes)
        .filter(|rest| rest.starts_with(char::is_whitespace))
        .map(str::trim_start)
}

/// Count words by the rule documented at the top of this module.
///
/// One pass over the bytes: an ASCII byte is classed by a table, any other character
/// decoded; a token is asked [`is_address`] only when it holds one of the bytes every
/// address holds. Every line of every source is counted, most of them several times.
pub fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut run = Run::default();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let ascii = byte.is_ascii();
        let (len, class) = if ascii || latin1_letter_at(bytes, at) {
            let (class, mut end) = match ascii {
                true => (ASCII_CLASSES[usize::from(byte)], at + 1),
                false => (ALPHANUMERIC, at + 2),
            };
            if class == ALPHANUMERIC {
                // The rest of a run of letters and digits of ASCII and Latin-1 adds nothing
                // to the run's classes.
                end = letters_end(bytes, end);
                // A word of letters and digits, perhaps joined by hyphens and apostrophes,
                // then a space, or a comma or a full stop and a space (most words): counted
                // at once, where each mark, the end and the space were read as more
                // characters. The marks add nothing to a run's classes.
                if run.start.is_none() {
                    if bytes.get(end) == Some(&b' ') {
                        count += 1;
                        at = end + 1;
                        continue;
                    }
                    end = joined_letters_end(bytes, end);
                    if let Some(next) = after_word_end(bytes, end) {
                        count += 1;
                        at = next;
                        continue;
                    }
                }
            }
            (end - at, class)
        } else {
            let c = text[at..].chars().next().expect("a character starts here");
            let class = if c.is_whitespace() {
                SPACE
            } else if is_letter_or_digit(c) {
                ALPHANUMERIC
            } else {
                0
            };
            (c.len_utf8(), class)
        };
        if class & SPACE != 0 {
            count += usize::from(run.is_word(text, at));
            run = Run::default();
        } else {
            run.start.get_or_insert(at);
            run.classes |= class;
        }
        at += len;
    }
    count + usize::from(run.is_word(text, at))
}

/// The end of a run of letters and digits ending at `end`, past the hyphens and apostrophes
/// (' and ’) that join more letters to it ("porte-avions", "l’armée", "aujourd'hui").
#[inline]
fn joined_letters_end(bytes: &[u8], mut end: usize) -> usize {
    while let Some(&byte) = bytes.get(end) {
        let mark = match byte {
            b'-' | b'\'' => 1,
            0xE2 if bytes.get(end + 1..end + 3) == Some(&[0x80, 0x99]) => 3,
            _ => break,
        };
        end = letters_end(bytes, end + mark);
    }
    end
}

/// Where reading goes on when the token ending at `end` ends there: at a space, or at a
/// comma or a full stop before one. A token of letters, digits, joining marks and a final
/// full stop is no address (it holds no ':' or '@', and "www." alone has nothing after it).
#[inline]
fn after_word_end(bytes: &[u8], end: usize) -> Option<usize> {
    match bytes.get(end) {
        Some(b' ') => Some(end + 1),
        Some(b',' | b'.') if bytes.get(end + 1) == Some(&b' ') => Some(end + 2),
        _ => None,
    }
}

/// What [`count_words`] knows of a character: white space, a letter or digit, a byte that
/// addresses hold (`:`, `@`, `.`).
const SPACE: u8 = 1;
const ALPHANUMERIC: u8 = 2;
const ADDRESS_BYTE: u8 = 4;

/// The class of each ASCII byte (white space is tab to carriage return, and the space).
const ASCII_CLASSES: [u8; 128] = {
    let mut classes = [0; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        classes[byte] = if matches!(b, b'\t'..=b'\r' | b' ') {
            SPACE
        } else if b.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else if matches!(b, b':' | b'@' | b'.') {
            ADDRESS_BYTE
        } else {
            0
        };
        byte += 1;
    }
    classes
};

/// A run of non-space characters being read by [`count_words`], and the classes of its
/// characters.
#[derive(Default)]
struct Run {
    start: Option<usize>,
    classes: u8,
}

impl Run {
    /// The run, ending at `end`, counts as a word: it holds a letter or digit and is no
    /// address.
    fn is_word(&self, text: &str, end: usize) -> bool {
        let Some(start) = self.start else {
            return false;
        };
        self.classes & ALPHANUMERIC != 0
            && !(self.classes & ADDRESS_BYTE != 0 && is_address(&text[start..end]))
    }
}

/// A token that is a web or e-mail address, with any punctuation around it.
pub fn is_address(token: &str) -> bool {
    // Every address holds ':', '@' or '.': most words hold none, and are answered at once.
    if !token.bytes().any(|b| matches!(b, b':' | b'@' | b'.')) {
        return false;
    }
    let t = token.trim_start_matches(|c: char| !c.is_alphanumeric());
    // The first "://" is at the first ':' that "//" follows: most tokens hold no ':', and a
    // search for a character costs less than one for a string.
    if let Some((colon, _)) = t
        .match_indices(':')
        .find(|&(i, _)| t[i..].starts_with("://"))
    {
        let scheme = &t[..colon];
        let scheme_like = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        return scheme_like && t[colon + 3..].chars().any(char::is_alphanumeric);
    }
    let www = t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."));
    if www && t[4..].contains(|c: char| c.is_alphanumeric()) {
        return true;
    }
    is_email(t)
}

/// `local@domain.tld`: letters or digits before the `@`, and a dot between letters after it.
fn is_email(t: &str) -> bool {
    let Some((local, domain)) = t.split_once('@') else {
        return false;
    };
    let domain = domain.trim_end_matches(|c: char| !c.is_alphanumeric());
    let labels: Vec<&str> = domain.split('.').collect();
    local.chars().any(char::is_alphanumeric)
        && !local.contains(char::is_whitespace)
        && labels.len() >= 2
        && labels.iter().all(|l| l.chars().any(char::is_alphanumeric))
}

/// A paragraph and the byte ranges of its sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    pub sentences: Vec<Range<usize>>,
    /// Words of `text`, counted once: every stage asks.
    words: usize,
}

impl Paragraph {
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let sentences = split_sentences(&text);
        let words = count_words(&text);
        Paragraph {
            text,
            sentences,
            words,
        }
    }

    /// The paragraph cut in two before its sentence `index` (not the first), each part
    /// trimmed: what `Paragraph::new` makes of each part's text, without reading it again.
    /// `words_before` are the words of the sentences before the cut. A part's words are the
    /// sum of its sentences' (they are separated by white space only, so no token spans two),
    /// and its sentences are the paragraph's own: [`split_sentences`] decides each boundary on
    /// the text around it, and on the quotation open there. That state is the same in a part:
    /// a quotation open across the cut would have kept the cut from being a boundary, unless
    /// it never closes, and then it keeps no boundary from being one, in the paragraph or in
    /// its second part.
    pub fn split_before(&self, index: usize, words_before: usize) -> (Paragraph, Paragraph) {
        let cut = self.sentences[index].start;
        let part = |range: Range<usize>, sentences: &[Range<usize>], words: usize| {
            let raw = &self.text[range.clone()];
            let text = raw.trim();
            let offset = range.start + (raw.len() - raw.trim_start().len());
            Paragraph {
                text: text.to_string(),
                sentences: sentences
                    .iter()
                    .map(|r| r.start - offset..r.end - offset)
                    .collect(),
                words,
            }
        };
        (
            part(0..cut, &self.sentences[..index], words_before),
            part(
                cut..self.text.len(),
                &self.sentences[index..],
                self.words - words_before,
            ),
        )
    }

    /// The paragraph with the full stop its last sentence lost given back: a scraper drops
    /// the stop before a link or a line break it took out ("… sur leur territoire ».
    /// L’objectif était la décentralisation"). Only for a paragraph of several sentences that
    /// ends on a letter or a digit: a lone line without a stop may be a list's item, a label
    /// or a heading, which take none.
    pub fn with_last_stop(self) -> Paragraph {
        self.with_last_mark(".")
    }

    /// The paragraph with the colon its last sentence lost, given back as the full stop is
    /// ([`Paragraph::with_last_stop`]), after a no-break space: "…les principaux avantages
    /// cités sont les suivants\u{a0}:" over the list it announces.
    pub fn with_last_colon(self) -> Paragraph {
        self.with_last_mark("\u{a0}:")
    }

    /// `mark` after a paragraph of several sentences whose last one ends on a letter or a
    /// digit.
    fn with_last_mark(mut self, mark: &str) -> Paragraph {
        let ends_open = self
            .text
            .chars()
            .next_back()
            .is_some_and(is_letter_or_digit);
        if ends_open && self.sentences.len() >= 2 {
            let end = self.text.len();
            self.text.push_str(mark);
            if let Some(last) = self.sentences.last_mut().filter(|r| r.end == end) {
                last.end += mark.len();
            }
        }
        self
    }

    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> + '_ {
        self.sentences.iter().map(|r| &self.text[r.clone()])
    }

    pub fn words(&self) -> usize {
        self.words
    }
}

/// Split a paragraph into sentences, returned as trimmed byte ranges.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
/// white space and a capital, a digit or an opening quote follow. A full stop after a French
/// abbreviation (M., Mme, av. J.-C., janv.) or an initial does not end one, and neither does
/// punctuation inside « » when the quotation closes later in the paragraph: a quoted statement
/// stays one unit with its attribution (« … », a déclaré M. Poutine). Nor does a stop inside
/// brackets that close later: an aside is part of the sentence it stands in.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut quote_depth = 0usize;
    // Whether a quotation closes later is asked at every full stop: the last « » » answers it
    // for all of them, where searching the rest of the text each time made the work grow with
    // the square of a paragraph that opens a quotation and never closes it.
    let last_close = text.rfind('»');
    // So is an aside between brackets, "(Un institut est une organisation permanente créée
    // dans un certain but. C'est habituellement une institution de recherche.)", whose stops
    // end no sentence of the paragraph.
    let mut bracket_depth = 0usize;
    let last_bracket_close = text.rfind(')');
    let mut at = 0;
    while at < bytes.len() {
        // Only the sentence marks and the guillemets change anything: the bytes of every
        // other character are skipped over a table, and only those characters decoded.
        if !SENTENCE_BYTES[usize::from(bytes[at])] {
            at += 1;
            continue;
        }
        let pos = at;
        let c = text[at..].chars().next().expect("a character starts here");
        at += c.len_utf8();
        match c {
            '«' if quote_depth > 0 && reopens_quotation(&text[..pos]) => {}
            '«' => quote_depth += 1,
            '»' => quote_depth = quote_depth.saturating_sub(1),
            '(' => bracket_depth += 1,
            ')' => bracket_depth = bracket_depth.saturating_sub(1),
            _ => {}
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Take the run of terminal punctuation and closing marks, and the space French sets
        // before a closing guillemet ("…la convergence des luttes.\u{a0}» Ce n’est pas…"):
        // without it a quotation that ends its sentence never ended one.
        let mut end = at;
        let mut run = text[at..].chars().peekable();
        while let Some(d) = run.next() {
            let before_guillemet = is_space_before_guillemet(d) && run.peek() == Some(&'»');
            if !before_guillemet
                && !matches!(d, '.' | '!' | '?' | '…' | '»' | '"' | '”' | ')' | ']')
            {
                break;
            }
            if d == '»' {
                quote_depth = quote_depth.saturating_sub(1);
            }
            if d == ')' {
                bracket_depth = bracket_depth.saturating_sub(1);
            }
            end += d.len_utf8();
        }
        let inside_quote = quote_depth > 0 && last_close.is_some_and(|close| close >= end);
        let inside_brackets =
            bracket_depth > 0 && last_bracket_close.is_some_and(|close| close >= end);
        let inside = inside_quote || inside_brackets;
        if !inside
            && is_followed_by_new_sentence(&text[end..])
            && !(c == '.' && ends_with_abbreviation(&text[start..pos]))
        {
            push_trimmed(&mut ranges, text, start..end);
            start = end;
        }
        at = end;
    }
    push_trimmed(&mut ranges, text, start..text.len());
    ranges
}

/// A guillemet that opens where a sentence ended, while a quotation is open, goes on with that
/// quotation rather than nesting in it: a quotation that runs over several of the source's
/// paragraphs opens each with a guillemet and closes only the last ("« Je suis allé au British
/// Museum… fonctionnaire. « Il est plus facile… l’Afrique. »", BBC Afrique with its paragraphs
/// joined). Counted as nested, the first one never closed, and the rest of the paragraph (414
/// words) was one sentence. A quotation nested in a sentence ("« Il m’a dit « non ». »") opens
/// after a word, and is one. Told by the text before the guillemet alone, so that a paragraph
/// cut at a sentence reads its parts as the whole read them.
fn reopens_quotation(before: &str) -> bool {
    before
        .trim_end_matches(is_space_before_guillemet)
        .ends_with(['.', '!', '?', '…'])
}

/// The bytes [`split_sentences`] stops at: the ASCII sentence marks and brackets, and the lead
/// bytes of "…" (E2) and of « and » (C2). Every other byte is skipped.
const SENTENCE_BYTES: [bool; 256] = {
    let mut stops = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        stops[byte] = matches!(byte as u8, b'.' | b'!' | b'?' | b'(' | b')' | 0xC2 | 0xE2);
        byte += 1;
    }
    stops
};

/// The spaces that may stand between a sentence's last mark and the guillemet closing it.
fn is_space_before_guillemet(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// White space, then a capital, a digit or an opening mark: what follows a sentence's end.
fn is_followed_by_new_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    if !chars.next().is_some_and(char::is_whitespace) {
        return false;
    }
    let next = chars.find(|c| !c.is_whitespace());
    next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "«\"“—–([".contains(c))
}

/// The token before a full stop is an abbreviation or an initial ("M", "J.-C", "janv").
fn ends_with_abbreviation(before_dot: &str) -> bool {
    let token = before_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '«')
        .next()
        .unwrap_or("");
    let mut letters = token.chars();
    let single_capital =
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    single_capital || with_lowercase(token, lexicon::is_abbreviation)
}

fn push_trimmed(ranges: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        ranges.push(range.start + lead..range.end - trail);
    }
}

/// The runs of letters and digits in `text`, hyphens kept inside them ("porte-avions"): what
/// `text.split(|c: char| !c.is_alphanumeric() && c != '-')` gives, empty pieces left out.
///
/// Read by bytes, ASCII classed by a table, the letters of Latin-1 by their two bytes, and
/// only the other characters decoded: the stages
/// that look for how the lead uses a word (tags, keyphrase candidates) split the whole lead
/// this way, and the standard split decodes and classes every character through a closure.
pub fn hyphenated_runs(text: &str) -> Runs<'_> {
    Runs { text, at: 0 }
}

/// Runs of letters, digits and hyphens, read by bytes ([`hyphenated_runs`]).
pub struct Runs<'a> {
    text: &'a str,
    at: usize,
}

impl Runs<'_> {
    /// Whether the character at byte `at`, beyond ASCII, is a letter or a digit: a letter of
    /// Latin-1 ("é", "à", most of those of French text) told by its two bytes, any other
    /// character decoded. Returns its length as well.
    #[inline]
    fn kept_beyond_ascii(&self, at: usize) -> (bool, usize) {
        if latin1_letter_at(self.text.as_bytes(), at) {
            return (true, 2);
        }
        let c = self.text[at..]
            .chars()
            .next()
            .expect("a character starts here");
        (is_letter_or_digit(c), c.len_utf8())
    }
}

impl<'a> Iterator for Runs<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let mut at = self.at;
        // The characters left out before the run: ASCII ones skipped in a tight loop.
        loop {
            while at < len && RUN_BYTES[usize::from(bytes[at])] == LEFT_OUT {
                at += 1;
            }
            if at >= len {
                self.at = len;
                return None;
            }
            if RUN_BYTES[usize::from(bytes[at])] == KEPT {
                break;
            }
            let (kept, char_len) = self.kept_beyond_ascii(at);
            if kept {
                break;
            }
            at += char_len;
        }
        let start = at;
        // The run, its ASCII characters read alike, eight at a time ([`ascii_run_end`]).
        loop {
            at = ascii_run_end(bytes, at);
            if at >= len || RUN_BYTES[usize::from(bytes[at])] == LEFT_OUT {
                break;
            }
            let (kept, char_len) = self.kept_beyond_ascii(at);
            if !kept {
                break;
            }
            at += char_len;
        }
        self.at = at;
        Some(&self.text[start..at])
    }
}

/// The end of the run of ASCII letters, digits and hyphens from `at`: eight bytes tested at
/// once ([`crate::eight_bytes`]), the last few of the text one by one. The byte loop
/// mispredicted its exit at the end of nearly every word of the lead ([`WordUses`] reads it
/// all), as the tokeniser's did (see [`ascii_alphanumerics_end`]).
///
/// [`WordUses`]: crate::analysing::WordUses
#[inline]
fn ascii_run_end(bytes: &[u8], mut at: usize) -> usize {
    use crate::eight_bytes::{ascii_digits, ascii_letters, equal_to, leading_set};
    while let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        let chunk = u64::from_le_bytes(*chunk);
        let kept = leading_set(ascii_letters(chunk) | ascii_digits(chunk) | equal_to(chunk, b'-'));
        if kept < 8 {
            return at + kept;
        }
        at += 8;
    }
    while at < bytes.len() && RUN_BYTES[usize::from(bytes[at])] == KEPT {
        at += 1;
    }
    at
}

/// What [`hyphenated_runs`] does with each byte: ASCII letters, digits and the hyphen are
/// kept, any other ASCII byte left out, and a byte beyond ASCII opens a character to be told
/// (one load a byte, where the byte's being ASCII was asked before its table).
const RUN_BYTES: [u8; 256] = {
    let mut table = [BEYOND_ASCII; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_alphanumeric() || b == b'-' {
            KEPT
        } else {
            LEFT_OUT
        };
        byte += 1;
    }
    table
};
const KEPT: u8 = 0;
const LEFT_OUT: u8 = 1;
const BEYOND_ASCII: u8 = 2;

/// French elisions split off (l’armée → l, armée).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset in the analysed text.
    pub start: usize,
}

/// Elided forms that end at an apostrophe; any other apostrophe is part of the word
/// (aujourd’hui, prud’hommes).
const ELISIONS: &[&str] = &[
    "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "quoiqu", "s", "t",
];

/// Iterate over word tokens of `text`.
///
/// Read byte by byte where the text is ASCII, decoding only the other characters: every
/// sentence of every article is tokenised, and an iterator of peeked characters cost tens of
/// instructions a character.
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = next_word_start(text, at)?;
        let (end, next) = word_end(text, start);
        at = next;
        Some(Token {
            text: &text[start..end],
            start,
        })
    })
}

/// The character at byte `at` of `text`, which starts one.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// Where the first letter or digit at or after `at` starts.
///
/// Inlined into [`tokens`] for the commonest case, a word after ASCII (a space, a comma): the
/// rest is [`next_word_start_beyond_ascii`]. It and [`word_end`] were a call each for every
/// word of every text analysed, each saving and restoring registers: inlined, some 28
/// instructions a word fewer (docs/performance.md, stop 81).
#[inline(always)]
fn next_word_start(text: &str, mut at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    loop {
        let byte = *bytes.get(at)?;
        if !byte.is_ascii() {
            return next_word_start_beyond_ascii(text, at);
        }
        if ASCII_ALPHANUMERIC[usize::from(byte)] {
            return Some(at);
        }
        at += 1;
    }
}

/// [`next_word_start`] from a byte beyond ASCII.
fn next_word_start_beyond_ascii(text: &str, mut at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    loop {
        let byte = *bytes.get(at)?;
        if byte.is_ascii() {
            if ASCII_ALPHANUMERIC[usize::from(byte)] {
                return Some(at);
            }
            at += 1;
            continue;
        }
        if latin1_letter_at(bytes, at) {
            return Some(at);
        }
        let c = text[at..].chars().next()?;
        if is_letter_or_digit(c) {
            return Some(at);
        }
        at += c.len_utf8();
    }
}

/// Whether each byte is an ASCII letter or digit: one load a byte in the tokeniser's loop.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// A letter of Latin-1 (À–ÿ but × and ÷, see [`french_letter`]) starts at byte `at`: its
/// UTF-8 form is C3 and a byte of 80–BF, × being C3 97 and ÷ C3 B7. French words hold one
/// every few letters ("é", "è", "à"), and the tokeniser reads them without decoding them.
#[inline]
fn latin1_letter_at(bytes: &[u8], at: usize) -> bool {
    bytes[at] == 0xC3 && bytes.get(at + 1).is_some_and(|&b| b != 0x97 && b != 0xB7)
}

/// The end of the run of ASCII and Latin-1 letters and digits from `at`, most of any French
/// word: its ASCII letters and digits eight bytes at a time ([`ascii_alphanumerics_end`]),
/// then a Latin-1 letter if one follows.
///
/// A loop of a load and a branch a byte mispredicted its exit at the end of nearly every
/// word: eight bytes tested at once spend more instructions on a word of five letters (one
/// chunk, some twenty instructions, where the loop spent seven a letter) but branch on
/// whether the word ends in the chunk, which it nearly always does (docs/performance.md,
/// stop 81: 3.4 M instructions more a pass, 173 thousand mispredicted branches fewer).
#[inline]
fn letters_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        at = ascii_alphanumerics_end(bytes, at);
        if at < bytes.len() && latin1_letter_at(bytes, at) {
            at += 2;
        } else {
            return at;
        }
    }
}

/// The end of the run of ASCII letters and digits from `at`: eight bytes tested at once
/// ([`crate::eight_bytes`]), the last few of the text one by one.
#[inline]
fn ascii_alphanumerics_end(bytes: &[u8], mut at: usize) -> usize {
    use crate::eight_bytes::{ascii_digits, ascii_letters, leading_set};
    while let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        let chunk = u64::from_le_bytes(*chunk);
        let alphanumerics = leading_set(ascii_letters(chunk) | ascii_digits(chunk));
        if alphanumerics < 8 {
            return at + alphanumerics;
        }
        at += 8;
    }
    while at < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[at])] {
        at += 1;
    }
    at
}

/// The end of the word token starting at `start`, and where reading goes on: past an
/// elision's apostrophe, or at the first character that is no part of the word.
///
/// Inlined for most words, letters of ASCII and Latin-1 that a space or an ASCII mark ends
/// (as [`next_word_start`]); [`word_end_after`] reads on past a hyphen, an apostrophe or a
/// character beyond Latin-1.
#[inline(always)]
fn word_end(text: &str, start: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    if ASCII_ALPHANUMERIC[usize::from(bytes[start])] || latin1_letter_at(bytes, start) {
        let at = letters_end(bytes, start);
        return match bytes.get(at) {
            Some(&byte) if byte.is_ascii() && byte != b'-' && byte != b'\'' => (at, at),
            None => (at, at),
            _ => word_end_after(text, start, at, at),
        };
    }
    word_end_after(text, start, start, start)
}

/// [`word_end`] of the word from `start`, read up to `at`, whose letters end at `end`.
fn word_end_after(text: &str, start: usize, mut end: usize, mut at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let byte = bytes[at];
        if ASCII_ALPHANUMERIC[usize::from(byte)] || latin1_letter_at(bytes, at) {
            at = letters_end(bytes, at);
            // The byte after most words, a space or a mark of ASCII, ends the word: only a
            // hyphen or an apostrophe may join it to more.
            match bytes.get(at) {
                Some(&byte) if byte.is_ascii() && byte != b'-' && byte != b'\'' => return (at, at),
                _ => {}
            }
            end = at;
            continue;
        }
        let c = char_at(text, at).expect("a character starts here");
        if is_letter_or_digit(c) {
            at += c.len_utf8();
            end = at;
        } else if matches!(c, '-' | '\'' | '’') && joins_word(text, at, c) {
            let apostrophe = at;
            at += c.len_utf8();
            if c != '-' && is_elision(&text[start..apostrophe]) {
                return (apostrophe, at);
            }
        } else {
            break;
        }
    }
    (end, at)
}

/// Where a word was lost: a preposition or an article ([`lexicon::awaits_its_noun`]) set
/// apart before a full stop, a comma or a semicolon ("en location sur . Le nombre"), any word
/// set apart before a full stop that ends a sentence ("qu’il ne souhaitait pas utiliser . Une
/// commission"), an elided word glued to a stop ("due à l’. « Alors"), or one of the
/// prepositions and articles that never end a clause glued to one ("des informations du,
/// confirmées", `GLUED_HOLES`), each as the range from that word through the stop. No such
/// word ends a clause, and French sets no space before a full stop or a comma (a semicolon's
/// is a no-break one): what stood there is missing, most often the text of a link that a
/// scraper or a copy from a web page dropped. A space before a comma is also a slip of the
/// keyboard ("un , deux"), so only a word that cannot end a clause tells a hole there. Each
/// stop is found by `memchr3`; one after a letter or a digit is read further only when the
/// letter may end a word of `GLUED_HOLES`.
pub fn lost_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    memchr::memchr3_iter(b'.', b',', b';', text.as_bytes())
        .filter_map(move |stop| lost_word_before(text, stop))
}

/// The lost word's range if the word before the stop at byte `stop` announced one.
fn lost_word_before(text: &str, stop: usize) -> Option<Range<usize>> {
    // Most stops follow a word's last letter or digit: only a short word ending on one of the
    // last letters of `GLUED_HOLES` is read further.
    let last = *text.as_bytes().get(stop.checked_sub(1)?)?;
    let after_a = last == 0xA0 && text.as_bytes()[..stop].ends_with("à".as_bytes());
    if last.is_ascii_alphanumeric() || after_a {
        return glued_hole(text, stop);
    }
    let before = &text[..stop];
    let spaced = before.trim_end();
    let set_apart = spaced.len() < before.len();
    let word_start = |end: &str| {
        end.char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(at, c)| at + c.len_utf8())
    };
    let start = word_start(spaced);
    let word = &spaced[start..];
    let lost = if set_apart {
        !word.is_empty()
            && (lexicon::awaits_its_noun(word) || ends_sentence_apart(text, stop, word))
    } else {
        word.strip_suffix(['’', '\''])
            .is_some_and(|elided| !elided.is_empty() && is_elision(elided))
    };
    lost.then_some(start..stop + 1)
}

/// Prepositions and articles that lost the word they announced when a stop is glued to them
/// ("d’après des informations du, confirmées par BFMTV", the link's text dropped with its
/// space): those that end no clause even as a pronoun, a numeral or an adverb would ("un,
/// deux", "et ce, malgré", "voter pour, contre", "faire avec,"). At most four bytes each.
const GLUED_HOLES: [&str; 15] = [
    "à", "au", "aux", "chez", "dans", "de", "des", "du", "la", "le", "les", "par", "sous", "sur",
    "vers",
];

/// The range of a word of [`GLUED_HOLES`] glued to the stop at byte `stop`, through the stop.
/// Read only when the byte before the stop ends one of them, by the bytes of the two to four
/// before it (every word of the list is ASCII but "à", whose first byte opens a character).
fn glued_hole(text: &str, stop: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let last = bytes[stop - 1].to_ascii_lowercase();
    if !matches!(last, b'u' | b's' | b'x' | b'z' | b'e' | b'a' | b'r' | 0xA0) {
        return None;
    }
    (2..=4).find_map(|len| {
        let start = stop.checked_sub(len)?;
        // The byte before the word ends white space (a space, or a no-break space's last
        // byte) for a word that stands alone: most words run on further back.
        let before = start.checked_sub(1).map(|at| bytes[at]);
        if !before.is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0xA0 | 0xAF)) {
            return None;
        }
        let mut lower = [0u8; 4];
        for (l, b) in lower.iter_mut().zip(&bytes[start..stop]) {
            *l = b.to_ascii_lowercase();
        }
        let listed = GLUED_HOLES.iter().any(|w| w.as_bytes() == &lower[..len]);
        let at_word_start = start == 0
            || text.is_char_boundary(start) && text[..start].ends_with(char::is_whitespace);
        (listed && at_word_start).then_some(start..stop + 1)
    })
}

/// The stop at byte `stop`, set apart after `word`, is a full stop that ends a sentence (white
/// space or the text's end after it, not an ellipsis nor a figure's point: ".75") after a
/// word that ends on a letter.
fn ends_sentence_apart(text: &str, stop: usize, word: &str) -> bool {
    text.as_bytes()[stop] == b'.'
        && text[stop + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
        && word.chars().next_back().is_some_and(is_letter)
}

/// The word before an apostrophe is elided ("l’", "qu’"), in any case. ASCII, as nearly every
/// one is, compared caselessly where lowercasing "L" made a string; a word beyond ASCII is
/// lowercased ("K", the Kelvin sign, lowercases to "k").
fn is_elision(prefix: &str) -> bool {
    if prefix.is_ascii() {
        return ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(prefix));
    }
    ELISIONS.contains(&lowercase(prefix).as_ref())
}

/// `word` in lowercase, borrowed when it already is: most words of French prose are, and the
/// stages lowercase every token they read, so this spares an allocation per word.
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if is_lowercase(word) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(to_lowercase(word))
    }
}

/// `word` is its own lowercase. Its ASCII bytes, most of any word, are settled by one load
/// of a table each: lowercase unless one is a capital; a lowercase letter of Latin-1 ("é",
/// "à", ß–ÿ, each its own lowercase) by its two bytes; the characters from the first other
/// one on, by their case.
#[inline(always)]
fn is_lowercase(word: &str) -> bool {
    let unchanged = |c: char| match common_lowercase(c) {
        Some(lower) => lower == c,
        None => {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        }
    };
    let bytes = word.as_bytes();
    let mut at = 0;
    loop {
        match bytes.get(at).map(|&b| CASE_BYTES[usize::from(b)]) {
            None => return true,
            Some(LOWER) => at += 1,
            Some(CAPITAL) => return false,
            Some(_) if bytes[at] == 0xC3 && bytes.get(at + 1).is_some_and(|&b| b >= 0x9F) => {
                at += 2;
            }
            Some(_) => return word[at..].chars().all(unchanged),
        }
    }
}

/// What [`lowercase`] reads in each byte: an ASCII byte that is its own lowercase, an ASCII
/// capital, or a byte beyond ASCII.
const CASE_BYTES: [u8; 256] = {
    let mut table = [BEYOND_ASCII_CASE; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = if (byte as u8).is_ascii_uppercase() {
            CAPITAL
        } else {
            LOWER
        };
        byte += 1;
    }
    table
};
const LOWER: u8 = 0;
const CAPITAL: u8 = 1;
const BEYOND_ASCII_CASE: u8 = 2;

/// Bytes of the longest word [`with_lowercase`] lowercases on the stack: every function word
/// and nearly every other.
const STACK_LOWERCASE_BYTES: usize = 32;

/// `read(&lowercase(word))`, a capitalised word of ASCII and Latin-1 ("Les", "Selon",
/// "Macron", "État") lowercased on the stack: the callers compare it with their lists and drop
/// it, and its copy on the heap was among the commonest allocations of an article.
pub fn with_lowercase<R>(word: &str, read: impl FnOnce(&str) -> R) -> R {
    let bytes = word.as_bytes();
    let mut buffer = [0u8; STACK_LOWERCASE_BYTES];
    let Some(lower) = buffer.get_mut(..bytes.len()) else {
        return read(&lowercase(word));
    };
    if word.is_ascii() {
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return read(word);
        }
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        return read(std::str::from_utf8(lower).expect("ASCII is UTF-8"));
    }
    if is_lowercase(word) {
        return read(word);
    }
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    // A capitalised word of French ("État", "Région") holds letters of Latin-1 too: their
    // capitals are lowercased in their two bytes, as `push_str_lowercase` does.
    let mut at = 0;
    while let Some(found) = next_non_ascii(lower, at) {
        match common_step(lower, found) {
            CommonStep::Capital(_) => {
                lower[found + 1] += 0x20;
                at = found + 2;
            }
            CommonStep::Own(len) => at = found + len,
            CommonStep::Other => return read(&lowercase(word)),
        }
    }
    read(std::str::from_utf8(lower).expect("a character's lowercase in its own bytes"))
}

/// Capitalise the first letter, leaving the rest as written.
pub fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    let mut out = String::with_capacity(text.len() + 2);
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
    out
}

/// `text.to_lowercase()`, faster on French text: see [`push_str_lowercase`].
pub fn to_lowercase(text: &str) -> String {
    let mut lower = String::with_capacity(text.len());
    push_str_lowercase(&mut lower, text);
    lower
}

/// Push `text.to_lowercase()`. The text is copied whole and its ASCII lowercased in place
/// (vector instructions); then only its characters beyond ASCII are visited, most of them
/// their own lowercase in French text ("é", "’", "«", no-break spaces), a Latin-1 capital
/// ("É", "À") replaced by its lowercase of the same length. At the first character of any
/// other kind the rest is lowercased character by character (`push_chars_lowercase`). The
/// lead of every article, the keys of repeated lines and many words are lowercased: a pass
/// by character cost some eleven instructions a byte.
pub fn push_str_lowercase(into: &mut String, text: &str) {
    let start = into.len();
    into.push_str(text);
    into[start..].make_ascii_lowercase();
    let mut at = start;
    while let Some(found) = next_non_ascii(into.as_bytes(), at) {
        match common_step(into.as_bytes(), found) {
            CommonStep::Capital(lower) => {
                into.replace_range(found..found + 2, lower.encode_utf8(&mut [0; 4]));
                at = found + 2;
            }
            CommonStep::Own(len) => at = found + len,
            CommonStep::Other => {
                // The rest, from this character on, character by character.
                let from = found - start;
                into.truncate(found);
                push_chars_lowercase(into, start, text, from);
                return;
            }
        }
    }
}

/// What lowercasing makes of the character beyond ASCII at byte `found` of `bytes`, read
/// from its first two or three bytes: the lowercase of a capital of Latin-1, or the length of
/// a character that is its own lowercase, or `Other`, any character to be decoded.
#[derive(Debug, PartialEq)]
enum CommonStep {
    Capital(char),
    Own(usize),
    Other,
}

#[inline(always)]
fn common_step(bytes: &[u8], found: usize) -> CommonStep {
    match (bytes[found], bytes.get(found + 1).copied().unwrap_or(0)) {
        // À–Þ but ×: their lowercase is 0x20 further, in the same two bytes.
        (0xC3, second @ 0x80..=0x9E) if second != 0x97 => CommonStep::Capital(
            char::from_u32(0xC0 + u32::from(second - 0x80) + 0x20).expect("a Latin-1 letter"),
        ),
        // U+0080–U+00FF otherwise, and œ: their own lowercase.
        (0xC2 | 0xC3, _) | (0xC5, 0x93) => CommonStep::Own(2),
        // The General Punctuation block, U+2000–U+206F: no letter.
        (0xE2, 0x80) => CommonStep::Own(3),
        (0xE2, 0x81) if bytes.get(found + 2).is_some_and(|&b| b <= 0xAF) => CommonStep::Own(3),
        _ => CommonStep::Other,
    }
}

/// Where the next byte beyond ASCII stands in `bytes` from `at`: eight bytes at a time, where
/// most of a French text is ASCII.
fn next_non_ascii(bytes: &[u8], mut at: usize) -> Option<usize> {
    use crate::eight_bytes::HIGH;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word & HIGH != 0 {
            // The lowest byte with its high bit set comes first (little-endian).
            return Some(at + (word & HIGH).trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes[at.min(bytes.len())..]
        .iter()
        .position(|b| !b.is_ascii())
        .map(|i| at + i)
}

/// Push the lowercase of `text[from..]` onto `into`, whose part from `start` holds the
/// lowercase of `text[..from]`: runs of ASCII lowercased in place, the common characters
/// beyond ASCII by [`common_lowercase`], any other through Unicode's case table.
fn push_chars_lowercase(into: &mut String, start: usize, text: &str, from: usize) {
    let mut rest = &text[from..];
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let run = into.len();
        into.push_str(&rest[..ascii]);
        into[run..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        match chars.next() {
            // Only a capital sigma's lowercase depends on its neighbours (final or not).
            Some('Σ') => {
                into.truncate(start);
                into.push_str(&text.to_lowercase());
                return;
            }
            Some(c) => push_lowercase(into, c),
            None => {}
        }
        rest = chars.as_str();
    }
}

/// Push `c.to_lowercase()`.
#[inline]
pub fn push_lowercase(into: &mut String, c: char) {
    match common_lowercase(c) {
        Some(lower) => into.push(lower),
        None => into.extend(c.to_lowercase()),
    }
}

/// `c.to_lowercase()` when `c` is one of the characters of French text whose lowercase needs
/// no table: ASCII; Latin-1, whose capitals À–Þ (but ×) are their lowercase less 0x20 and
/// whose other characters are their own lowercase; Œ; the General Punctuation block (’,
/// dashes, spaces), which holds no letter. `None` for any other character.
#[inline]
fn common_lowercase(c: char) -> Option<char> {
    match c {
        '\0'..='\u{7f}' => Some(c.to_ascii_lowercase()),
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 0x20),
        '\u{80}'..='ÿ' | 'œ' | '\u{2000}'..='\u{206f}' => Some(c),
        'Œ' => Some('œ'),
        _ => None,
    }
}

/// A hyphen or apostrophe at `pos` joins two runs of letters.
fn joins_word(text: &str, pos: usize, c: char) -> bool {
    text[pos + c.len_utf8()..]
        .chars()
        .next()
        .is_some_and(is_letter_or_digit)
}

#[cfg(test)]
mod tests {
    /// `lost_words` as first written: the words split at white space, each pair read, and
    /// each word read for an elided word glued to a stop.
    fn lost_words_simply(text: &str) -> usize {
        let words: Vec<&str> = text.split_whitespace().collect();
        let ends_apart = |w: &[&str]| {
            let letter = w[0].chars().next_back().is_some_and(char::is_alphabetic);
            letter && w[1] == "."
        };
        let spaced = words
            .windows(2)
            .filter(|w| {
                w[1].starts_with(['.', ',', ';']) && lexicon::awaits_its_noun(w[0]) || ends_apart(w)
            })
            .count();
        let glued = words
            .iter()
            .map(|w| {
                w.char_indices()
                    .filter(|&(at, c)| {
                        matches!(c, '’' | '\'')
                            && w[at + c.len_utf8()..].starts_with(['.', ',', ';'])
                            && at > 0
                            && is_elision(&w[..at])
                            || matches!(c, '.' | ',' | ';')
                                && GLUED_HOLES.iter().any(|h| w[..at].eq_ignore_ascii_case(h))
                    })
                    .count()
            })
            .sum::<usize>();
        spaced + glued
    }

    /// [`letters_end`] as it read a byte at a time.
    fn letters_end_byte_by_byte(bytes: &[u8], mut at: usize) -> usize {
        loop {
            if at < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[at])] {
                at += 1;
            } else if at < bytes.len() && latin1_letter_at(bytes, at) {
                at += 2;
            } else {
                return at;
            }
        }
    }

    proptest::proptest! {
        /// Eight bytes at a time, a run of letters ends where reading a byte at a time ends
        /// it, from any character of any text: ASCII letters, digits and the bytes around
        /// their ranges, Latin-1 letters, × and ÷ (C3 97, C3 B7), other two-byte letters
        /// (Œ, ā), three- and four-byte characters, runs of letters longer than a chunk.
        #[test]
        fn letters_end_where_a_byte_at_a_time_ends_them(
            text in "[a-zA-Z09/:@\\[`{ .,'-]{0,3}([azAZ09éÉàÀÖöøÿ×÷ŒāÃ’€😠/:@`{ -]{0,12}[aé]{0,9}){0,3}",
            start in 0usize..64,
        ) {
            let start = (0..=start.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            proptest::prop_assert_eq!(
                letters_end(text.as_bytes(), start),
                letters_end_byte_by_byte(text.as_bytes(), start)
            );
        }
    }

    proptest::proptest! {
        /// Eight bytes at a time, a run of ASCII letters, digits and hyphens ends where
        /// reading a byte at a time ends it, from any byte of texts that hold the bytes
        /// around those ranges ('/', ':', '@', '[', '`', '{', ',', '.'), bytes beyond ASCII,
        /// and runs longer than a chunk.
        #[test]
        fn a_run_ends_where_a_byte_at_a_time_ends_it(
            text in "([a-zA-Z09/:@\\[`{ .,'-]{0,3}([azAZ09/:@`{,.é€-]{0,12}[a-]{0,9}){0,4})",
            start in 0usize..96,
        ) {
            let bytes = text.as_bytes();
            let start = start.min(bytes.len());
            let mut byte_by_byte = start;
            while byte_by_byte < bytes.len() && RUN_BYTES[usize::from(bytes[byte_by_byte])] == KEPT {
                byte_by_byte += 1;
            }
            proptest::prop_assert_eq!(ascii_run_end(bytes, start), byte_by_byte);
        }
    }

    proptest::proptest! {
        #[test]
        fn lost_words_are_found_where_the_pairs_find_them(
            text in "((sur|Sur|le|les|de|à|maison|en|l’|L'|qu’|x|\\.|,|;|\\.\\.)[ \u{a0}\u{202f}\t]{0,2}){0,10}"
        ) {
            proptest::prop_assert_eq!(lost_words(&text).count(), lost_words_simply(&text));
        }
    }

    #[test]
    fn a_dash_and_a_capital_open_a_turn_of_dialogue() {
        for text in [
            "— Et l’an prochain ?",
            "– C’est tout, madame.",
            "—\u{a0}« Non », dit-il.",
        ] {
            assert!(opens_dialogue_turn(text), "{text}");
        }
        for text in [
            "Et l’an prochain ?",
            "- Et l’an prochain ?",
            "—Et l’an prochain ?",
            "— et puis rien",
            "— 12 %",
            "",
        ] {
            assert!(!opens_dialogue_turn(text), "{text}");
        }
    }

    #[test]
    fn an_aside_between_brackets_is_no_sentence_of_its_own() {
        // Techno-Science's glossary, printed inside the sentence it glosses.
        let text = "Des chercheurs de l'Institut (Un institut est une organisation permanente créée dans un certain but. C'est habituellement une institution de recherche.) de chimie ont identifié de nouvelles cibles. Ces travaux sont parus dans la revue Nature Communications.";
        let sentences: Vec<&str> = split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(sentences.len(), 2, "{sentences:?}");
        assert!(sentences[0].ends_with("de nouvelles cibles."));
        // A bracket never closed, or closed before the stop, keeps no stop from ending one.
        for text in [
            "Il a parlé (longuement. Puis il est parti.",
            "Il a parlé (longuement). Puis il est parti.",
            "1) Il a parlé. 2) Puis il est parti.",
        ] {
            assert_eq!(split_sentences(text).len(), 2, "{text}");
        }
    }

    #[test]
    fn a_last_sentence_that_lost_its_stop_gets_it_back() {
        // TVA Nouvelles as scraped: the paragraph's last sentence without its stop.
        let text = "Les Régies devenaient les « véritables maîtres d’œuvre du développement ». L’objectif était la décentralisation";
        let paragraph = Paragraph::new(text).with_last_stop();
        assert_eq!(paragraph.text, format!("{text}."));
        let last = paragraph.sentence_texts().last().unwrap();
        assert_eq!(last, "L’objectif était la décentralisation.");
        assert_eq!(paragraph.words(), count_words(&paragraph.text));
        // A lone line (a list's item, a label), a closed sentence, a paragraph ending on a
        // sign: as they were.
        for text in [
            "Si vous êtes seul il atteint 67,84 €",
            "Si vous êtes seul il atteint 67",
            "Il a parlé. Puis il est parti !",
            "Il a parlé. Il a dit « non »",
            "Il a parlé. La hausse atteint 3 %",
        ] {
            assert_eq!(Paragraph::new(text).with_last_stop().text, text);
        }
    }

    #[test]
    fn a_word_lost_with_its_link_is_found() {
        fn lost(text: &str) -> Vec<&str> {
            lost_words(text).map(|r| &text[r]).collect()
        }
        // 20 Minutes, the link "Airbnb" dropped twice by the scraper.
        let airbnb = "proposent désormais leur résidence principale en location sur . Le nombre";
        assert_eq!(lost(airbnb), ["sur ."]);
        let inflation = "par une volonté d’amortir la réduction du due à l’. « Alors que le coût";
        assert_eq!(lost(inflation), ["l’."]);
        // Le Journal de Montréal: the newspaper's name, a link, dropped.
        let jdm = "s’est insurgée une des mères néerlandaises, dans le dossier civil rapporté par . Si je";
        assert_eq!(lost(jdm), ["par ."]);
        // BFM TV: the link's text dropped with its space, the comma glued to the article.
        let bfm_tv = "selon des informations du, confirmées par BFMTV. Une source";
        assert_eq!(lost(bfm_tv), ["du,"]);
        // BFM TV: a verb's object, a link, dropped before a full stop set apart.
        let bfm =
            "Le gouvernement a de nouveau assuré qu’il ne souhaitait pas utiliser . Une commission";
        assert_eq!(lost(bfm), ["utiliser ."]);
        // A word that ends a clause, stops set as French sets them, a comma set apart after
        // a word that may end a clause (a slip), a figure's point, an ellipsis.
        for whole in [
            "Il a voté pour. Elle aussi, en fin de compte.",
            "Aujourd’hui, il parle ; demain, il se tait.",
            "Les « gilets jaunes » sont là, selon lui.",
            "il est là , dit-il",
            "marge de 0 .75 em",
            "Il hésite ... puis se tait.",
            "« C’est fini » . Il part.",
            "un, deux, trois, et ce, malgré tout ; il a voté pour, elle contre.",
            "Fais-le, dit-il. Là, au-delà, il y a Dubus, Vers et Lesueur.",
        ] {
            assert_eq!(lost(whole), Vec::<&str>::new(), "{whole}");
        }
    }

    proptest::proptest! {
        /// The runs read by bytes are the pieces of the standard split, empty ones left out;
        /// the bytes beside the ranges that eight bytes are tested by at once ('/', ':', '@',
        /// '[', '`', '{', ',', '.') among them.
        #[test]
        fn runs_are_the_split_pieces(text in "[ a-zA-Z0-9:@./,\\[`{\t\n\u{a0}\u{2009}éÉœŒ’«»ªº×÷ſK\u{212a}\u{3a3}\u{3c3}\u{660}\u{1d400}-]{0,60}") {
            let hyphenated: Vec<&str> = super::hyphenated_runs(&text).collect();
            let split: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|t| !t.is_empty())
                .collect();
            proptest::prop_assert_eq!(hyphenated, split);
        }
    }

    /// Every character beyond ASCII is a letter or digit for the runs as for the standard
    /// library.
    #[test]
    fn letter_or_digit_is_alphanumeric() {
        let differ =
            ('\u{80}'..=char::MAX).find(|c| super::is_letter_or_digit(*c) != c.is_alphanumeric());
        assert_eq!(differ, None);
    }

    /// The segmenter over collected characters that [`super::split_sentences`] replaced.
    fn former_split_sentences(text: &str) -> Vec<Range<usize>> {
        let mut ranges = Vec::new();
        let mut start = 0;
        let mut quote_depth = 0usize;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let last_close = text.rfind('»');
        let mut bracket_depth = 0usize;
        let last_bracket_close = text.rfind(')');
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            match c {
                '«' if quote_depth > 0 && super::reopens_quotation(&text[..pos]) => {}
                '«' => quote_depth += 1,
                '»' => quote_depth = quote_depth.saturating_sub(1),
                '(' => bracket_depth += 1,
                ')' => bracket_depth = bracket_depth.saturating_sub(1),
                _ => {}
            }
            if !matches!(c, '.' | '!' | '?' | '…') {
                i += 1;
                continue;
            }
            // Take the run of terminal punctuation and closing marks.
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '…' | '»' | '"' | '”' | ')' | ']'
                ) || super::is_space_before_guillemet(chars[j].1)
                    && chars.get(j + 1).is_some_and(|&(_, c)| c == '»'))
            {
                if chars[j].1 == '»' {
                    quote_depth = quote_depth.saturating_sub(1);
                }
                if chars[j].1 == ')' {
                    bracket_depth = bracket_depth.saturating_sub(1);
                }
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let inside_quote = quote_depth > 0 && last_close.is_some_and(|close| close >= end);
            let inside_brackets =
                bracket_depth > 0 && last_bracket_close.is_some_and(|close| close >= end);
            let inside = inside_quote || inside_brackets;
            if !inside
                && former_is_followed_by_new_sentence(&chars, j)
                && !(c == '.' && ends_with_abbreviation(&text[start..pos]))
            {
                push_trimmed(&mut ranges, text, start..end);
                start = end;
            }
            i = j;
        }
        push_trimmed(&mut ranges, text, start..text.len());
        ranges
    }

    fn former_is_followed_by_new_sentence(chars: &[(usize, char)], j: usize) -> bool {
        let Some(&(_, space)) = chars.get(j) else {
            return false;
        };
        if !space.is_whitespace() {
            return false;
        }
        let next = chars[j..]
            .iter()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace());
        next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "«\"“—–([".contains(c))
    }

    proptest::proptest! {
        #[test]
        fn sentences_are_the_former_sentences(text in "[a LM.!?…«»\"”)\\]( \n\u{a0}é1—’]{0,40}") {
            proptest::prop_assert_eq!(super::split_sentences(&text), former_split_sentences(&text));
        }
    }

    /// The tokeniser of peeked characters that [`super::tokens`] replaced.
    fn former_tokens(text: &str) -> Vec<super::Token<'_>> {
        use super::{is_elision, joins_word, Token};
        let mut chars = text.char_indices().peekable();
        std::iter::from_fn(move || {
            let (start, _) = loop {
                let &(pos, c) = chars.peek()?;
                if c.is_alphanumeric() {
                    break (pos, c);
                }
                chars.next();
            };
            let mut end = start;
            while let Some(&(pos, c)) = chars.peek() {
                if c.is_alphanumeric() {
                    end = pos + c.len_utf8();
                    chars.next();
                } else if matches!(c, '-' | '\'' | '’') && joins_word(text, pos, c) {
                    chars.next();
                    if matches!(c, '\'' | '’') && is_elision(&text[start..pos]) {
                        end = pos;
                        break;
                    }
                } else {
                    break;
                }
            }
            Some(Token {
                text: &text[start..end],
                start,
            })
        })
        .collect()
    }

    proptest::proptest! {
        /// Told by the bytes where they settle it, a text holds more than `limit` characters
        /// as its characters counted say, for characters of one to four bytes.
        #[test]
        fn more_chars_than_counted(text in "[aé’😠]{0,30}|[’😠]{0,12}", offset in -2isize..=2) {
            // Limits about the text's count of characters, where the bytes may settle it
            // wrongly.
            let limit = text.chars().count().saturating_add_signed(offset);
            proptest::prop_assert_eq!(super::more_chars_than(&text, limit), text.chars().count() > limit);
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_the_former_tokens(text in "[lLqu’'\\- aé1.«Œ٣😠\u{a0}×÷ÿÀÖØöø\u{212a}]{0,24}") {
            let tokens: Vec<_> = super::tokens(&text).collect();
            proptest::prop_assert_eq!(tokens, former_tokens(&text));
        }
    }

    proptest::proptest! {
        /// An elision is told as by the lowercase word.
        #[test]
        fn elisions_are_told_as_by_the_lowercase_word(prefix in "[lLqQuUsSjJ’\u{212a}éÉ]{0,7}|[a-zA-Z]{1,7}") {
            let lowercase_form = super::ELISIONS.contains(&super::lowercase(&prefix).as_ref());
            proptest::prop_assert_eq!(super::is_elision(&prefix), lowercase_form);
        }
    }

    #[test]
    fn common_lowercase_is_unicode_lowercase() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if let Some(lower) = super::common_lowercase(c) {
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    lower.to_string(),
                    "{c:?}"
                );
            }
            let mut pushed = String::new();
            super::push_lowercase(&mut pushed, c);
            assert_eq!(pushed, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    /// Every character, alone and after a capital (the stack's path), lowercases as Unicode
    /// says.
    #[test]
    fn with_lowercase_lowercases_every_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for word in [c.to_string(), format!("É{c}")] {
                let read = super::with_lowercase(&word, str::to_string);
                assert_eq!(read, word.to_lowercase(), "{c:?}");
            }
        }
    }

    /// The word cache gives a capitalised word its lowercase form's lexeme: lowercasing
    /// twice is lowercasing once.
    #[test]
    fn lowercase_is_idempotent() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let lower = super::lowercase(&c.to_string()).into_owned();
            assert_eq!(super::lowercase(&lower), lower.as_str(), "{c:?}");
        }
        for text in ["ΟΔΥΣΣΕΥΣ", "ΣΑΣ", "İSTANBUL", "ǄEMAL"] {
            let lower = super::lowercase(text).into_owned();
            assert_eq!(super::lowercase(&lower), lower.as_str(), "{text}");
        }
    }

    #[test]
    fn to_lowercase_is_the_standard_one() {
        for text in [
            "",
            "L’OTAN a DÉPLOYÉ des Armes à Œuvre",
            "ÀÉÎÕÜ × Þ ß ÿ İstanbul ǅ",
            "ΟΔΥΣΣΕΥΣ Σ ΣΑ, ΑΣ. «ΛΟΓΟΣ»",
            "Ⅻ Ⓐ 𐐀 ＡＢＣ A\u{301} \u{a0}\u{202f}—…",
        ] {
            assert_eq!(super::to_lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn to_lowercase_is_the_standard_one_on_any_text(text in "\\PC*") {
            proptest::prop_assert_eq!(super::to_lowercase(&text), text.to_lowercase());
        }

        /// On French text, the copy lowercased in place and its capitals beyond ASCII
        /// replaced, onto a string holding text already.
        #[test]
        fn push_str_lowercase_is_the_standard_one_on_french_text(
            before in "[a-zA-ZÉ ]{0,3}",
            text in "([a-zA-Z0-9 .:’«»éÉèÈàÀçÇôÔœŒæÆ×÷ÞþßÿŸµ\u{a0}\u{202f}\u{2014}\u{2026}\u{2060}\u{206f}\u{2070}\u{20ac}İΣσ\u{212a}]{0,12}){0,6}",
        ) {
            let mut pushed = before.clone();
            super::push_str_lowercase(&mut pushed, &text);
            proptest::prop_assert_eq!(pushed, before + &text.to_lowercase());
        }

        #[test]
        fn lowercase_is_the_standard_one_on_any_text(text in "\\PC*|[a-zA-Z’é]{0,12}") {
            proptest::prop_assert_eq!(super::lowercase(&text), text.to_lowercase());
        }

        /// The word lowercased on the stack is the word lowercased.
        #[test]
        fn with_lowercase_reads_the_lowercase_word(word in "[a-zA-Z’éÉÀÞþ×÷ßœŒİΣ\u{212a}\u{2060}\u{a0}'-]{0,40}|\\PC{0,8}") {
            let read = super::with_lowercase(&word, str::to_string);
            proptest::prop_assert_eq!(read, word.to_lowercase());
        }

        /// The one pass over the bytes borrows exactly the words that are lowercase already.
        #[test]
        fn lowercase_borrows_the_lowercase_words(text in "[a-zA-Z0-9 ’éÉœŒßİΣσ\u{212a}ÿŸàÀÞþ×÷\u{9f}-]{0,12}|\\PC{0,8}") {
            let borrowed = matches!(super::lowercase(&text), std::borrow::Cow::Borrowed(_));
            proptest::prop_assert_eq!(borrowed, text == text.to_lowercase());
        }
    }

    proptest::proptest! {
        /// A paragraph cut before any of its sentences gives the parts `Paragraph::new` makes
        /// of their texts: sentences, words and text.
        #[test]
        fn parts_are_the_paragraphs_of_their_texts(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "Le", "mot", "été", "M.", "Mme", "J.-C.", "2024", ".", "!", "?", "…", "«", "»",
                "«", "»", "(", ")", "\"", "—", "a.", "www.x.fr", "fin.", "Oui?", "vu…»", "dit.»", " ", "  ", "\n", "\u{a0}",
            ]), 0..40)
        ) {
            let text: String = pieces
                .iter()
                .map(|p| if p.trim().is_empty() { p.to_string() } else { format!("{p} ") })
                .collect();
            let paragraph = Paragraph::new(text.clone());
            for index in 1..paragraph.sentences.len() {
                let before: usize = paragraph.sentence_texts().take(index).map(count_words).sum();
                let cut = paragraph.sentences[index].start;
                let (first, second) = paragraph.split_before(index, before);
                proptest::prop_assert_eq!(first, Paragraph::new(text[..cut].trim()));
                proptest::prop_assert_eq!(second, Paragraph::new(text[cut..].trim()));
            }
        }
    }

    #[test]
    fn letters_are_unicode_letters() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest::proptest! {
        /// The one-pass count is the rule's count: white-space tokens holding a letter or a
        /// digit, addresses aside.
        #[test]
        fn count_words_follows_the_rule(text in "[ a-zA-Z0-9:@./\t\n\u{a0}\u{2009}éÉ’«»×÷ÿÀ\u{85}-]{0,60}") {
            let rule = text
                .split(char::is_whitespace)
                .filter(|token| token.chars().any(char::is_alphanumeric) && !super::is_address(token))
                .count();
            proptest::prop_assert_eq!(super::count_words(&text), rule);
        }

        /// Prose of words and spaces (each word followed by a space counted at once) broken by
        /// anything else, addresses among them.
        #[test]
        fn count_words_follows_the_rule_on_prose(
            text in "([a-zA-Zé0-9]{0,9}[ \t\n]{0,2}([.:@/’«»\u{a0}\u{2009}-]|https://|www\\.|[a-z]@[a-z]\\.fr)?){0,12}",
        ) {
            let rule = text
                .split(char::is_whitespace)
                .filter(|token| token.chars().any(char::is_alphanumeric) && !super::is_address(token))
                .count();
            proptest::prop_assert_eq!(super::count_words(&text), rule);
        }
    }

    use super::*;

    /// Words joined by hyphens and apostrophes, or ended by a comma or a full stop, are
    /// counted at once: as the rule counts them.
    #[test]
    fn joined_and_punctuated_words_follow_the_rule() {
        let rule = |t: &str| {
            t.split(char::is_whitespace)
                .filter(|w| w.chars().any(char::is_alphanumeric) && !is_address(w))
                .count()
        };
        for text in [
            "l’armée d'un porte-avions, aujourd’hui. Fin",
            "www. et www.a, a@b.fr. x:y, Mr.- ’ - ' -- a’ b' c- d.",
            "é’é, à-à. 12,5 3.4 fin,",
            "l\u{2019}\u{2019}a x\u{2013} y\u{2018}z mot. www.lemonde.fr. http://a.fr,",
        ] {
            assert_eq!(count_words(text), rule(text), "{text}");
        }
    }

    #[test]
    fn word_count_follows_the_rule_on_any_white_space() {
        let rule = |t: &str| {
            t.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for text in [
            "l’armée d’un porte-avions",
            "1\u{a0}084 soldats\u{202f}: « oui » — non",
            "a\u{b}b\u{c}c\u{85}d\u{2003}e\u{3000}f",
            " \t\n",
            "Ça, c’est ÉTÉ !",
        ] {
            assert_eq!(count_words(text), rule(text), "{text:?}");
        }
    }

    #[test]
    fn lowercase_borrows_only_what_is_already_lowercase() {
        for word in [
            "armée",
            "l’OTAN",
            "Élysée",
            "ÉTÉ",
            "ǅemal",
            "1 084",
            "straße",
            "İstanbul",
        ] {
            let lower = lowercase(word);
            assert_eq!(lower, word.to_lowercase(), "{word}");
            assert_eq!(
                matches!(lower, Cow::Borrowed(_)),
                word == word.to_lowercase(),
                "{word}"
            );
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn web_and_e_mail_addresses_are_not_words() {
        assert_eq!(
            count_words("voir https://exemple.fr/a?b=1 et www.lemonde.fr."),
            2
        );
        assert_eq!(
            count_words("écrire à redaction@exemple.fr, (contact@a.b.fr)"),
            2
        );
        assert_eq!(count_words(&"https://exemple.fr/article ".repeat(500)), 0);
        for word in [
            "@Elysee",
            "aujourd’hui",
            "3.5",
            "M.",
            "J.-C.",
            "a@b",
            "ftp:",
        ] {
            assert!(!is_address(word), "{word}");
        }
    }

    #[test]
    fn word_count_follows_the_documented_rule() {
        assert_eq!(count_words("l’armée russe"), 2);
        assert_eq!(count_words("le porte-avions"), 2);
        assert_eq!(count_words("« Non » — a-t-il dit : 1\u{a0}084 km"), 6);
        assert_eq!(count_words("dilemme\u{a0}: il"), 2);
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let text = "M. Poutine est arrivé. Mme Dupont, née en 52 av. J.-C. selon la légende, attend. Il part le 3 janv. Ensuite rien.";
        assert_eq!(
            sentences(text),
            vec![
                "M. Poutine est arrivé.",
                "Mme Dupont, née en 52 av. J.-C. selon la légende, attend.",
                "Il part le 3 janv. Ensuite rien."
            ]
        );
    }

    #[test]
    fn decimals_and_quotes_stay_whole() {
        let text = "La croissance atteint 3.5 % cette année. « Nous avons deux volets. Les questions de sécurité. » a déclaré Loukachenko. Fin.";
        assert_eq!(
            sentences(text),
            vec![
                "La croissance atteint 3.5 % cette année.",
                "« Nous avons deux volets. Les questions de sécurité. » a déclaré Loukachenko.",
                "Fin."
            ]
        );
    }

    #[test]
    fn a_quotation_set_in_french_typography_ends_its_sentence() {
        // Le Figaro's Finkielkraut, typeset: each quotation ends a sentence before the next
        // one, and one attributed after it stays whole.
        let text = "«\u{a0}C’est la rhétorique islamiste.\u{a0}» «\u{a0}C’est la version hideuse de la convergence des luttes.\u{a0}» Ce n’est pas la première fois\u{a0}: «\u{a0}C’était la même haine\u{202f}!\u{a0}» «\u{a0}Nous avons deux volets.\u{a0}» a déclaré Loukachenko.";
        assert_eq!(
            sentences(text),
            vec![
                "«\u{a0}C’est la rhétorique islamiste.\u{a0}»",
                "«\u{a0}C’est la version hideuse de la convergence des luttes.\u{a0}»",
                "Ce n’est pas la première fois\u{a0}: «\u{a0}C’était la même haine\u{202f}!\u{a0}»",
                "«\u{a0}Nous avons deux volets.\u{a0}» a déclaré Loukachenko."
            ]
        );
    }

    #[test]
    fn a_quotation_reopened_for_its_next_paragraph_closes_once() {
        // BBC Afrique as MasakhaNEWS joined its paragraphs: a quotation over two of them opens
        // each and closes the last; the sentences after it are sentences again (the 414 words
        // to the paragraph's end were one).
        let text = "« Je suis allé au British Museum. Je n’aurais pas pu y aller autrement. « Il est plus facile pour les étrangers de nous rendre visite. » Pour lui, les Bronzes n’ont pas leur place là-bas. « Ils devraient être chez eux. » Joe Obamina est d’accord.";
        assert_eq!(
            sentences(text),
            vec![
                "« Je suis allé au British Museum. Je n’aurais pas pu y aller autrement. « Il est plus facile pour les étrangers de nous rendre visite. »",
                "Pour lui, les Bronzes n’ont pas leur place là-bas.",
                "« Ils devraient être chez eux. »",
                "Joe Obamina est d’accord."
            ]
        );
        // Balanced, a quotation inside a quotation is nested: the whole stays one unit.
        let nested = "« Il m’a dit « non ». Puis il est parti. » a raconté Paul. Fin.";
        assert_eq!(
            sentences(nested),
            vec![
                "« Il m’a dit « non ». Puis il est parti. » a raconté Paul.",
                "Fin."
            ]
        );
    }

    #[test]
    fn question_and_exclamation_end_sentences() {
        assert_eq!(
            sentences("Qui gagne ? Personne ! Voilà."),
            vec!["Qui gagne ?", "Personne !", "Voilà."]
        );
    }

    #[test]
    fn tokens_split_elisions_and_keep_compounds() {
        let words: Vec<&str> = tokens("L’armée d’un porte-avions, aujourd’hui (OTAN).")
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            vec![
                "L",
                "armée",
                "d",
                "un",
                "porte-avions",
                "aujourd’hui",
                "OTAN"
            ]
        );
    }
}
