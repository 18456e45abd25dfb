//! Walk: the input folder's articles, one at a time, as the workers ask for them.
//!
//! The walk is an iterator, not a list: it holds the entries not yet visited of each folder
//! between the input folder and the one being read, so its memory follows the largest folders,
//! never the size of the tree. A folder's entries are sorted and visited in that order, a
//! subfolder's whole tree where its name falls: the walk yields its inputs in the order of their
//! paths (`a/z.txt` before `b.txt`), the order of the report and of the slugs' priority, whatever
//! `-j`. A folder's inputs are compared with each other (two inputs that would write the same
//! article are both refused, since rewriting one would lose the other).
//!
//! What it does not enter: hidden files and folders (`.git`, redac's own `.redac-*.tmp`), the
//! output folder when it sits inside the input folder, and symbolic links to folders (a link
//! that stays inside is walked through its real folder; one that leaves is reported). Links to
//! files are read when their target is inside the input folder.

use super::layout::Layout;
use super::select::Selection;
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::FileType;
use std::path::{Path, PathBuf};

/// Something the walk found.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// A file to rewrite, by its path relative to the input folder.
    Article(PathBuf),
    /// A selected path that will not be rewritten, and why. Reported, never silent.
    Refused { relative: PathBuf, why: Refusal },
}

impl Found {
    /// The path found, relative to the input folder.
    pub fn relative(&self) -> &Path {
        match self {
            Found::Article(relative) | Found::Refused { relative, .. } => relative,
        }
    }
}

/// Why a path found by the walk is not rewritten.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// A symbolic link whose target is outside the input folder.
    LeavesInput,
    /// A link whose target does not exist.
    BrokenLink,
    /// A device, socket or pipe with an article's name.
    NotAFile,
    /// Another input of the same folder writes the same article (`a.txt` and `a.md`).
    SameOutput { other: PathBuf },
    /// A folder that could not be listed.
    UnreadableFolder(String),
}

/// The iterator over the articles of a layout's input folder.
pub struct Walk<'a> {
    layout: &'a Layout,
    selection: &'a Selection,
    /// What the walk has seen and not yet yielded or entered, relative to the input folder;
    /// the next one is last.
    pending: Vec<Pending>,
}

/// An entry the walk has listed and not yet reached.
enum Pending {
    /// A folder to list when its turn comes.
    Folder(PathBuf),
    Found(Found),
}

impl<'a> Walk<'a> {
    pub fn new(layout: &'a Layout, selection: &'a Selection) -> Walk<'a> {
        Walk {
            layout,
            selection,
            pending: vec![Pending::Folder(PathBuf::new())],
        }
    }

    /// List one folder: queue its subfolders and its selected files, in name order.
    fn visit(&mut self, folder: PathBuf) {
        let entries = match list(&self.layout.input_root().join(&folder)) {
            Ok(entries) => entries,
            Err(e) => {
                let why = Refusal::UnreadableFolder(e.to_string());
                self.pending.push(Pending::Found(Found::Refused {
                    relative: folder,
                    why,
                }));
                return;
            }
        };
        let mut listed = Vec::with_capacity(entries.len());
        let mut articles = Vec::new();
        for (name, kind) in entries {
            let relative = folder.join(&name);
            match self.classify(&relative, kind) {
                Kind::Folder => listed.push(Listed::Pending(Pending::Folder(relative))),
                Kind::Article => {
                    listed.push(Listed::Article(articles.len()));
                    articles.push(relative);
                }
                Kind::Refused(why) => {
                    listed.push(Listed::Pending(Pending::Found(Found::Refused {
                        relative,
                        why,
                    })))
                }
                Kind::Ignored => {}
            }
        }
        let mut articles: Vec<Option<Found>> = refuse_same_outputs(articles)
            .into_iter()
            .map(Some)
            .collect();
        let in_order = listed.into_iter().map(|entry| match entry {
            Listed::Pending(pending) => pending,
            Listed::Article(i) => Pending::Found(articles[i].take().expect("each article once")),
        });
        let first = self.pending.len();
        self.pending.extend(in_order);
        self.pending[first..].reverse();
    }

    fn classify(&self, relative: &Path, kind: FileType) -> Kind {
        let hidden = relative
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let path = self.layout.input_root().join(relative);
        if hidden {
            Kind::Ignored
        } else if kind.is_dir() {
            match self.layout.is_output_folder(&path) {
                true => Kind::Ignored,
                false => Kind::Folder,
            }
        } else if kind.is_symlink() {
            self.classify_link(relative, &path)
        } else if !self.selection.matches(relative) {
            Kind::Ignored
        } else if kind.is_file() {
            Kind::Article
        } else {
            Kind::Refused(Refusal::NotAFile)
        }
    }

    /// A link is followed only to a file inside the input folder. Links to folders are never
    /// entered: an inside one is walked through its real folder, and reporting one that
    /// leaves tells the desk why its articles are missing.
    fn classify_link(&self, relative: &Path, path: &Path) -> Kind {
        let selected = self.selection.matches(relative);
        let Ok(target) = std::fs::canonicalize(path) else {
            return if selected {
                Kind::Refused(Refusal::BrokenLink)
            } else {
                Kind::Ignored
            };
        };
        let inside = target.starts_with(self.layout.input_root());
        match (target.is_dir(), inside) {
            (true, true) => Kind::Ignored,
            (true, false) => Kind::Refused(Refusal::LeavesInput),
            (false, _) if !selected => Kind::Ignored,
            (false, false) => Kind::Refused(Refusal::LeavesInput),
            (false, true) if target.is_file() => Kind::Article,
            (false, true) => Kind::Refused(Refusal::NotAFile),
        }
    }
}

