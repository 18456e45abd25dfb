//! The shape of a block: what can be read off it alone, before its place in the page is
//! considered. Length, how it ends, capitals, dates and numbers, web traces, a photo credit at
//! its tail, a teaser cut short.

use crate::eight_bytes::{count_high, within, HIGH};
use crate::literals::may_open_with;
use crate::patterns::Pattern;
use crate::segmenting::{count_words, is_letter};

/// A photo legend has at most this many words.
const LEGEND_MAX_WORDS: usize = 60;

/// What one block looks like.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Shape {
    pub words: usize,
    /// Ends with `.`, `!`, `?` or `…`, possibly inside closing quotes or brackets.
    pub ends_sentence: bool,
    /// Ends with a plain full stop (headlines and intertitles do not).
    pub ends_full_stop: bool,
    /// A teaser cut short by the page: `…` glued to its last word, or a "Plus..." link.
    pub truncated: bool,
    /// More than one sentence.
    pub several_sentences: bool,
    /// Letters mostly in capitals.
    pub capitals: bool,
    /// Every word capitalised, no lowercase word: a name ("Jérémy Laugier").
    pub name_only: bool,
    /// Nothing but a date, a time or a number.
    pub date_or_number: bool,
    /// A web address, a handle or a hashtag: an embedded post, a tag list.
    pub web_trace: bool,
    /// Ends with a photo credit ("… SEBASTIEN NOGIER/POOL/AFP", "Image: Keystone").
    pub credit_tail: bool,
    /// Says where people stand in a picture: "Stephen Schwarzman (à dr.), 76 ans…".
    pub describes_picture: bool,
    /// A credit line on its own ("LP/Florian Garcia", "BERTRAND GUAY / AFP").
    pub credit_line: bool,
    /// As many digits as letters: a timestamp ("15/03/2023 07:31 Actualisé le 15/03/2023").
    pub numeric: bool,
    /// Ends with a "more" link ("… Plus...", "Lire la suite"): a teaser of another page.
    pub more_link: bool,
    /// Opens on a list bullet ("* Actualité", "- Sport"): an item of a list, which a menu is.
    pub bulleted: bool,
    /// A turn of dialogue as French sets one ([`dialogue_turn`]).
    pub dialogue_turn: bool,
}

/// "— Et l'an prochain ?": a turn of dialogue ([`crate::segmenting::opens_dialogue_turn`])
/// that ends as a sentence does. No heading opens on a dash: a short question so set is a
/// speaker's, not the section's. An item of a box set with dashes ("– Services : +3,0 %") ends
/// on no sentence's mark.
pub fn dialogue_turn(text: &str) -> bool {
    crate::segmenting::opens_dialogue_turn(text) && ends_like_sentence(text)
}

/// Sentence ends, possibly inside closing quotes or brackets, or before a wire's signature.
pub fn ends_like_sentence(text: &str) -> bool {
    let core = text
        .trim_end_matches(|c: char| matches!(c, '»' | '"' | '”' | ')' | ']') || c.is_whitespace());
    core.ends_with(['.', '!', '?', '…']) || signed_after_its_stop(text)
}

/// Most characters of a wire's signature in brackets ("(afp)", "(ats/nxp)", "(AFP/Reuters)").
const SIGNATURE_MAX_CHARS: usize = 24;

/// "…, a affirmé le directeur de Ryanair.(afp)": a sentence's stop, then the agency's or the
/// journalist's signature in brackets, a word or two of no sentence.
fn signed_after_its_stop(text: &str) -> bool {
    let Some((before, signature)) = last_bracket(text.trim_end()) else {
        return false;
    };
    (1..=SIGNATURE_MAX_CHARS).contains(&signature.chars().count())
        && signature.split_whitespace().count() <= 2
        && signature.chars().any(char::is_alphabetic)
        && !signature.contains(['.', ',', ';', ':'])
        && before
            .trim_end_matches(['»', '"', '”'])
            .ends_with(['.', '!', '?', '…'])
}

pub(super) static DATE_OR_NUMBER: Pattern = Pattern::caseless(
    r"^\W*(le |publi[ée] (le )?)?(\d{1,4}([./-]\d{1,2}([./-]\d{2,4})?)?\.?|\d{1,2}\s*[h:]\s*\d{2}|\d{1,2}(er)? (janv|f[ée]vr|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov|d[ée]c)[a-zéû]*\.?( \d{4})?( à \d{1,2}\s*[h:]\s*\d{0,2})?|(hier|aujourd['’]hui)( à \d{1,2}\s*[h:]\s*\d{0,2})?)(\s*[,|]?\s*(à )?\d{1,2}\s*[h:]\s*\d{2})?\W*$",
);
/// What DATE_OR_NUMBER opens on after its `^\W*`: a line opening otherwise is not tried on it
/// (compiling it costs more than a short article).
const DATE_OPENINGS: &[&str] = &[
    "le ", "publi", "hier", "aujourd", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
];
/// A date, a time or a number alone is at most this many words.
const DATE_MAX_WORDS: usize = 12;
/// A photo credit at the end of a line is at most this many words.
const CREDIT_MAX_WORDS: usize = 12;

impl Shape {
    pub fn of(text: &str) -> Shape {
        let words = count_words(text);
        let ends_sentence = ends_like_sentence(text);
        let core = text.trim_end_matches(|c: char| {
            matches!(c, '»' | '"' | '”' | ')' | ']') || c.is_whitespace()
        });
        // A legend is short; a long paragraph signed "(afp/nxp)" is still the article.
        let credit_tail = words <= LEGEND_MAX_WORDS && credit_tail(text);
        let letters = Letters::of(text);
        Shape {
            words,
            ends_sentence,
            ends_full_stop: core.ends_with('.') && !core.ends_with("..."),
            truncated: truncated(text),
            more_link: more_link(text),
            numeric: letters.numeric(),
            several_sentences: several_sentences(text),
            capitals: letters.mostly_capitals(),
            name_only: name_only(text, words),
            date_or_number: words <= DATE_MAX_WORDS && date_or_number(text),
            web_trace: web_trace(text),
            credit_line: credit_tail && words <= 8 && !ends_sentence
                || source_slash_author(text.trim()),
            credit_tail,
            describes_picture: words <= LEGEND_MAX_WORDS && describes_picture(text)
                || words <= LEGEND_COPIES * LEGEND_MAX_WORDS && one_sentence_repeated(text),
            bulleted: crate::reading::page::after_bullet(text).is_some(),
            dialogue_turn: dialogue_turn(text),
        }
    }

    /// Prose: a sentence the article could hold. It ends like one and has a few words, or is
    /// long enough that only a lost full stop keeps it from ending like one.
    pub fn is_prose(&self) -> bool {
        // A single sentence cut with "…" is a teaser, not prose.
        let sentence_end = self.ends_sentence && (self.several_sentences || !self.truncated);
        !self.more_link && ((sentence_end && self.words >= 4) || self.words >= 30)
    }
}

/// "…la soirée…" or "Plus..." at the end: a teaser the page cut to fit a box.
fn truncated(text: &str) -> bool {
    let t = text.trim_end();
    if more_link(t) {
        return true;
    }
    let Some(stem) = t.strip_suffix('…').or_else(|| t.strip_suffix("...")) else {
        return false;
    };
    stem.chars().last().is_some_and(char::is_alphanumeric)
}

/// The letters, capitals and ASCII digits of a line, counted in one pass: two tests of its
/// shape weigh them, and every line of every source is shaped.
struct Letters {
    letters: usize,
    capitals: usize,
    digits: usize,
}

