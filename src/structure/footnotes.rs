//! Notes at an article's foot, which marks in its text call: "…l’arrestation d’Ardit Ferizi,
//! un «hacker»(1) originaire du Kosovo" / "(1) Hacker: «Terme générique désignant tout
//! pirate…» (2) «Cyberespace…»". A note's text is the writer's, but no part of the story:
//! the article is rewritten without it, as the published page sets it apart.

use super::{Draft, Role};

/// Highest note number read: a "(1000)" is a figure, not a note.
const MAX_NOTE: u32 = 99;

/// Give the footnote role to the first block that opens on note 1, "(1)" or "[1]", when a
/// block before it calls that note (the number glued to the word or mark it annotates), and
/// to each block after it that opens on the number after the last its notes reached.
///
/// The calls are looked for once, in one pass over the text: a page of many blocks opening
/// on "(1)" is not read again for each.
pub fn mark(draft: &mut Draft) {
    mark_starred(draft);
    let Some(first_call) = (0..draft.len()).find(|&i| calls_first_note(draft.texts[i])) else {
        return;
    };
    let mut next = None;
    for i in first_call + 1..draft.len() {
        let Some(number) = opening_note(draft.texts[i]) else {
            continue;
        };
        if number == next.unwrap_or(1) {
            draft.set(i, Role::Footnote, "a note the text calls by its number");
            next = Some(last_note(draft.texts[i], number) + 1);
        }
    }
}

/// The call of a note by an asterisk, and the note's opening.
const STAR: &str = "(*)";

/// Give the footnote role to the blocks that open on "(*)" under a block that calls it: La
/// Tribune calls its columnist's note from the chapô ("…des conséquences (*)") and sets it
/// under the column ("(*) Economiste de formation, Pierre Schweitzer enseigne…").
fn mark_starred(draft: &mut Draft) {
    let finder = memchr::memmem::Finder::new(STAR);
    let opens = |text: &str| text.trim_start().starts_with(STAR);
    let Some(call) = (0..draft.len())
        .find(|&i| !opens(draft.texts[i]) && finder.find(draft.texts[i].as_bytes()).is_some())
    else {
        return;
    };
    for i in call + 1..draft.len() {
        if opens(draft.texts[i]) {
            draft.set(i, Role::Footnote, "a note the text calls by its asterisk");
        }
    }
}

/// The number of the note `text` opens on: "(1) Hacker…", "[2] Voir…".
fn opening_note(text: &str) -> Option<u32> {
    let text = text.trim_start();
    let close = match text.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let inner = &text[1..];
    let end = inner.find(close)?;
    let number: u32 = inner[..end].parse().ok()?;
    let rest = &inner[end + 1..];
    let then_text = rest.starts_with(char::is_whitespace) || rest.starts_with(['«', '"']);
    ((1..=MAX_NOTE).contains(&number) && then_text).then_some(number)
}

/// The last number of the notes run on in `text` from `number` on: "(1) … (2) … (3) …" → 3.
fn last_note(text: &str, number: u32) -> u32 {
    let mut last = number;
    let mut from = 0;
    while last < MAX_NOTE {
        let mark = format!(" ({})", last + 1);
        match text[from..].find(&mark) {
            Some(at) => {
                from += at + mark.len();
                last += 1;
            }
            None => break,
        }
    }
    last
}

/// `text` calls note 1: "(1)" or "[1]" glued to the letter, figure or mark before it
/// ("«hacker»(1)", "cyberespace[1]."), or after a space and a word when a stop or a comma
/// follows it (Le Monde diplomatique's "…appelés quota quickies (1), d’une…"); a list's
/// "(1)" follows a colon or opens its item ("trois raisons : (1) le prix").
///
/// Every block of every source is asked: the brackets are found by `memchr`, and only what
/// stands around them is read.
fn calls_first_note(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'(', b'[', bytes).any(|at| {
        let close = if bytes[at] == b'(' { b')' } else { b']' };
        let numbered = bytes.get(at + 1) == Some(&b'1') && bytes.get(at + 2) == Some(&close);
        numbered && is_call(text, at, at + 3)
    })
}

