//! Where a French sentence's main clause starts. French news copy often fronts where, when and
//! why before its subject ("À Marseille, à Rennes, comme au Boulou, les « gilets jaunes » ne
//! décolèrent pas…"): a title or a description cut inside those phrases says nothing ("À
//! Marseille, à Rennes, comme au Boulou."), and the main clause after them can stand alone.
//!
//! Sentences are read as comma segments; commas inside « », “ ” and ( ) do not count.

use crate::segmenting::{lowercase, with_lowercase};

/// Words that open a phrase saying where, when, why or despite what: a sentence opening on
/// one puts its main clause after it.
///
/// The list [`is_adverbial_opener`]'s `match` is written from, read only by the tests that
/// hold the two equal.
#[cfg_attr(not(test), allow(dead_code))]
const ADVERBIAL_OPENERS: &[&str] = &[
    "à",
    "afin",
    "alors",
    "après",
    "au",
    "aux",
    "avant",
    "avec",
    "chez",
    "comme",
    "dans",
    "depuis",
    "derrière",
    "dès",
    "devant",
    "durant",
    "en",
    "entre",
    "face",
    "lors",
    "lorsque",
    "lorsqu",
    "malgré",
    "parmi",
    "pendant",
    "pour",
    "puisque",
    "puisqu",
    "quand",
    "sans",
    "selon",
    "si",
    "sous",
    "sur",
    "tandis",
    "vers",
];

/// The lowercase word is one of [`ADVERBIAL_OPENERS`]: a `match` on its bytes, where a search
/// of the list compared it with every entry of its length by a call to `memcmp`, for every
/// prefix the descriptions and titles try.
fn is_adverbial_opener(word: &str) -> bool {
    matches!(
        word,
        "à" | "afin"
            | "alors"
            | "après"
            | "au"
            | "aux"
            | "avant"
            | "avec"
            | "chez"
            | "comme"
            | "dans"
            | "depuis"
            | "derrière"
            | "dès"
            | "devant"
            | "durant"
            | "en"
            | "entre"
            | "face"
            | "lors"
            | "lorsque"
            | "lorsqu"
            | "malgré"
            | "parmi"
            | "pendant"
            | "pour"
            | "puisque"
            | "puisqu"
            | "quand"
            | "sans"
            | "selon"
            | "si"
            | "sous"
            | "sur"
            | "tandis"
            | "vers"
    )
}

/// Pronouns a clause may open on as its subject.
const SUBJECT_PRONOUNS: &[&str] = &[
    "c", "ce", "cela", "ça", "elle", "elles", "il", "ils", "j", "je", "nous", "on", "vous", "rien",
    "personne", "chacun", "tout", "tous",
];

/// The byte offsets of `mark` (`,` or `:`) in the text outside quotations and brackets:
/// where its own commas and colons are. Read by bytes, every clause cut of the title and the
/// description scanning whole sentences: the marks and brackets are ASCII, « » “ ” are found
/// by their UTF-8 bytes (a lead byte is never another character's continuation), and the
/// bytes between are skipped over a table.
fn top_level(text: &str, mark: u8) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    // A text without the mark (most sentences hold no colon, many no comma) has none of its
    // own: `memchr` tells so at a fraction of the table's cost, and the scan starts at the end.
    let start = match memchr::memchr(mark, bytes) {
        Some(_) => 0,
        None => bytes.len(),
    };
    let (mut at, mut depth, mut straight_open) = (start, 0usize, false);
    std::iter::from_fn(move || {
        while at < bytes.len() {
            while at < bytes.len() && !TOP_LEVEL_BYTES[usize::from(bytes[at])] {
                at += 1;
            }
            let i = at;
            at += 1;
            let after = |k: usize| bytes.get(i + k).copied();
            match bytes.get(i)? {
                b'(' => depth += 1,
                b')' => depth = depth.saturating_sub(1),
                b'"' => straight_open = !straight_open,
                0xC2 => match after(1) {
                    Some(0xAB) => depth += 1,
                    Some(0xBB) => depth = depth.saturating_sub(1),
                    _ => {}
                },
                0xE2 if after(1) == Some(0x80) => match after(2) {
                    Some(0x9C) => depth += 1,
                    Some(0x9D) => depth = depth.saturating_sub(1),
                    _ => {}
                },
                &byte if byte == mark && depth == 0 && !straight_open => return Some(i),
                _ => {}
            }
        }
        None
    })
}

/// The bytes [`top_level`] stops at: brackets, straight quotes, the lead bytes of « » “ ”,
/// and the marks it finds.
const TOP_LEVEL_BYTES: [bool; 256] = {
    let mut stops = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        stops[byte] = matches!(byte as u8, b'(' | b')' | b'"' | 0xC2 | 0xE2 | b',' | b':');
        byte += 1;
    }
    stops
};

/// The text's segments between commas, each with its byte offset, commas inside quotation
/// marks or brackets not counting.
pub fn segments(text: &str) -> Vec<(usize, &str)> {
    let mut start = 0;
    let mut out = Vec::new();
    for i in top_level(text, b',') {
        out.push((start, &text[start..i]));
        start = i + 1;
    }
    out.push((start, &text[start..]));
    out
}

/// Byte offsets just after the text's own colons: those followed by a space or ending it, as
/// French sets a colon that opens what follows ("https://", "11:53" are no such colon).
fn after_colons(text: &str) -> impl Iterator<Item = usize> + '_ {
    top_level(text, b':')
        .map(|i| i + 1)
        .filter(|&after| text[after..].chars().next().is_none_or(char::is_whitespace))
}

/// The most colons after which a main clause is looked for: each look reads the rest of the
/// sentence, and a sentence of thousands of colons must cost no more than a few readings.
const MAX_COLON_STARTS: usize = 8;

/// The segment's first word, lowercase, an elided article or pronoun without its apostrophe
/// ("l’allocution" → "l"). Borrowed when written in lowercase already, as most are: every
/// caller only compares it.
fn first_word_is(segment: &str, test: impl FnOnce(&str) -> bool) -> bool {
    let word = segment
        .split(|c: char| c.is_whitespace() || c == '’' || c == '\'' || c == ',')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    with_lowercase(word, test)
}

/// The segment opens a phrase that says where, when, how or despite what: an adverbial opener
/// ("À Marseille", "Après trois mois"), an -ment adverb ("Initialement spontané"), or a past
/// participle describing the subject still to come ("Découvert dans une maison", "Atteint
/// d’un cancer"). Not a quantity of the subject ("Au moins cinq décès", "À peine élu").
pub fn opens_adverbial(segment: &str) -> bool {
    if segment.trim_start().starts_with(['«', '“', '"']) {
        return false; // a quotation, whatever its first word ("« Si la pêche… »")
    }
    let mut words = crate::segmenting::hyphenated_runs(segment);
    let (first, second) = (words.next().unwrap_or(""), words.next());
    // "A Saint-Josse, près du Touquet, …": French capitals often go without their accent, and
    // the verb "a" is never written with a capital before its subject.
    let first = if first == "A" { "à" } else { first };
    let quantity = second.is_some_and(|second| {
        with_lowercase(second, |second| {
            matches!(second, "moins" | "peine" | "plus")
        })
    });
    with_lowercase(first, |first| {
        let participle = (["é", "ée", "és", "ées", "ert", "erte", "erts"]
            .iter()
            .any(|e| first.ends_with(e))
            && !first.ends_with("té")
            && !first.ends_with("tés"))
            // "Atteint d’un cancer au poumon, Florent Pagny…", "Mis en examen, l’homme…".
            || crate::lexicon::is_irregular_past_participle(first);
        let adverb = first.chars().count() > 6 && first.ends_with("ment");
        (is_adverbial_opener(first) && !quantity) || participle || adverb
    })
}

/// The segment opens on what can be a clause's subject: an article or other determiner, a
/// subject pronoun, a name, a quotation or a figure.
fn opens_subject(segment: &str) -> bool {
    let trimmed = segment.trim_start();
    if trimmed.starts_with(['«', '“', '"']) || trimmed.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    first_word_is(trimmed, |first| {
        crate::lexicon::is_determiner(first) || SUBJECT_PRONOUNS.contains(&first)
    }) || trimmed.starts_with(char::is_uppercase)
}

/// The piece holds a word that looks like a finite verb, or one after "ne" or a reflexive
/// pronoun ("ne cesse", "se dit"). A guess: present-tense verbs often look like nouns.
pub fn holds_verb(piece: &str) -> bool {
    words(piece).any(word_holds_verb)
}

/// The word, as white space delimits it, is the one [`holds_verb`] finds: it looks like a
/// finite verb, or it is "ne", "se", or opens on "n’" or "s’". Asked once for each word of a
/// sentence whose every prefix is tested (`meta::clause_prefixes`): a prefix holds a verb
/// when one of its words does.
pub fn word_holds_verb(word: &str) -> bool {
    with_lowercase(word, |w| {
        crate::lexicon::looks_like_finite_verb(w)
            || matches!(w, "ne" | "se")
            || w.starts_with("n’")
            || w.starts_with("s’")
    })
}

/// The part of the text after its last colon outside quotations, or the whole text.
pub(crate) fn after_last_colon(text: &str) -> &str {
    if !text.contains(':') {
        return text;
    }
    &text[after_colons(text).last().unwrap_or(0)..]
}

/// Only the phrases a sentence fronts before its main clause, the clause itself never come:
/// "À Marseille, à Rennes, comme au Boulou", "Initialement spontané, protéiforme et non
/// encadrée", "Insectes : avec le réchauffement climatique". A title or a description ending
/// there is no sentence.
pub fn only_adverbials(text: &str) -> bool {
    let part = after_last_colon(text);
    // Most texts open on their subject: settled by the first words, no segment made.
    let adverbial = opens_adverbial(part);
    if !adverbial && !may_open_on_date(part) {
        return false;
    }
    let segments = segments(part);
    // "Le 2 décembre 2014, soit un peu plus d’un mois" (Paris-luttes.info's lede): a date
    // fronted without its preposition says when, as "Le 17 novembre dernier, …" does.
    if !adverbial && !is_date(segments[0].1) {
        return false;
    }
    segments[1..]
        .iter()
        .all(|(_, s)| s.trim().is_empty() || !opens_subject(s) || is_date(s))
}

