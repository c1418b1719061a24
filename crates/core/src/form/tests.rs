use super::*;
use crate::form_email::*;
use crate::form_text::{self, error_message, FormMsg, CONTACT_EMAIL};
use crate::messages::french_typography_ok;
use crate::percent::percent_encode;
use crate::sorted_set::SortedSet;
use crate::Lang;

const LANGS: [Lang; 2] = [Lang::En, Lang::Fr];

fn known(id: &str) -> bool {
    id == "developer"
}

fn valid() -> Draft {
    Draft {
        full_name: "  Émilie Tremblay ".into(),
        email: " emilie@example.ca ".into(),
        correspondence_language: Some(Lang::Fr),
        posting_id: "developer".into(),
        stages: [Stage::Interview, Stage::WrittenTest].into(),
        needs: "J’ai besoin de pauses.\nMerci.".into(),
        consent: true,
        ..Draft::default()
    }
}

fn codes(draft: &Draft) -> Vec<(Field, ErrorCode)> {
    validate(draft, &known)
        .into_iter()
        .map(|e| (e.field, e.code))
        .collect()
}

fn only(draft: &Draft) -> Option<(Field, ErrorCode)> {
    let all = codes(draft);
    assert!(all.len() <= 1, "{all:?}");
    all.first().copied()
}

fn sent(draft: &Draft) -> Submission {
    submission(
        draft,
        Some("Developer"),
        Lang::En,
        &new_idempotency_key([7; 16]),
    )
    .unwrap()
}

// --- validation -------------------------------------------------------------------------------

#[test]
fn a_complete_draft_is_valid() {
    assert_eq!(codes(&valid()), vec![]);
}

#[test]
fn an_empty_draft_lists_every_required_field_in_form_order() {
    let fields: Vec<Field> = validate(&Draft::default(), &known)
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        vec![
            Field::FullName,
            Field::Email,
            Field::CorrespondenceLanguage,
            Field::Posting,
            Field::Stages,
            Field::Needs,
            Field::Consent
        ]
    );
    let mut sorted = fields.clone();
    sorted.sort();
    assert_eq!(fields, sorted);
}

#[test]
fn name_is_required_after_trimming() {
    let draft = Draft {
        full_name: " \t\n ".into(),
        ..valid()
    };
    assert_eq!(only(&draft), Some((Field::FullName, ErrorCode::Required)));
}

#[test]
fn email_is_required() {
    let draft = Draft {
        email: "   ".into(),
        ..valid()
    };
    assert_eq!(only(&draft), Some((Field::Email, ErrorCode::Required)));
}

#[test]
fn email_must_look_like_an_address() {
    for bad in [
        "name",
        "name@",
        "@example.com",
        "name@example",
        "name@@example.com",
        "na me@example.com",
        "name@exam ple.com",
        "a@b@example.com",
        "name@.com",
        "name@example.",
        "name@example..com",
    ] {
        let draft = Draft {
            email: bad.into(),
            ..valid()
        };
        assert_eq!(
            only(&draft),
            Some((Field::Email, ErrorCode::EmailFormat)),
            "{bad}"
        );
    }
    for good in [
        "name@example.com",
        " n.a+me@sub.example.ca ",
        "émilie@exemple.québec",
    ] {
        let draft = Draft {
            email: good.into(),
            ..valid()
        };
        assert_eq!(only(&draft), None, "{good}");
    }
}

#[test]
fn correspondence_language_is_required() {
    let draft = Draft {
        correspondence_language: None,
        ..valid()
    };
    assert_eq!(
        only(&draft),
        Some((Field::CorrespondenceLanguage, ErrorCode::Required))
    );
}

#[test]
fn posting_is_required_and_must_be_known() {
    let draft = Draft {
        posting_id: " ".into(),
        ..valid()
    };
    assert_eq!(only(&draft), Some((Field::Posting, ErrorCode::Required)));
    let draft = Draft {
        posting_id: "removed".into(),
        ..valid()
    };
    assert_eq!(
        only(&draft),
        Some((Field::Posting, ErrorCode::PostingUnknown))
    );
}

#[test]
fn at_least_one_stage() {
    let draft = Draft {
        stages: SortedSet::default(),
        ..valid()
    };
    assert_eq!(
        only(&draft),
        Some((Field::Stages, ErrorCode::ChooseAtLeastOne))
    );
    let draft = Draft {
        stages: [Stage::Other].into(),
        ..valid()
    };
    assert_eq!(only(&draft), None);
}

#[test]
fn needs_are_required_after_trimming() {
    let draft = Draft {
        needs: "\n\n  ".into(),
        ..valid()
    };
    assert_eq!(only(&draft), Some((Field::Needs, ErrorCode::Required)));
}

