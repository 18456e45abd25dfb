//! Configuration: the thresholds, language, rules switched off and severity overrides `check`
//! applies, from defaults, then `redac.toml`, then command-line flags.
//!
//! `redac.toml` is found by walking up from the working directory, the way `.editorconfig`,
//! `.markdownlint.json` or `ruff.toml` are, so one file at the root of a repository of drafts
//! serves every subdirectory. `check` reads its `[check]` table; other tables belong to other
//! commands and are left alone. Inside `[check]` an unknown key is an error, so a typo never
//! silently keeps a default:
//!
//! ```toml
//! [check]
//! language = "fr"
//! min-words = 900
//! meta-description-min-chars = 120
//! meta-description-max-chars = 156
//! keyphrase-density-min = 0.5
//! keyphrase-density-max = 3.0
//! disable = ["french-quotes"]
//!
//! [check.severity]
//! paragraph-length = "error"
//! ```

use super::position::{LineIndex, Position};
use super::report::Severity;
use super::rules::{self, Rule};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The name of the configuration file.
pub const CONFIG_FILE: &str = "redac.toml";

/// The numbers the rules compare against. Defaults are the brief's and Yoast's figures; each
/// rule's doc says where its number comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    pub min_words: usize,
    pub title_max_chars: usize,
    pub meta_description_min_chars: usize,
    pub meta_description_max_chars: usize,
    /// Per hundred body words.
    pub keyphrase_density_min: f64,
    pub keyphrase_density_max: f64,
    pub section_max_words: usize,
    pub paragraph_max_words: usize,
    pub sentence_max_words: usize,
    /// Share of long sentences allowed, in percent.
    pub long_sentences_max_percent: f64,
    /// Lowest Kandel–Moles reading ease.
    pub reading_ease_min: f64,
    /// Share of passive sentences allowed, in percent.
    pub passive_max_percent: f64,
    /// Share of sentences with a transition word asked for, in percent.
    pub transition_min_percent: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            // The limits `rewrite` composes to, so that its output passes by construction.
            min_words: crate::pipeline::DEFAULT_MIN_WORDS,
            title_max_chars: crate::composing::title::MAX_TITLE_LEN,
            meta_description_min_chars: crate::composing::meta::MIN_META_LEN,
            meta_description_max_chars: crate::composing::meta::MAX_META_LEN,
            keyphrase_density_min: crate::analysing::MIN_KEYPHRASE_DENSITY,
            keyphrase_density_max: crate::analysing::MAX_KEYPHRASE_DENSITY,
            section_max_words: crate::composing::sections::MAX_SECTION_WORDS,
            paragraph_max_words: crate::composing::sections::MAX_PARAGRAPH_WORDS,
            sentence_max_words: 20,
            long_sentences_max_percent: 25.0,
            // Yoast's red limits for French copy (see the readability rules' docs).
            reading_ease_min: 50.0,
            passive_max_percent: 15.0,
            transition_min_percent: 20.0,
        }
    }
}

/// Everything that decides what `check` reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub thresholds: Thresholds,
    /// The language drafts must be written in (ISO 639-1, "fr").
    pub language: String,
    /// A keyphrase that replaces the front matter's (for drafts that have none).
    pub keyphrase: Option<String>,
    disabled: BTreeSet<&'static str>,
    severities: BTreeMap<&'static str, Severity>,
    /// Glob patterns of files and folders a directory walk skips, relative to the folder of
    /// the configuration file ([`super::resolve`] compiles them).
    pub exclude: Vec<String>,
    /// The configuration file these settings were read from, if any.
    pub file: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            thresholds: Thresholds::default(),
            language: "fr".to_string(),
            keyphrase: None,
            disabled: BTreeSet::new(),
            severities: BTreeMap::new(),
            exclude: Vec::new(),
            file: None,
        }
    }
}

/// The severity each rule has under a configuration, `None` for a rule turned off; by
/// default, each rule's own.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleSeverities {
    disabled: BTreeSet<&'static str>,
    overrides: BTreeMap<&'static str, Severity>,
}

impl RuleSeverities {
    /// The severity of rule `id`; `None` when it is turned off or no rule has that id.
    pub fn of(&self, id: &str) -> Option<Severity> {
        let rule = rules::find(id)?;
        if self.disabled.contains(rule.id) {
            return None;
        }
        Some(
            self.overrides
                .get(rule.id)
                .copied()
                .unwrap_or(rule.severity),
        )
    }
}

/// A rule id that no rule has.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown rule '{0}' (`redac rules` lists them)")]
pub struct UnknownRule(pub String);

/// A language the detector cannot check for.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown language '{0}' (use an ISO 639-1 code such as fr)")]
pub struct UnknownLanguage(pub String);

