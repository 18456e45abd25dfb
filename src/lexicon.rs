//! French word lists, curated by hand for news copy.
//!
//! The stop list is deliberately larger than Snowball's: a keyword table that ranks "selon",
//! "cette" or "a" is useless to an editor, and news prose is full of reporting verbs and
//! connectives that carry no topic ("déclaré", "également"). The lists are sorted so that the
//! small ones can be binary-searched; the three looked up for every word are also hashed.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{LazyLock, OnceLock};

/// Words that never make a keyword, a keyphrase or the end of a heading. Lowercase, elided
/// forms without their apostrophe ("l", "d", "qu").
const STOP_WORDS: &[&str] = &[
    "a",
    "afin",
    "ai",
    "ainsi",
    "alors",
    "après",
    "as",
    "au",
    "aucun",
    "aucune",
    "auprès",
    "aussi",
    "autre",
    "autres",
    "aux",
    "avaient",
    "avait",
    "avant",
    "avec",
    "avez",
    "avoir",
    "avons",
    "ayant",
    "beaucoup",
    "bien",
    "c",
    "car",
    "ce",
    "ceci",
    "cela",
    "celle",
    "celles",
    "celui",
    "cependant",
    "certaines",
    "certains",
    "ces",
    "cet",
    "cette",
    "ceux",
    "chacun",
    "chaque",
    "chez",
    "ci",
    "comme",
    "comment",
    "contre",
    "d",
    "dans",
    "davantage",
    "de",
    "depuis",
    "des",
    "deux",
    "devrait",
    "doit",
    "donc",
    "dont",
    "du",
    "durant",
    "dès",
    "déclaré",
    "déjà",
    "désormais",
    "elle",
    "elles",
    "en",
    "encore",
    "enfin",
    "ensuite",
    "entre",
    "environ",
    "est",
    "et",
    "eu",
    "eux",
    "faire",
    "fait",
    "fois",
    "font",
    "ici",
    "il",
    "ils",
    "j",
    "je",
    "jusqu",
    "l",
    "la",
    "laquelle",
    "le",
    "lequel",
    "les",
    "lesquels",
    "leur",
    "leurs",
    "lors",
    "lorsqu",
    "lorsque",
    "lui",
    "là",
    "m",
    "ma",
    "mais",
    "me",
    "mes",
    "moi",
    "moins",
    "mon",
    "même",
    "mêmes",
    "n",
    "ne",
    "ni",
    "non",
    "nos",
    "notamment",
    "notre",
    "nous",
    "néanmoins",
    "on",
    "ont",
    "ou",
    "par",
    "parce",
    "parmi",
    "pas",
    "pendant",
    "peu",
    "peut",
    "peuvent",
    "plus",
    "plusieurs",
    "pour",
    "pourquoi",
    "pourrait",
    "pourtant",
    "près",
    "puis",
    "qu",
    "quand",
    "que",
    "quel",
    "quelle",
    "quelles",
    "quelques",
    "quels",
    "qui",
    "quoi",
    "rien",
    "s",
    "sa",
    "sans",
    "se",
    "selon",
    "sera",
    "seraient",
    "serait",
    "seront",
    "ses",
    "seulement",
    "si",
    "sien",
    "soi",
    "soit",
    "son",
    "sont",
    "sous",
    "sur",
    "surtout",
    "t",
    "ta",
    "tandis",
    "tant",
    "te",
    "tel",
    "telle",
    "telles",
    "tels",
    "tes",
    "toi",
    "ton",
    "toujours",
    "tous",
    "tout",
    "toute",
    "toutefois",
    "toutes",
    "trop",
    "très",
    "tu",
    "un",
    "une",
    "unes",
    "uns",
    "vers",
    "via",
    "vos",
    "votre",
    "vous",
    "y",
    "à",
    "ça",
    "è",
    "également",
    "étaient",
    "était",
    "étant",
    "été",
    "être",
    "ô",
];

/// Words a heading or title must not end on: articles, prepositions, conjunctions, pronouns.
const FUNCTION_WORDS: &[&str] = &[
    // Every preposition and conjunction: a phrase or a cut ending on one dangles ("une
    // extrême méfiance envers"). Elided conjunctions are here: a cut before their
    // apostrophe leaves them dangling
    // ("… lorsqu").
    "a",
    "afin",
    "après",
    "au",
    "auprès",
    "aux",
    "avant",
    "avec",
    "c",
    "car",
    "ce",
    "ces",
    "cet",
    "cette",
    "chez",
    "comme",
    "contre",
    "d",
    "dans",
    "de",
    "depuis",
    "derrière",
    "des",
    "devant",
    "donc",
    "dont",
    "du",
    "durant",
    "dès",
    "elle",
    "en",
    "entre",
    "envers",
    "et",
    "hormis",
    "hors",
    "il",
    "ils",
    "j",
    "jusqu",
    "l",
    "la",
    "le",
    "les",
    "leur",
    "leurs",
    "lors",
    "lorsqu",
    "lorsque",
    "m",
    "ma",
    "mais",
    "malgré",
    "mes",
    "mon",
    "n",
    "ne",
    "ni",
    "nos",
    "notre",
    "ou",
    "outre",
    "où",
    "par",
    "parmi",
    "pas",
    "pendant",
    "plus",
    "pour",
    "près",
    "puis",
    "puisqu",
    "puisque",
    "qu",
    "quand",
    "que",
    "qui",
    "quoiqu",
    "quoique",
    "s",
    "sa",
    "sans",
    "se",
    "selon",
    "ses",
    "si",
    "son",
    "sous",
    "sur",
    "t",
    // "à travers", "au travers de": the noun ("ses travers") seldom ends a heading.
    "travers",
    "un",
    "une",
    "vers",
    "y",
    "à",
    "… lorsqu",
];

/// Tokens that open a noun phrase: articles, demonstratives, possessives.
pub const DETERMINERS: &[&str] = &[
    "ce", "ces", "cet", "cette", "des", "du", "l", "la", "le", "les", "leur", "leurs", "sa", "ses",
    "son", "un", "une",
];