#[test]
fn measures_are_optional_but_other_needs_its_text() {
    let draft = Draft {
        measures: [Measure::ExtraTime].into(),
        ..valid()
    };
    assert_eq!(only(&draft), None);
    let draft = Draft {
        measures: [Measure::Other].into(),
        measure_other: "  ".into(),
        ..valid()
    };
    assert_eq!(
        only(&draft),
        Some((Field::MeasureOther, ErrorCode::OtherMeasureRequired))
    );
    let draft = Draft {
        measures: [Measure::Other].into(),
        measure_other: "A reader".into(),
        ..valid()
    };
    assert_eq!(only(&draft), None);
}

#[test]
fn other_measure_text_is_ignored_when_other_is_unchecked() {
    let draft = Draft {
        measure_other: "x".repeat(900),
        ..valid()
    };
    assert_eq!(only(&draft), None);
    assert_eq!(sent(&draft).measure_other, None);
}

#[test]
fn phone_is_optional_but_checked_when_given() {
    for good in [
        "",
        "   ",
        "613-555-0123",
        "+1 (613) 555.0123",
        "5550123",
        "12345678901234567890",
    ] {
        let draft = Draft {
            phone: good.into(),
            ..valid()
        };
        assert_eq!(only(&draft), None, "{good}");
    }
    for bad in [
        "613-555-0123 ext 4",
        "613/555/0123",
        "six one three",
        "٦١٣٥٥٥٠١٢٣",
    ] {
        let draft = Draft {
            phone: bad.into(),
            ..valid()
        };
        assert_eq!(
            only(&draft),
            Some((Field::Phone, ErrorCode::PhoneFormat)),
            "{bad}"
        );
    }
    let digits = ErrorCode::PhoneDigits { min: 7, max: 20 };
    for bad in ["555-012", "+1", "123456789012345678901"] {
        let draft = Draft {
            phone: bad.into(),
            ..valid()
        };
        assert_eq!(only(&draft), Some((Field::Phone, digits)), "{bad}");
    }
}

#[test]
fn previous_details_only_matter_when_the_answer_is_yes() {
    let long = "x".repeat(2001);
    for previous in [None, Some(Previous::No), Some(Previous::PreferNotToSay)] {
        let draft = Draft {
            previous,
            previous_details: long.clone(),
            ..valid()
        };
        assert_eq!(only(&draft), None);
        assert_eq!(sent(&draft).previous_details, None);
    }
    let draft = Draft {
        previous: Some(Previous::Yes),
        previous_details: long,
        ..valid()
    };
    assert_eq!(
        only(&draft),
        Some((Field::PreviousDetails, ErrorCode::TooLong { max: 2000 }))
    );
    let draft = Draft {
        previous: Some(Previous::Yes),
        previous_details: String::new(),
        ..valid()
    };
    assert_eq!(only(&draft), None);
}

#[test]
fn consent_is_required() {
    let draft = Draft {
        consent: false,
        ..valid()
    };
    assert_eq!(
        only(&draft),
        Some((Field::Consent, ErrorCode::ConsentRequired))
    );
}

#[test]
fn every_limited_field_is_checked_at_its_limit() {
    let base = Draft {
        measures: [Measure::Other].into(),
        previous: Some(Previous::Yes),
        ..valid()
    };
    for field in Field::ALL.into_iter().filter(|f| f.max_chars().is_some()) {
        let max = field.max_chars().unwrap();
        // At the limit: fine (a valid text of the right shape for email and phone).
        let at = match field {
            Field::Email => format!("{}@example.ca", "a".repeat(max - 11)),
            Field::Phone => format!("{}{}", "1".repeat(20), " ".repeat(max - 20)),
            _ => "é".repeat(max),
        };
        let mut draft = base.clone();
        *draft.text_mut(field).unwrap() = at.clone();
        draft.measure_other = if field == Field::MeasureOther {
            at.clone()
        } else {
            "Reader".into()
        };
        assert_eq!(only(&draft), None, "{field:?} at limit");
        // One more: too long.
        let mut draft = base.clone();
        draft.measure_other = "Reader".into();
        *draft.text_mut(field).unwrap() = format!("{at}1");
        assert_eq!(
            only(&draft),
            Some((field, ErrorCode::TooLong { max })),
            "{field:?}"
        );
    }
}

