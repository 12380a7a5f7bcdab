//! Typed ids and tables. `Id<T>` is a row id that only fits its own table (an inbox id
//! cannot be passed where a conversation id is expected) and renders as the bare number.
//! `Table<T>` is a table with its own sequence (like a Postgres sequence it never rolls
//! back) and, for rows that name one, a secondary index kept by `insert`, `remove`,
//! `retain`, `update_all` and the `get_mut` guard, so no handler maintains it by hand.

use std::cmp::Ordering;
use std::collections::{btree_map, BTreeMap, BTreeSet};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut, Index};

/// The id of a row of `T`.
pub(crate) struct Id<T>(u64, PhantomData<fn() -> T>);

impl<T> Id<T> {
    pub(crate) const MIN: Id<T> = Id(0, PhantomData);
    pub(crate) const MAX: Id<T> = Id(u64::MAX, PhantomData);

    pub(crate) const fn new(n: u64) -> Id<T> {
        Id(n, PhantomData)
    }

    /// The number as the database (and every payload) shows it.
    pub(crate) const fn get(self) -> u64 {
        self.0
    }
}

/// Zero, the id of a row not saved yet.
impl<T> Default for Id<T> {
    fn default() -> Self {
        Id::new(0)
    }
}

impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl<T> Eq for Id<T> {}
impl<T> PartialOrd for Id<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Id<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}
impl<T> Hash for Id<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}
impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
impl<T> fmt::Display for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
impl<T> serde::Serialize for Id<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(self.0)
    }
}
impl<T> From<Id<T>> for serde_json::Value {
    fn from(id: Id<T>) -> Self {
        id.0.into()
    }
}

/// A per-table id sequence.
pub(crate) struct Sequence<T>(u64, PhantomData<fn() -> T>);

impl<T> Default for Sequence<T> {
    fn default() -> Self {
        Sequence(0, PhantomData)
    }
}

impl<T> Sequence<T> {
    pub(crate) fn next(&mut self) -> Id<T> {
        self.0 += 1;
        Id::new(self.0)
    }
}

/// A row type: what its table indexes it by, if anything.
pub(crate) trait Row: Sized {
    /// The secondary index key (`()` for tables without one).
    type Key: Ord + Clone;
    fn key(&self) -> Option<Self::Key> {
        None
    }
}

/// Rows without a secondary index.
macro_rules! plain_rows {
    ($($row:ty),* $(,)?) => {$(
        impl $crate::sandbox::table::Row for $row {
            type Key = ();
        }
    )*};
}
pub(crate) use plain_rows;

/// Rows by id, the table's sequence and its secondary index `(key, id)`.
pub(crate) struct Table<T: Row> {
    rows: BTreeMap<Id<T>, T>,
    seq: Sequence<T>,
    index: BTreeSet<(T::Key, Id<T>)>,
}

impl<T: Row> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: BTreeMap::new(),
            seq: Sequence::default(),
            index: BTreeSet::new(),
        }
    }
}

impl<T: Row> Table<T> {
    /// The next value of the table's sequence (used up even if the row is never saved).
    pub(crate) fn next_id(&mut self) -> Id<T> {
        self.seq.next()
    }

    pub(crate) fn insert(&mut self, id: Id<T>, row: T) -> Option<T> {
        let before = self.rows.get(&id).and_then(Row::key);
        reindex(&mut self.index, id, before, row.key());
        self.rows.insert(id, row)
    }

