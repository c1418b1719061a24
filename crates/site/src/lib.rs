//! The careers site builder: a content model in, the whole static site out.
//!
//! 1. The listing and body files the widget downloads (`careers_bundle::publish`).
//! 2. Read back with the widget's own readers as they are published, before a byte is written,
//!    so the pages render exactly what the widget will.
//! 3. Every page ([`pages`]) rendered by the widget's own components (`cds_careers::prerender`),
//!    as a whole document ([`document`]) with its title, description, canonical and `hreflang`
//!    links, `noindex` where it applies, and, for an open, listed posting, its schema.org
//!    JobPosting (`careers_bundle::job_posting`).
//! 4. Each view's markup as a fragment too, for a host that builds its own pages:
//!    `fragments/site/<page>index.html` for a host whose pages mirror the site's (the widget
//!    follows the pages scheme there), `fragments/embed/<page>index.html` for a host that
//!    embeds the widget on one page (the query scheme); `careers.js` fetches the latter when the
//!    host includes nothing. Beside each listing's, the listing of each status
//!    (`<page>status-closed.html`, [`Page::fragment_views`]): `careers.js` fetches it when the
//!    address asks for that status alone, on the site's pages too.
//! 5. `sitemap.xml`, an Atom feed per language ([`feed`]); and host pages given as `embeds`
//!    get the default listing's markup between
//!    their `<!--careers-view en/-->` and `<!--/careers-view-->` markers.
//!
//! Everything is written in a staging folder and swapped in ([`output`]), the listing and bodies
//! too: a build that fails at any step leaves the previous site whole.

pub mod document;
pub mod feed;
pub mod output;
pub mod pages;
pub mod sitemap;
pub mod words;
pub mod xml;

use careers_bundle::job_posting::{job_posting, script_text, Site};
use careers_bundle::publish::write_published;
use careers_core::address::{PageAddress, Scheme};
use careers_core::{text_of, Bundle, Lang};
use cds_careers::config::{HostConfig, DEFAULT_TIMEOUT_MS};
use cds_careers::load::Data;
use cds_careers::prerender::{render, title, Prerender};
use document::{document, Head};
use output::Staging;
use pages::Page;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How the site is built.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the site is published, ending in `/` (`https://digital.canada.ca/careers/`): its
    /// canonical links, `hreflang` alternates and sitemap are absolute URLs below it, and the
    /// fragments name `careers-view.js` by its path.
    pub site_url: String,
    /// Where the widget emails accommodation requests (the pages' `data-accommodation-email`).
    pub accommodation_email: Option<String>,
    /// Where it POSTs them (`data-accommodation-endpoint`).
    pub accommodation_endpoint: Option<String>,
    /// Host pages inside the output folder to fill with the listing's markup (see the module
    /// documentation).
    pub embeds: Vec<PathBuf>,
}

/// What a build wrote, and what it could not give every posting.
#[derive(Debug, Clone, Default)]
pub struct Built {
    pub pages: usize,
    pub fragments: usize,
    /// Pages carrying a JobPosting.
    pub job_postings: usize,
    /// Indexable posting pages without a JobPosting, and why (by the posting's source file).
    pub without_job_posting: Vec<String>,
    /// Postings that got no page at all, and why.
    pub refused: Vec<String>,
}