#[test]
fn limits_count_characters_not_bytes() {
    let emoji = "👍".repeat(200); // 800 bytes, 200 characters
    let draft = Draft {
        full_name: emoji.clone(),
        ..valid()
    };
    assert_eq!(only(&draft), None);
    assert_eq!(chars_left(Field::FullName, &emoji), Some(0));
    let draft = Draft {
        full_name: format!("{emoji}👍"),
        ..valid()
    };
    assert_eq!(
        only(&draft),
        Some((Field::FullName, ErrorCode::TooLong { max: 200 }))
    );
}

// --- counter ----------------------------------------------------------------------------------

#[test]
fn counter_counts_down_and_over() {
    assert_eq!(
        char_count(Field::Needs, ""),
        Some(CharCount::Remaining(5000))
    );
    assert_eq!(
        char_count(Field::FullName, "👩🏽"),
        Some(CharCount::Remaining(198))
    );
    assert_eq!(
        char_count(Field::Phone, &"1".repeat(33)),
        Some(CharCount::TooMany(3))
    );
    assert_eq!(chars_left(Field::Phone, &"1".repeat(33)), Some(0));
    assert_eq!(chars_left(Field::Stages, "x"), None);
    assert_eq!(chars_left(Field::Consent, ""), None);
}

#[test]
fn near_limit_is_ten_percent_or_a_hundred() {
    assert!(!near_limit(Field::Needs, &"a".repeat(4899)));
    assert!(near_limit(Field::Needs, &"a".repeat(4900)));
    assert!(!near_limit(Field::FullName, &"a".repeat(179)));
    assert!(near_limit(Field::FullName, &"a".repeat(180)));
    assert!(near_limit(Field::FullName, &"a".repeat(250)));
    assert!(!near_limit(Field::Needs, ""));
    assert!(!near_limit(Field::Stages, ""));
}

#[test]
fn counter_text_has_plurals_in_both_languages() {
    use form_text::counter_message as m;
    assert_eq!(
        m(CharCount::Remaining(1), Lang::En),
        "You have 1 character remaining"
    );
    assert_eq!(
        m(CharCount::Remaining(12), Lang::En),
        "You have 12 characters remaining"
    );
    assert_eq!(
        m(CharCount::Remaining(0), Lang::En),
        "You have 0 characters remaining"
    );
    assert_eq!(
        m(CharCount::TooMany(3), Lang::En),
        "You have 3 characters too many"
    );
    assert_eq!(
        m(CharCount::TooMany(1), Lang::En),
        "You have 1 character too many"
    );
    assert_eq!(
        m(CharCount::Remaining(1), Lang::Fr),
        "Il vous reste 1 caractère"
    );
    assert_eq!(
        m(CharCount::Remaining(0), Lang::Fr),
        "Il vous reste 0 caractère"
    );
    assert_eq!(
        m(CharCount::Remaining(12), Lang::Fr),
        "Il vous reste 12 caractères"
    );
    assert_eq!(
        m(CharCount::TooMany(3), Lang::Fr),
        "Vous avez 3 caractères de trop"
    );
    assert_eq!(
        m(CharCount::Remaining(5000), Lang::Fr),
        "Il vous reste 5\u{202f}000 caractères"
    );
    assert_eq!(
        form_text::counter_text(Field::Needs, "abc", Lang::En).as_deref(),
        Some("You have 4,997 characters remaining")
    );
    assert_eq!(
        form_text::counter_text(Field::Stages, "abc", Lang::En),
        None
    );
    assert_eq!(
        form_text::limit_hint(Field::Needs, Lang::Fr).as_deref(),
        Some("Vous pouvez saisir jusqu’à 5\u{202f}000 caractères")
    );
}

// --- messages ---------------------------------------------------------------------------------

#[test]
fn every_possible_error_has_a_specific_message_in_both_languages() {
    for field in Field::ALL {
        for code in field.possible_errors() {
            let error = FieldError { field, code };
            let en = error_message(error, Lang::En);
            let fr = error_message(error, Lang::Fr);
            assert!(!en.is_empty() && !fr.is_empty(), "{error:?}");
            assert_ne!(en, fr, "{error:?}");
            assert!(french_typography_ok(&fr), "{error:?}: {fr}");
            assert!(!en.ends_with('.') && !fr.ends_with('.'), "{error:?}");
            // Specific: not one of the generic fallbacks.
            for generic in [
                "Answer this question",
                "Select at least one option",
                "This answer",
            ] {
                assert!(!en.contains(generic), "{error:?}: {en}");
            }
        }
    }
}

