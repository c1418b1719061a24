//! The bundler over the real corpus (`tests/corpus`) and the seeds (`tests/seeds`). The expected figures and
//! values below were checked by reading the source files (front matter with grep, duplicates with
//! md5sum, translation keys per language with sort/diff); see the README for the commands.

use careers_bundle::{bundle_dir_with, to_json, Fate, Options, Outcome, Severity};
use careers_core::{parse_bundle, FacetKind, Lang};
use std::path::PathBuf;

/// The repository's `tests/` folder, which holds the corpus and the seeds.
fn test_data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests")
}

fn folder(parts: &[&str]) -> PathBuf {
    let mut dir = test_data();
    for p in parts {
        dir = dir.join(p);
    }
    assert!(
        dir.is_dir(),
        "test data folder {} is missing (the repository's tests/corpus and tests/seeds)",
        dir.display()
    );
    dir
}

/// The corpus and the seeds were copied into this repository years after the postings went up,
/// so the days git first saw their files say nothing of the postings: git is not asked.
const COPIED_IN: Options = Options {
    default_lang: None,
    ignore_git: true,
    contact: None,
    site_origin: None,
};

fn era(name: &str) -> Outcome {
    bundle_dir_with(&folder(&["corpus", name]), COPIED_IN)
}

fn seeds() -> Outcome {
    bundle_dir_with(
        &folder(&["seeds"]),
        Options {
            default_lang: Some(Lang::En),
            ..COPIED_IN
        },
    )
}

/// (files, postings, pairs, single, skipped, warnings, errors)
fn figures(o: &Outcome) -> (usize, usize, usize, usize, usize, usize, usize) {
    let s = &o.summary;
    (
        s.files, s.postings, s.pairs, s.single, s.skipped, s.warnings, s.errors,
    )
}

#[test]
fn summary_2019_12() {
    // 54 files; 4 `layout: page` (en chief-of-staff, head-of-talent, product-manager,
    // fr responsable-du-talent); no duplicates; 24 translation keys present once in each
    // language → 24 pairs; fr chef-de-cabinet and gestionnaire-de-produits have no key → 2 single,
    // 2 warnings. No file has a `date` (grep) and git is not asked (`COPIED_IN`): the one open posting
    // (en/senior-developers.md with its French file, `archived: false`) gets a third warning.
    // Two more: links broken by a space between `]` and `(`, repaired (fr/head-of-engineering.md:39,
    // fr/recruteur-creatif.md:37).
    assert_eq!(figures(&era("2019-12")), (54, 26, 24, 2, 4, 5, 0));
}

#[test]
fn summary_2023_06() {
    // 246 files; 3 pages; 57 byte-identical duplicates (30 en + 27 fr, md5sum); 186 files left:
    // 90 pairs and 6 single. Warnings: 57 duplicates + fr/chef-de-cabinet without key + 3 files
    // repeating a (key, leverId) with different content. Every posting is archived, so none
    // needs a date.
    // One more: a link broken by a space, repaired (fr/head-of-engineering.md:39).
    assert_eq!(figures(&era("2023-06")), (246, 96, 90, 6, 60, 62, 0));
}

#[test]
fn summary_seeds() {
    // Four Markdown postings saved as .txt, one PDF position description, the README skipped.
    // No seed has a `date`: the two open ones (002, 003) get a warning each.
    // And 003's link broken by a space between `]` and `(`, repaired (line 54).
    assert_eq!(figures(&seeds()), (6, 5, 0, 5, 1, 3, 0));
}

fn check_accounted(o: &Outcome) {
    assert!(!o.files.is_empty());
    for (rel, fate) in &o.files {
        match fate {
            Fate::Posting(id) => {
                let p = o
                    .bundle
                    .postings
                    .iter()
                    .find(|p| &p.id == id)
                    .unwrap_or_else(|| panic!("{rel}: no posting {id}"));
                let sources: Vec<&str> =
                    p.en.iter()
                        .chain(p.fr.iter())
                        .map(|c| c.source.as_str())
                        .collect();
                assert!(
                    sources.contains(&rel.as_str()),
                    "{rel} not a source of {id}"
                );
            }
            Fate::Skipped => assert!(
                o.diagnostics
                    .iter()
                    .any(|d| &d.path == rel && d.severity <= Severity::Warning),
                "{rel} skipped without a note"
            ),
            Fate::Failed => assert!(
                o.diagnostics
                    .iter()
                    .any(|d| &d.path == rel && d.severity == Severity::Error),
                "{rel} failed without an error"
            ),
        }
    }
}

