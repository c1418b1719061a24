//! Writing the site into its output folder: every file is first written in a staging folder
//! inside it, then each top-level entry the build owns is swapped in, so a failed build leaves
//! the previous site as it was and a removed posting's pages do not linger. Nothing is ever
//! written outside the output folder: a path that would leave it is refused, and so is an output
//! folder that holds the content or lies inside it.

use std::io;
use std::path::{Component, Path, PathBuf};

/// The files of a build on their way into `out`.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// The top-level entries written (`en`, `fragments`, `sitemap.xml`), to swap in.
    entries: Vec<String>,
}

impl Staging {
    /// A fresh staging folder in `out` (created if needed).
    pub fn new(out: &Path) -> io::Result<Staging> {
        let dir = out.join(".careers-site-staging");
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        Ok(Staging {
            out: out.to_owned(),
            dir,
            entries: Vec::new(),
        })
    }

    /// Writes `text` at `relative` (a path of plain folder and file names below the output).
    pub fn write(&mut self, relative: &str, text: &str) -> io::Result<()> {
        std::fs::write(self.claim(relative)?, text)
    }

    /// Where `relative` (a path of plain folder and file names below the output) is staged, its
    /// folder created, for a writer of its own; its top-level entry is swapped in with the rest.
    pub fn claim(&mut self, relative: &str) -> io::Result<PathBuf> {
        let path = Path::new(relative);
        let plain = path.components().all(|c| matches!(c, Component::Normal(_)));
        let Some(Component::Normal(top)) = path.components().next().filter(|_| plain) else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{relative:?} is not a path inside the output folder"),
            ));
        };
        let top = top.to_string_lossy().into_owned();
        if !self.entries.contains(&top) {
            self.entries.push(top);
        }
        let target = self.dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        Ok(target)
    }

    /// Puts every entry written in place of the output's entry of that name, in the order they
    /// were first written.
    pub fn publish(self) -> io::Result<()> {
        let old = self.out.join(".careers-site-old");
        if old.exists() {
            std::fs::remove_dir_all(&old)?;
        }
        std::fs::create_dir_all(&old)?;
        for entry in &self.entries {
            let (fresh, current) = (self.dir.join(entry), self.out.join(entry));
            // A file replaces the current one in one step; a folder cannot, so the current one
            // moves aside first.
            if (current.is_dir() || fresh.is_dir()) && current.exists() {
                std::fs::rename(&current, old.join(entry))?;
            }
            std::fs::rename(fresh, &current)?;
        }
        std::fs::remove_dir_all(&old)?;
        std::fs::remove_dir_all(&self.dir)
    }

    /// Gives up: the output stays as it was.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Refuses an output folder that holds the content or lies inside it (the same folder too):
/// publishing swaps whole folders such as `en/` and `fr/`, which would take the content's own
/// files with them, and the next build would read its own pages as content.
pub fn check_apart(content: &Path, out: &Path) -> Result<(), String> {
    let resolve =
        |path: &Path| resolved(path).map_err(|e| format!("cannot resolve {}: {e}", path.display()));
    let (content_at, out_at) = (resolve(content)?, resolve(out)?);
    if out_at.starts_with(&content_at) || content_at.starts_with(&out_at) {
        return Err(format!(
            "the output folder {} and the content {} must be apart: one holds the other, and \
             publishing would replace the content's files",
            out.display(),
            content.display()
        ));
    }
    Ok(())
}

/// `path` made absolute, its links followed and `.` and `..` taken away, in that order at each
/// step (so that `link/..` is the link's target's parent, as the kernel reads it); the part
/// that does not exist yet (the output folder may not) is kept as written.
fn resolved(path: &Path) -> io::Result<PathBuf> {
    let mut real = PathBuf::new();
    for component in std::path::absolute(path)?.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                real.pop();
            }
            other => {
                real.push(other);
                if let Ok(target) = real.canonicalize() {
                    real = target;
                }
            }
        }
    }
    Ok(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("careers-site-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn refuses_paths_that_leave_the_output() {
        let out = temp("refuse");
        let mut staging = Staging::new(&out).unwrap();
        for bad in ["../x.html", "/etc/x", "en/../../x", "", "./en/x"] {
            assert!(staging.write(bad, "x").is_err(), "{bad}");
        }
        staging.abandon();
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0);
        std::fs::remove_dir_all(out).unwrap();
    }

    #[test]
    fn an_output_that_holds_the_content_or_lies_in_it_is_refused() {
        let root = temp("apart");
        let content = root.join("content");
        std::fs::create_dir_all(content.join("en")).unwrap();
        std::os::unix::fs::symlink(&content, root.join("link")).unwrap();
        std::fs::create_dir_all(content.join("sub")).unwrap();
        std::os::unix::fs::symlink(content.join("sub"), root.join("sub-link")).unwrap();
        for out in [
            content.clone(),
            content.join("dist"),
            content.join("en/../dist/new"),
            root.clone(),
            root.join("link"),
            root.join("link/site"),
            root.join("site/../content"),
            // `..` after a link leaves its target: `sub/..` is the content itself.
            root.join("sub-link/../site"),
        ] {
            let refused = check_apart(&content, &out).unwrap_err();
            assert!(
                refused.contains("must be apart"),
                "{}: {refused}",
                out.display()
            );
        }
        let model = content.join("model.json");
        std::fs::write(&model, "{}").unwrap();
        assert!(check_apart(&model, &content).is_err());
        for out in [
            root.join("dist"),
            root.join("site/new"),
            root.join("contents"),
        ] {
            assert_eq!(check_apart(&content, &out), Ok(()), "{}", out.display());
        }
        assert_eq!(check_apart(&model, &root.join("dist")), Ok(()));
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn swaps_whole_entries_and_leaves_others_alone() {
        let out = temp("swap");
        std::fs::create_dir_all(out.join("en/removed")).unwrap();
        std::fs::write(out.join("en/removed/index.html"), "old").unwrap();
        std::fs::write(out.join("careers.js"), "kept").unwrap();
        let mut staging = Staging::new(&out).unwrap();
        staging.write("en/index.html", "new").unwrap();
        staging.write("sitemap.xml", "map").unwrap();
        staging.publish().unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("en/index.html")).unwrap(),
            "new"
        );
        assert!(!out.join("en/removed").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("careers.js")).unwrap(),
            "kept"
        );
        let mut names: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["careers.js", "en", "sitemap.xml"]);
        std::fs::remove_dir_all(out).unwrap();
    }
}
