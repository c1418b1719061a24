//! The `careers-site` command line: builds the whole static site from a content folder (or a
//! content model), beside what trunk built.

use careers_bundle::{read_content, report, Options as BundleOptions};
use careers_core::Lang;
use careers_site::{build, Options};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: careers-site CONTENT --out DIR [--site-url URL] [--accommodation-email ADDRESS]
       [--accommodation-endpoint URL] [--embed PAGE]... [--keep-going] [--default-lang en|fr]
       [--no-git-dates]

CONTENT is what careers-bundle reads: a content folder, or a .json content model.
Writes into DIR (trunk's dist/): postings.json and postings/ID.json (the widget's data), a page
for every view (en/, en/ID/, en/ID/accommodation/, …), fragments/site/ and fragments/embed/ (each
view's markup for host pages, and beside each listing's the listing of each status:
status-closed.html, …), and sitemap.xml.

  --out DIR                        the site's folder
  --site-url URL                   where the site is published (default https://digital.canada.ca/careers/)
  --accommodation-email ADDRESS    the pages' data-accommodation-email
  --accommodation-endpoint URL     the pages' data-accommodation-endpoint
  --embed PAGE                     a host page in DIR to fill between <!--careers-view en/--> and
                                   <!--/careers-view--> (repeatable)
  --keep-going                     build even when some content files have errors
  --default-lang en|fr             language of files with no `en` or `fr` folder on their path
  --no-git-dates                   do not date postings without `date` by their files' first commit
  --contact EMAIL                  how to apply to an open posting that has no Apply link and no
                                   address in its text (otherwise the bundler warns about it)
  --site-origin URL                where links to the site's own pages (`/emplois/`) in the
                                   postings point (default https://digital.canada.ca)
  -h, --help                       this help

Exit status: 0 built, 1 errors, 2 usage error.";

struct Args {
    content: PathBuf,
    out: PathBuf,
    keep_going: bool,
    bundle: BundleOptions,
    site: Options,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut content = None;
    let mut out = None;
    let mut keep_going = false;
    let mut bundle = BundleOptions::default();
    let mut site = Options {
        site_url: "https://digital.canada.ca/careers/".into(),
        accommodation_email: None,
        accommodation_endpoint: None,
        embeds: Vec::new(),
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--out" => {
                let folder = value("--out")?;
                if folder.trim().is_empty() {
                    return Err("--out needs a folder".into());
                }
                out = Some(PathBuf::from(folder));
            }
            "--site-url" => {
                let url = value("--site-url")?;
                check_site_url(&url)?;
                site.site_url = if url.ends_with('/') {
                    url
                } else {
                    format!("{url}/")
                };
            }
            "--accommodation-email" => {
                let address = value(&arg)?;
                careers_bundle::check_email(&arg, &address)?;
                site.accommodation_email = Some(address);
            }
            "--accommodation-endpoint" => {
                let endpoint = value(&arg)?;
                check_endpoint(&endpoint)?;
                site.accommodation_endpoint = Some(endpoint);
            }
            "--embed" => site.embeds.push(PathBuf::from(value("--embed")?)),
            "--keep-going" => keep_going = true,
            "--default-lang" => {
                bundle.default_lang = match value("--default-lang")?.as_str() {
                    "en" => Some(Lang::En),
                    "fr" => Some(Lang::Fr),
                    _ => return Err("--default-lang needs `en` or `fr`".into()),
                }
            }
            "--no-git-dates" => bundle.ignore_git = true,
            "--site-origin" => {
                let origin = value("--site-origin")?;
                careers_bundle::check_site_origin(&origin)?;
                bundle.site_origin = Some(origin);
            }
            "--contact" => {
                let address = value("--contact")?;
                careers_bundle::check_contact(&address)?;
                bundle.contact = Some(address);
            }
            s if s.starts_with('-') => return Err(format!("unknown option `{s}`")),
            s => {
                if content.replace(PathBuf::from(s)).is_some() {
                    return Err("only one CONTENT may be given".into());
                }
            }
        }
    }
    Ok(Some(Args {
        content: content.ok_or("missing CONTENT")?,
        out: out.ok_or("missing --out DIR")?,
        keep_going,
        bundle,
        site,
    }))
}

/// The site's address: an origin as `--site-origin` takes it (`http` or `https` and a host),
/// and a path at most (its pages' canonical links and the sitemap are this address and a page's
/// path).
fn check_site_url(url: &str) -> Result<(), String> {
    let origin_end = url
        .find("://")
        .and_then(|at| url[at + 3..].find('/').map(|slash| at + 3 + slash))
        .unwrap_or(url.len());
    let origin = careers_bundle::check_site_origin(&url[..origin_end]).is_ok();
    let path = !url.contains(['?', '#', '\\'])
        && !url.contains(|c: char| c.is_whitespace() || c.is_control());
    if origin && path {
        Ok(())
    } else {
        Err(format!(
            "--site-url {url:?} is not an address such as https://digital.canada.ca/careers/ \
             (http or https, a host, a path, no query or fragment)"
        ))
    }
}

