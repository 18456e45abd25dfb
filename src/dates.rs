//! Dates: the day an article is dated, read from its source or chosen, always a real day.
//!
//! Site generators drop or refuse a page whose `date` they cannot read: Hugo silently skips it,
//! Zola stops, Jekyll ignores a post not named `YYYY-MM-DD-…`. So every article gets a date,
//! from the first of:
//! - `--date YYYY-MM-DD` (the editor's choice beats what redac infers);
//! - the source's own: a dateline or byline ("26/05/2024", "26 mai 2024", "Publié le 26 mai",
//!   "2024-05-26T10:00") or the `date` of its metadata;
//! - the run's day: today, or the day of `SOURCE_DATE_EPOCH` when set (the reproducible-builds
//!   convention: it makes the run's one non-deterministic input fixed).
//!
//! Every candidate is validated as a calendar day by jiff: "31/02/2024" is no date, and the
//! next choice applies. A day and month without a year ("le 26 mai") take the latest year that
//! does not put the article after the run's day.

use crate::literals::Literals;
use crate::patterns::Pattern;
use jiff::civil::Date;
use serde::Serialize;
use std::sync::LazyLock;

/// Where an article's date came from, as the report says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// The source shows it.
    Source,
    /// `--date`.
    Flag,
    /// The day of the run (or of `SOURCE_DATE_EPOCH`).
    Run,
}

/// A date as a source shows it: whole, or a day and month whose year the context gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Full(Date),
    DayMonth { month: i8, day: i8 },
}

impl Shown {
    /// ISO 8601: `2024-05-26`, or `--05-26` for a day of a year not shown.
    pub fn iso(self) -> String {
        match self {
            Shown::Full(date) => date.to_string(),
            Shown::DayMonth { month, day } => format!("--{month:02}-{day:02}"),
        }
    }

    /// The day this is, in the latest year that does not put it after `run`.
    pub fn on_or_before(self, run: Date) -> Option<Date> {
        match self {
            Shown::Full(date) => Some(date),
            // Eight years back always reaches a 29 February.
            Shown::DayMonth { month, day } => (0..8)
                .filter_map(|back| Date::new(run.year().checked_sub(back)?, month, day).ok())
                .find(|date| *date <= run),
        }
    }
}

/// "26 mai 2024", "1er mai", "26 Mai 2024 11:53": a day, a French month name, maybe a year.
static FRENCH: Pattern = Pattern::caseless(
    r"(?:^|\W)(\d{1,2})(?:er|ᵉʳ)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:\s+(\d{4}))?(?:\W|$)",
);
/// "26/05/2024", "26.05.2024", "26-05-2024", "26/05/24": day first, as France writes it.
static NUMERIC: Pattern =
    Pattern::new(r"(?:^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})(?:[^\d/.-]|$)");
/// "2024-05-26", "2024-05-26T10:00:00+02:00".
static ISO: Pattern = Pattern::new(r"(?:^|[^\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d|[^\d-]|$)");

/// The first date `text` shows with its year, in any of the forms above.
pub fn full(text: &str) -> Option<Date> {
    match find(text)? {
        Shown::Full(date) => Some(date),
        Shown::DayMonth { .. } => None,
    }
}

/// The first date `text` shows, with or without its year. A form that names no real day
/// ("31/02/2024") is not a date.
pub fn find(text: &str) -> Option<Shown> {
    // Every form's day is read from ASCII digits (a pattern's `\d` is Unicode's, but no
    // number parses from other digits): a line without one, most of those asked, is settled
    // by one pass over its bytes, where each form tested it in its own way.
    if !text
        .bytes()
        .fold(false, |found, b| found | b.is_ascii_digit())
    {
        return None;
    }
    find_form(text)
}

/// [`find`] once the text is known to hold an ASCII digit: each form asked in turn.
fn find_form(text: &str) -> Option<Shown> {
    if let Some(day) = text.strip_prefix("--").and_then(month_day) {
        return Some(day);
    }
    iso(text)
        .or_else(|| numeric(text))
        .or_else(|| rfc2822(text))
        .map(Shown::Full)
        .or_else(|| french(text))
}

