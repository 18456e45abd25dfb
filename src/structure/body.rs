//! The body run: where the article's prose is.
//!
//! Prose blocks close to each other form runs; what separates two runs is a gap of lines that
//! are not prose. Recognised furniture (a share bar, a caption, an ad marker) weighs half as
//! much as an unexplained short line, because pages put such things *inside* articles, while a
//! run of unexplained short lines (menus, lists of headlines) is what lies between the article
//! and the rest of the page. The article is the run with the most words, plus any other run
//! that reads like article prose (several sentences that do not address the reader); a
//! paywall notice after the article's start ends it.

use super::families::{PAYWALL, PAYWALL_END};
use super::{Draft, Role};
use crate::segmenting::is_letter;

/// A gap heavier than this separates two runs.
const MAX_GAP: f32 = 3.0;
/// Another run joins the article when it has at least this many prose blocks…
const OTHER_RUN_MIN_BLOCKS: usize = 2;
/// …and this many words.
const OTHER_RUN_MIN_WORDS: usize = 60;

/// The span of the article's body, first and last body block included.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
struct Cluster {
    blocks: Vec<usize>,
    words: usize,
    addressing: usize,
    /// Blocks that are a list's items.
    items: usize,
    /// Gaps between its prose blocks that sign a story: an author's signature ("par Antton
    /// Rouget et Khedidja Zerouali") or a publication stamp ("Publié le 2 août").
    signatures: usize,
    /// It opens under a headline and its publication stamp ([`stamped_headline`]).
    stamped: bool,
}

impl Cluster {
    /// Most of its blocks are a list's items ("* Datadog (uniquement sur le site web) :
    /// indicateurs techniques…", a cookie banner's settings under a paywalled article): a list
    /// of things, where an article's run is paragraphs that list items may only punctuate.
    fn mostly_items(&self) -> bool {
        self.items * 2 > self.blocks.len()
    }

    /// Signed more than once: each paragraph under a headline of its own and over its
    /// author's name or its date of publication, a list of other stories' teasers
    /// ("Aujourd’hui sur Mediapart", "Publié le 2 août" under each of CRIC's), where an
    /// article is signed once, above or below its text.
    fn several_stories(&self) -> bool {
        self.signatures >= 2
    }

    /// What the article's main run may be: neither a list of things nor a list of stories.
    /// A list may join the run (20 Minutes sets its key points as a list above the lede);
    /// it is not the run itself while paragraphs stand elsewhere.
    fn may_be_article(&self) -> bool {
        !self.mostly_items() && !self.several_stories()
    }
}

/// Find the article's runs, mark their prose as body, and return the span they cover.
pub fn find(draft: &mut Draft) -> Run {
    let clusters = clusters(draft);
    let Some(main) = main_cluster(&clusters, comments_heading(draft, &clusters)) else {
        return Run { start: 0, end: 0 };
    };
    let joining: Vec<usize> = (0..clusters.len())
        .filter(|&c| joins(draft, &clusters, main, c))
        .collect();
    let prose: Vec<usize> = joining
        .iter()
        .flat_map(|&c| clusters[c].blocks.iter().copied())
        .collect();
    // The comments' heading is looked for over every joining run: Là-bas si j'y suis's readers
    // wrote more than its article, and their run, the largest, was the main one under it.
    let cut = paywall_cut(draft, &prose).min(comments_cut(draft, &prose));
    let mut span: Option<Run> = None;
    for c in joining {
        let cluster = &clusters[c];
        let blocks = if c == main {
            let blocks = without_reader_tail(draft, &cluster.blocks);
            let blocks = without_recommendations(draft, blocks);
            let blocks = without_next_story(draft, blocks);
            let blocks = without_note_on_the_article(draft, blocks);
            let head = reader_head(draft, blocks);
            for &i in &blocks[..head] {
                draft.roles[i] = Some((
                    Role::CallToAction,
                    "speaks to the reader, above the article",
                ));
            }
            &blocks[head..]
        } else {
            &cluster.blocks
        };
        for &i in blocks.iter().filter(|&&i| i < cut) {
            if draft.roles[i].is_none() {
                draft.roles[i] = Some((Role::Body, "prose in the article's run"));
            }
            span = Some(match span {
                None => Run { start: i, end: i },
                Some(r) => Run {
                    start: r.start.min(i),
                    end: r.end.max(i),
                },
            });
        }
    }
    span.unwrap_or(Run { start: 0, end: 0 })
}

/// Whether run `c` is the article's: the main run, a run that reads like article prose near
/// it, not past the page's comments or lists of stories nor above the main run's headline
/// and stamp, or its last paragraph under an embed.
fn joins(draft: &Draft, clusters: &[Cluster], main: usize, c: usize) -> bool {
    let cluster = &clusters[c];
    c == main
        || reads_like_article(cluster)
            && !cluster.several_stories()
            && !above_stamped_headline(clusters, main, c)
            && !far_from(cluster, &clusters[main])
            && !after_comments(draft, &clusters[main], cluster)
            && !after_link_lists(draft, &clusters[main], cluster)
            && !after_closing_label(draft, &clusters[main], cluster)
        || c == main + 1 && last_paragraph_after_an_embed(draft, &clusters[main], cluster)
}

/// Whether run `c` stands above the main run's headline and its publication stamp: a page's
/// article starts under its header.
fn above_stamped_headline(clusters: &[Cluster], main: usize, c: usize) -> bool {
    c < main && clusters[main].stamped
}

