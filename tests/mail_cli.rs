//! Mails (fixtures/mail/): a real article forwarded by a colleague and pasted from a French
//! mail client, and the same saved as a multipart message. The story's subject is the title
//! without "TR:" or "Fwd:", its date the mail's, the colleague's note and signature are not
//! the article, and the note's instructions are the brief.

use assert_cmd::Command;

/// `redac rewrite FILE` with a fixed run day: the Markdown written and standard error.
fn rewrite(path: &str) -> (String, String) {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["rewrite", path])
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

const TITLE: &str = "\ntitle: \"Syrie\u{a0}: un chef de Daesh tué par une frappe américaine\"\n";

#[test]
fn a_forward_pasted_from_a_mail_client_is_its_story() {
    let (written, stderr) = rewrite("fixtures/mail/20minutes_syrie_outlook_forward.txt");
    assert!(written.contains(TITLE), "{written}");
    assert!(written.contains("\ndate: \"2023-04-04\"\n"), "{written}");
    for note in [
        "Salut",
        "reprendre ce papier",
        "Julie",
        "Cheffe d’édition",
        "Objet",
        "Envoyé",
    ] {
        assert!(!written.contains(note), "{note} in {written}");
    }
    // The note's instructions are the brief.
    assert!(
        stderr.contains("brief understood: at least 800 words"),
        "{stderr}"
    );
    let body = written.rsplit("\n---\n").next().unwrap();
    assert!(
        body.trim_start().starts_with("Aucun civil n’a été blessé"),
        "{body}"
    );
    assert!(written.contains("\n## Des soldats américains déployés dans le Nord-Est syrien\n"));
}

#[test]
fn a_saved_multipart_message_is_decoded() {
    let (written, stderr) = rewrite("fixtures/mail/20minutes_syrie_multipart.eml");
    assert!(written.contains(TITLE), "{written}\n{stderr}");
    assert!(written.contains("\ndate: \"2023-04-04\"\n"), "{written}");
    assert!(
        written.contains("Khaled Aydd Ahmad al-Jabouri"),
        "{written}"
    );
    assert!(
        !written.contains("Content-Type") && !written.contains("=C3"),
        "{written}"
    );
}

#[test]
fn a_folder_takes_saved_messages() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    Command::cargo_bin("redac")
        .unwrap()
        .args([
            "rewrite",
            "fixtures/mail",
            "-o",
            out.to_str().unwrap(),
            "-q",
        ])
        .output()
        .unwrap();
    assert!(out.join("20minutes_syrie_multipart.md").is_file());
    assert!(out.join("20minutes_syrie_outlook_forward.md").is_file());
}

/// A press service's mail (written for this test): a cover note ("Veuillez trouver ci-joint
/// notre communiqué…") and the release attached as a Word file. The note was the article (15
/// words, "Irrigation : les maraîchers de la Drôme passent"); the release is.
#[test]
fn a_press_release_attached_in_word_is_the_story_and_the_cover_note_is_not() {
    let (written, stderr) = rewrite("fixtures/written/press_release_attached.eml");
    assert!(
        written.contains("\ntitle: \"Dans la Drôme, les maraîchers passent au goutte-à-goutte\"\n"),
        "{written}\n{stderr}"
    );
    assert!(written.contains("\ndate: \"2026-11-30\"\n"), "{written}");
    assert!(written.contains("\n## Repères\n"), "{written}");
    for note in ["ci-joint", "cordialement", "Bonjour"] {
        assert!(!written.contains(note), "{note} in {written}");
    }
}

/// A press office's mail (written for this test) of HTML alone, as mailing tools send them: a
/// table's layout, "consultez-le dans votre navigateur" above, the release under an `<h1>`
/// with `<h2>` intertitles, a press contact and an unsubscribe line below, quoted-printable.
/// Its markup within the first lines made it read as a web page still encoded ("C3
/// A9partement : =A8me partiront une semaine" the title); it is a mail whose page is the
/// story, its intertitles kept, dated by the mail.
#[test]
fn a_mail_of_html_alone_is_read_as_its_page() {
    let (written, stderr) = rewrite("fixtures/written/press_release_html.eml");
    assert!(!written.contains("=C3"), "{written}");
    assert!(
        written.contains("\ndate: \"2026-12-03\"\n"),
        "{written}\n{stderr}"
    );
    assert!(
        written.contains("\n## Un coût limité pour les familles\n"),
        "{written}"
    );
    assert!(
        written.contains("Les premiers départs auront lieu le 11 janvier."),
        "{written}"
    );
    for furniture in ["navigateur", "Se désabonner", "Contact presse", "26 avenue"] {
        assert!(!written.contains(furniture), "{furniture} in {written}");
    }
}

/// A message copied whole from Outlook (its French headers, then the sender's note, then the
/// HuffPost's page the desk forwards, `fixtures/pages/huffpost_eboueurs_noisy.txt`): the note
/// under the headers ("Ci-dessous la dépêche à reprendre pour le site.") was the article's
/// first paragraph, failing `check`'s first-paragraph-keyphrase, and the page's headline, a
/// block further than a kicker and a date from the top, an intertitle. The note is the
/// brief's now, and the article is the page's, headline, body and headings alike.
#[test]
fn a_senders_note_under_the_headers_is_not_the_article() {
    let page = "fixtures/pages/huffpost_eboueurs_noisy.txt";
    let mail = format!(
        "De : Service de presse <presse@ville.fr>\nEnvoyé : mercredi 15 mars 2023 11:40\n\
         À : Rédaction <redaction@journal.fr>\nObjet : TR: Grève des éboueurs à Paris\n\n\
         Bonjour,\nCi-dessous la dépêche à reprendre pour le site.\nCordialement,\nMarc\n\n{}",
        std::fs::read_to_string(page).unwrap()
    );
    let copied = Command::cargo_bin("redac")
        .unwrap()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .arg("rewrite")
        .write_stdin(mail)
        .output()
        .unwrap();
    let (written, _) = rewrite(page);
    let article = |markdown: &str| {
        let (front, body) = markdown.rsplit_once("\n---\n").unwrap();
        let title = front
            .lines()
            .find(|l| l.starts_with("title:"))
            .map(str::to_owned);
        (title, body.to_string())
    };
    let copied = String::from_utf8(copied.stdout).unwrap();
    assert!(
        !copied.contains("Ci-dessous") && !copied.contains("Marc"),
        "{copied}"
    );
    assert_eq!(article(&copied), article(&written));
}
