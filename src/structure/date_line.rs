//! A line that is a date, a time or a number alone ("12/03/2024", "Publié le 3 mars 2024 à
//! 10h", "Hier à 18h30", "1 234"), read by hand: the language of `features::DATE_OR_NUMBER`,
//! without compiling it.
//!
//! Why: the pattern is the largest the structure stage compiles (a caseless alternation of
//! month names between Unicode classes): 0.4 ms, a twelfth of a one-file run, paid by two
//! runs in five, since most pages have a dateline or a lone number. The walk here reads the
//! line once for each branch of the pattern and keeps the places where the part read so far
//! may end, as a Thompson automaton keeps its states: the pattern written out.
//!
//! Where the walk could differ from the pattern it does not answer, and the pattern does: a
//! line holding a character that `(?i)` folds to an ASCII letter (the long s, the Kelvin
//! sign), a decimal digit beyond ASCII (`\d` is Unicode's), or more places at once than
//! [`Ends`] keeps. A property test holds its answers to the `regex` crate's.

use crate::literals::holds_folding_to_ascii;

/// Whether `text` is a date, a time or a number alone, as `DATE_OR_NUMBER` says; `None` for a
/// line the walk leaves to the pattern.
pub(super) fn read(text: &str) -> Option<bool> {
    if holds_folding_to_ascii(text) || text.chars().any(|c| !c.is_ascii() && c.is_numeric()) {
        return None;
    }
    let line = Line(text);
    let opening = line.each(&Ends::at(0), |at| line.repeat(at, not_word))?;
    let prefixed = line.maybe(&opening, |at| line.prefix(at))?;
    let stated = line
        .each(&prefixed, |at| line.number(at))?
        .union(&line.each(&prefixed, |at| line.hour(at, false))?)?
        .union(&line.each(&prefixed, |at| line.day_and_month(at))?)?
        .union(&line.each(&prefixed, |at| line.relative_day(at))?)?;
    let timed = line.maybe(&stated, |at| line.time(at))?;
    let closed = line.each(&timed, |at| line.repeat(at, not_word))?;
    Some(closed.holds(text.len()))
}

/// The month names as the pattern cuts them, in lowercase, each accent written both ways.
const MONTHS: [&str; 15] = [
    "janv", "févr", "fevr", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct",
    "nov", "déc", "dec",
];

/// `\W`: not a word character as the `regex` crate counts them.
fn not_word(c: char) -> bool {
    !regex_syntax::is_word_character(c)
}

/// `[a-zéû]` under `(?i)`, the long s and the Kelvin sign aside.
fn month_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'é' | 'É' | 'û' | 'Û')
}

/// Whether `c` is `lower` under `(?i)`, on a line without characters folding to ASCII: itself,
/// or the one character whose lowercase it is.
fn caseless_eq(c: char, lower: char) -> bool {
    c == lower || c.to_lowercase().eq(std::iter::once(lower))
}

/// Most places a part of the line may end at once; a line with more goes to the pattern.
const MAX_ENDS: usize = 16;

/// The places (byte offsets) where the part read so far may end, each once.
#[derive(Clone, Copy)]
struct Ends {
    at: [usize; MAX_ENDS],
    len: usize,
}

impl Ends {
    const NONE: Ends = Ends {
        at: [0; MAX_ENDS],
        len: 0,
    };

    fn at(at: usize) -> Ends {
        let mut ends = Ends::NONE;
        ends.at[0] = at;
        ends.len = 1;
        ends
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.at[..self.len].iter().copied()
    }

    fn holds(&self, at: usize) -> bool {
        self.iter().any(|end| end == at)
    }

    /// `None` when the set is full.
    fn add(&mut self, at: usize) -> Option<()> {
        if !self.holds(at) {
            *self.at.get_mut(self.len)? = at;
            self.len += 1;
        }
        Some(())
    }

    fn union(mut self, other: &Ends) -> Option<Ends> {
        other.iter().try_for_each(|at| self.add(at))?;
        Some(self)
    }
}

/// The line walked.
struct Line<'t>(&'t str);

