//! A lookup by content of strings kept in a vector elsewhere: a hash table of their indexes.
//! A map from each string to its index stored every string twice, once as the map's key (the
//! typo dictionary's words, the index's terms: thousands of small copies at every start).

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// The indexes of strings held elsewhere, found by the strings' content. Every method takes
/// `string`, which gives the string at an index: the vector the indexes point into.
#[derive(Debug, Clone, Default)]
pub(crate) struct StrIndex {
    table: HashTable<u32>,
}

/// FxHash: the keys are our own short words, not attacker-chosen at scale, and hashing
/// dominated building the index with the default SipHash.
#[inline]
fn hash(text: &str) -> u64 {
    FxBuildHasher.hash_one(text)
}

impl StrIndex {
    /// An index with room for `capacity` strings before it grows (growing hashes every
    /// string again).
    pub(crate) fn with_capacity(capacity: usize) -> StrIndex {
        StrIndex { table: HashTable::with_capacity(capacity) }
    }

    /// The index of `key`, if one was inserted.
    #[inline]
    pub(crate) fn get<'s>(&self, key: &str, string: impl Fn(u32) -> &'s str) -> Option<u32> {
        self.table.find(hash(key), |&index| string(index) == key).copied()
    }

    /// Adds `index`, whose string is `key`; the caller has checked that `key` is not in yet.
    pub(crate) fn insert_new<'s>(
        &mut self,
        key: &str,
        index: u32,
        string: impl Fn(u32) -> &'s str,
    ) {
        self.table.insert_unique(hash(key), index, |&index| hash(string(index)));
    }
}
