use super::*;

fn draft(rtf: &str) -> String {
    to_markdown(rtf.as_bytes()).unwrap()
}

#[test]
fn rtf_is_told_by_its_opening() {
    assert!(is_rtf(b"{\\rtf1\\ansi text}"));
    assert!(is_rtf(b"\xEF\xBB\xBF\n  {\\rtf1}"));
    assert!(!is_rtf(b"Le texte {\\rtf1} cite du RTF."));
}

#[test]
fn the_same_copy_from_word_writer_and_textedit_reads_alike() {
    // Written for the tests: the copy as a Word file, saved by LibreOffice Writer as RTF
    // (its table of styles, its table), and typed in TextEdit (its fonts for bold and
    // italics, "\" line ends, a bulleted list, `\uc0\u…` characters).
    let word = std::fs::read("fixtures/written/freelance_copy.docx").unwrap();
    let word = super::super::office::to_markdown(&word, 1 << 24).unwrap();
    let writer = std::fs::read("fixtures/written/writer_copy.rtf").unwrap();
    assert_eq!(to_markdown(&writer).unwrap(), word);
    let textedit = to_markdown(&std::fs::read("fixtures/written/textedit_copy.rtf").unwrap());
    let textedit = textedit.unwrap();
    let blocks: Vec<&str> = textedit.split("\n\n").collect();
    assert_eq!(
        blocks[0],
        "**Dans la Drôme, les maraîchers passent au goutte-à-goutte pour sauver leurs récoltes**"
    );
    assert!(blocks[1].starts_with("*Après deux étés"), "{}", blocks[1]);
    assert!(blocks.contains(&"**Le coût freine les plus petites fermes**"));
    assert!(blocks.contains(&"- Aide de l'agence de l'eau : jusqu'à 50 %"));
    assert_eq!(blocks[blocks.len() - 2], "Claire Masson 🙂");
}

#[test]
fn characters_are_decoded_by_code_page_and_by_unicode() {
    // `\'e9` in the document's code page, `\u8217` with its fallback skipped (one character
    // by default, none after `\uc0`), a surrogate pair, escaped braces and backslash (which
    // the draft escapes again for Markdown).
    assert_eq!(
        draft("{\\rtf1\\ansi\\ansicpg1252 \\'c9t\\'e9 l\\u8217?\\uc0\\u8217 un \\{mot\\} \\\\ \\u-10179\\u-8704 .}"),
        "Été l’’un \\{mot\\} \\\\ 😀.\n\n"
    );
    // A Central European code page.
    assert_eq!(draft("{\\rtf1\\ansi\\ansicpg1250 \\'9a\\'e8}"), "šč\n\n");
}

#[test]
fn what_is_not_the_text_stays_out() {
    let rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}\
        {\\info{\\title Mod\\'e8le}{\\author Utilisateur}}{\\header En-t\\'eate}\
        \\pard Le maire a accept\\'e9{\\v  (v\\'e9rifier)} la demande\
        {\\super\\chftn{\\footnote\\pard\\plain Une note.\\par}}\
        {\\field{\\*\\fldinst HYPERLINK \"https://example.org\"}{\\fldrslt  du quartier}}.\
        {\\*\\bkmkstart signet}{\\pict\\pngblip 89504e47}\\par}";
    assert_eq!(draft(rtf), "Le maire a accepté la demande du quartier.\n\n");
}

#[test]
fn styles_lists_and_tables_are_the_structure() {
    let rtf = "{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}\
        {\\s2\\sbasedon1 Intertitre;}{\\s3 Title;}{\\cs10 Default Paragraph Font;}}\
        \\pard\\s3 Le budget adopt\\'e9\\par\
        \\pard\\s0 Le conseil a vot\\'e9.\\par\
        \\pard\\s2 Des travaux\\par\
        \\pard\\outlinelevel2 Le d\\'e9tail\\par\
        \\pard\\ls1\\ilvl0{\\listtext\\'95\\tab}la cantine ;\\par\
        \\pard Apr\\'e8s la liste.\\par\
        \\trowd\\trhdr\\cellx1000\\cellx2000\\pard\\intbl Poste\\cell Montant\\cell\\row\
        \\trowd\\cellx1000\\cellx2000\\pard\\intbl \\'c9coles\\cell 58 M\\'80\\cell\\row\
        \\pard Fin.\\par}";
    assert_eq!(
        draft(rtf),
        "# Le budget adopté\n\nLe conseil a voté.\n\n## Des travaux\n\n### Le détail\n\n\
         - la cantine ;\n\nAprès la liste.\n\n| Poste | Montant |\n|---|---|\n\
         | Écoles | 58 M€ |\n\nFin.\n\n"
    );
}

#[test]
fn braces_deep_or_unbalanced_and_cut_words_are_read_without_harm() {
    let deep = format!(
        "{{\\rtf1 {}Texte.{}}}",
        "{".repeat(100_000),
        "}".repeat(100_000)
    );
    assert_eq!(draft(&deep), "Texte.\n\n");
    assert_eq!(draft("{\\rtf1 Texte.}}}}"), "Texte.\n\n");
    assert_eq!(draft("{\\rtf1 Texte.\\"), "Texte.\n\n");
    assert_eq!(draft("{\\rtf1 Texte.\\'e"), "Texte.\n\n");
    assert_eq!(draft("{\\rtf1 Texte.\\u99999999999999"), "Texte.\n\n");
    assert_eq!(
        to_markdown(b"{\\rtf1{\\fonttbl Arial;}}"),
        Err(InputError::WhitespaceOnly)
    );
}