#[test]
fn error_messages_say_what_to_do() {
    let msg = |field, code, lang| error_message(FieldError { field, code }, lang);
    assert_eq!(
        msg(Field::FullName, ErrorCode::Required, Lang::En),
        "Enter your full name"
    );
    assert_eq!(
        msg(Field::FullName, ErrorCode::Required, Lang::Fr),
        "Entrez votre nom complet"
    );
    assert_eq!(
        msg(Field::Email, ErrorCode::EmailFormat, Lang::En),
        "Enter an email address in the correct format, like name@example.com"
    );
    assert_eq!(
        msg(Field::Email, ErrorCode::EmailFormat, Lang::Fr),
        "Entrez une adresse courriel dans le bon format, par exemple nom@exemple.com"
    );
    assert_eq!(
        msg(Field::Stages, ErrorCode::ChooseAtLeastOne, Lang::En),
        "Select at least one assessment stage"
    );
    assert_eq!(
        msg(Field::Needs, ErrorCode::Required, Lang::En),
        "Describe the needs or barriers you want us to know about"
    );
    assert_eq!(
        msg(Field::FullName, ErrorCode::TooLong { max: 200 }, Lang::En),
        "Full name must be 200 characters or fewer"
    );
    assert_eq!(
        msg(Field::Needs, ErrorCode::TooLong { max: 5000 }, Lang::Fr),
        "La description de vos besoins ou des obstacles doit compter au plus 5\u{202f}000 caractères"
    );
    assert_eq!(
        msg(Field::Consent, ErrorCode::ConsentRequired, Lang::En),
        "You must agree to the privacy notice to send your request"
    );
    assert_eq!(
        form_text::error_summary_title(Lang::En),
        "There is a problem"
    );
    assert_eq!(
        form_text::error_summary_title(Lang::Fr),
        "Un problème est survenu"
    );
}

#[test]
fn every_message_is_in_both_languages() {
    for msg in FormMsg::ALL {
        assert!(!msg.text(Lang::En).is_empty(), "{msg:?}");
        assert!(!msg.text(Lang::Fr).is_empty(), "{msg:?}");
    }
    let (en, fr) = (
        form_text::all_texts(Lang::En),
        form_text::all_texts(Lang::Fr),
    );
    assert_eq!(en.len(), fr.len());
    assert!(en.iter().chain(&fr).all(|t| !t.trim().is_empty()));
    for field in Field::ALL {
        for lang in LANGS {
            assert!(!field.label(lang).is_empty());
            assert!(!form_text::summary_label(field, lang).is_empty());
        }
        assert_ne!(field.label(Lang::En), field.label(Lang::Fr), "{field:?}");
    }
}

#[test]
fn every_french_text_follows_french_typography() {
    for text in form_text::all_texts(Lang::Fr) {
        assert!(french_typography_ok(&text), "{text:?}");
    }
    let body = mailto_body(&sent(&valid()), Lang::Fr);
    assert!(french_typography_ok(&body), "{body}");
}

