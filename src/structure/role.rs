//! The roles a block of a source can play, with stable names for the report.

use serde::Serialize;

/// What a block of the source is. Every block gets exactly one role, with a reason.
///
/// The names (`title`, `related-link`…) are stable: they appear in the JSON report's
/// `structure` and in `redac stats --structure`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The headline.
    Title,
    /// A rubric or section label above the headline ("Politique", "VIDÉO").
    Kicker,
    /// The chapô: the summary paragraph under the headline. Kept; it opens the lede.
    Standfirst,
    /// A date, a time, a place-and-date line.
    Dateline,
    /// The author line, a signature or an agency attribution.
    Byline,
    /// A journalist's subheading inside the body. Kept as an H2.
    Intertitle,
    /// Article prose. Kept.
    Body,
    /// An embedded post (tweet, Instagram) or its signature line.
    EmbeddedPost,
    /// The legend of a photo or video.
    Caption,
    /// A photo or video credit.
    Credit,
    /// A headline or teaser of another article, or the label of such a list.
    RelatedLink,
    /// An invitation to click, watch, listen or download.
    CallToAction,
    /// A paywall, login, newsletter or consent notice.
    Paywall,
    /// Share and follow buttons, print and save.
    Share,
    /// Menus, breadcrumbs, pagination, tags, labels, counters.
    Navigation,
    /// An advertising marker.
    Ad,
    /// The comments box and its rules.
    Comments,
    /// A legal or publisher notice.
    Legal,
    /// A live blog's timestamp or "en direct" label.
    LiveTimestamp,
    /// A line already seen in the source.
    Repeated,
    /// A paragraph in another language than the article's.
    Foreign,
    /// A note at the article's foot, which a mark in the text calls ("«hacker»(1)").
    Footnote,
}

impl Role {
    /// The role's stable name.
    pub fn name(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Kicker => "kicker",
            Role::Standfirst => "standfirst",
            Role::Dateline => "dateline",
            Role::Byline => "byline",
            Role::Intertitle => "intertitle",
            Role::Body => "body",
            Role::EmbeddedPost => "embedded-post",
            Role::Caption => "caption",
            Role::Credit => "credit",
            Role::RelatedLink => "related-link",
            Role::CallToAction => "call-to-action",
            Role::Paywall => "paywall",
            Role::Share => "share",
            Role::Navigation => "navigation",
            Role::Ad => "ad",
            Role::Comments => "comments",
            Role::Legal => "legal",
            Role::LiveTimestamp => "live-timestamp",
            Role::Repeated => "repeated",
            Role::Foreign => "foreign",
            Role::Footnote => "footnote",
        }
    }

    /// Whether the block is part of the article (title, chapô, intertitles, body).
    pub fn is_article(self) -> bool {
        matches!(
            self,
            Role::Title | Role::Standfirst | Role::Intertitle | Role::Body
        )
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serialised_names() {
        for role in [
            Role::RelatedLink,
            Role::LiveTimestamp,
            Role::EmbeddedPost,
            Role::Title,
        ] {
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.name()));
        }
    }

    #[test]
    fn only_title_standfirst_intertitles_and_body_are_article() {
        assert!(Role::Intertitle.is_article());
        assert!(!Role::Caption.is_article());
        assert!(!Role::RelatedLink.is_article());
    }
}
