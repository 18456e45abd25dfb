//! Families of phrases that page furniture is made of, across French news sites.
//!
//! Not the strings of one site: the *kinds* of sentence every page template needs — share
//! buttons, "Lire aussi", paywall and consent notices, bylines, comment boxes, legal lines.
//! Each family has the role it gives, the reason reported, and the most words a block may have
//! for the family to apply, because article prose may quote the same phrase ("il a refusé de
//! partager…") in a longer sentence.
//!
//! No pattern here uses `\b`: the lazy DFA gives up on a Unicode word boundary at the first
//! non-ASCII byte (in French, the first accent) and the search falls back to the PikeVM, which
//! was a tenth of a rewrite. A boundary is written out instead, as `(?:^|\W)` before a word and
//! `(?:\W|$)` after one. Separate regexes rather than one `RegexSet`, for the same reason.

use super::role::Role;
use crate::literals::{lead, may_open_with, starts_caselessly, Literals};
use crate::patterns::Pattern;
use std::sync::LazyLock;

/// One family: its patterns (case-insensitive), role, reason, and the most words a block may
/// have for it to apply. Each pattern is compiled (see [`Pattern`]) the first time a block may
/// match it. An alternative that may stand anywhere holds one of `literals` (ASCII-caselessly,
/// see [`crate::literals`]); one that follows `^\W*` holds one of `inner` and opens, after the
/// line's leading non-word characters, on one of the `leads` of the family or of its part (see
/// [`lead`]); `or_if` is the test for the one alternative of the byline family that none of
/// these covers.
///
/// A family's alternatives after `^\W*` are split into `parts` by what they open on, when
/// there are many: a line compiles the few alternatives it may match rather than all of them
/// (a family matches when its `pattern` or one of its parts does: the union of the
/// alternatives).
struct Family {
    role: Role,
    reason: &'static str,
    max_words: usize,
    literals: &'static [&'static str],
    inner: &'static [&'static str],
    leads: &'static [&'static str],
    or_if: Option<fn(&str) -> bool>,
    /// A line the pattern matches is none of the family when this says so.
    unless: Option<fn(&str, usize) -> bool>,
    pattern: Option<Pattern>,
    parts: &'static [Part],
}

/// Alternatives of a family after `^\W*`, with what they open on.
struct Part {
    leads: &'static [&'static str],
    pattern: Pattern,
}

impl Family {
    /// Whether the line may match `pattern`, from the family's bits in [`LITERALS`] and the
    /// line's `lead`: an alternative that may stand anywhere holds one of `literals`; one after
    /// `^\W*` holds one of `inner` and opens where the line's words do (when that is known).
    fn may_match(&self, lead: Option<&str>, found: u64, i: usize) -> bool {
        let anywhere = found & 1 << i != 0;
        anywhere || may_open_on(self.leads, lead, found, i)
    }

    /// Whether the line (its `lead`, the `found` bits of [`LITERALS`]) belongs to family `i`.
    fn matches(&self, text: &str, lead: Option<&str>, found: u64, i: usize) -> bool {
        let gate = self.may_match(lead, found, i) || self.or_if.is_some_and(|test| test(text));
        let whole = gate && self.pattern.as_ref().is_some_and(|p| p.is_match(text));
        whole
            || self
                .parts
                .iter()
                .any(|part| may_open_on(part.leads, lead, found, i) && part.pattern.is_match(text))
    }
}

/// Whether alternatives of family `i` after `^\W*` that open on `leads` may match a line: it
/// holds one of the family's `inner` literals and its lead, when known, opens on one of them.
fn may_open_on(leads: &[&str], lead: Option<&str>, found: u64, i: usize) -> bool {
    found & 1 << (i + FAMILIES.len()) != 0
        && lead.is_none_or(|lead| leads.iter().any(|l| starts_caselessly(lead, l)))
}

static NO_PARTS: [Part; 0] = [];

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

static AD_PARTS: [Part; 1] = [Part {
    leads: &[
        "pub",
        "annonce",
        "advertisement",
        "sponsoris",
        "contenu ",
        "partenariat",
    ],
    pattern: Pattern::caseless(
        r"^\W*(pub|annonce|advertisement|sponsoris[ée]e?|contenu sponsoris[ée]|partenariat|contenu partenaire)\W*$",
    ),
}];

static RELATED_PARTS: [Part; 4] = [
    Part {
        leads: &[
            "à ", "À ", "a ", "lire", "voir", "écouter", "Écouter", "ecouter", "regarder",
        ],
        pattern: Pattern::caseless(
            r"^\W*(([àa] )?(lire|voir|[ée]couter|regarder) (aussi|[ée]galement|encore|plus)|(lire|voir|[ée]couter|regarder)\s*:)",
        ),
    },
    Part {
        leads: &[
            "sur le m",
            "sur le w",
            "autour du m",
            "sur ce th",
            "article",
            "sujet",
            "contenu",
            "thème",
            "theme",
            "dans la m",
            "nos articles",
            "vous aimerez",
            "related",
        ],
        // "Sujets associés", "Contenus liés": the label over a box of links to other stories.
        // "Article précédent : « Le scandale de Strasbourg… », page 26", or the label alone
        // over the link (Le Monde diplomatique's blogs): the link to the article before or
        // after this one, above it or under it. "Sur le web" alone: the
        // box of links to other sites' stories (Le Soir's, between its chapô and its text);
        // a sentence may open on those words.
        pattern: Pattern::caseless(
            r"^\W*((sur le|autour du) même (sujet|th[èe]me)|sur ce th[èe]me|sur le web\W*$|(articles?|sujets?|contenus?|th[èe]mes?) (en relation|li[ée]s|associ[ée]s)|article (pr[ée]c[ée]dent|suivant)(\s*:|\W*$)|dans la m[êe]me rubrique|nos articles|vous aimerez aussi|related)(?:\W|$)",
        ),
    },
    Part {
        leads: &["la r", "ces articles", "recommand", "nos lecteurs", "top "],
        pattern: Pattern::caseless(
            r"^\W*(la r[ée]daction vous (conseille|recommande)|ces articles (pourraient|devraient) vous int[ée]resser|recommand[ée]s? pour vous|nos lecteurs ont (aussi )?lu|top articles?)(?:\W|$)",
        ),
    },
    Part {
        // "Derniers articles de la thématique « Justice / Police / Médias » :" (CRIC).
        leads: &["les plus", "les derni", "plus d", "derniers articles"],
        pattern: Pattern::caseless(
            r"^\W*(les plus (lus|partag[ée]s|comment[ée]s|populaires)|les derni[èe]res (news|infos|actualit[ée]s)|(les )?derniers articles|plus d['’]actu)(?:\W|$)",
        ),
    },
];

static SHARE_PARTS: [Part; 6] = [
    Part {
        leads: &["partage", "share"],
        pattern: Pattern::caseless(r"^\W*(partage[rz]?|partagez|share)(?:\W|$)"),
    },
    Part {
        leads: &["suiv", "follow", "rejoignez"],
        pattern: Pattern::caseless(r"^\W*(suivez|suivre|follow|rejoignez)(?:\W|$)"),
    },
    Part {
        leads: &["tweet"],
        pattern: Pattern::caseless(r"^\W*(tweet|tweeter)(?:\W|$)"),
    },
    Part {
        leads: &[
            "imprimer",
            "envoyer",
            "copier le lien",
            "lien copi",
            "email",
            "e-mail",
        ],
        pattern: Pattern::caseless(
            r"^\W*(imprimer|envoyer( par| un)? (e-?)?mail|copier le lien|lien copi[ée]|e-?mail\W*$)(?:\W|$)",
        ),
    },
    Part {
        leads: &[
            "sauvegarder",
            "ajouter",
            "enregistrer",
            "favoris",
            "écouter",
            "Écouter",
            "ecouter",
        ],
        pattern: Pattern::caseless(
            r"^\W*(sauvegarder|ajouter à (vos|mes) s[ée]lections|enregistrer|favoris|[ée]couter cet article)(?:\W|$)",
        ),
    },
    Part {
        leads: &[
            "facebook",
            "twitter",
            "linkedin",
            "whatsapp",
            "messenger",
            "pinterest",
            "flipboard",
        ],
        pattern: Pattern::caseless(
            r"^\W*(facebook|twitter|linkedin|whatsapp|messenger|pinterest|flipboard)(?:\W|$)",
        ),
    },
];

