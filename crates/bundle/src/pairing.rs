//! English and French files to postings: exact duplicates kept once, pairing by
//! (`translationKey`, `leverId`), stable URL-safe ids, merged status and facets.
//!
//! Rules, in order, within the files that share a `translationKey`:
//! 1. an English and a French file with the same `leverId` pair;
//! 2. if then exactly one English and one French file are left, they pair, whatever their
//!    `leverId`s (one may lack it; in the 2019 site each language had its own Lever posting);
//! 3. everything else stays a single-language posting (re-postings of a job reuse the key).
//!
//! Files without a `translationKey` are single-language postings.
//! Ids: the slug of the `translationKey` (accents folded); when several postings share it, those
//! with a `leverId` get `-` and its first 8 hex digits; any remaining clash gets `-2`, `-3`, … in
//! path order.

use crate::posting::Doc;
use crate::report::{Diagnostic, Severity};
use crate::{facets, slug, Fate};
use careers_core::address::RESERVED_IDS;
use careers_core::model::{Facets, Posting, Status};
use careers_core::Lang;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A group of files that became one posting.
#[derive(Debug)]
struct Group {
    en: Option<Doc>,
    fr: Option<Doc>,
}

impl Group {
    fn docs(&self) -> impl Iterator<Item = &Doc> {
        self.en.iter().chain(self.fr.iter())
    }
    fn first_rel(&self) -> &str {
        self.docs().map(|d| d.rel.as_str()).min().unwrap_or("")
    }
    fn key(&self) -> Option<&str> {
        self.docs().find_map(|d| d.translation_key.as_deref())
    }
    fn lever(&self) -> Option<&str> {
        self.docs().find_map(|d| d.lever_id.as_deref())
    }
}

/// Builds the postings, sorted by id, with diagnostics and the fate of each file.
pub fn build_postings(docs: Vec<Doc>) -> (Vec<Posting>, Vec<Diagnostic>, Vec<(String, Fate)>) {
    let mut diags = Vec::new();
    let mut fates = Vec::new();

    // 1. Exact duplicates (same language, same text): keep the first by path.
    let mut docs = docs;
    docs.sort_by(|a, b| a.rel.cmp(&b.rel));
    let mut seen: HashMap<(Lang, &str), &str> = HashMap::new();
    let mut duplicate = vec![false; docs.len()];
    for (i, d) in docs.iter().enumerate() {
        if let Some(first) = seen.get(&(d.lang, d.text.as_str())) {
            diags.push(Diagnostic::new(
                &d.rel,
                0,
                Severity::Warning,
                format!("exact duplicate of {first}; kept once"),
            ));
            duplicate[i] = true;
        } else {
            seen.insert((d.lang, d.text.as_str()), d.rel.as_str());
        }
    }
    let mut kept = Vec::new();
    for (d, dup) in docs.into_iter().zip(duplicate) {
        if dup {
            fates.push((d.rel.clone(), Fate::Skipped));
        } else {
            kept.push(d);
        }
    }

    // 2. Group by translation key.
    let mut by_key: BTreeMap<String, Vec<Doc>> = BTreeMap::new();
    let mut groups = Vec::new();
    for d in kept {
        match d.translation_key.clone() {
            Some(k) => by_key.entry(k).or_default().push(d),
            None => groups.push(single(d)),
        }
    }
    for (key, docs) in by_key {
        groups.extend(pair_key(&key, docs, &mut diags));
    }

    // 3. Ids.
    let ids = assign_ids(&groups);

    // 4. Postings.
    let mut postings = Vec::new();
    for (group, id) in groups.into_iter().zip(ids) {
        for d in group.docs() {
            fates.push((d.rel.clone(), Fate::Posting(id.clone())));
        }
        postings.push(to_posting(group, id, &mut diags));
    }
    postings.sort_by(|a, b| a.id.cmp(&b.id));
    (postings, diags, fates)
}

