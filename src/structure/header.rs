//! The header: what comes before the body run — the rubric, the headline, the chapô, and the
//! page furniture between them (bylines, dates, share bars, the photo at the top).

use super::interior::TopicWord;
use super::{Draft, Role};

/// A headline has at least this many words (fewer: a rubric or a site name), or two when it
/// asks or exclaims ("Macron démissionne ?").
const TITLE_MIN_WORDS: usize = 4;
/// And at most this many (more: a paragraph that lost its full stop).
const TITLE_MAX_WORDS: usize = 30;
/// A chapô is one paragraph: longer prose before the body is something else.
const STANDFIRST_MAX_WORDS: usize = 150;

/// What the header holds.
#[derive(Debug, Default)]
pub struct Header {
    /// The block index of the headline.
    pub title: Option<usize>,
    /// The rubric right above the headline.
    pub kicker: Option<String>,
}

/// Find the headline, the rubric and the chapô before the body starting at `start`; give the
/// other undecided blocks of the header their furniture roles.
pub fn read(draft: &mut Draft, start: usize) -> Header {
    let marked = marked_title(draft);
    let stamped = marked
        .is_none()
        .then(|| stamped_title(draft, start))
        .flatten();
    let title = marked
        .or(stamped)
        .or_else(|| shaped_title(draft, start))
        .or_else(|| heading_over_the_lede(draft, start))
        .or_else(|| short_heading_over_the_lede(draft, start));
    let title = title.map(|t| headline_under_its_label(draft, t, start));
    let mut header = Header {
        title,
        kicker: None,
    };
    if let Some(t) = title {
        draft.set(t, Role::Title, reason_of_title(draft, t, stamped));
        headline_again(draft, t);
        header.kicker = kicker(draft, t);
        standfirst(draft, t, start);
    }
    super::interior::opening_intertitle(draft, start);
    for i in 0..start.min(draft.len()) {
        if draft.roles[i].is_none() {
            let verdict = furniture_before_body(draft, i);
            draft.set(i, verdict.0, verdict.1);
        }
    }
    header
}

/// Why the line holding the headline and a label is no headline.
const HEADLINE_UNDER_LABEL: &str = "the headline under a label, on one line";

/// Most words of the label a player or a rubric sets on the headline's line.
const HEADLINE_LABEL_MAX_WORDS: usize = 2;

/// "Réécouter Prendre la parole" over "Prendre la parole" (France Culture): a player's button
/// names the headline with its label, and the headline follows, too short to be taken for
/// one by its shape alone. A line a few blocks under the one taken for the headline, not yet
/// read, of two words or more, that the headline's line ends on after a label of a word or
/// two, is the headline; the line above holds it with the label, and is that label's.
fn headline_under_its_label(draft: &mut Draft, t: usize, start: usize) -> usize {
    let line = draft.texts[t].trim();
    let end = (t + 1 + HEADLINE_AGAIN_REACH).min(start).min(draft.len());
    let under = (t + 1..end).find(|&i| {
        let text = draft.texts[i].trim();
        draft.roles[i].is_none()
            && draft.shapes[i].words >= 2
            && line
                .strip_suffix(text)
                .filter(|label| label.ends_with(char::is_whitespace))
                .is_some_and(|label| {
                    (1..=HEADLINE_LABEL_MAX_WORDS).contains(&label.split_whitespace().count())
                })
    });
    match under {
        Some(i) => {
            draft.set(t, Role::Repeated, HEADLINE_UNDER_LABEL);
            // The player's duration ("5 min") between them is no rubric of the headline.
            for j in t + 1..i {
                if draft.roles[j].is_none() {
                    draft.set(j, Role::Navigation, "a player's label, over the headline");
                }
            }
            i
        }
        None => t,
    }
}

/// How many blocks under the headline its copy is looked for ([`headline_again`]).
const HEADLINE_AGAIN_REACH: usize = 3;