impl Line<'_> {
    /// Where `part` may end, read from each of `from`.
    fn each(&self, from: &Ends, part: impl Fn(usize) -> Option<Ends>) -> Option<Ends> {
        from.iter()
            .try_fold(Ends::NONE, |ends, at| ends.union(&part(at)?))
    }

    /// `from`, and where `part` may end read from each of them: the part is optional.
    fn maybe(&self, from: &Ends, part: impl Fn(usize) -> Option<Ends>) -> Option<Ends> {
        from.union(&self.each(from, part)?)
    }

    fn next(&self, at: usize) -> Option<char> {
        self.0.get(at..)?.chars().next()
    }

    /// `(?i)` `word`, written in lowercase, at `at`.
    fn literal(&self, at: usize, word: &str) -> Ends {
        let mut end = at;
        for lower in word.chars() {
            match self.next(end) {
                Some(c) if caseless_eq(c, lower) => end += c.len_utf8(),
                _ => return Ends::NONE,
            }
        }
        Ends::at(end)
    }

    /// Any of `words` at `at` (`(?i)`, written in lowercase).
    fn any_literal(&self, at: usize, words: &[&str]) -> Option<Ends> {
        words
            .iter()
            .try_fold(Ends::NONE, |ends, word| ends.union(&self.literal(at, word)))
    }

    /// One character of `set` (`(?i)`, written in lowercase).
    fn one_of(&self, at: usize, set: &[char]) -> Ends {
        match self.next(at) {
            Some(c) if set.iter().any(|&lower| caseless_eq(c, lower)) => {
                Ends::at(at + c.len_utf8())
            }
            _ => Ends::NONE,
        }
    }

    /// Zero or more characters that `class` accepts.
    fn repeat(&self, at: usize, class: fn(char) -> bool) -> Option<Ends> {
        let mut ends = Ends::at(at);
        let mut end = at;
        while let Some(c) = self.next(end).filter(|&c| class(c)) {
            end += c.len_utf8();
            ends.add(end)?;
        }
        Some(ends)
    }

    /// `\d{min,max}`, on a line whose decimal digits are ASCII.
    fn digits(&self, at: usize, min: usize, max: usize) -> Ends {
        let run = self.0.as_bytes()[at..]
            .iter()
            .take(max)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let mut ends = Ends::NONE;
        for count in min..=run {
            ends.at[ends.len] = at + count;
            ends.len += 1;
        }
        ends
    }

    /// `(le |publi[ée] (le )?)`
    fn prefix(&self, at: usize) -> Option<Ends> {
        let published = self.each(&self.literal(at, "publi"), |at| {
            Some(self.one_of(at, &['e', 'é']))
        })?;
        let published = self.each(&published, |at| Some(self.literal(at, " ")))?;
        let published = self.maybe(&published, |at| Some(self.literal(at, "le ")))?;
        self.literal(at, "le ").union(&published)
    }

    /// `\d{1,4}([./-]\d{1,2}([./-]\d{2,4})?)?\.?`
    fn number(&self, at: usize) -> Option<Ends> {
        let separated = |at: usize, min, max| {
            self.each(&self.one_of(at, &['.', '/', '-']), |at| {
                Some(self.digits(at, min, max))
            })
        };
        let day = self.digits(at, 1, 4);
        let month = self.each(&day, |at| separated(at, 1, 2))?;
        let year = self.each(&month, |at| separated(at, 2, 4))?;
        let date = day.union(&month)?.union(&year)?;
        self.maybe(&date, |at| Some(self.literal(at, ".")))
    }

    /// `\d{1,2}\s*[h:]\s*\d{2}`, or `\d{0,2}` for the minutes with `optional_minutes`.
    fn hour(&self, at: usize, optional_minutes: bool) -> Option<Ends> {
        let hours = self.digits(at, 1, 2);
        let spaced = self.each(&hours, |at| self.repeat(at, char::is_whitespace))?;
        let marked = self.each(&spaced, |at| Some(self.one_of(at, &['h', ':'])))?;
        let spaced = self.each(&marked, |at| self.repeat(at, char::is_whitespace))?;
        let min = if optional_minutes { 0 } else { 2 };
        self.each(&spaced, |at| Some(self.digits(at, min, 2)))
    }

    /// `( à \d{1,2}\s*[h:]\s*\d{0,2})?` after a day.
    fn maybe_at_hour(&self, from: &Ends) -> Option<Ends> {
        self.maybe(from, |at| {
            self.each(&self.literal(at, " à "), |at| self.hour(at, true))
        })
    }

    /// `\d{1,2}(er)? (month)[a-zéû]*\.?( \d{4})?( à …)?`
    fn day_and_month(&self, at: usize) -> Option<Ends> {
        let day = self.digits(at, 1, 2);
        let day = self.maybe(&day, |at| Some(self.literal(at, "er")))?;
        let spaced = self.each(&day, |at| Some(self.literal(at, " ")))?;
        let month = self.each(&spaced, |at| self.any_literal(at, &MONTHS))?;
        let month = self.each(&month, |at| self.repeat(at, month_letter))?;
        let month = self.maybe(&month, |at| Some(self.literal(at, ".")))?;
        let year = self.maybe(&month, |at| {
            self.each(&self.literal(at, " "), |at| Some(self.digits(at, 4, 4)))
        })?;
        self.maybe_at_hour(&year)
    }

    /// `(hier|aujourd['’]hui)( à …)?`
    fn relative_day(&self, at: usize) -> Option<Ends> {
        let today = self.each(&self.literal(at, "aujourd"), |at| {
            Some(self.one_of(at, &['\'', '’']))
        })?;
        let today = self.each(&today, |at| Some(self.literal(at, "hui")))?;
        let day = self.literal(at, "hier").union(&today)?;
        self.maybe_at_hour(&day)
    }

    /// `\s*[,|]?\s*(à )?\d{1,2}\s*[h:]\s*\d{2}`
    fn time(&self, at: usize) -> Option<Ends> {
        let spaced = self.repeat(at, char::is_whitespace)?;
        let joined = self.maybe(&spaced, |at| Some(self.one_of(at, &[',', '|'])))?;
        let spaced = self.each(&joined, |at| self.repeat(at, char::is_whitespace))?;
        let at_hour = self.maybe(&spaced, |at| Some(self.literal(at, "à ")))?;
        self.each(&at_hour, |at| self.hour(at, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::features::DATE_OR_NUMBER;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    static REGEX: LazyLock<regex::Regex> =
        LazyLock::new(|| crate::patterns::as_regex(&DATE_OR_NUMBER));

    #[test]
    fn dates_times_and_numbers_are_read() {
        for line in [
            "12/03/2024",
            "12.03.24",
            "Publié le 3 mars 2024 à 10h",
            "PUBLIÉ LE 1ER JANVIER 2025",
            "publie 2 févr.",
            "Le 14 juillet 2024 à 18h30",
            "Hier à 18h30",
            "Aujourd’hui à 9h",
            "aujourd'hui, 10:45",
            "— 12 déc. 2023 | 08h15 —",
            "18 h 30",
            "1234.",
            "« 12 mai à 10hà 11h30 »",
            "12/03/2024 à 10h30",
        ] {
            assert_eq!(read(line), Some(true), "{line}");
            assert!(REGEX.is_match(line), "{line}");
        }
        for line in [
            "2 000 personnes ont manifesté",
            "Le 3e de la liste",
            "12 mars, une date",
            "123 mai",
            "Le président a parlé hier",
            "12 mai 20245",
        ] {
            assert_eq!(read(line), Some(false), "{line}");
            assert!(!REGEX.is_match(line), "{line}");
        }
    }

    #[test]
    fn lines_the_walk_cannot_read_exactly_go_to_the_pattern() {
        // The long s folds to "s" under (?i); Arabic-Indic digits are `\d`.
        assert_eq!(read("12 ſept"), None);
        assert_eq!(read("١٢/٠٣/٢٠٢٤"), None);
        // Seventeen places where the opening's non-word characters may end.
        assert_eq!(read(&format!("{}12", "-".repeat(16))), None);
        assert_eq!(read(&format!("{}12", "-".repeat(14))), Some(true));
    }

    /// Pieces of dates, times and numbers, and of what surrounds them.
    fn date_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("le "),
            Just("Le "),
            Just("LE "),
            Just("publié "),
            Just("PUBLIÉ "),
            Just("publie "),
            Just("publiée "),
            Just("1"),
            Just("12"),
            Just("2024"),
            Just("03"),
            Just("123"),
            Just("/"),
            Just("."),
            Just("-"),
            Just(":"),
            Just("h"),
            Just("H"),
            Just(" "),
            Just("\u{a0}"),
            Just("\u{202f}"),
            Just("er"),
            Just("ER"),
            Just(" à "),
            Just("à "),
            Just("À "),
            Just("janv"),
            Just("févr"),
            Just("Mars"),
            Just("AOÛT"),
            Just("déc"),
            Just("juil"),
            Just("ier"),
            Just("embre"),
            Just("let"),
            Just("hier"),
            Just("Hier"),
            Just("aujourd’hui"),
            Just("Aujourd'hui"),
            Just(","),
            Just("|"),
            Just("«"),
            Just("»"),
            Just("—"),
            Just("•"),
            Just("x"),
            Just("é"),
            Just("_"),
            Just("ç"),
            Just("\t"),
            // Whole parts, so that long matches are drawn too.
            Just("10h30"),
            Just("9h"),
            Just("18 h 30"),
            Just("10:45"),
            Just("3 mars"),
            Just("1er janvier"),
            Just("14 JUILLET"),
            Just(" 2024"),
            Just("à 10h"),
            Just("à 9h3"),
            Just(", 10:45"),
            Just(" | 08h15"),
            Just("12/03/2024"),
            Just("12.3"),
            Just(" à 10h30"),
            Just("Hier à 18h"),
            Just("3 mars à 10h"),
        ];
        proptest::collection::vec(piece, 1..9).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]
        /// Where the walk answers, it answers what the pattern does.
        #[test]
        fn the_walk_reads_what_the_pattern_matches(text in date_like()) {
            if let Some(found) = read(&text) {
                prop_assert_eq!(found, REGEX.is_match(&text), "{:?}", text);
            }
        }

        #[test]
        fn the_walk_reads_furniture_as_the_pattern_does(text in crate::literals::furniture_like()) {
            if let Some(found) = read(&text) {
                prop_assert_eq!(found, REGEX.is_match(&text), "{:?}", text);
            }
        }
    }
}
