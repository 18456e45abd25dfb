//! What a page glues into body paragraphs: a rubric stuck to the chapô ("AgricultureL'Office
//! fédéral…", "BETCLIC Elite Le président…") and "Lire aussi" links inside a paragraph or a
//! one-line article ("… Lire également: Des «gilets jaunes» résolus à continuer Il est barman…").

use crate::literals::{holds_folding_to_ascii, may_contain, Needle, STOP_THEN_SPACE};
use crate::patterns::Pattern;

/// Words that open a French sentence: after a label glued in front, they show where the
/// sentence starts.
const SENTENCE_OPENERS: &[&str] = &[
    "Le", "La", "Les", "L", "Un", "Une", "Des", "Ce", "Cet", "Cette", "Ces", "Il", "Elle", "Ils",
    "Elles", "On", "Depuis", "Selon", "Après", "Avant", "Dans", "En", "Au", "Aux", "Pour", "Pas",
    "Quand", "Alors", "Si", "C", "Son", "Sa", "Ses", "Leur", "Leurs", "Plus", "Mais", "Et",
];

/// The most words a glued rubric has.
const KICKER_MAX_WORDS: usize = 3;

static READ_ALSO: Pattern = Pattern::caseless_for_texts(
    r"(?:^|[.!?»]\s+)((?:à\s+)?(?:lire|voir)\s+(?:aussi|également|encore)\s*:?)",
);

/// Where a paragraph stands in the article: a rubric is glued to its opening only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The first paragraph, the chapô when there is one.
    First,
    /// The paragraphs after it, the lede's start when a chapô stands above it: a rubric in
    /// capitals before a dash may open it ("POLITIQUE - Avec ou sans retenues ?").
    Second,
    Later,
}

/// A body paragraph with what the page glued into it taken out.
pub fn clean_paragraph(text: &str, place: Place) -> String {
    let text = strip_stamp(text);
    let text = match place {
        Place::First => strip_kicker(text),
        Place::Second => strip_dash_rubric(text).unwrap_or(text),
        Place::Later => text,
    };
    let text = strip_embeds(&strip_read_also(strip_byline_tail(strip_copyright_tail(
        text,
    ))));
    let text = strip_team_credit(&text).unwrap_or(text);
    without_lost_ends(&text).unwrap_or(text)
}

/// Most words of a label left at the article's end.
const TRAILING_LABEL_WORDS: usize = 3;

/// "…par rapport à l’ampleur du problème. Regarder :": at the article's very end, a label of a
/// few words after the last sentence, its colon announcing a video or a link the scraper did
/// not keep, is none of the article (inside it, "Voici la liste :" announces the list that
/// follows). The length of the text before the label; `None` when the text ends on none, or
/// is only that.
pub(super) fn before_label_at_the_end(text: &str) -> Option<usize> {
    let label_end = text.trim_end().strip_suffix(':')?;
    let stop = label_end.rfind(['.', '!', '?', '…'])?;
    // The label starts after the stop's last byte: "…" is three.
    let stop_end = stop + label_end[stop..].chars().next()?.len_utf8();
    let label = &label_end[stop_end..];
    let short = label.split_whitespace().nth(TRAILING_LABEL_WORDS).is_none();
    let opens = label.trim_start().starts_with(char::is_uppercase);
    (short && opens && stop > 0).then_some(stop_end)
}

/// Most words of the signature and credits glued after the article's last sentence.
const TRAILING_CREDITS_WORDS: usize = 20;

/// "…L’entrée est libre et gratuite. Hanifa KoussoubéDominique Ouédraogo (stagiaire)Crédit
/// photo : Bonaventure ParéLefaso.net": at the article's very end, the authors' names and the
/// photo's credit a scraper glued after the last sentence, a few words with no sentence's stop
/// of their own and a credit's label, are none of the article. The length of the text up to
/// that sentence's stop; `None` when the text ends on no such tail.
pub(super) fn before_credits_at_the_end(text: &str) -> Option<usize> {
    let stop = text
        .rmatch_indices(['.', '!', '?', '…'])
        .find(|&(at, mark)| text[at + mark.len()..].starts_with(char::is_whitespace))
        .map(|(at, mark)| at + mark.len())?;
    let tail = &text[stop..];
    let short = tail
        .split_whitespace()
        .nth(TRAILING_CREDITS_WORDS)
        .is_none();
    // Read only for a short tail: after the last stop of a paragraph that lost its stops,
    // the tail is the whole paragraph.
    let credited = || {
        crate::segmenting::with_lowercase(tail, |tail| {
            [
                "crédit photo",
                "crédits photo",
                "crédit :",
                "photo :",
                "photos :",
            ]
            .iter()
            .any(|label| tail.contains(label))
        })
    };
    (short && credited()).then_some(stop)
}

/// Most words of a label in parentheses at a headline's end.
const TRAILING_LABEL_MAX_WORDS: usize = 3;

/// A headline without the label in capitals a desk or a site sets in parentheses at its end
/// ("La Turquie ratifie l'adhésion de la Finlande à l'Otan (PAPIER GENERAL)", "… (VIDÉO)"):
/// it says what the item is, not what happened. A parenthesis with a lowercase letter or a
/// figure ("(Rhône)", "(2/3)") is the headline's.
pub fn without_trailing_label(headline: &str) -> &str {
    let Some((before, label)) = super::features::last_bracket(headline.trim_end()) else {
        return headline;
    };
    let words = label.split_whitespace().count();
    let capitals = is_label_in_capitals(label);
    match capitals && (1..=TRAILING_LABEL_MAX_WORDS).contains(&words) && !before.is_empty() {
        true => before,
        false => headline,
    }
}

/// A label a site sets in parentheses or brackets ("PAPIER GENERAL", "VIDÉO"): capitals
/// ([`MIN_LABEL_LETTERS`] at least), spaces, hyphens and apostrophes only.
fn is_label_in_capitals(label: &str) -> bool {
    label.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LABEL_LETTERS
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’'))
}

/// Fewest names a team's credit lists ("B. Bruere / P. Wilpart / A. Dupont"): two initials
/// and names with a slash between them may be a pair of anything.
const TEAM_CREDIT_MIN_NAMES: usize = 3;
/// Most words of what names the team before its names ("France 3 Centre-Val de Loire :").
const TEAM_CREDIT_MAX_LABEL_WORDS: usize = 8;

/// The paragraph without a video's team credit an extractor glued into it ("…à Paris. France
/// 3 Centre-Val de Loire : B. Bruere / P. Wilpart / A. Dupont / C. Girardeau Depuis, près
/// d’une décennie…", francetvinfo as trafilatura extracts it): after a sentence's stop, a few
/// words and a colon, then initials and names with slashes between them. `None` when there is
/// none.
fn strip_team_credit(text: &str) -> Option<String> {
    static SLASH_APART: Needle = Needle::new(b" / ");
    let first_slash = SLASH_APART.find(text.as_bytes())?;
    // The names start after the label's colon, the label after the last stop before it.
    let colon = text[..first_slash].rfind(" : ")?;
    let label_start = text[..colon].rfind(". ").map_or(0, |stop| stop + 2);
    let (label, names) = (&text[label_start..colon], &text[colon + 3..]);
    if label.split_whitespace().count() > TEAM_CREDIT_MAX_LABEL_WORDS || label.contains('.') {
        return None;
    }
    let names_end = team_names_end(names)?;
    let after = names[names_end..].trim_start();
    let mut kept = text[..label_start].trim_end().to_string();
    if !after.is_empty() {
        kept.push(' ');
        kept.push_str(after);
    }
    Some(kept.trim_start().to_string())
}

/// Where the run of "B. Bruere / P. Wilpart / …" that opens `names` ends, when it holds
/// [`TEAM_CREDIT_MIN_NAMES`] names or more, each an initial and one word.
fn team_names_end(names: &str) -> Option<usize> {
    let mut at = 0;
    let mut count = 0;
    loop {
        let name = &names[at..];
        let mut chars = name.chars();
        let initial = chars.next().is_some_and(char::is_uppercase)
            && chars.next() == Some('.')
            && chars.next() == Some(' ');
        if !initial {
            return None;
        }
        let surname_start = at + name.find(' ')? + 1;
        let surname_len = names[surname_start..]
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(names.len() - surname_start);
        if surname_len == 0 || !names[surname_start..].starts_with(char::is_uppercase) {
            return None;
        }
        count += 1;
        at = surname_start + surname_len;
        match names[at..].strip_prefix(" / ") {
            Some(_) => at += 3,
            None => break,
        }
    }
    (count >= TEAM_CREDIT_MIN_NAMES).then_some(at)
}