/// One lane of [`ASCII_COUNTS`]: 21 bits.
const LANE: u64 = (1 << 21) - 1;
/// Bytes read before the lanes are read out: fewer than a lane can count.
const LANE_ROOM: usize = 1 << 20;

/// For each ASCII byte, what it adds to the digits (the lowest lane of 21 bits), the letters
/// (the next) and the capitals (the highest).
const ASCII_COUNTS: [u64; 128] = {
    let mut table = [0; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = (b.is_ascii_digit() as u64)
            | (b.is_ascii_alphabetic() as u64) << 21
            | (b.is_ascii_uppercase() as u64) << 42;
        byte += 1;
    }
    table
};

/// The digits, letters and capitals of eight ASCII bytes (no high bit set), by the bits of the
/// eight at once: each byte is within a range when adding to it carries into its high bit
/// from the range's first byte on but not from the byte after its last (a byte below 0x80
/// plus less than 0x80 never carries into the next byte). Each byte was a load of
/// [`ASCII_COUNTS`] and an addition, some nine instructions a byte.
fn ascii_counts(chunk: u64) -> (usize, usize, usize) {
    let capitals = within(chunk, b'A', b'Z');
    let lowercase = within(chunk, b'a', b'z');
    (
        count_high(within(chunk, b'0', b'9')),
        count_high(capitals | lowercase),
        count_high(capitals),
    )
}

impl Letters {
    fn of(text: &str) -> Letters {
        let mut counts = Letters {
            letters: 0,
            capitals: 0,
            digits: 0,
        };
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // ASCII, most of a line, counted by its bytes, the three counts added at once in
            // lanes of a `u64` ([`ASCII_COUNTS`]), read out before a lane can fill; the
            // letters of Latin-1 (C3 and a byte) read without decoding them; only the other
            // characters decoded.
            let limit = bytes.len().min(at + LANE_ROOM);
            let mut packed = 0u64;
            while at < limit {
                // Eight ASCII bytes at once where the line has them ([`ascii_counts`]).
                if let Some(&chunk) = bytes
                    .get(at..limit)
                    .and_then(|rest| rest.first_chunk::<8>())
                {
                    let chunk = u64::from_le_bytes(chunk);
                    if chunk & HIGH == 0 {
                        let (digits, letters, capitals) = ascii_counts(chunk);
                        counts.digits += digits;
                        counts.letters += letters;
                        counts.capitals += capitals;
                        at += 8;
                        continue;
                    }
                }
                let byte = bytes[at];
                if byte.is_ascii() {
                    packed += ASCII_COUNTS[usize::from(byte)];
                    at += 1;
                    continue;
                }
                if byte == 0xC3 {
                    let next = bytes[at + 1];
                    if next != 0x97 && next != 0xB7 {
                        // À–Þ (C3 80–9E) are capitals, ß–ÿ (C3 9F–BF) are not.
                        counts.letters += 1;
                        counts.capitals += usize::from(next <= 0x9E);
                        at += 2;
                        continue;
                    }
                }
                let c = text[at..].chars().next().expect("a character starts here");
                if is_letter(c) {
                    counts.letters += 1;
                    counts.capitals += usize::from(c.is_uppercase());
                }
                at += c.len_utf8();
            }
            counts.digits += (packed & LANE) as usize;
            counts.letters += (packed >> 21 & LANE) as usize;
            counts.capitals += (packed >> 42 & LANE) as usize;
        }
        counts
    }

    /// As many digits as letters: a timestamp.
    fn numeric(&self) -> bool {
        self.digits >= 4 && self.digits >= self.letters
    }

    /// Four letters in five are capitals.
    fn mostly_capitals(&self) -> bool {
        self.letters >= 3 && self.capitals * 10 >= self.letters * 8
    }
}

fn more_link(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with("Plus...") || t.ends_with("Plus…") || t.ends_with("Lire la suite")
}

/// "1. Qui peut en bénéficier ?" is one sentence: an item's number and its stop open it, as
/// a listicle numbers its sections, and end no sentence.
fn several_sentences(text: &str) -> bool {
    let t = without_item_number(text.trim_end());
    let body = t.trim_end_matches(|c: char| !c.is_alphanumeric());
    stop_then_space(body)
}

/// The text after the item's number it opens on ([`item_number`]), or the whole text.
fn without_item_number(text: &str) -> &str {
    item_number(text).map_or(text, |(_, rest)| rest)
}

/// The number a list's item opens on, followed by a stop or a bracket and a space ("1. Paris
/// SG", "2) Lens"), and the text after them. One to three digits: "2026. Une année" opens on
/// a year.
pub(super) fn item_number(text: &str) -> Option<(usize, &str)> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = text[digits..].strip_prefix(['.', ')'])?;
    let after = rest.trim_start();
    let within = (1..=3).contains(&digits) && after.len() < rest.len();
    within
        .then(|| Some((text[..digits].parse().ok()?, after)))
        .flatten()
}

/// The text holds ". ", "? " or "! ": each stop found by `memchr3`, the byte after it read,
/// in one pass where three searches read every line three times.
fn stop_then_space(text: &str) -> bool {
    stops_then_space(text).next().is_some()
}

/// How many times a sentence ends inside `text` (". ", "? ", "! "; "M. Dupont" counts too).
pub(super) fn sentence_breaks(text: &str) -> usize {
    stops_then_space(text.trim_end()).count()
}

/// Where `text` holds a stop followed by a space.
fn stops_then_space(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'.', b'?', b'!', bytes).filter(|&at| bytes.get(at + 1) == Some(&b' '))
}

/// Two to four words, each capitalised: a person's name, a signature. Not a title that ends
/// on an ordinal in Roman figures ("Mafia II", Clubic's benchmark of a game, was an author),
/// which no one who signs an article bears.
fn name_only(text: &str, words: usize) -> bool {
    (2..=4).contains(&words)
        && !ends_like_sentence(text)
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || w == "-")
        && !text
            .split_whitespace()
            .next_back()
            .is_some_and(roman_ordinal)
        && !capitals_with_a_common_word(text)
        && !opens_on_plural_article(text, words)
}

/// The line opens on "les" and two words or more follow: "LES CHIFFRES CLÉS", a box's label
/// set in capitals, was a signature. No one is named "Les …"; a title of two words
/// ("Les Échos", "Les Républicains") may be an outlet or a party credited as a name is.
fn opens_on_plural_article(text: &str, words: usize) -> bool {
    words >= 3
        && text
            .split_whitespace()
            .next()
            .is_some_and(|first| first.eq_ignore_ascii_case("les"))
}

/// Particles a name holds in capitals as in any case ("MARINE LE PEN", "CHARLES DE GAULLE",
/// "JEAN DES CARS", "DUPONT ET MARTIN"), which the stop list also holds.
pub(super) const NAME_PARTICLES: [&str; 9] = ["d", "de", "des", "du", "et", "l", "la", "le", "les"];

/// A line in capitals holding a stop word that no name holds: "DES PERTES TRÈS LOURDES" is an
/// intertitle set in capitals, which every word capitalised made a signature.
fn capitals_with_a_common_word(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
        && text.split_whitespace().any(|word| {
            let word = word.to_lowercase();
            crate::lexicon::is_stop_word(&word) && !NAME_PARTICLES.contains(&word.as_str())
        })
}

