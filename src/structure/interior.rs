//! Inside and after the body run: what each line that is not body prose is.
//!
//! An intertitle is a short line that does not end with a full stop and is followed by the
//! prose it introduces (perhaps after the photo that illustrates it); a long one shares a word
//! with what follows, where a related headline is about another story. A label "Lire aussi"
//! makes the line under it a related link. A paragraph right above a photo credit is the
//! photo's legend. After the run, nothing is the article.

use super::body::Run;
use super::inline::Speaker;
use super::{Draft, Role};
use crate::reading::Hint;
use crate::segmenting::is_letter;

/// An intertitle has at most this many words.
const INTERTITLE_MAX_WORDS: usize = 20;
/// Longer than this, an intertitle must share a word with the prose it opens.
const INTERTITLE_FREE_WORDS: usize = 8;
/// Furniture blocks an intertitle may stand above its prose across (a photo, its credit).
const INTERTITLE_REACH: usize = 3;

/// Decide the undecided blocks inside the run and after it, and the legends above credits.
pub fn read(draft: &mut Draft, run: &Run) {
    // A page of images only (`![](a) ![](b)`) leaves no block: nothing to decide.
    if draft.len() == 0 {
        return;
    }
    credits_read_as_datelines(draft, run);
    legends(draft, run);
    media_labels(draft, run);
    notices_tails(draft, run);
    lists_under_read_also_labels(draft);
    let end = run.end.min(draft.len().saturating_sub(1));
    // From the run's first block: a box may stand right under the chapô, its heading above
    // the run, and its question too when the run left it out as the page speaking.
    for i in run.start.saturating_sub(2).max(1)..end {
        if reader_box(draft, i) {
            let why = "a box that asks the reader, under its own heading";
            draft.set(i - 1, Role::CallToAction, why);
            draft.set(i, Role::CallToAction, why);
        }
    }
    // A page whose markup marks its intertitles ("<h2>") marks its paragraphs too: a question
    // it sets in a paragraph is one (Le Monde's "Ce tableau général préoccupant donnera-t-il
    // des arguments aux tenants des réformes en zone euro ?").
    let marks_intertitles = draft.hints.contains(&Some(Hint::Intertitle));
    for i in run.start + 1..end {
        let marked_paragraph = marks_intertitles && draft.hints[i] == Some(Hint::Body);
        if !marked_paragraph && question_heading(draft, i) {
            if draft.role(i - 1).is_none() && label_above_question(draft, i) {
                draft.set(i - 1, Role::Navigation, "a label above a question heading");
            }
            draft.set(
                i,
                Role::Intertitle,
                "a short question opening the prose under it",
            );
        }
    }
    if end > run.start && trailing_headline(draft, end) {
        draft.set(
            end,
            Role::RelatedLink,
            "a question after the article, under a label",
        );
    }
    let mut body_above = false;
    for i in run.start..=end {
        if draft.roles[i].is_none() {
            let verdict = match body_above {
                false if rubric_over_the_article(draft, i) => (
                    Role::Navigation,
                    "one word over the article's first paragraph",
                ),
                _ => inside(draft, i),
            };
            draft.set(i, verdict.0, verdict.1);
        }
        body_above |= draft.role(i) == Some(Role::Body);
    }
    verdict_lists(draft, end);
    closing_box(draft, end);
    for i in end + 1..draft.len() {
        if draft.roles[i].is_none() {
            let verdict = after(draft, i);
            draft.set(i, verdict.0, verdict.1);
        }
    }
    headings_in_a_row(draft, run.start, end);
    transcript_turns(draft, run.start, end);
    labelled_turns(draft, run.start, end);
    interview_questions(draft, run.start, end);
    author_biography(draft, run.start, end);
    issuer_presentation(draft, run.start, end);
    pull_quotes(draft, run.start, end);
}

/// Fewest speakers, and fewest turns of each, that make a run a transcript
/// ([`transcript_turns`]).
const TRANSCRIPT_MIN_SPEAKERS: usize = 2;
const TRANSCRIPT_MIN_TURNS: usize = 2;

/// The reason given to a transcript's turn, whose timecode the article takes off.
pub(super) const TRANSCRIPT_TURN: &str = "a transcript's turn, under its speaker's name";

/// A radio interview's transcript: each paragraph a turn under its speaker's name, a
/// timecode before it ("[07:57] Nicolas Demorand : Dernière question : la surtaxe…
/// sera-t-elle vraiment temporaire ?"). A turn that asks is the host speaking, no heading
/// over the answer: the article keeps every turn as a paragraph. Two speakers of two turns
/// each at least: one "Paris : …" may open a paragraph of any story.
fn transcript_turns(draft: &mut Draft, first: usize, last: usize) {
    let turns: Vec<(usize, &str)> = (first..=last)
        .filter(|&i| matches!(draft.role(i), Some(Role::Body | Role::Intertitle)))
        .filter_map(|i| super::inline::transcript_turn(draft.texts[i]).map(|t| (i, t.speaker)))
        .collect();
    let mut speakers: Vec<(&str, usize)> = Vec::new();
    for (_, speaker) in &turns {
        match speakers.iter_mut().find(|(s, _)| s == speaker) {
            Some((_, count)) => *count += 1,
            None => speakers.push((speaker, 1)),
        }
    }
    let regular = speakers
        .iter()
        .filter(|(_, count)| *count >= TRANSCRIPT_MIN_TURNS)
        .count();
    if regular < TRANSCRIPT_MIN_SPEAKERS {
        return;
    }
    let turns: Vec<usize> = turns.into_iter().map(|(i, _)| i).collect();
    for i in turns {
        draft.set(i, Role::Body, TRANSCRIPT_TURN);
    }
}

/// Fewest turns of each speaker, labelled, that make a run an interview set as questions and
/// answers ([`labelled_turns`]).
const LABELLED_TURNS_MIN: usize = 2;

/// The reason given to a question under its label, which the article takes off.
pub(super) const LABELLED_QUESTION: &str = "an interview's question, under its label";

/// An interview set as questions and answers, each turn under its label ("Q : Combien
/// faudrait-il investir ?" / "R : Les estimations de l'Agence spatiale européenne…"): each
/// question is an intertitle, as the web sets an interview, the first one too. The first was
/// left a paragraph, the lede, and the title was made of it ("Europe : vous rentrez de trois
/// semaines d'entraînement"); the others were intertitles or paragraphs by their length. Two
/// turns of each speaker at least: one "R :" may open a paragraph of the story.
fn labelled_turns(draft: &mut Draft, first: usize, last: usize) {
    let turn = |i: usize| {
        (draft.role(i) == Some(Role::Body))
            .then(|| super::inline::interview_turn(draft.texts[i]))
            .flatten()
            .map(|(speaker, _)| speaker)
    };
    let speakers: Vec<Option<Speaker>> = (first..=last).map(turn).collect();
    let count = |who| speakers.iter().filter(|&&s| s == Some(who)).count();
    if count(Speaker::Asks) < LABELLED_TURNS_MIN || count(Speaker::Answers) < LABELLED_TURNS_MIN {
        return;
    }
    for (i, speaker) in (first..=last).zip(speakers) {
        if speaker == Some(Speaker::Asks) {
            draft.set(i, Role::Intertitle, LABELLED_QUESTION);
        }
    }
}

/// Fewest questions standing as the intertitles of a run, and no other, that make it an
/// interview's.
const INTERVIEW_MIN_QUESTIONS: usize = 2;

/// Most words of an interview's question that sets its premise first, in one sentence more.
const INTERVIEW_QUESTION_MAX_WORDS: usize = 2 * QUESTION_HEADING_MAX_WORDS;

/// In an interview, whose intertitles are all its questions ("Qu'est-ce qui manque le plus
/// ?") or prompts left in suspension, a question that states its premise first ("Le ministère de la Santé a annoncé 50
/// millions d'euros pour les urgences. Est-ce suffisant ?") is a question too: a short
/// paragraph of two sentences, the second asking, between two answers. Left a paragraph, it
/// read as the interviewee's words. A run with an intertitle that does not ask is no
/// interview: an explainer's paragraph may end on a question of its own.
fn interview_questions(draft: &mut Draft, first: usize, last: usize) {
    let asks = |text: &str| before_closing_quotes(text).ends_with('?');
    // "Le gouvernement a pourtant présenté un plan d'adaptation…": a prompt left in
    // suspension asks as a question does.
    let prompts = |text: &str| asks(text) || before_closing_quotes(text).ends_with(['…']);
    let mut questions = 0;
    for i in first..=last {
        if draft.role(i) == Some(Role::Intertitle) {
            match prompts(draft.texts[i]) {
                true => questions += usize::from(asks(draft.texts[i])),
                false => return,
            }
        }
    }
    if questions < INTERVIEW_MIN_QUESTIONS {
        return;
    }
    // The first question opens the interview under the chapô and the byline ("Propos
    // recueillis par…"): no answer above it.
    for i in first..last {
        let shape = &draft.shapes[i];
        let between_answers = (i == first
            || matches!(draft.role(i - 1), Some(Role::Body | Role::Byline)))
            && draft.role(i + 1) == Some(Role::Body)
            && draft.role(i) == Some(Role::Body);
        if between_answers
            && shape.several_sentences
            && shape.words <= INTERVIEW_QUESTION_MAX_WORDS
            && asks(draft.texts[i])
            && crate::segmenting::split_sentences(draft.texts[i]).len() == 2
        {
            draft.set(
                i,
                Role::Intertitle,
                "an interview's question, its premise before it",
            );
        }
    }
}

/// Most quotations standing alone read as pull quotes: a page of thousands costs a bounded
/// search.
const MAX_PULL_QUOTES: usize = 16;

/// Fewest words of a pull quote: a word or two quoted alone may be anyone's.
const PULL_QUOTE_MIN_WORDS: usize = 4;