static COMMENTS_PARTS: [Part; 3] = [
    Part {
        leads: &DIGITS,
        pattern: Pattern::caseless(r"^\W*\d+\W+(commentaires?|r[ée]actions?|partages?)(?:\W|$)"),
    },
    // Le Soir: the comments' heading speaks to their writers.
    Part {
        leads: &["vos"],
        pattern: Pattern::caseless(r"^\W*vos\s+(r[ée]actions|commentaires|avis)\W*$"),
    },
    // "Commenter" alone: the button that opens the comments (Sciences et Avenir's, over its
    // article's second paragraph); a sentence may open on the verb.
    Part {
        leads: &["réagi", "rÉagi", "reagi", "un avis", "commenter"],
        pattern: Pattern::caseless(r"^\W*((r[ée]agir|r[ée]agissez|un avis)(?:\W|$)|commenter\W*$)"),
    },
];

static NAVIGATION_PARTS: [Part; 3] = [
    Part {
        leads: &[
            "accueil",
            "pré",
            "prÉ",
            "pre",
            "suivant",
            "fermer",
            "rechercher",
            "menu",
            "tout",
            "plus",
        ],
        pattern: Pattern::caseless(
            r"^\W*(accueil|pr[ée]c[ée]dent|suivant|fermer|rechercher|menu|tout|plus)\W*$",
        ),
    },
    Part {
        leads: &DIGITS,
        pattern: Pattern::caseless(r"^\W*\d+ sur \d+\W*$"),
    },
    // "Durée : 02:35": a video player's length, between two paragraphs where the player
    // stood.
    Part {
        leads: &["dur"],
        pattern: Pattern::caseless(r"^\W*dur[ée]e\s*:\s*\d{1,2}(:\d{2}){1,2}\W*$"),
    },
];

static BYLINE_PARTS: [Part; 3] = [
    Part {
        // "Article mis à jour le 7 janvier 2020." (Regards) and "Cet article a été publié le…":
        // the story's stamp, said of the article.
        leads: &[
            "publi",
            "mis",
            "modifi",
            "cr",
            "actualis",
            "posted",
            "updated",
            "article",
            "cet article",
        ],
        pattern: Pattern::caseless(
            r"^\W*((cet )?article (a été )?)?(publi[ée]|mis à jour|modifi[ée]|mise à jour|cr[ée][ée]|actualis[ée]|posted|updated)(?:\W|$)",
        ),
    },
    Part {
        leads: &[
            "temps de lecture",
            "lecture",
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
        ],
        pattern: Pattern::caseless(
            r"^\W*(temps de lecture|\d+ min(utes?)?\.? de lecture|lecture\W+\d+ min)",
        ),
    },
    Part {
        // "De notre envoyé spécial à New York, François Miguet", "Par nos envoyés spéciaux
        // à Kiev": the press's own byline.
        leads: &["de no", "De no", "DE NO", "par no", "Par no", "PAR NO"],
        pattern: Pattern::caseless(
            r"^\W*(de|par) (notre|nos) (envoy[ée]e?s? sp[ée]cia(le?s?|ux)|correspondante?s?)(?:\W|$)",
        ),
    },
];

static CALL_TO_ACTION_PARTS: [Part; 5] = [
    Part {
        leads: &[
            "cli",
            "lire la suite",
            "lire plus",
            "en savoir plus",
            "read more",
        ],
        pattern: Pattern::caseless(
            r"^\W*(cliquez|click|lire la suite|lire plus|en savoir plus|read more)(?:\W|$)",
        ),
    },
    Part {
        leads: &[
            "découvrez",
            "dÉcouvrez",
            "decouvrez",
            "tel",
            "tél",
            "tÉl",
            "regardez",
            "écoutez",
            "Écoutez",
            "ecoutez",
        ],
        pattern: Pattern::caseless(
            r"^\W*(d[ée]couvrez|t[ée]l[ée]chargez|regardez|[ée]coutez)(?:\W|$)",
        ),
    },
    Part {
        leads: &["voir ", "regarder la"],
        pattern: Pattern::caseless(
            r"^\W*((voir|regarder) la vid[ée]o|voir (le|la|ce|cette) (tweet|publication|post|vid[ée]o))(?:\W|$)",
        ),
    },
    Part {
        leads: &["profitez", "jouez", "participez", "gagnez"],
        pattern: Pattern::caseless(r"^\W*(profitez|jouez|participez|gagnez)(?:\W|$)"),
    },
    Part {
        // "Vous souhaitez nous signaler une erreur ? Contactez la rédaction.", "Signaler une
        // erreur": the page asks its reader to report a mistake, under any article.
        leads: &["vous ", "signal"],
        pattern: Pattern::caseless(
            r"^\W*(vous (souhaitez|voulez) nous signaler|signal(er|ez) une (erreur|faute|coquille))(?:\W|$)",
        ),
    },
];

/// The reason of a notice that says the rest of the article is hidden ("Il vous reste 57 %
/// de cet article à lire", "La suite est réservée aux abonnés"): nothing under it is the
/// article.
pub const PAYWALL_END: &str = "paywall: the rest is hidden";
/// The reason of a notice that speaks of subscribing or labels something as for subscribers
/// ("Article réservé aux abonnés", "Lecture audio réservée aux abonnés"): the article may go on
/// under it.
pub const PAYWALL: &str = "paywall";

