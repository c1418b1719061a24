//! Finding the source files below a content folder, reading them safely, and their language.

use crate::report::Finding;
use careers_core::Lang;
use std::path::{Component, Path, PathBuf};

/// Every regular file below `dir`, sorted by path (so output is deterministic). Hidden files and
/// folders (`.git`, `.DS_Store`) are not sources and are not listed.
pub fn list_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let ft = entry.file_type()?;
            let path = entry.path();
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file() || (ft.is_symlink() && path.is_file()) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The path of `file` relative to `dir`, with `/` separators.
pub fn relative(dir: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(dir).unwrap_or(file);
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The language of a file: the nearest folder named `en` or `fr` on its relative path.
pub fn language(rel: &str) -> Option<Lang> {
    let mut parts: Vec<&str> = rel.split('/').collect();
    parts.pop(); // the file name itself
    parts.iter().rev().find_map(|p| match *p {
        "en" => Some(Lang::En),
        "fr" => Some(Lang::Fr),
        _ => None,
    })
}

/// The largest file read (bigger files are refused with an error).
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Turns raw bytes into text: refuses empty, binary and non-UTF-8 files; removes a BOM and turns
/// CRLF/CR line ends into LF, with a warning each.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<Finding>), Finding> {
    let mut warnings = Vec::new();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Finding::error(0, "empty file"));
    }
    let mut bytes = bytes;
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        bytes = rest;
        warnings.push(Finding::warning(
            1,
            "file starts with a byte-order mark (BOM); it was ignored (save as UTF-8 without BOM)",
        ));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count();
        return Err(Finding::error(
            line,
            "binary file (contains NUL bytes); not a text source",
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let pos = e.valid_up_to();
            let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count();
            return Err(Finding::error(
                line,
                format!("not valid UTF-8 (byte {pos}); save the file as UTF-8"),
            ));
        }
    };
    let text = if text.contains('\r') {
        warnings.push(Finding::warning(
            1,
            "Windows (CRLF) or old Mac (CR) line ends; read as LF",
        ));
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    };
    Ok((text, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_is_the_nearest_en_or_fr_folder() {
        assert_eq!(
            language("content/en/careers/positions/x.md"),
            Some(Lang::En)
        );
        assert_eq!(language("corpus/fr/x.md"), Some(Lang::Fr));
        assert_eq!(language("en/fr/x.md"), Some(Lang::Fr));
        assert_eq!(language("fr/old/en/x.md"), Some(Lang::En));
        assert_eq!(language("x.md"), None);
        assert_eq!(language("english/x.md"), None);
        assert_eq!(language("a/en.md"), None);
    }

    #[test]
    fn decode_refuses_bad_bytes_with_one_error() {
        assert_eq!(decode(b"").unwrap_err().message, "empty file");
        assert_eq!(decode(b"  \n\n").unwrap_err().message, "empty file");
        assert!(decode(b"---\n\x00\x01\x02")
            .unwrap_err()
            .message
            .contains("binary"));
        let e = decode(b"ok\n\xff\xfe bad").unwrap_err();
        assert!(e.message.contains("UTF-8"));
        assert_eq!(e.line, 2);
    }

    #[test]
    fn decode_repairs_bom_and_crlf_with_a_warning_each() {
        let (t, w) = decode(b"\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\n").unwrap();
        assert_eq!(t, "---\ntitle: x\n---\n");
        assert_eq!(w.len(), 2);
        let (_, w) = decode(b"plain\n").unwrap();
        assert!(w.is_empty());
    }
}
