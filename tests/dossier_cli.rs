//! `redac rewrite LEAD --with …`: one article from the five seed reports of the same story.

use regex::Regex;
use std::collections::HashSet;

mod common;

use common::{body_sentences, canonical, dossier_args, redac, split, Run, SEEDS};

/// `rewrite LEAD --with` every other seed, in the given order.
fn dossier(lead: usize, order: &[usize]) -> Run {
    let mut args = vec!["rewrite", SEEDS[lead]];
    for &i in order.iter().filter(|&&i| i != lead) {
        args.extend(["--with", SEEDS[i]]);
    }
    redac(&args)
}

/// Independent of redac's own measure: lowercase words of four letters or more, Jaccard.
fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(&b).count() as f64 / union as f64
    }
}

#[test]
fn seed_000_with_the_four_others_meets_the_brief_honestly() {
    let run = dossier(0, &[1, 2, 3, 4]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let (fm, body) = split(&run.stdout);
    assert!(fm.words >= 700, "{}", fm.words);
    let sources: Vec<String> = SEEDS
        .iter()
        .map(|s| canonical(&std::fs::read_to_string(s).unwrap()))
        .collect();
    let sentences = body_sentences(&body);
    // The one thing redac adds to a borrowed sentence: the date of a relative day, " (24 mai 2024)".
    let anchor = Regex::new(r" \(\d{1,2}(er)? \p{L}+ \d{4}\)").unwrap();
    for s in &sentences {
        let c = canonical(&anchor.replace_all(s, ""));
        let found = sources.iter().filter(|src| src.contains(&c)).count();
        assert_eq!(found, 1, "sentence found in {found} sources: {s}");
    }
    for (i, a) in sentences.iter().enumerate() {
        for b in &sentences[i + 1..] {
            assert!(similarity(a, b) < 0.5, "near-duplicates:\n{a}\n{b}");
        }
    }
    let sources_section = body
        .split("\n## Sources\n")
        .nth(1)
        .expect("a Sources section");
    for outlet in ["La Gazette", "EU Reporter", "AFP"] {
        assert!(
            sources_section.contains(outlet),
            "{outlet} missing from Sources"
        );
    }
}

/// `rewrite LEAD --with …others --report /dev/stdout`: the JSON report of a dossier.
fn dossier_report(lead: usize) -> serde_json::Value {
    let mut args = dossier_args(lead);
    args.extend(["--quiet", "--report", "/dev/stdout", "-o", "/dev/null"]);
    serde_json::from_str(&redac(&args).stdout).unwrap()
}

#[test]
fn every_seed_as_lead_reads_as_one_article() {
    let pronoun = Regex::new(r"^(Il|Elle|Ils|Elles|Cela|Ceci|Ces derniers|Ce dernier)\b").unwrap();
    let relative_day = Regex::new(
        r"(?i)\b(hier|demain|cette semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    )
    .unwrap();
    // A day followed by its date ("dimanche 23 juillet", or redac's anchor "jeudi (23 mai 2024)").
    let dated_day =
        Regex::new(r"(?i)(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\(?\d").unwrap();
    for (lead, seed) in SEEDS.iter().enumerate() {
        let run = dossier(lead, &[0, 1, 2, 3, 4]);
        assert!(run.status == 0 || run.status == 1, "{}", run.stderr);
        let (fm, body) = split(&run.stdout);
        assert!(
            fm.words <= 1050,
            "lead {lead}: {} words, over the 1.5× cap",
            fm.words
        );
        assert!(body.contains("\n## Sources\n"), "lead {lead}");
        let lead_text = canonical(&std::fs::read_to_string(seed).unwrap());
        let report = dossier_report(lead);
        let traces = report["sentences"].as_array().unwrap();
        for (i, trace) in traces.iter().enumerate().filter(|(_, t)| t["source"] != 0) {
            let text = trace["text"].as_str().unwrap();
            // A pronoun is resolved when the sentence before it in the article is the one
            // before it in its source paragraph.
            let follows_its_antecedent = i > 0
                && traces[i - 1]["source"] == trace["source"]
                && traces[i - 1]["line"] == trace["line"];
            assert!(
                !pronoun.is_match(text)
                    || follows_its_antecedent
                    || lead_text.contains(&canonical(text)),
                "lead {lead}: borrowed sentence opens on a pronoun: {text}"
            );
            assert!(
                !relative_day.is_match(&dated_day.replace_all(text, "")),
                "lead {lead}: unanchored day: {text}"
            );
        }
    }
}

#[test]
fn the_order_of_with_does_not_change_the_article() {
    assert_eq!(
        dossier(2, &[0, 1, 3, 4]).stdout,
        dossier(2, &[4, 3, 1, 0]).stdout
    );
}

#[test]
fn a_bad_related_source_is_skipped_by_name_and_never_sinks_the_article() {
    let mut args = dossier_args(0);
    args.extend([
        "--with",
        "fixtures/bad/english.txt",
        "--with",
        "fixtures/absent.txt",
    ]);
    let run = redac(&args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("fixtures/bad/english.txt: skipped:")
            && run.stderr.contains("English")
            && run.stderr.contains("fixtures/absent.txt: skipped:"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, dossier(0, &[1, 2, 3, 4]).stdout);
    args.extend(["--quiet", "--report", "/dev/stdout", "-o", "/dev/null"]);
    let report: serde_json::Value = serde_json::from_str(&redac(&args).stdout).unwrap();
    let skipped: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["skipped"].as_str())
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
}

#[test]
fn a_dossier_short_once_its_bad_source_is_skipped_exits_1() {
    let run = redac(&["rewrite", SEEDS[0], "--with", "fixtures/bad/english.txt"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("english.txt: skipped:"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, redac(&["rewrite", SEEDS[0]]).stdout);
}

#[test]
fn each_related_source_accounts_for_its_words() {
    let report = dossier_report(0);
    for source in &report["sources"].as_array().unwrap()[1..] {
        let a = &source["account"];
        let n = |k: &str| a[k].as_u64().unwrap();
        assert!(n("relevant") <= n("words"), "{a}");
        assert_eq!(n("used"), source["words_used"].as_u64().unwrap(), "{a}");
        let parts = n("used") + n("repeated") + n("not_standalone") + n("unused");
        assert!(parts.abs_diff(n("relevant")) <= 10, "{a}");
    }
}

#[test]
fn a_copy_of_the_lead_contributes_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copie.txt");
    std::fs::copy(SEEDS[2], &copy).unwrap();
    let run = redac(&["rewrite", SEEDS[2], "--with", copy.to_str().unwrap()]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("copie.txt: contributed nothing"),
        "{}",
        run.stderr
    );
    assert_eq!(
        split(&run.stdout).0.words,
        split(&redac(&["rewrite", SEEDS[2]]).stdout).0.words
    );
}

#[test]
fn a_folder_of_related_sources_is_the_same_as_listing_them() {
    let dir = tempfile::tempdir().unwrap();
    for seed in &SEEDS[1..] {
        let name = std::path::Path::new(seed).file_name().unwrap();
        std::fs::copy(seed, dir.path().join(name)).unwrap();
    }
    let from_folder = redac(&["rewrite", SEEDS[0], "--with", dir.path().to_str().unwrap()]);
    assert_eq!(from_folder.status, 0, "{}", from_folder.stderr);
    assert_eq!(from_folder.stdout, dossier(0, &[1, 2, 3, 4]).stdout);
}

#[test]
fn the_lead_in_its_own_with_folder_is_not_read_twice() {
    let run = redac(&["rewrite", SEEDS[0], "--with", "fixtures/"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        !run.stderr.contains("contributed nothing"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, dossier(0, &[1, 2, 3, 4]).stdout);
}

/// Four outlets' reports of one story (corpus `events/finkielkraut_2019`): their pages repeat
/// their own text (a pull quote, a post embedded twice), which the seeds do not.
const EVENT: [&str; 4] = [
    "fixtures/events/finkielkraut_2019/ladh.txt",
    "fixtures/events/finkielkraut_2019/lefigaro.txt",
    "fixtures/events/finkielkraut_2019/lepoint.txt",
    "fixtures/events/finkielkraut_2019/tdg.txt",
];

/// Sentences cut by punctuation alone, independent of redac's splitter (which keeps a long
/// quotation whole): an end mark, white space, then a capital or an opening quotation mark.
fn plain_sentences(body: &str) -> Vec<String> {
    let end = Regex::new(r"[.!?»]\s+[\p{Lu}«]").unwrap();
    let mut sentences = Vec::new();
    for paragraph in common::body_paragraphs(body) {
        let mut start = 0;
        for m in end.find_iter(&paragraph) {
            let cut = m.start() + m.as_str().chars().next().unwrap().len_utf8();
            sentences.push(paragraph[start..cut].trim().to_string());
            start = cut;
        }
        sentences.push(paragraph[start..].trim().to_string());
    }
    sentences.retain(|s| s.chars().count() > 20);
    sentences
}

/// The event's dossier that `lead` leads, the other three outlets' reports `--with` it.
fn event_dossier(lead: &str) -> common::Run {
    let mut args = vec!["rewrite", lead];
    for other in EVENT.iter().filter(|o| **o != lead) {
        args.extend(["--with", other]);
    }
    redac(&args)
}

#[test]
fn no_two_sentences_of_an_event_dossier_tell_the_same_fact() {
    for lead in EVENT {
        let run = event_dossier(lead);
        assert_eq!(run.status, 0, "lead {lead}: {}", run.stderr);
        let (fm, body) = split(&run.stdout);
        assert!(fm.words >= 700, "lead {lead}: {} words", fm.words);
        let sentences = plain_sentences(&body);
        // The lead's own sentences are the journalist's, told whatever they share ("Selon la
        // préfecture de police, 26 personnes ont été interpellées à Paris." and, of Toulouse,
        // "Dix personnes ont été interpellées, selon la préfecture."): what the dossier adds
        // must not retell any of them, nor another source's.
        let alone = redac(&["rewrite", lead]);
        let own = plain_sentences(&split(&alone.stdout).1);
        for (i, a) in sentences.iter().enumerate() {
            for b in &sentences[i + 1..] {
                if own.contains(a) && own.contains(b) {
                    continue;
                }
                assert!(
                    similarity(a, b) < 0.5,
                    "lead {lead}: near-duplicates:\n{a}\n{b}"
                );
            }
        }
    }
}

/// What a dossier borrows reads on its own: the Tribune de Genève's "Parmi elles, 15 ont été
/// placées en garde en vue" came without the 26 arrests it counts from, and Le Figaro's "«
/// Ni victime ni héros », mais d’abord « inquiet pour tous les Juifs de France »." without
/// the philosopher who said it, in the dossiers Le Point's, the DH's and the Tribune's
/// reports lead.
#[test]
fn an_event_dossier_borrows_no_sentence_that_leans_on_its_neighbour() {
    for lead in EVENT {
        let body = split(&event_dossier(lead).stdout).1;
        let own = split(&redac(&["rewrite", lead]).stdout).1;
        let unsaid = "« Ni victime ni héros », mais d’abord";
        assert!(
            own.contains(unsaid) || !body.contains(unsaid),
            "lead {lead}"
        );
        for paragraph in common::body_paragraphs(&body) {
            if let Some(at) = paragraph.find("Parmi elles, 15") {
                assert!(
                    paragraph[..at].contains("26 personnes ont été interpellées"),
                    "lead {lead}: {paragraph}"
                );
            }
        }
    }
}

/// A bare text rarely names who published it: `--outlet FILE=NAME` does, and the Sources
/// list then names every outlet used, an untitled source by its outlet alone.
#[test]
fn the_sources_list_names_the_outlets_the_desk_gives() {
    let e = "fixtures/events/finkielkraut_2019";
    let (lead, with) = (format!("{e}/lepoint.txt"), ["ladh", "lefigaro", "tdg"]);
    let mut args = vec!["rewrite".to_string(), lead];
    for name in with {
        args.extend(["--with".to_string(), format!("{e}/{name}.txt")]);
    }
    for (file, outlet) in [
        ("lepoint.txt", "Le Point"),
        ("ladh.txt", "La DH"),
        // The path as given names the file too.
        (
            "fixtures/events/finkielkraut_2019/lefigaro.txt",
            "Le Figaro",
        ),
        ("tdg.txt", "Tribune de Genève"),
    ] {
        args.extend(["--outlet".to_string(), format!("{file}={outlet}")]);
    }
    let run = redac(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let sources = run
        .stdout
        .split("## Sources")
        .nth(1)
        .expect("a Sources list");
    let lines: Vec<&str> = sources.lines().filter(|l| l.starts_with("- ")).collect();
    assert!(lines.len() >= 2, "{sources}");
    let outlets = ["Le Point", "La DH", "Le Figaro", "Tribune de Genève"];
    for line in &lines {
        assert!(outlets.iter().any(|o| line.contains(o)), "{line}");
        assert!(!line.contains(".txt"), "{line}");
    }
    let bad = redac(&[
        "rewrite",
        "fixtures/events/finkielkraut_2019/lepoint.txt",
        "--outlet",
        "Le Point",
    ]);
    assert_eq!(bad.status, 2);
    assert!(bad.stderr.contains("FILE=NAME"), "{}", bad.stderr);
}
