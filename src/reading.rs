//! Reading: raw bytes in, Unicode text out.
//!
//! Wire copy arrives in whatever encoding the scraper or the desk's old CMS produced. We accept
//! UTF-8 (with or without BOM), UTF-16 with a BOM, and legacy 8-bit encodings (Windows-1252,
//! Latin-9…) guessed by chardetng. Binary files are refused before any decoding so that a PDF or
//! an image piped by mistake gives a clear message instead of an article of mojibake.

use crate::error::InputError;

pub mod app_state;
mod columns;
mod dumped_tables;
pub mod encoded_twice;
pub mod html;
pub mod input;
pub mod json;
pub mod labelled;
pub mod linked_data;
pub mod mail;
pub mod markdown;
pub mod office;
pub mod page;
pub mod pictographs;
pub mod repair;
pub mod rtf;
pub mod site_name;
pub mod subtitles;
pub mod web_archive;
pub mod xml;

pub use page::{author_names, Block, Format, Hint, Metadata, Page};

/// Default ceiling on input size. Generous enough for a 50 MB dump, small enough that a
/// mistaken `redac rewrite /dev/sda` does not eat the machine.
pub const DEFAULT_MAX_BYTES: usize = 256 * 1024 * 1024;

/// Text decoded from an input, with the encoding it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// Name of the encoding, as encoding_rs spells it ("UTF-8", "UTF-16LE", "windows-1252").
    pub encoding: &'static str,
    /// Set when the bytes were not UTF-8 and the encoding had to be guessed.
    pub guessed: bool,
    /// Lines (from 1) of UTF-8 input that held invalid bytes, read as Windows-1252 or
    /// replaced with U+FFFD (`replace_invalid`).
    pub replaced_lines: Vec<usize>,
    /// Characters of the text that had been encoded twice (UTF-8 read as Windows-1252, then
    /// saved as UTF-8), made whole ([`encoded_twice`]).
    pub encoded_twice: usize,
}

/// Decode `bytes` into text, refusing empty, binary and oversized input.
pub fn decode(bytes: &[u8], max_bytes: usize) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if bytes.len() > max_bytes {
        return Err(InputError::TooLarge {
            bytes: bytes.len(),
            limit: max_bytes,
        });
    }
    if let Some(refusal) = other_document(bytes) {
        return Err(refusal);
    }
    let decoded = decode_text(bytes)?;
    if decoded.text.trim().is_empty() {
        return Err(InputError::WhitespaceOnly);
    }
    Ok(decoded)
}

/// A Word, OpenDocument or RTF file's text as the Markdown draft its reader writes
/// ([`office`], [`rtf`]); `None` when `bytes` are none of those. An input and a mail's
/// attachment are told and read alike; a part inflates to `max_bytes` at most.
pub fn document_draft(bytes: &[u8], max_bytes: usize) -> Option<Result<String, InputError>> {
    if office::is_zip(bytes) {
        Some(office::to_markdown(bytes, max_bytes))
    } else if rtf::is_rtf(bytes) {
        Some(rtf::to_markdown(bytes))
    } else {
        None
    }
}

/// A document redac cannot read but a journalist may well give it, named by its first bytes
/// with the way to its text: "looks binary (NUL bytes)" said neither what it was nor what to
/// do.
fn other_document(bytes: &[u8]) -> Option<InputError> {
    let (kind, advice) = if bytes.starts_with(b"%PDF-") {
        (
            "a PDF document",
            "extract its text first (`pdftotext -layout FILE.pdf - | redac rewrite`)",
        )
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        (
            "an Office document of before 2007 (.doc)",
            "save it as .docx, .odt or text first",
        )
    } else if office::is_zip(bytes) {
        (
            "a ZIP archive",
            "a .docx or .odt file is read when no --input format is forced",
        )
    } else {
        return None;
    };
    Some(InputError::OtherDocument { kind, advice })
}

