//! Inputs: the paths named on the command line turned into drafts to read.
//!
//! A file named on the command line is checked whatever its name; a directory is walked for
//! `*.md`, `*.markdown` and `*.mdx` files (MDX: the pages of Astro, Next.js and Docusaurus
//! sites) the way ripgrep walks (the `ignore` crate): hidden entries, what `.gitignore` and
//! `.ignore` files list, `node_modules` folders and the configuration's `exclude` patterns are
//! skipped, and symbolic links are not followed, so a link loop cannot
//! make the walk endless. A path that does not exist but holds a glob (`drafts/**/*.md`,
//! quoted so the shell leaves it alone) walks the folder before its first wildcard for the
//! files it matches. `-` is standard input. Special files (FIFOs, devices) are refused unless
//! piped through `-`, and no read goes past `--max-bytes`. Paths are shown relative to the
//! working directory, the way CI annotations and editors want them.

use super::report::{Failure, FileReport, Outcome};
use super::resolve::Resolver;
use globset::{GlobBuilder, GlobMatcher};
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

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

    /// The file's path; `None` for standard input.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::Stdin => None,
            Input::File { path, .. } => Some(path),
        }
    }

    /// The text of the draft, without a byte-order mark; an error message if it cannot be read,
    /// is larger than `max_bytes` (reading stops there) or is not UTF-8.
    pub fn read(&self, max_bytes: usize) -> Result<String, String> {
        let reader: Box<dyn Read> = match self {
            Input::Stdin => Box::new(std::io::stdin().lock()),
            Input::File { path, .. } => {
                Box::new(std::fs::File::open(path).map_err(|e| format!("cannot read: {e}"))?)
            }
        };
        let mut bytes = Vec::new();
        let limit = u64::try_from(max_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        reader
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read: {e}"))?;
        if bytes.len() > max_bytes {
            return Err(format!(
                "larger than {max_bytes} bytes (--max-bytes): not checked"
            ));
        }
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
/// readable. `cwd` is what displayed paths are made relative to; `resolver` says which files a
/// walk excludes.
pub fn collect(
    paths: &[PathBuf],
    cwd: &Path,
    resolver: &Arc<Resolver>,
) -> (Vec<Input>, Vec<FileReport>) {
    let mut found = Found::default();
    for path in paths {
        if path.as_os_str() == "-" {
            found.inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, None, cwd, resolver, &mut found);
        } else if let Ok(metadata) = path.metadata() {
            if metadata.is_file() {
                found.inputs.push(file_input(path, cwd));
            } else {
                found.fail(
                    display_path(path, cwd),
                    "not a regular file (a FIFO or a device): pipe it through `-`",
                );
            }
        } else if let Some((base, matcher)) = glob_argument(path) {
            walk(&base, Some(&matcher), cwd, resolver, &mut found);
        } else {
            found.fail(display_path(path, cwd), "no such file or directory");
        }
    }
    found
        .inputs
        .sort_by(|a, b| a.display_path().cmp(b.display_path()));
    found.inputs.dedup();
    (found.inputs, found.failures)
}

#[derive(Default)]
struct Found {
    inputs: Vec<Input>,
    failures: Vec<FileReport>,
}

impl Found {
    fn fail(&mut self, path: String, message: impl Into<String>) {
        self.failures.push(FileReport {
            path,
            outcome: Outcome::Failed(Failure {
                message: message.into(),
                position: None,
            }),
        });
    }
}

/// Walk `dir` for drafts: Markdown files, or those `matcher` matches.
fn walk(
    dir: &Path,
    matcher: Option<&GlobMatcher>,
    cwd: &Path,
    resolver: &Arc<Resolver>,
    found: &mut Found,
) {
    let filter = resolver.clone();
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .git_global(false)
        .follow_links(false)
        .filter_entry(move |entry| {
            entry.depth() == 0
                || (entry.file_name() != "node_modules" && !filter.excludes(entry.path()))
        })
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                let wanted = match matcher {
                    Some(m) => m.is_match(strip_dot(path)),
                    None => is_markdown(path),
                };
                if entry.file_type().is_some_and(|t| t.is_file()) && wanted {
                    found.inputs.push(file_input(path, cwd));
                }
            }
            Err(error) => found.fail(display_path(dir, cwd), format!("cannot walk: {error}")),
        }
    }
}