/// The word is a Roman number from II to XXXIX ("II", "IV", "XIV"), as a sequel, a reign or a
/// volume is numbered; not an acronym of other letters ("DC", "CLI").
fn roman_ordinal(word: &str) -> bool {
    let units = word.trim_start_matches('X');
    let tens = word.len() - units.len();
    let units_valid = matches!(
        units,
        "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
    );
    word.len() >= 2 && tens <= 3 && units_valid
}

/// A date, a time or a number alone. Only lines with a digit (or "hier", "aujourd'hui") are
/// tried on the pattern: most lines of an article have neither.
///
/// A one-file run reads the line by hand ([`super::date_line`]) rather than compile the
/// pattern; a run of many texts compiles it once, and its lazy DFA reads a line for fewer
/// instructions than the walk (1 % of the batch).
fn date_or_number(text: &str) -> bool {
    let candidate = text.bytes().any(|b| b.is_ascii_digit())
        || text.contains("hier")
        || text.contains("aujourd");
    let matches = || match crate::patterns::many_texts() {
        true => DATE_OR_NUMBER.is_match(text),
        false => super::date_line::read(text).unwrap_or_else(|| DATE_OR_NUMBER.is_match(text)),
    };
    candidate && may_open_with(text, DATE_OPENINGS) && matches()
}

/// A web address, a handle or a hashtag: what embedded posts and tag lists leave.
fn web_trace(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let last = text.split_whitespace().next_back().unwrap_or("");
    web_address(text) || first.starts_with(['@', '#']) || (last.starts_with('#') && last.len() > 1)
}

/// The text holds "http://", "https://", "www.", "pic.twitter.com" or "(@". Every line is
/// asked: each form is searched for only in a line holding a byte it needs (':', 'w', which
/// French seldom writes, and '@'), found by `memchr`.
fn web_address(text: &str) -> bool {
    let holds = |byte: u8| memchr::memchr(byte, text.as_bytes()).is_some();
    (holds(b':') && (text.contains("http://") || text.contains("https://")))
        || (holds(b'w') && (text.contains("www.") || text.contains("pic.twitter.com")))
        || (holds(b'@') && text.contains("(@"))
}

/// Ends with a photo credit: the trailing run of capitalised words holds a slash or a
/// copyright sign ("… en GÉRARD CERCLES/POOL/AFP", "BERTRAND GUAY / AFP", "LP/Florian
/// Garcia"), or opens with "Image:", "Photo:", "Crédit:" ("… Image: Keystone"). Read word by
/// word from the end, not with a pattern anchored at the end, which the regex engine runs
/// backwards through Unicode classes at a high cost.
fn credit_tail(text: &str) -> bool {
    let text = text.trim_end();
    // "- Tapie en 2008. REUTERS/Benoit Tessier -" (Slate): a legend framed with dashes ends
    // on its credit inside the frame.
    let text = super::unframed(text);
    if parenthesised_credit(text)
        || dashed_credit(text)
        || glued_credit(text)
        || credit_glued_to_stop(text)
        || bracketed_alt_text(text)
        || licensed_credit(text)
        || labelled_credit(text)
        || copyright_tail(text)
    {
        return true;
    }
    if text.ends_with('.') {
        return false;
    }
    // Inline: the run stops one word past `CREDIT_MAX_WORDS`, and every block is asked.
    let mut run: smallvec::SmallVec<[&str; CREDIT_MAX_WORDS + 1]> = smallvec::SmallVec::new();
    for word in text.split_whitespace().rev() {
        let bare = word.trim_start_matches(['(', '—', '–', '-']);
        let capitalised = bare
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '©');
        if !(capitalised || bare == "/" || bare.starts_with('/')) || run.len() > CREDIT_MAX_WORDS {
            break;
        }
        run.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    let slash = run.iter().any(|w| w.contains('/') || w.contains('©'));
    let label = run.last().is_some_and(|w| {
        crate::segmenting::with_lowercase(w, |lower| {
            ["image:", "photo:", "crédit:", "crédits:", "illustration:"].contains(&lower)
        })
    });
    (slash && !run.is_empty()) || label
}

/// Most words after a copyright sign that ends a legend.
const COPYRIGHT_CREDIT_MAX_WORDS: usize = 4;

/// "La brochure "Migreren naar Vlaanderen". © Caputre d'écran.", "Geert Bourgeois. © belga."
/// (7sur7): the copyright sign and a few words, whatever their case, after a sentence or
/// alone, close to the end with a stop at most: a picture's credit. A sentence names a
/// copyright in words; a site's notice gives its year ("© La Dernière Heure 2012", under
/// DH's article, over its lists).
fn copyright_tail(text: &str) -> bool {
    let Some(sign) = text.rfind('©') else {
        return false;
    };
    let credit = text[sign + '©'.len_utf8()..].trim().trim_end_matches('.');
    let before = text[..sign].trim_end();
    let words = credit.split_whitespace().count();
    (1..=COPYRIGHT_CREDIT_MAX_WORDS).contains(&words)
        && !credit.contains(['.', '!', '?'])
        && !credit.contains(|c: char| c.is_ascii_digit())
        && (before.is_empty() || before.ends_with(['.', '!', '?', '»', '"', ')']))
}

/// "20min/lecteur-reporter", "keystone/sda": a line that is only a source and its author
/// joined by a slash, however written, each of three characters or more with a letter
/// ("km/h", "et/ou" and a date are not), one of them named in full, and no web address. A
/// paragraph signed so ("… (ats/nxp)") is the article's.
fn source_slash_author(word: &str) -> bool {
    if word.contains(char::is_whitespace) || word.starts_with('(') {
        return false;
    }
    let Some((source, author)) = word.split_once('/') else {
        return false;
    };
    let named = |part: &str| part.chars().count() >= 3 && part.chars().any(char::is_alphabetic);
    let long = |part: &str| part.chars().count() >= CREDIT_NAME_MIN_CHARS;
    !word.contains("://")
        && !author.contains('/')
        && named(source)
        && named(author)
        && (long(source) || long(author))
}

/// A slashed credit names its source or its author in full, this long at least: a wire's
/// signature of initials ("ats/nxp", "bur-ab/cf/ia") closes the article and credits no
/// picture.
const CREDIT_NAME_MIN_CHARS: usize = 6;

/// The text that ends on a bracket, split around it: what stands before its "(" (trimmed)
/// and what it holds ("… le 5 avril. (LUDOVIC MARIN / AFP)" → "… le 5 avril.", "LUDOVIC MARIN
/// / AFP"); `None` when the text ends on no bracket.
pub(super) fn last_bracket(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    Some((inner[..open].trim_end(), &inner[open + 1..]))
}

/// A sentence followed by a credit in capitals between brackets: "… au Sénat, à Paris.
/// (SENAT)", "… le 5 avril. (LUDOVIC MARIN / AFP)". A body paragraph ends on its sentence;
/// a caption names the picture's source after it.
fn parenthesised_credit(text: &str) -> bool {
    let Some((sentence, credit)) = last_bracket(text) else {
        return false;
    };
    let letters = credit.chars().filter(|c| c.is_alphabetic()).count();
    sentence.ends_with('.')
        && letters >= 2
        && !credit.chars().any(char::is_lowercase)
        && credit.split_whitespace().count() <= CREDIT_MAX_WORDS
}

/// Words that label a picture's credit without a colon ("… près de Bagdad. Photo AFP").
const CREDIT_LABELS: &[&str] = &["Photo", "Photos", "Crédit", "Crédits", "Illustration"];

