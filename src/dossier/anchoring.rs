//! Anchoring: a borrowed sentence that dates itself relative to its source's day ("a clamé
//! vendredi", "hier") gets the calendar date in parentheses after the day word, computed from
//! the source's dateline, so that a 2022 Thursday and a 2024 Thursday are never read as the
//! same day. The date is the only thing redac adds to a source's sentence, in the one format
//! ` (24 mai 2024)`, so that readers and tests can tell it apart.
//!
//! Only past events are anchored, to the latest such day on or before the source's date; a
//! sentence in the future ("doit se rendre … dimanche"), a vague span ("cette semaine") or a
//! source without a date is not anchored, and the caller leaves the sentence out.

use regex::Regex;
use std::sync::LazyLock;

use crate::lexicon::{MONTHS, WEEKDAYS};

static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd[’']hui)\b")
        .unwrap()
});
/// Spans that no single date can anchor.
static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(cette semaine|la semaine (dernière|prochaine|passée)|ce mois-ci|ce matin|ce soir|cet après-midi|plus tôt|demain|avant-hier|prochain|prochaine)\b").unwrap()
});
/// A verb in the future or an intention: the day is ahead of the source, not behind it.
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(doit|doivent|devrait|devraient|va|vont|sera|seront|aura|auront)\b|\w{3,}(eront|era|iront|ira)\b").unwrap()
});
/// A compound past or an imperfect: the event is behind the source's date.
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(a|ont|avait|avaient|est|sont|était|étaient)\s+(\w+\s+)?\w+(é|ée|és|ées|i|is|it|u|us|ert)\b|\w{3,}(ait|aient)\b").unwrap()
});
/// A day word already followed by its date ("dimanche 23 juillet", "lundi (19)").
static ALREADY_DATED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\(?\d{1,2}\b").unwrap());

/// A day word in a name ("le Journal du dimanche", "le Courrier du lundi"): a capitalised
/// word and "du" before it.
static NAMED_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Lu}\p{L}*\s+du\s+$").unwrap());

/// The day word at `start` follows "Name du": the few words before it are read, never the
/// whole sentence again for each day word.
fn in_a_name(sentence: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(48);
    while !sentence.is_char_boundary(from) {
        from -= 1;
    }
    NAMED_AFTER.is_match(&sentence[from..start])
}

/// `sentence` with each relative day followed by its date, or `None` when it cannot be
/// anchored. `source_date` is ISO (YYYY-MM-DD).
pub fn anchor(sentence: &str, source_date: Option<&str>) -> Option<String> {
    let date = parse_iso(source_date?)?;
    if VAGUE.is_match(sentence) || FUTURE.is_match(sentence) || !PAST.is_match(sentence) {
        return None;
    }
    let mut out = String::with_capacity(sentence.len() + 32);
    let mut last = 0;
    for m in DAY_WORD.find_iter(sentence) {
        out.push_str(&sentence[last..m.end()]);
        last = m.end();
        if ALREADY_DATED.is_match(&sentence[m.end()..]) || in_a_name(sentence, m.start()) {
            continue;
        }
        let day = resolve(&m.as_str().to_lowercase(), date)?;
        out.push_str(&format!(" ({})", french_date(day)));
    }
    out.push_str(&sentence[last..]);
    Some(out)
}

/// The calendar day a day word names, seen from the source's date.
fn resolve(word: &str, source: i64) -> Option<i64> {
    if word == "hier" {
        return Some(source - 1);
    }
    if word.starts_with("aujourd") {
        return Some(source);
    }
    let target = WEEKDAYS.iter().position(|w| *w == word)? as i64;
    let back = (weekday(source) - target).rem_euclid(7);
    Some(source - back)
}

/// Days since 1970-01-01 of an ISO date.
fn parse_iso(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| days_from_civil(y, m, d))
}

/// Howard Hinnant's days-from-civil: proleptic Gregorian date to days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// "24 mai 2024" (the 1st is "1er", as French writes it).
fn french_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    let day = if d == 1 {
        "1er".to_string()
    } else {
        d.to_string()
    };
    format!("{day} {} {y}", MONTHS[(m - 1) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_past_weekday_gets_its_date_from_the_dateline() {
        // 26 May 2024 was a Sunday; the Friday before was the 24th.
        let s = "« Ces mesures garantissent une protection fiable », a clamé vendredi le président Poutine.";
        assert_eq!(
            anchor(s, Some("2024-05-26")).unwrap(),
            "« Ces mesures garantissent une protection fiable », a clamé vendredi (24 mai 2024) le président Poutine."
        );
        assert_eq!(
            anchor("Il a reçu le roi hier.", Some("2024-06-01")).unwrap(),
            "Il a reçu le roi hier (31 mai 2024)."
        );
    }

    #[test]
    fn a_day_in_a_name_is_not_a_day() {
        assert_eq!(
            anchor(
                "« J’ai ressenti une haine absolue », a réagi Alain Finkielkraut auprès du Journal du dimanche.",
                Some("2019-02-16")
            )
            .as_deref(),
            Some("« J’ai ressenti une haine absolue », a réagi Alain Finkielkraut auprès du Journal du dimanche.")
        );
    }

    #[test]
    fn no_date_future_or_vague_spans_are_not_anchored() {
        assert_eq!(anchor("Il a parlé jeudi.", None), None);
        assert_eq!(
            anchor(
                "Il doit se rendre en Ouzbékistan dimanche.",
                Some("2024-05-26")
            ),
            None
        );
        assert_eq!(
            anchor(
                "Les équipages ont commencé à s’entraîner cette semaine.",
                Some("2024-05-26")
            ),
            None
        );
    }

    #[test]
    fn calendar_round_trips() {
        for days in [-1000, 0, 19_869, 20_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(weekday(parse_iso("2024-05-26").unwrap()), 6);
    }
}