/// The text opens on "le" or "ce" and a figure, as a date does ([`is_date`] says).
fn may_open_on_date(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words
        .next()
        .is_some_and(|w| matches!(w, "le" | "Le" | "ce" | "Ce"))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// The segment is a date ("le 17 novembre dernier", "le 1er mai 2019"): it says when, and
/// opens on an article as a subject would.
fn is_date(segment: &str) -> bool {
    let words: Vec<&str> = segment
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']))
        .collect();
    let Some((article, rest)) = words.split_first() else {
        return false;
    };
    let date = date_words(rest);
    matches!(*article, "le" | "Le" | "ce" | "Ce")
        && date > 0
        && rest[date..]
            .iter()
            .all(|w| matches!(*w, "dernier" | "prochain"))
}

/// How many of `words` (a text split at spaces, from a day's number) are a date: "9 juillet
/// (2019)", or "7\u{a0}avril" as typography binds a day's number to its month; 0 for none.
pub(crate) fn date_words(words: &[&str]) -> usize {
    let is_day_number = |w: &str| {
        let w = w.strip_suffix("er").unwrap_or(w);
        !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
    };
    let is_year = |w: &str| w.len() == 4 && is_day_number(w);
    let parts: Vec<(usize, &str)> = words
        .iter()
        .enumerate()
        .take(3)
        .flat_map(|(i, w)| w.split('\u{a0}').map(move |part| (i, part)))
        .collect();
    match parts[..] {
        [(_, day), (_, month), ref rest @ ..] if is_day_number(day) && is_month_word(month) => {
            let month_word = parts[1].0;
            match rest.first() {
                Some(&(i, year)) if is_year(year) => i + 1,
                _ => month_word + 1,
            }
        }
        _ => 0,
    }
}

/// The word, without the punctuation around it, is a month, in any case.
fn is_month_word(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    with_lowercase(bare, crate::lexicon::is_month)
}

/// Only a subject, its predicate cut off: "Le secrétaire général de la CGT | et le ministre
/// … se sont rejetés…", "Les journalistes du service français de reportage | de BFMTV ont
/// voté…". After its last colon, the text opens on an article and holds no word that may be
/// a verb: none that looks finite, no past participle ("un enfant de 14 ans tué", the
/// headline's verb), and no lowercase word right after a name ("Le pape François souffre",
/// "Berne interdit": present-tense verbs look like nouns, but a name is rarely followed by a
/// common noun).
pub fn only_subject(text: &str) -> bool {
    let part = after_last_colon(text).trim();
    let opens_on_article = part
        .split_whitespace()
        .next()
        .is_some_and(|w| first_word_is(w, crate::lexicon::is_determiner));
    opens_on_article && verbless(part)
}

/// After its last colon, the text holds no word that may be a verb: none that looks finite,
/// no past participle, no lowercase word right after a name (see [`only_subject`]). From a
/// lede, such a text is a description ("Rond-point de Margencel, à l’entrée de Thonon-les-
/// Bains"), not the news.
pub fn verbless(text: &str) -> bool {
    let part = after_last_colon(text).trim();
    let words: Vec<&str> = words(part).collect();
    // "à l’entrée": after an elided article the word is a noun, whatever its ending.
    let participle = words.iter().skip(1).any(|w| {
        !after_elided_article(w)
            && with_lowercase(
                w.trim_end_matches([',', '.', '»', '"']),
                crate::lexicon::ends_like_past_participle,
            )
    });
    // "Rond-point de Margencel, à l’entrée": a name the comma closes is no subject whose
    // verb comes next.
    let after_name = words.windows(2).skip(1).any(|pair| {
        pair[0].starts_with(char::is_uppercase)
            && !pair[0].ends_with(',')
            && pair[1].starts_with(char::is_lowercase)
    });
    !holds_verb(part) && !participle && !after_name
}

/// The word opens on the elided article "l’" ("l’entrée", "L’arrivée").
fn after_elided_article(word: &str) -> bool {
    ["l’", "L’", "l'", "L'"].iter().any(|a| word.starts_with(a))
}

/// A subject and the relative clause that describes it, the main verb never come: "M. Macron,
/// qui s’est entretenu avec son premier ministre".
pub fn subject_and_relative(text: &str) -> bool {
    let part = after_last_colon(text);
    only_comma(part)
        .is_some_and(|comma| !holds_verb(&part[..comma]) && opens_relative(&part[comma + 1..]))
}

/// Where `part`'s only comma of its own stands (outside quotations and brackets), if it holds
/// one and only one: two segments, and the scan stops at a second comma, no segment made.
fn only_comma(part: &str) -> Option<usize> {
    let mut commas = top_level(part, b',');
    match (commas.next(), commas.next()) {
        (Some(comma), None) => Some(comma),
        _ => None,
    }
}

/// A subject and the apposition set after it, the main verb never come: "La jeune pousse,
/// fondée en 2023 par deux anciens chercheurs de l’Inria" (the verb, "développe", came after
/// the next comma), "La digue, longue de trois kilomètres". Only a short noun phrase opened
/// by its article is taken for the subject: a longer opening may hold a verb [`holds_verb`]
/// does not know ("La police interpelle un homme, soupçonné de vol" is a sentence).
pub fn subject_and_apposition(text: &str) -> bool {
    // Most prefixes run more words than a short subject before their first comma: told
    // before the quotations are scanned.
    let before_comma = text.split(',').next().unwrap_or(text);
    if before_comma
        .split_whitespace()
        .nth(SUBJECT_MAX_WORDS)
        .is_some()
        && !text.contains(':')
    {
        return false;
    }
    let part = after_last_colon(text);
    let Some(comma) = only_comma(part) else {
        return false;
    };
    let (subject, apposition) = (&part[..comma], &part[comma + 1..]);
    let subject_words = words(subject).count();
    (2..=SUBJECT_MAX_WORDS).contains(&subject_words)
        && first_word_is(subject, crate::lexicon::is_determiner)
        && !holds_verb(subject)
        && !holds_verb(apposition)
}

/// The most words of the noun phrase [`subject_and_apposition`] takes for a subject, its
/// article counted: "La jeune pousse", "Le nouveau directeur général".
const SUBJECT_MAX_WORDS: usize = 4;

/// The piece opens a relative clause.
pub fn opens_relative(piece: &str) -> bool {
    first_word_is(piece, |first| {
        matches!(
            first,
            "qui"
                | "que"
                | "qu"
                | "dont"
                | "où"
                | "lequel"
                | "laquelle"
                | "lesquels"
                | "lesquelles"
        )
    })
}

/// The sentence without the relative clause set between commas after its subject: "Les
/// sirènes d’alerte (SAIP), qui retentissent chaque premier mercredi du mois, ne pourront pas
/// sonner…" → "Les sirènes d’alerte (SAIP) ne pourront pas sonner…". The clause only describes
/// the subject, and what is left is the source's sentence, shorter. `None` unless the sentence
/// opens on such a subject (no verb before the comma) and goes on after the clause.
pub fn without_relative_aside(sentence: &str) -> Option<String> {
    without_aside_after_subject(sentence, |aside, _| opens_relative(aside))
}

/// The sentence without the apposition set between commas after its subject, right before
/// the main verb: "L’ambition de ces nouvelles structures, fruits d’une nouvelle politique de
/// l’insertion née de la recentralisation du RSA, est de renforcer…" → "L’ambition de ces
/// nouvelles structures est de renforcer…". The apposition is a phrase without a verb,
/// opening in lowercase, that neither excepts nor limits what the subject names ("Tous les
/// élus, sauf le maire, sont venus" says something else without it).
pub fn without_subject_apposition(sentence: &str) -> Option<String> {
    without_apposition_before(sentence, |after| {
        first_word_is(after, |w| MAIN_VERBS.contains(&w))
    })
}

/// The most words of a role a name in apposition may stand for ("Le porte-parole du
/// gouvernement"): a longer subject is more than a role.
const MAX_ROLE_WORDS: usize = 8;

/// The sentence with the name set in apposition after its subject standing for the subject:
/// "Le porte-parole du gouvernement, Benjamin Griveaux, a été évacué…" → "Benjamin Griveaux
/// a été évacué…". A headline names the person and drops the role first. The subject is a
/// role: a definite article, a lowercase noun, no verb, a few words; the apposition a full
/// name (two to four words, capitalised at both ends, particles between); the predicate
/// opens on a verb right after it.
pub fn name_for_its_role(sentence: &str) -> Option<String> {
    let mut commas = top_level(sentence, b',');
    let (first, second) = (commas.next()?, commas.next()?);
    let role = &sentence[..first];
    let name = sentence[first + 1..second].trim();
    let rest = sentence[second + 1..].trim_start();
    let mut role_words = role.split_whitespace();
    let opener = role_words.next()?;
    // "Le porte-parole", "L’ancien ministre": the article, then the role's first word.
    let noun = match ["L’", "L'", "l’", "l'"]
        .iter()
        .find_map(|a| opener.strip_prefix(a))
    {
        Some(elided) => Some(elided),
        None if with_lowercase(opener, |w| matches!(w, "le" | "la" | "les")) => role_words.next(),
        None => None,
    };
    let is_role = noun.is_some_and(|w| w.starts_with(char::is_lowercase))
        && role.split_whitespace().count() <= MAX_ROLE_WORDS
        && !holds_verb(role);
    let predicate = words(rest).next().is_some_and(word_holds_verb)
        || first_word_is(rest, |w| MAIN_VERBS.contains(&w));
    (is_role && full_name(name) && predicate && leaves_a_clause(rest))
        .then(|| format!("{name} {rest}"))
}

/// Two to four words, the first and the last capitalised, the others capitalised or a
/// name's particle ("Dominique de Villepin"), no digit: a person's full name.
fn full_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let particle =
        |w: &&str| matches!(*w, "de" | "du" | "des" | "d’" | "van" | "von" | "le" | "la");
    (2..=4).contains(&words.len())
        && words.first().is_some_and(capital)
        && words.last().is_some_and(capital)
        && words.iter().all(|w| capital(w) || particle(w))
        && !text.contains(|c: char| c.is_ascii_digit())
}

