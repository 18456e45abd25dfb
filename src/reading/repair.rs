//! Repair: the text made whole before anything measures it.
//!
//! Scrapers leave HTML entities (`&eacute;`, `&#8217;`, even `&amp;quot;` escaped twice),
//! invisible characters (soft hyphens, zero-width spaces and joiners, stray BOMs) and sentences
//! glued together where a tag between two paragraphs was dropped (`…fin.Début`). Left in, they
//! break words, counts and French typography (which would put a space before an entity's `;`
//! and make it undecodable). They are repaired here, before the brief, the structure and
//! typography see the text; the glued sentences once the text's format is known, since a
//! page's text gets its paragraph's break back where JSON and Markdown get a space.

use std::borrow::Cow;

/// Decode entities, drop a superscript's caret and make an apostrophe's stand-ins the
/// apostrophe, in `text` as reading gives it (cleaned by [`crate::safe_text::clean`]).
/// Sentences glued together are put apart once the text's format is known
/// ([`unglue_sentences`], [`unglue_paragraphs`]): what the glue lost is a paragraph's break
/// in a page's text and a space anywhere else.
pub fn repair(text: &str) -> Cow<'_, str> {
    // Entities may decode to what reading removed (`&#x202E;`, `&#13;`): a text they changed
    // is cleaned again; one they left alone is as reading cleaned it, and is not read again.
    let visible = match decode_entities(text) {
        Cow::Owned(decoded) => then(Cow::Owned(decoded), crate::safe_text::clean),
        unchanged => unchanged,
    };
    let ordinals = then(visible, without_superscript_carets);
    then(ordinals, with_elision_apostrophes)
}

/// `text` after `step`: still borrowed from the input when neither changed it, so a text
/// that needs no repair is never copied (and an owned one is not copied again).
pub fn then<'a>(text: Cow<'a, str>, step: impl FnOnce(&str) -> Cow<'_, str>) -> Cow<'a, str> {
    match step(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(owned) => Cow::Owned(owned),
    }
}

/// Marks that pages and converters set for an elision's apostrophe between two letters
/// ("lʼannée" in lynx's dump of TF1, "l´État" from a keyboard's acute accent), made the
/// typographic apostrophe every later stage reads an elision by.
pub fn with_elision_apostrophes(text: &str) -> Cow<'_, str> {
    const STAND_INS: [char; 2] = ['\u{2bc}', '\u{b4}'];
    // Looked for by their bytes, many at once: a whole page is read here, and a search
    // for either character decoded every one.
    let holds =
        |c: char| memchr::memmem::find(text.as_bytes(), c.encode_utf8(&mut [0; 4]).as_bytes());
    if STAND_INS.iter().all(|&c| holds(c).is_none()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let between_letters = previous.is_some_and(char::is_alphabetic)
            && chars.peek().is_some_and(|next| next.is_alphabetic());
        out.push(match STAND_INS.contains(&c) && between_letters {
            true => '’',
            false => c,
        });
        previous = Some(c);
    }
    Cow::Owned(out)
}

/// The caret a text browser prints before a superscript, dropped: w3m and lynx render
/// `1<sup>er</sup>` as "1^er", and French ordinals are written "1er", "XIXe", "2e" in plain
/// text. Only a caret between a digit or a Roman numeral's capital and one to three
/// lowercase letters ending the word: "x^2" or a caret in code stays.
pub fn without_superscript_carets(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let carets: Vec<usize> = memchr::memchr_iter(b'^', bytes)
        .filter(|&at| {
            let before = at.checked_sub(1).map(|b| bytes[b]);
            let letters = text[at + 1..]
                .chars()
                .take_while(|c| c.is_lowercase())
                .count();
            let after_letters = text[at + 1..].chars().nth(letters);
            before.is_some_and(|b| b.is_ascii_digit() || matches!(b, b'I' | b'V' | b'X'))
                && (1..=3).contains(&letters)
                && after_letters.is_none_or(|c| !c.is_alphanumeric())
        })
        .collect();
    if carets.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for at in carets {
        out.push_str(&text[last..at]);
        last = at + 1;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// Named and numeric entities, decoded; a second pass when the first leaves entities that
/// were themselves escaped (`&amp;quot;` → `&quot;` → `"`), which scraped feeds often do.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    // Found by `memchr`, many bytes at once: most texts hold no '&'.
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let once = html_escape::decode_html_entities(text);
    if !text.contains("&amp;") {
        return once;
    }
    match html_escape::decode_html_entities(&once) {
        Cow::Borrowed(_) => once,
        Cow::Owned(twice) => Cow::Owned(twice),
    }
}

/// Put back the space a scraper lost between two sentences: `ligne.Début` → `ligne. Début`.
///
/// Only where it is a sentence boundary: the mark follows a lowercase word of two letters or
/// more (so not `M.Dupont`, `U.S.A.` or `J.-C.`), and is followed by a capital and then a
/// lowercase letter (so not `3.5`, `20minutes.fr`, `www.Site.com` or `A.B.`).
pub fn unglue_sentences(text: &str) -> Cow<'_, str> {
    unglue(text, " ")
}