/// The paragraph without the sentences whose end the page lost: "Cette réforme est une .",
/// "Actuellement .". A scraper that drops a link's text leaves a space before the full stop
/// where it stood, which French typography never sets; when the words left end on an article
/// or a preposition, or are one or two, what the sentence said went with the link. A
/// sentence that ends on a word of its own before a stray space is kept, and so is a
/// paragraph that would be left empty.
fn without_lost_ends(text: &str) -> Option<String> {
    // Most paragraphs hold no stop after a space: not cut into pieces.
    let bytes = text.as_bytes();
    let spaced_stop = memchr::memchr_iter(b'.', bytes).any(|at| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace)
    });
    if !spaced_stop {
        return None;
    }
    let kept: Vec<&str> = sentences_by_stops(text)
        .filter(|piece| !lost_its_end(piece))
        .collect();
    let joined = kept.concat().trim_end().to_string();
    (joined.len() < text.trim_end().len() && !joined.is_empty()).then_some(joined)
}

/// The text cut after each full stop followed by a space or the end, the spaces kept with
/// the piece before: joining the pieces gives the text back.
fn sentences_by_stops(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut ends: Vec<usize> = memchr::memchr_iter(b'.', bytes)
        .filter(|&at| {
            text[at + 1..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
        })
        .map(|at| at + 1 + text[at + 1..].len() - text[at + 1..].trim_start().len())
        .collect();
    ends.push(text.len());
    ends.dedup();
    ends.into_iter().filter_map(move |end| {
        let piece = &text[start..end];
        start = end;
        (!piece.is_empty()).then_some(piece)
    })
}

/// The sentence ends on a full stop after a space, and what stands before it is an article
/// whose noun is gone ("Cette réforme est une .") or too short to say anything
/// ("Actuellement ."). A sentence that lost only a complement ("…en location sur .") still
/// says most of what it said, and stays. So does a piece holding a quotation or another
/// sentence glued to it ("…de ses dons.«Si j’avais su…»"): taking it out would take them.
fn lost_its_end(piece: &str) -> bool {
    let Some(before) = piece.trim_end().strip_suffix('.') else {
        return false;
    };
    if !before.ends_with(char::is_whitespace) || holds_another_sentence(before) {
        return false;
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    words.len() <= 2 || crate::lexicon::is_determiner(&last)
}

/// The text holds a quotation mark, an exclamation or a question, or a full stop glued to
/// what follows it ("dons.«Si", "fin.Début"), not a number's or an initial's.
fn holds_another_sentence(text: &str) -> bool {
    text.contains(['«', '»', '"', '“', '”', '!', '?'])
        || text.match_indices('.').any(|(at, _)| {
            text[at + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase())
                && text[..at]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .count()
                    > 1
        })
}

/// The byline a text browser's wrap glued under a paragraph ("… sur les finances publiques.
/// Article rédigé par [place] franceinfo", w3m): a last piece opening on "rédigé par" or
/// "écrit par" (after "Article" or not), of a few words and ending no sentence, is the
/// author's credit, not the paragraph's. The outlet may be written in lowercase.
fn strip_byline_tail(text: &str) -> &str {
    // Only the paragraph's end is read: a byline is a few words after its last sentence.
    let mut from = text.len().saturating_sub(BYLINE_TAIL_MAX_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..];
    if !window.contains(" par ") {
        return text;
    }
    let Some(stop) = window
        .rmatch_indices(['.', '!', '?', '»'])
        .map(|(at, mark)| at + mark.len())
        .find(|&end| window[end..].starts_with(' '))
    else {
        return text;
    };
    let start = from + stop;
    let tail = text[start..].trim();
    let lower = crate::segmenting::to_lowercase(tail);
    let formula = ["article rédigé par ", "rédigé par ", "écrit par "]
        .iter()
        .any(|f| lower.starts_with(f));
    let short = tail.split_whitespace().nth(BYLINE_TAIL_MAX_WORDS).is_none();
    match formula && short && !super::features::ends_like_sentence(tail) {
        true => text[..start].trim_end(),
        false => text,
    }
}

/// The words of a byline glued under a paragraph: the formula and two or three names.
const BYLINE_TAIL_MAX_WORDS: usize = 8;
/// The bytes of a paragraph's end read for a byline: its words, each of a name's length.
const BYLINE_TAIL_MAX_BYTES: usize = 160;

/// A copyright notice ends the page, and a scraper that joins blocks glues it to the last
/// paragraph ("… entre les deux chambres. © Copyright 2006-2023 BFMTV.com. Tous droits
/// réservés."), with whatever followed it on the page. Taken off, with all after it, when a
/// sentence of the paragraph opens with it and it dates itself (a year), or is the paragraph's
/// short tail.
fn strip_copyright_tail(text: &str) -> &str {
    // A notice opens on '©' or "copyright": a paragraph without either, nearly every one, is
    // not cut into pieces.
    if !text.contains('©') && !may_contain(text, "copyright") {
        return text;
    }
    without_notice(text)
}

/// [`strip_copyright_tail`] of a paragraph that may hold a notice: read piece by piece.
fn without_notice(text: &str) -> &str {
    let mut offset = 0;
    for piece in pieces(text) {
        let opens_notice = piece.starts_with('©')
            || piece
                .get(..9)
                .is_some_and(|p| p.eq_ignore_ascii_case("copyright"));
        if offset > 0 && opens_notice && is_notice(&text[offset..]) {
            return text[..offset].trim_end();
        }
        offset += piece.len();
    }
    text
}

/// A tail opening with a copyright sign is the page's notice when it dates itself (a year
/// within its first words) or is short. Only the first words are read, so a paragraph of many
/// pieces costs no more than its length.
fn is_notice(tail: &str) -> bool {
    let dated = tail.split_whitespace().take(4).any(|w| {
        w.split(|c: char| !c.is_ascii_digit())
            .any(|digits| digits.len() == 4)
    });
    dated || tail.split_whitespace().nth(NOTICE_MAX_WORDS).is_none()
}

/// The words a copyright notice glued to a paragraph may have.
const NOTICE_MAX_WORDS: usize = 20;

/// The marks an embedded post leaves in its text: a short link ("t.co/"), a picture link
/// ("pic.twitter.com"), a handle in brackets ([`names_handle`]).
///
/// Read in one pass over the bytes each mark holds and French prose seldom does ("/", "w",
/// "@"), where three searches for the marks, each set up for its string, read every
/// paragraph three times.
pub fn is_embed_trace(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'/', b'w', b'@', bytes).any(|at| {
        let (before, from) = bytes.split_at(at);
        match from[0] {
            b'/' => before.ends_with(b"t.co"),
            b'w' => before.ends_with(b"pic.t") && from.starts_with(b"witter.com"),
            _ => before.ends_with(b"(") && names_handle(&text[at + 1..]),
        }
    })
}

/// A post's signature names its author's handle: "— BFMTV (@BFMTV)". After "(@", `\(@\w+\)`
/// matches word characters up to a closing bracket, which is none: read here with the
/// regex parser's own `\w`, where compiling the pattern cost more than every paragraph's
/// search.
fn names_handle(after_at: &str) -> bool {
    let rest = after_at.trim_start_matches(regex_syntax::is_word_character);
    rest.len() < after_at.len() && rest.starts_with(')')
}

/// The paragraph without the sentences of a post glued into it.
fn strip_embeds(text: &str) -> String {
    if !is_embed_trace(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut pieces = pieces(text).peekable();
    while let Some(piece) = pieces.next() {
        // The post's own words come right before its link: "ALERTE INFO - un accident fait
        // un mort#GiletsJaunes? https://t.co/…". A hashtag marks them as the post's, not the
        // journalist's sentence that quotes it.
        let posts_text = holds_hashtag(piece) && pieces.peek().is_some_and(|p| is_embed_trace(p));
        if !is_embed_trace(piece) && !posts_text {
            out.push_str(piece);
        } else if let Some(sentence) = after_last_link(piece) {
            out.push_str(sentence);
        }
    }
    out.trim().to_string()
}

/// The journalist's sentence a scraper glued after a post's last link, in the same piece
/// ("pic.twitter.com/jYqyARTFEe «L'embouteillage a duré plusieurs heures», a indiqué le
/// procureur."): it opens on a capital or a quotation mark and runs a few words.
fn after_last_link(piece: &str) -> Option<&str> {
    let link = |w: &str| w.contains("t.co/") || w.contains("pic.twitter.com/");
    let words = word_offsets(piece);
    let last = words.iter().rposition(|(_, w)| link(w))?;
    let &(at, first) = words.get(last + 1)?;
    let opens = first.starts_with(['«', '"', '“']) || first.starts_with(char::is_uppercase);
    let rest = &piece[at..];
    (opens && words.len() - last > AFTER_LINK_MIN_WORDS && !is_embed_trace(rest)).then_some(rest)
}

/// Words after a post's last link for them to be a sentence of the article, not the post's
/// signature.
const AFTER_LINK_MIN_WORDS: usize = 5;

/// A "#" glued before a letter: a hashtag ("#GiletsJaunes"), not a number sign ("n° 3", "# 3").
pub(super) fn holds_hashtag(text: &str) -> bool {
    text.match_indices('#')
        .any(|(at, _)| text[at + 1..].starts_with(char::is_alphabetic))
}

/// The text cut after each sentence mark followed by a space, and at double spaces (where a
/// scraper joined two blocks), the space kept with the piece: joining the pieces gives the
/// text back.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut previous = ' ';
    let mut cuts = Vec::new();
    for (i, c) in text.char_indices() {
        let after_mark = matches!(previous, '.' | '!' | '?' | '»');
        if c.is_whitespace() && (after_mark || previous.is_whitespace()) {
            cuts.push(i + c.len_utf8());
        }
        previous = c;
    }
    cuts.push(text.len());
    cuts.into_iter().map(move |end| {
        let piece = &text[start..end];
        start = end;
        piece
    })
}

/// The paragraph without the publication stamp the page put in brackets before it ("[Mis à
/// jour le 29 mars 2023 à 08h59] Dans un contexte…"): a bracketed opening of a few words that
/// holds a date and a time of day.
fn strip_stamp(text: &str) -> &str {
    let Some(close) = text
        .strip_prefix(['[', '('])
        .and_then(|t| t.find([']', ')']))
    else {
        return text;
    };
    let stamp = &text[1..close + 1];
    let rest = text[close + 2..].trim_start();
    let is_stamp = stamp.split_whitespace().count() <= super::STAMP_MAX_WORDS
        && super::holds_time_of_day(stamp)
        && crate::dates::full(stamp).is_some();
    match is_stamp && rest.chars().next().is_some_and(char::is_uppercase) {
        true => rest,
        false => text,
    }
}

/// The paragraph without a rubric glued to its start.
fn strip_kicker(text: &str) -> &str {
    if let Some(rest) = strip_dash_rubric(text)
        .or_else(|| without_capitals_label(text))
        .or_else(|| without_bracketed_label(text))
    {
        return rest;
    }
    // "AgricultureL'Office": a lowercase letter straight before a capital, in the first word.
    let first_word = text.split_whitespace().next().unwrap_or("");
    let chars: Vec<(usize, char)> = first_word.char_indices().collect();
    for w in chars.windows(2) {
        let ((_, a), (at, b)) = (w[0], w[1]);
        if a.is_lowercase() && b.is_uppercase() && at >= 3 {
            return &text[at..];
        }
    }
    // "BETCLIC Elite Le président": capitalised words, then a sentence opener mid-line.
    let words: Vec<(usize, &str)> = word_offsets(text);
    for (n, &(at, word)) in words.iter().enumerate().take(KICKER_MAX_WORDS + 1).skip(1) {
        let bare = word.split(['\'', '’']).next().unwrap_or(word);
        let label = words[..n].iter().all(|(_, w)| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', ',', ':'])
        });
        if label && SENTENCE_OPENERS.contains(&bare) && words.len() > n + 3 {
            return &text[at..];
        }
    }
    text
}