/// The run with the most words, unless it is mostly a list's items and a run of paragraphs
/// that reads like an article stands elsewhere on the page: Mediapart's paywalled page shows
/// its chapô and lede (150 words) above a cookie banner's list of settings and the legal
/// notice (400 words).
///
/// Only the runs above the page's comments heading (`comments`, see [`comments_heading`]) are
/// looked at when one stands: a blog's readers may write more than its article (Fred
/// Cavazza's "21 commentaires sur « … »"), and their run was taken for the article.
fn main_cluster(clusters: &[Cluster], comments: Option<usize>) -> Option<usize> {
    let above = |c: usize| comments.is_none_or(|h| clusters[c].blocks[0] < h);
    let largest = |article_only: bool| {
        (0..clusters.len())
            .filter(|&c| above(c))
            .filter(|&c| {
                !article_only || clusters[c].may_be_article() && reads_like_article(&clusters[c])
            })
            .max_by_key(|&c| (clusters[c].words, usize::MAX - c))
    };
    let main = largest(false)?;
    match clusters[main].may_be_article() {
        true => Some(main),
        false => largest(true).or(Some(main)),
    }
}

/// Runs of prose blocks with light gaps between them. A headline over its publication stamp
/// opens a run of its own however light the gap above: a page's article starts under its
/// header, and what stood above it (CRIC sets its site's statement of intent over the
/// article's headline and "Publié le 9 juin 2019") is other content.
fn clusters(draft: &Draft) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut gap = f32::INFINITY;
    let mut signed_gap = false;
    for i in 0..draft.len() {
        if !draft.is_prose(i) {
            gap += gap_weight(draft, i);
            signed_gap |= signature(draft, i) || publication_stamp(draft, i);
            continue;
        }
        let stamped = gap > 0.0 && stamped_headline(draft, i).is_some();
        if gap > MAX_GAP || clusters.is_empty() || stamped {
            clusters.push(Cluster {
                blocks: Vec::new(),
                words: 0,
                addressing: 0,
                items: 0,
                signatures: 0,
                stamped,
            });
        }
        let cluster = clusters.last_mut().expect("a cluster was pushed");
        // A signature counts once prose under it joins the same run.
        if !cluster.blocks.is_empty() {
            cluster.signatures += usize::from(signed_gap);
        }
        signed_gap = false;
        cluster.blocks.push(i);
        cluster.words += draft.shapes[i].words;
        cluster.addressing += usize::from(addresses_reader(draft.texts[i]));
        cluster.items += usize::from(draft.list_item(i));
        gap = 0.0;
    }
    clusters
}

/// "Publié le 9 juin 2019", "Publié hier à 6h45", "Publié: 2 novembre 2022, 20:39 CET": a
/// line of date, or of byline and date, that says when the story it stands by was published.
pub(super) fn publication_stamp(draft: &Draft, i: usize) -> bool {
    if !matches!(draft.role(i), Some(Role::Dateline | Role::Byline)) {
        return false;
    }
    let text = draft.texts[i].trim_start_matches(|c: char| !c.is_alphabetic());
    let opening: String = text.chars().take(12).flat_map(char::to_lowercase).collect();
    ["publié", "mis en ligne", "posté", "paru le"]
        .iter()
        .any(|stamp| opening.starts_with(stamp))
}

/// Bylines and dates: what stands between a headline and its stamp, or a stamp and the lede.
fn stamp_furniture(draft: &Draft, i: usize) -> bool {
    matches!(draft.role(i), Some(Role::Dateline | Role::Byline))
}

/// The headline over prose block `i` when its publication stamp stands between them, with
/// bylines or dates only: "Putsh en cours à Radio Kaleïdoscope" / "Publié le 9 juin 2019" /
/// the lede.
pub(super) fn stamped_headline(draft: &Draft, i: usize) -> Option<usize> {
    let stamp = (0..i.min(draft.len()))
        .rev()
        .take_while(|&j| stamp_furniture(draft, j))
        .find(|&j| publication_stamp(draft, j))?;
    headline_over_stamp(draft, stamp)
}

/// The headline over publication stamp `stamp`, bylines or dates only between.
pub(super) fn headline_over_stamp(draft: &Draft, stamp: usize) -> Option<usize> {
    let above = (0..stamp).rev().find(|&j| !stamp_furniture(draft, j))?;
    headline_shaped(draft, above).then_some(above)
}

/// Most words of a headline over its stamp.
const STAMPED_HEADLINE_MAX_WORDS: usize = 30;

/// A line a headline may be: not yet given a role, a few words that open on a capital and end
/// without a full stop; prose only when it is one question or exclamation ("Cyberattaques des
/// hôpitaux : que veulent les hackers ?"); no signature, which stands over the stamp as often
/// as the headline does ("Par Jean Dupont, envoyé spécial à Kiev", however its tail reads).
fn headline_shaped(draft: &Draft, i: usize) -> bool {
    let shape = &draft.shapes[i];
    let asks = draft.texts[i].trim_end().ends_with(['?', '!']);
    draft.role(i).is_none()
        && (!draft.is_prose(i) || asks && !shape.several_sentences)
        && (4..=STAMPED_HEADLINE_MAX_WORDS).contains(&shape.words)
        && !shape.ends_full_stop
        && !shape.name_only
        && !shape.numeric
        && !shape.date_or_number
        && !shape.bulleted
        && draft.texts[i].trim_start().starts_with(char::is_uppercase)
        && !signature(draft, i)
}

/// Most words of an author's signature line.
const SIGNATURE_MAX_WORDS: usize = 10;

/// "par Antton Rouget et Khedidja Zerouali", "Par Rachida El Azzouzi": a short line signing a
/// story with its authors' names.
fn signature(draft: &Draft, i: usize) -> bool {
    let text = draft.texts[i].trim_start();
    let Some(names) = text
        .strip_prefix("par ")
        .or_else(|| text.strip_prefix("Par "))
    else {
        return false;
    };
    let shape = &draft.shapes[i];
    names.starts_with(char::is_uppercase)
        && shape.words <= SIGNATURE_MAX_WORDS
        && !shape.ends_full_stop
}

