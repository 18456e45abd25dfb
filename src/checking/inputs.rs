//! Inputs: the paths named on the command line turned into drafts to read.
//!
//! A file is checked whatever its name; a directory is searched, recursively, for `*.md` and
//! `*.markdown` files, skipping hidden entries (`.git`, `.github`…); `-` is standard input.
//! Paths are shown relative to the working directory, the way CI annotations and editors want
//! them.

use super::report::{Failure, FileReport, Outcome};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// How standard input is named in reports.
pub const STDIN_NAME: &str = "<stdin>";

/// A draft to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File { path: PathBuf, display: String },
}

impl Input {
    pub fn display_path(&self) -> &str {
        match self {
            Input::Stdin => STDIN_NAME,
            Input::File { display, .. } => display,
        }
    }

    /// The text of the draft, without a byte-order mark; an error message if it cannot be read
    /// or is not UTF-8.
    pub fn read(&self) -> Result<String, String> {
        let bytes = match self {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
            }
            Input::File { path, .. } => std::fs::read(path),
        }
        .map_err(|e| format!("cannot read: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            )
        })?;
        Ok(text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text))
    }
}

/// The drafts named by `paths`, and a failed report for each path that names nothing
/// readable. `cwd` is what displayed paths are made relative to.
pub fn collect(paths: &[PathBuf], cwd: &Path) -> (Vec<Input>, Vec<FileReport>) {
    let mut inputs = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, cwd, &mut inputs, &mut failures);
        } else if path.exists() {
            inputs.push(file_input(path, cwd));
        } else {
            failures.push(failed(
                display_path(path, cwd),
                "no such file or directory".to_string(),
            ));
        }
    }
    inputs.sort_by(|a, b| a.display_path().cmp(b.display_path()));
    inputs.dedup();
    (inputs, failures)
}

fn walk(dir: &Path, cwd: &Path, inputs: &mut Vec<Input>, failures: &mut Vec<FileReport>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return failures.push(failed(
                display_path(dir, cwd),
                format!("cannot read directory: {e}"),
            ))
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, cwd, inputs, failures);
        } else if is_markdown(&path) {
            inputs.push(file_input(&path, cwd));
        }
    }
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

fn file_input(path: &Path, cwd: &Path) -> Input {
    Input::File {
        path: path.to_path_buf(),
        display: display_path(path, cwd),
    }
}

fn failed(path: String, message: String) -> FileReport {
    FileReport {
        path,
        outcome: Outcome::Failed(Failure {
            message,
            position: None,
        }),
    }
}

/// `path` relative to `cwd` when it is under it, without leading `./`.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let relative = path.strip_prefix(cwd).unwrap_or(path);
    let shown: PathBuf = relative
        .components()
        .skip_while(|c| matches!(c, Component::CurDir))
        .collect();
    if shown.as_os_str().is_empty() {
        ".".to_string()
    } else {
        shown.to_string_lossy().into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_yield_markdown_files_sorted_and_skip_hidden_ones() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path();
        std::fs::create_dir_all(dir.join("b")).unwrap();
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        for file in ["z.md", "b/a.markdown", "notes.txt", ".git/x.md", "a.MD"] {
            std::fs::write(dir.join(file), "x").unwrap();
        }
        let (inputs, failures) = collect(&[dir.to_path_buf(), dir.join("nope.md")], dir);
        let names: Vec<&str> = inputs.iter().map(Input::display_path).collect();
        assert_eq!(names, ["a.MD", "b/a.markdown", "z.md"]);
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].path, "nope.md");
    }

    #[test]
    fn displayed_paths_are_relative_to_the_working_directory() {
        let cwd = Path::new("/work/repo");
        assert_eq!(
            display_path(Path::new("/work/repo/drafts/a.md"), cwd),
            "drafts/a.md"
        );
        assert_eq!(display_path(Path::new("./drafts/a.md"), cwd), "drafts/a.md");
        assert_eq!(
            display_path(Path::new("/elsewhere/a.md"), cwd),
            "/elsewhere/a.md"
        );
    }

    #[test]
    fn byte_order_marks_are_dropped_and_binary_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let bom = dir.path().join("bom.md");
        std::fs::write(&bom, "\u{feff}---\n").unwrap();
        assert_eq!(file_input(&bom, dir.path()).read().unwrap(), "---\n");
        let binary = dir.path().join("bin.md");
        std::fs::write(&binary, [0x66, 0xff, 0xfe]).unwrap();
        assert!(file_input(&binary, dir.path())
            .read()
            .unwrap_err()
            .contains("not UTF-8"));
    }
}
