//! A page's `<title>` without the site's name.
//!
//! A page's `<title>` sets the site's name after or before the headline: "Santé Québec:
//! opération risquée | TVA Nouvelles", "Le Nouvelliste | L’Etat a payé…", "Berne interdit
//! désormais le chlorothalonil - Suisse - tdg.ch". A reading service gives it as the page's
//! title, and a scraper's text often opens on it; kept, the site's name became words of the
//! headline, or a cut of it ("Insectes : les pollinisateurs ont Le Parisien").

/// The separators a `<title>` sets between the headline and the site's name: a pipe, which no
/// headline writes, and dashes, which some do.
const PIPE: &str = " | ";
const SEPARATORS: [&str; 5] = [PIPE, " - ", " – ", " — ", " · "];

/// Longest `<title>` read for a site's name, in bytes.
const TITLE_MAX_BYTES: usize = 400;

/// Most words of a site's name ("Journal de Montréal", "TF1 INFO").
const SITE_NAME_MAX_WORDS: usize = 4;

/// Fewest words a headline keeps once a site's name is taken off by its shape alone: "Lens -
/// PSG" is a match, not a headline and a site.
const HEADLINE_MIN_WORDS: usize = 4;

/// `title` without the site's name at its end or its start, and the section a site's name at
/// the end follows ("Suisse - tdg.ch"). A piece set off by a separator is the site's name when
/// `url`'s host spells it ("TVA Nouvelles", www.tvanouvelles.ca), when it is an address
/// ("tdg.ch"), or, when the host says nothing, when it is shaped like a name (capitalised
/// words) after a pipe, or of two words or more after a dash ("- Le Parisien"; "- Mbappé" may
/// be the headline's), beside a headline of a few words.
///
/// `named_in_text` tells whether the page's text names a piece elsewhere: a site's name is not
/// what its article speaks of, and "Le Pen" after "le débat Macron -" is a name the article
/// speaks of, not a site's, though shaped alike. A pipe sets off no name of the headline.
pub fn without_site_name(
    title: &str,
    url: Option<&str>,
    named_in_text: impl Fn(&str) -> bool,
) -> String {
    // A `<title>` is a line; a longer text is none, and its pieces are not read one by one
    // (each read again the rest for its separator).
    if title.len() > TITLE_MAX_BYTES {
        return title.to_string();
    }
    let host = url.map(host_of).unwrap_or_default();
    let is_site = |piece: &str, separator: &str| {
        names_site(piece, separator, &host) && (separator == PIPE || !named_in_text(piece))
    };
    let mut headline = title.trim();
    if let Some((rest, separator, last)) = split_last_piece(headline) {
        if is_site(last, separator) && long_enough(rest) {
            headline = rest;
            // The section a site's name at the end follows ("Suisse - tdg.ch"), one at most.
            if let Some((rest, _, section)) = split_last_piece(headline) {
                if section.split_whitespace().count() <= 2 {
                    headline = rest;
                }
            }
        }
    }
    if let Some((first, separator, rest)) = split_first_piece(headline) {
        if is_site(first, separator) && long_enough(rest) {
            headline = rest;
        }
    }
    headline.to_string()
}

fn long_enough(headline: &str) -> bool {
    headline
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        >= HEADLINE_MIN_WORDS
}

/// The title before its last separator, the separator, and the piece after it.
fn split_last_piece(title: &str) -> Option<(&str, &str, &str)> {
    let bytes = title.as_bytes();
    let found = memchr::memrchr_iter(b' ', bytes).find_map(|at| separator_at(title, at));
    split_at(title, found?)
}

/// The piece before the title's first separator, the separator, and the title after it.
fn split_first_piece(title: &str) -> Option<(&str, &str, &str)> {
    let bytes = title.as_bytes();
    let found = memchr::memchr_iter(b' ', bytes).find_map(|at| separator_at(title, at));
    split_at(title, found?)
}

