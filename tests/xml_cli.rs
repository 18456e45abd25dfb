//! Feeds, wire stories and scrapers' extractions in XML (fixtures/xml/): an RSS item, an Atom
//! entry, a NITF and a NewsML-G2 story, trafilatura's XML and XML-TEI, of two real articles,
//! written as those formats carry them. Each must give
//! the article its headline, its journalist's intertitles, its date and its address, and no
//! markup; an XML document holding no story is refused with a clear message.

use assert_cmd::Command;

/// `redac rewrite FILE` with a fixed run day: the Markdown written, and the exit status.
fn rewrite(path: &str) -> (String, i32) {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["rewrite", path])
        .output()
        .unwrap();
    let written = String::from_utf8(output.stdout).unwrap();
    (written, output.status.code().unwrap())
}

/// The article's `##` headings.
fn headings(written: &str) -> Vec<&str> {
    written
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .collect()
}

/// The journalist's intertitles of the Tribune de Genève's story, in every shape it is sent.
const CHLOROTHALONIL_INTERTITLES: [&str; 3] = [
    "Céréales, légumes et plantes ornementales",
    "Thème récurrent",
    "Deux initiatives",
];

#[test]
fn an_rss_items_html_gives_the_article_its_headline_intertitles_and_fields() {
    let (written, _) = rewrite("fixtures/xml/tdg_chlorothalonil_rss.xml");
    assert!(
        written.contains("\ntitle: \"Berne interdit désormais le chlorothalonil\"\n"),
        "{written}"
    );
    assert_eq!(headings(&written), CHLOROTHALONIL_INTERTITLES);
    // The item's date, not the run's; its address; no markup, no CDATA, no second item.
    assert!(written.contains("\ndate: \"2023-04-04\"\n"), "{written}");
    assert!(written.contains("\nsource_url: \"https://www.tdg.ch/suisse/chlorothalonil\"\n"));
    for markup in ["<", "CDATA", "Un autre article", "[…]"] {
        assert!(!written.contains(markup), "{markup} in {written}");
    }
}

#[test]
fn a_nitf_storys_hl2_are_its_intertitles_and_its_media_are_left_out() {
    let (written, _) = rewrite("fixtures/xml/tdg_chlorothalonil_nitf.xml");
    assert_eq!(headings(&written), CHLOROTHALONIL_INTERTITLES);
    assert!(written.contains("\ndate: \"2023-04-04\"\n"), "{written}");
    assert!(
        !written.contains("légende de photo") && !written.contains("© Tribune"),
        "{written}"
    );
    // The abstract opens the article.
    let body = written.rsplit("\n---\n").next().unwrap();
    assert!(
        body.trim_start()
            .starts_with("L’Office fédéral de l’agriculture a décidé"),
        "{body}"
    );
}

#[test]
fn an_atom_entry_and_a_newsml_item_read_as_the_same_story() {
    let (atom, _) = rewrite("fixtures/xml/20minutes_syrie_atom.xml");
    let (newsml, _) = rewrite("fixtures/xml/20minutes_syrie_newsml.xml");
    for written in [&atom, &newsml] {
        assert!(
            written
                .contains("\ntitle: \"Syrie : un chef de Daesh tué par une frappe américaine\"\n")
                || written.contains(
                    "\ntitle: \"Syrie\u{a0}: un chef de Daesh tué par une frappe américaine\"\n"
                ),
            "{written}"
        );
        assert_eq!(
            headings(written),
            ["Des soldats américains déployés dans le Nord-Est syrien"]
        );
        assert!(written.contains("\ndate: \"2023-04-04\"\n"), "{written}");
        // The summary is the chapô, above the body's first paragraph.
        let body = written.rsplit("\n---\n").next().unwrap();
        assert!(
            body.trim_start().starts_with("Aucun civil n’a été blessé"),
            "{body}"
        );
    }
    assert!(
        atom.contains("\nauthor: \"20 Minutes avec AFP\"\n"),
        "{atom}"
    );
}

#[test]
fn an_xml_document_without_a_story_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("feed.xml");
    std::fs::write(
        &empty,
        "<?xml version=\"1.0\"?><rss><channel><title>Un site</title><item><title>Rien</title></item></channel></rss>",
    )
    .unwrap();
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args(["rewrite", empty.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no item or story in it holds article text"),
        "{stderr}"
    );
}

#[test]
fn a_folder_of_wire_stories_is_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    Command::cargo_bin("redac")
        .unwrap()
        .args(["rewrite", "fixtures/xml", "-o", out.to_str().unwrap(), "-q"])
        .output()
        .unwrap();
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "20minutes_syrie_atom.md",
            "20minutes_syrie_newsml.md",
            "tdg_chlorothalonil_nitf.md",
            "tdg_chlorothalonil_rss.md",
            "tdg_chlorothalonil_tei.md",
            "tdg_chlorothalonil_trafilatura.md"
        ]
    );
}

/// trafilatura's `--xml` and `--xmltei` extractions of the Tribune de Genève's story (written
/// as trafilatura writes them, readers' comments included). Read as text, the `<doc>`'s
/// attributes and the tags were the article ("Berne : <p>Ce retrait est réalisé" its title).
/// Each gives the story as its NITF does: the headline, the intertitles, the date, the
/// author, and the address; the comments are not the article.
#[test]
fn a_scrapers_xml_extraction_reads_as_the_wire_story() {
    let (nitf, _) = rewrite("fixtures/xml/tdg_chlorothalonil_nitf.xml");
    for path in [
        "fixtures/xml/tdg_chlorothalonil_trafilatura.xml",
        "fixtures/xml/tdg_chlorothalonil_tei.xml",
    ] {
        let (written, _) = rewrite(path);
        assert_eq!(headings(&written), CHLOROTHALONIL_INTERTITLES, "{path}");
        for field in [
            "\ntitle: \"Berne interdit désormais le chlorothalonil\"\n",
            "\ndate: \"2023-04-04\"\n",
            "\nauthor: \"La rédaction\"\n",
            "\nsource_url: \"https://www.tdg.ch/suisse/berne-interdit-desormais-chlorothalonil\"\n",
        ] {
            assert!(written.contains(field), "{path}: {written}");
        }
        assert!(
            !written.contains("Il était temps") && !written.contains('<'),
            "{path}: {written}"
        );
        // The same article as the NITF's, but for the address NITF does not carry.
        let body = |w: &str| w.rsplit("\n---\n").next().unwrap().to_string();
        assert_eq!(body(&written), body(&nitf), "{path}");
    }
    assert!(nitf.contains("\nauthor: \"La rédaction\"\n"), "{nitf}");
}
