//! What a scrape leaves in a text: page furniture, and words lost with their links.

use super::{Context, Rule, Violation};
use crate::checking::document::BlockKind;
use crate::checking::report::Severity;
use crate::structure::{item_noise_family, noise_family};

pub const SCRAPING_NOISE: Rule = Rule {
    id: "scraping-noise",
    severity: Severity::Error,
    summary: "No leftover page furniture (PUBLICITÉ, \"Partagez cet article\", bylines…).",
    doc:
        "Fails for each paragraph, list item or heading (outside the final \"Sources\" list) that \
is a line of web-page furniture rather than article text: an ad marker (PUBLICITÉ), a share or \
follow prompt (\"Partagez cet article\", \"Suivez-nous\"), a call to action, a read-also link, a \
photo credit, a byline, a consent notice. It applies exactly the noise families `rewrite`'s \
cleaner removes from scraped sources (redac's cleaning module), so it catches what was pasted \
back in by hand, or what a scrape left in a draft written without redac. Published, such lines \
look broken to readers and dilute the page's text.",
    check: scraping_noise,
};

fn scraping_noise(cx: &Context) -> Vec<Violation> {
    cx.doc
        .blocks
        .iter()
        .filter(|block| !block.in_sources)
        .filter_map(|block| {
            let family = match block.kind {
                BlockKind::ListItem => item_noise_family(&block.text)?,
                _ => noise_family(&block.text)?,
            };
            Some(Violation::new(
                block.position,
                format!("leftover scraping noise ({family}): « {} »", block.text),
            ))
        })
        .collect()
}

pub const LOST_WORD: Rule = Rule {
    id: "lost-word",
    severity: Severity::Warning,
    summary: "No preposition or article left before a stop, no word set apart before a full stop: \
what came next is missing.",
    doc: "Fails for each preposition or article set apart before a full stop, a comma or a \
semicolon, as in \"en location sur . Le nombre\", elided onto one, as in \"due à l’. « \
Alors\", or glued to one where no pronoun or numeral could end, as in \"des informations du, \
confirmées\"; and for any word set apart before a full stop that ends a sentence, as in \"ne \
souhaitait pas utiliser . Une commission\" (outside the final \"Sources\" list). No \
preposition or article ends a clause, and French sets no space before a full stop or a comma: \
what stood there is missing, most often the text of a link that a scraper, or a copy from a \
web page, dropped. A space before a comma after another word is a slip, not flagged. \
`rewrite` keeps the source's sentences as \
they are, for it never invents a word, and never makes a meta description of one with a hole; \
the journalist restores the word from the page. A warning: the sentence reads oddly, but \
nothing in it is false.",
    check: lost_words,
};

fn lost_words(cx: &Context) -> Vec<Violation> {
    let mut found = Vec::new();
    for block in cx.doc.blocks.iter().filter(|block| !block.in_sources) {
        for lost in crate::segmenting::lost_words(&block.text) {
            let passage = &block.text[lost.clone()];
            found.push(Violation::new(
                cx.doc.position_in(block, lost.start),
                format!("a word is missing after « {passage} » (a link's text the copy lost?)"),
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    #[test]
    fn page_furniture_is_flagged_where_it_is() {
        let draft = "Le président a parlé hier devant les députés.\n\nPUBLICITÉ\n\nLes députés ont voté.\n\n## Partagez cet article\n";
        let found = violations(&SCRAPING_NOISE, draft);
        assert_eq!(
            found.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            vec![3, 7]
        );
        assert_eq!(
            found[0].1,
            "leftover scraping noise (ad marker): « PUBLICITÉ »"
        );
    }

    /// The plan's last step, an item going on with its sentence in lowercase, is what
    /// `rewrite` keeps in the article: no share prompt. A button pasted as an item is one.
    #[test]
    fn a_step_that_opens_on_a_verb_of_sharing_is_no_prompt() {
        let draft = "Le plan tient en trois étapes :\n\n- équiper les parcelles ;\n- partager les retenues d’eau entre les communes voisines.\n\n## Trois étapes\n\n- Partager sur Facebook\n";
        let found = violations(&SCRAPING_NOISE, draft);
        assert_eq!(found.iter().map(|(l, _)| *l).collect::<Vec<_>>(), vec![8]);
    }

    #[test]
    fn a_word_lost_with_its_link_is_flagged_where_it_is() {
        // 20 Minutes, as a scraper gave it: the link "Airbnb" dropped twice.
        let draft = "Les Parisiens ouvrent leurs portes.\n\nDe plus en plus d’habitants proposent leur résidence en location sur . Le nombre a augmenté.\n\nUne réduction du pouvoir d’achat due à l’. « Alors que le coût augmente »\n\nLe gouvernement ne souhaitait pas utiliser . Une commission se réunit.\n\nSelon des informations du, confirmées par la chaîne, il part.\n";
        let found = violations(&LOST_WORD, draft);
        assert_eq!(
            found,
            vec![
                (
                    3,
                    "a word is missing after « sur . » (a link's text the copy lost?)".to_string()
                ),
                (
                    5,
                    "a word is missing after « l’. » (a link's text the copy lost?)".to_string()
                ),
                (
                    7,
                    "a word is missing after « utiliser . » (a link's text the copy lost?)"
                        .to_string()
                ),
                (
                    9,
                    "a word is missing after « du, » (a link's text the copy lost?)".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_link_holds_the_word_its_text_says() {
        let draft = "Ils proposent leur résidence en location sur [Airbnb](https://www.airbnb.fr). Le nombre a augmenté.\n\nIl a voté pour, elle aussi.\n";
        assert!(lines(&LOST_WORD, draft).is_empty());
    }

    #[test]
    fn prose_that_mentions_sharing_is_not_noise() {
        assert!(lines(
            &SCRAPING_NOISE,
            "Les deux pays partagent une frontière longue de mille kilomètres, selon le ministère."
        )
        .is_empty());
    }
}