/// Decode `bytes` as [`decode`] does, and tell their format: `forced` when given (`--input`),
/// else recognised by content. A page's declared charset (`<meta charset>`) decides after a
/// BOM and before any guessing, so a Windows-1252 page reads as its UTF-8 twin does.
pub fn decode_as(
    bytes: &[u8],
    max_bytes: usize,
    forced: Option<Format>,
) -> Result<(Decoded, Format), InputError> {
    if let Some(draft) = (forced.is_none() && bytes.len() <= max_bytes)
        .then(|| document_draft(bytes, max_bytes))
        .flatten()
    {
        // No document in the archive: a page zipped with its pictures (Google Docs' export).
        if draft == Err(InputError::ArchiveWithoutDocument) {
            if let Some(page) = office::zipped_page(bytes, max_bytes) {
                return decode_as(&page?, max_bytes, Some(Format::Html));
            }
        }
        let decoded = Decoded {
            text: draft?,
            encoding: "UTF-8",
            guessed: false,
            replaced_lines: Vec::new(),
            encoded_twice: 0,
        };
        return Ok((decoded, Format::Markdown));
    }
    if forced.is_none() && bytes.len() <= max_bytes && web_archive::is_web_archive(bytes) {
        let page = web_archive::saved_page(bytes).ok_or(InputError::WebArchiveWithoutPage)?;
        return decode_as(&page, max_bytes, Some(Format::Html));
    }
    let html_bytes = match forced {
        Some(format) => format == Format::Html,
        None => html::bytes_look_like_html(bytes),
    };
    let declared = html_bytes
        .then(|| html::declared_charset(bytes))
        .flatten()
        .filter(|_| encoding_rs::Encoding::for_bom(bytes).is_none());
    let decoded = match declared {
        Some(encoding) if bytes.len() <= max_bytes && !bytes.is_empty() => {
            decode_declared(bytes, encoding)?
        }
        _ => decode(bytes, max_bytes)?,
    };
    let mut decoded = decoded;
    if forced.is_none() && subtitles::looks_like_subtitles(&decoded.text) {
        decoded.text = subtitles::to_text(&decoded.text);
        return Ok((decoded, Format::Text));
    }
    let format = forced.unwrap_or_else(|| {
        // A mail of HTML shows its markup within its first lines: it is a mail.
        if html::looks_like_html(&decoded.text) && !mail::opens_on_headers(&decoded.text) {
            Format::Html
        } else {
            Format::Text
        }
    });
    Ok((decoded, format))
}

/// Decode with the charset a page declares. Bytes that are valid UTF-8 with non-ASCII
/// characters stay UTF-8 whatever the page says: a page saved after its bytes were converted
/// keeps its old declaration, and legacy bytes are almost never valid UTF-8 by chance.
fn decode_declared(
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
) -> Result<Decoded, InputError> {
    if encoding == encoding_rs::UTF_8 || (!bytes.is_ascii() && as_utf8(bytes).is_some()) {
        return decode_text(bytes);
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(binary(reason));
    }
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let decoded = checked(text.into_owned(), encoding.name(), false)?;
    if decoded.text.trim().is_empty() {
        return Err(InputError::WhitespaceOnly);
    }
    Ok(decoded)
}

fn decode_text(bytes: &[u8]) -> Result<Decoded, InputError> {
    // A BOM is the only reliable signal for UTF-16: check it before the binary sniff, since
    // UTF-16 text is full of NUL bytes.
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && encoding != encoding_rs::UTF_8 {
            return Err(binary(
                "invalid ".to_string() + encoding.name() + " sequence",
            ));
        }
        return checked(text.into_owned(), encoding.name(), false);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            return checked(text.into_owned(), encoding.name(), true);
        }
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(binary(reason));
    }
    match as_utf8(bytes) {
        Some(text) => checked(text.to_owned(), "UTF-8", false),
        None if mostly_utf8(bytes) || a_line_in_utf8(bytes) => {
            let (text, replaced_lines) = replace_invalid(bytes);
            let mut decoded = checked(text, "UTF-8", false)?;
            decoded.replaced_lines = replaced_lines;
            Ok(decoded)
        }
        None => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let encoding = detector.guess(Some(b"fr"), chardetng::Utf8Detection::Deny);
            let (text, _, _) = encoding.decode(bytes);
            checked(text.into_owned(), encoding.name(), true)
        }
    }
}