/// A legend's sentence, then its credit labelled in a word and named in a few capitalised
/// ones: "Des soldats de l’armée irakienne, à Jurf al-Sakhr, près de Bagdad. Photo AFP" (Le
/// Dauphiné), which read as an intertitle over the lede.
fn labelled_credit(text: &str) -> bool {
    // Every block's shape asks this: only its last words are read, from the end.
    let mut last_first = text.split_whitespace().rev();
    for (names, word) in last_first.by_ref().take(CREDIT_MAX_WORDS + 1).enumerate() {
        if CREDIT_LABELS.contains(&word) {
            let after_a_sentence = last_first
                .next()
                .is_some_and(|before| before.ends_with(['.', '!', '?']));
            return names > 0 && after_a_sentence;
        }
        if !(word.starts_with(char::is_uppercase) || matches!(word, "/" | "-")) {
            return false;
        }
    }
    false
}

/// A picture's author and its Creative Commons licence in a bracket: "Terrorisme islamiste :
/// quelles causes by Voyou Desoeuvre(CC BY-SA 2.0)" (Contrepoints' photo), "(CC0)". Prose
/// does not license itself.
fn licensed_credit(text: &str) -> bool {
    last_bracket(text).is_some_and(|(_, licence)| {
        let licence = licence.trim();
        ["CC BY", "CC-BY", "CC0"]
            .iter()
            .any(|mark| licence.starts_with(mark))
    })
}

/// A caption's words, which an article's prose has no picture to point at: a bracket that
/// places someone in it ("(à dr.)", "(au centre)", "(de g. à dr.)") or calls it an
/// illustration, or "ici" dating or placing what it shows ("…, ici le 10 mars 2023.", "On la
/// voit ici en 2007").
fn describes_picture(text: &str) -> bool {
    // Every block's shape asks this: most hold neither a bracket nor "ici", and need no
    // lowercase copy.
    if !holds_bracket_or_ici(text) {
        return false;
    }
    let lower = crate::segmenting::to_lowercase(text);
    let illustration = ["(illustration)", "d’illustration)", "d'illustration)"]
        .iter()
        .any(|w| lower.contains(w));
    let shown_here = [
        ", ici le ",
        ", ici en ",
        ", ici à ",
        " voit ici ",
        " vue ici ",
        " vus ici ",
    ]
    .iter()
    .any(|w| lower.contains(w));
    illustration || shown_here || places_people(text)
}

/// `text` holds ")", "ici", "Ici" or "ICI": the bytes that open them found by one `memchr3`
/// pass, where four searches set up a searcher each and read every block four times.
fn holds_bracket_or_ici(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b')', b'i', b'I', bytes).any(|at| {
        let rest = &bytes[at..];
        match rest[0] {
            b')' => true,
            b'i' => rest.starts_with(b"ici"),
            _ => rest.starts_with(b"Ici") || rest.starts_with(b"ICI"),
        }
    })
}

/// The most copies of a legend a text browser prints: its alternative text, its title and
/// its caption.
const LEGEND_COPIES: usize = 3;

/// Copies of one sentence end to end: "Emmanuel Macron, le 30 mars 2023. Emmanuel Macron, le
/// 30 mars 2023.", a picture's alternative text and title as a text browser prints them one
/// after the other (w3m, lynx), the alternative text sometimes without its accents
/// ("Binome. Stephen Schwarzman (a dr.)…" then "Binôme. Stephen Schwarzman (à dr.)…"). No
/// article says a sentence twice in a row. A sentence of a few words only: "Non. Non." may
/// be a quotation.
fn one_sentence_repeated(text: &str) -> bool {
    const MIN_WORDS: usize = 4;
    // Most blocks do not open a sentence again on their first word's first two letters (an
    // accent may differ after them): looked for first, in place.
    let first = text.split_whitespace().next().unwrap_or("");
    if first.is_empty() {
        return false;
    }
    let opening = &first[..first
        .char_indices()
        .nth(2)
        .map_or(first.len(), |(at, _)| at)];
    let after_first = text.trim_start().get(first.len()..).unwrap_or("");
    let opens_again = opens_again_after_a_stop(after_first, opening);
    if !opens_again {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    // The copies may be followed by the picture's credit or the page's date, which the
    // dump joined to them ("… le 23 janvier. Publié le 14/04/2023 à 14h00").
    (MIN_WORDS..=words.len() / 2).any(|n| {
        let sentence = &words[..n];
        let copy_at = |at: usize| {
            words
                .get(at..at + n)
                .is_some_and(|copy| copy.iter().zip(sentence).all(|(a, b)| same_letters(a, b)))
        };
        let ends = |word: &str| ends_like_sentence(word) || word.ends_with(')');
        ends(sentence[n - 1]) && {
            let copies = (1..LEGEND_COPIES).take_while(|k| copy_at(k * n)).count() + 1;
            copies >= 2 && words.len() - copies * n <= CREDIT_MAX_WORDS
        }
    })
}

/// `text` holds `opening` (not empty) right after a sentence's end: an occurrence from the
/// left, none overlapping the one before, as `match_indices` finds them. Its first byte is
/// found by `memchr`, many bytes at once, and the rest compared there: `memmem::find_iter`
/// set up a searcher for the opening at every block, and every block of every page is asked.
fn opens_again_after_a_stop(text: &str, opening: &str) -> bool {
    let (bytes, opening_bytes) = (text.as_bytes(), opening.as_bytes());
    let mut free_from = 0;
    memchr::memchr_iter(opening_bytes[0], bytes).any(|at| {
        let found = at >= free_from && bytes[at..].starts_with(opening_bytes);
        if found {
            free_from = at + opening_bytes.len();
        }
        found && text[..at].trim_end().ends_with(['.', '!', '?', '…', ')'])
    })
}

/// Two words alike but for their accents and apostrophes.
fn same_letters(a: &str, b: &str) -> bool {
    a == b || a.chars().map(base_letter).eq(b.chars().map(base_letter))
}

/// A French letter without its accent, and the typographic apostrophe as a straight one.
fn base_letter(c: char) -> char {
    match c {
        '’' => '\'',
        c => crate::lexicon::without_accent(c),
    }
}

/// `text` without its brackets that point at the page's picture: one that names it ("(les
/// deux sur la photo)", "(ci-dessus)") or places someone in it ("(à dr.)", "(au centre)"),
/// with the space before it. `None` when it has none. Prose keeps such a bracket as the page
/// printed it; what stands without the picture, a description in a search result, drops it.
pub fn without_picture_brackets(text: &str) -> Option<String> {
    if !text.contains('(') {
        return None;
    }
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|at| from + at) {
        let Some(close) = text[open..].find(')').map(|at| open + at) else {
            break;
        };
        if points_at_picture(&text[open..=close]) {
            kept.push_str(text[from..open].trim_end());
        } else {
            kept.push_str(&text[from..=close]);
        }
        from = close + 1;
    }
    kept.push_str(&text[from..]);
    (kept != text).then_some(kept)
}

/// `bracket`, "(…)", points at the page's picture (see [`without_picture_brackets`]).
fn points_at_picture(bracket: &str) -> bool {
    let names_picture = bracket.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        matches!(
            crate::segmenting::lowercase(word).as_ref(),
            "photo" | "photos" | "image" | "images" | "ci-dessus" | "ci-contre" | "ci-dessous"
        )
    });
    names_picture || places_people(bracket)
}

fn places_people(text: &str) -> bool {
    text.split('(').skip(1).any(|after| {
        let inner = after.split(')').next().unwrap_or("").trim();
        crate::segmenting::with_lowercase(inner, placed_by)
    })
}

