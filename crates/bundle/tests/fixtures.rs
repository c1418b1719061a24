//! Small fixtures for the pipeline rules and the command line.

use careers_bundle::{bundle_dir_with, report, Fate, Options, Outcome, Severity};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh temporary content folder holding `files` (path, bytes).
fn content(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("careers-bundle-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, bytes) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    dir
}

/// A posting's source. It is dated `2026-11-02` unless `extra` gives a `date` (or `nodate: x`,
/// which leaves it undated).
fn posting(title: &str, key: &str, lever: Option<&str>, extra: &str, body: &str) -> Vec<u8> {
    let lever = lever.map(|l| format!("leverId: {l}\n")).unwrap_or_default();
    let date = if extra.contains("date:") {
        ""
    } else {
        "date: 2026-11-02\n"
    };
    format!("---\ntitle: '{title}'\ntranslationKey: {key}\n{lever}{date}{extra}---\n{body}\n")
        .into_bytes()
}

/// Runs the bundler with a site contact, so that these tests of reading files are not also
/// about open postings without a way to apply (`how_to_apply` has its own).
fn run(dir: &Path) -> Outcome {
    bundle_dir_with(
        dir,
        Options {
            contact: Some("jobs@example.ca".into()),
            ..Options::default()
        },
    )
}

#[test]
fn pairs_by_key_and_lever_and_keeps_re_postings_apart() {
    let dir = content(
        "pairing",
        &[
            (
                "en/dev--aaaa1111.md",
                &posting(
                    "Developer",
                    "dev",
                    Some("aaaa1111-0000"),
                    "",
                    "First round.",
                ),
            ),
            (
                "fr/dev--aaaa1111.md",
                &posting(
                    "Développeur",
                    "dev",
                    Some("aaaa1111-0000"),
                    "",
                    "Premier tour.",
                ),
            ),
            (
                "en/dev--bbbb2222.md",
                &posting(
                    "Developer",
                    "dev",
                    Some("bbbb2222-0000"),
                    "",
                    "Second round.",
                ),
            ),
            (
                "fr/dev--bbbb2222.md",
                &posting(
                    "Développeur",
                    "dev",
                    Some("bbbb2222-0000"),
                    "",
                    "Deuxième tour.",
                ),
            ),
            // One side has the leverId, the other lacks it, the key is otherwise unique: a pair.
            (
                "content/en/careers/positions/pm.md",
                &posting("Product Manager", "pm", Some("cccc3333"), "", "PM."),
            ),
            (
                "content/fr/carrieres/postes/gp.md",
                &posting("Gestionnaire de produits", "pm", None, "", "GP."),
            ),
            // An exact duplicate is kept once.
            (
                "en/pm-copy.md",
                &posting("Product Manager", "pm", Some("cccc3333"), "", "PM."),
            ),
        ],
    );
    let o = run(&dir);
    let ids: Vec<&str> = o.bundle.postings.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, vec!["dev-aaaa1111", "dev-bbbb2222", "pm"]);
    assert!(o
        .bundle
        .postings
        .iter()
        .all(|p| p.en.is_some() && p.fr.is_some()));
    assert_eq!(
        o.bundle.postings[0].fr.as_ref().unwrap().title,
        "Développeur"
    );
    assert_eq!(
        o.bundle.postings[1].en.as_ref().unwrap().source,
        "en/dev--bbbb2222.md"
    );
    let dup: Vec<_> = o
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("exact duplicate"))
        .collect();
    assert_eq!(dup.len(), 1);
    assert_eq!(o.summary.skipped, 1);
    assert_eq!((o.summary.pairs, o.summary.single), (3, 0));
}

