//! Every role on real lines: short page excerpts from the development corpus (several
//! outlets), each block's role checked after the whole stage has run, so place and context
//! count as they do on a full page.

use super::*;
use crate::reading::{Block, Hint};

/// The role given to the block that starts with `start`.
fn role_of(article: &Article, start: &str) -> Role {
    article
        .blocks
        .iter()
        .find(|b| b.text.starts_with(start))
        .unwrap_or_else(|| panic!("no block starts with {start:?}"))
        .role
}

fn analyse_text(text: &str) -> Article {
    analyse(&Page::from_text(text))
}

/// A page of blocks with the hints an HTML page's markup would give them.
fn hinted_page(blocks: &[(&str, Option<Hint>)]) -> Page {
    Page {
        metadata: Default::default(),
        blocks: blocks
            .iter()
            .enumerate()
            .map(|(line, (text, hint))| Block {
                line: line + 1,
                last_line: line + 1,
                text: text.to_string(),
                hint: *hint,
            })
            .collect(),
    }
}

const PROSE_A: &str = "Avant d’exploser cette saison en Betclic Elite avec Boulogne-Levallois (21 points et 9,7 rebonds de moyenne), Victor Wembanyama évoluait à l’Asvel.";
const PROSE_B: &str = "Son ancien président à Villeurbanne, Tony Parker, regrette encore son départ vers les Mets, qui ne disputent pas de Coupe d'Europe cette saison.";
const PROSE_C: &str = "Pendant que le club villeurbannais est la lanterne rouge de la compétition phare, à deux journées de la fin, Victor Wembanyama brille en championnat de France.";
const PROSE_D: &str = "Le regret, c’est que je ne sais pas s’il a vraiment progressé cette saison et s’il s’amuse vraiment en ne jouant qu’un match par semaine, a confié Tony Parker.";

/// A page in the shape of a sports article: rubric, headline, chapô, byline, share bar,
/// photo, body with an intertitle and an embedded post, then related headlines.
fn sports_page() -> Article {
    let page = [
        "Accueil",
        "Sport",
        "Basket : « Je ne sais pas si Victor Wembanyama a vraiment progressé », lâche Tony Parker",
        "Le président de l’Asvel estime que son club aurait pu « accrocher le top 8 de l’Euroligue » en conservant cette saison le phénomène de 19 ans.",
        "Jérémy Laugier",
        "Publié le 03/04/23 à 11h27",
        "0 commentaire 8 partages",
        "Partager sur Facebook",
        "Victor Wembanyama sous le maillot de Boulogne-Levallois. — CHRISTOPHE SAIDI/SIPA",
        PROSE_A,
        PROSE_B,
        "Putback dunk off his own stepback 3 🤯 https://t.co/ARkuLYGsAI pic.twitter.com/fXgjzrIAmO",
        "— NBA (@NBA) April 2, 2023",
        "« L’Euroligue l’aurait bien préparé, comme Doncic »",
        PROSE_C,
        PROSE_D,
        "Sport",
        "Betclic Elite : Tony Parker « ne comprend pas » la décision de Victor Wembanyama de quitter l’Asvel",
        "À lire aussi",
        "Basket : Visite ministérielle, « déception » et dunk décisif, la soirée…",
        "PUBLICITÉ",
        "Précédent",
        "1 sur 2",
    ];
    analyse_text(&page.join("\n\n"))
}

#[test]
fn the_article_is_kept_title_standfirst_intertitle_body() {
    let article = sports_page();
    assert_eq!(role_of(&article, "Basket : « Je ne sais pas"), Role::Title);
    assert_eq!(
        role_of(&article, "Le président de l’Asvel"),
        Role::Standfirst
    );
    assert_eq!(role_of(&article, "« L’Euroligue"), Role::Intertitle);
    for prose in [PROSE_A, PROSE_B, PROSE_C, PROSE_D] {
        assert_eq!(role_of(&article, prose), Role::Body, "{prose}");
    }
    assert_eq!(article.paragraphs.len(), 5, "the chapô and four paragraphs");
    assert_eq!(
        article.paragraphs[3].intertitle.as_deref(),
        Some("« L’Euroligue l’aurait bien préparé, comme Doncic »")
    );
}

#[test]
fn furniture_gets_its_role() {
    let article = sports_page();
    let expected = [
        ("Accueil", Role::Navigation),
        ("Sport", Role::Kicker),
        ("Jérémy Laugier", Role::Byline),
        ("Publié le 03/04/23", Role::Dateline),
        ("0 commentaire", Role::Comments),
        ("Partager sur Facebook", Role::Share),
        ("Victor Wembanyama sous le maillot", Role::Caption),
        ("Putback dunk", Role::EmbeddedPost),
        ("— NBA (@NBA)", Role::EmbeddedPost),
        ("Betclic Elite : Tony Parker", Role::RelatedLink),
        ("À lire aussi", Role::RelatedLink),
        ("Basket : Visite ministérielle", Role::RelatedLink),
        ("PUBLICITÉ", Role::Ad),
        ("Précédent", Role::Navigation),
        ("1 sur 2", Role::Navigation),
    ];
    for (start, role) in expected {
        assert_eq!(role_of(&article, start), role, "{start}");
    }
}

#[test]
fn a_paywall_ends_the_article_and_notices_after_it_are_dropped() {
    let page = [
        "Sophie Binet met en garde Emmanuel Macron sur la « gravité » de la situation",
        PROSE_A,
        PROSE_B,
        "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
        PROSE_C,
        PROSE_D,
        "Conformément à la loi du 06/01/1978, vous disposez d’un droit d’accès et de rectification.",
        "EN DIRECT – Réforme des retraites : des manifestations sauvages en cours",
        "Publier un nouveau commentaire",
        "Lecture du Monde en cours sur un autre appareil.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Il vous reste"), Role::Paywall);
    assert_ne!(role_of(&article, PROSE_C), Role::Body);
    assert_eq!(role_of(&article, "Conformément à la loi"), Role::Legal);
    assert_eq!(role_of(&article, "EN DIRECT"), Role::LiveTimestamp);
    assert_eq!(
        role_of(&article, "Publier un nouveau commentaire"),
        Role::Comments
    );
    assert_eq!(role_of(&article, "Lecture du Monde"), Role::Paywall);
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn datelines_calls_to_action_and_repeats() {
    let page = [
        "Le pape François hospitalisé pour une bronchite",
        "30/03/2023 15:23 Actualisé le 30/03/2023 15:26",
        "Paris / La Gazette",
        PROSE_A,
        "Voir le tweet",
        PROSE_B,
        "Le pape François hospitalisé pour une bronchite",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "30/03/2023"), Role::Dateline);
    assert_eq!(role_of(&article, "Paris / La Gazette"), Role::Dateline);
    assert_eq!(article.outlet.as_deref(), Some("La Gazette"));
    assert_eq!(role_of(&article, "Voir le tweet"), Role::CallToAction);
    let repeats: Vec<_> = article
        .blocks
        .iter()
        .filter(|b| b.role == Role::Repeated)
        .collect();
    assert_eq!(repeats.len(), 1);
}

#[test]
fn a_comment_form_past_the_articles_end_is_not_body() {
    // La Tribune de Genève: the article, its date and related links, then the comment form.
    let form = "Nous vous invitons ici à donner votre point de vue, vos informations, vos arguments. Nous vous prions d’utiliser votre nom complet, la discussion est plus authentique ainsi.";
    let blocks = [
        ("Le chlorothalonil interdit en Suisse", Some(Hint::Title)),
        (PROSE_A, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        (PROSE_C, Some(Hint::Body)),
        ("Créé: 12.12.2019, 07h36", None),
        ("Articles en relation", Some(Hint::Furniture)),
        ("Publier un nouveau commentaire", Some(Hint::Intertitle)),
        (form, Some(Hint::Body)),
    ];
    let article = analyse(&hinted_page(&blocks));
    assert_ne!(role_of(&article, "Nous vous invitons"), Role::Body);
    // A review that speaks to its reader under its last intertitle keeps that paragraph.
    let advice = "Pensez-y quand vous regarderez le prochain bulletin météo, où la vitesse des vents sera exprimée en kilomètres par heure, et non en mètres par seconde.";
    let review = [
        "Le chlorothalonil interdit en Suisse",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        "Les unités de mesure",
        advice,
    ];
    let article = analyse_text(&review.join("\n\n"));
    assert_eq!(role_of(&article, "Pensez-y"), Role::Body);
}

/// programme-tv.net (newspaper's fixture): the story's last paragraph, under a related link,
/// names the show its subject was on ("invitée de C à vous") once in a hundred words: the
/// story's, not a notice speaking to the reader; a notice after it still goes.
#[test]
fn a_paragraph_that_names_a_show_once_is_no_reader_tail() {
    let last = "Suite à ses déclarations, l’actrice a été accusée sur les réseaux sociaux de racisme. Elle était invitée de C à vous sur France 5 et a répondu à ses accusateurs tout en éludant la question, créant un malaise sur le plateau. Voyant le malaise s’installer, Anne-Sophie Lapix a immédiatement lancé un nouveau magnéto. Pas sûr que ces explications suffisent à calmer la polémique, qui enfle depuis une semaine sur les réseaux sociaux et dans la presse.";
    let notice = "Vous devez être connecté pour commenter. Se connecter";
    let blocks = [
        ("Accusée de racisme, l’actrice répond", Some(Hint::Title)),
        (PROSE_A, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        (">>> Oscars 2016 : les acteurs appellent au boycott", None),
        (PROSE_C, Some(Hint::Body)),
        (">>> L’actrice voit du racisme anti-blanc", None),
        (last, Some(Hint::Body)),
        (notice, None),
    ];
    let article = analyse(&hinted_page(&blocks));
    assert_eq!(role_of(&article, "Suite à ses déclarations"), Role::Body);
    assert_ne!(role_of(&article, "Vous devez être connecté"), Role::Body);
}

#[test]
fn a_line_marked_as_a_link_is_a_related_link() {
    // franceinfo puts ">>" before its links to other articles, between paragraphs.
    let link =
        ">> Japon : \"le sushi-terro\" ou comment une blague est devenue un scandale sanitaire";
    let page = [
        "Au Japon, les petits cadeaux faits aux centenaires",
        PROSE_A,
        link,
        PROSE_B,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, ">> Japon"), Role::RelatedLink);
}

#[test]
fn a_publication_stamp_is_a_dateline_whatever_words_surround_it() {
    // Orange Actualités' stamp, between the related links and the article.
    let stamp = "Orange avec AFP-Services, publié le samedi 07 septembre 2019 à 11h22";
    let page = [
        "Au moins cinq décès liés aux cigarettes électroniques",
        stamp,
        PROSE_A,
        PROSE_B,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Orange avec"), Role::Dateline);
    assert!(super::holds_time_of_day("le 06/04/2023 13:44"));
    assert!(super::holds_time_of_day("publié à 9 h 05"));
    assert!(!super::holds_time_of_day("Le 14 juillet, 300 personnes"));
}

#[test]
fn a_credit_line_makes_the_short_line_above_it_a_legend() {
    let page = [
        "Le journaliste Edwy Plenel accuse la réalisatrice Maïwenn de violences",
        PROSE_A,
        "L'actrice Maïwenn lors de la 74e édition du Festival de Cannes, le 13 juillet 2021.",
        "AFP/Valery Hache",
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "L'actrice Maïwenn"), Role::Caption);
    assert_eq!(role_of(&article, "AFP/Valery Hache"), Role::Credit);
}

#[test]
fn a_page_that_ends_on_its_headline_or_is_empty_is_read_without_panic() {
    for text in [
        "",
        "Un titre de quatre mots",
        "Accueil\n\nUn titre de quatre mots ?",
    ] {
        let article = analyse_text(text);
        let blocks = Page::from_text(text).blocks.len();
        assert_eq!(
            article.blocks.len(),
            blocks,
            "{text:?}: every block has a role"
        );
    }
}

#[test]
fn a_breadcrumb_cut_short_is_not_the_headline_it_shortens() {
    // Le Journal de Montréal: the breadcrumb's last item, then the headline in full.
    let page = [
        "Accueil",
        "International",
        "Un adolescent palestinien tué dans...",
        "Un adolescent palestinien tué dans un raid militaire israélien en Cisjordanie",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        role_of(&article, "Un adolescent palestinien tué dans un raid"),
        Role::Title
    );
    assert_ne!(
        role_of(&article, "Un adolescent palestinien tué dans..."),
        Role::Title
    );
}

/// The Coin Tribune's page opens on the site's slogan, which shares the lede's words
/// ("Bitcoin", "crypto"), then the breadcrumb, then the headline: the headline is under the
/// breadcrumb, and the slogan above it is no rubric.
#[test]
fn the_headline_is_under_the_breadcrumb() {
    let page = [
        "Bitcoin, Ethereum & Crypto Actualités",
        "Accueil › Actualités › Actualités Bitcoin ›",
        "Elle utilise Bitcoin pour soutenir l’État Islamique : 13 ans de prison",
        "Par Joe PINASI Publié le 25 mars 2020 à 09:00",
        "Cryptomonnaie et État islamique, Bitcoin et terrorisme se mélangent mal. Zoobia Shahnaz n’oubliera peut-être pas cette leçon à laquelle elle pourra réfléchir pendant les 13 prochaines années de sa vie.",
        "A en croire l’acte d’accusation original émis contre Zoobia Shahnaz en décembre 2017, la jeune femme aurait trompé de nombreuses institutions financières pour obtenir plus de 85 000 dollars.",
        "Il a également été prouvé que la jeune Américaine a accédé à des sites internet liés à l’État islamique, à des pages de médias sociaux, à la messagerie de recruteurs.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Elle utilise Bitcoin"), Role::Title);
    assert_eq!(role_of(&article, "Accueil ›"), Role::Navigation);
    assert_ne!(role_of(&article, "Bitcoin, Ethereum"), Role::Kicker);
    assert_eq!(article.kicker, None);
}

/// Le Monde's header: rubrics, headline, chapô, then the signature right over the stamp. A
/// signature no family knows ("…, membre de la rédaction") is still no headline over the
/// stamp: the headline is the headline-shaped line that speaks of the lede.
#[test]
fn a_signature_over_the_stamp_is_no_headline() {
    for signature in [
        "Par Rémi Barroux(Melle, Sainte-Soline (Deux-Sèvres), envoyé spécial)",
        "Par Rémi Barroux, membre de la rédaction",
        "Rémi Barroux, envoyé spécial à Melle",
    ] {
        let page = [
            "Planète",
            "Ressources naturelles",
            "Après le lourd bilan humain de la manifestation de Sainte-Soline, le temps des interrogations",
            "Quelques jours après la mobilisation contre la bassine de Sainte-Soline, émaillée de violents affrontements, les collectifs organisateurs s’interrogent sur les formes d’action mises en œuvre.",
            signature,
            "Publié hier à 09h09, modifié à 11h29",
            "Dans les rangs des associations opposées aux mégabassines, il y a d’abord une certaine unanimité : les violences qui ont émaillé la manifestation du samedi 25 mars contre la réserve d’eau de Sainte-Soline, dans les Deux-Sèvres, seraient le fait principalement des gendarmes qui se sont déployés en masse pour empêcher l’accès à l’ouvrage, toujours en construction.",
            "Mais le lourd bilan de cette mobilisation pose question. On dénombre 200 blessés chez les manifestants, dont 40 grièvement touchés, ainsi que 47 gendarmes atteints.",
        ];
        let article = analyse_text(&page.join("\n\n"));
        assert_eq!(
            role_of(&article, "Après le lourd bilan"),
            Role::Title,
            "{signature}"
        );
        // The chapô is kept, as the chapô or, this close to the lede, as its first paragraph.
        let chapo = role_of(&article, "Quelques jours après");
        assert!(
            matches!(chapo, Role::Standfirst | Role::Body),
            "{signature}: {chapo:?}"
        );
        assert_ne!(role_of(&article, signature), Role::Title, "{signature}");
    }
}

/// Le Monde's header, with a promotion between the chapô and the byline: the line over the
/// stamp speaks of nothing the body opens on, and the headline higher up, which does, is
/// the headline.
#[test]
fn a_promotion_over_the_stamp_is_no_headline() {
    let page = [
        "Planète",
        "Après le lourd bilan humain de la manifestation de Sainte-Soline, le temps des interrogations",
        "Quelques jours après la mobilisation contre la bassine de Sainte-Soline, émaillée de violents affrontements, les collectifs organisateurs s’interrogent sur les formes d’action mises en œuvre.",
        "Offre spéciale : 1€ le premier mois",
        "Par Rémi Barroux",
        "Publié hier à 09h09, modifié à 11h29",
        "Dans les rangs des associations opposées aux mégabassines, il y a d’abord une certaine unanimité : les violences qui ont émaillé la manifestation du samedi 25 mars contre la réserve d’eau de Sainte-Soline, dans les Deux-Sèvres, seraient le fait principalement des gendarmes qui se sont déployés en masse pour empêcher l’accès à l’ouvrage, toujours en construction.",
        "Mais le lourd bilan de cette mobilisation pose question. On dénombre 200 blessés chez les manifestants, dont 40 grièvement touchés, ainsi que 47 gendarmes atteints.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Après le lourd bilan"), Role::Title);
    assert_ne!(role_of(&article, "Offre spéciale"), Role::Title);
}

/// The same header over a lede that shares a word with the promotion ("…à partir du premier
/// avril", "1€ le premier mois"): the headline above, over its chapô, speaks more of the
/// body, and stays the headline (a synthetic article, as the probes of stop 85 wrote it).
#[test]
fn a_promotion_sharing_a_word_with_the_lede_is_no_headline() {
    let page = [
        "Économie",
        "Assurance chômage : le gouvernement durcit les règles d’indemnisation dès le printemps",
        "La ministre du Travail a présenté mardi une réforme qui réduit la durée d’indemnisation des demandeurs d’emploi de moins de cinquante-sept ans.",
        "Offre spéciale : 1€ le premier mois",
        "Par Jean Dupont",
        "Publié le 12 juin 2023 à 10h30",
        "Le décret sera publié dans les prochains jours et s’appliquera aux nouveaux inscrits à partir du premier avril, a précisé la ministre devant la presse. La durée maximale d’indemnisation passera de dix-huit à quinze mois pour la plupart des allocataires.",
        "Les syndicats ont immédiatement dénoncé une réforme injuste de l’assurance chômage. « C’est une attaque directe contre les plus fragiles », a déclaré la secrétaire générale de la CGT.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Assurance chômage"), Role::Title);
    assert_eq!(
        role_of(&article, "La ministre du Travail"),
        Role::Standfirst
    );
    assert_ne!(role_of(&article, "Offre spéciale"), Role::Title);
}

/// A headline that shares one word with the lede ("incendie"), over its chapô and a
/// promotion that shares none, set over the byline: the line over the byline was the
/// headline for lack of a line sharing two words (a synthetic article, as the probes of stop
/// 85 wrote it).
#[test]
fn a_headline_sharing_a_word_outdoes_the_promotion_over_the_byline() {
    let page = [
        "Économie",
        "Lyon : un incendie ravage un immeuble de la Croix-Rousse, une trentaine de familles relogées",
        "Le feu s’est déclaré dans la nuit de samedi à dimanche au troisième étage d’un immeuble ancien. Deux personnes ont été légèrement blessées.",
        "Offre spéciale : 1€ le premier mois",
        "Par Jean Dupont",
        "Publié le 12 juin 2023 à 10h30",
        "L’alerte a été donnée peu après deux heures du matin par un voisin qui a aperçu des flammes s’échapper d’une fenêtre. Une soixantaine de sapeurs-pompiers ont été mobilisés pour venir à bout de l’incendie, maîtrisé vers cinq heures.",
        "« On a entendu des cris, puis l’odeur de fumée a envahi la cage d’escalier », raconte Mehdi, un habitant du quatrième étage, encore sous le choc.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Lyon : un incendie"), Role::Title);
    assert_eq!(role_of(&article, "Le feu s’est déclaré"), Role::Standfirst);
    assert_ne!(role_of(&article, "Offre spéciale"), Role::Title);
}

/// A paragraph of three sentences over a credit whose legend the copy lost is the article's,
/// not the photo's legend; a sentence over a credit is the legend.
#[test]
fn three_sentences_over_a_credit_are_no_legend() {
    let paragraph = "Mais le lourd bilan de cette mobilisation pose question. On dénombre 200 blessés chez les manifestants. Deux blessés étaient toujours mardi soir dans le coma.";
    let legend =
        "Lors de la manifestation contre la mégabassine de Sainte-Soline, le 25 mars 2023.";
    for (above, kept) in [(paragraph, true), (legend, false)] {
        let page = [
            "Après le lourd bilan humain de la manifestation de Sainte-Soline, le temps des interrogations",
            "Dans les rangs des associations opposées aux mégabassines, il y a d’abord une certaine unanimité : les violences qui ont émaillé la manifestation du samedi 25 mars contre la réserve d’eau de Sainte-Soline, dans les Deux-Sèvres, seraient le fait principalement des gendarmes.",
            above,
            "© AFP / Yohan Bonnet",
            "Les organisateurs, Les Soulèvements de la Terre, Bassines non merci et la Confédération paysanne, mais aussi leurs nombreux soutiens, ont pris conscience a posteriori des risques encourus par les milliers de participants.",
            "Samedi soir, dans le petit bourg de Melle, où se déroulait un festival de l’eau, les visages étaient tirés et les esprits troublés par les scènes de guerre vécues un peu plus tôt.",
        ];
        let article = analyse_text(&page.join("\n\n"));
        let role = role_of(&article, above);
        assert_eq!(role == Role::Body, kept, "{above}: {role:?}");
    }
}

