//! Fixing: the mends of the mechanical typography rules (apostrophes, no-break spaces, French
//! quotes, ellipses) applied to a draft, as `check --fix` writes them and `check --diff` shows
//! them.
//!
//! A mend is made only where the rule is on for that line (configuration and directives, as
//! for findings), where the file's bytes are the text the rule read (not inside an escape, an
//! entity or inline code), and where it overlaps no other mend. A draft whose mended text
//! would no longer parse is left as it is. Files are rewritten atomically (a temporary file in
//! the same folder, renamed over the draft) with the draft's permissions.

use super::config::Settings;
use super::document::Document;
use super::pieces::Edit;
use super::rules::{self, typography::FIXABLE};
use super::DocumentError;
use std::io::Write;
use std::path::Path;

/// A draft's text after its mends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// How many mends were made.
    pub fixes: usize,
}

/// The mends `settings` allow in `text`, applied.
pub fn fix_text(text: &str, settings: &Settings) -> Result<Fixed, DocumentError> {
    let doc = Document::parse(text)?;
    let mut edits = Vec::new();
    for (id, find) in FIXABLE {
        let on = rules::find(id).is_some_and(|rule| settings.is_enabled(rule));
        if !on || doc.directives.disables(id) {
            continue;
        }
        let directives = doc.directives.for_rule(id);
        edits.extend(
            find(&doc)
                .into_iter()
                .filter(|found| !directives.suppresses(found.position.line))
                .filter_map(|found| found.edit),
        );
    }
    let fixed = apply(text, edits);
    if fixed.fixes > 0 && Document::parse(&fixed.text).is_err() {
        return Ok(Fixed {
            text: text.to_string(),
            fixes: 0,
        });
    }
    Ok(fixed)
}

/// Apply `edits` in file order, skipping any that overlaps one already made.
fn apply(text: &str, mut edits: Vec<Edit>) -> Fixed {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut fixes = 0;
    for edit in edits {
        if edit.range.start < at || !text.is_char_boundary(edit.range.start) {
            continue;
        }
        out.push_str(&text[at..edit.range.start]);
        out.push_str(&edit.replacement);
        at = edit.range.end;
        fixes += 1;
    }
    out.push_str(&text[at..]);
    Fixed { text: out, fixes }
}

/// A unified diff from `old` to `new`, headed with `path`, as `git diff` prints it.
pub fn diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// Replace the file at `path` with `contents` atomically, keeping its permissions. A
/// symbolic link is followed: the file it points to is rewritten, the link stays.
pub fn write_keeping_mode(path: &Path, contents: &str) -> std::io::Result<()> {
    let path = std::fs::canonicalize(path)?;
    let permissions = std::fs::metadata(&path)?.permissions();
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".redac-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    tmp.as_file().set_permissions(permissions)?;
    tmp.as_file().sync_all()?;
    tmp.persist(&path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> String {
        fix_text(text, &Settings::default()).unwrap().text
    }

    #[test]
    fn the_typography_rules_mend_the_body() {
        assert_eq!(
            fixed("Il dit : \"l'armée...\" ; oui!\n"),
            "Il dit\u{a0}: «\u{a0}l’armée…\u{a0}»\u{202f}; oui\u{202f}!\n"
        );
        assert_eq!(fixed("Un <<mot>> ici.\n"), "Un «\u{a0}mot\u{a0}» ici.\n");
    }

    /// Emoji are taken out with the space each leaves.
    #[test]
    fn emoji_are_taken_out() {
        assert_eq!(
            fixed("## 🔴 Travaux 🚧\n\n👉 Une déviation ✅ sera en place 🚲.\n"),
            "## Travaux\n\nUne déviation sera en place.\n"
        );
    }

    #[test]
    fn code_escapes_and_odd_quotes_are_left_alone() {
        for text in [
            "Le `l'code` et \\'x.\n",
            "Un \"seul guillemet.\n",
            "```\nl'a : b\n```\n",
            "Fini.\n",
        ] {
            assert_eq!(fixed(text), text);
        }
    }

    #[test]
    fn the_front_matter_title_and_description_are_mended() {
        let text = "---\ntitle: \"L'été : chaud\"\ndescription: Un été...\n---\n\nTexte.\n";
        assert_eq!(
            fixed(text),
            "---\ntitle: \"L’été\u{a0}: chaud\"\ndescription: Un été…\n---\n\nTexte.\n"
        );
    }

    #[test]
    fn rules_switched_off_are_not_mended() {
        let text = "L'un.\n\nL'autre. <!-- redac-disable-line straight-apostrophe -->\n";
        assert_eq!(
            fixed(text),
            "L’un.\n\nL'autre. <!-- redac-disable-line straight-apostrophe -->\n"
        );
        let mut settings = Settings::default();
        settings.disable("straight-apostrophe").unwrap();
        assert_eq!(fix_text("L'un.\n", &settings).unwrap().fixes, 0);
    }

    #[test]
    fn a_fixed_draft_has_no_mechanical_finding_left() {
        let text = "---\ntitle: \"Un : titre\"\n---\n\nIl dit : \"l'armée...\" et <<non>> !\n";
        let after = fixed(text);
        let check = crate::checking::check_text(&after, &Settings::default()).unwrap();
        let left: Vec<&str> = check
            .findings
            .iter()
            .map(|f| f.rule)
            .filter(|r| FIXABLE.iter().any(|(id, _)| id == r))
            .collect();
        assert!(left.is_empty(), "{left:?} in {after:?}");
    }

    #[cfg(unix)]
    #[test]
    fn writes_keep_the_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, "x").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_keeping_mode(&path, "y").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "y");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    #[test]
    fn diffs_are_unified() {
        let d = diff("a.md", "un\ndeux\n", "un\ntrois\n");
        assert!(d.starts_with("--- a/a.md\n+++ b/a.md\n"), "{d}");
        assert!(d.contains("-deux\n+trois\n"));
    }
}