/// "6 avr 2023", "6 avril 2023", "1er sept. 2022": the day of a news agency's dateline, its
/// month's name whole or cut as agencies cut it (FRENCH reads whole names only).
pub fn wire_day(day: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = [
        "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
    ];
    let mut words = day.split_whitespace();
    let number: i8 = words.next()?.trim_end_matches("er").parse().ok()?;
    let month = crate::segmenting::to_lowercase(words.next()?.trim_end_matches('.'));
    let month = MONTHS.iter().position(|m| month.starts_with(m))?;
    let year: i16 = words.next()?.parse().ok()?;
    Date::new(year, i8::try_from(month + 1).ok()?, number).ok()
}

/// "Wed, 29 Mar 2023 08:40:00 GMT": the date of mail, HTTP and RSS, which a feed's item or a
/// reading service's "Published Time:" may give. Its day as its own zone counts it. Asked
/// only of a text that opens on an English weekday's abbreviation and a comma, as every such
/// date a page gives does.
fn rfc2822(text: &str) -> Option<Date> {
    const WEEKDAYS: [&str; 7] = [
        "Mon, ", "Tue, ", "Wed, ", "Thu, ", "Fri, ", "Sat, ", "Sun, ",
    ];
    // The comma after the weekday first: one byte tells most texts apart.
    let text = text.trim();
    if text.as_bytes().get(3) != Some(&b',') || !WEEKDAYS.iter().any(|d| text.starts_with(d)) {
        return None;
    }
    jiff::fmt::rfc2822::parse(text)
        .ok()
        .map(|zoned| zoned.date())
}

/// `05-26`, what [`Shown::iso`] writes after `--` for a day of a year not shown.
fn month_day(text: &str) -> Option<Shown> {
    let (month, day) = text.split_once('-')?;
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    Date::new(2024, month, day)
        .ok()
        .map(|_| Shown::DayMonth { month, day })
}

/// Every French date names its month: these pieces of the month names (ASCII, as
/// [`crate::literals`] compares) tell the lines without one before the pattern is compiled.
static MONTH_PIECES: LazyLock<Literals> = LazyLock::new(|| {
    Literals::new(&[&[
        "janvier", "vrier", "mar", "avril", "mai", "jui", "ao", "eptembre", "octobre", "novembre",
        "cembre",
    ]])
});

fn iso(text: &str) -> Option<Date> {
    // The pattern is compiled only for a line that may hold a match (most lines with a
    // hyphen hold none).
    if !may_hold_digits(text, "dddd-dd-dd") {
        return None;
    }
    let caps = ISO.captures(text)?;
    Date::new(
        caps[1].parse().ok()?,
        caps[2].parse().ok()?,
        caps[3].parse().ok()?,
    )
    .ok()
}

fn numeric(text: &str) -> Option<Date> {
    if !NUMERIC_SHAPES
        .iter()
        .any(|shape| may_hold_digits(text, shape))
    {
        return None;
    }
    let caps = NUMERIC.captures(text)?;
    let year: i16 = caps[4].parse().ok()?;
    // "29/03/23": a news date with two digits is of this century.
    let year = if caps[4].len() == 2 {
        2000 + year
    } else {
        year
    };
    Date::new(year, caps[3].parse().ok()?, caps[1].parse().ok()?).ok()
}

fn french(text: &str) -> Option<Shown> {
    // The numeral first: the month pieces are searched for in every pair of bytes.
    if !text.chars().any(char::is_numeric) || MONTH_PIECES.may_match(text) == 0 {
        return None;
    }
    let caps = FRENCH.captures(text)?;
    let day: i8 = caps[1].parse().ok()?;
    let month = month_number(&caps[2].to_lowercase())?;
    match caps.get(3) {
        Some(year) => Date::new(year.parse().ok()?, month, day)
            .ok()
            .map(Shown::Full),
        // Validated against a leap year: 29 February is a day, 30 February is not.
        None => Date::new(2024, month, day)
            .ok()
            .map(|_| Shown::DayMonth { month, day }),
    }
}