#[test]
fn a_chapo_without_its_full_stop_under_the_headline_is_no_intertitle() {
    // 20 Minutes prints its chapô without a full stop, right above the lede.
    let chapo = "Aucun civil n’a été blessé ou tué durant le raid, précise le commandement militaire américain pour le Moyen-Orient";
    let page = [
        "Syrie : Responsable d’attaques en Europe, un chef de Daesh tué par une frappe américaine",
        chapo,
        PROSE_A,
        PROSE_B,
        "Des soldats américains déployés dans le Nord-Est syrien",
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Aucun civil"), Role::Standfirst);
    // A short line there still opens the prose as its first intertitle.
    let page = [
        "Syrie : un chef de Daesh tué",
        "Ce qu’il faut savoir",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_ne!(role_of(&article, "Ce qu’il faut"), Role::Standfirst);
}

#[test]
fn a_name_alone_above_the_prose_is_its_author_not_a_heading() {
    // TVA Nouvelles: the columnist's name between the share bar and the column.
    let page = [
        "Santé Québec: opération risquée",
        "Antoine Robitaille | Agence QMI",
        "Ajouter aux favoris",
        "Antoine Robitaille",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    let name = article
        .blocks
        .iter()
        .find(|b| b.text == "Antoine Robitaille");
    assert_eq!(name.map(|b| b.role), Some(Role::Byline));
}

#[test]
fn a_box_asking_the_reader_inside_the_article_is_not_a_section() {
    // Tribune de Genève: the "report an error" box between two paragraphs of the article.
    let blocks = [
        (
            "Le chlorothalonil sera interdit dès 2020 en Suisse",
            Some(Hint::Title),
        ),
        (PROSE_A, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        ("Signaler une erreur", Some(Hint::Intertitle)),
        (
            "Vous voulez communiquer un renseignement ou vous avez repéré une erreur ?",
            Some(Hint::Body),
        ),
        (PROSE_C, Some(Hint::Body)),
        (PROSE_D, Some(Hint::Body)),
    ];
    let article = analyse(&hinted_page(&blocks));
    assert_eq!(role_of(&article, "Vous voulez"), Role::CallToAction);
    assert_eq!(role_of(&article, "Signaler une erreur"), Role::CallToAction);
}

#[test]
fn items_of_a_list_glued_to_the_prose_are_body_not_headings() {
    // L'Internaute: a list set one item a line under the paragraph that announces it, the
    // last item a sentence. The second item opened prose and became a heading; the first,
    // opening none, was dropped as a related headline.
    let announce = "Concernant les revenus pris en compte par la CAF, elle étudie les ressources perçues au cours des trois derniers mois. La caisse des allocations familiales a ainsi établi un forfait logement selon le nombre de personnes qui composent votre foyer :";
    let list = [
        "Si vous êtes seul il atteint 67,84 €",
        "Si vous êtes deux, il s’établit à 135,68 €",
        "A partir de trois personnes composant le foyer, il grimpe à 167,91 €.",
    ];
    let page = format!(
        "RSA 2023 : une nouvelle augmentation\n\n{PROSE_A}\n\n{announce}\n\n{}\n\n{PROSE_B}\n\nComment faire sa demande de RSA auprès de la CAF ?\n\n{PROSE_C}",
        list.join("\n")
    );
    let article = analyse_text(&page);
    assert_eq!(role_of(&article, "Si vous êtes seul"), Role::Body);
    assert_eq!(role_of(&article, "Si vous êtes deux"), Role::Body);
    assert_eq!(
        role_of(&article, "Comment faire sa demande"),
        Role::Intertitle
    );
    // The same lines set apart by blank lines are no list: the second opens the prose.
    let apart = format!(
        "RSA 2023 : une nouvelle augmentation\n\n{PROSE_A}\n\n{announce}\n\n{}\n\n{PROSE_B}",
        list.join("\n\n")
    );
    let article = analyse_text(&apart);
    assert_eq!(role_of(&article, "Si vous êtes deux"), Role::Intertitle);
    // Headlines of other stories glued together, apart from the prose, stay out of it.
    let related = format!(
        "RSA 2023 : une nouvelle augmentation\n\n{PROSE_A}\n\n{PROSE_B}\n\nRetraites : ce qui change au 1er avril\nRetraites : le calendrier des versements\n\n{PROSE_C}\n\n{PROSE_D}"
    );
    let article = analyse_text(&related);
    assert_ne!(role_of(&article, "Retraites : ce qui"), Role::Body);
    assert_ne!(role_of(&article, "Retraites : le calendrier"), Role::Body);
    // Bullets alone make no likeness: L'Internaute's links to footballers' pages, dumped with
    // their bullets right under the article's last paragraph.
    let links = format!(
        "RSA 2023 : une nouvelle augmentation\n\n{PROSE_A}\n\n{PROSE_B}\n\n{PROSE_C}\n* Eden Hazard : palmarès, salaire... Sa bio\n* Kevin De Bruyne : salaire, palmarès... La bio\n\n{PROSE_D}"
    );
    let article = analyse_text(&links);
    assert_ne!(role_of(&article, "* Eden Hazard"), Role::Body);
}

#[test]
fn a_page_dump_menu_gives_neither_headline_nor_bullets() {
    // TF1 Info's page as a text-layout converter (inscriptis) dumps it: the menus first, their
    // items bulleted or not, the headline far below them, the key points bulleted in the body.
    let page = [
        "      Regarder le direct Regarder les JT en direct Regarder votre JT personnalisé",
        "    * Actualité",
        "    * International",
        "    * T'as vu ?",
        "      Le pape François hospitalisé pour une bronchite, son état \"en nette amélioration\"",
        "      Personnalisez votre expérience TF1 Info et créez votre JT rien que pour vous.",
        "  * Le pape François souffre d'une \"bronchite infectieuse\", a annoncé jeudi l'hôpital Gemelli, à Rome, où il est pris en charge depuis mercredi.",
        "Toutefois, le pontife reçoit un traitement antibiotique qui a permis une \"nette amélioration\" de son état de santé lors des dernières heures.",
        "Les nouvelles rassurantes se succèdent. Alors que l'hospitalisation du pape François, mercredi soir, avait fait craindre le pire, le Vatican a rassuré.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Le pape François hospitalisé pour une bronchite, son état \"en nette amélioration\"")
    );
    assert_ne!(role_of(&article, "* T'as vu"), Role::Title);
    assert_ne!(role_of(&article, "* International"), Role::Kicker);
    // The bullet was the page's markup: the paragraph is the text after it.
    assert!(article
        .paragraphs
        .iter()
        .any(|p| p.text.starts_with("Le pape François souffre")));
    assert!(!article.paragraphs.iter().any(|p| p.text.starts_with('*')));
}

#[test]
fn a_headline_that_asks_under_the_menus_is_the_headline() {
    // L'Internaute dumped as text: the menus' labels, then the headline, a question, which
    // ends like a sentence and so opens the body run.
    let page = [
        "Moteur de recherche Rechercher",
        "Se connecter S'inscrire",
        "Achraf Hakimi accusé de viol : sa femme prend la parole, où en est l'enquête ?",
        "La femme du défenseur marocain Achraf Hakimi, accusé de viol et mis en examen, a pris la parole ce lundi 27 mars.",
        "Mis en examen pour viol, Achraf Hakimi n'est pas pour le moment sous la menace d'une incarcération ou d'une quelconque restriction de liberté.",
        PROSE_A,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        role_of(&article, "Achraf Hakimi accusé de viol"),
        Role::Title
    );
}

#[test]
fn a_slogan_far_above_sharing_two_words_by_chance_is_not_the_headline() {
    // Le Parisien's page copied whole from a browser: the site's slogan shares "Paris…" and
    // "direct…" with the lede by the first five letters; the headline, thirty lines below,
    // shares most of its words.
    let mut page = vec![
        "Menu",
        "Le Parisien : Actualités en direct et info en continu",
    ];
    let menus = [
        "Journal",
        "Se connecter",
        "À la une",
        "En continu",
        "Faits divers",
    ];
    page.extend(menus.iter().cycle().take(25));
    page.extend([
        "Le journaliste Edwy Plenel accuse la réalisatrice Maïwenn Le Besco de violences dans un restaurant",
        "Le cofondateur de Mediapart a déposé une plainte en mars dans laquelle il raconte que la comédienne lui a renversé la tête en arrière.",
        "Par Le Parisien avec AFP",
        "Edwy Plenel accuse Maïwenn Le Besco de l’avoir agressé dans un restaurant à Paris fin février.",
        "Dans sa plainte déposée le 7 mars, le président et directeur de publication de Mediapart relate que le 22 février, alors qu’il dînait, une femme lui a tiré les cheveux.",
        PROSE_C,
    ]);
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Le journaliste Edwy Plenel"), Role::Title);
    assert_ne!(role_of(&article, "Le Parisien :"), Role::Title);
}

#[test]
fn teasers_far_above_the_article_are_not_its_prose() {
    // Le Monde dumped by lynx: a menu's teasers, each headline joined by the wrap to its
    // photo's caption, read as two paragraphs of prose a hundred blocks above the article.
    let mut page = vec![
        "Nitrites dans les charcuteries : un plan d’action sous-dimensionné L’Assemblée nationale, à Paris, le 20 mars 2023. L’Assemblée nationale, à Paris, le 20 mars 2023.",
        "Le « parlementarisme rationalisé », cet outil de la Vᵉ République qui vise à renforcer l’exécutif, est de moins en moins toléré Une charge de la police, dans les rues de Paris, le 23 mars 2023. Une charge de la police, dans les rues de Paris, le 23 mars 2023.",
    ];
    let menus = [
        "* Culture",
        "+ Cinéma",
        "+ Télévision",
        "+ Livres",
        "+ Musiques",
    ];
    page.extend(menus.iter().cycle().take(60));
    page.extend([
        "Wembanyama : Tony Parker regrette son départ de l’Asvel",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        PROSE_D,
    ]);
    let article = analyse_text(&page.join("\n\n"));
    assert_ne!(role_of(&article, "Nitrites"), Role::Body);
    assert_ne!(role_of(&article, "Le « parlementarisme"), Role::Body);
    assert_eq!(
        article.title.as_deref(),
        Some("Wembanyama : Tony Parker regrette son départ de l’Asvel")
    );
}

#[test]
fn of_two_lines_sharing_as_many_words_the_one_above_the_article_is_the_headline() {
    // Le Monde dumped by w3m: a teaser of the menus shares as many words with the lede as
    // the headline over the article does.
    let mut page = vec!["Victor Wembanyama à l’Asvel : le regret de Tony Parker, une semaine"];
    let menus = [
        "• Culture",
        "• Cinéma",
        "• Télévision",
        "• Livres",
        "• Musiques",
    ];
    page.extend(menus.iter().cycle().take(30));
    page.extend([
        "Basket : Tony Parker regrette le départ de Victor Wembanyama",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ]);
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Basket : Tony Parker regrette le départ de Victor Wembanyama")
    );
}

#[test]
fn a_piece_of_a_sentence_a_converter_set_apart_is_no_intertitle() {
    // Orange's article in trafilatura's Markdown: a quotation's words split off their
    // sentence, opening on a lowercase word and left on an opening guillemet.
    let page = [
        "Casimir : mort de Patrick Bricard, l'interprète de François",
        PROSE_A,
        "Parmi eux, le fils de Patrick Bricard, Benjamin, a tenu à remercier l'ancien collaborateur de son père pour ce «",
        "très joli message» : «",
        PROSE_B,
        "iPhone 15 : les nouveautés",
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_ne!(role_of(&article, "très joli"), Role::Intertitle);
    // A name that opens in lowercase still heads its section.
    assert_eq!(role_of(&article, "iPhone 15"), Role::Intertitle);
}

#[test]
fn teasers_under_the_comments_are_not_the_article() {
    // Le Figaro dumped by inscriptis: under the comments, a read-also box of headlines, each
    // with its teaser in prose ("ENQUÊTE - …"), the run the article's own prose would make.
    let mut page = vec![
        "Attaque à l’épée à Londres: un enfant de 14 ans tué, un suspect arrêté",
        "Selon un témoin cité par la presse britannique, un homme muni d’un sabre a enfoncé une maison avec une camionnette avant de se précipiter sur les deux agents au nord-est de Londres, un mort et plusieurs blessés.",
        "Deux policiers ont été attaqués à Londres ce mardi, à Hainault dans l'est de la ville. Sur des images circulant sur les réseaux sociaux, on voit un homme à la courte barbe, revêtu d’un sweat à capuche jaune et tenant à la main une grande lame que la police qualifie d’«épée», se précipiter sur les deux agents.",
        "Un homme de 36 ans armé d'une épée a été arrêté peu après «et est actuellement en détention», a indiqué la police. «Il a été atteint par un pistolet à impulsion électrique (...) et arrêté 22 minutes après» le premier appel à la police.",
        "Sur les réseaux sociaux, des vidéos non vérifiées circulent où l’on voit un homme légèrement barbu, vêtu d'un pantalon noir et d'un sweat à capuche jaune, épée en main, marchant de façon erratique devant des maisons, tandis que des voitures de police encadrent la scène.",
    ];
    page.extend([
        "Aucune information sur le \"suspect\" ???????",
        "Lire les 81 commentaires",
        "À lire aussi",
        "Prises à leur propre piège, les universités américaines ont toutes les difficultés à reprendre le contrôle de leurs campus",
        "ENQUÊTE - Ces institutions, qui enseignent volontiers les théories les plus radicales sur l’identité ou sur la race, ont vu leurs étudiants retourner contre elles ces discours en les appliquant, parfois extrêmement violemment, au conflit israélo-palestinien.",
        "«Le califat est la solution» : en Allemagne, la classe politique vent debout après une manifestation d'islamistes",
        "Un millier de personnes ont appelé à l’instauration d’un califat à Hambourg en Allemagne. L’association organisatrice, proche des Frères musulmans, a déjà fait parler d’elle lors de précédentes démonstrations de rue.",
        "Regarder la vidéo",
        "F-14 hors d’âge, nouveaux missiles balistiques, drones tueurs : que pèse militairement l'Iran face à Israël ?",
        "DÉCRYPTAGE - Malgré les sanctions économiques, l’Iran a développé ces dernières décennies une structure militaire concentrée sur un arsenal puissant de missiles et de drones.",
    ]);
    let article = analyse_text(&page.join("\n\n"));
    for teaser in ["ENQUÊTE", "Un millier", "DÉCRYPTAGE"] {
        assert_ne!(role_of(&article, teaser), Role::Body, "{teaser}");
    }
    assert_eq!(role_of(&article, "Sur les réseaux sociaux"), Role::Body);
}

#[test]
fn one_word_under_the_headline_is_its_rubric_not_an_opening_intertitle() {
    // Le Monde's article copied from Firefox's reader view: the magazine's and the section's
    // names glued under the headline, above the chapô.
    let page = "Le cœur à l’outrage des Français : Macron mal traité, Hollande insulté, Sarkozy offensé…\nM le mag\nPolitique\n\nAprès avoir qualifié Emmanuel Macron d’« ordure » sur les réseaux sociaux, une quinquagénaire a été visée par une plainte et risque 12 000 euros d’amende. Les présidents de la République sont régulièrement traités de noms d’oiseaux par leurs concitoyens.\n\nArticle réservé aux abonnés\n\n2023 : Emmanuel Macron insulté\n\nLe 24 mars, une quinquagénaire, résidente de Saint-Martin-lez-Tatinghem (Pas-de-Calais), a eu la surprise de voir débarquer à son domicile trois policiers qui l’ont placée en garde à vue. Son tort ? Avoir traité, sur sa page Facebook, Emmanuel Macron d’« ordure ». Une plainte a été déposée par la sous-préfecture du département pour « outrage à personne dépositaire de l’autorité publique » et « injure au président de la République ». Le procès est prévu le 20 juin. La femme risque 12 000 euros d’amende.\n";
    let article = analyse_text(page);
    assert_ne!(role_of(&article, "Politique"), Role::Intertitle);
    assert_eq!(role_of(&article, "2023"), Role::Intertitle);
}

#[test]
fn a_label_glued_above_a_question_leaves_it_the_intertitle() {
    // L'Internaute copied from a browser: each section's label glued above its question.
    let page = format!(
        "Achraf Hakimi accusé de viol : sa femme prend la parole\n\n{PROSE_A}\n\n{}",
        "\"J'ai eu besoin de temps pour digérer ce choc\", explique l'actrice très connue en Espagne. \"Sur certaines questions ou sujets sensibles le silence peut être favorable\", expliquant avoir besoin de reprendre sa \"vie personnelle, publique et professionnelle de la manière la moins dommageable et traumatisante possible\". Après avoir pris la décision de se séparer légalement et de cesser de vivre ensemble, en attendant la procédure de divorce, qui aurait imaginé qu'en plus de la douleur bien connue qu'entraîne une séparation, et d'accepter le chagrin que l'échec d'un projet entraîne, un projet dans lequel je m'étais donné corps et âme, je devrais affronter cette ignominie. Il reste à faire confiance à la bonne conduite de la justice, surtout compte tenu de la gravité de l'accusation\", poursuit elle sans concession pour l'ancien joueur de l'Inter Milan. \"Il va sans dire que dans ma vie j'ai toujours été et serai toujours du côté des victimes\". Elle conclut son communiqué en appelant au respect de sa vie privée et celle de ses deux enfants mineurs, compte tenu des \"circonstances délicates\". Elle remercie tous ceux qui lui ont \"montré leur soutien, leur affection et mon respect\".\n\nHakimi accusé de viol\nQue sait-on des accusations de viol contre Achraf Hakimi ?\n\nSelon Le Parisien, les faits se seraient déroulés le samedi 25 février, à Boulogne-Billancourt (Hauts-de-Seine). C'est là qu'habite le footballeur, tout près du Parc des Princes. Après une discussion engagée sur Instagram le 16 janvier et qui durait depuis plusieurs semaines, Achraf Hakimi aurait commandé un VTC à la jeune femme pour qu'elle se rende à son domicile. Mais les choses auraient mal tourné, a-t-elle expliqué. Le joueur de 24 ans aurait embrassé sa bouche et ses seins de force, en lui soulevant ses vêtements. Il aurait, toujours selon ses dires relayées par Le Parisien, procédé à une pénétration digitale sans son consentement. Elle serait finalement parvenue à le repousser, avant de quitter les lieux.\n\nOù en est l'enquête ?\n\nAucune plainte n'a été déposée contre Achraf Hakimi. La jeune femme qui incrimine le footballeur et a témoigné le 26 février auprès du commissariat de Nogent-sur-Marne (Val-de-Marne) n'a pas souhaité engager de procédure, se contentant d'une \"déclaration de viol\". La justice s'est pourtant autosaisie de l'affaire au regard du récit de la victime présumée. Les déclarations de la victime présumée seraient suffisamment étayées pour caractériser ce qui est inscrit dans la loi comme un crime. Le dossier, ouvert par le parquet de Créteil (Val-de-Marne), est désormais entre les mains de celui de Nanterre."
    );
    let article = analyse_text(&page);
    assert_eq!(role_of(&article, "Que sait-on"), Role::Intertitle);
    assert_ne!(role_of(&article, "Hakimi accusé de viol"), Role::Intertitle);
    assert_eq!(role_of(&article, "Où en est"), Role::Intertitle);
    // The same page as a scraper gave it: a blank line between the label and its question.
    let scraped = page.replace(
        "Hakimi accusé de viol\nQue sait-on",
        "Hakimi accusé de viol\n\nQue sait-on",
    );
    assert_ne!(scraped, page);
    let article = analyse_text(&scraped);
    assert_eq!(role_of(&article, "Que sait-on"), Role::Intertitle);
    assert_eq!(role_of(&article, "Hakimi accusé de viol"), Role::Navigation);
    assert_eq!(role_of(&article, "Où en est"), Role::Intertitle);
}

#[test]
fn a_line_left_on_a_preposition_is_no_intertitle() {
    // Le Monde dumped by w3m: the photo's legend, printed twice and cut by the page itself,
    // above the section's prose.
    let page = [
        "Le cœur à l’outrage des Français : Macron mal traité, Hollande insulté, Sarkozy offensé…",
        PROSE_A,
        "2008 : Nicolas Sarkozy offensé",
        "Nicolas Sarkozy, le 28 août 2008, à Laval, en Nicolas Sarkozy, le 28 août 2008, à Laval, en",
        "Le 28 août 2008, Nicolas Sarkozy est reçu, lors d’un déplacement à Laval (Mayenne), par un militant du Parti de gauche brandissant une pancarte.",
        PROSE_B,
        "Et après ?",
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_ne!(
        role_of(&article, "Nicolas Sarkozy, le 28"),
        Role::Intertitle
    );
    assert_eq!(role_of(&article, "Et après"), Role::Intertitle);
}

#[test]
fn a_forms_message_above_the_lede_is_no_opening_intertitle() {
    // Tribune de Genève dumped by lynx: the error-report form above the article ends on its
    // message, right above the lede.
    let page = format!(
        "Berne interdit désormais le chlorothalonil\n\n{}",
        "\x20  [BUTTON Input] (not implemented)_______\n\
         \x20  Veuillez SVP entrez une adresse e-mail valide\n\
         \n\
         \x20  Le chlorothalonil sera interdit dès 2020 en Suisse. L'Office fédéral de\n\
         \x20  l'agriculture (OFAG) retire immédiatement de la circulation ce\n\
         \x20  fongicide et considère la substance comme «probablement» cancérigène.\n\
         \n\
         \x20  Ce retrait est réalisé dans le cadre du programme de réexamen des\n\
         \x20  anciens produits phytosanitaires. Une centaine de substances ont déjà\n\
         \x20  été réexaminées à ce jour, précise l'OFAG jeudi dans un communiqué. A"
    );
    let article = analyse_text(&page);
    assert_ne!(role_of(&article, "Veuillez SVP"), Role::Intertitle);
    assert_eq!(role_of(&article, "Le chlorothalonil sera"), Role::Body);
}

#[test]
fn without_a_line_sharing_two_words_the_one_sharing_a_word_is_the_headline() {
    // Le Point dumped by w3m: the menus' first headline-shaped label and the headline each
    // share one word with the lede ("Point", "Blackstone"); the headline stands above it.
    let mut page = vec![
        "Couverture du Point N° 2645",
        "Boutique le Point",
        "Crédit d'impôt Abonnement Numéro de la semaine Hors-séries Anciens numéros",
    ];
    let menus = ["• Politique", "• International", "• Économie", "• Culture"];
    page.extend(menus.iter().cycle().take(12));
    page.extend([
        "Réservé aux abonnés",
        "Au cœur de Blackstone, chez les seigneurs de Wall Street",
        "REPORTAGE. Le fonds d’investissement le plus secret de la planète, qui frôle les 1 000 milliards de dollars sous gestion, a ouvert ses portes au « Point ».",
        "De notre envoyé spécial à New York, François Miguet",
        "Binome. Stephen Schwarzman (a dr.), 76 ans, PDG et cofondateur de Blackstone, a tenu a ce que son numero deux et probable successeur, Jonathan Gray, 53 ans, soit photographie a son cote, au siege du fonds d'investissement, au 345 Park Avenue (Manhattan), le 23 janvier.",
        "Quand un journaliste français rend visite à un patron américain, c'est un classique : il est accueilli avec un tonitruant « Bonnnjour ! ». Stephen Schwarzman, PDG de Blackstone, le fonds de capital-investissement le plus puissant de la planète, ne fait pas exception.",
    ]);
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Au cœur de Blackstone, chez les seigneurs de Wall Street")
    );
}

#[test]
fn a_headline_above_its_unstopped_chapo_stays_the_headline() {
    // The chapô under it shares more words with the lede for being longer.
    let page = [
        "Menu Accueil Sport",
        "Wembanyama brille à Boulogne",
        "Avant d’exploser cette saison en Betclic Elite avec Boulogne-Levallois, Victor Wembanyama évoluait à l’Asvel, où Tony Parker regrette encore son départ vers les Mets",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Wembanyama brille à Boulogne")
    );
}

#[test]
fn a_quoted_headline_under_a_rubric_sharing_its_topic_is_the_headline() {
    // Reporterre: the genre and the rubric, the interview's headline, its label, the stamp,
    // the rubric again, the chapô.
    let page = [
        "Entretien — Science et citoyens",
        "Jacques Testart : « Il faut un contrôle citoyen de l’activité de recherche »",
        "Entretien avec Jacques Testart",
        "17 mai 2017 à 09h49 Mis à jour le 19 mai 2017 à 13h35",
        "Science et citoyens",
        "Les conséquences des innovations technoscientifiques sont dorénavant souvent brutales et dramatiques. Face au déni de responsabilité des chercheurs, Jacques Testart défend l’émergence d’« espaces d’intelligence collective » où les citoyens puissent réfléchir et échanger sur des sujets d’importance générale.",
        "Jacques Testart est un pionnier des méthodes de procréation assistée (il fut l’un des pères scientifiques d’Amandine, le premier bébé éprouvette français, né au début des années 1980). Depuis plusieurs années, il se consacre à la question de la démocratie dans la technique.",
        PROSE_A,
        PROSE_B,
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Jacques Testart : « Il faut un contrôle citoyen de l’activité de recherche »")
    );
}

#[test]
fn short_lines_glued_under_a_read_also_label_are_links() {
    // L'Internaute copied whole from a browser: the related pages' headlines come one a
    // line, without bullets, under the label; the questions end like sentences.
    let page = [
        "Achraf Hakimi accusé de viol : sa femme prend la parole, où en est l'enquête ?",
        "La femme du défenseur marocain Achraf Hakimi, accusé de viol et mis en examen, a pris la parole ce lundi 27 mars.",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        "Autour du même sujet\n\
         Dani Alves accusé de viol : des détails de l'agression dévoilés, de la prison pour le Brésilien ? > Guide\n\
         Football\n\
         Eden Hazard : palmarès, salaire... Sa bio\n\
         Kevin De Bruyne : salaire, palmarès... La bio\n\
         Memphis Depay : tatouages, célébration... Qui est l'attaquant néerlandais ?\n\
         Marco Verratti : salaire, femme... La bio\n\
         Jorginho : palmarès, Ballon d'Or... Tout savoir sur l'international italien\n\
         Ferland Mendy : salaire, numéro... Qui est le latéral gauche des Bleus ?\n\
         Thibaut Courtois : Coupe du monde, Ballon d'Or... Qui est le gardien belge ?\n\
         Patrice Evra : biographie courte, dates, citations\n\
         Anthony Taylor : salaire, Christian Eriksen... Qui est l'arbitre anglais ?\n\
         Christian Pulisic : Coupe du monde, salaire... Qui est la star américaine ?\n\
         Blaise Matuidi : biographie courte, dates, citations\n\
         Danny Makkelie : salaire, Cristiano Ronaldo... Qui est l'arbitre néerlandais ?\n\
         Kasper Schmeichel : Coupe du monde, père... Qui est le gardien danois ?\n\
         Sergio Busquets : salaire, Coupe du monde... Qui est le milieu espagnol ?\n\
         Wissam Ben Yedder : palmarès, salaire... Tout savoir sur l'attaquant\n\
         Julian Nagelsmann : salaire, palmarès ... Qui est l'entraineur du Bayern Munich ?\n\
         Brice Samba : âge, origine ... Qui est le nouveau gardien de l'équipe de France ?\n\
         Jean-Clair Todibo : blessure, origines ... Qui est le défenseur de l'OGC Nice ?\n\
         Illan Meslier : salaire, taille... Qui est le gardien de Leeds ?\n\
         Khéphren Thuram : âge, père, origines... Sa bio\n\
         Wesley Fofana : origines, blessures... Sa bio\n\
         Robin Le Normand : pourquoi il veut jouer pour l'Espagne, qui est-il ?\n\
         Newsletters",
    ];
    let article = analyse_text(&page.join("\n\n"));
    for link in [
        "Dani Alves",
        "Eden Hazard",
        "Memphis Depay",
        "Ferland Mendy",
        "Robin Le",
    ] {
        assert_eq!(role_of(&article, link), Role::RelatedLink, "{link}");
    }
    assert_eq!(role_of(&article, "Pendant que le club"), Role::Body);
    // A paragraph glued under the label, as one-paragraph-a-line text prints it, is prose.
    let page = [
        "Achraf Hakimi accusé de viol : sa femme prend la parole",
        PROSE_A,
        "À lire aussi",
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, "Son ancien président"), Role::Body);
}

#[test]
fn a_long_list_of_short_items_is_links_not_prose() {
    // L'Internaute dumped as text: under the article, a bulleted list of footballers' pages,
    // each item ending on a question like a sentence.
    let links = [
        "* Memphis Depay : tatouages, célébration... Qui est l'attaquant néerlandais ?",
        "* Ferland Mendy : salaire, numéro... Qui est le latéral gauche des Bleus ?",
        "* Thibaut Courtois : Coupe du monde, Ballon d'Or... Qui est le gardien belge ?",
        "* Anthony Taylor : salaire, Christian Eriksen... Qui est l'arbitre anglais ?",
        "* Christian Pulisic : Coupe du monde, salaire... Qui est la star américaine ?",
        "* Kasper Schmeichel : Coupe du monde, père... Qui est le gardien danois ?",
    ];
    let page = format!(
        "Achraf Hakimi accusé de viol : sa femme prend la parole\n\n{PROSE_A}\n\n{PROSE_B}\n\n{}\n\n{PROSE_C}\n\n{PROSE_D}",
        links.join("\n")
    );
    let article = analyse_text(&page);
    for link in links {
        assert_eq!(role_of(&article, link), Role::RelatedLink, "{link}");
    }
    // A short list, or one of long items (20 Minutes' key points), stays the article's.
    let points = format!(
        "Wembanyama : Tony Parker peiné\n\n* {PROSE_A}\n* {PROSE_B}\n* {PROSE_C}\n* {PROSE_D}\n* {PROSE_A} Encore.\n* {PROSE_B} Encore.\n\n{PROSE_C} Enfin."
    );
    let article = analyse_text(&points);
    assert_eq!(role_of(&article, "* Avant d’exploser"), Role::Body);
}

#[test]
fn a_long_list_a_text_browser_wrapped_is_links_item_by_item() {
    // The same list as w3m dumps it at 80 columns: the long items wrap onto an indented line,
    // and the next item's bullet opens the line after.
    let links = "  • Ferland Mendy : salaire, numéro... Qui est le latéral gauche des Bleus ?\n\
        \x20 • Thibaut Courtois : Coupe du monde, Ballon d'Or... Qui est le gardien\n\
        \x20   belge ?\n\
        \x20 • Patrice Evra : biographie courte, dates, citations\n\
        \x20 • Anthony Taylor : salaire, Christian Eriksen... Qui est l'arbitre anglais ?\n\
        \x20 • Danny Makkelie : salaire, Cristiano Ronaldo... Qui est l'arbitre\n\
        \x20   néerlandais ?\n\
        \x20 • Kasper Schmeichel : Coupe du monde, père... Qui est le gardien danois ?\n\
        \x20 • Julian Nagelsmann : salaire, palmarès ... Qui est l'entraineur du Bayern\n\
        \x20   Munich ?";
    let page = format!(
        "Achraf Hakimi accusé de viol : sa femme prend la parole\n\n{PROSE_A}\n\n{PROSE_B}\n\n{links}\n\n{PROSE_C}\n\n{PROSE_D}"
    );
    let article = analyse_text(&page);
    for link in ["• Ferland", "• Thibaut", "• Patrice", "• Danny", "• Julian"] {
        assert_eq!(role_of(&article, link), Role::RelatedLink, "{link}");
    }
    assert!(article
        .blocks
        .iter()
        .any(|b| b.text.ends_with("Qui est le gardien belge ?")));
}

#[test]
fn the_page_speaking_to_its_reader_around_the_article_is_not_the_article() {
    // TF1 Info dumped as text: a promotion glued above the lede.
    let page = [
        "Le pape François hospitalisé pour une bronchite",
        "Personnalisez votre expérience TF1 Info et créez votre JT rien que pour vous.",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Personnalisez votre"), Role::CallToAction);
    assert_eq!(role_of(&article, "Avant d’exploser"), Role::Body);
    // HuffPost dumped as Markdown: a blocked video's notice between two paragraphs.
    let page = format!(
        "# Grève des éboueurs à Paris\n\n{PROSE_A}\n\n{PROSE_B}\n\nVous ne pouvez pas visionner ce contenu car :\n\n  * Vous avez refusé les cookies associés aux contenus issus de tiers en vous abonnant.\n  * Vous utilisez un bloqueur de publicité. Nous vous conseillons de le désactiver afin d’accéder à nos vidéos.\n\nSi vous n'êtes dans aucun de ces deux cas, contactez-nous à aide@huffingtonpost.fr.\n\n{PROSE_C}\n\n{PROSE_D}"
    );
    let article = analyse_text(&page);
    for notice in [
        "Vous ne pouvez pas visionner",
        "* Vous utilisez un bloqueur",
        "Si vous n'êtes dans aucun",
    ] {
        assert!(!role_of(&article, notice).is_article(), "{notice}");
    }
    assert_eq!(role_of(&article, "Pendant que"), Role::Body);
    // Tribune de Genève as Markdown: the error form's fields right above the article's prose.
    let page = format!(
        "# Berne interdit désormais le chlorothalonil\n\nOrthographe |   \n---|---  \nPonctuation |   \nGrammaire |   \nTechnique |   \n\n{PROSE_A}\n\n{PROSE_B}\n\n{PROSE_C}"
    );
    let article = analyse(&crate::reading::markdown::read(&page));
    assert_ne!(role_of(&article, "Orthographe"), Role::Intertitle);
    // Its share box's heading, marked as a subheading, is the share box.
    let page = format!(
        "# Berne interdit désormais le chlorothalonil\n\n#### Envoyer par e-mail\n\n{PROSE_A}\n\n{PROSE_B}\n\n{PROSE_C}"
    );
    let article = analyse(&crate::reading::markdown::read(&page));
    assert_eq!(role_of(&article, "Envoyer par e-mail"), Role::Share);
    // Le Parisien as trafilatura extracts it: the chapô marked as a subheading is a sentence.
    let chapo = "Le cofondateur de Mediapart a déposé une plainte en mars dans laquelle il raconte que la comédienne lui a renversé la tête en arrière et esquissé un crachat sur son visage.";
    let page = format!(
        "# Le journaliste Edwy Plenel accuse la réalisatrice Maïwenn Le Besco de violences\n\n## {chapo}\n\n{PROSE_A}\n\n{PROSE_B}\n\n{PROSE_C}"
    );
    let article = analyse(&crate::reading::markdown::read(&page));
    assert_ne!(role_of(&article, "Le cofondateur"), Role::Intertitle);
}

#[test]
fn a_notice_the_article_goes_on_under_hides_nothing() {
    // Le Point as trafilatura extracts it: the audio reading's notice between the chapô and
    // the lede cut the whole article.
    let page = [
        "# Disparition du petit Marciano : le corps d'un enfant retrouvé dans la Sèvre",
        "Un garçon autiste âgé de 7 ans est porté disparu depuis dimanche dernier. D'importants moyens ont été déployés pour tenter de le retrouver.",
        "Lecture audio réservée aux abonnés",
        PROSE_A,
        PROSE_B,
    ];
    let article = analyse(&crate::reading::markdown::read(&page.join("\n\n")));
    assert_eq!(role_of(&article, "Avant d’exploser"), Role::Body);
    // A notice with nothing of the article under it still ends it.
    let page = [
        "Wembanyama : Tony Parker peiné",
        PROSE_A,
        PROSE_B,
        "Il vous reste 50.78% de cet article à lire. La suite est réservée aux abonnés.",
        "Vous possédez déjà un compte ?",
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_ne!(role_of(&article, "Pendant que"), Role::Body);
}

#[test]
fn a_list_under_a_read_also_label_is_links() {
    // Le Figaro dumped as text: its recommendations under the last paragraph, a question
    // among them.
    let page = format!(
        "Attaque à l’épée à Londres : un enfant de 14 ans tué\n\n{PROSE_A}\n\n{PROSE_B}\n\n{PROSE_C}\nLa rédaction vous conseille\n* Attaque au couteau en Australie : le « héros » français a officiellement obtenu la nationalité australienne\n* Attaques au couteau : dans quels cas un acte est-il considéré comme « terroriste » par la justice ?\n\n{PROSE_D}"
    );
    let article = analyse_text(&page);
    assert_eq!(role_of(&article, "La rédaction"), Role::RelatedLink);
    assert_eq!(
        role_of(&article, "* Attaques au couteau"),
        Role::RelatedLink
    );
    assert_eq!(
        role_of(&article, "* Attaque au couteau en Australie"),
        Role::RelatedLink
    );
    // BFMTV dumped by lynx: a numbered teaser under "Top Articles", after the article.
    let page = format!(
        "En Allemagne, une IA traque le porno\n\n{PROSE_A}\n\n{PROSE_B}\n\n{PROSE_C}\n\nTop Articles\n\n1. Le préfet de police de Paris Laurent Nunez a annoncé saisir l'IGPN ce vendredi après un enregistrement sonore à Paris le 20 mars."
    );
    let article = analyse_text(&page);
    assert_eq!(role_of(&article, "1. Le préfet"), Role::RelatedLink);
}

proptest::proptest! {
    /// The key of a repeated line is its letters and digits in lowercase, as the former
    /// character-by-character form made it (every ASCII byte among them: each is kept or
    /// dropped by a table).
    #[test]
    fn caseless_keys_are_the_lowercase_letters_and_digits(text in "\\PC*|[aZé É1«»’\\-ΣK\u{212a}İÀÞ×÷ßŒ]{0,30}|[\t -~éÉ]{0,40}") {
        let former: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        proptest::prop_assert_eq!(caseless(&text), former.into_bytes());
    }
}

#[test]
fn the_heading_over_the_lede_of_a_page_without_headline_is_the_headline() {
    // Le Nouvelliste converted to Markdown: the menus' items, then the headline set as `##`
    // (the page has no `#`), its date, and the lede.
    let page = [
        "  * Petites Annonces",
        "  * Contactez nous",
        "  * A propos du Nouvelliste",
        "  * Ecouter Magik9",
        "RECHERCHE",
        "##  L’Etat a payé 1,3 milliard de gourdes de dettes aux compagnies pétrolières ",
        "Publié le 2022-04-26 | lenouvelliste.com ",
        "Le gouvernement règle ses dettes pour que les compagnies pétrolières puissent avoir de la trésorerie pour importer, a assuré une source gouvernementale, alors que des automobilistes font le siège de rares stations d'essence.",
        "« Il y a quelques jours, le gouvernement a réglé une dette de 1,3 milliard de gourdes envers les compagnies pétrolières. Sous peu, il y aura un autre paiement », a poursuivi cette source gouvernementale.",
        "« La BRH a mis des dollars à leur disposition. 97 % des dollars obtenus via les transferts sont mis à la disposition des compagnies pétrolières », a poursuivi cette source.",
    ];
    let article = analyse(&crate::reading::markdown::read(&page.join("\n\n")));
    // A list's item is a menu's link, however many words it has.
    assert_ne!(role_of(&article, "A propos du Nouvelliste"), Role::Title);
    assert_eq!(
        article.title.as_deref(),
        Some("L’Etat a payé 1,3 milliard de gourdes de dettes aux compagnies pétrolières")
    );
    // An intertitle far from the lede, or one that shares nothing with it, stays one.
    let opening = [
        "## Une rencontre attendue",
        "Le gouvernement règle ses dettes pour que les compagnies pétrolières puissent avoir de la trésorerie pour importer, a assuré une source gouvernementale.",
        "« Il y a quelques jours, le gouvernement a réglé une dette de 1,3 milliard de gourdes envers les compagnies pétrolières », a poursuivi cette source.",
    ];
    let article = analyse(&crate::reading::markdown::read(&opening.join("\n\n")));
    assert_eq!(article.title, None);
}

#[test]
fn a_credit_is_no_headline_and_one_shared_word_makes_no_headline_of_the_line_above() {
    // Orange's page as copied: the headline, then its photo's credit sharing words with the
    // lede too.
    let page = [
        "François, le \"grand frère\" de Casimir, est mort",
        "©Capture \"L'Île aux enfants\"",
        "A lire aussi",
        "6Medias, publié le dimanche 27 janvier 2019 à 17h10",
        "Le comédien qui prêtait ses traits à François dans « L'île aux enfants » est décédé à l'âge de 68 ans. Le producteur de l'émission pour enfants lui a rendu hommage.",
        "Le comédien Patrick Bricard, qui jouait le rôle de François dans l'émission pour enfants, est décédé ce dimanche 27 janvier à l'âge de 68 ans.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("François, le \"grand frère\" de Casimir, est mort")
    );
    // Mediapart's page as copied: the menus' "Le Club de Mediapart" a few lines above the
    // headline shares one word with the lede, as the headline does.
    let page = [
        "Le Club de Mediapart",
        "Participez au débat",
        "France Enquête",
        "Employés « larbins » et voitures de luxe : révélations sur un promoteur lyonnais",
        "Rendue publique en janvier, une information judiciaire pour harcèlement moral et abus de biens sociaux vise le promoteur immobilier Hervé Legros.",
        "Mathieu Périsse (Mediacités Lyon)",
        "27 mars 2023 à 12h40",
        "LyonLyon (Rhône).– Jusqu’à peu, Hervé Legros et son entreprise Alila avaient les honneurs des médias. En 2017, un reportage du magazine « Capital », diffusé par M6, offrait une vision plutôt complaisante du patron trentenaire.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Employés « larbins » et voitures de luxe : révélations sur un promoteur lyonnais")
    );
}

#[test]
fn a_list_of_settings_or_of_signed_teasers_is_not_the_article() {
    // Mediapart's paywalled page as a text browser dumps it: the chapô and the lede (150
    // words), then the offer, other stories' teasers each signed "par …", a cookie banner's
    // settings as a list, and the legal notice, each longer than the article.
    let page = include_str!("../../fixtures/pages/mediapart_promoteur_lyonnais_text.txt");
    let article = analyse_text(page);
    let body: Vec<&str> = article
        .blocks
        .iter()
        .filter(|b| b.role == Role::Body)
        .map(|b| b.text.as_str())
        .collect();
    assert!(
        body[0].starts_with("Rendue publique en janvier"),
        "{body:?}"
    );
    assert!(body.iter().any(|b| b.contains("Jusqu’à peu, Hervé Legros")));
    for elsewhere in ["Depuis l’annonce du 49-3", "Typeform", "Capital social"] {
        assert!(
            !body.iter().any(|b| b.contains(elsewhere)),
            "{elsewhere}: {body:?}"
        );
    }
}

/// The key keeps each letter and digit in lowercase and nothing else, a lowercase longer than
/// its capital too, as a character-by-character reading keeps them.
#[test]
fn a_repeat_key_is_the_lowercase_letters_and_digits() {
    let rule = |t: &str| -> Vec<u8> {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .into_bytes()
    };
    for text in [
        "« Titre » de l’Été 2023 !",
        "İİİ a",
        "a İ",
        "",
        "  ,.;",
        "ÀÉÎ ŒUVRE x\u{130}y\u{130}",
    ] {
        assert_eq!(super::caseless(text), rule(text), "{text:?}");
    }
}

/// Bulleted lines glued together are a list's items, kept as such in the article; a lone
/// bulleted line is a paragraph like another.
#[test]
fn the_items_of_a_list_are_marked_as_such() {
    let text = std::fs::read_to_string("fixtures/pages/linternaute_rsa_bulleted.txt").unwrap();
    let article = analyse_text(&text);
    let items: Vec<&str> = article
        .paragraphs
        .iter()
        .filter(|p| p.list_item)
        .map(|p| p.text.as_str())
        .collect();
    // The table of amounts for a couple (its header and four rows, a cell a line in the
    // dump), the three amounts bulleted, then the three documents the page dump indented by a
    // tab.
    assert_eq!(items.len(), 11, "{items:?}");
    assert!(items[0].starts_with("Nombre d'enfant"), "{items:?}");
    assert!(items[5].starts_with("Si vous êtes seul"), "{items:?}");
    assert!(
        items[7].starts_with("A partir de trois personnes"),
        "{items:?}"
    );
    assert!(items[8].starts_with("Un relev"), "{items:?}");
    let lone = "Le gouvernement a présenté lundi son plan pour les retraites devant les syndicats.\n\n- Les syndicats appellent à une nouvelle journée de mobilisation jeudi dans toute la France.\n\nLa CGT a annoncé la date dans un communiqué publié dans la soirée de lundi.";
    let article = analyse_text(lone);
    assert!(article.paragraphs.iter().all(|p| !p.list_item));
}

/// A paragraph of prose that announces the list under it ("Elles visent en particulier :")
/// is the article's, not a headline that opens no prose: a page's markup and its list items
/// around it.
#[test]
fn prose_announcing_a_list_stays_in_the_article() {
    let announce = "Les organisations syndicales reprochent au texte de faire porter l'effort sur les salariés les plus modestes. Elles visent en particulier :";
    let page = hinted_page(&[
        ("Retraites : les syndicats dénoncent trois mesures du plan", Some(Hint::Title)),
        ("Le gouvernement a présenté lundi son plan pour les retraites devant les syndicats réunis à Matignon, qui ont dénoncé trois mesures dans un communiqué commun.", Some(Hint::Body)),
        (announce, Some(Hint::Body)),
        ("la hausse de l'âge légal de départ à 64 ans ; la fin des régimes spéciaux pour les nouveaux embauchés ; la durée de cotisation allongée à 43 annuités dès 2027.", Some(Hint::Body)),
        ("Les syndicats appellent à une nouvelle journée de mobilisation jeudi dans toute la France, a annoncé la CGT dans un communiqué publié dans la soirée.", Some(Hint::Body)),
    ]);
    let article = analyse(&page);
    assert!(
        article
            .paragraphs
            .iter()
            .any(|p| p.text.ends_with("en particulier :")),
        "{:?}",
        article.blocks
    );
}

/// The items of a page's list under the prose announcing it are the article's, however short
/// and unlike sentences ("la hausse de l'âge légal de départ à 64 ans ;"), and stay a list.
#[test]
fn the_items_of_a_list_the_prose_announces_are_the_articles() {
    let page = hinted_page(&[
        ("Retraites : les syndicats dénoncent trois mesures du plan", Some(Hint::Title)),
        ("Le gouvernement a présenté lundi son plan pour les retraites devant les syndicats réunis à Matignon, qui ont dénoncé trois mesures dans un communiqué commun.", Some(Hint::Body)),
        ("Les organisations syndicales reprochent au texte de faire porter l'effort sur les salariés les plus modestes. Elles visent en particulier :", Some(Hint::Body)),
        ("la hausse de l'âge légal de départ à 64 ans ;", Some(Hint::ListItem)),
        ("la fin des régimes spéciaux pour les nouveaux embauchés ;", Some(Hint::ListItem)),
        ("la durée de cotisation allongée à 43 annuités dès 2027.", Some(Hint::ListItem)),
        ("Les syndicats appellent à une nouvelle journée de mobilisation jeudi dans toute la France, a annoncé la CGT dans un communiqué publié dans la soirée.", Some(Hint::Body)),
    ]);
    let article = analyse(&page);
    let items: Vec<&str> = article
        .paragraphs
        .iter()
        .filter(|p| p.list_item)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(items.len(), 3, "{:?}", article.blocks);
    assert!(items[0].starts_with("la hausse"), "{items:?}");
}

/// A list whose every item is a sentence of its own, the points of a summary under a chapô
/// (20 Minutes' "L'essentiel"), is told as paragraphs: none is marked an item.
#[test]
fn a_list_of_whole_sentences_is_told_as_paragraphs() {
    let page = hinted_page(&[
        ("Basket : « Je ne sais pas si Victor Wembanyama a vraiment progressé », lâche Tony Parker", Some(Hint::Title)),
        ("Le président de l’Asvel estime que son club aurait pu « accrocher le top 8 de l’Euroligue » en conservant cette saison le phénomène de 19 ans", Some(Hint::Standfirst)),
        ("Avant d’exploser cette saison en Betclic Elite avec Boulogne-Levallois (21 points et 9,7 rebonds de moyenne), Victor Wembanyama évoluait à l’Asvel.", Some(Hint::ListItem)),
        ("Son ancien président à Villeurbanne, Tony Parker, regrette encore son départ vers les Mets, qui ne disputent pas de Coupe d'Europe.", Some(Hint::ListItem)),
        ("« TP » se demande même si le futur premier choix de la draft NBA « a vraiment progressé cette saison », malgré des chiffres ébouriffants.", Some(Hint::ListItem)),
        ("Les images de la nouvelle claquette dunk stratosphérique réussie par Victor Wembanyama enflamment plus que jamais les réseaux sociaux ce lundi.", Some(Hint::Body)),
    ]);
    let article = analyse(&page);
    let told: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(told.iter().any(|t| t.starts_with("« TP »")), "{told:?}");
    assert!(article.paragraphs.iter().all(|p| !p.list_item), "{told:?}");
}

#[test]
fn a_paragraph_alone_joins_the_article_under_an_embed_only() {
    let last = "Cela a-t-il « favorisé un sentiment d’impunité chez ses agresseurs ? », s’interroge la rédaction de Splann !, qui considère que « ce sabotage est une nouvelle tentative de porter atteinte à la vie et au travail d’enquête de notre collègue et consœur. » « En instillant la peur dans la profession, il participe du climat de menaces qui pèse sur la liberté de la presse », poursuit la rédaction dans un communiqué.";
    let article = |between: &str| {
        analyse_text(&format!(
            "Titre de l’article sur le sabotage\n\n{PROSE_A}\n\n{PROSE_B}\n\n{PROSE_A} {PROSE_B}\n\n{between}\n\n{last}\n\nSociété"
        ))
    };
    // An embedded post and its blocked player's notice: the paragraph goes on with the article.
    let embed = article("— SNJ (@SNJ_national) March 29, 2023\n\nL‘accès à ce contenu a été bloqué afin de respecter votre choix de consentement\n\nEn cliquant sur « J‘ACCEPTE », vous acceptez le dépôt de cookies par des services externes\n\nJ‘ACCEPTE");
    assert_eq!(role_of(&embed, "Cela a-t-il"), Role::Body);
    // Under other furniture (a box of related headlines) a paragraph alone may be a teaser.
    let links = article("À lire aussi\n\n* Bretagne : un rassemblement en soutien à un journal local\n\n* Le directeur d’un hebdomadaire porte plainte");
    assert_ne!(role_of(&links, "Cela a-t-il"), Role::Body);
}

#[test]
fn a_title_line_loses_the_sites_name_but_not_a_name_the_article_speaks_of() {
    let body = "Marine Le Pen et Emmanuel Macron se sont affrontés mercredi soir lors d’un débat télévisé de près de trois heures, suivi par quinze millions de téléspectateurs.";
    let debate = analyse_text(&format!(
        "Présidentielle : le débat de l’entre-deux-tours Macron - Le Pen\n\n{body}\n\n{PROSE_A}"
    ));
    assert_eq!(
        debate.title.as_deref(),
        Some("Présidentielle : le débat de l’entre-deux-tours Macron - Le Pen")
    );
    let insects = analyse_text(&format!(
        "Insectes : avec le réchauffement, les pollinisateurs ont le bourdon - Le Parisien\n\n{PROSE_A}\n\n{PROSE_B}"
    ));
    assert_eq!(
        insects.title.as_deref(),
        Some("Insectes : avec le réchauffement, les pollinisateurs ont le bourdon")
    );
}

#[test]
fn a_copy_of_the_headline_glued_to_a_paragraphs_end_goes() {
    // TF1 Info's description as a scraper keeps it: the headline again behind a label.
    let headline = "Les influenceurs bientôt empêchés de promouvoir boissons sucrées, voyages ou consommation de viande ?";
    let glued = format!("Mais de nombreux amendements ont également été déposés pour prohiber la promotion de voyages. · Politique : {headline}.");
    assert_eq!(
        without_headline_tail(&glued, Some(headline)),
        Some("Mais de nombreux amendements ont également été déposés pour prohiber la promotion de voyages.")
    );
    let article = analyse_text(&format!(
        "{headline}\n\nL’Assemblée nationale étudie une proposition de loi transpartisane visant à lutter contre les dérives des influenceurs sur les réseaux sociaux.\n\n{glued}\n\nLe texte interdirait la promotion d’actes de chirurgie esthétique et soumettrait les influenceurs aux règles de la loi Evin.\n"
    ));
    assert!(
        article
            .paragraphs
            .iter()
            .all(|p| !p.text.contains("Politique")),
        "{:?}",
        article.paragraphs
    );
    // A sentence saying what the headline says, with no label, is the journalist's.
    let said = format!("Les députés en débattent. {headline}");
    assert_eq!(without_headline_tail(&said, Some(headline)), None);
    // A short headline is no copy to look for.
    assert_eq!(
        without_headline_tail("Il pleut. · Météo : Il pleut", Some("Il pleut")),
        None
    );
}

/// AFP frames its intertitles with dashes ("- Régal pour les butineuses -", OrangeSum's
/// copy): the section's intertitle is the words, without the frame; a line that only opens on
/// a bullet keeps its closing dash's words untouched.
#[test]
fn an_agency_intertitle_is_read_without_its_dashes() {
    let text = format!("{PROSE_A}\n\n- Régal pour les butineuses -\n\n{PROSE_B}\n");
    let article = analyse_text(&text);
    assert_eq!(
        role_of(&article, "- Régal pour les butineuses -"),
        Role::Intertitle
    );
    assert_eq!(
        article.paragraphs[1].intertitle.as_deref(),
        Some("Régal pour les butineuses")
    );
    assert_eq!(
        unframed("Régal pour les butineuses -"),
        "Régal pour les butineuses"
    );
    assert_eq!(
        unframed("– Pas de « molécule miracle » –"),
        "Pas de « molécule miracle »"
    );
    assert_eq!(unframed("Le port-à-port"), "Le port-à-port");
    assert_eq!(unframed("Bilan : +3 %-"), "Bilan : +3 %-");
}

/// A short question between paragraphs opens a section in a text without markup; a page
/// whose markup marks its intertitles ("<h2>") marks its paragraphs too, and a question it
/// sets in a paragraph is one (Le Monde, 2019: "Ce tableau général préoccupant donnera-t-il
/// des arguments aux tenants des réformes en zone euro ?").
#[test]
fn a_question_the_markup_sets_in_a_paragraph_stays_one() {
    let question = "Ce tableau général préoccupant donnera-t-il des arguments aux réformateurs ?";
    let text = [PROSE_A, PROSE_B, question, PROSE_C, PROSE_D].join("\n\n");
    assert_eq!(role_of(&analyse_text(&text), question), Role::Intertitle);
    let blocks = [
        ("Les sombres perspectives économiques", Some(Hint::Title)),
        (PROSE_A, Some(Hint::Body)),
        ("L’Italie, le « maillon faible »", Some(Hint::Intertitle)),
        (PROSE_B, Some(Hint::Body)),
        (question, Some(Hint::Body)),
        (PROSE_C, Some(Hint::Body)),
        (PROSE_D, Some(Hint::Body)),
    ];
    assert_eq!(
        role_of(&analyse(&hinted_page(&blocks)), question),
        Role::Body
    );
}

/// Alternatives Économiques: a box set after the article's notes opens on its question, over
/// the prose that answers it. The note above closes the section before; the question heads
/// the box's.
#[test]
fn a_question_under_the_notes_heads_the_box_after_them() {
    let called = "Le temps travaillé en moyenne par les salariés ayant un emploi passe alors à 1 456 heures annuelles pour 2004 (1). Ce n’est pas beaucoup moins que dans les autres pays.";
    let note = "(1) Ces chiffres, ainsi que ceux qui suivent, sont collectés par l’OCDE et Eurostat, et publiés dans les Perspectives de l’emploi de l’OCDE.";
    let question = "Le marché du travail est-il trop rigide ?";
    let answer = "S’il y a du chômage, est-ce parce que le marché du travail ne fonctionne pas comme il conviendrait ? Beaucoup d’économistes, de tendance plutôt libérale, en sont persuadés.";
    let text = [PROSE_A, called, PROSE_B, note, question, answer, PROSE_C].join("\n\n");
    let article = analyse_text(&text);
    assert_eq!(role_of(&article, "(1) Ces chiffres"), Role::Footnote);
    assert_eq!(role_of(&article, question), Role::Intertitle);
}

/// France Culture: the column ends on its signature, then a read-also label, its capital's
/// accent lost, over the blurbs of three reviews, prose each: recommendations, not the
/// column. Without the signature, a label inside the article leaves the prose under it.
#[test]
fn blurbs_under_a_read_also_label_after_the_signature_are_not_the_article() {
    let blurb = "Revue Esprit : Quand le langage travaille. Là où nos sociétés connaissent des tensions, là aussi travaille le langage. Le dossier de décembre se met à son écoute.";
    let signed = [
        "Prendre la parole",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        "Par Jacques Munier",
        "A lire aussi :",
        blurb,
    ];
    let article = analyse_text(&signed.join("\n\n"));
    assert_eq!(role_of(&article, "A lire aussi"), Role::RelatedLink);
    assert_ne!(role_of(&article, "Revue Esprit"), Role::Body);
    let unsigned = [
        "Prendre la parole",
        PROSE_A,
        PROSE_B,
        "A lire aussi :",
        blurb,
        PROSE_C,
    ];
    let article = analyse_text(&unsigned.join("\n\n"));
    assert_eq!(role_of(&article, PROSE_C), Role::Body);
}

#[test]
fn what_stands_under_the_links_to_the_previous_and_next_articles_is_not_the_article() {
    // Le Monde diplomatique's blog: the post, its signature, note, tags and share bar, the
    // pager, then the blog's presentation.
    let page = [
        "Turpitude et architecture",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        PROSE_D,
        "Didier Roy",
        "(1) Hwank Sok-yong, Au soleil couchant, traduit du coréen par Jean-Noël Juttet, éditions Philippe Picquier, Paris, 2017, 176 pages, 17,50 euros.",
        "Asie Censure Littérature Corée du Sud Corée du Nord",
        "Partager cet article /",
        "sur Facebook sur Twitter sur Zinc",
        "←",
        "Article précédent",
        "« Donald Trump et Kim Jong-un se renvoient la bombe »",
        "→",
        "Article suivant",
        "« Bienvenue au pays des sentiments blessés »",
        "Planète Asie",
        "Hier à peine considérée – sauf pour sa composante japonaise –, l’Asie devient l’une des clefs du monde contemporain. Depuis le début du XXIe siècle, le centre de gravité se déplace de l’Occident vers l’Extrême-Orient. Inéluctablement. Cela mérite attention...",
        "Un blog animé par Martine Bulard, rédactrice en chef adjointe du Monde diplomatique, chargée de l’Asie.",
        "En librairie : « L’Occident malade de l’Occident »",
        "Un livre de Martine Bulard et Jack Dion.",
        "Les opinions exprimées dans les blogs du Monde diplomatique n'engagent que leurs auteurs.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, PROSE_D), Role::Body);
    assert_eq!(role_of(&article, "Article suivant"), Role::RelatedLink);
    assert_ne!(role_of(&article, "Hier à peine considérée"), Role::Body);
    assert_ne!(role_of(&article, "Un blog animé par"), Role::Body);
}

#[test]
fn a_posts_text_over_its_signature_is_not_the_article() {
    // Sciences et Avenir: the minister's tweet, its text in two blocks, its signature, in the
    // article's run.
    let page = [
        "Covid-19 et infox : comment une rumeur devient réalité",
        PROSE_A,
        PROSE_B,
        "⚠️ #COVIDー19 | La prise d'anti-inflammatoires (ibuprofène, cortisone, ...) pourrait être un facteur d'aggravation de l'infection. En cas de fièvre, prenez du paracétamol.",
        "Si vous êtes déjà sous anti-inflammatoires ou en cas de doute, demandez conseil à votre médecin.",
        "— Olivier Véran (@olivierveran) March 14, 2020",
        PROSE_C,
        PROSE_D,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "⚠️ #COVIDー19"), Role::EmbeddedPost);
    assert_eq!(role_of(&article, "Si vous êtes déjà"), Role::EmbeddedPost);
    assert_eq!(role_of(&article, PROSE_B), Role::Body);
    assert_eq!(role_of(&article, PROSE_C), Role::Body);
}

#[test]
fn the_headline_over_the_byline_is_the_headline_when_none_shares_the_ledes_words() {
    // Dalloz Actualité: a menu's label far above that shares two words with the essay's
    // opening by chance ("professeur", "judiciaire"), the menu's last labels, the rubric, the
    // headline, the matter, the byline and date, an essay whose opening says nothing the
    // headline says.
    let page = [
        "Profession juridique et judiciaire",
        "> Protection des données",
        "> Publicité – Parrainage – Mécénat",
        "Pénal",
        "Toute la matière",
        "> Atteinte à l'autorité de l'état",
        "> Atteinte à la personne",
        "> Atteinte aux biens",
        "> Circulation et transport",
        "> Criminalité organisée et terrorisme",
        "> Droit pénal des affaires",
        "> Droit pénal général",
        "> Droit pénal international",
        "> Enquête",
        "> Environnement et urbanisme",
        "> Etranger",
        "> Instruction",
        "> Jugement",
        "> Mineur",
        "> Peine et exécution des peines",
        "> Presse et communication",
        "Social",
        "Toute la matière",
        "> Contrat de travail",
        "> Contrôle et contentieux",
        "> Etrangers",
        "> Protection sociale",
        "> Rupture du contrat de travail",
        "> Santé publique",
        "> Temps de travail",
        "> Travailleurs handicapés",
        "Avocat",
        "Toute la matière",
        "> Déontologie",
        "> Formation",
        "> Honoraires",
        "> Organisation de la profession",
        "> Responsabilité professionnelle",
        "Menu",
        "Connexion",
        "Dalloz Actualité",
        "Le quotidien du droit en ligne",
        "Connexion",
        "-A+A",
        "Le droit en débats",
        "Libre cours : Raoult, les nazis et moi",
        "AVOCAT",
        "Par Matthieu Hy le 07 Mai 2020",
        "C’est la guerre. Et pourtant, à moi aussi, la violence me manque. Faute d’audiences, certains s’essaient à la tribune, ce mauvais produit de substitution au tribunal qui consiste à écrire des choses que l’on regrettera plutôt que de les plaider. On traite les juges de nazis, ce qui est exagéré. Ils nous qualifient en retour d’auxiliaires de justice, ce qui est carrément diffamatoire. D’autres confrères profitent de plaisirs simples, comme faire une belote avec leur chauffeur, leur valet de chambre et leur harpiste. D’autres encore tuent le temps en partageant leur vie personnelle sur les réseaux sociaux, celle-là même qui ne nous intéressait déjà pas dans leurs plaidoiries. Les avocats honoraires préparent le jour d’après (le port de la robe sera souhaité). L’avocature est démunie. J’ignore, au passage, si j’ai encore assez d’argent sur mon compte pour me permettre d’employer le mot avocature. Chacun cherche désespérément un combat. Moi-même, je serais probablement en train de clamer mon amour des droits de la défense si je n’étais pas si occupé à lutter contre mes comorbidités. Depuis mon lit, j’ai l’impression que plus rien ne mérite mon indignation. Étrangement, alors que l’enfermement est connu pour favoriser la réinsertion, je ne me suis jamais senti aussi indifférent aux problèmes de la société.",
        "Je fais des efforts pour m’intéresser. Je sais par exemple que le sort des juges n’est pas plus enviable que celui des avocats. Je connais leur dévouement malgré le manque de moyens : pas de masque, pas de gel, pas d’encre. J’admire le risque pris par certains d’aller nous adresser des convocations au cabinet par La Poste plutôt que de les faxer. J’imagine la difficulté d’appliquer le code de procédure pénale nord-coréen sans savoir le lire. Que les magistrats sachent qu’ils peuvent compter sur notre soutien comme nous avons pu compter sur le leur pendant la grève des avocats. Et que dire de ces prisons qu’on vide alors qu’on avait eu tant de mal à les remplir ? Quel gâchis ! Heureusement, l’hémorragie est jugulée par ces prolongations de détention hors débat, hors contradictoire, et peut-être hors la loi.",
        "Le débat scientifique a remplacé le débat judiciaire. Ce n’est pas beau à voir. Un professeur de médecine traite ses collègues de pétainistes, qui le qualifient à leur tour de fou. Quel manque de délicatesse ! Chacun propose sa solution aqueuse. Tout se prescrit. Il paraît que les deux principaux moyens de finir aux urgences sont les gouttelettes et les bavures. Il est recommandé de se voiler la face mais il semble que cela ne fasse pas totalement disparaître le mal. Des moyens plus efficaces arrivent : fichage, traçage, placement en isolement. En toute logique, ces dispositifs seront dans un premier temps limités aux malades du covid soupçonnés de terrorisme avant, éventuellement, d’être étendus à l’état grippal au sein du grand banditisme. Pendant que les grands professeurs rédigent des communiqués superflus, les soignants choisissent un sac poubelle à leur taille. De son côté, le ministre, réévaluant sa doctrine, lance l’opération « un tuba pour intuber » visant à inciter les plagistes à partager leur matériel avec les anesthésistes-réanimateurs. On se croirait dans un autre monde.",
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Libre cours : Raoult, les nazis et moi")
    );
}

#[test]
fn a_headline_ending_on_an_exclaimed_quotation_is_the_headline() {
    // La DH, as the gilets-jaunes corpus holds it: the headline's last mark closes a
    // quotation, and no line stands above it.
    let text = "Le coup de gueule d'un gilet jaune suite aux dérapages : \"Gilets jaunes, réveillez-vous, on est là pour une cause noble !\"\n\nViolences, antisémitisme, homophobie, flicophobie... Le mouvement des gilets jaunes semble infiltré par quelques mouvances nuisibles, qui ont fait beaucoup de bruit ces derniers jours en France.\nIdir Ghanes, gilet jaune présent sur le plateau de Morandini Live, a lancé un appel à ceux qui se revendiquent du mouvement, largement ébranlé ces derniers jours par les débordements.\n";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Le coup de gueule"), Role::Title);
    assert_eq!(role_of(&article, "Idir Ghanes"), Role::Body);
}

#[test]
fn a_comments_link_over_the_story_going_on_ends_nothing() {
    // A share bar's "Commentaires" after the lede (over 100 words above it): the three
    // paragraphs under it tell the story, and were dropped as the readers' comments (a
    // synthetic article, as the probes of stop 85 wrote it).
    let text = "Économie\n\n\
        Assurance chômage : le gouvernement durcit les règles d’indemnisation dès le printemps\n\n\
        La ministre du Travail a présenté mardi une réforme qui réduit la durée d’indemnisation des demandeurs d’emploi de moins de cinquante-sept ans.\n\n\
        Par Jean Dupont\n\n\
        Publié le 12 juin 2023 à 10h30\n\n\
        Le décret sera publié dans les prochains jours et s’appliquera aux nouveaux inscrits à partir du premier avril, a précisé la ministre Catherine Vautrin devant la presse. La durée maximale d’indemnisation passera de dix-huit à quinze mois pour la plupart des allocataires.\n\n\
        Les syndicats ont immédiatement dénoncé une réforme injuste de l’assurance chômage. « C’est une attaque directe contre les plus fragiles », a déclaré Sophie Binet, secrétaire générale de la CGT, qui appelle à une journée de mobilisation le mois prochain.\n\n\
        Commentaires\n\n\
        Le patronat, de son côté, salue une réforme attendue. Selon le Medef, le durcissement des règles doit inciter les chômeurs à reprendre plus rapidement un emploi, dans un marché du travail encore tendu dans plusieurs secteurs.\n\n\
        L’Unédic, qui gère l’assurance chômage, estime que la réforme permettra d’économiser près de trois milliards d’euros par an à partir de 2026. Les économistes restent partagés sur ses effets réels sur le retour à l’emploi des chômeurs de longue durée.\n\n\
        Plusieurs associations de chômeurs ont annoncé leur intention de saisir le Conseil d’État pour contester le décret. Elles dénoncent une réforme adoptée sans véritable concertation avec les partenaires sociaux.\n";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Le patronat"), Role::Body);
    assert_eq!(role_of(&article, "L’Unédic, qui gère"), Role::Body);
    assert_eq!(role_of(&article, "Plusieurs associations"), Role::Body);
    assert_eq!(role_of(&article, "Commentaires"), Role::Comments);
}

#[test]
fn a_readers_comment_speaks_for_its_writer() {
    assert!(super::body::speaks_for_its_writer(
        "Vu les antécédents, un contrôle est assez souhaitable, à mon humble avis de lecteur."
    ));
    assert!(super::body::speaks_for_its_writer(
        "Qu'il en profite aussi pour contrôler les autres cultes ! Ce serait la moindre des choses."
    ));
    assert!(super::body::speaks_for_its_writer(
        "J’ai lu cet article jusqu’au bout."
    ));
    assert!(!super::body::speaks_for_its_writer(
        "« Je ne céderai pas ! », a déclaré la ministre, que M. Dupont a reçue lundi."
    ));
}

#[test]
fn a_comments_heading_after_the_article_ends_it() {
    // Le Soir, as the extractor kept it: the readers' comments under "Vos réactions".
    let text = "Didier Reynders veut mettre les imams sous contrôle\n\n\
        Didier Reynders évoque d’abord le fait que des dirigeants de pays arabes lui rapportent la présence en Belgique d’imams venus de l’étranger, dont le discours inquiète jusque dans leur pays d’origine.\n\n\
        « Au lieu de construire un islam modéré sur notre territoire, on voit apparaître des imams qui prêchent un islam radical », estime le ministre, qui veut vérifier la formation de ceux que l’État rémunère.\n\n\
        Le ministre des Affaires étrangères plaide pour des conditions à la subsidiation du culte musulman, que l’État finance comme les autres cultes reconnus depuis des décennies.\n\n\
        Outre la vérification des formations, le vice-Premier ministre suggère un contrôle des messages délivrés dans les mosquées reconnues, comme cela se fait déjà dans plusieurs pays voisins de la Belgique.\n\n\
        Vos réactions\n\n\
        Qu'il en profite aussi pour mettre sous contrôle ces prêtres qui aiment un peu trop les enfants ! Ce serait la moindre des choses pour un ministre qui parle de contrôle.\n\n\
        Vu les antécédents de la religion d'amour et de paix, un encadrement en inox et un contrôle opéré de main de fer est assez souhaitable, à mon humble avis de lecteur.\n";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Outre la vérification"), Role::Body);
    assert_eq!(role_of(&article, "Vos réactions"), Role::Comments);
    assert_ne!(role_of(&article, "Vu les antécédents"), Role::Body);
    assert_ne!(role_of(&article, "Qu'il en profite"), Role::Body);
}

#[test]
fn a_chapo_without_its_stop_may_stand_under_the_date_and_credit() {
    // La DH: the date and the photo's credit between the headline and the chapô.
    let text = "Budget: l'effort de 2 milliards € confirmé\n\n(26/02/2012)\n\n© Christophe Bortels\n\n\
        Olivier Chastel rencontrera tous ses collègues lundi et mardi matin pour passer en revue leur budget respectif\n\n\
        BRUXELLES Le Comité ministériel restreint qui s'est réuni dimanche a confirmé que l'effort budgétaire à réaliser serait bien de 2 milliards d'euros cette année.\n\n\
        Il a par ailleurs été convenu que le véritable conclave débutera samedi prochain et que chaque ministre présentera ses propositions.\n";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Olivier Chastel"), Role::Standfirst);
}

#[test]
fn a_question_under_a_read_also_box_opens_the_next_section() {
    // L'Internaute as a scraper gave it: a read-also box between two sections, its label and
    // headline, or its label alone (seen before); the question under it is the intertitle.
    let text = "Le ramadan est une question d'injonctions, d'interdits, de règles à respecter, mais aussi un moment de partage pour de nombreux croyants en France.\n\nLa Commission théologique de la Grande Mosquée de Paris tente depuis 2022 un compromis entre les deux méthodes, celle des calculs et celle de l'observation.\n\nLire aussi\n\nTout comprendre au ramadan\n\nC'est quoi le ramadan ?\n\nLe quatrième pilier de l'islam est respecté par de nombreux musulmans pratiquants en France : selon l'Insee, 5 millions de croyants pratiquent le ramadan chaque année dans l'Hexagone.\n\nOn ne connaît ainsi la date de début du mois de ramadan qu'au 29e jour du mois précédent le mois de ramadan, en l'occurrence au 29e jour du mois de chaabane.\n\nLire aussi\n\nQu'est-ce que l'Aïd el-Fitr, fin du ramadan ?\n\nLa fête de l'Aïd el-Fitr est l'une des plus importante pour les musulmans pratiquants. Le mois de Chawwal débute précisément au lendemain du dernier jour du ramadan.";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Tout comprendre"), Role::RelatedLink);
    assert_eq!(role_of(&article, "C'est quoi"), Role::Intertitle);
    assert_eq!(role_of(&article, "Qu'est-ce que"), Role::Intertitle);
}

#[test]
fn a_headline_with_its_full_stop_over_its_byline_and_date_is_the_headline() {
    // Senego as a copy-paste gives it: the headline ends on a full stop, the author's name and
    // the date under it, then the lede.
    let text = "Bassirou Diomaye Faye : L’article 258, héritage colonial, fait débat.\n\nAbdou Nar Dia\n17 juin 2025, 08:50\n\nDe l’époque de Léopold Sédar Senghor à celle de Bassirou Diomaye Faye, la liberté d’expression au Sénégal a connu des fortunes diverses. Sous Senghor, les critiques étaient chuchotées.\n\nL’article 254 du Code pénal, qui punit l’offense au chef de l’État, est toujours en vigueur. Il est hérité de la loi française sur la presse de 1881.";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Bassirou Diomaye Faye :"), Role::Title);
    assert_eq!(role_of(&article, "De l’époque"), Role::Body);
    // A paragraph with no byline under it stays the article's.
    let text = "Le conseil municipal a voté hier soir le budget de la commune pour l’an prochain.\n\nLe maire a salué un budget équilibré, malgré la hausse des prix de l’énergie et des matières premières cette année.";
    let article = analyse_text(text);
    assert_ne!(role_of(&article, "Le conseil municipal"), Role::Title);
}

/// L'Internaute sets a related article's card inside its text, a headline over its teaser,
/// each a line of its own: neither opens a section, and the prose under them goes on with the
/// section above. The teaser alone, a question between paragraphs, still opens one.
#[test]
fn a_related_headline_over_its_teaser_inside_the_article_opens_no_section() {
    let headline = "Qui est Hiba Habouk, la femme de Achraf Hakimi ?";
    let teaser =
        "Accusé de viol, le footballeur marocain est marié avec Hiba Habouk, qui est-elle ?";
    let card = [PROSE_A, PROSE_B, headline, teaser, PROSE_C, PROSE_D].join("\n\n");
    let article = analyse_text(&card);
    assert_eq!(role_of(&article, headline), Role::RelatedLink);
    assert_eq!(role_of(&article, teaser), Role::RelatedLink);
    let under = article.paragraphs.iter().find(|p| p.text == PROSE_C);
    assert_eq!(under.map(|p| p.intertitle.is_none()), Some(true));
    let alone = [PROSE_A, PROSE_B, teaser, PROSE_C, PROSE_D].join("\n\n");
    assert_eq!(role_of(&analyse_text(&alone), teaser), Role::Intertitle);
}

/// La Vie des idées marks its section's heading (`<h3>` "Présentation globale des
/// résultats") and sets a lead-in in italics under it ("Avertissement"): the marked one is
/// the heading, the lead-in part of the section's text.
#[test]
fn a_short_line_under_a_marked_subheading_is_its_lead_in() {
    let blocks = [
        ("Les sombres perspectives économiques", Some(Hint::Title)),
        (PROSE_A, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        ("Présentation globale des résultats", Some(Hint::Intertitle)),
        ("Avertissement", Some(Hint::Body)),
        (PROSE_C, Some(Hint::Body)),
        (PROSE_D, Some(Hint::Body)),
    ];
    let article = analyse(&hinted_page(&blocks));
    assert_eq!(role_of(&article, "Avertissement"), Role::Body);
    let lead_in = article
        .paragraphs
        .iter()
        .find(|p| p.text == "Avertissement");
    assert_eq!(
        lead_in.and_then(|p| p.intertitle.as_deref()),
        Some("Présentation globale des résultats")
    );
}

/// 20 minutes Suisse, its elements apart: a legend and its credit, "Unsplash / Gary
/// Butterfield", shaped like a "place / outlet" dateline, inside the article. Above the lede
/// the same shape dates the story.
#[test]
fn a_place_and_outlet_line_under_a_legend_inside_the_article_is_a_credit() {
    let legend = "Trop de passagers montent à bord de leur vol en ayant déjà consommé beaucoup d'alcool et se comportent mal dans les avions.";
    let credit = "Unsplash / Gary Butterfield";
    let text = [
        "Ivres dans l'avion : les vols vers Ibiza sont les pires",
        PROSE_A,
        PROSE_B,
        legend,
        credit,
        PROSE_C,
        PROSE_D,
    ]
    .join("\n\n");
    let article = analyse_text(&text);
    assert_eq!(role_of(&article, credit), Role::Credit);
    assert_eq!(role_of(&article, "Trop de passagers"), Role::Caption);
    let dateline = "Genève / La Tribune";
    let dated = [
        "Ivres dans l'avion : les vols vers Ibiza sont les pires",
        dateline,
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ]
    .join("\n\n");
    assert_eq!(role_of(&analyse_text(&dated), dateline), Role::Dateline);
}

/// L'Economiste: the headline from the page's metadata, then the article's own `<h1>` with
/// the author on its line ("…réalité<br>Par le colonel…"), read as a subheading. It is the
/// headline again, not the article's first intertitle; a subheading that only opens on a
/// word of the headline stays one.
#[test]
fn the_headline_again_with_its_byline_is_no_intertitle() {
    let headline = "Le «cyberterrorisme», un mythe plus qu’une réalité";
    let again =
        "Le «cyberterrorisme», un mythe plus qu’une réalité Par le colonel Jean-Louis Dufour";
    let blocks = [
        (headline, Some(Hint::Title)),
        (again, Some(Hint::Intertitle)),
        (PROSE_A, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        ("Le «cyberterrorisme» en Europe", Some(Hint::Intertitle)),
        (PROSE_C, Some(Hint::Body)),
    ];
    let article = analyse(&hinted_page(&blocks));
    assert_eq!(role_of(&article, again), Role::Repeated);
    assert_eq!(
        role_of(&article, "Le «cyberterrorisme» en Europe"),
        Role::Intertitle
    );
    // Le Journal de Saône-et-Loire: rubric, summary and headline on one line, then the chapô.
    let headline = "Guerre périlleuse contre l’État islamique";
    let again = "Terrorisme - Les États-Unis ont déjà lancé une offensive diplomatique. Guerre périlleuse contre l’État islamique";
    let chapo = "Obama est prêt à intervenir en Syrie pour détruire l’État islamique. Mais les pays de la coalition autour des USA ne s’entendent pas sur les moyens pour parvenir à l’objectif.";
    let page = [headline, again, chapo, PROSE_A, PROSE_B, PROSE_C];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Terrorisme - Les"), Role::Repeated);
    assert!(role_of(&article, "Obama est prêt").is_article());
}

/// L'Economiste's column calls its notes in the text ("un «hacker»(1) originaire du
/// Kosovo") and sets them at its foot, on one line: the notes are no part of the story. A
/// list in the prose numbered the same way calls nothing, and stays.
#[test]
fn notes_the_text_calls_are_footnotes() {
    let called = "Le 15 octobre, le ministère de la Justice à Washington annonçait l’arrestation d’Ardit Ferizi, un «hacker»(1) originaire du Kosovo. Il est en tout cas impossible de tout sécuriser dans le cyberespace(2).";
    let notes = "(1) Hacker: «Terme générique désignant tout pirate spécialiste de l’intrusion illégale dans les ordinateurs distants», cf. Jean Guisnel, «Guerres dans le cyberespace», Paris, La Découverte, 1997. (2) «Cyberespace ou Cyberspace, terme inventé par le romancier William Gibson», Jean Guisnel, op. cit.";
    let blocks = [
        (
            "Le «cyberterrorisme», un mythe plus qu’une réalité",
            Some(Hint::Title),
        ),
        (PROSE_A, Some(Hint::Body)),
        (called, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        (PROSE_C, Some(Hint::Body)),
        (notes, Some(Hint::Body)),
    ];
    let article = analyse(&hinted_page(&blocks));
    assert_eq!(role_of(&article, "(1) Hacker"), Role::Footnote);
    assert_eq!(role_of(&article, "Le 15 octobre"), Role::Body);
    // The calls go with the notes they point at.
    let called = article
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("Le 15 octobre"))
        .unwrap();
    assert!(
        called.text.contains("un «hacker» originaire du Kosovo")
            && called.text.ends_with("dans le cyberespace."),
        "{}",
        called.text
    );
    // Without the call, a paragraph opening on "(1)" is the article's.
    let listed = "(1) Le prix de l’énergie a doublé en un an, selon les chiffres publiés par l’Insee, ce qui pèse sur les entreprises les plus exposées à la concurrence.";
    let blocks = [
        (
            "Trois raisons d’une crise industrielle annoncée",
            Some(Hint::Title),
        ),
        (PROSE_A, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        (listed, Some(Hint::Body)),
        (PROSE_C, Some(Hint::Body)),
    ];
    let article = analyse(&hinted_page(&blocks));
    assert_eq!(role_of(&article, "(1) Le prix"), Role::Body);
}

/// Les Versants tells Justin Trudeau's visits by their years; its last intertitle, "En 2021",
/// has as many digits as letters and was read as a timestamp. A preposition and a year are
/// a heading, which its place decides; a stamp stays a dateline.
#[test]
fn a_year_after_a_preposition_is_no_timestamp() {
    let last = "Enfin, avant d’arrêter son autobus de campagne à la place du Village, le 11 septembre 2021, M. Trudeau avait été de passage à Saint-Bruno pour rencontrer des militants libéraux et des citoyens.";
    let page = [
        "Élections fédérales : les visites de Justin Trudeau à Saint-Bruno",
        PROSE_A,
        "Une première en tant que candidat",
        PROSE_B,
        "La politique familiale",
        PROSE_C,
        "En 2021",
        last,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "En 2021"), Role::Intertitle);
    assert!(super::year_after_preposition("Depuis 2019"));
    assert!(!super::year_after_preposition("12.12.2019"));
    assert!(!super::year_after_preposition("En 2021 et 2022"));
    assert!(!super::year_after_preposition("Le 2021"));
}

/// Le Nouvelliste embeds two posts in its article; a copy of the page keeps each frame's
/// title, "U.S. Embassy Tunis on Twitter", on a line of its own between two paragraphs. It
/// is the post's, not an intertitle; a French intertitle naming a network stays one.
#[test]
fn an_embedded_post_s_title_is_no_intertitle() {
    let page = [
        "Attentat suicide contre l’ambassade des Etats-Unis à Tunis: un policier tué",
        PROSE_A,
        "U.S. Embassy Tunis on Twitter",
        PROSE_B,
        "La polémique sur Twitter",
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "U.S. Embassy"), Role::EmbeddedPost);
    assert_eq!(role_of(&article, "La polémique"), Role::Intertitle);
    assert!(super::names_an_embedded_post("The Godfather  on Twitter"));
    assert!(!super::names_an_embedded_post("Macron on"));
}

/// Le Nouvelliste ends its article over a newsletter box whose call stands above it: "Ne
/// ratez plus rien de l'actualité locale !" was the article's last paragraph. A quotation
/// there stays the article's.
#[test]
fn a_notice_s_call_above_it_is_no_part_of_the_article() {
    let newsletter = "Abonnez-vous à notre newsletter et recevez chaque soir toutes les infos essentielles de la journée!";
    for (call, kept) in [
        ("Ne ratez plus rien de l'actualité locale !", false),
        (
            "« Continuez à vous battre, nous sommes avec vous jusqu’au bout ! »",
            true,
        ),
    ] {
        let page = [
            "Attentat suicide contre l’ambassade des Etats-Unis à Tunis: un policier tué",
            PROSE_A,
            PROSE_B,
            PROSE_C,
            call,
            newsletter,
        ];
        let article = analyse_text(&page.join("\n\n"));
        assert_eq!(role_of(&article, "Abonnez-vous"), Role::Paywall);
        assert_eq!(role_of(&article, call).is_article(), kept, "{call}");
    }
}

/// Le Monde diplomatique signs its article with the author's name, then tells who the author
/// is, then sets its notes, called in the text with a space before them ("…appelés quota
/// quickies (1), d’une…"). The biography and the notes are no part of the story; a speaker's
/// name inside an interview, with prose after it, signs nothing.
#[test]
fn a_signature_s_biography_and_spaced_notes_are_no_part_of_the_story() {
    let called = "Ce sont, pour la plupart, des films souvent appelés quota quickies (1), d’une médiocrité assumée, produits à la chaîne pour remplir les salles du pays.";
    let bio = "Critique et historien du cinéma, professeur associé à Sciences Po Paris, professorial fellow à l’université de St Andrews, en Écosse.";
    let note = "(1) L’expression a été créée pour désigner les films produits dans le cadre d’une politique des quotas instituée au Royaume-Uni dans les années 1920.";
    let page = [
        "Le paradoxe du cinéma coréen sous la dictature",
        PROSE_A,
        called,
        PROSE_B,
        PROSE_C,
        "Jean-Michel Frodon",
        bio,
        note,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Critique et historien"), Role::Byline);
    assert_eq!(role_of(&article, "(1) L’expression"), Role::Footnote);
    assert!(article
        .paragraphs
        .iter()
        .any(|p| p.text.contains("quota quickies, d’une médiocrité")));
    let interview = [
        "Le paradoxe du cinéma coréen sous la dictature",
        PROSE_A,
        PROSE_B,
        "Jean-Michel Frodon",
        bio,
        PROSE_C,
    ];
    let article = analyse_text(&interview.join("\n\n"));
    assert_eq!(role_of(&article, "Critique et historien"), Role::Body);
}

/// Le Monde diplomatique's blog sets a surtitle over its short headline, both shaped as
/// headings, and prints the headline again under the picture, above the article; the surtitle
/// shares a word with the chapô ("sud-coréenne"), the headline none. The line printed again is
/// the headline.
#[test]
fn a_headline_printed_again_above_the_article_is_the_headline_under_its_surtitle() {
    let chapo = "L’un des écrivains sud-coréens les plus célèbres, Hwang Sok-yong, est un homme heureux. Inscrit, avec quelques autres, sur la liste des auteurs accessibles à tous.";
    let page = [
        "Les blogs du « Diplo »",
        "Construction pour la démocratie sud-coréenne",
        "Turpitude et architecture",
        chapo,
        "par Didier Roy, 21 juin 2018",
        "Turpitude et architecture",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(article.title.as_deref(), Some("Turpitude et architecture"));
    // Not printed again, the lower line is no headline for its place alone.
    let once = [
        page[0], page[1], page[2], chapo, page[4], PROSE_A, PROSE_B, PROSE_C,
    ];
    let article = analyse_text(&once.join("\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Construction pour la démocratie sud-coréenne")
    );
}

/// 20 Minutes prints its rubric in capitals on its chapô's line, and the chapô without its
/// full stop; La DH its dateline in capitals on the lede's line, under a chapô without its
/// stop. Read apart, the label in capitals stands between the headline or the body and the
/// chapô, which is still the chapô.
#[test]
fn a_label_in_capitals_beside_a_chapo_without_its_stop_leaves_it_the_chapo() {
    let chapo = "La journaliste a porté plainte après avoir découvert que les écrous de la roue arrière gauche de son véhicule avaient été desserrés";
    let headline =
        "Bretagne : la journaliste Morgan Large victime d’une nouvelle tentative de sabotage";
    let page = |label_first: bool| {
        let (first, second) = match label_first {
            true => ("MENACES", chapo),
            false => (chapo, "BRUXELLES"),
        };
        hinted_page(&[
            (headline, Some(Hint::Title)),
            (first, Some(Hint::Body)),
            (second, Some(Hint::Body)),
            (PROSE_A, Some(Hint::Body)),
            (PROSE_B, Some(Hint::Body)),
            (PROSE_C, Some(Hint::Body)),
        ])
    };
    for label_first in [true, false] {
        let article = analyse(&page(label_first));
        assert_eq!(
            role_of(&article, "La journaliste a porté"),
            Role::Standfirst
        );
    }
}

/// La Tribune calls its columnist's note by an asterisk in the chapô and sets the note under
/// the column: the note is no part of the story, and the call goes with it. Without a call,
/// a line opening on "(*)" is read as any other.
#[test]
fn a_note_called_by_an_asterisk_is_a_footnote_and_its_call_goes() {
    let chapo = "Mais c’est oublier que la concurrence fait rage dans le secteur, comme l’explique Pierre Schweitzer (*), qui enseigne l’économie du numérique.";
    let note = "(*) Economiste de formation, Pierre Schweitzer enseigne l’économie du numérique et des médias à Aix-Marseille Université.";
    let page = [
        "Quand la rentabilité valide l’utilité : l’exemple de Twitter et Snapchat",
        chapo,
        PROSE_A,
        PROSE_B,
        PROSE_C,
        note,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "(*) Economiste"), Role::Footnote);
    assert!(article
        .paragraphs
        .iter()
        .any(|p| p.text.contains("Pierre Schweitzer, qui enseigne")));
    let uncalled = [page[0], PROSE_A, PROSE_B, PROSE_C, note];
    let article = analyse_text(&uncalled.join("\n\n"));
    assert_ne!(role_of(&article, "(*) Economiste"), Role::Footnote);
}

/// Regards heads each section of its list of ministers and deputies with the name of the one
/// it speaks of, which the paragraph under it says again after its first words: the name is
/// the section's intertitle. A signature over a biography that opens on the name is not.
#[test]
fn a_name_over_the_prose_that_speaks_of_them_is_an_intertitle() {
    let section = "Au tout début de l’actuelle législature, en juin 2017, le député « constructif » Thierry Solère avait magouillé avec la majorité pour obtenir le poste de questeur.";
    let page = [
        "Deux ans et demi en Macronie : une condamnation, dix mises en examen",
        PROSE_A,
        PROSE_B,
        "Thierry Solère",
        section,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Thierry Solère"), Role::Intertitle);
    let bio = "Thierry Solère est député des Hauts-de-Seine depuis 2012 et membre de la commission des finances.";
    let signed = [page[0], PROSE_A, PROSE_B, PROSE_C, "Thierry Solère", bio];
    let article = analyse_text(&signed.join("\n\n"));
    assert_eq!(role_of(&article, "Thierry Solère"), Role::Byline);
}

/// Slate closes its article with a share prompt that lost its links, then the author's box:
/// its label in capitals ("L'AUTEUR") and the author's biography. The label stands on a line
/// of its own, and the biography is no paragraph of the story.
#[test]
fn an_author_s_box_under_its_label_is_no_part_of_the_story() {
    let bio = "Titiou Lecoq Titiou Lecoq est journaliste indépendante et blogueuse sur Girls and geeks. En 2011, elle a publié un roman, «Les Morues» (Au Diable Vauvert).";
    let page = [
        "Tapie, Mougeotte et La Provence, un concentré d'histoire de France",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        "Devenez fan sur , suivez-nous sur",
        "L'AUTEUR",
        bio,
        "TOPICS",
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, "L'AUTEUR"), Role::Navigation);
    assert_eq!(role_of(&article, "Titiou Lecoq"), Role::Byline);
    // A paragraph under a label of another kind is the article's.
    let page = [page[0], PROSE_A, PROSE_B, PROSE_C, "L'ESSENTIEL", bio];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, "Titiou Lecoq"), Role::Body);
}

/// A regional site's page as its infinite scroll dumps it: under the article, the next
/// story with its own rubric, headline, chapô, byline and date. The next story's prose is
/// no part of the article. An intertitle over a section, no signature under it, is.
#[test]
fn the_next_story_under_the_article_is_no_part_of_it() {
    let page = [
        "Toulouse : un entrepôt ravagé par un incendie dans la nuit",
        "Aucun blessé n'est à déplorer. Une centaine de pompiers ont été mobilisés pendant plus de six heures.",
        "Par Julie Marchal",
        "Le 04/12/2026 à 10h12",
        PROSE_A,
        PROSE_B,
        "Haute-Garonne : un motard de 23 ans meurt dans une collision",
        "Le jeune homme circulait sur la D820 lorsqu'il a percuté un véhicule. Il est mort sur le coup.",
        "Par Thomas Viguier",
        "Le 04/12/2026 à 08h45",
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Le jeune homme"), Role::RelatedLink);
    assert_ne!(role_of(&article, PROSE_C), Role::Body);
    assert_eq!(role_of(&article, PROSE_B), Role::Body);
    let sections = [
        page[0],
        page[1],
        page[2],
        page[3],
        PROSE_A,
        PROSE_B,
        "Un feu difficile à maîtriser",
        PROSE_C,
    ];
    let article = analyse_text(&sections.join("\n\n"));
    assert_eq!(role_of(&article, PROSE_C), Role::Body);
}

/// A magazine signs its article at the top ("Par Sophie Lambert") and closes it, past its
/// tags, on a paragraph about its author that opens on that name: no part of the story. A last
/// paragraph that opens on another name is the story's.
#[test]
fn a_paragraph_on_the_signer_closing_the_article_is_no_part_of_the_story() {
    let bio = "Sophie Lambert est journaliste au service Économie, où elle suit les nouvelles technologies.";
    let page = [
        "Intelligence artificielle : la start-up Lumen lève 120 millions d'euros",
        "Par Sophie Lambert",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        bio,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Sophie Lambert est"), Role::Byline);
    let other =
        "Inès Caradec est ingénieure et dirige la recherche de l'entreprise depuis sa fondation.";
    let page = [page[0], page[1], PROSE_A, PROSE_B, PROSE_C, other];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Inès Caradec"), Role::Body);
}

#[test]
fn a_signature_line_gives_the_name_it_signs_with() {
    use super::interior::signers_name;
    assert_eq!(signers_name("Par Sophie Lambert"), Some("Sophie Lambert"));
    assert_eq!(
        signers_name("Par Marc Olivier et Léa Roux"),
        Some("Marc Olivier")
    );
    assert_eq!(signers_name("par Jean Dupont, à Lyon"), Some("Jean Dupont"));
    assert_eq!(signers_name("Par ailleurs, il a démissionné."), None);
    assert_eq!(signers_name("Sophie Lambert"), None);
}

/// Le Monde diplomatique's page shows its headline in two words, "Paradoxe coréen", under
/// its rubric and over the lede; no line before it is shaped like a headline (the menus'
/// rows are labels). It is the headline, not an intertitle opening the article.
/// The Conversation closes its article with a note on where it comes from ("Cet article
/// s’inspire d'un texte publié par l'auteur…"), then its tags: the page speaking of the
/// article, no paragraph of its story. A last paragraph on a law's article stays.
#[test]
fn a_note_on_the_article_under_it_is_no_part_of_its_story() {
    let note = "Cet article s’inspire d'un texte publié par l'auteur et le Medi@LAB (Université de Genève) sur le blog du Siècle Digital le 26 septembre 2016.";
    let page = [
        "Numérique en culture : c’est une évidence",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        note,
        "enseignement",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, note), Role::Footnote);
    let law = "Cet article de loi prévoit que les communes de plus de 3 500 habitants publient leurs comptes chaque année.";
    let page = [page[0], PROSE_A, PROSE_B, PROSE_C, law, "enseignement"];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, law), Role::Body);
}

/// 7sur7's article dumped as text ends on its poll, "Votre impression sur cet article?" over
/// its answers: a question to the reader about the article, which was the article's last
/// paragraph. A question of the story, or one the story asks its reader, stays.
#[test]
fn a_question_to_the_reader_about_the_article_is_no_part_of_it() {
    let question = "Votre impression sur cet article?";
    let page = [
        "La lingerie belge de Carine Gilson primée",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        question,
        "intéressant",
        "amusant",
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, question), Role::CallToAction);
    let story = "Que retenir de cet article de loi ?";
    let asks = "Et vous, que pensez-vous de cette réforme ?";
    let page = [page[0], PROSE_A, PROSE_B, story, PROSE_C, asks, PROSE_D];
    let article = analyse_text(&page.join("\n\n"));
    assert_ne!(role_of(&article, story), Role::CallToAction);
    assert_ne!(role_of(&article, asks), Role::CallToAction);
}

