//! The shorter forms a French headline takes of a sentence, saying the same in fewer
//! characters: the passive or the compound past without its auxiliary ("Trois suspects ont
//! été interpellés" → "Trois suspects interpellés", "Le blessé est sorti du coma" → "Le blessé
//! sorti du coma"), and one of a group without the group's count ("l’un des deux
//! manifestants" → "l’un des manifestants", which was true of the two).
//!
//! Why: a title that must carry its keyphrase as a rubric ("Sainte-Soline : …") has 15 or so
//! characters fewer for the news. Cut at a clause boundary, the news often keeps only its
//! subject; in these forms, which French desks write every day, it keeps its predicate. Every
//! word left is the source's, in its order: nothing is said that the sentence did not say.

use crate::segmenting::lowercase;

/// The auxiliaries of *être* a headline drops before a participle, in the present: the
/// compound past of "sortir" ("est sorti") and the passive ("sont interpellés"). "A été" and
/// "ont été" are these with the compound past of *être* itself.
const AUXILIARIES: &[&str] = &["est", "sont"];

/// The sentence in the shorter forms, each tried after the one before, the first that fits
/// `max` characters; `None` when no form applies or none fits, or when the text holds no verb:
/// a subject told shorter ("L’un des manifestants grièvement blessés") is still no news.
#[cfg(test)]
pub fn within(sentence: &str, max: usize) -> Option<String> {
    forms(sentence)
        .into_iter()
        .find(|shorter| super::visible_len(shorter) <= max)
}

/// The shorter forms `within` tries, in its order, whatever the length: none when the text
/// holds no verb. They do not depend on the length, which the title's keyphrase sets: the
/// title's memo makes them once for each headline.
pub fn forms(sentence: &str) -> Vec<String> {
    if !super::clauses::holds_verb(sentence) {
        return Vec::new();
    }
    let without_auxiliary = without_auxiliary(sentence);
    let without_count = without_count(without_auxiliary.as_deref().unwrap_or(sentence));
    let told_so_far = without_count.as_deref().or(without_auxiliary.as_deref());
    let without_frequency = without_frequency(told_so_far.unwrap_or(sentence));
    let steps = [without_auxiliary, without_count, without_frequency];
    steps.into_iter().flatten().collect()
}

/// The parts of the day or night a bare pair names ("jour et nuit", "matin et soir").
const TIMES_OF_DAY: &[&str] = &["jour", "nuit", "matin", "soir"];

/// "Une centaine de personnes occupent jour et nuit le carrefour" → "Une centaine de
/// personnes occupent le carrefour": two times of day joined by "et", with no article or
/// preposition, are an adverbial of frequency, which a headline drops ("le jour et la nuit",
/// "de jour et de nuit" are not touched). What is left was said: they occupy the crossroads.
fn without_frequency(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split(' ').collect();
    let is_time = |w: &str| TIMES_OF_DAY.contains(&lowercase(w).as_ref());
    let pair = words
        .windows(3)
        .position(|w| is_time(w[0]) && w[1] == "et" && is_time(w[2]) && w[0] != w[2])?;
    // Between two words: a verb before it, its object after.
    if pair == 0 || pair + 3 >= words.len() {
        return None;
    }
    let kept = words[..pair].iter().chain(&words[pair + 3..]);
    Some(kept.copied().collect::<Vec<_>>().join(" "))
}

/// "L’un des deux manifestants blessés est sorti du coma" → "L’un des deux manifestants
/// blessés sorti du coma": the main clause's auxiliary of *être* dropped before its
/// participle. Only the first verb of the sentence, before any comma: a relative clause's
/// ("qui est sorti") or a negation's ("n’est pas") is kept, and a copula before a noun ("est
/// un ancien boxeur") never drops.
fn without_auxiliary(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split(' ').collect();
    // A relative pronoun's verb is its clause's, not the sentence's.
    let position = words.iter().position(|w| {
        super::clauses::word_holds_verb(w) || w.ends_with(',') || super::clauses::opens_relative(w)
    })?;
    let auxiliary = lowercase(words[position]);
    // "ont été interpellés": the compound past of "être" is two words, "a été" or "ont été".
    let been = matches!(auxiliary.as_ref(), "a" | "ont")
        && words
            .get(position + 1)
            .is_some_and(|w| lowercase(w) == "été");
    if position == 0 || !(been || AUXILIARIES.contains(&auxiliary.as_ref())) {
        return None;
    }
    let participle = words.get(position + 1 + usize::from(been))?;
    if !is_past_participle(&lowercase(participle)) {
        return None;
    }
    let kept = words[..position]
        .iter()
        .chain(&words[position + 1 + usize::from(been)..]);
    Some(kept.copied().collect::<Vec<_>>().join(" "))
}

/// A past participle in any agreement: of the first group ("interpellés"), or one of the
/// irregular ones the passive's reader lists ("sorti", "détenue", "mort").
fn is_past_participle(word: &str) -> bool {
    crate::lexicon::ends_like_past_participle(word)
        || crate::readability::passive::is_irregular_participle(word)
}