/// Most characters of a label in square brackets ("[VIDÉO]", "[EXCLUSIF]", "[INFOGRAPHIE]").
const BRACKETED_LABEL_MAX_CHARS: usize = 30;

/// "[VIDÉO] ▶️ L’Assemblée nationale étudie…" → "L’Assemblée nationale étudie…": the chapô
/// without the label in capitals and square brackets a site sets before it (TF1 Info's
/// descriptions, as a scraper keeps them), and the symbols after it (an arrow, an emoji),
/// when a sentence follows. The label says what the page holds, not what happened.
fn without_bracketed_label(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('[')?;
    let close = inner
        .char_indices()
        .take(BRACKETED_LABEL_MAX_CHARS)
        .find(|&(_, c)| c == ']')?
        .0;
    let label = &inner[..close];
    let capitals = is_label_in_capitals(label);
    let rest = inner[close + 1..]
        .trim_start_matches(|c: char| !(c.is_alphanumeric() || matches!(c, '«' | '“' | '"')));
    (capitals && rest.starts_with(char::is_uppercase) && rest.split_whitespace().count() > 3)
        .then_some(rest)
}

/// "REPORTAGE. Le fonds d’investissement…" → "Le fonds d’investissement…": the chapô without
/// the label in capitals and its full stop that the page sets before its first sentence
/// (Le Point, L’Internaute), a label of the page that an article does not print. A label the
/// first sentence leans on stays ("BRAV-M. Cette unité de police…", the only place the
/// chapô names the unit): composing reads the two together.
fn without_capitals_label(text: &str) -> Option<&str> {
    let end = STOP_THEN_SPACE.find(text.as_bytes())? + 1;
    let (label, rest) = (&text[..end], text[end..].trim_start());
    // "M. Macron a promis…", "MM. Dupont et Durand…": an abbreviation is no label. Each
    // test asked only when those before it pass: most chapôs open on no label.
    let label_alone = || {
        label.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LABEL_LETTERS
            && !crate::lexicon::is_abbreviation(&label[..end - 1].to_lowercase())
    };
    let opens_sentence =
        || rest.starts_with(char::is_uppercase) && rest.split_whitespace().nth(3).is_some();
    let first_sentence = || rest.split_inclusive(['.', '!', '?']).next().unwrap_or(rest);
    (is_capitals_label(label)
        && label_alone()
        && opens_sentence()
        && !leans_on_label(first_sentence(), label))
    .then_some(rest)
}

/// "VIDÉO. Le prix du carburant repasse sous les deux euros" → "Le prix du carburant…": the
/// headline without the label in capitals a site sets before it, with its full stop
/// ("VIDÉO.", "EXCLUSIF.", "RÉCIT."), in square brackets ("[VIDÉO]") or before a dash (an
/// agency's "URGENT - Incendie à Lyon : trois morts"), as
/// [`without_capitals_label`] and [`without_bracketed_label`] take it off the chapô. A label
/// the article speaks of (`spoken_of`, "FLORENT PAGNY. Le chanteur annonce…") names the
/// story's subject and stays.
pub fn without_leading_label(headline: &str, spoken_of: impl Fn(&str) -> bool) -> &str {
    let Some(rest) = without_capitals_label(headline)
        .or_else(|| without_bracketed_label(headline))
        .or_else(|| {
            strip_dash_rubric(headline).filter(|rest| rest.split_whitespace().nth(2).is_some())
        })
    else {
        return headline;
    };
    let label = headline[..headline.len() - rest.len()]
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric());
    match spoken_of(label) {
        true => headline,
        false => rest,
    }
}

/// The labels a live blog sets before its headline, lowercase.
const LIVE_LABELS: [&str; 3] = ["en direct", "direct", "live"];

/// "DIRECT. Tempête Ciarán : 1,2 million de foyers privés d'électricité" → "Tempête
/// Ciarán : …": a live blog's headline without the label the page sets before it, followed
/// by a stop, a colon, a dash or a bar, or in capitals before a capital. `None` when the line
/// opens on no such label, or on the word alone ("Direct de l'Assemblée…").
pub fn without_live_label(text: &str) -> Option<&str> {
    let start = text.find(char::is_alphanumeric)?;
    let opening = &text[start..];
    LIVE_LABELS.iter().find_map(|label| {
        let written = opening.get(..label.len())?;
        let rest = opening[label.len()..].trim_start_matches([' ', '\u{a0}']);
        let after_mark = rest
            .strip_prefix(['.', ':', '–', '—', '-', '|'])
            .filter(|after| after.starts_with(char::is_whitespace))
            .map(str::trim_start);
        let in_capitals = !written.chars().any(char::is_lowercase)
            && rest.len() < opening.len() - label.len()
            && rest.starts_with(char::is_uppercase);
        let rest = after_mark.or(in_capitals.then_some(rest))?;
        (written.eq_ignore_ascii_case(label) && !rest.is_empty()).then_some(rest)
    })
}