/// A block right under the headline, not yet read as the article's, that opens or ends on
/// the headline's words and holds more is the headline again, with what the page set on its
/// line: L'Economiste prints its headline in the page's metadata, then in the article as "Le
/// «cyberterrorisme», un mythe plus qu’une réalité<br>Par le colonel Jean-Louis Dufour",
/// which was the article's first intertitle; Le Journal de Saône-et-Loire sets its rubric,
/// its summary and its headline on one line ("Terrorisme - Les États-Unis ont déjà lancé une
/// offensive diplomatique. Guerre périlleuse contre l’État islamique"), which was the
/// chapô.
fn headline_again(draft: &mut Draft, t: usize) {
    let headline = draft.texts[t].trim();
    let end = (t + 1 + HEADLINE_AGAIN_REACH).min(draft.len());
    let again = (t + 1..end).find(|&i| {
        let text = draft.texts[i].trim().trim_end_matches('.');
        let opens = text
            .strip_prefix(headline)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace));
        let rubric = text
            .strip_suffix(headline)
            .filter(|rest| rest.ends_with(char::is_whitespace));
        let closes = rubric.is_some();
        // "IRAK L’État islamique, c’est quoi ?" (Le Dauphiné): a rubric of a few words and
        // the headline, which the run took for its first paragraph, is no prose either.
        let rubric_over_it = rubric
            .is_some_and(|rubric| rubric.split_whitespace().count() <= HEADLINE_RUBRIC_MAX_WORDS);
        let undecided = matches!(draft.role(i), None | Some(Role::Intertitle));
        !headline.is_empty()
            && (undecided && (opens || closes)
                || draft.role(i) == Some(Role::Body) && rubric_over_it)
    });
    if let Some(i) = again {
        draft.set(
            i,
            Role::Repeated,
            "the headline again, with more on its line",
        );
    }
}

fn reason_of_title(draft: &Draft, t: usize, stamped: Option<usize>) -> &'static str {
    match draft.roles[t] {
        Some((Role::Title, reason)) => reason,
        _ if stamped == Some(t) => "a headline over its publication stamp and the body",
        _ => "the first headline-shaped line before the body",
    }
}

/// The headline over its publication stamp ("Publié le 9 juin 2019"), right above the body,
/// or over the stamp nearest above it when it speaks of what the body opens on: The
/// Conversation sets its author's box and partners ("Voir les partenaires de The Conversation
/// France") between its stamped headline and the lede, and CRIC its site's statement of
/// intent above the stamped headline. A stamp dates the page's story, so the headline over it
/// is that story's; a teaser's stamp stands farther, or over a headline of another topic.
/// Either way the line must speak of what the body opens on: a promotion set between the
/// chapô and the byline ("Offre spéciale : 1€ le premier mois") or a stamp of a form no family
/// knows stands over the stamp too, the headline higher up.
fn stamped_title(draft: &Draft, start: usize) -> Option<usize> {
    use super::body::{headline_over_stamp, publication_stamp, stamped_headline};
    let opening = std::cell::OnceCell::new();
    // "Offre spéciale : 1€ le premier mois" shares "premier" with a lede that starts "…à
    // partir du premier avril": a headline-shaped line right above it, over the chapô, that
    // speaks more of the body is the headline, the stamped line a promotion. Only the few
    // blocks above are asked: CRIC's glossary, higher up, speaks of everything.
    let topical = |stamped: usize| {
        let opening = opening.get_or_init(|| body_opening(draft, start));
        let shared = shared_words(draft.texts[stamped], opening);
        let above = (stamped.saturating_sub(OUTDOING_HEADLINE_REACH)..stamped)
            .filter(|&i| draft.roles[i].is_none() && headline(draft, i))
            .map(|i| (i, shared_words(draft.texts[i], opening)));
        (shared >= 1 && outdoing(above, stamped, shared).is_none()).then_some(stamped)
    };
    stamped_headline(draft, start)
        .and_then(topical)
        .or_else(|| {
            let stamp = (0..start.min(draft.len()))
                .rev()
                .find(|&j| publication_stamp(draft, j))?;
            headline_over_stamp(draft, stamp).and_then(topical)
        })
}

/// How many blocks above a stamped line a headline that speaks more of the body is looked
/// for ([`stamped_title`]): the headline and its chapô over a promotion.
const OUTDOING_HEADLINE_REACH: usize = 3;

/// The first block the markup marks as the headline; later ones are repeats of it.
fn marked_title(draft: &mut Draft) -> Option<usize> {
    let mut marked = (0..draft.len()).filter(|&i| draft.role(i) == Some(Role::Title));
    let first = marked.next()?;
    let others: Vec<usize> = marked.collect();
    for i in others {
        draft.set(i, Role::Repeated, "a second headline");
    }
    Some(first)
}

