//! `redac rewrite`: flags in, the pipeline, the article out.

use super::{fail, InputArg, EXIT_OK, EXIT_SHORT};
use clap::Args;
use redac::pipeline::{Settings, SourceInput};
use redac::reading::input;
use redac::rendering::FrontMatterStyle;
use redac::{export, writing};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
#[command(
    after_help = "EXAMPLES:\n  cat depeche.txt | redac rewrite > article.md\n  redac rewrite depeche.txt -o article.md --report analyse.json\n  redac rewrite papier-pigiste.docx -o article.md\n  pdftotext -layout rapport.pdf - | redac rewrite > article.md\n  redac rewrite depeches/ -o articles/ -j 2 --report articles.jsonl\n  redac rewrite lead.txt --with autre.txt --with dossier/ -o article.md\n  redac rewrite lemonde.txt --with lefigaro.txt --outlet lemonde.txt=\"Le Monde\" --outlet lefigaro.txt=\"Le Figaro\"\n  redac rewrite depeche.txt --keyphrase \"Poutine et Loukachenko\" --min-words 500\n  redac rewrite --jsonl -j 2 < depeches.jsonl > articles.jsonl"
)]
pub struct RewriteArgs {
    /// The raw article: a file, or `-` / nothing for standard input.
    pub input: Option<PathBuf>,
    /// A related source to draw on (repeatable); a directory adds its *.txt, *.md, *.html,
    /// *.htm, *.mhtml, *.mht, *.webarchive, *.xml, *.eml, *.docx, *.odt, *.rtf, *.srt and
    /// *.vtt files.
    #[arg(long = "with", value_name = "FILE")]
    pub with: Vec<PathBuf>,
    /// The outlet that published a source, for the Sources list, when its text does not say
    /// (repeatable): `--outlet lemonde.txt="Le Monde"`, FILE being the source's path or file name.
    #[arg(long = "outlet", value_name = "FILE=NAME", value_parser = parse_outlet)]
    pub outlets: Vec<(String, String)>,
    /// Write the article to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Minimum body words (overrides the brief; default 700).
    #[arg(long, value_name = "N")]
    pub min_words: Option<usize>,
    /// The limits of `redac.toml`'s `[check]` table (title, meta description, density,
    /// sections), which `check` will hold the article to.
    #[arg(skip)]
    pub limits: redac::composing::Limits,
    /// The severities of `redac.toml`'s rules, which decide whether `check` will fail it.
    #[arg(skip)]
    pub severities: redac::checking::config::RuleSeverities,
    /// Maximum body words drawn from related sources (default 1.5 × the minimum).
    #[arg(long, value_name = "N")]
    pub max_words: Option<usize>,
    /// Language of the article; only `fr` is supported.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// Focus keyphrase (default: chosen from the text).
    #[arg(long, value_name = "TEXT")]
    pub keyphrase: Option<String>,
    /// `yaml` front matter (default; Jekyll, Hugo, Eleventy), `toml` (`+++`, Hugo), `zola`
    /// (TOML with tags under [taxonomies] and redac's fields under [extra]), or `none` for a
    /// plain article with a `# Title`.
    #[arg(long, value_enum, default_value_t = FrontMatterArg::Yaml)]
    pub front_matter: FrontMatterArg,
    /// The article's date, YYYY-MM-DD (default: the date the source shows, else the day of the
    /// run, or of SOURCE_DATE_EPOCH when set). The report's date_source says which.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = redac::dates::parse_flag)]
    pub date: Option<jiff::civil::Date>,
    /// The author for the front matter, when the source names none (in its metadata, or a
    /// byline such as "Par Jeanne Dupont").
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,
    /// Mark the article `draft: true`: site generators leave it out of a production build.
    #[arg(long)]
    pub draft: bool,
    /// Write the whole analysis as JSON to FILE (JSON Lines for a folder). `-` is standard
    /// output: the article must then go to -o (for one article, both on standard output would
    /// mix them, so that is refused).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Print nothing on stderr but errors.
    #[arg(short, long)]
    pub quiet: bool,
    /// Refuse inputs larger than this many bytes (with --jsonl: lines, each an error record).
    #[arg(long, value_name = "BYTES", default_value_t = redac::reading::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
    /// Folder input and --jsonl: the number of articles rewritten at once (default: one per
    /// core).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Folder input: rewrite articles whose output already exists.
    #[arg(long)]
    pub force: bool,
    /// Folder input: skip articles already written, so a rerun finishes an interrupted batch
    /// (the default). An article left empty by a power cut is rewritten; one cut short is
    /// reported for --force.
    #[arg(long, overrides_with = "no_resume")]
    pub resume: bool,
    /// Folder input: report an existing output as a failure instead of skipping it.
    #[arg(long, overrides_with = "resume")]
    pub no_resume: bool,
    /// Folder input: which files are articles, by their path in the folder (repeatable;
    /// default: *.txt, *.md, *.html, *.htm, *.mhtml, *.mht, *.webarchive, *.xml, *.eml,
    /// *.docx, *.odt, *.rtf, *.srt and *.vtt). With a folder,
    /// --report writes JSON Lines.
    #[arg(long, value_name = "PATTERN")]
    pub glob: Vec<String>,
    /// The inputs' format: `auto` (default) recognises an HTML page (or one a browser saved
    /// as a single file: .mhtml, Safari's .webarchive), a JSON article record
    /// (a scraper's `{"title": …, "text": …}`; in a folder, pick them with --glob '*.json'), or
    /// a feed or wire story in XML (RSS, Atom, NITF, NewsML-G2), or a mail (a saved message, a
    /// forwarded one pasted), a Word, OpenDocument or RTF file (.docx, .odt, .rtf), or
    /// subtitles (.srt, .vtt), by its content and
    /// reads its article; `html`, `text` or `markdown` forces one.
    #[arg(long = "input", value_name = "FORMAT", value_enum, default_value_t = InputArg::Auto)]
    pub input_format: InputArg,
    /// Folder input: name each article after its input (`a/b.txt` → `a/b.md`, the default), or
    /// `date-slug` (`a/2024-05-26-slug.md`, as Jekyll wants posts named; every article is then
    /// rewritten, since its name is known only once written).
    #[arg(long, value_enum, default_value_t = NameArg::Input, value_name = "NAMING")]
    pub name: NameArg,
    #[arg(long, long_help = super::stream::HELP, conflicts_with_all = ["input", "with", "output", "report"])]
    /// Stream mode: JSON Lines in on stdin, one JSON object per line out (see --help).
    pub jsonl: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NameArg {
    Input,
    DateSlug,
}

impl RewriteArgs {
    /// The library settings these flags ask for (the same for one file and for a folder).
    pub fn settings(&self) -> Result<Settings, String> {
        Ok(Settings {
            min_words: self.min_words,
            max_words: self.max_words,
            lang: self.lang.clone(),
            keyphrase: self.keyphrase.clone(),
            front_matter: match self.front_matter {
                FrontMatterArg::Yaml => FrontMatterStyle::Yaml,
                FrontMatterArg::Toml => FrontMatterStyle::Toml,
                FrontMatterArg::Zola => FrontMatterStyle::Zola,
                FrontMatterArg::None => FrontMatterStyle::None,
            },
            max_bytes: self.max_bytes,
            input: self.input_format.format(),
            date: self.date,
            run_date: redac::dates::run_date()?,
            author: self.author.clone(),
            draft: self.draft,
            limits: self.limits.clone(),
            outlets: self.outlets.clone(),
            severities: self.severities.clone(),
        })
    }

