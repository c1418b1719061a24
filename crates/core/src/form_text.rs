//! The accommodation form's words in both official languages (see [`crate::form`]).
//!
//! As in [`crate::messages`], every fixed text is one variant of [`FormMsg`] with its English and
//! French side by side, so the compiler refuses a text in one language only; texts with numbers
//! or names are functions below. French typography is written in: a no-break space (U+00A0)
//! before `:` `;` `?` `!` and inside `« »`. Error messages follow the GC Design System: they say
//! what to do, specifically, without a final period.

use crate::form::{Field, Measure, Previous, Stage};

mod errors;
use crate::messages::long_date;
use crate::Lang;
pub use errors::*;

/// [`CONTACT_EMAIL`] as a literal, for the texts that are written with it at compile time.
macro_rules! contact_email {
    () => {
        "CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca"
    };
}

/// The CDS recruitment team's address: the one the sample postings name, the form's default
/// recipient (when a host page gives no `data-accommodation-email`), and the address the privacy
/// notice and the failure messages give. Configured here only; `careers-site` uses it as its
/// default too.
pub const CONTACT_EMAIL: &str = contact_email!();

crate::messages::catalogue! {
/// A fixed text of the accommodation form.
FormMsg {
    Intro => "If you have a disability, or another need protected by the Canadian Human Rights Act, you can ask for measures so that the assessment does not disadvantage you: for example extra time, breaks, alternate formats, assistive technology, a sign-language interpreter, or an accessible or remote location.", "Si vous avez un handicap ou un autre besoin protégé par la Loi canadienne sur les droits de la personne, vous pouvez demander des mesures pour que l’évaluation ne vous désavantage pas, par exemple du temps supplémentaire, des pauses, des médias substituts, une technologie d’aide, l’interprétation en langue des signes, un lieu accessible ou une évaluation à distance.";
    IntroSaved => "What you type is kept in this browser tab until you send your request or close the tab.", "Ce que vous tapez est conservé dans cet onglet du navigateur jusqu’à ce que vous envoyiez votre demande ou que vous fermiez l’onglet.";
    RequiredMark => "(required)", "(obligatoire)";
    OptionalMark => "(optional)", "(facultatif)";

    LabelFullName => "Full name", "Nom complet";
    LabelEmail => "Email address", "Adresse courriel";
    LabelCorrespondenceLanguage => "Preferred official language of correspondence", "Langue officielle de correspondance préférée";
    LabelPosting => "Job posting", "Offre d’emploi";
    LabelStages => "Assessment stages your request concerns", "Étapes de l’évaluation visées par votre demande";
    LabelNeeds => "Your needs or the barriers you face", "Vos besoins ou les obstacles que vous rencontrez";
    LabelMeasures => "Measures you are requesting", "Mesures que vous demandez";
    LabelMeasureOther => "Describe the other measure", "Décrivez l’autre mesure";
    LabelPhone => "Telephone number", "Numéro de téléphone";
    LabelBestTime => "Best time to call you", "Meilleur moment pour vous appeler";
    LabelPrevious => "Have you had accommodation for an assessment before?", "Avez-vous déjà obtenu des mesures d’adaptation pour une évaluation\u{a0}?";
    LabelPreviousDetails => "What worked well for you?", "Qu’est-ce qui a bien fonctionné pour vous\u{a0}?";
    LabelConsent => "I have read the privacy notice and I agree that CDS uses my information as it describes.", "J’ai lu l’avis de confidentialité et j’accepte que le SNC utilise mes renseignements de la façon qui y est décrite.";

    HintFullName => "The name you want us to use when we contact you.", "Le nom que vous voulez que nous utilisions pour communiquer avec vous.";
    HintEmail => "We will only use it to contact you about this request.", "Nous l’utiliserons seulement pour communiquer avec vous au sujet de cette demande.";
    HintCorrespondenceLanguage => "We will write to you and speak with you in this language.", "Nous vous écrirons et vous parlerons dans cette langue.";
    HintPosting => "The job you are applying for.", "Le poste auquel vous postulez.";
    HintStages => "Select all that apply.", "Sélectionnez toutes les réponses qui s’appliquent.";
    HintNeeds => "In your own words. You do not need to name a diagnosis or give medical details: tell us what could make the assessment harder for you.", "Dans vos propres mots. Vous n’avez pas à préciser un diagnostic ni à donner de détails médicaux\u{a0}: dites-nous ce qui pourrait rendre l’évaluation plus difficile pour vous.";
    HintMeasures => "Select all that apply. If you are not sure, leave them unchecked: we will discuss it with you.", "Sélectionnez toutes les réponses qui s’appliquent. En cas de doute, ne cochez rien\u{a0}: nous en discuterons avec vous.";
    HintMeasureOther => "For example, a reader, a scribe or lighting adjustments.", "Par exemple, une personne qui lit ou écrit pour vous, ou un éclairage adapté.";
    HintPhone => "If you would like us to call you. For example, 613-555-0123.", "Si vous voulez que nous vous appelions. Par exemple, 613-555-0123.";
    HintBestTime => "For example, weekday mornings, Eastern Time.", "Par exemple, en semaine le matin, heure de l’Est.";
    HintPreviousDetails => "Tell us about measures that helped you in past assessments.", "Parlez-nous des mesures qui ont été utiles lors d’évaluations précédentes.";

    PostingChoose => "Select a job posting", "Sélectionnez une offre d’emploi";
    LanguageEnglish => "English", "Anglais";
    LanguageFrench => "French", "Français";
    StageScreening => "Application screening", "Présélection des candidatures";
    StageWrittenTest => "Written test or exam", "Test écrit ou examen";
    StageInterview => "Interview", "Entrevue";
    StageReferenceCheck => "Reference check", "Vérification des références";
    StageOther => "Other (tell us about it when you describe your needs)", "Autre (précisez-la en décrivant vos besoins)";
    MeasureExtraTime => "Extra time", "Temps supplémentaire";
    MeasureBreaks => "Breaks", "Pauses";
    MeasureAlternateFormats => "Alternate formats (for example large print, Braille, accessible digital documents)", "Médias substituts (par exemple gros caractères, braille, documents numériques accessibles)";
    MeasureAssistiveTechnology => "Assistive technology", "Technologie d’aide";
    MeasureSignLanguage => "Sign-language interpreter (ASL or LSQ)", "Interprète en langue des signes (ASL ou LSQ)";
    MeasureAccessibleLocation => "Accessible location", "Lieu accessible";
    MeasureRemoteLocation => "Remote assessment", "Évaluation à distance";
    MeasureOther => "Other", "Autre";
    PreviousYes => "Yes", "Oui";
    PreviousNo => "No", "Non";
    PreviousPreferNotToSay => "I prefer not to say", "Je préfère ne pas répondre";

    SummaryPosting => "Job posting", "Offre d’emploi";
    SummaryFullName => "Full name", "Nom complet";
    SummaryEmail => "Email address", "Adresse courriel";
    SummaryCorrespondenceLanguage => "Language of correspondence", "Langue de correspondance";
    SummaryStages => "Assessment stages", "Étapes de l’évaluation";
    SummaryNeeds => "Needs or barriers", "Besoins ou obstacles";
    SummaryMeasures => "Requested measures", "Mesures demandées";
    SummaryMeasureOther => "Other measure", "Autre mesure";
    SummaryPhone => "Telephone number", "Numéro de téléphone";
    SummaryBestTime => "Best time to call", "Meilleur moment pour appeler";
    SummaryPrevious => "Accommodation before", "Mesures d’adaptation obtenues auparavant";
    SummaryPreviousDetails => "What worked", "Ce qui a bien fonctionné";
    SummaryConsent => "Privacy notice", "Avis de confidentialité";
    NotProvided => "Not provided", "Information non fournie";
    ConsentGiven => "Agreed", "Accepté";

    ErrorSummaryTitle => "There is a problem", "Un problème est survenu";
    ErrorPrefix => "Error:", "Erreur\u{a0}:";

    Send => "Send request", "Envoyer la demande";
    PrepareEmail => "Prepare the email", "Préparer le courriel";
    PrivacySummary => "We use your information only to arrange accommodation for your assessment, never to decide on your application. The full privacy notice is at the end of the form.", "Nous utilisons vos renseignements uniquement pour organiser les mesures d’adaptation de votre évaluation, jamais pour décider de votre candidature. L’avis complet se trouve à la fin du formulaire.";
    ClearInfoHint => "Once you have sent it, you can clear what you typed from this browser.", "Une fois le courriel envoyé, vous pouvez effacer ce que vous avez tapé de ce navigateur.";
    ClearInfo => "Clear my information from this browser", "Effacer mes renseignements de ce navigateur";
    InfoCleared => "Your information was cleared from this browser. The form is empty.", "Vos renseignements ont été effacés de ce navigateur. Le formulaire est vide.";
    Sending => "Sending…", "Envoi en cours…";
    Retry => "Retry", "Réessayer";
    DiscardDraft => "Discard draft", "Supprimer le brouillon";
    CopyRequest => "Copy the request", "Copier la demande";
    OpenEmail => "Open in your email program", "Ouvrir dans votre logiciel de courriel";
    Copied => "Request copied to the clipboard. Paste it into an email.", "Demande copiée dans le presse-papiers. Collez-la dans un courriel.";
    CopyFailed => "The request could not be copied. Select the text and copy it yourself.", "Impossible de copier la demande. Sélectionnez le texte et copiez-le vous-même.";

    FailureHeading => "Your request was not sent", "Votre demande n’a pas été envoyée";
    FailureKept => "Your information is still in the form: you do not need to type it again.", "Vos renseignements sont toujours dans le formulaire\u{a0}: vous n’avez pas à les taper de nouveau.";
    FailureTimeout => "The server took too long to answer. It may have received your request: retrying will not send it twice.", "Le serveur a mis trop de temps à répondre. Il a peut-être reçu votre demande\u{a0}: réessayer ne l’enverra pas deux fois.";
    FailureOffline => "You seem to be offline. Check your Internet connection, then retry.", "Vous semblez être hors ligne. Vérifiez votre connexion Internet, puis réessayez.";

    ConfirmationHeading => "Request sent", "Demande envoyée";
    ConfirmationNext => "The CDS recruitment team will contact you in your preferred official language to agree on the measures before your assessment.", "L’équipe de recrutement du SNC communiquera avec vous dans la langue officielle de votre choix pour convenir des mesures avant votre évaluation.";
    ConfirmationKeep => "Keep your reference number: mention it if you contact us about this request.", "Conservez votre numéro de référence\u{a0}: mentionnez-le si vous communiquez avec nous au sujet de cette demande.";
    ConfirmationWhatYouSent => "What you sent", "Ce que vous avez envoyé";

    DraftRestored => "We restored what you entered earlier in this tab. Review it before you send your request.", "Nous avons rétabli ce que vous aviez saisi plus tôt dans cet onglet. Vérifiez-le avant d’envoyer votre demande.";
    DraftDiscarded => "Your draft was discarded. The form is empty.", "Votre brouillon a été supprimé. Le formulaire est vide.";
    DiscardConfirm => "Discard everything you entered in this form?", "Supprimer tout ce que vous avez saisi dans ce formulaire\u{a0}?";

    MailHeading => "Request for assessment accommodation", "Demande de mesures d’adaptation pour une évaluation";
    MailTooLong => "Your request is too long to open in your email program. Copy it, then paste it into an email.", "Votre demande est trop longue pour s’ouvrir dans votre logiciel de courriel. Copiez-la, puis collez-la dans un courriel.";
    MailTo => "To", "À";
    MailSubject => "Subject", "Objet";
    Reference => "Reference", "Référence";

    PrivacyTitle => "Privacy notice", "Avis de confidentialité";

    BackToPosting => "Back to the job posting", "Retour à l’offre d’emploi";
    MailPanelHeading => "Send your request by email", "Envoyez votre demande par courriel";
    PreparedText => "Your request, ready to paste into an email", "Votre demande, prête à coller dans un courriel";
}}