/// The bytes as text when they are UTF-8: checked with SIMD (`simdutf8`), every input being
/// checked whole before any stage reads it. `std`'s check, a word at a time, took some 3.8
/// instructions a byte of the batch's articles (1.21 M of a steady pass over 320 KB).
fn as_utf8(bytes: &[u8]) -> Option<&str> {
    simdutf8::basic::from_utf8(bytes).ok()
}

/// UTF-8 with a few invalid bytes (a file cut or spliced badly) rather than a legacy encoding:
/// it holds more valid multi-byte sequences than invalid ones. Windows-1252 French almost never
/// forms a valid one (an accented letter is one byte followed by ASCII), so it falls to the
/// guess; a UTF-8 article with one bad byte keeps its hundreds of good accents.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > invalid
}

/// Fewest accented letters of a line valid as UTF-8 that says the file was written in UTF-8
/// in part: Windows-1252 French makes a valid sequence by chance, an accent followed by a
/// "«" or a no-break space, once in a while, never twice in a line.
const UTF8_LINE_ACCENTS: usize = 2;

/// A line of the file is UTF-8 with accents, though others are not: the file was pieced
/// together ("Grève : trafic perturbé" typed over a dispatch pasted in Windows-1252), and
/// is read line by line ([`replace_invalid`]) rather than all as one legacy encoding.
fn a_line_in_utf8(bytes: &[u8]) -> bool {
    bytes.split(|&b| b == b'\n').any(|line| {
        std::str::from_utf8(line)
            .is_ok_and(|line| line.chars().filter(|c| !c.is_ascii()).count() >= UTF8_LINE_ACCENTS)
    })
}