/// Prepositions that may continue a noun phrase ("la coopération *en* matière *de* défense").
const NP_PREPOSITIONS: &[&str] = &[
    "au", "aux", "contre", "d", "de", "des", "du", "en", "entre", "à",
];

/// Finite forms of the auxiliaries and the commonest verbs of news prose. A noun phrase stops
/// before any of them. Irregular verbs' third persons that no noun or adjective spells are
/// among them: "La chambre d'agriculture de la Drôme suit douze…" was a heading, "suit" taken
/// for a noun.
const COMMON_VERBS: &[&str] = &[
    "a",
    "accuse",
    "affirme",
    "ai",
    "ajoute",
    "apparaît",
    "assure",
    "atteint",
    "attend",
    "attendent",
    "aura",
    "auraient",
    "aurait",
    "auront",
    "avaient",
    "avait",
    "avons",
    "commence",
    "confirme",
    "craignent",
    "craint",
    "deviennent",
    "devient",
    "devraient",
    "devrait",
    "disparaît",
    "dit",
    "doit",
    "doivent",
    "déclare",
    "dénonce",
    "dépend",
    "dépendent",
    "est",
    "estime",
    "estiment",
    "explique",
    "fait",
    "faudra",
    "faut",
    "font",
    "fut",
    "indique",
    "maintient",
    "met",
    "meurt",
    "naît",
    "obtiennent",
    "obtient",
    "ont",
    "paraît",
    "perd",
    "perdent",
    "permet",
    "permettent",
    "perçoit",
    "peut",
    "peuvent",
    "pourraient",
    "pourrait",
    "prend",
    "promet",
    "précise",
    "prétend",
    "prévoit",
    "rappelle",
    "reconnaît",
    "refuse",
    "rejoint",
    "rend",
    "reste",
    "restent",
    "retient",
    "revient",
    "reçoit",
    "reçoivent",
    "répond",
    "sait",
    "semble",
    "semblent",
    "sera",
    "seraient",
    "serait",
    "seront",
    "sont",
    "souligne",
    "soutient",
    "suit",
    "suivent",
    "tient",
    "va",
    "veulent",
    "veut",
    "vient",
    "voit",
    "vont",
    "étaient",
    "était",
];

/// Words that end a noun phrase because a clause or a new phrase starts there.
const CLAUSE_OPENERS: &[&str] = &[
    "alors", "car", "donc", "dont", "lorsqu", "lorsque", "mais", "n", "ne", "où", "puisqu",
    "puisque", "qu", "quand", "que", "qui", "s", "se", "si", "y",
];

/// Nouns and adjectives ending in -ent that the verb heuristic must not take for a 3rd-person
/// plural ("discutent", "visent").
const ENT_NOUNS: &[&str] = &[
    "accident",
    "adjacent",
    "agent",
    "argent",
    "client",
    "compétent",
    "continent",
    "contingent",
    "différent",
    "dirigeant",
    "excellent",
    "fréquent",
    "immanent",
    "imminent",
    "important",
    "incident",
    "indépendant",
    "innocent",
    "intelligent",
    "occident",
    "parent",
    "patient",
    "permanent",
    "prudent",
    "précédent",
    "présent",
    "président",
    "puissant",
    "récent",
    "serpent",
    "souvent",
    "suivant",
    "talent",
    "urgent",
    "vent",
];

/// Nouns that designate people or things in general in news prose, and the nouns of time
/// and quantity that situate a story without saying it ("saison", "semaine", "nombre"). They
/// are fine words but poor intertitres ("Le président russe", "Les deux pays", "La saison
/// prochaine") and no keyphrase alone: a heading should say what the section is about, and
/// no reader types "saison" to find a story.
const GENERIC_NOUNS: &[&str] = &[
    "affaire",
    "année",
    "années",
    "cas",
    "chef",
    "dirigeant",
    "dirigeants",
    "début",
    "enfant",
    "enfants",
    "fin",
    "fois",
    "gens",
    "heure",
    "heures",
    "homme",
    "hommes",
    "homologue",
    "jour",
    "journée",
    "jours",
    "matin",
    "mois",
    "moment",
    "mouvement",
    "nombre",
    "ordre",
    "partie",
    "pays",
    "personne",
    "personnes",
    "président",
    "présidente",
    "période",
    "question",
    "responsable",
    "responsables",
    "saison",
    "semaine",
    "semaines",
    "soir",
    "soirée",
    "suite",
    "temps",
    "texte",
];

/// The kinds of places a name follows in lowercase, making one name with it: streets ("rue
/// Nationale", "place Bellecour"), buildings and institutions ("lycée Carnot", "gare
/// Montparnasse"), features of the land ("lac Léman"). The name alone is a part of it. In
/// byte order, for the binary search.
const PLACE_KINDS: [&str; 36] = [
    "allée",
    "avenue",
    "boulevard",
    "cathédrale",
    "chemin",
    "cité",
    "collège",
    "cours",
    "forêt",
    "gare",
    "hôpital",
    "impasse",
    "jardin",
    "lac",
    "lycée",
    "mont",
    "musée",
    "palais",
    "parc",
    "passage",
    "place",
    "pont",
    "port",
    "promenade",
    "quai",
    "quartier",
    "rond-point",
    "route",
    "rue",
    "résidence",
    "square",
    "stade",
    "théâtre",
    "université",
    "école",
    "église",
];

/// `word` (lowercase) is a kind of place a name follows: a street's, a building's, a feature of
/// the land's ("rue", "lycée", "lac").
pub fn is_kind_of_place(word: &str) -> bool {
    PLACE_KINDS.binary_search(&word).is_ok()
}

/// Nouns a headline uses for a town, or for its council, named just before ("Grenoble : la
/// ville teste…", "Rennes : la mairie renonce…"), in byte order.
const TOWN_NOUNS: [&str; 11] = [
    "agglomération",
    "collectivité",
    "commune",
    "département",
    "mairie",
    "municipalité",
    "métropole",
    "préfecture",
    "région",
    "village",
    "ville",
];

/// `word` (lowercase) names a town or its council as a common noun ("ville", "mairie"): with
/// its definite article, it points to the place a rubric or a sentence named.
pub fn is_town_noun(word: &str) -> bool {
    TOWN_NOUNS.binary_search(&word).is_ok()
}