#[test]
fn every_file_is_accounted_for() {
    for o in [era("2019-12"), era("2023-06"), seeds()] {
        check_accounted(&o);
        let sources: usize = o
            .bundle
            .postings
            .iter()
            .map(|p| p.en.is_some() as usize + p.fr.is_some() as usize)
            .sum();
        let posted = o
            .files
            .iter()
            .filter(|(_, f)| matches!(f, Fate::Posting(_)))
            .count();
        assert_eq!(sources, posted);
    }
}

/// The widget reads its files with its own JSON reader (`careers_core::json`), the bundler writes
/// them with serde: every real posting, in both eras, must come back as it was written, compact
/// or pretty-printed. The corpus has no dates (and is not in git): two postings in three are
/// given one here, so that dated and undated entries are both read back.
#[test]
fn the_widget_reads_back_every_published_file_of_the_corpus_exactly() {
    for name in ["2019-12", "2023-06"] {
        let mut bundle = era(name).bundle;
        for (i, p) in bundle.postings.iter_mut().enumerate() {
            p.date = (i % 3 != 0).then(|| format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28));
            p.valid_through = (i % 2 == 0).then(|| "2026-12-31".to_string());
        }
        let published = careers_core::publish(&bundle);
        assert!(published.listing.postings.len() > 20, "{name}");
        let dated = published
            .listing
            .postings
            .iter()
            .filter(|p| p.date.is_some());
        assert!(dated.count() > 10, "{name}");
        for json in [
            serde_json::to_string(&published.listing).unwrap(),
            serde_json::to_string_pretty(&published.listing).unwrap(),
        ] {
            let read = careers_core::parse_listing(&json);
            assert!(
                read.as_ref() == Ok(&published.listing),
                "{name}: the listing differs"
            );
        }
        for body in &published.bodies {
            let json = serde_json::to_string(body).unwrap();
            let read = careers_core::parse_body(&json, &body.id);
            assert!(
                read.as_ref() == Ok(body),
                "{name}: the body of {} differs",
                body.id
            );
        }
    }
}

#[test]
fn output_is_deterministic_valid_and_labelled() {
    for name in ["2019-12", "2023-06"] {
        let a = to_json(&era(name).bundle).unwrap();
        let b = to_json(&era(name).bundle).unwrap();
        assert_eq!(a, b, "{name}: two runs differ");
        let parsed = parse_bundle(&a).expect("the widget can read it");
        assert_eq!(parsed.schema, careers_core::SCHEMA_VERSION);
        let mut ids: Vec<&str> = parsed.postings.iter().map(|p| p.id.as_str()).collect();
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "{name}: ids not sorted and unique"
        );
        ids.dedup();
        for p in &parsed.postings {
            assert!(
                !p.id.is_empty()
                    && p.id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                p.id
            );
            for kind in FacetKind::ALL {
                for v in p.facets.values(kind) {
                    let label = parsed.labels.label(kind, v);
                    assert!(
                        label.is_some_and(|l| !l.en.is_empty() && !l.fr.is_empty()),
                        "{}: no label for {v}",
                        p.id
                    );
                }
            }
        }
    }
}

/// era, source, expected title, open, the other language's source (None: single), classification.
type Expect = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    Option<&'static str>,
    &'static [&'static str],
);