/// Who speaks after an interview's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// "Q :", "Question :": the journalist asks.
    Asks,
    /// "R :", "Réponse :": the interviewee answers.
    Answers,
}

/// "Q : Combien faudrait-il investir ?" → (`Asks`, "Combien faudrait-il investir ?"): the
/// label an interview set as questions and answers puts before each turn, "Q" or "Question",
/// "R" or "Réponse", then a colon, or a stop before a capital ("Q. Vous rentrez…"); `None`
/// when the text opens on no such label.
pub fn interview_turn(text: &str) -> Option<(Speaker, &str)> {
    let text = text.trim_start();
    let word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let speaker = match &text[..word_end] {
        "Q" | "Question" | "QUESTION" => Speaker::Asks,
        "R" | "Réponse" | "RÉPONSE" => Speaker::Answers,
        _ => return None,
    };
    let rest = text[word_end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let after_colon = rest.strip_prefix(':').map(str::trim_start);
    let after_stop = rest
        .strip_prefix(['.', '–', '—', '-'])
        .filter(|after| after.starts_with(char::is_whitespace))
        .map(str::trim_start);
    let turn = after_colon.or(after_stop)?;
    turn.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"' | '“'))
        .then_some((speaker, turn))
}

/// Most words of a speaker's name before a transcript's turn ("Nicolas Demorand", "Jean-Luc
/// de La Tour").
const SPEAKER_MAX_WORDS: usize = 5;

/// Most bytes before a turn's colon: its timecode and its speaker's name.
const TURN_LABEL_MAX_BYTES: usize = 64;

/// A transcript's turn: who speaks, and the turn without the timecode before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turn<'a> {
    pub speaker: &'a str,
    /// The turn as written, its timecode taken off ("Léa Salamé : Antoine Lefort, bonjour.").
    pub untimed: &'a str,
}

/// "[07:52] Léa Salamé : Antoine Lefort, bonjour." → `Turn { speaker: "Léa Salamé", untimed:
/// "Léa Salamé : Antoine Lefort, bonjour." }`: a name of a few capitalised words (particles
/// between them) and a colon opening the text, after a timecode ("[07:52]", "(00:12:45)",
/// "07:52") or not. Whether the text is a turn of a transcript, and not a rubric ("Paris : la
/// mairie…"), its neighbours tell ([`super::interior`]).
pub fn transcript_turn(text: &str) -> Option<Turn<'_>> {
    let untimed = without_timecode(text);
    let colon =
        memchr::memchr(b':', untimed.as_bytes()).filter(|&at| at <= TURN_LABEL_MAX_BYTES)?;
    let speaker = untimed[..colon].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let name_shaped = (1..=SPEAKER_MAX_WORDS).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || super::features::NAME_PARTICLES.contains(w)
        })
        && !speaker.chars().any(|c| c.is_ascii_digit());
    let said = untimed[colon + 1..].trim_start();
    (name_shaped && untimed[colon + 1..].starts_with(char::is_whitespace) && !said.is_empty())
        .then_some(Turn { speaker, untimed })
}

/// The text without the timecode that opens it, "[07:52] ", "(00:12:45) " or "07:52 ".
fn without_timecode(text: &str) -> &str {
    let (open, close) = match text.chars().next() {
        Some('[') => (1, Some(']')),
        Some('(') => (1, Some(')')),
        _ => (0, None),
    };
    let digits_end = text[open..]
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .map_or(text.len(), |at| open + at);
    let code = &text[open..digits_end];
    let is_code = code.len() >= 4
        && code.contains(':')
        && code
            .split(':')
            .all(|part| part.len() == 2 || part.len() == 1)
        && code.split(':').count() <= 3;
    let after_close = match close {
        Some(mark) => text[digits_end..].strip_prefix(mark),
        None => Some(&text[digits_end..]),
    };
    match after_close {
        Some(rest) if is_code && rest.starts_with(char::is_whitespace) => rest.trim_start(),
        _ => text,
    }
}

/// Letters a label in capitals has at least: "M." and "J.-L." are a name's abbreviations.
const MIN_LABEL_LETTERS: usize = 3;

/// A label in capitals ended by a full stop, of a few words: "BRAV-M.", "REPORTAGE.",
/// "VIDÉO.", "FLORENT PAGNY.". The segmenter reads it as a sentence of its own.
pub fn is_capitals_label(sentence: &str) -> bool {
    let label = sentence.trim().trim_end_matches('.');
    sentence.trim().ends_with('.')
        && label.split_whitespace().nth(KICKER_MAX_WORDS).is_none()
        && label.chars().any(char::is_alphabetic)
        && !label.chars().any(char::is_lowercase)
}

/// The sentence after a label in capitals needs it to be understood: it opens on a word
/// that stands for something named before it ("Cette unité de police…", "Il…") and does not
/// name what the label shouts ("FLORENT PAGNY. Atteint d’un cancer, Florent Pagny…").
pub fn leans_on_label(sentence: &str, label: &str) -> bool {
    opens_on_reference(sentence) && !names_label(sentence, label)
}

/// The sentence opens on a demonstrative, a possessive or a subject pronoun.
fn opens_on_reference(sentence: &str) -> bool {
    let first = sentence
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    crate::lexicon::points_back(&first)
        || crate::lexicon::THIRD_PERSON_SUBJECTS.contains(&first.as_str())
}

/// The sentence holds the label's words, caselessly.
fn names_label(sentence: &str, label: &str) -> bool {
    let label = label.trim().trim_end_matches('.').to_lowercase();
    crate::segmenting::to_lowercase(sentence).contains(&label)
}

/// The paragraph after a rubric in capitals before a dash ("LE SCAN POLITIQUE – Le
/// président…", "VIDÉO - Le mouvement…"), if it opens with one.
///
/// A rubric holds no lowercase letter: each dash is looked for only up to the paragraph's
/// first one (a dash first found after it leaves a lowercase letter in the rubric), which
/// most paragraphs reach within a word, where each dash was looked for through the whole
/// paragraph.
fn strip_dash_rubric(text: &str) -> Option<&str> {
    let first_lowercase = text
        .char_indices()
        .find(|&(_, c)| c.is_lowercase())
        .map_or(text.len(), |(at, _)| at);
    [" – ", " - ", " — "].iter().find_map(|dash| {
        // A dash opening at or before the first lowercase letter ends within this reach.
        let reach = text.len().min(first_lowercase + dash.len());
        let at = memchr::memmem::find(text.as_bytes().get(..reach)?, dash.as_bytes())?;
        // The dash opens on a space, and so at a character's start.
        let (rubric, rest) = (text.get(..at)?, text.get(at + dash.len()..)?);
        let capitals = rubric.chars().any(char::is_alphabetic)
            && !rubric.chars().any(char::is_lowercase)
            && rubric.split_whitespace().count() <= KICKER_MAX_WORDS;
        // "DÉBAT - "Il ne faut pas…"": the sentence after the rubric may open on a quotation.
        let opening = rest.trim_start_matches(['"', '«', '“', ' ', '\u{a0}', '\u{202f}']);
        (capitals && opening.chars().next().is_some_and(char::is_uppercase)).then_some(rest)
    })
}

fn word_offsets(text: &str) -> Vec<(usize, &str)> {
    text.split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .take(KICKER_MAX_WORDS + 5)
        .collect()
}