/// A quotation the page sets apart in a `<blockquote>`, read as an intertitle, whose words a
/// paragraph of the article prints (Europe 1's "« Il n’était pas assez courageux pour
/// rejoindre les terres du djihad »", quoted again in full three paragraphs on): a pull
/// quote, the page's display of its own words, which the article gives where they belong. A
/// journalist's intertitle quotes the section under it too ("« On a cru en notre justice ! »"),
/// set as a heading, not as a quotation.
fn pull_quotes(draft: &mut Draft, first: usize, last: usize) {
    let quoted_alone: Vec<usize> = (first..=last)
        .filter(|&i| {
            draft.role(i) == Some(Role::Intertitle)
                && draft.hints[i] == Some(Hint::Quote)
                && quotation_alone(draft.texts[i])
        })
        .take(MAX_PULL_QUOTES)
        .collect();
    for i in quoted_alone {
        let inner = draft.texts[i].trim_matches(|c: char| QUOTES.contains(&c) || c.is_whitespace());
        if inner.split_whitespace().count() < PULL_QUOTE_MIN_WORDS {
            continue;
        }
        let finder = memchr::memmem::Finder::new(inner.as_bytes());
        let printed = (first..=last).any(|j| {
            j != i
                && draft.role(j) == Some(Role::Body)
                && finder.find(draft.texts[j].as_bytes()).is_some()
        });
        if printed {
            draft.set(i, Role::Repeated, "a pull quote of the article's own words");
        }
    }
}

/// The quotation marks a pull quote stands between.
const QUOTES: &[char] = &['"', '«', '»', '“', '”'];

/// The text opens and closes on a quotation mark.
fn quotation_alone(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(['"', '«', '“']) && text.ends_with(['"', '»', '”'])
}

/// Most words of an author's biography under the signature ([`author_biography`]).
const BIOGRAPHY_MAX_WORDS: usize = 60;

/// The last paragraph of the run, under a name alone that signs the article after its
/// prose or under an author's box's label ([`under_author_label`]), is the author's
/// biography (Le Monde diplomatique: "Jean-Michel Frodon" / "Critique et historien du
/// cinéma, professeur associé à Sciences Po Paris…"), no part of the story. Only notes may follow it in the run; a name inside the article (an interview's
/// speaker) has prose after it. Blocks `first` to `last` are read.
fn author_biography(draft: &mut Draft, first: usize, last: usize) {
    let Some(bio) = (first..=last)
        .rev()
        .find(|&i| draft.role(i) == Some(Role::Body))
    else {
        return;
    };
    let signed = bio > first + 1
        && draft.role(bio - 1) == Some(Role::Byline)
        && draft.shapes[bio - 1].name_only
        && draft.role(bio - 2) == Some(Role::Body);
    if draft.shapes[bio].words > BIOGRAPHY_MAX_WORDS {
        return;
    }
    if signed {
        draft.set(
            bio,
            Role::Byline,
            "the author's biography, under the signature",
        );
    } else if under_author_label(draft, bio) {
        draft.set(bio, Role::Byline, "the author's biography, under its label");
    } else if opens_on_the_signers_name(draft, first, bio) {
        draft.set(
            bio,
            Role::Byline,
            "the author's biography, on the name the article is signed with",
        );
    }
}

/// The paragraph `bio`, the run's last, opens on the name of who signs the article above the
/// run ("Par Sophie Lambert" … "Sophie Lambert est journaliste au service Économie"): a
/// journalist is no subject of their own story, and the paragraph about them closes the page
/// as a box does. Only a paragraph after others of the run: one that opens the run is the
/// story's.
fn opens_on_the_signers_name(draft: &Draft, first: usize, bio: usize) -> bool {
    let text = draft.texts[bio].trim_start();
    bio > first
        && (0..first)
            .filter(|&j| draft.role(j) == Some(Role::Byline))
            .filter_map(|j| signers_name(draft.texts[j]))
            .any(|name| {
                text.strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with(char::is_whitespace))
            })
}

/// The name a signature line signs with: "Par Sophie Lambert" → "Sophie Lambert"; two to
/// four capitalised words after "Par", up to a comma or a second author ("Par Marc Olivier et
/// Léa Roux", "Par Jean Dupont, à Lyon"). `None` for a line that is not "Par" and a name.
pub(super) fn signers_name(line: &str) -> Option<&str> {
    let names = line
        .trim()
        .strip_prefix("Par ")
        .or_else(|| line.trim().strip_prefix("par "))?;
    let name = names
        .split([',', '('])
        .next()
        .and_then(|name| name.split(" et ").next())?
        .trim();
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then_some(name)
}

/// Most words of a press release's presentation of who issued it ([`issuer_presentation`]).
const PRESENTATION_MAX_WORDS: usize = 150;

/// A press release ends on who issued it: "À propos de la Région Bretagne" over "La Région
/// Bretagne est une collectivité territoriale qui…", a paragraph the release repeats under
/// each of its news, no part of the story. Told by its shape: the run's last sections, each
/// headed "À propos de <name>" over a paragraph that opens on that name; kept, it was the
/// article's last section. An intertitle "À propos de la réforme" over prose that does not
/// open on its words is a section. Blocks `first` to `last` are read.
fn issuer_presentation(draft: &mut Draft, first: usize, last: usize) {
    let mut from = None;
    for i in first..last {
        match draft.role(i) {
            Some(Role::Intertitle) if presents(draft, i) => {
                from = from.or(Some(i));
            }
            Some(Role::Intertitle) => from = None,
            _ => {}
        }
    }
    let Some(from) = from else {
        return;
    };
    for i in from..=last {
        match draft.role(i) {
            Some(Role::Intertitle) => draft.set(i, Role::Byline, "the label of who issued it"),
            Some(Role::Body) => draft.set(i, Role::Byline, "who issued it, under its label"),
            _ => {}
        }
    }
}

/// Intertitle `i` is "À propos de <name>" over a paragraph of at most
/// [`PRESENTATION_MAX_WORDS`] that opens on the name.
fn presents(draft: &Draft, i: usize) -> bool {
    let label = draft.texts[i].trim();
    let Some(rest) = ["À propos ", "A propos ", "à propos "]
        .iter()
        .find_map(|opening| label.strip_prefix(opening))
    else {
        return false;
    };
    let name = ["de ", "du ", "des ", "d'", "d’"]
        .iter()
        .find_map(|of| rest.strip_prefix(of))
        .unwrap_or(rest)
        .trim_end_matches(['.', ':', ' ']);
    let next = i + 1;
    let paragraph = draft.texts.get(next).map_or("", |text| text.trim_start());
    !name.is_empty()
        && draft.role(next) == Some(Role::Body)
        && draft.shapes[next].words <= PRESENTATION_MAX_WORDS
        && paragraph
            .get(..name.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(name))
}

/// The labels of an author's box, lowercased.
const AUTHOR_LABELS: [&str; 6] = [
    "l'auteur",
    "l'auteure",
    "les auteurs",
    "auteur",
    "à propos de l'auteur",
    "à propos de l'auteure",
];

/// Block `i` stands under the label of an author's box (Slate's "L'AUTEUR" over "Titiou
/// Lecoq est journaliste indépendante…", after the article's signature and share prompt).
fn under_author_label(draft: &Draft, i: usize) -> bool {
    i > 0 && {
        let label = draft.texts[i - 1]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .replace('’', "'")
            .to_lowercase();
        AUTHOR_LABELS.contains(&label.as_str())
    }
}

/// Two lines read as intertitles one right above the other, over prose: a journalist sets one
/// heading above a section, so one of them is something else.
/// - Under a subheading the markup marks, a short line it does not mark is the section's
///   lead-in, part of its text (La Vie des idées' `<h3>` "Présentation globale des
///   résultats" over "Avertissement").
/// - Two unmarked lines, the second a question longer than the first that names what the
///   first names, are a related article's headline over its teaser, set inside the article
///   (L'Internaute's "Qui est Hiba Habouk, la femme de Achraf Hakimi ?" / "Accusé de viol, le
///   footballeur marocain est marié avec Hiba Habouk, qui est-elle ?"): neither opens a
///   section, and the prose under them goes on with the one above.
///
/// Two marked subheadings in a row are left as they are: a section's heading over a
/// subsection's, or a menu, which is no prose's. Blocks `first` to `last` are read.
fn headings_in_a_row(draft: &mut Draft, first: usize, last: usize) {
    for i in first..last {
        let second = i + 1;
        if draft.role(i) != Some(Role::Intertitle)
            || draft.role(second) != Some(Role::Intertitle)
            || opens_prose(draft, second).is_none()
        {
            continue;
        }
        let marked = |j: usize| draft.hints[j] == Some(Hint::Intertitle);
        match (marked(i), marked(second)) {
            (true, false) => draft.set(second, Role::Body, "a lead-in under a subheading"),
            (false, false) if teaser_under_headline(draft, i, second) => {
                draft.set(i, Role::RelatedLink, "a related headline over its teaser");
                draft.set(
                    second,
                    Role::RelatedLink,
                    "a related teaser under its headline",
                );
            }
            _ => {}
        }
    }
}

/// Line `second` is a teaser of the headline `first`: a question, longer than the headline,
/// sharing a content word with it.
fn teaser_under_headline(draft: &Draft, first: usize, second: usize) -> bool {
    let headline = content_words(draft.texts[first]);
    draft.texts[second].trim_end().ends_with('?')
        && draft.shapes[second].words > draft.shapes[first].words
        && content_words(draft.texts[second])
            .iter()
            .any(|w| headline.contains(w))
}

/// A notice's last line has at most this many words.
const NOTICE_TAIL_MAX_WORDS: usize = 30;