/// France Culture's chronicle dumped as text: its two-word headline, the date, the share bar
/// and the notice its embed button shows ("Code embed copié dans le presse-papier", headline-
/// shaped and about nothing under it), then the chapô that says the headline's words. The
/// short line is the headline, and the notice furniture.
#[test]
fn a_short_line_the_lede_speaks_of_is_the_headline_over_a_notice_that_speaks_of_nothing() {
    let chapo = "Grand débat national, Convention citoyenne pour le climat, comités d’éthique, États Généraux de l’Éducation… Les citoyens sont de plus en plus invités à prendre la parole. Mais pour quel résultat ?";
    let page = [
        "5 min",
        "Prendre la parole",
        "14/01/2020",
        "FacebookTwitterMail",
        "Embed",
        "Code embed copié dans le presse-papier",
        chapo,
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(article.title.as_deref(), Some("Prendre la parole"));
    assert_ne!(role_of(&article, "Code embed"), Role::Title);
    // A short line the lede does not speak of stays a label.
    let unrelated = page.map(|line| match line {
        "Prendre la parole" => "Revue de presse",
        line => line,
    });
    let article = analyse_text(&unrelated.join("\n"));
    assert_ne!(article.title.as_deref(), Some("Revue de presse"));
}

#[test]
fn a_short_heading_over_the_lede_is_the_headline_when_none_other_is() {
    let lede = "Au lendemain de la guerre, alors que la Corée du Sud est une dictature inféodée aux États-Unis, son cinéma connaît un essor remarquable, entre films de genre et œuvres d’auteur.";
    let page = [
        "Abonnement",
        "Éditions : française | anglaise | internationales",
        "Cinéma",
        "Paradoxe coréen",
        lede,
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(article.title.as_deref(), Some("Paradoxe coréen"));
    assert_eq!(role_of(&article, "Éditions :"), Role::Kicker);
}

#[test]
fn the_last_item_of_a_box_of_key_figures_is_no_intertitle() {
    // A dépêche's box of key figures between two paragraphs (written for the tests): its
    // last item, over prose, became "## Services : +3,0 %".
    let article = analyse_text(include_str!(
        "../../fixtures/keyphrases/inflation_depeche.txt"
    ));
    for item in ["- Inflation", "- Énergie", "- Alimentation", "- Services"] {
        assert_ne!(role_of(&article, item), Role::Intertitle, "{item}");
    }
    assert_eq!(
        role_of(&article, "- Services"),
        role_of(&article, "- Alimentation")
    );
    assert_eq!(role_of(&article, "Les prix des services"), Role::Body);
}

#[test]
fn a_pictures_label_and_the_legend_under_it_are_no_article() {
    // A page copied with its picture lost: its label alone, then its legend, between two
    // paragraphs. The label was an intertitle and the legend a paragraph.
    let legend = "Les pompiers devant l’immeuble de la rue d’Austerlitz, dimanche matin.";
    let page = [
        "Un incendie ravage un immeuble de la Croix-Rousse à Lyon",
        PROSE_A,
        PROSE_B,
        "Image",
        legend,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Image"), Role::Caption);
    assert_eq!(role_of(&article, legend), Role::Caption);
    assert_eq!(role_of(&article, PROSE_C), Role::Body);
    // Under a player with no legend, a paragraph of two sentences goes on the article.
    let paragraph =
        "Le feu a pris vers deux heures. Plus de quatre-vingts pompiers ont été mobilisés.";
    let page = [
        "Un incendie ravage un immeuble de la Croix-Rousse à Lyon",
        PROSE_A,
        "Vidéo",
        paragraph,
        PROSE_B,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, paragraph), Role::Body);
}

#[test]
fn an_agencys_name_alone_under_a_legend_below_the_headline_is_its_credit() {
    // Le Nouvelliste (Switzerland): the photo's legend, then its agency in capitals, between
    // the headline and the chapô. The legend was the article's first paragraph.
    let legend = "L'ambassade se trouve à une dizaine de kilomètres du centre-ville de Tunis.";
    let page = [
        "Attentat suicide contre l’ambassade des Etats-Unis à Tunis: un policier tué",
        legend,
        "KEYSTONE",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "KEYSTONE"), Role::Credit);
    assert_eq!(role_of(&article, legend), Role::Caption);
    // Under the article's own prose, a word in capitals leaves the paragraph above it alone.
    let page = [
        "Attentat suicide contre l’ambassade des Etats-Unis à Tunis: un policier tué",
        PROSE_A,
        legend,
        "PUBLICITÉ",
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, legend), Role::Body);
}