fn single(d: Doc) -> Group {
    match d.lang {
        Lang::En => Group {
            en: Some(d),
            fr: None,
        },
        Lang::Fr => Group {
            en: None,
            fr: Some(d),
        },
    }
}

/// Pairs the files sharing one translation key.
fn pair_key(key: &str, docs: Vec<Doc>, diags: &mut Vec<Diagnostic>) -> Vec<Group> {
    let (mut en, mut fr): (Vec<Option<Doc>>, Vec<Option<Doc>>) = {
        let (e, f): (Vec<Doc>, Vec<Doc>) = docs.into_iter().partition(|d| d.lang == Lang::En);
        (
            e.into_iter().map(Some).collect(),
            f.into_iter().map(Some).collect(),
        )
    };
    let mut groups = Vec::new();
    // Rule 1: same leverId.
    for e in en.iter_mut() {
        let Some(lever) = e.as_ref().and_then(|d| d.lever_id.clone()) else {
            continue;
        };
        if let Some(f) = fr.iter_mut().find(|f| {
            f.as_ref()
                .is_some_and(|d| d.lever_id.as_deref() == Some(&lever))
        }) {
            groups.push(Group {
                en: e.take(),
                fr: f.take(),
            });
        }
    }
    let en: Vec<Doc> = en.into_iter().flatten().collect();
    let fr: Vec<Doc> = fr.into_iter().flatten().collect();
    // Files left over that repeat a (key, leverId) already paired, with different content.
    for d in en.iter().chain(fr.iter()) {
        let Some(lever) = &d.lever_id else { continue };
        let twin = groups
            .iter()
            .filter_map(|g| {
                if d.lang == Lang::En {
                    g.en.as_ref()
                } else {
                    g.fr.as_ref()
                }
            })
            .find(|o| o.lever_id.as_ref() == Some(lever));
        if let Some(twin) = twin {
            diags.push(Diagnostic::new(
                &d.rel,
                0,
                Severity::Warning,
                format!("same translationKey `{key}` and leverId as {} but different content; kept as a separate posting", twin.rel),
            ));
        }
    }
    // Rule 2: one left on each side. Their leverIds may differ: in the 2019 site each language
    // had its own Lever posting (`head-of-partnerships`: ed874b58… in English, 8ae1ad7b… in French).
    if en.len() == 1 && fr.len() == 1 {
        let mut en = en;
        let mut fr = fr;
        groups.push(Group {
            en: en.pop(),
            fr: fr.pop(),
        });
        return groups;
    }
    if !en.is_empty() && !fr.is_empty() && (en.len() > 1 || fr.len() > 1) {
        for d in en.iter().chain(fr.iter()) {
            diags.push(Diagnostic::new(
                &d.rel,
                0,
                Severity::Warning,
                format!(
                    "translationKey `{key}` is shared by {} English and {} French files that no leverId pairs; kept as a single-language posting",
                    en.len(),
                    fr.len()
                ),
            ));
        }
    }
    groups.extend(en.into_iter().chain(fr).map(single));
    groups
}

/// Stable ids, unique across the bundle (see the module documentation).
fn assign_ids(groups: &[Group]) -> Vec<String> {
    let base: Vec<String> = groups
        .iter()
        .map(|g| match g.key() {
            Some(k) => slug::slugify(k),
            None => {
                let rel = g.first_rel();
                let name = rel.rsplit('/').next().unwrap_or(rel);
                let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
                // File names of re-postings end in `--<leverId>`: the slug part is the base.
                slug::slugify(stem.split("--").next().unwrap_or(stem))
            }
        })
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for b in &base {
        *count.entry(b.as_str()).or_default() += 1;
    }
    let mut ids: Vec<String> = groups
        .iter()
        .zip(&base)
        .map(|(g, b)| match g.lever() {
            Some(lever) if count[b.as_str()] > 1 => format!("{b}-{}", slug::lever_suffix(lever)),
            _ => b.clone(),
        })
        .collect();
    // Remaining clashes, and the ids the site's own pages take (`accommodation`): -2, -3 … in
    // order of first path, each free of every id given or wanted (`developer-2.md` keeps its
    // own).
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by(|&a, &b| groups[a].first_rel().cmp(groups[b].first_rel()));
    let wanted: HashSet<String> = ids.iter().cloned().collect();
    let mut given: HashSet<String> = HashSet::new();
    for i in order {
        let id = &ids[i];
        if RESERVED_IDS.contains(&id.as_str()) || !given.insert(id.clone()) {
            let mut n = 2;
            while wanted.contains(&format!("{id}-{n}")) || given.contains(&format!("{id}-{n}")) {
                n += 1;
            }
            ids[i] = format!("{id}-{n}");
            given.insert(ids[i].clone());
        }
    }
    ids
}

