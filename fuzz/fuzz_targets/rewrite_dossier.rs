//! `redac rewrite LEAD --with …`: the input is cut at each form feed line ("\n\x0c\n") into the
//! lead and up to four related sources.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "contained.rs"]
mod contained;
use redac::pipeline::{Settings, SourceInput};

fuzz_target!(init: contained::install_hook(), |bytes: &[u8]| {
    let mut sources = bytes
        .split(|&b| b == 0x0c)
        .take(5)
        .enumerate()
        .map(|(i, part)| SourceInput {
            name: format!("source-{i}"),
            bytes: part.to_vec(),
        });
    let Some(lead) = sources.next() else { return };
    let related: Vec<SourceInput> = sources.collect();
    let _ = redac::dossier::rewrite(&lead, &related, &Settings::default());
});