#[test]
fn a_link_under_the_byline_above_the_lede_does_not_end_the_article() {
    // Le Dauphiné: the chapô, the byline, then a label; the article's prose under them is
    // more than above, so the label is no recommendation under the article's end.
    let page = [
        "L’État islamique, c’est quoi ?",
        "En l’espace d’une dizaine d’années, l’« État Islamique » est devenue l’une des organisations terroristes les plus puissantes au monde.",
        "Par Florence TRICOIRE - 10 août 2014 à 06:01 | mis à jour à 08:21 - Temps de lecture :",
        "Lire aussi",
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, PROSE_A), Role::Body);
    assert_eq!(role_of(&article, PROSE_C), Role::Body);
}

/// Fred Cavazza's post copied as text, one line a block: the sentence that announces an
/// enumeration, its items on semicolons (the last on "…"), then the post's last paragraphs,
/// which speak to the reader as the whole post does. The items were a gap of headlines that
/// open no prose, and the paragraphs under them another run, left out.
#[test]
fn an_enumeration_on_semicolons_keeps_the_article_going_under_it() {
    let announcing = "Donc, les PWA doivent être en haut de votre liste de priorités, mais ne sont qu’une partie de la réponse (cf. Vous n’avez pas besoin d’une application mobile, mais d’une feuille de route mobile). Tout annonceur avec un minimum d’ambition se doit de déployer un écosystème mobile plus complet pour pouvoir couvrir d’autres contextes et exploiter aussi :";
    let after = "La définition préalable d’un écosystème mobile complet vous permet de répartir votre budget et vos ressources de façon cohérente entre les différents supports, et de proposer une solution adaptée au contexte des clients selon leur progression dans le parcours.";
    let last = "Vous remarquerez au passage que le modèle instauré par Weixin est très proche de ce que proposait NTT-DoCoMo il y a 20 ans avec iMode. Comme quoi, Apple n’a pas tout inventé !";
    let page = [
        "Pourquoi les applications natives ne doivent plus être votre priorité",
        PROSE_A,
        PROSE_B,
        PROSE_C,
        announcing,
        "Les plateformes et médias sociaux (pour faire de la publicité native et distribuer des contenus) ;",
        "Les applications de messagerie (pour proposer du support ou des services à travers des chatbots) ;",
        "Les SMS et notifications (pour faire du recrutement et des opérations géolocalisées) ;",
        "Les applications natives (pour fidéliser et mesurer avec précisions le comportement des clients les plus fidèles) ;",
        "Un ou plusieurs sites responsive (pour l’exhaustivité de leur contenu)…",
        after,
        last,
        "Partager",
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, "Les SMS"), Role::Body);
    assert_eq!(role_of(&article, after), Role::Body);
    assert_eq!(role_of(&article, last), Role::Body);
    let items: Vec<&str> = article
        .paragraphs
        .iter()
        .filter(|p| p.list_item)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(items.len(), 5, "{items:?}");
    assert!(items[0].starts_with("Les plateformes"));
}