/// Decode mostly UTF-8 bytes line by line; the lines (from 1) that held invalid UTF-8.
///
/// A file pieced together from two sources mixes encodings: a text pasted from an old
/// Windows tool into a UTF-8 page comes as Windows-1252, "s\x92armer" for "s’armer",
/// "r\xE9forme" for "réforme". A line with invalid bytes and no valid accent is read as
/// Windows-1252 whole; in a line with both, an invalid byte that is Windows-1252's
/// typography (0x80–0x9F: ’ “ ” – — … œ €, bytes UTF-8 never opens a character with) is
/// read as such, any other as U+FFFD where it stands (a byte cut or spliced badly).
fn replace_invalid(bytes: &[u8]) -> (String, Vec<usize>) {
    let mut text = String::with_capacity(bytes.len());
    let mut lines = Vec::new();
    for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        if let Ok(valid) = std::str::from_utf8(line) {
            text.push_str(valid);
            continue;
        }
        lines.push(i + 1);
        let accented = line.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
        if !accented {
            text.push_str(
                &encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(line)
                    .0,
            );
            continue;
        }
        for chunk in line.utf8_chunks() {
            text.push_str(chunk.valid());
            let invalid = chunk.invalid();
            if invalid.len() == 1 && (0x80..=0x9F).contains(&invalid[0]) {
                text.push_str(
                    &encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(invalid)
                        .0,
                );
            } else if !invalid.is_empty() {
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    (text, lines)
}

/// UTF-16 without a BOM, recognised by its shape: in Latin text nearly every code unit has a
/// zero high byte, so the NUL bytes fall on one parity only (odd offsets for little-endian).
/// Binary files have NULs on both.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(8192) & !1];
    let pairs = head.len() / 2;
    // Text without a NUL byte, nearly every input, is settled by one search.
    if pairs < 2 || bytes.len() % 2 != 0 || memchr::memchr(0, head).is_none() {
        return None;
    }
    let zeros_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let one_sided = |zeros: usize, other: usize| zeros * 10 >= pairs * 7 && other * 20 <= pairs;
    if one_sided(odd, even) {
        Some(encoding_rs::UTF_16LE)
    } else if one_sided(even, odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn binary(reason: String) -> InputError {
    InputError::Binary { reason }
}

/// Reject decoded text that is mostly control characters (a binary file that happened to
/// decode), then hand it on.
fn checked(text: String, encoding: &'static str, guessed: bool) -> Result<Decoded, InputError> {
    if memchr::memchr(0, text.as_bytes()).is_some() {
        return Err(binary("NUL characters".into()));
    }
    // The characters are counted only for a text that holds a control character: without
    // one, no count makes it binary, and every input was counted whole.
    let control = control_characters(&text);
    if control > 0 && control * 10 > text.chars().count().max(1) {
        return Err(binary(format!("{control} control characters")));
    }
    // Characters encoded twice, before cleaning removes the controls some of them were read
    // as (the bytes Windows-1252 leaves undefined).
    let (text, encoded_twice) = encoded_twice::repaired(&text).unwrap_or((text, 0));
    // Line endings and invisible characters, before any stage reads the text.
    let text = match crate::safe_text::clean(&text) {
        std::borrow::Cow::Owned(clean) => clean,
        std::borrow::Cow::Borrowed(_) => text,
    };
    Ok(Decoded {
        text,
        encoding,
        guessed,
        replaced_lines: Vec::new(),
        encoded_twice,
    })
}

/// Control characters of `text` but line breaks and tabs (LF, CR, tab, form feed), counted by
/// bytes: the ASCII ones and DEL are their byte, U+0080–U+009F are 0xC2 then 0x80–0x9F, and
/// 0xC2 only ever opens a character. Every input is counted whole.
fn control_characters(text: &str) -> usize {
    let bytes = text.as_bytes();
    let ascii = rare_bytes(bytes, |b| is_c0_control(b) || b == 0x7f);
    let c1 = memchr::memchr_iter(0xc2, bytes)
        .filter(|&at| bytes.get(at + 1).is_some_and(|b| (0x80..=0x9f).contains(b)))
        .count();
    ascii + c1
}

/// A C0 control byte but the line breaks and tab (LF, CR, tab, form feed).
fn is_c0_control(byte: u8) -> bool {
    byte < 0x20 && byte != b'\n' && byte != b'\r' && byte != b'\t' && byte != 0x0c
}

/// How many bytes `is` holds, for a test that text nearly never meets: whether there is one
/// at all is asked first, in a pass without a branch per byte that the compiler runs over many
/// bytes at once, and only an input that holds one is counted byte by byte.
fn rare_bytes(bytes: &[u8], is: impl Fn(u8) -> bool) -> usize {
    if !bytes.iter().fold(false, |found, &b| found | is(b)) {
        return 0;
    }
    bytes.iter().filter(|&&b| is(b)).count()
}

/// Sniff the first 8 KiB the way `grep` and `git` do: a NUL byte means binary.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Some("NUL bytes".into());
    }
    let control = rare_bytes(head, is_c0_control);
    (control * 10 > head.len())
        .then(|| format!("{control} control bytes in the first {} bytes", head.len()))
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The SIMD check answers as `std`'s on any bytes, valid text cut anywhere included.
        #[test]
        fn utf8_is_recognised_as_std_recognises_it(text in "\\PC{0,80}", cut in 0usize..400, noise in proptest::collection::vec(proptest::arbitrary::any::<u8>(), 0..80)) {
            let mut bytes = text.into_bytes();
            bytes.truncate(cut);
            let valid_cut = bytes.clone();
            bytes.extend(noise);
            for bytes in [valid_cut, bytes] {
                proptest::prop_assert_eq!(super::as_utf8(&bytes), std::str::from_utf8(&bytes).ok());
            }
        }

        #[test]
        fn control_characters_are_counted_as_characters(text in "\\PC*|[\\x00-\\x{a0}é]{0,40}") {
            let by_chars = text
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
                .count();
            proptest::prop_assert_eq!(super::control_characters(&text), by_chars);
        }

        /// The NUL search that settles most inputs changes no answer: the zeros counted on
        /// each side of every pair, as before it.
        #[test]
        fn utf16_is_recognised_as_by_counting_zeros(bytes in proptest::collection::vec(proptest::prop_oneof![proptest::strategy::Just(0u8), proptest::arbitrary::any::<u8>(), 0x20u8..0x7f], 0..64)) {
            let head = &bytes[..bytes.len().min(8192) & !1];
            let pairs = head.len() / 2;
            let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
            let (even, odd) = (zeros_at(0), zeros_at(1));
            let one_sided = |zeros: usize, other: usize| zeros * 10 >= pairs * 7 && other * 20 <= pairs;
            let expected = if pairs < 2 || bytes.len() % 2 != 0 {
                None
            } else if one_sided(odd, even) {
                Some(encoding_rs::UTF_16LE)
            } else if one_sided(even, odd) {
                Some(encoding_rs::UTF_16BE)
            } else {
                None
            };
            proptest::prop_assert_eq!(super::utf16_without_bom(&bytes), expected);
        }

        /// A text is rejected for its control characters as when its characters were
        /// counted first.
        #[test]
        fn control_characters_reject_as_when_counted_first(text in "\\PC*|[\\x00-\\x{a0}é ]{0,40}|[\\x01a]{0,12}") {
            let total = text.chars().count().max(1);
            let rejected = control_characters(&text) * 10 > total;
            let decoded = checked(text.clone(), "UTF-8", false);
            proptest::prop_assert_eq!(
                matches!(decoded, Err(InputError::Binary { ref reason }) if reason.ends_with("control characters")),
                rejected && !text.contains('\0')
            );
        }

        /// Rare bytes are counted as a filter counts them.
        #[test]
        fn rare_bytes_are_counted_as_a_filter_counts(bytes in proptest::collection::vec(proptest::prop_oneof![0u8..0x21, proptest::arbitrary::any::<u8>()], 0..300)) {
            let expected = bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
            proptest::prop_assert_eq!(super::rare_bytes(&bytes, super::is_c0_control), expected);
        }
    }

    use super::*;

    const MAX: usize = DEFAULT_MAX_BYTES;

    #[test]
    fn utf8_with_and_without_bom_decode_alike() {
        let plain = decode("Poutine à Minsk.".as_bytes(), MAX).unwrap();
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice("Poutine à Minsk.".as_bytes());
        let bom = decode(&with_bom, MAX).unwrap();
        assert_eq!(plain.text, bom.text);
        assert!(!plain.guessed);
    }

    #[test]
    fn utf16le_with_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Biélorussie".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes, MAX).unwrap().text, "Biélorussie");
    }

    #[test]
    fn windows_1252_is_guessed() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Le président biélorusse a déclaré qu’il était prêt à coopérer.");
        let decoded = decode(&bytes, MAX).unwrap();
        assert!(decoded.guessed);
        assert!(decoded.text.contains("président biélorusse"));
    }

    #[test]
    fn a_windows_1252_page_declaring_its_charset_reads_as_its_utf8_twin() {
        let page = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head>\
                    <body><p>Le président a déclaré qu’il était prêt.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(page);
        let (decoded, format) = decode_as(&bytes, MAX, None).unwrap();
        assert_eq!(format, Format::Html);
        assert!(!decoded.guessed);
        assert_eq!(decoded.encoding, "windows-1252");
        assert_eq!(decoded.text, page);
        let (utf8, _) = decode_as(page.as_bytes(), MAX, None).unwrap();
        assert_eq!(
            utf8.text, page,
            "valid UTF-8 stays UTF-8 whatever the page declares"
        );
    }

    #[test]
    fn the_format_is_recognised_or_forced() {
        let text = "Un article.\n\nUn paragraphe.";
        assert_eq!(
            decode_as(text.as_bytes(), MAX, None).unwrap().1,
            Format::Text
        );
        let forced = decode_as(text.as_bytes(), MAX, Some(Format::Html)).unwrap();
        assert_eq!(forced.1, Format::Html);
        let page = b"<html><body><p>x</p></body></html>";
        assert_eq!(
            decode_as(page, MAX, Some(Format::Text)).unwrap().1,
            Format::Text
        );
        assert_eq!(decode_as(b"", MAX, None), Err(InputError::Empty));
        assert!(matches!(
            decode_as(b"<html>", 3, Some(Format::Html)),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn utf16_without_bom_is_read_both_ways() {
        let text = "Le président biélorusse est arrivé à Minsk.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let decoded = decode(&bytes, MAX).unwrap();
            assert_eq!(decoded.text, text);
            assert_eq!(decoded.encoding, name);
        }
    }

    #[test]
    fn an_invalid_byte_in_utf8_is_replaced_where_it_stands() {
        let mut bytes = "Le président est arrivé.\nIl a parlé".as_bytes().to_vec();
        bytes.push(0xE9);
        bytes.extend_from_slice(" de sécurité.\n".as_bytes());
        let decoded = decode(&bytes, MAX).unwrap();
        assert_eq!(
            decoded.text,
            "Le président est arrivé.\nIl a parlé\u{fffd} de sécurité.\n"
        );
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(!decoded.guessed);
        assert_eq!(decoded.replaced_lines, vec![2]);
    }

    /// A file pieced together: a headline typed in UTF-8 over a dispatch pasted from a
    /// Windows tool. Its lines are read each in its own encoding, where the whole file was
    /// read as Windows-1252 ("GrÃ¨ve") or its apostrophes replaced ("s\u{fffd}armer").
    #[test]
    fn a_file_pieced_together_is_read_line_by_line() {
        let mut bytes = "Grève : le trafic perturbé\n\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"La RATP pr\xe9voit un m\xe9tro sur deux.\n");
        bytes.extend_from_slice("Les usagers, à Paris, devront s".as_bytes());
        bytes.push(0x92);
        bytes.extend_from_slice(b"armer de patience.\n");
        let decoded = decode(&bytes, MAX).unwrap();
        assert_eq!(
            decoded.text,
            "Grève : le trafic perturbé\n\nLa RATP prévoit un métro sur deux.\n\
             Les usagers, à Paris, devront s’armer de patience.\n"
        );
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.replaced_lines, vec![3, 4]);
    }

    #[test]
    fn text_is_made_safe_before_anything_reads_it() {
        let decoded = decode(b"Fin.\r# Titre\r\n\xe2\x80\xae\x1b[2J", MAX).unwrap();
        assert_eq!(decoded.text, "Fin.\n# Titre\n[2J");
    }

    #[test]
    fn refuses_empty_blank_binary_and_huge() {
        assert_eq!(decode(b"", MAX), Err(InputError::Empty));
        assert_eq!(decode(b" \n\t ", MAX), Err(InputError::WhitespaceOnly));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", MAX),
            Err(InputError::Binary { .. })
        ));
        // A ZIP archive forced to be read as text (`--input text`) is named as one.
        assert!(matches!(
            decode(b"PK\x03\x04\0\0\x01", MAX),
            Err(InputError::OtherDocument {
                kind: "a ZIP archive",
                ..
            })
        ));
        assert!(matches!(
            decode(b"abcdef", 3),
            Err(InputError::TooLarge { .. })
        ));
    }
}