const CHECKED: [Expect; 22] = [
    ("2019-12", "en/head-of-partnerships.md", "Head of Partnerships", false, Some("fr/chef-des-partenariats.md"), &[]),
    ("2019-12", "fr/chef-des-partenariats.md", "Chef des partenariats", false, Some("en/head-of-partnerships.md"), &[]),
    ("2019-12", "en/senior-developers.md", "Senior Developers", true, Some("fr/développeurs-expérimentés.md"), &[]),
    ("2019-12", "en/test.md", "Quantitative Design Researcher", false, Some("fr/chercheur-quantitatif-en-conception.md"), &[]),
    ("2019-12", "en/policy-analyst.md", "Policy Analyst (Co-op)", false, Some("fr/analyste-des-politiques.md"), &[]),
    ("2019-12", "fr/chef-de-cabinet.md", "Chef de cabinet", false, None, &[]),
    ("2019-12", "en/head-of-outreach.md", "Head of Outreach", false, Some("fr/responsable-de-l’engagement.md"), &[]),
    ("2019-12", "en/senior-product-manager.md", "Senior Product Manager", false, Some("fr/gestionnaire-principal-de-produits.md"), &[]),
    (
        "2023-06",
        "en/partnerships-advisor--68fdb06c-bf01-4151-b997-3bb5dd3f6602.md",
        "Partnerships Advisor",
        false,
        Some("fr/conseiller-en-partenariats--68fdb06c-bf01-4151-b997-3bb5dd3f6602.md"),
        &["EC-06"],
    ),
    ("2023-06", "en/director-of-digital-practice--c284600b-aa90-4bc9-86b3-ca6aad8f45a7.md", "Director of Digital Practice", false, Some("fr/directeur-ou-directrice-des-pratiques-numériques--c284600b-aa90-4bc9-86b3-ca6aad8f45a7.md"), &["EX-03"]),
    ("2023-06", "en/people-operations-coordinator.md", "People Operations Coordinator", false, Some("fr/coordonnateur-coordonnatrice-des-opérations-du-personnel.md"), &["AS-02"]),
    ("2023-06", "en/senior-service-designer--4d2fb273-8688-47fe-b4db-57e0cc91202d.md", "Senior Service Designer", false, Some("fr/concepteur-principal-ou-conceptrice-principale-de-service--4d2fb273-8688-47fe-b4db-57e0cc91202d.md"), &["CS-04"]),
    ("2023-06", "en/technical-marketer--ca28aa2e-540f-4a51-a88f-821c06b2ac62.md", "Technical Marketer", false, Some("fr/spécialiste-en-marketing-technique--ca28aa2e-540f-4a51-a88f-821c06b2ac62.md"), &["AS-05"]),
    ("2023-06", "en/head-of-internal-operations.md", "Head of Internal Operations", false, Some("fr/chef-des-opérations-internes.md"), &["AS-05"]),
    ("2023-06", "en/senior-product-manager---platform--f5ea171c-590f-4272-b1cc-7e56714d37fa.md", "Senior Product Manager - Platform", false, Some("fr/gestionnaire-principal-e-de-produit---plateformes--f5ea171c-590f-4272-b1cc-7e56714d37fa.md"), &["CS-04", "CS-05"]),
    ("2023-06", "en/policy-advisor--3461782f-f182-41f5-8bcc-a1f46c09dd9c.md", "Policy Advisor", false, Some("fr/conseiller-ère-en-politiques--3461782f-f182-41f5-8bcc-a1f46c09dd9c.md"), &["EC-04", "EC-05"]),
    ("2023-06", "fr/conseiller-ère-en-politiques.md", "Conseiller (ère) en politiques", false, None, &["EC-04", "EC-05"]),
    ("2023-06", "en/it-operations-and-security-lead.md", "IT Operations and Security Lead", false, Some("fr/responsable-des-opérations-et-de-la-sécurité-de-la-ti.md"), &["CS-03"]),
    ("2023-06", "en/recruitment-administrator--82a8c993-9749-46ee-8f3e-b41fac71d7a4.md", "Recruitment Administrator", false, Some("fr/administrateur-de-recrutement-administratrice-de-recrutement--82a8c993-9749-46ee-8f3e-b41fac71d7a4.md"), &["AS-01", "AS-02"]),
    ("2023-06", "en/administrative-officer-internal-operations-agente-administrative-agent-administratif-opérations-internes.md", "Administrative Officer - Internal Operations", false, None, &["AS-03"]),
    ("2023-06", "en/director-of-talent-and-internal-operations--null.md", "Director of Talent and Internal Operations", false, Some("fr/directeur·rice-des-opérations-internes-et-du-talent--null.md"), &["EX-01"]),
    ("2023-06", "en/full-stack-developer-partnerships---c632acb2-ad72-4de0-b6d6-ae3656071c79.md", "Full Stack Developer (Partnerships)", false, Some("fr/développeur-généraliste-partenariats---c632acb2-ad72-4de0-b6d6-ae3656071c79.md"), &["CS-03", "CS-04", "CS-05"]),
];

#[test]
fn postings_checked_by_hand() {
    let outcomes = [("2019-12", era("2019-12")), ("2023-06", era("2023-06"))];
    for (name, source, title, open, partner, classification) in CHECKED {
        let o = &outcomes.iter().find(|(n, _)| *n == name).unwrap().1;
        let p = o
            .bundle
            .postings
            .iter()
            .find(|p| p.en.iter().chain(p.fr.iter()).any(|c| c.source == source))
            .unwrap_or_else(|| panic!("{name}/{source}: no posting"));
        let own = [&p.en, &p.fr]
            .into_iter()
            .flatten()
            .find(|c| c.source == source)
            .unwrap();
        let other = [&p.en, &p.fr]
            .into_iter()
            .flatten()
            .find(|c| c.source != source);
        assert_eq!(own.title, title, "{source}");
        assert_eq!(p.status.open, open, "{source}");
        assert_eq!(other.map(|c| c.source.as_str()), partner, "{source}");
        assert_eq!(p.facets.classification, classification, "{source}");
    }
}

