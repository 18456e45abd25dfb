//! Work grows about linearly with hostile input: each shape is run at two sizes, four times
//! apart, and the CPU time this thread spent is compared. Linear work takes about 4 times as
//! long, quadratic work 16 times; the test allows 9. It compares two runs of the same build on
//! the same machine, never a time against a threshold, and counts CPU time of this thread only
//! (`CLOCK_THREAD_CPUTIME_ID`), so other processes on the machine barely move it.

use redac::analysing::Keyphrase;
use redac::composing::meta;
use redac::pipeline::{Settings, SourceInput};
use redac::segmenting::{split_sentences, Paragraph};

const LEAD: &str = "Le président russe Vladimir Poutine a rencontré mercredi son homologue biélorusse Alexandre Loukachenko à Minsk pour discuter de la sécurité régionale. ";

/// Nanoseconds this thread has run on a CPU; `None` where it is not measured.
#[cfg(target_os = "linux")]
fn thread_cpu_ns() -> Option<u64> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Some(u64::try_from(t.tv_sec).ok()? * 1_000_000_000 + u64::try_from(t.tv_nsec).ok()?)
}

#[cfg(not(target_os = "linux"))]
fn thread_cpu_ns() -> Option<u64> {
    None
}

/// The least CPU time of three runs of `work` (the least is the least disturbed).
fn cpu_time(work: &dyn Fn()) -> Option<u64> {
    (0..3)
        .map(|_| {
            let start = thread_cpu_ns()?;
            work();
            Some(thread_cpu_ns()? - start)
        })
        .min()
        .flatten()
}

/// Assert that `work(4 n)` costs at most 9 times `work(n)`.
fn assert_linear(shape: &str, n: usize, work: impl Fn(usize)) {
    let (Some(small), Some(large)) = (cpu_time(&|| work(n)), cpu_time(&|| work(4 * n))) else {
        eprintln!("no per-thread CPU time here: {shape} not measured");
        return;
    };
    let ratio = large as f64 / small.max(1) as f64;
    eprintln!("{shape}: {small} ns, ×4 input {large} ns, ratio {ratio:.1}");
    assert!(
        ratio < 9.0,
        "{shape}: 4 times the input cost {ratio:.1} times the work"
    );
}

fn repeated(head: &str, unit: &str, bytes: usize) -> String {
    let mut text = String::from(head);
    while text.len() < bytes {
        text.push_str(unit);
    }
    text + " hier."
}

fn rewrite(text: &str) {
    let source = SourceInput {
        name: "hostile".into(),
        bytes: format!("{}\n\n{text}\n", LEAD.repeat(6)).into_bytes(),
    };
    let _ = redac::dossier::rewrite(&source, &[], &Settings::default());
}

#[test]
fn segmenting_a_quotation_that_never_closes_is_linear() {
    assert_linear("open quotation", 100_000, |n| {
        split_sentences(&repeated("« Le président ", "M. Dupont arrive. ", n));
    });
}

#[test]
fn segmenting_a_paragraph_of_abbreviations_is_linear() {
    assert_linear("abbreviations", 100_000, |n| {
        split_sentences(&repeated("Le président ", "M. Mme av. J.-C. janv. ", n));
    });
}

#[test]
fn the_meta_description_of_a_comma_rich_sentence_is_linear() {
    let keyphrase = Keyphrase::new("Minsk");
    assert_linear("commas in the meta description", 50_000, |n| {
        let sentence = repeated("Le président russe a reçu son homologue", " à Minsk,", n);
        meta::compose(&[Paragraph::new(sentence)], &keyphrase);
    });
}

#[test]
fn the_meta_description_of_a_sentence_of_relative_asides_is_linear() {
    // Each aside after no verb asks whether the words before it hold one: read once each.
    let keyphrase = Keyphrase::new("République");
    assert_linear("relative asides in the meta description", 20_000, |n| {
        let sentence = repeated(
            "Le président de la République française et le chef du gouvernement de la Belgique voisine",
            ", qui le",
            n,
        );
        meta::compose(&[Paragraph::new(sentence)], &keyphrase);
    });
}

#[test]
fn mending_a_line_of_glued_stops_is_linear() {
    // Each glued stop asked whether a lone word followed it to the line's end, reading the
    // rest of the line: 1.2 s for 1 MB of one line. Measured on the repair alone, at sizes
    // where the reading would show.
    assert_linear("glued stops", 200_000, |n| {
        let line = repeated(
            "Le président ",
            "a parlé aux médias.«C’est un défi», a-t-il dit à 1MDB.L’audience commence.Migros ",
            n,
        );
        redac::reading::repair::unglue_paragraphs(&line);
    });
}

#[test]
fn rewriting_hostile_paragraphs_is_linear() {
    for (shape, head, unit) in [
        ("commas", "Le président a reçu son homologue", " à Minsk,"),
        ("abbreviations", "Le président ", "M. Mme av. J.-C. janv. "),
        ("open quotation", "« Le président ", "M. Dupont arrive. "),
        ("one long word", "Le président ", "a"),
        // Glued sentence openers with no stop: each is a place a glued intertitle may end.
        ("glued openers", "Le président ", "arriveLes "),
        // Addresses: each "https:" was a colon after which the description looked for a main
        // clause, reading the rest of the sentence again (16 s for 800 KB).
        (
            "addresses",
            "Le président a reçu son homologue ",
            "https://exemple.fr/a ",
        ),
        // Spaced colons, each one a real place to look: only the first few are.
        ("colons", "Le président a reçu son homologue ", "à Minsk : "),
        // Quotations glued to a word, on a line without a stop: each asked whether the line's
        // start read as a heading (104 s for 1 MB).
        ("glued quotations", "Le président ", "parlait«Le texte dit "),
    ] {
        assert_linear(shape, 20_000, |n| rewrite(&repeated(head, unit, n)));
    }
}