#[test]
fn the_privacy_notice_is_complete_in_both_languages() {
    let (en, fr) = (
        form_text::privacy_notice(Lang::En),
        form_text::privacy_notice(Lang::Fr),
    );
    assert_eq!(en.len(), fr.len());
    for (e, f) in en.iter().zip(fr) {
        assert_eq!(e.paragraphs.len(), f.paragraphs.len(), "{}", e.heading);
    }
    let all = |sections: &[form_text::NoticeSection]| {
        sections
            .iter()
            .flat_map(|s| s.paragraphs.iter())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (en, fr) = (all(en), all(fr));
    for needle in [
        "Employment Equity Act",
        "Canadian Human Rights Act",
        "Duty to Accommodate",
        "Public Service Commission",
        "not used to assess your merit",
        "hiring board",
        "2 years",
        "Standard Personal Information Bank PSU 912 — Staffing",
        "Privacy Act",
        "Privacy Commissioner of Canada",
        form_text::CONTACT_EMAIL,
    ] {
        assert!(en.contains(needle), "{needle}");
    }
    for needle in [
        "Loi sur l’équité en matière d’emploi",
        "Loi canadienne sur les droits de la personne",
        "mesures d’adaptation",
        "Commission de la fonction publique",
        "Loi sur la protection des renseignements personnels",
        "Commissariat à la protection de la vie privée du Canada",
        "2 ans",
        form_text::CONTACT_EMAIL,
    ] {
        assert!(fr.contains(needle), "{needle}");
    }
}

#[test]
fn failures_say_the_information_is_still_there() {
    for failure in [
        SendFailure::Rejected(400),
        SendFailure::Server(500),
        SendFailure::Timeout,
        SendFailure::Offline,
    ] {
        assert!(
            form_text::failure_message(failure, Lang::En, "x@example.ca")
                .contains("still in the form")
        );
        assert!(
            form_text::failure_message(failure, Lang::Fr, "x@example.ca")
                .contains("toujours dans le formulaire")
        );
    }
    assert!(
        form_text::failure_message(SendFailure::Server(503), Lang::En, "x@example.ca")
            .contains("error 503")
    );
    // The address to email instead is the one given, the host's recipient.
    for lang in [Lang::En, Lang::Fr] {
        let text = form_text::failure_message(SendFailure::Rejected(422), lang, "rh@exemple.gc.ca");
        assert!(text.contains("rh@exemple.gc.ca."), "{text}");
        assert!(!text.contains(form_text::CONTACT_EMAIL), "{text}");
    }
    assert_eq!(SendFailure::from_status(201), None);
    assert_eq!(
        SendFailure::from_status(409),
        Some(SendFailure::Rejected(409))
    );
    assert_eq!(
        SendFailure::from_status(502),
        Some(SendFailure::Server(502))
    );
}

#[test]
fn confirmation_texts() {
    assert_eq!(
        form_text::confirmation_received(Lang::Fr, 2026, 12, 1).unwrap(),
        "Nous avons reçu votre demande le 1er décembre 2026."
    );
    assert_eq!(
        form_text::confirmation_received(Lang::En, 2026, 11, 22).unwrap(),
        "We received your request on 22 November 2026."
    );
    assert_eq!(
        form_text::confirmation_received(Lang::En, 2026, 13, 1),
        None
    );
    assert_eq!(
        form_text::confirmation_reference(Lang::En, "CDS-ABCD1234"),
        "Your reference number is CDS-ABCD1234."
    );
}

// --- fields -----------------------------------------------------------------------------------

#[test]
fn fields_have_unique_ids_and_the_right_html() {
    let mut ids: Vec<&str> = Field::ALL.iter().map(|f| f.id()).collect();
    ids.extend(Stage::ALL.iter().map(|s| s.id()));
    ids.extend(Measure::ALL.iter().map(|m| m.id()));
    ids.extend(Previous::ALL.iter().map(|p| p.id()));
    ids.extend(LANGS.iter().map(|l| correspondence_language_id(*l)));
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count);
    assert!(ids.iter().all(|id| id.starts_with("cds-acc-")));
    assert_eq!(Field::FullName.id(), "cds-acc-full-name");
    assert_eq!(Field::Email.input_type(), Some("email"));
    assert_eq!(Field::Email.autocomplete(), Some("email"));
    assert_eq!(Field::Phone.input_type(), Some("tel"));
    assert_eq!(Field::Phone.autocomplete(), Some("tel"));
    assert_eq!(Field::FullName.autocomplete(), Some("name"));
    assert_eq!(Field::Needs.autocomplete(), None);
    assert_eq!(Field::Needs.control(), Control::TextArea);
    assert_eq!(Field::Stages.link_target(), "cds-acc-stage-screening");
    assert_eq!(Field::Email.error_id(), "cds-acc-email-error");
    for field in Field::ALL {
        assert_eq!(field.is_text(), field.max_chars().is_some(), "{field:?}");
        assert_eq!(
            field.is_text(),
            Draft::default().text(field).is_some(),
            "{field:?}"
        );
    }
}

// --- draft storage ----------------------------------------------------------------------------

#[test]
fn drafts_round_trip_through_json() {
    let draft = Draft {
        measures: [Measure::SignLanguage, Measure::Other].into(),
        measure_other: "Lecteur d’écran 🦮".into(),
        previous: Some(Previous::PreferNotToSay),
        phone: "613 555 0123".into(),
        ..valid()
    };
    let json = draft.to_json();
    assert!(json.contains("\"fullName\""), "{json}");
    assert!(json.contains("\"signLanguage\""), "{json}");
    assert_eq!(Draft::from_json(&json), Some(draft));
}

#[test]
fn partial_old_or_damaged_drafts_still_load() {
    let draft = Draft::from_json(r#"{"fullName":"Ana","needs":"Des pauses"}"#).unwrap();
    assert_eq!(draft.full_name, "Ana");
    assert_eq!(draft.needs, "Des pauses");
    assert!(draft.stages.is_empty() && !draft.consent);

    let draft = Draft::from_json(
        r#"{"fullName":"Ana","stages":["interview","oralExam",3],"measures":"breaks",
            "previous":"maybe","correspondenceLanguage":"de","consent":"yes","email":null,
            "somethingNew":{"a":1}}"#,
    )
    .unwrap();
    assert_eq!(draft.full_name, "Ana");
    assert_eq!(draft.stages, [Stage::Interview].into());
    assert!(draft.measures.is_empty());
    assert_eq!(draft.previous, None);
    assert_eq!(draft.correspondence_language, None);
    assert!(!draft.consent);
    assert_eq!(draft.email, "");

    assert_eq!(Draft::from_json("{}"), Some(Draft::default()));
    assert_eq!(Draft::from_json("not json"), None);
    assert_eq!(Draft::from_json("[1,2]"), None);
}