impl Settings {
    pub fn is_enabled(&self, rule: &Rule) -> bool {
        !self.disabled.contains(rule.id)
    }

    /// The severity of `rule`: its override, or else its default.
    pub fn severity(&self, rule: &Rule) -> Severity {
        self.severities
            .get(rule.id)
            .copied()
            .unwrap_or(rule.severity)
    }

    /// The severity of each rule under these settings, for `rewrite`: its exit status then
    /// says what `check` will say of the article under the same `redac.toml`.
    pub fn rule_severities(&self) -> RuleSeverities {
        RuleSeverities {
            disabled: self.disabled.clone(),
            overrides: self.severities.clone(),
        }
    }

    pub fn disable(&mut self, id: &str) -> Result<(), UnknownRule> {
        let rule = rules::find(id).ok_or_else(|| UnknownRule(id.to_string()))?;
        self.disabled.insert(rule.id);
        Ok(())
    }

    pub fn set_severity(&mut self, id: &str, severity: Severity) -> Result<(), UnknownRule> {
        let rule = rules::find(id).ok_or_else(|| UnknownRule(id.to_string()))?;
        self.severities.insert(rule.id, severity);
        Ok(())
    }

    pub fn set_language(&mut self, code: &str) -> Result<(), UnknownLanguage> {
        rules::language::detector_code(code).ok_or_else(|| UnknownLanguage(code.to_string()))?;
        self.language = code.to_string();
        Ok(())
    }

    /// Defaults overridden by the configuration file at `path`.
    pub fn from_file(path: &Path) -> Result<Settings, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let mut settings =
            Settings::from_toml(&text).map_err(|(position, message)| ConfigError::Invalid {
                path: path.display().to_string(),
                position,
                message,
            })?;
        settings.file = Some(path.to_path_buf());
        Ok(settings)
    }

    /// The settings as a `redac.toml` would write them, every value explicit: what
    /// `redac config FILE` prints.
    pub fn to_toml(&self) -> String {
        let t = &self.thresholds;
        let check = Shown {
            language: &self.language,
            min_words: t.min_words,
            title_max_chars: t.title_max_chars,
            meta_description_min_chars: t.meta_description_min_chars,
            meta_description_max_chars: t.meta_description_max_chars,
            keyphrase_density_min: t.keyphrase_density_min,
            keyphrase_density_max: t.keyphrase_density_max,
            section_max_words: t.section_max_words,
            paragraph_max_words: t.paragraph_max_words,
            sentence_max_words: t.sentence_max_words,
            long_sentences_max_percent: t.long_sentences_max_percent,
            reading_ease_min: t.reading_ease_min,
            passive_max_percent: t.passive_max_percent,
            transition_min_percent: t.transition_min_percent,
            keyphrase: self.keyphrase.as_deref(),
            disable: self.disabled.iter().copied().collect(),
            exclude: &self.exclude,
            severity: rules::RULES
                .iter()
                .map(|rule| (rule.id, self.severity(rule)))
                .collect(),
        };
        let from = self.file.as_ref().map_or_else(
            || "# no redac.toml: defaults and flags\n".to_string(),
            |path| format!("# from {}, then flags\n", path.display()),
        );
        from + &toml::to_string(&ShownFile { check }).unwrap_or_default()
    }

    /// Defaults overridden by the text of a configuration file.
    fn from_toml(text: &str) -> Result<Settings, (Position, String)> {
        let index = LineIndex::new(text);
        let at = |span: std::ops::Range<usize>| index.position(span.start);
        let file: ConfigFile = toml::from_str(text).map_err(|e| {
            (
                e.span().map_or(Position::START, &at),
                e.message().to_string(),
            )
        })?;
        let mut settings = Settings::default();
        let Some(check) = file.check else {
            return Ok(settings);
        };
        check.apply_thresholds(&mut settings.thresholds);
        if let Some(language) = &check.language {
            settings
                .set_language(language.get_ref())
                .map_err(|e| (at(language.span()), e.to_string()))?;
        }
        for id in &check.disable {
            settings
                .disable(id.get_ref())
                .map_err(|e| (at(id.span()), e.to_string()))?;
        }
        for pattern in &check.exclude {
            super::resolve::Excludes::validate(pattern.get_ref())
                .map_err(|e| (at(pattern.span()), e))?;
            settings.exclude.push(pattern.get_ref().clone());
        }
        for (id, severity) in &check.severity {
            settings
                .set_severity(id, *severity.get_ref())
                .map_err(|e| (at(severity.span()), e.to_string()))?;
        }
        check
            .validate_ranges(&settings.thresholds)
            .map_err(|(span, message)| (at(span), message))?;
        Ok(settings)
    }
}

/// Why the configuration could not be used. The command stops with exit status 2.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{}:{}: {message}", position.line, position.column)]
    Invalid {
        path: String,
        position: Position,
        message: String,
    },
}