#[test]
fn one_sentence_ending_on_a_colon_over_list_items_announces_them() {
    // Contrepoints: the sentence under an intertitle, then the list it announces, were read
    // as two headlines that open no prose.
    let announcing = "Il ne serait pas juste de s’attaquer à ces écarts sans rappeler :";
    let item = "que le principe même du terrorisme est d’utiliser la peur, ce qui implique que cela peut fonctionner,";
    let page = hinted_page(&[
        (
            "Terrorisme : les médias entretiennent-ils la peur ?",
            Some(Hint::Title),
        ),
        (PROSE_A, Some(Hint::Body)),
        (PROSE_B, Some(Hint::Body)),
        ("Savoir raison garder", Some(Hint::Intertitle)),
        (announcing, Some(Hint::Body)),
        (item, Some(Hint::ListItem)),
        (
            "qu’il est normal de se préoccuper davantage de ses voisins.",
            Some(Hint::ListItem),
        ),
        (PROSE_C, Some(Hint::Body)),
        (PROSE_D, Some(Hint::Body)),
    ]);
    let article = analyse(&page);
    assert_eq!(role_of(&article, announcing), Role::Body);
    assert_eq!(role_of(&article, item), Role::Body);
}

#[test]
fn a_pull_quote_of_the_articles_own_words_is_a_repeat_a_quoted_intertitle_is_not() {
    // Europe 1: a `<blockquote>` quoting a sentence the article prints three paragraphs on
    // was read as an intertitle.
    let pull = "\"Il n’était pas assez courageux pour rejoindre les terres du djihad\"";
    let later = "Les frères Clain partent eux aussi, mais en Egypte et en famille. \"Il n’était pas assez courageux pour rejoindre les terres du djihad\", dira de Fabien Clain, Alain C. aux enquêteurs.";
    let page = |hint| {
        hinted_page(&[
            ("Chez les Clain, le djihad, une histoire de famille", Some(Hint::Title)),
            (PROSE_A, Some(Hint::Body)),
            (pull, Some(hint)),
            ("Au même moment, les deux frères se rapprochent de la \"cellule d’Artigat\", du nom d’un petit village de l’Ariège, où ils rencontrent les futurs cadres du djihad.", Some(Hint::Body)),
            (PROSE_C, Some(Hint::Body)),
            (later, Some(Hint::Body)),
            (PROSE_D, Some(Hint::Body)),
        ])
    };
    assert_eq!(role_of(&analyse(&page(Hint::Quote)), pull), Role::Repeated);
    // Set as a heading, a quotation from the section under it is the journalist's intertitle.
    assert_eq!(
        role_of(&analyse(&page(Hint::Intertitle)), pull),
        Role::Intertitle
    );
}

