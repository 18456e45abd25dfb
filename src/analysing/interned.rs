//! Interned strings: one copy of each text per thread, so that a word's stem or lowercase form
//! is a pointer.
//!
//! The stages copy stems into many tables (counts, sets, candidates, postings) and compare
//! them again and again, and every analysed word holds its stem and, when it is capitalised,
//! its lowercase form. Held by a reference count, such a string cost, at every copy and every
//! drop, a write to the count's memory, most often out of the processor's caches (it is shared
//! by the word cache, the sentences' analyses and the tables); comparing two read their bytes,
//! and every table hashed them. An interned string is copied as a pointer and dropped for
//! nothing, two are equal when their pointers are, and its hash is computed once.
//!
//! They are never freed: there are as many as the distinct words the thread has met (the
//! vocabulary of its input: the 944 k words of the shared corpus hold 36,498 lowercase forms,
//! some 2 MB, and a vocabulary grows about as the square root of the text), and one may be
//! held by any table of any stage, so none can be known to be dropped. One is made on a
//! thread and stays on it (it is neither `Send` nor `Sync`), so the pointer test never
//! compares two threads' copies.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::fmt;
use std::hash::{BuildHasher, Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Deref;

/// A pointer to the thread's one copy of a text.
#[derive(Clone, Copy)]
pub struct Interned {
    copy: &'static Text,
    /// Pointers are compared, so one must not meet another thread's copy.
    _this_thread: PhantomData<*const ()>,
}

/// A text and its hash, computed once.
struct Text {
    hash: u64,
    text: &'static str,
}

thread_local! {
    static COPIES: RefCell<FxHashMap<&'static str, &'static Text>> =
        RefCell::new(FxHashMap::default());
}

impl Interned {
    /// The thread's copy of `text`, made on first use.
    pub fn new(text: &str) -> Interned {
        let copy = COPIES.with(|copies| {
            let mut copies = copies.borrow_mut();
            if let Some(&known) = copies.get(text) {
                return known;
            }
            let text: &'static str = Box::leak(Box::from(text));
            let hash = rustc_hash::FxBuildHasher.hash_one(text);
            let copy: &'static Text = Box::leak(Box::new(Text { hash, text }));
            copies.insert(text, copy);
            copy
        });
        Interned {
            copy,
            _this_thread: PhantomData,
        }
    }

    pub fn as_str(&self) -> &'static str {
        self.copy.text
    }
}

impl Deref for Interned {
    type Target = str;

    fn deref(&self) -> &str {
        self.copy.text
    }
}

impl AsRef<str> for Interned {
    fn as_ref(&self) -> &str {
        self.copy.text
    }
}

impl From<&str> for Interned {
    fn from(text: &str) -> Interned {
        Interned::new(text)
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        std::ptr::eq(self.copy, other.copy)
    }
}

impl Eq for Interned {}

impl Hash for Interned {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.copy.hash);
    }
}

/// Sorted by their text, as strings are: an order never depends on where they lie.
impl Ord for Interned {
    fn cmp(&self, other: &Interned) -> std::cmp::Ordering {
        self.copy.text.cmp(other.copy.text)
    }
}

impl PartialOrd for Interned {
    fn partial_cmp(&self, other: &Interned) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Debug for Interned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.copy.text, f)
    }
}

impl fmt::Display for Interned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.copy.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_text_is_one_copy() {
        let a = Interned::new("arm");
        let b = Interned::new(&String::from("arm"));
        assert_eq!(a, b);
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_ne!(a, Interned::new("armé"));
        assert_eq!(&*a, "arm");
    }

    #[test]
    fn they_sort_by_their_text() {
        let mut sorted: Vec<Interned> = ["nucléair", "arm", "russ"].map(Interned::new).to_vec();
        sorted.sort();
        let texts: Vec<&str> = sorted.iter().map(|s| s.as_str()).collect();
        assert_eq!(texts, ["arm", "nucléair", "russ"]);
    }

    #[test]
    fn a_copy_hashes_the_same_wherever_its_text_was() {
        let hash = |s: Interned| rustc_hash::FxBuildHasher.hash_one(s);
        assert_eq!(
            hash(Interned::new("arm")),
            hash(Interned::new(&"xarm"[1..]))
        );
    }
}