/// The words of a bracket, in lowercase, place the people of a picture.
fn placed_by(inner: &str) -> bool {
    let side = |s: &str| ["g.", "gauche", "dr.", "d.", "droite"].contains(&s);
    // Five words at most are read: every pattern but the last is of four words or fewer.
    let words: smallvec::SmallVec<[&str; 5]> = inner.split_whitespace().take(5).collect();
    match words.as_slice() {
        // "(a dr.)": a page that lost its accents.
        ["à" | "a", s] => side(s),
        ["au", "centre"] => true,
        ["de", a, "à", b] => side(a) && side(b),
        // "Emmanuel Macron (ici à La Haye en janvier) pose…": where and when the picture
        // shows them.
        ["ici", _, ..] => true,
        _ => false,
    }
}

/// Most words of a credit glued to a legend's stop.
const GLUED_CREDIT_MAX_WORDS: usize = 4;

/// A legend whose credit a scraper glued to its stop: "…trois jours après le naufrage du
/// yacht de luxe.AFP", "…soit une hausse de 35 francs.20min/Taddeo Cerletti". After a
/// lowercase word's stop, with no space, one capitalised word ("…d'achats.Migros"), or a few
/// words each capitalised or a source and its author, one of them an agency in capitals or
/// slashed; a sentence glued so opens on a lowercase word soon ("…fin.Le président a…").
fn credit_glued_to_stop(text: &str) -> bool {
    let Some(stop) = text.rfind('.') else {
        return false;
    };
    let (before, credit) = (&text[..stop], &text[stop + 1..]);
    // Inline: a block holding a full stop, most of them, is asked.
    let words: smallvec::SmallVec<[&str; GLUED_CREDIT_MAX_WORDS + 1]> = credit
        .split_whitespace()
        .take(GLUED_CREDIT_MAX_WORDS + 1)
        .collect();
    let credit_word = |w: &&str| {
        w.starts_with(|c: char| c.is_uppercase())
            || w.split_once('/')
                .is_some_and(|(source, _)| !source.is_empty())
    };
    // An agency in capitals or a slashed credit: a name alone glued so may be the article's
    // author, after its last paragraph.
    let source = |w: &&str| {
        w.contains('/')
            || w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    credit.starts_with(|c: char| !c.is_whitespace())
        && before.ends_with(char::is_lowercase)
        && (1..=GLUED_CREDIT_MAX_WORDS).contains(&words.len())
        && words.iter().all(credit_word)
        && (words.len() == 1 || words.iter().any(source))
        && !credit.contains(['!', '?', '…', ':', ','])
        && credit.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A video's title with its outlet glued on by the scraper: "… contre le racisme
/// « anti-blanc »par Le Parisien", or, where the credit was set in italics, "… « anti-blanc »
/// parLe Parisien". Glued to a closing mark, or to the name it introduces, "par" starts no
/// phrase of the text.
fn glued_credit(text: &str) -> bool {
    let names = |from: usize| credit_names(&text[from..]);
    let before = |at: usize| text[..at].chars().next_back();
    let glued_to_mark = |at: usize| {
        before(at).is_some_and(|c| !c.is_whitespace() && !c.is_alphanumeric()) && names(at + 4)
    };
    let glued_to_name = |at: usize| {
        text[at + 3..].starts_with(char::is_uppercase)
            && before(at).is_none_or(|c| !c.is_alphanumeric())
            && names(at + 3)
    };
    let (last, last_before_space) = last_par(text);
    last_before_space.is_some_and(glued_to_mark) || last.is_some_and(glued_to_name)
}

/// Where the text last holds "par", and where it last holds "par " (`rfind` of each), found
/// in one pass over the text's "p"s by `memchr`, where each `rfind` read the whole line
/// backwards. "par" overlaps no other occurrence of itself, so every one is found.
fn last_par(text: &str) -> (Option<usize>, Option<usize>) {
    let bytes = text.as_bytes();
    let (mut last, mut last_before_space) = (None, None);
    for at in memchr::memchr_iter(b'p', bytes) {
        if bytes[at..].starts_with(b"par") {
            last = Some(at);
            if bytes.get(at + 3) == Some(&b' ') {
                last_before_space = Some(at);
            }
        }
    }
    (last, last_before_space)
}

/// A picture's alternative text in brackets, then its credit, as a converter prints an image:
/// "[François, le "grand frère" de Casimir, est mort ]©Capture "L'Île aux enfants"".
fn bracketed_alt_text(text: &str) -> bool {
    text.strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .is_some_and(|(_, after)| after.trim_start().starts_with('©'))
}

/// A sentence, a dash, then a name: the photographer credited after a caption ("… les
/// atteintes à l’environnement. – Eric Legret").
fn dashed_credit(text: &str) -> bool {
    let Some((sentence, credit)) = split_at_last_dash(text) else {
        return false;
    };
    sentence.trim_end().ends_with('.') && credit_names(credit)
}

/// `text` is one to [`CREDIT_MAX_WORDS`] words, each capitalised: a credit's names. Counted as
/// they are read, not collected.
fn credit_names(text: &str) -> bool {
    let mut count = 0;
    let capitalised = text.split_whitespace().all(|name| {
        count += 1;
        name.starts_with(char::is_uppercase)
    });
    capitalised && (1..=CREDIT_MAX_WORDS).contains(&count)
}

/// `text.rsplit_once(['–', '—'])`, found by bytes: the two dashes are E2 80 93 and E2 80 94
/// in UTF-8, and a byte E2 only ever opens a character, so `memrchr` finds them from the end
/// where the search by characters decoded the whole line backwards.
fn split_at_last_dash(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    memchr::memrchr_iter(0xE2, bytes)
        .find(|&at| {
            bytes.get(at + 1) == Some(&0x80) && matches!(bytes.get(at + 2), Some(0x93 | 0x94))
        })
        .map(|at| (&text[..at], &text[at + 3..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The opening's occurrences found by their first byte are those `memmem` found, as
        /// `match_indices` would (none overlapping the one before): a sentence opens again
        /// on it after the same stops.
        #[test]
        fn opens_again_as_memmem_found(text in "[Lea. !)…’]{0,80}|[a.]{0,12}", opening in "[Le.]{1,2}|…|’a|aa|\\.\\.") {
            let by_memmem = memchr::memmem::find_iter(text.as_bytes(), opening.as_bytes())
                .any(|at| text[..at].trim_end().ends_with(['.', '!', '?', '…', ')']));
            proptest::prop_assert_eq!(opens_again_after_a_stop(&text, &opening), by_memmem);
        }
    }

    proptest::proptest! {
        /// One pass for the bracket and the three spellings of "ici" finds what the four
        /// searches found.
        #[test]
        fn a_bracket_or_ici_is_found_as_the_four_searches_found_it(
            text in "([)(iIcC ]|ici|Ici|ICI|iCi|ic|IC|é){0,12}"
        ) {
            let searched = [")", "ici", "Ici", "ICI"].iter().any(|w| text.contains(w));
            proptest::prop_assert_eq!(holds_bracket_or_ici(&text), searched);
        }

        /// Letters, capitals and ASCII digits counted by bytes are those counted by characters.
        #[test]
        fn letters_are_counted_as_characters(text in "\\PC{0,30}|[aZ9 éÉŒ٣Ⅻ’×÷ßÞÀÿ-]{0,30}") {
            let counts = Letters::of(&text);
            let digits = text.chars().filter(char::is_ascii_digit).count();
            let letters: Vec<char> = text
                .chars()
                .filter(|c| !c.is_ascii_digit() && is_letter(*c))
                .collect();
            let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
            proptest::prop_assert_eq!(
                (counts.digits, counts.letters, counts.capitals),
                (digits, letters.len(), capitals)
            );
        }
    }

    #[test]
    fn an_items_number_ends_no_sentence() {
        assert!(!several_sentences("1. Qui peut en bénéficier ?"));
        assert!(!several_sentences("12. Attention aux arnaques"));
        assert!(several_sentences("1. Le prix. Il augmente"));
        // A year is no item's number, and its stop ends the sentence it closes.
        assert!(several_sentences("Il est né en 1969. Il a grandi à Lyon."));
        assert!(several_sentences("2024. Une année de records"));
    }

    /// `Letters::of` as first written: every ASCII byte added to the lanes by its table.
    fn letters_byte_by_byte(text: &str) -> (usize, usize, usize) {
        let (mut digits, mut letters, mut capitals) = (0, 0, 0);
        for c in text.chars() {
            if c.is_ascii() {
                let packed = ASCII_COUNTS[c as usize];
                digits += (packed & LANE) as usize;
                letters += (packed >> 21 & LANE) as usize;
                capitals += (packed >> 42 & LANE) as usize;
            } else if is_letter(c) {
                letters += 1;
                capitals += usize::from(c.is_uppercase());
            }
        }
        (digits, letters, capitals)
    }

    /// Every ASCII byte, alone and among others, in every place of eight, is counted by the
    /// bits as by its table.
    #[test]
    fn ascii_bytes_are_counted_as_by_the_table() {
        for byte in 0..0x80u8 {
            for at in 0..8 {
                let mut chunk = *b"aZ9 .Mq0";
                chunk[at] = byte;
                let by_table = chunk.iter().fold((0, 0, 0), |(d, l, c), &b| {
                    let packed = ASCII_COUNTS[usize::from(b)];
                    (
                        d + (packed & LANE) as usize,
                        l + (packed >> 21 & LANE) as usize,
                        c + (packed >> 42 & LANE) as usize,
                    )
                });
                assert_eq!(
                    ascii_counts(u64::from_le_bytes(chunk)),
                    by_table,
                    "{chunk:?}"
                );
            }
        }
    }

    /// The seeds' lines and paragraphs (real French copy) and edge cases are counted as first
    /// written.
    #[test]
    fn letters_are_counted_as_first_written_on_real_text() {
        let mut texts: Vec<String> = [
            "",
            "a",
            "AZaz09@[`{/:",
            "Le «\u{a0}Président\u{a0}» À l’Élysée, 12:30\r\n",
            "ÉTÉ 2024 – L'ŒUVRE ×÷ ß ٣Ⅻ",
            "abcdefgh",
            "abcdefghé",
            "éabcdefgh12345678",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(crate::test_texts::seed_lines_and_texts());
        for text in &texts {
            let counts = Letters::of(text);
            assert_eq!(
                (counts.digits, counts.letters, counts.capitals),
                letters_byte_by_byte(text),
                "{text:?}"
            );
        }
    }

    /// The byte searches of the credits and the repeated legend find what the searches of
    /// strings and characters they replaced found: on the seeds' lines and paragraphs, and
    /// on lines made to hold dashes, "par" and openings in every place.
    #[test]
    fn byte_searches_find_what_the_string_searches_found() {
        let mut texts: Vec<String> = [
            "",
            "par",
            "parpar par",
            "Le Parisien par Le Parisien",
            "… anti-blanc »par Le Parisien",
            "– Eric Legret",
            "Une légende. — Eric Legret – AFP",
            "tiret – puis — puis ’ et … fin",
            "Le chat. Le chat. Le",
            "aa aaa. aa",
            "Légende, ici. Légende, ici.",
            "é",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(crate::test_texts::seed_paragraphs_and_lines());
        for text in &texts {
            assert_eq!(
                split_at_last_dash(text),
                text.rsplit_once(['–', '—']),
                "{text:?}"
            );
            assert_eq!(
                last_par(text),
                (text.rfind("par"), text.rfind("par ")),
                "{text:?}"
            );
            let after_first = text
                .get(2..)
                .filter(|_| text.is_char_boundary(2))
                .unwrap_or("");
            for opening in ["Le", "aa", "é", "pa", "L"] {
                let by_bytes: Vec<usize> =
                    memchr::memmem::find_iter(after_first.as_bytes(), opening.as_bytes()).collect();
                let by_string: Vec<usize> = after_first
                    .match_indices(opening)
                    .map(|(at, _)| at)
                    .collect();
                assert_eq!(by_bytes, by_string, "{opening:?} in {after_first:?}");
            }
        }
    }

    /// A line longer than the lanes hold is counted whole: the lanes are read out as they go.
    #[test]
    fn letters_of_a_huge_line_are_all_counted() {
        let text = "aB1é ".repeat(800_000);
        let counts = Letters::of(&text);
        assert_eq!(
            (counts.digits, counts.letters, counts.capitals),
            (800_000, 2_400_000, 800_000)
        );
    }

    /// The byte scans of `Shape::of` as first written: a search for each form.
    fn scans_simply(text: &str) -> (bool, bool) {
        let stop = text.contains(". ") || text.contains("? ") || text.contains("! ");
        let web = text.contains("http://")
            || text.contains("https://")
            || text.contains("www.")
            || text.contains("pic.twitter.com")
            || text.contains("(@");
        (stop, web)
    }

    proptest::proptest! {
        /// Each byte scan finds what the searches it replaced find.
        #[test]
        fn shape_scans_find_what_searches_find(
            text in "([.?! )(@:/wiIcC]|ici|Ici|ICI|iCi|http://|https://|http:|www.|ww.|pic.twitter.com|twitter|é|«)*|\\PC{0,40}"
        ) {
            let scans = (stop_then_space(&text), web_address(&text));
            proptest::prop_assert_eq!(scans, scans_simply(&text));
        }
    }

    proptest::proptest! {
        /// Whatever DATE_OR_NUMBER matches opens on one of DATE_OPENINGS.
        #[test]
        fn date_openings_never_hide_a_match(text in crate::literals::furniture_like()) {
            let opens = may_open_with(&text, DATE_OPENINGS);
            proptest::prop_assert!(!DATE_OR_NUMBER.is_match(&text) || opens, "{:?}", text);
        }

        /// The pattern finds what the `regex` crate finds with the same source.
        #[test]
        fn pattern_finds_what_regex_finds(text in crate::literals::furniture_like()) {
            let (pattern, regex) = &*REGEX;
            proptest::prop_assert!(crate::patterns::agrees_with_regex(pattern, regex, &text), "{:?}", text);
        }
    }

    static REGEX: std::sync::LazyLock<(&Pattern, regex::Regex)> =
        std::sync::LazyLock::new(|| (&DATE_OR_NUMBER, crate::patterns::as_regex(&DATE_OR_NUMBER)));

    #[test]
    fn a_turn_of_dialogue_ends_as_a_sentence() {
        for text in [
            "— Et l'an prochain ?",
            "– Pas cette semaine. Revenez en septembre.",
        ] {
            assert!(Shape::of(text).dialogue_turn, "{text}");
        }
        for text in ["– Services : +3,0 %", "— Le contexte", "Et l'an prochain ?"] {
            assert!(!Shape::of(text).dialogue_turn, "{text}");
        }
    }

    #[test]
    fn prose_ends_like_a_sentence() {
        assert!(Shape::of("Le président a parlé hier devant les députés.").is_prose());
        assert!(Shape::of("« On a cru en notre justice ! »").is_prose());
        assert!(
            !Shape::of("Une ressource indispensable pour toute une économie locale").is_prose()
        );
        assert!(!Shape::of(
            "Basket : Visite ministérielle, « déception » et dunk décisif, la soirée…"
        )
        .is_prose());
    }

    #[test]
    fn teasers_cut_short_are_seen() {
        assert!(Shape::of("Contraintes et besoins des PME en milieu…").truncated);
        assert!(Shape::of("Pesticides Le fongicide ne sera plus distribué. Plus...").truncated);
        // An intertitle can look the same: the shape alone cannot tell, its place does.
        assert!(Shape::of("Molécules, langages informatiques…").truncated);
    }

    #[test]
    fn dates_times_and_numbers_alone() {
        for text in [
            "12.12.2019",
            "30/08/2019",
            "2",
            "1.",
            "09/01/23",
            "Publié hier à 10h01",
            "le 26 mai 2024",
            "14h05",
        ] {
            let shape = Shape::of(text);
            assert!(shape.date_or_number || text.starts_with("Publié"), "{text}");
        }
        assert!(!Shape::of("2023 : Emmanuel Macron insulté").date_or_number);
    }

    #[test]
    fn photo_credits_at_the_tail_or_alone() {
        assert!(
            Shape::of("Emmanuel Macron, le 30 mars 2023. SEBASTIEN NOGIER/POOL/AFP").credit_tail
        );
        assert!(Shape::of("Le chlorothalonil est utilisé dans la culture des céréales depuis une cinquantaine d'années. Image: Keystone").credit_tail);
        assert!(Shape::of("BERTRAND GUAY / AFP").credit_line);
        assert!(Shape::of("LP/Florian Garcia").credit_line);
        // 20 minutes Suisse: a legend with its credit glued to its stop.
        for legend in [
            "Des plongeurs arrivent dans le port de Porticello, trois jours après le naufrage du yacht de luxe.AFP",
            "La rente minimale de l'AVS va passer de 1225 à 1260 francs par mois.20min/Taddeo Cerletti",
            "Un des sets qu'on peut obtenir contre 400 francs d'achats.Migros",
        ] {
            assert!(Shape::of(legend).credit_tail, "{legend}");
        }
        for prose in [
            "Le texte a été voté.Le président promulgue",
            "Il travaille chez Microsoft sur ASP.NET",
            "Voir le site lefaso.net",
            "Le ministre a promis des réponses, a-t-il dit.Christine Talos",
        ] {
            assert!(!Shape::of(prose).credit_tail, "{prose}");
        }
        // A wire's signature after the last stop ends no sentence's shape.
        assert!(ends_like_sentence(
            "« On les autorisait avant », a affirmé le directeur.(afp)"
        ));
        assert!(ends_like_sentence(
            "Ils ont été interpellés sur place. (ats/nxp)"
        ));
        assert!(!ends_like_sentence("Le gouvernement du Québec (CAQ)"));
        assert!(!ends_like_sentence(
            "Il a dit. (voir la carte ci-dessous, en haut)"
        ));
        // 20 minutes Suisse's readers' pictures, the source in lowercase.
        assert!(Shape::of("20min/lecteur-reporter").credit_line);
        for no_credit in [
            "Limitée à 130 km/h",
            "Les salariés et/ou",
            "Le 28/08/2024",
            "bur-ab/cf/ia",
            "ats/nxp",
        ] {
            assert!(!Shape::of(no_credit).credit_line, "{no_credit}");
        }
        assert!(Shape::of("— CHRISTOPHE SAIDI/SIPA").credit_line);
        assert!(
            Shape::of("Nicolas Sarkozy, le 28 août 2008, à Laval, en GÉRARD CERCLES/POOL/AFP")
                .credit_tail
        );
        assert!(Shape::of("(France 3 Centre-Val de Loire : B. Bruere / P. Wilpart / A. Dupont / C. Girardeau)").credit_tail);
        assert!(!Shape::of("Le TGV relie désormais Paris/Lyon.").credit_tail);
        // Slate frames its legend with dashes.
        assert!(Shape::of("- Tapie en 2008. REUTERS/Benoit Tessier -").credit_tail);
        // 7sur7: a copyright sign after the legend's stop, the credit in lowercase and stopped.
        assert!(
            Shape::of(
                "11/05/12 - 10h38 La brochure \"Migreren naar Vlaanderen\". © Caputre d'écran."
            )
            .credit_tail
        );
        assert!(Shape::of("Geert Bourgeois. © belga.").credit_tail);
        assert!(!Shape::of("© La Dernière Heure 2012").credit_tail);
        assert!(
            !Shape::of("La marque a déposé le logo © en 1998 avant de le céder à un concurrent.")
                .credit_tail
        );
        // orangesum: an embedded video's title kept as an intertitle.
        assert!(Shape::of("Manifestation antiraciste : Génération identitaire déploie une banderole contre le racisme « anti-blanc »par Le Parisien").credit_tail);
        assert!(!Shape::of("Une réforme portée par Emmanuel Macron").credit_tail);
        // A converter's image: its alternative text in brackets, then the credit.
        assert!(Shape::of("[François, le \"grand frère\" de Casimir, est mort ]©Capture \"L'Île aux enfants\"").credit_tail);
        assert!(
            !Shape::of("[Le gouvernement démissionne, Macron se sépare de Philippe]").credit_tail
        );
        // The same credit set in italics, which the markdown dump glues on the other side.
        assert!(Shape::of("Manifestation antiraciste : Génération identitaire déploie une banderole contre le racisme « anti-blanc » parLe Parisien").credit_tail);
        assert!(
            !Shape::of("Une banderole déployée parmi les manifestants Place Vendôme").credit_tail
        );
    }

    #[test]
    fn a_bracket_pointing_at_the_picture_goes_and_the_others_stay() {
        assert_eq!(
            without_picture_brackets(
                "Poutine et Loukachenko (les deux sur la photo) se sont rencontrés."
            ),
            Some("Poutine et Loukachenko se sont rencontrés.".to_string())
        );
        assert_eq!(
            without_picture_brackets(
                "Stephen Schwarzman (à dr.), 76 ans, et Jon Gray (ci-dessus, en 2019)."
            ),
            Some("Stephen Schwarzman, 76 ans, et Jon Gray.".to_string())
        );
        // Brackets that say something of the story, and a bracket left open.
        for kept in [
            "Le commandement américain pour le Moyen-Orient (Centcom) l’a annoncé.",
            "Boulogne-Levallois (21 points et 9,7 rebonds de moyenne) a gagné.",
            "Il a pris des photos (sans flash) du cortège.",
            "Une parenthèse (photo ouverte",
        ] {
            assert_eq!(without_picture_brackets(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_credit_is_one_to_twelve_capitalised_names() {
        assert!(credit_names("Eric Legret"));
        assert!(credit_names(" Le Parisien "));
        assert!(!credit_names(""));
        assert!(!credit_names("Eric legret"));
        assert!(credit_names(&["Nom"; 12].join(" ")));
        assert!(!credit_names(&["Nom"; 13].join(" ")));
    }

    #[test]
    fn a_caption_places_people_in_its_picture() {
        // Le Point: the photo's legend between the byline and the article.
        assert!(Shape::of("Binôme. Stephen Schwarzman (à dr.), 76 ans, PDG et cofondateur de Blackstone, a tenu à ce que son numéro deux soit photographié à son côté.").describes_picture);
        assert!(Shape::of("Les trois ministres (de g. à dr.) lors du conseil.").describes_picture);
        // The bracket's words in any case, read five at most.
        assert!(placed_by("de g. à dr."));
        assert!(places_people(
            "Les trois ministres (De G. À Dr.) lors du conseil."
        ));
        assert!(places_people(
            "Lui (Ici À Paris, En Mars Dernier, Avec Elle) sourit."
        ));
        assert!(!placed_by("de g. à dr. et"));
        assert!(
            !Shape::of("Le Parti socialiste (à gauche de l’échiquier) a voté contre.")
                .describes_picture
        );
        // HuffPost and Orange: what a picture shows, dated or called an illustration.
        assert!(Shape::of("Des rats se réjouissent de la grève des éboueurs, pendant que les déchets s’accumulent sur les trottoirs de Paris, ici le 10 mars 2023.").describes_picture);
        assert!(Shape::of("Avant de s’engager à la CGT, Sophie Binet a été une des dirigeantes de l’Unef. On la voit ici en 2007 avant une rencontre au ministère.").describes_picture);
        assert!(Shape::of("Au moins 450 utilisateurs souffriraient de maladies pulmonaires graves (Illustration).").describes_picture);
        assert!(!Shape::of("Il est arrivé ici le 10 mars, a-t-il dit.").describes_picture);
        // HuffPost: the photo's legend above the article.
        assert!(Shape::of("Emmanuel Macron (ici à La Haye en janvier) pose des conditions pour de nouvelles méga-bassines.").describes_picture);
        assert!(!Shape::of("Il vit ici (à Paris) depuis dix ans.").describes_picture);
        assert!(
            Shape::of("Stephen Schwarzman (a dr.), 76 ans, PDG et cofondateur de Blackstone.")
                .describes_picture
        );
        // Le Monde's legend as w3m prints it: the picture's alternative text, then its title.
        assert!(Shape::of("Emmanuel Macron, le 30\u{a0}mars\u{a0}2023. Emmanuel Macron, le 30\u{a0}mars\u{a0}2023.").describes_picture);
        assert!(Shape::of("Georges Pompidou, Pierre Messmer et Charles de Gaulle, en 1963. Georges Pompidou, Pierre Messmer et Charles de Gaulle, en 1963. Georges Pompidou, Pierre Messmer et Charles de Gaulle, en 1963.").describes_picture);
        assert!(!Shape::of("Non. Non. Non.").describes_picture);
        assert!(!Shape::of("la la la la la la la la").describes_picture);
        assert!(Shape::of("Binôme. Stephen Schwarzman (à dr.), 76 ans, PDG de Blackstone. Binôme. Stephen Schwarzman (à dr.), 76 ans, PDG de Blackstone. Publié le 14/04/2023 à 14h00").describes_picture);
        assert!(!Shape::of("Binôme. Stephen Schwarzman, 76 ans, PDG de Blackstone. Binôme. Stephen Schwarzman, 76 ans, PDG de Blackstone. Il a fondé le fonds en 1985 avec Peter Peterson, un ancien secrétaire au Commerce.").describes_picture);
        // franceinfo's legend and its credit, twice, as lynx prints them.
        assert!(Shape::of("L’Avocat du village de Pierre Brueghel le Jeune (1564-1636) est estimé entre 600 000 et 800 000 euros. (France 3 Centre-Val de Loire : B. Bruere / P. Wilpart) L’Avocat du village de Pierre Brueghel le Jeune (1564-1636) est estimé entre 600 000 et 800 000 euros. (France 3 Centre-Val de Loire : B. Bruere / P. Wilpart)").describes_picture);
        // Le Point's legend as lynx prints it: the alternative text without its accents.
        assert!(Shape::of("Binome. Stephen Schwarzman (a dr.), 76 ans, PDG et cofondateur de Blackstone, a tenu a ce que son numero deux et probable successeur, Jonathan Gray, 53 ans, soit photographie a son cote, au siege du fonds d'investissement, au 345 Park Avenue (Manhattan), le 23 janvier. Binôme. Stephen Schwarzman (à dr.), 76 ans, PDG et cofondateur de Blackstone, a tenu à ce que son numéro deux et probable successeur, Jonathan Gray, 53 ans, soit photographié à son côté, au siège du fonds d’investissement, au 345 Park Avenue (Manhattan), le 23 janvier.").describes_picture);
        assert!(
            !Shape::of(
                "Le texte est adopté. Le texte est adopté par le Sénat, puis par l’Assemblée."
            )
            .describes_picture
        );
        // A caption crediting its photographer after a dash (20 Minutes).
        assert!(Shape::of("La journaliste bretonne Morgan Large est connue pour ses enquêtes sur l’agro-industrie et les atteintes à l’environnement. – Eric Legret").credit_tail);
        assert!(!Shape::of("Il l’a dit. – Et il l’a fait, ajoute son avocat.").credit_tail);
        // A caption crediting its picture in brackets (franceinfo).
        assert!(Shape::of("Le ministre de l'Intérieur, Gérald Darmanin, le 5 avril 2023 au Sénat, à Paris. (SENAT)").credit_tail);
        assert!(!Shape::of("Le texte a été adopté par le Sénat (LR).").credit_tail);
        assert!(!Shape::of("Il a été élu en 2017. (Lire aussi notre portrait)").credit_tail);
        assert!(
            !Shape::of("Le taux est passé de 3/4 à la moitié en un an, selon l’Insee.").credit_tail
        );
    }

    #[test]
    fn names_and_web_traces() {
        assert!(Shape::of("Jérémy Laugier").name_only);
        assert!(!Shape::of("Thème récurrent").name_only);
        // Clubic: a game's benchmark under its title, inside the article.
        assert!(!Shape::of("Mafia II").name_only);
        assert!(Shape::of("Washington DC").name_only);
        assert!(Shape::of("MARINE LE PEN").name_only);
        assert!(Shape::of("CHARLES DE GAULLE").name_only);
        assert!(!Shape::of("DES PERTES TRÈS LOURDES").name_only);
        assert!(!Shape::of("LES CHIFFRES CLÉS").name_only);
        assert!(Shape::of("Les Échos").name_only);
        assert!(!Shape::of("UNE GUERRE SANS FIN").name_only);
        assert!(roman_ordinal("XIV") && roman_ordinal("II") && roman_ordinal("XX"));
        assert!(!roman_ordinal("I") && !roman_ordinal("DC") && !roman_ordinal("XXXXI"));
        assert!(Shape::of("Putback dunk off his own stepback 3 https://t.co/ARkuLYGsAI").web_trace);
        assert!(Shape::of("— NBA (@NBA) April 2, 2023").web_trace);
        assert!(Shape::of("#Vatican").web_trace);
        assert!(
            Shape::of("Terrorisme islamiste : quelles causes by Voyou Desoeuvre(CC BY-SA 2.0)")
                .credit_tail
        );
        assert!(!Shape::of("Le texte est publié sous licence libre (une première).").credit_tail);
        // Le Dauphiné: a legend and its credit, labelled without a colon.
        assert!(
            Shape::of(
                "Des soldats de l’armée irakienne, à Jurf al-Sakhr, près de Bagdad. Photo AFP"
            )
            .credit_tail
        );
        assert!(!Shape::of("Il a pris la pose. Photo de famille sous le soleil").credit_tail);
    }
}