/// The text without the apposition set between commas after its subject, when what follows
/// it `opens_predicate`: a phrase without a verb, opening in lowercase, that neither excepts
/// nor limits what the subject names.
fn without_apposition_before(text: &str, opens_predicate: impl Fn(&str) -> bool) -> Option<String> {
    without_aside_after_subject(text, |aside, after| {
        aside.trim_start().starts_with(char::is_lowercase)
            && !first_word_is(aside, |w| LIMITING_ASIDE_OPENERS.contains(&w))
            && opens_predicate(after)
            && !holds_verb(aside)
    })
}

/// A headline's news without the apposition set between commas after its subject, right
/// before its verb: "L’article 258, héritage colonial, fait débat" → "L’article 258 fait
/// débat" (Senego). As [`without_subject_apposition`], but the verb after the apposition is
/// any word that looks like one ([`word_holds_verb`]), not only an auxiliary: in a headline,
/// a subject of a few words, a phrase without a verb between commas and such a word are the
/// subject, its apposition and its predicate.
pub fn without_headline_apposition(news: &str) -> Option<String> {
    without_apposition_before(news, |after| {
        words(after).next().is_some_and(word_holds_verb)
    })
}

/// The sentence without the aside set between its first two commas, when the words before
/// them are a subject (no verb, ten words at most) and `describes` the aside, given what
/// follows it.
fn without_aside_after_subject(
    sentence: &str,
    describes: impl Fn(&str, &str) -> bool,
) -> Option<String> {
    // The first three segments: the scan stops at the second comma of the sentence's own,
    // where every sentence was cut into all its segments.
    let mut commas = top_level(sentence, b',');
    let (Some(first), Some(second)) = (commas.next(), commas.next()) else {
        return None;
    };
    let subject = &sentence[..first];
    let described = !holds_verb(subject) && subject.split_whitespace().count() <= 10;
    if !(described && describes(&sentence[first + 1..second], &sentence[second + 1..])) {
        return None;
    }
    joined_around(sentence, first, second, &mut commas)
}

/// Words that open an aside changing what the subject it follows covers (an exception, a
/// restriction, a negation) or adding to it (a conjunction: "Le ministre, et son cabinet,
/// sont…"): neither only describes the subject.
const LIMITING_ASIDE_OPENERS: &[&str] = &[
    "sauf",
    "excepté",
    "hormis",
    "hors",
    "à",
    "mis",
    "ni",
    "pas",
    "non",
    "seul",
    "seule",
    "seuls",
    "seules",
    "même",
    "voire",
    "uniquement",
    "seulement",
    "surtout",
    "notamment",
    "y",
    "ou",
    "et",
    "mais",
];

/// The sentence without the first relative clause set between commas after its main clause
/// has its verb: "Emmanuel Macron a tenté lundi de calmer la colère des « gilets jaunes »,
/// qu’il a jugée « juste à bien des égards », en annonçant une série de mesures sociales…" →
/// "… la colère des « gilets jaunes » en annonçant une série de mesures sociales…". Set
/// apart by commas, the clause only describes the noun before it; what is left is the
/// source's sentence, shorter. [`without_relative_aside`] takes the one after a subject.
/// `None` when the clause is in the subjunctive ("que ce soit à Paris, à Lyon…", which is no
/// relative clause and runs past its comma), longer than `MAX_RELATIVE_WORDS`, or followed
/// only by its speaker ("…, a-t-il ajouté"), which would be left without its words.
pub fn without_relative_aside_after_verb(sentence: &str) -> Option<String> {
    let mut commas = top_level(sentence, b',');
    let mut first = commas.next()?;
    // Once the words before a comma hold a verb, so do those before any later one; each
    // stretch is read once (a hostile run of relative asides stays linear).
    let (mut verb_before, mut read_to) = (false, 0);
    while let Some(second) = commas.next() {
        let aside = &sentence[first + 1..second];
        let relative = opens_relative(aside)
            && aside.split_whitespace().count() <= MAX_RELATIVE_WORDS
            && !aside
                .split_whitespace()
                .any(|w| matches!(w, "soit" | "soient" | "s’agisse" | "s'agisse"));
        if relative {
            verb_before = verb_before || holds_verb(&sentence[read_to..first]);
            read_to = first;
            if verb_before {
                return joined_around(sentence, first, second, &mut commas);
            }
        }
        first = second;
    }
    None
}

/// `sentence` without what stands between the commas at `first` and `second`, and without an
/// incise after it, through the commas `commas` has left ("…, qui vise à alerter les
/// Français, comme l’explique le ministère, sera déclenché": the incise is the clause's, and
/// goes with it). `None` when only a speaker or nothing is left after it.
fn joined_around(
    sentence: &str,
    first: usize,
    mut second: usize,
    commas: &mut impl Iterator<Item = usize>,
) -> Option<String> {
    while opens_incise(&sentence[second + 1..]) {
        second = commas.next()?;
    }
    let rest = sentence[second + 1..].trim_start();
    leaves_a_clause(rest).then(|| format!("{} {}", sentence[..first].trim_end(), rest))
}

/// What is left after an aside left out is a clause: two words or more, not its speaker alone
/// ("…, a-t-il ajouté", "…, dit-elle").
fn leaves_a_clause(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let next = words.next().unwrap_or("").trim_end_matches(['.', ',']);
    let speaker = next.contains("-t-")
        || ["-il", "-elle", "-ils", "-elles", "-on"]
            .iter()
            .any(|p| next.ends_with(p));
    words.next().is_some() && !speaker
}

/// Words that open an incise telling where a statement comes from ("comme l’explique le
/// ministère", "selon la préfecture"): set between commas, never the main clause.
fn opens_incise(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    matches!(first, "comme" | "selon")
        || first.starts_with("d’après")
        || first.starts_with("d'après")
}

/// Finite verbs that can only be verbs: once a relative clause has its own verb, the next of
/// these is the main clause's.
const MAIN_VERBS: &[&str] = &[
    "est", "sont", "a", "ont", "était", "étaient", "avait", "avaient", "sera", "seront", "va",
    "vont", "doit", "doivent", "peut", "peuvent",
];

/// The most words a relative clause left out may hold: a longer one is no aside.
const MAX_RELATIVE_WORDS: usize = 16;

/// The sentence without the relative clause that defines its subject, unset by commas: "Un
/// donneur de sperme en série qui a engendré au moins 550 enfants aux Pays-Bas | est poursuivi
/// en justice…" → "Un donneur de sperme en série est poursuivi en justice…". The clause opens
/// on "qui" and its own verb, and ends where an auxiliary or a modal, which no noun looks like,
/// opens the main predicate. `None` unless the sentence opens on such a subject (an article, no
/// verb before "qui") and that predicate comes within `MAX_RELATIVE_WORDS`.
pub fn without_inner_relative(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let DefiningRelative {
        subject,
        relative,
        main,
    } = defining_relative(&words)?;
    (subject == 0).then(|| {
        format!(
            "{} {}",
            words[..relative].join(" "),
            words[main..].join(" ")
        )
    })
}

/// Prepositions that open what situates a participle of the subject, in time or place ("blessés
/// | lors de la manifestation", "interpellé | à Paris"): a detail the headline may leave out.
const SITUATING_PREPOSITIONS: &[&str] = &[
    "lors", "pendant", "durant", "dans", "à", "au", "aux", "en", "sur", "près", "devant", "depuis",
    "après", "avant",
];

/// The sentence with its subject told short: the phrase that situates a participle of the
/// subject in time or place is left out, and so is an adverb in -ment before that participle:
/// "L’un des deux manifestants grièvement blessés lors de la manifestation contre les
/// mégabassines de Sainte-Soline | est sorti du coma" → "L’un des deux manifestants blessés est
/// sorti du coma". What is left is still true, only less precise. `None` unless the sentence
/// opens on an article, the subject holds no verb, the phrase follows the participle right away
/// and an auxiliary or a modal opens the main predicate within `MAX_RELATIVE_WORDS`, no
/// comma between.
pub fn without_situating_phrase(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let main = main_predicate(&words)?;
    let participle = (1..main - 1).find(|&i| {
        with_lowercase(words[i], crate::lexicon::ends_like_past_participle)
            && with_lowercase(words[i + 1], |w| SITUATING_PREPOSITIONS.contains(&w))
    })?;
    let kept = words[..=participle]
        .iter()
        .enumerate()
        .filter(|&(i, _)| !(i + 1 == participle && is_adverb_before(&words, i)))
        .map(|(_, w)| *w)
        .chain(words[main..].iter().copied());
    Some(kept.collect::<Vec<_>>().join(" "))
}

/// The sentence with its subject told short: without the relative clause that defines it
/// ([`without_inner_relative`]), or else without the phrase that situates its participle
/// ([`without_situating_phrase`]).
pub fn with_subject_told_short(sentence: &str) -> Option<String> {
    // Both forms need a subject opened by an article: a sentence that opens otherwise, as
    // most do, is not split into its words twice to learn it.
    if !opens_on_article(sentence) {
        return None;
    }
    without_inner_relative(sentence).or_else(|| without_situating_phrase(sentence))
}

/// The sentence's first word, split at white space, is a determiner, or "tout" ("toute",
/// "tous", "toutes") with a determiner after it: what [`without_situating_phrase`] (through
/// [`main_predicate`]) and [`without_inner_relative`] (a subject from the sentence's start,
/// through [`defining_relative`]) ask of its opening before anything else.
fn opens_on_article(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    first_word_is(first, |first| {
        crate::lexicon::is_determiner(first)
            || matches!(first, "tout" | "toute" | "tous" | "toutes")
                && words
                    .next()
                    .is_some_and(|w| first_word_is(w, crate::lexicon::is_determiner))
    })
}