/// The run without its tail when, after page furniture, the last blocks speak to the reader:
/// the comment form under an article ("Publier un nouveau commentaire. Nous vous invitons ici
/// à donner votre point de vue…") sits one light gap after its last paragraph, past the
/// article's end marks (its date, its related links). An article that speaks to its reader
/// (a review, a guide) keeps its last paragraphs: only intertitles and captions lie between
/// them.
fn without_reader_tail<'a>(draft: &Draft, blocks: &'a [usize]) -> &'a [usize] {
    let mut end = blocks.len();
    while end > 1 && speaks_as_furniture(draft, blocks[end - 1]) {
        end -= 1;
    }
    let ends_article = |i: usize| {
        matches!(
            draft.role(i),
            Some(
                Role::Byline
                    | Role::Dateline
                    | Role::Navigation
                    | Role::RelatedLink
                    | Role::Comments
                    | Role::Share
            )
        )
    };
    let after_furniture =
        end < blocks.len() && (blocks[end - 1] + 1..blocks[end]).any(ends_article);
    if after_furniture {
        &blocks[..end]
    } else {
        blocks
    }
}

/// Block `i` speaks to the reader as a page's furniture does: throughout, once in
/// [`WORDS_PER_ADDRESS`] words at least ("Nous vous invitons ici à donner votre point de vue,
/// vos informations…": 10 in 79 words), or in fewer words than that. A paragraph of the story
/// that names a show once in a hundred words ("Elle était invitée de C à vous sur France 5")
/// does not.
fn speaks_as_furniture(draft: &Draft, i: usize) -> bool {
    let needed = 1 + draft.shapes[i].words / WORDS_PER_ADDRESS;
    reader_addresses(draft.texts[i], needed) == needed
}

/// Words of a block that speaks to the reader as furniture, for each of the reader's words it
/// holds: the comment forms, newsletter and login notices of the corpus hold one in 4 to 18.
const WORDS_PER_ADDRESS: usize = 40;

/// The run without the page's recommendations under the article's end: France Culture's
/// column ends on its signature ("Par Jacques Munier"), then "A lire aussi :" and three
/// reviews' blurbs, prose each. A read-also label alone right under a signature closes the
/// article: nothing under it is the article's. Not when more of the run lies under the label
/// than above it: a byline and a link under the chapô sign the article and point elsewhere
/// before the lede.
fn without_recommendations<'a>(draft: &Draft, blocks: &'a [usize]) -> &'a [usize] {
    let closes = |label: usize| {
        draft.is_read_also_label(label)
            && label > 0
            && (draft.role(label - 1) == Some(Role::Byline) || signature(draft, label - 1))
    };
    let words = |part: &[usize]| part.iter().map(|&i| draft.shapes[i].words).sum::<usize>();
    match blocks
        .windows(2)
        .position(|pair| (pair[0] + 1..pair[1]).any(closes))
    {
        Some(last) if words(&blocks[..=last]) > words(&blocks[last + 1..]) => &blocks[..=last],
        _ => blocks,
    }
}

/// Most blocks from a story's headline to its signature: its chapô and a date between.
const STORY_HEADER_REACH: usize = 4;

/// The run without the next story a page sets under the article (an infinite scroll's, a
/// page of a section's stories): after the article's signature, a headline, then within
/// [`STORY_HEADER_REACH`] blocks a signature of its own, with one block of prose at most
/// between them (the chapô): the page's header again, over another story ("Haute-Garonne :
/// un motard de 23 ans meurt…" / its chapô / "Par Thomas Viguier" under a fire's story
/// signed "Par Julie Marchal"). An article signs itself once; a section's intertitle has no
/// signature under it.
fn without_next_story<'a>(draft: &Draft, blocks: &'a [usize]) -> &'a [usize] {
    let Some(&last) = blocks.last() else {
        return blocks;
    };
    let Some(first_signature) = (0..last).find(|&j| signature(draft, j)) else {
        return blocks;
    };
    let heads_a_story = |headline: usize| {
        headline > first_signature
            && headline_shaped(draft, headline)
            && (headline + 1..=headline + STORY_HEADER_REACH)
                .take_while(|&j| j < draft.len())
                .find(|&j| signature(draft, j))
                .is_some_and(|s| (headline + 1..s).filter(|&j| draft.is_prose(j)).count() <= 1)
    };
    match blocks
        .windows(2)
        .position(|pair| (pair[0] + 1..pair[1]).any(heads_a_story))
    {
        Some(end) => &blocks[..=end],
        None => blocks,
    }
}

/// Most words of a note on the article under it.
const ARTICLE_NOTE_MAX_WORDS: usize = 60;

/// Verbs a note on the article says of it: "Cet article s’inspire d’un texte publié…", "Cet
/// article a été publié…", "…est republié…", "…fait partie…", "…reprend…".
const NOTE_VERBS: &[&str] = &["a", "est", "fait", "provient", "reprend", "paraît"];

/// The run without its last block when that block is a note on the article itself, opening on
/// "Cet article" and a verb (The Conversation's "Cet article s’inspire d’un texte publié par
/// l’auteur… sur le blog du Siècle Digital"): the page speaks of the article there, not of
/// its story. "Cet article de loi…", "Cet article 49.3…" name a law's article and stay.
fn without_note_on_the_article<'a>(draft: &mut Draft, blocks: &'a [usize]) -> &'a [usize] {
    match blocks.split_last() {
        Some((&last, rest)) if !rest.is_empty() && note_on_the_article(draft, last) => {
            draft.roles[last] = Some((Role::Footnote, "a note on the article, under it"));
            rest
        }
        _ => blocks,
    }
}

