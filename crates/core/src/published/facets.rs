//! A listed posting's facet values, packed into one string.
//!
//! The widget holds every posting's facets for the whole visit. As a [`Facets`] they are a list
//! per kind and a string per value: up to a dozen allocations a posting, about 2.5 MB of wasm
//! memory at 10,000 postings. Packed, they are one. Each value is written as its kind's digit
//! (its place in [`FacetKind::ALL`]), its length in bytes, a `:`, then the value, so any text
//! can be a value. The listing's JSON is the same as [`Facets`]'.

use crate::model::{FacetKind, Facets};
use serde::{Serialize, Serializer};
use std::fmt::Write;

/// The facet values of a listed posting ([`crate::Entry`]).
#[derive(Debug, Clone, Default)]
pub struct PackedFacets(Box<str>);

impl PackedFacets {
    /// The values of `kind`, in their order.
    pub fn values(&self, kind: FacetKind) -> impl Iterator<Item = &str> {
        self.iter()
            .filter(move |&(k, _)| k == kind)
            .map(|(_, value)| value)
    }

    /// Whether the posting has a value of `kind`.
    pub fn has(&self, kind: FacetKind) -> bool {
        self.values(kind).next().is_some()
    }

    /// Every value with its kind, in the order they were packed (one pass, where
    /// [`PackedFacets::values`] reads them all for each kind).
    pub fn iter(&self) -> impl Iterator<Item = (FacetKind, &str)> {
        let mut rest = &*self.0;
        std::iter::from_fn(move || {
            let kind =
                *FacetKind::ALL.get(usize::from(rest.as_bytes().first()?.wrapping_sub(b'0')))?;
            let (len, tail) = rest[1..].split_once(':')?;
            let len: usize = len.parse().ok()?;
            let value = tail.get(..len)?;
            rest = &tail[len..];
            Some((kind, value))
        })
    }
}

/// Builds a [`PackedFacets`] one value at a time (the listing's reader, as the values arrive).
#[derive(Debug, Default)]
pub(super) struct Packer(String);

impl Packer {
    pub fn push(&mut self, kind: FacetKind, value: &str) {
        let _ = write!(self.0, "{}{}:{value}", kind as u8, value.len());
    }

    pub fn finish(self) -> PackedFacets {
        PackedFacets(self.0.into_boxed_str())
    }
}

impl From<&Facets> for PackedFacets {
    fn from(facets: &Facets) -> PackedFacets {
        let mut packer = Packer::default();
        for kind in FacetKind::ALL {
            for value in facets.values(kind) {
                packer.push(kind, value);
            }
        }
        packer.finish()
    }
}

impl From<&PackedFacets> for Facets {
    fn from(packed: &PackedFacets) -> Facets {
        let mut facets = Facets::default();
        for (kind, value) in packed.iter() {
            facets.values_mut(kind).push(value.to_owned());
        }
        facets
    }
}

/// Equal when each kind has the same values in the same order, however the kinds were packed.
impl PartialEq for PackedFacets {
    fn eq(&self, other: &PackedFacets) -> bool {
        FacetKind::ALL
            .into_iter()
            .all(|kind| self.values(kind).eq(other.values(kind)))
    }
}

impl Eq for PackedFacets {}

/// Written as [`Facets`] are.
impl Serialize for PackedFacets {
    fn serialize<S: Serializer>(&self, to: S) -> Result<S::Ok, S::Error> {
        Facets::from(self).serialize(to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_is_a_value_and_each_kind_keeps_its_own_in_order() {
        let facets = Facets {
            classification: vec!["EC-06".into(), "CS-03".into()],
            location: vec!["".into(), "12:3".into(), "Montréal « QC »\u{0}:9".into()],
            team: vec!["9".into()],
            ..Facets::default()
        };
        let packed = PackedFacets::from(&facets);
        assert_eq!(Facets::from(&packed), facets);
        let location: Vec<&str> = packed.values(FacetKind::Location).collect();
        assert_eq!(location, ["", "12:3", "Montréal « QC »\u{0}:9"]);
        assert!(packed.has(FacetKind::Team) && !packed.has(FacetKind::Tenure));
        let kinds: Vec<FacetKind> = packed.iter().map(|(kind, _)| kind).collect();
        use FacetKind::{Classification as C, Location as L, Team as T};
        assert_eq!(kinds, [C, C, L, L, L, T]);
        assert_eq!(PackedFacets::default().values(FacetKind::Team).count(), 0);
        assert_eq!(
            serde_json::to_string(&packed).unwrap(),
            serde_json::to_string(&facets).unwrap()
        );
    }

    #[test]
    fn equal_whatever_order_the_kinds_came_in() {
        let mut one = Packer::default();
        one.push(FacetKind::Team, "product");
        one.push(FacetKind::Location, "ncr");
        let mut other = Packer::default();
        other.push(FacetKind::Location, "ncr");
        other.push(FacetKind::Team, "product");
        assert_eq!(one.finish(), other.finish());
        let mut third = Packer::default();
        third.push(FacetKind::Location, "ncr");
        assert_ne!(third.finish(), PackedFacets::default());
    }
}
