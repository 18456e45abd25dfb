//! Embedded posts: a post an article quotes (a tweet) is its text over its signature line
//! ("— Olivier Véran (@olivierveran) March 14, 2020"). The signature is read alone as a
//! web trace; the post's text, which a dump sets apart in blocks of its own (a line a `<br>`),
//! reads like the article's prose. It is the post's, not the journalist's.

use super::{Draft, Role};

/// The most characters a post holds (a tweet's limit): the blocks above a signature that
/// may be its post.
const POST_MAX_CHARS: usize = 280;

/// Mark as the post the undecided blocks right above each post's signature, from the
/// nearest one that bears a post's marks (a hashtag, a handle, an emoji).
pub fn mark(draft: &mut Draft) {
    for signature in 1..draft.len() {
        if !signature_line(draft.texts[signature]) {
            continue;
        }
        if let Some(top) = post_above(draft, signature) {
            for i in top..signature {
                draft.set(i, Role::EmbeddedPost, "a post's text over its signature");
            }
        }
    }
}

/// "— Olivier Véran (@olivierveran) March 14, 2020": a dash, a name and a handle in
/// brackets, as the embed signs a post.
fn signature_line(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with(['—', '–', '-']) && text.contains("(@")
}

/// The first block of the post above its signature: the farthest block bearing a post's
/// marks among the undecided blocks right above, within a post's length. None when no block
/// there bears one: a paragraph of the article may stand right above a post whose text the
/// page did not keep.
fn post_above(draft: &Draft, signature: usize) -> Option<usize> {
    let mut chars = 0;
    let mut top = None;
    for i in (0..signature).rev() {
        if draft.roles[i].is_some() {
            break;
        }
        chars += draft.texts[i].trim().chars().count();
        if chars > POST_MAX_CHARS {
            break;
        }
        if bears_post_marks(draft.texts[i]) {
            top = Some(i);
        }
    }
    top
}

/// A hashtag or a handle ("#COVIDー19", "@elonmusk"), or an emoji ("⚠️"): what a post
/// writes and an article's prose does not.
fn bears_post_marks(text: &str) -> bool {
    let handle = text.split_whitespace().any(|word| {
        word.strip_prefix('@')
            .is_some_and(|name| name.starts_with(char::is_alphanumeric))
    });
    super::inline::holds_hashtag(text) || handle || text.chars().any(is_emoji)
}

/// Pictographs and symbols of the emoji blocks ("⚠", "🤯").
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_a_name_and_a_handle_sign_a_post() {
        assert!(signature_line(
            "— Olivier Véran (@olivierveran) March 14, 2020"
        ));
        assert!(!signature_line(
            "Olivier Véran (@olivierveran) l'a écrit le 14 mars."
        ));
        assert!(!signature_line("— Olivier Véran, ministre de la Santé"));
    }

    #[test]
    fn a_hashtag_a_handle_or_an_emoji_mark_a_post() {
        assert!(bears_post_marks(
            "⚠️ #COVIDー19 | La prise d’anti-inflammatoires pourrait être un facteur d’aggravation de l’infection."
        ));
        assert!(bears_post_marks("Merci @elonmusk pour ce soutien"));
        assert!(!bears_post_marks(
            "Le ministre a écrit sur Twitter que le n° 1 des ventes était en rupture (#1 selon lui)."
        ));
    }
}
