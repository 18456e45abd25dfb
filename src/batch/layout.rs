//! Layout: where each input's article goes, and the refusals that keep inputs safe.
//!
//! The output tree mirrors the input tree: `IN/2024/05/depeche.txt` becomes
//! `OUT/2024/05/depeche.md`. Three layouts are refused before anything is written, because in
//! each an output could replace an input or be read back as one on the next run:
//! - OUT is IN;
//! - OUT is inside IN and the selection would pick up its `.md` files (with `--glob '*.txt'`
//!   it would not, and the walk never enters OUT anyway);
//! - IN is inside OUT and the mirrored tree would land inside IN.

use super::select::Selection;
use super::BatchError;
use std::path::{Path, PathBuf};

/// The input and output folders, as given (for messages) and resolved (for comparisons).
#[derive(Debug, Clone)]
pub struct Layout {
    input: PathBuf,
    output: PathBuf,
    input_root: PathBuf,
    output_root: PathBuf,
}

impl Layout {
    pub fn new(input: &Path, output: &Path, selection: &Selection) -> Result<Layout, BatchError> {
        let input_root = std::fs::canonicalize(input).map_err(|e| BatchError::io(input, e))?;
        if output.exists() && !output.is_dir() {
            return Err(BatchError::OutputNotAFolder(output.to_path_buf()));
        }
        let output_root = resolve(output).map_err(|e| BatchError::io(output, e))?;
        let layout = Layout {
            input: input.to_path_buf(),
            output: output.to_path_buf(),
            input_root,
            output_root,
        };
        layout.refuse_overlap(selection)?;
        Ok(layout)
    }

    fn refuse_overlap(&self, selection: &Selection) -> Result<(), BatchError> {
        if self.output_root == self.input_root {
            return Err(BatchError::SameFolder(self.output.clone()));
        }
        if let Ok(inside) = self.output_root.strip_prefix(&self.input_root) {
            if selection.matches(&inside.join("article.md")) {
                return Err(BatchError::OutputReadBack {
                    output: self.output.clone(),
                    selection: selection.describe(),
                });
            }
        }
        if let Ok(mirrored) = self.input_root.strip_prefix(&self.output_root) {
            if self.input_root.join(mirrored).exists() {
                return Err(BatchError::OutputOverInput(self.input.join(mirrored)));
            }
        }
        Ok(())
    }

    /// The input folder, resolved: every folder the walk visits starts with it.
    pub fn input_root(&self) -> &Path {
        &self.input_root
    }

    /// `dir` (a resolved path) is the output folder, which the walk must not enter.
    pub fn is_output_folder(&self, dir: &Path) -> bool {
        dir == self.output_root
    }

    /// The input file at `relative`, as the user named it.
    pub fn input_path(&self, relative: &Path) -> PathBuf {
        self.input.join(relative)
    }

    /// The article written for the input at `relative`.
    pub fn output_path(&self, relative: &Path) -> PathBuf {
        self.output.join(relative).with_extension("md")
    }

    /// The output folder as given; created before the first article is written.
    pub fn output_folder(&self) -> &Path {
        &self.output
    }
}

/// `path` resolved even when its last components do not exist yet: see
/// [`crate::outputs::resolve`].
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    crate::outputs::resolve(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(patterns: &[&str]) -> Selection {
        Selection::new(&patterns.iter().map(|p| p.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn outputs_mirror_inputs_with_the_md_extension() {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::new(dir.path(), &dir.path().join("../out"), &selection(&[])).unwrap();
        assert_eq!(
            layout.output_path(Path::new("2024/a.txt")),
            dir.path().join("../out/2024/a.md")
        );
        assert_eq!(
            layout.output_path(Path::new("b.md")),
            dir.path().join("../out/b.md")
        );
    }

    #[test]
    fn overlapping_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        std::fs::create_dir_all(input.join("in")).unwrap();
        let any = selection(&[]);
        assert!(matches!(
            Layout::new(&input, &input, &any),
            Err(BatchError::SameFolder(_))
        ));
        let inside = input.join("out");
        assert!(matches!(
            Layout::new(&input, &inside, &any),
            Err(BatchError::OutputReadBack { .. })
        ));
        assert!(Layout::new(&input, &inside, &selection(&["*.txt"])).is_ok());
        assert!(matches!(
            Layout::new(&input, dir.path(), &any),
            Err(BatchError::OutputOverInput(_))
        ));
    }

    #[test]
    fn a_missing_output_folder_resolves_through_its_existing_parent() {
        let dir = tempfile::tempdir().unwrap();
        let resolved = resolve(&dir.path().join("a/../b/c")).unwrap();
        assert_eq!(
            resolved,
            std::fs::canonicalize(dir.path()).unwrap().join("b/c")
        );
    }
}
