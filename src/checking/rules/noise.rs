//! The scraping-noise rule.

use super::{Context, Rule, Violation};
use crate::checking::report::Severity;
use crate::structure::noise_family;

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
            let family = noise_family(&block.text)?;
            Some(Violation::new(
                block.position,
                format!("leftover scraping noise ({family}): « {} »", block.text),
            ))
        })
        .collect()
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

    #[test]
    fn prose_that_mentions_sharing_is_not_noise() {
        assert!(lines(
            &SCRAPING_NOISE,
            "Les deux pays partagent une frontière longue de mille kilomètres, selon le ministère."
        )
        .is_empty());
    }
}