/// The families, tried in order: the first that matches decides.
static FAMILIES: [Family; 20] = [
    Family {
        role: Role::Ad,
        reason: "ad marker",
        pattern: Some(Pattern::caseless(r"(?:^|\W)publicit[ée](?:\W|$)")),
        parts: &AD_PARTS,
        max_words: 6,
        literals: &["publicit"],
        inner: &["pub", "annonce", "advertisement", "sponsoris", "partena"],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::RelatedLink,
        reason: "read-also link",
        pattern: None,
        parts: &RELATED_PARTS,
        max_words: 40,
        literals: &[],
        inner: &[
            "lire",
            "voir",
            "couter",
            "regarder",
            "sur ",
            "autour du m",
            "article",
            "sujet",
            "contenu",
            "thème",
            "theme",
            "dans la m",
            "aimerez",
            "related",
            "les plus",
            "les derni",
            "plus d",
            "vous conseille",
            "vous recommande",
            "vous int",
            "pour vous",
            "ont aussi lu",
            "ont lu",
            "top article",
        ],
        leads: &[],
        or_if: None,
        unless: Some(saves_for_later),
    },
    Family {
        role: Role::Paywall,
        reason: PAYWALL_END,
        pattern: Some(Pattern::caseless(
            r"(il vous reste \d|la suite est r[ée]serv|pour lire la suite)",
        )),
        parts: &NO_PARTS,
        max_words: 30,
        literals: &["il vous reste", "la suite est r", "pour lire la suite"],
        inner: &[],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Paywall,
        reason: PAYWALL,
        pattern: Some(Pattern::caseless(
            r"(r[ée]serv[ée]e?s? (aux|à nos) abonn[ée]s|d[ée]j[àa] abonn[ée]|vous avez lu \d|articles? gratuits?|abonnez-vous|s['’]abonner|offre d['’]abonnement|sans engagement|cet article vous est offert|^\W*(abonn[ée]s|exclusivit[ée] abonn[ée]s)\W*$)",
        )),
        parts: &NO_PARTS,
        max_words: 30,
        literals: &[
            "abonn",
            "vous avez lu",
            "gratuit",
            "sans engagement",
            "cet article vous est offert",
        ],
        inner: &[],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Paywall,
        reason: "login",
        pattern: Some(Pattern::caseless(
            r"(^\W*(se connecter|connexion|identifiez-vous|connectez-vous|s['’]inscrire|inscription|cr[ée]er (un|mon) compte|mon compte|mot de passe)\W*|vous poss[ée]dez d[ée]j[àa] un compte|gratuitement\W*$|votre abonnement|(ce|votre) compte|autre appareil|(ce|un seul) appareil|ce message|service (commercial|client))",
        )),
        parts: &NO_PARTS,
        max_words: 20,
        literals: &[
            "vous poss",
            "gratuitement",
            "votre abonnement",
            "ce compte",
            "votre compte",
            "appareil",
            "ce message",
            "service ",
        ],
        inner: &[
            "connect",
            "connexion",
            "identifiez",
            "inscri",
            "compte",
            "mot de passe",
        ],
        leads: &[
            "se connecter",
            "connexion",
            "identifiez",
            "connectez",
            "s'inscrire",
            "s’inscrire",
            "inscription",
            "cr",
            "mon compte",
            "mot de passe",
        ],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Paywall,
        reason: "newsletter",
        pattern: Some(Pattern::caseless(
            r"(newsletter|lettre d['’]information|recevez (chaque|tous|gratuitement|le meilleur|nos)|inscrivez-vous)",
        )),
        parts: &NO_PARTS,
        max_words: 30,
        literals: &["newsletter", "lettre d", "recevez ", "inscrivez-vous"],
        inner: &[],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Paywall,
        reason: "consent",
        pattern: Some(Pattern::caseless(
            r"(cookies?|consentement|consentie|d[ée]sinscrire|donn[ée]es personnelles|confidentialit[ée]|privacy|votre inscription|j['’‘]accepte|contenu a [ée]t[ée] bloqu[ée]|(visionner|afficher) ce contenu|bloqueur de pub)",
        )),
        parts: &NO_PARTS,
        max_words: 60,
        literals: &[
            "cookie",
            "consent",
            "sinscrire",
            "es personnelles",
            "confidentialit",
            "privacy",
            "votre inscription",
            "accepte",
            "contenu a ",
            "ce contenu",
            "bloqueur de pub",
        ],
        inner: &[],
        leads: &[],
        or_if: None,
        unless: Some(tells_of_data),
    },
    Family {
        role: Role::Share,
        reason: "share or follow prompt",
        pattern: None,
        parts: &SHARE_PARTS,
        max_words: 12,
        literals: &[],
        inner: &[
            "partage",
            "share",
            "suiv",
            "follow",
            "rejoignez",
            "tweet",
            "imprimer",
            "envoyer",
            "copier le lien",
            "lien copi",
            "mail",
            "sauvegarder",
            "ajouter ",
            "enregistrer",
            "favoris",
            "couter cet article",
            "facebook",
            "twitter",
            "linkedin",
            "whatsapp",
            "messenger",
            "pinterest",
            "flipboard",
        ],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Comments,
        reason: "comments",
        pattern: Some(Pattern::caseless(
            r"(commentaires?(\s*\(\d+\))?\W*$|charte (de mod[ée]ration|des commentaires)|caract[èe]res restants|publier un (nouveau )?commentaire|une faute ?\?)",
        )),
        parts: &COMMENTS_PARTS,
        max_words: 40,
        literals: &[
            "commentaire",
            "charte ",
            "res restants",
            "publier un ",
            "une faute",
        ],
        inner: &[
            "commentaire",
            "action",
            "partage",
            "agir",
            "agissez",
            "un avis",
            "commenter",
        ],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::LiveTimestamp,
        reason: "live blog",
        pattern: Some(Pattern::caseless(
            r"^\W*(en direct|direct|live|revivez|suivez (notre|le) direct)(?:\W|$)",
        )),
        parts: &NO_PARTS,
        max_words: 30,
        literals: &[],
        inner: &["direct", "live", "revivez"],
        leads: &["en direct", "direct", "live", "revivez", "suivez"],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Navigation,
        reason: "navigation",
        pattern: Some(Pattern::caseless(
            r"(faire d[ée]filer|retour en haut|back to top|haut de (la )?page|l['’]info de a [àa] z|voir plus|menu principal)",
        )),
        parts: &NAVIGATION_PARTS,
        max_words: 10,
        literals: &[
            "faire d",
            "retour en haut",
            "back to top",
            "haut de ",
            "info de a ",
            "voir plus",
            "menu principal",
        ],
        inner: &[
            "accueil",
            "dent",
            "suivant",
            "fermer",
            "rechercher",
            "menu",
            "tout",
            "plus",
            " sur ",
            "dur",
        ],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Navigation,
        reason: "trending label",
        pattern: Some(Pattern::caseless(
            r"^\W*(tendances?|trending|à la une|populaire|derni[èe]re minute|les \+ lus)\W*$",
        )),
        parts: &NO_PARTS,
        max_words: 4,
        literals: &[],
        inner: &[
            "tendance",
            "trending",
            " la une",
            "populaire",
            "re minute",
            "les + lus",
        ],
        leads: &[
            "tendance",
            "trending",
            "à la une",
            "À la une",
            "populaire",
            "derni",
            "les + lus",
        ],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Navigation,
        reason: "tags",
        // "Mots-clés : Ukraine, Russie", "Tags: …": the page's links to its topics, set
        // under the article or between two of its paragraphs.
        pattern: Some(Pattern::caseless(
            r"^\W*(mots?[- ]cl[ée]s|tags?|[ée]tiquettes)\s*:",
        )),
        parts: &NO_PARTS,
        max_words: 30,
        literals: &[],
        inner: &["mots-cl", "mots cl", "mot-cl", "mot cl", "tag", "tiquettes"],
        leads: &["mot", "tag", "étiquettes", "Étiquettes", "etiquettes"],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Credit,
        reason: "photo credit",
        // The label, then a colon, a copyright sign or a slash before any full stop ("Photo :
        // Jean Dupont / AFP", "© AFP / Jean Dupont", "Photo d’illustration : AFP"); a label
        // set before the headline with a stop, a dash or a bar is a kicker ("VIDÉO. Ukraine :
        // la contre-offensive piétine", "VIDÉO - …", Le Parisien's and Le Figaro's).
        pattern: Some(Pattern::caseless(
            r"^\W*(cr[ée]dits?|cr[ée]dit photo|photo|illustration|image|vid[ée]o|©|copyright)(\s*[:©/]|\s+[^\s.\-–—|][^.]*[:©/]|[^\w\s.\-–—|:©/][^.]*[:©/])",
        )),
        parts: &NO_PARTS,
        max_words: 12,
        literals: &[],
        inner: &[
            "dit",
            "photo",
            "illustration",
            "image",
            "vid",
            "©",
            "copyright",
        ],
        leads: &["cr", "photo", "illustration", "image", "vid", "copyright"],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Byline,
        reason: "byline",
        pattern: Some(Pattern::caseless(r"^\W*(on|le|par|by)\W*$")),
        parts: &BYLINE_PARTS,
        max_words: BYLINE_MAX_WORDS,
        literals: &[],
        inner: &[
            "publi",
            "mis",
            "modifi",
            "cr",
            "actualis",
            "posted",
            "updated",
            "lecture",
            "notre envoy",
            "nos envoy",
            "notre corres",
            "nos corres",
        ],
        leads: &[],
        or_if: Some(few_ascii_letters),
        unless: None,
    },
    Family {
        role: Role::Byline,
        reason: "agency attribution",
        pattern: Some(Pattern::caseless(
            r"^\W*(\S+\s+)?avec (l['’])?(afp|reuters|ap|ats|belga|agences?)\W*$",
        )),
        parts: &NO_PARTS,
        max_words: 5,
        literals: &["avec "],
        inner: &[],
        leads: &[],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::CallToAction,
        reason: "call to action",
        pattern: None,
        parts: &CALL_TO_ACTION_PARTS,
        max_words: 25,
        literals: &[],
        inner: &[
            "cli",
            "lire ",
            "en savoir plus",
            "read more",
            "couvrez",
            "chargez",
            "regardez",
            "coutez",
            "voir ",
            "regarder la",
            "profitez",
            "jouez",
            "participez",
            "gagnez",
            "signal",
        ],
        leads: &[],
        or_if: None,
        unless: None,
    },
    // "…sur Nextwarez.com, suivez-nous aussi sur Facebook et Twitter.": the site asking, in a
    // sentence of its own, to be followed on a social network. Prose may quote "suivez-nous",
    // never towards a network's name.
    Family {
        role: Role::CallToAction,
        reason: "asks the reader to follow the site",
        pattern: Some(Pattern::caseless(
            r"(suivez|rejoignez|retrouvez)-nous\W+((aussi|également|partout|dès maintenant)\W+)?sur\W+(facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|snapchat|whatsapp|les réseaux sociaux|nos réseaux)(?:\W|$)",
        )),
        parts: &NO_PARTS,
        max_words: 30,
        literals: &["suivez-nous", "rejoignez-nous", "retrouvez-nous"],
        inner: &[],
        leads: &[],
        or_if: None,
        unless: None,
    },
    // "Pour lire tous les articles sur Rémi Fraisse, c’est ici.": the words of a link to other
    // pages, its anchor "ici", which the copy kept without the link.
    Family {
        role: Role::RelatedLink,
        reason: "points the reader at a link (\"c’est ici\")",
        pattern: Some(Pattern::caseless(
            r"^\W*pour (lire|voir|retrouver|consulter|découvrir|suivre|écouter|regarder|télécharger|s['’]inscrire|en savoir plus)(?:\W|$).*(c['’]est|cliquez|rendez-vous) ici\W*$",
        )),
        parts: &NO_PARTS,
        max_words: 20,
        literals: &[],
        inner: &[" ici"],
        leads: &["pour "],
        or_if: None,
        unless: None,
    },
    Family {
        role: Role::Legal,
        reason: "publisher notice",
        pattern: Some(Pattern::caseless(
            r"(ne sont pas n[ée]cessairement|n['’]engagent que|ne refl[èe]tent pas n[ée]cessairement|publie des articles provenant|conform[ée]ment à la loi|tous droits r[ée]serv[ée]s|droits de reproduction|reproduction (interdite|r[ée]serv[ée]e))",
        )),
        parts: &NO_PARTS,
        max_words: 80,
        literals: &[
            "cessairement",
            "engagent que",
            "refl",
            "publie des articles provenant",
            "conform",
            "droits r",
            "reproduction",
        ],
        inner: &[],
        leads: &[],
        or_if: None,
        unless: None,
    },
];