/// The first headline-shaped block before the body that speaks of what the body opens on,
/// else the first headline-shaped block before it, or the body's first block when it is a
/// question or exclamation standing alone as the page's first line. A page dump opens on its
/// menus, whose labels are headline-shaped too ("Regarder le direct Regarder les JT",
/// "crédit d’impôt Abonnement Numéro"); the headline shares words with the lede.
fn shaped_title(draft: &Draft, start: usize) -> Option<usize> {
    let end = start.min(draft.len());
    let shaped_from = |from: usize| {
        (from..end).filter(|&i| {
            (draft.roles[i].is_none() || live_headline(draft, i)) && headline(draft, i)
        })
    };
    // The site's name or slogan above a breadcrumb ("Bitcoin, Ethereum & Crypto Actualités" /
    // "Accueil › Actualités › Actualités Bitcoin ›"), the article's headline under it.
    let under_breadcrumb = (0..end)
        .rev()
        .find(|&i| draft.roles[i] == Some((Role::Navigation, super::BREADCRUMB)))
        .map_or(0, |b| b + 1);
    let mut shaped = shaped_from(under_breadcrumb).peekable();
    if shaped.peek().is_none() && under_breadcrumb > 0 {
        shaped = shaped_from(0).peekable();
    }
    let first = shaped.next();
    // Made only when a line may be the headline.
    let opening = first
        .map(|_| body_opening(draft, start))
        .unwrap_or_default();
    let shared: Vec<(usize, usize)> = first
        .into_iter()
        .chain(shaped)
        .map(|i| (i, shared_words(draft.texts[i], &opening)))
        .collect();
    let signed = headline_over_its_byline(draft, &shared, start).map(|signed| {
        let words = shared
            .iter()
            .find(|&&(i, _)| i == signed)
            .map_or(0, |&(_, w)| w);
        outdoing(shared.iter().copied(), signed, words).unwrap_or(signed)
    });
    // A menu's label far above the body may share two words by chance ("Profession juridique
    // et judiciaire" with "professeur" and "judiciaire", Dalloz Actualité, 220 blocks above
    // its lede): the line over the byline right above the body is the headline then. A
    // teaser over the byline (Orange's, under "A lire aussi") stands below a headline a few
    // blocks higher.
    let topical = match most_topical(draft, &shared, TITLE_SHARED_WORDS) {
        Some(far) if start - far > MENU_ABOVE && signed.is_some_and(|s| s > far) => signed,
        topical => topical,
    };
    topical
        .or_else(|| topical_question(draft, start))
        .or_else(|| stopped_headline_over_its_byline(draft, start))
        // No line shares two words with the lede: the one over the byline above it, or the
        // one sharing a word, if any, rather than the menus' first label ("Couverture du
        // Point N° 2645" above Le Point's headline).
        .or(signed)
        .or_else(|| {
            most_topical(draft, &shared, 1)
                .or_else(|| first.and_then(|_| short_topical_headline(draft, start, &opening)))
                .or(first)
                .map(|picked| headline_under_its_surtitle(draft, picked, start))
        })
        .or_else(|| {
            // Only furniture or short labels ("Faits divers") stand above it.
            let opens_page =
                (0..start).all(|i| draft.roles[i].is_some() || draft.shapes[i].words <= 4);
            let first = draft.texts.get(start)?;
            // "… : « Gilets jaunes, réveillez-vous, on est là pour une cause noble ! »": the
            // mark may close a quotation.
            let exclaims = first
                .trim_end_matches(['"', '»', '”', ' ', '\u{a0}', '\u{202f}'])
                .ends_with(['?', '!']);
            (opens_page && exclaims && headline(draft, start) && start + 1 < draft.len())
                .then_some(start)
        })
}

/// "Construction pour la démocratie sud-coréenne" / "Turpitude et architecture" / the chapô
/// (Le Monde diplomatique's blog): a surtitle over the headline, both shaped as headlines, the
/// surtitle sharing a word with the lede by chance, the headline too short to be read as one
/// by its shape alone. A page prints its headline again before the article (under its
/// picture, in a breadcrumb, in its share prompt), not its surtitle: the heading-shaped line
/// right under the one `picked` on such weak grounds, above the body (`start`), printed again
/// where the one picked is not, is the headline.
fn headline_under_its_surtitle(draft: &Draft, picked: usize, start: usize) -> usize {
    let under = picked + 1;
    if under >= start.min(draft.len()) || !heading_shaped(draft, under, 2..=TITLE_MAX_WORDS) {
        return picked;
    }
    // A copy has the line's words: only those are compared, letter by letter.
    let printed_again = |i: usize| {
        let key = super::caseless(draft.texts[i]);
        (i + 1..draft.len()).any(|j| {
            draft.role(j) == Some(Role::Repeated)
                && draft.shapes[j].words == draft.shapes[i].words
                && super::caseless(draft.texts[j]) == key
        })
    };
    match printed_again(under) && !printed_again(picked) {
        true => under,
        false => picked,
    }
}

/// "Libre cours : Raoult, les nazis et moi" / "AVOCAT" / "Par Matthieu Hy le 07 Mai 2020" /
/// the lede (Dalloz Actualité): when no headline-shaped line shares a word with the body's
/// opening, the nearest one over the byline or the date above the body, furniture only
/// between, is the headline, rather than the page's first (a menu's label). An essay's lede
/// may say nothing its headline says; the page still signs it under the headline.
fn headline_over_its_byline(
    draft: &Draft,
    shaped: &[(usize, usize)],
    start: usize,
) -> Option<usize> {
    let &(nearest, _) = shaped.last()?;
    let between = nearest + 1..start.min(draft.len());
    // Asked of every page with a headline-shaped line: the blocks are read only when few.
    if between.len() > FAR_ABOVE {
        return None;
    }
    let signed = between
        .clone()
        .any(|i| matches!(draft.role(i), Some(Role::Byline | Role::Dateline)));
    let furniture_only = between
        .clone()
        .all(|i| draft.roles[i].is_some() || draft.shapes[i].words <= 2);
    (signed && furniture_only).then_some(nearest)
}