// ---------------------------------------------------------------------------------------------
// Labels, hints and options
// ---------------------------------------------------------------------------------------------

impl Field {
    /// The field's visible label (the `<legend>` of a group).
    pub fn label(self, lang: Lang) -> &'static str {
        use FormMsg::*;
        match self {
            Field::FullName => LabelFullName,
            Field::Email => LabelEmail,
            Field::CorrespondenceLanguage => LabelCorrespondenceLanguage,
            Field::Posting => LabelPosting,
            Field::Stages => LabelStages,
            Field::Needs => LabelNeeds,
            Field::Measures => LabelMeasures,
            Field::MeasureOther => LabelMeasureOther,
            Field::Phone => LabelPhone,
            Field::BestTime => LabelBestTime,
            Field::PreviousAccommodation => LabelPrevious,
            Field::PreviousDetails => LabelPreviousDetails,
            Field::Consent => LabelConsent,
        }
        .text(lang)
    }

    /// The hint under the label, where one helps.
    pub fn hint(self, lang: Lang) -> Option<&'static str> {
        use FormMsg::*;
        let msg = match self {
            Field::FullName => HintFullName,
            Field::Email => HintEmail,
            Field::CorrespondenceLanguage => HintCorrespondenceLanguage,
            Field::Posting => HintPosting,
            Field::Stages => HintStages,
            Field::Needs => HintNeeds,
            Field::Measures => HintMeasures,
            Field::MeasureOther => HintMeasureOther,
            Field::Phone => HintPhone,
            Field::BestTime => HintBestTime,
            Field::PreviousDetails => HintPreviousDetails,
            Field::PreviousAccommodation | Field::Consent => return None,
        };
        Some(msg.text(lang))
    }

    /// "(required)" or "(optional)", after the label.
    pub fn required_mark(self, lang: Lang) -> &'static str {
        if self.is_required() {
            FormMsg::RequiredMark
        } else {
            FormMsg::OptionalMark
        }
        .text(lang)
    }
}

