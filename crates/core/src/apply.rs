//! What an open posting's apply action says, from where it leads: a form on a Government of
//! Canada site ("Apply for this job"), a form elsewhere, named ("Apply for this job on Lever"),
//! or an address to write to ("How to apply: email …"). A person knows before following it that
//! the link leaves the Government of Canada, or opens their email program.

use crate::Lang;

/// An apply target, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplyAction {
    /// A form on a Government of Canada site.
    Apply,
    /// A form on another site, by its name (`Lever`, or the site's host).
    ApplyOn(String),
    /// An email address.
    Email(String),
}

impl ApplyAction {
    /// The action of `href`, if it is an `http`, `https` or `mailto` link with somewhere to go.
    pub fn of(href: &str) -> Option<ApplyAction> {
        if let Some(address) = href.strip_prefix("mailto:") {
            let address = address.split('?').next().unwrap_or_default();
            return (!address.is_empty()).then(|| ApplyAction::Email(address.to_owned()));
        }
        let rest = href
            .strip_prefix("https://")
            .or_else(|| href.strip_prefix("http://"))?;
        let host = rest
            .split(['/', '?', '#'])
            .next()
            .unwrap_or_default()
            .rsplit('@')
            .next()
            .unwrap_or_default();
        let host = host
            .split(':')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if host.is_empty() {
            return None;
        }
        let within = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
        Some(if within("canada.ca") || within("gc.ca") {
            ApplyAction::Apply
        } else if within("lever.co") {
            ApplyAction::ApplyOn("Lever".into())
        } else {
            ApplyAction::ApplyOn(host.strip_prefix("www.").unwrap_or(&host).to_owned())
        })
    }

    /// What the action's link says in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        match (self, lang) {
            (ApplyAction::Apply, Lang::En) => "Apply for this job".into(),
            (ApplyAction::Apply, Lang::Fr) => "Postuler à ce poste".into(),
            (ApplyAction::ApplyOn(site), Lang::En) => format!("Apply for this job on {site}"),
            (ApplyAction::ApplyOn(site), Lang::Fr) => format!("Postuler à ce poste sur {site}"),
            (ApplyAction::Email(address), Lang::En) => format!("How to apply: email {address}"),
            (ApplyAction::Email(address), Lang::Fr) => {
                format!("Comment postuler\u{a0}: écrire à {address}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_elsewhere_is_named_and_an_address_is_shown() {
        let lever = ApplyAction::of("https://jobs.lever.co/cds/009af27c/apply").unwrap();
        assert_eq!(lever.label(Lang::En), "Apply for this job on Lever");
        assert_eq!(lever.label(Lang::Fr), "Postuler à ce poste sur Lever");
        let gc = ApplyAction::of("https://emploisfp-psjobs.cfp-psc.gc.ca/x").unwrap();
        assert_eq!(gc.label(Lang::En), "Apply for this job");
        assert_eq!(
            ApplyAction::of("https://digital.canada.ca/careers/").unwrap(),
            ApplyAction::Apply
        );
        assert_eq!(
            ApplyAction::of("http://www.Example.com:8080/jobs?x=1").unwrap(),
            ApplyAction::ApplyOn("example.com".into())
        );
        // A host that only ends like a GC one is not one.
        assert_eq!(
            ApplyAction::of("https://notcanada.ca/apply").unwrap(),
            ApplyAction::ApplyOn("notcanada.ca".into())
        );
        let email = ApplyAction::of("mailto:jobs@example.ca?subject=Hi").unwrap();
        assert_eq!(email.label(Lang::En), "How to apply: email jobs@example.ca");
        assert_eq!(
            email.label(Lang::Fr),
            "Comment postuler\u{a0}: écrire à jobs@example.ca"
        );
    }

    #[test]
    fn a_target_with_nowhere_to_go_has_no_action() {
        for href in ["mailto:", "https://", "javascript:alert(1)", "ftp://x", ""] {
            assert_eq!(ApplyAction::of(href), None, "{href}");
        }
    }
}
