//! Outputs: where redac may write. Inputs are never written: an output path (`-o`,
//! `--report`, a batch's articles) that resolves to an input file, or into a folder given as
//! input (`--with DIR` included), is refused before anything is written.
//!
//! Paths are compared resolved (symbolic links, `..`, a missing last component) and, for files
//! that exist, by device and inode, so a hard link or another spelling of an input is caught.

use std::path::{Path, PathBuf};
use thiserror::Error;

/// An output that would land on an input.
#[derive(Debug, Error, PartialEq)]
pub enum Overlap {
    #[error("{output}: refusing to overwrite the input {input}")]
    OntoInput { output: PathBuf, input: PathBuf },
    #[error("{output}: refusing to write into the input folder {input}")]
    IntoInputFolder { output: PathBuf, input: PathBuf },
    #[error("{0}: given for two outputs; each needs its own file")]
    TwoOutputs(PathBuf),
}

/// Refuse any output that is an input file, lies inside an input folder, or is named twice.
/// Inputs that do not exist (standard input's `-`) are no file to protect.
pub fn refuse_overlap(outputs: &[&Path], inputs: &[&Path]) -> Result<(), Overlap> {
    let resolved: Vec<(&Path, PathBuf)> = outputs
        .iter()
        .filter_map(|o| resolve(o).ok().map(|r| (*o, r)))
        .collect();
    for (i, (output, out)) in resolved.iter().enumerate() {
        if resolved[..i].iter().any(|(_, other)| other == out) {
            return Err(Overlap::TwoOutputs(output.to_path_buf()));
        }
        for input in inputs {
            check_one(output, out, input)?;
        }
    }
    Ok(())
}

fn check_one(output: &Path, out: &Path, input: &Path) -> Result<(), Overlap> {
    let Ok(inp) = std::fs::canonicalize(input) else {
        return Ok(());
    };
    let overlap = |into_folder| {
        let (output, input) = (output.to_path_buf(), input.to_path_buf());
        Err(if into_folder {
            Overlap::IntoInputFolder { output, input }
        } else {
            Overlap::OntoInput { output, input }
        })
    };
    if inp.is_dir() {
        return if out.starts_with(&inp) {
            overlap(true)
        } else {
            Ok(())
        };
    }
    if out == inp || same_inode(out, &inp) {
        return overlap(false);
    }
    Ok(())
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_: &Path, _: &Path) -> bool {
    false
}

/// `path` made absolute with its symbolic links resolved, even when its last components do
/// not exist yet (an output is usually created by the run).
pub fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    use std::path::Component;
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut missing: Vec<Component> = Vec::new();
    loop {
        match std::fs::canonicalize(existing) {
            Ok(mut resolved) => {
                for component in missing.iter().rev() {
                    match component {
                        Component::ParentDir => {
                            resolved.pop();
                        }
                        Component::CurDir => {}
                        other => resolved.push(other),
                    }
                }
                return Ok(resolved);
            }
            Err(e) => {
                let (Some(parent), Some(last)) =
                    (existing.parent(), existing.components().next_back())
                else {
                    return Err(e);
                };
                missing.push(last);
                existing = parent;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_onto_inputs_or_into_input_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let lead = dir.path().join("lead.txt");
        let related = dir.path().join("dossier");
        std::fs::create_dir(&related).unwrap();
        std::fs::write(&lead, "a").unwrap();
        std::fs::write(related.join("b.txt"), "b").unwrap();
        let inputs = [lead.as_path(), related.as_path(), Path::new("-")];
        let refused = |out: PathBuf| refuse_overlap(&[&out], &inputs).is_err();
        assert!(refused(lead.clone()));
        assert!(refused(dir.path().join("dossier/../lead.txt")));
        assert!(refused(related.join("b.txt")));
        assert!(refused(related.join("new/article.md")));
        assert!(!refused(dir.path().join("article.md")));
        std::fs::hard_link(&lead, dir.path().join("link.txt")).unwrap();
        assert!(refused(dir.path().join("link.txt")));
        let same = dir.path().join("a.md");
        assert_eq!(
            refuse_overlap(&[&same, &dir.path().join("./a.md")], &inputs),
            Err(Overlap::TwoOutputs(dir.path().join("./a.md")))
        );
    }
}
