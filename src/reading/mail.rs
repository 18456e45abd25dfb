//! A mail: a wire story or an article a colleague forwarded, saved as a message (`.eml`) or
//! pasted with its headers.
//!
//! Read as plain text, a forwarded story's mail was article: its "Subject: TR: …" the title
//! with its "TR :", the colleague's "Ci-dessous la dépêche, à réécrire pour ce soir." the
//! chapô (and the story's own chapô pushed down to a heading), the signature a paragraph, the
//! date the run's. Read here:
//!
//! - a message's headers (mail-parser: folded lines, encoded words, quoted-printable and
//!   base64 bodies, multipart messages) give the title (the subject without its "RE:",
//!   "TR:", "Fwd:") and the date, and its text part is the text;
//! - in that text, or in a text pasted from a mail client, the last block of a forwarded
//!   message's header lines ("De :", "Objet :", "Date :"…, in French or English, three or
//!   more, a subject among them) starts the story: its subject and date win, and what stands
//!   above it (a greeting, a note, the forward's marker) is the colleague's note, from which
//!   the brief's instructions are read but nothing reaches the article;
//! - a signature's delimiter ("-- ") ends the story;
//! - a message of HTML alone that forwards nothing (a press office's mailing) is its page
//!   ([`Mail::html`]), read as a web page is: its text made by mail-parser lost the
//!   intertitles and lists its markup marks.
//!
//! Lines left out are left as blank lines, so the story's lines keep their numbers in the
//! input where the message's text is its raw body.

use super::page::{lowercase_words, Block, Hint, Metadata, Page};
use mail_parser::MessageParser;

/// A mail's story: its metadata, the note above it, its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mail {
    pub metadata: Metadata,
    /// The lines above a forwarded message's headers: the sender's note.
    pub note: String,
    /// The story, the lines that are not its own blank.
    pub text: String,
    /// The story as a Markdown draft, when it came as a document attached to a note too short
    /// to hold it (a press release in Word under "Veuillez trouver ci-joint…"): the mail's
    /// text is then the note.
    pub attached: Option<String>,
    /// The story as an HTML page, when the message is HTML alone (a press office's mail, a
    /// newsletter) and forwards nothing: its intertitles and lists are in its markup, which
    /// the text made of it loses.
    pub html: Option<String>,
}

/// Most words of a mail's text that only covers the document attached to it.
const COVER_NOTE_MAX_WORDS: usize = 120;

/// Header names of a message's first line: a saved message opens on one of these.
const MESSAGE_HEADERS: &[&str] = &[
    "from",
    "to",
    "subject",
    "date",
    "received",
    "return-path",
    "message-id",
    "mime-version",
    "delivered-to",
    "reply-to",
    "content-type",
    "x-mozilla-status",
];

/// The labels of a forwarded message's header lines, as mail clients print them in French
/// and English, lowercase.
const FORWARD_LABELS: &[&str] = &[
    "de",
    "from",
    "à",
    "a",
    "to",
    "pour",
    "cc",
    "objet",
    "sujet",
    "subject",
    "date",
    "envoyé",
    "sent",
    "répondre à",
    "reply-to",
];

/// The bytes of the longest label and its bold marks ("**Répondre à** :" with spaces).
const LABEL_BYTES: usize = 18;

/// Labels of a subject line.
const SUBJECT_LABELS: &[&str] = &["objet", "sujet", "subject"];

/// How many header lines a forwarded message's block holds at least.
const FORWARD_MIN_LINES: usize = 3;

/// How far into a pasted text a forwarded message's headers are looked for.
const FORWARD_SCAN_LINES: usize = 60;

/// Whether `text` is a saved message (it opens on a header line and its header block holds a
/// subject and a sender or a date), or a text pasted from a mail client that holds a
/// forwarded message's headers near its top.
pub fn looks_like_mail(text: &str) -> bool {
    opens_on_headers(text) || forwarded_headers(text, FORWARD_SCAN_LINES).is_some()
}

