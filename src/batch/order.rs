//! Order: the workers' articles, handed in as they finish, given back in the walk's order.
//!
//! An article's slug depends on every article before it in the walk (the first to want a slug
//! has it, see [`super::slugs`]), and with `-j 2` the workers finish in any order. So a
//! finished article is handed in here with its place in the walk, and comes out once every
//! article before it has: the worker that hands in the one the batch was waiting for takes the
//! run of articles that follow it, their slugs settled, and writes them. Each article is then
//! written once, under its final slug and name, instead of being written and rewritten.
//!
//! Held articles are counted in bytes: workers wait before taking a new input while more than
//! a budget is held, so a slow article (a huge one) cannot make the batch hold every article
//! that finished after it.

use std::collections::BTreeMap;

/// Items handed in out of order, given back in order of their index (0, 1, 2…).
#[derive(Debug)]
pub struct Reorder<T> {
    /// The index of the next item to give back.
    next: usize,
    /// Items handed in before their turn, with their size.
    held: BTreeMap<usize, (T, usize)>,
    held_bytes: usize,
}

impl<T> Default for Reorder<T> {
    fn default() -> Self {
        Reorder {
            next: 0,
            held: BTreeMap::new(),
            held_bytes: 0,
        }
    }
}

impl<T> Reorder<T> {
    /// Hand in item `index` of `bytes` bytes; returns the items whose turn has come, in order,
    /// with their index (none while an earlier one is missing).
    pub fn hand_in(&mut self, index: usize, item: T, bytes: usize) -> Vec<(usize, T)> {
        if index != self.next {
            self.held_bytes += bytes;
            self.held.insert(index, (item, bytes));
            return Vec::new();
        }
        let mut ready = vec![(index, item)];
        self.next += 1;
        while let Some((item, bytes)) = self.held.remove(&self.next) {
            self.held_bytes -= bytes;
            ready.push((self.next, item));
            self.next += 1;
        }
        ready
    }

    /// The bytes of the items waiting for an earlier one.
    pub fn held_bytes(&self) -> usize {
        self.held_bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_come_back_in_order_whatever_order_they_are_handed_in() {
        let mut order = Reorder::default();
        assert!(order.hand_in(2, "c", 10).is_empty());
        assert!(order.hand_in(1, "b", 5).is_empty());
        assert_eq!(order.held_bytes(), 15);
        assert_eq!(order.hand_in(0, "a", 1), [(0, "a"), (1, "b"), (2, "c")]);
        assert_eq!(order.held_bytes(), 0);
        assert!(order.hand_in(4, "e", 3).is_empty());
        assert_eq!(order.hand_in(3, "d", 1), [(3, "d"), (4, "e")]);
        assert_eq!(order.hand_in(5, "f", 1), [(5, "f")]);
    }

    #[test]
    fn every_permutation_of_handing_in_gives_the_same_order() {
        let permutations = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
        for permutation in permutations {
            let mut order = Reorder::default();
            let out: Vec<usize> = permutation
                .iter()
                .flat_map(|&i| order.hand_in(i, i, 1))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(out, [0, 1, 2, 3], "{permutation:?}");
            assert_eq!(order.held_bytes(), 0);
        }
    }
}