/// A short sentence that speaks to the reader right under a notice (a blocked video's "Vous
/// utilisez un bloqueur de publicité…", then "Si vous n'êtes dans aucun de ces deux cas,
/// contactez-nous à aide@…") ends that notice: the article does not speak to its reader
/// about the page it is shown on. One between two lines of a notice is its pitch
/// ("Newsletter Politique" / "Chaque soir, l'essentiel de l'actualité politique." /
/// "S'inscrire"), whatever it says.
fn notices_tails(draft: &mut Draft, run: &Run) {
    for i in run.start.max(1)..=run.end.min(draft.len().saturating_sub(1)) {
        let shape = &draft.shapes[i];
        if draft.role(i) == Some(Role::Body)
            && draft.role(i - 1) == Some(Role::Paywall)
            && !shape.several_sentences
            && shape.words <= NOTICE_TAIL_MAX_WORDS
        {
            if super::body::addresses_reader(draft.texts[i]) {
                draft.set(i, Role::Paywall, "speaks to the reader, under a notice");
            } else if draft.role(i + 1) == Some(Role::Paywall) {
                draft.set(i, Role::Paywall, "a short sentence inside a notice");
            }
        }
    }
}

/// The intertitle right above the body's first block (across a photo), when the article
/// opens with one: it stands before the run, where the header would take it for furniture.
pub fn opening_intertitle(draft: &mut Draft, start: usize) {
    let mut i = start;
    while i > 0 && start - i < INTERTITLE_REACH {
        i -= 1;
        match draft.role(i) {
            Some(Role::Caption | Role::Credit) => continue,
            // A name alone right above the prose is the author's ("Antoine Robitaille"),
            // not a heading.
            // Nor is one word there ("Politique", "Lycée" under a reader view's headline): a
            // rubric, where an intertitle opening the article says what its section tells;
            // nor a line to the reader (a form's "Veuillez entrer une adresse e-mail valide"
            // above Tribune de Genève's lede).
            None if intertitle_shaped(draft, i)
                && !draft.shapes[i].is_prose()
                && !draft.shapes[i].name_only
                && !signs_over_the_prose(draft, i, start)
                && !draft.list_item(i)
                && draft.shapes[i].words > 1
                && !super::body::addresses_reader(draft.texts[i]) =>
            {
                if opens_prose(draft, i) == Some(start)
                    && !under_a_toolbar_label(draft, i)
                    && !holds_date(draft.texts[i])
                {
                    draft.set(
                        i,
                        Role::Intertitle,
                        "a short line opening the article's prose",
                    );
                }
                return;
            }
            _ => return,
        }
    }
}

/// "Marie Duval, Maître de conférences en écologie, Université de Montpellier" over the
/// article's prose: an author's name and titles ([`super::families::name_with_titles`]),
/// whose name the lede does not say. An intertitle on a name and an apposition ("Emmanuel
/// Macron, président malgré lui") heads prose about that person.
fn signs_over_the_prose(draft: &Draft, i: usize, start: usize) -> bool {
    let text = draft.texts[i];
    super::families::name_with_titles(text)
        && text
            .split(',')
            .next()
            .and_then(|name| name.split_whitespace().next_back())
            .is_some_and(|surname| !draft.texts[start].contains(surname))
}

/// "Embed" / "Code embed copié dans le presse-papier" (France Culture): a line right under a
/// one-word label of the page's toolbar, under its share buttons, or glued under a notice's
/// button ("J'accepte" / "Gérer mes choix"), is that toolbar's or that notice's, where an intertitle opening the article stands under the headline, the chapô,
/// the byline or a photo.
fn under_a_toolbar_label(draft: &Draft, i: usize) -> bool {
    let Some(above) = (0..i)
        .rev()
        .find(|&j| !matches!(draft.role(j), Some(Role::Caption | Role::Credit)))
    else {
        return false;
    };
    let shape = &draft.shapes[above];
    // "Ce contenu est bloqué… Cliquez sur « J'accepte »" / "J'accepte" / "Gérer mes choix":
    // the last button of a notice, on the line right under it.
    let notice_glued_above = above + 1 == i
        && draft.glued[i]
        && matches!(draft.role(above), Some(Role::Paywall | Role::CallToAction));
    draft.role(above) == Some(Role::Share)
        || notice_glued_above
        || draft.roles[above].is_none() && shape.words == 1 && !shape.is_prose()
}

/// "Fred Cavazza Analyses 26/01/201726/01/2017 8 Minutes", "Martin Clavey Politique
/// scientifique française 20 janvier 202020 janvier 2020évaluation, HCERES 0 Comment": a line
/// under the headline that holds a whole date, in figures or with its month's name, is the
/// byline's row (author, rubric, date, tags, reading time or comments), however a dump glued
/// it; an intertitle dates nothing so. The year may run into what the dump glued after it.
pub(super) fn holds_date(text: &str) -> bool {
    holds_numeric_date(text) || holds_named_date(text)
}

/// "26/01/2017", its year maybe glued to what follows.
fn holds_numeric_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    memchr::memchr_iter(b'/', bytes).any(|slash| {
        slash >= 1
            && digits(slash - 1..slash)
            && digits(slash + 1..slash + 3)
            && bytes.get(slash + 3) == Some(&b'/')
            && digits(slash + 4..slash + 8)
    })
}

/// "20 janvier 2020", "1er mai 2019": a day, a month's name, and a word opening on a year.
fn holds_named_date(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(3).any(|w| {
        let day = w[0].strip_suffix("er").unwrap_or(w[0]);
        let year = w[2].as_bytes();
        (1..=2).contains(&day.len())
            && day.bytes().all(|b| b.is_ascii_digit())
            && crate::lexicon::is_month(&w[1].to_lowercase())
            && year.len() >= 4
            && year[..4].iter().all(u8::is_ascii_digit)
    })
}

/// The text without the closing quotation marks and spaces it ends on: where a quoted
/// question ends ("« On a cru en notre justice ! »").
fn before_closing_quotes(text: &str) -> &str {
    text.trim_end_matches(|c: char| matches!(c, '»' | '"' | '”') || c.is_whitespace())
}

/// Most words a question or exclamation standing as an intertitle has.
const QUESTION_HEADING_MAX_WORDS: usize = 15;

/// A body block that is one short question or exclamation ("Comment réagissent les pêcheurs ?",
/// "« On a cru en notre justice ! »") between two body blocks: web articles cut their text with
/// such headings, and a paragraph of one short question is rare. A short line right above it,
/// glued to it or set between it and the prose before, is its label ("Hakimi accusé de viol" /
/// "Que sait-on des accusations… ?", as a browser copies L'Internaute's sections, or a scraper
/// with blank lines between), not a heading of its own ([`label_above_question`]). A note
/// above it may close the section before: the question opens a box set after the notes
/// (Alternatives Économiques' "Le marché du travail est-il trop rigide ?").
fn question_heading(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    let text = before_closing_quotes(draft.texts[i]);
    draft.role(i) == Some(Role::Body)
        && text.ends_with(['?', '!'])
        && !shape.several_sentences
        && !in_dialogue(draft, i)
        && shape.words <= QUESTION_HEADING_MAX_WORDS
        && (matches!(
            draft.role(i - 1),
            Some(Role::Body | Role::Intertitle | Role::Caption | Role::Credit | Role::Footnote)
        ) || under_furniture(draft, i)
            || draft.role(i - 1).is_none() && (draft.glued[i] || label_above_question(draft, i))
            || after_read_also_box(draft, i))
        && opens_prose(draft, i).is_some()
}

/// The question `i` stands right under what a page sets between two sections and its
/// families told apart already: an embedded post, a video's teaser and its duration ("Vidéo.
/// Retraites : les images…" / "Durée : 02:15"), an advertisement, share buttons. Under
/// prose, such a box ends a section, and the question opens the next one ("Quel coût pour
/// les finances publiques ?" was read as a paragraph of its own).
fn under_furniture(draft: &Draft, i: usize) -> bool {
    let furniture = |j: usize| {
        matches!(
            draft.role(j),
            Some(Role::EmbeddedPost | Role::Navigation | Role::Ad | Role::Share)
        )
    };
    if !furniture(i - 1) {
        return false;
    }
    // Up through the box (its teaser may be undecided yet) to the prose of the section above.
    (2..=INTERTITLE_REACH + 1)
        .take_while(|&up| up <= i)
        .map(|up| i - up)
        .find(|&j| draft.role(j).is_some() && !furniture(j))
        .is_some_and(|j| draft.role(j) == Some(Role::Body))
}

/// The question `i` stands right under a read-also box set inside the article, its label and
/// its headline, or a label again ("Lire aussi" / "Tout comprendre au ramadan" / "C'est quoi
/// le ramadan ?", L'Internaute): the box sits between two sections, and the question opens
/// the next one. Only the box's own headline, the line right under its label, or the label
/// alone: a question under a link that is no box's may be the next link.
fn after_read_also_box(draft: &Draft, i: usize) -> bool {
    let label = i - 1;
    match draft.role(label) {
        // Decided here or later (`inside` takes the line under a label for its headline).
        Some(Role::RelatedLink) | None => i >= 2 && draft.is_read_also_label(i - 2),
        // The box's label again, its links lost: a repeated line that reads as a read-also
        // label, told by its own words (looking for the first one read the page again for
        // each question, quadratic on a page of many).
        Some(Role::Repeated) => {
            let words = draft.shapes[label].words;
            words <= super::READ_ALSO_LABEL_MAX_WORDS
                && super::families::family_of(draft.texts[label], words)
                    == Some((Role::RelatedLink, "read-also link"))
        }
        _ => false,
    }
}

/// The undecided line right above the question `i` is a label set between prose and the
/// question: intertitle-shaped, with body prose right above it.
fn label_above_question(draft: &Draft, i: usize) -> bool {
    i >= 2 && intertitle_shaped(draft, i - 1) && draft.role(i - 2) == Some(Role::Body)
}

/// A heading over one short question to the reader, set inside the article ("Signaler une
/// erreur" / "Vous voulez communiquer un renseignement ou vous avez repéré une erreur ?"): the
/// site's box, not a section of the story.
fn reader_box(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    // The box's question may open the run, where it was already told a call to action.
    // Its heading may be known already as one ("Signaler une erreur").
    matches!(draft.role(i), Some(Role::Body | Role::CallToAction))
        && matches!(
            draft.role(i - 1),
            Some(Role::Intertitle | Role::CallToAction)
        )
        && draft.texts[i].trim_end().ends_with('?')
        && !shape.several_sentences
        && !in_dialogue(draft, i)
        && shape.words <= QUESTION_HEADING_MAX_WORDS
        && super::body::addresses_reader(draft.texts[i])
}

