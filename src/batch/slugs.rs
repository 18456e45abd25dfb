//! Slugs: one page per article once a site generator builds the batch.
//!
//! Articles of one folder about one subject compose the same slug ("france"), and Hugo keeps
//! one of the pages, Eleventy stops. The batch settles each article's slug in the walk's order
//! (the order of the paths, whatever `-j` and whichever worker finished first; see
//! [`super::order`]) before the article is written: one whose slug an earlier article has gets
//! the first free suffix, `france-2`, `france-3`, and the collision is reported. Articles a
//! resumed run leaves as they were keep the slug they were written with, and count as taken.
//!
//! With `--name date-slug` the article's name, `DATE-SLUG.md`, is given here too, the slug
//! settled.

use super::job::{Collision, Naming, Prepared, Status};
use std::collections::HashMap;
use std::path::PathBuf;

/// The slugs the articles before this one in the walk have.
#[derive(Debug, Default)]
pub struct Slugs {
    /// Each slug taken, with the input that has it.
    taken: HashMap<String, PathBuf>,
    /// For each slug wanted again, the suffix from which one may be free: every one below it
    /// is taken, and slugs taken are never freed, so the next article wanting it looks on
    /// from there. A folder of thousands of articles on one subject looked every suffix up
    /// again for each: work growing as the square of the batch.
    next_suffix: HashMap<String, usize>,
}

impl Slugs {
    /// Settle the slug of the next article in the walk's order, and name it: the article's text
    /// and outcome get a suffixed slug when an earlier article has its own.
    pub fn settle(&mut self, prepared: &mut Prepared, naming: Naming) {
        let Some(wanted) = wanted(prepared) else {
            return;
        };
        let slug = self.free_slug(&wanted);
        let outcome = &mut prepared.outcome;
        if slug != wanted {
            outcome.collision = Some(Collision {
                wanted: wanted.clone(),
                taken_by: self.taken[&wanted].clone(),
            });
        }
        if let Some(facts) = outcome.facts.as_mut() {
            if slug != wanted {
                if let Some(article) = prepared.article.as_mut() {
                    *article = with_slug(article, &wanted, &slug);
                }
            }
            if naming == Naming::DateSlug {
                let name = format!("{}-{slug}.md", facts.date);
                outcome.output = outcome.output.with_file_name(name);
            }
            facts.slug = slug.clone();
        }
        self.taken.insert(slug, outcome.input.clone());
    }

    /// `slug`, or `slug-2`, `slug-3`… the first that no earlier article has.
    fn free_slug(&mut self, slug: &str) -> String {
        if !self.taken.contains_key(slug) {
            return slug.to_string();
        }
        let from = self.next_suffix.entry(slug.to_string()).or_insert(2);
        let (n, free) = (*from..)
            .map(|n| (n, format!("{slug}-{n}")))
            .find(|(_, candidate)| !self.taken.contains_key(candidate))
            .expect("a free suffix exists");
        // Taken once settled: the next article wanting `slug` looks on from the one after.
        *from = n + 1;
        free
    }
}

/// The slug an article wants: the one it was just composed with, or, for one a resumed run
/// leaves in place, the one in its front matter.
fn wanted(prepared: &Prepared) -> Option<String> {
    match prepared.outcome.status {
        Status::Written => prepared.outcome.facts.as_ref().map(|f| f.slug.clone()),
        Status::UpToDate | Status::Kept => prepared.kept_slug.clone(),
        Status::NotFollowed | Status::Failed => None,
    }
}

