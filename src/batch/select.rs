//! Selection: which files of the input folder are articles.

use super::BatchError;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::path::Path;

/// The extensions of the formats redac reads: a folder's files it rewrites when `--glob` is
/// not given (`*.txt`…), the files a `--with` folder adds.
pub const EXTENSIONS: &[&str] = &[
    "txt",
    "md",
    "html",
    "htm",
    "mhtml",
    "mht",
    "webarchive",
    "xml",
    "eml",
    "docx",
    "odt",
    "rtf",
    "srt",
    "vtt",
];

/// Glob patterns matched against a file's path relative to the input folder.
///
/// `*` crosses folders, so `*.txt` selects the text files of the whole tree and
/// `2024/**/*.txt` those under `2024/`. Matching ignores case: archives that went through
/// Windows have `.TXT` files.
#[derive(Debug, Clone)]
pub struct Selection {
    set: GlobSet,
    patterns: Vec<String>,
}

impl Selection {
    /// The given patterns, or one for each of [`EXTENSIONS`] when there are none.
    pub fn new(patterns: &[String]) -> Result<Selection, BatchError> {
        let patterns: Vec<String> = if patterns.is_empty() {
            EXTENSIONS.iter().map(|x| format!("*.{x}")).collect()
        } else {
            patterns.to_vec()
        };
        let mut builder = GlobSetBuilder::new();
        for pattern in &patterns {
            let glob = GlobBuilder::new(pattern)
                .case_insensitive(true)
                .build()
                .map_err(|e| BatchError::Pattern(e.to_string()))?;
            builder.add(glob);
        }
        let set = builder
            .build()
            .map_err(|e| BatchError::Pattern(e.to_string()))?;
        Ok(Selection { set, patterns })
    }

    /// `relative` (a path inside the input folder) is an article to rewrite.
    pub fn matches(&self, relative: &Path) -> bool {
        self.set.is_match(relative)
    }

    /// The patterns, for messages ("*.txt, *.md, *.html, *.htm, *.xml, *.eml").
    pub fn describe(&self) -> String {
        self.patterns.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_selects_text_and_markdown_anywhere_in_the_tree() {
        let s = Selection::new(&[]).unwrap();
        assert!(s.matches(Path::new("a.txt")));
        assert!(s.matches(Path::new("2024/05/b.md")));
        assert!(s.matches(Path::new("C.TXT")));
        assert!(s.matches(Path::new("pigiste/papier.docx")));
        assert!(s.matches(Path::new("papier.odt")));
        assert!(s.matches(Path::new("textedit.rtf")));
        assert!(s.matches(Path::new("reportage.vtt")));
        assert!(!s.matches(Path::new("notes.pdf")));
    }

    #[test]
    fn patterns_can_pick_a_subfolder() {
        let s = Selection::new(&["2024/**/*.txt".to_string()]).unwrap();
        assert!(s.matches(Path::new("2024/05/a.txt")));
        assert!(!s.matches(Path::new("2023/a.txt")));
        assert!(Selection::new(&["[".to_string()]).is_err());
    }
}
