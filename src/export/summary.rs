//! Summary: the few lines `rewrite` prints on stderr for the person at the terminal.

use crate::pipeline::Report;

/// Lines describing what was understood and produced, most important last (the verdict).
pub fn lines(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    if !report.brief.is_empty() {
        out.push(format!("brief understood: {}", brief_words(report)));
    }
    out.extend(
        report
            .sources
            .iter()
            .filter(|s| s.encoding_guessed)
            .map(|s| format!("{}: not UTF-8, read as {}", s.name, s.encoding)),
    );
    out.extend(
        report
            .sources
            .iter()
            .filter(|s| !s.replaced_lines.is_empty())
            .map(|s| {
                let lines: Vec<String> = s.replaced_lines.iter().map(usize::to_string).collect();
                format!(
                    "{}: invalid UTF-8 on line {}, read as windows-1252 or replaced with \u{fffd}",
                    s.name,
                    lines.join(", ")
                )
            }),
    );
    out.extend(
        report
            .sources
            .iter()
            .filter(|s| s.encoded_twice > 0)
            .map(|s| {
                format!(
                    "{}: {} characters had been encoded twice (UTF-8 read as windows-1252), made whole",
                    s.name, s.encoded_twice
                )
            }),
    );
    out.extend(removed_line(report));
    out.push(format!(
        "language: {} (confidence {:.2})",
        report.language.name, report.language.confidence
    ));
    out.extend(sources_lines(report));
    out.push(format!(
        "keyphrase: «\u{a0}{}\u{a0}» ({}), {} occurrence(s), {:.2} %",
        report.keyphrase,
        report.keyphrase_origin,
        report.density.keyphrase.count,
        report.density.keyphrase.density
    ));
    out.push(format!("title: {}", report.title));
    out.push(format!(
        "{} heading(s): {}",
        report.headings.len(),
        report.headings.join(" | ")
    ));
    // min-words is the verdict, said last.
    out.extend(
        report
            .checks
            .iter()
            .filter(|c| !c.passed && c.id != "min-words")
            .map(|c| format!("check {}: {} ({})", c.severity.as_str(), c.id, c.detail)),
    );
    out.push(verdict(report));
    out
}

/// How many lines were taken out, and why, in one line: "removed 41 lines: 12 share, 9
/// related-link, …".
fn removed_line(report: &Report) -> Option<String> {
    if report.removed.is_empty() {
        return None;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for removed in &report.removed {
        let role = removed.line.role.name();
        match counts.iter_mut().find(|(r, _)| *r == role) {
            Some((_, n)) => *n += 1,
            None => counts.push((role, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let roles: Vec<String> = counts.iter().map(|(r, n)| format!("{n} {r}")).collect();
    let lines = report.removed.len();
    let (plural, verb) = if lines == 1 { ("", "is") } else { ("s", "are") };
    Some(format!(
        "removed {lines} line{plural} that {verb} not the article: {}",
        roles.join(", ")
    ))
}

/// What the body left out of its sources: for a dossier, how many sources were used, what was
/// left out, which sources gave nothing; for a lone source, the sentences it prints twice.
fn sources_lines(report: &Report) -> Vec<String> {
    if report.sources.len() < 2 {
        // A lone source's own repeats: the one thing left out of its body.
        let repeats = report.left_out.len();
        return (repeats > 0)
            .then(|| format!("left out {repeats} sentence(s) the source prints twice"))
            .into_iter()
            .collect();
    }
    let used = report.sources.iter().filter(|s| s.words_used > 0).count();
    let repeats = report
        .left_out
        .iter()
        .filter(|l| matches!(l.reason, crate::dossier::standalone::Reason::Repeats(_)))
        .count();
    let mut out = vec![format!(
        "sources: {used} of {} used; {repeats} sentence(s) left out as repeating the article, {} as not readable on their own",
        report.sources.len(),
        report.left_out.len() - repeats
    )];
    out.extend(report.sources.iter().filter_map(|s| {
        let reason = s.skipped.as_deref()?;
        Some(format!("{}: skipped: {reason}", s.name))
    }));
    out.extend(
        report
            .sources
            .iter()
            .filter(|s| s.words_used == 0 && s.skipped.is_none() && s.index > 0)
            .map(|s| {
                format!(
            "{}: contributed nothing (what it says is already in the article, or off topic)",
            s.name
        )
            }),
    );
    out
}

/// The closing line: words against the target, and what to do when short; then the rules
/// besides the length that `check` will fail the article on, which make the exit status 1
/// as a short brief does, and what to do about them.
pub fn verdict(report: &Report) -> String {
    let figure = format!("{} of {} words", report.words, report.target.min_words);
    let errors: Vec<&str> = report.check_errors().map(|c| c.id).collect();
    let rules = errors.join(", ");
    let unsaid = unsaid_keyphrase(report);
    match (report.brief_met, errors.is_empty()) {
        (true, true) => format!("{figure}: brief met"),
        (true, false) => {
            let advice = match (report.keyphrase_origin, &unsaid) {
                ("auto", _) => "choose the keyphrase with --keyphrase".to_string(),
                (_, Some(unsaid)) => format!("{unsaid}: give one they say"),
                _ => "give another keyphrase".to_string(),
            };
            format!(
                "{figure}: brief met, but `check` will fail the article on {rules}; {advice}, or \
                 add related sources with --with FILE"
            )
        }
        (false, true) => format!(
            "{figure}: brief not met, the sources are too short; add related sources with \
             --with FILE"
        ),
        (false, false) => format!(
            "{figure}: brief not met, the sources are too short; add related sources with \
             --with FILE (`check` will also fail the article on {rules}{})",
            unsaid.map(|u| format!("; {u}")).unwrap_or_default()
        ),
    }
}

/// "the sources never say the keyphrase « réforme des retraites »": a keyphrase the flags or
/// the brief gave that the article's text never says. The title and description are then
/// composed as for the sources' own keyphrase, and only a source that says it can mend that.
/// A title that holds it came from the source's headline, which says it (the pipeline's
/// `Context::says` reads the headline too).
fn unsaid_keyphrase(report: &Report) -> Option<String> {
    let unsaid = report.keyphrase_origin != "auto"
        && report.density.keyphrase.count == 0
        && !crate::analysing::Keyphrase::new(&report.keyphrase).is_in(&report.title);
    unsaid.then(|| {
        format!(
            "the sources never say the keyphrase «\u{a0}{}\u{a0}»",
            report.keyphrase
        )
    })
}

fn brief_words(report: &Report) -> String {
    let b = &report.brief;
    let mut parts = Vec::new();
    if let Some(lang) = &b.language {
        parts.push(if lang == "fr" {
            "French".to_string()
        } else {
            format!("language {lang}")
        });
    }
    if let Some(n) = b.min_words {
        parts.push(format!("at least {n} words"));
    }
    if b.subheadings == Some(true) {
        parts.push("subheadings".into());
    }
    if b.seo {
        parts.push("SEO".into());
    }
    if b.customise_title {
        parts.push("customised title".into());
    }
    if let Some(keyphrase) = &b.keyphrase {
        parts.push(format!("keyphrase «\u{a0}{keyphrase}\u{a0}»"));
    }
    parts.join(", ")
}
