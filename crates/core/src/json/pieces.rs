//! Reading a JSON object whose text arrives in pieces (the listing, copied into wasm memory a
//! piece at a time), so that the whole text is never held at once: each value of the object is
//! read by a [`Reader`] as soon as its last byte has arrived, and the items of one array-valued
//! key one at a time. Only the value being waited for stays in memory.
//!
//! The outcome is the whole-text reader's: a syntax error anywhere wins over a shape error, and
//! after a value of the wrong shape the rest is still checked to be JSON.

use super::{JsonError, Read, Reader};

/// What the callback of [`Pieces::feed`] is handed a reader for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// A key's whole value.
    Value,
    /// The opening of the streamed key's array (the reader is empty).
    Opened,
    /// One item of the streamed key's array.
    Item,
}

/// The callback of [`Pieces::feed`]: reads or skips the value of `key` it is handed.
pub type Each<'e> = dyn FnMut(&mut Reader, &str, Piece) -> Read<()> + 'e;

/// Where the reading stands in the object's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Before the opening brace.
    Start,
    /// The text is not an object: it is kept whole and judged at the end.
    NotObject,
    /// Before a key and its value, which are read together once both have arrived; or before
    /// the closing brace if `first`.
    Key { first: bool },
    /// In the streamed array: before an item, or before the closing bracket if `first`.
    Item { first: bool },
    /// After a value or an item: before a comma, or the closing bracket if `in_array`, else the
    /// closing brace.
    After { in_array: bool },
    /// After the closing brace: only white space may follow.
    End,
}

/// How far the end of the value being waited for was looked for, so that a long value is
/// scanned once however many pieces it arrives in.
#[derive(Debug, Default)]
struct Scan {
    /// Bytes looked at, from the value's first.
    seen: usize,
    /// Brackets and braces open.
    depth: u32,
    in_string: bool,
    escaped: bool,
}

/// A JSON object read piece by piece: [`Pieces::feed`] each piece of its text as it arrives,
/// then [`Pieces::finish`].
#[derive(Debug)]
pub struct Pieces {
    /// The key whose array is read item by item, if any.
    streamed: Option<&'static str>,
    /// Text arrived and not yet read.
    pending: Vec<u8>,
    /// Bytes read and dropped before `pending`, so that errors give positions in the whole text.
    dropped: usize,
    place: Place,
    scan: Scan,
    /// The first value of the wrong shape; the reading goes on, to find a syntax error later.
    wrong_shape: Option<JsonError>,
}

impl Pieces {
    /// A reader of an object whose `streamed` key, if any, is read item by item.
    pub fn new(streamed: Option<&'static str>) -> Pieces {
        Pieces {
            streamed,
            pending: Vec::new(),
            dropped: 0,
            place: Place::Start,
            scan: Scan::default(),
            wrong_shape: None,
        }
    }

    /// Reads what `bytes` completes: `each` is called for every value (or item) whose text has
    /// all arrived. Fails at once on a syntax error (or bytes that are not UTF-8).
    pub fn feed(&mut self, bytes: &[u8], each: &mut Each) -> Read<()> {
        // Grown by what arrives, not doubled: the longest value held whole (the search words,
        // 2 MB at 10,000 postings) would reserve up to twice its length, and wasm memory keeps
        // its peak. Nothing else is allocated while it grows, so it mostly grows in place.
        self.pending.reserve_exact(bytes.len());
        self.pending.extend_from_slice(bytes);
        let read = self.read(false, each);
        let used = read?;
        self.pending.drain(..used);
        self.dropped += used;
        Ok(())
    }

    /// Reads the rest once the text has all arrived: the first syntax error, else the first
    /// value of the wrong shape, else a text that ends before its object does, is the error.
    pub fn finish(mut self, each: &mut Each) -> Read<()> {
        let used = self.read(true, each)?;
        if self.place != Place::End {
            return Err(JsonError::Syntax {
                at: self.dropped + used,
                expected: "the rest of the object",
            });
        }
        self.wrong_shape.map_or(Ok(()), Err)
    }

    /// Reads every step whose text has arrived (all of them if `last`), and gives how many bytes
    /// of `pending` it used.
    fn read(&mut self, last: bool, each: &mut Each) -> Read<usize> {
        let pending = std::mem::take(&mut self.pending);
        let read = self.read_in(&pending, last, each);
        self.pending = pending;
        read
    }

    fn read_in(&mut self, pending: &[u8], last: bool, each: &mut Each) -> Read<usize> {
        let dropped = self.dropped;
        let text = match std::str::from_utf8(pending) {
            Ok(text) => text,
            // A piece may end inside a character: its first bytes wait for the rest.
            Err(e) if e.error_len().is_none() && !last => {
                std::str::from_utf8(&pending[..e.valid_up_to()]).unwrap_or_default()
            }
            Err(e) => {
                return Err(JsonError::Syntax {
                    at: dropped + e.valid_up_to(),
                    expected: "UTF-8 text",
                })
            }
        };
        let mut used = 0;
        loop {
            let mut r = Reader {
                text,
                at: used,
                depth: 1,
                offset: dropped,
            };
            if !self.step(&mut r, last, each)? {
                return Ok(used);
            }
            used = r.at;
        }
    }