    pub(crate) fn remove(&mut self, id: &Id<T>) -> Option<T> {
        let row = self.rows.remove(id)?;
        if let Some(k) = row.key() {
            self.index.remove(&(k, *id));
        }
        Some(row)
    }

    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&Id<T>, &mut T) -> bool) {
        let index = &mut self.index;
        self.rows.retain(|id, row| {
            let kept = keep(id, row);
            if !kept {
                if let Some(k) = row.key() {
                    index.remove(&(k, *id));
                }
            }
            kept
        });
    }

    /// A row by its id.
    pub(crate) fn get(&self, id: &Id<T>) -> Option<&T> {
        self.rows.get(id)
    }

    /// A row to change; the index follows its key when the guard is dropped.
    pub(crate) fn get_mut(&mut self, id: &Id<T>) -> Option<RowMut<'_, T>> {
        let row = self.rows.get_mut(id)?;
        let key = row.key();
        Some(RowMut {
            id: *id,
            key,
            row,
            index: &mut self.index,
        })
    }

    /// Changes every row (`update_all`), keeping the index right.
    pub(crate) fn update_all(&mut self, mut f: impl FnMut(&mut T)) {
        for (id, row) in self.rows.iter_mut() {
            let before = row.key();
            f(row);
            reindex(&mut self.index, *id, before, row.key());
        }
    }

    pub(crate) fn contains_key(&self, id: &Id<T>) -> bool {
        self.rows.contains_key(id)
    }

    pub(crate) fn values(&self) -> btree_map::Values<'_, Id<T>, T> {
        self.rows.values()
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// Rows whose index key is `key`, in id order (creation order).
    pub(crate) fn by_key<'a>(&'a self, key: &T::Key) -> impl DoubleEndedIterator<Item = &'a T> {
        self.index
            .range((key.clone(), Id::MIN)..=(key.clone(), Id::MAX))
            .filter_map(|(_, id)| self.rows.get(id))
    }

    /// Whether the index holds exactly the keys of the rows (for tests).
    #[cfg(test)]
    pub(crate) fn index_agrees(&self) -> bool {
        let expected: BTreeSet<(T::Key, Id<T>)> = self
            .rows
            .iter()
            .filter_map(|(id, row)| row.key().map(|k| (k, *id)))
            .collect();
        expected == self.index
    }
}

fn reindex<K: Ord, T>(
    index: &mut BTreeSet<(K, Id<T>)>,
    id: Id<T>,
    before: Option<K>,
    after: Option<K>,
) {
    if before == after {
        return;
    }
    if let Some(k) = before {
        index.remove(&(k, id));
    }
    if let Some(k) = after {
        index.insert((k, id));
    }
}

impl<T: Row> Index<&Id<T>> for Table<T> {
    type Output = T;
    fn index(&self, id: &Id<T>) -> &T {
        &self.rows[id]
    }
}

/// A borrowed row of a `Table`; re-indexes the row when dropped if its key changed.
pub(crate) struct RowMut<'a, T: Row> {
    id: Id<T>,
    key: Option<T::Key>,
    row: &'a mut T,
    index: &'a mut BTreeSet<(T::Key, Id<T>)>,
}

impl<T: Row> Deref for RowMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.row
    }
}

impl<T: Row> DerefMut for RowMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.row
    }
}

impl<T: Row> Drop for RowMut<'_, T> {
    fn drop(&mut self) {
        reindex(self.index, self.id, self.key.take(), self.row.key());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Note {
        topic: u64,
    }
    impl Row for Note {
        type Key = u64;
        fn key(&self) -> Option<u64> {
            Some(self.topic)
        }
    }

    #[test]
    fn index_follows_insert_change_and_removal() {
        let mut t: Table<Note> = Table::default();
        let a = t.next_id();
        let b = t.next_id();
        t.insert(a, Note { topic: 1 });
        t.insert(b, Note { topic: 1 });
        assert_eq!(t.by_key(&1).count(), 2);
        t.get_mut(&a).unwrap().topic = 2;
        assert_eq!(t.by_key(&1).count(), 1);
        assert_eq!(t.by_key(&2).count(), 1);
        t.insert(b, Note { topic: 3 });
        t.update_all(|n| n.topic += 10);
        assert_eq!(t.by_key(&13).count(), 1);
        t.retain(|_, n| n.topic != 12);
        t.remove(&b);
        assert_eq!(t.len(), 0);
        assert!(t.index_agrees());
        assert_eq!(t.next_id().get(), 3, "sequences never roll back");
        assert_eq!(serde_json::to_value(b).unwrap(), serde_json::json!(2));
    }
}
