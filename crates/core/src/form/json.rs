//! The form's JSON: the draft and the pending request kept in the tab's storage, the request's
//! body (documented on [`Submission`]), and the server's answer. Written and read with
//! [`crate::json`], so the widget carries no serde_json.

use super::{Draft, Measure, PostingRef, Previous, Stage, Submission};
use crate::json::{or_default, required, shape, ObjectWriter, Read, Reader};
use crate::sorted_set::SortedSet;
use crate::Lang;

/// A choice of the form written as its key (`writtenTest`, `en`), and read back from it.
trait Choice: Copy + Sized + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;

    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.key() == key)
    }
}

impl Choice for Stage {
    const ALL: &'static [Stage] = &Stage::ALL;
    fn key(self) -> &'static str {
        Stage::key(self)
    }
}

impl Choice for Measure {
    const ALL: &'static [Measure] = &Measure::ALL;
    fn key(self) -> &'static str {
        Measure::key(self)
    }
}

impl Choice for Previous {
    const ALL: &'static [Previous] = &Previous::ALL;
    fn key(self) -> &'static str {
        Previous::key(self)
    }
}

impl Choice for Lang {
    const ALL: &'static [Lang] = &[Lang::En, Lang::Fr];
    fn key(self) -> &'static str {
        self.code()
    }
}

/// A choice given by its key; another key is a shape error.
fn choice<C: Choice>(r: &mut Reader) -> Read<C> {
    let key = r.str()?;
    C::from_key(&key).map_or_else(|| shape(format!("unknown choice `{key}`")), Ok)
}

/// The known choices of an array, skipping anything else.
fn known_choices<C: Choice + Ord>(r: &mut Reader) -> Read<SortedSet<C>> {
    let mut known = SortedSet::default();
    or_default(r.array(&mut |r| {
        if let Some(known_choice) = or_default(choice::<C>(r).map(Some))? {
            known.insert(known_choice);
        }
        Ok(())
    }))?;
    Ok(known)
}

impl Draft {
    /// The JSON stored in `sessionStorage`.
    pub fn to_json(&self) -> String {
        let mut o = ObjectWriter::default();
        o.string("fullName", &self.full_name)
            .string("email", &self.email)
            .optional(
                "correspondenceLanguage",
                self.correspondence_language.map(Lang::code),
            )
            .string("postingId", &self.posting_id)
            .strings("stages", self.stages.iter().map(|s| s.key()))
            .string("needs", &self.needs)
            .strings("measures", self.measures.iter().map(|m| m.key()))
            .string("measureOther", &self.measure_other)
            .string("phone", &self.phone)
            .string("bestTime", &self.best_time)
            .optional("previous", self.previous.map(Previous::key))
            .string("previousDetails", &self.previous_details)
            .bool("consent", self.consent);
        o.finish()
    }

    /// A stored draft; `None` only when the text is not a JSON object at all. Every key may be
    /// missing, and a value of the wrong type or an unknown choice is dropped on its own, so an
    /// older, partial or damaged draft still gives back all it can.
    pub fn from_json(json: &str) -> Option<Draft> {
        let mut d = Draft::default();
        let read = Reader::document(json, |r| {
            r.object(&mut |r, key| {
                let text = |r: &mut Reader| or_default(r.string());
                match key {
                    "fullName" => d.full_name = text(r)?,
                    "email" => d.email = text(r)?,
                    "correspondenceLanguage" => {
                        d.correspondence_language = or_default(choice(r).map(Some))?;
                    }
                    "postingId" => d.posting_id = text(r)?,
                    "stages" => d.stages = known_choices(r)?,
                    "needs" => d.needs = text(r)?,
                    "measures" => d.measures = known_choices(r)?,
                    "measureOther" => d.measure_other = text(r)?,
                    "phone" => d.phone = text(r)?,
                    "bestTime" => d.best_time = text(r)?,
                    "previous" => d.previous = or_default(choice(r).map(Some))?,
                    "previousDetails" => d.previous_details = text(r)?,
                    "consent" => d.consent = or_default(r.bool())?,
                    _ => r.skip()?,
                }
                Ok(())
            })
        });
        read.ok().map(|()| d)
    }
}

