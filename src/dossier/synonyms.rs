//! Synonyms: the paraphrases French news copy uses for one fact, folded to one term so that the
//! overlap measure sees "la Russie a utilisé le pays comme base de départ" and "Moscou a utilisé
//! le territoire biélorusse comme terrain de rassemblement" as the same fact.
//!
//! Two kinds of classes, both small and general rather than tuned to one story: a country, its
//! capital, its seat of power and its adjective (Russie, Moscou, Kremlin, russe); and the
//! stock paraphrases of wire copy (territoire/sol, base/tremplin/arrière-garde,
//! invasion/offensive, utiliser/servir/prêter). Terms are the five-letter accent-folded
//! prefixes of [`super::overlap::signature`].

/// (prefix, class) pairs. A prefix maps to the first prefix of its class.
///
/// The list the `match` is written from, read only by the tests that hold it to the list.
#[cfg_attr(not(test), allow(dead_code))]
const CLASSES: &[&[&str]] = &[
    // Countries, capitals, seats of power, adjectives.
    &["russi", "russe", "mosco", "kreml"],
    &["bielo", "belar", "minsk"],
    &["ukrai", "kiev", "kyiv", "kievi"],
    &["etats", "ameri", "washi", "maiso"],
    &["franc", "paris", "elyse"],
    &["allem", "berli"],
    &["chine", "chino", "peki", "pekin"],
    &["polog", "polon", "varso"],
    &["royau", "brita", "londr"],
    &["otan", "nato"],
    // Stock paraphrases.
    &["terri", "sol"],
    &["base", "tremp", "arrie", "terra", "rampe", "point"],
    &["invas", "offen", "guerr"],
    &["visit", "voyag", "depla"],
    &["utili", "servi", "prete"],
    &["troup", "solda", "force"],
];

/// The class term of a signature term, or the term itself: the classes of `CLASSES` as a
/// `match` on the term's bytes, compared inline, where a search of the list called `memcmp`
/// for each prefix of the term's length (most are five letters long, as most terms are).
pub fn fold(term: &str) -> &str {
    match term.as_bytes() {
        b"russi" | b"russe" | b"mosco" | b"kreml" => "russi",
        b"bielo" | b"belar" | b"minsk" => "bielo",
        b"ukrai" | b"kiev" | b"kyiv" | b"kievi" => "ukrai",
        b"etats" | b"ameri" | b"washi" | b"maiso" => "etats",
        b"franc" | b"paris" | b"elyse" => "franc",
        b"allem" | b"berli" => "allem",
        b"chine" | b"chino" | b"peki" | b"pekin" => "chine",
        b"polog" | b"polon" | b"varso" => "polog",
        b"royau" | b"brita" | b"londr" => "royau",
        b"otan" | b"nato" => "otan",
        b"terri" | b"sol" => "terri",
        b"base" | b"tremp" | b"arrie" | b"terra" | b"rampe" | b"point" => "base",
        b"invas" | b"offen" | b"guerr" => "invas",
        b"visit" | b"voyag" | b"depla" => "visit",
        b"utili" | b"servi" | b"prete" => "utili",
        b"troup" | b"solda" | b"force" => "troup",
        _ => term,
    }
}

/// The class term as the list gives it: what [`fold`] is held to.
#[cfg(test)]
fn fold_by_list(term: &str) -> &str {
    CLASSES
        .iter()
        .find(|class| class.contains(&term))
        .map_or(term, |class| class[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The `match` folds every term as the list does.
        #[test]
        fn the_match_folds_as_the_list(term in "[a-z]{0,6}|(russ|mosc|kie|bas|sol|otan)[a-z]{0,2}") {
            proptest::prop_assert_eq!(fold(&term), fold_by_list(&term));
        }
    }

    #[test]
    fn every_listed_term_folds_as_the_list() {
        for term in CLASSES.iter().flat_map(|class| class.iter()) {
            assert_eq!(fold(term), fold_by_list(term), "{term}");
        }
    }

    #[test]
    fn a_capital_and_its_country_are_one_term() {
        assert_eq!(fold("mosco"), fold("russi"));
        assert_eq!(fold("tremp"), fold("base"));
        assert_eq!(fold("armes"), "armes");
    }
}