fn note_on_the_article(draft: &Draft, i: usize) -> bool {
    let text = draft.texts[i].trim_start();
    let Some(rest) = text
        .strip_prefix("Cet article ")
        .or_else(|| text.strip_prefix("Cet article\u{a0}"))
    else {
        return false;
    };
    let verb = rest.split_whitespace().next().unwrap_or("");
    draft.shapes[i].words <= ARTICLE_NOTE_MAX_WORDS
        && (verb.starts_with(['s', 'S']) && verb[1..].starts_with(['’', '\''])
            || NOTE_VERBS.contains(&verb))
}

/// A sentence that speaks to the reader has at most this many words to open a page's run.
const READER_HEAD_MAX_WORDS: usize = 25;

/// How many of the run's first blocks are the page speaking to its reader ("Personnalisez
/// votre expérience TF1 Info et créez votre JT rien que pour vous."), glued above an article
/// that does not: one short sentence each, before a paragraph that does not address the
/// reader. An article that speaks to its reader (a guide) keeps its opening.
fn reader_head(draft: &Draft, blocks: &[usize]) -> usize {
    let promotes = |i: usize| {
        let shape = &draft.shapes[i];
        !shape.several_sentences
            && shape.words <= READER_HEAD_MAX_WORDS
            && addresses_reader(draft.texts[i])
    };
    let head = blocks.iter().take_while(|&&i| promotes(i)).count();
    let rest_addresses = blocks[head..]
        .iter()
        .take(3)
        .any(|&i| addresses_reader(draft.texts[i]));
    if head < blocks.len() && !rest_addresses {
        head
    } else {
        0
    }
}

/// Recognised furniture inside an article costs half an unexplained line.
fn gap_weight(draft: &Draft, i: usize) -> f32 {
    match draft.role(i) {
        Some(Role::RelatedLink) | Some(Role::Comments) => 1.5,
        // A notice that speaks of the reader's account or consent separates more than it joins:
        // two of them end a run.
        Some(Role::Paywall) => 2.0,
        Some(_) => 0.5,
        None => 1.0,
    }
}

/// Blocks between two runs of one article at most: a photo and its caption, a video, a box
/// of links, a list the article draws (a menu's teasers, a comment thread lie farther).
const MAX_BLOCKS_BETWEEN_RUNS: usize = 40;

/// Whether `other` lies so far from the main run, before or after it, that it is another
/// content of the page: a menu's teasers a hundred lines above the headline, joined to their
/// photos' captions by a text browser's wrap, read as prose.
fn far_from(other: &Cluster, main: &Cluster) -> bool {
    let (Some(&first), Some(&last)) = (other.blocks.first(), other.blocks.last()) else {
        return true;
    };
    let main_first = main.blocks.first().copied().unwrap_or(0);
    let main_last = main.blocks.last().copied().unwrap_or(0);
    main_first.saturating_sub(last) > MAX_BLOCKS_BETWEEN_RUNS
        || first.saturating_sub(main_last) > MAX_BLOCKS_BETWEEN_RUNS
}

/// Whether `other` comes after the main run with the page's comments between them ("Lire les
/// 81 commentaires"): an article does not go on under its comments, a page's teasers do
/// (Le Figaro's "ENQUÊTE – …" under its "À lire aussi").
fn after_comments(draft: &Draft, main: &Cluster, other: &Cluster) -> bool {
    blocks_between(main, other).any(|i| draft.role(i) == Some(Role::Comments))
}

/// The blocks between the main run's last and a run after it (none for a run before it).
fn blocks_between(main: &Cluster, other: &Cluster) -> std::ops::Range<usize> {
    match (main.blocks.last(), other.blocks.first()) {
        (Some(&main_last), Some(&first)) => main_last + 1..first,
        _ => 0..0,
    }
}

/// Related links between the main run and a run after it that show the page's lists of
/// other stories stand between them: an article's read-also box holds three or four.
const LINK_LIST_ITEMS: usize = 8;

/// Whether `other` comes after the main run with the page's lists of other stories between
/// them ("Les autres titres", "Les plus consultés depuis une semaine", ten headlines each):
/// what a page sets under such lists (its ads, the films on show) is no more of the article.
fn after_link_lists(draft: &Draft, main: &Cluster, other: &Cluster) -> bool {
    let links = blocks_between(main, other)
        .filter(|&i| draft.role(i) == Some(Role::RelatedLink))
        .count();
    links >= LINK_LIST_ITEMS
}

/// The labels of what closes an article, lowercased: the pager to the article before or
/// after this one (Le Monde diplomatique's blog sets its presentation under it), and the
/// site's lists of its latest or most read stories ("Derniers articles de la thématique
/// « Justice / Police / Médias » :", where CRIC sets a teaser of some sentences under each
/// headline, a run of prose).
const CLOSING_LABELS: [&str; 11] = [
    "article précédent",
    "article precedent",
    "article suivant",
    "derniers articles",
    "les derniers articles",
    "les plus lus",
    "les plus partagés",
    "les plus commentés",
    "les dernières infos",
    "les dernières news",
    "les dernières actualités",
];

/// Whether `other` comes after the main run with a label of what closes an article between
/// them ([`CLOSING_LABELS`]): what stands under it is the site's, not the article's.
fn after_closing_label(draft: &Draft, main: &Cluster, other: &Cluster) -> bool {
    // Only a related link is lowercased to be read.
    blocks_between(main, other)
        .filter(|&i| draft.role(i) == Some(Role::RelatedLink))
        .any(|i| {
            let label = draft.texts[i]
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            CLOSING_LABELS
                .iter()
                .any(|closing| label.starts_with(closing))
        })
}

/// Fewest words of a paragraph that goes on with the article under an embed, alone.
const LAST_PARAGRAPH_MIN_WORDS: usize = 40;

