//! An Atom feed per language of the open, listed postings (`en/feed.xml`, `fr/feed.xml`), so that
//! people can follow new postings in a feed reader, without an account. Each entry is a posting's
//! page; its time is the day the posting went up.

use crate::xml::{attr, text};
use careers_core::{Entry, Lang, Listing};

/// The feed's path below the site.
pub fn path(lang: Lang) -> String {
    format!("{}/feed.xml", lang.code())
}

/// The feed's title.
pub fn title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Job postings - Canadian Digital Service",
        Lang::Fr => "Offres d’emploi - Service numérique canadien",
    }
}

/// The feed of `listing`'s open, listed postings in `lang` (a posting without that language is
/// there in the other, marked with `xml:lang`), newest first, for the site at `site_url`.
/// `now` stands for the time of postings without a date, and of the feed when none has one.
pub fn feed(listing: &Listing, lang: Lang, site_url: &str, now: &str) -> String {
    let mut postings: Vec<&Entry> = listing
        .postings
        .iter()
        .filter(|p| p.status.open && p.status.listed)
        .collect();
    postings.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    let time = |p: &Entry| {
        p.date
            .as_deref()
            .map_or(now.to_owned(), |d| format!("{d}T00:00:00Z"))
    };
    let updated = postings.first().map_or(now.to_owned(), |p| time(p));
    let listing_url = format!("{site_url}{}/", lang.code());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n\
         \x20 <id>{listing}</id>\n\
         \x20 <title>{title}</title>\n\
         \x20 <updated>{updated}</updated>\n\
         \x20 <author><name>{author}</name></author>\n\
         \x20 <link rel=\"alternate\" type=\"text/html\" href=\"{listing}\"/>\n\
         \x20 <link rel=\"self\" type=\"application/atom+xml\" href=\"{site}{self_path}\"/>\n",
        code = lang.code(),
        listing = attr(&listing_url),
        title = text(title(lang)),
        author = text(careers_bundle::job_posting::organization_name(lang)),
        site = attr(site_url),
        self_path = path(lang),
    );
    for posting in postings {
        let Some((content_lang, content)) = posting.content_or_other(lang) else {
            continue;
        };
        let url = format!("{site_url}{}/{}/", lang.code(), posting.id);
        let foreign = if content_lang == lang {
            String::new()
        } else {
            format!(" xml:lang=\"{}\"", content_lang.code())
        };
        out.push_str(&format!(
            "  <entry{foreign}>\n    <id>{url}</id>\n    <title>{title}</title>\n    \
             <updated>{time}</updated>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    \
             <summary>{summary}</summary>\n  </entry>\n",
            url = attr(&url),
            title = text(&content.title),
            time = time(posting),
            summary = text(&content.summary),
        ));
    }
    out.push_str("</feed>\n");
    out
}

/// The time now, as Atom writes it (`2026-12-03T09:30:00Z`).
pub fn now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// The calendar day `days` after 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_calendar_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_790), (2026, 12, 3));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert!(now().ends_with('Z') && now().len() == 20);
    }
}
