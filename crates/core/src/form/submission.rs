//! What is sent: the JSON body POSTed to the endpoint, its idempotency key and the reference a
//! person is given.

use super::choices::{Measure, Previous, Stage};
use super::fields::FieldError;
use super::model::Draft;
use super::validation::validate;
use super::FORM_SCHEMA;

use crate::Lang;

/// The posting a request is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingRef {
    pub id: String,
    /// The title as shown to the person.
    pub title: String,
}

/// The JSON body POSTed to the endpoint (`Content-Type: application/json`), with the key also
/// in the [`IDEMPOTENCY_HEADER`] header. Text is sent exactly as typed, trimmed at both ends:
/// never HTML-escaped, interpreted or otherwise changed. Every key is always present.
///
/// | key | type | content |
/// |---|---|---|
/// | `schema` | number | [`FORM_SCHEMA`], `1` |
/// | `idempotencyKey` | string | UUID v4 text; the same for every retry of this request |
/// | `posting` | object | `{"id": string, "title": string}` |
/// | `language` | `"en"` \| `"fr"` | the interface language the form was filled in |
/// | `correspondenceLanguage` | `"en"` \| `"fr"` | preferred official language of correspondence |
/// | `fullName` | string | |
/// | `email` | string | |
/// | `phone` | string \| null | null when not given |
/// | `bestTime` | string \| null | best time to call; null when not given |
/// | `stages` | array of string | at least one of `screening`, `writtenTest`, `interview`, `referenceCheck`, `other`, in that order |
/// | `needs` | string | needs or barriers, in the person's words |
/// | `measures` | array of string | zero or more of `extraTime`, `breaks`, `alternateFormats`, `assistiveTechnology`, `signLanguage`, `accessibleLocation`, `remoteLocation`, `other`, in that order |
/// | `measureOther` | string \| null | the "other" measure; present exactly when `measures` has `other` |
/// | `previousAccommodation` | `"yes"` \| `"no"` \| `"preferNotToSay"` \| null | null when not answered |
/// | `previousDetails` | string \| null | what worked before; null unless `previousAccommodation` is `"yes"` and it is given |
/// | `consent` | `true` | agreement to the privacy notice (always true: it is required) |
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub schema: u32,
    pub idempotency_key: String,
    pub posting: PostingRef,
    pub language: Lang,
    pub correspondence_language: Lang,
    pub full_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub best_time: Option<String>,
    pub stages: Vec<Stage>,
    pub needs: String,
    pub measures: Vec<Measure>,
    pub measure_other: Option<String>,
    pub previous_accommodation: Option<Previous>,
    pub previous_details: Option<String>,
    pub consent: bool,
}

/// Builds the request from a draft after validating it. `posting_title` is the title of the
/// draft's posting as found in the bundle, `None` when the posting is unknown (which is then an
/// error). `lang` is the interface language.
pub fn submission(
    draft: &Draft,
    posting_title: Option<&str>,
    lang: Lang,
    idempotency_key: &str,
) -> Result<Submission, Vec<FieldError>> {
    let errors = validate(draft, &|_| posting_title.is_some());
    let (Some(title), Some(correspondence_language), true) = (
        posting_title,
        draft.correspondence_language,
        errors.is_empty(),
    ) else {
        return Err(errors);
    };
    Ok(Submission {
        schema: FORM_SCHEMA,
        idempotency_key: idempotency_key.to_owned(),
        posting: PostingRef {
            id: draft.posting_id.trim().to_owned(),
            title: title.trim().to_owned(),
        },
        language: lang,
        correspondence_language,
        full_name: draft.full_name.trim().to_owned(),
        email: draft.email.trim().to_owned(),
        phone: optional(&draft.phone),
        best_time: optional(&draft.best_time),
        stages: draft.stages.iter().copied().collect(),
        needs: draft.needs.trim().to_owned(),
        measures: draft.measures.iter().copied().collect(),
        measure_other: draft
            .wants_other_measure()
            .then(|| draft.measure_other.trim().to_owned()),
        previous_accommodation: draft.previous,
        previous_details: if draft.had_previous() {
            optional(&draft.previous_details)
        } else {
            None
        },
        consent: true,
    })
}

/// Trimmed text, `None` when blank.
fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl Submission {
    /// Whether two submissions carry the same request, whatever their keys.
    pub fn same_request(&self, other: &Submission) -> bool {
        Submission {
            idempotency_key: other.idempotency_key.clone(),
            ..self.clone()
        } == *other
    }
}

/// The submission to send: `pending` again (same key) when it is the same request as `fresh`,
/// else `fresh` with its new key.
pub fn reuse_pending(pending: Option<&Submission>, fresh: Submission) -> Submission {
    match pending {
        Some(pending) if pending.same_request(&fresh) => pending.clone(),
        _ => fresh,
    }
}

/// How sending failed, to choose the message (`form_text::failure_message`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SendFailure {
    /// The server refused the request (4xx).
    Rejected(u16),
    /// The server failed (5xx or any other unexpected status).
    Server(u16),
    /// No answer in time.
    Timeout,
    /// No connection.
    Offline,
}

impl SendFailure {
    /// The failure an HTTP status means; `None` for success (2xx).
    pub fn from_status(status: u16) -> Option<SendFailure> {
        match status {
            200..=299 => None,
            400..=499 => Some(SendFailure::Rejected(status)),
            _ => Some(SendFailure::Server(status)),
        }
    }
}

// Keys and references

/// A UUID version 4 in its text form (`xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`, lower case)
/// from 16 random bytes (`crypto.getRandomValues` in the widget).
pub fn new_idempotency_key(random: [u8; 16]) -> String {
    let mut b = random;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|byte| format!("{byte:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Whether `key` is a key [`new_idempotency_key`] could have made.
pub fn is_idempotency_key(key: &str) -> bool {
    let bytes = key.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            14 => *b == b'4',
            19 => matches!(b, b'8' | b'9' | b'a' | b'b'),
            _ => matches!(b, b'0'..=b'9' | b'a'..=b'f'),
        })
}

/// Crockford's base 32: digits and upper-case letters without I, L, O and U, easy to read aloud.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A short reference for the confirmation when the server gives none: `CDS-` and 8 characters
/// of Crockford base 32 from a hash (FNV-1a) of the key. The same key always gives the same
/// reference, so a retried request keeps its reference.
pub fn reference_from_key(key: &str) -> String {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let code: String = (0..8)
        .map(|i| CROCKFORD[((hash >> (i * 5)) & 31) as usize] as char)
        .collect();
    format!("CDS-{code}")
}