    /// How a folder batch names its articles.
    pub fn naming(&self) -> redac::batch::Naming {
        match self.name {
            NameArg::Input => redac::batch::Naming::Mirror,
            NameArg::DateSlug => redac::batch::Naming::DateSlug,
        }
    }

    /// `--report -`: the report goes to standard output.
    pub fn report_to_stdout(&self) -> bool {
        self.report.as_deref().is_some_and(|p| p.as_os_str() == "-")
    }
}

/// `FILE=NAME`, split at the first `=`: an outlet's name may hold one, a file name rarely does.
fn parse_outlet(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((file, name)) if !file.is_empty() && !name.trim().is_empty() => {
            Ok((file.to_string(), name.trim().to_string()))
        }
        _ => Err(format!(
            "expected FILE=NAME (lemonde.txt=\"Le Monde\"), got {value:?}"
        )),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FrontMatterArg {
    Yaml,
    Toml,
    Zola,
    None,
}

pub fn run(mut args: RewriteArgs) -> u8 {
    // The nearest redac.toml's [check] min-words and language, under the flags: `rewrite`
    // aims at what `check` will ask of its output.
    let folder = args.input.as_deref().filter(|p| p.as_os_str() != "-");
    let start = folder
        .map(|p| {
            if p.is_dir() {
                p
            } else {
                p.parent().unwrap_or(p)
            }
        })
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    match redac::checking::config::rewrite_defaults(&start) {
        Ok(config) => {
            args.min_words = args.min_words.or(config.min_words);
            args.lang = args.lang.or(config.language);
            args.limits = config.limits;
            args.severities = config.severities;
        }
        Err(error) => return fail(error),
    }
    if args.jsonl {
        return match args.settings() {
            Ok(settings) => super::stream::run(
                redac::stream::Task::Rewrite(settings),
                args.jobs,
                args.max_bytes,
                args.quiet,
            ),
            Err(message) => fail(message),
        };
    }
    match rewrite(&args) {
        Ok(status) => status,
        Err(message) => fail(message),
    }
}

fn rewrite(args: &RewriteArgs) -> Result<u8, String> {
    if let Some(folder) = args.input.as_deref().filter(|p| p.is_dir()) {
        return super::batch::rewrite_folder(args, folder);
    }
    if args.report_to_stdout() && args.output.is_none() {
        return Err("--report - and the article would both go to standard output; give -o FILE for the article".into());
    }
    let lead = read_source(args.input.as_deref(), args.max_bytes)?;
    let (related, unread) = read_related(&args.with, args.input.as_deref(), args.max_bytes)?;
    refuse_overwriting_inputs(args)?;
    let settings = args.settings()?;
    // The lead is handed over: its bytes are freed once read. The structure table is only
    // in the JSON report.
    let structure = args.report.is_some();
    let result = redac::dossier::rewrite_lead(lead, &related, &settings, structure)
        .map_err(|e| e.to_string())?
        .with_skipped(&unread);
    // The related sources are no longer needed either: not held while the report is made.
    drop(related);
    // Serialised only when asked for: for a huge input the report is larger than the article.
    if let Some(path) = &args.report {
        let report = export::json::to_string(&result.report);
        if args.report_to_stdout() {
            println!("{}", report.trim_end());
        } else {
            writing::write_atomic(path, report.as_bytes())
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    match &args.output {
        Some(path) => writing::write_atomic(path, result.markdown.as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))?,
        None => print!("{}", result.markdown),
    }
    if !args.quiet {
        for line in export::summary::lines(&result.report) {
            super::say(&line);
        }
    }
    Ok(if result.report.passes_check() {
        EXIT_OK
    } else {
        EXIT_SHORT
    })
}

/// Read a source file, or standard input for `None` and `-`, stopping at `max_bytes`.
pub fn read_source(path: Option<&Path>, max_bytes: usize) -> Result<SourceInput, String> {
    let (name, bytes) = match path {
        None => read_stdin(max_bytes)?,
        Some(p) if p.as_os_str() == "-" => read_stdin(max_bytes)?,
        Some(p) if p.is_dir() => {
            return Err(format!(
                "{}: is a directory; to rewrite a folder, give -o OUTDIR",
                p.display()
            ))
        }
        Some(p) => (
            p.display().to_string(),
            input::read_file(p, max_bytes).map_err(|e| format!("{}: {e}", p.display()))?,
        ),
    };
    Ok(SourceInput { name, bytes })
}

fn read_stdin(max_bytes: usize) -> Result<(String, Vec<u8>), String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("redac: reading the article from the terminal; end with Ctrl-D");
    }
    let bytes =
        input::read_stream(stdin.lock(), max_bytes).map_err(|e| format!("standard input: {e}"))?;
    Ok(("<stdin>".into(), bytes))
}

/// Related files that could not be read: their name and why.
type Unread = Vec<(String, String)>;

/// `--with` files, and the *.txt / *.md files of `--with` directories, in a stable order. The
/// lead itself, when a `--with` directory holds it, is skipped: `rewrite dossier/lead.txt --with
/// dossier/` means the lead and the rest of its folder. A file that cannot be read is returned
/// apart with its reason: the dossier is written without it.
fn read_related(
    paths: &[PathBuf],
    lead: Option<&Path>,
    max_bytes: usize,
) -> Result<(Vec<SourceInput>, Unread), String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {}", path.display(), io_reason(&e)))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(is_source_extension))
                .filter(|p| !lead.is_some_and(|lead| writing::same_file(lead, p)))
                .collect();
            entries.sort();
            files.extend(entries);
        } else {
            files.push(path.clone());
        }
    }
    let mut read = Vec::new();
    let mut unread = Vec::new();
    for path in &files {
        match read_source(Some(path), max_bytes) {
            Ok(source) => read.push(source),
            Err(reason) => {
                let prefix = format!("{}: ", path.display());
                let reason = reason.strip_prefix(&prefix).unwrap_or(&reason).to_string();
                unread.push((path.display().to_string(), reason));
            }
        }
    }
    Ok((read, unread))
}

/// The extensions of the files a `--with` folder adds: the formats redac reads.
fn is_source_extension(extension: &std::ffi::OsStr) -> bool {
    redac::batch::select::EXTENSIONS
        .iter()
        .any(|x| extension.eq_ignore_ascii_case(x))
}

/// `-o` and `--report` may land neither on an input nor in a `--with` folder.
fn refuse_overwriting_inputs(args: &RewriteArgs) -> Result<(), String> {
    let outputs: Vec<&Path> = args
        .output
        .iter()
        .chain(&args.report)
        .map(|p| p.as_path())
        .collect();
    let inputs: Vec<&Path> = args
        .input
        .iter()
        .chain(&args.with)
        .map(|p| p.as_path())
        .collect();
    redac::outputs::refuse_overlap(&outputs, &inputs).map_err(|e| e.to_string())
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