#[test]
fn a_chapo_of_two_sentences_without_its_last_stop_is_no_headline() {
    // Silicon.fr, a page's copy: the chapô under the rubric was read as the headline, and
    // the headline above it as a label.
    let headline = "La France veut se mettre à l'abri du cyber-terrorisme";
    let chapo = "Le constat vient de la commission des Affaires étrangères, de la défense et des forces armées sur la cyberdéfense. L’hexagone serait en retard sur ses voisins européens";
    let page = [
        "Accueil > Actualités Sécurité",
        headline,
        "Olivier Robillart, 11 juillet 2008, 10:11",
        "Sécurité",
        chapo,
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, headline), Role::Title);
    assert_ne!(role_of(&article, chapo), Role::Title);
}

#[test]
fn a_rubric_and_the_headline_again_and_a_legend_labelled_photo_are_no_prose() {
    // Le Dauphiné: the headline again under a rubric in capitals, read as the first
    // paragraph, and the photo's legend with "Photo AFP", read as the first intertitle.
    let headline = "L’État islamique, c’est quoi ?";
    let again = "IRAK L’État islamique, c’est quoi ?";
    let legend = "Des soldats de l’armée irakienne, à Jurf al-Sakhr, près de Bagdad. Photo AFP";
    let page = [
        "France - Monde",
        headline,
        again,
        "En l’espace d’une dizaine d’années, l’« État Islamique » est devenue l’une des organisations terroristes les plus puissantes au monde.",
        "Par Florence TRICOIRE - 10 août 2014 à 06:01 | mis à jour à 08:21 - Temps de lecture :",
        legend,
        PROSE_A,
        PROSE_B,
        PROSE_C,
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, again), Role::Repeated);
    assert_eq!(role_of(&article, legend), Role::Caption);
}

/// The Coin Tribune sets its newsletter box inside the article, then the article goes on under
/// an intertitle: a notice with the article's prose under it, in a run of its own past the
/// box, hides nothing, and the paragraphs under it are the article's (they were cut off).
#[test]
fn a_notice_inside_the_article_does_not_end_it() {
    let page = [
        "Il a également été prouvé que la jeune Américaine a accédé à des sites internet liés à l’État islamique, à des pages de médias sociaux, à la messagerie de recruteurs, de facilitateurs et de financiers connus de l’État islamique. Elle a aussi effectué de nombreuses recherches Internet pour faciliter son entrée en Syrie.",
        "Zoobia Shahnaz lors de son procès",
        "Coup de grâce, lors de la perquisition de la résidence de Shahnaz à Long Island – avec autorisation du tribunal – il a été découvert la photographie d’une ceinture suicide d’explosifs et d’une lunette de vision nocturne.",
        "Abonnez-vous gratuitement",
        "Rejoignez notre communauté de passionnés du Bitcoin et des crypto-monnaies",
        "Valider",
        "Une peine d’emprisonnement de 110 ans revue à 13 ans sur fond de bénévolat",
        "En novembre 2018, elle a plaidé coupable des accusations. Les cinq chefs d’accusation retenus contre elle auraient pu lui valoir un total de 110 ans d’emprisonnement. Toutefois, l’avocat de Shahnaz est parvenu lui à obtenir une peine inférieure.",
        "Bilan, Zoobia Shahnaz devra passer 13 ans derrière les barreaux. Même si ça fait près de dix fois moins que la peine initiale, c’est quand même plus de la moitié d’un quart de siècle.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Abonnez-vous"), Role::Paywall);
    assert_eq!(role_of(&article, "En novembre 2018"), Role::Body);
    assert_eq!(role_of(&article, "Bilan, Zoobia"), Role::Body);
}

/// StreetPress announces its quotations with a sentence ending on a colon, and sets each in a
/// block of its own, without a full stop: the sentence is prose announcing what follows, the
/// quotation the words it announces (both were read as other stories' headlines).
#[test]
fn a_quotation_under_the_sentence_announcing_it_is_the_article() {
    let page = [
        "3 jours après les attentats, les milieux alternatifs crient à la censure. Mardi 17 novembre, l’Action antifasciste Paris-Banlieue lance une pétition de soutien aux combattants kurdes.",
        "Dans la foulée, la pétition est partagée plusieurs dizaines de milliers de fois sur Facebook, avant d’être supprimée par le réseau social.",
        "Pas initimidé pour un sou, le militant ironise :",
        "« Attends, moi s’ils font ça, je monte à Paris et je vais leur expliquer aux dirigeants de Facebook »",
        "L’objet de cette pétition, c’est la déclassification du PKK et de ses branches comme organisation terroriste par l’Union européenne.",
        "A chaque fois le mécanisme est le même : un utilisateur signale la publication qui est ensuite examinée par les équipes de Facebook.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Pas initimidé"), Role::Body);
    assert_eq!(role_of(&article, "« Attends, moi"), Role::Body);
}