/// Where the main predicate of a sentence opening on its subject opens, by word: the subject
/// opens on an article and holds no verb, and an auxiliary or a modal, which no noun looks
/// like, comes within [`MAX_RELATIVE_WORDS`], no comma before it.
fn main_predicate(words: &[&str]) -> Option<usize> {
    if !words
        .first()
        .is_some_and(|w| first_word_is(w, crate::lexicon::is_determiner))
    {
        return None;
    }
    let main = (2..words.len().min(MAX_RELATIVE_WORDS))
        .take_while(|&i| !words[i - 1].ends_with([',', ';', ':']))
        .find(|&i| with_lowercase(words[i], |w| MAIN_VERBS.contains(&w)))?;
    (!holds_verb(&words[..main].join(" "))).then_some(main)
}

/// Where the main predicate of a sentence opening on its subject opens, by word (the sentence
/// split at white space): after a subject opened by an article (`main_predicate`) or after a
/// name and its appositions (`predicate_after_appositions`). A cut of the sentence to that
/// many words or fewer is only its subject.
pub fn predicate_start(words: &[&str]) -> Option<usize> {
    main_predicate(words).or_else(|| predicate_after_appositions(words))
}

/// Where the main predicate of a sentence opening on a name set apart by commas opens, by word:
/// "Assa Traoré, la soeur d’Adama décédé lors d’un contrôle de police en 2016, accompagnée
/// notamment de personnalités politiques, | a fait face à des opposants…". The name holds no
/// verb, and the predicate is the first stretch between commas that opens on an auxiliary or a
/// modal, within [`MAX_APPOSITION_WORDS`].
fn predicate_after_appositions(words: &[&str]) -> Option<usize> {
    let name_end = words.iter().position(|w| w.ends_with(','))?;
    let opens_on_name = words[0].starts_with(char::is_uppercase)
        && !first_word_is(words[0], crate::lexicon::is_determiner)
        && name_end < 4
        && !holds_verb(&words[..=name_end].join(" "));
    if !opens_on_name {
        return None;
    }
    (name_end + 1..words.len().min(MAX_APPOSITION_WORDS)).find(|&i| {
        words[i - 1].ends_with(',') && with_lowercase(words[i], |w| MAIN_VERBS.contains(&w))
    })
}

/// The most words a name and the appositions after it may hold before the main predicate.
const MAX_APPOSITION_WORDS: usize = 40;

/// `cut`, after its last colon, is the start of `sentence` stopping before its main predicate:
/// "L’un des deux manifestants grièvement blessés" of "L’un des deux manifestants grièvement
/// blessés lors de la manifestation… est sorti du coma". It names someone and says nothing of
/// them.
pub fn only_the_subject_of(sentence: &str, cut: &str) -> bool {
    let words: Vec<&str> = words(sentence).collect();
    let cut: Vec<&str> = self::words(after_last_colon(cut)).collect();
    let Some(main) = predicate_start(&words) else {
        return false;
    };
    // A cut at a comma loses it: "… en 2016" of "… en 2016, accompagnée".
    let same =
        |a: &str, b: &str| lowercase(a.trim_end_matches(',')) == lowercase(b.trim_end_matches(','));
    cut.len() <= main && cut.iter().zip(&words).all(|(a, b)| same(a, b))
}

/// `words[i]` is an adverb in -ment before the word after it ("manifestants | grièvement |
/// blessés"), not a noun in -ment, which an article or a preposition opens ("le gouvernement").
fn is_adverb_before(words: &[&str], i: usize) -> bool {
    with_lowercase(words[i], |word| word.len() > 6 && word.ends_with("ment"))
        && i > 0
        && !with_lowercase(words[i - 1], crate::lexicon::is_function_word)
}

/// Where a subject, the relative clause defining it and the main predicate that subject awaits
/// open, by word: see [`defining_relative`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DefiningRelative {
    pub subject: usize,
    pub relative: usize,
    pub main: usize,
}

/// The word is "qui" in any case: `lowercase(word) == "qui"` told by its bytes. No character
/// beyond ASCII lowercases to "q", "u" or "i" (the dotted capital İ lowercases to two
/// characters), so the word is ASCII and compared ASCII-caselessly, where lowercasing every
/// word of every sentence tried for a description showed in profiles.
fn is_qui(word: &str) -> bool {
    word.eq_ignore_ascii_case("qui")
}

/// `words` are a subject before its relative clause: two words or more opening on an article
/// ("tout un peuple", "toute la ville": the article after "tout" opens it as well), none of
/// them a verb.
fn a_subject_opened_by_its_article(words: &[&str]) -> bool {
    let after_all =
        usize::from(words.first().is_some_and(|w| {
            first_word_is(w, |w| matches!(w, "tout" | "toute" | "tous" | "toutes"))
        }));
    let opens_on_article = words
        .get(after_all)
        .is_some_and(|w| first_word_is(w, crate::lexicon::is_determiner));
    words.len() >= 2 && opens_on_article && !words.iter().any(|w| word_holds_verb(w))
}

/// The first "qui" of `words` opens a clause defining a subject that awaits its main predicate:
/// the subject, from the sentence's start or its last comma before "qui", opens on an article
/// and holds no verb; the clause's own verb comes first ("qui a engendré", "qui s’est rendu"),
/// and an auxiliary or a modal, which no noun looks like, opens the main predicate within
/// `MAX_RELATIVE_WORDS`, no comma between.
pub fn defining_relative(words: &[&str]) -> Option<DefiningRelative> {
    let relative = words.iter().position(|w| is_qui(w))?;
    let subject = words[..relative]
        .iter()
        .rposition(|w| w.ends_with(','))
        .map_or(0, |comma| comma + 1);
    if !a_subject_opened_by_its_article(&words[subject..relative]) {
        return None;
    }
    let clause_verb = relative + 1;
    let main = (clause_verb + 2..words.len().min(relative + MAX_RELATIVE_WORDS))
        .take_while(|&i| !words[i - 1].ends_with([',', ';', ':']))
        .find(|&i| with_lowercase(words[i], |w| MAIN_VERBS.contains(&w)))?;
    Some(DefiningRelative {
        subject,
        relative,
        main,
    })
}

/// "Toutes les personnes qui détiennent des volailles, y compris les particuliers qui élèvent
/// quelques poules dans leur jardin.": a subject opened by its article and the clauses "qui"
/// opens, the main verb never come. Under "Qui est concerné ?" it answers; read alone it names
/// someone and says nothing of them. Every word that may be a verb comes right after a "qui"
/// (or after "qui ne", "qui se"); a main verb the lexicon does not know as one ("Le maire qui
/// dirige la ville quitte ses fonctions") leaves the sentence taken for a fragment.
pub fn only_subject_and_its_relatives(text: &str) -> bool {
    let part = after_last_colon(text);
    // Asked of every description's candidate: most open on no article, or hold no "qui",
    // told before the words are split.
    let opens_on_article = |word: &str| {
        first_word_is(word, |w| {
            crate::lexicon::is_determiner(w) || matches!(w, "tout" | "toute" | "tous" | "toutes")
        })
    };
    if !part.split_whitespace().next().is_some_and(opens_on_article)
        || memchr::memmem::find(part.as_bytes(), b"qui").is_none()
    {
        return false;
    }
    let words: Vec<&str> = words(part).collect();
    let Some(relative) = words.iter().position(|w| is_qui(w)) else {
        return false;
    };
    let governed = |k: usize| {
        is_qui(words[k - 1]) || k >= 2 && is_qui(words[k - 2]) && word_holds_verb(words[k - 1])
    };
    a_subject_opened_by_its_article(&words[..relative])
        && !text.trim_end().ends_with('?')
        && (relative + 1..words.len()).all(|k| !word_holds_verb(words[k]) || governed(k))
}

/// After its last colon, the text opens on a pronoun or a conjunction that points to what came
/// before it ("Sirènes d’alerte : il s’agit d’« un jour férié »", "Et justement, le revenu…",
/// "RSA : celle de Sevran a été inaugurée"): a headline has nothing before it.
pub fn points_back(text: &str) -> bool {
    let part = after_last_colon(text);
    if is_impersonal(part) {
        return false;
    }
    asks_of_what_came_before(part)
        || attributed_to_a_pronoun(part)
        || first_word_is(part, |first| {
            matches!(
                first,
                "il" | "ils"
                    | "elle"
                    | "elles"
                    | "cela"
                    | "ça"
                    | "et"
                    | "mais"
                    | "or"
                    | "donc"
                    | "celui"
                    | "celle"
                    | "ceux"
                    | "celles"
            )
        })
        || opens_on_shell_noun(part)
        || part.len() == text.len() && opens_on_possessive(part)
        || opens_on_leaning_connective(part)
        || demonstrative_subject(part)
}

/// Most words of a clause whose demonstrative subject points out of it
/// ([`demonstrative_subject`]).
const DEMONSTRATIVE_CLAUSE_MAX_WORDS: usize = 6;

/// "C’est une évidence…" (The Conversation's lede), "Ce n’est pas la première fois": a short
/// clause whose demonstrative subject stands for what the sentence before told, or the one
/// after will. A cleft sentence says it itself ("C’est à Paris que le sommet s’ouvre"), and
/// a presentative before a comma sets what follows it ("C’est le printemps, les
/// pollinisateurs reviennent").
fn demonstrative_subject(part: &str) -> bool {
    if part.contains(',') || words(part).nth(DEMONSTRATIVE_CLAUSE_MAX_WORDS).is_some() {
        return false;
    }
    let mut words = words(part).map(|w| lowercase(w.trim_end_matches(',')));
    let Some(first) = words.next() else {
        return false;
    };
    let elided_verb = first
        .strip_prefix("c’")
        .or_else(|| first.strip_prefix("c'"));
    let opens = match elided_verb {
        Some(verb) => matches!(verb, "est" | "était" | "sera" | "serait"),
        None => {
            first == "ce"
                && words.next().is_some_and(|w| {
                    matches!(
                        w.as_ref(),
                        "sont" | "n’est" | "n'est" | "ne" | "sera" | "serait" | "fut" | "était"
                    )
                })
        }
    };
    opens
        && !words.any(|w| w == "qui" || w == "que" || w.starts_with("qu’") || w.starts_with("qu'"))
}