/// "…une protection policière." / an embedded post, the notice its blocked player shows
/// ("L‘accès à ce contenu a été bloqué afin de respecter votre choix de consentement") /
/// "Cela a-t-il « favorisé un sentiment d’impunité… », s’interroge la rédaction…": the
/// article's last paragraph under an embed, a run of one block, which no other run's rule
/// joins (one paragraph may be a teaser). It joins when only the embed's blocks stand between
/// it and the article's run, at least one of them the post or its notice, and it is a
/// paragraph of the article's kind (some length, not speaking to the reader).
fn last_paragraph_after_an_embed(draft: &Draft, main: &Cluster, other: &Cluster) -> bool {
    let (Some(&main_last), [block]) = (main.blocks.last(), other.blocks.as_slice()) else {
        return false;
    };
    let between = main_last + 1..*block;
    // The post itself, or the notice its blocked player shows.
    let embedded = |i: usize| {
        matches!(
            draft.roles[i],
            Some((Role::EmbeddedPost, _)) | Some((Role::Paywall, "consent"))
        )
    };
    // What else an embed is made of: a post's emoji or a player's glyph (a line without
    // words), a credit or a caption, a line neither prose nor an item.
    let embed_part = |i: usize| {
        embedded(i)
            || draft.shapes[i].words == 0
            || match draft.roles[i] {
                Some((role, _)) => matches!(role, Role::Caption | Role::Credit),
                None => !draft.is_prose(i) && !draft.list_item(i),
            }
    };
    between.len() <= MAX_BLOCKS_BETWEEN_RUNS
        && between.clone().all(embed_part)
        && between.clone().any(embedded)
        && other.words >= LAST_PARAGRAPH_MIN_WORDS
        && other.addressing == 0
        && other.items == 0
}

/// A run outside the main one is article prose when it has a few sentences of some length
/// that do not speak to the reader (page chrome does: "vous pouvez", "votre compte").
fn reads_like_article(cluster: &Cluster) -> bool {
    cluster.blocks.len() >= OTHER_RUN_MIN_BLOCKS
        && cluster.words >= OTHER_RUN_MIN_WORDS
        && cluster.addressing * 2 < cluster.blocks.len()
}

/// Words of the article's run above a comments heading for it to end the article: a share
/// bar's "0 commentaire" stands over the lede.
const PROSE_ABOVE_COMMENTS_WORDS: usize = 100;

/// Most words of a comments heading ("Vos réactions", "12 commentaires").
const COMMENTS_HEADING_WORDS: usize = 4;

/// The first comments heading with a page's prose above it ([`PROSE_ABOVE_COMMENTS_WORDS`]
/// in the runs that end before it): under it, only the readers write.
fn comments_heading(draft: &Draft, clusters: &[Cluster]) -> Option<usize> {
    let mut prose = 0;
    let mut runs = clusters.iter().peekable();
    for i in 0..draft.len() {
        while let Some(run) = runs.next_if(|run| run.blocks.last().is_some_and(|&last| last < i)) {
            prose += run.words;
        }
        if prose >= PROSE_ABOVE_COMMENTS_WORDS && is_comments_heading(draft, i) {
            return Some(i);
        }
    }
    None
}

/// A comments heading: short ("Vos réactions", "12 commentaires"), or a count of them over
/// the article's headline ("21 commentaires sur « Pourquoi les applications… »", as
/// WordPress heads them).
fn is_comments_heading(draft: &Draft, i: usize) -> bool {
    let counted = || {
        let mut words = draft.texts[i].split_whitespace();
        words
            .next()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
            && words
                .next()
                .is_some_and(|w| w.starts_with("commentaire") || w.starts_with("réaction"))
    };
    draft.role(i) == Some(Role::Comments)
        && (draft.shapes[i].words <= COMMENTS_HEADING_WORDS || counted())
        && !reporting_under(draft, i)
}

/// Fewest words of the paragraph under a comments link for it to be the article going on.
const REPORTING_UNDER_COMMENTS_WORDS: usize = 20;

/// The block under the comments link at `i` is the article's reporting going on: a share
/// bar's "Commentaires" or "Réagir" set after the lede, over paragraphs that tell the story
/// ("Le patronat, de son côté, salue une réforme attendue…"). A reader's comment speaks for
/// its writer or exclaims outside quotes ("à mon humble avis", "… les enfants !"), or speaks
/// to the reader; what a page sets under its comments heading is furniture, no paragraph.
fn reporting_under(draft: &Draft, i: usize) -> bool {
    let next = i + 1;
    next < draft.len()
        && draft.roles[next].is_none()
        && draft.shapes[next].is_prose()
        && draft.shapes[next].words >= REPORTING_UNDER_COMMENTS_WORDS
        && !speaks_for_its_writer(draft.texts[next])
        && !addresses_reader(draft.texts[next])
}

/// The first person singular, lowercase: "je", "j’", "me", "m’", "moi", and the possessives.
const FIRST_PERSON: &[&str] = &["je", "j", "me", "m", "moi", "mon", "ma", "mes"];

/// First person singular or an exclamation mark outside quotes: a reader's voice. "M" alone
/// is the courtesy title ("M. Dupont"), no pronoun.
pub(super) fn speaks_for_its_writer(text: &str) -> bool {
    let mut quoted = false;
    let mut word = String::new();
    let mut first_person = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if !quoted && word != "M" {
            first_person |= crate::segmenting::with_lowercase(&word, |w| FIRST_PERSON.contains(&w));
        }
        word.clear();
        match c {
            '«' | '“' => quoted = true,
            '»' | '”' => quoted = false,
            '"' => quoted = !quoted,
            '!' if !quoted => return true,
            _ => {}
        }
    }
    first_person
}

