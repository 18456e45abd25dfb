use super::*;
use std::io::Write;

const LIMIT: usize = 1 << 24;

/// A ZIP archive of `parts`, each deflated or stored as `deflate` says.
fn archive(parts: &[(&str, &str)], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut writer = rawzip::ZipArchiveWriter::new(&mut out);
    for (name, text) in parts {
        let method = match deflate {
            true => rawzip::CompressionMethod::DEFLATE,
            false => rawzip::CompressionMethod::STORE,
        };
        let (mut entry, _) = writer
            .new_file(*name)
            .compression_method(method)
            .start()
            .unwrap();
        let data = match deflate {
            true => miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6),
            false => text.as_bytes().to_vec(),
        };
        entry.write_all(&data).unwrap();
        let descriptor =
            rawzip::DataDescriptorOutput::new(rawzip::crc32(text.as_bytes()), text.len() as u64);
        entry.finish(descriptor).unwrap();
    }
    writer.finish().unwrap();
    out
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

/// A Word document of `body`'s paragraphs, with `styles` as its styles part.
fn word(body: &str, styles: &str) -> Vec<u8> {
    let document = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
    let styles = format!("<w:styles {W}>{styles}</w:styles>");
    archive(
        &[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", &document),
            ("word/styles.xml", &styles),
        ],
        true,
    )
}

fn paragraph(style: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
    )
}

fn plain(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

const PROSE: &str = "Le conseil municipal a voté jeudi soir le budget de la commune.";

#[test]
fn a_freelances_word_copy_reads_as_its_draft() {
    let bytes = std::fs::read("fixtures/written/freelance_copy.docx").unwrap();
    let markdown = to_markdown(&bytes, LIMIT).unwrap();
    let blocks: Vec<&str> = markdown.split("\n\n").collect();
    // Word's "Title" style, a chapô and a line set in bold, "Heading 1" and "Heading 2".
    assert_eq!(
        blocks[0],
        "# Dans la Drôme, les maraîchers passent au goutte-à-goutte pour sauver leurs récoltes"
    );
    assert!(blocks[1].starts_with("**Après deux étés"), "{}", blocks[1]);
    assert!(blocks.contains(&"**Des économies d'eau mesurées au compteur**"));
    assert!(blocks.contains(&"## Le coût freine les plus petites fermes"));
    assert!(blocks.contains(&"## Repères"));
    // A table without a header row the writer marked: every row is a row of figures.
    assert!(
        markdown.contains("| | |\n|---|---|\n| Exploitations équipées | 31 |\n"),
        "{markdown}"
    );
    assert!(blocks.contains(&"*Claire Masson*"));
}

#[test]
fn writers_copy_of_the_same_document_reads_alike() {
    // The same copy saved by LibreOffice Writer as OpenDocument.
    let word = std::fs::read("fixtures/written/freelance_copy.docx").unwrap();
    let writer = std::fs::read("fixtures/written/freelance_copy.odt").unwrap();
    assert_eq!(
        to_markdown(&writer, LIMIT).unwrap(),
        to_markdown(&word, LIMIT).unwrap()
    );
}

#[test]
fn a_french_words_styles_are_known_by_their_names() {
    // A French Word names its styles' ids "Titre" and "Titre1", their names stay English;
    // a style based on a heading is one, a style with an outline level is one.
    let styles = r#"
        <w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>
        <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Intertitre"><w:name w:val="Intertitre"/><w:basedOn w:val="Titre1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Niveau"><w:name w:val="Niveau"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#;
    let body = [
        paragraph("Titre", "Le budget adopté"),
        paragraph("Normal", PROSE),
        paragraph("Titre1", "Des travaux"),
        paragraph("Intertitre", "Une école"),
        paragraph("Niveau", "Le détail"),
    ]
    .concat();
    assert_eq!(
        to_markdown(&word(&body, styles), LIMIT).unwrap(),
        format!(
            "# Le budget adopté\n\n{PROSE}\n\n## Des travaux\n\n## Une école\n\n### Le détail\n\n"
        )
    );
}

#[test]
fn a_first_heading_above_the_prose_is_the_headline() {
    let styles =
        r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>"#;
    let headed = [
        paragraph("Heading1", "Le budget adopté"),
        plain(PROSE),
        paragraph("Heading1", "Des travaux"),
    ]
    .concat();
    let markdown = to_markdown(&word(&headed, styles), LIMIT).unwrap();
    assert!(markdown.starts_with("# Le budget adopté\n\n"), "{markdown}");
    assert!(markdown.contains("\n\n## Des travaux\n\n"), "{markdown}");
    // Under prose, a heading is an intertitle: the headline is the structure stage's to find.
    let unheaded = [
        plain("Le budget adopté"),
        plain(PROSE),
        paragraph("Heading1", "Des travaux"),
    ]
    .concat();
    let markdown = to_markdown(&word(&unheaded, styles), LIMIT).unwrap();
    assert!(!markdown.contains("# Le"), "{markdown}");
    assert!(markdown.contains("## Des travaux"), "{markdown}");
}

#[test]
fn what_is_not_the_articles_text_stays_out() {
    let body = r#"<w:p>
        <w:r><w:t xml:space="preserve">Le maire a </w:t></w:r>
        <w:del w:id="1" w:author="Rédaction"><w:r><w:delText>refusé</w:delText></w:r></w:del>
        <w:ins w:id="2" w:author="Rédaction"><w:r><w:t>accepté</w:t></w:r></w:ins>
        <w:r><w:t xml:space="preserve"> la demande</w:t></w:r>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (vérifier le chiffre)</w:t></w:r>
        <w:r><w:footnoteReference w:id="1"/></w:r>
        <w:r><w:fldChar w:fldCharType="begin"/></w:r>
        <w:r><w:instrText> PAGE </w:instrText></w:r>
        <w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:r><w:t>.</w:t></w:r>
        <w:r><mc:AlternateContent>
          <mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Un encadré.</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
          <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Un encadré.</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r>
    </w:p>"#;
    assert_eq!(
        to_markdown(&word(body, ""), LIMIT).unwrap(),
        "Le maire a accepté la demande.\n\nUn encadré.\n\n"
    );
}

#[test]
fn lists_and_emphasis_are_marked() {
    let body = r#"
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>la cantine ;</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Une rentrée </w:t></w:r><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>tendue</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Un mot</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t> en gras.</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Photo Jean Martin</w:t></w:r></w:p>"#;
    assert_eq!(
        to_markdown(&word(body, ""), LIMIT).unwrap(),
        "- la cantine ;\n\n**Une rentrée tendue**\n\nUn mot en gras.\n\n*Photo Jean Martin*\n\n"
    );
}

/// A list that counts in figures keeps its figures: by a paragraph's own list, or by its
/// style's ("List Number", as Word's template and python-docx set it), counting on where the
/// list starts and again at each level; a bulleted list, or the list "0" that takes a style's
/// list off a paragraph, numbers nothing.
#[test]
fn a_numbered_lists_figures_are_kept() {
    let numbering = format!(
        r#"<w:numbering {W}>
        <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
        <w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num>
        </w:numbering>"#
    );
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>"#
    );
    let item = |list: &str, level: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{list}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        paragraph("ListNumber", "équiper les parcelles ;"),
        item("5", "1", "avant le printemps ;"),
        paragraph("ListNumber", "installer des sondes ;"),
        item("5", "0", "partager l'eau."),
        item("3", "0", "une facture plus légère ;"),
        item("0", "0", "Un paragraphe."),
    ]
    .concat();
    let document = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
    let docx = archive(
        &[
            ("word/document.xml", &document),
            ("word/styles.xml", &styles),
            ("word/numbering.xml", &numbering),
        ],
        true,
    );
    assert_eq!(
        to_markdown(&docx, LIMIT).unwrap(),
        "- 1\\. équiper les parcelles ;\n\n- 1\\. avant le printemps ;\n\n- 2\\. installer des sondes ;\n\n- 3\\. partager l'eau.\n\n- une facture plus légère ;\n\nUn paragraphe.\n\n"
    );
}

