//! A set kept as a sorted vector, for the few values of a facet filter or of a form's boxes:
//! there a tree's code would cost the wasm more than its searches save.

use std::borrow::Borrow;

/// Values in order, each once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> SortedSet<T> {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    fn position<Q: Ord + ?Sized>(&self, item: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|value| value.borrow().cmp(item))
    }

    pub fn contains<Q: Ord + ?Sized>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.position(item).is_ok()
    }

    /// Adds `item` if it is not there yet.
    pub fn insert(&mut self, item: T) {
        if let Err(at) = self.position(&item) {
            self.0.insert(at, item);
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, item: &Q)
    where
        T: Borrow<Q>,
    {
        if let Ok(at) = self.position(item) {
            self.0.remove(at);
        }
    }

    /// Adds `item` if `present`, else removes it.
    pub fn set(&mut self, item: T, present: bool) {
        if present {
            self.insert(item);
        } else {
            self.remove(&item);
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The values, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> SortedSet<T> {
        let mut set = SortedSet::default();
        for item in items {
            set.insert(item);
        }
        set
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(items: [T; N]) -> SortedSet<T> {
        items.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(set: &SortedSet<String>) -> Vec<&str> {
        set.iter().map(String::as_str).collect()
    }

    #[test]
    fn keeps_each_value_once_in_order() {
        let mut set: SortedSet<String> =
            ["ncr", "remote", "halifax", "ncr"].map(String::from).into();
        assert_eq!(values(&set), ["halifax", "ncr", "remote"]);
        set.insert("montreal".into());
        set.remove("ncr");
        set.remove("ncr");
        assert_eq!(values(&set), ["halifax", "montreal", "remote"]);
        assert!(set.contains("montreal") && !set.contains("ncr"));
        set.set("ncr".into(), true);
        set.set("halifax".into(), false);
        assert_eq!(values(&set), ["montreal", "ncr", "remote"]);
        assert_eq!(set.len(), 3);
    }
}