impl Submission {
    /// The JSON body.
    pub fn to_json(&self) -> String {
        let mut posting = ObjectWriter::default();
        posting
            .string("id", &self.posting.id)
            .string("title", &self.posting.title);
        let mut o = ObjectWriter::default();
        o.number("schema", self.schema)
            .string("idempotencyKey", &self.idempotency_key)
            .object("posting", posting)
            .string("language", self.language.code())
            .string(
                "correspondenceLanguage",
                self.correspondence_language.code(),
            )
            .string("fullName", &self.full_name)
            .string("email", &self.email)
            .optional("phone", self.phone.as_deref())
            .optional("bestTime", self.best_time.as_deref())
            .strings("stages", self.stages.iter().map(|s| s.key()))
            .string("needs", &self.needs)
            .strings("measures", self.measures.iter().map(|m| m.key()))
            .optional("measureOther", self.measure_other.as_deref())
            .optional(
                "previousAccommodation",
                self.previous_accommodation.map(Previous::key),
            )
            .optional("previousDetails", self.previous_details.as_deref())
            .bool("consent", self.consent);
        o.finish()
    }

    /// A pending submission stored in `sessionStorage`; `None` if anything in it is not what
    /// [`Submission::to_json`] writes.
    pub fn from_json(json: &str) -> Option<Submission> {
        Reader::document(json, submission).ok()
    }
}

fn submission(r: &mut Reader) -> Read<Submission> {
    let (mut schema, mut key, mut posting, mut language) = (None, None, None, None);
    let (mut correspondence, mut full_name, mut email, mut needs) = (None, None, None, None);
    let (mut stages, mut measures, mut consent) = (None, None, None);
    let (mut phone, mut best_time, mut measure_other) = (None, None, None);
    let (mut previous, mut previous_details) = (None, None);
    r.object(&mut |r, k| {
        let text = |r: &mut Reader| r.option(Reader::string);
        match k {
            "schema" => schema = Some(r.u32()?),
            "idempotencyKey" => key = Some(r.string()?),
            "posting" => posting = Some(posting_ref(r)?),
            "language" => language = Some(choice(r)?),
            "correspondenceLanguage" => correspondence = Some(choice(r)?),
            "fullName" => full_name = Some(r.string()?),
            "email" => email = Some(r.string()?),
            "phone" => phone = text(r)?,
            "bestTime" => best_time = text(r)?,
            "stages" => stages = Some(r.list(choice)?),
            "needs" => needs = Some(r.string()?),
            "measures" => measures = Some(r.list(choice)?),
            "measureOther" => measure_other = text(r)?,
            "previousAccommodation" => previous = r.option(choice)?,
            "previousDetails" => previous_details = text(r)?,
            "consent" => consent = Some(r.bool()?),
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(Submission {
        schema: required(schema, "schema")?,
        idempotency_key: required(key, "idempotencyKey")?,
        posting: required(posting, "posting")?,
        language: required(language, "language")?,
        correspondence_language: required(correspondence, "correspondenceLanguage")?,
        full_name: required(full_name, "fullName")?,
        email: required(email, "email")?,
        phone,
        best_time,
        stages: required(stages, "stages")?,
        needs: required(needs, "needs")?,
        measures: required(measures, "measures")?,
        measure_other,
        previous_accommodation: previous,
        previous_details,
        consent: required(consent, "consent")?,
    })
}

fn posting_ref(r: &mut Reader) -> Read<PostingRef> {
    let [id, title] = r.fields(["id", "title"], Reader::string)?;
    Ok(PostingRef { id, title })
}

/// The reference in a successful response `{"reference": "…"}`, if it is a plausible one
/// (1 to 40 letters, digits and hyphens); anything else is ignored.
pub fn reference_from_response(body: &str) -> Option<String> {
    let mut reference = None;
    Reader::document(body, |r| {
        r.object(&mut |r, key| {
            if key == "reference" {
                reference = or_default(r.string().map(Some))?;
                Ok(())
            } else {
                r.skip()
            }
        })
    })
    .ok()?;
    let reference = reference?;
    let reference = reference.trim();
    let plausible = (1..=40).contains(&reference.len())
        && reference
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    plausible.then(|| reference.to_owned())
}