/// A stanza the article quotes, a line a verse glued under the sentence that announces it:
/// every line is the article's (three were read as headlines opening no prose); the line
/// under a blank one is read on its own again.
#[test]
fn a_stanza_under_the_sentence_announcing_it_is_the_article() {
    let text = [
        "À Brest, une chanson de marins retrouvée dans un grenier fait le tour des réseaux",
        "Un carnet manuscrit de 1911, découvert par une habitante du quartier de Recouvrance, contient les paroles d’une chanson de bord que l’on croyait perdue.",
        "C’est en vidant la maison de sa grand-mère que Nolwenn Kerhervé a trouvé le carnet, glissé dans une boîte à biscuits au fond d’une armoire.",
        "Parmi les recettes et les comptes, quatre pages portent les paroles d’une chanson. Le premier couplet dit :",
        "Quand le vent tourne au suroît\nEt que la houle monte à bord,\nJe pense à toi, ma belle, au port,\nQui m’attends sous le vieux beffroi.",
        "Les spécialistes du chant de marins connaissaient le titre, cité dans plusieurs témoignages, mais pas le texte.",
        "Le chœur la chantera le 14 décembre à la chapelle de Recouvrance, lors d’un concert gratuit.",
    ];
    let article = analyse_text(&text.join("\n\n"));
    for line in [
        "Quand le vent",
        "Et que la houle",
        "Je pense à toi",
        "Qui m’attends",
    ] {
        assert_eq!(role_of(&article, line), Role::Body, "{line}");
    }
    assert_eq!(role_of(&article, "Les spécialistes"), Role::Body);
    // A page sets each verse in a paragraph of its own: a line going on after its comma is
    // no headline.
    let spaced = text.join("\n\n").replace('\n', "\n\n");
    let article = analyse_text(&spaced);
    for line in [
        "Quand le vent",
        "Et que la houle",
        "Je pense à toi",
        "Qui m’attends",
    ] {
        assert_eq!(role_of(&article, line), Role::Body, "spaced: {line}");
    }
}

/// The HuffPost's blog heads each item of its list with a numbered line, then credits the
/// item's source on a line of its own: the source label is a credit, and the numbered line
/// over it opens the prose under it, an intertitle (it was read as another story's headline,
/// "Source: i24news.tv" as the intertitle).
#[test]
fn a_heading_over_its_source_label_opens_the_prose_under_them() {
    let page = [
        "État islamique: 8 atrocités dont tout le monde se fout",
        "L'auto-proclamé État islamique a annexé plusieurs régions en Syrie et en Irak, dans lesquelles il fait régner la terreur et exerce une barbarie rarement atteinte.",
        "C'est pour cette raison que nous avons choisi d'inventorier huit faits commis par l'organisation barbare qui intéressent si peu l'Occident.",
        "1. Daech exécute les femmes trop éduquées",
        "Source: i24news.tv",
        "Des auto-proclamés \"tribunaux islamiques\" jugent sans relâche hommes, femmes et enfants accusés de violer les interprétations extrémistes de la loi islamique. Parmi eux, les femmes dites éduquées.",
        "2. Daech a ordonné l'excision des filles en forme de \"privilège\"",
        "Source: Direct Info",
        "Dans un communiqué publié par l'État islamique en Irak et au Levant en juillet dernier, la décision d'exciser les filles des régions annexées par l'organisation est avancée comme un \"privilège\".",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Source: i24news.tv"), Role::Credit);
    assert_eq!(role_of(&article, "Source: Direct Info"), Role::Credit);
    assert_eq!(role_of(&article, "1. Daech"), Role::Intertitle);
    assert_eq!(role_of(&article, "2. Daech"), Role::Intertitle);
    // A source label credits no picture: the paragraph above it is no legend.
    assert_eq!(role_of(&article, "Des auto-proclamés"), Role::Body);
}

/// Vie publique, as copied: its rubric in one word between the headline and the chapô, and
/// its table of contents' label over the first question, the entries left out by the copy.
/// Neither is an intertitle.
#[test]
fn a_rubric_under_the_headline_and_a_contents_label_head_no_section() {
    let page = [
        "La cybersécurité : quelles réponses aux menaces nouvelles ?",
        "Société",
        "Face à la multiplication des attaques menées à partir d’Internet, les États se sont progressivement dotés de nouveaux moyens technologiques et institutionnels pour se protéger contre cette nouvelle menace.",
        "Par La Rédaction",
        "Publié le 28 janvier 2019 à 15h06",
        "Sommaire",
        "Cyberattaque et cyberdéfense",
        "Le préfixe cyber (du grec kuberneïn, diriger) renvoie aux ordinateurs et à Internet. La \"cybersécurité\" porte à la fois sur la cyberattaque et sur la cyberdéfense.",
        "Le cyberespace, champ de bataille planétaire",
        "Le \"cyberespace\" est l’espace de communication ouvert par l’interconnexion de tous les ordinateurs du monde. Il est devenu un champ de bataille.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Société"), Role::Navigation);
    assert_eq!(role_of(&article, "Sommaire"), Role::Navigation);
    assert_eq!(role_of(&article, "Cyberattaque et"), Role::Intertitle);
    assert_eq!(role_of(&article, "Le cyberespace, champ"), Role::Intertitle);
}

#[test]
fn a_players_line_holds_the_headline_and_a_toolbars_message_is_no_intertitle() {
    // France Culture, its page's text: "Réécouter" and the headline on the player's button,
    // the headline under it (three words, too short to be taken for one by its shape), and
    // the message the "Embed" button shows.
    let text = "Réécouter Prendre la parole\n\n5 min\n\nPrendre la parole\n\n14/01/2020\n\n\
        Facebook\n\nTwitter\n\nMail\n\nEmbed\n\nCode embed copié dans le presse-papier\n\n\
        Grand débat national, Convention citoyenne pour le climat, comités d’éthique, États Généraux de l’Éducation… Les citoyens sont de plus en plus invités à prendre la parole. Mais pour quel résultat ?\n\n\
        Jean Jaurès à l'Assemblée, par Jean Veber • Crédits : Getty\n\n\
        Serions-nous entrés dans l’ère de ce que Paul Valadier désigne dans un ouvrage récent comme Le débat permanent ? La langue est la meilleure et la pire des choses, disait Esope.\n\n\
        Au moins, avec les guillemets, on sait qui parle, on identifie une source. Sans, c’est le risque pour les journalistes de devenir des ventriloques de la parole présidentielle.\n\n\
        Performativité\n\n\
        Les éditions Allia viennent opportunément de rééditer l’ouvrage d’Éric Chauvier intitulé La crise commence où finit le langage, augmenté d’un chapitre sur les réseaux sociaux.\n\n\
        C’est ainsi que prend forme le consensus de crise : dans la prostration du langage.\n";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Prendre la parole"), Role::Title);
    assert_ne!(role_of(&article, "Réécouter Prendre"), Role::Title);
    assert_ne!(role_of(&article, "5 min"), Role::Kicker);
    assert_ne!(role_of(&article, "Code embed copié"), Role::Intertitle);
    assert_eq!(role_of(&article, "Performativité"), Role::Intertitle);
    assert_eq!(role_of(&article, "Serions-nous entrés"), Role::Body);
}

/// A page's consent notice over a blocked video, then its two buttons glued under it: the
/// second button, "Gérer mes choix", right above the lede, was the article's opening
/// intertitle. A heading set apart by a blank line under the notice is one.
#[test]
fn a_notices_button_glued_under_it_is_no_intertitle() {
    let notice = "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Cliquez sur « J'accepte » pour afficher le contenu.";
    let page = |buttons: &str| {
        format!("Municipales à Marseille : la gauche unie derrière un candidat\n\n{notice}\nJ'accepte\n{buttons}\n\n{PROSE_A}\n\n{PROSE_B}")
    };
    let article = analyse_text(&page("Gérer mes choix"));
    assert_ne!(role_of(&article, "Gérer mes choix"), Role::Intertitle);
    let article = analyse_text(&page("\nUn accord qualifié d'historique"));
    assert_eq!(role_of(&article, "Un accord qualifié"), Role::Intertitle);
}

#[test]
fn a_byline_row_with_its_date_under_the_headline_is_no_intertitle() {
    // Fred Cavazza's blog as its page's text: author, rubric, dates glued, reading time.
    let text = "Pourquoi les applications natives ne doivent plus être votre priorité\n\n\
        Fred Cavazza Analyses 26/01/201726/01/2017 8 Minutes\n\n\
        Il y a 10 ans, Steve Jobs présentait la première version de l’iPhone, sans se douter de l’impact qu’il allait avoir sur notre quotidien : les smartphones ont complètement bouleversé nos habitudes de consommation.\n\n\
        J’espère ne rien vous apprendre en disant que le smartphone est le premier écran, devant la télévision et l’ordinateur, et que les applications y occupent l’essentiel du temps passé.\n";
    let article = analyse_text(text);
    assert_eq!(
        role_of(&article, "Pourquoi les applications natives"),
        Role::Title
    );
    assert_ne!(role_of(&article, "Fred Cavazza Analyses"), Role::Intertitle);
    assert_eq!(role_of(&article, "Il y a 10 ans"), Role::Body);
    assert!(super::interior::holds_date("Publié le 3/05/2024"));
    assert!(!super::interior::holds_date("2/3 des mobinautes"));
    // The Sound of Science: the date with its month's name, glued twice and to the tags.
    assert!(super::interior::holds_date(
        "Martin Clavey Politique scientifique française 20 janvier 202020 janvier 2020évaluation, HCERES 0 Comment"
    ));
    assert!(!super::interior::holds_date(
        "Les 20 ans de la loi sur le climat"
    ));
}

#[test]
fn a_blogs_readers_may_write_more_than_its_article_under_their_heading() {
    // Fred Cavazza's blog: WordPress heads the comments with their count and the headline,
    // and the readers' run is longer than the article's last one.
    let text = "Pourquoi les applications natives ne doivent plus être votre priorité\n\n\
        Il y a 10 ans, Steve Jobs présentait la première version de l’iPhone, sans se douter de l’impact qu’il allait avoir sur notre quotidien : les smartphones ont complètement bouleversé nos habitudes de consommation et nos réflexes d’achat.\n\n\
        Nous sommes aujourd’hui dans une situation de marché très tendue où les app stores sont saturés, et où les applications des marques peinent à se faire une place sur les écrans de leurs clients.\n\n\
        Donc, les PWA doivent être en haut de votre liste de priorités, mais ne sont qu’un élément d’un écosystème mobile complet que chaque marque doit penser pour ses clients.\n\n\
        Partager :\n\nTwitter\n\nFacebook\n\n\
        21 commentaires sur “Pourquoi les applications natives ne doivent plus être votre priorité”\n\n\
        MACE dit :\n\n27/01/2017 à 6 h 50 min\n\n\
        Merci pour cet article. Pouvez-vous donner des noms de frameworks de développement qui permettent de faire des PWA aujourd’hui, et ceux que vous conseillez à une petite équipe ?\n\n\
        Les PWA c’est intéressant mais je pense qu’on y est pas encore, les navigateurs d’Apple ne les prennent pas en charge et la moitié des mobinautes français sont sur iPhone.\n\n\
        Je partage votre avis sur le fond, mais les applications natives gardent l’avantage pour les notifications, qui restent le meilleur moyen de faire revenir un client sur un service.\n\n\
        Article très complet, merci. Reste que les annonceurs continuent de demander des applications parce que leurs concurrents en ont, et que les agences les vendent bien plus cher qu’un site.\n";
    let article = analyse_text(text);
    assert_eq!(role_of(&article, "Donc, les PWA"), Role::Body);
    assert_eq!(role_of(&article, "21 commentaires sur"), Role::Comments);
    for comment in [
        "Merci pour cet article",
        "Les PWA c’est",
        "Article très complet",
    ] {
        assert_ne!(role_of(&article, comment), Role::Body, "{comment}");
    }
}

#[test]
fn a_headline_over_its_publication_stamp_opens_the_article() {
    // CRIC: the site's text on its moderation, a rubric row, then the article's headline
    // and "Publié le 9 juin 2019" over the lede, with no heavier gap than the article's own.
    let page = [
        "Comment se passe la modération ?",
        "Une fois l’article/support de communication proposé à la publication, il est visible par toutes et tous (comptes rédacteur et administrateur). Si la décision de publication revient aux modérateurs et modératrices en fonction des critères définis par la charte, les propositions de modification et de mise en page par l'ensemble des personnes connectées a l'espace collaboratif de publication. Après lecture des propositions de modification, l'auteur-e décide de la version finale",
        "Lire la suite",
        "Infos Locales Féminismes/Genres/Sexualités Justice / Police / Médias",
        "Putsh en cours à Radio Kaleïdoscope",
        "Publié le 9 juin 2019",
        "Qui aurait cru que radio Kaléidoscope pouvait, comme beaucoup d’autres radios, mépriser ses bénévoles, ses auditeurs et auditrices ? Des radios associatives cherchent le plus clair de leur temps à courir après des subventions et des partenariats. D’autres courent après la pub, ou ce qui serait à la mode, vendeur… Et ça revient peut-être au même ! Tout ça finit par leur coûter leur âme. La volonté d’indépendance et d’esprit critique des radios associatives disparaît petit à petit et radio Kaléidoscope, avec son nouveau CA, ne fait pas exception. C’est en effet ce que nous sommes amené·e·s à penser quand Radio Kaléidoscope nous annonce le lundi 22 avril que trois des émissions de la grille des programmes sont supprimées ; et ce, sans discussion, sans ménagement, au détour d’un appel concernant une émission qui aurait dû être diffusée le lendemain.",
        "Comment cette décision a été prise ? Dans quel cadre ? Par qui ? Avec quels objectifs pour le projet de la radio ? Nous n’avons pas reçu de véritable argument ou raison à cela sinon qu’elles n’entreraient plus dans la ligne \"politique\" de la radio.",
        "Et oui, \"Ligne Politique\" signifie aujourd’hui supprimer des émissions qui diffusent des critiques politiques, portées par des bénévoles, pour l’une impliqué depuis presque 15 ans dans la radio. Et cette décision tombe seulement deux mois après une réunion associatives rassemblant les bénévoles et le salarié où tout le contraire avait été dit : \"nous avons besoin de vous, blabla, les émissions bénévoles sur des sujets qui touchent et concernent les habitants, c’est l’âme des radios locales, blabla\". Il avait même été décidé de faire des réunions mensuelles, une mailing liste des bénévoles, pour qu’iels puissent être plus en lien les un·es avec les autres et plus impliqué·es au sein de la dynamique de la radio,",
        "Deux mois plus tard : \"Vous ne pourrez plus émettre sur Kaléidoscope. Vous ne finissez pas la saison. On ne veut plus de vous. Pas la peine d’insister\". \"Vous n’êtes rien\" exprime même le nouveau président de l’association à une bénévole plutôt émue et en colère face à cette brutale décision.",
    ];
    let article = analyse_text(&page.join("\n\n"));
    assert_eq!(role_of(&article, "Putsh en cours"), Role::Title);
    assert_eq!(role_of(&article, "Qui aurait cru"), Role::Body);
    assert_ne!(role_of(&article, "Une fois l’article"), Role::Body);
}

#[test]
fn the_stamped_headline_stands_over_the_authors_box_and_her_note_is_no_chapo() {
    // The Conversation: the headline and its stamp, the author's box and her declaration of
    // interests, the partners' link, the photo's legend and the share bar, then the lede.
    let page = [
        "Cyberattaques des hôpitaux : que veulent les hackers ?",
        "Publié: 2 novembre 2022, 20:39 CET",
        "Claudine Guerrier, Institut Mines-Télécom Business School",
        "auteur",
        "Claudine Guerrier",
        "Professeur à l'Institut Mines-Télécom Business School, Institut Mines-Télécom Business School",
        "Déclaration d’intérêts",
        "Claudine Guerrier ne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds d'une organisation qui pourrait tirer profit de cet article, et n'a déclaré aucune autre affiliation que son organisme de recherche.",
        "Partenaires",
        "Institut Mines-Télécom apporte un financement en tant que membre adhérent de The Conversation FR.",
        "Voir les partenaires de The Conversation France",
        "Le 20 août 2022, le Centre Hospitalier Sud Francilien (CHSF) de Corbeil Essonne a été victime d’une cyberattaque. Les hackers ont ensuite diffusé des données de patients. Emmanuel Dunand / AFP",
        "Adresse électronique",
        "Twitter",
        "Facebook",
        "Linkedin",
        "WhatsApp",
        "Messenger",
        "Le 20 août 2022, le Centre Hospitalier Sud Francilien (CHSF) de Corbeil-Essonnes a été victime d’une cyberattaque. Pour le vice-amiral Arnaud Coustillère, chargé de la cyberdéfense française, la cyberattaque se définit comme « une action volontaire, offensive ou malveillante, menée au travers du cyberespace et destinée à provoquer un dommage aux informations et aux systèmes qui les traitent, pouvant ainsi nuire aux activités dont ils sont le support ».",
        "De son côté, l’Agence nationale de sécurité des systèmes d’information (ANSSI) définit la cyberattaque comme « une tentative d’atteinte à des systèmes d’information réalisée dans un but malveillant. Elle peut avoir pour objectif de voler des données (secrets militaires, diplomatiques ou industriels, données personnelles bancaires, etc.), de détruire, endommager ou altérer le fonctionnement normal de systèmes d’information (dont les systèmes industriels) ».",
        "Le cas du CHU de Corbeil",
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, "Cyberattaques des hôpitaux"), Role::Title);
    assert_ne!(role_of(&article, "Voir les partenaires"), Role::Title);
    assert_ne!(
        role_of(&article, "Claudine Guerrier ne travaille"),
        Role::Standfirst
    );
    assert_eq!(
        role_of(
            &article,
            "Le 20 août 2022, le Centre Hospitalier Sud Francilien (CHSF) de Corbeil-Essonnes"
        ),
        Role::Body
    );
}

#[test]
fn a_legend_framed_with_dashes_is_no_intertitle_and_leaves_the_chapo_above_it() {
    // Slate: the headline, the chapô, the photo's legend and credit between dashes, the lede.
    let page = [
        "Tapie, Mougeotte et La Provence, un concentré d'histoire de France",
        "L'ex-président de l'OM et l'ancien PDG de TF1 s'intéresseraient au rachat du quotidien régional. Nous vous proposons, comme au lycée, un exercice pour en dégager la signification.",
        "- Tapie en 2008. REUTERS/Benoit Tessier -",
        "Exercice: après avoir attentivement lu cette brève parue dans L'Express, vous expliquerez en quoi elle résume une certaine idée de la France.",
        "«Bernard Tapie sera-t-il le prochain propriétaire de La Provence et de Nice Matin? Alors que le groupe de Philippe Hersant, Hersant Média, négocie avec les banques son désendettement et la vente par appartements de l'ensemble de ses titres, l'homme d'affaires marseillais a fait savoir qu'il s'intéressait de près à la reprise du Pole sud du groupe Hersant. A savoir trois journaux, La Provence, Corse Martin et Nice Matin. L'ancien patron de l'OM, qui semble vouloir revenir sur le devant de la scène marseillaise, avec un oeil sur la mairie, regarde ainsi de près le dossier de reprise de ces trois titres influents dans la région.",
        "Mais il n'est pas le seul à s'intéresser à ces journaux, puisque l'ancien vice PDG de TF1 et ex-directeur du Figaro, Etienne Mougeotte, s'est également lancé dans la course: adossé à des capitaux qataris et conseillé par un autre journaliste de TF1, Charles Villeneuve, il étudie également ce dossier. Acheté par Philippe Hersant pour 215 millions d'euros, ce Pole vaudrait aujourd'hui entre 50 millions et 100 millions d'euros: une décote imputée à la crise qui frappe la Presse quotidienne régionale, mais une dépréciation d'actifs qui pourrait faire des heureux.»",
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, "- Tapie en 2008."), Role::Credit);
    assert_ne!(role_of(&article, "L'ex-président de l'OM"), Role::Caption);
    assert_eq!(role_of(&article, "Exercice: après avoir"), Role::Body);
}

#[test]
fn a_credit_that_names_its_picture_before_the_copyright_leaves_the_chapo_above_it() {
    // Le Soir: the headline, the desk and the date, the chapô, the picture's legend and its
    // credit on one line, the lede.
    let page = [
        "Décès de Michel Daerden : « Il méritait une meilleure sortie »",
        "Rédaction en ligne",
        "lundi 06 août 2012, 06:43",
        "Le décès de Michel Daerden fait la Une des journaux francophones et flamands. Les journaux évoquent l'homme aux deux visages.",
        "Michel Daerden © Belga",
        "Un constat revient au fil des éditoriaux : l'homme politique s'est perdu dans un jeu médiatique dangereux qui en a fait une bête de scène.",
        "« Victime de l'image qu'il a lui-même créée », résume Le Soir qui insiste sur l'ambivalence du personnage : un homme intelligent maîtrisant les chiffres comme peu de ses semblables, un homme populaire et jovial ne se souciant guère de soigner sa relation difficile avec l'alcool.",
        "« Force est de reconnaître que, ces derniers temps, ce n'est pas son action politique qui le plaçait bien en vue dans les médias », souligne Le Soir.",
    ];
    let article = analyse_text(&page.join("\n"));
    assert_eq!(role_of(&article, "Michel Daerden © Belga"), Role::Credit);
    assert_ne!(
        role_of(&article, "Le décès de Michel Daerden"),
        Role::Caption
    );
}

#[test]
fn a_live_blogs_labelled_headline_is_its_headline() {
    // A live blog opens on its headline under the label "DIRECT." (written for the tests):
    // the live family took it for a label, and the title came from the chapô.
    let article = analyse_text(include_str!("../../fixtures/written/live_blog.txt"));
    assert_eq!(role_of(&article, "DIRECT. Tempête"), Role::Title);
    assert_eq!(
        article.title.as_deref(),
        Some("Tempête Ciarán : 1,2 million de foyers privés d'électricité, un mort dans le Finistère")
    );
    assert_eq!(role_of(&article, "11h40"), Role::Dateline);
}