/// The paragraph without "Lire aussi: <headline>" links. The headline runs to the next sentence
/// end, or to a sentence opener after a lowercase word when the page dropped the full stop.
fn strip_read_also(text: &str) -> String {
    if !may_read_also(text) {
        return text.trim().to_string();
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(caps) = READ_ALSO.captures(rest) {
        let label = caps.range(1).expect("group 1");
        out.push_str(rest[..label.start].trim_end());
        let after = &rest[label.end..];
        let headline_end = headline_end(after);
        rest = after[headline_end..].trim_start();
        if !rest.is_empty() && !out.is_empty() {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out.trim().to_string()
}

/// Every read-also label holds "lire" or "voir" and "aussi", "également" or "encore" (whose
/// ASCII piece is "galement"): other paragraphs, most of them ("avoir" holds "voir"), are
/// spared the pattern. "voir" is looked for first: its "v" is rare, and the paragraphs that
/// hold it ("avoir", "pouvoir") need not be read for the "l" of "lire", one letter in twenty.
///
/// A paragraph holding both ("Il faut avoir aussi…", a sentence with "voir" and another with
/// "encore": about one clean article in four) is read again for the label's words in order,
/// "lire" or "voir", white space, "aussi", "également" or "encore", before the pattern, which
/// is compiled for whole paragraphs and cost a tenth of a clean article's one-file run.
fn may_read_also(text: &str) -> bool {
    (may_contain(text, "voir") || may_contain(text, "lire"))
        && ["aussi", "galement", "encore"]
            .iter()
            .any(|word| may_contain(text, word))
        && (holds_folding_to_ascii(text) || holds_label_words(text))
}

/// Whether "lire" or "voir", white space and "aussi", "également" or "encore" follow each
/// other in `text`, in any case, the verb opening the text or after white space ("avoir
/// aussi" is no label).
fn holds_label_words(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["voir", "lire"].iter().any(|verb| {
        lower.match_indices(verb).any(|(at, _)| {
            let opens = lower[..at]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace);
            let rest = &lower[at + verb.len()..];
            let next = rest.trim_start_matches(char::is_whitespace);
            opens
                && next.len() < rest.len()
                && ["aussi", "encore", "également", "Également"]
                    .iter()
                    .any(|word| next.starts_with(word))
        })
    })
}

/// Where the headline after a read-also label ends.
fn headline_end(after: &str) -> usize {
    let mut previous_lower = false;
    // "Rencontres musicales africaines (REMA) : La 6e édition…": after the headline's own
    // colon, French goes on with a capital; no sentence of the article opens there.
    let mut after_colon = false;
    let mut words = after
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - after.as_ptr() as usize, w))
        .peekable();
    let mut seen_words = 0;
    while let Some((at, word)) = words.next() {
        let bare = word.split(['\'', '’']).next().unwrap_or(word);
        // "…ses activités | Il est barman", "Alerte au faux vaccin au Niger | La décision de
        // fermer…": a sentence opener after a lowercase word, or an article in capitals before
        // a lowercase noun, even after a name, opens the next sentence.
        // "Le 26 avril", "La décision": no capital after the article.
        let next_lower = words
            .peek()
            .is_some_and(|(_, next)| !next.starts_with(char::is_uppercase));
        let article = ARTICLE_OPENERS.contains(&bare);
        // "Grève à La Poste": an article before a capital opens a name, not a sentence.
        let opens_sentence = match article {
            true => next_lower,
            false => previous_lower,
        };
        if seen_words >= 2 && SENTENCE_OPENERS.contains(&bare) && opens_sentence && !after_colon {
            return at;
        }
        if word.ends_with(['.', '!', '?']) && seen_words >= 2 {
            let run = &after[..at + word.len()];
            return match word.ends_with('.') && reads_as_the_articles_sentence(run) {
                true => 0,
                false => at + word.len(),
            };
        }
        previous_lower =
            word.chars().next().is_some_and(char::is_lowercase) && !word.ends_with([',', ':', ';']);
        after_colon = word.ends_with(':');
        seen_words += 1;
    }
    after.len()
}

/// Most words of a headline a read-also label links to.
const READ_ALSO_HEADLINE_MAX_WORDS: usize = 14;

/// What follows an empty read-also label (the dataset kept the label, not its link) up to a
/// full stop is the article's next sentence, not a headline: a headline ends on no full stop,
/// and this one is longer than a headline, or opens on a quotation or a subject pronoun
/// (`Lire aussi : "Je vis dans une maison partagée.`, `Lire aussi : Il n'a pas l'accès…`).
fn reads_as_the_articles_sentence(run: &str) -> bool {
    let opening = run.trim_start();
    let first = opening
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    opening.starts_with(['"', '«', '“'])
        || run
            .split_whitespace()
            .nth(READ_ALSO_HEADLINE_MAX_WORDS)
            .is_some()
        || crate::segmenting::with_lowercase(first, |first| {
            crate::lexicon::THIRD_PERSON_SUBJECTS.contains(&first)
        })
}

/// The sentence openers that are articles: capitalised before a lowercase noun, one opens a
/// sentence even after a name.
const ARTICLE_OPENERS: &[&str] = &["Des", "La", "Le", "Les", "Un", "Une"];

#[cfg(test)]
mod tests {

    #[test]
    fn a_transcripts_turn_is_told_by_its_speakers_name_after_a_timecode() {
        let turn = |text| transcript_turn(text).map(|t| (t.speaker, t.untimed));
        assert_eq!(
            turn("[07:52] Léa Salamé : Antoine Lefort, bonjour."),
            Some(("Léa Salamé", "Léa Salamé : Antoine Lefort, bonjour."))
        );
        assert_eq!(
            turn("(00:12:45) Jean de La Tour\u{a0}: Non."),
            Some(("Jean de La Tour", "Jean de La Tour\u{a0}: Non."))
        );
        assert_eq!(
            turn("07:54 Antoine Lefort : Non."),
            Some(("Antoine Lefort", "Antoine Lefort : Non."))
        );
        assert_eq!(turn("Léa : Bonjour."), Some(("Léa", "Léa : Bonjour.")));
        // A label that is no name, a time that is no timecode, no colon, nothing said.
        assert_eq!(
            turn("Dernière question : la surtaxe sera-t-elle temporaire ?"),
            None
        );
        assert_eq!(turn("[07:52] Le ministre a parlé."), None);
        assert_eq!(turn("À 07:52 : le train part."), None);
        assert_eq!(turn("Antoine Lefort :"), None);
        assert_eq!(turn("Les 3 Suisses : la marque revient."), None);
    }

    #[test]
    fn an_interviews_turn_is_told_by_its_label() {
        assert_eq!(
            interview_turn("Q : Combien faudrait-il investir ?"),
            Some((Speaker::Asks, "Combien faudrait-il investir ?"))
        );
        assert_eq!(
            interview_turn("Réponse\u{a0}: Je l'espère !"),
            Some((Speaker::Answers, "Je l'espère !"))
        );
        assert_eq!(
            interview_turn("R. Fatigué mais enthousiaste"),
            Some((Speaker::Answers, "Fatigué mais enthousiaste"))
        );
        // A word that only opens like a label, or a label before lowercase, is none.
        for text in [
            "Quand il arrive",
            "R : oui",
            "Questions : le débat",
            "Q",
            "RN : la liste",
        ] {
            assert_eq!(interview_turn(text), None, "{text}");
        }
    }

    use super::*;

    #[test]
    fn a_live_blogs_label_comes_off_its_headline() {
        for (line, rest) in [
            (
                "DIRECT. Tempête Ciarán : un mort dans le Finistère",
                "Tempête Ciarán : un mort dans le Finistère",
            ),
            (
                "EN DIRECT – Réforme des retraites : les syndicats reçus",
                "Réforme des retraites : les syndicats reçus",
            ),
            (
                "🔴 Live | Coupe du monde : la France en finale",
                "Coupe du monde : la France en finale",
            ),
            (
                "EN DIRECT Guerre en Ukraine : Kiev sous les bombes",
                "Guerre en Ukraine : Kiev sous les bombes",
            ),
        ] {
            assert_eq!(without_live_label(line), Some(rest), "{line}");
        }
        for line in [
            "Direct de l’Assemblée nationale",
            "Directeur : Jean Dupont",
            "Live Nation rachète un festival",
            "En direct",
        ] {
            assert_eq!(without_live_label(line), None, "{line}");
        }
    }

