//! Passive voice in French: *être* followed by a past participle, as in « le maire a été
//! élu », « les écoles seront fermées », « la loi est votée par le Sénat ».
//!
//! A sentence is passive when a form of *être* (any tense and mood, *été* of the compound
//! tenses included) is followed, after at most two adverbs (*pas*, *déjà*, *très*…), by a
//! past participle:
//!
//! - of a verb in *-er*: a word ending in *-é*, and with the participle's agreement with the
//!   subject, *-ée*, *-és*, *-ées* (« elles sont **choisies** » agrees in gender and number);
//! - or one of the common irregular participles ([`IRREGULAR`]: *pris*, *mis*, *fait*, *dit*,
//!   *vu*, *élu*, *ouvert*…), with the same agreement endings.
//!
//! What looks passive and is not, and is left out:
//!
//! - the compound tenses of the verbs conjugated with *être* (« il est **arrivé** », « elle
//!   est **née** », « ils sont **restés** »): their participles are listed in [`WITH_ETRE`];
//! - pronominal verbs (« il **s’est** rendu », « elles **se sont** réunies »): *être* after
//!   *se*, *s’*, *me*, *m’*, *te*, *t’*;
//! - adjectives that end like participles remain a known false positive (« le taux est
//!   **élevé** », « il est **âgé** de 40 ans »), as they are in Yoast's French check.

use super::LowerWords;

/// Forms of *être*, *été* included.
const ETRE: &[&str] = &[
    "suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez", "étaient",
    "serai", "seras", "sera", "serons", "serez", "seront", "serais", "serait", "serions", "seriez",
    "seraient", "fus", "fut", "fûmes", "fûtes", "furent", "sois", "soit", "soyons", "soyez",
    "soient", "fût", "être", "été", "étant",
];

/// Adverbs that may stand between *être* and the participle.
const ADVERBS: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "très",
    "déjà",
    "toujours",
    "souvent",
    "bien",
    "mal",
    "aussi",
    "encore",
    "tous",
    "toutes",
    "tout",
    "largement",
    "notamment",
    "également",
    "désormais",
    "ensuite",
    "alors",
    "ainsi",
    "peu",
    "trop",
    "fortement",
    "rapidement",
    "immédiatement",
    "officiellement",
    "finalement",
    "actuellement",
    "entièrement",
    "partiellement",
    "enfin",
    "vite",
    "parfois",
    "rarement",
    "longtemps",
    "ne",
    "n",
    "guère",
    "point",
    "presque",
];

/// Participles of the verbs whose compound tenses take *être* (not passives), in *-é*.
pub const WITH_ETRE: &[&str] = &[
    "allé",
    "arrivé",
    "entré",
    "rentré",
    "retourné",
    "tombé",
    "resté",
    "né",
    "décédé",
    "passé",
    "monté",
    "remonté",
    "demeuré",
    "parvenu",
    "venu",
    "revenu",
    "devenu",
    "survenu",
    "parti",
    "reparti",
    "sorti",
    "ressorti",
    "mort",
    "descendu",
    "redescendu",
    "apparu",
    "disparu",
    "intervenu",
    "advenu",
];

/// Common irregular past participles (masculine singular; agreement endings are added).
pub const IRREGULAR: &[&str] = &[
    "choisi",
    "fini",
    "réuni",
    "saisi",
    "établi",
    "accueilli",
    "investi",
    "trahi",
    "puni",
    "garanti",
    "rempli",
    "servi",
    "suivi",
    "poursuivi",
    "démoli",
    "nourri",
    "guéri",
    "envahi",
    "franchi",
    "bâti",
    "averti",
    "converti",
    "ralenti",
    "pris",
    "mis",
    "compris",
    "permis",
    "promis",
    "soumis",
    "admis",
    "transmis",
    "repris",
    "surpris",
    "acquis",
    "conquis",
    "requis",
    "vendu",
    "rendu",
    "perdu",
    "attendu",
    "entendu",
    "défendu",
    "suspendu",
    "répandu",
    "tendu",
    "vu",
    "prévu",
    "revu",
    "reçu",
    "déçu",
    "aperçu",
    "connu",
    "reconnu",
    "battu",
    "abattu",
    "combattu",
    "élu",
    "réélu",
    "tenu",
    "retenu",
    "obtenu",
    "détenu",
    "soutenu",
    "maintenu",
    "lu",
    "exclu",
    "conclu",
    "voulu",
    "vaincu",
    "convaincu",
    "résolu",
    "interrompu",
    "rompu",
    "fait",
    "dit",
    "écrit",
    "décrit",
    "inscrit",
    "interdit",
    "construit",
    "produit",
    "conduit",
    "détruit",
    "traduit",
    "réduit",
    "introduit",
    "ouvert",
    "offert",
    "couvert",
    "découvert",
    "peint",
    "atteint",
    "éteint",
    "contraint",
    "joint",
    "rejoint",
    "extrait",
];