/// The separator that opens at byte `at` of `title`, if one does. Every separator opens on a
/// space, and no two on the same characters: the first (or last) space a separator opens on
/// is where the first (or last) separator stands, where each separator was searched for in
/// turn, a two-way searcher set up for each, for every headline read.
fn separator_at(title: &str, at: usize) -> Option<(usize, &'static str)> {
    let rest = &title.as_bytes()[at..];
    SEPARATORS
        .iter()
        .find(|s| rest.starts_with(s.as_bytes()))
        .map(|s| (at, *s))
}

/// The title around the separator found at `at`.
fn split_at<'a>(
    title: &'a str,
    (at, separator): (usize, &'a str),
) -> Option<(&'a str, &'a str, &'a str)> {
    Some((
        title[..at].trim(),
        separator,
        title[at + separator.len()..].trim(),
    ))
}

/// `piece`, set off by `separator`, names the site whose host is `host` (empty when unknown).
fn names_site(piece: &str, separator: &str, host: &str) -> bool {
    let words = piece.split_whitespace().count();
    if words == 0 || words > SITE_NAME_MAX_WORDS {
        return false;
    }
    if is_address(piece) || spelled_by_host(piece, host) {
        return true;
    }
    let shaped = shaped_like_a_name(piece);
    match separator {
        PIPE => shaped,
        _ => shaped && words >= 2,
    }
}

/// One word that is an address: a name, a dot and a top-level domain ("tdg.ch").
fn is_address(piece: &str) -> bool {
    !piece.contains(' ')
        && piece.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
        })
}

/// The host's name is the piece's letters and digits, lowercase, without accents or spaces,
/// once or printed again and again by a template ("MediapartMediapartMediapart").
fn spelled_by_host(piece: &str, host: &str) -> bool {
    let spelled: String = piece.chars().filter_map(unaccented_alphanumeric).collect();
    let spells = |label: &str| {
        label.len() >= 3
            && spelled.len() % label.len() == 0
            && spelled
                .as_bytes()
                .chunks(label.len())
                .all(|c| c == label.as_bytes())
    };
    !spelled.is_empty() && host.split('.').any(spells)
}