/// Builds the site for `bundle` into `out` (see the module documentation).
pub fn build(bundle: &Bundle, out: &Path, options: &Options) -> Result<Built, String> {
    let mut staging =
        Staging::new(out).map_err(|e| format!("cannot write in {}: {e}", out.display()))?;
    // The host pages are filled in memory first: one that cannot be (no marker, a path out of
    // the output) stops the build before anything is published.
    let written = write_site(&mut staging, bundle, options).and_then(|(built, data)| {
        let embeds = options
            .embeds
            .iter()
            .map(|embed| filled_embed(out, embed, &data, options))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((built, embeds))
    });
    let (built, embeds) = match written {
        Ok(written) => written,
        Err(e) => {
            staging.abandon();
            return Err(e);
        }
    };
    staging
        .publish()
        .map_err(|e| format!("cannot put the site in {}: {e}", out.display()))?;
    for (path, filled) in embeds {
        careers_bundle::write_atomically(&path, &filled)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(built)
}

/// The listing and bodies, then every page, into `staging`.
fn write_site(
    staging: &mut Staging,
    bundle: &Bundle,
    options: &Options,
) -> Result<(Built, Arc<Data>), String> {
    let cannot_write = |e: std::io::Error| format!("cannot write postings.json: {e}");
    // The bodies are swapped in before the listing that names them.
    staging.claim("postings").map_err(cannot_write)?;
    let listing_path = staging.claim("postings.json").map_err(cannot_write)?;
    let (_, read_back) = write_published(&listing_path, bundle).map_err(cannot_write)?;
    let data = Data::new(read_back.listing);
    for body in read_back.bodies {
        data.keep_body(body);
    }
    let data = Arc::new(data);

    let (pages, refused) = pages::plan(&data.listing);
    let mut built = Built {
        refused: refused
            .iter()
            .map(|r| format!("posting {:?} has no page: {}", r.id, r.reason))
            .collect(),
        ..Built::default()
    };
    write_pages(staging, bundle, &data, &pages, options, &mut built)?;
    Ok((built, data))
}

fn write_pages(
    staging: &mut Staging,
    bundle: &Bundle,
    data: &Arc<Data>,
    pages: &[Page],
    options: &Options,
    built: &mut Built,
) -> Result<(), String> {
    let write = |staging: &mut Staging, path: &str, text: &str| {
        staging
            .write(path, text)
            .map_err(|e| format!("cannot write {path}: {e}"))
    };
    let site_path = site_path(&options.site_url);
    for page in pages {
        let path = page.path();
        let root = "../".repeat(page.depth());
        let view = page.view();

        let standalone = Prerender {
            config: host_config(options, page.lang, &root, true),
            address: pages_address(&root),
            assets: root.clone(),
            data: data.clone(),
        };
        let widget = render(&standalone, view.clone());
        let json_ld = job_posting_of(bundle, data, page, options, built);
        let head = Head {
            lang: page.lang,
            title: &title(data, &view),
            description: &description(data, page),
            canonical: &format!("{}{}", options.site_url, page.canonical),
            alternates: &page
                .alternates
                .iter()
                .map(|(lang, path)| (*lang, format!("{}{path}", options.site_url)))
                .collect::<Vec<_>>(),
            noindex: !page.indexable,
            json_ld: json_ld.as_deref(),
            root: &root,
            feed: (
                feed::title(page.lang),
                format!("{root}{}", feed::path(page.lang)),
            ),
        };
        let host = standalone.config.attributes();
        write(
            staging,
            &format!("{path}index.html"),
            &document(&head, &host, &widget),
        )?;
        built.pages += 1;

        // A host's copy of the view: the site's pages mirrored, or one page embedding it.
        let fragment = |site_root: Option<&str>| Prerender {
            config: HostConfig {
                site_root: site_root.map(str::to_owned),
                ..host_config(options, page.lang, &root, false)
            },
            address: site_root.map_or_else(PageAddress::default, pages_address),
            assets: site_path.clone(),
            data: data.clone(),
        };
        for (folder, settings) in [("site", fragment(Some(&root))), ("embed", fragment(None))] {
            for (file, view) in page.fragment_views() {
                let markup = render(&settings, view);
                write(
                    staging,
                    &format!("fragments/{folder}/{path}{file}"),
                    &markup,
                )?;
                built.fragments += 1;
            }
        }
    }
    let now = feed::now();
    for lang in [Lang::En, Lang::Fr] {
        let atom = feed::feed(&data.listing, lang, &options.site_url, &now);
        write(staging, &feed::path(lang), &atom)?;
    }
    write(
        staging,
        "sitemap.xml",
        &sitemap::sitemap(pages, &options.site_url),
    )
}

/// The settings of a page's host element (`standalone`: the widget is the page).
fn host_config(options: &Options, lang: Lang, root: &str, standalone: bool) -> HostConfig {
    HostConfig {
        listing_url: format!("{root}postings.json"),
        site_root: Some(root.to_owned()),
        host_lang: lang,
        heading_level: if standalone { 1 } else { 2 },
        standalone,
        accommodation_endpoint: options.accommodation_endpoint.clone(),
        accommodation_email: options.accommodation_email.clone(),
        timeout_ms: DEFAULT_TIMEOUT_MS,
        other_language_page: None,
    }
}

/// A page's address in the pages scheme, with links relative to the page.
fn pages_address(root: &str) -> PageAddress {
    PageAddress {
        scheme: Scheme::Pages {
            root: root.to_owned(),
        },
        ..PageAddress::default()
    }
}

/// The path of the site's address (`/careers/` of `https://digital.canada.ca/careers/`).
fn site_path(site_url: &str) -> String {
    let after_scheme = site_url
        .split_once("://")
        .map_or(site_url, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or_else(|| "/".to_owned(), |i| after_scheme[i..].to_owned())
}

/// The page's `<meta name="description">`: the posting's summary (or the start of its body
/// when it has none), or the site's words for the listing and the form.
fn description(data: &Data, page: &Page) -> String {
    if page.form {
        return words::form_description(page.lang).to_owned();
    }
    let Some(id) = &page.posting else {
        return words::listing_description(page.lang).to_owned();
    };
    let Some((lang, overview)) = data
        .listing
        .posting(id)
        .and_then(|p| p.content_or_other(page.lang))
    else {
        return words::listing_description(page.lang).to_owned();
    };
    if !overview.summary.trim().is_empty() {
        return careers_bundle::shorten::shorten(&overview.summary, 300);
    }
    let body = data
        .cached(id)
        .and_then(|b| b.blocks(lang).map(text_of))
        .unwrap_or_default();
    careers_bundle::shorten::shorten(&body, 160)
}

/// The JobPosting of an indexable posting page, as the text of its script element; the reason
/// it has none is noted in `built`.
fn job_posting_of(
    bundle: &Bundle,
    data: &Data,
    page: &Page,
    options: &Options,
    built: &mut Built,
) -> Option<String> {
    let id = page
        .posting
        .as_ref()
        .filter(|_| page.indexable && !page.form)?;
    let posting = bundle.postings.iter().find(|p| &p.id == id)?;
    let site = Site {
        origin_url: origin(&options.site_url),
    };
    match job_posting(posting, page.lang, &data.listing.labels, &site) {
        Ok(value) => {
            built.job_postings += 1;
            Some(script_text(&value))
        }
        Err(reason) => {
            let source = posting
                .content(page.lang)
                .map_or(id.as_str(), |c| c.source.as_str());
            built
                .without_job_posting
                .push(format!("{source}: no JobPosting: {reason}"));
            None
        }
    }
}

/// The scheme and host of `url` (`https://digital.canada.ca`).
fn origin(url: &str) -> &str {
    let start = url.find("://").map_or(0, |i| i + 3);
    url[start..].find('/').map_or(url, |i| &url[..start + i])
}

/// The host page `embed` (a path inside `out`) filled with the listing's markup for its
/// language (see the module documentation), rendered for that page: the query scheme, the assets
/// at the output's root. Returns where it goes and its text, written once the site is in place.
fn filled_embed(
    out: &Path,
    embed: &Path,
    data: &Arc<Data>,
    options: &Options,
) -> Result<(PathBuf, String), String> {
    const START: &str = "<!--careers-view ";
    const END: &str = "<!--/careers-view-->";
    let shown = embed.display();
    let plain = embed
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if !plain {
        return Err(format!("{shown} is not a path inside the output folder"));
    }
    let path = out.join(embed);
    // A folder on the way may be a link to elsewhere: the page must really be in the output.
    let real = |p: &Path| {
        p.canonicalize()
            .map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    if !real(&path)?.starts_with(real(out)?) {
        return Err(format!("{shown} leads outside the output folder"));
    }
    let page = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let start = page
        .find(START)
        .ok_or_else(|| format!("{shown} has no {START}en/--> marker"))?;
    let marker_end = page[start..]
        .find("-->")
        .map(|i| start + i + 3)
        .ok_or_else(|| format!("{shown}: the careers-view marker is not closed"))?;
    let lang = match &page[start + START.len()..marker_end] {
        "en/-->" => Lang::En,
        "fr/-->" => Lang::Fr,
        other => {
            return Err(format!(
                "{shown}: the careers-view marker names {other:?}, not en/ or fr/"
            ))
        }
    };
    let rest = &page[marker_end..];
    let after = rest.find(END).map_or(rest, |i| &rest[i + END.len()..]);
    let root = "../".repeat(embed.components().count().saturating_sub(1));
    let settings = Prerender {
        config: HostConfig {
            site_root: None,
            ..host_config(options, lang, &root, false)
        },
        address: PageAddress::default(),
        assets: root,
        data: data.clone(),
    };
    let markup = render(&settings, careers_core::url_state::ViewState::default());
    let filled = format!("{}{markup}{END}{after}", &page[..marker_end]);
    Ok((path, filled))
}