/// The most words a block may have for any family to apply.
const MAX_FAMILY_WORDS: usize = 80;

/// Every family's literals, searched for in one pass: group `i` holds the `literals` of
/// family `i`, group `FAMILIES.len() + i` its `inner` ones.
static LITERALS: LazyLock<Literals> = LazyLock::new(|| literals_over(0));

/// The literals of the families that apply to a block of more than `words` words, in the
/// groups of [`LITERALS`] (the other families' groups empty): what a block that long is
/// searched for.
fn literals_over(words: usize) -> Literals {
    let applies = |f: &Family| f.max_words > words;
    let groups: Vec<&[&str]> = FAMILIES
        .iter()
        .map(|f| if applies(f) { f.literals } else { &[] })
        .chain(
            FAMILIES
                .iter()
                .map(|f| if applies(f) { f.inner } else { &[] }),
        )
        .collect();
    Literals::new(&groups)
}

/// Word counts past which a block is searched for fewer families' literals ([`literals_over`]),
/// longest first: most of an article's text is in paragraphs of dozens of words, and only the
/// consent and legal notices run so long; the other families need not be searched for.
const WORD_TIERS: [usize; 3] = [40, 25, 12];

/// The literals for blocks of more than each of [`WORD_TIERS`] words, in its order.
static TIER_LITERALS: LazyLock<Vec<Literals>> = LazyLock::new(|| {
    WORD_TIERS
        .iter()
        .map(|&words| literals_over(words))
        .collect()
});

/// The literals a block of `words` words is searched for: those of the families that apply
/// to it, perhaps with more.
fn literals_for(words: usize) -> &'static Literals {
    match WORD_TIERS.iter().position(|&tier| words > tier) {
        Some(tier) => &TIER_LITERALS[tier],
        None => &LITERALS,
    }
}

/// A byline's "Par", "Le" or "By" alone on its line (`^\W*(on|le|par|by)\W*$`) is the one
/// match without a literal of its own: its ASCII letters are those of the word, as `\W`
/// holds none.
fn few_ascii_letters(text: &str) -> bool {
    text.bytes().filter(u8::is_ascii_alphabetic).count() <= 3
}

/// "Par Philippe Douroux", "PAR JEAN DUPONT ET MARIE MARTIN", "Par la Rédaction de
/// Contrepoints.", "Par Martin Pereira pour Le Point (avec AFP)", "Propos recueillis par Jean
/// Dupont": "par" and names only, or the newsroom's, perhaps the outlet the names write for;
/// then perhaps, after two names or more and a comma, the reporter's role or place ("Par
/// Jeanne Dupont, correspondante à Bruxelles", "…, envoyé spécial à Kiev", "…, à
/// Marseille": where from, with whom or in what role, opening on "à", "au", "aux", "en",
/// "depuis", "avec", "envoyé", "correspondant", "journaliste", "reporter" or "rédacteur", no
/// sentence's end after it), and an aside in brackets that says where they write from or with whom ("Par Rémi Barroux
/// (Melle, Sainte-Soline (Deux-Sèvres), envoyé spécial)", its bracket glued to the name where
/// the page's inline elements were joined without a space), one bracket deep inside and no
/// sentence's end in it. Case matters here ("Par ailleurs, il a démissionné." is prose), so
/// it is not a family.
static SIGNATURE: Pattern = Pattern::new(concat!(
    r"^(?:Par|PAR|By|BY|Propos recueillis par|PROPOS RECUEILLIS PAR|",
    // The translator's credit, a foreign paper's article under it: "Traduit de l'anglais
    // par Pauline Martin", "Adapté du russe par…", "Traduction : …".
    r"(?:Traduit|TRADUIT|Adapté|ADAPTÉ)(?:\s+(?:de|du|DE|DU)\s+(?:l['’])?[\p{L}-]+)?\s+(?:par|PAR)|",
    r"(?:Traduction|TRADUCTION)\s*:)\s+",
    r"(?:(?:la|La|LA)\s+(?:rédaction|RÉDACTION)|(?:(?:la|La|LA)\s+)?\p{Lu}[\p{L}'’.-]*)",
    r"(?:(?:\s+(?:et|and|ET|de|du|avec|pour|POUR)?\s*\p{Lu}[\p{L}'’.-]*)+",
    // The reporter's place or role after a comma, then its words; only after two names or
    // more ("Par Kiev, en passant par Varsovie." is prose).
    r"(?:\s*,\s*(?:à|au|aux|en|depuis|avec|envoyée?s?|correspondante?s?|journaliste|",
    r"(?:grande?\s+)?reporter|rédact(?:eur|rice))(?:\s+[^\s.!?()]+)*)?)?",
    r"(?:\s*\((?:[^().!?]|\([^().!?]*\))*\))?[\s,.]*$",
));

/// SIGNATURE opens on "Par", "PAR", "By", "BY" or "Propos recueillis par" (either case) and
/// white space (`\s`, as `char::is_whitespace`), or on a translator's credit.
fn may_be_signature(text: &str) -> bool {
    // Every opener starts with "P", "B", "T" or "A": most lines are told by their first byte.
    let openers: &[&str] = match text.as_bytes().first() {
        Some(b'P' | b'B') => &[
            "Par",
            "PAR",
            "By",
            "BY",
            "Propos recueillis par",
            "PROPOS RECUEILLIS PAR",
        ],
        Some(b'T' | b'A') => &[
            "Traduit",
            "TRADUIT",
            "Adapté",
            "ADAPTÉ",
            "Traduction",
            "TRADUCTION",
        ],
        _ => return false,
    };
    // "Traduction :" opens on its colon.
    openers.iter().any(|word| {
        text.strip_prefix(word)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace() || c == ':'))
    })
}

/// "Jean Dupont, envoyé spécial à Kiev", "Marie Martin, correspondante à Bruxelles": a name
/// of two to four words (particles between), a comma, and the reporter's role, perhaps "notre"
/// first, then where from; no full stop ("Emmanuel Macron, envoyé spécial du destin." is
/// prose). A signature without its "Par".
static NAMED_REPORTER: Pattern = Pattern::new(concat!(
    r"^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|des|d’|d'|et)\s*)?\p{Lu}[\p{L}'’.-]*){1,3}\s*,\s*",
    r"(?:(?:notre|nos|sa|son)\s+)?(?:envoyée?s?\s+spéciale?s?|correspondante?s?|(?:grande?\s+)?reporter)",
    r"(?:\s+[^\s.!?()]+)*\s*$",
));

/// NAMED_REPORTER holds a comma, and one of its roles' words, as written, after it: most
/// short lines hold no comma, and are told by one `memchr`.
fn may_name_a_reporter(text: &str) -> bool {
    memchr::memchr(b',', text.as_bytes()).is_some_and(|comma| {
        let role = &text[comma..];
        ["envoy", "correspondant", "reporter"]
            .iter()
            .any(|word| role.contains(word))
    })
}

/// Most words of the titles after an author's name ([`name_with_titles`]).
const TITLES_MAX_WORDS: usize = 14;

/// "Marie Duval, Maître de conférences en écologie, Université de Montpellier", "Jean
/// Martin, chercheur au CNRS": an author's name of two to four capitalised words (particles
/// between), a comma, then their titles and where they work, of a few words and no sentence
/// in them, nor a stamp ("Par Claire Dumont, publié le 3 décembre 2026 à 21 h 14" is the
/// story's dateline). The Conversation and a paper's op-eds sign so under the headline;
/// whether such a line signs is told by where it stands (the header, or "Par" before it), as
/// an intertitle may open on a name and an apposition.
pub fn name_with_titles(text: &str) -> bool {
    let Some((name, titles)) = text.trim().split_once(',') else {
        return false;
    };
    let names: Vec<&str> = name.split_whitespace().collect();
    let titles_words = titles.split_whitespace().count();
    (2..=4).contains(&names.len())
        && names.first().is_some_and(|word| capitalised(word))
        && names.last().is_some_and(|word| capitalised(word))
        && names
            .iter()
            .all(|word| capitalised(word) || NAME_LINKS.contains(word))
        && (1..=TITLES_MAX_WORDS).contains(&titles_words)
        && !titles.contains(['.', '!', '?', ':', ';', '«', '»', '"', '(', '['])
        && !holds_stamp(titles)
}