/// `word` is lowercase.
pub fn is_generic_noun(word: &str) -> bool {
    GENERIC_NOUN_SET.contains(word)
}

/// Words that open a sentence by leaning on the one before ("Et justement, le RSA en fait
/// partie", "Sauf qu’avec le vieillissement…", "Car…"): a description read alone in a search result,
/// or a title, has nothing before it.
pub const LEANING_OPENERS: &[&str] = &[
    "ainsi",
    "celle",
    "celui",
    "car",
    "cependant",
    "d’ailleurs",
    "donc",
    "enfin",
    "et",
    "justement",
    "mais",
    "néanmoins",
    "or",
    // "Parce que cet été a été un révélateur.": the answer to a question before it.
    "parce",
    "pourtant",
    "sauf",
    "toutefois",
];

/// Two-word openers that lean back the same way; "en revanche", "par contre", "au
/// contraire" set what follows against what came before. "À se croire dans l’Ancien
/// Monde.", "À se demander si…": an infinitive without a subject comments on what was just
/// told.
pub const LEANING_PAIRS: &[&str] = &[
    "à se",
    "au contraire",
    "de plus",
    "du coup",
    "en effet",
    "en outre",
    "en revanche",
    "par ailleurs",
    "par contre",
];

/// Abbreviations after which a full stop does not end a sentence (compared lowercase, without
/// the final dot).
const ABBREVIATIONS: &[&str] = &[
    "apr", "art", "av", "avr", "c.-à-d", "cf", "chap", "dr", "déc", "env", "etc", "ex", "fig",
    "févr", "hab", "j.-c", "janv", "juil", "m", "me", "mgr", "min", "mlle", "mm", "mme", "no",
    "nov", "n°", "oct", "p", "pp", "pr", "sept", "st", "ste", "vol", "éd",
];

/// A word list looked up by hash. Every word of every pass is looked up in these lists, and
/// an FxHash lookup is several times cheaper than a binary search of string comparisons,
/// which profiling showed at 7 % of a rewrite. The set is built on first use.
struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

static STOP_SET: WordSet = WordSet::new(STOP_WORDS);
static FUNCTION_SET: WordSet = WordSet::new(FUNCTION_WORDS);
static DETERMINER_SET: WordSet = WordSet::new(DETERMINERS);
static NP_PREPOSITION_SET: WordSet = WordSet::new(NP_PREPOSITIONS);
static CLAUSE_OPENER_SET: WordSet = WordSet::new(CLAUSE_OPENERS);
static ABBREVIATION_SET: WordSet = WordSet::new(ABBREVIATIONS);
static COMMON_VERB_SET: WordSet = WordSet::new(COMMON_VERBS);
static ENT_NOUN_SET: WordSet = WordSet::new(ENT_NOUNS);
static GENERIC_NOUN_SET: WordSet = WordSet::new(GENERIC_NOUNS);

/// The lowercase word is a negation's second word, which ends what its "ne" opened: "ne …
/// pas", "n’… jamais", "ne … personne".
pub fn ends_a_negation(word: &str) -> bool {
    matches!(
        word,
        "pas" | "plus" | "jamais" | "point" | "guère" | "rien" | "personne"
    )
}

/// `word` is lowercase.
pub fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// `word` is lowercase.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_SET.contains(word)
}

pub fn is_determiner(word: &str) -> bool {
    DETERMINER_SET.contains(word)
}

/// The lowercase word is a verb with its subject pronoun after it, as a question puts it:
/// "utilisent-elles", "a-t-il", "est-on".
pub fn ends_on_inverted_pronoun(word: &str) -> bool {
    ["-il", "-ils", "-elle", "-elles", "-on"]
        .iter()
        .any(|pronoun| word.ends_with(pronoun))
}

/// The lowercase word is the definite article elided onto its noun ("l’entrée", "l'Otan").
pub fn is_elided_article(word: &str) -> bool {
    word.starts_with("l’") || word.starts_with("l'")
}

/// The lowercase word opens a complement of "de": "de", "du", "des", or "d’" elided onto the
/// next word ("d’une fillette", "d’envisager").
pub fn opens_de_complement(word: &str) -> bool {
    matches!(word, "de" | "du" | "des") || word.starts_with("d’") || word.starts_with("d'")
}

/// A preposition or an article, which a noun must follow (the word as written, in any case):
/// straight before a stop or a comma, it lost the word it announced (see
/// [`crate::segmenting::lost_words`]).
pub fn awaits_its_noun(word: &str) -> bool {
    crate::segmenting::with_lowercase(word, lowercase_awaits_its_noun)
}

/// [`awaits_its_noun`] of a word given in lowercase.
fn lowercase_awaits_its_noun(lower: &str) -> bool {
    let preposition = matches!(
        lower,
        "à" | "au"
            | "aux"
            | "avec"
            | "chez"
            | "dans"
            | "en"
            | "entre"
            | "par"
            | "pour"
            | "sans"
            | "selon"
            | "sous"
            | "sur"
            | "vers"
            // Never an adverb either, unlike "après", "avant", "contre" or "depuis", which
            // may end a clause ("peu après.", "voter contre.").
            | "malgré"
            | "parmi"
    );
    preposition || is_np_preposition(lower) || is_determiner(lower)
}

pub fn is_np_preposition(word: &str) -> bool {
    NP_PREPOSITION_SET.contains(word)
}

pub fn is_clause_opener(word: &str) -> bool {
    CLAUSE_OPENER_SET.contains(word)
}

pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATION_SET.contains(word)
}

/// A rough guess that a lowercase word is a finite verb: a known auxiliary, or a typical
/// imperfect/conditional/future/3rd-plural ending on a word that is not a known -ent noun.
/// Used only to end noun phrases, where a false "verb" costs a shorter heading.
pub fn looks_like_finite_verb(word: &str) -> bool {
    COMMON_VERB_SET.contains(word) || finite_verb_by_ending(word)
}

