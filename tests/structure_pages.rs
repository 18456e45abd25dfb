//! The structure stage on real pages of many outlets (fixtures/pages/, copied from the
//! development corpus and held-out pages): what each must keep — headline, chapô, the journalist's intertitles,
//! body sentences — and what it must drop — related headlines, paywall and consent notices,
//! captions and credits, share bars, embedded posts.

use assert_cmd::Command;
use serde_json::Value;

/// `redac stats FILE --format json` on a page of fixtures/pages/.
fn stats(page: &str) -> Value {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args([
            "stats",
            &format!("fixtures/pages/{page}.txt"),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{page}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// `redac rewrite fixtures/pages/PAGE.txt --front-matter none`: the article's Markdown.
fn article(page: &str) -> String {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args([
            "rewrite",
            &format!("fixtures/pages/{page}.txt"),
            "--front-matter",
            "none",
        ])
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

/// The texts of the blocks given `role`.
fn with_role(stats: &Value, role: &str) -> Vec<String> {
    stats["structure"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["role"] == role)
        .map(|b| b["text"].as_str().unwrap().to_string())
        .collect()
}

/// The role of the first block whose text starts with `start`.
fn role_of(stats: &Value, start: &str) -> String {
    stats["structure"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["text"].as_str().unwrap().starts_with(start))
        .unwrap_or_else(|| panic!("no block starts with {start:?}"))["role"]
        .as_str()
        .unwrap()
        .to_string()
}

struct Expected {
    page: &'static str,
    title: Option<&'static str>,
    intertitles: &'static [&'static str],
    body: &'static [&'static str],
    dropped: &'static [&'static str],
}

const PAGES: &[Expected] = &[
    Expected {
        page: "tdg_chlorothalonil_noisy",
        title: Some("Berne interdit désormais le chlorothalonil"),
        intertitles: &[
            "Céréales, légumes et plantes ornementales",
            "Thème récurrent",
            "Deux initiatives",
        ],
        body: &[
            "Le chlorothalonil sera interdit dès 2020",
            "Pour mémoire, l'Office fédéral",
        ],
        dropped: &[
            "Articles en relation",
            "Pesticide L'interdiction immédiate",
            "Le canton de Berne veut interdire",
            "Nous vous invitons ici",
            "Signaler une erreur",
            "Description de l'erreur*",
        ],
    },
    Expected {
        page: "20minutes_wembanyama_noisy",
        title: Some("Basket : « Je ne sais pas si Victor Wembanyama"),
        intertitles: &["« L’Euroligue l’aurait bien préparé, comme Doncic »"],
        body: &[
            "Avant d’exploser cette saison",
            "Dans une interview accordée au Progrès",
        ],
        dropped: &[
            "Partager sur Facebook",
            "En cliquant sur « J‘ACCEPTE »",
            "— NBA (@NBA)",
            "Victor Wembanyama a eu beau changer de dimension",
            "Betclic Elite : Victor Wembanyama marque-t-il le pas",
        ],
    },
    Expected {
        page: "lemonde_insultes_presidents_noisy",
        title: Some("Le cœur à l’outrage des Français"),
        intertitles: &[
            "2023 : Emmanuel Macron insulté",
            "2016 : François Hollande injurié",
            "1963 : Charles de Gaulle placardisé",
        ],
        body: &["Le 24 mars, une quinquagénaire", "L’écrivain Léon Daudet"],
        dropped: &[
            "Article réservé aux abonnés",
            "Emmanuel Macron, le 30 mars 2023.",
            "François Hollande, le 27 février 2016",
            "Lecture du Monde en cours sur un autre appareil.",
            "Parce qu’une autre personne (ou vous)",
        ],
    },
    Expected {
        page: "tf1_pape_bronchite_noisy",
        title: None,
        intertitles: &["Des problèmes de santé chroniques"],
        body: &[
            "Le pape François souffre d'une \"bronchite infectieuse\"",
            "De son côté, le chef de l'Église",
        ],
        dropped: &[
            "Lire aussi",
            "Hospitalisé à Rome, l'état de santé du pape François rassurant",
            "M.G avec AFP",
            "#Vatican",
            "Publié le 29 mars 2023 à 19h04",
            "EN DIRECT - Guerre en Ukraine",
        ],
    },
    Expected {
        page: "linternaute_hakimi_noisy",
        title: Some("Achraf Hakimi accusé de viol : sa femme prend la parole"),
        intertitles: &[
            // Under its label "Hakimi accusé de viol", a blank line between them.
            "Que sait-on des accusations de viol contre Achraf Hakimi ?",
            "Où en est l'enquête ?",
            "Qui est la victime présumée ?",
            "Quelle peine de prison risque Achraf Hakimi ?",
        ],
        body: &[],
        dropped: &["Email", "Hakimi accusé de viol"],
    },
    Expected {
        page: "huffpost_eboueurs_noisy",
        title: Some("Grève des éboueurs à Paris"),
        intertitles: &[
            "Une question de santé publique",
            "La grève se poursuit jusqu’au 20 mars, au moins",
            "Nantes, Rouen, Rennes aussi sous les déchets",
        ],
        body: &[],
        dropped: &[
            "15/03/2023 07:31 Actualisé le 15/03/2023 11:32",
            "La suite après cette publicité",
            "Voir le tweet",
        ],
    },
    Expected {
        page: "euronews_merlu_clean",
        title: Some("Le merlu de l'Atlantique Nord sauvé de l'extinction ?"),
        intertitles: &[
            "Une ressource indispensable pour toute une économie locale",
            "La situation reste critique en Méditerranée",
            "Comment réagissent les pêcheurs ?",
        ],
        body: &[],
        dropped: &[],
    },
    Expected {
        page: "leparisien_plenel_maiwenn_noisy",
        title: Some("Le journaliste Edwy Plenel accuse la réalisatrice"),
        intertitles: &["En lien avec des articles sur Luc Besson ?"],
        body: &[],
        dropped: &[
            "L'actrice Maïwenn lors de la 74e édition",
            "« Drogue du zombie »",
        ],
    },
    Expected {
        page: "lepoint_blackstone_noisy",
        title: Some("Au cœur de Blackstone, chez les seigneurs de Wall Street"),
        intertitles: &[],
        body: &[],
        dropped: &[
            "Chaque jeudi, recevez le meilleur de l’actualité économique",
            "Un avis, un commentaire ?",
            "Passe Navigo : une semaine supplémentaire",
        ],
    },
    // Là-bas si j'y suis, its text one block a line: the readers' comments, longer than
    // the article, under "Tous vos commentaires (11)", each opening on "#".
    Expected {
        page: "labas_balkany_dump",
        title: Some("Didier Porte souhaite la Santé à Balkany"),
        intertitles: &[],
        body: &["J’en ai une bien bonne pour toi", "Au lieu d’en réprimer"],
        dropped: &[
            "Tous vos commentaires (11)",
            "Cher Didier (que j’aime beaucoup)",
            "Balkany jouant de la guitare",
            "Il ose tout",
        ],
    },
    Expected {
        // A site's statement of intent above the article's headline and its stamp ("Publié
        // le 9 juin 2019"), with no heavier gap than the article's own; the site's latest
        // stories under it, a teaser of some sentences under each headline.
        page: "cric_kaleidoscope_dump",
        title: Some("Putsh en cours à Radio Kaleïdoscope"),
        intertitles: &[],
        body: &["Qui aurait cru que radio Kaléidoscope", "Nous avons décidé·e·s de ne pas nous taire"],
        dropped: &[
            "L’équipe de CRIC est composée",
            "Le colonialisme, c’est la forme",
            "Une fois l’article/support de communication",
            // The teasers under "Derniers articles de la thématique « … » :", after it.
            "La situation est tendue dans les piscines",
            "Bulletin du Rajcol #0.",
        ],
    },
    Expected {
        // The stamped headline over the author's box, her declaration of interests, the
        // partners' link and the photo.
        page: "theconversation_hopitaux_dump",
        title: Some("Cyberattaques des hôpitaux : que veulent les hackers ?"),
        intertitles: &["Le cas du CHU de Corbeil", "La jurisprudence « Jacques Brel »"],
        body: &["De son côté, l’Agence nationale de sécurité"],
        dropped: &[
            "Claudine Guerrier ne travaille pas",
            "Voir les partenaires de The Conversation France",
        ],
    },
    Expected {
        // The headline as the breadcrumb's last crumb, then alone, then the day in lowercase.
        page: "sauvons_ag_dump",
        title: Some("Décisions de l’AG Éducation IDF du mardi 10 septembre"),
        intertitles: &["1) Conférence de presse du mercredi 11 septembre pour un « contre-bilan » de la rentrée"],
        body: &["L’AG Éducation Île-de-France inter-degrés a réuni"],
        dropped: &["Accueil > Actualités et humeurs", "mercredi 11 septembre 2019"],
    },
    Expected {
        // Le Monde: the signature's bracket (place and role) glued to the name was taken for
        // the headline over its stamp; the real headline went as a label, the chapô as a
        // caption.
        page: "lemonde_sainte_soline_noisy",
        title: Some("Après le lourd bilan humain de la manifestation de Sainte-Soline"),
        intertitles: &["« Ne jamais revivre cela »"],
        body: &["Dans les rangs des associations opposées aux mégabassines"],
        dropped: &["Par Rémi Barroux(Melle", "Read in English", "Il vous reste 62.32%"],
    },
    Expected {
        // 7sur7: the headline over its buttons, one word a line; its bold intertitles; its
        // poll under the article.
        page: "septsursept_gilson_dump",
        title: Some("La lingerie belge de Carine Gilson primée"),
        intertitles: &[
            "Savoir-faire made in Belgium",
            "L'histoire d'une passion",
            "Une renommée internationale",
        ],
        body: &["Carine Gilson, créatrice belge de lingerie a reçu mardi"],
        dropped: &["sauvegarder", "Votre impression sur cet article?"],
    },
];

#[test]
fn real_pages_keep_the_article_and_drop_the_furniture() {
    for expected in PAGES {
        let stats = stats(expected.page);
        let page = expected.page;
        match expected.title {
            Some(start) => {
                let title = stats["title"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{page}: no title"));
                assert!(title.starts_with(start), "{page}: title {title:?}");
            }
            None => assert!(stats["title"].is_null(), "{page}: {}", stats["title"]),
        }
        let intertitles = with_role(&stats, "intertitle");
        for wanted in expected.intertitles {
            assert!(
                intertitles.iter().any(|i| i == wanted),
                "{page}: {wanted:?} not in {intertitles:?}"
            );
        }
        for start in expected.body {
            assert_eq!(role_of(&stats, start), "body", "{page}: {start:?}");
        }
        for start in expected.dropped {
            let role = role_of(&stats, start);
            assert!(
                !matches!(
                    role.as_str(),
                    "body" | "intertitle" | "title" | "standfirst"
                ),
                "{page}: {start:?} kept as {role}"
            );
        }
    }
}

#[test]
fn one_line_articles_are_accepted_and_cut_into_paragraphs() {
    for page in [
        "letemps_thonon_rondpoint_light",
        "lematin_arles_deces_light",
    ] {
        let stats = stats(page);
        assert!(
            stats["paragraphs"].as_u64().unwrap() >= 3,
            "{page}: {}",
            stats["paragraphs"]
        );
        assert!(stats["words"].as_u64().unwrap() >= 300, "{page}");
    }
}

#[test]
fn read_also_links_and_posts_glued_into_a_line_are_taken_out() {
    let text = article("letemps_thonon_rondpoint_light");
    assert!(!text.contains("Lire également"), "{text}");
    assert!(text.contains("Il est barman à Thonon"));
    let text = article("lematin_arles_deces_light");
    assert!(
        !text.contains("pic.twitter.com") && !text.contains("t.co/"),
        "{text}"
    );
    // The post's own words, before its link, go with it; the prosecutor's words stay.
    assert!(!text.contains("ALERTE INFO"), "{text}");
    assert!(text.contains("a indiqué le procureur"));
}

/// Le Monde signs "Par Rémi Barroux(Melle, Sainte-Soline (Deux-Sèvres), envoyé spécial)":
/// a signature, whose bracket says where the reporter writes from, not a headline; the chapô
/// above it opens the article and the title is made of the real headline.
#[test]
fn a_signature_with_its_place_in_brackets_is_a_byline_under_the_chapo() {
    let stats = stats("lemonde_sainte_soline_noisy");
    assert_eq!(role_of(&stats, "Par Rémi Barroux"), "byline");
    assert_eq!(
        role_of(&stats, "Quelques jours après la mobilisation"),
        "standfirst"
    );
    let text = article("lemonde_sainte_soline_noisy");
    let (title, body) = text.split_once("\n\n").unwrap();
    assert!(
        title.starts_with("# ") && title.contains("le temps des interrogations"),
        "{text}"
    );
    assert!(
        body.starts_with("Quelques jours après la mobilisation"),
        "{text}"
    );
}

/// The source's date as `rewrite --report` gives it, and where it came from.
fn date_of(page: &str) -> (Value, Value) {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["rewrite", &format!("fixtures/pages/{page}.txt")])
        .args(["--quiet", "--report", "/dev/stdout", "-o", "/dev/null"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    (report["date"].clone(), report["date_source"].clone())
}

/// A page dates its story by its own stamp, not by its teasers' nor by its photo's legend:
/// TF1 prints no date over its article, then a list of other stories each with its "Publié le
/// 29 mars 2023 à 19h04", which dated it (the article is of 30 March); Orange's legend "…à
/// Paris, le 8 mai 2020", read as a label above the article, came before its stamp "AFP,
/// publié le dimanche 10 mai 2020 à 18h00".
#[test]
fn a_page_is_dated_by_its_own_stamp() {
    assert_eq!(
        date_of("tf1_pape_bronchite_noisy"),
        ("2023-11-14".into(), "run".into())
    );
    assert_eq!(
        date_of("orangesum_deconfinement_idf_noisy"),
        ("2020-05-10".into(), "source".into())
    );
}

/// 20 Minutes prints its chapô without a full stop and with a kicker in capitals, then the
/// byline, the date, a share bar and a photo before the body: still the chapô, not a label.
#[test]
fn an_unstopped_chapo_above_the_bylines_and_share_bar_is_the_chapo() {
    let stats = stats("20minutes_morgan_large_noisy");
    assert_eq!(role_of(&stats, "MENACES La journaliste"), "standfirst");
    let text = article("20minutes_morgan_large_noisy");
    let chapo = "\n\nLa journaliste a porté plainte après avoir découvert";
    assert!(text.contains(chapo) && !text.contains("MENACES"), "{text}");
}

/// Le Point and L'Internaute open the chapô on a label in capitals and a full stop
/// ("REPORTAGE.", "FLORENT PAGNY."): a label of the page, which the article does not print.
/// "BRAV-M." stays: the chapô's next words, "Cette unité de police", need it.
#[test]
fn a_label_in_capitals_opening_the_chapo_is_taken_off() {
    for (page, label, chapo) in [
        (
            "lepoint_blackstone_noisy",
            "REPORTAGE.",
            "\n\nLe fonds d’investissement le plus secret de la planète",
        ),
        (
            "linternaute_pagny_noisy",
            "FLORENT PAGNY.",
            "\n\nAtteint d’un cancer au poumon, Florent Pagny",
        ),
    ] {
        let text = article(page);
        assert!(
            text.contains(chapo) && !text.contains(label),
            "{page}: {text}"
        );
    }
    let text = article("linternaute_brav_m_noisy");
    assert!(text.contains("BRAV-M. Cette unité de police"), "{text}");
}

/// HuffPost's rubric before a dash opens its lede, even when a caption in English stands
/// between the chapô and the lede (the language stage drops it, after the structure's).
#[test]
fn a_rubric_before_the_ledes_dash_is_taken_off() {
    for (page, lede) in [
        (
            "huffpost_sophie_binet_noisy",
            "Toute ressemblance avec la séquence actuelle",
        ),
        (
            "huffpost_eboueurs_noisy",
            "Gérald Darmanin prend les choses en main.",
        ),
    ] {
        let text = article(page);
        // The lede opens its paragraph, or follows the chapô it was joined to when only the
        // two together carry the keyphrase.
        assert!(
            text.contains(&format!("\n\n{lede}")) || text.contains(&format!(". {lede}")),
            "{page}: {text}"
        );
        assert!(
            !text.contains("SYNDICAT") && !text.contains("GRÈVE –"),
            "{page}"
        );
    }
}

/// francetvinfo's copy, as a scraper gave it, glues the intertitle to the paragraph under it
/// ("Un marché à 3,6 milliards d'eurosLes vélos électriques…"): the intertitle is the
/// journalist's and heads its section; "Les vélos électriques…" opens the paragraph.
#[test]
fn an_intertitle_glued_to_its_paragraph_heads_its_section() {
    let francetv = stats("francetv_velo_electrique_light");
    assert_eq!(
        with_role(&francetv, "intertitle"),
        vec!["Un marché à 3,6 milliards d'euros"]
    );
    let text = article("francetv_velo_electrique_light");
    assert!(
        text.contains("## Un marché à 3,6 milliards d’euros\n\nLes vélos électriques font la joie"),
        "{text}"
    );
    assert!(!text.contains("eurosLes"), "{text}");
    // La Presse: a quoted intertitle, its space kept, its stop missing.
    let presse = stats("lapresse_mascarade_light");
    assert_eq!(
        with_role(&presse, "intertitle"),
        vec!["«Sparadraps sur des brûlures»"]
    );
}

/// OrangeSum's AFP copy lost its line breaks, and with them the intertitle the wire framed
/// with dashes ("…à 04H30.- Régal pour les butineuses -Après un trajet…"): the intertitle
/// heads its section, without its frame, and the paragraphs around it are whole.
#[test]
fn an_agency_intertitle_framed_by_dashes_heads_its_section() {
    let text = article("orangesum_lavande_abeilles_light");
    assert!(
        text.contains("## Régal pour les butineuses\n\nAprès un trajet sans encombre"),
        "{text}"
    );
    assert!(text.contains("le camion s’ébranle à 04H30.\n"), "{text}");
    assert!(!text.contains("butineuses -"), "{text}");
}

#[test]
fn entities_are_decoded_before_typography() {
    let article = Command::cargo_bin("redac")
        .unwrap()
        .args(["rewrite", "fixtures/pages/tf1_finlande_otan_light.txt"])
        .output()
        .unwrap();
    let text = String::from_utf8(article.stdout).unwrap();
    let source = std::fs::read_to_string("fixtures/pages/tf1_finlande_otan_light.txt").unwrap();
    assert!(source.contains("&#"), "the fixture holds entities");
    assert!(
        !text.contains("&#") && !text.contains("&quot") && !text.contains("&amp;"),
        "{text}"
    );
}

#[test]
fn a_page_that_is_all_furniture_is_refused() {
    let page = "Accueil\n\nPolitique\n\nPartager sur Facebook\n\nPartager sur X\n\nPublié le 3 mars 2024 à 10h\n\nArticle réservé aux abonnés\n\nSe connecter\n\nLire aussi\n\n1 sur 2\n";
    Command::cargo_bin("redac")
        .unwrap()
        .arg("rewrite")
        .write_stdin(page)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("no article text"));
}

#[test]
fn stats_structure_prints_every_line_with_its_role_and_reason() {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args([
            "stats",
            "fixtures/pages/tdg_chlorothalonil_noisy.txt",
            "--structure",
        ])
        .output()
        .unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    let line = table
        .lines()
        .find(|l| l.contains("Thème récurrent"))
        .unwrap();
    assert!(line.contains("intertitle"), "{line}");
    let line = table
        .lines()
        .find(|l| l.contains("Articles en relation"))
        .unwrap();
    assert!(
        line.contains("related-link") && line.contains("read-also"),
        "{line}"
    );
}

/// Le Devoir's one-line copy glues a pull quote of its own paragraph, hyphenated for print, to
/// the next paragraph: the quote is said once, the next paragraph's sentence gets its full stop
/// back, and the run says what it left out.
#[test]
fn a_pull_quote_printed_twice_is_said_once() {
    let text = article("ledevoir_bfmtv_boycott_light");
    assert_eq!(text.matches("On sait que la totalité").count(), 1, "{text}");
    assert!(!text.contains("semainesLes") && !text.contains("extrê-mement"));
    assert!(text.contains("Les journalistes de la chaîne ont été régulièrement pris à partie"));
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args(["rewrite", "fixtures/pages/ledevoir_bfmtv_boycott_light.txt"])
        .output()
        .unwrap();
    let messages = String::from_utf8_lossy(&output.stderr);
    assert!(
        messages.contains("left out 1 sentence(s) the source prints twice"),
        "{messages}"
    );
}

#[test]
fn a_legend_a_text_browser_prints_twice_is_no_paragraph() {
    // Le Monde as w3m dumps it: each picture's alternative text and title end to end, then
    // the legend with its credit; and the ordinal's superscript as "1^er".
    let le_monde = article("lemonde_insultes_presidents_w3m");
    for legend in [
        "le 30\u{a0}mars\u{a0}2023.",
        "Pierre Messmer",
        "Armand Fallieres",
    ] {
        assert!(!le_monde.contains(legend), "{legend} left in:\n{le_monde}");
    }
    assert!(le_monde.contains("Le 1er\u{a0}avril\u{a0}1963, un étudiant en droit"));
    assert!(le_monde.contains("## 1963\u{a0}: Charles de Gaulle placardisé\n\nLe 1er"));
    // Le Point as lynx dumps it: the alternative text without its accents, the legend, and
    // the date the wrap joined to them.
    let stats = stats("lepoint_blackstone_lynx");
    let legend = with_role(&stats, "caption");
    assert!(
        legend
            .iter()
            .any(|l| l.starts_with("Binome. Stephen Schwarzman")),
        "{legend:?}"
    );
    let le_point = article("lepoint_blackstone_lynx");
    assert!(!le_point.contains("Binôme") && !le_point.contains("Binome"));
    assert!(le_point.contains("au 44e étage"));
}

#[test]
fn a_subheading_the_table_of_contents_listed_above_is_no_repeat() {
    // Linternaute as html2text converts it: the page's table of contents lists "Florent
    // Pagny quitte The Voice", and the article's subheading says it again; it was dropped as
    // a line already seen.
    let pagny = article("linternaute_pagny_html2text");
    assert!(
        pagny.contains("## Florent Pagny quitte The Voice\n\nAprès une ultime saison"),
        "{pagny}"
    );
    // The table's own entries are not the article.
    assert!(!pagny.contains("Savoir Aimer\n"), "{pagny}");
}

#[test]
fn a_table_of_contents_left_as_plain_lines_is_navigation() {
    // Linternaute as a scraper dumped it: the "Sommaire" is ten plain lines under the chapô,
    // no bullet to say they are a list. Its questions ("Qui est Azucena Camano ?") read as
    // prose, and the article began there: two entries were body paragraphs under headings
    // made of two others, and "Florent Pagny quitte The Voice", an entry said again as the
    // subheading it announces, was dropped as a line already seen.
    let stats = stats("linternaute_pagny_noisy");
    let navigation = with_role(&stats, "navigation");
    for entry in [
        "La tournée menacée ?",
        "Qui est Azucena Camano ?",
        "Les enfants de Florent Pagny",
    ] {
        assert!(navigation.iter().any(|l| l == entry), "{navigation:?}");
    }
    let pagny = article("linternaute_pagny_noisy");
    assert!(!pagny.contains("Qui est Azucena Camano ?\n"), "{pagny}");
    assert!(
        pagny.contains("## Florent Pagny quitte The Voice\n\nAprès une ultime saison"),
        "{pagny}"
    );
    // Under its headline, the article opens on the chapô (without its label in capitals),
    // then the update under it.
    let opening: Vec<&str> = pagny.split("\n\n").skip(1).take(2).collect();
    assert!(opening[0].starts_with("Atteint d’un cancer"), "{pagny}");
    assert!(
        opening[1].starts_with("Florent Pagny de retour à Paris"),
        "{pagny}"
    );
}

#[test]
fn the_sentence_a_paywall_cut_off_is_not_the_articles_end() {
    // Le Point keeps the rest of its report for subscribers: the page shows the start of the
    // next sentence, cut mid-word ("dans un grand s…"), as scraped and as lynx dumps it.
    for page in ["lepoint_blackstone_noisy", "lepoint_blackstone_lynx"] {
        let le_point = article(page);
        assert!(!le_point.contains("grand s"), "{page}:\n{le_point}");
        assert!(
            le_point
                .trim_end()
                .ends_with("qu’il doit à l’ancien président Jacques Chirac."),
            "{page}:\n{le_point}"
        );
    }
}

#[test]
fn a_sentence_left_without_its_end_by_a_dropped_link_is_taken_out() {
    // BFMTV as a scraper kept it: each link's text gone, a space left before the full stop.
    let article = article("bfmtv_macron_majorite_light");
    assert!(!article.contains("Cette réforme est une"), "{article}");
    assert!(!article.contains("Actuellement"), "{article}");
    // A sentence that lost only its complement still says what it said.
    assert!(
        article.contains("il ne souhaitait pas utiliser"),
        "{article}"
    );
    assert!(article.contains("Nous avons une majorité solide."));
}

#[test]
fn a_page_from_a_reading_service_keeps_its_underlined_intertitles_and_metadata() {
    // franceinfo's page as Jina's Reader returns it: an envelope ("Title:", "URL Source:",
    // "Published Time:", "Markdown Content:") above the page in Markdown whose headline and
    // intertitles are underlined. Read as plain text, the underlines were noise, the
    // journalist's three intertitles were dropped and headings composed in their place.
    let stats = stats("francetv_darmanin_ldh_jina");
    assert_eq!(
        with_role(&stats, "intertitle"),
        [
            "Le ministre reproche à la Ligue des droits de l'homme ses \"actions\" à Sainte-Soline",
            "La Ligue des droits de l'homme répond sur ce recours et sur son financement",
            "L'opposition de gauche vole au secours de l'organisation",
        ]
    );
    // The envelope is no line of the page, and the page's lines keep their numbers.
    let structure = stats["structure"].as_array().unwrap();
    assert!(structure.iter().all(|b| {
        let text = b["text"].as_str().unwrap();
        !text.starts_with("Title:") && !text.starts_with("URL Source")
    }));
    assert_eq!(structure[0]["line"], 8);
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args(["rewrite", "fixtures/pages/francetv_darmanin_ldh_jina.txt"])
        .output()
        .unwrap();
    let written = String::from_utf8(output.stdout).unwrap();
    assert!(written.contains("\ndate: \"2023-04-06\"\n"), "{written}");
    assert!(
        written.contains("\nsource_url: \"https://www.francetvinfo.fr/politique/"),
        "{written}"
    );
    assert!(
        written.contains("\n## L’opposition de gauche vole au secours de l’organisation\n"),
        "{written}"
    );
}

#[test]
fn a_reading_services_page_without_its_headline_is_titled_by_its_envelope() {
    // TVA Nouvelles' page as a reading service may give it, its `<h1>` left out: the title is
    // the envelope's, without the site's name, where the structure's guess among the menus
    // was "Gaétan Barrette : populaires dans Ma région".
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args([
            "rewrite",
            "fixtures/pages/tvanouvelles_sante_quebec_jina_no_h1.txt",
        ])
        .output()
        .unwrap();
    let written = String::from_utf8(output.stdout).unwrap();
    assert!(
        written.contains("\ntitle: \"Santé Québec\u{a0}: opération risquée\"\n"),
        "{written}"
    );
}

#[test]
fn the_last_paragraph_under_an_embed_is_the_articles() {
    // 20 Minutes: the union's post, then the notice of its blocked player ("L‘accès à ce
    // contenu a été bloqué…"), then the article's last paragraph, alone before the related
    // headlines. A run of one paragraph joins no article by itself; under an embed it does.
    for page in [
        "20minutes_morgan_large_noisy",
        "20minutes_morgan_large_pandoc",
    ] {
        let text = article(page).replace('\u{a0}', " ");
        assert!(
            text.contains("Cela a-t-il « favorisé un sentiment d’impunité"),
            "{page}: {text}"
        );
        // The post and the notice stay out, as the related headlines under it.
        assert!(
            !text.contains("TOTAL SOUTIEN") && !text.contains("J‘ACCEPTE"),
            "{page}"
        );
        assert!(!text.contains("Rassemblement en soutien"), "{page}");
    }
}

#[test]
fn a_feed_records_headline_over_its_address_and_a_lowercase_credit() {
    // 20 minutes Suisse as its feed record is copied: a time stamp, the headline with the
    // story's address on the line under it, then one element a line; a reader's picture is
    // credited "20min/lecteur-reporter" on a line of its own.
    let stats = stats("20minch_starlink_debris");
    assert_eq!(role_of(&stats, "«On n'a aucune garantie"), "title");
    assert_eq!(role_of(&stats, "https://www.20min.ch/"), "navigation");
    assert_eq!(role_of(&stats, "20min/lecteur-reporter"), "credit");
    assert_eq!(
        with_role(&stats, "intertitle"),
        [
            "Un trou dans un toit en Floride",
            "«Ces combustions ont un impact encore inconnu»"
        ]
    );
}

/// Fred Cavazza's blog post, its page's text one block a line (fixtures/comments/: it fails
/// `check` on its title's keyphrase, which fixtures/pages/ may not): the readers wrote more
/// than any run of the article, under WordPress's "21 commentaires sur « … »", and their run
/// was taken for the article's, the article's own far above it left out.
#[test]
fn a_blogs_article_is_looked_for_above_its_comments() {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args([
            "stats",
            "fixtures/comments/fredcavazza_pwa_dump.txt",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let stats: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        role_of(&stats, "Pourquoi les applications natives ne doivent plus"),
        "title"
    );
    for start in [
        "J’espère ne rien vous apprendre",
        "Les lecteurs les plus attentifs",
        "Nous sommes maintenant en 2017",
    ] {
        assert_eq!(role_of(&stats, start), "body", "{start:?}");
    }
    assert_eq!(role_of(&stats, "21 commentaires sur"), "comments");
    for start in [
        "Merci pour cet article.",
        "Les PWA c’est intéressant",
        "Fred Cavazza Analyses",
    ] {
        let role = role_of(&stats, start);
        assert!(
            !matches!(role.as_str(), "body" | "intertitle"),
            "{start:?} kept as {role}"
        );
    }
}

/// `redac rewrite -` on `text`, no front matter: the article's Markdown.
fn rewrite_stdin(text: &str) -> String {
    let output = Command::cargo_bin("redac")
        .unwrap()
        .args(["rewrite", "-", "--front-matter", "none"])
        .write_stdin(text)
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

/// Euronews's article as the fixture holds it: clean text, three intertitles.
fn merlu() -> String {
    std::fs::read_to_string("fixtures/pages/euronews_merlu_clean.txt").unwrap()
}

/// Euronews's article (clean text, three intertitles) with each intertitle written by `mark`.
fn merlu_with_intertitles(mark: impl Fn(&str) -> String) -> String {
    let page = merlu();
    MERLU_INTERTITLES.iter().fold(page, |page, intertitle| {
        page.replace(intertitle, &mark(intertitle))
    })
}

const MERLU_INTERTITLES: [&str; 3] = [
    "Une ressource indispensable pour toute une économie locale",
    "La situation reste critique en Méditerranée",
    "Comment réagissent les pêcheurs ?",
];

/// The article's H2 headings.
fn headings(article: &str) -> Vec<&str> {
    article
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .collect()
}

#[test]
fn a_drafts_intertitles_marked_in_markdown_under_a_plain_headline_are_its_headings() {
    // Piped on standard input, the headline plain, only the intertitles marked: read as text,
    // "## …" was a hashtag's trace and "**…**" a related link, both dropped.
    for (mark, article) in [
        (
            "##",
            rewrite_stdin(&merlu_with_intertitles(|t| format!("## {t}"))),
        ),
        (
            "**",
            rewrite_stdin(&merlu_with_intertitles(|t| format!("**{t}**"))),
        ),
    ] {
        let headings: Vec<String> = headings(&article)
            .iter()
            .map(|h| h.replace('\u{202f}', " "))
            .collect();
        for intertitle in MERLU_INTERTITLES {
            assert!(
                headings.iter().any(|h| h == intertitle),
                "{mark}: {intertitle:?} not a heading: {headings:?}"
            );
        }
        assert!(!article.contains("**"), "{mark}: marks left:\n{article}");
    }
}

#[test]
fn intertitles_in_capitals_are_headings_in_sentence_case() {
    // "LA SITUATION RESTE CRITIQUE EN MÉDITERRANÉE": every word capitalised made a 2–4-word
    // line a name, so a signature, and the line was dropped; the heading keeps the proper
    // noun's capital as the body writes it.
    let article = rewrite_stdin(&merlu_with_intertitles(str::to_uppercase));
    let headings = headings(&article);
    for intertitle in MERLU_INTERTITLES {
        assert!(
            headings
                .iter()
                .any(|h| h.replace('\u{202f}', " ") == intertitle),
            "{intertitle:?} not a heading: {headings:?}"
        );
    }
}

#[test]
fn an_interviews_question_is_a_heading_without_its_dialogue_dash() {
    let article = rewrite_stdin(&merlu_with_intertitles(|t| format!("— {t}")));
    let headings = headings(&article);
    assert!(
        headings.iter().any(|h| h.starts_with("Comment réagissent")),
        "{headings:?}"
    );
    assert!(headings.iter().all(|h| !h.starts_with('—')), "{headings:?}");
}

#[test]
fn a_paragraph_over_a_photo_credit_is_a_legend_only_when_legend_sized() {
    // A credit under a legend of one sentence takes the legend with it; under the article's
    // paragraph of two long sentences (its legend lost by the copy), or under its last
    // paragraph ("© AFP" closing the article), it takes nothing.
    let page = merlu();
    let legend = "Un chalutier dans le port de Vigo, en Espagne, le 3 mars 2023.";
    let quoted = "Nous dépendons tous du merlu";
    let lesson = "Une action précoce permet d’éviter des problèmes plus complexes";
    let page = page
        .replacen(
            "\n\nEn 2001,",
            &format!("\n\n{legend}\n\n© AFP / Jean Dupont\n\nEn 2001,"),
            1,
        )
        .replacen(
            "second du navire de pêche espagnol Eixil.\n",
            "second du navire de pêche espagnol Eixil.\n\nPhoto : Jean Dupont / AFP\n",
            1,
        );
    assert!(page.contains("Eixil.\n\nPhoto : Jean Dupont"));
    // The article's last paragraph taken off: the one before it, two sentences, ends it.
    let last = page.trim_end().rfind("\n\n").unwrap();
    let page = format!("{}\n\n© AFP\n", &page[..last]);
    let article = rewrite_stdin(&page);
    assert!(!article.contains("chalutier"), "{article}");
    assert!(article.contains(quoted), "{article}");
    assert!(article.contains(lesson), "{article}");
    assert!(!article.contains("AFP"), "{article}");
    // The article cut after a paragraph of one sentence, and the credit under it.
    let page = merlu();
    let last = "de façon impressionnante.";
    let cut = page.find(last).unwrap() + last.len();
    let article = rewrite_stdin(&format!("{}\n\nPhoto : Jean Dupont / AFP\n", &page[..cut]));
    assert!(
        article.contains("les populations de merlu ont aujourd’hui rebondi"),
        "{article}"
    );
}

#[test]
fn a_label_in_capitals_before_the_headline_is_no_part_of_the_title() {
    // "VIDÉO. Le merlu…": the headline with its label read as two sentences, no headline;
    // the title was then made of the chapô.
    let page = merlu();
    for label in ["VIDÉO. ", "[VIDÉO] "] {
        let output = Command::cargo_bin("redac")
            .unwrap()
            .args(["rewrite", "-", "--report", "/dev/stdout", "-o", "/dev/null"])
            .write_stdin(format!("{label}{page}"))
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        let title = report["title"].as_str().unwrap();
        assert!(
            title.contains("merlu") && !title.contains("VIDÉO"),
            "{label}: {title}"
        );
    }
}