/// The short label of a field on the confirmation page and in the email.
pub fn summary_label(field: Field, lang: Lang) -> &'static str {
    use FormMsg::*;
    match field {
        Field::FullName => SummaryFullName,
        Field::Email => SummaryEmail,
        Field::CorrespondenceLanguage => SummaryCorrespondenceLanguage,
        Field::Posting => SummaryPosting,
        Field::Stages => SummaryStages,
        Field::Needs => SummaryNeeds,
        Field::Measures => SummaryMeasures,
        Field::MeasureOther => SummaryMeasureOther,
        Field::Phone => SummaryPhone,
        Field::BestTime => SummaryBestTime,
        Field::PreviousAccommodation => SummaryPrevious,
        Field::PreviousDetails => SummaryPreviousDetails,
        Field::Consent => SummaryConsent,
    }
    .text(lang)
}

/// The label of a stage's checkbox.
pub fn stage_label(stage: Stage, lang: Lang) -> &'static str {
    use FormMsg::*;
    match stage {
        Stage::Screening => StageScreening,
        Stage::WrittenTest => StageWrittenTest,
        Stage::Interview => StageInterview,
        Stage::ReferenceCheck => StageReferenceCheck,
        Stage::Other => StageOther,
    }
    .text(lang)
}

/// The label of a measure's checkbox.
pub fn measure_label(measure: Measure, lang: Lang) -> &'static str {
    use FormMsg::*;
    match measure {
        Measure::ExtraTime => MeasureExtraTime,
        Measure::Breaks => MeasureBreaks,
        Measure::AlternateFormats => MeasureAlternateFormats,
        Measure::AssistiveTechnology => MeasureAssistiveTechnology,
        Measure::SignLanguage => MeasureSignLanguage,
        Measure::AccessibleLocation => MeasureAccessibleLocation,
        Measure::RemoteLocation => MeasureRemoteLocation,
        Measure::Other => FormMsg::MeasureOther,
    }
    .text(lang)
}