#[test]
fn text_that_markdown_would_read_as_markup_is_read_as_written() {
    let texts = [
        "1. Le premier point",
        "# non, un mot-dièse",
        "- un tiret",
        "Une <balise> & un *astérisque* [entre crochets] 2024) fin | barre un_nom `code`",
        "{accolade} !important ~tilde~ \\ barre",
    ];
    let body: String = texts.iter().map(|t| plain(&xml_escaped(t))).collect();
    let markdown = to_markdown(&word(&body, ""), LIMIT).unwrap();
    let page = crate::reading::markdown::read(&markdown);
    let read: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(read, texts);
}

fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn an_opendocuments_headings_lists_notes_and_spaces() {
    let content = r#"<office:document-content
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">
      <office:automatic-styles>
        <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
        <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
      </office:automatic-styles>
      <office:body><office:text>
        <text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>
        <text:p text:style-name="P1">Le budget adopté</text:p>
        <text:p>Le conseil<text:s text:c="2"/>a voté<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Une note.</text:p></text:note-body></text:note> jeudi<text:tab/>soir.</text:p>
        <text:h text:outline-level="2">Des travaux<draw:frame><draw:image><svg:title>Image 1</svg:title><svg:desc>Le chantier</svg:desc></draw:image></draw:frame></text:h>
        <text:list><text:list-item><text:p>la cantine ;</text:p></text:list-item></text:list>
        <text:p><text:span text:style-name="T1">Une rentrée tendue</text:span></text:p>
        <text:tracked-changes><text:changed-region><text:deletion><text:p>Supprimé.</text:p></text:deletion></text:changed-region></text:tracked-changes>
      </office:text></office:body>
    </office:document-content>"#;
    let bytes = archive(
        &[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
        ],
        false,
    );
    assert_eq!(
        to_markdown(&bytes, LIMIT).unwrap(),
        "# Le budget adopté\n\nLe conseil a voté jeudi soir.\n\n## Des travaux\n\n- la cantine ;\n\n**Une rentrée tendue**\n\n"
    );
}