/// Of `lines` (headline-shaped, each with the words it shares with the body's opening), the
/// one a few blocks above `line` that shares more than its `words`: "Lyon : un incendie
/// ravage un immeuble…" (sharing "incendie") over its chapô and "Offre spéciale : 1€ le
/// premier mois" (sharing none), the promotion set over the stamp or the byline.
fn outdoing(
    lines: impl IntoIterator<Item = (usize, usize)>,
    line: usize,
    words: usize,
) -> Option<usize> {
    lines
        .into_iter()
        .filter(|&(i, shared)| i < line && line - i <= OUTDOING_HEADLINE_REACH && shared > words)
        .max_by_key(|&(i, shared)| (shared, i))
        .map(|(i, _)| i)
}

/// Of the lines that share `at_least` words with the body's opening (each line with the count
/// it shares, in `shared`), the one that shares most (the nearest the body of those), or the first such line a few blocks above
/// it. A menu's label, a site's slogan or a teaser far above the article can share two words
/// by chance ("Le Parisien : Actualités en direct", over a lede that names Paris and a
/// "directeur"), or as many as the headline does, where the headline shares most of its own
/// and stands right above the article; but the line right under the headline, its chapô
/// printed without a full stop, shares more for being longer, and the headline above it
/// stays the headline. A line that gives a quotation after its speaker's name is no chapô:
/// the rubric above it, sharing the topic's words ("Entretien — Science et citoyens" over
/// "Jacques Testart : « Il faut un contrôle citoyen de l’activité de recherche »",
/// Reporterre), is no headline then.
fn most_topical(draft: &Draft, shared: &[(usize, usize)], at_least: usize) -> Option<usize> {
    let topical: Vec<(usize, usize)> = shared
        .iter()
        .copied()
        .filter(|&(_, words)| words >= at_least)
        .collect();
    let most = topical.iter().max_by_key(|&&(i, words)| (words, i))?.0;
    if quotation_headline(draft.texts[most]) {
        return Some(most);
    }
    // A line sharing one word shares it by chance as often as not ("Le Club de Mediapart"
    // three lines above Mediapart's headline): such a line is the headline over the chapô
    // only right above it; lines sharing two may have the rubric, byline and photo between.
    let reach = match at_least >= TITLE_SHARED_WORDS {
        true => FAR_ABOVE,
        false => 1,
    };
    let just_above = topical
        .iter()
        .map(|&(i, _)| i)
        .find(|&i| i < most && most - i <= reach);
    Some(just_above.unwrap_or(most))
}

/// Most words of the speaker's name before a quotation headline's colon.
const QUOTED_SPEAKER_MAX_WORDS: usize = 5;

/// "Jacques Testart : « Il faut un contrôle citoyen de l’activité de recherche »": a few
/// words, a colon, and one quotation in guillemets that ends the line, as French papers set
/// the headline of an interview or of what someone said.
fn quotation_headline(text: &str) -> bool {
    let text = text.trim();
    let Some((speaker, quotation)) = text.split_once(':') else {
        return false;
    };
    let speaker_words = speaker.split_whitespace().count();
    let Some(quoted) = quotation
        .trim_start()
        .strip_prefix('«')
        .and_then(|rest| rest.strip_suffix('»'))
    else {
        return false;
    };
    (1..=QUOTED_SPEAKER_MAX_WORDS).contains(&speaker_words)
        && !speaker.contains(['«', '»'])
        && !quoted.contains(['«', '»'])
        && quoted.split_whitespace().nth(1).is_some()
}

/// The first block above the body's start `start` that is not furniture (a byline, a date,
/// a photo's legend or credit, a label), within [`FAR_ABOVE`] blocks: the line a page sets
/// over its lede.
fn line_over_the_lede(draft: &Draft, start: usize) -> Option<usize> {
    let furniture = |i: usize| {
        matches!(
            draft.role(i),
            Some(Role::Byline | Role::Dateline | Role::Caption | Role::Credit | Role::Navigation)
        )
    };
    (0..start.min(draft.len()))
        .rev()
        .take(FAR_ABOVE)
        .find(|&i| !furniture(i))
}