/// "L’un des deux manifestants" → "L’un des manifestants": the count of a group one is taken
/// from, after "l’un des" or "l’une des".
fn without_count(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split(' ').collect();
    let count = words.windows(3).position(|w| {
        matches!(
            lowercase(w[0]).as_ref(),
            "l’un" | "l’une" | "l'un" | "l'une"
        ) && lowercase(w[1]) == "des"
            && crate::lexicon::is_number_word(&lowercase(w[2]))
    })? + 2;
    let kept = words[..count].iter().chain(&words[count + 1..]);
    Some(kept.copied().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_auxiliary_of_the_main_clause_gives_way_to_its_participle() {
        for (sentence, headline) in [
            (
                "L’un des deux manifestants blessés est sorti du coma",
                "L’un des deux manifestants blessés sorti du coma",
            ),
            (
                "Trois suspects ont été interpellés mardi matin",
                "Trois suspects interpellés mardi matin",
            ),
            (
                "Les écoles sont fermées jusqu’à lundi",
                "Les écoles fermées jusqu’à lundi",
            ),
            (
                "Le maire a été élu dimanche avec 52 % des voix",
                "Le maire élu dimanche avec 52 % des voix",
            ),
        ] {
            assert_eq!(without_auxiliary(sentence).as_deref(), Some(headline));
        }
    }

    #[test]
    fn a_copula_a_negation_or_a_relative_clause_keeps_its_verb() {
        for sentence in [
            // A copula before a noun: "Christophe Dettinger un ancien boxeur" says nothing.
            "Christophe Dettinger est un ancien boxeur devenu figure des gilets jaunes",
            // The negation's "n’est" is not the auxiliary alone.
            "Le projet n’est pas encore prévu au budget",
            // The relative clause's verb is not the sentence's.
            "Le manifestant qui est sorti du coma a parlé à sa famille",
            // Before its verb the sentence has a comma: the first clause is fronted.
            "Samedi, le manifestant est sorti du coma",
            // The compound past with "avoir" keeps its auxiliary: "Macron annoncé…" is wrong.
            "Emmanuel Macron a annoncé des mesures pour les retraités",
            // Pronominal verbs are one word with their pronoun here.
            "Le ministre s’est rendu sur place",
            // A sentence that opens on its verb has no subject to keep.
            "Est sorti du coma l’un des blessés",
        ] {
            assert_eq!(without_auxiliary(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn one_of_a_group_loses_the_count() {
        assert_eq!(
            without_count("L’un des deux manifestants blessés sorti du coma").as_deref(),
            Some("L’un des manifestants blessés sorti du coma")
        );
        assert_eq!(
            without_count("L’une des 3 victimes a témoigné").as_deref(),
            Some("L’une des victimes a témoigné")
        );
        // "Les deux manifestants" is both of them: the count says who.
        assert_eq!(
            without_count("Les deux manifestants sont sortis du coma"),
            None
        );
    }

    #[test]
    fn a_bare_pair_of_times_of_day_goes_as_an_adverbial_of_frequency() {
        // Le Temps, Thonon's roundabout.
        assert_eq!(
            without_frequency("Une centaine de personnes occupent jour et nuit le carrefour")
                .as_deref(),
            Some("Une centaine de personnes occupent le carrefour")
        );
        for sentence in [
            // With articles or prepositions the pair is a complement, not an adverbial.
            "Les soignants alternent le jour et la nuit",
            "Les patrouilles circulent de jour et de nuit dans le quartier",
            // At the end it is what the verb says: nothing would be left of its predicate.
            "Les bénévoles se relaient jour et nuit",
        ] {
            assert_eq!(without_frequency(sentence), None, "{sentence}");
        }
        // Told short only when the sentence does not fit: "Thonon : " leaves 51 characters.
        assert_eq!(
            within(
                "Une centaine de personnes occupent jour et nuit le carrefour",
                51
            )
            .as_deref(),
            Some("Une centaine de personnes occupent le carrefour")
        );
    }

    #[test]
    fn the_shortest_form_is_tried_only_when_the_shorter_does_not_fit() {
        // TF1's chapô, told short, for a title with the rubric "Sainte-Soline : " (16).
        let sentence = "L’un des deux manifestants blessés est sorti du coma";
        assert_eq!(
            within(sentence, 48).as_deref(),
            Some("L’un des deux manifestants blessés sorti du coma")
        );
        assert_eq!(
            within(sentence, 44).as_deref(),
            Some("L’un des manifestants blessés sorti du coma")
        );
        assert_eq!(within(sentence, 40), None);
        // Its subject alone, cut from the whole chapô, is no headline, however short.
        assert_eq!(
            within("L’un des deux manifestants grièvement blessés", 44),
            None
        );
        assert_eq!(within("Le pape François est hospitalisé", 10), None);
    }
}