    #[test]
    fn a_label_in_capitals_at_a_headlines_end_goes() {
        assert_eq!(
            without_trailing_label("La Turquie ratifie l'adhésion de la Finlande (PAPIER GENERAL)"),
            "La Turquie ratifie l'adhésion de la Finlande"
        );
        assert_eq!(
            without_trailing_label("Un tableau de Brueghel vendu aux enchères (VIDÉO)"),
            "Un tableau de Brueghel vendu aux enchères"
        );
        for kept in [
            "Un automobiliste meurt à Arles (Bouches-du-Rhône)",
            "Les retraites, un combat sans fin (2/3)",
            "Bruno Retailleau (LR) se méfie de l’union nationale",
            "Un élu quitte le parti (PS)",
            "(VIDÉO)",
        ] {
            assert_eq!(without_trailing_label(kept), kept);
        }
    }

    #[test]
    fn a_label_in_capitals_before_a_headline_goes_unless_the_article_speaks_of_it() {
        let nowhere = |_: &str| false;
        for (headline, bare) in [
            (
                "VIDÉO. Le prix du carburant repasse sous les deux euros",
                "Le prix du carburant repasse sous les deux euros",
            ),
            (
                "INFO LE PARISIEN. Un chef d’entreprise mis en examen à Lyon",
                "Un chef d’entreprise mis en examen à Lyon",
            ),
            (
                "[VIDÉO] Le prix du carburant repasse sous les deux euros",
                "Le prix du carburant repasse sous les deux euros",
            ),
            // An agency's flash: the label before a dash.
            (
                "URGENT - Incendie à Lyon : trois morts",
                "Incendie à Lyon : trois morts",
            ),
            (
                "EXCLUSIF – Le patron de la SNCF quitte son poste",
                "Le patron de la SNCF quitte son poste",
            ),
        ] {
            assert_eq!(without_leading_label(headline, nowhere), bare);
        }
        assert_eq!(
            without_leading_label("SNCF - Grève reconduite mardi", |label| label == "SNCF"),
            "SNCF - Grève reconduite mardi"
        );
        // The story's subject, which the article names; an abbreviation; a short line.
        let pagny = "FLORENT PAGNY. Le chanteur annonce sa rémission";
        assert_eq!(
            without_leading_label(pagny, |label| label == "FLORENT PAGNY"),
            pagny
        );
        for kept in ["M. Macron promet une loi sur l’énergie", "VIDÉO. Le direct"] {
            assert_eq!(without_leading_label(kept, nowhere), kept);
        }
    }

    /// Le Point and L'Internaute open the chapô on a label in capitals and a full stop: the
    /// chapô goes on without it, unless its first sentence leans on it.
    #[test]
    fn a_label_in_capitals_opening_the_chapo_is_taken_off_unless_leaned_on() {
        let clean = |text: &str| clean_paragraph(text, Place::First);
        let reportage = "REPORTAGE. Le fonds d’investissement le plus secret de la planète a ouvert ses portes au « Point ».";
        assert!(clean(reportage).starts_with("Le fonds"));
        let pagny = "FLORENT PAGNY. Atteint d'un cancer au poumon, Florent Pagny est victime d'une rechute.";
        assert!(clean(pagny).starts_with("Atteint"));
        // "Cette unité" needs the label to say which.
        let brav = "BRAV-M. Cette unité de police fait l'objet de nombreuses critiques. Une pétition demande sa dissolution.";
        assert_eq!(clean(brav), brav);
        // An abbreviation is no label, nor is a label left alone on its line.
        let macron = "M. Macron a promis que les responsables de la violence paieraient.";
        assert_eq!(clean(macron), macron);
        let messieurs = "MM. Dupont et Durand ont quitté la salle sans un mot.";
        assert_eq!(clean(messieurs), messieurs);
        assert_eq!(clean("VIDÉO."), "VIDÉO.");
        // Later paragraphs keep what opens them.
        assert_eq!(clean_paragraph(reportage, Place::Later), reportage);
    }

    #[test]
    fn a_label_in_brackets_opening_the_chapo_is_taken_off() {
        // TF1 Info's description, as a scraper keeps it: a label, an arrow, the sentence.
        let clean = |text: &str| clean_paragraph(text, Place::First);
        let tf1 = "[VIDÉO] ▶️ L'Assemblée nationale étudie à partir de ce mercredi une proposition de loi transpartisane.";
        assert_eq!(
            clean(tf1),
            "L'Assemblée nationale étudie à partir de ce mercredi une proposition de loi transpartisane."
        );
        // A bracket in lowercase is the text's own ("[sic]"), a label alone stays.
        let sic = "[sic] Le ministre a écrit ces mots dans un message à ses proches.";
        assert_eq!(clean(sic), sic);
        assert_eq!(clean("[VIDÉO]"), "[VIDÉO]");
    }
    #[test]
    fn a_teams_credit_glued_into_a_paragraph_goes() {
        // francetvinfo as trafilatura extracts it: the video's credit between two sentences.
        let text = "Il sera proposé à la vente publique ce mardi 28 mars à l'hôtel des ventes Drouot à Paris. France 3 Centre-Val de Loire : B. Bruere / P. Wilpart / A. Dupont / C. Girardeau Depuis, près d’une décennie, la famille pensait à tort qu’il s’agissait d’une copie.";
        assert_eq!(
            strip_team_credit(text).as_deref(),
            Some("Il sera proposé à la vente publique ce mardi 28 mars à l'hôtel des ventes Drouot à Paris. Depuis, près d’une décennie, la famille pensait à tort qu’il s’agissait d’une copie.")
        );
        // Two names, a ratio or a list of places with slashes are no team's credit.
        for text in [
            "Le reportage de notre équipe : B. Bruere / P. Wilpart Depuis, la famille attend.",
            "Le taux passe à 3 / 4 des votants : une majorité nette.",
            "Trois villes : Lyon / Paris / Lille accueillent le festival.",
        ] {
            assert_eq!(strip_team_credit(text), None, "{text}");
        }
    }
    use proptest::prelude::*;