/// The earliest of some days (`YYYY-MM-DD`, so text order is time order).
fn earliest<'a>(days: impl Iterator<Item = &'a Option<String>>) -> Option<String> {
    days.flatten().min().cloned()
}

fn to_posting(group: Group, id: String, diags: &mut Vec<Diagnostic>) -> Posting {
    let docs: Vec<&Doc> = group.docs().collect();
    let archived = docs.iter().any(|d| d.archived);
    let unlisted = docs.iter().any(|d| d.unlisted);
    let form_hidden = docs.iter().any(|d| d.form_hidden);
    if let (Some(en), Some(fr)) = (&group.en, &group.fr) {
        let mut disagree = Vec::new();
        if en.archived != fr.archived {
            disagree.push("archived (treated as closed)");
        }
        if en.unlisted != fr.unlisted {
            disagree.push("hidden/linkHidden (treated as unlisted)");
        }
        if en.form_hidden != fr.form_hidden {
            disagree.push("formHidden (treated as no form)");
        }
        if !disagree.is_empty() {
            diags.push(Diagnostic::new(
                &fr.rel,
                0,
                Severity::Warning,
                format!(
                    "English ({}) and French versions disagree on {}",
                    en.rel,
                    disagree.join(", ")
                ),
            ));
        }
    }
    let status = Status {
        open: !archived,
        listed: !unlisted,
        form: !form_hidden,
    };
    let mut merged = Facets::default();
    for d in &docs {
        facets::merge(&mut merged, &d.facets);
    }
    // A position description's `LEVEL:` is the posting's own classification; codes found in the
    // other language's text may name other positions, so they do not count.
    if let Some(level) = docs.iter().find(|d| d.classification_from_level) {
        merged.classification = level.facets.classification.clone();
    }
    // The front matter's own `date` wins over git's; of two files, the earlier day.
    let date = earliest(docs.iter().map(|d| &d.date))
        .or_else(|| earliest(docs.iter().map(|d| &d.committed)));
    // Only an open, listed posting would get a JobPosting: the others need no date to be right.
    if let (None, true, Some((first, others))) =
        (&date, status.open && status.listed, docs.split_first())
    {
        let also = match others {
            [] => String::new(),
            _ => format!(
                " (nor has {})",
                others
                    .iter()
                    .map(|d| d.rel.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        diags.push(Diagnostic::new(
            &first.rel,
            0,
            Severity::Warning,
            format!(
                "no `date` in the front matter{also} and no first commit in git: this open posting will get no JobPosting structured data (search engines need datePosted) and comes last in the newest-first order; add `date: YYYY-MM-DD`"
            ),
        ));
    }
    let apply = match group.lever() {
        Some(lever) if status.open && status.form => {
            let lever: String = lever
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            (!lever.is_empty()).then(|| format!("https://jobs.lever.co/cds/{lever}/apply"))
        }
        _ => None,
    };
    Posting {
        id,
        status,
        facets: merged,
        apply,
        date,
        valid_through: earliest(docs.iter().map(|d| &d.expiry_date)),
        lever_id: group.lever().map(str::to_string),
        en: group.en.map(|d| d.content),
        fr: group.fr.map(|d| d.content),
    }
}