/// Words between a name's capitalised words ("Jean de La Fontaine", "Marc Van der Berg").
const NAME_LINKS: [&str; 9] = ["de", "du", "des", "d’", "d'", "van", "von", "der", "den"];

/// The word opens on a capital letter.
fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// "Par Marie Duval, chercheuse au CNRS": a signature whose titles after the comma are of any
/// words ([`name_with_titles`]), where [`SIGNATURE`] knows a reporter's role and place.
fn signature_with_titles(text: &str) -> bool {
    ["Par ", "PAR ", "By ", "BY "]
        .iter()
        .find_map(|opener| text.strip_prefix(opener))
        .is_some_and(name_with_titles)
}

/// Most words of a byline, a stamp or a reading time (the byline family).
const BYLINE_MAX_WORDS: usize = 16;

/// What sets a signature apart from the story's stamps on its line
/// ([`signature_with_stamps`]), and the stamps from each other ([`joined_stamps`], which
/// also splits at a comma).
const STAMP_MARKS: [&str; 4] = [" - ", " – ", " — ", " | "];

/// What sets the story's stamps apart on one line: [`STAMP_MARKS`] and a comma.
const STAMP_SEPARATORS: [&str; 5] = [
    STAMP_MARKS[0],
    STAMP_MARKS[1],
    STAMP_MARKS[2],
    STAMP_MARKS[3],
    ", ",
];

/// "Publié le lundi 12 juin 2023 à 10h30 - Mis à jour le 12 juin 2023 à 11h45": the stamps of
/// publication and update on one line, too long for the byline family, which reads each
/// alone; every piece between the separators is a stamp (a part of the byline family), so
/// a piece of prose after a stamp ("Publié en 1962, le roman raconte…") keeps the line out.
fn joined_stamps(text: &str) -> bool {
    // The line opens as its first piece does: most lines this long are prose, told by their
    // first letters (the parts' leads) before any pattern is run.
    let leads = BYLINE_PARTS.iter().flat_map(|part| part.leads.iter());
    may_open_with(text, leads) && pieces_are_stamps(text)
}

/// Every piece of `text` between [`STAMP_SEPARATORS`] is a stamp, and there are two or more.
fn pieces_are_stamps(text: &str) -> bool {
    let mut pieces = vec![text];
    for separator in STAMP_SEPARATORS {
        pieces = pieces
            .into_iter()
            .flat_map(|piece| piece.split(separator))
            .collect();
    }
    pieces.len() > 1
        && pieces
            .iter()
            .all(|piece| BYLINE_PARTS.iter().any(|part| part.pattern.is_match(piece)))
}

/// Most words of a signature followed by the story's stamps ([`signature_with_stamps`]).
const STAMPED_SIGNATURE_MAX_WORDS: usize = 20;

/// "Par Patrice Barrère - 12 sept. 2014 à 05:00 | mis à jour à 07:40 - Temps de lecture :":
/// the signature ([`SIGNATURE`]) up to a dash or a bar, then the story's stamps, opening on
/// a figure or a stamp's word and holding a time, a year or an update's or reading time's
/// words. Prose that opens on "Par" goes on in lowercase ("Par ailleurs, il…"), or its
/// aside after the dash is no stamp ("Par Toutatis - le cri des Gaulois, en 2019…").
fn signature_with_stamps(text: &str) -> bool {
    let Some(cut) = STAMP_MARKS
        .iter()
        .filter_map(|separator| text.find(separator))
        .min()
    else {
        return false;
    };
    let (names, stamps) = text.split_at(cut);
    let stamps = stamps.trim_start_matches([' ', '-', '–', '—', '|']);
    let lower = stamps.to_lowercase();
    let day = lower.strip_prefix("le ").unwrap_or(&lower);
    let opens_on_stamp = day.starts_with(|c: char| c.is_ascii_digit())
        || ["publié", "mis à jour", "modifié"]
            .iter()
            .any(|word| lower.starts_with(word));
    SIGNATURE.is_match(names) && opens_on_stamp && holds_stamp(stamps)
}

/// `text` holds a time of day ([`super::holds_time_of_day`]: "05:00", "7h40"), a year of
/// this century or the last, or words that stamp a story ("mis à jour", "publié",
/// "lecture"). The year is read over the bytes: a slice of the text at a byte inside a
/// letter ("à") would panic.
fn holds_stamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let year = (0..bytes.len()).any(|i| {
        (i == 0 || !digit(i - 1))
            && (bytes[i..].starts_with(b"19") || bytes[i..].starts_with(b"20"))
            && digit(i + 2)
            && digit(i + 3)
            && !digit(i + 4)
    });
    let lower = text.to_lowercase();
    super::holds_time_of_day(text)
        || year
        || ["mis à jour", "publié", "lecture"]
            .iter()
            .any(|w| lower.contains(w))
}

/// The family a block of `words` words belongs to, as its role and reason.
pub fn family_of(text: &str, words: usize) -> Option<(Role, &'static str)> {
    if words <= STAMPED_SIGNATURE_MAX_WORDS
        && may_be_signature(text)
        && (words <= 8 && SIGNATURE.is_match(text)
            || signature_with_stamps(text)
            || signature_with_titles(text))
        || words <= 8 && may_name_a_reporter(text) && NAMED_REPORTER.is_match(text)
        || (BYLINE_MAX_WORDS + 1..=2 * BYLINE_MAX_WORDS).contains(&words) && joined_stamps(text)
    {
        return Some((Role::Byline, "byline"));
    }
    if words > MAX_FAMILY_WORDS {
        return None;
    }
    // A family that does not apply to a block this long need not be searched for: its
    // bits are never read.
    let may_match = literals_for(words).may_match(text);
    // Every bit set: the line holds a character that `(?i)` matches to an ASCII letter, and
    // only the regexes can tell (see crate::literals).
    let lead = if may_match == u64::MAX {
        None
    } else {
        lead(text)
    };
    FAMILIES
        .iter()
        .enumerate()
        .filter(|(_, f)| words <= f.max_words)
        .find(|(i, f)| {
            f.matches(text, lead, may_match, *i) && !f.unless.is_some_and(|veto| veto(text, words))
        })
        .map(|(_, f)| (f.role, f.reason))
}

/// Most words of a consent notice's label ("Politique de confidentialité", "Gérer mes
/// cookies"), which needs no one to speak.
const CONSENT_LABEL_WORDS: usize = 8;

/// "| Lire plus tard |", "Écouter plus tard": a button that saves the article for later,
/// among the sharing buttons, not a link to another story ("Lire plus : …").
fn saves_for_later(text: &str, _words: usize) -> bool {
    let mut words = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    words.any(|w| w.eq_ignore_ascii_case("plus")) && words.next().is_some_and(|w| w == "tard")
}

/// "Les données personnelles permettent d’identifier… des personnes physiques.": a sentence
/// of an article about data, not the page's consent notice. A notice speaks for the site or
/// to the reader ("Nous utilisons des cookies", "vos données personnelles", "J’accepte") or
/// names the cookies; a label is a few words. Prose longer than a label that does neither
/// tells of data.
fn tells_of_data(text: &str, words: usize) -> bool {
    const SPEAKERS: &[&str] = &[
        "vous", "votre", "vos", "nous", "notre", "nos", "je", "j", "mes", "mon", "ma",
    ];
    let speaks = text
        .split(|c: char| !c.is_alphabetic())
        .any(|w| crate::segmenting::with_lowercase(w, |w| SPEAKERS.contains(&w)));
    let cookies = text.to_lowercase().contains("cookie");
    words > CONSENT_LABEL_WORDS && !speaks && !cookies
}