fn month_number(name: &str) -> Option<i8> {
    Some(match name {
        "janvier" => 1,
        "février" | "fevrier" => 2,
        "mars" => 3,
        "avril" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" => 7,
        "août" | "aout" => 8,
        "septembre" => 9,
        "octobre" => 10,
        "novembre" => 11,
        "décembre" | "decembre" => 12,
        _ => return None,
    })
}

/// What every match of NUMERIC holds: a digit (the last of the day's), a separator, the month's
/// one or two digits, a separator, two digits.
const NUMERIC_SHAPES: [&str; 2] = ["d-d-dd", "d-dd-dd"];

/// Whether `text` may hold `shape`, where "d" is an ASCII digit and "-" any of "/", "." and
/// "-": a cheap test before NUMERIC and ISO, true for a text with any other decimal digit
/// (`\d` is Unicode's).
///
/// Every shape holds a "d": a text without an ASCII digit fits none, and one without any other
/// character than ASCII holds no other digit. Both are asked first, of all its bytes at once.
fn may_hold_digits(text: &str, shape: &str) -> bool {
    let fits = |window: &[u8]| {
        window.iter().zip(shape.bytes()).all(|(&b, s)| match s {
            b'd' => b.is_ascii_digit(),
            _ => b"/.-".contains(&b),
        })
    };
    let bytes = text.as_bytes();
    let ascii_digit = bytes
        .iter()
        .fold(false, |found, b| found | b.is_ascii_digit());
    (ascii_digit && bytes.windows(shape.len()).any(fits))
        || (!text.is_ascii() && text.chars().any(|c| c.is_numeric() && !c.is_ascii_digit()))
}

/// `--date`: exactly `YYYY-MM-DD`, a real day.
pub fn parse_flag(text: &str) -> Result<Date, String> {
    let valid = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    match (valid, text.parse::<Date>()) {
        (true, Ok(date)) => Ok(date),
        (_, Err(e)) => Err(format!("{text}: not a date ({e})")),
        (false, Ok(_)) => Err(format!("{text}: not a date (expected YYYY-MM-DD)")),
    }
}

/// The run's day: that of `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when it is set, today
/// in the local time zone otherwise.
pub fn run_date() -> Result<Date, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => epoch_date(&value),
        Err(_) => Ok(today()),
    }
}

/// Today in the local time zone. Without `TZ`, the zone's rules are read from
/// `/etc/localtime` itself: `jiff::Zoned::now` first looks the zone's name up in its time
/// zone database, which it builds by walking the whole of /usr/share/zoneinfo — a third of a
/// short article's one-file run, and a hundred system calls. The file the link names is the
/// one the database would read, so the day is the same. `TZ` set, or no readable
/// `/etc/localtime`, is left to jiff.
fn today() -> Date {
    let local = match std::env::var_os("TZ") {
        Some(_) => None,
        None => std::fs::read("/etc/localtime")
            .ok()
            .and_then(|tzif| jiff::tz::TimeZone::tzif("localtime", &tzif).ok()),
    };
    match local {
        Some(zone) => jiff::Timestamp::now().to_zoned(zone).date(),
        None => jiff::Zoned::now().date(),
    }
}