/// [`looks_like_finite_verb`] for a word not among the common verbs: by its ending.
fn finite_verb_by_ending(word: &str) -> bool {
    let long = word.chars().count() > 4;
    let ends = |s: &str| word.ends_with(s);
    if ends_on_inverted_pronoun(word) {
        return true;
    }
    // "maintenez", "savez": the second person plural, which no common noun ends like.
    if long && ends("ez") {
        return true;
    }
    if long && (ends("aient") || ends("ait") || ends("ront") || ends("rons")) {
        return true;
    }
    // "L’armée française mobilisera plusieurs milliers de soldats": the future's third person
    // singular, which a few borrowed nouns end like.
    if long && (ends("era") || ends("ira")) && !matches!(word, "opéra" | "caméra" | "choléra") {
        return true;
    }
    // "que la police qualifie d’« épée »": the verbs in "-ifier" ("qualifie", "vérifient"),
    // which no noun or adjective ends like.
    if long && (ends("ifie") || ends("ifient")) {
        return true;
    }
    long && ends("ent") && !ends("ment") && !ENT_NOUN_SET.contains(word)
}

/// The French months, in their order: dates are read and written with them.
pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The French weekdays, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Words of dates and durations: "Le 6 mai", "Cette semaine" say when, not what.
///
/// The list the `match` is written from, read only by the tests that hold it to the list.
#[cfg_attr(not(test), allow(dead_code))]
const TIME_WORDS: &[&str] = &[
    "an",
    "année",
    "années",
    "ans",
    "août",
    "avril",
    "décembre",
    "dimanche",
    "février",
    "heure",
    "heures",
    "janvier",
    "jeudi",
    "jour",
    "jours",
    "juillet",
    "juin",
    "lundi",
    "mai",
    "mardi",
    "mars",
    "matin",
    "mercredi",
    "mois",
    "novembre",
    "octobre",
    "samedi",
    "semaine",
    "semaines",
    "septembre",
    "soir",
    "vendredi",
];

/// The lowercase word is one of `TIME_WORDS`: a `match` on its bytes, compared inline, where
/// a search of the list called `memcmp` for each word of its length. The words beyond ASCII
/// (année, années, août, décembre, février) are spelled in bytes: a byte string holds ASCII only.
pub fn is_time_word(word: &str) -> bool {
    matches!(
        word.as_bytes(),
        b"an"
            | [97, 110, 110, 195, 169, 101]
            | [97, 110, 110, 195, 169, 101, 115]
            | b"ans"
            | [97, 111, 195, 187, 116]
            | b"avril"
            | [100, 195, 169, 99, 101, 109, 98, 114, 101]
            | b"dimanche"
            | [102, 195, 169, 118, 114, 105, 101, 114]
            | b"heure"
            | b"heures"
            | b"janvier"
            | b"jeudi"
            | b"jour"
            | b"jours"
            | b"juillet"
            | b"juin"
            | b"lundi"
            | b"mai"
            | b"mardi"
            | b"mars"
            | b"matin"
            | b"mercredi"
            | b"mois"
            | b"novembre"
            | b"octobre"
            | b"samedi"
            | b"semaine"
            | b"semaines"
            | b"septembre"
            | b"soir"
            | b"vendredi"
    )
}

/// Times a demonstrative dates rather than points back with, besides the words of dates and
/// durations ([`is_time_word`]): "cette nuit", "cet été", "ce week-end", "ce midi".
const DEICTIC_TIMES: &[&str] = &[
    "après-midi",
    "automne",
    "hiver",
    "midi",
    "nuit",
    "printemps",
    "soirée",
    "week-end",
    "été",
];

/// The lowercase word names a time that a demonstrative dates ("ce matin", "cette nuit", "ce
/// week-end"): a word of dates and durations, or a part of the day or the year.
pub fn names_a_time(word: &str) -> bool {
    is_time_word(word) || DEICTIC_TIMES.contains(&word)
}

/// Words that date or count rather than name a subject (a site's tag pages are not "lundi",
/// nor "euros": a council's budget tagged "euros", a farm's sale "hectare"), and the nouns of
/// adverbial phrases. `word` is lowercase. A `match`, which the compiler sorts by length and
/// bytes: every term of every article is asked, and a list was read through each time.
pub fn dates_or_counts(word: &str) -> bool {
    matches!(
        word,
        // Units and amounts.
        "euro" | "euros" | "centimes" | "dollar" | "dollars" | "million" | "millions"
            | "milliard" | "milliards" | "hectare" | "hectares" | "kilomètre" | "kilomètres"
            | "mètre" | "mètres" | "tonne" | "tonnes" | "litre" | "litres" | "degré" | "degrés"
            // Approximate numbers ("une cinquantaine de pompiers"); not "quarantaine", which
            // also names an isolation.
            | "dizaine" | "dizaines" | "douzaine" | "douzaines" | "quinzaine" | "vingtaine"
            | "trentaine" | "cinquantaine" | "soixantaine" | "centaine" | "centaines"
            | "millier" | "milliers"
            // Days, durations, times.
            | "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
            | "jour" | "jours" | "semaine" | "semaines" | "mois" | "an" | "ans" | "année"
            | "années" | "heure" | "heures" | "fois" | "matin" | "soir" | "veille"
            | "lendemain" | "hier" | "demain" | "aujourd’hui"
            // What "d’abord", "d’ailleurs", "de nouveau", "de plus" make adverbs of.
            | "abord" | "ailleurs" | "nouveau" | "même" | "plus" | "moins"
    )
}

/// A lowercase word that names a month.
pub fn is_month(word: &str) -> bool {
    MONTHS.contains(&word)
}

/// A French letter without its accent ("é" → "e", "À" → "A"); any other character as it is.
pub fn without_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'É' => 'E',
        'À' => 'A',
        _ => c,
    }
}

/// The auxiliaries of the compound tenses and of the passive, lowercase: "a", "ont", "est",
/// "sont", "été"… A headline's cut reads them (a clause cut after one is open), as the reading
/// does (a piece holding one is a clause, not an intertitle).
pub const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "étaient", "sera",
    "seront", "été",
];