/// A path argument holding a glob: the folder to walk (the part before the first wildcard)
/// and the matcher of the whole pattern.
fn glob_argument(path: &Path) -> Option<(PathBuf, GlobMatcher)> {
    let text = path.to_str()?;
    if !text.contains(['*', '?', '[', '{']) {
        return None;
    }
    let pattern = strip_dot(path);
    let base: PathBuf = pattern
        .components()
        .take_while(|c| {
            !c.as_os_str()
                .to_string_lossy()
                .contains(['*', '?', '[', '{'])
        })
        .collect();
    let glob = GlobBuilder::new(pattern.to_str()?)
        .literal_separator(true)
        .build()
        .ok()?;
    let base = if base.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        base
    };
    Some((base, glob.compile_matcher()))
}

/// `path` without leading `./`.
fn strip_dot(path: &Path) -> &Path {
    path.strip_prefix(".").unwrap_or(path)
}

fn is_markdown(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["md", "markdown", "mdx"]
            .iter()
            .any(|m| e.eq_ignore_ascii_case(m))
    })
}

fn file_input(path: &Path, cwd: &Path) -> Input {
    Input::File {
        path: path.to_path_buf(),
        display: display_path(path, cwd),
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

    fn names(paths: &[PathBuf], cwd: &Path) -> (Vec<String>, Vec<String>) {
        let resolver = Arc::new(Resolver::nearest(Default::default(), cwd));
        let (inputs, failures) = collect(paths, cwd, &resolver);
        (
            inputs
                .iter()
                .map(|i| i.display_path().to_string())
                .collect(),
            failures.into_iter().map(|f| f.path).collect(),
        )
    }

    fn files(dir: &Path, files: &[&str]) {
        for file in files {
            let path = dir.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
    }

    #[test]
    fn directories_yield_markdown_files_sorted_and_skip_hidden_ones() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path();
        files(
            dir,
            &[
                "z.md",
                "b/a.markdown",
                "notes.txt",
                ".git/x.md",
                "a.MD",
                "src/content/p.mdx",
            ],
        );
        let (inputs, failures) = names(&[dir.to_path_buf(), dir.join("nope.md")], dir);
        assert_eq!(
            inputs,
            ["a.MD", "b/a.markdown", "src/content/p.mdx", "z.md"]
        );
        assert_eq!(failures, ["nope.md"]);
    }

    #[test]
    fn walks_skip_gitignored_files_node_modules_and_excludes() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path();
        files(
            dir,
            &[
                "a.md",
                "node_modules/pkg/README.md",
                "build/out.md",
                "old/x.md",
                "sub/y.md",
            ],
        );
        std::fs::write(dir.join(".gitignore"), "build/\n").unwrap();
        std::fs::write(dir.join("redac.toml"), "[check]\nexclude = [\"old\"]\n").unwrap();
        assert_eq!(names(&[dir.to_path_buf()], dir).0, ["a.md", "sub/y.md"]);
        // Named explicitly, an excluded file is still checked.
        assert_eq!(names(&[dir.join("old/x.md")], dir).0, ["old/x.md"]);
    }

    #[test]
    fn glob_arguments_walk_the_folder_before_the_wildcard() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path();
        files(dir, &["d/a.md", "d/e/b.md", "d/c.txt", "other/z.md"]);
        let pattern = dir.join("d/**/*.md");
        assert_eq!(names(&[pattern], dir).0, ["d/a.md", "d/e/b.md"]);
        assert_eq!(names(&[dir.join("d/*.txt")], dir).0, ["d/c.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_not_followed() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path();
        files(dir, &["a/x.md"]);
        std::os::unix::fs::symlink(dir.join("a"), dir.join("a/loop")).unwrap();
        std::os::unix::fs::symlink(dir, dir.join("a/up")).unwrap();
        assert_eq!(names(&[dir.to_path_buf()], dir).0, ["a/x.md"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_unless_piped() {
        let root = tempfile::tempdir().unwrap();
        let fifo = root.path().join("f.md");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let (inputs, failures) = names(&[root.path().to_path_buf(), fifo], root.path());
        assert!(inputs.is_empty());
        assert_eq!(failures, ["f.md"]);
    }

    #[test]
    fn reads_stop_at_max_bytes() {
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join("big.md");
        std::fs::write(&path, "x".repeat(100)).unwrap();
        let input = file_input(&path, root.path());
        assert!(input.read(99).unwrap_err().contains("--max-bytes"));
        assert_eq!(input.read(100).unwrap().len(), 100);
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
        assert_eq!(file_input(&bom, dir.path()).read(1000).unwrap(), "---\n");
        let binary = dir.path().join("bin.md");
        std::fs::write(&binary, [0x66, 0xff, 0xfe]).unwrap();
        assert!(file_input(&binary, dir.path())
            .read(1000)
            .unwrap_err()
            .contains("not UTF-8"));
    }
}
