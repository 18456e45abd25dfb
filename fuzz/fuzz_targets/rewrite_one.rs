//! `redac rewrite` on one source: any bytes give an article or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "contained.rs"]
mod contained;
use redac::pipeline::{Settings, SourceInput};

fuzz_target!(init: contained::install_hook(), |bytes: &[u8]| {
    let source = SourceInput {
        name: "fuzz".into(),
        bytes: bytes.to_vec(),
    };
    let _ = redac::dossier::rewrite(&source, &[], &Settings::default());
});
