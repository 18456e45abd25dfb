//! `redac check`: any draft text gives findings or a front matter error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redac::checking::{check_text, config::Settings};

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let _ = check_text(&text, &Settings::default());
});