/// "En revanche, les réalisatrices demeurent marginales", "Pourtant, …": a connective that
/// sets the sentence against, or adds it to, the one before ([`crate::lexicon::LEANING_PAIRS`],
/// [`crate::lexicon::LEANING_OPENERS`]).
fn opens_on_leaning_connective(text: &str) -> bool {
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    // Every title tried is asked: its first word is lowercased in place, and the second only
    // when the first opens a pair.
    with_lowercase(first, |first| {
        crate::lexicon::LEANING_OPENERS.contains(&first)
            || crate::lexicon::LEANING_PAIRS.iter().any(|pair| {
                pair.split_once(' ').is_some_and(|(opener, then)| {
                    opener == first
                        && words
                            .clone()
                            .next()
                            .is_some_and(|second| with_lowercase(second, |s| s == then))
                })
            })
    })
}

/// "Selon eux, ces conseils servent…", "D’après elle, …": whose words these are, the
/// sentence before said.
fn attributed_to_a_pronoun(part: &str) -> bool {
    let mut words = words(part).map(|w| lowercase(w.trim_end_matches(',')));
    let first = words.next();
    let attributes = match first.as_deref() {
        Some("selon") => true,
        Some(w) => w == "d’après" || w == "d'après",
        None => false,
    };
    attributes
        && words
            .next()
            .is_some_and(|w| matches!(w.as_ref(), "eux" | "elle" | "elles" | "lui"))
}

/// Fewest words of a question that asks something of its own: "Qu’en est-il ?",
/// "Pourquoi ?" ask of what the sentence before told.
const MIN_QUESTION_WORDS: usize = 4;

/// The part is a question too short to name what it asks about.
fn asks_of_what_came_before(part: &str) -> bool {
    let part = part.trim_end();
    let spoken = words(part).filter(|w| w.chars().any(char::is_alphanumeric));
    part.ends_with('?') && spoken.take(MIN_QUESTION_WORDS).count() < MIN_QUESTION_WORDS
}

/// Most words between an impersonal "il est" and the "de" or "que" its adjective governs
/// ("Il est peu probable qu’…", "Il est temps de…").
const MAX_IMPERSONAL_WORDS: usize = 3;

/// "Il faut distinguer la forme du fond", "Il y a des solutions", "Il est peu probable
/// qu’un mouvement…": an impersonal "il" stands for no one the sentence before named.
/// Not "Il est arrivé de Paris", whose participle makes "il" someone.
pub(crate) fn is_impersonal(part: &str) -> bool {
    let mut words = words(part).map(|w| lowercase(w.trim_end_matches(',')));
    if words.next().as_deref() != Some("il") {
        return false;
    }
    match words.next().as_deref() {
        Some("faut" | "fallait" | "faudra" | "faudrait") => true,
        Some("y") => matches!(
            words.next().as_deref(),
            Some("a" | "avait" | "aura" | "aurait")
        ),
        Some("est" | "était" | "sera" | "serait" | "semble" | "paraît") => words
            .take(MAX_IMPERSONAL_WORDS + 1)
            .take_while(|w| !crate::lexicon::ends_like_past_participle(w))
            .skip(1)
            .any(|w| governs_impersonally(&w)),
        _ => false,
    }
}

/// Adjectives that, fronted alone before a comma, open a sentence whose subject is the "de"
/// phrase still to come ("Impossible, désormais, de convaincre…").
const IMPERSONAL_ADJECTIVES: &[&str] = &[
    "difficile",
    "facile",
    "impossible",
    "inutile",
    "interdit",
    "rare",
    "urgent",
];

/// The word, a headline's first, is an impersonal adjective its comma sets apart:
/// "Impossible,", "Difficile,".
pub fn fronts_impersonal_adjective(word: &str) -> bool {
    word.strip_suffix(',')
        .is_some_and(|w| with_lowercase(w, |w| IMPERSONAL_ADJECTIVES.contains(&w)))
}

/// "de", "que" or their elided forms, which an impersonal adjective governs.
fn governs_impersonally(word: &str) -> bool {
    let word = word.split(['’', '\'']).next().unwrap_or(word);
    matches!(word, "de" | "d" | "que" | "qu")
}

/// "Sa visite du monument bien-aimé de la France a eu lieu": whose, the sentence before said.
/// Read only where no rubric names the owner ("Achraf Hakimi accusé de viol : sa femme prend
/// la parole" says whose).
pub fn opens_on_possessive(text: &str) -> bool {
    first_word_is(text, |first| {
        matches!(first, "sa" | "son" | "ses" | "leur" | "leurs")
    })
}

/// Nouns that stand for what a sentence before gave: a figure, a measure, a text.
const SHELL_NOUNS: &[&str] = &[
    "annonce",
    "bilan",
    "chiffre",
    "décision",
    "dispositif",
    "document",
    "information",
    "mesure",
    "montant",
    "projet",
    "somme",
    "texte",
];

