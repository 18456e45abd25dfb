//! Helpers shared by the batch tests: building input folders from the fixtures, and checking
//! that a written article is whole.

#![allow(dead_code)]

use redac::rendering::front_matter::FrontMatter;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

pub fn write(root: &Path, relative: &str, bytes: &[u8]) -> PathBuf {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `count` copies of the fixtures, in folders of 50.
pub fn copies(root: &Path, count: usize) -> Vec<PathBuf> {
    let fixtures = fixtures();
    (0..count)
        .map(|i| {
            let (_, bytes) = &fixtures[i % fixtures.len()];
            write(
                root,
                &format!("lot-{:02}/depeche-{i:04}.txt", i / 50),
                bytes,
            )
        })
        .collect()
}

/// Every file under `root` (hidden ones too), relative to it.
pub fn files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// Every file under `root` with a hash of its bytes: equal snapshots, unchanged folder.
pub fn snapshot(root: &Path) -> BTreeMap<PathBuf, u64> {
    use std::hash::{Hash, Hasher};
    files(root)
        .into_iter()
        .map(|relative| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            std::fs::read(root.join(&relative))
                .unwrap()
                .hash(&mut hasher);
            (relative, hasher.finish())
        })
        .collect()
}

/// The `.md` files under `root`, relative to it.
pub fn articles(root: &Path) -> Vec<PathBuf> {
    files(root)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect()
}

/// A whole article: YAML front matter that opens, closes and parses, then a body.
pub fn assert_whole_article(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rest = text
        .strip_prefix("---\n")
        .unwrap_or_else(|| panic!("{}: no front matter", path.display()));
    let (yaml, body) = rest
        .split_once("\n---\n")
        .unwrap_or_else(|| panic!("{}: front matter not closed", path.display()));
    let front: FrontMatter = serde_saphyr::from_str(yaml)
        .unwrap_or_else(|e| panic!("{}: front matter: {e}", path.display()));
    assert!(!front.title.is_empty(), "{}", path.display());
    assert!(
        front.words > 0 && body.trim().len() > 100,
        "{}: empty body",
        path.display()
    );
    assert!(
        !text.ends_with("\n\n"),
        "{}: truncated or padded",
        path.display()
    );
}
