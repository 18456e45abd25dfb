//! Title rules: present, short enough for a results page, led by the keyphrase, and alone.

use super::{Context, Rule, Violation};
use crate::checking::document::TitleSource;
use crate::checking::measures::visible_length;
use crate::checking::report::Severity;

pub const TITLE_PRESENT: Rule = Rule {
    id: "title-present",
    severity: Severity::Error,
    summary: "The draft has a title (front matter `title`, or a first `# ` heading).",
    doc: "Fails when the draft has no title: neither a non-empty `title` field in the front \
matter nor, in a draft without one, an H1 heading (what `rewrite --front-matter none` writes). \
The title is what the page's <title> and <h1> show and what a results page links; an article \
without one cannot be published. The finding points at line 1.",
    check: title_present,
};

fn title_present(cx: &Context) -> Vec<Violation> {
    if cx.doc.title().is_some_and(|t| !t.text.trim().is_empty()) {
        return Vec::new();
    }
    vec![Violation::new(
        cx.doc.front_matter_position(),
        "no title: set `title` in the front matter, or start the body with a `# ` heading",
    )]
}

pub const TITLE_LENGTH: Rule = Rule {
    id: "title-length",
    severity: Severity::Error,
    summary: "The title has at most 60 characters.",
    doc: "Counts the title's characters as a reader sees them (grapheme clusters) and fails \
above `title-max-chars`. Google cuts titles on results pages at about 600 pixels, some 60 \
characters, and Yoast's SEO title width check uses the same figure; a cut title loses its end, \
often the words that made it specific. The default is 60.",
    check: title_length,
};

fn title_length(cx: &Context) -> Vec<Violation> {
    let max = cx.settings.thresholds.title_max_chars;
    let Some(title) = cx.doc.title() else {
        return Vec::new();
    };
    let chars = visible_length(title.text.trim());
    if chars <= max {
        return Vec::new();
    }
    vec![Violation::new(
        title.position,
        format!("the title has {chars} characters (at most {max})"),
    )]
}

pub const TITLE_KEYPHRASE: Rule = Rule {
    id: "title-keyphrase",
    severity: Severity::Error,
    summary: "The title contains the focus keyphrase.",
    doc: "Fails when the content words of the focus keyphrase (any inflection, matched by stem as \
`rewrite` matches them) are not all in the title. The title is what a results page shows and \
links: a page whose title does not name what the reader searched for is rarely clicked, and \
search engines weigh the title most. This is the failing grade of Yoast's keyphrase-in-SEO-title \
assessment; where the keyphrase is in the title but not at its start (Yoast's middle grade), \
`title-keyphrase-start` warns. Example: the title \"Au Japon, les petits cadeaux aux \
centenaires\" passes for the keyphrase \"centenaires\" and fails for \"mairies\". Skipped when \
there is no title or no keyphrase (other rules report those).",
    check: title_keyphrase,
};

fn title_keyphrase(cx: &Context) -> Vec<Violation> {
    let (Some(title), Some(keyphrase)) = (cx.doc.title(), cx.measures.keyphrase.as_ref()) else {
        return Vec::new();
    };
    if keyphrase.is_in(title.text) {
        return Vec::new();
    }
    vec![Violation::new(
        title.position,
        format!(
            "the title does not contain the keyphrase « {} »",
            keyphrase.text
        ),
    )]
}

pub const TITLE_KEYPHRASE_START: Rule = Rule {
    id: "title-keyphrase-start",
    severity: Severity::Warning,
    summary: "The title starts with the focus keyphrase.",
    doc: "Warns when the title contains the focus keyphrase but not within its first words: as \
many as the keyphrase has, plus three, so \"Poutine et Loukachenko discutent…\" starts with the \
keyphrase \"Poutine\". Search engines weigh the start of a title most and readers scan it first; \
Yoast grades a keyphrase found later in the title as only \"OK\". A warning, not an error: the \
journalist's headline (a quote, a question) may name the topic late, and rewriting it to move \
the keyphrase would betray it. Skipped when the title lacks the keyphrase altogether \
(`title-keyphrase` reports that).",
    check: title_keyphrase_start,
};

fn title_keyphrase_start(cx: &Context) -> Vec<Violation> {
    let (Some(title), Some(keyphrase)) = (cx.doc.title(), cx.measures.keyphrase.as_ref()) else {
        return Vec::new();
    };
    // The composer's own definition: what `rewrite` aims for, `check` measures.
    if !keyphrase.is_in(title.text)
        || crate::composing::title::starts_with_keyphrase(title.text, keyphrase)
    {
        return Vec::new();
    }
    vec![Violation::new(
        title.position,
        format!(
            "the title does not start with the keyphrase « {} »",
            keyphrase.text
        ),
    )]
}