/// "Paradoxe coréen" over Le Monde diplomatique's lede, under its rubric "Cinéma": when no
/// line before the body is shaped like a headline, not even a subheading of four words, a
/// short line of two words or more right above the lede (furniture only between), which
/// reads as a heading, is the headline: the journalist's words, where a title composed from
/// a sentence of the lede said less ("Sud : en revanche, les réalisatrices demeurent
/// marginales").
fn short_heading_over_the_lede(draft: &Draft, start: usize) -> Option<usize> {
    let above = line_over_the_lede(draft, start)?;
    heading_shaped(draft, above, 2..=TITLE_MAX_WORDS).then_some(above)
}

/// Block `i` reads as a heading of so many words: undecided, opening on a capital, no full
/// stop, not prose, nor a name, a number or a list's item.
fn heading_shaped(draft: &Draft, i: usize, words: std::ops::RangeInclusive<usize>) -> bool {
    let shape = &draft.shapes[i];
    draft.role(i).is_none()
        && words.contains(&shape.words)
        && !shape.ends_full_stop
        && !shape.name_only
        && !shape.numeric
        && !shape.is_prose()
        && !draft.list_item(i)
        && draft.texts[i].trim_start().starts_with(char::is_uppercase)
}

/// "## L’Etat a payé 1,3 milliard de gourdes de dettes aux compagnies pétrolières" over a
/// byline and the lede, in a page converted to Markdown that has no `#`: when no line before
/// the body is shaped like a headline, the subheading right above the lede (furniture only
/// between) that speaks of what the lede says is the headline, set in the page's first
/// heading level; an intertitle opening the article would say what its section tells, which
/// shares the lede's words too, but a page shows its headline above it.
fn heading_over_the_lede(draft: &Draft, start: usize) -> Option<usize> {
    let above = line_over_the_lede(draft, start)?;
    let shape = &draft.shapes[above];
    let heading = draft.role(above) == Some(Role::Intertitle)
        && draft.hints[above] == Some(super::Hint::Intertitle)
        && (TITLE_MIN_WORDS..=TITLE_MAX_WORDS).contains(&shape.words)
        && !shape.ends_full_stop;
    let topical =
        || shared_words(draft.texts[above], &body_opening(draft, start)) >= TITLE_SHARED_WORDS;
    (heading && topical()).then_some(above)
}

/// "Prendre la parole" over France Culture's date, share bar and a notice ("Code embed copié
/// dans le presse-papier"), then the chapô "…Les citoyens sont de plus en plus invités à
/// prendre la parole": when no headline-shaped line shares a word with the body's opening,
/// a short line (fewer words than a headline needs) all of whose content words the opening
/// says, two at least, a few blocks above it, is the headline, where the first
/// headline-shaped line, which speaks of nothing under it, was taken. A rubric ("Faits
/// divers", "Guerre en Ukraine") shares its words with a lede now and then, but stands
/// above a headline that shares them too.
fn short_topical_headline(draft: &Draft, start: usize, opening: &[TopicWord]) -> Option<usize> {
    let end = start.min(draft.len());
    let all_said = |i: usize| {
        let mut words = super::interior::content_words(draft.texts[i]);
        words.sort_unstable();
        words.dedup();
        words.len() >= TITLE_SHARED_WORDS && words.iter().all(|w| opening.binary_search(w).is_ok())
    };
    (end.saturating_sub(FAR_ABOVE)..end).rev().find(|&i| {
        heading_shaped(draft, i, 2..=TITLE_MIN_WORDS - 1)
            && !draft.shapes[i].capitals
            && all_said(i)
    })
}

/// Blocks between a headline and the chapô under it at most: its rubric, byline, date, share
/// bar and photo.
const FAR_ABOVE: usize = 8;

/// Blocks above the body from which a line sharing the lede's words is a menu's label rather
/// than the headline, when a headline stands over the byline nearer the body.
const MENU_ABOVE: usize = 4 * FAR_ABOVE;

/// The body's first block, when it is a headline-shaped question or exclamation that speaks
/// of the prose under it: a headline that asks ("Achraf Hakimi accusé de viol : sa femme prend
/// la parole, où en est l'enquête ?") ends like a sentence, and the body run starts on it.
fn topical_question(draft: &Draft, start: usize) -> Option<usize> {
    let text = draft.texts.get(start)?;
    let asks = text.trim_end().ends_with(['?', '!']);
    let topical = || shared_words(text, &body_opening(draft, start + 1)) >= TITLE_SHARED_WORDS;
    (asks && headline(draft, start) && topical()).then_some(start)
}