/// The bracketed number from `open` to `end` is a call: glued to what it annotates, or
/// spaced from a word and followed by a stop or a comma.
fn is_call(text: &str, open: usize, end: usize) -> bool {
    let before = text[..open].chars().next_back();
    let glued = before.is_some_and(|c| !c.is_whitespace() && c != '(' && c != '[');
    if glued {
        return true;
    }
    let after_word = text[..open]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '»' | '"' | '”'));
    let then_punctuation = text[end..].starts_with([',', '.', ';', ')']);
    before.is_some_and(char::is_whitespace) && after_word && then_punctuation
}

/// The text without the calls of notes it holds ("un «hacker»(1) originaire du Kosovo" → "un
/// «hacker» originaire du Kosovo"), once the notes are left out: a call of a note the article
/// no longer holds points at nothing. `None` when it holds no call.
pub fn without_calls(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut kept = String::new();
    let mut copied = 0;
    for open in memchr::memchr2_iter(b'(', b'[', bytes) {
        if open < copied {
            continue;
        }
        let Some(end) = call_end(text, open) else {
            continue;
        };
        kept.push_str(text[copied..open].trim_end());
        copied = end;
    }
    (copied > 0).then(|| kept + &text[copied..])
}

/// Where the call of a note opening at byte `open` ends: "(1)", "[12]", glued to the letter,
/// figure or mark before it.
fn call_end(text: &str, open: usize) -> Option<usize> {
    let close = if text.as_bytes()[open] == b'(' {
        ')'
    } else {
        ']'
    };
    let inner = &text[open + 1..];
    if inner.starts_with("*)") {
        return is_call(text, open, open + STAR.len()).then_some(open + STAR.len());
    }
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let number: u32 = inner[..digits].parse().ok()?;
    let closes = inner[digits..].starts_with(close);
    let end = open + 1 + digits + 1;
    (closes && (1..=MAX_NOTE).contains(&number) && is_call(text, open, end)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_opens_on_its_number_in_brackets() {
        assert_eq!(opening_note("(1) Hacker: «Terme générique…»"), Some(1));
        assert_eq!(opening_note("[2] Voir le rapport de 2019."), Some(2));
        assert_eq!(opening_note("(4)«Chaîne de mort»"), Some(4));
        assert_eq!(opening_note("(2024) Une année"), None);
        assert_eq!(opening_note("(1)a"), None);
        assert_eq!(opening_note("(a) Premier point"), None);
        assert_eq!(opening_note("Le (1) est là"), None);
    }

    #[test]
    fn the_calls_go_with_their_notes() {
        assert_eq!(
            without_calls("un «hacker»(1) originaire du Kosovo, dans le cyberespace(2).")
                .as_deref(),
            Some("un «hacker» originaire du Kosovo, dans le cyberespace.")
        );
        assert_eq!(without_calls("trois raisons : (1) le prix"), None);
        assert_eq!(
            without_calls("le massacre de Kwangju, en 1980  (2), la contestation").as_deref(),
            Some("le massacre de Kwangju, en 1980, la contestation")
        );
        assert_eq!(without_calls("en 2024 (1234) et (a)"), None);
    }

    #[test]
    fn notes_run_on_in_one_block() {
        let notes = "(1) Hacker, cf. Jean Guisnel, 1997. (2) «Cyberespace», op. cit. (3) «Virus», ibid. (5) Cf. Stratfor.";
        assert_eq!(last_note(notes, 1), 3);
    }

    #[test]
    fn a_call_is_glued_to_what_it_annotates() {
        assert!(calls_first_note("un «hacker»(1) originaire du Kosovo"));
        assert!(calls_first_note("dans le cyberespace[1]."));
        assert!(!calls_first_note(
            "trois raisons : (1) le prix, (2) la qualité"
        ));
        assert!(!calls_first_note("un «hacker»(2) originaire du Kosovo"));
        assert!(!calls_first_note("(1) Hacker: «Terme générique»"));
        assert!(!calls_first_note("un «hacker»(12) et [1"));
        assert!(calls_first_note(
            "des films souvent appelés quota quickies (1), d’une médiocrité"
        ));
        assert!(!calls_first_note("trois raisons : (1) le prix"));
        assert!(!calls_first_note(
            "les raisons (1) le prix et (2) la qualité"
        ));
    }
}
