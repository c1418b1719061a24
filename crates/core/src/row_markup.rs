//! What each part of a result row's markup shows, slot by slot (an element's text or one of its
//! attributes), so that the widget renders a row once and then writes only the slots that differ
//! when another posting takes its place: one effect a row, where an effect a part cost each row
//! about 22 KB of wasm memory and 550 allocations (README, "Result rows stay in place").

use crate::messages::facet_name;
use crate::result_row::ResultRow;
use crate::{FacetKind, Lang, Msg};
use std::borrow::Cow;

/// An element of a result row whose text or attributes follow the posting at its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowElement {
    /// The row itself (`li`).
    Row,
    /// The title, a link to the posting.
    Link,
    /// "French only" or "En anglais seulement": content in the other language, said in the
    /// interface's.
    Tag,
    Summary,
    /// The paragraph with the date posted.
    Date,
    /// "Posted" before the date.
    PostedOn,
    Time,
    /// The list of the posting's facets.
    Facets,
    /// One facet's name and values.
    Facet(FacetKind),
    FacetName(FacetKind),
    FacetValues(FacetKind),
    Status,
}

/// A part of a row's markup that changes: an element's text, or one of its attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Text(RowElement),
    /// The `hidden` attribute.
    Hidden(RowElement),
    /// The `lang` attribute, on content in the other language.
    Lang(RowElement),
    /// The link's `href`.
    Href,
    /// The link's `id`.
    LinkId,
    /// The time's `datetime`.
    Datetime,
    /// The status's `class`, which gives open and closed their colour and mark.
    StatusClass,
}

impl Slot {
    /// The element the slot is part of.
    pub fn element(self) -> RowElement {
        match self {
            Slot::Text(element) | Slot::Hidden(element) | Slot::Lang(element) => element,
            Slot::Href | Slot::LinkId => RowElement::Link,
            Slot::Datetime => RowElement::Time,
            Slot::StatusClass => RowElement::Status,
        }
    }

    /// The attribute the slot is, `None` for the text.
    pub fn attribute(self) -> Option<&'static str> {
        Some(match self {
            Slot::Text(_) => return None,
            Slot::Hidden(_) => "hidden",
            Slot::Lang(_) => "lang",
            Slot::Href => "href",
            Slot::LinkId => "id",
            Slot::Datetime => "datetime",
            Slot::StatusClass => "class",
        })
    }
}

/// What a row shows: the posting at its place (none: the row is hidden, its texts empty), in the
/// interface language `lang`, with `href` the address of the posting's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowShown {
    pub row: Option<ResultRow>,
    pub lang: Lang,
    pub href: String,
}

/// The id of the title link of posting `id`, where focus returns from its page.
pub fn link_id(id: &str) -> String {
    format!("cds-careers-link-{id}")
}

/// The slots of a row that are not a facet's.
const FIXED_SLOTS: [Slot; 16] = {
    use RowElement::*;
    use Slot::*;
    [
        Hidden(Row),
        Href,
        LinkId,
        Lang(Link),
        Text(Link),
        Hidden(Tag),
        Text(Tag),
        Lang(Summary),
        Text(Summary),
        Hidden(Date),
        Text(PostedOn),
        Datetime,
        Text(Time),
        Hidden(Facets),
        StatusClass,
        Text(Status),
    ]
};

/// Every slot of a row: the fixed ones, then three for each facet.
const SLOTS: [Slot; FIXED_SLOTS.len() + 3 * FacetKind::ALL.len()] = {
    use RowElement::*;
    let mut slots = [Slot::Href; FIXED_SLOTS.len() + 3 * FacetKind::ALL.len()];
    let mut at = 0;
    while at < FIXED_SLOTS.len() {
        slots[at] = FIXED_SLOTS[at];
        at += 1;
    }
    let mut facet = 0;
    while facet < FacetKind::ALL.len() {
        let kind = FacetKind::ALL[facet];
        let at = FIXED_SLOTS.len() + 3 * facet;
        slots[at] = Slot::Hidden(Facet(kind));
        slots[at + 1] = Slot::Text(FacetName(kind));
        slots[at + 2] = Slot::Text(FacetValues(kind));
        facet += 1;
    }
    slots
};

/// The value of a boolean attribute: present (empty) when `on`.
fn flag(on: bool) -> Option<Cow<'static, str>> {
    on.then_some(Cow::Borrowed(""))
}

