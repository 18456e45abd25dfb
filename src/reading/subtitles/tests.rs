use super::*;

#[test]
fn subrip_and_webvtt_are_told_by_their_shape() {
    assert!(looks_like_subtitles(
        "1\n00:00:00,000 --> 00:00:03,000\nBonjour.\n\n2\n00:00:03,200 --> 00:00:06,000\nAu revoir.\n"
    ));
    assert!(looks_like_subtitles(
        "\u{feff}WEBVTT\n\n00:01.000 --> 00:03.000\nBonjour.\n"
    ));
    // An article that quotes one timecode, a list that opens on a number.
    assert!(!looks_like_subtitles(
        "2\n00:00:00,000 --> 00:00:03,000 est le format.\n\nLe reste de l'article.\n"
    ));
    assert!(!looks_like_subtitles(
        "1\nLe premier point.\n\n2\nLe second.\n"
    ));
}

#[test]
fn cues_are_joined_into_prose_and_paragraphs_end_at_pauses() {
    let srt = "1\r\n00:00:00,000 --> 00:00:02,000\r\n<i>Le maire a annoncé</i>\r\nla fermeture de la piscine.\r\n\r\n\
               2\r\n00:00:02,100 --> 00:00:04,000\r\nLes travaux dureront\r\ndeux ans.\r\n\r\n\
               3\r\n00:00:06,000 --> 00:00:08,000\r\n- Les nageurs iront à Lens &amp; Liévin.\r\n";
    assert_eq!(
        to_text(srt),
        "Le maire a annoncé la fermeture de la piscine. Les travaux dureront deux ans.\n\n\
         Les nageurs iront à Lens & Liévin.\n"
    );
}

#[test]
fn a_pause_mid_sentence_ends_no_paragraph_and_a_new_voice_does() {
    let vtt = "WEBVTT\n\nNOTE réalisé par la rédaction\n\n\
               00:00.000 --> 00:02.000 align:start\n<v Léa Salamé>Vous annoncez\n\n\
               00:05.000 --> 00:07.000\n<v Léa Salamé>un plan ?\n\n\
               00:07.500 --> 00:09.000\n<v.loud Gabriel Attal>Oui, dès lundi.\n";
    assert_eq!(to_text(vtt), "Vous annoncez un plan ?\n\nOui, dès lundi.\n");
}

#[test]
fn a_long_span_without_pauses_is_cut_at_sentences() {
    let sentence =
        "Les techniciens relèvent les compteurs chaque semaine dans les douze exploitations.";
    let cues: String = (0..12)
        .map(|i| {
            format!(
                "{}\n00:00:{:02},000 --> 00:00:{:02},900\n{sentence}\n\n",
                i + 1,
                i * 2,
                i * 2 + 1
            )
        })
        .collect();
    let text = to_text(&cues);
    let paragraphs: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert_eq!(paragraphs.len(), 3, "{text}");
    for paragraph in paragraphs {
        let words = crate::segmenting::count_words(paragraph);
        assert!((10..=60).contains(&words), "{words}: {paragraph}");
    }
}

#[test]
fn timestamps_are_read_with_or_without_hours() {
    assert_eq!(timestamp("01:02:03,004"), Some(3_723_004));
    assert_eq!(timestamp("02:03.004"), Some(123_004));
    assert_eq!(timestamp("2:03"), None);
    assert_eq!(timestamp("aa:bb.ccc"), None);
    assert_eq!(
        timing("00:01.000 --> 00:02.500 line:0"),
        Some((1_000, 2_500))
    );
}
