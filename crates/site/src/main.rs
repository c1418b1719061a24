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
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--site-url" => {
                let url = value("--site-url")?;
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    return Err(format!(
                        "--site-url {url:?} is not an http or https address"
                    ));
                }
                site.site_url = if url.ends_with('/') {
                    url
                } else {
                    format!("{url}/")
                };
            }
            "--accommodation-email" => site.accommodation_email = Some(value(&arg)?),
            "--accommodation-endpoint" => site.accommodation_endpoint = Some(value(&arg)?),
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