/// `text` opens on a message's header block: a first line `Name: value` of a message's
/// headers ("From", "Subject", "Date"…), and among the lines before the first blank one a
/// subject and a sender or a date.
pub fn opens_on_headers(text: &str) -> bool {
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let Some(first) = lines.next() else {
        return false;
    };
    let name_of = |line: &str| {
        line.split_once(':')
            .map(|(name, _)| name.to_ascii_lowercase())
            .filter(|name| !name.contains(' '))
    };
    if !name_of(first).is_some_and(|n| MESSAGE_HEADERS.contains(&n.as_str())) {
        return false;
    }
    let names: Vec<String> = std::iter::once(first)
        .chain(lines.take_while(|l| !l.trim().is_empty()))
        .take(200)
        .filter_map(name_of)
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    has("subject") && (has("from") || has("date"))
}

/// Read a mail that [`looks_like_mail`]; an attached document inflates to `max_bytes` at most,
/// as an input is read to its limit.
pub fn read(text: &str, max_bytes: usize) -> Mail {
    let Message {
        mut metadata,
        body,
        offset,
        attached,
        html,
    } = if opens_on_headers(text) {
        message(text, max_bytes)
    } else {
        Message {
            body: text.to_string(),
            ..Message::default()
        }
    };
    if let Some(document) = attached.filter(|_| covers_only(&body)) {
        return Mail {
            metadata,
            note: body,
            text: String::new(),
            attached: Some(document),
            html: None,
        };
    }
    let mut lines: Vec<&str> = body.lines().collect();
    let mut note = String::new();
    if let Some(block) = forwarded_headers(&body, lines.len()) {
        let fields = |labels: &[&str]| {
            lines[block.clone()]
                .iter()
                .find_map(|l| header_line(l).filter(|(label, _)| labels.contains(&label.as_str())))
                .map(|(_, value)| value.to_string())
        };
        if let Some(subject) = fields(SUBJECT_LABELS) {
            metadata.title = Some(without_reply_prefixes(&subject).to_string());
        }
        if let Some(date) = fields(&["date", "envoyé", "sent"]) {
            metadata.date = Some(date);
        }
        note = lines[..block.start].join("\n");
        lines[..block.end].fill("");
    } else if let Some(marker) = forward_marker(&lines) {
        note = lines[..marker].join("\n");
        lines[..=marker].fill("");
    } else if let Some(html) = html {
        return Mail {
            metadata,
            html: Some(html),
            ..Mail::default()
        };
    } else if let Some(rule) = (offset > 0).then(|| note_rule(&lines)).flatten() {
        note = lines[..rule].join("\n");
        lines[..=rule].fill("");
    }
    // A greeting atop what is left ("Bonjour," … "Cordialement," / "Marc") is the sender's
    // note, wherever the story's headers put it: a message copied whole from its client
    // prints its headers above it.
    if let Some(greeting) = greeting_note(&lines) {
        let greeting_text = lines[greeting.clone()].join("\n");
        note = [note, greeting_text].join("\n").trim().to_string();
        lines[greeting].fill("");
    }
    if let Some(signature) = lines.iter().position(|l| l.trim_end() == "--") {
        lines[signature..].fill("");
    }
    let mut story = "\n".repeat(offset);
    story.push_str(&lines.join("\n"));
    Mail {
        metadata,
        note,
        text: story,
        attached: None,
        html: None,
    }
}

/// The mail's text is a note over an attachment, too short to be the story.
fn covers_only(body: &str) -> bool {
    body.split_whitespace().nth(COVER_NOTE_MAX_WORDS).is_none()
}

/// The mail's subject is the story's headline: its first line when the story opens on the
/// subject's words (a wire story forwarded whole), else a headline line set above the story
/// (a colleague's mail whose subject titles it), so that the story's first line is read as
/// its chapô, not as a headline.
pub fn with_subject_as_headline(page: &mut Page, subject: &str) {
    let same_words = |text: &str| lowercase_words(text).eq(lowercase_words(subject));
    if let Some(headline) = page
        .blocks
        .iter_mut()
        .take(SUBJECT_HEADLINE_REACH)
        .find(|b| says_the_subject(&b.text, subject))
    {
        headline.hint = Some(Hint::Title);
        return;
    }
    match page.blocks.first_mut() {
        Some(first) if same_words(&first.text) => first.hint = Some(Hint::Title),
        _ => page.blocks.insert(
            0,
            Block {
                line: 1,
                last_line: 1,
                text: subject.to_string(),
                hint: Some(Hint::Title),
            },
        ),
    }
}