/// Adjectives French sets before the noun ("le dernier titre", "un grand vol", "le seul
/// moyen"): after an article they look like nouns to a test that reads only the word before,
/// and a tag or a topic is never one of them alone. Lowercase, every form.
const PRENOMINAL_ADJECTIVES: &[&str] = &[
    "ancien",
    "ancienne",
    "anciennes",
    "anciens",
    "autre",
    "autres",
    "beau",
    "beaux",
    "bel",
    "belle",
    "belles",
    "bon",
    "bonne",
    "bonnes",
    "bons",
    "dernier",
    "derniers",
    "dernière",
    "dernières",
    "grand",
    "grande",
    "grandes",
    "grands",
    "gros",
    "grosse",
    "grosses",
    "haut",
    "haute",
    "hautes",
    "hauts",
    "long",
    "longs",
    "longue",
    "longues",
    "mauvais",
    "mauvaise",
    "mauvaises",
    "meilleur",
    "meilleure",
    "meilleures",
    "meilleurs",
    "même",
    "mêmes",
    "nouveau",
    "nouveaux",
    "nouvel",
    "nouvelle",
    "nouvelles",
    "petit",
    "petite",
    "petites",
    "petits",
    "premier",
    "premiers",
    "première",
    "premières",
    "prochain",
    "prochaine",
    "prochaines",
    "prochains",
    "seul",
    "seule",
    "seules",
    "seuls",
    "vieil",
    "vieille",
    "vieilles",
    "vieux",
    "vrai",
    "vraie",
    "vraies",
    "vrais",
];

/// `word`, lowercase, is an adjective French sets before its noun, in any of its forms
/// ("dernier", "grandes", "nouvel").
pub fn is_prenominal_adjective(word: &str) -> bool {
    LISTED
        .get(word)
        .is_some_and(|&listed| listed & PRENOMINAL_ADJECTIVE != 0)
}

/// The courtesy titles of a name, lowercase and without their full stop: "M. Macron", "Mme
/// Borne", "Me Dupond-Moretti", "Dr Martin".
pub fn is_courtesy_title(word: &str) -> bool {
    matches!(
        word,
        "m" | "mm" | "mme" | "mmes" | "mlle" | "mlles" | "mgr" | "me" | "dr" | "pr"
    )
}

/// The subject pronouns of the third person: a sentence they open, or a quotation they say
/// ("a-t-il souligné"), leans on someone named before it. `word` is lowercase.
pub const THIRD_PERSON_SUBJECTS: [&str; 4] = ["il", "elle", "ils", "elles"];

/// Possessives and demonstratives ("sa visite", "ces armes") point back at something named
/// before: an intertitre, read first, has nothing before it.
pub fn points_back(word: &str) -> bool {
    matches!(
        word,
        "sa" | "son" | "ses" | "leur" | "leurs" | "ce" | "cet" | "cette" | "ces"
    )
}

/// Cardinal numbers written out, which may sit between a determiner and its noun ("les deux
/// hommes") or stand for it ("suit douze de ces exploitations"), compounds too ("dix-sept",
/// "vingt-et-un"). A heading cut after "douze" ended on it.
pub fn is_number_word(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
        || CARDINALS.contains(&word)
        || (word.contains('-')
            && word
                .split('-')
                .all(|part| CARDINALS.contains(&part) || matches!(part, "et" | "un" | "une")))
}

/// The cardinals written as one word: from two (one is the article) to nineteen's parts, the
/// tens, a hundred, a thousand.
const CARDINALS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
];

/// A word ending like an infinitive ("-er", "-ir", "-re"; "-oir" ends in "-ir"): what the
/// title, heading, description and tag grammars take for one, nouns in "-er" ("dossier")
/// and "-re" ("heure") among them.
pub fn ends_like_infinitive(word: &str) -> bool {
    ["er", "ir", "re"].iter().any(|e| word.ends_with(e))
}

/// Finite verbs that govern an infinitive with no preposition ("doit rencontrer", "espère
/// stabiliser", "veut faire"): the infinitive after them most often wants its object.
const BARE_INFINITIVE_GOVERNORS: &[&str] = &[
    "aime",
    "aiment",
    "compte",
    "comptent",
    "devait",
    "devaient",
    "devrait",
    "devraient",
    "doit",
    "doivent",
    "entend",
    "entendent",
    "espère",
    "espèrent",
    "ose",
    "osent",
    "peut",
    "peuvent",
    "pourrait",
    "pourraient",
    "préfère",
    "préfèrent",
    "sait",
    "savent",
    "souhaite",
    "souhaitent",
    "va",
    "veut",
    "veulent",
    "vont",
    "voudrait",
    "voudraient",
];

/// Adverbs that may stand between such a verb and its infinitive ("espère à présent
/// stabiliser", "veut encore croire").
const BETWEEN_VERB_AND_INFINITIVE: &[&str] = &[
    "à",
    "aussi",
    "bien",
    "déjà",
    "désormais",
    "encore",
    "enfin",
    "présent",
    "toujours",
    "vite",
];

/// The words, last first, end on an infinitive a finite verb governs with no preposition,
/// adverbs aside: "la Chine espère à présent stabiliser", "où il doit rencontrer". Cut there, a
/// clause lost the object its infinitive wants.
pub fn ends_on_bare_infinitive<'a>(mut last_first: impl Iterator<Item = &'a str>) -> bool {
    let Some(last) = last_first.next() else {
        return false;
    };
    // "où il doit rencontrer, | pour la première fois…": an aside after the infinitive puts
    // its object off, and a comma there closes nothing.
    let last = last.trim_end_matches([',', ';']);
    let infinitive = last.chars().count() > 4
        && last.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        && ends_like_infinitive(last);
    infinitive
        && last_first
            .take(3)
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .find(|w| !BETWEEN_VERB_AND_INFINITIVE.contains(w))
            .is_some_and(|verb| BARE_INFINITIVE_GOVERNORS.contains(&verb))
}

/// A word ending like a past participle of the first group ("déclenchée", "cités",
/// "condamné"): what the title, heading and keyphrase grammars treat as a participle.
pub fn ends_like_past_participle(word: &str) -> bool {
    ["é", "ée", "és", "ées"].iter().any(|e| word.ends_with(e))
}

