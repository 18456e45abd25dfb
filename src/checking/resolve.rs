//! Which settings apply to which draft: the nearest `redac.toml` above each file, the way
//! `.editorconfig` and `ruff.toml` are found, so a folder of drafts can carry its own rules;
//! or one file for all (`--config`, `--no-config`). Command-line flags apply on top of either.
//!
//! A configuration's `exclude` patterns are globs relative to the folder that holds it:
//! `drafts/old/**`, `*.brouillon.md`. A pattern without a `/` matches at any depth, as in a
//! `.gitignore`; a pattern naming a folder excludes everything in it.

use super::config::{find_config_file, Settings};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What the command line sets on top of any configuration file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides {
    pub min_words: Option<usize>,
    pub language: Option<String>,
    pub keyphrase: Option<String>,
    pub disable: Vec<String>,
}

impl Overrides {
    pub fn apply(&self, settings: &mut Settings) -> Result<(), String> {
        if let Some(min_words) = self.min_words {
            settings.thresholds.min_words = min_words;
        }
        if let Some(lang) = &self.language {
            settings.set_language(lang).map_err(|e| e.to_string())?;
        }
        if let Some(keyphrase) = &self.keyphrase {
            settings.keyphrase = Some(keyphrase.clone());
        }
        for rule in &self.disable {
            settings.disable(rule).map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

/// Settings ready for use: the values, and their exclude patterns compiled.
#[derive(Debug)]
pub struct Resolved {
    pub settings: Settings,
    pub excludes: Excludes,
}

/// A configuration's exclude patterns, matched against paths relative to its folder.
#[derive(Debug)]
pub struct Excludes {
    base: PathBuf,
    set: GlobSet,
}

impl Excludes {
    fn new(patterns: &[String], base: PathBuf) -> Self {
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            if let Ok(glob) = glob(pattern) {
                builder.add(glob);
            }
        }
        Excludes {
            base,
            set: builder.build().unwrap_or_else(|_| GlobSet::empty()),
        }
    }

    /// An error message when `pattern` is not a valid glob.
    pub fn validate(pattern: &str) -> Result<(), String> {
        glob(pattern).map(|_| ()).map_err(|e| e.to_string())
    }

    /// Is `path` (absolute) excluded?
    pub fn excludes(&self, path: &Path) -> bool {
        path.strip_prefix(&self.base)
            .is_ok_and(|relative| self.set.is_match(relative))
    }
}

/// A pattern as a glob: `*` stays within a folder, and a pattern without `/` matches at any
/// depth.
fn glob(pattern: &str) -> Result<globset::Glob, globset::Error> {
    let trimmed = pattern.trim_start_matches("./").trim_end_matches('/');
    let anchored = if trimmed.contains('/') {
        trimmed.to_string()
    } else {
        format!("**/{trimmed}")
    };
    GlobBuilder::new(&anchored).literal_separator(true).build()
}

/// The settings of each folder, found once and shared by the files in it.
#[derive(Debug)]
pub struct Resolver {
    /// One configuration for every file (`--config`, `--no-config`).
    fixed: Option<Arc<Resolved>>,
    overrides: Overrides,
    cwd: PathBuf,
    /// Folder → its settings, or why they could not be read.
    folders: Mutex<HashMap<PathBuf, Result<Arc<Resolved>, String>>>,
}

impl Resolver {
    /// The same settings for every file.
    pub fn fixed(settings: Settings, overrides: Overrides, cwd: &Path) -> Result<Self, String> {
        Ok(Resolver {
            fixed: Some(Arc::new(resolve(settings, &overrides, cwd)?)),
            overrides,
            cwd: cwd.to_path_buf(),
            folders: Mutex::new(HashMap::new()),
        })
    }

    /// The nearest `redac.toml` above each file.
    pub fn nearest(overrides: Overrides, cwd: &Path) -> Self {
        Resolver {
            fixed: None,
            overrides,
            cwd: cwd.to_path_buf(),
            folders: Mutex::new(HashMap::new()),
        }
    }

    /// The settings for a file at `path` (relative to the working directory or absolute);
    /// standard input takes the working directory's.
    pub fn for_file(&self, path: Option<&Path>) -> Result<Arc<Resolved>, String> {
        let folder = path
            .map(|p| self.cwd.join(p))
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| self.cwd.clone());
        self.for_folder(&folder)
    }

    /// The settings for the files of `folder`.
    pub fn for_folder(&self, folder: &Path) -> Result<Arc<Resolved>, String> {
        if let Some(fixed) = &self.fixed {
            return Ok(fixed.clone());
        }
        let folder = self.cwd.join(folder);
        let mut folders = self.folders.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = folders.get(&folder) {
            return found.clone();
        }
        let found = self.load(&folder);
        folders.insert(folder, found.clone());
        found
    }

    fn load(&self, folder: &Path) -> Result<Arc<Resolved>, String> {
        let settings = match find_config_file(folder) {
            Some(path) => Settings::from_file(&path).map_err(|e| e.to_string())?,
            None => Settings::default(),
        };
        Ok(Arc::new(resolve(settings, &self.overrides, &self.cwd)?))
    }

    /// Is `path` excluded by the configuration of its folder?
    pub fn excludes(&self, path: &Path) -> bool {
        let absolute = self.cwd.join(path);
        let folder = absolute.parent().unwrap_or(&absolute);
        self.for_folder(folder)
            .is_ok_and(|resolved| resolved.excludes.excludes(&absolute))
    }
}

fn resolve(mut settings: Settings, overrides: &Overrides, cwd: &Path) -> Result<Resolved, String> {
    overrides.apply(&mut settings)?;
    let base = settings
        .file
        .as_ref()
        .and_then(|file| cwd.join(file).parent().map(Path::to_path_buf))
        .unwrap_or_else(|| cwd.to_path_buf());
    let excludes = Excludes::new(&settings.exclude, base);
    Ok(Resolved { settings, excludes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excludes(patterns: &[&str]) -> Excludes {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        Excludes::new(&patterns, PathBuf::from("/p"))
    }

    #[test]
    fn patterns_are_relative_to_the_config_folder() {
        let ex = excludes(&["drafts/old", "*.brouillon.md", "archive/*.md"]);
        assert!(ex.excludes(Path::new("/p/drafts/old")));
        assert!(ex.excludes(Path::new("/p/a/b/x.brouillon.md")));
        assert!(ex.excludes(Path::new("/p/archive/a.md")));
        assert!(!ex.excludes(Path::new("/p/archive/deep/a.md")));
        assert!(!ex.excludes(Path::new("/elsewhere/drafts/old")));
        assert!(Excludes::validate("a/[").is_err());
    }

    #[test]
    fn each_file_gets_its_nearest_config_and_the_flags() {
        let root = tempfile::tempdir().unwrap();
        let sub = root.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(root.path().join("redac.toml"), "[check]\nmin-words = 300\n").unwrap();
        std::fs::write(sub.join("redac.toml"), "[check]\nmin-words = 900\n").unwrap();
        let overrides = Overrides {
            disable: vec!["french-quotes".into()],
            ..Overrides::default()
        };
        let resolver = Resolver::nearest(overrides, root.path());
        let top = resolver.for_file(Some(Path::new("a.md"))).unwrap();
        let nested = resolver.for_file(Some(Path::new("sub/b.md"))).unwrap();
        assert_eq!(top.settings.thresholds.min_words, 300);
        assert_eq!(nested.settings.thresholds.min_words, 900);
        let quotes = crate::checking::rules::find("french-quotes").unwrap();
        assert!(!nested.settings.is_enabled(quotes));
    }
}
