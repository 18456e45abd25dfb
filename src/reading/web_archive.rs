//! A web page saved as one file: MHTML (`.mhtml`, `.mht`), what Chrome, Edge and Internet
//! Explorer write for "Web page, single file", and Safari's web archive (`.webarchive`),
//! what Safari saves a page as by default.
//!
//! An MHTML file is a MIME message (RFC 2557): a few headers, then a `multipart/related` body
//! whose first HTML part is the page and whose other parts are its style sheets, pictures and
//! frames, each quoted-printable or base64. Read as text, its markup was read as an HTML page
//! still in its transfer encoding: "Le pr=C3=A9sident de l=E2=80=99Asvel estime =" was the
//! title, "C3" the keyphrase. Here the page is taken out of its part and given to the HTML
//! reader as a page fetched from the web is.
//!
//! A saved page is told from a mail by its shape, not by the browser's name in its headers: a
//! `multipart/related` message addressed to no one (no `To`, `Cc`, `Message-ID` or
//! `Received`). A mail whose HTML embeds its pictures is `multipart/related` too, and is
//! addressed: the mail reader keeps it.
//!
//! Safari's archive is a binary property list (`bplist00`, read by `property_list`): its
//! `WebMainResource` holds the page's bytes as the site sent them (`WebResourceData`), and the
//! name of their encoding. Refused as binary ("NUL bytes"), it now reads as its page.

mod property_list;

use mail_parser::{MessageParser, MimeHeaders};
use property_list::PropertyList;

/// How far into the input the archive's headers are looked for: Chrome's take five lines.
const HEADER_SCAN_BYTES: usize = 16 * 1024;

/// Headers only a message sent to someone has.
const ADDRESSED: &[&str] = &["to", "cc", "message-id", "received"];

/// Whether `bytes` are a saved web page: a binary property list (Safari's archive), or the
/// headers of a MIME message with a `Content-Type` of `multipart/related` and no header only a
/// sent message has (`To`, `Cc`, `Message-ID`, `Received`). Only the header block is read.
pub fn is_web_archive(bytes: &[u8]) -> bool {
    bytes.starts_with(b"bplist00") || is_mhtml(bytes)
}

/// The saved page's HTML, out of Safari's list or the MHTML part; `None` when the
/// archive holds no HTML page.
pub fn saved_page(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.starts_with(b"bplist00") {
        safari_page(bytes)
    } else {
        mhtml_page(bytes)
    }
}

/// The HTML of a Safari web archive: its main resource's bytes, decoded to UTF-8 when the
/// archive names their encoding, the site's own bytes otherwise. `None` when the main
/// resource is no HTML (an archived PDF or picture) or the list is damaged.
fn safari_page(bytes: &[u8]) -> Option<Vec<u8>> {
    let list = PropertyList::parse(bytes)?;
    let main = list.value(list.root(), "WebMainResource")?;
    let field = |key| list.value(main, key).and_then(|v| list.string(v));
    if field("WebResourceMIMEType").is_some_and(|t| !t.to_ascii_lowercase().contains("html")) {
        return None;
    }
    let data = list.data(list.value(main, "WebResourceData")?)?;
    let encoding = field("WebResourceTextEncodingName")
        .and_then(|name| encoding_rs::Encoding::for_label(name.as_bytes()));
    Some(match encoding {
        Some(encoding) => encoding.decode(data).0.into_owned().into_bytes(),
        None => data.to_vec(),
    })
}

/// `bytes` open on the headers of a page saved as MHTML.
fn is_mhtml(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(HEADER_SCAN_BYTES)];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    if !head.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut related = false;
    for line in head.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return related;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return false;
        };
        let name = &line[..colon];
        if !name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        if ADDRESSED
            .iter()
            .any(|a| name.eq_ignore_ascii_case(a.as_bytes()))
        {
            return false;
        }
        related |= name.eq_ignore_ascii_case(b"content-type")
            && line[colon + 1..]
                .trim_ascii_start()
                .get(..17)
                .is_some_and(|v| v.eq_ignore_ascii_case(b"multipart/related"));
    }
    false
}