/// The label of an answer to "accommodation before?".
pub fn previous_label(previous: Previous, lang: Lang) -> &'static str {
    match previous {
        Previous::Yes => FormMsg::PreviousYes,
        Previous::No => FormMsg::PreviousNo,
        Previous::PreferNotToSay => FormMsg::PreviousPreferNotToSay,
    }
    .text(lang)
}

/// The name of an official language, as a choice of correspondence language.
pub fn language_label(language: Lang, lang: Lang) -> &'static str {
    match language {
        Lang::En => FormMsg::LanguageEnglish,
        Lang::Fr => FormMsg::LanguageFrench,
    }
    .text(lang)
}

/// "Not provided", for an optional field left blank.
pub fn not_provided(lang: Lang) -> &'static str {
    FormMsg::NotProvided.text(lang)
}

/// The value shown for the consent.
pub fn consent_given(lang: Lang) -> &'static str {
    FormMsg::ConsentGiven.text(lang)
}

/// `Your reference number is CDS-7K2M9QXA.` / `Votre numéro de référence est CDS-7K2M9QXA.`
pub fn confirmation_reference(lang: Lang, reference: &str) -> String {
    match lang {
        Lang::En => format!("Your reference number is {reference}."),
        Lang::Fr => format!("Votre numéro de référence est {reference}."),
    }
}