/// Where the form sends requests, which hold health information: the site's own path
/// (`/api/accommodation`) or an `https` address; never plain `http`.
fn check_endpoint(endpoint: &str) -> Result<(), String> {
    let path = endpoint.starts_with('/') && !endpoint.starts_with("//");
    let secure = endpoint
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    // A browser reads `\` as `/`: `/\host/x` is another host.
    let plain = !endpoint.contains(|c: char| c == '\\' || c.is_whitespace() || c.is_control());
    if (path || secure) && plain {
        Ok(())
    } else {
        Err(format!(
            "--accommodation-endpoint {endpoint:?} is neither a path of the site \
             (/api/accommodation) nor an https address: requests hold health information"
        ))
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("careers-site: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = careers_site::output::check_apart(&args.content, &args.out) {
        eprintln!("careers-site: {e}");
        return ExitCode::from(2);
    }
    let outcome = match read_content(&args.content, args.bundle) {
        Ok(outcome) => outcome,
        Err(e) => {
            eprintln!("careers-site: {}: {e}", args.content.display());
            return ExitCode::from(1);
        }
    };
    eprint!("{}", report::render(&outcome.diagnostics, &outcome.summary));
    if outcome.has_errors() && (!args.keep_going || outcome.summary.files == 0) {
        eprintln!("careers-site: errors found; nothing written (use --keep-going to build anyway)");
        return ExitCode::from(1);
    }
    match build(&outcome.bundle, &args.out, &args.site) {
        Ok(built) => {
            for line in built.refused.iter().chain(&built.without_job_posting) {
                eprintln!("careers-site: {line}");
            }
            eprintln!(
                "careers-site: wrote {} pages ({} with a JobPosting), {} fragments and sitemap.xml in {}",
                built.pages,
                built.job_postings,
                built.fragments,
                args.out.display()
            );
            if outcome.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("careers-site: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Args>, String> {
        parse_args(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn an_empty_output_folder_is_refused() {
        for out in ["", " "] {
            let refused = parse(&["content", "--out", out]).err().unwrap();
            assert_eq!(refused, "--out needs a folder");
        }
        assert!(parse(&["content", "--out", "dist"]).unwrap().is_some());
    }

    #[test]
    fn the_site_address_is_a_host_and_a_path() {
        for good in [
            "https://digital.canada.ca/careers/",
            "https://digital.canada.ca",
            "http://127.0.0.1:8080/site",
        ] {
            assert_eq!(check_site_url(good), Ok(()), "{good}");
        }
        for bad in [
            "https://",
            "https:///careers",
            "ftp://x.ca/",
            "digital.canada.ca",
            "https://x.ca/?a=1&b=2",
            "https://x.ca/c areers",
            "https://x.ca/careers#f",
            "https://user@x.ca/",
            "https://x.ca/\u{1b}",
        ] {
            let refused = check_site_url(bad).unwrap_err();
            assert!(refused.contains(&format!("{bad:?}")), "{refused}");
        }
    }

    #[test]
    fn the_form_sends_to_the_site_or_over_https_only() {
        for good in ["/api/accommodation", "https://forms.canada.ca/submit"] {
            assert_eq!(check_endpoint(good), Ok(()), "{good}");
        }
        for bad in [
            "http://third-party.example/collect",
            "//third-party.example/collect",
            "api/accommodation",
            "https://",
            "javascript:alert(1)",
            "/api/ accommodation",
            "/\\third-party.example/collect",
            "https://forms.canada.ca\\@evil.example/",
        ] {
            let refused = check_endpoint(bad).unwrap_err();
            assert!(refused.contains("health information"), "{bad}: {refused}");
        }
    }

    #[test]
    fn the_accommodation_address_is_an_email_address() {
        let refused = parse(&[
            "c",
            "--out",
            "d",
            "--accommodation-email",
            "javascript:alert(1)//",
        ])
        .err()
        .unwrap();
        assert!(refused.contains("is not an email address"), "{refused}");
        let args = parse(&["c", "--out", "d", "--accommodation-email", "jobs@canada.ca"])
            .unwrap()
            .unwrap();
        assert_eq!(
            args.site.accommodation_email.as_deref(),
            Some("jobs@canada.ca")
        );
    }
}