/// The HTML of a page saved as MHTML: its first `text/html` part, out of its transfer
/// encoding. Its bytes are UTF-8 when the part's charset was declared or its bytes were UTF-8;
/// otherwise they are the page's own, for the reader to decode by the page's `<meta charset>`.
/// `None` when no part is HTML.
fn mhtml_page(bytes: &[u8]) -> Option<Vec<u8>> {
    let message = MessageParser::default().parse(bytes)?;
    let page = message.parts.iter().find(|part| {
        part.content_type().is_some_and(|t| {
            t.ctype().eq_ignore_ascii_case("text")
                && t.subtype().is_some_and(|s| s.eq_ignore_ascii_case("html"))
        })
    })?;
    let text = page.text_contents()?;
    let declared = page
        .content_type()
        .is_some_and(|t| t.attribute("charset").is_some());
    if declared || !text.contains('\u{fffd}') {
        return Some(text.as_bytes().to_vec());
    }
    // Read as UTF-8 and replaced: the page's own bytes, decoded from the part again.
    let raw = bytes.get(page.raw_body_offset() as usize..page.raw_end_offset() as usize)?;
    let decoded = match page.content_transfer_encoding() {
        Some(e) if e.eq_ignore_ascii_case("quoted-printable") => {
            mail_parser::decoders::quoted_printable::quoted_printable_decode(raw)
        }
        Some(e) if e.eq_ignore_ascii_case("base64") => {
            mail_parser::decoders::base64::base64_decode(raw)
        }
        _ => Some(raw.to_vec()),
    };
    Some(decoded.unwrap_or_else(|| text.as_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page saved as Chrome saves it: its HTML quoted-printable, a style sheet and a picture
    /// after it.
    fn archive(headers: &str, part_type: &str, html: &[u8]) -> Vec<u8> {
        let boundary = "----MultipartBoundary--abc----";
        let mut out = format!(
            "{headers}MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\n--{boundary}\r\nContent-Type: {part_type}\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.org/a\r\n\r\n"
        )
        .into_bytes();
        for &b in html {
            if b == b'=' || b >= 0x80 {
                out.extend_from_slice(format!("={b:02X}").as_bytes());
            } else {
                out.push(b);
            }
        }
        out.extend_from_slice(
            format!("\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--{boundary}--\r\n").as_bytes(),
        );
        out
    }

    const SAVED_BY: &str = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/a\r\nSubject: =?utf-8?Q?L=C3=A9t=C3=A9?=\r\nDate: Sat, 5 Dec 2026 18:02:11 +0100\r\n";

    #[test]
    fn a_saved_page_is_told_from_a_mail_by_its_shape() {
        let html = "<html><body><p>L’été</p></body></html>".as_bytes();
        assert!(is_web_archive(&archive(SAVED_BY, "text/html", html)));
        // Whoever saved it: Internet Explorer's headers, or none but the MIME ones.
        assert!(is_web_archive(&archive(
            "From: <Saved by Windows Internet Explorer 8>\r\n",
            "text/html",
            html
        )));
        assert!(is_web_archive(&archive("", "text/html", html)));
        // A mail with its pictures embedded is addressed.
        let mail = archive(
            "From: a@b.fr\r\nTo: c@d.fr\r\nSubject: x\r\n",
            "text/html",
            html,
        );
        assert!(!is_web_archive(&mail));
        // A mail of one part, a text, a page.
        assert!(!is_web_archive(
            b"From: a@b.fr\r\nSubject: x\r\n\r\nBonjour"
        ));
        assert!(!is_web_archive(
            b"Content-Type: multipart/related est un type MIME."
        ));
        assert!(!is_web_archive(
            "<html><body>Content-Type: multipart/related</body></html>".as_bytes()
        ));
    }

    #[test]
    fn the_page_comes_out_of_its_transfer_encoding_in_its_own_encoding() {
        let utf8 = "<html><body><p>L’été = chaud</p></body></html>";
        assert_eq!(
            saved_page(&archive(SAVED_BY, "text/html", utf8.as_bytes())),
            Some(utf8.as_bytes().to_vec())
        );
        // A Windows-1252 page whose part names no charset keeps its bytes for its <meta>.
        let latin = b"<html><head><meta charset=\"windows-1252\"></head><body><p>L'\xe9t\xe9</p></body></html>";
        assert_eq!(
            saved_page(&archive(SAVED_BY, "text/html", latin)),
            Some(latin.to_vec())
        );
        // A part that names its charset is decoded by it.
        let declared = archive(SAVED_BY, "text/html; charset=\"windows-1252\"", latin);
        assert_eq!(
            saved_page(&declared),
            Some("<html><head><meta charset=\"windows-1252\"></head><body><p>L'été</p></body></html>".as_bytes().to_vec())
        );
        assert_eq!(
            saved_page(&archive(SAVED_BY, "text/plain", utf8.as_bytes())),
            None
        );
    }

    /// Safari's archives of one page, in the shape Safari writes them, as Python's plistlib
    /// writes binary lists: the encoding named, not named, and a picture archived.
    const NAMED: &[u8] = b"bplist00\xd1\x01\x02_\x10\x0fWebMainResource\xd3\x03\x04\x05\x06\x07\x08_\x10\x0fWebResourceData_\x10\x13WebResourceMIMEType_\x10\x1bWebResourceTextEncodingNameJ<p>\xe9t\xe9</p>Ytext/html\x5cwindows-1252\x08\x0b\x1d$6Lju\x7f\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x8c";
    const UNNAMED: &[u8] = b"bplist00\xd1\x01\x02_\x10\x0fWebMainResource\xd2\x03\x04\x05\x06_\x10\x0fWebResourceData_\x10\x13WebResourceMIMETypeJ<p>\xe9t\xe9</p>Ytext/html\x08\x0b\x1d\x224JU\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00_";
    const PICTURE: &[u8] = b"bplist00\xd1\x01\x02_\x10\x0fWebMainResource\xd2\x03\x04\x05\x06_\x10\x0fWebResourceData_\x10\x13WebResourceMIMETypeD\x89PNGYimage/png\x08\x0b\x1d\x224JO\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00Y";

    #[test]
    fn a_safari_archive_gives_its_main_resource_decoded_by_the_encoding_it_names() {
        assert!(is_web_archive(NAMED));
        assert_eq!(saved_page(NAMED), Some("<p>été</p>".as_bytes().to_vec()));
        // Not named: the page's own bytes, for its <meta charset>.
        assert_eq!(saved_page(UNNAMED), Some(b"<p>\xe9t\xe9</p>".to_vec()));
        assert_eq!(saved_page(PICTURE), None);
        assert_eq!(saved_page(b"bplist00"), None);
    }
}