#[test]
fn blank_drafts_ignore_the_posting() {
    assert!(Draft::for_posting("developer").is_blank());
    assert!(!Draft {
        needs: "x".into(),
        ..Draft::for_posting("developer")
    }
    .is_blank());
    let mut draft = Draft::default();
    draft.set_measure(Measure::Breaks, true);
    assert!(!draft.is_blank());
    draft.set_measure(Measure::Breaks, false);
    assert!(draft.is_blank());
}

// --- submission -------------------------------------------------------------------------------

#[test]
fn the_submission_has_the_documented_shape() {
    let draft = Draft {
        measures: [Measure::Other, Measure::ExtraTime].into(),
        measure_other: " Un lecteur ".into(),
        previous: Some(Previous::Yes),
        previous_details: " Du temps supplémentaire ".into(),
        phone: " 613-555-0123 ".into(),
        ..valid()
    };
    let s = submission(&draft, Some("Développeur"), Lang::Fr, "k").unwrap();
    let json: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "schema": 1,
            "idempotencyKey": "k",
            "posting": {"id": "developer", "title": "Développeur"},
            "language": "fr",
            "correspondenceLanguage": "fr",
            "fullName": "Émilie Tremblay",
            "email": "emilie@example.ca",
            "phone": "613-555-0123",
            "bestTime": null,
            "stages": ["writtenTest", "interview"],
            "needs": "J’ai besoin de pauses.\nMerci.",
            "measures": ["extraTime", "other"],
            "measureOther": "Un lecteur",
            "previousAccommodation": "yes",
            "previousDetails": "Du temps supplémentaire",
            "consent": true
        })
    );
    assert_eq!(Submission::from_json(&s.to_json()), Some(s));
}

#[test]
fn a_pending_request_is_read_back_only_when_whole() {
    let s = sent(&valid());
    let value: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    assert_eq!(Submission::from_json(&value.to_string()), Some(s.clone()));
    // Keys that may be null may also be absent.
    let mut without_phone = value.clone();
    without_phone.as_object_mut().unwrap().remove("phone");
    assert_eq!(
        Submission::from_json(&without_phone.to_string()).map(|s| s.phone),
        Some(None)
    );
    // Anything missing, of the wrong kind, or an unknown choice: not the request that was sent.
    let mut without_email = value.clone();
    without_email.as_object_mut().unwrap().remove("email");
    assert_eq!(Submission::from_json(&without_email.to_string()), None);
    for (key, bad) in [
        ("stages", serde_json::json!(["oralExam"])),
        ("consent", serde_json::json!("yes")),
        ("language", serde_json::json!("de")),
        ("schema", serde_json::json!(-1)),
        ("posting", serde_json::json!({"id": "developer"})),
        ("phone", serde_json::json!(613)),
    ] {
        let mut changed = value.clone();
        changed[key] = bad;
        assert_eq!(Submission::from_json(&changed.to_string()), None, "{key}");
    }
    assert_eq!(Submission::from_json("not json"), None);
}

#[test]
fn submission_refuses_an_invalid_draft_or_unknown_posting() {
    let errors = submission(
        &Draft {
            consent: false,
            ..valid()
        },
        Some("Dev"),
        Lang::En,
        "k",
    )
    .unwrap_err();
    assert_eq!(
        errors,
        vec![FieldError {
            field: Field::Consent,
            code: ErrorCode::ConsentRequired
        }]
    );
    let errors = submission(&valid(), None, Lang::En, "k").unwrap_err();
    assert_eq!(
        errors,
        vec![FieldError {
            field: Field::Posting,
            code: ErrorCode::PostingUnknown
        }]
    );
}

#[test]
fn text_is_sent_verbatim_never_escaped() {
    let hostile = "<script>alert(\"x\")</script> & <b>gras</b> %20 &amp;";
    let rtl = "أحتاج إلى وقت إضافي \u{202B}שלום\u{202C}";
    let draft = Draft {
        full_name: hostile.into(),
        needs: format!("{rtl}\n{hostile}"),
        ..valid()
    };
    let s = sent(&draft);
    assert_eq!(s.full_name, hostile);
    assert_eq!(s.needs, format!("{rtl}\n{hostile}"));
    let back = Submission::from_json(&s.to_json()).unwrap();
    assert_eq!(back.needs, s.needs);
    for lang in LANGS {
        let body = mailto_body(&s, lang);
        assert!(body.contains(hostile), "{body}");
        assert!(body.contains(rtl), "{body}");
        assert!(!body.contains("&lt;"));
    }
}