#[test]
fn status_flags_drafts_and_apply_target() {
    let dir = content(
        "status",
        &[
            (
                "en/open.md",
                &posting("Open", "open", Some("1234abcd"), "archived: false\n", "x"),
            ),
            (
                "en/closed.md",
                &posting(
                    "Closed",
                    "closed",
                    Some("1234abce"),
                    "archived: true\n",
                    "x",
                ),
            ),
            (
                "en/unlisted.md",
                &posting("Unlisted", "unlisted", None, "linkHidden: true\n", "x"),
            ),
            (
                "en/hidden.md",
                &posting("Hidden", "hidden", None, "hidden: true\n", "x"),
            ),
            (
                "en/noform.md",
                &posting(
                    "No form",
                    "noform",
                    Some("1234abcf"),
                    "formHidden: true\n",
                    "x",
                ),
            ),
            (
                "en/draft.md",
                &posting("Draft", "draft", None, "draft: true\n", "x"),
            ),
            (
                "en/page.md",
                b"---\ntitle: About\nlayout: page\n---\nAbout us.\n",
            ),
        ],
    );
    let o = run(&dir);
    let get = |id: &str| {
        o.bundle
            .postings
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let open = get("open");
    assert!(open.status.open && open.status.listed && open.status.form);
    assert_eq!(
        open.apply.as_deref(),
        Some("https://jobs.lever.co/cds/1234abcd/apply")
    );
    assert!(!get("closed").status.open);
    assert!(get("closed").apply.is_none());
    assert!(!get("unlisted").status.listed);
    assert!(!get("hidden").status.listed);
    assert!(!get("noform").status.form);
    // No Lever form: how to apply is the site's contact.
    assert_eq!(
        get("noform").apply.as_deref(),
        Some("mailto:jobs@example.ca")
    );
    assert!(
        o.bundle.postings.iter().all(|p| p.id != "draft"),
        "drafts are never shipped"
    );
    let json = careers_bundle::to_json(&o.bundle).unwrap();
    assert!(!json.contains("Draft"));
    let notes: Vec<_> = o
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Note)
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(notes, vec!["en/draft.md", "en/page.md"]);
    assert_eq!(o.summary.skipped, 2);
}