/// Le Soir's page: the extractor kept the readers' comments in the article's run, under
/// "Vos réactions". A comments heading after the article's prose ends it; the block where
/// the article ends, or the page's end when no such heading stands in the run.
fn comments_cut(draft: &Draft, run: &[usize]) -> usize {
    let (Some(&first), Some(&last)) = (run.first(), run.last()) else {
        return draft.len();
    };
    let mut prose = 0;
    // The run's blocks and the furniture between them, whose roles are set.
    for i in first..=last {
        let heading = is_comments_heading(draft, i);
        if heading && prose >= PROSE_ABOVE_COMMENTS_WORDS {
            return i;
        }
        if draft.roles[i].is_none() {
            prose += draft.shapes[i].words;
        }
    }
    draft.len()
}

/// Words of prose under a paywall notice, in the article's run, that show the notice hides
/// nothing of the article.
const PROSE_UNDER_NOTICE_WORDS: usize = 40;

/// The first paywall notice after the article has started: nothing after it is the article.
/// A notice that only labels something as for subscribers, with the article's run going on
/// under it in prose that does not speak to the reader, is about something else on the page
/// ("Lecture audio réservée aux abonnés", above Le Point's lede); one that says the rest is
/// hidden ("Il vous reste 57 % de cet article à lire", "La suite est réservée…") ends the
/// article whatever a dump shows under it.
fn paywall_cut(draft: &Draft, run: &[usize]) -> usize {
    let notice = |i: usize| {
        draft.roles[i] == Some((Role::Paywall, PAYWALL))
            || draft.roles[i] == Some((Role::Paywall, PAYWALL_END))
    };
    // Most pages have no such notice: their run is not read again.
    if !(run[0]..draft.len()).any(notice) {
        return draft.len();
    }
    let prose_words = |b: usize| match addresses_reader(draft.texts[b]) {
        true => 0,
        false => draft.shapes[b].words,
    };
    // The run's prose words after the block looked at, kept as the look moves down: linear
    // however many notices a page repeats.
    let mut under: usize = run.iter().map(|&b| prose_words(b)).sum();
    let mut passed = 0;
    for i in run[0]..draft.len() {
        while passed < run.len() && run[passed] <= i {
            under -= prose_words(run[passed]);
            passed += 1;
        }
        let says_the_rest_is_hidden = draft.roles[i] == Some((Role::Paywall, PAYWALL_END));
        if says_the_rest_is_hidden || notice(i) && under < PROSE_UNDER_NOTICE_WORDS {
            return with_its_call(draft, i);
        }
    }
    draft.len()
}

/// Most words of a notice's call set above it ([`with_its_call`]).
const NOTICE_CALL_MAX_WORDS: usize = 10;

/// Where the notice at `i` starts: at the block above it when that block is its call, a
/// short exclamation in the imperative ("Ne ratez plus rien de l'actualité locale !" above
/// Le Nouvelliste's "Abonnez-vous à notre newsletter…"), which ended the article. A
/// quotation stays the article's ("« Continuez à vous battre… ! »").
fn with_its_call(draft: &Draft, i: usize) -> usize {
    let Some(above) = i.checked_sub(1) else {
        return i;
    };
    let text = draft.texts[above].trim();
    let imperative = text.split_whitespace().take(3).any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphabetic());
        word.chars().count() > 3 && word.ends_with("ez")
    });
    let call = text.ends_with('!')
        && !text.starts_with(['«', '"', '“'])
        && draft.shapes[above].words <= NOTICE_CALL_MAX_WORDS
        && imperative;
    if call {
        above
    } else {
        i
    }
}

/// Speaks to the reader outside quotes: "vous", "votre", "vos", or the polite imperative
/// "veuillez" ("Veuillez entrer une adresse e-mail valide", a form's message).
///
/// The text is read as pieces, runs of letters and of the quotes « » “ ”, in one pass over its
/// bytes: a piece that holds an opening quote opens a quotation, then one that holds a
/// closing quote closes it, and its letters, from the first to the last, are the word. A
/// split into pieces, each searched twice for quotes and trimmed, read every paragraph that
/// holds a "v" three times over.
///
/// An ASCII byte is told by itself, a letter of Latin-1 and the four quotes by their bytes;
/// only other characters are decoded and asked [`is_letter`], where every character was. An
/// empty piece (two separators in a row) changes nothing and is not asked.
pub fn addresses_reader(text: &str) -> bool {
    reader_addresses(text, 1) == 1
}

/// How many of the reader's words [`addresses_reader`] looks for `text` holds outside quotes,
/// counted up to `enough`.
fn reader_addresses(text: &str, enough: usize) -> usize {
    match may_hold_reader_word(text) {
        true => reader_words_read(text, enough),
        false => 0,
    }
}