/// Blocks at the story's top a headline that says the subject is looked for in: a label
/// ("COMMUNIQUÉ DE PRESSE"), or a page's kicker and date ("France" / "15/03/2023 07:31"),
/// may stand over it.
const SUBJECT_HEADLINE_REACH: usize = 3;

/// Most words of a headline that says the subject in its own words.
const HEADLINE_MAX_WORDS: usize = 20;

/// `text` is a headline that says what the subject says in the story's own words ("La
/// patinoire de Noël ouvre ses portes samedi place de la République" under the subject "CP -
/// Ouverture de la patinoire de Noël place de la République"): a line of a few words without
/// a full stop that holds most of the subject's content words. The journalist's or the press
/// service's own headline titles the article better than the mail's subject.
fn says_the_subject(text: &str, subject: &str) -> bool {
    let content = |text: &str| -> Vec<String> {
        lowercase_words(text)
            .filter(|w| w.chars().count() > 3 && !crate::lexicon::is_stop_word(w))
            .collect()
    };
    let (words, wanted) = (content(text), content(subject));
    let shared = wanted.iter().filter(|w| words.contains(w)).count();
    let trimmed = text.trim_end();
    text.split_whitespace().count() <= HEADLINE_MAX_WORDS
        && !trimmed.ends_with('.')
        && wanted.len() >= 2
        && shared * 2 > wanted.len()
}

/// What a saved message holds, as [`read`] reads it.
#[derive(Default)]
struct Message {
    metadata: Metadata,
    /// Its text part (or its HTML as text).
    body: String,
    /// How many lines of the input stand above the body when it is the raw body (its headers
    /// and the blank line after them), else 0.
    offset: usize,
    /// The first attachment redac reads, as a Markdown draft.
    attached: Option<String>,
    /// Its HTML, when its text is HTML alone.
    html: Option<String>,
}

/// A saved message's parts ([`Message`]); a text mail-parser cannot read is its own body.
fn message(text: &str, max_bytes: usize) -> Message {
    let Some(message) = MessageParser::default().parse(text.as_bytes()) else {
        return Message {
            body: text.to_string(),
            ..Message::default()
        };
    };
    // A message whose text is HTML alone (no plain text beside it).
    let html = message
        .text_part(0)
        .filter(|part| part.is_text_html())
        .and_then(|part| part.text_contents())
        .map(made_whole);
    // The first attachment redac reads (a Word, OpenDocument or RTF file) as a draft.
    let attached = message
        .attachments()
        .find_map(|part| super::document_draft(part.contents(), max_bytes).and_then(Result::ok));
    let metadata = Metadata {
        title: message
            .subject()
            .map(|s| made_whole(without_reply_prefixes(s)))
            .filter(|s| !s.is_empty()),
        date: message
            .date()
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        ..Metadata::default()
    };
    let body = message
        .body_text(0)
        .map(|b| made_whole(&b))
        .unwrap_or_default();
    let raw_body = text
        .split_once("\r\n\r\n")
        .or_else(|| text.split_once("\n\n"))
        .map(|(head, rest)| (head.lines().count() + 1, rest));
    let offset = match raw_body {
        Some((lines, rest)) if rest.trim_end() == body.trim_end() => lines,
        _ => 0,
    };
    Message {
        metadata,
        body,
        offset,
        attached,
        html,
    }
}

/// A part's text, or the subject, made whole where it was encoded twice
/// ([`super::encoded_twice`]): a quoted-printable or base64 part is decoded here, after the
/// input's text was repaired, and a mail sent from a misconfigured tool carries its
/// characters encoded twice inside the encoding ("gr=C3=83=C2=A8ve" for "grève").
fn made_whole(text: &str) -> String {
    super::encoded_twice::repaired(text).map_or_else(|| text.to_string(), |(whole, _)| whole)
}