impl RowShown {
    /// The text of an element (`Slot::Text`), or the value of an attribute, `None` where the
    /// element has no such attribute.
    pub fn value(&self, slot: Slot) -> Option<Cow<'_, str>> {
        use RowElement::*;
        let row = self.row.as_ref();
        let text = |of: fn(&ResultRow) -> &str| Some(Cow::Borrowed(row.map_or("", of)));
        let hidden_unless = |shows: fn(&ResultRow) -> bool| flag(!row.is_some_and(shows));
        let foreign = row.and_then(|r| r.foreign);
        match slot {
            Slot::Hidden(Row) => flag(row.is_none()),
            Slot::Href => Some(Cow::Borrowed(&self.href)),
            Slot::LinkId => row.map(|r| Cow::Owned(link_id(&r.id))),
            Slot::Lang(_) => foreign.map(|lang| Cow::Borrowed(lang.code())),
            Slot::Text(Link) => text(|r| &r.title),
            Slot::Hidden(Tag) => hidden_unless(|r| r.foreign.is_some()),
            Slot::Text(Tag) => Some(Cow::Borrowed(match foreign {
                Some(Lang::En) => Msg::EnglishOnlyTag.text(Lang::Fr),
                Some(Lang::Fr) => Msg::FrenchOnlyTag.text(Lang::En),
                None => "",
            })),
            Slot::Text(Summary) => text(|r| &r.summary),
            Slot::Hidden(Date) => hidden_unless(|r| !r.date.is_empty()),
            Slot::Text(PostedOn) => Some(Cow::Borrowed(Msg::PostedOn.text(self.lang))),
            Slot::Datetime => text(|r| &r.date),
            Slot::Text(Time) => text(|r| &r.date_in_words),
            Slot::Hidden(Facets) => {
                hidden_unless(|r| r.facets.iter().any(|(_, values)| !values.is_empty()))
            }
            Slot::Hidden(Facet(kind)) => flag(row.is_none_or(|r| r.facets[kind].is_empty())),
            Slot::Text(FacetName(kind)) => Some(Cow::Borrowed(facet_name(kind, self.lang))),
            Slot::Text(FacetValues(kind)) => {
                Some(Cow::Borrowed(row.map_or("", |r| r.facets[kind].as_str())))
            }
            Slot::StatusClass => Some(Cow::Borrowed(if row.is_some_and(|r| r.open) {
                "cds-careers__status cds-careers__status--open"
            } else {
                "cds-careers__status cds-careers__status--closed"
            })),
            Slot::Text(Status) => text(|r| r.status),
            // Elements whose text is their children's, and parts no element has.
            Slot::Text(Row | Date | Facets | Facet(_)) | Slot::Hidden(_) => None,
        }
    }

    /// The text of `element`, for the row's first rendering.
    pub fn text(&self, element: RowElement) -> String {
        self.value(Slot::Text(element))
            .map(Cow::into_owned)
            .unwrap_or_default()
    }

    /// The value of the attribute `slot`, for the row's first rendering.
    pub fn attr(&self, slot: Slot) -> Option<String> {
        self.value(slot).map(Cow::into_owned)
    }

    /// The slots whose value differs from `before`'s, with their value now: what a row that
    /// showed `before` writes to show `self`.
    pub fn changes<'a>(
        &'a self,
        before: &'a RowShown,
    ) -> impl Iterator<Item = (Slot, Option<Cow<'a, str>>)> + 'a {
        SLOTS.into_iter().filter_map(move |slot| {
            let now = self.value(slot);
            (now != before.value(slot)).then_some((slot, now))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FacetLabels, Facets};
    use crate::published::{Overview, PackedFacets};
    use crate::Entry;
    use RowElement::*;

    fn entry(id: &str, en: Option<&str>, fr: Option<&str>) -> Entry {
        let overview = |title: &str| Overview {
            title: title.into(),
            summary: format!("{title}, in short."),
        };
        Entry::for_test(id, en.map(overview), fr.map(overview))
    }

    fn shown(posting: Option<&Entry>, lang: Lang) -> RowShown {
        let row = posting.and_then(|p| ResultRow::new(p, &FacetLabels::default(), lang));
        let href = row
            .as_ref()
            .map(|r| format!("?p={}", r.id))
            .unwrap_or_default();
        RowShown { row, lang, href }
    }

    fn changed(before: &RowShown, after: &RowShown) -> Vec<(Slot, Option<String>)> {
        after
            .changes(before)
            .map(|(slot, value)| (slot, value.map(Cow::into_owned)))
            .collect()
    }

    #[test]
    fn a_row_renders_its_posting_and_is_hidden_without_one() {
        let mut dev = entry("dev", Some("Developer"), Some("Développeur"));
        dev.date = Some("2026-11-22".into());
        dev.facets = PackedFacets::from(&Facets {
            location: vec!["Ottawa".into()],
            ..Facets::default()
        });
        let row = shown(Some(&dev), Lang::Fr);
        assert_eq!(row.attr(Slot::Hidden(Row)), None);
        assert_eq!(row.text(Link), "Développeur");
        assert_eq!(
            row.attr(Slot::LinkId).as_deref(),
            Some("cds-careers-link-dev")
        );
        assert_eq!(row.attr(Slot::Href).as_deref(), Some("?p=dev"));
        assert_eq!(row.attr(Slot::Lang(Link)), None);
        assert_eq!(row.attr(Slot::Hidden(Tag)).as_deref(), Some(""));
        assert_eq!(row.text(PostedOn), "Publié\u{a0}le");
        assert_eq!(row.attr(Slot::Datetime).as_deref(), Some("2026-11-22"));
        assert_eq!(row.text(Time), "22 novembre 2026");
        assert_eq!(row.attr(Slot::Hidden(Date)), None);
        assert_eq!(row.attr(Slot::Hidden(Facets)), None);
        assert_eq!(row.attr(Slot::Hidden(Facet(FacetKind::Location))), None);
        assert_eq!(
            row.attr(Slot::Hidden(Facet(FacetKind::Team))).as_deref(),
            Some("")
        );
        assert_eq!(row.text(FacetName(FacetKind::Location)), "Lieu de travail");
        assert_eq!(row.text(FacetValues(FacetKind::Location)), "Ottawa");
        assert!(row.attr(Slot::StatusClass).unwrap().ends_with("--open"));

        let none = shown(None, Lang::Fr);
        assert_eq!(none.attr(Slot::Hidden(Row)).as_deref(), Some(""));
        assert_eq!(none.text(Link), "");
        assert_eq!(none.text(Summary), "");
        assert_eq!(none.attr(Slot::LinkId), None);
    }

    #[test]
    fn content_in_the_other_language_is_tagged_and_marked_with_its_language() {
        let en_only = shown(Some(&entry("d", Some("Designer"), None)), Lang::Fr);
        assert_eq!(en_only.attr(Slot::Hidden(Tag)), None);
        assert_eq!(en_only.text(Tag), "En anglais seulement");
        assert_eq!(en_only.attr(Slot::Lang(Link)).as_deref(), Some("en"));
        assert_eq!(en_only.attr(Slot::Lang(Summary)).as_deref(), Some("en"));
        // Without a date, the date's paragraph is hidden.
        assert_eq!(en_only.attr(Slot::Hidden(Date)).as_deref(), Some(""));
    }

    #[test]
    fn the_same_row_writes_nothing_and_another_only_what_differs() {
        let a = entry("a", Some("Analyst"), None);
        let b = entry("b", Some("Analyst"), None);
        let row_a = shown(Some(&a), Lang::En);
        assert!(changed(&row_a, &row_a.clone()).is_empty());
        let row_b = shown(Some(&b), Lang::En);
        // Same title and summary: only the link's address and id change.
        assert_eq!(
            changed(&row_a, &row_b),
            vec![
                (Slot::Href, Some("?p=b".to_owned())),
                (Slot::LinkId, Some("cds-careers-link-b".to_owned())),
            ]
        );
    }

    #[test]
    fn a_row_that_loses_its_posting_is_hidden_and_emptied_and_a_language_change_renames() {
        let a = shown(
            Some(&entry("a", Some("Analyst"), Some("Analyste"))),
            Lang::En,
        );
        let gone = changed(&a, &shown(None, Lang::En));
        assert!(gone.contains(&(Slot::Hidden(Row), Some(String::new()))));
        assert!(gone.contains(&(Slot::Text(Link), Some(String::new()))));
        assert!(gone.contains(&(Slot::LinkId, None)));
        let back = changed(&shown(None, Lang::En), &a);
        assert!(back.contains(&(Slot::Hidden(Row), None)));
        assert!(back.contains(&(Slot::Text(Link), Some("Analyst".to_owned()))));

        let french = changed(
            &a,
            &shown(
                Some(&entry("a", Some("Analyst"), Some("Analyste"))),
                Lang::Fr,
            ),
        );
        assert!(french.contains(&(Slot::Text(Link), Some("Analyste".to_owned()))));
        assert!(french.contains(&(Slot::Text(PostedOn), Some("Publié\u{a0}le".to_owned()))));
        assert!(french.contains(&(
            Slot::Text(FacetName(FacetKind::Location)),
            Some("Lieu de travail".to_owned())
        )));
    }
}