/// [`reader_addresses`] read piece by piece, byte by byte.
fn reader_words_read(text: &str, enough: usize) -> usize {
    let mut found = 0;
    let bytes = text.as_bytes();
    let mut quoted = false;
    let mut piece = Piece::default();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let next = bytes.get(at + 1).copied();
        let (kind, len) = match byte {
            b'a'..=b'z' | b'A'..=b'Z' => (PieceByte::Letter, 1),
            // A straight quote opens a quotation outside one and closes the one it is in: a
            // scraper's `"Gilets jaunes, réveillez-vous !"` quotes someone.
            b'"' if quoted => (PieceByte::Closes, 1),
            b'"' => (PieceByte::Opens, 1),
            0x00..=0x7f => (PieceByte::Other, 1),
            // U+00C0–U+00FF: letters but × (C3 97) and ÷ (C3 B7).
            0xC3 if matches!(next, Some(0x97 | 0xB7)) => (PieceByte::Other, 2),
            0xC3 => (PieceByte::Letter, 2),
            0xC2 if next == Some(0xAB) => (PieceByte::Opens, 2),
            0xC2 if next == Some(0xBB) => (PieceByte::Closes, 2),
            0xE2 if next == Some(0x80) && bytes.get(at + 2) == Some(&0x9C) => (PieceByte::Opens, 3),
            0xE2 if next == Some(0x80) && bytes.get(at + 2) == Some(&0x9D) => {
                (PieceByte::Closes, 3)
            }
            _ => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_letter(c) => (PieceByte::Letter, c.len_utf8()),
                Some(c) => (PieceByte::Other, c.len_utf8()),
                None => break,
            },
        };
        match kind {
            PieceByte::Letter => {
                let start = piece.letters.map_or(at, |(start, _)| start);
                piece.letters = Some((start, at + len));
            }
            PieceByte::Opens => piece.opens = true,
            PieceByte::Closes => piece.closes = true,
            PieceByte::Other => {
                if piece.holds_any() {
                    found += usize::from(piece.speaks(text, &mut quoted));
                    if found == enough {
                        return found;
                    }
                    piece = Piece::default();
                }
            }
        }
        at += len;
    }
    found + usize::from(piece.speaks(text, &mut quoted))
}

/// What a character read by [`addresses_reader`] is to the pieces.
enum PieceByte {
    Letter,
    /// « or “.
    Opens,
    /// » or ”.
    Closes,
    /// Neither a letter nor a quote: it ends the piece.
    Other,
}

/// A run of letters and quotes being read by [`addresses_reader`]: where its letters start and
/// end, and the quotes it holds.
#[derive(Default)]
struct Piece {
    letters: Option<(usize, usize)>,
    opens: bool,
    closes: bool,
}

impl Piece {
    /// The piece holds a letter or a quote: ended, it may change something.
    fn holds_any(&self) -> bool {
        self.letters.is_some() || self.opens || self.closes
    }

    /// The piece, ended, opens or closes a quotation (`quoted`), then is one of the reader's
    /// words outside quotes.
    fn speaks(&self, text: &str, quoted: &mut bool) -> bool {
        *quoted = (*quoted || self.opens) && !self.closes;
        !*quoted
            && self.letters.is_some_and(|(start, end)| {
                matches!(
                    &text[start..end],
                    "vous" | "Vous" | "votre" | "Votre" | "vos" | "Vos" | "veuillez" | "Veuillez"
                ) && !ends_the_noun_rendez_vous(text, start)
            })
    }
}

/// The "vous" at byte `start` ends the noun "rendez-vous" ("voici notre sélection des
/// rendez-vous à ne pas manquer", "Prochains rendez-vous"), its determiner, preposition or
/// adjective before it: no one is spoken to. "Rendez-vous sur notre site" and ", rendez-vous
/// sur…" send the reader somewhere.
fn ends_the_noun_rendez_vous(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix("rendez-") else {
        return false;
    };
    let previous = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '’' || c == '\'')
        .next()
        .unwrap_or("")
        .to_lowercase();
    crate::lexicon::is_determiner(&previous)
        || crate::lexicon::is_prenominal_adjective(&previous)
        || matches!(
            previous.as_str(),
            "de" | "d" | "du" | "au" | "aux" | "des" | "nos" | "vos" | "ses" | "leurs"
        )
}

/// Whether `text` holds "vou", "vot", "vos" or "veu" (or their capitalised forms), as every one of
/// the reader's words does: a byte scan that spares most paragraphs the word by word reading.
/// Its "v" and "V" are found by `memchr2`, many bytes at once, and only the bytes after them
/// read.
pub(super) fn may_address_reader(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'v', b'V', bytes).any(|at| {
        bytes
            .get(at + 1..at + 3)
            .is_some_and(|w| matches!(w, b"ou" | b"ot" | b"os" | b"eu"))
    })
}