/// The last block of a forwarded message's header lines among the first `scan` lines of
/// `text`: [`FORWARD_MIN_LINES`] or more in a row, a subject among them.
fn forwarded_headers(text: &str, scan: usize) -> Option<std::ops::Range<usize>> {
    // Every header line holds a colon: the first lines of most texts hold few, told by one
    // search over their bytes before any line is read.
    let bytes = text.as_bytes();
    let head = memchr::memchr_iter(b'\n', bytes)
        .nth(scan.saturating_sub(1))
        .unwrap_or(bytes.len());
    memchr::memchr_iter(b':', &bytes[..head]).nth(FORWARD_MIN_LINES - 1)?;
    // …and a header line's colon follows a short label.
    let labelled = |line: &&str| {
        let line = line.trim_start().as_bytes();
        line[..line.len().min(LABEL_BYTES)].contains(&b':')
    };
    text.lines()
        .take(scan)
        .filter(labelled)
        .nth(FORWARD_MIN_LINES - 1)?;
    let mut found = None;
    let mut start = None;
    let lines: Vec<&str> = text.lines().take(scan).collect();
    for i in 0..=lines.len() {
        let header = lines.get(i).is_some_and(|l| header_line(l).is_some());
        match (header, start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                let block = from..i;
                let subject = lines[block.clone()].iter().any(|l| {
                    header_line(l)
                        .is_some_and(|(label, _)| SUBJECT_LABELS.contains(&label.as_str()))
                });
                if block.len() >= FORWARD_MIN_LINES && subject {
                    found = Some(block);
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// The last line among the first [`FORWARD_SCAN_LINES`] that marks a forwarded message
/// without its headers: words between runs of three dashes or more ("---------- Forwarded
/// message ---------", "-------- Message transféré --------").
fn forward_marker(lines: &[&str]) -> Option<usize> {
    lines.iter().take(FORWARD_SCAN_LINES).rposition(|line| {
        let line = line.trim();
        let inner = line.trim_matches('-');
        line.starts_with("---")
            && line.ends_with("---")
            && line.len() - inner.len() >= 6
            && inner.trim().chars().any(char::is_alphabetic)
            && !inner.contains("--")
    })
}

/// Fewest marks of a rule alone on its line that sets a mail's note apart from the story.
const RULE_MIN_MARKS: usize = 5;

/// Most lines of the note a rule may close ([`note_rule`]).
const NOTE_MAX_LINES: usize = 8;

/// A rule alone on its line ("-----", "_____", "=====") under a short note, in a saved
/// message: a press service's "Bonjour, veuillez trouver ci-dessous notre communiqué…" /
/// "-----" / the release. Above it, a few lines at most; under it, the story.
fn note_rule(lines: &[&str]) -> Option<usize> {
    let rule = lines.iter().take(FORWARD_SCAN_LINES).position(|line| {
        let line = line.trim();
        line.len() >= RULE_MIN_MARKS
            && ["-", "_", "="]
                .iter()
                .any(|mark| line.trim_start_matches(mark).is_empty())
    })?;
    let note_lines = lines[..rule]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .count();
    let story_after = lines[rule + 1..].iter().any(|l| !l.trim().is_empty());
    ((1..=NOTE_MAX_LINES).contains(&note_lines) && story_after).then_some(rule)
}

/// Words a mail's greeting opens on, lowercase: "Bonjour,", "Bonjour à tous,", "Chère
/// Claire,", "Hello Marc,".
const GREETINGS: &[&str] = &[
    "bonjour",
    "bonsoir",
    "salut",
    "hello",
    "coucou",
    "cher",
    "chère",
    "chers",
    "chères",
    "madame",
    "monsieur",
    "mesdames",
    "messieurs",
    "hi",
    "dear",
];

/// What a mail's closing line opens on, lowercase, as whole words: "Cordialement,", "Bien à
/// vous,", "Merci d'avance,", "Bonne journée à tous,", "Best regards,".
const CLOSINGS: &[&str] = &[
    "cordialement",
    "bien cordialement",
    "très cordialement",
    "bien à vous",
    "bien à toi",
    "salutations",
    "sincères salutations",
    "merci",
    "bonne journée",
    "bonne soirée",
    "bonne fin de journée",
    "belle journée",
    "amitiés",
    "amicalement",
    "bises",
    "à bientôt",
    "bàv",
    "best",
    "regards",
    "kind regards",
    "cheers",
    "thanks",
];

/// Most words of a greeting's or a closing's line: a longer one says something ("Merci de
/// reprendre la dépêche ci-dessous pour le site" asks, and may open the story).
const FORMULA_MAX_WORDS: usize = 5;

/// Most lines of a signature under the closing (a name, a title, a telephone).
const SIGNATURE_MAX_LINES: usize = 4;

/// The sender's note at the top of a mail's remaining text: a greeting line first, a closing
/// line within [`NOTE_MAX_LINES`] lines of text, then the signature's short lines up to a
/// blank one, the story after it, longer than the note. Without a closing, or without a
/// story after the signature, nothing is a note: a greeting alone may open a letter the
/// story prints.
fn greeting_note(lines: &[&str]) -> Option<std::ops::Range<usize>> {
    let start = lines.iter().position(|l| !l.trim().is_empty())?;
    if !is_formula(lines[start], GREETINGS) {
        return None;
    }
    let closing = (start + 1..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .take(NOTE_MAX_LINES)
        .find(|&i| is_formula(lines[i], CLOSINGS))?;
    let blank = (closing + 1..lines.len())
        .take(SIGNATURE_MAX_LINES + 1)
        .find(|&i| lines[i].trim().is_empty())?;
    // A note is short, and shorter than the story: a short release between "Madame,
    // Monsieur," and "Cordialement," over a disclaimer is the story, not its note.
    let words = |lines: &[&str]| lines.iter().map(|l| l.split_whitespace().count()).sum();
    let note_words: usize = words(&lines[start..blank]);
    let story_words: usize = words(&lines[blank..]);
    (note_words <= COVER_NOTE_MAX_WORDS && story_words > note_words).then_some(start..blank)
}

/// `line` is a short formula that opens on one of `words` as a whole word ("Bonjour,",
/// "Bien à vous", not "Bonjourno" nor a sentence).
fn is_formula(line: &str, words: &[&str]) -> bool {
    let lower = line.trim().to_lowercase().replace('’', "'");
    lower.split_whitespace().count() <= FORMULA_MAX_WORDS
        && words.iter().any(|word| {
            lower
                .strip_prefix(word)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '\''))
        })
}

/// A forwarded message's header line: one of [`FORWARD_LABELS`] (in bold for some clients),
/// a colon (after a space or a no-break space in French), a value; its label in lowercase and
/// its value.
fn header_line(line: &str) -> Option<(String, &str)> {
    let line = without_leading_bold(line.trim());
    if line.len() > 400 {
        return None;
    }
    let (label, value) = line.split_once(':')?;
    // The longest label, "répondre à" and its bold marks: a longer one is no label, and
    // most lines holding a colon are prose, not lowercased for nothing.
    if label.len() > LABEL_BYTES {
        return None;
    }
    let label = label
        .trim_end_matches("**")
        .trim_end_matches([' ', '\u{a0}', '\u{202f}'])
        .to_lowercase();
    let value = without_leading_bold(value).trim();
    (FORWARD_LABELS.contains(&label.as_str()) && !value.is_empty()).then_some((label, value))
}

/// `text` without the bold marks ("**") it opens on, as `trim_start_matches("**")` gives it:
/// that one set up a two-way searcher for every line of every text read.
fn without_leading_bold(mut text: &str) -> &str {
    while let Some(rest) = text.strip_prefix("**") {
        text = rest;
    }
    text
}

/// A subject without the prefixes replies and forwards put before it ("RE:", "TR :",
/// "Fwd:", "Fw:"), however many.
fn without_reply_prefixes(subject: &str) -> &str {
    let mut rest = subject.trim();
    loop {
        let Some((prefix, after)) = rest.split_once(':') else {
            return rest;
        };
        let prefix = prefix.trim_end().to_lowercase();
        if !matches!(prefix.as_str(), "re" | "tr" | "fwd" | "fw" | "réf" | "ref") {
            return rest;
        }
        rest = after.trim_start();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = crate::reading::DEFAULT_MAX_BYTES;

    #[test]
    fn an_attachment_inflates_no_further_than_the_inputs_limit() {
        // A document of a megabyte once inflated, a few kilobytes attached (written for the
        // test): read under a limit it passes, refused over one it does not, and the note is
        // then the mail's text.
        let mail = include_str!("../../fixtures/written/attached_bomb.eml");
        assert!(read(mail, MAX).attached.is_some());
        let limited = read(mail, 100_000);
        assert_eq!(limited.attached, None);
        assert!(limited.text.contains("ci-joint"), "{}", limited.text);
    }

    proptest::proptest! {
        /// The bold marks come off a line's start as `trim_start_matches` takes them.
        #[test]
        fn leading_bold_comes_off_as_trim_start_matches_takes_it(text in "[*a :]{0,9}") {
            proptest::prop_assert_eq!(without_leading_bold(&text), text.trim_start_matches("**"));
        }
    }

    const PASTED: &str = "Salut,\n\nTu peux reprendre ce papier ? Au moins 800 mots.\n\n\
        De : Service Info <info@journal.fr>\nEnvoyé : mardi 4 avril 2023 08:23\n\
        À : Desk Web <web@journal.fr>\nObjet : TR: RE: La grève s’étend\n\n\
        Les cheminots ont voté la reconduction.\n\n-- \nJulie Martin\n";

    #[test]
    fn a_pasted_forward_gives_its_subject_date_and_story_and_keeps_its_note_apart() {
        assert!(looks_like_mail(PASTED));
        let mail = read(PASTED, MAX);
        assert_eq!(mail.metadata.title.as_deref(), Some("La grève s’étend"));
        assert_eq!(
            mail.metadata.date.as_deref(),
            Some("mardi 4 avril 2023 08:23")
        );
        assert_eq!(
            mail.note,
            "Salut,\n\nTu peux reprendre ce papier ? Au moins 800 mots.\n"
        );
        // The story keeps its line (10), every other line is blank.
        let lines: Vec<&str> = mail.text.lines().collect();
        assert_eq!(lines[9], "Les cheminots ont voté la reconduction.");
        assert!(
            lines
                .iter()
                .enumerate()
                .all(|(i, l)| i == 9 || l.is_empty()),
            "{lines:?}"
        );
    }

    #[test]
    fn a_saved_message_is_decoded_and_its_lines_keep_their_numbers() {
        let raw = "From: Service Info <info@journal.fr>\nTo: web@journal.fr\n\
            Subject: =?utf-8?q?Fwd=3A_La_gr=C3=A8ve_s=E2=80=99=C3=A9tend?=\n\
            Date: Tue, 04 Apr 2023 08:23:00 +0200\n\nLes cheminots ont voté.\n";
        assert!(looks_like_mail(raw));
        let mail = read(raw, MAX);
        assert_eq!(mail.metadata.title.as_deref(), Some("La grève s’étend"));
        assert_eq!(mail.metadata.date.as_deref(), Some("2023-04-04"));
        assert_eq!(mail.text.lines().nth(5), Some("Les cheminots ont voté."));
        let encoded = "From: a@b.fr\nSubject: Un titre\nContent-Transfer-Encoding: quoted-printable\n\
            Content-Type: text/plain; charset=utf-8\n\nLa gr=C3=A8ve s=E2=80=99=C3=A9tend =\nencore.\n";
        assert_eq!(read(encoded, MAX).text.trim(), "La grève s’étend encore.");
        // Encoded twice inside the transfer encoding, the subject too.
        let twice = "From: a@b.fr\nSubject: =?utf-8?q?La_gr=C3=83=C2=A8ve?=\n\
            Content-Transfer-Encoding: quoted-printable\n\
            Content-Type: text/plain; charset=utf-8\n\nLa gr=C3=83=C2=A8ve s=C3=A2=E2=82=AC=E2=84=A2=C3=83=C2=A9tend.\n";
        let mail = read(twice, MAX);
        assert_eq!(mail.text.trim(), "La grève s’étend.");
        assert_eq!(mail.metadata.title.as_deref(), Some("La grève"));
    }

    #[test]
    fn a_rule_under_a_short_note_ends_it() {
        // A press service's mail (written for the tests): its note, a rule of dashes, the
        // release. The note was the article's first paragraph.
        let mail = read(
            include_str!("../../fixtures/written/press_release_mail.eml"),
            MAX,
        );
        assert!(
            mail.note.contains("Veuillez trouver ci-dessous"),
            "{}",
            mail.note
        );
        assert!(!mail.text.contains("Veuillez trouver"));
        assert!(mail.text.contains("COMMUNIQUÉ DE PRESSE"));
        // A rule under a long text is no note's end.
        let long = format!(
            "From: a@b.fr\nSubject: Un titre\n\n{}-----\nLe texte.\n",
            "Une ligne.\n".repeat(12)
        );
        assert!(read(&long, MAX).note.is_empty());
    }

    #[test]
    fn a_headline_that_says_the_subject_titles_the_story() {
        let subject = "CP - Ouverture de la patinoire de Noël place de la République";
        assert!(says_the_subject(
            "La patinoire de Noël ouvre ses portes samedi place de la République",
            subject
        ));
        assert!(!says_the_subject("COMMUNIQUÉ DE PRESSE", subject));
        assert!(!says_the_subject(
            "La patinoire de Noël ouvre ses portes samedi place de la République.",
            subject
        ));
    }

    #[test]
    fn a_forward_marker_without_headers_ends_the_note() {
        let text = "From: a@b.fr\nSubject: TR: Un titre\nDate: Tue, 04 Apr 2023 08:23:00 +0200\n\n\
            Bonjour,\nCi-dessous la dépêche.\n\n---------- Forwarded message ---------\n\nUn titre\n\nLe texte.\n";
        let mail = read(text, MAX);
        assert_eq!(mail.note, "Bonjour,\nCi-dessous la dépêche.\n");
        assert_eq!(mail.text.trim(), "Un titre\n\nLe texte.");
    }

    #[test]
    fn a_greeting_under_the_headers_is_the_senders_note() {
        // Outlook's French headers copied with the message, the sender's note under them.
        let text = "De : Service de presse <presse@ville.fr>\nEnvoyé : mardi 14 mars 2023 18:02\n\
            À : Rédaction <redaction@journal.fr>\nObjet : TR: Grève des éboueurs\n\n\
            Bonjour,\nCi-dessous la dépêche à reprendre.\nCordialement,\nMarc\n\n\
            Grève des éboueurs\n\nLes poubelles s’amoncellent dans la capitale depuis plusieurs \
            jours, en raison de la grève des éboueurs.\n";
        let mail = read(text, MAX);
        assert_eq!(
            mail.note,
            "Bonjour,\nCi-dessous la dépêche à reprendre.\nCordialement,\nMarc"
        );
        assert!(mail
            .text
            .trim()
            .starts_with("Grève des éboueurs\n\nLes poubelles"));
        assert_eq!(mail.metadata.title.as_deref(), Some("Grève des éboueurs"));
        // No closing, a closing that asks, no story after the signature, or a story shorter
        // than the note (a short release over a disclaimer): no note.
        for story in [
            "Bonjour,\nLe texte commence ici.\n\nLa suite.\n",
            "Bonjour,\nMerci de reprendre la dépêche ci-dessous pour le site.\nMarc\n\nLe texte.\n",
            "Bonjour,\nLe texte.\nCordialement,\nMarc\n",
            "Madame, Monsieur,\nLa piscine municipale rouvre ses portes samedi 4 mai, après \
             six mois de travaux.\nCordialement,\nLa mairie\n\nMessage confidentiel.\n",
        ] {
            let text = format!("From: a@b.fr\nSubject: Un titre\n\n{story}");
            assert_eq!(read(&text, MAX).note, "", "{story}");
        }
    }

    #[test]
    fn articles_that_quote_a_letters_header_are_no_mail() {
        for text in [
            "Le ministre a écrit au maire.\nObjet : la fermeture de l’école\nDate : 4 avril\n\nLe texte.",
            "Date: 4 avril 2023\nLe conseil municipal s’est réuni.",
            "De : notre envoyé spécial\nÀ Kiev, la nuit a été calme.",
            "",
        ] {
            assert!(!looks_like_mail(text), "{text}");
        }
    }

    #[test]
    fn the_subject_is_the_headline_above_the_story_or_its_first_line() {
        let mut page = Page::from_text("Le chapô, sans point\n\nLe premier paragraphe.");
        with_subject_as_headline(&mut page, "La grève s’étend");
        assert_eq!(page.blocks[0].text, "La grève s’étend");
        assert_eq!(page.blocks[0].hint, Some(Hint::Title));
        assert_eq!(page.blocks[1].hint, None);
        let mut page = Page::from_text("La grève s'étend\n\nLe premier paragraphe.");
        with_subject_as_headline(&mut page, "La grève s’étend");
        assert_eq!(page.blocks.len(), 2);
        assert_eq!(page.blocks[0].hint, Some(Hint::Title));
    }

    #[test]
    fn reply_and_forward_prefixes_leave_the_subject() {
        assert_eq!(without_reply_prefixes("RE: TR : Fwd: Le titre"), "Le titre");
        assert_eq!(without_reply_prefixes("Réf : Le titre"), "Le titre");
        assert_eq!(
            without_reply_prefixes("Syrie : un chef tué"),
            "Syrie : un chef tué"
        );
    }
}