#[cfg(test)]
mod tests {
    /// The Conversation signs under the headline with the author's name and titles; a
    /// paper's op-ed with "Par", the name and titles of any words. A stamp after the name is
    /// the dateline's.
    #[test]
    fn a_name_and_its_titles_sign() {
        for line in [
            "Marie Duval, Maître de conférences en écologie, Université de Montpellier",
            "Jean de La Fontaine, fabuliste",
            "Marc Van der Berg, chercheur au CNRS",
        ] {
            assert!(name_with_titles(line), "{line}");
        }
        for line in [
            "Marie Duval",
            "Selon Marie Duval, la situation empire.",
            "Le ministre de l'Intérieur, Gérald Darmanin, a démissionné",
            "Paris, Lyon et Marseille : les trois villes face à la crue",
            "Par Claire Dumont, publié le 3 décembre 2026 à 21 h 14",
        ] {
            assert!(!name_with_titles(line), "{line}");
        }
        assert_eq!(
            family_of("Par Marie Duval, chercheuse au CNRS", 6),
            Some((Role::Byline, "byline"))
        );
        assert_eq!(family_of("Par ailleurs, la chercheuse au CNRS", 6), None);
    }

    use super::*;
    use crate::patterns::{agrees_with_regex, as_regex};
    use proptest::prelude::*;

    #[test]
    fn an_article_about_data_is_no_consent_notice() {
        let reason = |text: &str| family_of(text, text.split_whitespace().count()).map(|v| v.1);
        // The Conversation, on a hospital's stolen data.
        for prose in [
            "Les données personnelles permettent d’identifier ou de rendre identifiables, directement ou indirectement, des personnes physiques.",
            "Une loi encadre le consentement des patients au partage de leur dossier médical entre hôpitaux.",
        ] {
            assert_eq!(reason(prose), None, "{prose}");
        }
        for notice in [
            "Nous utilisons vos données personnelles pour vous proposer des contenus adaptés à vos centres d’intérêt.",
            "En poursuivant votre navigation, vous acceptez l’utilisation de cookies.",
            "Politique de confidentialité",
            "Ce contenu est bloqué car les cookies de mesure d’audience ont été refusés par le visiteur du site.",
        ] {
            assert_eq!(reason(notice), Some("consent"), "{notice}");
        }
    }

    #[test]
    fn a_notice_says_whether_it_hides_the_rest() {
        let reason = |text: &str| family_of(text, text.split_whitespace().count()).map(|v| v.1);
        // Le Monde: the rest of the article is hidden.
        let end = "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.";
        assert_eq!(reason(end), Some(PAYWALL_END));
        assert_eq!(
            reason("Pour lire la suite, abonnez-vous"),
            Some(PAYWALL_END)
        );
        // Le Point: a label above the lede, which goes on under it.
        assert_eq!(reason("Lecture audio réservée aux abonnés"), Some(PAYWALL));
        assert_eq!(reason("Article réservé aux abonnés"), Some(PAYWALL));
    }

    proptest! {
        /// A long block's literals find, for every family that applies to it, what all the
        /// literals find.
        #[test]
        fn tier_literals_find_what_all_literals_find(
            text in crate::literals::furniture_like(),
            words in 0usize..100,
        ) {
            let all = LITERALS.may_match(&text);
            let tier = literals_for(words).may_match(&text);
            for (i, family) in FAMILIES.iter().enumerate() {
                if words <= family.max_words {
                    let bits = 1u64 << i | 1u64 << (i + FAMILIES.len());
                    prop_assert_eq!(all & bits, tier & bits, "{} {:?}", family.reason, text);
                }
            }
            prop_assert_eq!(all == u64::MAX, tier == u64::MAX);
        }

        /// Whatever a family's pattern or part matches, its prefilter lets through.
        #[test]
        fn prefilters_never_hide_a_match(text in prop_oneof![crate::literals::furniture_like(), part_like()]) {
            let found = LITERALS.may_match(&text);
            let lead = if found == u64::MAX { None } else { lead(&text) };
            for (i, family) in FAMILIES.iter().enumerate() {
                if family.pattern.as_ref().is_some_and(|p| p.is_match(&text)) {
                    let or_if = family.or_if.is_some_and(|test| test(&text));
                    prop_assert!(family.may_match(lead, found, i) || or_if, "{} {:?}", family.reason, text);
                }
                for part in family.parts {
                    if part.pattern.is_match(&text) {
                        prop_assert!(may_open_on(part.leads, lead, found, i), "{} {:?}", part.pattern.as_str(), text);
                    }
                }
            }
        }

        /// The joined stamps' test of the line's opening never turns away a line of stamps.
        #[test]
        fn joined_stamps_are_told_whatever_they_open_on(
            text in prop_oneof![crate::literals::furniture_like(), part_like(), stamps_like()],
        ) {
            prop_assert_eq!(joined_stamps(&text), pieces_are_stamps(&text), "{:?}", text);
        }

        /// Whatever a signature's pattern matches, its prefilter lets through.
        #[test]
        fn signature_prefilters_never_hide_a_match(text in signature_like()) {
            if SIGNATURE.is_match(&text) {
                prop_assert!(may_be_signature(&text), "{:?}", text);
            }
            if NAMED_REPORTER.is_match(&text) {
                prop_assert!(may_name_a_reporter(&text), "{:?}", text);
            }
        }

        /// Each pattern finds what the `regex` crate finds with the same source.
        #[test]
        fn patterns_find_what_regex_finds(text in prop_oneof![crate::literals::furniture_like(), signature_like()]) {
            for (pattern, regex) in REGEXES.iter() {
                prop_assert!(agrees_with_regex(pattern, regex, &text), "{} {:?}", pattern.as_str(), text);
            }
        }

        /// A family split into parts matches what its one pattern matched.
        #[test]
        fn parts_match_what_the_whole_family_matched(text in prop_oneof![crate::literals::furniture_like(), part_like()]) {
            for (family, whole) in WHOLE.iter() {
                let split = family.pattern.as_ref().is_some_and(|p| p.is_match(&text))
                    || family.parts.iter().any(|part| part.pattern.is_match(&text));
                prop_assert_eq!(split, whole.is_match(&text), "{} {:?}", family.reason, text);
            }
        }
    }