pub const SINGLE_TITLE: Rule = Rule {
    id: "single-title",
    severity: Severity::Error,
    summary: "One title in all: no H1 in the body when the front matter has a title.",
    doc: "Fails for each H1 heading in the body of a draft whose front matter has a title (the \
site renders that title as the page's H1, so a second one competes with it), and, in a draft \
without a front matter title, for each H1 after the first. A page should have exactly one H1; \
this is markdownlint's MD025 (single-title) with front matter taken into account.",
    check: single_title,
};

fn single_title(cx: &Context) -> Vec<Violation> {
    let title_source = cx.doc.title().map(|t| t.source);
    let allowed = usize::from(title_source == Some(TitleSource::Heading));
    cx.doc
        .headings()
        .filter(|b| b.heading_level() == Some(1))
        .skip(allowed)
        .map(|b| {
            let message = if title_source == Some(TitleSource::FrontMatter) {
                format!(
                    "H1 « {} » in the body: the front matter already gives the title",
                    b.text
                )
            } else {
                format!("second H1 « {} »: a draft has one title", b.text)
            };
            Violation::new(b.position, message)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{lines, violations};
    use super::*;

    #[test]
    fn title_present_accepts_front_matter_or_h1() {
        assert!(lines(&TITLE_PRESENT, "---\ntitle: \"Un titre\"\n---\nTexte.").is_empty());
        assert!(lines(&TITLE_PRESENT, "# Un titre\n\nTexte.").is_empty());
        assert_eq!(lines(&TITLE_PRESENT, "---\nslug: x\n---\nTexte."), vec![1]);
        assert_eq!(
            lines(&TITLE_PRESENT, "---\ntitle: \"\"\n---\nTexte."),
            vec![1]
        );
    }

    #[test]
    fn title_length_counts_characters_not_bytes() {
        let sixty_accented = "é".repeat(60);
        assert!(lines(
            &TITLE_LENGTH,
            &format!("---\ntitle: \"{sixty_accented}\"\n---\n")
        )
        .is_empty());
        let found = violations(&TITLE_LENGTH, &format!("\n# {sixty_accented}e\n"));
        assert_eq!(
            found,
            vec![(2, "the title has 61 characters (at most 60)".to_string())]
        );
    }

    #[test]
    fn title_keyphrase_needs_every_content_word_in_the_title() {
        let draft = |title: &str, keyphrase: &str| {
            format!("---\ntitle: \"{title}\"\nkeyphrase: \"{keyphrase}\"\n---\n")
        };
        // Real headlines of the corpus: the keyphrase late in the title is in it.
        let quote = "« Je ne sais pas si Victor Wembanyama a vraiment progressé »";
        assert!(lines(&TITLE_KEYPHRASE, &draft(quote, "Victor Wembanyama")).is_empty());
        assert_eq!(lines(&TITLE_KEYPHRASE, &draft(quote, "Asvel")), vec![2]);
        assert_eq!(
            lines(&TITLE_KEYPHRASE, &draft(quote, "Victor Hugo")),
            vec![2]
        );
    }

    #[test]
    fn title_keyphrase_start_warns_only_when_the_keyphrase_comes_late() {
        let draft = |title: &str, keyphrase: &str| {
            format!("---\ntitle: \"{title}\"\nkeyphrase: \"{keyphrase}\"\n---\n")
        };
        let late = "S’allier avec Israël sans abandonner les Palestiniens";
        assert_eq!(
            lines(&TITLE_KEYPHRASE_START, &draft(late, "Palestiniens")),
            vec![2]
        );
        assert!(lines(&TITLE_KEYPHRASE_START, &draft(late, "Israël")).is_empty());
        // Absent altogether: `title-keyphrase` reports it, not this rule.
        assert!(lines(&TITLE_KEYPHRASE_START, &draft(late, "Rabat")).is_empty());
    }

    #[test]
    fn title_keyphrase_start_allows_a_short_lead_in() {
        let draft = |title: &str, keyphrase: &str| {
            format!("---\ntitle: \"{title}\"\nkeyphrase: \"{keyphrase}\"\n---\n")
        };
        assert!(lines(
            &TITLE_KEYPHRASE_START,
            &draft("Poutine et Loukachenko discutent", "Loukachenko")
        )
        .is_empty());
        assert!(lines(
            &TITLE_KEYPHRASE_START,
            &draft("Les armes nucléaires arrivent", "arme nucléaire")
        )
        .is_empty());
        assert_eq!(
            lines(
                &TITLE_KEYPHRASE_START,
                &draft(
                    "À Moscou, le président russe a reçu Loukachenko",
                    "Loukachenko"
                )
            ),
            vec![2]
        );
    }

    #[test]
    fn single_title_flags_body_h1_under_a_front_matter_title() {
        assert_eq!(
            lines(&SINGLE_TITLE, "---\ntitle: \"T\"\n---\n\n# T\n\nTexte.\n"),
            vec![5]
        );
        assert!(lines(&SINGLE_TITLE, "# T\n\nTexte.\n\n## Partie\n").is_empty());
        assert_eq!(lines(&SINGLE_TITLE, "# T\n\nTexte.\n\n# Autre\n"), vec![5]);
    }
}