/// Put back the paragraph's break a scraper lost between two sentences of a page's text:
/// `ligne.Début` → `ligne.`, `Début` on a paragraph of its own.
///
/// A page's text glues two sentences where an extractor dropped the tag between two blocks
/// (`textContent` joins `<p>…fin.</p><p>Début…</p>` into `…fin.Début…`): the journalist's
/// paragraphs, and an intertitle between two of them ("…bouclée !La libraire adepte des…
/// cimetières marins !Grande fan…"), come back with the break. OrangeSum's scraped articles
/// lost every paragraph so; the published page has one at each glue. The same boundaries as
/// [`unglue_sentences`]: a hand that forgot a space after a stop splits a paragraph in two
/// at worst. JSON, mail and Markdown get the space only: a break inside a JSON string or a
/// Markdown list item would change what the format reads.
pub fn unglue_paragraphs(text: &str) -> Cow<'_, str> {
    unglue(text, "\n\n")
}

/// `text` with `separator` inserted at each of its [`glued_boundaries`].
fn unglue<'a>(text: &'a str, separator: &str) -> Cow<'a, str> {
    let cuts = glued_boundaries(text);
    if cuts.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + cuts.len() * separator.len());
    let mut last = 0;
    for cut in cuts {
        out.push_str(&text[last..cut]);
        out.push_str(separator);
        last = cut;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// Where a sentence mark ('.', '!', '?') stands straight before a byte that is no white space:
/// the marks found by `memchr3`, many bytes at once.
fn glued_marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .filter(|&at| bytes.get(at + 1).is_some_and(|n| !n.is_ascii_whitespace()))
}

/// Where an ellipsis stands straight before a byte that is no white space: "…à l’heure du
/// crépuscule…Philippe Claudel fait partie…" glued an intertitle to its paragraph so.
fn glued_ellipses(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    memchr::memmem::find_iter(bytes, ELLIPSIS).filter(|&at| {
        bytes
            .get(at + ELLIPSIS.len())
            .is_some_and(|n| !n.is_ascii_whitespace())
    })
}

/// Every sentence mark glued to what follows, in order: its byte offset and its length.
fn glued_stops(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut stops: Vec<(usize, usize)> = glued_marks(bytes).map(|at| (at, 1)).collect();
    let before = stops.len();
    stops.extend(glued_ellipses(bytes).map(|at| (at, '…'.len_utf8())));
    if stops.len() > before {
        stops.sort_unstable();
    }
    stops
}