/// The nearest `redac.toml` in `start` or one of its parents.
pub fn find_config_file(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE))
        .find(|path| path.is_file())
}

/// The `[check]` table as `redac config` shows it.
#[derive(serde::Serialize)]
#[serde(rename_all = "kebab-case")]
struct Shown<'a> {
    language: &'a str,
    min_words: usize,
    title_max_chars: usize,
    meta_description_min_chars: usize,
    meta_description_max_chars: usize,
    keyphrase_density_min: f64,
    keyphrase_density_max: f64,
    section_max_words: usize,
    paragraph_max_words: usize,
    sentence_max_words: usize,
    long_sentences_max_percent: f64,
    reading_ease_min: f64,
    passive_max_percent: f64,
    transition_min_percent: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    keyphrase: Option<&'a str>,
    disable: Vec<&'static str>,
    exclude: &'a [String],
    severity: BTreeMap<&'static str, Severity>,
}

#[derive(serde::Serialize)]
struct ShownFile<'a> {
    check: Shown<'a>,
}

/// What `rewrite` takes from a configuration file: the numbers both commands judge by, so
/// that `rewrite` aims at what `check` will ask of its output.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RewriteDefaults {
    pub min_words: Option<usize>,
    pub language: Option<String>,
    /// The limits `check` will hold the article to, which `rewrite` composes to.
    pub limits: crate::composing::Limits,
    /// The rules `check` will fault the article on, and how.
    pub severities: RuleSeverities,
}

/// The `[check]` values that `rewrite` shares, from the nearest `redac.toml` above `start`
/// (the input's folder, or the working directory for standard input). `None` fields were not
/// set in the file; a flag still wins over them.
pub fn rewrite_defaults(start: &Path) -> Result<RewriteDefaults, ConfigError> {
    let start = std::env::current_dir().unwrap_or_default().join(start);
    let Some(path) = find_config_file(&start) else {
        return Ok(RewriteDefaults::default());
    };
    // Validated as `check` reads it, then read again for the keys the file sets.
    let settings = Settings::from_file(&path)?;
    let t = &settings.thresholds;
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let check = toml::from_str::<ConfigFile>(&text)
        .ok()
        .and_then(|file| file.check)
        .unwrap_or_default();
    Ok(RewriteDefaults {
        min_words: check.min_words,
        language: check.language.map(|l| l.into_inner()),
        limits: crate::composing::Limits {
            title_max_chars: t.title_max_chars,
            meta_description_min_chars: t.meta_description_min_chars,
            meta_description_max_chars: t.meta_description_max_chars,
            keyphrase_density_min: t.keyphrase_density_min,
            keyphrase_density_max: t.keyphrase_density_max,
            section_max_words: t.section_max_words,
        },
        severities: settings.rule_severities(),
    })
}

#[derive(Debug, Deserialize)]
struct ConfigFile {
    check: Option<CheckTable>,
}

type Spanned<T> = toml::Spanned<T>;

/// The `[check]` table, every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CheckTable {
    language: Option<Spanned<String>>,
    min_words: Option<usize>,
    title_max_chars: Option<usize>,
    meta_description_min_chars: Option<usize>,
    meta_description_max_chars: Option<Spanned<usize>>,
    keyphrase_density_min: Option<f64>,
    keyphrase_density_max: Option<Spanned<f64>>,
    section_max_words: Option<usize>,
    paragraph_max_words: Option<usize>,
    sentence_max_words: Option<usize>,
    long_sentences_max_percent: Option<f64>,
    reading_ease_min: Option<f64>,
    passive_max_percent: Option<f64>,
    transition_min_percent: Option<f64>,
    #[serde(default)]
    disable: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<Severity>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
}

impl CheckTable {
    fn apply_thresholds(&self, t: &mut Thresholds) {
        let set = |target: &mut usize, value: Option<usize>| *target = value.unwrap_or(*target);
        set(&mut t.min_words, self.min_words);
        set(&mut t.title_max_chars, self.title_max_chars);
        set(
            &mut t.meta_description_min_chars,
            self.meta_description_min_chars,
        );
        set(
            &mut t.meta_description_max_chars,
            self.meta_description_max_chars
                .as_ref()
                .map(|s| *s.get_ref()),
        );
        set(&mut t.section_max_words, self.section_max_words);
        set(&mut t.paragraph_max_words, self.paragraph_max_words);
        set(&mut t.sentence_max_words, self.sentence_max_words);
        t.keyphrase_density_min = self
            .keyphrase_density_min
            .unwrap_or(t.keyphrase_density_min);
        t.keyphrase_density_max = self
            .keyphrase_density_max
            .as_ref()
            .map_or(t.keyphrase_density_max, |s| *s.get_ref());
        let set_f64 = |target: &mut f64, value: Option<f64>| *target = value.unwrap_or(*target);
        set_f64(
            &mut t.long_sentences_max_percent,
            self.long_sentences_max_percent,
        );
        set_f64(&mut t.reading_ease_min, self.reading_ease_min);
        set_f64(&mut t.passive_max_percent, self.passive_max_percent);
        set_f64(&mut t.transition_min_percent, self.transition_min_percent);
    }