impl Iterator for Walk<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        loop {
            match self.pending.pop()? {
                Pending::Found(found) => return Some(found),
                Pending::Folder(folder) => self.visit(folder),
            }
        }
    }
}

/// A listed entry in its place among the folder's: the articles wait for their folder's
/// comparison ([`refuse_same_outputs`]) by their index among them.
enum Listed {
    Pending(Pending),
    Article(usize),
}

/// What one folder entry is to the walk.
enum Kind {
    Folder,
    Article,
    Refused(Refusal),
    Ignored,
}

/// A folder's entries with their types, sorted by name.
fn list(folder: &Path) -> std::io::Result<Vec<(OsString, FileType)>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        entries.push((entry.file_name(), entry.file_type()?));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries)
}

/// The articles of one folder, with those that share an output name refused.
fn refuse_same_outputs(articles: Vec<PathBuf>) -> Vec<Found> {
    let mut by_output: HashMap<PathBuf, Vec<usize>> = HashMap::new();
    for (i, relative) in articles.iter().enumerate() {
        by_output
            .entry(relative.with_extension("md"))
            .or_default()
            .push(i);
    }
    articles
        .iter()
        .map(|relative| {
            let group = &by_output[&relative.with_extension("md")];
            match group
                .iter()
                .map(|&i| &articles[i])
                .find(|other| *other != relative)
            {
                Some(other) => Found::Refused {
                    relative: relative.clone(),
                    why: Refusal::SameOutput {
                        other: other.clone(),
                    },
                },
                None => Found::Article(relative.clone()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, relative: &str) {
        let path = root.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "texte").unwrap();
    }

    fn walk(input: &Path, output: &Path) -> Vec<Found> {
        let selection = Selection::new(&[]).unwrap();
        let layout = Layout::new(input, output, &selection).unwrap();
        Walk::new(&layout, &selection).collect()
    }

    fn article(relative: &str) -> Found {
        Found::Article(PathBuf::from(relative))
    }

    #[test]
    fn walks_the_tree_in_the_order_of_the_paths_skipping_hidden_and_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        for f in [
            "b.txt",
            "a/z.md",
            "a/b/c.txt",
            "c.pdf",
            ".cache/x.txt",
            "a/.redac-1.tmp",
            "a.txt",
            "a/d.txt",
        ] {
            write(&input, f);
        }
        let found = walk(&input, &dir.path().join("out"));
        let expected = ["a/b/c.txt", "a/d.txt", "a/z.md", "a.txt", "b.txt"];
        assert_eq!(found, expected.map(article));
        let mut paths: Vec<PathBuf> = expected.iter().map(PathBuf::from).collect();
        paths.sort();
        assert_eq!(paths, expected.map(PathBuf::from), "the order of Path");
    }

    #[test]
    fn inputs_writing_the_same_article_are_both_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        write(&input, "a.txt");
        write(&input, "a.md");
        let found = walk(&input, &dir.path().join("out"));
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| matches!(
            f,
            Found::Refused {
                why: Refusal::SameOutput { .. },
                ..
            }
        )));
    }

    #[cfg(unix)]
    #[test]
    fn links_that_leave_the_input_folder_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        write(&input, "real.txt");
        write(dir.path(), "outside/secret.txt");
        std::os::unix::fs::symlink(input.join("real.txt"), input.join("alias.txt")).unwrap();
        std::os::unix::fs::symlink(
            dir.path().join("outside/secret.txt"),
            input.join("leak.txt"),
        )
        .unwrap();
        std::os::unix::fs::symlink(dir.path().join("outside"), input.join("leakdir")).unwrap();
        let found = walk(&input, &dir.path().join("out"));
        assert!(found.contains(&article("alias.txt")));
        assert!(found.contains(&article("real.txt")));
        let refused = |name: &str| Found::Refused {
            relative: name.into(),
            why: Refusal::LeavesInput,
        };
        assert!(found.contains(&refused("leak.txt")));
        assert!(found.contains(&refused("leakdir")));
        assert_eq!(found.len(), 4);
    }

    #[test]
    fn an_output_folder_inside_the_input_is_not_entered() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt");
        write(dir.path(), "out/a.txt");
        let selection = Selection::new(&["*.txt".to_string()]).unwrap();
        let layout = Layout::new(dir.path(), &dir.path().join("out"), &selection).unwrap();
        let found: Vec<Found> = Walk::new(&layout, &selection).collect();
        assert_eq!(found, vec![article("a.txt")]);
    }
}