/// Whether `text` may hold one of the reader's words as [`reader_addresses`] reads them: a
/// "v" or "V" (found by `memchr2`) that no ASCII letter stands before, then "ous", "otre",
/// "os" or "euillez" that no ASCII letter follows. A word read there is a piece's letters
/// from its first to its last, so no letter stands next to it; a byte beyond ASCII is let
/// through (it may be a quote's). [`may_address_reader`], the letters alone, let through
/// every paragraph with "veut", "vote" or "vouloir", each then read piece by piece.
fn may_hold_reader_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    let no_letter_at = |at: usize| bytes.get(at).is_none_or(|b| !b.is_ascii_alphabetic());
    memchr::memchr2_iter(b'v', b'V', bytes).any(|at| {
        let rest = &bytes[at + 1..];
        let tail = [&b"ous"[..], b"otre", b"os", b"euillez"]
            .into_iter()
            .find(|tail| rest.starts_with(tail));
        tail.is_some_and(|tail| {
            (at == 0 || no_letter_at(at - 1)) && no_letter_at(at + 1 + tail.len())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A text the word prefilter turns away holds none of the reader's words read piece
        /// by piece: the prefilter changes no answer.
        #[test]
        fn the_reader_word_prefilter_misses_no_word(text in "(vous|Vous|vos|Vos|votre|veuillez|Veuillez|veut|vote|avoue|vo|us|é|2|_|«|»|\"|“|”| |,|a){0,10}") {
            let read = reader_words_read(&text, 2);
            proptest::prop_assert!(read == 0 || may_hold_reader_word(&text), "{} read in {:?}", read, text);
            proptest::prop_assert_eq!(reader_addresses(&text, 2), read);
        }
    }

    proptest::proptest! {
        /// The "v" found by `memchr2` tell what every three bytes read told.
        #[test]
        fn the_reader_prefilter_reads_as_every_window(text in "[vVoutseé ’«»]{0,20}") {
            let by_windows = text.as_bytes().windows(3).any(|w| {
                matches!(w[0], b'v' | b'V')
                    && (w[1] == b'o' && matches!(w[2], b'u' | b't' | b's') || &w[1..] == b"eu")
            });
            proptest::prop_assert_eq!(may_address_reader(&text), by_windows);
        }
    }

    /// The former reading: the text split into pieces of letters and quotes, each piece
    /// searched for quotes and trimmed to its word.
    fn addresses_reader_by_pieces(text: &str) -> bool {
        let mut quoted = false;
        for word in text.split(|c: char| !is_letter(c) && !matches!(c, '«' | '»' | '“' | '”' | '"'))
        {
            let straight = word.contains('"');
            let opens = word.contains(['«', '“']) || straight && !quoted;
            let closes = word.contains(['»', '”']) || straight && quoted;
            quoted = (quoted || opens) && !closes;
            let bare = word.trim_matches(|c: char| !is_letter(c));
            if !quoted
                && matches!(
                    bare,
                    "vous" | "Vous" | "votre" | "Votre" | "vos" | "Vos" | "veuillez" | "Veuillez"
                )
            {
                return true;
            }
        }
        false
    }

    /// `addresses_reader` before it read bytes: every character decoded and asked, and every
    /// piece, empty or not, asked at its end.
    fn addresses_reader_by_chars(text: &str) -> bool {
        if !may_address_reader(text) {
            return false;
        }
        let mut quoted = false;
        let mut piece = Piece::default();
        for (at, c) in text.char_indices() {
            if is_letter(c) {
                let start = piece.letters.map_or(at, |(start, _)| start);
                piece.letters = Some((start, at + c.len_utf8()));
            } else if matches!(c, '«' | '“' | '»' | '”' | '"') {
                piece.opens |= matches!(c, '«' | '“') || c == '"' && !quoted;
                piece.closes |= matches!(c, '»' | '”') || c == '"' && quoted;
            } else {
                if piece.speaks(text, &mut quoted) {
                    return true;
                }
                piece = Piece::default();
            }
        }
        piece.speaks(text, &mut quoted)
    }

    /// The seeds' paragraphs and lines (real French copy, with "vous" set in and out of
    /// quotes) and edge cases are read as character by character.
    #[test]
    fn the_reader_is_found_as_first_by_characters_on_real_text() {
        let mut texts: Vec<String> = [
            "",
            "vous",
            "«vous»",
            "“Vous” dit-il",
            "« Il veut », vous dit-on",
            "vo«us",
            "Veuillez×vous÷vos",
            "vous\u{a0}êtes ‘vos’ «\u{a0}votre\u{a0}» “vos” ”vous“",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for paragraph in crate::test_texts::seed_paragraphs_and_lines() {
            texts.push(format!("{paragraph} Vous pouvez « vous » abonner."));
            texts.push(format!("« {paragraph} vous"));
            texts.push(paragraph);
        }
        assert!(texts.iter().any(|t| addresses_reader(t)));
        for text in &texts {
            assert_eq!(
                addresses_reader(text),
                addresses_reader_by_chars(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        /// The pass over the bytes answers as the pass over the characters.
        #[test]
        fn the_reader_is_found_as_first_by_characters(
            text in "(vous|Vous|votre|vos|Vos|veuillez|VOUS|vousé|[vVoustrelizéÉ×÷’'«»“”\"\u{a0}\u{2020} .,-])*|\\PC{0,30}"
        ) {
            proptest::prop_assert_eq!(addresses_reader(&text), addresses_reader_by_chars(&text));
        }

        /// One pass over the characters answers as the pieces did.
        #[test]
        fn the_reader_is_found_as_the_pieces_found_it(
            text in "(vous|Vous|votre|vos|Vos|veuillez|VOUS|vousé|[vVoustrelizéÉ’'«»“”\" .,-])*|\\PC{0,30}"
        ) {
            proptest::prop_assert_eq!(addresses_reader(&text), addresses_reader_by_pieces(&text));
        }
    }

    #[test]
    fn the_reader_is_addressed_outside_quotes_only() {
        assert!(addresses_reader(
            "Vous pouvez vous connecter avec votre compte sur autant d’appareils que vous le souhaitez."
        ));
        assert!(!addresses_reader(
            "« Vous ne passerez pas », a lancé le ministre aux manifestants."
        ));
        assert!(!addresses_reader("Le ministre a parlé aux députés."));
        // Counted up to what is asked, quoted words left out.
        let form =
            "Nous vous invitons à donner votre avis. « Vous » ne compte pas ; vos arguments si.";
        assert_eq!(reader_addresses(form, 10), 3);
        assert_eq!(reader_addresses(form, 2), 2);
        assert_eq!(reader_addresses("Le ministre a parlé.", 2), 0);
        // A form's message under Tribune de Genève's article, as lynx dumps it.
        assert!(addresses_reader(
            "Veuillez SVP entrez une adresse e-mail valide"
        ));
        assert!(!addresses_reader(
            "Le peuple veut être entendu, a-t-il déclaré."
        ));
    }

    /// An agenda's chapô (written for the tests) read as the page speaking to its reader, and
    /// dropped with its headline: its "rendez-vous" are a noun.
    #[test]
    fn the_noun_rendez_vous_speaks_to_no_one() {
        assert!(!addresses_reader("Prochains rendez-vous"));
        assert!(!addresses_reader(
            "Concert, exposition ou balade : voici notre sélection des rendez-vous à ne pas manquer."
        ));
        assert!(!addresses_reader(
            "Le rendez-vous est fixé à 10 h, au premier rendez-vous."
        ));
        assert!(addresses_reader(
            "Rendez-vous sur notre site pour tout savoir."
        ));
        assert!(addresses_reader(
            "Pour en savoir plus, rendez-vous sur le site de la mairie."
        ));
    }
}