fn epoch_date(value: &str) -> Result<Date, String> {
    let seconds: i64 = value
        .trim()
        .parse()
        .map_err(|_| format!("SOURCE_DATE_EPOCH={value}: not a number of seconds"))?;
    let timestamp = jiff::Timestamp::from_second(seconds)
        .map_err(|e| format!("SOURCE_DATE_EPOCH={value}: {e}"))?;
    Ok(timestamp.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// The article's date and where it came from: the flag, else the first source date that is a
/// real day, else the run's day.
pub fn choose(flag: Option<Date>, shown: Option<Shown>, run: Date) -> (Date, DateSource) {
    if let Some(date) = flag {
        return (date, DateSource::Flag);
    }
    match shown.and_then(|s| s.on_or_before(run)) {
        Some(date) => (date, DateSource::Source),
        None => (run, DateSource::Run),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::{agrees_with_regex, as_regex};

    #[test]
    fn a_wire_datelines_day_is_read_with_its_month_cut() {
        let day = |y, m, d| Some(Date::new(y, m, d).unwrap());
        assert_eq!(wire_day("6 avr 2023"), day(2023, 4, 6));
        assert_eq!(wire_day("1er sept. 2022"), day(2022, 9, 1));
        assert_eq!(wire_day("14 juillet 2021"), day(2021, 7, 14));
        assert_eq!(wire_day("3 juin 2020"), day(2020, 6, 3));
        // No year, no such day, no month.
        assert_eq!(wire_day("6 avril"), None);
        assert_eq!(wire_day("31 févr 2023"), None);
        assert_eq!(wire_day("6 heures 2023"), None);
    }

    #[test]
    fn a_mail_or_feed_date_is_read() {
        assert_eq!(
            full("Wed, 29 Mar 2023 08:40:00 GMT"),
            Some(Date::new(2023, 3, 29).unwrap())
        );
        // Its day in its own zone: 23:30 in Montréal is the next day in Paris.
        assert_eq!(
            full("Tue, 28 Mar 2023 23:30:00 -0400"),
            Some(Date::new(2023, 3, 28).unwrap())
        );
        // Prose opening on a weekday is no such date.
        assert_eq!(find("Mon, the day after"), None);
    }

    #[test]
    fn today_is_the_day_jiff_gives() {
        // Asked on each side of jiff's answer: a test run across midnight sees two days.
        let before = today();
        let jiff = jiff::Zoned::now().date();
        assert!(before == jiff || today() == jiff);
    }

    proptest::proptest! {
        /// Whatever a date pattern matches, its cheap test lets through.
        #[test]
        fn cheap_tests_never_hide_a_date(text in crate::literals::furniture_like()) {
            proptest::prop_assert!(!ISO.is_match(&text) || may_hold_digits(&text, "dddd-dd-dd"), "{:?}", text);
            let numeric = NUMERIC_SHAPES.iter().any(|shape| may_hold_digits(&text, shape));
            proptest::prop_assert!(!NUMERIC.is_match(&text) || numeric, "{:?}", text);
            let french = MONTH_PIECES.may_match(&text) != 0 && text.chars().any(char::is_numeric);
            proptest::prop_assert!(!FRENCH.is_match(&text) || french, "{:?}", text);
        }

        /// A line without an ASCII digit shows no date, even with digits beyond ASCII ("٢٦
        /// mai", Arabic-Indic digits, which `\d` matches and no day parses from): the test
        /// of its bytes first changes no answer.
        #[test]
        fn a_date_is_found_only_with_an_ascii_digit(
            text in "(le |26|1er|٢٦|mai|Wed, |29 Mar 2023|--05-26|/|-|\\.| |2024|12h30|[a-zé]{1,4}){0,8}",
        ) {
            proptest::prop_assert_eq!(find(&text), find_form(&text), "{:?}", text);
            let digitless: String = text.chars().filter(|c| !c.is_ascii_digit()).collect();
            proptest::prop_assert_eq!(find(&digitless), find_form(&digitless), "{:?}", digitless);
        }

        /// The digit tests asked first change no answer: the windows and characters are
        /// those the test read before.
        #[test]
        fn digit_shapes_are_told_as_by_every_window(text in "[0-9/.\\- a-zé٣²]{0,20}") {
            for shape in NUMERIC_SHAPES.iter().chain(&["dddd-dd-dd"]) {
                let fits = |window: &[u8]| {
                    window.iter().zip(shape.bytes()).all(|(&b, s)| match s {
                        b'd' => b.is_ascii_digit(),
                        _ => b"/.-".contains(&b),
                    })
                };
                let by_windows = text.as_bytes().windows(shape.len()).any(fits)
                    || text.chars().any(|c| c.is_numeric() && !c.is_ascii_digit());
                proptest::prop_assert_eq!(may_hold_digits(&text, shape), by_windows, "{:?}", text);
            }
        }

        /// Each pattern finds what the `regex` crate finds with the same source.
        #[test]
        fn patterns_find_what_regex_finds(text in crate::literals::furniture_like()) {
            for (pattern, regex) in REGEXES.iter() {
                proptest::prop_assert!(agrees_with_regex(pattern, regex, &text), "{:?}", text);
            }
        }
    }

    static REGEXES: LazyLock<Vec<(&Pattern, regex::Regex)>> =
        LazyLock::new(|| [&FRENCH, &NUMERIC, &ISO].map(|p| (p, as_regex(p))).into());
    use jiff::civil::date;

    #[test]
    fn digit_shapes_before_the_numeric_patterns() {
        let numeric = |t: &str| NUMERIC_SHAPES.iter().any(|s| may_hold_digits(t, s));
        assert!(numeric("le 26/05/2024") && numeric("26.5.24") && numeric("1-12-2023"));
        assert!(!numeric("Paris - Le Monde, 12 mai") && !numeric("3.5 %"));
        assert!(may_hold_digits("2024-05-26T10:00", "dddd-dd-dd"));
        assert!(!may_hold_digits("Saint-Denis, 2024", "dddd-dd-dd"));
        assert!(numeric("١٢/٠٥/٢٠٢٤"));
    }

    #[test]
    fn numeric_french_and_iso_forms_are_read() {
        let d = date(2024, 5, 26);
        for text in [
            "26/05/2024",
            "Publié le 26.05.2024 à 10h",
            "26-05-2024",
            "Publié le 26/05/24 à 11h10",
            "26 mai 2024",
            "26 Mai 2024 11:53 (UTC+01:00)",
            "dimanche 26\u{a0}mai 2024",
            "2024-05-26",
            "2024-05-26T10:00",
            "2024-05-26T10:00:00+02:00",
        ] {
            assert_eq!(full(text), Some(d), "{text}");
        }
        assert_eq!(full("1er mai 2024"), Some(date(2024, 5, 1)));
    }

    #[test]
    fn impossible_days_are_not_dates() {
        for text in [
            "31/02/2024",
            "2024-02-31",
            "31 février 2024",
            "32 mai 2024",
            "29/02/2023",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
        assert_eq!(full("29/02/2024"), Some(date(2024, 2, 29)));
        assert_eq!(find("30 février"), None);
    }

    #[test]
    fn a_day_without_a_year_takes_the_latest_year_not_after_the_run() {
        let shown = find("Publié le 26 mai à 10h").unwrap();
        assert_eq!(shown, Shown::DayMonth { month: 5, day: 26 });
        assert_eq!(shown.iso(), "--05-26");
        assert_eq!(find("--05-26"), Some(shown));
        assert_eq!(
            shown.on_or_before(date(2024, 6, 1)),
            Some(date(2024, 5, 26))
        );
        assert_eq!(
            shown.on_or_before(date(2025, 1, 3)),
            Some(date(2024, 5, 26))
        );
        let leap = Shown::DayMonth { month: 2, day: 29 };
        assert_eq!(leap.on_or_before(date(2026, 3, 1)), Some(date(2024, 2, 29)));
    }

    #[test]
    fn numbers_that_are_not_dates_are_ignored() {
        for text in [
            "1 084 soldats",
            "le score 26-05",
            "version 2.05.2024.1",
            "12345-05-26",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn the_flag_beats_the_source_which_beats_the_run() {
        let run = date(2026, 11, 28);
        let shown = find("26/05/2024");
        let flag = Some(date(2024, 1, 2));
        assert_eq!(
            choose(flag, shown, run),
            (date(2024, 1, 2), DateSource::Flag)
        );
        assert_eq!(
            choose(None, shown, run),
            (date(2024, 5, 26), DateSource::Source)
        );
        assert_eq!(choose(None, None, run), (run, DateSource::Run));
    }

    #[test]
    fn the_flag_and_the_epoch_are_checked() {
        assert_eq!(parse_flag("2024-05-26"), Ok(date(2024, 5, 26)));
        assert!(parse_flag("2024-02-31").is_err());
        assert!(parse_flag("26/05/2024").is_err());
        assert!(parse_flag("2024-5-26").is_err());
        assert_eq!(epoch_date("1716717600"), Ok(date(2024, 5, 26)));
        assert!(epoch_date("demain").is_err());
    }
}