/// `text` with the front matter's slug line changed: `slug: "a"` (YAML) or `slug = "a"`
/// (TOML). Slugs are ASCII letters, digits and hyphens, so the line is exactly this. An article
/// without front matter has no slug line and is left as it is.
fn with_slug(text: &str, wanted: &str, slug: &str) -> String {
    for (old, new) in [
        (
            format!("\nslug: \"{wanted}\"\n"),
            format!("\nslug: \"{slug}\"\n"),
        ),
        (
            format!("\nslug = \"{wanted}\"\n"),
            format!("\nslug = \"{slug}\"\n"),
        ),
    ] {
        if let Some(at) = text.find(&old) {
            let mut out = String::with_capacity(text.len() + 4);
            out.push_str(&text[..at]);
            out.push_str(&new);
            out.push_str(&text[at + old.len()..]);
            return out;
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::job::{Facts, Outcome};
    use super::*;

    fn article(input: &str, slug: &str) -> Prepared {
        Prepared {
            outcome: Outcome {
                input: PathBuf::from(input),
                output: PathBuf::from(input).with_extension("md"),
                status: Status::Written,
                facts: Some(Facts {
                    words: 700,
                    brief_met: true,
                    check_errors: Vec::new(),
                    keyphrase: "france".into(),
                    density: 1.0,
                    slug: slug.into(),
                    date: "2024-05-26".into(),
                    date_source: crate::dates::DateSource::Source,
                }),
                failure: None,
                bytes: 0,
                collision: None,
            },
            article: Some(format!("---\nslug: \"{slug}\"\n---\n\nTexte.\n")),
            kept_slug: None,
            output_was_free: false,
        }
    }

    #[test]
    fn an_article_is_settled_before_it_is_written_text_and_report_alike() {
        let mut slugs = Slugs::default();
        let mut first = article("in/a.txt", "france");
        let mut second = article("in/b.txt", "france");
        slugs.settle(&mut first, Naming::Mirror);
        slugs.settle(&mut second, Naming::Mirror);
        assert!(first.outcome.collision.is_none());
        assert_eq!(
            first.article.as_deref(),
            Some("---\nslug: \"france\"\n---\n\nTexte.\n")
        );
        let collision = second.outcome.collision.as_ref().unwrap();
        assert_eq!(collision.wanted, "france");
        assert_eq!(collision.taken_by, PathBuf::from("in/a.txt"));
        assert_eq!(second.outcome.facts.as_ref().unwrap().slug, "france-2");
        assert_eq!(
            second.article.as_deref(),
            Some("---\nslug: \"france-2\"\n---\n\nTexte.\n")
        );
        assert_eq!(second.outcome.output, PathBuf::from("in/b.md"));
    }

    #[test]
    fn an_article_left_by_a_resumed_run_keeps_its_slug_and_takes_it() {
        let mut slugs = Slugs::default();
        let mut kept = article("in/a.txt", "france");
        kept.outcome.status = Status::UpToDate;
        kept.outcome.facts = None;
        kept.article = None;
        kept.kept_slug = Some("france".into());
        let mut new = article("in/b.txt", "france");
        slugs.settle(&mut kept, Naming::Mirror);
        slugs.settle(&mut new, Naming::Mirror);
        assert!(kept.outcome.collision.is_none());
        assert_eq!(new.outcome.facts.as_ref().unwrap().slug, "france-2");
    }

    #[test]
    fn date_slug_names_the_article_with_its_settled_slug() {
        let mut slugs = Slugs::default();
        let mut first = article("in/a.txt", "france");
        let mut second = article("in/monde/b.txt", "france");
        slugs.settle(&mut first, Naming::DateSlug);
        slugs.settle(&mut second, Naming::DateSlug);
        assert_eq!(
            first.outcome.output,
            PathBuf::from("in/2024-05-26-france.md")
        );
        assert_eq!(
            second.outcome.output,
            PathBuf::from("in/monde/2024-05-26-france-2.md")
        );
    }

    #[test]
    fn a_failed_input_takes_no_slug() {
        let mut slugs = Slugs::default();
        let mut failed = article("in/a.txt", "france");
        failed.outcome.status = Status::Failed;
        let mut next = article("in/b.txt", "france");
        slugs.settle(&mut failed, Naming::Mirror);
        slugs.settle(&mut next, Naming::Mirror);
        assert!(next.outcome.collision.is_none());
    }

    #[test]
    fn a_taken_slug_gets_the_first_free_suffix() {
        let mut slugs = Slugs::default();
        assert_eq!(slugs.free_slug("france"), "france");
        slugs
            .taken
            .insert("france".to_string(), PathBuf::from("a.txt"));
        slugs
            .taken
            .insert("france-2".to_string(), PathBuf::from("b.txt"));
        assert_eq!(slugs.free_slug("france"), "france-3");
    }

    /// The first free suffix, every one looked up from 2: what the remembered suffix must
    /// give.
    fn first_free(slug: &str, taken: &HashMap<String, PathBuf>) -> String {
        if !taken.contains_key(slug) {
            return slug.to_string();
        }
        (2..)
            .map(|n| format!("{slug}-{n}"))
            .find(|candidate| !taken.contains_key(candidate))
            .unwrap()
    }

    proptest::proptest! {
        /// Articles settled one after another get the first free suffix whatever the earlier
        /// ones wanted: "france-3" wanted before "france" is twice taken, "france-2" after.
        #[test]
        fn the_remembered_suffix_is_the_first_free(
            wanted in proptest::collection::vec("(france|france-2|france-3|monde|monde-2)", 0..40)
        ) {
            let mut slugs = Slugs::default();
            for (i, slug) in wanted.iter().enumerate() {
                let expected = first_free(slug, &slugs.taken);
                let free = slugs.free_slug(slug);
                proptest::prop_assert_eq!(&free, &expected);
                slugs.taken.insert(free, PathBuf::from(format!("{i}.txt")));
            }
        }
    }

    #[test]
    fn the_slug_line_is_replaced_in_yaml_and_toml() {
        let yaml = "---\ntitle: \"slug: \\\"x\\\"\"\nslug: \"x\"\n---\n\nslug: \"x\"\n";
        assert_eq!(
            with_slug(yaml, "x", "x-2"),
            "---\ntitle: \"slug: \\\"x\\\"\"\nslug: \"x-2\"\n---\n\nslug: \"x\"\n"
        );
        assert_eq!(
            with_slug("+++\nslug = \"x\"\n+++\n", "x", "x-2"),
            "+++\nslug = \"x-2\"\n+++\n"
        );
        assert_eq!(with_slug("# Titre\n", "x", "x-2"), "# Titre\n");
    }
}
