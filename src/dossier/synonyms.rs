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

/// The class term of a signature term, or the term itself.
pub fn fold(term: &str) -> &str {
    CLASSES
        .iter()
        .find(|class| class.contains(&term))
        .map_or(term, |class| class[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_and_its_country_are_one_term() {
        assert_eq!(fold("mosco"), fold("russi"));
        assert_eq!(fold("tremp"), fold("base"));
        assert_eq!(fold("armes"), "armes");
    }
}
