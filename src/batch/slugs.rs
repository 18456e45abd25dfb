//! Slugs: one page per article once a site generator builds the batch.
//!
//! Articles of one folder about one subject compose the same slug ("france"), and Hugo keeps
//! one of the pages, Eleventy stops. Once every article is written, the batch goes through
//! them in the walk's order (sorted, so whatever `-j` and whichever worker finished first) and
//! gives an article whose slug an earlier one has the first free suffix: `france-2`,
//! `france-3`. Its front matter is rewritten (atomically, like any output) and the collision is
//! reported. Articles a resumed run left as they were keep the slug they were written with,
//! and count as taken.
//!
//! With `--name date-slug` the articles waited under a hidden name ([`super::job::pending_path`])
//! and are renamed here to `DATE-SLUG.md`, the slug settled.

use super::job::{Collision, Naming, Outcome, Status};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Settle the slugs of `outcomes` (in the walk's order) and name the articles. Returns an
/// I/O failure per article that could not be renamed or rewritten, as the outcome's failure.
pub fn settle(outcomes: &mut [Outcome], naming: Naming) {
    let mut taken: HashMap<String, PathBuf> = HashMap::with_capacity(outcomes.len());
    for outcome in outcomes.iter_mut() {
        let Some(slug) = slug_of(outcome) else {
            continue;
        };
        let unique = free_slug(&slug, &taken);
        if unique != slug {
            outcome.collision = Some(Collision {
                wanted: slug.clone(),
                taken_by: taken[&slug].clone(),
            });
        }
        taken.insert(unique.clone(), outcome.input.clone());
        if let Err(e) = place(outcome, &slug, &unique, naming) {
            outcome.status = Status::Failed;
            outcome.failure = Some(super::job::Failure {
                kind: "not written",
                message: format!("{}: {e}", outcome.output.display()),
            });
        }
    }
}

/// The slug an article has: the one it was just written with, or, for one a resumed run left
/// in place, the one in its front matter.
fn slug_of(outcome: &Outcome) -> Option<String> {
    match outcome.status {
        Status::Written => outcome.facts.as_ref().map(|f| f.slug.clone()),
        Status::UpToDate | Status::Kept => written_slug(&outcome.output),
        Status::NotFollowed | Status::Failed => None,
    }
}

fn written_slug(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let document = crate::checking::document::Document::parse(&text).ok()?;
    Some(document.front_matter?.slug?.value)
}

/// `slug`, or `slug-2`, `slug-3`… the first that no earlier article has.
fn free_slug(slug: &str, taken: &HashMap<String, PathBuf>) -> String {
    if !taken.contains_key(slug) {
        return slug.to_string();
    }
    (2..)
        .map(|n| format!("{slug}-{n}"))
        .find(|candidate| !taken.contains_key(candidate))
        .expect("a free suffix exists")
}

/// Give the written article its settled slug and, with `--name date-slug`, its name.
fn place(outcome: &mut Outcome, wanted: &str, slug: &str, naming: Naming) -> std::io::Result<()> {
    if outcome.status != Status::Written {
        return Ok(());
    }
    let Some(facts) = outcome.facts.as_mut() else {
        return Ok(());
    };
    facts.slug = slug.to_string();
    let from = outcome.output.clone();
    let to = match naming {
        Naming::Mirror => from.clone(),
        Naming::DateSlug => from.with_file_name(format!("{}-{slug}.md", facts.date)),
    };
    if wanted != slug {
        let text = std::fs::read_to_string(&from)?;
        let text = with_slug(&text, wanted, slug);
        crate::writing::write_atomic_with(&to, text.as_bytes(), crate::writing::BATCH_DURABILITY)?;
        if to != from {
            std::fs::remove_file(&from)?;
        }
    } else if to != from {
        std::fs::rename(&from, &to)?;
    }
    outcome.output = to;
    Ok(())
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
    use super::*;

    #[test]
    fn a_taken_slug_gets_the_first_free_suffix() {
        let mut taken = HashMap::new();
        assert_eq!(free_slug("france", &taken), "france");
        taken.insert("france".to_string(), PathBuf::from("a.txt"));
        taken.insert("france-2".to_string(), PathBuf::from("b.txt"));
        assert_eq!(free_slug("france", &taken), "france-3");
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