#[test]
fn bad_files_each_get_one_diagnostic_and_the_report_has_the_format() {
    let big = {
        let mut t = posting("Big", "big", None, "", "");
        while t.len() < 10 * 1024 * 1024 {
            t.extend_from_slice(b"Lorem ipsum dolor sit amet.\n\n");
        }
        t
    };
    let dir = content(
        "bad",
        &[
            ("en/empty.md", b""),
            ("en/binary.md", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("en/latin1.md", b"---\ntitle: Caf\xe9\n---\n"),
            (
                "en/bom.md",
                b"\xEF\xBB\xBF---\ntitle: BOM\ntranslationKey: bom\ndate: 2026-11-02\n---\nx\n",
            ),
            (
                "en/crlf.md",
                b"---\r\ntitle: CRLF\r\ntranslationKey: crlf\r\ndate: 2026-11-02\r\n---\r\nx\r\n",
            ),
            ("en/nofm.md", b"Just text.\n"),
            ("en/list.md", b"---\n- a\n---\nx\n"),
            ("en/notitle.md", b"---\ntranslationKey: t\n---\nBody.\n"),
            (
                "en/apostrophe.md",
                b"---\ntitle: 'Director's Office'\ntranslationKey: dir\ndate: 2026-11-02\n---\nx\n",
            ),
            ("en/big.md", &big),
            ("en/image.png", b"\x89PNG"),
        ],
    );
    let o = run(&dir);
    for (file, severity) in [
        ("en/empty.md", Severity::Error),
        ("en/binary.md", Severity::Error),
        ("en/latin1.md", Severity::Error),
        ("en/bom.md", Severity::Warning),
        ("en/crlf.md", Severity::Warning),
        ("en/nofm.md", Severity::Error),
        ("en/list.md", Severity::Error),
        ("en/notitle.md", Severity::Error),
        ("en/apostrophe.md", Severity::Warning),
        ("en/big.md", Severity::Warning),
        ("en/image.png", Severity::Note),
    ] {
        let mine: Vec<_> = o.diagnostics.iter().filter(|d| d.path == file).collect();
        assert_eq!(mine.len(), 1, "{file}: {mine:?}");
        assert_eq!(mine[0].severity, severity, "{file}");
    }
    assert_eq!(o.summary.errors, 6);
    let text = report::render(&o.diagnostics, &o.summary);
    assert!(
        text.lines()
            .any(|l| l.starts_with("en/apostrophe.md:2: warning: unescaped apostrophe")),
        "{text}"
    );
    assert!(text.ends_with("summary: 11 files read, 4 postings (0 pairs, 4 single-language), 1 skipped, 4 warnings, 6 errors\n"), "{text}");
    let failed = o.files.iter().filter(|(_, f)| *f == Fate::Failed).count();
    assert_eq!(failed, 6);
}

fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_careers-bundle"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_exit_codes_check_mode_and_atomic_writes() {
    let good = content(
        "cli-good",
        &[
            ("en/a.md", &posting("A", "a", None, "", "x")),
            ("fr/a.md", &posting("A fr", "a", None, "", "x")),
        ],
    );
    let out_dir =
        std::env::temp_dir().join(format!("careers-bundle-{}-cli-out", std::process::id()));
    let _ = std::fs::remove_dir_all(&out_dir);
    let out = out_dir.join("dist/postings.json");
    let out_s = out.to_str().unwrap();

    // Usage errors: 2.
    assert_eq!(cli(&[]).0, 2);
    assert_eq!(cli(&["--bogus"]).0, 2);
    assert_eq!(
        cli(&[good.to_str().unwrap()]).0,
        2,
        "neither --out nor --check"
    );

    // A missing folder: 1, the message names it, nothing written.
    let (code, err) = cli(&["/no/such/folder", "--out", out_s]);
    assert_eq!(code, 1);
    assert!(
        err.contains("/no/such/folder") && err.contains("does not exist"),
        "{err}"
    );
    assert!(!out.exists());

    // --check writes nothing.
    let (code, err) = cli(&[good.to_str().unwrap(), "--check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("summary: 2 files read, 1 postings (1 pairs, 0 single-language)"),
        "{err}"
    );
    assert!(!out.exists());

    // A good folder is written; twice gives the same bytes.
    assert_eq!(cli(&[good.to_str().unwrap(), "--out", out_s]).0, 0);
    let first = std::fs::read(&out).unwrap();
    assert_eq!(cli(&[good.to_str().unwrap(), "--out", out_s]).0, 0);
    assert_eq!(first, std::fs::read(&out).unwrap());
    let listing = careers_core::parse_listing(std::str::from_utf8(&first).unwrap())
        .expect("the widget reads the listing");
    assert_eq!(listing.postings[0].id, "a");
    let body = std::fs::read_to_string(out_dir.join("dist/postings/a.json")).unwrap();
    assert!(careers_core::parse_body(&body, "a").is_ok(), "{body}");

    // A content model in JSON is published the same way, and the bodies of postings it no
    // longer has are gone.
    let mut model = run(&good).bundle;
    model.postings[0].id = "b".into();
    let model_file = out_dir.join("model.json");
    std::fs::write(&model_file, careers_bundle::to_json(&model).unwrap()).unwrap();
    let (code, err) = cli(&[model_file.to_str().unwrap(), "--out", out_s]);
    assert_eq!(code, 0, "{err}");
    let bodies: Vec<_> = std::fs::read_dir(out_dir.join("dist/postings"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(bodies, ["b.json"]);
    std::fs::write(&model_file, "{\"schema\": 1}").unwrap();
    let (code, err) = cli(&[model_file.to_str().unwrap(), "--out", out_s]);
    assert_eq!(
        (code, err.contains("not a content model")),
        (1, true),
        "{err}"
    );
    std::fs::remove_file(&model_file).unwrap();
    assert_eq!(cli(&[good.to_str().unwrap(), "--out", out_s]).0, 0);
    assert_eq!(first, std::fs::read(&out).unwrap());

    // An error leaves the previous bundle untouched, unless --keep-going.
    let bad = content(
        "cli-bad",
        &[
            ("en/a.md", &posting("A", "a", None, "", "x")),
            ("en/b.md", b""),
        ],
    );
    let (code, err) = cli(&[bad.to_str().unwrap(), "--out", out_s]);
    assert_eq!(code, 1);
    assert!(err.contains("en/b.md:0: error: empty file"), "{err}");
    assert_eq!(
        first,
        std::fs::read(&out).unwrap(),
        "nothing written on error"
    );
    let (code, _) = cli(&[bad.to_str().unwrap(), "--out", out_s, "--keep-going"]);
    assert_eq!(code, 1);
    assert_ne!(first, std::fs::read(&out).unwrap(), "--keep-going writes");
    let leftovers: Vec<_> = std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "the listing and its body folder, no temporary file: {leftovers:?}"
    );
}

#[test]
fn html_in_bodies_is_cleaned_and_reported() {
    let dir = content(
        "html",
        &[(
            "en/x.md",
            &posting(
                "X",
                "x",
                None,
                "",
                "<h2>Role</h2>\n<p onmouseover=\"steal()\">Write to <a href=\"mailto:a@b.ca\">us</a> &amp; <a href=\"javascript:alert(1)\">this</a>.</p>\n<script>alert(1)</script>\n\n<iframe src=\"https://x\"></iframe>\n",
            ),
        )],
    );
    let o = run(&dir);
    let json = careers_bundle::to_json(&o.bundle).unwrap();
    for bad in [
        "script",
        "alert",
        "javascript",
        "onmouseover",
        "iframe",
        "steal",
        "<",
    ] {
        assert!(!json.contains(bad), "{bad} reached the bundle");
    }
    assert!(json.contains("mailto:a@b.ca"));
    let warnings: Vec<&str> = o.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(warnings.len(), 4, "{warnings:?}");
}

#[test]
fn an_autolinked_address_stays_a_mailto_link() {
    let (blocks, findings) = careers_bundle::markdown::to_blocks(
        "Write to <jobs@example.ca>.\n",
        1,
        careers_bundle::markdown::DEFAULT_SITE_ORIGIN,
    );
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(
        careers_bundle::how_to_apply::first_email(&blocks).as_deref(),
        Some("mailto:jobs@example.ca")
    );
}

#[test]
fn links_to_the_site_s_own_pages_point_at_the_origin_given() {
    let dir = content(
        "origin",
        &[(
            "en/a.md",
            b"---\ntitle: A\ntranslationKey: a\ndate: 2026-11-02\n---\nSee [our jobs](/careers/).\n",
        )],
    );
    let link = |o: &Outcome| {
        let body = &o.bundle.postings[0].en.as_ref().unwrap().body;
        match &body[0] {
            careers_core::Block::Paragraph(inlines) => inlines.iter().find_map(|i| match i {
                careers_core::Inline::Link { href, .. } => Some(href.clone()),
                _ => None,
            }),
            _ => None,
        }
    };
    assert_eq!(
        link(&run(&dir)).as_deref(),
        Some("https://digital.canada.ca/careers/")
    );
    let elsewhere = bundle_dir_with(
        &dir,
        Options {
            site_origin: Some("https://test.example.ca/".into()),
            ..Options::default()
        },
    );
    assert_eq!(
        link(&elsewhere).as_deref(),
        Some("https://test.example.ca/careers/")
    );
    for bad in [
        "ftp://x.ca",
        "https://x.ca/path",
        "digital.canada.ca",
        "https://",
    ] {
        assert!(careers_bundle::check_site_origin(bad).is_err(), "{bad}");
    }
    assert!(careers_bundle::check_site_origin("http://127.0.0.1:8080").is_ok());
}

#[test]
fn ids_given_to_clashing_postings_are_free_and_none_is_a_page_of_the_site() {
    let untitled =
        |title: &str| format!("---\ntitle: '{title}'\ndate: 2026-11-02\n---\nText.\n").into_bytes();
    let dir = content(
        "clashing-ids",
        &[
            ("en/developer-2.md", &untitled("Developer two")),
            ("en/developer.md", &untitled("Developer")),
            ("fr/developer.md", &untitled("Développeur")),
            ("en/accommodation.md", &untitled("Accommodation officer")),
        ],
    );
    let outcome = run(&dir);
    let mut ids: Vec<&str> = outcome
        .bundle
        .postings
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    ids.sort();
    // Each file is a posting of its own (no translationKey pairs them); `developer` is wanted
    // twice, and its second's `-2` is another file's own id.
    assert_eq!(
        ids,
        ["accommodation-2", "developer", "developer-2", "developer-3"]
    );
    let dir_out = dir.join("out");
    careers_bundle::publish::write_published(&dir_out.join("postings.json"), &outcome.bundle)
        .unwrap();
    std::fs::remove_dir_all(dir).unwrap();
}