/// Every word capitalised, but the particles of a name ("Journal de Montréal", "L’Est
/// Républicain", "TF1 INFO"); no word of a sentence's punctuation.
fn shaped_like_a_name(piece: &str) -> bool {
    !piece.contains([',', ':', '?', '!', '«', '"'])
        && piece.split_whitespace().all(|word| {
            matches!(word, "de" | "du" | "des" | "la" | "le" | "les" | "et" | "&")
                || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// The piece spells the address's whole host but its "www.": Le Figaro's author field
/// "lefigaro.fr", which the extractor gives as "Lefigaro Fr". Told by letters and digits.
pub(super) fn spells_whole_host(piece: &str, url: &str) -> bool {
    let host = host_of(url);
    let host: String = host
        .strip_prefix("www.")
        .unwrap_or(&host)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let spelled: String = piece.chars().filter_map(unaccented_alphanumeric).collect();
    !host.is_empty() && spelled == host
}

/// The host of an address, lowercase: "https://www.tvanouvelles.ca/2023/…" →
/// "www.tvanouvelles.ca".
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#', ':'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// A letter or digit as a host spells it: lowercase ASCII, accents dropped.
fn unaccented_alphanumeric(c: char) -> Option<char> {
    let plain = crate::lexicon::without_accent(c.to_lowercase().next()?);
    plain.is_ascii_alphanumeric().then_some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The separator each separator's own search finds first (or last), as first written.
    fn separator_searched(title: &str, last: bool) -> Option<(usize, &'static str)> {
        let found = SEPARATORS.iter().filter_map(|s| {
            let at = if last { title.rfind(s) } else { title.find(s) };
            at.map(|at| (at, *s))
        });
        match last {
            true => found.max_by_key(|(at, _)| *at),
            false => found.min_by_key(|(at, _)| *at),
        }
    }

    proptest::proptest! {
        /// The first and the last separator found from the spaces are those each
        /// separator's search finds, separators overlapping and doubled among them.
        #[test]
        fn separators_are_found_as_each_ones_search_finds_them(
            title in "(a|é| |-|–|—|·|\\||Le Monde){0,16}",
        ) {
            proptest::prop_assert_eq!(split_first_piece(&title), separator_searched(&title, false).and_then(|f| split_at(&title, f)));
            proptest::prop_assert_eq!(split_last_piece(&title), separator_searched(&title, true).and_then(|f| split_at(&title, f)));
        }
    }

    const TVA: Option<&str> = Some("https://www.tvanouvelles.ca/2023/01/27/sante");

    /// Le Figaro's `<meta name="author" content="lefigaro.fr">`, as the extractor gives it,
    /// is the site; a journalist's name is not, nor is a name without the page's address.
    #[test]
    fn an_author_that_is_the_sites_address_is_no_author() {
        let url = "http://www.lefigaro.fr/conjoncture/2013/04/05/montebourg.php";
        let is_site = spells_whole_host;
        assert!(is_site("Lefigaro Fr", url));
        assert!(is_site("lefigaro.fr", url));
        assert!(!is_site("Marie Visot", url));
        assert!(!is_site("Lefigaro Fr", ""));
    }

    #[test]
    fn the_name_the_host_spells_goes() {
        assert_eq!(
            without_site_name(
                "Santé Québec: opération risquée | TVA Nouvelles",
                TVA,
                |_| false
            ),
            "Santé Québec: opération risquée"
        );
        assert_eq!(
            without_site_name(
                "Le Nouvelliste | L’Etat a payé 1,3 milliard de gourdes",
                Some("https://lenouvelliste.com/article/1"),
                |_| false,
            ),
            "L’Etat a payé 1,3 milliard de gourdes"
        );
        // One section before the site's name, not every short piece.
        assert_eq!(
            without_site_name(
                "Un titre de quatre mots - Aa - Suisse - tdg.ch",
                None,
                |_| false
            ),
            "Un titre de quatre mots - Aa"
        );
        // A name printed three times, glued.
        assert_eq!(
            without_site_name(
                "Révélations sur un promoteur lyonnais | MediapartMediapartMediapart",
                Some("https://www.mediapart.fr/journal/france/1"),
                |_| false,
            ),
            "Révélations sur un promoteur lyonnais"
        );
    }

    #[test]
    fn an_address_goes_with_the_section_before_it() {
        assert_eq!(
            without_site_name(
                "Agriculture: Berne interdit le chlorothalonil - Suisse - tdg.ch",
                None,
                |_| false,
            ),
            "Agriculture: Berne interdit le chlorothalonil"
        );
    }

    #[test]
    fn without_a_host_a_name_goes_by_its_shape() {
        assert_eq!(
            without_site_name(
                "Insectes : avec le réchauffement climatique, les pollinisateurs ont le bourdon - Le Parisien",
                None,
                |_| false,
            ),
            "Insectes : avec le réchauffement climatique, les pollinisateurs ont le bourdon"
        );
        assert_eq!(
            without_site_name(
                "Le pape François hospitalisé pour une bronchite | TF1 INFO",
                None,
                |_| false,
            ),
            "Le pape François hospitalisé pour une bronchite"
        );
    }

    #[test]
    fn what_may_be_the_headlines_stays() {
        for kept in [
            // A dash of the headline's own, a rubric, a match, a name after a dash.
            "Grève des éboueurs - la ville déborde",
            "REPORTAGE - 3h de marche pour faire les courses",
            "Ligue 1 : Lens - PSG",
            "Coupe du monde : la France bat l’Argentine - Mbappé",
            "Macron - Le Pen",
        ] {
            assert_eq!(without_site_name(kept, TVA, |_| false), kept);
        }
        // A name after a dash that the page's text speaks of is the headline's.
        let debate = "Présidentielle : le débat de l’entre-deux-tours Macron - Le Pen";
        let named = |piece: &str| piece == "Le Pen";
        assert_eq!(without_site_name(debate, None, named), debate);
        assert_eq!(
            without_site_name(debate, None, |_| false),
            "Présidentielle : le débat de l’entre-deux-tours Macron"
        );
    }
}