/// The run's last block, when it is a short question set apart from the body by a label: a
/// related headline ("Sport" / "Betclic Elite : Wembanyama marque-t-il le pas ?").
fn trailing_headline(draft: &Draft, end: usize) -> bool {
    let shape = &draft.shapes[end];
    draft.role(end) == Some(Role::Body)
        && draft.texts[end].trim_end().ends_with('?')
        && !shape.several_sentences
        && shape.words <= INTERTITLE_MAX_WORDS
        && draft.role(end - 1) != Some(Role::Body)
}

/// Body blocks above a "place / outlet" line inside the run that make it a credit: a
/// dateline stands above the lede, under the chapô at most.
const BODY_ABOVE_A_CREDIT: usize = 2;

/// A "place / outlet" line shaped like a credit, with prose under it and the chapô and a
/// paragraph above it at least, is a photo's credit under its legend ("Unsplash / Gary
/// Butterfield" under "Trop de passagers montent à bord… dans les avions.", 20 minutes
/// Suisse): "Paris / La Gazette" dates the story above its lede.
fn credits_read_as_datelines(draft: &mut Draft, run: &Run) {
    let mut body_above = 0;
    for i in run.start..run.end.min(draft.len()) {
        if draft.role(i) == Some(Role::Body) {
            body_above += 1;
        } else if draft.roles[i] == Some((Role::Dateline, super::PLACE_AND_OUTLET))
            && draft.shapes[i].credit_line
            && body_above >= BODY_ABOVE_A_CREDIT
            && draft.role(i + 1) == Some(Role::Body)
        {
            draft.set(
                i,
                Role::Credit,
                "a credit under its legend, inside the article",
            );
        }
    }
}

/// A legend above a credit line is a sentence or two; a longer paragraph above a signature
/// ("Merzak Tigrine/Agences") is the article's last.
const LEGEND_ABOVE_CREDIT_MAX_WORDS: usize = 40;
/// A legend of two sentences is short ("Un drapeau du Québec. Photo d'illustration."): two
/// sentences of more words are the article's paragraph over a credit whose legend the copy
/// lost, or that ends the article ("© AFP").
const TWO_SENTENCE_LEGEND_MAX_WORDS: usize = 20;

/// A prose block right above a photo credit is the photo's legend, when it is legend-sized:
/// a few words, a sentence, or two short ones. Longer, it is the article's paragraph, over a
/// credit whose legend the copy lost (a page's `<figcaption>` left out, its credit kept); and
/// so is the run's last block, over a credit that ends the article.
fn legends(draft: &mut Draft, run: &Run) {
    for i in 1..draft.len() {
        let above = i - 1;
        let prose_above = matches!(draft.role(above), None | Some(Role::Body));
        let words = draft.shapes[above].words;
        // The run's last block over a credit that closes the article ("© AFP") is its last
        // paragraph, however short: a page sets a photo above the article's end, not under it.
        let legend_words = (4..=LEGEND_ABOVE_CREDIT_MAX_WORDS).contains(&words) && above != run.end;
        // Its sentences counted only over a credit: most lines stand over none ("M. Dupont"
        // counts as a break: a legend is then kept as prose, the safe side).
        let legend_sized = |draft: &Draft| {
            legend_words
                && match super::features::sentence_breaks(draft.texts[above]) {
                    0 => true,
                    1 => words <= TWO_SENTENCE_LEGEND_MAX_WORDS,
                    _ => false,
                }
        };
        if prose_above && legend_words && agency_under_the_headline(draft, i) && legend_sized(draft)
        {
            draft.set(
                i,
                Role::Credit,
                "an agency's name under a legend, below the headline",
            );
        }
        let photo_credit = draft.role(i) == Some(Role::Credit)
            && draft.roles[i] != Some((Role::Credit, super::SOURCE_LABEL));
        if photo_credit && prose_above && legend_sized(draft) && !holds_its_legend(draft.texts[i]) {
            draft.set(above, Role::Caption, "right above a photo credit");
        }
    }
}

/// A legend under a picture's label is one sentence of this many words at most: a
/// paragraph of the article may come under a player that has no legend.
const LEGEND_UNDER_LABEL_MAX_WORDS: usize = 20;

/// What a copied page leaves of a picture or a player between two paragraphs: its label
/// alone, its alternative text lost.
const MEDIA_LABELS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "vidéo",
    "vidéos",
    "video",
    "videos",
    "illustration",
    "infographie",
    "diaporama",
    "en images",
    "en photos",
    "en vidéo",
];

/// A line inside the article that is a picture's or a player's label alone ("Image",
/// "VIDÉO", "En images :") is no intertitle, and the line under it is the picture's legend
/// when it is one short sentence with prose under it ("Les pompiers devant l’immeuble,
/// dimanche matin."). Above the headline, the same word is a kicker, which the header reads.
fn media_labels(draft: &mut Draft, run: &Run) {
    let end = run.end.min(draft.len());
    for i in run.start + 1..end {
        if draft.role(i).is_some() || draft.shapes[i].words > 2 || !media_label(draft.texts[i]) {
            continue;
        }
        draft.set(i, Role::Caption, "a picture's label");
        if i + 1 < end
            && matches!(draft.role(i + 1), None | Some(Role::Body))
            && (1..=LEGEND_UNDER_LABEL_MAX_WORDS).contains(&draft.shapes[i + 1].words)
            && super::features::sentence_breaks(draft.texts[i + 1]) == 0
            && matches!(draft.role(i + 2), None | Some(Role::Body))
        {
            draft.set(i + 1, Role::Caption, "right under a picture's label");
        }
    }
}

/// The line is one of [`MEDIA_LABELS`], whatever its case and the marks around it. Asked
/// only of lines of two words at most.
fn media_label(text: &str) -> bool {
    let core = text.trim_matches(|c: char| !c.is_alphanumeric());
    MEDIA_LABELS.contains(&crate::segmenting::to_lowercase(core).as_str())
}

/// "- Tapie en 2008. REUTERS/Benoit Tessier -" (Slate): a credit line that gives its
/// photo's legend before the credit, a sentence and its stop; the prose above it is no
/// legend then (Slate's chapô). "Michel Daerden © Belga" (Le Soir) gives it before the
/// copyright sign, which opens a credit: what comes before it is no credit, unless it is the
/// credit's label ("Photo © AFP").
fn holds_its_legend(text: &str) -> bool {
    let text = super::unframed(text.trim());
    let legend_before_stop = text
        .find(". ")
        .is_some_and(|stop| text[..stop].split_whitespace().nth(1).is_some());
    legend_before_stop || legend_before_copyright(text)
}

/// Words before the copyright sign that are not the credit's label.
fn legend_before_copyright(text: &str) -> bool {
    let Some((before, _)) = text.split_once('©') else {
        return false;
    };
    let before = before
        .trim_end()
        .trim_end_matches([':', '-', '–', '—'])
        .trim_end();
    let label = [
        "photo",
        "photos",
        "crédit",
        "crédits",
        "image",
        "illustration",
        "copyright",
    ]
    .iter()
    .any(|label| {
        before
            .get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
    });
    !before.is_empty() && !label
}

/// Block `i` is one word in capitals ("KEYSTONE") under one sentence that is the first
/// prose below the headline: the picture's agency under its legend, which a page sets
/// between the headline and the chapô. Lower in the article, a word in capitals under a
/// paragraph may be the page's label ("PUBLICITÉ") under the article's own prose.
fn agency_under_the_headline(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    let word = draft.texts[i].trim();
    let agency_shaped = draft.role(i).is_none()
        && shape.words == 1
        && word.chars().count() >= 2
        && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    let above = i - 1;
    let legend = !draft.shapes[above].several_sentences && draft.shapes[above].ends_sentence;
    agency_shaped && legend && draft.role(above.wrapping_sub(1)) == Some(Role::Title)
}

/// "Société" between Vie publique's headline and its chapô: one word over the article's first
/// paragraph is its rubric, as [`opening_intertitle`] reads it above the run; an intertitle
/// says what its section tells.
fn rubric_over_the_article(draft: &Draft, i: usize) -> bool {
    draft.shapes[i].words == 1 && intertitle_shaped(draft, i) && opens_prose(draft, i).is_some()
}

/// Most blocks set between a sentence's two halves: an advertisement's label, a page's
/// running foot and its number.
const CUTTING_BLOCKS: usize = 2;

/// Block `i` stops mid-sentence (on a word or a comma), and the sentence goes on in lowercase
/// in the article's block under the furniture that cut it: "…une eau que nous n'aurons" /
/// "PUBLICITÉ" / "pas en septembre », prévient le maire". Read alone, a headline-shaped line
/// that opens no prose, it was left out with its sentence's start.
fn cut_by_what_stands_under(draft: &Draft, i: usize) -> bool {
    let open = draft.texts[i]
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == ',');
    let furniture = |k: usize| {
        draft.role(k).is_some_and(|r| {
            !matches!(
                r,
                Role::Body | Role::Standfirst | Role::Intertitle | Role::Title
            )
        })
    };
    let Some(next) = (i + 1..draft.len())
        .take(CUTTING_BLOCKS + 1)
        .find(|&k| !furniture(k))
    else {
        return false;
    };
    open && next > i + 1
        && matches!(draft.role(next), None | Some(Role::Body))
        && draft.texts[next].starts_with(|c: char| c.is_lowercase())
}

