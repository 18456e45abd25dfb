//! Text encoded twice: UTF-8 read as Windows-1252 (or Latin-1) and saved as UTF-8 again, as
//! a spreadsheet's export, a misconfigured CMS or a copy through an old tool leaves it.
//! "réclusion" arrives as "rÃ©clusion", "l’élue" as "lâ€™Ã©lue", "« oui »" as "Â« oui Â»".
//! The bytes are valid UTF-8, so nothing in decoding notices; read as they stand, every
//! accented word was misspelt in the article, its slug and its keyphrase.
//!
//! Each character of the text stands for one byte of Windows-1252; a run of them whose bytes
//! make one UTF-8 character is that character. Only the characters such a mix-up makes of
//! French text are taken: a two-byte character of Latin-1 or Latin Extended-A (é, à, ç, œ,
//! «, the no-break space), or a three-byte one of the general punctuation (’, “, –, …, the
//! narrow no-break space), the euro sign or the trademark sign. French written right never
//! holds those runs ("Ã" then "©"; "â" then "€"); its runs that happen to be valid UTF-8
//! ("é" then a no-break space and "»": a CJK character) are none of those characters.
//!
//! Two bytes such a text often loses are put back where the rest of the text was repaired:
//! the no-break space after "Ã" that an editor turned into a space ("Ã  Paris": "à"), and
//! the byte of "”" that Windows-1252 leaves undefined ("â€" then anything else: "”").

/// How many times a text may have been encoded twice over ("ÃƒÂ©" is "é" encoded three
/// times): each pass undoes one.
const MAX_LAYERS: usize = 3;

/// `text` with its characters encoded twice made whole again, and how many were; `None` when
/// it holds none (nearly every text, told by a few bytes: "Ã", "Â", "Å" or "â€" before what
/// stands for a continuation byte).
pub fn repaired(text: &str) -> Option<(String, usize)> {
    let (mut text, mut repairs) = one_layer(text)?;
    for _ in 1..MAX_LAYERS {
        match one_layer(&text) {
            Some((inner, more)) => {
                text = inner;
                repairs += more;
            }
            None => break,
        }
    }
    Some((text, repairs))
}

/// Whether `text` holds "Ã", "Â", "Å" (0xC3 then 0x83, 0x82, 0x85) before a character
/// that stands for a continuation byte, or "â€" (0xC3 0xA2, then 0xE2 0x82): the leads of
/// every French character encoded twice but the euro and trademark signs ("â‚¬", "â„¢"),
/// which a French text encoded twice never holds without an accented letter. Every input is
/// asked, and those continuation bytes are rare in French written right (0x82 is in "€"
/// alone, "Âgés" holds "Â" before a letter), so the search stops at few of them.
fn may_be_encoded_twice(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0x82, 0x83, 0x85, bytes).any(|at| match bytes[..at] {
        // The lead's character ends at `at`: the next one starts after it.
        [.., 0xc3] => text[at + 1..]
            .chars()
            .next()
            .and_then(windows_1252_byte)
            .is_some_and(|byte| (0x80..=0xbf).contains(&byte)),
        [.., 0xc3, 0xa2, 0xe2] => bytes[at] == 0x82,
        _ => false,
    })
}

/// One layer undone: each run of characters whose bytes make a French character is that
/// character; `None` when no run does.
fn one_layer(text: &str) -> Option<(String, usize)> {
    let repairs = repairs(text);
    if repairs.is_empty() {
        return None;
    }
    Some((mended(text, 0..text.len(), &repairs), repairs.len()))
}

/// The bytes `range` of `text` with `repairs` made, those that fall in it: the whole text
/// for the reader, a word for a check of drafts.
pub fn mended(text: &str, range: std::ops::Range<usize>, repairs: &[Repair]) -> String {
    let mut out = String::with_capacity(range.len());
    let mut copied = range.start;
    for repair in repairs
        .iter()
        .filter(|repair| range.start <= repair.range.start && repair.range.end <= range.end)
    {
        out.push_str(&text[copied..repair.range.start]);
        out.extend(repair.character);
        copied = repair.range.end;
    }
    out.push_str(&text[copied..range.end]);
    out
}

/// A run of characters encoded twice in a text, and the character it stands for (none for
/// a no-break space's lost lead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Bytes of the text.
    pub range: std::ops::Range<usize>,
    pub character: Option<char>,
}

/// The runs of `text` encoded twice, in order, one layer deep; none when no run makes a
/// character whole (a lost byte alone is put back only beside those). A check of drafts
/// reports them where they stand.
pub fn repairs(text: &str) -> Vec<Repair> {
    let mut repairs = Vec::new();
    if !may_be_encoded_twice(text) {
        return repairs;
    }
    let mut whole = false;
    let mut at = 0;
    while at < text.len() {
        // ASCII is stepped over: every run opens on a character beyond it.
        let Some(next) = text.as_bytes()[at..].iter().position(|b| !b.is_ascii()) else {
            break;
        };
        at += next;
        // The run's characters, three at most, read where they stand: the text is not
        // copied into characters (a huge input would be held four times over).
        let mut ahead = ['\0'; 3];
        let len = ahead
            .iter_mut()
            .zip(text[at..].chars())
            .map(|(slot, c)| *slot = c)
            .count();
        let run = &ahead[..len];
        let found = match sequence_at(run) {
            Some((character, taken)) => {
                whole = true;
                Some((Some(character), taken))
            }
            None => lost_byte_at(run),
        };
        let taken = found.map_or(1, |(_, taken)| taken);
        let bytes: usize = run[..taken].iter().map(|c| c.len_utf8()).sum();
        if let Some((character, _)) = found {
            repairs.push(Repair {
                range: at..at + bytes,
                character,
            });
        }
        at += bytes;
    }
    if !whole {
        repairs.clear();
    }
    repairs
}

