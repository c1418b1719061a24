//! A small JSON reader (RFC 8259) and object writer: all the JSON the widget handles, the files
//! it downloads (the listing and a posting’s body, see [`crate::published`]) and the
//! accommodation form's storage and request (see [`crate::form`]).
//!
//! It reads a document straight into the caller's types: [`Reader::object`] hands each key to a
//! callback, which reads that key's value with [`Reader::string`], [`Reader::bool`],
//! [`Reader::u32`], [`Reader::list`], a nested object, or [`Reader::skip`]s it. The callbacks
//! are `dyn`, so a new type costs its own reading code and nothing more. In the WebAssembly build
//! this takes the place of serde_json and serde's generic visitors, which were 55 KB of the main
//! module's code (18 KB gzip of the first load); serde still writes the published files (in the
//! bundler), and reads the content model.
//!
//! [`JsonError::Syntax`] means the text is not JSON; [`JsonError::Shape`] means it is, but not
//! what the caller asked for. Nesting deeper than [`MAX_DEPTH`] is refused as a shape, so no
//! file can exhaust the stack.

use std::borrow::Cow;
use std::fmt;

mod pieces;
pub use pieces::{Each, Piece, Pieces};

/// How deep arrays and objects may nest (serde_json's default limit too).
pub const MAX_DEPTH: u32 = 128;

/// Why a text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON: what was expected at byte `at`.
    Syntax { at: usize, expected: &'static str },
    /// JSON, but not of the shape asked for.
    Shape(String),
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonError::Syntax { at, expected } => write!(f, "expected {expected} at byte {at}"),
            JsonError::Shape(why) => f.write_str(why),
        }
    }
}

/// A reading step's outcome.
pub type Read<T> = Result<T, JsonError>;

/// A shape error: `why` says what is missing or wrong.
pub fn shape<T>(why: impl Into<String>) -> Read<T> {
    Err(JsonError::Shape(why.into()))
}

/// `value`, or a shape error naming the `missing` key.
pub fn required<T>(value: Option<T>, missing: &str) -> Read<T> {
    value.map_or_else(|| shape(format!("missing `{missing}`")), Ok)
}

/// What frames an object or an array, and how to name what is missing.
struct Brackets {
    open: u8,
    close: u8,
    kind: &'static str,
    after_item: &'static str,
}

/// A position in a JSON text, read from the start to the end.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
    /// Where `text` starts in the whole document (a piece of it, see [`Pieces`]), so that
    /// errors name the byte of the document.
    offset: usize,
}

