//! Standalone: a borrowed passage must read on its own in its new place.
//!
//! A sentence is left out when it restates the article ([`super::overlap`]), and also when it
//! leans on context the article does not carry: it opens with a pronoun or an anaphora ("Il",
//! "Cela", "Ces derniers") or says "également"/"aussi" while the sentence before it in its
//! source is not borrowed with it, or it dates itself relative to its source's day ("jeudi",
//! "hier", "cette semaine") and [`super::anchoring`] cannot give that day its date. Once a
//! sentence is left out, the rest of the paragraph is borrowed only from the next sentence
//! that stands on its own.

use super::overlap::Overlap;
use crate::segmenting::Paragraph;
use regex::Regex;
use std::sync::LazyLock;

static ANAPHORIC_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:il|elle|ils|elles|cela|ceci|ça|celui-ci|celle-ci|ceux-ci|ces derniers|ces dernières|ce dernier|cette dernière|lui|eux|leur|le premier|la première|y|en outre|de plus|par ailleurs|pourtant|cependant|toutefois|mais|et|or|ainsi|donc|par contre|d[’']ailleurs|en revanche|en effet|lequel|laquelle|lesquels|lesquelles)\b").unwrap()
});
/// A subject set against another by a stressed pronoun ("Les autorités, elles, rejettent…"):
/// the other side was told in the sentence before.
static CONTRASTED_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^,.]+,\s+(?i:lui|elle|eux|elles),\s").unwrap());
/// A stressed pronoun after a preposition in the opening words ("Parmi elles, 15 ont été
/// placées en garde à vue", "Selon lui,", "l’un d’eux") stands for people or things the
/// sentence before named.
static PRONOUN_AFTER_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:«\s*)?(?:\S+\s+){0,3}?(?:(?i:parmi|selon|pour|d[’']après|chez|contre|avec|comme|sans|entre|derrière|devant)\s+|(?i:d[’']))(?i:lui|elle|eux|elles)\b").unwrap()
});
/// A pointer to the source's own text ("les 80 euros précédemment cités", "ci-dessous").
static TEXT_POINTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:précédemment|plus haut|ci-dessus|ci-dessous)\b").unwrap()
});
/// A demonstrative in the opening words ("ces exercices", "cette décision") points at
/// something said before.
static DEMONSTRATIVE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\S+\s+){0,6}?(?i:ce|cet|cette|ces)\s+(?:«\s*)?\p{L}").unwrap()
});
/// A definite article and a bare generic noun, then straight the verb ("Les dirigeants ont",
/// "Les deux pays ont"), name people or places the previous sentence introduced. With a
/// qualifier ("Le dirigeant biélorusse a") the phrase says who it is and reads on its own.
static DEFINITE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:le|la|les|l[’'])\s*(?i:deux|trois|quatre)?\s*(?i:dirigeants?|pays|hommes?|présidents?|chefs?|deux)\s+(?i:a|ont|est|sont|avait|avaient|se|s[’']|y|n[’']|ne)\b").unwrap()
});
/// The clitic "y" ("l’armée russe y a installé…") stands for a place named before; "il y a"
/// is an idiom, not a reference.
static CLITIC_Y: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\S+)\s+y\s+(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront)\b")
        .unwrap()
});

fn has_clitic_y(sentence: &str) -> bool {
    CLITIC_Y
        .captures_iter(sentence)
        .any(|c| !matches!(c[1].to_lowercase().as_str(), "il" | "n’" | "n'"))
}

/// A borrowed sentence has at least this many words: shorter ones are fragments of a sentence
/// the splitter could not keep whole (an unbalanced quotation in the source).
const MIN_BORROWED_WORDS: usize = 6;
/// A quotation attributed only by a pronoun ("», répète-t-il", "a-t-elle assuré") belongs to
/// someone a previous sentence named.
static PRONOUN_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)-t-(?:il|elle|ils|elles)\b|\b(?:dit|explique|ajoute|affirme|assure|poursuit|répète|souligne|précise|estime|insiste|lance|conclut|raconte|martèle|rétorque|répond)-(?:il|elle|ils|elles)\b").unwrap()
});
static ALSO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(également|aussi|de même|lui aussi|non plus|similaires?)\b").unwrap()
});
static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|aujourd[’']hui|demain|cette semaine|la semaine (dernière|prochaine|passée)|ce mois-ci|ce matin|ce soir|cet après-midi|plus tôt dans la journée)\b").unwrap()
});
static DATED_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(er)?\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)").unwrap()
});

/// Why a sentence of a related source was not borrowed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The article already says it (in the sentence given).
    Repeats(String),
    /// A pronoun, demonstrative or "également" points at a sentence not borrowed with it.
    PointsBack,
    /// A day relative to its source's date ("jeudi", "hier").
    RelativeDay,
    /// A piece of a sentence (too short, unpaired quotation marks).
    Fragment,
}

