//! The day each file of a content folder was first committed, for postings whose front matter
//! has no `date`: one `git log` over the whole folder (not one per file), newest commit first,
//! following renames inside the folder as `git log --follow` does for one file. The day is the
//! author date in the author's own offset (`%as`).
//!
//! When `git` is not installed, the folder is not in a repository, or git fails in any way, there
//! are simply no such dates: this source is optional and says nothing.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};

/// Marks the start of a commit in the log: a byte that no path or date holds.
const COMMIT: char = '\u{1}';

/// Environment variables by which a caller (a git hook, say) points git at another repository.
pub const REPOSITORY_VARIABLES: [&str; 5] = [
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_COMMON_DIR",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
];

/// For each file below `dir` that git knows, by path relative to `dir` (`/` separators), the day
/// it was first committed (`YYYY-MM-DD`); `None` when git cannot tell.
pub fn first_commits(dir: &Path) -> Option<HashMap<String, String>> {
    let mut git = Command::new("git");
    // The repository is the one holding `dir`, whatever a calling git hook may have set.
    for var in REPOSITORY_VARIABLES {
        git.env_remove(var);
    }
    let output = git
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "log.showSignature=false",
            "-c",
            "core.quotePath=false",
            "log",
            "--no-color",
            "--format=%x01%as",
            "--name-status",
            "-M",
            "-z",
            "--relative",
            "--",
            ".",
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    Some(parse_log(&String::from_utf8_lossy(&output.stdout)))
}

/// Reads the output of `git log --format=%x01%as --name-status -z` (newest commit first): each
/// commit is `\x01DAY\0`, then for each change its status and path(s), each followed by `\0`
/// (two paths for a rename or copy: old then new; git puts a line break before the first status).
/// A file's first commit is the oldest that added it, under its name of the time.
pub fn parse_log(log: &str) -> HashMap<String, String> {
    // What each path of the history is called now (a path renamed later maps to its new name).
    let mut now_called: HashMap<String, String> = HashMap::new();
    let mut first: HashMap<String, String> = HashMap::new();
    let mut day = "";
    let mut fields = log.split('\0').map(|f| f.trim_start_matches('\n'));
    while let Some(field) = fields.next() {
        if let Some(d) = field.strip_prefix(COMMIT) {
            day = d;
            continue;
        }
        let Some(status) = field.chars().next() else {
            continue;
        };
        let (Some(path), renamed_to) = (
            fields.next(),
            matches!(status, 'R' | 'C').then(|| fields.next()).flatten(),
        ) else {
            break;
        };
        let current = |p: &str, now_called: &HashMap<String, String>| {
            now_called.get(p).cloned().unwrap_or_else(|| p.to_string())
        };
        match (status, renamed_to) {
            // `old` became `new`: older commits name the file `old`.
            ('R', Some(new)) => {
                let file = current(new, &now_called);
                now_called.insert(path.to_string(), file);
            }
            ('A', None) => {
                let file = current(path, &now_called);
                let known = first.entry(file).or_insert_with(|| day.to_string());
                if day < known.as_str() {
                    *known = day.to_string();
                }
                // Older commits may have had another file under this name.
                now_called.remove(path);
            }
            _ => {}
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(commits: &[(&str, &[&str])]) -> String {
        let mut out = String::new();
        for (day, changes) in commits {
            out.push_str(&format!("{COMMIT}{day}\0\n"));
            for change in *changes {
                for part in change.split(' ') {
                    out.push_str(part);
                    out.push('\0');
                }
            }
        }
        out
    }

    #[test]
    fn a_file_is_dated_by_the_oldest_commit_that_added_it() {
        let first = parse_log(&log(&[
            ("2026-10-02", &["M en/a.md", "A fr/b.md"]),
            ("2026-09-01", &["A en/a.md", "A en/c.md"]),
        ]));
        assert_eq!(first["en/a.md"], "2026-09-01");
        assert_eq!(first["fr/b.md"], "2026-10-02");
        assert_eq!(first["en/c.md"], "2026-09-01");
        assert_eq!(first.len(), 3);
    }

    #[test]
    fn renames_are_followed_back_to_the_first_name() {
        let first = parse_log(&log(&[
            ("2026-11-01", &["R100 en/old-name.md en/posting--abc.md"]),
            ("2026-10-15", &["R090 en/draft.md en/old-name.md"]),
            ("2026-06-30", &["A en/draft.md"]),
        ]));
        assert_eq!(
            first.get("en/posting--abc.md").map(String::as_str),
            Some("2026-06-30")
        );
        assert!(!first.contains_key("en/draft.md"));
    }

    #[test]
    fn a_name_reused_after_a_rename_dates_each_file_by_its_own_history() {
        // `en/a.md` was renamed to `en/b.md`, then a new `en/a.md` was added.
        let first = parse_log(&log(&[
            ("2026-11-20", &["A en/a.md"]),
            ("2026-11-10", &["R100 en/a.md en/b.md"]),
            ("2026-03-01", &["A en/a.md"]),
        ]));
        assert_eq!(first["en/a.md"], "2026-11-20");
        assert_eq!(first["en/b.md"], "2026-03-01");
    }

    #[test]
    fn paths_keep_their_accents_and_odd_output_is_no_panic() {
        let first = parse_log(&log(&[("2026-05-04", &["A fr/développeur·e.md"])]));
        assert_eq!(first["fr/développeur·e.md"], "2026-05-04");
        for junk in ["", "\0\0", "A", "A\0", "R100\0only-old\0", "\u{1}\0A\0x\0"] {
            let _ = parse_log(junk);
        }
        assert_eq!(
            parse_log("\u{1}2026-01-02\0\nA\0x.md\0")["x.md"],
            "2026-01-02"
        );
    }
}