impl<'a> Reader<'a> {
    /// Reads the whole of `text` with `read`: only white space may follow the value it reads.
    pub fn document<T>(text: &'a str, read: impl FnOnce(&mut Reader<'a>) -> Read<T>) -> Read<T> {
        let mut reader = Reader {
            text,
            at: 0,
            depth: 0,
            offset: 0,
        };
        let value = read(&mut reader)?;
        if reader.peek().is_some() {
            return Err(reader.syntax("the end of the text"));
        }
        Ok(value)
    }

    /// The next byte that is not white space, which is not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(self.at) {
            self.at += 1;
        }
        bytes.get(self.at).copied()
    }

    fn syntax(&self, expected: &'static str) -> JsonError {
        JsonError::Syntax {
            at: self.offset + self.at,
            expected,
        }
    }

    /// Consumes `token` (after white space), or fails saying it was `expected`.
    fn eat(&mut self, token: &str, expected: &'static str) -> Read<()> {
        self.peek();
        if self.text.as_bytes()[self.at..].starts_with(token.as_bytes()) {
            self.at += token.len();
            Ok(())
        } else {
            Err(self.syntax(expected))
        }
    }

    /// Skips a value that is not the `wanted` kind, then fails with a shape error; a syntax
    /// error in that value is reported as such.
    fn mismatch<T>(&mut self, wanted: &str) -> Read<T> {
        let start = self.offset + self.at;
        self.skip()?;
        shape(format!("expected {wanted} at byte {start}"))
    }

    /// Consumes `null` and gives true, or gives false and consumes nothing.
    pub fn null(&mut self) -> Read<bool> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.eat("null", "null")?;
        Ok(true)
    }

    /// `None` for `null`, else the value `read` reads.
    pub fn option<T>(&mut self, read: impl FnOnce(&mut Self) -> Read<T>) -> Read<Option<T>> {
        if self.null()? {
            Ok(None)
        } else {
            read(self).map(Some)
        }
    }

    pub fn bool(&mut self) -> Read<bool> {
        match self.peek() {
            Some(b't') => self.eat("true", "true").map(|()| true),
            Some(b'f') => self.eat("false", "false").map(|()| false),
            _ => self.mismatch("true or false"),
        }
    }

    /// The text of a number, checked against JSON's grammar.
    pub fn number(&mut self) -> Read<&'a str> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return self.mismatch("a number");
        }
        let bytes = self.text.as_bytes();
        let start = self.at;
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        let mut at = start + usize::from(bytes[start] == b'-');
        let whole = at;
        if !digits(&mut at) || (bytes[whole] == b'0' && at > whole + 1) {
            self.at = whole;
            return Err(self.syntax("digits, without a leading zero"));
        }
        if bytes.get(at) == Some(&b'.') {
            at += 1;
            if !digits(&mut at) {
                self.at = at;
                return Err(self.syntax("digits after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(at) {
            at += 1;
            if let Some(b'+' | b'-') = bytes.get(at) {
                at += 1;
            }
            if !digits(&mut at) {
                self.at = at;
                return Err(self.syntax("the digits of an exponent"));
            }
        }
        self.at = at;
        Ok(&self.text[start..at])
    }

    /// A whole number from 0 to `u32::MAX`.
    pub fn u32(&mut self) -> Read<u32> {
        let start = self.offset + self.at;
        let number = self.number()?;
        number.parse().or_else(|_| {
            shape(format!(
                "expected a whole number of 32 bits at byte {start}, found {number}"
            ))
        })
    }

    pub fn string(&mut self) -> Read<String> {
        self.str().map(Cow::into_owned)
    }

    /// A string, borrowed from the text when it has no escape.
    pub fn str(&mut self) -> Read<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return self.mismatch("a string");
        }
        self.at += 1;
        let mut out: Option<String> = None;
        loop {
            // The bytes up to the next quote, backslash or control character are copied as
            // they are; those three are ASCII, so `run` ends on a character boundary.
            let bytes = self.text.as_bytes();
            let start = self.at;
            self.at += bytes[start..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(bytes.len() - start);
            let run = &self.text[start..self.at];
            match bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(match out {
                        None => Cow::Borrowed(run),
                        Some(mut out) => {
                            out.push_str(run);
                            Cow::Owned(out)
                        }
                    });
                }
                Some(b'\\') => {
                    let out = out.get_or_insert_with(String::new);
                    out.push_str(run);
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                _ => return Err(self.syntax("a closing quote")),
            }
        }
    }

    /// The character an escape stands for; the backslash is consumed.
    fn escape(&mut self) -> Read<char> {
        let Some(&byte) = self.text.as_bytes().get(self.at) else {
            return Err(self.syntax("an escape"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xd800..=0xdbff => {
                        if !self.text[self.at..].starts_with("\\u") {
                            return Err(self.syntax("the second half of a surrogate pair"));
                        }
                        self.at += 2;
                        let second = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&second) {
                            return Err(self.syntax("the second half of a surrogate pair"));
                        }
                        0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                    }
                    0xdc00..=0xdfff => return Err(self.syntax("a character, not half of one")),
                    code => code,
                };
                char::from_u32(code).ok_or_else(|| self.syntax("a character"))?
            }
            _ => {
                self.at -= 1;
                return Err(self.syntax("an escape"));
            }
        })
    }

    fn hex4(&mut self) -> Read<u32> {
        let digits = self.text.as_bytes().get(self.at..self.at + 4);
        let Some(digits) = digits.filter(|d| d.iter().all(u8::is_ascii_hexdigit)) else {
            return Err(self.syntax("four hexadecimal digits"));
        };
        self.at += 4;
        Ok(digits.iter().fold(0, |n, &d| {
            n * 16 + char::from(d).to_digit(16).unwrap_or_default()
        }))
    }

    fn enter(&mut self) -> Read<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return shape(format!(
                "nested more than {MAX_DEPTH} deep at byte {}",
                self.offset + self.at
            ));
        }
        self.at += 1;
        Ok(())
    }

    /// Reads an object: `each` is called with every key, and must read or skip its value.
    pub fn object(&mut self, each: &mut dyn FnMut(&mut Self, &str) -> Read<()>) -> Read<()> {
        let brackets = Brackets {
            open: b'{',
            close: b'}',
            kind: "an object",
            after_item: "a comma or a closing brace",
        };
        self.sequence(brackets, |r| {
            if r.peek() != Some(b'"') {
                return Err(r.syntax("a key"));
            }
            let key = r.str()?;
            r.eat(":", "a colon")?;
            each(r, &key)
        })
    }

    /// Reads an array: `each` is called for every item, and must read or skip it.
    pub fn array(&mut self, each: &mut dyn FnMut(&mut Self) -> Read<()>) -> Read<()> {
        let brackets = Brackets {
            open: b'[',
            close: b']',
            kind: "an array",
            after_item: "a comma or a closing bracket",
        };
        self.sequence(brackets, each)
    }

    /// Reads `open`, items separated by commas, then `close`: the frame of objects and arrays.
    fn sequence(&mut self, b: Brackets, mut item: impl FnMut(&mut Self) -> Read<()>) -> Read<()> {
        if self.peek() != Some(b.open) {
            return self.mismatch(b.kind);
        }
        self.enter()?;
        if self.peek() == Some(b.close) {
            self.at += 1;
        } else {
            loop {
                item(self)?;
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(c) if c == b.close => {
                        self.at += 1;
                        break;
                    }
                    _ => return Err(self.syntax(b.after_item)),
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// An array whose items `read` reads, in a vector with no room to spare (a listing holds
    /// five short lists per posting).
    pub fn list<T>(&mut self, mut read: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        let mut items = Vec::new();
        self.array(&mut |r| {
            items.push(read(r)?);
            Ok(())
        })?;
        items.shrink_to_fit();
        Ok(items)
    }

    /// An object whose values under `names`, all required and all of one kind, `read` reads;
    /// other keys are skipped. The values come in the order of `names`.
    pub fn fields<T, const N: usize>(
        &mut self,
        names: [&str; N],
        mut read: impl FnMut(&mut Self) -> Read<T>,
    ) -> Read<[T; N]> {
        let mut found: [Option<T>; N] = std::array::from_fn(|_| None);
        self.object(
            &mut |r, key| match names.iter().position(|name| *name == key) {
                Some(at) => {
                    found[at] = Some(read(r)?);
                    Ok(())
                }
                None => r.skip(),
            },
        )?;
        if let Some(at) = found.iter().position(Option::is_none) {
            return required(None, names[at]);
        }
        Ok(found.map(|value| value.expect("every field was found")))
    }

    /// Reads any value and drops it.
    pub fn skip(&mut self) -> Read<()> {
        match self.peek() {
            Some(b'{') => self.object(&mut |r, _| r.skip()),
            Some(b'[') => self.array(&mut Self::skip),
            Some(b'"') => self.str().map(drop),
            Some(b't' | b'f') => self.bool().map(drop),
            Some(b'n') => self.eat("null", "null"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            _ => Err(self.syntax("a value")),
        }
    }
}

/// Writes one JSON object, key by key, in the order of the calls (the accommodation form's
/// draft and request). Strings are escaped as serde_json escapes them.
pub struct ObjectWriter {
    out: String,
}

impl Default for ObjectWriter {
    fn default() -> ObjectWriter {
        ObjectWriter {
            out: String::from("{"),
        }
    }
}

impl ObjectWriter {
    /// Writes `key` and the colon; the caller writes the value.
    fn key(&mut self, key: &str) -> &mut String {
        if self.out.len() > 1 {
            self.out.push(',');
        }
        write_string(&mut self.out, key);
        self.out.push(':');
        &mut self.out
    }

    pub fn string(&mut self, key: &str, value: &str) -> &mut Self {
        write_string(self.key(key), value);
        self
    }

    /// A string, or `null` for `None`.
    pub fn optional(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        match value {
            Some(value) => self.string(key, value),
            None => {
                self.key(key).push_str("null");
                self
            }
        }
    }

    pub fn bool(&mut self, key: &str, value: bool) -> &mut Self {
        self.key(key).push_str(if value { "true" } else { "false" });
        self
    }

    pub fn number(&mut self, key: &str, value: u32) -> &mut Self {
        let out = self.key(key);
        out.push_str(&value.to_string());
        self
    }

    /// An array of strings.
    pub fn strings<'s>(
        &mut self,
        key: &str,
        values: impl IntoIterator<Item = &'s str>,
    ) -> &mut Self {
        let out = self.key(key);
        out.push('[');
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_string(out, value);
        }
        out.push(']');
        self
    }

    /// A nested object.
    pub fn object(&mut self, key: &str, value: ObjectWriter) -> &mut Self {
        self.key(key).push_str(&value.finish());
        self
    }

    /// The object's text.
    pub fn finish(mut self) -> String {
        self.out.push('}');
        self.out
    }
}

/// Appends `s` as a JSON string: quotes, backslashes and control characters escaped, the short
/// forms where JSON has them; everything else as it is.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A value of the wrong kind, skipped, as `T`'s default; a syntax error stays an error. For
/// readers that keep what they can of an older or damaged text.
pub fn or_default<T: Default>(read: Read<T>) -> Read<T> {
    match read {
        Err(JsonError::Shape(_)) => Ok(T::default()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_come_in_the_order_named_and_must_all_be_there() {
        let read = |text| Reader::document(text, |r| r.fields(["en", "fr"], Reader::string));
        assert_eq!(
            read(r#"{"x": [1], "fr": "b", "en": "a", "en": "c"}"#).unwrap(),
            ["c", "b"]
        );
        assert_eq!(
            read(r#"{"en": "a"}"#),
            Err(JsonError::Shape("missing `fr`".into()))
        );
        assert!(matches!(
            read(r#"{"en": 1, "fr": "b"}"#),
            Err(JsonError::Shape(_))
        ));
    }

    fn value(text: &str) -> Read<serde_json::Value> {
        Reader::document(text, read_value)
    }

    /// A reader of any value, so that this reader and serde_json can be compared on any text.
    fn read_value(r: &mut Reader) -> Read<serde_json::Value> {
        use serde_json::Value;
        if r.null()? {
            return Ok(Value::Null);
        }
        Ok(match r.peek() {
            Some(b'{') => {
                let mut map = serde_json::Map::new();
                r.object(&mut |r, key| {
                    map.insert(key.to_owned(), read_value(r)?);
                    Ok(())
                })?;
                Value::Object(map)
            }
            Some(b'[') => Value::Array(r.list(read_value)?),
            Some(b'"') => Value::String(r.string()?),
            Some(b't' | b'f') => Value::Bool(r.bool()?),
            _ => serde_json::from_str(r.number()?).expect("a JSON number"),
        })
    }

    /// `text` is read as serde_json reads it, or refused as not JSON as serde_json refuses it.
    fn assert_agrees_with_serde_json(text: &str) {
        let ours = value(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
            (Err(JsonError::Syntax { .. }), Err(_)) => {}
            _ => panic!("{text}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        let texts = [
            r#"{"a": [1, -2.5e3, 0, 0.25, 1E+2, true, false, null], "b": {"c": "d"}}"#,
            " [ ] ",
            "{}",
            r#""tab\tquote\"slash\/back\\nl\nuni\u00e9 \ud83d\ude00 \u2019""#,
            r#""é ü œ « » — 😀""#,
            "[[[[[]]]]]",
            "-0",
            "1",
            "{\"a\":1}\n",
            // Not JSON:
            "",
            "{",
            "[1,]",
            r#"{"a":1,}"#,
            "{'a': 1}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "NaN",
            r#""unterminated"#,
            "\"control\u{1}character\"",
            r#""\x""#,
            r#""\u12""#,
            r#""\ud800""#,
            r#""\udc00""#,
            r#""\ud800\u0041""#,
            "[1] [2]",
            "{\"a\" 1}",
            "{1: 2}",
            "<html>",
        ];
        for text in texts {
            assert_agrees_with_serde_json(text);
        }
    }

    /// Thousands of small corruptions of one document (a byte dropped, doubled or replaced by
    /// one of JSON's significant characters): each must be read or refused as serde_json does.
    #[test]
    fn agrees_with_serde_json_on_every_small_corruption_of_a_document() {
        let doc = r#"{"schema":2,"postings":[{"id":"a-1","status":{"open":true,"listed":false},"n":-0.5e+3,"en":{"title":"Analyste « principal » \u00e9\ud83d\ude00","x":[null,[],{}]}}],"t":"\"\\\/\b\f\n\r\t"}"#;
        let significant = [
            b'{', b'}', b'[', b']', b':', b',', b'"', b'\\', b'-', b'+', b'.', b'e', b'0', b'1',
            b'u', b'n', b't', b' ', b'\n', 0x01,
        ];
        let mut checked = 0;
        for at in 0..doc.len() {
            let mut variants = vec![
                [&doc.as_bytes()[..at], &doc.as_bytes()[at + 1..]].concat(),
                [&doc.as_bytes()[..=at], &doc.as_bytes()[at..]].concat(),
            ];
            for byte in significant {
                let mut v = doc.as_bytes().to_vec();
                v[at] = byte;
                variants.push(v);
            }
            for bytes in variants {
                let Ok(text) = std::str::from_utf8(&bytes) else {
                    continue;
                };
                assert_agrees_with_serde_json(text);
                checked += 1;
            }
        }
        assert!(checked > 3000, "{checked}");
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_a_shape_error_and_a_broken_one_a_syntax_error() {
        let read_u32 = |text| Reader::document(text, Reader::u32);
        assert_eq!(read_u32(" 42 "), Ok(42));
        for text in ["\"42\"", "-1", "4.2", "4294967296", "{}", "[1]", "null"] {
            assert!(matches!(read_u32(text), Err(JsonError::Shape(_))), "{text}");
        }
        for text in ["{", "[1,", "\"4", "042"] {
            assert!(
                matches!(read_u32(text), Err(JsonError::Syntax { .. })),
                "{text}"
            );
        }
        assert!(matches!(
            Reader::document("1 2", Reader::u32),
            Err(JsonError::Syntax { at: 2, .. })
        ));
    }

    #[test]
    fn writes_objects_as_serde_json_writes_them() {
        let text = "quote \" back \\ nl \n tab \t bell \u{7} bs \u{8} ff \u{c} del \u{7f} é 😀 \u{2028} </script>";
        let mut nested = ObjectWriter::default();
        nested.string("id", "a").optional("none", None);
        let mut object = ObjectWriter::default();
        object
            .number("schema", 1)
            .string("text", text)
            .optional("some", Some("x"))
            .bool("yes", true)
            .bool("no", false)
            .strings("list", ["a", text])
            .strings("empty", [])
            .object("nested", nested);
        let ours = object.finish();
        let theirs = serde_json::json!({
            "schema": 1, "text": text, "some": "x", "yes": true, "no": false,
            "list": ["a", text], "empty": [], "nested": {"id": "a", "none": null}
        });
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&ours).unwrap(),
            theirs
        );
        assert_eq!(value(&ours), Ok(theirs));
        let mut escaped = String::new();
        write_string(&mut escaped, text);
        assert_eq!(escaped, serde_json::to_string(text).unwrap());
        assert_eq!(ObjectWriter::default().finish(), "{}");
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let mut borrowed = None;
        Reader::document(r#"{"key": "plain é"}"#, |r| {
            r.object(&mut |r, key| {
                assert_eq!(key, "key");
                borrowed = Some(matches!(r.str()?, Cow::Borrowed("plain é")));
                Ok(())
            })
        })
        .unwrap();
        assert_eq!(borrowed, Some(true));
    }

    #[test]
    fn nesting_stops_at_the_limit_as_a_shape_error() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(Reader::document(&deep(MAX_DEPTH as usize), Reader::skip).is_ok());
        let too_deep = deep(100_000);
        assert!(matches!(
            Reader::document(&too_deep, Reader::skip),
            Err(JsonError::Shape(_))
        ));
    }
}
