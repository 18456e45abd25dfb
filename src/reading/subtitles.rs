//! Subtitles (SubRip `.srt`, WebVTT `.vtt`): a video report's words, which a web desk rewrites
//! as an article. Read as text, every cue's number and timecode was a line of the page, every
//! cue's two lines a paragraph of a few words: the structure stage dropped most of them as
//! datelines and labels, and what was left was a title cut mid-sentence.
//!
//! The cues' text is joined into prose ([`to_text`]): their numbers, timecodes, settings and
//! tags (`<i>`, `<v Speaker>`, `<c.yellow>`) dropped, entities decoded, a speaker's dash
//! taken off. A paragraph ends where the speech pauses (a gap between two cues) after a
//! sentence, or where a new speaker the file names starts, or once it is long and a sentence
//! ends.

/// A pause between two cues that ends a paragraph, when the text before it ends a sentence.
const PARAGRAPH_PAUSE_MS: u64 = 1_500;

/// Words from which a paragraph ends at the next sentence's end, pause or none: subtitles
/// timed without gaps would otherwise be one paragraph, the whole report its lede. The
/// corpus's published paragraphs hold 53 words (median of the 532 of eight words or more).
const PARAGRAPH_MAX_WORDS: usize = 50;

/// Fewest cues that make a file subtitles: one timecode line may be quoted in an article.
const MIN_CUES: usize = 2;

/// Whether `text` is a WebVTT file (its "WEBVTT" header) or SubRip subtitles (a cue number,
/// then a timecode line, at its start and again after).
pub fn looks_like_subtitles(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with("WEBVTT") {
        return true;
    }
    let mut lines = text.lines().map(str::trim);
    let numbered = lines
        .next()
        .is_some_and(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()));
    numbered
        && lines.next().and_then(timing).is_some()
        && text.lines().filter_map(timing).take(MIN_CUES).count() == MIN_CUES
}

/// A cue: when it starts and ends (milliseconds), who speaks if the file says, what is said.
struct Cue {
    start: u64,
    end: u64,
    speaker: Option<String>,
    text: String,
}

/// The subtitles' words as paragraphs of prose, one blank line between them.
pub fn to_text(text: &str) -> String {
    let mut spans: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut last: Option<(u64, Option<String>)> = None;
    for cue in cues(text) {
        if let Some((end, speaker)) = &last {
            let paused = cue.start.saturating_sub(*end) >= PARAGRAPH_PAUSE_MS;
            let new_speaker = cue.speaker.is_some() && cue.speaker != *speaker;
            if new_speaker || (paused && ends_sentence(&current)) {
                spans.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&cue.text);
        last = Some((cue.end, cue.speaker));
    }
    spans.push(current);
    let paragraphs: Vec<String> = spans.iter().flat_map(|span| paragraphs_of(span)).collect();
    let mut out = paragraphs.join("\n\n");
    out.push('\n');
    out
}

/// A span of speech without a pause as paragraphs: one ends at the first sentence's end once
/// it holds [`PARAGRAPH_MAX_WORDS`] words.
fn paragraphs_of(span: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for sentence in crate::segmenting::split_sentences(span) {
        let paragraph = &span[start..sentence.end];
        if crate::segmenting::count_words(paragraph) >= PARAGRAPH_MAX_WORDS {
            paragraphs.push(paragraph.trim().to_string());
            start = sentence.end;
        }
    }
    paragraphs.push(span[start..].trim().to_string());
    paragraphs.retain(|p| !p.is_empty());
    paragraphs
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['»', '"', '”', ')', '\u{a0}', ' '])
        .ends_with(['.', '!', '?', '…'])
}

/// The cues of the file, in its order: each block of lines with a timing line, its text the
/// lines after that line. WebVTT's header, notes, styles and regions hold none.
fn cues(text: &str) -> impl Iterator<Item = Cue> + '_ {
    text.split("\n\n")
        .flat_map(|block| block.split("\r\n\r\n"))
        .filter_map(|block| {
            let mut lines = block.lines().map(str::trim);
            let (start, end) = lines.by_ref().find_map(timing)?;
            let mut speaker = None;
            let said: Vec<String> = lines
                .filter(|l| !l.is_empty())
                .map(|line| {
                    speaker = speaker.take().or_else(|| voice(line));
                    spoken(line)
                })
                .filter(|l| !l.is_empty())
                .collect();
            Some(Cue {
                start,
                end,
                speaker,
                text: said.join(" "),
            })
        })
}

/// A timing line's start and end in milliseconds: "00:01:02,500 --> 00:01:05,000" (SubRip),
/// "01:02.500 --> 01:05.000 align:start" (WebVTT, hours optional, settings after).
fn timing(line: &str) -> Option<(u64, u64)> {
    let (start, rest) = line.split_once("-->")?;
    let end = rest.split_whitespace().next()?;
    Some((timestamp(start.trim())?, timestamp(end)?))
}

/// "00:01:02,500", "01:02.500" in milliseconds.
fn timestamp(text: &str) -> Option<u64> {
    let (clock, millis) = text.split_once([',', '.'])?;
    let millis: u64 = millis.parse().ok().filter(|_| millis.len() == 3)?;
    let parts: Vec<u64> = clock
        .split(':')
        .map(|p| p.parse().ok().filter(|_| (1..=2).contains(&p.len())))
        .collect::<Option<_>>()?;
    let seconds = match parts[..] {
        [h, m, s] => h * 3600 + m * 60 + s,
        [m, s] => m * 60 + s,
        _ => return None,
    };
    Some(seconds * 1000 + millis)
}

/// The speaker a WebVTT voice tag names ("<v Léa Salamé>Bonjour", "<v.loud Léa Salamé>").
fn voice(line: &str) -> Option<String> {
    let (tag, _) = line.strip_prefix("<v")?.split_once('>')?;
    let name = match tag.strip_prefix('.') {
        // Its classes run to the first space.
        Some(classed) => classed.split_once(' ')?.1,
        None => tag.strip_prefix(' ')?,
    };
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// A line's words: its tags dropped, its entities decoded, a speaker's opening dash taken off.
fn spoken(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}");
    let out = out.trim();
    out.strip_prefix("- ")
        .or_else(|| out.strip_prefix("– "))
        .unwrap_or(out)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests;