/// What an undecided block inside the body run is.
fn inside(draft: &Draft, i: usize) -> (Role, &'static str) {
    let shape = &draft.shapes[i];
    if i > 0 && draft.is_read_also_label(i - 1) {
        return (Role::RelatedLink, "the headline under a read-also label");
    }
    // "Gazole, 1,594 €, -3,0 centimes" under the paragraph that gives the week's prices: a
    // row of a table inside the run is the article's figures, however it is shaped; read by
    // its shape, a row of a few words that opens no prose was a related headline.
    if draft.hints[i] == Some(Hint::TableRow) {
        return (Role::Body, "a row of a table of figures inside the article");
    }
    if announced_item(draft, i) {
        return (Role::Body, ANNOUNCED_ITEM);
    }
    // "— Et l'an prochain ?", too short for prose: a speaker's turn in the exchange the
    // article reports, between the other turns.
    if in_dialogue(draft, i) {
        return (Role::Body, "a turn of dialogue");
    }
    if cut_by_what_stands_under(draft, i) {
        return (
            Role::Body,
            "a sentence that goes on in lowercase under what cut it",
        );
    }
    if shape.is_prose() {
        return (Role::RelatedLink, "prose alone between the article's runs");
    }
    if announced_quotation(draft, i) {
        return (Role::Body, "the quotation the sentence above announces");
    }
    if shape.name_only {
        if labels_the_lines_glued_under_it(draft, i) {
            return (
                Role::Intertitle,
                "a label in capitals over the lines glued under it",
            );
        }
        return match names_the_section_under_it(draft, i) {
            true => (Role::Intertitle, "a name the prose under it speaks of"),
            false => (Role::Byline, "a name alone"),
        };
    }
    if draft.glued.get(i + 1) == Some(&true) && draft.role(i + 1) == Some(Role::Intertitle) {
        return (Role::Navigation, "a label glued above an intertitle");
    }
    if list_item(draft, i) {
        return (Role::Body, "an item of a list the prose runs into");
    }
    // "- Services : +3,0 %", the last of a box's key figures, sits over prose as every list
    // does: it is what the items above it are, no intertitle.
    if draft.list_item(i) && i > 0 && draft.list_item(i - 1) {
        if let Some(role) = draft.role(i - 1) {
            return (role, "the last item of a list, as the items above it");
        }
    }
    if items_by_semicolons(draft.texts[i]) {
        return (Role::Body, "a line of items set apart by semicolons");
    }
    if rating_in_stars(draft.texts[i]) {
        return (Role::Navigation, "a rating in stars");
    }
    if i > 0 && labels_the_closing_box(draft, i - 1) {
        return (Role::Body, "the first line of a box under its label");
    }
    if fact_inside_a_box(draft, i) {
        return (
            Role::Body,
            "a fact of a box, glued under the box's line above",
        );
    }
    if labels_the_prose_under_it(draft, i) {
        return (
            Role::Intertitle,
            "a label ending on its colon over the prose under it",
        );
    }
    if intertitle_shaped(draft, i) {
        if heads_a_table(draft, i) {
            return (Role::Intertitle, "a short line over a table of figures");
        }
        match opens_prose(draft, i) {
            Some(next) if shape.words <= INTERTITLE_FREE_WORDS || shares_topic(draft, i, next) => {
                return (Role::Intertitle, "a short line opening the prose under it");
            }
            Some(_) => return (Role::RelatedLink, "a headline about another story"),
            None => {}
        }
    }
    // "…les salariés les plus modestes. Elles visent en particulier :": prose announcing
    // the list or the quotation under it, which no headline is; one sentence of some length
    // does too over a list's items ("Il ne serait pas juste de s’attaquer à ces écarts sans
    // rappeler :", Contrepoints).
    let announces = shape.several_sentences
        || shape.words >= ANNOUNCING_SENTENCE_MIN_WORDS
            && i + 1 < draft.len()
            && (draft.list_item(i + 1) || opens_on_a_quotation(draft.texts[i + 1]));
    if announces && draft.texts[i].trim_end().ends_with(':') {
        return (Role::Body, "prose announcing what follows");
    }
    if says_the_quotation_under_it(draft, i) {
        return (
            Role::Body,
            "a verb of saying announcing the quotation under it",
        );
    }
    if labels_a_list_inside(draft, i) {
        return match closes_the_run(draft, i) {
            true => (
                Role::Intertitle,
                "a box's label over the list that ends the article",
            ),
            false => (Role::Body, LIST_LABEL),
        };
    }
    if announces_a_list_without_its_colon(draft, i) {
        return (Role::Body, COLON_LOST);
    }
    if labels_the_closing_box(draft, i) {
        return (
            Role::Intertitle,
            "a box's label over the lines that close the article",
        );
    }
    if shape.words >= 4 {
        (Role::RelatedLink, "a headline that opens no prose")
    } else {
        (Role::Navigation, "a label inside the article")
    }
}

const LIST_LABEL: &str = "a label over the list the article goes on under";

/// The reason given to a paragraph that announces a list, its colon lost.
const COLON_LOST: &str = "prose announcing the list under it, its colon lost";

/// Fewest words of a paragraph of several sentences that announces a list without its colon.
const ANNOUNCING_PARAGRAPH_MIN_WORDS: usize = 15;

/// "Les personnes interrogées y voient avant tout un moyen… Les principaux avantages cités
/// sont les suivants" over "- plus de temps pour la famille (58 %) ;": a paragraph of
/// several sentences, under the article's prose and over a list's item, whose last sentence
/// lost its colon. Read as a headline, it and the list's first items were dropped; no
/// headline is two sentences of this length.
fn announces_a_list_without_its_colon(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    shape.several_sentences
        && shape.words >= ANNOUNCING_PARAGRAPH_MIN_WORDS
        && i > 0
        && draft.is_prose(i - 1)
        && draft.list_item(i + 1)
}

/// "Résultats du premier tour :" over "- Martine Dufour (union de la gauche) : 38,4 %" and
/// the other candidates' scores, then the article's prose again: a label ending on a colon
/// over a list set between two paragraphs of the article announces the article's own figures
/// or points. It and its items were a related article's headline and the items under it,
/// and the results were lost. A headline does not end on a colon; a box of links under its
/// label ("À lire aussi :") is the read-also family's.
fn labels_a_list_inside(draft: &Draft, i: usize) -> bool {
    if !draft.texts[i].trim_end().ends_with(':') || i + 1 >= draft.len() || !draft.list_item(i + 1)
    {
        return false;
    }
    let prose_above = i > 0 && draft.role(i - 1) == Some(Role::Body);
    let mut after = i + 1;
    while after < draft.len() && draft.list_item(after) && draft.role(after).is_none() {
        after += 1;
    }
    let prose_below = after < draft.len() && draft.is_prose(after);
    prose_above && prose_below
}

/// The list under label `i` ends the article's run: a box set after its prose ("Les dates
/// clés du marché de Rungis :" over a timeline), whose label heads it as an intertitle would,
/// where a heading was composed over it out of its own words.
fn closes_the_run(draft: &Draft, i: usize) -> bool {
    let mut after = i + 1;
    while after < draft.len() && draft.list_item(after) {
        after += 1;
    }
    (after..draft.len()).all(|j| !draft.is_prose(j))
}

/// Most words of a box's label ([`labels_the_closing_box`]).
const BOX_LABEL_MAX_WORDS: usize = 5;

/// Block `i` labels the box that closes the article: a few words without a stop, set apart
/// from the prose above by a blank line, over two lines or more glued under it and nothing
/// of prose after them ("La fiche du match" over "Rennes - Lens : 2-1 (0-1)", "Roazhon Park,
/// 28 112 spectateurs…", "Buts : …"). The label heads the box; the line under it, shaped as
/// a heading over the box's prose, is the box's first line.
fn labels_the_closing_box(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    if i == 0
        || i + 2 >= draft.len()
        || draft.glued[i]
        || !draft.glued[i + 1]
        || !draft.glued[i + 2]
        || draft.role(i - 1) != Some(Role::Body)
        || !(2..=BOX_LABEL_MAX_WORDS).contains(&shape.words)
        || shape.ends_full_stop
        || shape.is_prose()
        || draft.texts[i].trim_end().ends_with(':')
    {
        return false;
    }
    let mut after = i + 1;
    while after < draft.len() && draft.glued[after] {
        after += 1;
    }
    (after..draft.len()).all(|j| !draft.is_prose(j))
}

/// "Buts : Dembélé (52e, 67e), Ramos (88e) pour Paris ; Lacazette (21e, sp), Cherki (38e)
/// pour Lyon": a match sheet's or a box's line, its items set apart by a semicolon inside
/// it, facts the article keeps where it stands; it was an intertitle over the prose under
/// it. No journalist's intertitle of the corpus holds a semicolon (151 of them).
fn items_by_semicolons(text: &str) -> bool {
    text.trim_end()
        .split_once(';')
        .is_some_and(|(before, after)| !before.trim().is_empty() && !after.trim().is_empty())
}

/// "Pas intimidé pour un sou, le militant ironise :" / "« Attends, moi s’ils font ça, je
/// monte à Paris… »" (StreetPress): a quotation right under the article's sentence that
/// announces it is the words it announces, however short and without a stop.
fn announced_quotation(draft: &Draft, i: usize) -> bool {
    i > 0
        && draft.role(i - 1) == Some(Role::Body)
        && draft.texts[i - 1].trim_end().ends_with(':')
        && opens_on_a_quotation(draft.texts[i])
}

/// A block that opens on a quotation mark.
fn opens_on_a_quotation(text: &str) -> bool {
    text.trim_start().starts_with(['«', '"', '“'])
}

/// Words from which one sentence ending on a colon over a list's items or a quotation
/// announces it: a label over a list ("Les chiffres clés :") is a few words.
const ANNOUNCING_SENTENCE_MIN_WORDS: usize = 8;