/// `We received your request on 22 November 2026.` / `Nous avons reçu votre demande le
/// 22 novembre 2026.`; `None` for a date that does not exist.
pub fn confirmation_received(lang: Lang, year: i32, month: u32, day: u32) -> Option<String> {
    let date = long_date(lang, year, month, day)?;
    Some(match lang {
        Lang::En => format!("We received your request on {date}."),
        Lang::Fr => format!("Nous avons reçu votre demande le {date}."),
    })
}

/// The heading at the top of the prepared email.
pub fn mail_heading(lang: Lang) -> &'static str {
    FormMsg::MailHeading.text(lang)
}

/// The prepared email's subject: `Accommodation request – <title> – CDS-…`.
pub fn mail_subject(lang: Lang, posting_title: &str, reference: &str) -> String {
    match lang {
        Lang::En => format!("Accommodation request – {posting_title} – {reference}"),
        Lang::Fr => format!("Demande de mesures d’adaptation – {posting_title} – {reference}"),
    }
}

/// "Reference", labelling the reference in the email.
pub fn reference_label(lang: Lang) -> &'static str {
    FormMsg::Reference.text(lang)
}

/// "To", labelling the address in the copied text.
pub fn mail_to_label(lang: Lang) -> &'static str {
    FormMsg::MailTo.text(lang)
}

/// "Subject", labelling the subject in the copied text.
pub fn mail_subject_label(lang: Lang) -> &'static str {
    FormMsg::MailSubject.text(lang)
}

/// Where to send the email: `Send it to CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca.`
pub fn mail_send_to(lang: Lang, to: &str) -> String {
    match lang {
        Lang::En => format!("Send it to {to}."),
        Lang::Fr => format!("Envoyez-la à {to}."),
    }
}

/// Before the first field when no endpoint is set: the request goes as an email to `to`, from
/// the person's own email program.
pub fn no_endpoint_notice(lang: Lang, to: &str) -> String {
    match lang {
        Lang::En => format!("This page does not send the form: the “Prepare the email” button makes your request an email to {to}, which you send from your own email program."),
        Lang::Fr => format!("Cette page n’envoie pas le formulaire\u{a0}: le bouton «\u{a0}Préparer le courriel\u{a0}» fait de votre demande un courriel à {to}, que vous envoyez de votre propre logiciel de courriel."),
    }
}

