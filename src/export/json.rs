//! JSON: the whole report, pretty-printed, with the stable field names of
//! [`crate::pipeline::Report`]. Machines read this; it never changes shape without a reason.

use serde::Serialize;

pub fn to_string<T: Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("report types always serialise");
    text.push('\n');
    text
}