    /// A range whose maximum is below its minimum is an error at the maximum.
    fn validate_ranges(&self, t: &Thresholds) -> Result<(), (std::ops::Range<usize>, String)> {
        if t.meta_description_max_chars < t.meta_description_min_chars {
            let span = self
                .meta_description_max_chars
                .as_ref()
                .map_or(0..0, |s| s.span());
            return Err((
                span,
                "meta-description-max-chars is below meta-description-min-chars".into(),
            ));
        }
        if t.keyphrase_density_max < t.keyphrase_density_min {
            let span = self
                .keyphrase_density_max
                .as_ref()
                .map_or(0..0, |s| s.span());
            return Err((
                span,
                "keyphrase-density-max is below keyphrase-density-min".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_severities_follow_the_file_for_rewrite() {
        let settings = Settings::from_toml(
            "[check]\ndisable = [\"keyphrase-density\"]\n[check.severity]\ntitle-keyphrase = \"warning\"\nparagraph-length = \"error\"\n",
        )
        .unwrap();
        let severities = settings.rule_severities();
        assert_eq!(severities.of("keyphrase-density"), None);
        assert_eq!(severities.of("title-keyphrase"), Some(Severity::Warning));
        assert_eq!(severities.of("paragraph-length"), Some(Severity::Error));
        // Untouched rules keep their own severity; no rule has an unknown id.
        assert_eq!(severities.of("min-words"), Some(Severity::Error));
        assert_eq!(
            severities.of("subheading-keyphrase"),
            Some(Severity::Warning)
        );
        assert_eq!(severities.of("MD001"), None);
        assert_eq!(
            RuleSeverities::default().of("keyphrase-density"),
            Some(Severity::Error)
        );
    }

    #[test]
    fn the_check_table_overrides_defaults() {
        let settings = Settings::from_toml(
            "[rewrite]\nwhatever = 1\n\n[check]\nmin-words = 900\nkeyphrase-density-max = 2.5\ndisable = [\"french-quotes\"]\n[check.severity]\nparagraph-length = \"error\"\n",
        )
        .unwrap();
        assert_eq!(settings.thresholds.min_words, 900);
        assert_eq!(settings.thresholds.keyphrase_density_max, 2.5);
        assert!(!settings.is_enabled(rules::find("french-quotes").unwrap()));
        assert_eq!(
            settings.severity(rules::find("paragraph-length").unwrap()),
            Severity::Error
        );
        assert_eq!(
            settings.severity(rules::find("min-words").unwrap()),
            Severity::Error
        );
    }

    #[test]
    fn no_check_table_means_defaults() {
        assert_eq!(Settings::from_toml("").unwrap(), Settings::default());
    }

    #[test]
    fn errors_point_at_their_line() {
        let (position, message) =
            Settings::from_toml("[check]\nmin-words = 700\nmin-wrods = 3\n").unwrap_err();
        assert_eq!(position.line, 3, "{message}");
        let (position, message) =
            Settings::from_toml("[check]\ndisable = [\n  \"min-words\",\n  \"no-such-rule\",\n]\n")
                .unwrap_err();
        assert_eq!(position.line, 4);
        assert!(message.contains("no-such-rule"));
        let (position, _) = Settings::from_toml("[check]\nmin-words = \"lots\"\n").unwrap_err();
        assert_eq!(position.line, 2);
        let (position, _) = Settings::from_toml("[check\n").unwrap_err();
        assert_eq!(position.line, 1);
        let (position, _) = Settings::from_toml("[check]\nlanguage = \"klingon\"\n").unwrap_err();
        assert_eq!(position.line, 2);
        let (position, _) = Settings::from_toml(
            "[check]\nmeta-description-min-chars = 150\nmeta-description-max-chars = 100\n",
        )
        .unwrap_err();
        assert_eq!(position.line, 3);
    }

    #[test]
    fn the_nearest_config_file_wins() {
        let root = tempfile::tempdir().unwrap();
        let nested = root.path().join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(root.path().join(CONFIG_FILE), "").unwrap();
        assert_eq!(
            find_config_file(&nested),
            Some(root.path().join(CONFIG_FILE))
        );
        std::fs::write(root.path().join("a").join(CONFIG_FILE), "").unwrap();
        assert_eq!(
            find_config_file(&nested),
            Some(root.path().join("a").join(CONFIG_FILE))
        );
    }
}
