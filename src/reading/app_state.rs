//! The article an application's state holds: a page built by a JavaScript framework
//! (Next.js's `<script id="__NEXT_DATA__" type="application/json">`, any state a page ships as
//! `application/json`) renders its article in the browser, and a scraper that saves the page
//! without running its scripts gets an empty shell around the state. Read as HTML it held no
//! prose, and the page was refused.
//!
//! The state's shape is the site's own: the article is told by its fields, not by a path. It
//! is the object, eight levels down at most, that has a title and a text of prose
//! (a string, paragraphs, or blocks a headless CMS stores: `{"type": "paragraph", "html":
//! "…"}`, `{"type": "heading", "text": "…"}`, Sanity's `{"style": "h2", "children": [{"text":
//! "…"}]}`), the longest if several do (a page's state also holds its related stories'
//! teasers). Its text is given as markup, so the page's reader reads it as it reads the
//! markup a JSON-LD `articleBody` stores: its chapô first, its headings as intertitles.
//!
//! A state may come flattened (Nuxt's payload: one array whose objects give each field as
//! the index of its value); read as it stands it held no title, and it is unflattened into
//! the tree it stands for, within bounds linear in its length, before it is searched.

use super::linked_data::{Declared, DeclaredArticle};
use serde_json::{Map, Value};

/// How deep the article may be in the state (Next.js: `props.pageProps.article`, a few levels
/// more in a page's `data`); the bound keeps a hostile state cheap.
const MAX_DEPTH: usize = 8;

/// Fewest words of prose an article's text holds: a teaser's summary has fewer.
const MIN_WORDS: usize = 60;

const TITLE_FIELDS: &[&str] = &["title", "headline"];
const TEXT_FIELDS: &[&str] = &["body", "content", "text", "articleBody", "blocks"];
const STANDFIRST_FIELDS: &[&str] = &["chapo", "chapeau", "standfirst", "lead", "intro"];
const DESCRIPTION_FIELDS: &[&str] = &["description", "summary", "excerpt"];
const DATE_FIELDS: &[&str] = &[
    "publishedAt",
    "datePublished",
    "publicationDate",
    "published_at",
    "date",
];
/// A block's own text.
const BLOCK_TEXT_FIELDS: &[&str] = &["html", "text", "content", "value"];
/// What a block says it is.
const BLOCK_KIND_FIELDS: &[&str] = &["type", "_type", "style", "kind"];

/// The article the states (each a script's JSON) hold, the first state's that holds one,
/// with its authors.
pub fn declared<'s>(states: impl Iterator<Item = &'s str>) -> Declared {
    states
        .filter_map(|state| {
            Some((
                serde_json::from_str::<Value>(state.trim()).ok()?,
                state.len(),
            ))
        })
        .find_map(|(state, len)| {
            longest_article(&state).or_else(|| longest_article(&unflattened(&state, len)?))
        })
        .unwrap_or_default()
}

/// How many bytes of values a flattened state may be unflattened into, per byte of its
/// JSON: shared values are copied at each use, and the bound keeps a hostile state's
/// unflattening linear (a value used everywhere, a cycle).
const UNFLATTENED_BYTES_PER_BYTE: usize = 4;

/// Bytes a value costs besides its text, and each of its fields or items besides its name,
/// against that bound: charged before they are followed, so the work stays within it too (a
/// long array used everywhere).
const VALUE_COST: usize = 16;

/// How many references deep a flattened state is followed: the article's depth, and the
/// wrappers a framework adds at each level (Nuxt's `["Reactive", 5]`).
const FLATTENED_MAX_DEPTH: usize = 3 * MAX_DEPTH;

/// The state a framework ships flattened, as a tree (Nuxt's payload, written by `devalue`):
/// one array whose first item is the root, each object's fields and each array's items
/// given as the index of their value in it, a value of a kind JSON lacks tagged by its name
/// (`["Date", "2026-12-01T18:45:00Z"]`, `["ShallowReactive", 1]`). Read as it stands, its
/// objects held numbers where the title and the text are: no article. Told by that shape;
/// `None` for any other state.
fn unflattened(state: &Value, json_len: usize) -> Option<Value> {
    let items = state.as_array()?;
    let flattened = match items.first()? {
        Value::Object(root) => !root.is_empty() && root.values().all(Value::is_i64),
        Value::Array(tagged) => {
            tagged.first().is_some_and(Value::is_string) && tagged.get(1).is_some_and(Value::is_i64)
        }
        _ => false,
    };
    if !flattened {
        return None;
    }
    let mut unflattening = Unflattening {
        items,
        budget: UNFLATTENED_BYTES_PER_BYTE * json_len,
    };
    Some(unflattening.value(0, 0))
}