    /// Reads one step at `r`: true if it was read, false if its text has not all arrived.
    fn step(&mut self, r: &mut Reader, last: bool, each: &mut Each) -> Read<bool> {
        let Some(next) = r.peek() else {
            return Ok(false);
        };
        self.place = match self.place {
            Place::Start if next == b'{' => {
                r.at += 1;
                Place::Key { first: true }
            }
            Place::Start => Place::NotObject,
            Place::NotObject if !last => return Ok(false),
            Place::NotObject => {
                r.depth = 0;
                r.skip()?;
                if r.peek().is_some() {
                    return Err(r.syntax("the end of the text"));
                }
                return super::shape("expected an object");
            }
            Place::Key { first: true } if next == b'}' => {
                r.at += 1;
                Place::End
            }
            Place::Key { .. } => {
                if next != b'"' {
                    return Err(r.syntax("a key"));
                }
                if scan_to_end(&mut Scan::default(), r.text, r.at).is_none() {
                    return Ok(false);
                }
                let key = r.str()?;
                if r.peek().is_none() {
                    return Ok(false);
                }
                r.eat(":", "a colon")?;
                match r.peek() {
                    None => return Ok(false),
                    Some(b'[') if self.streamed == Some(&*key) => {
                        r.at += 1;
                        let mut nothing = Reader {
                            text: "",
                            at: 0,
                            depth: 2,
                            offset: r.offset + r.at,
                        };
                        each(&mut nothing, &key, Piece::Opened)?;
                        Place::Item { first: true }
                    }
                    Some(_) if self.value(r, last, 1, &key, Piece::Value, each)? => {
                        Place::After { in_array: false }
                    }
                    Some(_) => return Ok(false),
                }
            }
            Place::Item { first: true } if next == b']' => {
                r.at += 1;
                Place::After { in_array: false }
            }
            Place::Item { .. } => {
                let streamed = self.streamed.unwrap_or_default();
                if !self.value(r, last, 2, streamed, Piece::Item, each)? {
                    return Ok(false);
                }
                Place::After { in_array: true }
            }
            Place::After { in_array } => {
                let place = match (next, in_array) {
                    (b',', false) => Place::Key { first: false },
                    (b',', true) => Place::Item { first: false },
                    (b'}', false) => Place::End,
                    (b']', true) => Place::After { in_array: false },
                    (_, false) => return Err(r.syntax("a comma or a closing brace")),
                    (_, true) => return Err(r.syntax("a comma or a closing bracket")),
                };
                r.at += 1;
                place
            }
            Place::End => return Err(r.syntax("the end of the text")),
        };
        Ok(true)
    }

    /// Hands `each` the value at `r` (at `depth`) if its text has all arrived, and moves past
    /// it. A value of the wrong shape is kept as the error to give at the end, once it has been
    /// checked to be JSON.
    fn value(
        &mut self,
        r: &mut Reader,
        last: bool,
        depth: u32,
        key: &str,
        piece: Piece,
        each: &mut Each,
    ) -> Read<bool> {
        let end = match scan_to_end(&mut self.scan, r.text, r.at) {
            Some(end) => end,
            // The text ends inside the value: the reader says where it is not JSON.
            None if last => r.text.len(),
            None => return Ok(false),
        };
        self.scan = Scan::default();
        let mut value = Reader {
            text: &r.text[..end],
            at: r.at,
            depth,
            offset: r.offset,
        };
        if let Err(e) = each(&mut value, key, piece) {
            if let JsonError::Syntax { .. } = e {
                return Err(e);
            }
            value.at = r.at;
            value.depth = depth;
            if let Err(e @ JsonError::Syntax { .. }) = value.skip() {
                return Err(e);
            }
            self.wrong_shape.get_or_insert(e);
        }
        r.at = end;
        Ok(true)
    }
}

/// Where the value starting at `from` ends, or `None` if its end has not arrived: a string at
/// its closing quote, an object or array at its closing bracket, a number or literal at the next
/// delimiter. It only finds the end, resuming from `scan`; the [`Reader`] checks the value's
/// syntax.
fn scan_to_end(scan: &mut Scan, text: &str, from: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[from..];
    let nested = matches!(bytes.first(), Some(b'"' | b'[' | b'{'));
    while let Some(&b) = bytes.get(scan.seen) {
        scan.seen += 1;
        if !nested {
            if matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                return Some(from + scan.seen - 1);
            }
        } else if scan.in_string {
            match b {
                _ if scan.escaped => scan.escaped = false,
                b'\\' => scan.escaped = true,
                b'"' => scan.in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => scan.in_string = true,
                b'[' | b'{' => scan.depth += 1,
                b']' | b'}' => scan.depth = scan.depth.saturating_sub(1),
                _ => {}
            }
        }
        if nested && scan.depth == 0 && !scan.in_string {
            return Some(from + scan.seen);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{Piece, Pieces, Reader};

    #[test]
    fn holds_only_the_item_being_waited_for_never_the_whole_text() {
        let item = r#"{"title": "Développeur « senior »", "n": [1, 2.5e3, null, true, "\"}"]}"#;
        let items = vec![item; 2000].join(",\n");
        let text = format!(r#"{{"schema": 2, "items": [{items}], "after": {{"n": -1}}}}"#);
        let mut pieces = Pieces::new(Some("items"));
        let (mut read, mut opened, mut values, mut most) = (0, 0, Vec::new(), 0);
        let mut each = |r: &mut Reader, key: &str, piece: Piece| match piece {
            Piece::Opened => {
                opened += 1;
                Ok(())
            }
            Piece::Item => r.fields(["title"], Reader::string).map(|[title]| {
                assert_eq!(title, "Développeur « senior »");
                read += 1;
            }),
            Piece::Value => r.skip().map(|()| values.push(key.to_owned())),
        };
        for piece in text.as_bytes().chunks(100) {
            pieces.feed(piece, &mut each).unwrap();
            most = most.max(pieces.pending.capacity());
        }
        pieces.finish(&mut each).unwrap();
        assert_eq!(
            (read, opened, values),
            (2000, 1, vec!["schema".to_owned(), "after".to_owned()])
        );
        assert!(most < item.len() + 100, "{most} bytes held");
    }
}