#[test]
fn an_interviews_question_stating_its_premise_is_a_question() {
    // An interview (written for the tests) whose questions are its intertitles; one states
    // its premise before asking, and was left a paragraph, as if the doctor said it.
    let page = include_str!("../../fixtures/written/interview.txt");
    let premise = "Le ministère de la Santé a annoncé";
    assert_eq!(role_of(&analyse_text(page), premise), Role::Intertitle);
    assert_eq!(
        role_of(&analyse_text(page), "C'est une goutte d'eau"),
        Role::Body
    );
    // Under an intertitle that does not ask, the run is no interview's: a paragraph may end
    // on a question of its own.
    let explainer = page.replace("Que demandez-vous ?", "Les revendications des soignants");
    let article = analyse_text(&explainer);
    assert_eq!(role_of(&article, "Les revendications"), Role::Intertitle);
    assert_eq!(role_of(&article, premise), Role::Body);
}

#[test]
fn an_interviews_first_question_and_its_prompts_are_questions() {
    // An interview (written for the tests) whose first question, under the chapô and "Propos
    // recueillis par…", states its premise; one intertitle is a prompt left in suspension
    // ("…un plan d'adaptation…"), which made the run no interview's: the first question
    // was left a paragraph, as the scientist's words.
    let article = analyse_text(include_str!(
        "../../fixtures/written/interview_with_prompt.txt"
    ));
    assert_eq!(role_of(&article, "Votre livre s'ouvre"), Role::Intertitle);
    assert_eq!(role_of(&article, "Parce que cet été"), Role::Body);
    assert_eq!(role_of(&article, "Membre du Haut Conseil"), Role::Body);
}

#[test]
fn a_match_reports_envoy_signs_it_and_its_sheet_heads_nothing() {
    // A match report (written for the tests) signed "Par notre envoyé spécial au Parc des
    // Princes, Julien Morel": the signature was taken for the headline, the headline for a
    // label, the chapô for a legend; and the goals' line was an intertitle.
    let article = analyse_text(include_str!("../../fixtures/written/match_report.txt"));
    assert_eq!(role_of(&article, "Par notre envoyé"), Role::Byline);
    assert_eq!(role_of(&article, "Le PSG renverse Lyon"), Role::Title);
    assert_eq!(role_of(&article, "Mené 2-0"), Role::Standfirst);
    assert_eq!(role_of(&article, "Buts : Dembélé"), Role::Body);
}

#[test]
fn a_pages_boxes_between_sections_leave_its_intertitles_standing() {
    // A page (written for the tests) copied as text, an embedded post, a read-also box, a
    // video's teaser and a newsletter's box between its sections.
    let article = analyse_text(include_str!("../../fixtures/written/page_with_boxes.txt"));
    // A heading ending on a negation's "pas" was taken for a line cut before its noun.
    assert_eq!(
        role_of(&article, "Les syndicats ne désarment pas"),
        Role::Intertitle
    );
    // A question under the video's teaser and duration was read as a paragraph.
    assert_eq!(role_of(&article, "Durée : 02:15"), Role::Navigation);
    assert_eq!(role_of(&article, "Quel coût pour"), Role::Intertitle);
    // The newsletter's pitch, between its name and its button, was kept as prose.
    assert_eq!(role_of(&article, "Chaque soir, l'essentiel"), Role::Paywall);
    assert_eq!(role_of(&article, "Le Conseil d'orientation"), Role::Body);
}

#[test]
fn a_press_releases_presentation_of_its_issuer_is_no_section() {
    // A press release (written for the tests) ends on "À propos de la Région Bretagne" over
    // the paragraph that presents the Region: it was the article's last section.
    let page = include_str!("../../fixtures/written/press_release.txt");
    let article = analyse_text(page);
    assert_eq!(role_of(&article, "À propos de la Région"), Role::Byline);
    assert_eq!(
        role_of(&article, "La Région Bretagne est une"),
        Role::Byline
    );
    assert_eq!(role_of(&article, "Le financement sera assuré"), Role::Body);
    // Over prose that does not open on its words, the same shape is a section of the story.
    let section = page.replace(
        "La Région Bretagne est une collectivité",
        "Selon la Région, cette collectivité",
    );
    let article = analyse_text(&section);
    assert_eq!(role_of(&article, "À propos de la Région"), Role::Intertitle);
}

#[test]
fn a_labelled_list_between_paragraphs_is_the_articles() {
    // An election's results (written for the tests), set as a list under "Résultats du
    // premier tour :" between two paragraphs: label and items were a related headline and
    // its links, and the scores were lost.
    let page = include_str!("../../fixtures/written/election_results.txt");
    let article = analyse_text(page);
    assert_eq!(role_of(&article, "Résultats du premier tour"), Role::Body);
    assert_eq!(role_of(&article, "- Martine Dufour"), Role::Body);
    assert_eq!(role_of(&article, "- Claire Benoît"), Role::Body);
    // The same list ending the page, no prose of the article under it, is not known to be
    // its own: a box of links under its label may close a page.
    let (above_the_list, _) = page.split_once("\n\nLa participation").unwrap();
    let article =
        analyse_text(&above_the_list.replace("Résultats du premier tour", "Nos articles"));
    assert_ne!(role_of(&article, "Nos articles"), Role::Body);
}

#[test]
fn an_interviews_labelled_questions_are_its_intertitles_and_lose_their_labels() {
    // An interview (written for the tests) set as "Q :" and "R :" turns: the first question
    // was the lede, and the title was made of it; each turn kept its label.
    let article = analyse_text(include_str!(
        "../../fixtures/written/labelled_interview.txt"
    ));
    assert_eq!(role_of(&article, "Q : Vous rentrez"), Role::Intertitle);
    assert_eq!(role_of(&article, "Q : Combien"), Role::Intertitle);
    assert_eq!(role_of(&article, "R : Fatigué"), Role::Body);
    let intertitles: Vec<&str> = article
        .paragraphs
        .iter()
        .filter_map(|p| p.intertitle.as_deref())
        .collect();
    assert_eq!(intertitles.len(), 4);
    assert_eq!(intertitles[2], "Combien faudrait-il investir ?");
    assert!(article.paragraphs[1].text.starts_with("Fatigué mais"));
    assert!(article
        .paragraphs
        .iter()
        .all(|p| !p.text.starts_with("R :")));
    // One answer's label alone makes no interview: the story's paragraph keeps it.
    let one = "Le maire a répondu aux questions des habitants lors de la réunion publique de mardi soir, organisée à la salle des fêtes.\n\nQ : Pourquoi fermer la piscine ?\n\nR : Parce que sa rénovation coûterait trop cher à la commune, a-t-il expliqué devant une centaine de personnes.\n\nLa décision sera soumise au conseil municipal le mois prochain, a précisé le maire devant l'assemblée.";
    let article = analyse_text(one);
    assert!(article
        .paragraphs
        .iter()
        .any(|p| p.text.starts_with("R : Parce que")));
}

#[test]
fn an_updates_stamp_and_its_note_are_the_pages_not_the_lede() {
    // A fire's story (written for the tests) under "Mis à jour le 3 décembre 2026 à 11h20 :
    // ajout des déclarations du préfet et du bilan des pompiers.", which was read as prose.
    let article = analyse_text(include_str!("../../fixtures/written/update_note.txt"));
    assert_eq!(
        role_of(&article, "Mis à jour le 3 décembre"),
        Role::Dateline
    );
    assert_eq!(role_of(&article, "Le feu a pris"), Role::Body);
    // Without a date before its colon, a sentence opening on the words is the story's.
    assert!(!update_note(
        "Mise à jour du logiciel : les pompiers ont dû patienter."
    ));
    assert!(update_note(
        "Article mis à jour le 4 mars 2025 : précisions sur le bilan."
    ));
}

#[test]
fn a_correction_of_an_earlier_version_is_the_pages_not_the_story() {
    // A school's closure (written for the tests) ends on "Rectificatif : une précédente
    // version de cet article indiquait que le vote avait eu lieu jeudi. Il s'est tenu
    // vendredi. Nos excuses à nos lecteurs.", which was kept as the article's last paragraph.
    let article = analyse_text(include_str!(
        "../../fixtures/written/school_closure_corrected.txt"
    ));
    assert_eq!(role_of(&article, "Rectificatif :"), Role::Legal);
    assert_eq!(role_of(&article, "Les enseignants du collège"), Role::Body);
    assert!(correction_note(
        "Correction : dans cet article, nous avions écrit que le maire était absent."
    ));
    assert!(correction_note(
        "NDLR : cette dépêche a été corrigée pour préciser le bilan."
    ));
    // A law's article, or the story's own sentence naming a page, is no correction.
    assert!(!correction_note(
        "Code pénal : cet article prévoit jusqu'à cinq ans de prison."
    ));
    assert!(!correction_note(
        "Le ministre l'a reconnu : cet article de la loi a été mal écrit en 2019."
    ));
    assert!(!correction_note(
        "Selon le rapport publié en 2024 : une version de cet article a été corrigée."
    ));
}

#[test]
fn a_timeline_after_the_articles_prose_is_its_own_under_its_label() {
    // The fire's story (written for the tests) ends on "Les dates clés du marché de Rungis :"
    // over three items, each opening on its year: they were dropped after the article.
    let page = include_str!("../../fixtures/written/update_note.txt");
    let article = analyse_text(page);
    assert_eq!(role_of(&article, "Les dates clés"), Role::Intertitle);
    assert_eq!(role_of(&article, "- 1969 : transfert"), Role::Body);
    assert_eq!(role_of(&article, "- 2024 : ouverture"), Role::Body);
    let box_heading = article
        .paragraphs
        .iter()
        .find_map(|p| p.intertitle.as_deref());
    assert_eq!(box_heading, Some("Les dates clés du marché de Rungis"));
    // Headlines under a label after the article open on no year: they stay out.
    let links = page
        .replace("- 1969 : transfert", "- Marché : transfert")
        .replace("- 2003 : le marché", "- Rungis : le marché")
        .replace("- 2024 : ouverture", "- Bio : ouverture");
    let article = analyse_text(&links);
    assert_ne!(role_of(&article, "- Bio : ouverture"), Role::Body);
}

#[test]
fn a_listicles_numbered_questions_are_all_its_intertitles() {
    // "1. Qui peut en bénéficier ?" and "3. Quand sera-t-il envoyé ?" (written for the tests)
    // were paragraphs, the item's number and its stop read as a sentence of their own, while
    // "2. Quel montant ?" was an intertitle.
    let article = analyse_text(include_str!("../../fixtures/written/listicle.txt"));
    for heading in [
        "1. Qui peut en bénéficier ?",
        "2. Quel montant ?",
        "3. Quand sera-t-il envoyé ?",
        "5. Attention aux arnaques",
    ] {
        assert_eq!(role_of(&article, heading), Role::Intertitle, "{heading}");
    }
}

#[test]
fn a_reviews_rating_is_no_intertitle() {
    // A film review (written for the tests) with "Note : ★★★★☆" between its dateline and its
    // first paragraph: the article's one intertitle was the rating.
    let article = analyse_text(include_str!("../../fixtures/written/film_review.txt"));
    assert_eq!(role_of(&article, "Note : ★★★★☆"), Role::Navigation);
    assert_eq!(role_of(&article, "Le film s'ouvre"), Role::Body);
}

#[test]
fn a_match_reports_closing_box_of_facts_is_the_articles() {
    // A rugby report (written for the tests) ends on its box of facts, glued lines under
    // "La fiche technique": "Arbitre : M. Dufort." and "Spectateurs : 19 000.", too short
    // for prose, were labels after the article, dropped.
    let article = analyse_text(include_str!("../../fixtures/written/rugby_report.txt"));
    assert_eq!(role_of(&article, "Essais : Dupont"), Role::Body);
    assert_eq!(role_of(&article, "Arbitre : M. Dufort."), Role::Body);
    assert_eq!(role_of(&article, "Spectateurs : 19 000."), Role::Body);
    // The box's label heads it; the score line under it, shaped as a heading over the box's
    // lines, was the intertitle and the label was dropped.
    assert_eq!(role_of(&article, "La fiche technique"), Role::Intertitle);
    assert_eq!(role_of(&article, "Toulouse - La Rochelle"), Role::Body);
    // A label after the article, not glued to its last paragraph, stays out.
    let apart = include_str!("../../fixtures/written/rugby_report.txt")
        .replace("Arbitre : M. Dufort.", "\nArbitre : M. Dufort.");
    let article = analyse_text(&apart);
    assert_ne!(role_of(&article, "Arbitre : M. Dufort."), Role::Body);
}

#[test]
fn a_paragraph_announcing_a_list_without_its_colon_keeps_it_and_its_items() {
    // A poll's story (written for the tests): "Les personnes interrogées y voient avant tout
    // un moyen… Les principaux avantages cités sont les suivants", its colon lost, over three
    // items ending on semicolons: the paragraph and the first two items were read as a
    // headline and its links, dropped.
    let article = analyse_text(include_str!("../../fixtures/written/poll.txt"));
    assert_eq!(role_of(&article, "Les personnes interrogées"), Role::Body);
    assert_eq!(
        role_of(&article, "- plus de temps pour la famille"),
        Role::Body
    );
    assert_eq!(role_of(&article, "- moins de fatigue"), Role::Body);
}

/// A product review's verdict after its last paragraph: two labels, each glued over a list of
/// short items, then a score. They were labels and related links after the article, and the
/// verdict was dropped. Two lists of headlines after an article stay related links.
#[test]
fn a_reviews_verdict_lists_are_the_articles_and_related_headlines_are_not() {
    let body = "Le Fairphone 6 est le premier modèle de la marque que l'on peut recommander sans \
                réserve à un utilisateur qui ne cherche pas la performance à tout prix.\n\n\
                Sa réparabilité et ses huit ans de mises à jour en font un choix cohérent pour \
                qui veut garder son téléphone longtemps, selon notre test.";
    let verdict = format!(
        "Test du Fairphone 6\n\n{body}\n\nOn aime\n- La réparabilité exemplaire\n\
         - Huit ans de mises à jour promises\n\nOn aime moins\n- Les photos de nuit\n\
         - Le prix, encore élevé\n\nNote : 8/10\n"
    );
    let article = analyse_text(&verdict);
    assert_eq!(role_of(&article, "On aime moins"), Role::Intertitle);
    assert_eq!(role_of(&article, "- Les photos de nuit"), Role::Body);
    assert_eq!(role_of(&article, "Note : 8/10"), Role::Body);
    let related = format!(
        "Test du Fairphone 6\n\n{body}\n\nLes plus lus\n\
         - Le gouvernement annonce un nouveau plan pour les urgences hospitalières\n\
         - Retraites : ce qui change pour les fonctionnaires au 1er janvier prochain\n\n\
         Les plus partagés\n- Un incendie ravage un entrepôt de la zone industrielle de Lens\n\
         - La mairie de Lille dévoile son projet de tramway jusqu'à Villeneuve-d'Ascq\n"
    );
    let article = analyse_text(&related);
    assert_ne!(role_of(&article, "- Un incendie ravage"), Role::Body);
    assert_ne!(role_of(&article, "Les plus partagés"), Role::Intertitle);
}

/// A box of figures the article ends on, set as a table under an intertitle ("Repères" over
/// "Exploitations équipées : 31") or as a list of labelled facts under a label: its rows were
/// a label and related headlines after the article, and the box was dropped. A table of
/// related headlines after an article, without figures, stays out.
#[test]
fn a_table_of_figures_the_article_ends_on_is_its_own() {
    let body = "La chambre d'agriculture suit douze exploitations depuis deux saisons et compare \
                leurs rendements avec ceux des parcelles voisines restées à l'aspersion.\n\n\
                Les premiers résultats, présentés en novembre à Valence, montrent une économie \
                moyenne de 32 % et des rendements stables.";
    let closing = format!(
        "# Les maraîchers passent au goutte-à-goutte\n\n{body}\n\n## Repères\n\n| | |\n|---|---|\n\
         | Exploitations équipées | 31 |\n| Économie d'eau mesurée | 32 % |\n\
         | Aide de l'agence de l'eau | jusqu'à 50 % |\n"
    );
    let article = analyse(&crate::reading::markdown::read(&closing));
    assert_eq!(role_of(&article, "Exploitations équipées : 31"), Role::Body);
    assert_eq!(
        role_of(&article, "Aide de l'agence de l'eau : jusqu'à 50 %"),
        Role::Body
    );
    // The same box as a bulleted list under a line in bold (TextEdit has no tables).
    let listed = format!(
        "# Les maraîchers passent au goutte-à-goutte\n\n{body}\n\n**Repères**\n\n\
         - Exploitations équipées : 31\n- Économie d'eau mesurée : 32 %\n\
         - Aide de l'agence de l'eau : jusqu'à 50 %\n"
    );
    let article = analyse(&crate::reading::markdown::read(&listed));
    assert_eq!(role_of(&article, "Repères"), Role::Intertitle);
    assert_eq!(
        role_of(&article, "Aide de l'agence de l'eau : jusqu'à 50 %"),
        Role::Body
    );
    let related = format!(
        "# Les maraîchers passent au goutte-à-goutte\n\n{body}\n\n## À lire aussi\n\n| | |\n|---|---|\n\
         | Sécheresse | La préfecture restreint l'arrosage dans la vallée |\n\
         | Agriculture | Les vignerons de la Drôme misent sur le bio |\n"
    );
    let article = analyse(&crate::reading::markdown::read(&related));
    assert_ne!(
        role_of(
            &article,
            "Sécheresse : La préfecture restreint l'arrosage dans la vallée"
        ),
        Role::Body
    );
}

/// A headline in a PDF's large type wraps twice over, and `pdftotext` glues the lede under
/// it: "Dans la Drôme, les maraîchers" was the headline, "passent au goutte-à-goutte pour
/// sauver leurs récoltes" a label before the article. A toolbar's words glued under a
/// headline stay out of it (the page tests' 7sur7 page).
#[test]
fn a_headline_wrapped_over_lines_with_the_lede_glued_under_it_is_one() {
    let text =
        "Dans la Drôme, les maraîchers\npassent au goutte-à-goutte pour\nsauver leurs récoltes\n\
                Après deux étés de restrictions d'eau, une trentaine d'exploitations de la vallée \
                ont équipé leurs parcelles de tuyaux percés qui arrosent au pied des plants.\n\n\
                La chambre d'agriculture promet 30 % d'eau économisée, les pionniers parlent \
                plutôt de 40 %.\n";
    let article = analyse_text(text);
    assert_eq!(
        article.title.as_deref(),
        Some("Dans la Drôme, les maraîchers passent au goutte-à-goutte pour sauver leurs récoltes")
    );
}

/// A sentence an advertisement's label cut in two (written for this test): the halves were
/// two paragraphs, and the first got a full stop it never had ("une eau que nous n'aurons
/// peut-être." / "pas en septembre »"). They are one paragraph; a paragraph that ends its
/// sentence, or a list's item, is not continued by the next.
#[test]
fn a_sentence_an_advertisement_cut_in_two_is_one_paragraph() {
    let article = analyse_text(
        "Sécheresse : la Drôme partage ses retenues d'eau\n\nLa chambre d'agriculture de la Drôme a présenté mardi un plan de trois ans aux maraîchers de la vallée, qui ont jusqu'à la fin de l'hiver pour s'y engager.\n\nLes retenues appartiennent aux communes, qui les réservent d'abord à l'eau potable. « On ne peut pas promettre aux agriculteurs une eau que nous n'aurons\n\nPUBLICITÉ\n\npas en septembre », prévient le maire de Saillans, qui demande une convention signée chaque été.\n\nUne première réunion est prévue le 15 janvier à Die. Le préfet a promis d'y assister, comme les élus des communes voisines.",
    );
    let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert!(
        texts[1].ends_with("une eau que nous n'aurons pas en septembre », prévient le maire de Saillans, qui demande une convention signée chaque été."),
        "{texts:#?}"
    );
}

/// The byline under the headline names the story's author (Le Monde's "Par Olivier Faye",
/// a text with no metadata); a teaser's byline in the page's header, above the headline,
/// signs another story, and a teaser's after the story's end too.
#[test]
fn the_byline_under_the_headline_names_the_author() {
    let blocks = |header: &'static str| {
        hinted_page(&[
            ("La crise du logement étudiant s'aggrave à la rentrée", None),
            (header, None),
            (
                "« Abruti », « connard » : quand les présidents insultent les Français",
                Some(Hint::Title),
            ),
            ("Par Olivier Faye", None),
            (PROSE_A, None),
            (PROSE_B, None),
            (PROSE_C, None),
            ("À lire aussi", None),
            ("Par Claire Voisin", None),
        ])
    };
    let signed = analyse(&blocks("Par Jeanne Martin"));
    assert_eq!(signed.author.as_deref(), Some("Olivier Faye"));
    let mut unsigned = blocks("Par Jeanne Martin");
    unsigned.blocks.remove(3);
    assert_eq!(analyse(&unsigned).author, None);
}

/// A byline with its stamp on one line, no mark between them, is read as a dateline; it still
/// signs the story (the names without the stamp).
#[test]
fn a_byline_read_as_a_dateline_names_the_author() {
    let article = analyse_text(&format!(
        "Lille : la métropole lance des vélos cargos en libre-service\n\n\
         Par Jean Dupont publié le 3 mars 2024 à 10h12\n\n{PROSE_A}\n\n{PROSE_B}\n"
    ));
    assert_eq!(article.author.as_deref(), Some("Jean Dupont"));
}

/// France Télévisions prints its signature's label on a line of its own ("Article rédigé
/// par" / "Léna Thobie-Gorce" / "France Télévisions Rédaction Culture"): the line under the
/// label holds the names; a name alone under no label names no one.
#[test]
fn the_names_under_a_signing_label_name_the_author() {
    let page = |label: &str| {
        format!(
            "Le musée expose ses Brueghel\n\n{label}Léna Thobie-Gorce\n\nFrance Télévisions \
             Rédaction Culture\n\n{PROSE_A}\n\n{PROSE_B}\n"
        )
    };
    let signed = analyse_text(&page("Article rédigé par\n\n"));
    assert_eq!(signed.author.as_deref(), Some("Léna Thobie-Gorce"));
    assert_eq!(analyse_text(&page("")).author, None);
}