/// Block `i` is an item of a list right under prose that announces it ("…Elles visent en
/// particulier :" / "la hausse de l'âge légal de départ à 64 ans ;"): the article's own list,
/// however short its items and unlike sentences; a list under a heading may be links. Blocks
/// are read in order: the item before, when it is one, was told so already.
fn announced_item(draft: &Draft, i: usize) -> bool {
    if i == 0 || !draft.list_item(i) {
        return false;
    }
    let above = i - 1;
    match draft.list_item(above) {
        true => draft.roles[above] == Some((Role::Body, ANNOUNCED_ITEM)),
        false => {
            draft.is_prose(above) && draft.texts[above].trim_end().ends_with(':')
                || draft.roles[above] == Some((Role::Body, LIST_LABEL))
                || draft.roles[above] == Some((Role::Body, COLON_LOST))
        }
    }
}

const ANNOUNCED_ITEM: &str = "an item of the list the prose above announces";

/// What an undecided block after the body run is.
fn after(draft: &Draft, i: usize) -> (Role, &'static str) {
    let shape = &draft.shapes[i];
    if fact_of_the_closing_box(draft, i) {
        (Role::Body, "a fact of the box the article ends on")
    } else if shape.name_only {
        (Role::Byline, "a name alone after the article")
    } else if super::body::addresses_reader(draft.texts[i]) {
        (
            Role::CallToAction,
            "speaks to the reader, after the article",
        )
    } else if shape.words >= 4 {
        (Role::RelatedLink, "after the article")
    } else {
        (Role::Navigation, "a label after the article")
    }
}

/// Fewest labelled lists that make a review's verdict box ([`verdict_lists`]).
const VERDICT_MIN_LISTS: usize = 2;

/// Most words of a verdict's label ("On aime moins", "Les points faibles").
const VERDICT_LABEL_MAX_WORDS: usize = 4;

/// Most words of an item of a verdict's list ("Huit ans de mises à jour promises"): a
/// related story's headline says more.
const VERDICT_ITEM_MAX_WORDS: usize = 8;

/// A product review closes on its verdict: "On aime" over "- La réparabilité exemplaire", "-
/// Huit ans de mises à jour promises…", "On aime moins" over "- Les photos de nuit…", then
/// "Note : 8/10". After the article's last paragraph, they were labels and related links,
/// and the journalist's verdict was dropped. Two labels or more, each glued over a list of
/// short items, one after the other up to the page's end (the facts of a label and its
/// colon may close it), are the article's: each label heads its list. A box of related
/// stories lists headlines, longer, under one label the families know ("À lire aussi").
fn verdict_lists(draft: &mut Draft, end: usize) {
    let mut lists = Vec::new();
    let mut i = end + 1;
    while i < draft.len() && draft.roles[i].is_none() {
        let label = i;
        let shape = &draft.shapes[label];
        let label_shaped = (1..=VERDICT_LABEL_MAX_WORDS).contains(&shape.words)
            && !shape.ends_full_stop
            && !draft.list_item(label)
            && !draft.is_read_also_label(label);
        let mut item = label + 1;
        while item < draft.len()
            && draft.roles[item].is_none()
            && draft.glued[item]
            && draft.list_item(item)
            && !draft.shapes[item].is_prose()
            && draft.shapes[item].words <= VERDICT_ITEM_MAX_WORDS
        {
            item += 1;
        }
        if !label_shaped || item - label < 3 {
            break;
        }
        lists.push(label..item);
        i = item;
    }
    let closing_facts =
        (i..draft.len()).all(|j| draft.roles[j].is_none() && labelled_fact(draft.texts[j]));
    if lists.len() < VERDICT_MIN_LISTS || !closing_facts {
        return;
    }
    for list in lists {
        draft.set(
            list.start,
            Role::Intertitle,
            "a verdict's label over its list",
        );
        for item in list.start + 1..list.end {
            draft.set(item, Role::Body, "an item of a verdict's list");
        }
    }
    for fact in i..draft.len() {
        draft.set(fact, Role::Body, "a fact that closes a verdict");
    }
}

/// "Repères" over "Exploitations équipées : 31", "Économie d'eau mesurée : 32 %", "Aide de
/// l'agence de l'eau : jusqu'à 50 %" after the article's last paragraph: the box of figures
/// it ends on, set as a table's rows or as a list of labelled facts, under an intertitle or
/// a short label or none. Read as lines after the article, the label and the items were
/// labels and related headlines, and the box was dropped. Told from a box of related
/// stories by its figures (most items hold one) and, for a list, by its items' shape: each a
/// label and its colon, then what it says. Lists under a read-also label are decided before.
fn closing_box(draft: &mut Draft, end: usize) {
    let mut i = end + 1;
    let label = (i < draft.len() && box_label(draft, i)).then_some(i);
    i += usize::from(label.is_some());
    let items: Vec<usize> = (i..draft.len())
        .take_while(|&j| draft.roles[j].is_none() && item_of_a_box(draft, j))
        .collect();
    let with_figures = items
        .iter()
        .filter(|&&j| draft.texts[j].bytes().any(|b| b.is_ascii_digit()))
        .count();
    if items.len() < 2 || with_figures * 2 <= items.len() {
        return;
    }
    if let Some(label) = label.filter(|&l| draft.roles[l].is_none()) {
        draft.set(
            label,
            Role::Intertitle,
            "the label over the box of figures the article ends on",
        );
    }
    for item in items {
        draft.set(
            item,
            Role::Body,
            "an item of the box of figures the article ends on",
        );
    }
}

/// Block `i` may label a box: an intertitle the page marks, or a short line set apart that
/// ends no sentence.
fn box_label(draft: &Draft, i: usize) -> bool {
    if draft.role(i) == Some(Role::Intertitle) {
        return true;
    }
    let shape = &draft.shapes[i];
    draft.roles[i].is_none()
        && (1..=BOX_LABEL_MAX_WORDS).contains(&shape.words)
        && !shape.ends_full_stop
        && !draft.list_item(i)
        && !draft.is_read_also_label(i)
}

/// Most words of the label of a box's item ("Aide de l'agence de l'eau : jusqu'à 50 %"): its
/// figure, not its label's length, tells it from a related headline.
const BOX_ITEM_LABEL_MAX_WORDS: usize = 6;

/// Block `i` is shaped as an item of a box of figures: a table's row, a list's item that
/// gives a label and its fact, or such a fact on a line of its own glued under the box's
/// label or its line above (a weather alert's "Début : jeudi 3 décembre à 22 h" under
/// "Vigilance orange vents violents": dropped as lines after the article).
fn item_of_a_box(draft: &Draft, i: usize) -> bool {
    draft.hints[i] == Some(Hint::TableRow)
        || (draft.list_item(i)
            && labelled_within(super::unbulleted(draft.texts[i]), BOX_ITEM_LABEL_MAX_WORDS))
        || (draft.glued[i]
            && draft.shapes[i].words <= FACT_MAX_WORDS
            && labelled_fact(draft.texts[i]))
}

/// Most words of a fact's label in a box of facts ("Arbitre", "Prix des places").
pub(super) const FACT_LABEL_MAX_WORDS: usize = 3;

/// Most words of a line of a box of facts.
pub(super) const FACT_MAX_WORDS: usize = 15;

/// "Arbitre : M. Dufort." glued under "Essais : Dupont (12e)… pour La Rochelle.": a match
/// report's box of facts, its lines set one under the other after the article, each a label
/// and its colon then what it says. The line right above is the article's, and so is this
/// one: too short to be prose, it was read as a label after the article and dropped.
fn fact_of_the_closing_box(draft: &Draft, i: usize) -> bool {
    draft.glued[i]
        && draft.role(i - 1) == Some(Role::Body)
        && draft.shapes[i].words <= FACT_MAX_WORDS
        && labelled_fact(draft.texts[i])
}

/// "Arbitre : M. Delajod." glued under "Stade d'Ornano, 12 450 spectateurs.", over "Buts :
/// Mendy (17e)…": a fact of a match sheet's box that more of the box follows, under a line of
/// the box (a few words), not under a paragraph ("Lire aussi : …" glued under one is no
/// fact). Read as a label inside the article, the referee was dropped.
fn fact_inside_a_box(draft: &Draft, i: usize) -> bool {
    i > 0 && draft.shapes[i - 1].words <= FACT_MAX_WORDS && fact_of_the_closing_box(draft, i)
}

/// A label of a few words opening on a capital, its colon, then what it says: "Spectateurs :
/// 19 000.", "Tarifs : de 12 à 35 €".
fn labelled_fact(text: &str) -> bool {
    labelled_within(text, FACT_LABEL_MAX_WORDS)
}

/// A label of `max_words` words at most, opening on a capital, its colon, then what it says.
fn labelled_within(text: &str, max_words: usize) -> bool {
    labelled_by(text, max_words, char::is_uppercase)
}

/// A label of `max_words` words at most, opening on a character `opens` accepts, its colon,
/// then what it says.
pub(super) fn labelled_by(text: &str, max_words: usize, opens: fn(char) -> bool) -> bool {
    let Some((label, fact)) = text.split_once(" :").or_else(|| text.split_once("\u{a0}:")) else {
        return false;
    };
    let words = label.split_whitespace().count();
    (1..=max_words).contains(&words)
        && label.starts_with(opens)
        && fact.chars().any(char::is_alphanumeric)
}

/// The items of a list right under a read-also label ("La rédaction vous conseille" / "*
/// Attaques au couteau : dans quels cas…", "Top Articles" / "1. Le préfet de police…") are
/// links, however prose-like (a question ends like a sentence): bulleted or numbered lines,
/// list items the markup marks, or, in a page copied whole from a browser, short lines glued
/// to the label and to each other ("Autour du même sujet" / "Memphis Depay : tatouages,
/// célébration... Qui est l'attaquant néerlandais ?"), one after the other under the label.
fn lists_under_read_also_labels(draft: &mut Draft) {
    for label in 0..draft.len() {
        if !draft.is_read_also_label(label) {
            continue;
        }
        let mut i = label + 1;
        while i < draft.len()
            && (draft.list_item(i) || numbered(draft.texts[i]) || glued_link(draft, i))
        {
            draft.set(
                i,
                Role::RelatedLink,
                "a link listed under a read-also label",
            );
            i += 1;
        }
    }
}