#[test]
fn re_postings_of_a_job_stay_distinct() {
    // `people-operations-coordinator` (leverId 272a1ae2…) and `…-feb-2022` (same leverId) are two
    // postings; `executive-assistant-coo2` has two French files with the same key and leverId but
    // different titles: one pairs, the other stays single with a warning.
    let o = era("2023-06");
    let ids: Vec<&str> = o.bundle.postings.iter().map(|p| p.id.as_str()).collect();
    assert!(ids.contains(&"people-operations-coordinator"));
    assert!(ids.contains(&"people-operations-coordinator-feb-2022"));
    let coo2: Vec<_> = o
        .bundle
        .postings
        .iter()
        .filter(|p| p.id.starts_with("executive-assistant-coo2"))
        .collect();
    assert_eq!(coo2.len(), 2);
    assert_eq!(
        coo2.iter()
            .filter(|p| p.en.is_some() && p.fr.is_some())
            .count(),
        1
    );
    assert!(o
        .diagnostics
        .iter()
        .any(|d| d.path == "fr/adjoint·e-exécutif·ve.md" && d.severity == Severity::Warning));
}

#[test]
fn open_posting_with_lever_id_gets_an_apply_target() {
    let o = era("2019-12");
    let p = o
        .bundle
        .postings
        .iter()
        .find(|p| p.id == "sr-dev")
        .expect("sr-dev");
    assert!(p.status.open && p.status.form);
    assert_eq!(
        p.apply.as_deref(),
        Some("https://jobs.lever.co/cds/3bd6f7cd-339b-48a3-8d9e-e50b40dc4ecf/apply")
    );
    assert!(o
        .bundle
        .postings
        .iter()
        .filter(|p| !p.status.open)
        .all(|p| p.apply.is_none()));
}

#[test]
fn the_pdf_seed_is_read() {
    let o = seeds();
    let p = o
        .bundle
        .postings
        .iter()
        .find(|p| p.en.as_ref().is_some_and(|c| c.source.starts_with("004_")))
        .expect("seed 004 is a posting");
    let c = p.en.as_ref().unwrap();
    assert_eq!(c.title, "Director, Engagement");
    assert_eq!(p.facets.classification, vec!["EX-01"]);
    // Without front matter: closed, key from the file name.
    assert!(!p.status.open);
    assert_eq!(p.id, "004-a0d9a25676ab9a92");
    let text = careers_bundle::markdown::blocks_text(&c.body);
    for gone in ["March I8", "2OI9", "Director, Engagement 2 ", "EX-OI"] {
        assert!(!text.contains(gone), "{gone} left in the body");
    }
    assert!(text.contains("FTEs: 15"), "I5 mended");
    assert!(text.contains("Reports to: Chief Executive Officer"));
    let headings: Vec<String> = c
        .body
        .iter()
        .filter_map(|b| match b {
            careers_core::Block::Heading { text, .. } => {
                Some(careers_core::text::inline_text(text))
            }
            _ => None,
        })
        .collect();
    for h in [
        "General accountability",
        "Organization structure",
        "Nature and scope",
        "Specific accountabilities",
    ] {
        assert!(
            headings.iter().any(|x| x == h),
            "missing heading {h}: {headings:?}"
        );
    }
    let ordered = c.body.iter().find_map(|b| match b {
        careers_core::Block::List {
            ordered: true,
            items,
        } => Some(items.len()),
        _ => None,
    });
    assert_eq!(ordered, Some(8), "eight specific accountabilities");
}

#[test]
fn the_markdown_seeds_are_read() {
    let o = seeds();
    let find = |key: &str| {
        o.bundle
            .postings
            .iter()
            .find(|p| p.id == key)
            .unwrap_or_else(|| panic!("{key}"))
    };
    let p = find("head-of-partnerships");
    assert!(!p.status.open);
    assert_eq!(p.en.as_ref().unwrap().title, "Head of Partnerships");
    assert_eq!(p.facets.team, vec!["partnerships"]);
    let p = find("head-product-management");
    assert!(p.status.open);
    assert_eq!(
        p.apply.as_deref(),
        Some("https://jobs.lever.co/cds/009af27c-525c-47ea-8161-850273915cb6/apply")
    );
    // No leverId: its own text says where to write (once its broken link is repaired).
    let p = find("senior-product-manager");
    assert!(p.status.open);
    assert_eq!(
        p.apply.as_deref(),
        Some("mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca")
    );
}