    /// Lines shaped as signatures and near misses: an opener or none, names, a reporter's tail
    /// or prose after a comma, a bracket, an ending.
    fn signature_like() -> impl Strategy<Value = String> {
        use proptest::sample::select;
        // Each piece left out often: a reporter's name without "Par", no bracket.
        let or_none =
            |pieces: &'static [&'static str]| prop_oneof![2 => Just(""), 3 => select(pieces)];
        let opener = or_none(&[
            "Par ",
            "PAR ",
            "By ",
            "par ",
            "Propos recueillis par ",
            "PROPOS RECUEILLIS PAR ",
        ]);
        let name = select(
            &[
                "Jean",
                "Dupont",
                "de La Tour",
                "et Marie",
                "É.",
                "AFP",
                "Kiev",
            ][..],
        );
        let names = proptest::collection::vec(name, 1..4).prop_map(|names| names.join(" "));
        let tail = or_none(&[
            ", envoyé spécial à Kiev",
            ", correspondante",
            ", notre envoyée spéciale",
            ", grand reporter",
            ", reporter",
            ", à Kiev",
            ", en passant par Varsovie",
            ", le maire a tranché",
        ]);
        let bracket = or_none(&[
            " (à Kiev)",
            "(Melle, Sainte-Soline (Deux-Sèvres))",
            " (vu !)",
        ]);
        let end = or_none(&[".", " ", " !"]);
        (opener, names, tail, bracket, end).prop_map(|(o, n, t, b, e)| format!("{o}{n}{t}{b}{e}"))
    }

    /// Stamps and other pieces joined by the separators of joined stamps.
    fn stamps_like() -> impl Strategy<Value = String> {
        use proptest::sample::select;
        let piece = select(
            &[
                "Publié le lundi 12 juin 2023 à 10h30",
                "mis à jour le 13 juin",
                "Modifié le 12/06/2023",
                "Temps de lecture : 3 min",
                "3 min de lecture",
                "le roman raconte la guerre",
                "\u{17F}",
                "«",
            ][..],
        );
        let separator = select(&STAMP_SEPARATORS[..]);
        let first = piece.clone();
        (first, proptest::collection::vec((separator, piece), 0..3)).prop_map(|(first, rest)| {
            rest.iter()
                .fold(first.to_string(), |line, (separator, piece)| {
                    format!("{line}{separator}{piece}")
                })
        })
    }

    /// Lines made of the leads of the parts and of the words their alternatives go on with.
    fn part_like() -> impl Strategy<Value = String> {
        const WORDS: &[&str] = &[
            "sur le même sujet",
            "sur ce thème",
            "articles liés",
            "sujets associés",
            "Contenus liés",
            "dans la même rubrique",
            "vous aimerez aussi",
            "les plus lus",
            "les dernières infos",
            "derniers articles",
            "plus d’actu",
            "plus",
            "Envoyer par e-mail",
            "mail",
            "ajouter à mes sélections",
            "écouter cet article",
            "voir la vidéo",
            "Voir le tweet",
            "téléchargez",
            "Écoutez",
            "min",
            "minutes",
            "de lecture",
            "Lecture : 3 min",
            "sur",
            "12 sur 20",
            "précédent",
            "Précédent",
            "suivant",
            "commentaires",
            "réactions",
            "partages",
            "réagir",
            "un avis",
            "charte des commentaires",
            "contenu sponsorisé",
            "publicité",
            "par",
            "by",
            "Mis à jour",
            "a été",
            "créé",
            "cette",
        ];
        const GLUE: &[&str] = &[" ", "", " : ", "— ", "\u{a0}", "! ", "'", "’"];
        let leads: Vec<&str> = FAMILIES
            .iter()
            .flat_map(|f| f.parts.iter().flat_map(|p| p.leads.iter().copied()))
            .chain(WORDS.iter().copied())
            .collect();
        proptest::collection::vec(
            (
                proptest::sample::select(GLUE),
                proptest::sample::select(leads),
            ),
            1..5,
        )
        .prop_map(|parts| {
            parts
                .iter()
                .map(|(glue, word)| format!("{glue}{word}"))
                .collect()
        })
    }

    static REGEXES: LazyLock<Vec<(&Pattern, regex::Regex)>> = LazyLock::new(|| {
        FAMILIES
            .iter()
            .flat_map(|f| {
                f.pattern
                    .iter()
                    .chain(f.parts.iter().map(|part| &part.pattern))
            })
            .chain([&SIGNATURE, &NAMED_REPORTER])
            .map(|p| (p, as_regex(p)))
            .collect()
    });

    /// The one pattern of each family split into parts, as it was before the split.
    static WHOLE: LazyLock<Vec<(&Family, regex::Regex)>> = LazyLock::new(|| {
        let wholes = [
            (
                "ad marker",
                r"(^\W*(pub|annonce|advertisement|sponsoris[ée]e?|contenu sponsoris[ée]|partenariat|contenu partenaire)\W*$|(?:^|\W)publicit[ée](?:\W|$))",
            ),
            (
                "read-also link",
                r"(^\W*([àa] )?(lire|voir|[ée]couter|regarder) (aussi|[ée]galement|encore|plus)|^\W*(lire|voir|[ée]couter|regarder)\s*:|^\W*(sur le même (sujet|th[èe]me)|sur ce th[èe]me|sur le web\W*$|(articles?|sujets?|contenus?|th[èe]mes?) (en relation|li[ée]s|associ[ée]s)|article (pr[ée]c[ée]dent|suivant)(\s*:|\W*$)|dans la m[êe]me rubrique|nos articles|vous aimerez aussi|related|les plus (lus|partag[ée]s|comment[ée]s|populaires)|les derni[èe]res (news|infos|actualit[ée]s)|(les )?derniers articles|plus d['’]actu)(?:\W|$))",
            ),
            (
                "share or follow prompt",
                r"^\W*(partage[rz]?|partagez|share|suivez|suivre|follow|rejoignez|tweet|tweeter|imprimer|envoyer( par| un)? (e-?)?mail|copier le lien|lien copi[ée]|e-?mail\W*$|sauvegarder|ajouter à (vos|mes) s[ée]lections|enregistrer|favoris|[ée]couter cet article|facebook|twitter|linkedin|whatsapp|messenger|pinterest|flipboard)(?:\W|$)",
            ),
            (
                "comments",
                r"(^\W*\d+\W+(commentaires?|r[ée]actions?|partages?)(?:\W|$)|commentaires?(\s*\(\d+\))?\W*$|^\W*((r[ée]agir|r[ée]agissez|un avis)(?:\W|$)|commenter\W*$)|charte (de mod[ée]ration|des commentaires)|caract[èe]res restants|publier un (nouveau )?commentaire|une faute ?\?)",
            ),
            (
                "navigation",
                r"(faire d[ée]filer|retour en haut|back to top|haut de (la )?page|l['’]info de a [àa] z|voir plus|menu principal|^\W*(accueil|pr[ée]c[ée]dent|suivant|fermer|rechercher|menu|tout|plus)\W*$|^\W*\d+ sur \d+\W*$|^\W*dur[ée]e\s*:\s*\d{1,2}(:\d{2}){1,2}\W*$)",
            ),
            (
                "byline",
                r"^\W*(((cet )?article (a été )?)?(publi[ée]|mis à jour|modifi[ée]|mise à jour|cr[ée][ée]|actualis[ée]|posted|updated)(?:\W|$)|(on|le|par|by)\W*$|temps de lecture|\d+ min(utes?)?\.? de lecture|lecture\W+\d+ min|(de|par) (notre|nos) (envoy[ée]e?s? sp[ée]cia(le?s?|ux)|correspondante?s?)(?:\W|$))",
            ),
            (
                "call to action",
                r"^\W*(cliquez|click|lire la suite|lire plus|en savoir plus|read more|d[ée]couvrez|t[ée]l[ée]chargez|regardez|[ée]coutez|(voir|regarder) la vid[ée]o|voir (le|la|ce|cette) (tweet|publication|post|vid[ée]o)|profitez|jouez|participez|gagnez)(?:\W|$)",
            ),
        ];
        wholes
            .into_iter()
            .map(|(reason, source)| {
                let family = FAMILIES
                    .iter()
                    .find(|f| f.reason == reason)
                    .expect("a family");
                (
                    family,
                    regex::Regex::new(&format!("(?i){source}")).expect("valid pattern"),
                )
            })
            .collect()
    });

    fn family(text: &str) -> Option<(Role, &'static str)> {
        family_of(text, crate::segmenting::count_words(text))
    }

    #[test]
    fn furniture_of_real_pages_falls_in_its_family() {
        let cases = [
            ("PUBLICITÉ", Role::Ad),
            ("La suite après cette publicité", Role::Ad),
            ("Voir le tweet", Role::CallToAction),
            (
                "Ne manquez rien de l’actualité du torrent sur Nextwarez.com, suivez-nous aussi sur Facebook et Twitter.",
                Role::CallToAction,
            ),
            ("Retrouvez-nous sur les réseaux sociaux !", Role::CallToAction),
            ("Pour lire tout les articles sur Remi Fraisse c’est ici.", Role::RelatedLink),
            ("Pour consulter le rapport complet, rendez-vous ici :", Role::RelatedLink),
            ("Regarder la vidéo", Role::CallToAction),
            ("Lien copié", Role::Share),
            ("De notre envoyé spécial à New York, François Miguet Temps de lecture : 15 min", Role::Byline),
            ("De notre correspondante à Berlin", Role::Byline),
            ("Par notre envoyé spécial au Parc des Princes, Julien Morel", Role::Byline),
            ("Par nos envoyés spéciaux à Kiev, Jean Dupont et Marie Martin", Role::Byline),
            ("Email", Role::Share),
            ("Partager sur Messenger", Role::Share),
            ("Sauvegarder l'article", Role::Share),
            ("Vous avez lu 1 des 4 articles gratuits ce mois-ci.", Role::Paywall),
            ("La rédaction vous conseille", Role::RelatedLink),
            ("Ces articles pourraient vous intéresser", Role::RelatedLink),
            ("Nos lecteurs ont aussi lu", Role::RelatedLink),
            ("Top Articles", Role::RelatedLink),
            ("Autour du même sujet", Role::RelatedLink),
            // Le Soir: the box of other sites' stories between the chapô and the text.
            ("Sur le web", Role::RelatedLink),
            ("Article réservé aux abonnés", Role::Paywall),
            // The badge a page sets on its subscribers' stories, alone on its line: it was
            // taken for an intertitle between two paragraphs.
            ("Abonnés", Role::Paywall),
            ("Exclusivité abonnés", Role::Paywall),
            ("Il vous reste 57.09% de cet article à lire.", Role::Paywall),
            ("Vous possédez déjà un compte ?", Role::Paywall),
            ("S’inscrire gratuitement", Role::Paywall),
            ("Chaque jeudi, recevez le meilleur de l’actualité économique, et recevez en avant-première les exclusivités du Point.", Role::Paywall),
            ("En cliquant sur « J‘ACCEPTE », vous acceptez le dépôt de cookies par des services externes", Role::Paywall),
            // A video's placeholder when its player is blocked (HuffPost).
            ("Vous ne pouvez pas visionner ce contenu car :", Role::Paywall),
            ("Vous utilisez un bloqueur de publicité. Nous vous conseillons de le désactiver afin d’accéder à nos vidéos.", Role::Paywall),
            ("0 commentaire 8 partages", Role::Comments),
            ("J'ai lu et j'accepte la Charte des commentaires.", Role::Paywall),
            ("Caractères restants:", Role::Comments),
            ("Vos réactions", Role::Comments),
            ("Tous vos commentaires (11)", Role::Comments),
            ("EN DIRECT – Réforme des retraites : des manifestations sauvages", Role::LiveTimestamp),
            ("Revivez le direct de la soirée électorale", Role::LiveTimestamp),
            ("Lire aussi : Article réservé à nos abonnés Sophie Binet, élue à la tête de la CGT", Role::RelatedLink),
            ("À lire aussi", Role::RelatedLink),
            // France Culture: the capital's accent lost.
            ("A lire aussi :", Role::RelatedLink),
            // Le Monde 2015 (Readability's test page): the label alone, then its colon.
            ("Lire : Que sont les IMSI-catchers, ces valises qui espionnent les téléphones portables ?", Role::RelatedLink),
            ("Voir : le reportage de France 3", Role::RelatedLink),
            ("Articles en relation", Role::RelatedLink),
            ("Mots-clés : Ukraine, Russie, Guerre", Role::Navigation),
            ("Tags: Ukraine", Role::Navigation),
            // The label over a box of links, which the probes of stop 85 set between two
            // paragraphs: it was taken for an intertitle.
            ("Sujets associés", Role::RelatedLink),
            ("Contenus liés", Role::RelatedLink),
            ("Thèmes associés :", Role::RelatedLink),
            ("Les plus partagés Suisse", Role::RelatedLink),
            ("Derniers articles de la thématique « Justice / Police / Médias » :", Role::RelatedLink),
            ("Voir plus d'actualités", Role::RelatedLink),
            ("1 sur 2", Role::Navigation),
            ("Accueil", Role::Navigation),
            ("Durée : 02:35", Role::Navigation),
            ("Durée : 1:02:35", Role::Navigation),
            ("Par Philippe Douroux", Role::Byline),
            // Contrepoints: the newsroom signs, its name after it.
            ("Par la Rédaction de Contrepoints.", Role::Byline),
            ("Par la rédaction", Role::Byline),
            // Le Monde: the reporter's place and role in brackets, glued to the name.
            (
                "Par Rémi Barroux(Melle, Sainte-Soline (Deux-Sèvres), envoyé spécial)",
                Role::Byline,
            ),
            // Le Point: the outlet the reporter writes for, and the agency beside.
            ("Par Martin Pereira pour Le Point (avec AFP)", Role::Byline),
            // Publication and update, each stamp a day's name longer than the family reads.
            (
                "Publié le lundi 12 juin 2023 à 10h30 - Mis à jour le mardi 13 juin 2023 à 11h45",
                Role::Byline,
            ),
            // The reporter's role or place after the names, or the names without "Par".
            ("Par Jean Dupont, envoyé spécial à Kiev", Role::Byline),
            ("Par Jeanne Dupont, correspondante à Bruxelles", Role::Byline),
            ("Par Jean Dupont et Marie Martin, à Kiev", Role::Byline),
            ("Propos recueillis par Jean Dupont", Role::Byline),
            // A foreign paper's article, under its translator's credit.
            ("Traduit de l'anglais par Pauline Martin", Role::Byline),
            ("Traduit de l’allemand par Jean Dupont", Role::Byline),
            ("Adapté du russe par Marie Martin", Role::Byline),
            ("Traduit par Jean Dupont", Role::Byline),
            ("Traduction : Pauline Martin", Role::Byline),
            ("Jean Dupont, envoyé spécial à Kiev", Role::Byline),
            ("Marie de La Tour, notre correspondante à Rome", Role::Byline),
            ("Vous souhaitez nous signaler une erreur ? Contactez la rédaction.", Role::CallToAction),
            ("Signaler une erreur", Role::CallToAction),
            ("Commenter", Role::Comments),
            (
                "Article précédent : « Le scandale de Strasbourg mis à nu par (...) », page 26",
                Role::RelatedLink,
            ),
            // Le Monde diplomatique's blogs: the pager's labels alone, over their links.
            ("Article précédent", Role::RelatedLink),
            ("Article suivant", Role::RelatedLink),
            (
                "Par Patrice Barrère - 12 sept. 2014 à 05:00 | mis à jour à 07:40 - Temps de lecture :",
                Role::Byline,
            ),
            // A letter beyond ASCII before the stamp's time once panicked.
            ("Par Jean Dupont - le 12 février à 10h30", Role::Byline),
            ("Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54", Role::Byline),
            // Regards: the update's note between the chapô and the text.
            ("Article mis à jour le 7 janvier 2020.", Role::Byline),
            ("Cet article a été mis à jour le 8 janvier 2020 à 12h00.", Role::Byline),
            ("Temps de Lecture 4 min.", Role::Byline),
            ("Créé: 12.12.2019, 07h36", Role::Byline),
            ("M.G avec AFP", Role::Byline),
            ("Ce message s’affichera sur l’autre appareil.", Role::Paywall),
            ("Parce qu’une autre personne (ou vous) est en train de lire Le Monde avec ce compte sur un autre appareil.", Role::Paywall),
            ("Crédit photo : Reuters/Jean Dupont", Role::Credit),
            ("© AFP / Jean Dupont", Role::Credit),
            ("Photo d’illustration : AFP", Role::Credit),
            ("Vidéo : Jean Dupont/AFP", Role::Credit),
            ("Conformément à la loi du 06/01/1978, vous disposez d’un droit d’accès", Role::Legal),
        ];
        for (text, role) in cases {
            assert_eq!(family(text).map(|f| f.0), Some(role), "{text}");
        }
    }

    #[test]
    fn a_button_that_saves_the_article_for_later_is_no_read_also_link() {
        // Le Dauphiné: the button under the byline, read as "Lire plus" (a link), ended the
        // article above its lede.
        for text in ["| Lire plus tard |", "Écouter plus tard"] {
            assert_ne!(family(text).map(|f| f.0), Some(Role::RelatedLink), "{text}");
        }
        for text in [
            "Lire plus : la réforme des retraites",
            "Voir plus d'actualités",
        ] {
            assert_eq!(family(text).map(|f| f.0), Some(Role::RelatedLink), "{text}");
        }
    }

    #[test]
    fn prose_that_quotes_a_family_phrase_is_not_furniture() {
        for text in [
            "Les réactions politiques",
            "Le ministre a refusé de partager son analyse avec les députés, jeudi, à l’Assemblée nationale.",
            "Les abonnés du service ont reçu un courriel les invitant à changer leur mot de passe après la fuite de données massive révélée par la presse.",
            "Le Parlement turc ratifie l'adhésion de la Finlande à l'Otan",
            "Ils appellent cela «le village des irréductibles Gaulois réfractaires».",
            "Par ailleurs, il a démissionné.",
            "Par la suite, la commission a rendu son avis.",
            "Par Toutatis - le cri des Gaulois, en 2019, a fait le tour du village.",
            "Par Décret - une procédure rare - le gouvernement a tranché en 2024.",
            "Par Toutatis (le cri des Gaulois). Le village résiste.",
            "Par Toutatis (ils ont crié !)",
            "Par Décret, le gouvernement a tranché.",
            "Par Kiev, en passant par Varsovie.",
            "Traduit en justice par Jean Dupont",
            "Traduit de l'anglais par Pauline Martin, le roman a connu un grand succès en France.",
            "Adapté de la pièce de Molière, le film sort mercredi.",
            // A kicker set on the headline's line, before a rubric's colon.
            "VIDÉO. Ukraine : la contre-offensive piétine",
            "VIDÉO - Ukraine : la contre-offensive piétine",
            "Publié le lundi 12 juin 2023 à Paris, le premier roman de Jean Dupont raconte la guerre en Ukraine.",
            "Emmanuel Macron, envoyé spécial du destin.",
            "Sur le web, les réactions se sont multipliées dès l'annonce du ministre.",
            "Article suivant la loi de 1905, le préfet a saisi le tribunal administratif.",
            "Commenter les résultats du scrutin n’est pas le rôle du préfet.",
            "« Suivez-nous sur ce chemin », a lancé le maire devant les militants réunis samedi.",
            "Pour le maire, l’avenir de la ville c’est ici.",
            "Pour voir la mer, les touristes viennent ici.",
        ] {
            assert_eq!(family(text), None, "{text}");
        }
    }
}