/// A flattened state being unflattened, within its budget of bytes.
struct Unflattening<'s> {
    items: &'s [Value],
    budget: usize,
}

impl Unflattening<'_> {
    /// The value at `index`, its references followed; `null` past the depth or the budget,
    /// and for an index that is none (devalue's negative constants: `undefined`, a hole).
    fn value(&mut self, index: i64, depth: usize) -> Value {
        let item = usize::try_from(index).ok().and_then(|i| self.items.get(i));
        let Some(item) = item.filter(|_| depth <= FLATTENED_MAX_DEPTH) else {
            return Value::Null;
        };
        let cost = VALUE_COST
            + match item {
                Value::String(text) => text.len(),
                Value::Array(references) => VALUE_COST * references.len(),
                Value::Object(fields) => fields.keys().map(|name| VALUE_COST + name.len()).sum(),
                _ => 0,
            };
        let Some(left) = self.budget.checked_sub(cost) else {
            return Value::Null;
        };
        self.budget = left;
        match item {
            Value::Object(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(name, reference)| (name.clone(), self.follow(reference, depth)))
                    .collect(),
            ),
            Value::Array(tagged) if tagged.first().is_some_and(Value::is_string) => {
                self.tagged(tagged, depth)
            }
            Value::Array(references) => Value::Array(
                references
                    .iter()
                    .map(|reference| self.follow(reference, depth))
                    .collect(),
            ),
            scalar => scalar.clone(),
        }
    }

    /// The value a field or an item of a value at `depth` refers to by its index.
    fn follow(&mut self, reference: &Value, depth: usize) -> Value {
        match reference.as_i64() {
            Some(index) => self.value(index, depth + 1),
            None => Value::Null,
        }
    }

    /// A value of a kind JSON lacks: a date's string, a set's items, an object without a
    /// prototype (`["null", "name", 3, …]`), a wrapper's one value (`["Ref", 5]`); `null`
    /// for the rest (a map, a regular expression).
    fn tagged(&mut self, tagged: &[Value], depth: usize) -> Value {
        let (Some(tag), rest) = (tagged[0].as_str(), &tagged[1..]) else {
            return Value::Null;
        };
        match (tag, rest) {
            ("Date", [date]) => date.clone(),
            ("Set", items) => Value::Array(
                items
                    .iter()
                    .map(|reference| self.follow(reference, depth))
                    .collect(),
            ),
            ("null", fields) => Value::Object(
                fields
                    .chunks_exact(2)
                    .filter_map(|pair| {
                        let name = pair[0].as_str()?.to_string();
                        Some((name, self.follow(&pair[1], depth)))
                    })
                    .collect(),
            ),
            (_, [wrapped]) => self.follow(wrapped, depth),
            _ => Value::Null,
        }
    }
}

/// The object with the longest text of prose in the state, read as an article.
fn longest_article(state: &Value) -> Option<Declared> {
    let mut best: Option<(usize, &Map<String, Value>, DeclaredArticle)> = None;
    visit(state, 0, &mut |object| {
        if let Some((words, article)) = article_of(object) {
            if best.as_ref().is_none_or(|(most, _, _)| words > *most) {
                best = Some((words, object, article));
            }
        }
    });
    best.map(|(_, object, article)| {
        let names = object
            .get("author")
            .or(object.get("authors"))
            .map(super::linked_data::names)
            .unwrap_or_default();
        Declared {
            authors: (!names.is_empty()).then(|| names.join("; ")),
            article: Some(article),
        }
    })
}

/// Calls `found` on every object of the value, depth first, [`MAX_DEPTH`] levels down.
fn visit<'v>(value: &'v Value, depth: usize, found: &mut impl FnMut(&'v Map<String, Value>)) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Object(object) => {
            found(object);
            object.values().for_each(|v| visit(v, depth + 1, found));
        }
        Value::Array(items) => items.iter().for_each(|v| visit(v, depth + 1, found)),
        _ => {}
    }
}

