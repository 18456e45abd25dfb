//! Word stems, interned: one copy of each stem per thread, so that a stem is a pointer.
//!
//! The stages copy stems into many tables (counts, sets, candidates, postings) and compare
//! them again and again. A stem held by a reference count cost, at every copy and every drop,
//! a write to the count's memory, most often out of the processor's caches (a stem is shared
//! by the word cache, the sentences' analyses and the tables); comparing two read their bytes,
//! and every table hashed them. An interned stem is copied as a pointer and dropped for
//! nothing, two are equal when their pointers are, and its hash is computed once.
//!
//! The stems are never freed: there are as many as the distinct content words the thread has
//! met (the vocabulary of its input, some tens of thousands for a batch of news articles), and
//! a stem may be held by any table of any stage. A stem is made on one thread and stays on it
//! (it is neither `Send` nor `Sync`), so the pointer test never compares two threads' copies.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::fmt;
use std::hash::{BuildHasher, Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Deref;

/// A word stem: a pointer to the thread's one copy of its text.
#[derive(Clone, Copy)]
pub struct Stem {
    interned: &'static Interned,
    /// Pointers are compared, so a stem must not meet another thread's copy.
    _this_thread: PhantomData<*const ()>,
}

/// A stem's text and its hash, computed once.
struct Interned {
    hash: u64,
    text: &'static str,
}

thread_local! {
    static STEMS: RefCell<FxHashMap<&'static str, &'static Interned>> =
        RefCell::new(FxHashMap::default());
}

impl Stem {
    /// The stem whose text is `text`, interned on first use.
    pub fn new(text: &str) -> Stem {
        let interned = STEMS.with(|stems| {
            let mut stems = stems.borrow_mut();
            if let Some(&known) = stems.get(text) {
                return known;
            }
            let text: &'static str = Box::leak(Box::from(text));
            let hash = rustc_hash::FxBuildHasher.hash_one(text);
            let interned: &'static Interned = Box::leak(Box::new(Interned { hash, text }));
            stems.insert(text, interned);
            interned
        });
        Stem {
            interned,
            _this_thread: PhantomData,
        }
    }

    pub fn as_str(&self) -> &'static str {
        self.interned.text
    }
}

impl Deref for Stem {
    type Target = str;

    fn deref(&self) -> &str {
        self.interned.text
    }
}

impl AsRef<str> for Stem {
    fn as_ref(&self) -> &str {
        self.interned.text
    }
}

impl From<&str> for Stem {
    fn from(text: &str) -> Stem {
        Stem::new(text)
    }
}

impl PartialEq for Stem {
    fn eq(&self, other: &Stem) -> bool {
        std::ptr::eq(self.interned, other.interned)
    }
}

impl Eq for Stem {}

impl Hash for Stem {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.interned.hash);
    }
}

/// Stems sort by their text, as strings do: an order never depends on where they lie.
impl Ord for Stem {
    fn cmp(&self, other: &Stem) -> std::cmp::Ordering {
        self.interned.text.cmp(other.interned.text)
    }
}

impl PartialOrd for Stem {
    fn partial_cmp(&self, other: &Stem) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Debug for Stem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.interned.text, f)
    }
}

impl fmt::Display for Stem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.interned.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_text_is_one_stem() {
        let a = Stem::new("arm");
        let b = Stem::new(&String::from("arm"));
        assert_eq!(a, b);
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_ne!(a, Stem::new("armé"));
        assert_eq!(&*a, "arm");
    }

    #[test]
    fn stems_sort_by_their_text() {
        let mut stems: Vec<Stem> = ["nucléair", "arm", "russ"].map(Stem::new).to_vec();
        stems.sort();
        let texts: Vec<&str> = stems.iter().map(|s| s.as_str()).collect();
        assert_eq!(texts, ["arm", "nucléair", "russ"]);
    }

    #[test]
    fn a_stem_hashes_the_same_wherever_it_was_made() {
        let hash = |s: Stem| rustc_hash::FxBuildHasher.hash_one(s);
        assert_eq!(hash(Stem::new("arm")), hash(Stem::new(&"xarm"[1..])));
    }
}