/// Byte offsets just after a sentence mark glued to the next sentence.
fn glued_boundaries(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut cuts = Vec::new();
    // The marks are found by `memchr3` and `memmem`, many bytes at once, and characters read
    // only around the few that are followed straight by a letter.
    for (at, mark_len) in glued_stops(bytes) {
        let after_mark = at + mark_len;
        // "… ça me rend malade.»Le néerlandais…": the quotation the sentence ended closes first.
        let quote = text[after_mark..]
            .chars()
            .next()
            .filter(|&c| matches!(c, '»' | '”'))
            .map_or(0, char::len_utf8);
        let rest = &text[after_mark + quote..];
        let mut after = rest.chars();
        let (Some(next), Some(then)) = (after.next(), after.next()) else {
            continue;
        };
        // "… dans un communiqué.M. Macron a également demandé…": the next sentence opens on
        // "M." and a name.
        let monsieur = (rest.starts_with("M. ") || rest.starts_with("MM. "))
            && rest
                .split_once(". ")
                .is_some_and(|(_, name)| name.starts_with(char::is_uppercase));
        // "… un quiz !L’homme qui se cache…": an elided article or pronoun opens it too.
        let elided = next.is_uppercase() && matches!(then, '’' | '\'');
        // "…relayée par les médias.«C’est un véritable défi»…": a quotation opens it.
        let quotation = matches!(next, '«' | '“') && opens_on_capital(after.as_str(), then);
        let opens_sentence =
            next.is_uppercase() && then.is_lowercase() || elided || monsieur || quotation;
        // French sets a space before "!" and "?": the word ends before it.
        let before = match bytes[at] {
            b'!' | b'?' => text[..at].trim_end_matches([' ', '\u{a0}', '\u{202f}']),
            _ => &text[..at],
        };
        // "…pour "homicide involontaire".Sur les treize…": a quotation or an aside closed
        // before the stop, and its word before them.
        let before = before
            .strip_suffix(['"', '»', '”', ')'])
            .map_or(before, |b| b.trim_end_matches([' ', '\u{a0}', '\u{202f}']));
        // "…au cours de l’exercice 2023-24.«Limiter la quantité…»": before a quotation, a
        // figure ends the sentence too (no abbreviation is a figure).
        let figure = quotation && before.ends_with(|c: char| c.is_ascii_digit());
        if opens_sentence
            && (ends_a_sentences_word(before) || figure)
            && !lone_word_to_the_end(rest)
        {
            cuts.push(after_mark + quote);
        }
    }
    cuts
}

/// `rest` is one word to its line's end: "…contre 400 francs d'achats.Migros", a legend's
/// credit glued to its stop, which opens no sentence.
///
/// Only the word's own characters are read, [`MAX_WORD_CHARS`] at most: reading to the line's
/// end for every glued stop was quadratic on a text of one line.
fn lone_word_to_the_end(rest: &str) -> bool {
    let mut chars = rest.char_indices().take(MAX_WORD_CHARS + 1);
    let end = match chars.find(|&(_, c)| c.is_whitespace()) {
        Some((at, _)) => at,
        None if rest.chars().nth(MAX_WORD_CHARS).is_none() => rest.len(),
        None => return false,
    };
    let word = &rest[..end];
    let line_ends = rest[end..]
        .chars()
        .find(|&c| c != ' ' && c != '\t' && c != '\r')
        .is_none_or(|c| c == '\n');
    line_ends && !word.ends_with(['.', '!', '?', '…'])
}

/// The quotation whose mark was followed by `then`, then by `rest`, opens on a capital,
/// after a space or none ("«C’est", "« Nous").
fn opens_on_capital(rest: &str, then: char) -> bool {
    match then {
        ' ' | '\u{a0}' | '\u{202f}' => rest.chars().next().is_some_and(char::is_uppercase),
        _ => then.is_uppercase(),
    }
}

/// Longer than this, a run without spaces is not a word (and is not walked again for every
/// mark in it, which would be quadratic).
const MAX_WORD_CHARS: usize = 48;