/// The lowercase word is a past participle that does not end in "é", in any of its forms
/// ("vue", "écrits", "prise", "soutenus"): a participle cut from the agent "par" brings
/// ("la réforme vue | par les éditorialistes") is read by its ending when it ends in "é"
/// ([`ends_like_past_participle`]), and by this list otherwise.
pub fn is_irregular_past_participle(word: &str) -> bool {
    // "pris" and "inclus" end in "s" as the masculine ("prise", "prises"): each ending is
    // stripped alone, not one after the other.
    let forms = [
        Some(word),
        word.strip_suffix('e'),
        word.strip_suffix('s'),
        word.strip_suffix("es"),
    ];
    forms
        .into_iter()
        .flatten()
        .any(|base| IRREGULAR_PARTICIPLE_SET.contains(base))
}

/// Looked up by hash: since stop 103 every fronted phrase's first word is asked
/// ([`crate::composing::clauses::opens_adverbial`]), and the list's string comparisons, four
/// forms each, cost 0.6 M instructions of the corpus's steady pass.
static IRREGULAR_PARTICIPLE_SET: WordSet = WordSet::new(IRREGULAR_PARTICIPLES);

/// Past participles of the second and third groups a headline uses before an agent, in the
/// masculine singular: "-i", "-u", "-t" and "-s" endings that no suffix tells from other words.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "vu",
    "lu",
    "élu",
    "réélu",
    "battu",
    "abattu",
    "vendu",
    "perdu",
    "rendu",
    "attendu",
    "entendu",
    "défendu",
    "détenu",
    "retenu",
    "obtenu",
    "soutenu",
    "reconnu",
    "connu",
    "mordu",
    "voulu",
    "conçu",
    "reçu",
    "perçu",
    "aperçu",
    "convaincu",
    "vaincu",
    "interrompu",
    "exclu",
    "choisi",
    "saisi",
    "suivi",
    "poursuivi",
    "puni",
    "trahi",
    "envahi",
    "investi",
    "averti",
    "accueilli",
    "servi",
    "dit",
    "écrit",
    "décrit",
    "fait",
    "conduit",
    "produit",
    "construit",
    "détruit",
    "traduit",
    "séduit",
    "réduit",
    "atteint",
    "peint",
    "craint",
    "contraint",
    "ouvert",
    "offert",
    "couvert",
    "découvert",
    "pris",
    "mis",
    "compris",
    "surpris",
    "repris",
    "appris",
    "promis",
    "commis",
    "admis",
    "permis",
    "remis",
    "soumis",
    "transmis",
    "acquis",
    "conquis",
    "inclus",
];

/// The lowercase word is a past participle that names what follows it, a title or a name
/// ("une chanson intitulée « … »", "un chien baptisé Rex"), in any of its forms.
pub fn names_what_follows(word: &str) -> bool {
    let base = word.strip_suffix('s').unwrap_or(word);
    let base = base.strip_suffix('e').unwrap_or(base);
    matches!(
        base,
        "intitulé" | "baptisé" | "nommé" | "surnommé" | "dénommé" | "prénommé" | "appelé"
    )
}

/// Verbs of saying and asking, by their stem: what they say or ask is their object, and a
/// clause that stops on one ("le mouvement a annoncé", "M. Macron a demandé") has not said it.
const SAYING_STEMS: &[&str] = &[
    "affirm", "annonc", "assur", "confirm", "déclar", "demand", "dévoil", "estim", "exig",
    "expliqu", "indiqu", "précis", "rappel", "réclam", "révél", "soulign",
];

/// The lowercase word is "avoir" as the auxiliary of a compound past, in the third person
/// ("a", "ont", "avait", "aura", "aurait"…).
pub fn is_auxiliary_avoir(word: &str) -> bool {
    matches!(
        word,
        "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient"
    )
}

/// The lowercase word is a verb of saying or asking in the present, third person ("demande",
/// "réclament", "précise"), which some nouns spell alike ("la demande"): only the word's
/// place tells.
pub fn is_saying_in_present(word: &str) -> bool {
    [word.strip_suffix("ent"), word.strip_suffix('e')]
        .into_iter()
        .flatten()
        .any(|stem| SAYING_STEMS.contains(&stem))
}

/// The text ends on a verb of saying or asking in the compound past ("… a annoncé", "… ont
/// demandé"): its object, what was said, is missing.
pub fn ends_on_saying(text: &str) -> bool {
    // Lowercase words are read as written, not copied.
    let mut words = text
        .rsplit(char::is_whitespace)
        .map(crate::segmenting::lowercase);
    let (Some(last), Some(mut before)) = (words.next(), words.next()) else {
        return false;
    };
    // "M. Macron a également demandé": an adverb may stand between them.
    if before.len() > 6 && before.ends_with("ment")
        || matches!(before.as_ref(), "aussi" | "encore" | "déjà")
    {
        before = words.next().unwrap_or_default();
    }
    let auxiliary = is_auxiliary_avoir(&before);
    let saying = ["é", "ée", "és", "ées"].iter().any(|ending| {
        last.strip_suffix(ending)
            .is_some_and(|stem| SAYING_STEMS.contains(&stem))
    });
    auxiliary && saying
}

/// Present participles ("pouvant", "visant") open a clause; a few -ant nouns do not.
pub fn is_participle_ant(word: &str) -> bool {
    word.ends_with("ant")
        && word.chars().count() > 5
        && ![
            "dirigeant",
            "important",
            "commandant",
            "combattant",
            "habitant",
            "représentant",
            "manifestant",
            "participant",
        ]
        .contains(&word)
}

/// What the analysis and the phrase grammar ask of a lowercase word. Classified once per
/// distinct word (see `analysing::analyse`) rather than looked up in each list at every pass
/// over every token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass {
    pub stop: bool,
    pub function: bool,
    pub determiner: bool,
    pub points_back: bool,
    pub np_preposition: bool,
    pub number: bool,
    pub clause_opener: bool,
    pub finite_verb: bool,
    pub participle_ant: bool,
    pub has_digit: bool,
    /// A generic noun ([`is_generic_noun`]): the headings' phrases weigh one apart, and read
    /// it here for each of their words, where each was looked up in the list again.
    pub generic_noun: bool,
    /// An adjective set before the noun ([`is_prenominal_adjective`]): the headings' phrase
    /// grammar asks it of the word after each determiner, where a binary search of the list
    /// compared some seven strings.
    pub prenominal_adjective: bool,
}