    /// Paragraph-like texts: furniture pieces and the words of read-also labels.
    fn paragraphs() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            crate::literals::furniture_like(),
            proptest::sample::select(
                &[
                    "À LIRE",
                    "Voir",
                    "lire",
                    "aussi",
                    "Également",
                    "encore",
                    ". ",
                    "»",
                    "\n",
                    " ",
                    "avoir",
                    "AUSSI",
                    "auſſi",
                    "ÉGALEMENT",
                    "\u{a0}",
                    "\t",
                ][..]
            )
            .prop_map(str::to_string),
        ];
        proptest::collection::vec(piece, 0..8).prop_map(|parts| parts.join(" "))
    }

    /// `strip_dash_rubric` as first written: each dash looked for through the whole paragraph.
    fn dash_rubric_by_split(text: &str) -> Option<&str> {
        [" – ", " - ", " — "].iter().find_map(|dash| {
            let (rubric, rest) = text.split_once(dash)?;
            let capitals = rubric.chars().any(char::is_alphabetic)
                && !rubric.chars().any(char::is_lowercase)
                && rubric.split_whitespace().count() <= KICKER_MAX_WORDS;
            let opening = rest.trim_start_matches(['"', '«', '“', ' ', '\u{a0}', '\u{202f}']);
            (capitals && opening.chars().next().is_some_and(char::is_uppercase)).then_some(rest)
        })
    }

    /// The seeds' paragraphs and lines (real French copy), each also under a rubric, and edge
    /// cases, are stripped as first written.
    #[test]
    fn dash_rubrics_are_those_first_found_on_real_text() {
        let mut texts: Vec<String> = [
            "",
            " – ",
            "A – B",
            "LE SCAN POLITIQUE – Le président",
            "VIDÉO - Le mouvement",
            "ÉTÉ 2024 — À Paris",
            "VIDÉO -Le",
            "DÉBAT - \"Il ne faut pas",
            "DÉBAT – «\u{a0}Il ne faut pas",
            "DÉBAT – « il",
            "12 – 3 - Le",
            "Il a dit – Non",
            "ÇA – Éa – Ba",
            "A B C D E F G H I J K – Le",
            "ΣΑ – Βe",
            "ǅ – Le",
            "À – à – É",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for paragraph in crate::test_texts::seed_paragraphs_and_lines() {
            for dash in [" – ", " - ", " — "] {
                texts.push(format!("ACTUALITÉ{dash}{paragraph}"));
                texts.push(format!("{paragraph}{dash}Fin"));
            }
            texts.push(paragraph);
        }
        assert!(texts.iter().any(|t| strip_dash_rubric(t).is_some()));
        for text in &texts {
            assert_eq!(
                strip_dash_rubric(text),
                dash_rubric_by_split(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        /// The dashes looked for up to the first lowercase letter strip what the whole
        /// paragraph's did.
        #[test]
        fn dash_rubrics_are_those_first_found(
            text in "([A-ZÉÀa-zé0-9ǅΣσ ]{0,6}| – | - | — |–|-){0,10}"
        ) {
            prop_assert_eq!(strip_dash_rubric(&text), dash_rubric_by_split(&text));
        }

        /// Whatever READ_ALSO matches, its cheap test lets through, and it finds what the
        /// `regex` crate finds.
        #[test]
        fn read_also_prefilter_and_pattern(text in paragraphs()) {
            let regex = crate::patterns::as_regex(&READ_ALSO);
            prop_assert!(!regex.is_match(&text) || may_read_also(&text), "{:?}", text);
            prop_assert!(crate::patterns::agrees_with_regex(&READ_ALSO, &regex, &text), "{:?}", text);
        }

        /// The marks of a post are found where the searches for them, and the `regex`
        /// crate's handle pattern, found them.
        #[test]
        fn embed_traces_are_those_the_searches_found(
            text in "([a-zA-Zé0-9_ ()@/.:]|t\\.co/|pic\\.twitter\\.com|\\(@|Ωμέγα|²|\u{301}|🙂){0,12}"
        ) {
            let handle = regex::Regex::new(r"\(@\w+\)").expect("valid pattern");
            let searched = text.contains("t.co/")
                || text.contains("pic.twitter.com")
                || (text.contains("(@") && handle.is_match(&text));
            prop_assert_eq!(is_embed_trace(&text), searched, "{:?}", text);
        }

        /// A paragraph the notice prefilter passes over loses nothing the pieces would cut.
        #[test]
        fn the_notice_prefilter_hides_no_notice(
            text in paragraphs(),
            notice in proptest::sample::select(&["", "© 2023 AFP", "COPYRIGHT 2006-2023 BFMTV.com.", "©AFP", "Copyright", "\u{212A}"][..]),
        ) {
            let text = format!("{text}. {notice}");
            prop_assert_eq!(strip_copyright_tail(&text), without_notice(&text));
        }
    }

    #[test]
    fn a_bracketed_publication_stamp_is_taken_off() {
        // linternaute: the stamp opened the chapô and the meta description.
        let chapo = "[Mis à jour le 29 mars 2023 à 08h59] Dans un contexte inflationniste durable, certaines prestations sociales verront leur montant augmenter.";
        assert!(clean_paragraph(chapo, Place::First).starts_with("Dans un contexte"));
        // A bracket that is part of the text stays.
        let aside = "(Re)découvrir Paris en 2023 à 08h59 : le 29 mars, une balade.";
        assert_eq!(clean_paragraph(aside, Place::First), aside);
    }

    #[test]
    fn a_copyright_notice_glued_to_the_last_paragraph_is_taken_off() {
        // BFMTV's page, as a scraper joined it.
        let glued = "Une commission mixte paritaire doit se réunir mercredi. © Copyright 2006-2023 BFMTV.com. Tous droits réservés.";
        assert_eq!(
            clean_paragraph(glued, Place::Later),
            "Une commission mixte paritaire doit se réunir mercredi."
        );
        let page = format!(
            "{glued} Sur le même sujet {}",
            "Autres dossiers ".repeat(20)
        );
        assert_eq!(
            clean_paragraph(&page, Place::Later),
            "Une commission mixte paritaire doit se réunir mercredi."
        );
        let cited = "Le livre, © Gallimard 1950, a été réédité. Il s’est vendu à dix mille exemplaires cette année-là, selon son éditeur.";
        assert_eq!(clean_paragraph(cited, Place::Later), cited);
    }

    #[test]
    fn a_byline_glued_under_a_paragraph_is_taken_off() {
        // franceinfo's chapô and byline as w3m wraps them together.
        let chapo = "Beaucoup de mairies continuent de verser des chèques ou d'offrir des objets commémoratifs aux citoyens âgés de 100 ans. Sauf qu'avec le vieillissement de la population, cela commence à peser lourd sur les finances publiques.";
        let glued = format!("{chapo} Article rédigé par [place] franceinfo");
        assert_eq!(clean_paragraph(&glued, Place::First), chapo);
        assert_eq!(
            clean_paragraph(&format!("{chapo} Écrit par Jeanne Dupont"), Place::Later),
            chapo
        );
        // A sentence that says who wrote something is the article's.
        for kept in [
            format!("{chapo} Le texte rédigé par le ministre a été publié."),
            format!("{chapo} Rédigé par trois anciens ministres, le rapport de la commission d’enquête parlementaire sera rendu public"),
            "Rédigé par Jeanne Dupont".to_string(),
        ] {
            assert_eq!(clean_paragraph(&kept, Place::Later), kept);
        }
    }

    #[test]
    fn a_sentence_whose_link_the_page_dropped_is_taken_out() {
        // BFMTV's lede as a scraper kept it: each link's text gone, a space before the stop.
        let lede = "Une méthode inhabituelle pour le président. Il ne faut pas perdre le fil de la réforme. Cette réforme est une  . Nous avons une majorité solide. Actuellement  . Une commission mixte paritaire doit se réunir mercredi.";
        assert_eq!(
            clean_paragraph(lede, Place::Later),
            "Une méthode inhabituelle pour le président. Il ne faut pas perdre le fil de la réforme. Nous avons une majorité solide. Une commission mixte paritaire doit se réunir mercredi."
        );
        // A stray space before a stop that ends a whole sentence changes nothing.
        for kept in [
            "Le texte a été adopté mardi par le Sénat . Il revient à l’Assemblée.",
            "Il a 3 . 5 % des voix.",
            "Actuellement .",
            "Ils proposent désormais leur résidence principale en location sur . Le nombre a augmenté.",
            "Il a augmenté les risques en cachant l’étendue de ses dons.«Si j’avais su, s’est insurgée une mère, dans le dossier rapporté par . Si je pense à mon enfant.»",
            "Le texte est voté.Cette loi est une . Il a signé.",
        ] {
            assert_eq!(clean_paragraph(kept, Place::Later), kept);
        }
    }

    #[test]
    fn a_rubric_glued_to_the_chapo_is_taken_off() {
        assert_eq!(
            clean_paragraph(
                "AgricultureL'Office fédéral de l'agriculture a décidé de retirer l'autorisation.",
                Place::First
            ),
            "L'Office fédéral de l'agriculture a décidé de retirer l'autorisation."
        );
        assert_eq!(
            clean_paragraph(
                "BETCLIC Elite Le président de l’Asvel estime que son club aurait pu mieux faire",
                Place::First
            ),
            "Le président de l’Asvel estime que son club aurait pu mieux faire"
        );
        assert_eq!(
            clean_paragraph("LE SCAN POLITIQUE – Le président a indiqué que les travailleurs toucheront 100 euros.", Place::First),
            "Le président a indiqué que les travailleurs toucheront 100 euros."
        );
        // Orange: the lede opens on a quotation after its rubric.
        assert_eq!(
            clean_paragraph("DÉBAT - \"Il ne faut pas qu'il n'y ait que la maman qui s'occupe des enfants\", a déclaré jeudi soir le candidat écologiste.", Place::First),
            "\"Il ne faut pas qu'il n'y ait que la maman qui s'occupe des enfants\", a déclaré jeudi soir le candidat écologiste."
        );
        let plain = "Le président de l’Asvel estime que son club aurait pu mieux faire.";
        assert_eq!(clean_paragraph(plain, Place::First), plain);
        // A figure's quotation after a dash is no rubric's.
        let quoted = "Paris - « Ce n’est pas possible », a dit le maire.";
        assert_eq!(clean_paragraph(quoted, Place::First), quoted);
        let names = "Emmanuel Macron a reçu Olaf Scholz à l’Élysée jeudi soir.";
        assert_eq!(clean_paragraph(names, Place::First), names);
    }

    #[test]
    fn a_rubric_before_a_dash_is_taken_off_the_paragraph_under_the_chapo_too() {
        // huffingtonpost.fr: the chapô, then the lede opening with the site's rubric.
        let lede = "POLITIQUE - Avec ou sans retenues ? Emmanuel Macron était très attendu, ce jeudi 30 mars dans les Hautes-Alpes.";
        assert!(clean_paragraph(lede, Place::Second).starts_with("Avec ou sans retenues ?"));
        assert_eq!(clean_paragraph(lede, Place::Later), lede);
        // Only the dash form: a capitalised word glued to the next is a name there.
        let brand = "MacBook Pro et iPad ont été présentés mardi par la marque à Cupertino.";
        assert_eq!(clean_paragraph(brand, Place::Second), brand);
    }

    #[test]
    fn a_post_glued_into_a_paragraph_is_taken_out() {
        let text = "Un automobiliste est mort à Arles. ALERTE INFO - un accident fait un mort#GiletsJaunes? https://t.co/7y1kvxUfhw pic.twitter.com/jYqyARTFEe— BFMTV (@BFMTV) 2 décembre 2018  «L'embouteillage a duré plusieurs heures», a indiqué le procureur.";
        // The post again, and the prosecutor's words glued after its link.
        let again = "Un mort. ALERTE INFO - un accident fait un mort#GiletsJaunes? https://t.co/7y1kvxUfhw pic.twitter.com/jYqyARTFEe «L'embouteillage a duré plusieurs heures», a indiqué le procureur.";
        assert_eq!(
            clean_paragraph(again, Place::Later),
            "Un mort. «L'embouteillage a duré plusieurs heures», a indiqué le procureur."
        );
        let arobase = "On apprendra aussi que l’arobase (@) signale les atomes piégés.";
        // A hashtag the journalist quotes, with no post's link after it, stays.
        let quoted = "Le mot-dièse #MeToo a fait le tour du monde. Elle en parle.";
        assert_eq!(clean_paragraph(quoted, Place::Later), quoted);
        assert_eq!(clean_paragraph(arobase, Place::Later), arobase);
        assert_eq!(
            clean_paragraph(text, Place::Later),
            "Un automobiliste est mort à Arles. «L'embouteillage a duré plusieurs heures», a indiqué le procureur."
        );
    }

    #[test]
    fn read_also_links_inside_a_paragraph_are_taken_out() {
        assert_eq!(
            clean_paragraph("Pas de blocage, du filtrage. Lire également: Des «gilets jaunes» résolus à continuer Il est barman à Thonon.", Place::Later),
            "Pas de blocage, du filtrage. Il est barman à Thonon."
        );
        assert_eq!(
            clean_paragraph("Le texte a été voté. À LIRE AUSSI Retraites : le Sénat adopte la réforme. La gauche dénonce un passage en force.", Place::Later),
            "Le texte a été voté. La gauche dénonce un passage en force."
        );
        let prose = "Il faut lire aussi les rapports de la Cour des comptes, dit-il.";
        assert_eq!(clean_paragraph(prose, Place::Later), prose);
    }

    #[test]
    fn a_label_left_at_the_articles_end_goes() {
        // BBC Afrique, as MasakhaNEWS keeps it: the video the label announced is gone.
        let end = "Il a reconnu que c'était une goutte d'eau dans l'océan par rapport à l'ampleur du problème. Regarder :";
        let kept = before_label_at_the_end(end).map(|len| &end[..len]);
        assert_eq!(
            kept,
            Some("Il a reconnu que c'était une goutte d'eau dans l'océan par rapport à l'ampleur du problème.")
        );
        // A sentence announcing what follows is the article's; a label alone is judged as a
        // block.
        assert_eq!(
            before_label_at_the_end("Le ministre a détaillé les trois mesures retenues :"),
            None
        );
        assert_eq!(before_label_at_the_end("Regarder :"), None);
        // After an ellipsis, three bytes long (the proptest's "**1. …ເ:" panicked).
        let ellipsis = "Il a reconnu que le problème est immense… Regarder :";
        let kept = before_label_at_the_end(ellipsis).map(|len| &ellipsis[..len]);
        assert_eq!(kept, Some("Il a reconnu que le problème est immense…"));
        assert_eq!(before_label_at_the_end("**1. …ເ:"), None);
    }

    #[test]
    fn credits_glued_after_the_articles_last_sentence_go() {
        // LeFaso.net as a scraper keeps it: the authors, the photo's credit and the site glued
        // after the last sentence.
        let end = "Les vingt-six pays prennent part à cette 2e édition. L’entrée est libre et gratuite. Hanifa KoussoubéDominique Ouédraogo (stagiaire)Crédit photo : Bonaventure ParéLefaso.net";
        let kept = before_credits_at_the_end(end).map(|len| &end[..len]);
        assert_eq!(
            kept,
            Some("Les vingt-six pays prennent part à cette 2e édition. L’entrée est libre et gratuite.")
        );
        // Without a credit's label, or with a sentence of its own after it, the text stays.
        for kept in [
            "L’entrée est libre et gratuite. Hanifa Koussoubé",
            "Il a montré la photo : un enfant sur la plage. Elle a fait le tour du monde.",
            "Crédit photo : Bonaventure Paré",
        ] {
            assert_eq!(before_credits_at_the_end(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_read_also_headline_ends_before_the_next_sentence() {
        // BBC Afrique, as MasakhaNEWS keeps it: the headline ends on a name, the article goes
        // on with an article in capitals.
        assert_eq!(
            clean_paragraph("Le motif reste inconnu. Lire aussi : Alerte au faux vaccin au Niger La décision de fermer le projet local de MSF à Maïné Soroa intervient après un mois de suspension.", Place::Later),
            "Le motif reste inconnu. La décision de fermer le projet local de MSF à Maïné Soroa intervient après un mois de suspension."
        );
        assert_eq!(
            clean_paragraph("Le bureau a été attaqué. Lire aussi : Niger : 20 000 migrants secourus dans le désert en 3 ans Le 26 avril dernier le bureau du MSF avait été attaqué.", Place::Later),
            "Le bureau a été attaqué. Le 26 avril dernier le bureau du MSF avait été attaqué."
        );
        // LeFaso.net, as a scraper glues it: the headline's own colon is followed by a
        // capital, which opens no sentence of the article.
        assert_eq!(
            clean_paragraph("Ils aborderont la solidarité et la justice durant cette série de concerts. Lire aussi :Rencontres musicales africaines (REMA) : La 6e édition se tiendra du 19 au 21 octobre 2023 SBLefaso.net", Place::Later),
            "Ils aborderont la solidarité et la justice durant cette série de concerts."
        );
        // A name that holds an article keeps it.
        assert_eq!(
            clean_paragraph("Le texte a été voté. Lire aussi : Grève à La Poste en Bretagne. La gauche dénonce un passage en force.", Place::Later),
            "Le texte a été voté. La gauche dénonce un passage en force."
        );
    }

    #[test]
    fn an_empty_read_also_label_leaves_the_next_sentence() {
        // BBC Afrique: the label kept, its link lost; what follows is the article's.
        for (text, kept) in [
            (
                "Il a connu une rupture avec sa famille. Lire aussi : \"Je vis dans une maison partagée. C'est une cuisine partagée\", explique Harvey.",
                "Il a connu une rupture avec sa famille. \"Je vis dans une maison partagée. C'est une cuisine partagée\", explique Harvey.",
            ),
            (
                "Harvey doit faire une demande en ligne. Lire aussi : Il n'a pas l'accès régulier dont il a besoin.",
                "Harvey doit faire une demande en ligne. Il n'a pas l'accès régulier dont il a besoin.",
            ),
            (
                "C'est difficile. Lire aussi : Postuler pour un emploi est déjà assez décourageant, surtout si vous êtes jeune et que vous manquez d'expérience.",
                "C'est difficile. Postuler pour un emploi est déjà assez décourageant, surtout si vous êtes jeune et que vous manquez d'expérience.",
            ),
        ] {
            assert_eq!(clean_paragraph(text, Place::Later), kept);
        }
    }

    #[test]
    fn the_label_words_out_of_order_ask_for_no_pattern() {
        // Le Figaro's sirens: "pouvoir" and "encore" in two sentences.
        for prose in [
            "Les sirènes ne pourront pas sonner ce mercredi. Il faudra encore attendre pour voir.",
            "Il faut avoir aussi du courage.",
            "On peut voir, aussi, les limites du dispositif.",
        ] {
            assert!(!may_read_also(prose), "{prose}");
        }
        for label in ["À lire aussi :", "VOIR\u{a0}ÉGALEMENT", "Lire\n encore"] {
            assert!(may_read_also(label), "{label}");
        }
    }
}
