//! Readability rules: Yoast's French readability assessments, measured by redac's
//! readability module on the body's sentences. All are warnings: they grade how easily the
//! article reads, not whether it meets the brief. Thresholds are Yoast's "problem" (red)
//! limits, so a warning here is a red dot there.

use super::length::body_position;
use super::{Context, Rule, Violation};
use crate::checking::report::Severity;
use crate::readability::REPEATED_START_RUN;

pub const READING_EASE: Rule = Rule {
    id: "reading-ease",
    severity: Severity::Warning,
    summary: "The body's Kandel–Moles reading ease is at least 50.",
    doc: "Computes Kandel and Moles' French adaptation of the Flesch reading ease, 207 − 1.015 × \
words per sentence − 73.6 × syllables per word, on the body's sentences, and fails below \
`reading-ease-min` (50). Syllables are counted from the spelling by redac's readability module \
(vowel groups, a hiatus after é, a final mute e; it agrees with the Lexique 3 dictionary on 95 % \
of a 300-word sample). Yoast grades French copy with the same formula: 60 and over reads \
easily, 50 to 60 is fairly difficult, under 50 is difficult, its red mark. Shorter sentences \
and shorter words raise the score. The finding points at the first paragraph.",
    check: reading_ease,
};

fn reading_ease(cx: &Context) -> Vec<Violation> {
    let min = cx.settings.thresholds.reading_ease_min;
    match cx.measures.readability.reading_ease {
        Some(score) if score < min => vec![Violation::new(
            body_position(cx),
            format!(
                "reading ease {score:.1} (Kandel–Moles), under {min}: shorten sentences and words"
            ),
        )],
        _ => Vec::new(),
    }
}

pub const PASSIVE_VOICE: Rule = Rule {
    id: "passive-voice",
    severity: Severity::Warning,
    summary: "At most 15 % of sentences are in the passive voice.",
    doc:
        "Counts the body's sentences with a passive verb — a form of être followed, after at most \
two adverbs, by a past participle that agrees with the subject (« les écoles seront fermées ») — \
and fails when they are over `passive-max-percent` (15 %, Yoast's red limit; it prefers 10 %). \
The compound tenses of verbs conjugated with être (« il est arrivé », « elle est née ») and \
pronominal verbs (« il s’est rendu ») are not passives and are left out; adjectives that end \
like participles (« le taux est élevé ») are counted, a false positive Yoast shares. News copy \
drifts into the passive (« a été interpellé ») and hides who acts; say who does what. The \
finding points at the first passive sentence.",
    check: passive_voice,
};

fn passive_voice(cx: &Context) -> Vec<Violation> {
    let r = &cx.measures.readability;
    let max = cx.settings.thresholds.passive_max_percent;
    if r.sentences == 0 || r.passive_percent() <= max {
        return Vec::new();
    }
    let first = cx
        .measures
        .sentences
        .iter()
        .zip(&r.passive)
        .find(|(_, passive)| **passive)
        .map_or_else(|| body_position(cx), |(s, _)| s.position);
    vec![Violation::new(
        first,
        format!(
            "{} % of sentences ({} of {}) are passive (at most {max} %)",
            r.passive_percent(),
            r.passive_sentences,
            r.sentences
        ),
    )]
}

pub const TRANSITION_WORDS: Rule = Rule {
    id: "transition-words",
    severity: Severity::Warning,
    summary: "At least 20 % of sentences hold a transition word.",
    doc: "Counts the body's sentences holding a transition word or phrase — a connective from \
redac's documented French list: mais, cependant, en revanche, donc, par conséquent, ensuite, \
d’abord, enfin, par exemple, notamment, en effet… (see the readability::transitions module) — \
and fails when they are under `transition-min-percent` (20 %, Yoast's red limit; it prefers \
30 %). Connectives tell the reader how a sentence follows from the one before; a text without \
them reads as a list of facts. The finding points at the first paragraph.",
    check: transition_words,
};

fn transition_words(cx: &Context) -> Vec<Violation> {
    let r = &cx.measures.readability;
    let min = cx.settings.thresholds.transition_min_percent;
    if r.sentences == 0 || r.transition_percent() >= min {
        return Vec::new();
    }
    vec![Violation::new(
        body_position(cx),
        format!(
            "{} % of sentences ({} of {}) hold a transition word (at least {min} %)",
            r.transition_percent(),
            r.transition_sentences,
            r.sentences
        ),
    )]
}

pub const SENTENCE_BEGINNINGS: Rule = Rule {
    id: "sentence-beginnings",
    severity: Severity::Warning,
    summary: "No three consecutive sentences start with the same word.",
    doc: "Fails for each run of three or more consecutive body sentences that start with the same \
word (« Le maire… Le conseil… Le budget… »), the first word taken past opening quotes and \
compared without case. Repeated beginnings make copy monotonous; Yoast's French readability \
analysis flags the same runs of three. The finding points at the run's first sentence.",
    check: sentence_beginnings,
};

fn sentence_beginnings(cx: &Context) -> Vec<Violation> {
    let sentences = &cx.measures.sentences;
    cx.measures
        .readability
        .repeated_starts
        .iter()
        .filter_map(|(start, len, word)| {
            let position = sentences.get(*start)?.position;
            Some(Violation::new(
                position,
                format!(
                    "{len} consecutive sentences start with « {word} » (at most {})",
                    REPEATED_START_RUN - 1
                ),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    #[test]
    fn hard_text_is_flagged_and_plain_text_is_not() {
        let hard = "L’internationalisation institutionnelle des responsabilités gouvernementales \
                    contemporaines constitue incontestablement une préoccupation particulièrement \
                    considérable pour les administrations européennes.";
        assert_eq!(lines(&READING_EASE, hard), [1]);
        assert!(lines(&READING_EASE, "Le chat dort. Il fait beau. On va au parc.").is_empty());
    }

    #[test]
    fn passive_sentences_over_the_share_are_flagged_at_the_first() {
        let text = "Le maire parle.\n\nLe pont a été fermé mardi. La route est coupée.";
        let found = violations(&PASSIVE_VOICE, text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 3);
        assert!(
            found[0].1.starts_with("66.7 % of sentences (2 of 3)"),
            "{}",
            found[0].1
        );
        assert!(lines(&PASSIVE_VOICE, "Le maire est arrivé. Il parle.").is_empty());
    }

    #[test]
    fn few_transitions_are_flagged() {
        let flat =
            "Le maire parle. Le public écoute. La salle applaudit. Le soir tombe. Tout finit.";
        assert_eq!(lines(&TRANSITION_WORDS, flat), [1]);
        let linked = "Le maire parle. Pourtant, personne n’écoute.";
        assert!(lines(&TRANSITION_WORDS, linked).is_empty());
    }

    #[test]
    fn three_sentences_starting_alike_are_flagged() {
        let text = "Intro ici.\n\nLe maire parle. Le public écoute. Le soir tombe. Puis rien.";
        let found = violations(&SENTENCE_BEGINNINGS, text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 3);
        assert!(found[0].1.contains("« le »"));
    }
}