impl WordClass {
    pub fn of(lower: &str) -> WordClass {
        // One lookup for the eight lists, where each was a lookup of its own.
        let listed = LISTED.get(lower).copied().unwrap_or(0);
        let on = |list: u8| listed & list != 0;
        WordClass {
            stop: on(STOP),
            function: on(FUNCTION),
            determiner: on(DETERMINER),
            points_back: points_back(lower),
            np_preposition: on(NP_PREPOSITION),
            number: is_number_word(lower),
            clause_opener: on(CLAUSE_OPENER),
            finite_verb: on(COMMON_VERB) || finite_verb_by_ending(lower),
            participle_ant: is_participle_ant(lower),
            has_digit: lower.chars().any(|c| c.is_ascii_digit()),
            generic_noun: on(GENERIC_NOUN),
            prenominal_adjective: on(PRENOMINAL_ADJECTIVE),
        }
    }
}

/// The lists [`WordClass::of`] reads, each a bit of [`LISTED`].
const STOP: u8 = 1;
const FUNCTION: u8 = 2;
const DETERMINER: u8 = 4;
const NP_PREPOSITION: u8 = 8;
const CLAUSE_OPENER: u8 = 16;
const COMMON_VERB: u8 = 32;
const GENERIC_NOUN: u8 = 64;
const PRENOMINAL_ADJECTIVE: u8 = 128;

/// Each word of those lists, and the lists it is on.
static LISTED: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    let lists = [
        (STOP_WORDS, STOP),
        (FUNCTION_WORDS, FUNCTION),
        (DETERMINERS, DETERMINER),
        (NP_PREPOSITIONS, NP_PREPOSITION),
        (CLAUSE_OPENERS, CLAUSE_OPENER),
        (COMMON_VERBS, COMMON_VERB),
        (GENERIC_NOUNS, GENERIC_NOUN),
        (PRENOMINAL_ADJECTIVES, PRENOMINAL_ADJECTIVE),
    ];
    // Sized for every word at once: grown from empty, the table was allocated and filled
    // seven times over, a dozen fresh pages that a one-file run faulted in.
    let words = lists.iter().map(|(words, _)| words.len()).sum();
    let mut listed = FxHashMap::with_capacity_and_hasher(words, Default::default());
    for (words, list) in lists {
        for &word in words {
            *listed.entry(word).or_insert(0) |= list;
        }
    }
    listed
});

#[cfg(test)]
mod tests {
    /// The binary search needs the nouns in byte order ("métropole" after "municipalité").
    #[test]
    fn every_town_noun_is_found() {
        assert!(super::TOWN_NOUNS.windows(2).all(|pair| pair[0] < pair[1]));
        for noun in super::TOWN_NOUNS {
            assert!(super::is_town_noun(noun), "{noun}");
        }
        assert!(!super::is_town_noun("maire"));
    }

    /// The binary search needs the kinds in byte order ("école" after "université").
    #[test]
    fn every_kind_of_place_is_found() {
        assert!(super::PLACE_KINDS.windows(2).all(|pair| pair[0] < pair[1]));
        for kind in super::PLACE_KINDS {
            assert!(super::is_kind_of_place(kind), "{kind}");
        }
        assert!(!super::is_kind_of_place("président"));
    }

    #[test]
    fn a_verb_of_asking_in_the_present_is_told() {
        for word in ["demande", "demandent", "réclame", "précisent"] {
            assert!(super::is_saying_in_present(word), "{word}");
        }
        for word in ["allemande", "profonde", "demandé", "rappel"] {
            assert!(!super::is_saying_in_present(word), "{word}");
        }
    }

    #[test]
    fn irregular_participles_are_told_in_every_form() {
        for word in [
            "vu", "vue", "vus", "vues", "pris", "prise", "prises", "écrit", "écrites", "inclus",
            "incluse", "soutenus",
        ] {
            assert!(super::is_irregular_past_participle(word), "{word}");
        }
        for word in ["vie", "prix", "écrire", "tous", "lui", "aussi"] {
            assert!(!super::is_irregular_past_participle(word), "{word}");
        }
    }

    /// A preposition or a determiner awaits its noun however it is written, capitalised at
    /// the start of a sentence or in capitals ("Dans", "ENTRE", "Malgré", "Ces"); a noun or
    /// an adverb that may end a clause ("Après", "Paris") does not.
    #[test]
    fn a_word_awaits_its_noun_in_any_case() {
        for word in [
            "dans", "Dans", "ENTRE", "Malgré", "MALGRÉ", "à", "À", "Ces", "les",
        ] {
            assert!(super::awaits_its_noun(word), "{word}");
        }
        for word in ["Après", "après", "Paris", "ville", "", "DANSE"] {
            assert!(!super::awaits_its_noun(word), "{word}");
        }
    }

    /// Libération's Trump–Xi article: a composed heading and a description cut after the
    /// infinitive a verb governs bare.
    #[test]
    fn an_infinitive_a_verb_governs_bare_wants_its_object() {
        let ends = |text: &str| super::ends_on_bare_infinitive(text.split_whitespace().rev());
        assert!(ends("La Chine espère à présent stabiliser"));
        assert!(ends(
            "est attendu ce jeudi en Floride où il doit rencontrer,"
        ));
        assert!(!ends("La Chine espère à présent stabiliser ses relations"));
        assert!(!ends("tente de surfer"));
        assert!(!ends("Le prix du pétrole"));
        assert!(!ends("Il va mieux"));
    }

    #[test]
    fn prenominal_adjectives_are_found() {
        assert!(PRENOMINAL_ADJECTIVES
            .iter()
            .all(|w| is_prenominal_adjective(w)));
        assert!(!is_prenominal_adjective("abeilles") && !is_prenominal_adjective("jeune"));
    }