/// The sentences of `paragraph` that can be borrowed (relative days anchored to
/// `source_date`), and the others with their reason.
pub fn readable_run<'a>(
    paragraph: &'a Paragraph,
    seen: &Overlap,
    source_date: Option<&str>,
) -> (Vec<String>, Vec<(&'a str, Reason)>) {
    let mut kept: Vec<String> = Vec::new();
    let mut left_out = Vec::new();
    let mut previous_kept = false;
    for (i, sentence) in paragraph.sentence_texts().enumerate() {
        let verdict = reason_to_leave_out(sentence, seen, previous_kept && i > 0).map_or_else(
            || anchored(sentence, source_date).ok_or(Reason::RelativeDay),
            Err,
        );
        previous_kept = verdict.is_ok();
        match verdict {
            Ok(text) => kept.push(text),
            Err(reason) => left_out.push((sentence, reason)),
        }
    }
    (kept, left_out)
}

/// The sentence as it can be borrowed: unchanged, or with its relative days dated.
fn anchored(sentence: &str, source_date: Option<&str>) -> Option<String> {
    if has_relative_day(sentence) {
        super::anchoring::anchor(sentence, source_date)
    } else {
        Some(sentence.to_string())
    }
}

fn reason_to_leave_out(sentence: &str, seen: &Overlap, follows_previous: bool) -> Option<Reason> {
    let leans_back = ANAPHORIC_START.is_match(sentence)
        || ALSO.is_match(sentence)
        || PRONOUN_ATTRIBUTION.is_match(sentence)
        || DEMONSTRATIVE_OPENING.is_match(sentence)
        || DEFINITE_REFERENCE.is_match(sentence)
        || CONTRASTED_SUBJECT.is_match(sentence)
        || PRONOUN_AFTER_PREPOSITION.is_match(sentence)
        || TEXT_POINTER.is_match(sentence)
        || has_clitic_y(sentence);
    if let Some(said) = seen.restated(sentence) {
        Some(Reason::Repeats(said.to_string()))
    } else if is_fragment(sentence) {
        Some(Reason::Fragment)
    } else if leans_back && !follows_previous {
        Some(Reason::PointsBack)
    } else {
        None
    }
}

/// Too short, or its quotation marks do not pair up, or only quotations with no one to say
/// them: a piece of a sentence, not a sentence.
fn is_fragment(sentence: &str) -> bool {
    let count = |c: char| sentence.chars().filter(|&x| x == c).count();
    crate::segmenting::count_words(sentence) < MIN_BORROWED_WORDS
        || count('«') != count('»')
        || count('"') % 2 == 1
        || only_quotations(sentence)
}

/// The adverbs that join quotations as a connective does ("mais d’abord", "et surtout").
const JOINING_ADVERBS: [&str; 5] = ["abord", "surtout", "ensuite", "enfin", "aussi"];

/// "« Ni victime ni héros », mais d’abord « inquiet pour tous les Juifs de France ».": Le
/// Figaro's chapô opens on its subject's words, and the next sentence says who he is. Borrowed
/// alone, the words were said by no one. Quotations whose words outside the guillemets only
/// join them (stop words, "d’abord") name no speaker; "», demande la présidente." names one,
/// and so may a quotation alone, whose speaker French sets inside it ("« La violence…,
/// explique Léna Lazare, …").
fn only_quotations(sentence: &str) -> bool {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in sentence.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let mut joining = outside
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    sentence.matches('«').count() >= 2
        && joining.peek().is_some()
        && joining.all(|w| {
            crate::segmenting::with_lowercase(w, |w| {
                crate::lexicon::is_stop_word(w) || JOINING_ADVERBS.contains(&w)
            })
        })
}

/// A day named without a date ("jeudi", "hier"); "dimanche 23 juillet" is dated and fine.
pub fn has_relative_day(sentence: &str) -> bool {
    let without_dated = DATED_DAY.replace_all(sentence, "");
    RELATIVE_DAY.is_match(&without_dated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_attributed_by_a_pronoun_points_back() {
        let p = Paragraph::new("« Pour empêcher une injustice, j’en ai commis une autre », répète-t-il devant le tribunal.");
        let (kept, _) = readable_run(&p, &Overlap::default(), None);
        assert!(kept.is_empty());
        assert!(!PRONOUN_ATTRIBUTION.is_match("« Il faut partager l’eau », explique Léna Lazare."));
    }

    #[test]
    fn a_demonstrative_before_a_quotation_mark_points_back() {
        assert!(DEMONSTRATIVE_OPENING.is_match(
            "Ces « armes de guerre » sont pour autant critiquées pour leur dangerosité."
        ));
    }

    #[test]
    fn a_contrasted_subject_a_connective_or_a_pointer_to_the_text_points_back() {
        for sentence in [
            "Les autorités, elles, rejettent la responsabilité des affrontements sur les organisateurs.",
            "En effet, une première vague de baisse des cotisations a déjà permis une hausse.",
            "Lesquels viendront s’ajouter aux 80 euros précédemment cités.",
            "Le montant précédemment cité sera versé en janvier aux salariés.",
        ] {
            let p = Paragraph::new(sentence);
            let (kept, _) = readable_run(&p, &Overlap::default(), None);
            assert!(kept.is_empty(), "{sentence}");
        }
        let p = Paragraph::new(
            "Les autorités, selon le préfet, rejettent la responsabilité des affrontements.",
        );
        assert_eq!(readable_run(&p, &Overlap::default(), None).0.len(), 1);
    }

    /// The Tribune de Genève's "Parmi elles" stood in a dossier without the 26 arrests it
    /// counts from (its sentence was not borrowed).
    #[test]
    fn a_pronoun_after_a_preposition_points_back() {
        for sentence in [
            "Parmi elles, 15 ont été placées en garde en vue selon le parquet de Paris.",
            "Selon lui, la manifestation a rassemblé plusieurs milliers de personnes.",
            "L’un d’eux a été blessé par un tir de grenade lacrymogène au visage.",
            "Pour elle, la réforme des retraites ne passera pas au Sénat cette année.",
        ] {
            assert_eq!(borrowed(sentence), 0, "{sentence}");
        }
        for sentence in [
            "Selon la préfecture de police, 26 personnes ont été interpellées à Paris.",
            "Pour le ministre, la réforme des retraites ne passera pas au Sénat cette année.",
            "Le philosophe a refusé de porter plainte contre les manifestants qui l’ont insulté.",
        ] {
            assert_eq!(borrowed(sentence), 1, "{sentence}");
        }
    }

    /// How many sentences of `paragraph`, a related source's, may be borrowed alone.
    fn borrowed(paragraph: &str) -> usize {
        readable_run(&Paragraph::new(paragraph), &Overlap::default(), None)
            .0
            .len()
    }

    #[test]
    fn quotations_said_by_no_one_are_a_fragment() {
        assert_eq!(
            borrowed(
                "« Ni victime ni héros », mais d’abord « inquiet pour tous les Juifs de France »."
            ),
            0
        );
        for said in [
            "« Un déferlement de haine à l’état pur », a dénoncé le ministre de l’Intérieur.",
            "Le ministre a dénoncé « un déferlement de haine à l’état pur » dans un tweet.",
            "« Vous êtes en colère ? », demande la présidente.",
            "« La violence mise en œuvre par les gendarmes pose question, explique Léna Lazare. »",
        ] {
            assert_eq!(borrowed(said), 1, "{said}");
        }
    }

    #[test]
    fn a_clitic_y_points_back_but_il_y_a_does_not() {
        assert!(has_clitic_y(
            "L’armée russe y a récemment installé des armes nucléaires tactiques."
        ));
        assert!(!has_clitic_y(
            "Il y a deux ans, la Russie a installé des armes."
        ));
    }

    #[test]
    fn relative_days_are_caught_and_dated_days_are_not() {
        assert!(has_relative_day(
            "Jeudi, le ministère a déclaré que les mercenaires s’entraînent."
        ));
        assert!(has_relative_day(
            "Il a reçu le roi de Bahreïn à Moscou jeudi."
        ));
        assert!(has_relative_day(
            "Poutine a déclaré ce lundi (19) que le pays n’avait aucun intérêt."
        ));
        assert!(!has_relative_day(
            "Ils se sont rencontrés dimanche 23 juillet à Saint-Pétersbourg."
        ));
        assert!(!has_relative_day(
            "Le déploiement des armes nucléaires inquiète l’OTAN."
        ));
    }

    #[test]
    fn a_passage_never_opens_on_a_pronoun_left_behind() {
        let p = Paragraph::new("Il a souligné le déploiement de troupes. Le Belarus sert de tampon contre le bloc occidental. Cela étendrait sa portée vers l’ouest de l’Europe.");
        let (kept, left_out) = readable_run(&p, &Overlap::default(), None);
        assert_eq!(
            kept,
            vec![
                "Le Belarus sert de tampon contre le bloc occidental.",
                "Cela étendrait sa portée vers l’ouest de l’Europe."
            ]
        );
        assert_eq!(
            left_out,
            vec![(
                "Il a souligné le déploiement de troupes.",
                Reason::PointsBack
            )]
        );
    }
}