/// Writer's numbered lists (the list style's level counting in figures, `num-format="1"`)
/// keep their figures, from the level's start; a list continuing another's numbering goes on
/// from it, an item may set its own figure, and a list whose style is bulleted numbers nothing.
#[test]
fn an_opendocuments_numbered_list_keeps_its_figures() {
    let content = r#"<office:document-content
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
      <office:automatic-styles>
        <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" text:start-value="1"/></text:list-style>
        <text:list-style style:name="L2"><text:list-level-style-bullet text:level="1"/></text:list-style>
      </office:automatic-styles>
      <office:body><office:text>
        <text:list text:style-name="L1"><text:list-item><text:p>équiper les parcelles ;</text:p></text:list-item><text:list-item><text:p>installer des sondes ;</text:p></text:list-item></text:list>
        <text:p>Entre les deux.</text:p>
        <text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>partager l'eau ;</text:p></text:list-item><text:list-item text:start-value="7"><text:p>signer.</text:p></text:list-item></text:list>
        <text:list text:style-name="L2"><text:list-item><text:p>une facture plus légère.</text:p></text:list-item></text:list>
      </office:text></office:body>
    </office:document-content>"#;
    let bytes = archive(&[("content.xml", content)], false);
    assert_eq!(
        to_markdown(&bytes, LIMIT).unwrap(),
        "- 1\\. équiper les parcelles ;\n\n- 2\\. installer des sondes ;\n\nEntre les deux.\n\n- 3\\. partager l'eau ;\n\n- 7\\. signer.\n\n- une facture plus légère.\n\n"
    );
}

/// A page zipped alone at the archive's root, with its pictures beside it, is the page; two
/// pages, or a page in a folder, are no export of one page.
#[test]
fn a_page_zipped_alone_is_found() {
    let page = "<html><body><p>Le conseil a voté.</p></body></html>";
    let one = archive(
        &[("Critique.html", page), ("images/image1.png", "png")],
        true,
    );
    assert_eq!(
        zipped_page(&one, LIMIT).map(Result::unwrap),
        Some(page.as_bytes().to_vec())
    );
    let two = archive(&[("a.html", page), ("b.HTM", page)], true);
    assert_eq!(zipped_page(&two, LIMIT), None);
    let nested = archive(&[("site/index.html", page)], false);
    assert_eq!(zipped_page(&nested, LIMIT), None);
    let unnamed = archive(&[("html", page)], false);
    assert_eq!(zipped_page(&unnamed, LIMIT), None);
    assert_eq!(
        zipped_page(&one, 8).map(|r| r.is_err()),
        Some(true),
        "inflated no further than the limit"
    );
}

#[test]
fn a_part_inflating_over_the_limit_is_refused() {
    // A ZIP bomb's shape: a few kilobytes that inflate to a megabyte.
    let body = plain(&"a".repeat(1 << 20));
    assert_eq!(
        to_markdown(&word(&body, ""), 100_000),
        Err(InputError::OverLimit { limit: 100_000 })
    );
}

#[test]
fn damaged_and_foreign_archives_say_so() {
    let bytes = word(&plain(PROSE), "");
    assert!(matches!(
        to_markdown(&bytes[..bytes.len() / 2], LIMIT),
        Err(InputError::DamagedDocument(_))
    ));
    let sheet = archive(&[("xl/workbook.xml", "<workbook/>")], true);
    assert_eq!(
        to_markdown(&sheet, LIMIT),
        Err(InputError::ArchiveWithoutDocument)
    );
    let mut corrupted = word(&plain(PROSE), "");
    let at = corrupted
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .unwrap()
        - 20;
    corrupted[at] ^= 0xFF;
    assert!(matches!(
        to_markdown(&corrupted, LIMIT),
        Err(InputError::DamagedDocument(_))
    ));
    let bad_xml = archive(&[("word/document.xml", "<w:document")], false);
    assert_eq!(
        to_markdown(&bad_xml, LIMIT),
        Err(InputError::DamagedDocument("a part is not well-formed XML"))
    );
}

#[test]
fn deep_nesting_is_cut_not_followed_to_the_stacks_end() {
    let depth = 5_000;
    let body = format!(
        "{}{}{}{}",
        plain(PROSE),
        "<w:sdt><w:sdtContent>".repeat(depth),
        plain("Trop profond."),
        "</w:sdtContent></w:sdt>".repeat(depth)
    );
    // roxmltree parses it all; the walk stops at its depth, past the paragraph too deep.
    assert_eq!(
        to_markdown(&word(&body, ""), LIMIT),
        Ok(format!("{PROSE}\n\n"))
    );
}

#[test]
fn a_part_named_twice_is_read_once() {
    // A crafted archive repeats its document; the first is the one read, once.
    let first = format!(
        "<w:document {W}><w:body>{}</w:body></w:document>",
        plain(PROSE)
    );
    let second = format!(
        "<w:document {W}><w:body>{}</w:body></w:document>",
        plain("Autre.")
    );
    let bytes = archive(
        &[
            ("word/document.xml", &first),
            ("word/document.xml", &second),
        ],
        true,
    );
    assert_eq!(to_markdown(&bytes, LIMIT).unwrap(), format!("{PROSE}\n\n"));
}