/// "Le chiffre a été dévoilé mardi…": the article and one of [`SHELL_NOUNS`], no complement
/// after it to say which: the figure is the one the sentence before gave.
fn opens_on_shell_noun(part: &str) -> bool {
    let mut words = part
        .split([' ', '\u{a0}', '’', '\''])
        .filter(|w| !w.is_empty())
        .map(lowercase);
    let (Some(article), Some(noun), Some(next)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    matches!(article.as_ref(), "le" | "la" | "l")
        && SHELL_NOUNS.contains(&noun.as_ref())
        && !matches!(next.as_ref(), "de" | "d" | "du" | "des")
}

/// The main clause after the adverbial phrases a sentence (or the part after one of its
/// colons) fronts before its subject: "« C’est une mascarade » : À Marseille, à Rennes, comme
/// au Boulou, les « gilets jaunes » ne décolèrent pas…" → "les « gilets jaunes » ne décolèrent
/// pas…". The clause must open on an article or a name, so that it stands alone (a pronoun
/// would point back), and hold at least four words.
pub fn after_fronted_adverbials(sentence: &str) -> Option<&str> {
    std::iter::once(0)
        .chain(after_colons(sentence))
        .take(MAX_COLON_STARTS)
        .find_map(|start| {
            let part = &sentence[start..];
            // The opening phrase is read first, up to its comma: most parts open on no
            // adverbial, and are never cut into segments.
            let opening_end = top_level(part, b',').next().unwrap_or(part.len());
            if !opens_adverbial(&part[..opening_end]) || attributes(&part[..opening_end]) {
                return None;
            }
            let segments = segments(part);
            // "Initialement spontané, protéiforme et non encadrée, le mouvement…": what follows
            // the fronted phrase up to the subject describes or places it.
            segments.first().filter(|(_, s)| opens_adverbial(s))?;
            // "Selon Oceana, une organisation de défense de la nature marine, les niveaux … étaient
            // alarmants": of two phrases that may be the subject, the first without a verb is
            // an apposition to what the fronted phrase named.
            let subjects: Vec<&(usize, &str)> = segments[1..]
                .iter()
                .filter(|(_, s)| opens_subject(s))
                .collect();
            let (offset, clause) = match subjects[..] {
                [only] => only,
                _ => subjects.into_iter().find(|(_, s)| holds_verb(s))?,
            };
            // "41 % des répondants se déclarent…": a figure stands alone as well.
            let opening = clause.trim_start();
            let stands_alone = first_word_is(clause, crate::lexicon::is_determiner)
                || opening.starts_with(char::is_uppercase)
                || opening.starts_with(|c: char| c.is_ascii_digit());
            let tail = part[*offset..].trim();
            (stands_alone && tail.split_whitespace().count() >= 4).then_some(tail)
        })
}

/// "Selon un témoin cité par la presse, | un homme muni d’un sabre a enfoncé une maison…":
/// the phrase says who claims what follows, which told without it would be asserted.
fn attributes(opening: &str) -> bool {
    let first = opening.split_whitespace().next().unwrap_or("");
    with_lowercase(first, |first| {
        first == "selon" || first.starts_with("d’après") || first.starts_with("d'après")
    })
}

/// The words of `text` as `str::split_whitespace` gives them, read by bytes: a byte is
/// classed by a table, and only the lead bytes of the few characters beyond ASCII that are
/// white space (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000: lead bytes C2, E1, E2, E3)
/// are decoded. The standard split decodes every character and classes it through a closure:
/// the descriptions' cuts split each of the lead's sentences, some 5,000 instructions a
/// sentence.
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`].
pub(crate) struct Words<'a> {
    text: &'a str,
    at: usize,
}

/// What a byte says of white space: [`IN_WORD`], [`ASCII_SPACE`] or [`MAY_BE_SPACE`] (the lead
/// byte of a character beyond ASCII that may be white space).
const SPACE_CLASS: [u8; 256] = {
    let mut class = [IN_WORD; 256];
    let mut byte = 0;
    while byte < 256 {
        class[byte] = match byte as u8 {
            b' ' | b'\t'..=b'\r' => ASCII_SPACE,
            0xC2 | 0xE1..=0xE3 => MAY_BE_SPACE,
            _ => IN_WORD,
        };
        byte += 1;
    }
    class
};
const IN_WORD: u8 = 0;
const ASCII_SPACE: u8 = 1;
const MAY_BE_SPACE: u8 = 2;

impl Words<'_> {
    /// The length in bytes of the white space character at `at`, or 0 when none starts there
    /// (or the text ends).
    #[inline]
    fn space_at(&self, at: usize) -> usize {
        let Some(&byte) = self.text.as_bytes().get(at) else {
            return 0;
        };
        match SPACE_CLASS[usize::from(byte)] {
            ASCII_SPACE => 1,
            MAY_BE_SPACE => {
                let c = self.text[at..]
                    .chars()
                    .next()
                    .expect("a character starts here");
                if c.is_whitespace() {
                    c.len_utf8()
                } else {
                    0
                }
            }
            _ => 0,
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        loop {
            match self.space_at(at) {
                0 => break,
                space => at += space,
            }
        }
        if at >= bytes.len() {
            self.at = bytes.len();
            return None;
        }
        let start = at;
        // The word's first byte is no white space; the bytes in words are skipped over the
        // table, and a lead byte that may open white space is decoded.
        at += 1;
        loop {
            while at < bytes.len() && SPACE_CLASS[usize::from(bytes[at])] == IN_WORD {
                at += 1;
            }
            if at >= bytes.len() || self.space_at(at) > 0 {
                break;
            }
            at += 1;
        }
        self.at = at;
        Some(&self.text[start..at])
    }
}

#[cfg(test)]
mod tests {
    /// The subject told short without the opening's gate: the two forms tried in turn.
    fn with_subject_told_short_ungated(sentence: &str) -> Option<String> {
        without_inner_relative(sentence).or_else(|| without_situating_phrase(sentence))
    }

    proptest::proptest! {
        /// The words read by bytes are the standard split's, on any text and on texts of
        /// every white space character and its neighbours.
        #[test]
        fn words_are_those_split_on_white_space(
            text in "\\PC{0,40}|[a é«»\t\n\u{b}\u{c}\r\u{1c}\u{1f}\u{85}\u{a0}\u{a9}\u{1680}\u{167f}\u{2000}-\u{200b}\u{2028}\u{2029}\u{202f}\u{205f}\u{2060}\u{3000}\u{3001}\u{feff}]{0,24}"
        ) {
            proptest::prop_assert!(super::words(&text).eq(text.split_whitespace()));
        }

        /// The gate on the sentence's opening changes no subject told short.
        #[test]
        fn the_opening_gate_tells_the_same_subjects(
            words in proptest::collection::vec(proptest::sample::select(&[
                "Le", "le", "L’un", "l’", "Un", "Tout", "toute", "tous", "la", "des", "Les",
                "donneur", "manifestants", "grièvement", "blessés", "lors", "de", "qui", "a",
                "engendré", "est", "sont", "sorti", "poursuivi", "à", "Paris", ",", "Macron",
                "ont", "en", "2016,", "«", "»", "peut", "dans", "ville",
            ][..]), 0..16)
        ) {
            let sentence = words.join(" ");
            proptest::prop_assert_eq!(
                with_subject_told_short(&sentence),
                with_subject_told_short_ungated(&sentence),
                "{:?}", sentence
            );
        }
    }

    #[test]
    fn the_opening_gate_lets_real_subjects_through() {
        for sentence in [
            SAINTE_SOLINE,
            "Un donneur de sperme en série qui a engendré au moins 550 enfants aux Pays-Bas est poursuivi en justice.",
            "Toute la ville qui a voté pour lui est déçue par le résultat.",
            "Macron, qui a parlé, est parti.",
            "Il est parti.",
            "",
        ] {
            assert_eq!(
                with_subject_told_short(sentence),
                with_subject_told_short_ungated(sentence),
                "{sentence:?}"
            );
        }
    }

    use super::*;

    #[test]
    fn a_name_in_apposition_stands_for_the_role_before_it() {
        assert_eq!(
            name_for_its_role(
                "Le porte-parole du gouvernement, Benjamin Griveaux, a été évacué samedi."
            )
            .as_deref(),
            Some("Benjamin Griveaux a été évacué samedi.")
        );
        assert_eq!(
            name_for_its_role("L’ancien Premier ministre, Dominique de Villepin, s’est exprimé.")
                .as_deref(),
            Some("Dominique de Villepin s’est exprimé.")
        );
        for sentence in [
            // A place, a single name, two people, a relative clause: no full name for a role.
            "La ville, Paris, a voté la réforme.",
            "Les deux élus, Paul et Marie Dupont, ont démissionné.",
            "Le maire, qui a démissionné, a quitté la ville.",
            // A name that is the subject already, a subject that is no role.
            "Sophie Binet, la secrétaire générale de la CGT, a appelé à la grève.",
            "Selon le ministre, Gérald Darmanin, rien ne change.",
        ] {
            assert_eq!(name_for_its_role(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn qui_is_the_lowercase_lookup() {
        for word in [
            "qui",
            "Qui",
            "QUI",
            "qUi",
            "quí",
            "İ",
            "qu",
            "quii",
            "qui,",
            "Quİ",
            "ｑｕｉ",
            "QUİ",
            "\u{212A}ui",
            "qu\u{130}",
            "",
        ] {
            assert_eq!(is_qui(word), lowercase(word) == "qui", "{word}");
        }
        // Every character whose lowercase is an ASCII letter of "qui" is that letter's ASCII
        // capital or itself.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let lower: String = c.to_lowercase().collect();
            if matches!(lower.as_str(), "q" | "u" | "i") {
                assert!(c.is_ascii(), "{c:?}");
            }
            let word: String = ['q', 'u', c].iter().collect();
            assert_eq!(is_qui(&word), lowercase(&word) == "qui", "{word}");
        }
    }

    /// The character scan [`top_level`] replaced.
    fn top_level_chars(text: &str, mark: char) -> Vec<usize> {
        let mut depth = 0usize;
        let mut straight_open = false;
        text.char_indices()
            .filter(move |&(_, c)| {
                match c {
                    '«' | '“' | '(' => depth += 1,
                    '»' | '”' | ')' => depth = depth.saturating_sub(1),
                    '"' => straight_open = !straight_open,
                    _ => return depth == 0 && !straight_open,
                }
                false
            })
            .filter(|&(_, c)| c == mark)
            .map(|(i, _)| i)
            .collect()
    }

    /// `subject_and_relative` and `without_relative_aside` as first written: the text cut
    /// into all its segments.
    fn subject_and_relative_by_segments(text: &str) -> bool {
        match &segments(after_last_colon(text))[..] {
            [(_, subject), (_, relative)] => !holds_verb(subject) && opens_relative(relative),
            _ => false,
        }
    }

    fn without_relative_aside_by_segments(sentence: &str) -> Option<String> {
        let segments = segments(sentence);
        let [(_, subject), (_, aside), ..] = segments[..] else {
            return None;
        };
        let rest = segments[2..].iter().find(|(_, text)| !opens_incise(text));
        let (rest_at, _) = *rest?;
        let described = !holds_verb(subject) && subject.split_whitespace().count() <= 10;
        let rest = sentence[rest_at..].trim_start();
        (described && opens_relative(aside) && leaves_a_clause(rest))
            .then(|| format!("{} {}", subject.trim_end(), rest))
    }

    #[test]
    fn every_listed_opener_is_one() {
        assert!(ADVERBIAL_OPENERS.iter().all(|w| is_adverbial_opener(w)));
        assert!(
            !is_adverbial_opener("")
                && !is_adverbial_opener("Après")
                && !is_adverbial_opener("dan")
        );
    }

    proptest::proptest! {
        /// The `match` tells the openers the list holds.
        #[test]
        fn adverbial_openers_are_those_of_the_list(word in "[a-zàèéù]{0,8}|(à|au|aux|dans|dès|lors|lorsqu|sur|si)[a-z]{0,2}") {
            proptest::prop_assert_eq!(is_adverbial_opener(&word), ADVERBIAL_OPENERS.contains(&word.as_str()));
        }

        /// Stopping at the second comma finds what all the segments found.
        #[test]
        fn the_first_segments_are_those_of_all(
            text in "((Les sirènes|M. Macron|qui|dont|a dit|est|«|»|\\(|\\)|:|: |,|, |ils|où)[ ,]{0,2}){0,10}"
        ) {
            proptest::prop_assert_eq!(
                subject_and_relative(&text),
                subject_and_relative_by_segments(&text)
            );
            proptest::prop_assert_eq!(
                without_relative_aside(&text),
                without_relative_aside_by_segments(&text)
            );
        }

        #[test]
        fn top_level_marks_are_the_character_scans(text in "[a ,:«»“”()\"’éëû〜€‘„\u{2010}-\u{203f}]{0,40}") {
            for mark in [',', ':'] {
                let bytes: Vec<usize> = top_level(&text, mark as u8).collect();
                proptest::prop_assert_eq!(bytes, top_level_chars(&text, mark));
            }
        }
    }

    const MASCARADE: &str = "« C’est une mascarade », « du pipeau », « de l’esbroufe, du saupoudrage » : À Marseille, à Rennes, comme au Boulou, à la frontière franco-espagnole, les « gilets jaunes » ne décolèrent pas après l’allocution d’Emmanuel Macron, et promettent un « Ve acte ».";

    #[test]
    fn fronted_places_are_no_clause() {
        // La Presse's lede once gave the title "À Marseille, à Rennes, comme au Boulou".
        assert!(only_adverbials("À Marseille, à Rennes, comme au Boulou"));
        assert!(only_adverbials(
            "« C’est une mascarade », « du pipeau » : À Marseille, à Rennes, comme au Boulou, à la frontière franco-espagnole."
        ));
        assert!(only_adverbials(
            "Initialement spontané, protéiforme et non encadrée."
        ));
        assert!(only_adverbials(
            "Alors que deux manifestants sont dans le coma"
        ));
        assert!(only_adverbials(
            "Insectes : avec le réchauffement climatique"
        ));
        assert!(only_adverbials("Découvert dans une maison familiale"));
        // Le Matin: a date after the fronted phrase is no subject.
        assert!(only_adverbials(
            "Depuis le début des manifestations, le 17 novembre dernier"
        ));
        assert!(!only_adverbials(
            "Depuis le début des manifestations, le gouvernement recule"
        ));
        // Paris-luttes.info: a date fronted without its preposition, then its apposition.
        assert!(only_adverbials(
            "Le 2 décembre 2014, soit un peu plus d’un mois"
        ));
        assert!(!only_adverbials(
            "Le 2 décembre 2014, l’Inspection générale de la Gendarmerie rendait son rapport"
        ));
        assert!(!only_adverbials("Le 2 décembre 2014 reste une date noire"));
        // La Libre: "À" written without its accent, as capitals often are.
        assert!(only_adverbials(
            "A Saint-Josse, près du Touquet (Pas-de-Calais)"
        ));
        assert_eq!(
            after_fronted_adverbials("A Saint-Josse, près du Touquet (Pas-de-Calais), Tiphaine Auzière a organisé vendredi soir un débat."),
            Some("Tiphaine Auzière a organisé vendredi soir un débat.")
        );
    }

    #[test]
    fn a_fronted_phrase_with_its_clause_is_a_sentence() {
        assert!(!only_adverbials(
            "Au Japon, les « petits cadeaux » faits aux centenaires"
        ));
        assert!(!only_adverbials(
            "Après Sainte-Soline, Macron pose des conditions"
        ));
        assert!(!only_adverbials("Selon le ministre, il faut agir."));
        assert!(!only_adverbials(
            "Au moins cinq décès liés aux cigarettes électroniques"
        ));
        assert!(!only_adverbials("Santé Québec : opération risquée"));
        // Euronews: a quotation opening on "Si", and its speaker.
        assert!(!only_adverbials(
            "« Si la pêche au merlu était arrêtée, nous serions tous au chômage », déclare José Luis Fernández Louzao."
        ));
    }

    #[test]
    fn the_main_clause_comes_after_the_fronted_phrases() {
        assert_eq!(
            after_fronted_adverbials(MASCARADE),
            Some("les « gilets jaunes » ne décolèrent pas après l’allocution d’Emmanuel Macron, et promettent un « Ve acte ».")
        );
        assert_eq!(
            after_fronted_adverbials("Initialement spontané, protéiforme et non encadrée, le mouvement est contraint à l’organisation."),
            Some("le mouvement est contraint à l’organisation.")
        );
        assert_eq!(
            after_fronted_adverbials(
                "Lors de son allocution solennelle visant à apporter des réponses à la crise, Emmanuel Macron a multiplié les annonces."
            ),
            Some("Emmanuel Macron a multiplié les annonces.")
        );
        // A participle of the third group, which no ending tells (L'Internaute's lede).
        assert_eq!(
            after_fronted_adverbials(
                "Atteint d’un cancer au poumon, Florent Pagny est victime d’une rechute de la maladie."
            ),
            Some("Florent Pagny est victime d’une rechute de la maladie.")
        );
    }

    #[test]
    fn a_subject_without_its_predicate_says_nothing() {
        // Orange: "Grèves : le secrétaire général de la CGT"; Le Devoir: "Les journalistes
        // du service français de reportage"; La DH: "Gilets jaunes : le porte-parole du
        // gouvernement".
        assert!(only_subject("Le secrétaire général de la CGT"));
        assert!(only_subject(
            "Les journalistes du service français de reportage"
        ));
        assert!(only_subject(
            "Gilets jaunes : le porte-parole du gouvernement"
        ));
        assert!(!only_subject(
            "Le pape François souffre d’une « bronchite infectieuse »"
        ));
        assert!(!only_subject(
            "Attaque à l’épée à Londres : un enfant de 14 ans tué"
        ));
        assert!(!only_subject(
            "Les Parisiens ouvrent leurs portes aux inconnus"
        ));
        assert!(!only_subject("Les « gilets jaunes » ne décolèrent pas"));
        assert!(!only_subject("Berne interdit désormais le chlorothalonil"));
    }

    #[test]
    fn a_subject_and_its_relative_clause_are_no_sentence() {
        // Le Soleil: the title and the description were this.
        assert!(subject_and_relative(
            "M. Macron, qui s’est entretenu avec son premier ministre"
        ));
        assert!(!subject_and_relative(
            "M. Macron, qui s’est entretenu avec son premier ministre, a promis des sanctions"
        ));
        assert!(!subject_and_relative(
            "Le ministre a rencontré les syndicats, qui se disent satisfaits"
        ));
    }

    #[test]
    fn a_subject_and_its_apposition_are_no_sentence() {
        // A start-up's chapô: the description was cut before its verb, "développe".
        assert!(subject_and_apposition(
            "La jeune pousse, fondée en 2023 par deux anciens chercheurs de l’Inria"
        ));
        assert!(!subject_and_apposition(
            "La jeune pousse, fondée en 2023 par deux anciens chercheurs de l’Inria, développe des modèles"
        ));
        assert!(subject_and_apposition(
            "La digue, longue de trois kilomètres"
        ));
        // The participle describes the object of a verb the lexicon knows or not.
        assert!(!subject_and_apposition(
            "Les gendarmes ont interpellé un homme, soupçonné de vol"
        ));
        assert!(!subject_and_apposition(
            "La police de la ville interpelle un homme, soupçonné de vol"
        ));
    }

    #[test]
    fn a_relative_clause_describing_the_subject_may_be_left_out() {
        // Le Figaro: the sentence is too long for a description with its relative clause.
        assert_eq!(
            without_relative_aside("Les sirènes d’alerte et d’information des populations (SAIP), qui retentissent chaque premier mercredi du mois en France, ne pourront pas sonner ce mercredi 1er mai, pourtant le premier mercredi du mois.").as_deref(),
            Some("Les sirènes d’alerte et d’information des populations (SAIP) ne pourront pas sonner ce mercredi 1er mai, pourtant le premier mercredi du mois.")
        );
        assert_eq!(
            without_relative_aside("Le ministre a rencontré les syndicats, qui se disent satisfaits, puis il est parti."),
            None
        );
        assert_eq!(
            without_relative_aside("M. Macron, qui s’est entretenu avec son ministre."),
            None
        );
        // Le Figaro: the incise after the clause goes with it; the subject keeps its verb.
        assert_eq!(
            without_relative_aside("Ce signal national d’alerte, qui vise à alerter les Français d’un « évènement grave imminent ou en cours », comme l’explique le site du ministère de l’Intérieur sur son site, sera finalement déclenché le lendemain, le 2 mai.").as_deref(),
            Some("Ce signal national d’alerte sera finalement déclenché le lendemain, le 2 mai.")
        );
    }

    #[test]
    fn a_subject_and_its_relatives_without_a_main_verb_say_nothing_of_it() {
        for fragment in [
            "Toutes les personnes qui détiennent des volailles, y compris les particuliers qui élèvent quelques poules dans leur jardin.",
            "Les éleveurs qui ne respectent pas les règles.",
            "Tous les habitants qui se trouvaient dans la zone.",
        ] {
            assert!(only_subject_and_its_relatives(fragment), "{fragment}");
        }
        for sentence in [
            "Les personnes qui détiennent des volailles doivent les confiner.",
            "Les éleveurs qui ne respectent pas les règles s’exposent à une amende.",
            "Qui est concerné ?",
            "Les personnes qui détiennent des volailles sont-elles concernées ?",
            "Il a rencontré les élus qui dirigent la ville.",
            "M. Dupont, qui dirige la ville depuis 2001.",
            "Deux élevages ont été touchés.",
        ] {
            assert!(!only_subject_and_its_relatives(sentence), "{sentence}");
        }
    }

    #[test]
    fn an_apposition_before_the_main_verb_may_be_left_out() {
        // Le Parisien's chapô: 243 characters with its apposition, no description fitted.
        assert_eq!(
            without_subject_apposition("L’ambition de ces nouvelles structures, fruits d’une nouvelle politique de l’insertion née de la recentralisation du RSA (revenu de solidarité active), est de renforcer l’accompagnement social et professionnel des plus de 100 000 allocataires.").as_deref(),
            Some("L’ambition de ces nouvelles structures est de renforcer l’accompagnement social et professionnel des plus de 100 000 allocataires.")
        );
        // An exception is no description of the subject.
        assert_eq!(
            without_subject_apposition(
                "Tous les élus de la majorité, sauf le maire, sont venus à la réunion."
            ),
            None
        );
        // Nor one the main verb does not follow.
        assert_eq!(
            without_subject_apposition(
                "À Paris, les manifestants, nombreux, défilaient dans le calme."
            ),
            None
        );
    }

    #[test]
    fn a_relative_clause_describing_a_noun_after_the_verb_may_be_left_out() {
        // AFP's lede of Emmanuel Macron's address, too long for a description.
        assert_eq!(
            without_relative_aside_after_verb("Emmanuel Macron a tenté lundi de calmer la colère des « gilets jaunes », qu’il a jugée « juste à bien des égards », en annonçant une série de mesures sociales, notamment sur le Smic et les retraites.").as_deref(),
            Some("Emmanuel Macron a tenté lundi de calmer la colère des « gilets jaunes » en annonçant une série de mesures sociales, notamment sur le Smic et les retraites.")
        );
        assert_eq!(
            without_relative_aside_after_verb("Le ministre a rencontré les syndicats, qui se disent satisfaits, puis il est parti.").as_deref(),
            Some("Le ministre a rencontré les syndicats puis il est parti.")
        );
        // The subject's clause is `without_relative_aside`'s.
        assert_eq!(
            without_relative_aside_after_verb(
                "M. Macron, qui s’est entretenu avec son ministre, a promis des sanctions."
            ),
            None
        );
        // Not a clause whose speaker alone would be left, nor a subjunctive that runs on.
        assert_eq!(
            without_relative_aside_after_verb(
                "« Il faut des réformes », a dit le ministre, qui veut aller vite, a-t-il ajouté."
            ),
            None
        );
        assert_eq!(
            without_relative_aside_after_verb(
                "Il faut agir partout, que ce soit à Paris, à Lyon ou à Marseille."
            ),
            None
        );
    }

    #[test]
    fn a_relative_clause_defining_the_subject_may_be_left_out() {
        // Le Journal de Montréal's lede: the subject alone fits a headline, not the clause.
        assert_eq!(
            without_inner_relative("Un donneur de sperme en série qui a engendré au moins 550 enfants aux Pays-Bas est poursuivi en justice pour avoir augmenté les risques.").as_deref(),
            Some("Un donneur de sperme en série est poursuivi en justice pour avoir augmenté les risques.")
        );
        // The main verb is no auxiliary: nothing says where the clause ends.
        assert_eq!(
            without_inner_relative("Le donneur qui a engendré 550 enfants risque des poursuites."),
            None
        );
        // A comma ends the clause first: what follows is no predicate of the subject.
        assert_eq!(
            without_inner_relative(
                "Les manifestants qui ont bloqué le rond-point, selon la police, sont partis."
            ),
            None
        );
        // "qui" after a verb opens an object's clause, not the subject's.
        assert_eq!(
            without_inner_relative(
                "Le ministre a reçu les syndicats qui ont appelé à la grève et il est reparti."
            ),
            None
        );
    }

    const SAINTE_SOLINE: &str = "L’un des deux manifestants grièvement blessés lors de la manifestation contre les mégabassines de Sainte-Soline est sorti du coma";

    #[test]
    fn the_phrase_situating_the_subject_may_be_left_out() {
        // TF1's lede: no headline of 60 characters holds both the subject and what it did.
        assert_eq!(
            without_situating_phrase(SAINTE_SOLINE).as_deref(),
            Some("L’un des deux manifestants blessés est sorti du coma")
        );
        // A noun in -ment is no adverb: "du gouvernement" stays.
        assert_eq!(
            without_situating_phrase(
                "Les représentants du gouvernement rassemblés à Matignon ont signé l’accord."
            )
            .as_deref(),
            Some("Les représentants du gouvernement rassemblés ont signé l’accord.")
        );
        // The subject holds a verb: it is a clause, not a phrase to tell short.
        assert_eq!(
            without_situating_phrase("Les manifestants qui ont été blessés à Rennes sont sortis."),
            None
        );
        // A comma before the predicate: no main verb to join.
        assert_eq!(
            without_situating_phrase(
                "Les policiers blessés à Paris, selon le ministre, sont sortis."
            ),
            None
        );
        // No article opens the sentence: it may not open on its subject.
        assert_eq!(
            without_situating_phrase(
                "Blessés lors de la manifestation, deux hommes sont à l’hôpital."
            ),
            None
        );
    }

    #[test]
    fn a_cut_before_the_main_predicate_is_only_the_subject() {
        assert!(only_the_subject_of(
            SAINTE_SOLINE,
            "L’un des deux manifestants grièvement blessés"
        ));
        assert!(only_the_subject_of(
            SAINTE_SOLINE,
            "Sainte-Soline : l’un des deux manifestants grièvement blessés"
        ));
        assert!(!only_the_subject_of(
            SAINTE_SOLINE,
            "L’un des deux manifestants grièvement blessés lors de la manifestation contre les mégabassines de Sainte-Soline est sorti"
        ));
        // Not a cut of this sentence.
        assert!(!only_the_subject_of(SAINTE_SOLINE, "Les deux manifestants"));
        // Orange: a name and its appositions, each set apart by commas, before "a fait face".
        let traore = "Assa Traoré, la soeur d’Adama décédé lors d’un contrôle de police en 2016, accompagnée notamment de personnalités politiques comme Jean-Luc Mélenchon, a fait face à des opposants issus du groupe « Génération identitaire », suscitant de vives tensions.";
        assert!(only_the_subject_of(
            traore,
            "Assa Traoré, la soeur d’Adama décédé lors d’un contrôle de police en 2016"
        ));
        assert!(!only_the_subject_of(
            traore,
            "Assa Traoré, la soeur d’Adama décédé lors d’un contrôle de police en 2016, accompagnée notamment de personnalités politiques comme Jean-Luc Mélenchon, a fait face à des opposants issus du groupe « Génération identitaire »"
        ));
        // A name that is the subject of its own clause before the comma is no apposition.
        assert!(!only_the_subject_of(
            "Macron a parlé, puis il est parti, a dit un conseiller.",
            "Macron a parlé"
        ));
    }

    #[test]
    fn a_headline_opening_on_a_possessive_points_back_unless_a_rubric_says_whose() {
        // Le Soleil's fifth sentence: whose visit, the sentences before said.
        assert!(points_back(
            "Sa visite du monument bien-aimé de la France a eu lieu"
        ));
        // Linternaute's headline: the rubric names her husband.
        assert!(!points_back(
            "Achraf Hakimi accusé de viol : sa femme prend la parole"
        ));
        assert!(!points_back("Saint-Étienne remporte le derby"));
    }

    #[test]
    fn a_demonstrative_subject_points_back_unless_the_sentence_is_cleft() {
        // The Conversation's lede opens so; the sentence after says what is evident.
        assert!(points_back("C’est une évidence…"));
        assert!(points_back("Ce n’est pas la première fois"));
        assert!(points_back("Numérique : c'est une évidence"));
        assert!(!points_back("C’est à Paris que le sommet s’ouvre"));
        assert!(!points_back("C’est Emmanuel Macron qui l’annonce"));
        assert!(!points_back(
            "C’est le printemps, les pollinisateurs reviennent"
        ));
        // "Ce" as a determiner.
        assert!(!points_back(
            "Ce week-end, la grève a gagné les raffineries"
        ));
    }

    #[test]
    fn an_impersonal_il_points_nowhere() {
        // Le Temps' opinion: no one the sentence before named.
        assert!(!points_back(
            "Gilets jaunes : il faut distinguer la forme du fond"
        ));
        assert!(!points_back(
            "Il est peu probable qu’un mouvement tel se développe en Suisse"
        ));
        assert!(!points_back("Il est temps de trancher"));
        assert!(!points_back("Il y a des solutions"));
        // A participle makes "il" someone.
        assert!(points_back("Il est arrivé de Paris mardi"));
        assert!(points_back("Il a démissionné"));
    }

    #[test]
    fn a_short_question_asks_of_what_came_before() {
        // Le Temps' second sentence, after the first told of Swiss comments.
        assert!(points_back("Gilets jaunes : qu’en est-il\u{202f}?"));
        assert!(points_back("Pourquoi ?"));
        assert!(!points_back("Y aura-t-il des trains pour Noël ?"));
        assert!(!points_back("Quelle date de fin pour le ramadan ?"));
    }

    #[test]
    fn words_attributed_to_a_pronoun_point_back() {
        // BBC Afrique: whose advice, the sentence before said.
        assert!(points_back(
            "Dents : selon eux, ces conseils servent à empêcher la plaque"
        ));
        assert!(!points_back("Selon l’Insee, le chômage a baissé"));
    }

    #[test]
    fn an_impersonal_adjective_fronted_alone_is_told() {
        assert!(fronts_impersonal_adjective("Impossible,"));
        assert!(fronts_impersonal_adjective("Difficile,"));
        assert!(!fronts_impersonal_adjective("Impossible"));
        assert!(!fronts_impersonal_adjective("Hier,"));
    }

    /// Le Monde diplomatique's later sentence, made a title behind a rubric: "en revanche"
    /// sets it against a sentence the reader of the title never saw.
    #[test]
    fn a_headline_opening_on_a_leaning_connective_points_back() {
        assert!(points_back(
            "Sud : en revanche, les réalisatrices demeurent marginales"
        ));
        assert!(points_back("Pourtant, le gouvernement a reculé"));
        assert!(points_back("Par ailleurs le maire a démissionné"));
        assert!(!points_back("Revanche : le club gagne le match retour"));
        assert!(!points_back("Par la suite, la commission a rendu son avis"));
    }

    #[test]
    fn a_headline_opening_on_a_pronoun_points_back() {
        assert!(points_back(
            "Sirènes d’alerte : il s’agit d’« un jour férié »"
        ));
        assert!(points_back(
            "Et justement, le revenu de solidarité active (RSA)"
        ));
        assert!(!points_back("Y aura-t-il des trains pour Noël ?"));
        // Le Parisien's chapô: which agency, the sentence before said.
        assert!(points_back("RSA : celle de Sevran a été inaugurée"));
        // La Presse's second sentence: which figure, the first said.
        assert!(points_back(
            "Le chiffre a été dévoilé mardi sur les ondes de BFM-TV"
        ));
        assert!(!points_back("Le chiffre d’affaires de Valeo a progressé"));
        assert!(!points_back("Le chiffrement des données est obligatoire"));
        // A presentative points nowhere.
        assert!(!points_back(
            "C’est le printemps, les pollinisateurs reviennent"
        ));
    }

    #[test]
    fn an_apposition_after_the_fronted_phrase_is_not_the_subject() {
        // Euronews: the description was "Une organisation de défense de la nature marine, les
        // niveaux critiques des stocks de merlu étaient alarmants non seulement."
        let sentence = "Dans le golfe de Gascogne, une zone de pêche historique, les niveaux critiques des stocks de merlu étaient alarmants non seulement en Europe, mais aussi ailleurs.";
        assert_eq!(
            after_fronted_adverbials(sentence),
            Some("les niveaux critiques des stocks de merlu étaient alarmants non seulement en Europe, mais aussi ailleurs.")
        );
    }

    /// "Selon Oceana, …" or "D’après un témoin, …" says who claims what follows: told without
    /// it, the claim would be asserted (Le Figaro: "Un homme muni d’un sabre a enfoncé une
    /// maison." was a witness's account).
    #[test]
    fn an_attribution_is_never_dropped_as_a_fronted_phrase() {
        for sentence in [
            "Selon Oceana, une organisation de défense de la nature marine, les niveaux critiques des stocks de merlu étaient alarmants.",
            "Selon un témoin cité par la presse britannique, un homme muni d’un sabre a enfoncé une maison avec une camionnette.",
            "D’après la préfecture, plusieurs milliers de manifestants ont défilé dans le centre.",
        ] {
            assert_eq!(after_fronted_adverbials(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn no_main_clause_is_taken_from_a_sentence_that_opens_on_its_subject() {
        assert_eq!(
            after_fronted_adverbials("Le gouvernement a annoncé, à Paris, de nouvelles mesures."),
            None
        );
        assert_eq!(
            after_fronted_adverbials("En cause : le voile islamique qu’elle porte."),
            None
        );
        // A pronoun would point back to what the description no longer says.
        assert_eq!(
            after_fronted_adverbials("Selon nos informations, il aurait quitté le pays hier soir."),
            None
        );
    }
}