/// Most words of a link's line in a list glued under a read-also label: a related article's
/// headline, where a paragraph of the article, one a line in some scrapers' text, is longer.
const GLUED_LINK_MAX_WORDS: usize = 20;

/// A short line glued to the line above, that does not end like a statement: a link's
/// headline in a list the page printed without bullets.
fn glued_link(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    draft.glued[i] && shape.words <= GLUED_LINK_MAX_WORDS && !shape.ends_full_stop
}

/// The characters a rating is drawn with: full and empty stars.
const STARS: [char; 6] = ['★', '☆', '✩', '✪', '✰', '⭐'];

/// Most words of the label before a rating's stars ("La note de la rédaction :").
const RATING_LABEL_MAX_WORDS: usize = 5;

/// "Note : ★★★★☆", "★★★☆☆ (3/5)": the stars a critic gives, perhaps under a short label,
/// perhaps with their figure. A widget of the review's page, short and over prose, as an
/// intertitle stands; it says nothing a heading would.
fn rating_in_stars(text: &str) -> bool {
    let (label, stars) = text.rsplit_once(':').unwrap_or(("", text));
    let stars = stars.trim();
    stars.starts_with(STARS)
        && label.split_whitespace().count() <= RATING_LABEL_MAX_WORDS
        && stars
            .chars()
            .all(|c| STARS.contains(&c) || c.is_ascii_digit() || " /()".contains(c))
}

/// Opens on an item's number: "1. ", "2) ".
fn numbered(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < text.len() && (rest.starts_with(". ") || rest.starts_with(") "))
}

/// Short, no full stop, not a form label ("Description*", "Email :"), not a fragment ending
/// on a comma, not a lone capitalised word (a rubric such as "VIDÉO").
fn intertitle_shaped(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    // "très joli message » : «": a converter's piece of a sentence, opened on a lowercase
    // word ("iPhone" is a name), left on an opening quotation mark or on a preposition or an
    // article ("…à Laval, en"), is no heading.
    let unfinished = draft.texts[i]
        .trim_end()
        .ends_with(['*', ':', ',', ';', '«', '“'])
        || opens_lowercase(draft.texts[i])
        || ends_dangling(draft.texts[i]);
    let rubric = shape.capitals && shape.words == 1;
    // "Orthographe | ---|--- Ponctuation | Grammaire |…": items set apart by bars are a menu
    // or a form's fields, which no heading is.
    let barred = draft.texts[i].matches('|').nth(1).is_some();
    (1..=INTERTITLE_MAX_WORDS).contains(&shape.words)
        && !shape.ends_full_stop
        && !unfinished
        && !rubric
        && !barred
        && !in_dialogue(draft, i)
}

/// "RSA et couple, les montants" over the rows of a table of figures ("0 : 848,02 €"): the
/// table is its section's matter, as prose is. Read as a headline that opens no prose, it was
/// left out and its table ran on under the section above.
fn heads_a_table(draft: &Draft, i: usize) -> bool {
    draft.hints[i] != Some(Hint::TableRow) && draft.hints.get(i + 1) == Some(&Some(Hint::TableRow))
}

/// "Il ajoute :" over "« Nous avons souffert, mais ce groupe a du caractère. »": a clause too
/// short for prose, its verb saying what the quotation under it says, is the article's
/// sentence, which a label never is (it holds no verb: [`labels_the_prose_under_it`]).
fn says_the_quotation_under_it(draft: &Draft, i: usize) -> bool {
    before_its_colon(draft.texts[i]).is_some_and(|clause| any_word(clause, looks_like_a_verb))
        && i + 1 < draft.len()
        && opens_on_a_quotation(draft.texts[i + 1])
}

/// What a line says before the colon it ends on; `None` when it ends on none.
fn before_its_colon(text: &str) -> Option<&str> {
    text.trim_end().strip_suffix(':')
}

/// One of `text`'s words, in lowercase, passes `test`.
fn any_word(text: &str, test: impl Fn(&str) -> bool) -> bool {
    text.split_whitespace()
        .any(|word| crate::segmenting::with_lowercase(word, &test))
}

/// The lowercase word looks like a finite verb ([`crate::lexicon::looks_like_finite_verb`]).
fn looks_like_a_verb(word: &str) -> bool {
    crate::lexicon::looks_like_finite_verb(word)
}

/// Most words of a label that ends on its colon over a section ([`labels_the_prose_under_it`]).
const SECTION_LABEL_MAX_WORDS: usize = 4;

/// "Le contexte :" over "Rennes restait sur trois matches sans victoire…", "Les notes :" over
/// the players' paragraphs: a few capitalised words without a verb, ending on a colon, over
/// the article's prose, are the journalist's intertitle set as a label; read as one of the
/// page's labels, it was dropped. What announces a quotation ("Elle ajoute :" over « … »)
/// holds a verb, or stands over a guillemet, and is no heading; nor a pronoun's ("Selon lui :");
/// a label over a list's items ("Les départements concernés :") stays the list's.
fn labels_the_prose_under_it(draft: &Draft, i: usize) -> bool {
    let Some(label) = before_its_colon(draft.texts[i]) else {
        return false;
    };
    let words = label.split_whitespace().count();
    let named = label.trim_start().starts_with(char::is_uppercase)
        && !any_word(label, |w| {
            looks_like_a_verb(w) || matches!(w, "lui" | "elle" | "eux" | "elles" | "nous" | "vous")
        });
    (1..=SECTION_LABEL_MAX_WORDS).contains(&words)
        && named
        && !draft.list_item(i)
        && opens_prose(draft, i).is_some_and(|next| {
            draft.shapes[next].is_prose()
                && !draft.list_item(next)
                && !draft.texts[next]
                    .trim_start()
                    .starts_with(['«', '"', '“', '—', '–'])
        })
}

/// Block `i` is a turn of a dialogue ([`super::features::dialogue_turn`]) beside another
/// turn: "— C'est tout ce qu'il vous reste ?" over "— C'est tout ce que j'ai récolté,
/// madame.", an exchange the article reports. An interview may set its questions with a dash
/// over answers set as paragraphs: a question so set, alone between them, is a heading.
fn in_dialogue(draft: &Draft, i: usize) -> bool {
    let turn = |text: &&str| crate::segmenting::opens_dialogue_turn(text);
    draft.shapes[i].dialogue_turn
        && (i > 0 && turn(&draft.texts[i - 1]) || draft.texts.get(i + 1).is_some_and(turn))
}

/// The text ends on a function word (a preposition, an article, a conjunction), where a line
/// cut from its sentence stops; a question may ("Et après ?").
fn ends_dangling(text: &str) -> bool {
    let text = text.trim_end();
    if text.ends_with(['?', '!']) {
        return false;
    }
    let mut words = text
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let last = words.next().unwrap_or("");
    // "1,672 milliard en plus", "Rien de plus": "plus" closes its phrase after "en" or "de".
    if last == "plus" && matches!(words.next(), Some("en" | "de" | "En" | "De")) {
        return false;
    }
    if closes_a_negation(text, last) {
        return false;
    }
    crate::segmenting::with_lowercase(last, crate::lexicon::is_function_word)
}

/// "Les syndicats ne désarment pas", "On n'en sait rien": the second word of a negation
/// ([`crate::lexicon::ends_a_negation`]) ends the clause its "ne" opened; the same word cut
/// from "pas de…" has no "ne" before it.
fn closes_a_negation(text: &str, last: &str) -> bool {
    crate::lexicon::ends_a_negation(last)
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.eq_ignore_ascii_case("ne") || word.eq_ignore_ascii_case("n"))
}

/// The text's first word is in lowercase, all of it.
fn opens_lowercase(text: &str) -> bool {
    let word = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_lowercase) && !word.chars().any(char::is_uppercase)
}

/// Line `i` is one of several short lines glued together, no blank line between them, that
/// open alike ("Si vous êtes seul il atteint 67,84 €" / "Si vous êtes deux, il s’établit à
/// 135,68 €"), the list glued to prose above or below it: an item of a list the article
/// makes, which a scraper set one a line. An item opening prose is no intertitle, nor one
/// left without prose under it a related headline. A run of related headlines stands apart
/// from the prose, and an intertitle from the line above it.
fn list_item(draft: &Draft, i: usize) -> bool {
    let item =
        |j: usize| !draft.shapes[j].is_prose() && draft.shapes[j].words <= INTERTITLE_MAX_WORDS;
    let alike = |a: usize, b: usize| {
        let first = first_word(draft.texts[a]);
        item(a) && item(b) && !first.is_empty() && first == first_word(draft.texts[b])
    };
    let with_previous = i > 0 && draft.glued[i] && alike(i - 1, i);
    let with_next = i + 1 < draft.len() && draft.glued[i + 1] && alike(i, i + 1);
    if !(with_previous || with_next) {
        return false;
    }
    // The list's extent: the glued items around `i`.
    let mut first = i;
    while first > 0 && draft.glued[first] && item(first - 1) {
        first -= 1;
    }
    let mut last = i;
    while last + 1 < draft.len() && draft.glued[last + 1] && item(last + 1) {
        last += 1;
    }
    let prose_above = first > 0 && draft.glued[first] && draft.is_prose(first - 1);
    let prose_below = last + 1 < draft.len() && draft.glued[last + 1] && draft.is_prose(last + 1);
    prose_above || prose_below
}

/// A line's first word after its bullet, lowercase, letters and digits only.
fn first_word(text: &str) -> String {
    let text = crate::reading::page::after_bullet(text).unwrap_or(text);
    let word = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    word.to_lowercase()
}

/// The body block that line `i` opens, across a photo and its credit at most.
fn opens_prose(draft: &Draft, i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < draft.len() && j <= i + INTERTITLE_REACH {
        match draft.role(j) {
            Some(Role::Body) => return Some(j),
            Some(Role::Caption | Role::Credit | Role::Ad | Role::Share | Role::Paywall) => j += 1,
            None if draft.shapes[j].is_prose() => return Some(j),
            _ => return None,
        }
    }
    None
}

