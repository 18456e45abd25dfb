//! Panics that redac contains: the HTML extractor (trafilatura, over scraper and ego-tree)
//! panics on some malformed pages, and `reading::html` runs it under `catch_unwind`, reading
//! such a page as one with no article. libFuzzer's panic hook would abort on them before the
//! unwind reaches that guard; this hook lets panics raised inside those crates unwind, and
//! aborts on every other one. A panic that escapes the guard still aborts (libfuzzer-sys
//! catches it around each input).

const CONTAINED: &[&str] = &["/trafilatura-", "/ego-tree-", "/scraper-", "/html5ever-"];

pub fn install_hook() {
    let abort = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let contained = info
            .location()
            .is_some_and(|l| CONTAINED.iter().any(|c| l.file().contains(c)));
        if !contained {
            abort(info);
        }
    }));
}