/// The object as an article, with its text's words: a title, and a text of prose.
fn article_of(object: &Map<String, Value>) -> Option<(usize, DeclaredArticle)> {
    let headline = string(object, TITLE_FIELDS)?;
    let text = TEXT_FIELDS
        .iter()
        .find_map(|name| markup(object.get(*name)?))?;
    let words = super::html::fragment_text(&text).split_whitespace().count();
    if words < MIN_WORDS {
        return None;
    }
    let standfirst = string(object, STANDFIRST_FIELDS);
    let body = match &standfirst {
        Some(standfirst) => paragraph(standfirst) + &text,
        None => text,
    };
    Some((
        words,
        DeclaredArticle {
            headline: Some(headline),
            description: string(object, DESCRIPTION_FIELDS).or(standfirst),
            date: string(object, DATE_FIELDS),
            body,
        },
    ))
}

/// The first of `names` that is a non-empty string, trimmed.
fn string(object: &Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| {
        let text = object.get(*name)?.as_str()?.trim();
        (!text.is_empty()).then(|| text.to_string())
    })
}

/// A text field as markup: a string (markup already, or plain text whose lines are
/// paragraphs), or an array of paragraphs or blocks.
fn markup(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(text) if text.contains("<p") => text.clone(),
        Value::String(text) => text.split("\n\n").map(paragraph).collect(),
        Value::Array(items) => items.iter().filter_map(block_markup).collect(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// One item of a text's array: a paragraph's string, or a block object.
fn block_markup(item: &Value) -> Option<String> {
    let object = match item {
        Value::String(text) => return Some(paragraph(text)),
        Value::Object(object) => object,
        _ => return None,
    };
    let text = string(object, BLOCK_TEXT_FIELDS).or_else(|| children_text(object))?;
    let kind = string(object, BLOCK_KIND_FIELDS).unwrap_or_default();
    let heading = kind.contains("head") || matches!(kind.as_str(), "h2" | "h3" | "h4");
    Some(match heading {
        true => format!("<h2>{}</h2>", inline(&text)),
        false if text.trim_start().starts_with("<p") => text,
        false => format!("<p>{}</p>", inline(&text)),
    })
}

/// The text of a block's spans (Sanity's portable text: `children: [{"text": "…"}]`).
fn children_text(object: &Map<String, Value>) -> Option<String> {
    let spans = object.get("children")?.as_array()?;
    let text: String = spans
        .iter()
        .filter_map(|span| span.get("text")?.as_str())
        .collect();
    (!text.trim().is_empty()).then_some(text)
}

/// A paragraph of plain text as markup.
fn paragraph(text: &str) -> String {
    format!("<p>{}</p>", html_escape::encode_text(text.trim()))
}

/// A block's text inside its element: markup kept (a link, an emphasis), plain text escaped.
fn inline(text: &str) -> String {
    match text.contains('<') {
        true => text.to_string(),
        false => html_escape::encode_text(text).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(words: usize) -> String {
        vec!["mot"; words].join(" ")
    }

    /// Next.js: the article's blocks under `props.pageProps`, beside a teaser that has a
    /// title and a short text.
    #[test]
    fn the_longest_article_of_the_state_is_its_article() {
        let state = serde_json::json!({"props": {"pageProps": {
            "related": [{"title": "Un autre sujet", "body": "Trois mots seulement."}],
            "article": {
                "title": "Lyon : la Fête des lumières",
                "author": {"name": "Léa Moreau"},
                "chapo": "Un record de fréquentation.",
                "publishedAt": "2026-12-08T22:10:00+01:00",
                "body": [
                    {"type": "paragraph", "html": prose(40)},
                    {"type": "heading", "level": 2, "text": "Un dispositif renforcé"},
                    {"type": "paragraph", "html": "<a href=\"/x\">À lire aussi</a>"},
                    {"_type": "block", "style": "normal", "children": [{"text": prose(30)}]}
                ]
            }
        }}});
        let declared = declared([state.to_string().as_str()].into_iter());
        assert_eq!(declared.authors.as_deref(), Some("Léa Moreau"));
        let article = declared.article.unwrap();
        assert_eq!(
            article.headline.as_deref(),
            Some("Lyon : la Fête des lumières")
        );
        assert_eq!(
            article.description.as_deref(),
            Some("Un record de fréquentation.")
        );
        assert_eq!(article.date.as_deref(), Some("2026-12-08T22:10:00+01:00"));
        assert!(article
            .body
            .starts_with("<p>Un record de fréquentation.</p><p>mot mot"));
        assert!(article.body.contains("<h2>Un dispositif renforcé</h2>"));
        assert!(article
            .body
            .contains("<p><a href=\"/x\">À lire aussi</a></p>"));
    }

    /// A state of teasers only, or text without a title, declares no article; a script that
    /// is not JSON is skipped.
    #[test]
    fn teasers_and_untitled_text_are_no_article() {
        let teasers = serde_json::json!({"items": [{"title": "Un", "text": prose(20)}]});
        let untitled = serde_json::json!({"page": {"body": prose(200)}});
        for state in [teasers, untitled] {
            assert_eq!(
                declared([state.to_string().as_str()].into_iter()).article,
                None
            );
        }
        let text = serde_json::json!({"title": "Un titre", "content": prose(80)}).to_string();
        let article = declared(["{not json", text.as_str()].into_iter())
            .article
            .unwrap();
        assert!(article.body.starts_with("<p>mot mot"));
    }

    /// Nuxt's payload: the root wrapped, a date tagged, an object without a prototype, a
    /// set, fields given by index; the article read from the tree it stands for.
    #[test]
    fn a_flattened_state_is_unflattened() {
        let state = serde_json::json!([
            ["ShallowReactive", 1],
            {"data": 2, "once": 10},
            ["null", "story", 3],
            {"title": 4, "lead": 5, "body": 6, "publishedAt": 8, "author": 11},
            "Bordeaux : le pont fermé aux voitures",
            "Le dimanche seulement.",
            [7, 7],
            prose(40),
            ["Date", "2026-12-01T18:45:00.000Z"],
            -1,
            ["Set", 9],
            ["Reactive", 12],
            {"name": 13},
            "Camille Duret"
        ]);
        assert!(longest_article(&state).is_none());
        let declared = declared([state.to_string().as_str()].into_iter());
        assert_eq!(declared.authors.as_deref(), Some("Camille Duret"));
        let article = declared.article.unwrap();
        assert_eq!(
            article.headline.as_deref(),
            Some("Bordeaux : le pont fermé aux voitures")
        );
        assert_eq!(article.date.as_deref(), Some("2026-12-01T18:45:00.000Z"));
        assert!(article
            .body
            .starts_with("<p>Le dimanche seulement.</p><p>mot mot"));
        assert_eq!(article.body.matches("<p>mot").count(), 2);
    }

    /// A state that refers to itself, or uses one long text everywhere, is unflattened
    /// within its bounds, at a cost linear in its length; an array of objects of counts is
    /// no flattened state unless its first object is all references.
    #[test]
    fn a_hostile_flattened_state_stays_bounded() {
        let cycle = serde_json::json!([{"self": 0, "title": 1}, "Un titre"]);
        let cycle_len = cycle.to_string().len();
        assert!(unflattened(&cycle, cycle_len).is_some());
        let mut shared = vec![
            serde_json::json!({"a": 1, "b": 1}),
            serde_json::json!([2, 2, 2, 2]),
        ];
        for level in 2..40 {
            shared.push(serde_json::json!([
                level + 1,
                level + 1,
                level + 1,
                level + 1
            ]));
        }
        shared.push(serde_json::Value::String(prose(1000)));
        shared[1] = serde_json::json!(vec![2; 10_000]);
        let shared = serde_json::Value::Array(shared);
        let len = shared.to_string().len();
        let tree = unflattened(&shared, len).unwrap().to_string();
        assert!(
            tree.len() <= UNFLATTENED_BYTES_PER_BYTE * len * 2,
            "{}",
            tree.len()
        );
        let counts = serde_json::json!([{"count": 3, "title": "Un"}]);
        assert_eq!(unflattened(&counts, 30), None);
    }
}