#[test]
fn retries_reuse_the_key_of_an_unchanged_request() {
    let first = sent(&valid());
    let again = submission(
        &valid(),
        Some("Developer"),
        Lang::En,
        &new_idempotency_key([9; 16]),
    )
    .unwrap();
    assert_ne!(first.idempotency_key, again.idempotency_key);
    assert_eq!(reuse_pending(Some(&first), again.clone()), first);
    assert_eq!(reuse_pending(None, again.clone()), again);
    let edited = submission(
        &Draft {
            needs: "Autre".into(),
            ..valid()
        },
        Some("Developer"),
        Lang::En,
        "new",
    )
    .unwrap();
    assert_eq!(
        reuse_pending(Some(&first), edited.clone()).idempotency_key,
        "new"
    );
}

// --- keys and references ------------------------------------------------------------------------

#[test]
fn idempotency_keys_are_uuid_v4() {
    assert_eq!(
        new_idempotency_key([0; 16]),
        "00000000-0000-4000-8000-000000000000"
    );
    assert_eq!(
        new_idempotency_key([0xff; 16]),
        "ffffffff-ffff-4fff-bfff-ffffffffffff"
    );
    let key = new_idempotency_key(*b"0123456789abcdef");
    assert_eq!(key, "30313233-3435-4637-b839-616263646566");
    assert!(is_idempotency_key(&key));
    for random in [[0u8; 16], [0xff; 16], [0x5a; 16]] {
        assert!(is_idempotency_key(&new_idempotency_key(random)));
    }
    assert!(!is_idempotency_key("30313233-3435-1637-b839-616263646566"));
    assert!(!is_idempotency_key("30313233-3435-4637-c839-616263646566"));
    assert!(!is_idempotency_key("30313233-3435-4637-B839-616263646566"));
    assert!(!is_idempotency_key(""));
}