/// The text before the mark ends a lowercase word of at least two letters, or an acronym,
/// that is not part of a web address or an e-mail.
fn ends_a_sentences_word(before: &str) -> bool {
    let word: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .take(MAX_WORD_CHARS + 1)
        .collect();
    if word.len() > MAX_WORD_CHARS {
        return false;
    }
    let letters = word.iter().take_while(|c| c.is_lowercase()).count();
    let web = word.iter().any(|&c| matches!(c, '/' | '@' | '.' | ':'));
    // "…restitués à 1MDB.L’audience doit…", "…l’agence Keystone-ATS.Le MPC…": an acronym of
    // three capitals or figures, two of them letters, ends a sentence too; an abbreviation
    // holds its points ("U.S.A.") or is one letter ("M.").
    let acronym: Vec<char> = word
        .iter()
        .copied()
        .take_while(|c| c.is_uppercase() || c.is_ascii_digit())
        .collect();
    let acronym = acronym.len() >= 3 && acronym.iter().filter(|c| c.is_alphabetic()).count() >= 2;
    (letters >= 2 || acronym) && !web
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The marks found by `memchr3` are those a byte-by-byte scan finds.
        #[test]
        fn glued_marks_are_found_as_byte_by_byte(text in "[a-z .!?\t\nÉé»]{0,30}") {
            let bytes = text.as_bytes();
            let by_bytes: Vec<usize> = (0..bytes.len())
                .filter(|&at| matches!(bytes[at], b'.' | b'!' | b'?'))
                .filter(|&at| !bytes.get(at + 1).is_none_or(|n| n.is_ascii_whitespace()))
                .collect();
            proptest::prop_assert_eq!(glued_marks(bytes).collect::<Vec<_>>(), by_bytes);
        }
    }

    #[test]
    fn entities_cannot_bring_back_what_reading_removed() {
        assert_eq!(repair("a&#x202E;b&#13;# c&#x200B;d"), "ab\n# cd");
    }

    #[test]
    fn entities_named_numeric_and_double_escaped_are_decoded() {
        assert_eq!(
            repair("l&#8217;&eacute;t&eacute; &amp;quot;chaud&amp;quot;"),
            "l’été \"chaud\""
        );
        assert_eq!(repair("Tom &amp; Jerry"), "Tom & Jerry");
        assert!(matches!(repair("rien à faire"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_text_browsers_superscript_caret_is_dropped() {
        // Le Monde as w3m prints it.
        assert_eq!(
            without_superscript_carets(
                "Le 1^er\u{a0}avril\u{a0}1963, au XIX^e siècle, la 2^e fois."
            ),
            "Le 1er\u{a0}avril\u{a0}1963, au XIX^e siècle, la 2e fois.".replace("XIX^e", "XIXe")
        );
        for kept in ["x^2", "a^b", "1^erreur", "^er", "2^ ", "3^E", "1^"] {
            assert_eq!(without_superscript_carets(kept), kept);
        }
    }

    #[test]
    fn an_apostrophes_stand_in_between_letters_is_the_apostrophe() {
        // TF1's Dormillouse as lynx prints it.
        assert_eq!(
            with_elision_apostrophes("Martine est l\u{2bc}une des seules, l\u{b4}État"),
            "Martine est l’une des seules, l’État"
        );
        for kept in ["prix \u{b4} 3", "\u{2bc}a", "a\u{b4}", "l’une"] {
            assert_eq!(with_elision_apostrophes(kept), kept);
        }
    }

    #[test]
    fn invisible_characters_entities_decode_to_are_dropped() {
        assert_eq!(repair("ga&shy;ze&#x200B; na&#xFEFF;turel"), "gaze naturel");
    }

    #[test]
    fn glued_sentences_are_split_only_at_sentence_boundaries() {
        assert_eq!(
            unglue_sentences("Il est parti.Le lendemain, il revint."),
            "Il est parti. Le lendemain, il revint."
        );
        assert_eq!(unglue_sentences("Vraiment?Oui."), "Vraiment? Oui.");
        // Le Journal de Montréal, Le Temps: the quotation closes before the next sentence.
        assert_eq!(
            unglue_sentences("« Ça me rend malade.»Le néerlandais nie."),
            "« Ça me rend malade.» Le néerlandais nie."
        );
        // Le Soleil: the next sentence opens on "M." and a name.
        assert_eq!(
            unglue_sentences("a indiqué le bureau dans un communiqué.M. Macron a demandé."),
            "a indiqué le bureau dans un communiqué. M. Macron a demandé."
        );
        // franceinfo as a scraper gave it: a spaced exclamation glued to an elision.
        assert_eq!(
            unglue_sentences(
                "A la demande générale : un quiz !L’homme qui se cache derrière est romancier."
            ),
            "A la demande générale : un quiz ! L’homme qui se cache derrière est romancier."
        );
        assert_eq!(
            unglue_sentences("Il est parti.L’enquête continue."),
            "Il est parti. L’enquête continue."
        );
        // 20 minutes Suisse, its elements glued: a quotation opens the next paragraph, after a
        // word or a figure.
        assert_eq!(
            unglue_paragraphs("relayée par les médias.«C’est un véritable défi», a-t-il dit."),
            "relayée par les médias.\n\n«C’est un véritable défi», a-t-il dit."
        );
        assert_eq!(
            unglue_paragraphs("au cours de l’exercice 2023-24.« Limiter la quantité servie »"),
            "au cours de l’exercice 2023-24.\n\n« Limiter la quantité servie »"
        );
        // 20 minutes Suisse: a sentence ending on an acronym.
        assert_eq!(
            unglue_sentences(
                "Les avoirs seront restitués à 1MDB.L’audience doit démarrer à 14h00."
            ),
            "Les avoirs seront restitués à 1MDB. L’audience doit démarrer à 14h00."
        );
        assert_eq!(
            unglue_sentences("selon l’agence Keystone-ATS.Le MPC les accuse."),
            "selon l’agence Keystone-ATS. Le MPC les accuse."
        );
        for kept in [
            "Un des sets qu'on peut obtenir contre 400 francs d'achats.Migros",
            "Voir la loi n° 2023-12.Le texte, en 2023.Le vote.",
            "Il a dit.«non», puis il est parti.",
            "Selon M.«Le Monde», oui.",
            "M.Dupont est là.",
            "Voir le site.M. ou Mme, au choix.",
            "Le taux passe à 3.5 %.",
            "Lu sur 20minutes.fr hier.",
            "Les U.S.A. ont voté.",
            "Voir www.exemple.Com aujourd’hui.",
        ] {
            assert_eq!(unglue_sentences(kept), kept);
            assert_eq!(unglue_paragraphs(kept), kept);
        }
    }

    #[test]
    fn repair_leaves_the_glue_to_the_format() {
        // A break put in a JSON string would end it: the glue waits for the text's format.
        let json = r#"{"text": "Il est parti.Le lendemain, il revint."}"#;
        assert_eq!(repair(json), json);
    }

    #[test]
    fn a_pages_glued_sentences_get_their_paragraphs_back() {
        // OrangeSum as its scraper gave it: one line, a paragraph's break lost at each glue.
        assert_eq!(
            unglue_paragraphs(
                "Six d'entre elles sont poursuivies pour \"homicide involontaire\".Sur les \
                 treize, douze ont été placées en détention provisoire."
            ),
            "Six d'entre elles sont poursuivies pour \"homicide involontaire\".\n\nSur les \
             treize, douze ont été placées en détention provisoire."
        );
        // franceinfo's Marque Page: two intertitles, glued by an exclamation and an ellipsis.
        assert_eq!(
            unglue_paragraphs(
                "Et hop, la boucle est… bouclée !La libraire adepte des… cimetières marins \
                 !Grande fan de polars, Audrey Colin a été subjuguée. Et qui pourrait se décliner \
                 en série télé !Les Bookstagrammeurs à l’heure du crépuscule…Philippe Claudel \
                 fait partie des auteurs choyés par les Instagrammeurs."
            ),
            "Et hop, la boucle est… bouclée !\n\nLa libraire adepte des… cimetières marins \
             !\n\nGrande fan de polars, Audrey Colin a été subjuguée. Et qui pourrait se décliner \
             en série télé !\n\nLes Bookstagrammeurs à l’heure du crépuscule…\n\nPhilippe Claudel \
             fait partie des auteurs choyés par les Instagrammeurs."
        );
        // An ellipsis inside a sentence, before a space or a lowercase word, stays.
        for kept in [
            "Il a lu… Le Monde.",
            "Il a publié à… 8 ans.",
            "des…cimetières",
        ] {
            assert_eq!(unglue_paragraphs(kept), kept);
        }
    }
}