/// The body's first block, one sentence ending on its full stop, when the page opens on it
/// and the author's name or the date stands right under it, then the prose: Senego sets its
/// headline so ("Bassirou Diomaye Faye : L’article 258, héritage colonial, fait débat." /
/// "Abdou Nar Dia" / "17 juin 2025, 08:50"). A paragraph of the article has no byline under
/// it.
fn stopped_headline_over_its_byline(draft: &Draft, start: usize) -> Option<usize> {
    let shape = draft.shapes.get(start)?;
    let opens_page = (0..start).all(|i| draft.roles[i].is_some());
    let shaped = (TITLE_MIN_WORDS..=TITLE_MAX_WORDS).contains(&shape.words)
        && !shape.several_sentences
        && !shape.name_only
        && !draft.list_item(start);
    // The author's name is told a byline later, by its place: here, a name alone.
    let furniture = |i: usize| match draft.role(i) {
        Some(role) => matches!(role, Role::Byline | Role::Dateline),
        None => draft.shapes[i].name_only,
    };
    let under = (start + 1..draft.len())
        .take_while(|&i| furniture(i))
        .count();
    let after = start + 1 + under;
    let prose_after = after < draft.len() && draft.is_prose(after);
    (opens_page && shaped && under > 0 && prose_after).then_some(start)
}

/// Distinct words a headline shares with the body's opening, to be told from a menu's label.
const TITLE_SHARED_WORDS: usize = 2;
/// The body's first blocks a headline is compared with…
const OPENING_BLOCKS: usize = 3;
/// …and the bytes of each read at most: a lede's opening says what the headline says, and a
/// page dumped on a few lines would otherwise be read whole.
const OPENING_BYTES: usize = 600;