/// At the top of the form when no open posting takes accommodation requests.
pub fn no_posting_notice(lang: Lang, to: &str) -> String {
    match lang {
        Lang::En => format!("No open job posting takes accommodation requests right now. If you have a question about accommodation, email {to}."),
        Lang::Fr => format!("Aucune offre d’emploi ouverte n’accepte de demandes de mesures d’adaptation pour le moment. Si vous avez une question à ce sujet, écrivez à {to}."),
    }
}

// ---------------------------------------------------------------------------------------------
// Privacy notice
// ---------------------------------------------------------------------------------------------

/// One section of the privacy notice: a heading and its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// The privacy notice's title.
pub fn privacy_title(lang: Lang) -> &'static str {
    FormMsg::PrivacyTitle.text(lang)
}

/// The full privacy notice, shown before the consent checkbox. The same sections in the same
/// order in both languages. The address in the last section is [`CONTACT_EMAIL`].
pub fn privacy_notice(lang: Lang) -> &'static [NoticeSection] {
    match lang {
        Lang::En => PRIVACY_EN,
        Lang::Fr => PRIVACY_FR,
    }
}

const PRIVACY_EN: &[NoticeSection] = &[
    NoticeSection {
        heading: "Why we collect your information",
        paragraphs: &[
            "The Canadian Digital Service (CDS) collects the information in this form to arrange accommodation measures for your assessment, so that the way we assess you does not put you at a disadvantage.",
            "We collect it under the Public Service Employment Act, the Employment Equity Act and the Canadian Human Rights Act, following the Treasury Board Directive on the Duty to Accommodate and the Public Service Commission’s guidance on assessment accommodation.",
            "Giving us this information is voluntary. If you do not give it, we may not be able to put measures in place for your assessment.",
        ],
    },
    NoticeSection {
        heading: "How we use it",
        paragraphs: &[
            "We use your information only to plan and provide accommodation in this selection process. It is not used to assess your merit and has no effect on decisions about your application.",
            "We may contact you to understand your needs better or to agree on the measures with you.",
        ],
    },
    NoticeSection {
        heading: "Who sees it",
        paragraphs: &[
            "Only the CDS recruitment team and the hiring board for this selection process see your request, and each of them sees only what they need to put your accommodation in place. We do not share it with anyone else unless you agree or the law requires it.",
        ],
    },
    NoticeSection {
        heading: "How long we keep it",
        paragraphs: &[
            "We keep your information for 2 years after the selection process ends, then destroy it, as set out in the Standard Personal Information Bank PSU 912 — Staffing.",
        ],
    },
    NoticeSection {
        heading: "Your rights",
        paragraphs: &[
            "Under the Privacy Act, you have the right to access your personal information and to ask for it to be corrected.",
            "You also have the right to file a complaint with the Privacy Commissioner of Canada about how we handle your personal information.",
        ],
    },
    NoticeSection {
        heading: "How to reach us",
        paragraphs: &[
            concat!("To ask a question about this notice, to access or correct your information, or to change or withdraw your request, email the CDS recruitment team at ", contact_email!(), "."),
        ],
    },
];