/// Words before *être* that make it pronominal.
const REFLEXIVE: &[&str] = &["s", "se", "me", "m", "te", "t"];

/// Does `sentence` hold a passive verb?
pub fn is_passive(sentence: &str) -> bool {
    let lower = LowerWords::of(sentence, |c: char| !c.is_alphabetic(), false);
    let words = lower.words();
    words.iter().enumerate().any(|(i, word)| {
        FORMS_OF_ETRE.contains(word)
            && !(i > 0 && REFLEXIVE.contains(&words[i - 1]))
            && participle_after(&words[i + 1..])
    })
}

/// [`ETRE`] as a set: every word of a sentence is looked up, where the list was read through.
static FORMS_OF_ETRE: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
    std::sync::LazyLock::new(|| ETRE.iter().copied().collect());

/// Is there a participle at the start of `rest`, after at most two adverbs?
fn participle_after(rest: &[&str]) -> bool {
    rest.iter()
        .take(3)
        .position(|w| !ADVERBS.contains(w))
        .is_some_and(|i| is_participle(rest[i]))
}

/// A past participle, in any agreement, of a verb not conjugated with *être*.
pub fn is_participle(word: &str) -> bool {
    let base = ["ées", "ée", "és"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending).map(|stem| format!("{stem}é")))
        .unwrap_or_else(|| word.to_string());
    if WITH_ETRE.contains(&base.as_str()) || base == "été" {
        return false;
    }
    let regular = base.ends_with('é') && base.chars().count() > 3;
    regular || agrees_with_irregular(word)
}

/// An irregular past participle, or one of a verb conjugated with *être*, in any agreement
/// ("sorti", "sorties", "morte", "prise"): what a headline keeps of a compound past or a
/// passive once it drops the auxiliary (`composing::headline_form`).
pub fn is_irregular_participle(word: &str) -> bool {
    agrees_with_one_of(IRREGULAR, word) || agrees_with_one_of(WITH_ETRE, word)
}

fn agrees_with_irregular(word: &str) -> bool {
    agrees_with_one_of(IRREGULAR, word) && !WITH_ETRE.iter().any(|p| word.starts_with(p))
}

/// The word is one of the participles, as written or agreeing ("prise", "sortis", "mortes").
fn agrees_with_one_of(participles: &[&str], word: &str) -> bool {
    participles.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|ending| matches!(ending, "" | "e" | "s" | "es"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passives_in_news_sentences() {
        for sentence in [
            "Le maire a été élu dimanche avec 52 % des voix.",
            "Les écoles seront fermées jusqu’à lundi.",
            "La loi est votée par le Sénat.",
            "Trois suspects ont été interpellés mardi matin.",
            "Elles sont choisies parmi les candidates.",
            "Le pont était déjà construit en 1900.",
            "Le projet n’est pas encore prévu au budget.",
        ] {
            assert!(is_passive(sentence), "{sentence}");
        }
    }

    #[test]
    fn compound_tenses_pronominals_and_adjectives_are_not_passives() {
        for sentence in [
            "Le président est arrivé à Minsk mardi.",
            "Elle est née à Lyon en 1970.",
            "Ils sont restés deux jours.",
            "Le ministre s’est rendu sur place.",
            "Les élus se sont réunis hier.",
            "Cet été, la ville a doublé ses pistes cyclables.",
            "Le budget est prêt.",
            "Il est ici depuis lundi.",
        ] {
            assert!(!is_passive(sentence), "{sentence}");
        }
    }

    /// The test as first written, on the sentence's words made one `String` each and the
    /// lists read through.
    fn former_is_passive(sentence: &str) -> bool {
        let words: Vec<String> = sentence
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.iter().enumerate().any(|(i, word)| {
            ETRE.contains(&word.as_str())
                && !(i > 0 && REFLEXIVE.contains(&words[i - 1].as_str()))
                && words[i + 1..]
                    .iter()
                    .take(3)
                    .position(|w| !ADVERBS.contains(&w.as_str()))
                    .is_some_and(|k| is_participle(&words[i + 1 + k]))
        })
    }

    proptest::proptest! {
        #[test]
        fn passives_are_found_where_the_lists_read_through_found_them(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "Le", "maire", "a", "été", "ÉTÉ", "élu", "Élue", "est", "EST", "s’est", "se",
                "sont", "réunies", "pas", "déjà", "très", "arrivé", "pris", "Prises", "fermées",
                ",", ".", "'", "’", "-", "ΣΑΣ", "İ", "votée", "par", "seront",
            ]), 0..14)
        ) {
            let sentence = pieces.join(" ");
            proptest::prop_assert_eq!(is_passive(&sentence), former_is_passive(&sentence), "{}", sentence);
        }
    }

    #[test]
    fn a_known_false_positive_is_the_adjective_in_e() {
        assert!(is_passive("Le taux est élevé."));
    }
}