/// The content words of the body's first prose blocks, from `start`; not of a line that
/// speaks to the reader, a promotion glued to the lede ("Personnalisez votre expérience TF1
/// Info…") that shares its words with the menus.
fn body_opening(draft: &Draft, start: usize) -> Vec<TopicWord> {
    let mut words: Vec<TopicWord> = (start..draft.len())
        .filter(|&i| draft.is_prose(i) && !super::body::addresses_reader(draft.texts[i]))
        .take(OPENING_BLOCKS)
        .flat_map(|i| super::interior::content_words(opening_of(draft.texts[i])))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The first [`OPENING_BYTES`] of a block, cut at a character's start.
fn opening_of(text: &str) -> &str {
    let mut end = text.len().min(OPENING_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// How many distinct content words of `line` the sorted `opening` holds.
fn shared_words(line: &str, opening: &[TopicWord]) -> usize {
    let mut words = super::interior::content_words(line);
    words.sort_unstable();
    words.dedup();
    words
        .iter()
        .filter(|w| opening.binary_search(w).is_ok())
        .count()
}

/// "DIRECT. Tempête Ciarán : 1,2 million de foyers privés d'électricité…": a line the live
/// family took for a live blog's label, which is a headline under its label. Below the
/// article, the same shape is a teaser of another live ("EN DIRECT – Réforme des retraites :
/// des manifestations sauvages en cours") and stays the family's; above it, the headline is
/// chosen among the headline-shaped lines by what it shares with the body.
fn live_headline(draft: &Draft, i: usize) -> bool {
    draft.role(i) == Some(Role::LiveTimestamp)
        && super::inline::without_live_label(draft.texts[i])
            .is_some_and(|rest| rest.split_whitespace().nth(TITLE_MIN_WORDS - 1).is_some())
}

/// Shaped like a headline: a few words, no full stop, not a name, not a teaser.
fn headline(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    let asks = draft.texts[i].trim_end().ends_with(['?', '!']);
    let min = if asks { 2 } else { TITLE_MIN_WORDS };
    (min..=TITLE_MAX_WORDS).contains(&shape.words)
        && !shape.ends_full_stop
        && !shape.name_only
        && !shape.numeric
        // "* T'as vu ?": a list's item is a menu's link, never the headline, whether the dump
        // bullets it or the markup marks it ("* A propos du Nouvelliste" read as Markdown).
        && !draft.list_item(i)
        && (!shape.capitals || shape.words > 2)
        // "©Capture « L’Île aux enfants »": a photo's credit, under the headline.
        && !draft.texts[i].trim_start().starts_with('©')
        && !cut_copy_of_next(draft, i)
        && !labels_between_bars(draft.texts[i])
        && !labels_between_commas(draft.texts[i])
        && !(shape.several_sentences && opens_on_a_sentence(draft.texts[i]))
}

/// Words from which a headline's part before its first full stop is a sentence, not a place
/// or a rubric ("Rennes. Un incendie…", "Guerre en Ukraine. Zelensky…").
const HEADLINE_RUBRIC_MAX_WORDS: usize = 5;

/// "Le constat vient de la commission des Affaires étrangères… sur la cyberdéfense.
/// L’hexagone serait en retard sur ses voisins européens" (Silicon.fr): a sentence, its full
/// stop, then more, is a chapô printed without its last stop; a headline may only open on a
/// place or a rubric and its stop.
fn opens_on_a_sentence(text: &str) -> bool {
    let bytes = text.as_bytes();
    crate::literals::STOP_THEN_SPACE.find_iter(bytes).any(|at| {
        let before = &text[..at];
        let after = &text[at + 2..];
        // "…, M. Macron dit": an abbreviation's stop ("M.", "Mme.", "St."), a short word
        // in capitals, ends no sentence.
        let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let abbreviation = last.starts_with(char::is_uppercase) && last.chars().count() <= 3;
        after.starts_with(char::is_uppercase)
            && !abbreviation
            && before.split_whitespace().count() > HEADLINE_RUBRIC_MAX_WORDS
    })
}

/// Most words of a label in a row of labels set between bars.
const BARRED_LABEL_WORDS: usize = 3;

/// "Éditions : française | anglaise | internationales": three short labels or more between
/// bars, a menu's row, where a headline holds one bar at most, before the site's name
/// ("Paradoxe coréen | Le Monde diplomatique").
fn labels_between_bars(text: &str) -> bool {
    row_of_labels(text.split(" | "), BARRED_LABEL_WORDS, |_| true)
}

/// Three labels or more, each of `max_words` words at most and as `shaped` wants it.
fn row_of_labels<'a>(
    labels: impl Iterator<Item = &'a str>,
    max_words: usize,
    shaped: impl Fn(&str) -> bool,
) -> bool {
    let mut count = 0;
    for label in labels {
        if label.split_whitespace().nth(max_words).is_some() || !shaped(label) {
            return false;
        }
        count += 1;
    }
    count >= 3
}

/// Most words of a tag in a row of tags set between commas.
const COMMA_LABEL_WORDS: usize = 4;

/// "La République en marche, Justice, Emmanuel Macron" (Regards, under its chapô): three
/// labels or more between commas, each of a few words and capitalised, and nothing else —
/// no colon, no quotation, no stop: the article's tags. A headline that lists sets its
/// items in lowercase after the first ("Grève, manifestations, blocages") or says what
/// they are after a colon.
fn labels_between_commas(text: &str) -> bool {
    let text = text.trim();
    if text.contains([':', '«', '»', '"', '.', '?', '!', ';', '(']) {
        return false;
    }
    row_of_labels(text.split(','), COMMA_LABEL_WORDS, |label| {
        label.trim_start().starts_with(char::is_uppercase)
    })
}

/// "Un adolescent palestinien tué dans..." above "Un adolescent palestinien tué dans un raid
/// militaire israélien en Cisjordanie": a breadcrumb shortens the headline that follows it.
fn cut_copy_of_next(draft: &Draft, i: usize) -> bool {
    let text = draft.texts[i].trim_end();
    let Some(opening) = text.strip_suffix("...").or_else(|| text.strip_suffix('…')) else {
        return false;
    };
    let opening = opening.trim_end();
    !opening.is_empty()
        && draft
            .texts
            .get(i + 1)
            .is_some_and(|next| next.len() > opening.len() && next.starts_with(opening))
}

/// Short labels right above the headline are its rubric; the nearest is the kicker.
fn kicker(draft: &mut Draft, title: usize) -> Option<String> {
    let mut nearest = None;
    for i in (0..title).rev() {
        // What stands above the page's breadcrumb is the site's, not the article's rubric.
        // Nor what stands above a player's line that holds the headline.
        if draft.roles[i] == Some((Role::Navigation, super::BREADCRUMB))
            || draft.roles[i] == Some((Role::Repeated, HEADLINE_UNDER_LABEL))
        {
            break;
        }
        if draft.roles[i].is_some() {
            continue;
        }
        if draft.shapes[i].words > 4 || draft.shapes[i].is_prose() {
            break;
        }
        // A menu's items above the headline ("* Sport") are navigation, not its rubric.
        if draft.shapes[i].bulleted {
            continue;
        }
        draft.set(i, Role::Kicker, "a label above the headline");
        nearest.get_or_insert_with(|| draft.texts[i].to_string());
    }
    nearest
}

/// The first prose block between the headline and the body is the chapô.
fn standfirst(draft: &mut Draft, title: usize, start: usize) {
    if draft.role(title + 1) == Some(Role::Standfirst) {
        return;
    }
    let candidate = (title + 1..start)
        .find(|&i| draft.roles[i].is_none() && draft.shapes[i].is_prose())
        .filter(|&i| !about_the_author(draft, title, i))
        .or_else(|| unstopped_standfirst(draft, title, start));
    if let Some(i) = candidate {
        if draft.shapes[i].words <= STANDFIRST_MAX_WORDS {
            draft.set(
                i,
                Role::Standfirst,
                "the first prose under the headline, before the body",
            );
        }
    }
}

/// Whether prose block `i` opens on the name of the author the header signs with, alone on a
/// line between headline `title` and it: "Claudine Guerrier" / "Déclaration d’intérêts" /
/// "Claudine Guerrier ne travaille pas, ne conseille pas…" (The Conversation). A chapô tells
/// the story; a paragraph about the author is their note.
fn about_the_author(draft: &Draft, title: usize, i: usize) -> bool {
    let text = draft.texts[i].trim_start();
    (title + 1..i)
        .filter(|&j| draft.shapes[j].name_only)
        .any(|j| {
            let name = draft.texts[j].trim();
            text.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(char::is_whitespace))
        })
}

/// Fewest words of a chapô printed without its full stop: more than any intertitle has.
const UNSTOPPED_STANDFIRST_WORDS: usize = 13;

/// The line under the headline (furniture only between) and above the body, long as a
/// sentence but printed without its full stop (20 Minutes: "Aucun civil n’a été blessé ou tué durant le raid,
/// précise le commandement militaire américain pour le Moyen-Orient"): the chapô, which an
/// intertitle that long never is. Between it and the body, only what is already known as
/// furniture may stand: 20 Minutes prints its byline, date, share bar and photo there
/// ("MENACES La journaliste a porté plainte après avoir découvert…").
fn unstopped_standfirst(draft: &Draft, title: usize, start: usize) -> Option<usize> {
    // La DH sets the date and the photo's credit between its headline and its chapô, 20
    // Minutes its rubric in capitals ("MENACES") on the chapô's line.
    let i =
        (title + 1..start).find(|&j| draft.roles[j].is_none() && !label_in_capitals(draft, j))?;
    let shape = draft.shapes.get(i)?;
    let lowercase_words = draft.texts[i]
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    // La DH's dateline in capitals ("BRUXELLES") opens the lede's line.
    let only_furniture_after = (i + 1..start).all(|j| {
        draft.roles[j].is_some() || draft.shapes[j].name_only || label_in_capitals(draft, j)
    });
    (i < start
        && only_furniture_after
        && draft.roles[i].is_none()
        && !shape.name_only
        && !shape.more_link
        && shape.words >= UNSTOPPED_STANDFIRST_WORDS
        && 2 * lowercase_words > shape.words)
        .then_some(i)
}

/// Block `j` is a few words in capitals: a rubric ("MENACES") or a dateline ("BRUXELLES").
fn label_in_capitals(draft: &Draft, j: usize) -> bool {
    draft.shapes[j].capitals && draft.shapes[j].words <= HEADLINE_RUBRIC_MAX_WORDS
}

/// What an undecided block before the body is.
fn furniture_before_body(draft: &Draft, i: usize) -> (Role, &'static str) {
    let shape = &draft.shapes[i];
    if shape.name_only {
        (Role::Byline, "a name alone before the article")
    } else if super::families::name_with_titles(draft.texts[i]) {
        (
            Role::Byline,
            "an author's name and titles before the article",
        )
    } else if shape.is_prose() {
        (Role::Caption, "prose outside the article's run, before it")
    } else {
        (Role::Navigation, "a label before the article")
    }
}

#[cfg(test)]
mod headline_tests {
    #[test]
    fn capitalised_labels_between_commas_are_tags_not_a_headline() {
        assert!(super::labels_between_commas(
            "La République en marche, Justice, Emmanuel Macron"
        ));
        for line in [
            "Grève, manifestations, blocages",
            "Macron, Merkel : le couple franco-allemand relancé",
            "Paris, Lyon et Marseille",
            "Deux ans et demi en Macronie : une condamnation, dix mises en examen et six enquêtes en cours",
        ] {
            assert!(!super::labels_between_commas(line), "{line}");
        }
    }

    #[test]
    fn a_name_a_colon_and_one_quotation_closing_the_line_is_a_quotation_headline() {
        assert!(super::quotation_headline(
            "Jacques Testart : « Il faut un contrôle citoyen de l’activité de recherche »"
        ));
        for line in [
            "Entretien — Science et citoyens",
            // A quotation that does not close the line, or a colon inside a sentence.
            "Testart : « Il faut un contrôle citoyen », dit le chercheur",
            "Le chercheur dont la tribune a fait date dans les laboratoires : « Non »",
            "Climat : « Urgence » et « sobriété » au programme",
        ] {
            assert!(!super::quotation_headline(line), "{line}");
        }
    }

    #[test]
    fn a_sentence_and_more_is_no_headline_a_rubric_and_its_stop_may_be() {
        assert!(super::opens_on_a_sentence("Le constat vient de la commission des Affaires étrangères sur la cyberdéfense. L’hexagone serait en retard sur ses voisins européens"));
        assert!(!super::opens_on_a_sentence(
            "Rennes. Un incendie ravage un entrepôt de la zone industrielle"
        ));
        assert!(!super::opens_on_a_sentence(
            "Le président de la République, M. Macron défend sa réforme"
        ));
    }
}