/// The character the run opening `chars` stands for, and the run's length: a lead byte then
/// its continuation bytes, decoded to a character of French text.
fn sequence_at(chars: &[char]) -> Option<(char, usize)> {
    let lead = windows_1252_byte(*chars.first()?)?;
    let len = match lead {
        0xc2..=0xc5 => 2,
        0xe2 => 3,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0];
    for (byte, &c) in bytes[1..len].iter_mut().zip(chars.get(1..len)?) {
        *byte = windows_1252_byte(c).filter(|b| (0x80..=0xbf).contains(b))?;
    }
    let decoded = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
    french_text(decoded).then_some((decoded, len))
}

/// A run that lost one of its bytes, and what it stood for: "Ã" before a space was "à"
/// (its no-break space made a space; the space stays), "Â" before a space was a no-break
/// space, "â€" before anything but a continuation byte was "”" (0x9D, undefined in
/// Windows-1252, dropped). Taken only where the text has runs repaired whole.
fn lost_byte_at(chars: &[char]) -> Option<(Option<char>, usize)> {
    match chars {
        ['Ã', ' ', ..] => Some((Some('à'), 1)),
        ['Â', ' ', ..] => Some((None, 1)),
        ['â', '€', ..] => Some((Some('”'), 2)),
        _ => None,
    }
}

/// A character a French text encoded twice comes from: Latin-1's and Latin Extended-A's
/// (letters, «, », the no-break space, °), the general punctuation, "€", "™".
fn french_text(c: char) -> bool {
    matches!(c, '\u{a0}'..='\u{17f}' | '\u{2000}'..='\u{206f}' | '€' | '™')
}

/// The Windows-1252 byte `c` is read from: Latin-1 for its own range and for the C1
/// controls (what a reader gives for the five bytes Windows-1252 leaves undefined, and what
/// Latin-1 gives for the others), the table for the rest of 0x80–0x9F.
fn windows_1252_byte(c: char) -> Option<u8> {
    if let Ok(byte) = u8::try_from(c) {
        return Some(byte);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` encoded twice: its UTF-8 bytes read as Windows-1252.
    fn encoded_twice(text: &str) -> String {
        let (read, _, _) = encoding_rs::WINDOWS_1252.decode(text.as_bytes());
        read.into_owned()
    }

    #[test]
    fn french_encoded_twice_is_made_whole() {
        let text = "L’élue a réclamé « une réponse » à l’État : 12 € pour la sœur… — Œuvre, ça.";
        let twice = encoded_twice(text);
        assert!(twice.contains("Ã©"), "{twice}");
        let (repaired, repairs) = repaired(&twice).unwrap();
        assert_eq!(repaired, text);
        assert!(repairs >= 15, "{repairs}");
        // Read as Latin-1: the punctuation's bytes are C1 controls.
        let latin1: String = text.bytes().map(char::from).collect();
        assert_eq!(
            super::repaired(&latin1).map(|(t, _)| t).as_deref(),
            Some(text)
        );
        // Twice over again.
        let thrice = encoded_twice(&twice);
        assert_eq!(repaired_or_same(&thrice), text);
    }

    fn repaired_or_same(text: &str) -> String {
        repaired(text).map_or_else(|| text.to_string(), |(t, _)| t)
    }

    /// French written right is left alone, its runs of accented letters, no-break spaces and
    /// guillemets included, even those that happen to be valid UTF-8 read byte for byte.
    #[test]
    fn french_written_right_is_left_alone() {
        for text in [
            "Un été élevé\u{a0}» au château, l’âge d’or, Ça va\u{a0}? 3\u{a0}€.",
            "ÉTÉ\u{a0}» CAFÉ\u{a0}» À\u{a0}», São Paulo, Ångström, Ã seul.",
            "Le prix : 12\u{202f}€ ; « Â bientôt », dit-il.",
        ] {
            assert_eq!(repaired(text), None, "{text}");
        }
    }

    /// The no-break space after "Ã" made a space, the undefined byte of "”" dropped: put
    /// back where the rest was repaired, and only there.
    #[test]
    fn lost_bytes_are_put_back_beside_repairs() {
        let (repaired, _) = repaired("Ã  Paris, lâ€™Ã©lue a dit â€œouiâ€ et Â« non Â».").unwrap();
        assert_eq!(repaired, "à  Paris, l’élue a dit “oui” et « non ».");
        assert_eq!(lost_byte_at(&['Ã', ' ']), Some((Some('à'), 1)));
        assert_eq!(super::repaired("Ã  Paris"), None);
    }

    #[test]
    fn the_cheap_test_finds_every_lead() {
        for twice in ["Ã©", "Â«", "Å“", "â€™", "12 â‚¬ Ã©tÃ©"] {
            assert!(may_be_encoded_twice(twice), "{twice}");
        }
        assert!(!may_be_encoded_twice(
            "12 € à l’été « oui » œuvre, Âgés, Ã seul"
        ));
    }
}