    /// `WordClass::of` as it was: each list looked up on its own.
    fn class_by_lists(lower: &str) -> WordClass {
        WordClass {
            stop: is_stop_word(lower),
            function: is_function_word(lower),
            determiner: is_determiner(lower),
            points_back: points_back(lower),
            np_preposition: is_np_preposition(lower),
            number: is_number_word(lower),
            clause_opener: is_clause_opener(lower),
            finite_verb: looks_like_finite_verb(lower),
            participle_ant: is_participle_ant(lower),
            has_digit: lower.chars().any(|c| c.is_ascii_digit()),
            generic_noun: is_generic_noun(lower),
            prenominal_adjective: PRENOMINAL_ADJECTIVES.contains(&lower),
        }
    }

    #[test]
    fn one_lookup_classes_as_the_lists_do() {
        let lists = [
            STOP_WORDS,
            FUNCTION_WORDS,
            DETERMINERS,
            NP_PREPOSITIONS,
            CLAUSE_OPENERS,
            COMMON_VERBS,
            ENT_NOUNS,
            GENERIC_NOUNS,
            PRENOMINAL_ADJECTIVES,
            ABBREVIATIONS,
        ];
        let sentence = "selon les syndicats, la cgt et l’unsa ont dit non : « nous ne céderons \
                        pas sur les retraites », a déclaré à paris sa secrétaire générale, le 12 \
                        mars 2023, pouvant manifester qu’elles utilisent-elles deux mille fois";
        for word in lists
            .iter()
            .flat_map(|l| l.iter().copied())
            .chain(sentence.split_whitespace())
        {
            assert_eq!(WordClass::of(word), class_by_lists(word), "{word}");
        }
    }

    proptest::proptest! {
        #[test]
        fn one_lookup_classes_any_word_as_the_lists_do(word in "[a-zéèêàù’'-]{0,12}|\\PC{0,8}") {
            proptest::prop_assert_eq!(WordClass::of(&word), class_by_lists(&word));
        }
    }

    #[test]
    fn a_verb_of_saying_wants_what_is_said() {
        assert!(ends_on_saying("Le mouvement a annoncé"));
        assert!(ends_on_saying("Lors de la réunion, M. Macron a demandé"));
        assert!(ends_on_saying("les syndicats ont réclamé"));
        // Le Soleil: an adverb between the auxiliary and the participle.
        assert!(ends_on_saying("M. Macron a également demandé"));
        assert!(!ends_on_saying("Le ministère a longuement étudié"));
        // Intransitive, or no compound past: the clause may end there.
        assert!(!ends_on_saying(
            "près de 50 000 « gilets jaunes » ont défilé"
        ));
        assert!(!ends_on_saying("la demande"));
        assert!(!ends_on_saying("annoncé"));
    }

    use super::*;

    #[test]
    fn participles_that_name_what_follows_are_told_in_their_forms() {
        for word in [
            "intitulé",
            "intitulée",
            "intitulés",
            "intitulées",
            "baptisé",
            "surnommée",
        ] {
            assert!(names_what_follows(word), "{word}");
        }
        for word in ["intitul", "titré", "chanson", "nommer", "appelle", "se", ""] {
            assert!(!names_what_follows(word), "{word}");
        }
    }

    proptest::proptest! {
        /// The `match` tells the words of time the list holds.
        #[test]
        fn time_words_are_those_of_the_list(word in "[a-zéû]{0,9}|(an|mai|mars|jour|mois|soir)[a-z]{0,2}") {
            proptest::prop_assert_eq!(is_time_word(&word), TIME_WORDS.contains(&word.as_str()));
        }
    }

    #[test]
    fn every_listed_time_word_is_one() {
        assert!(TIME_WORDS.iter().all(|w| is_time_word(w)));
        assert!(!is_time_word("fin") && !is_time_word("") && !is_time_word("anné"));
    }

    #[test]
    fn lists_are_sorted_and_without_duplicates() {
        for list in [
            STOP_WORDS,
            FUNCTION_WORDS,
            DETERMINERS,
            NP_PREPOSITIONS,
            COMMON_VERBS,
            CLAUSE_OPENERS,
            ENT_NOUNS,
            ABBREVIATIONS,
            GENERIC_NOUNS,
        ] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted, list, "list not sorted or has duplicates");
        }
    }

    #[test]
    fn news_connectives_are_not_keywords() {
        for w in ["selon", "cette", "a", "également", "déclaré", "d", "l"] {
            assert!(is_stop_word(w), "{w}");
        }
        assert!(!is_stop_word("biélorussie"));
    }

    #[test]
    fn a_word_class_gathers_the_lists() {
        let les = WordClass::of("les");
        assert!(les.stop && les.determiner && !les.points_back);
        let ces = WordClass::of("ces");
        assert!(ces.determiner && ces.points_back);
        assert!(WordClass::of("de").np_preposition);
        assert!(WordClass::of("discutent").finite_verb);
        assert!(
            WordClass::of("visant").participle_ant && !WordClass::of("dirigeant").participle_ant
        );
        assert!(WordClass::of("deux").number && WordClass::of("2024").has_digit);
        for number in [
            "douze",
            "quarante",
            "dix-sept",
            "vingt-et-un",
            "quatre-vingts",
        ] {
            assert!(is_number_word(number), "{number}");
        }
        for word in ["un", "dix-huitième", "mi-temps", "-", "septembre"] {
            assert!(!is_number_word(word), "{word}");
        }
        assert_eq!(WordClass::of("armes"), WordClass::default());
    }

    #[test]
    fn verb_guess_keeps_nouns() {
        assert!(looks_like_finite_verb("discutent"));
        assert!(looks_like_finite_verb("rapprocherait"));
        assert!(looks_like_finite_verb("qualifie"));
        assert!(looks_like_finite_verb("vérifient"));
        assert!(looks_like_finite_verb("rencontreront"));
        // franceinfo's chapô: the future, which made "L’armée française mobilisera plusieurs
        // milliers de soldats" read as a headline without a verb.
        assert!(looks_like_finite_verb("mobilisera"));
        assert!(looks_like_finite_verb("finira"));
        for noun in [
            "déploiement",
            "président",
            "dirigeant",
            "continent",
            "caméra",
            "opéra",
        ] {
            assert!(!looks_like_finite_verb(noun), "{noun}");
        }
    }
}
