//! When a posting went up and when it closes: the front matter's `date` and `expiryDate`, else
//! the day git first saw the file; what is reported when a date is wrong or missing.

use careers_bundle::{bundle_dir, bundle_dir_with, report, Options, Outcome, Severity};
use careers_core::model::Posting;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh temporary folder holding `files` (path, text).
fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("careers-bundle-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    write(&dir, files);
    dir
}

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

fn get<'a>(o: &'a Outcome, id: &str) -> &'a Posting {
    o.bundle
        .postings
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no posting {id}"))
}

fn diagnostics_of<'a>(o: &'a Outcome, path: &str) -> Vec<&'a str> {
    o.diagnostics
        .iter()
        .filter(|d| d.path == path)
        .map(|d| d.message.as_str())
        .collect()
}

#[test]
fn a_pair_takes_the_earlier_day_and_wrong_or_missing_dates_are_reported() {
    let dir = folder(
        "dates",
        &[
            (
                "en/a.md",
                "---\ntitle: Developer\ntranslationKey: a\nleverId: 1234abcd-99\ndate: 2026-05-04T09:00:00-04:00\nexpiryDate: 2026-06-30\n---\nBody.\n",
            ),
            (
                "fr/a.md",
                "---\ntitle: Développeur\ntranslationKey: a\nleverId: 1234abcd-99\ndate: '2026-05-01'\n---\nCorps.\n",
            ),
            (
                "en/open.md",
                "---\ntitle: Open\ntranslationKey: open\n---\nApply: <jobs@example.ca>\n",
            ),
            (
                "en/closed.md",
                "---\ntitle: Closed\ntranslationKey: closed\narchived: true\n---\nx\n",
            ),
            (
                "en/unlisted.md",
                "---\ntitle: Unlisted\ntranslationKey: unlisted\nlinkHidden: true\n---\nx\n",
            ),
            (
                "en/wrong.md",
                "---\ntitle: Wrong\ntranslationKey: wrong\n\ndate: 2026-02-30\n---\n<jobs@example.ca>\n",
            ),
        ],
    );
    let o = bundle_dir(&dir);
    let a = get(&o, "a");
    assert_eq!(
        a.date.as_deref(),
        Some("2026-05-01"),
        "the earlier of the two"
    );
    assert_eq!(a.valid_through.as_deref(), Some("2026-06-30"));
    assert_eq!(a.lever_id.as_deref(), Some("1234abcd-99"));
    assert!(diagnostics_of(&o, "en/a.md").is_empty() && diagnostics_of(&o, "fr/a.md").is_empty());

    // Only open, listed postings need a date: they alone would get a JobPosting.
    let open = diagnostics_of(&o, "en/open.md");
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0].contains("no `date`") && open[0].contains("JobPosting"));
    assert!(diagnostics_of(&o, "en/closed.md").is_empty());
    assert!(diagnostics_of(&o, "en/unlisted.md").is_empty());
    assert_eq!(get(&o, "open").date, None);

    // A day that does not exist: reported with its line, ignored, so the posting is undated.
    assert_eq!(get(&o, "wrong").date, None);
    let text = report::render(&o.diagnostics, &o.summary);
    assert!(
        text.lines().any(|l| l.starts_with(
            "en/wrong.md:5: warning: `date: 2026-02-30` is not a real date: 2026-02 has no day 30"
        )),
        "{text}"
    );
    assert!(text.contains("en/wrong.md:0: warning: no `date`"), "{text}");
    assert_eq!((o.summary.warnings, o.summary.errors), (3, 0));
    assert!(o
        .diagnostics
        .iter()
        .all(|d| d.severity == Severity::Warning));

    // The listing carries the date posted; the closing day and the Lever id stay in the model.
    let listing = serde_json::to_string(&careers_core::publish(&o.bundle).listing).unwrap();
    assert!(listing.contains(r#""date":"2026-05-01""#), "{listing}");
    assert!(!listing.contains("2026-06-30") && !listing.contains("1234abcd-99\""));
    let model = careers_bundle::to_json(&o.bundle).unwrap();
    assert!(
        model.contains(r#""valid_through": "2026-06-30""#),
        "{model}"
    );
    assert!(model.contains(r#""lever_id": "1234abcd-99""#), "{model}");
}

/// Runs git in `dir` with a clean configuration (no user or system settings), as `date`, on the
/// repository of `dir` only: never on one a calling git hook names in its environment.
fn git(dir: &Path, date: &str, args: &[&str]) {
    let mut git = Command::new("git");
    for var in careers_bundle::git_dates::REPOSITORY_VARIABLES {
        git.env_remove(var);
    }
    let status = git
        .current_dir(dir)
        .env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

#[test]
fn files_without_a_date_take_the_day_git_first_saw_them() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("git is not installed: the dates from git are not tested");
        return;
    }
    let undated =
        |title: &str, key: &str| format!("---\ntitle: {title}\ntranslationKey: {key}\n---\nx\n");
    let dir = folder("git", &[]);
    git(&dir, "2026-01-01T00:00:00+00:00", &["init", "-q"]);
    let top = Command::new("git")
        .current_dir(&dir)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .args(["rev-parse", "--show-toplevel"])
        .output()
        .unwrap();
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    assert_eq!(
        top.canonicalize().ok(),
        dir.canonicalize().ok(),
        "the test repository is its own"
    );
    // Late evening in Ottawa: already the next day in UTC; the author's day counts.
    write(
        &dir,
        &[
            ("en/a.md", &undated("Developer", "a")),
            ("en/m.md", &undated("Manager", "m")),
            (
                "en/dated.md",
                "---\ntitle: Dated\ntranslationKey: dated\ndate: 2026-07-01\n---\nx\n",
            ),
        ],
    );
    git(&dir, "2026-03-10T22:30:00-05:00", &["add", "."]);
    git(
        &dir,
        "2026-03-10T22:30:00-05:00",
        &["commit", "-q", "-m", "first"],
    );
    // The English file is renamed, the French one added; one more is never committed.
    git(
        &dir,
        "2026-04-02T10:00:00+00:00",
        &["mv", "en/a.md", "en/a--1234abcd.md"],
    );
    write(
        &dir,
        &[
            ("fr/a.md", &undated("Développeur", "a")),
            (
                "fr/m.md",
                "---\ntitle: Gestionnaire\ntranslationKey: m\ndate: 2026-09-09\n---\nx\n",
            ),
        ],
    );
    git(&dir, "2026-04-02T10:00:00+00:00", &["add", "."]);
    git(
        &dir,
        "2026-04-02T10:00:00+00:00",
        &["commit", "-q", "-m", "second"],
    );
    write(&dir, &[("en/new.md", &undated("New", "new"))]);

    let o = bundle_dir(&dir);
    // Followed through the rename; the earlier of the English and French first commits.
    assert_eq!(get(&o, "a").date.as_deref(), Some("2026-03-10"));
    // A front matter date wins over git's, even a later one, and over the other file's git day.
    assert_eq!(get(&o, "dated").date.as_deref(), Some("2026-07-01"));
    assert_eq!(get(&o, "m").date.as_deref(), Some("2026-09-09"));
    // Never committed: no date, and the warning.
    assert_eq!(get(&o, "new").date, None);
    let warned: Vec<&str> = o
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("no `date`"))
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(warned, ["en/new.md"]);

    // Told not to ask git (`--no-git-dates`): only the front matter dates.
    let told = Options {
        ignore_git: true,
        ..Options::default()
    };
    let o_without = bundle_dir_with(&dir, told);
    assert_eq!(get(&o_without, "a").date, None);
    assert_eq!(get(&o_without, "m").date.as_deref(), Some("2026-09-09"));

    // The same files outside any repository: no dates from git, silently.
    let copy = folder("git-copy", &[]);
    for (path, _) in &o.files {
        let to = copy.join(path);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(dir.join(path), to).unwrap();
    }
    let o = bundle_dir(&copy);
    assert_eq!(get(&o, "a").date, None);
    assert_eq!(get(&o, "m").date.as_deref(), Some("2026-09-09"));
    assert_eq!(o.summary.errors, 0);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&copy);
}