/// "INFOS PRATIQUES" over "« Suzanne Valadon, un monde à soi », musée des Beaux-Arts…",
/// "Jusqu’au 15 mars…", "Tarifs : 14 €…": a line in capitals that every word capitalised
/// made a name alone, set apart from the prose above and glued over two lines or more of
/// prose, labels them as a box's label does. A signature in capitals closes the article, or
/// is glued over a biography of one paragraph.
fn labels_the_lines_glued_under_it(draft: &Draft, i: usize) -> bool {
    i > 0
        && i + 2 < draft.len()
        && !draft.glued[i]
        && draft.glued[i + 1]
        && draft.glued[i + 2]
        && !draft.texts[i].chars().any(char::is_lowercase)
        && draft.is_prose(i + 1)
        && draft.is_prose(i + 2)
}

/// Name alone `i` inside the run heads a section about that person: the prose under it
/// names them after its first words, and more prose follows. Regards lists the ministers and
/// deputies its story speaks of, each name over its paragraphs ("Thierry Solère" / "Au tout
/// début de l’actuelle législature, en juin 2017, le député « constructif » Thierry Solère
/// avait…"). A signature is followed by nothing, or by a biography that opens on the name
/// or never says it; an interview's speaker does not name themself.
///
/// The last of a series is read by the series: a press review heads each paper's paragraph
/// with its name ("Libération" / "Pour Libération, au contraire, la réforme…"), and its last
/// ("La Croix" / "La Croix s'interroge sur…") is followed by nothing more, as a signature
/// and its biography are; under two sections headed so above it, it heads its own.
fn names_the_section_under_it(draft: &Draft, i: usize) -> bool {
    let Some(next) = opens_prose(draft, i) else {
        return false;
    };
    let Some(at) = draft.texts[next].find(draft.texts[i].trim()) else {
        return false;
    };
    let more_prose = draft.shapes[next + 1..]
        .iter()
        .take(INTERTITLE_REACH)
        .any(|shape| shape.is_prose());
    more_prose && at > 0 || sections_headed_by_their_names(draft, i) >= SERIES_OF_SECTIONS
}

/// Fewest sections headed by a name their prose says that make a series
/// ([`names_the_section_under_it`]).
const SERIES_OF_SECTIONS: usize = 2;

/// How many intertitles above block `i` (up to [`SERIES_OF_SECTIONS`]) are said again by the
/// prose they open: "Le Figaro" over "Dans Le Figaro, Vincent Trémolet de Villers salue…".
fn sections_headed_by_their_names(draft: &Draft, i: usize) -> usize {
    (0..i)
        .rev()
        .filter(|&j| draft.role(j) == Some(Role::Intertitle))
        .filter(|&j| {
            opens_prose(draft, j)
                .is_some_and(|next| draft.texts[next].contains(draft.texts[j].trim()))
        })
        .take(SERIES_OF_SECTIONS)
        .count()
}

/// Whether line `i` shares a content word with the block `next` and the one after it.
fn shares_topic(draft: &Draft, i: usize, next: usize) -> bool {
    let heading = content_words(draft.texts[i]);
    let mut text = String::from(draft.texts[next]);
    if let Some(after) = draft.texts.get(next + 1) {
        text.push(' ');
        text.push_str(after);
    }
    let prose = content_words(&text);
    heading.iter().any(|w| prose.contains(w))
}

/// A content word's first five letters, lowercase: compared and sorted without a string
/// made for each word.
pub(super) type TopicWord = [char; 5];

/// Lowercase word prefixes of five letters or more: a stemmer's poor cousin, enough to see
/// that "ministre" and "ministres" or "financement" and "financer" are the same topic.
///
/// Words are runs of letters, read in one pass over the characters, each word's first letters
/// lowercased as they come (ASCII ones without a table); the text was split, and each word
/// read twice more, to count its letters and to lowercase them.
pub(super) fn content_words(text: &str) -> Vec<TopicWord> {
    // Room for a word of five letters or more in every eight bytes (the real articles hold
    // one in 13.9), up to a long paragraph's, where the vector grew by doubling from four: 731
    // reallocations a pass fewer. A longer text grows it as before.
    let mut words = Vec::with_capacity((text.len() / 8).min(CONTENT_WORDS_ROOM));
    let mut word = Prefix::default();
    for c in text.chars() {
        if is_letter(c) {
            word.push(c);
        } else {
            word.end_into(&mut words);
        }
    }
    word.end_into(&mut words);
    words
}

/// The most words [`content_words`] makes room for at once.
const CONTENT_WORDS_ROOM: usize = 256;

/// The word being read by [`content_words`]: its lowercase prefix so far and its letters.
#[derive(Default)]
struct Prefix {
    prefix: TopicWord,
    filled: usize,
    letters: usize,
}

impl Prefix {
    fn push(&mut self, c: char) {
        self.letters += 1;
        if self.filled == self.prefix.len() {
            return;
        }
        if c.is_ascii() {
            self.prefix[self.filled] = c.to_ascii_lowercase();
            self.filled += 1;
            return;
        }
        // A capital may lowercase to two characters ("İ" is "i̇").
        for lower in c.to_lowercase() {
            if self.filled < self.prefix.len() {
                self.prefix[self.filled] = lower;
                self.filled += 1;
            }
        }
    }

    /// The word ends: its prefix goes to `words` when it has five letters or more, and the next
    /// word starts empty.
    fn end_into(&mut self, words: &mut Vec<TopicWord>) {
        if self.letters >= 5 {
            words.push(self.prefix);
        }
        *self = Prefix::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_is_a_short_label_its_colon_and_what_it_says() {
        for fact in [
            "Arbitre : M. Dufort.",
            "Spectateurs : 19 000.",
            "Prix des places\u{a0}: 12 €",
        ] {
            assert!(labelled_fact(fact), "{fact}");
        }
        for line in [
            "Les joueurs de l'équipe première : tous blessés",
            "arbitre : M. Dufort",
            "Partager :",
            "Une ligne sans deux-points",
        ] {
            assert!(!labelled_fact(line), "{line}");
        }
    }

    #[test]
    fn a_rating_is_stars_under_a_short_label() {
        for rating in ["Note : ★★★★☆", "★★★☆☆ (3/5)", "Notre avis : ⭐⭐⭐", "☆☆"]
        {
            assert!(rating_in_stars(rating), "{rating}");
        }
        for line in [
            "Note : quatre étoiles",
            "★ Le film de la semaine",
            "Les étoiles : ★★★ pour le film, mais une mise en scène trop sage, selon nous : ★★",
            "Ce que nos lecteurs en pensent : ★★",
        ] {
            assert!(!rating_in_stars(line), "{line}");
        }
    }

    #[test]
    fn a_media_label_is_the_word_alone_in_any_case() {
        for label in ["Image", "VIDÉO", "En images :", "[Photo]", "Illustration"] {
            assert!(media_label(label), "{label}");
        }
        for line in ["Photographie", "Images choc", "Vidéo virale", "Le maire"] {
            assert!(!media_label(line), "{line}");
        }
    }

    #[test]
    fn a_credit_holds_its_legend_before_a_stop_or_a_copyright_sign_but_not_its_label() {
        assert!(holds_its_legend(
            "- Tapie en 2008. REUTERS/Benoit Tessier -"
        ));
        assert!(holds_its_legend("Michel Daerden © Belga"));
        assert!(holds_its_legend("Geert Bourgeois. © belga."));
        for credit in [
            "© Belga",
            "Photo © AFP",
            "Crédit photo : © Reuters",
            "REUTERS/Benoit Tessier",
        ] {
            assert!(!holds_its_legend(credit), "{credit}");
        }
    }

    #[test]
    fn a_line_ending_on_plus_after_en_or_de_does_not_dangle() {
        // 20 minutes Suisse's intertitle.
        assert!(!ends_dangling("1,672 milliard en plus"));
        assert!(!ends_dangling("Rien de plus"));
        // A line cut before what "plus" governs does.
        assert!(ends_dangling("Le chômage touche plus"));
        assert!(ends_dangling("Les retraités toucheront en"));
    }

    #[test]
    fn a_line_ending_on_a_negation_it_opened_does_not_dangle() {
        assert!(!ends_dangling("Les syndicats ne désarment pas"));
        assert!(!ends_dangling("On n'en sait rien"));
        assert!(!ends_dangling("Le ministre ne répond plus"));
        // Without its "ne", the word may be cut from what it governs ("pas de…").
        assert!(ends_dangling("Un premier pas"));
        assert!(ends_dangling("Les députés votent plus"));
    }

    /// The former form: a string of the first five lowercase letters.
    fn content_words_as_strings(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 5)
            .map(|w| w.chars().flat_map(char::to_lowercase).take(5).collect())
            .collect()
    }

    /// The former reading: the text split at every character that is not alphabetic.
    fn content_words_by_split(text: &str) -> Vec<TopicWord> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().nth(4).is_some())
            .map(|w| {
                let mut prefix = ['\0'; 5];
                let lower = w.chars().flat_map(char::to_lowercase);
                for (slot, c) in prefix.iter_mut().zip(lower) {
                    *slot = c;
                }
                prefix
            })
            .collect()
    }

    proptest::proptest! {
        /// One pass over the characters finds the prefixes the split found.
        #[test]
        fn topic_words_are_those_of_the_split(text in "[a-zA-ZéèàçÉŒœ İẞµª’'«» .,-]{0,60}|\\PC{0,30}") {
            proptest::prop_assert_eq!(content_words(&text), content_words_by_split(&text));
        }
    }

    proptest::proptest! {
        /// The prefixes compare as the strings did: the same words, in the same order.
        #[test]
        fn topic_words_are_the_five_letter_prefixes(text in "[a-zA-Zéèàç İẞ’'-]{0,40}") {
            let words: Vec<String> = content_words(&text)
                .iter()
                .map(|w| w.iter().filter(|&&c| c != '\0').collect())
                .collect();
            proptest::prop_assert_eq!(words, content_words_as_strings(&text));
        }
    }
}