#[test]
fn references_are_short_stable_and_readable() {
    let key = new_idempotency_key([1; 16]);
    let reference = reference_from_key(&key);
    assert_eq!(reference, reference_from_key(&key));
    assert_ne!(reference, reference_from_key(&new_idempotency_key([2; 16])));
    assert_eq!(reference.len(), 12);
    let code = reference.strip_prefix("CDS-").unwrap();
    assert!(code
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
    assert!(!code.contains(['I', 'L', 'O', 'U']));
    assert_eq!(
        reference_from_response(r#"{"reference":"ACC-2026-0042"}"#).as_deref(),
        Some("ACC-2026-0042")
    );
    assert_eq!(
        reference_from_response(r#"{"reference":"<img src=x>"}"#),
        None
    );
    assert_eq!(reference_from_response(r#"{"ok":true}"#), None);
    assert_eq!(reference_from_response(""), None);
    assert_eq!(
        reference_from_response(r#"{"status":{"ok":[1]},"reference":" ACC-7 "}"#).as_deref(),
        Some("ACC-7")
    );
    assert_eq!(reference_from_response(r#"{"reference":42}"#), None);
    assert_eq!(reference_from_response(r#"[{"reference":"ACC-7"}]"#), None);
    assert_eq!(reference_from_response(r#"{"reference":"ACC-7""#), None);
}

// --- prepared email ---------------------------------------------------------------------------

#[test]
fn the_email_labels_every_field_in_the_interface_language() {
    let draft = Draft {
        measures: [Measure::Breaks, Measure::Other].into(),
        measure_other: "Lecteur".into(),
        ..valid()
    };
    let s = sent(&draft);
    let en = mailto_body(&s, Lang::En);
    for needle in [
        "Reference: CDS-",
        "Job posting: Developer (developer)",
        "Full name: Émilie Tremblay",
        "Email address: emilie@example.ca",
        "Language of correspondence: French",
        "Assessment stages:\n- Written test or exam\n- Interview",
        "Needs or barriers:\nJ’ai besoin de pauses.\nMerci.",
        "Requested measures:\n- Breaks\n- Other: Lecteur",
        "Telephone number: Not provided",
        "Best time to call: Not provided",
        "Accommodation before: Not provided",
        "Privacy notice: Agreed",
    ] {
        assert!(en.contains(needle), "{needle}\n---\n{en}");
    }
    let fr = mailto_body(&s, Lang::Fr);
    assert!(fr.contains("Nom complet\u{a0}: Émilie Tremblay"), "{fr}");
    assert!(
        fr.contains("Langue de correspondance\u{a0}: Français"),
        "{fr}"
    );
    assert!(fr.contains("- Autre\u{a0}: Lecteur"), "{fr}");
    // One phrase that agrees with every field's noun, masculine or feminine, one or many.
    assert!(
        fr.contains("Numéro de téléphone\u{a0}: Information non fournie"),
        "{fr}"
    );
}

#[test]
fn mailto_urls_are_percent_encoded() {
    let s = sent(&valid());
    let url = mailto_url("CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca", &s, Lang::En).unwrap();
    assert!(
        url.starts_with(
            "mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca?subject=Accommodation%20request%20%E2%80%93%20Developer"
        ),
        "{url}"
    );
    assert!(
        url.contains("&body=Request%20for%20assessment%20accommodation%0D%0AReference%3A%20CDS-"),
        "{url}"
    );
    assert!(url.contains("pauses.%0D%0AMerci."), "{url}");
    assert!(!url.contains(' ') && !url.contains('\n') && !url.contains('+'));
    let after_query = url.split_once('?').unwrap().1;
    assert_eq!(after_query.matches('&').count(), 1);
    assert_eq!(after_query.matches('=').count(), 2);
    assert_eq!(
        percent_encode("a b\r\n+&=?#é~", b""),
        "a%20b%0D%0A%2B%26%3D%3F%23%C3%A9~"
    );
}

#[test]
fn long_requests_are_offered_for_copying() {
    let short = sent(&valid());
    assert!(mailto_url(
        "CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca",
        &short,
        Lang::Fr
    )
    .is_some());
    // 600 "é" are 1,200 bytes, 3,600 characters once encoded.
    let long = sent(&Draft {
        needs: "é".repeat(600),
        ..valid()
    });
    assert_eq!(
        mailto_url(
            "CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca",
            &long,
            Lang::En
        ),
        None
    );
    // The cut-off is exactly at MAILTO_MAX_LEN.
    let mut n = 0;
    let last = loop {
        let s = sent(&Draft {
            needs: "a".repeat(n + 1),
            ..valid()
        });
        match mailto_url("CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca", &s, Lang::En) {
            Some(_) => n += 1,
            None => break n,
        }
    };
    let s = sent(&Draft {
        needs: "a".repeat(last),
        ..valid()
    });
    assert_eq!(
        mailto_url("CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca", &s, Lang::En)
            .unwrap()
            .len(),
        MAILTO_MAX_LEN
    );
    let copy = copy_text(
        "CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca",
        &long,
        Lang::En,
    );
    assert!(
        copy.starts_with(
            "To: CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca\nSubject: Accommodation request – Developer – CDS-"
        ),
        "{copy}"
    );
    assert!(copy.contains(&"é".repeat(600)));
}

#[test]
fn the_summary_lists_what_was_sent_in_form_order() {
    for previous in [Some(Previous::Yes), Some(Previous::No), None] {
        let draft = Draft {
            previous,
            previous_details: "Du temps supplémentaire".into(),
            ..valid()
        };
        let fields: Vec<Field> = summary(&sent(&draft), Lang::En)
            .iter()
            .map(|row| row.field)
            .collect();
        let in_form_order: Vec<Field> = Field::ALL
            .into_iter()
            .filter(|f| fields.contains(f))
            .collect();
        assert_eq!(fields, in_form_order);
        assert_eq!(fields[0], Field::FullName);
        assert_eq!(
            fields.contains(&Field::PreviousDetails),
            previous == Some(Previous::Yes)
        );
    }
}

#[test]
fn only_long_text_has_a_counter() {
    let counted: Vec<Field> = Field::ALL.into_iter().filter(|f| f.has_counter()).collect();
    assert_eq!(
        counted,
        [Field::Needs, Field::MeasureOther, Field::PreviousDetails]
    );
    // Short fields keep their limits, said by an error on submit.
    assert_eq!(Field::FullName.max_chars(), Some(200));
    assert!(!Field::FullName.has_counter());
}

#[test]
fn the_notices_name_the_one_recruitment_address() {
    for lang in [Lang::En, Lang::Fr] {
        assert!(form_text::no_endpoint_notice(lang, CONTACT_EMAIL).contains(CONTACT_EMAIL));
        assert!(form_text::no_posting_notice(lang, CONTACT_EMAIL).contains(CONTACT_EMAIL));
        let last = form_text::privacy_notice(lang).last().unwrap();
        assert!(last.paragraphs.iter().any(|p| p.contains(CONTACT_EMAIL)));
    }
    assert_eq!(CONTACT_EMAIL, "CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca");
}