const PRIVACY_FR: &[NoticeSection] = &[
    NoticeSection {
        heading: "Pourquoi nous recueillons vos renseignements",
        paragraphs: &[
            "Le Service numérique canadien (SNC) recueille les renseignements fournis dans ce formulaire afin de prendre des mesures d’adaptation pour votre évaluation, pour que la façon dont nous vous évaluons ne vous désavantage pas.",
            "Ces renseignements sont recueillis en vertu de la Loi sur l’emploi dans la fonction publique, de la Loi sur l’équité en matière d’emploi et de la Loi canadienne sur les droits de la personne, conformément à la Directive sur l’obligation de prendre des mesures d’adaptation du Conseil du Trésor et aux lignes directrices de la Commission de la fonction publique sur les mesures d’adaptation en matière d’évaluation.",
            "La communication de ces renseignements est volontaire. Si vous ne les fournissez pas, il se pourrait que nous ne puissions pas mettre en place de mesures pour votre évaluation.",
        ],
    },
    NoticeSection {
        heading: "Comment nous les utilisons",
        paragraphs: &[
            "Nous utilisons vos renseignements uniquement pour planifier et offrir des mesures d’adaptation dans le cadre du présent processus de sélection. Ils ne servent pas à évaluer votre mérite et n’ont aucune incidence sur les décisions relatives à votre candidature.",
            "Nous pourrions communiquer avec vous pour mieux comprendre vos besoins ou pour convenir des mesures avec vous.",
        ],
    },
    NoticeSection {
        heading: "Qui les consulte",
        paragraphs: &[
            "Seuls l’équipe de recrutement du SNC et le comité d’évaluation du présent processus de sélection consultent votre demande, et chacun ne voit que les renseignements dont il a besoin pour mettre en place vos mesures d’adaptation. Nous ne les communiquons à personne d’autre, sauf avec votre accord ou si la loi l’exige.",
        ],
    },
    NoticeSection {
        heading: "Combien de temps nous les conservons",
        paragraphs: &[
            "Nous conservons vos renseignements pendant 2 ans après la fin du processus de sélection, puis nous les détruisons, comme le prévoit le fichier de renseignements personnels ordinaire POU 912 — Dotation.",
        ],
    },
    NoticeSection {
        heading: "Vos droits",
        paragraphs: &[
            "En vertu de la Loi sur la protection des renseignements personnels, vous avez le droit d’accéder à vos renseignements personnels et d’en demander la correction.",
            "Vous avez également le droit de déposer une plainte auprès du Commissariat à la protection de la vie privée du Canada au sujet de la façon dont nous traitons vos renseignements personnels.",
        ],
    },
    NoticeSection {
        heading: "Pour nous joindre",
        paragraphs: &[
            concat!("Pour poser une question sur le présent avis, pour accéder à vos renseignements ou les faire corriger, ou pour modifier ou retirer votre demande, écrivez à l’équipe de recrutement du SNC à ", contact_email!(), "."),
        ],
    },
];

/// Every text of the form in `lang`, with sample numbers and names where a text has some: the
/// catalogue, labels, hints, every possible error message, counters, failures, confirmation,
/// email and the privacy notice. For tests over everything (French typography, no empty text).
#[cfg(test)]
pub fn all_texts(lang: Lang) -> Vec<String> {
    use crate::form::{CharCount, FieldError, SendFailure};
    let fr = lang;
    let mut texts: Vec<String> = FormMsg::ALL.iter().map(|m| m.text(fr).to_owned()).collect();
    for field in Field::ALL {
        texts.push(field.label(fr).to_owned());
        texts.extend(field.hint(fr).map(str::to_owned));
        texts.extend(limit_hint(field, fr));
        for code in field.possible_errors() {
            texts.push(error_message(FieldError { field, code }, fr));
        }
    }
    for n in [0, 1, 2, 1000] {
        texts.push(counter_message(CharCount::Remaining(n), fr));
        texts.push(counter_message(CharCount::TooMany(n), fr));
        texts.push(errors_count(fr, n));
    }
    for failure in [
        SendFailure::Rejected(422),
        SendFailure::Server(503),
        SendFailure::Timeout,
        SendFailure::Offline,
    ] {
        texts.push(failure_message(failure, fr, CONTACT_EMAIL));
    }
    texts.push(confirmation_reference(fr, "CDS-7K2M9QXA"));
    texts.extend(confirmation_received(fr, 2026, 11, 22));
    texts.push(mail_subject(fr, "Développeur", "CDS-7K2M9QXA"));
    texts.push(mail_send_to(fr, CONTACT_EMAIL));
    texts.push(title_with_errors(fr, "Demande"));
    texts.push(privacy_title(fr).to_owned());
    for section in privacy_notice(fr) {
        texts.push(section.heading.to_owned());
        texts.extend(section.paragraphs.iter().map(|p| (*p).to_owned()));
    }
    texts
}
