//! The `careers-bundle` command line: `careers-bundle CONTENT (--out FILE | --check) [--keep-going]`.

use careers_bundle::publish::{bodies_dir, write_published};
use careers_bundle::{read_content, report, Options};
use careers_core::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: careers-bundle CONTENT (--out FILE | --check) [--keep-going] [--default-lang en|fr]
       [--no-git-dates] [--contact EMAIL] [--site-origin URL]

CONTENT is a folder: every .md and .txt file below it is read (a file's language is the nearest
folder named `en` or `fr` on its path). Or CONTENT is a .json file holding a whole content model
(schema 1, bodies included), as tests and benchmarks write it.

Writes what the widget loads: the listing to FILE (for example dist/postings.json) and one body
file per posting in the folder of the same name (dist/postings/ID.json).

  --out FILE            where to write the listing (written atomically, bodies beside it)
  --check               validate only, write nothing
  --keep-going          write the bundle even when some files have errors
  --default-lang en|fr  language of files with no `en` or `fr` folder on their path
  --no-git-dates        do not date postings without `date` by their files' first commit
  --contact EMAIL       how to apply to an open posting that has no Apply link and no address
                        in its text (otherwise it gets a warning: nobody could apply)
  --site-origin URL     where links to the site's own pages (`/emplois/`) point
                        (default https://digital.canada.ca)
  -h, --help            this help

Exit status: 0 no errors, 1 errors found (or the folder cannot be read), 2 usage error.";

struct Args {
    dir: PathBuf,
    out: Option<PathBuf>,
    check: bool,
    keep_going: bool,
    options: Options,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut dir = None;
    let mut out = None;
    let mut check = false;
    let mut keep_going = false;
    let mut options = Options::default();
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--check" => check = true,
            "--keep-going" => keep_going = true,
            "--out" | "-o" => {
                out = Some(PathBuf::from(args.next().ok_or("--out needs a file name")?))
            }
            "--default-lang" => {
                options.default_lang = match args.next().as_deref() {
                    Some("en") => Some(Lang::En),
                    Some("fr") => Some(Lang::Fr),
                    _ => return Err("--default-lang needs `en` or `fr`".into()),
                }
            }
            "--no-git-dates" => options.ignore_git = true,
            "--site-origin" => {
                let origin = args.next().ok_or("--site-origin needs an address")?;
                careers_bundle::check_site_origin(&origin)?;
                options.site_origin = Some(origin);
            }
            "--contact" => {
                let address = args.next().ok_or("--contact needs an email address")?;
                careers_bundle::check_contact(&address)?;
                options.contact = Some(address);
            }
            s if s.starts_with("--out=") => out = Some(PathBuf::from(&s[6..])),
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option `{s}`")),
            s => {
                if dir.replace(PathBuf::from(s)).is_some() {
                    return Err("only one CONTENT may be given".into());
                }
            }
        }
    }
    let dir = dir.ok_or("missing CONTENT")?;
    if out.is_none() && !check {
        return Err("give --out FILE, or --check to validate without writing".into());
    }
    Ok(Some(Args {
        dir,
        out,
        check,
        keep_going,
        options,
    }))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("careers-bundle: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let outcome = match read_content(&args.dir, args.options) {
        Ok(outcome) => outcome,
        Err(e) => {
            eprintln!("careers-bundle: {}: {e}", args.dir.display());
            return ExitCode::from(1);
        }
    };
    eprint!("{}", report::render(&outcome.diagnostics, &outcome.summary));
    let errors = outcome.has_errors();
    if args.check {
        return if errors {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        };
    }
    let Some(out) = args.out else {
        return ExitCode::SUCCESS;
    };
    if errors && !args.keep_going {
        eprintln!("careers-bundle: errors found; {} not written (use --keep-going to write the bundle anyway)", out.display());
        return ExitCode::from(1);
    }
    // A folder that cannot be read never produces a bundle, even with --keep-going.
    if outcome.summary.files == 0 && errors {
        return ExitCode::from(1);
    }
    match write_published(&out, &outcome.bundle) {
        Ok((w, _)) => eprintln!(
            "careers-bundle: wrote {} ({} bytes) and {} body files in {} ({} bytes)",
            out.display(),
            w.listing_bytes,
            w.bodies,
            bodies_dir(&out).display(),
            w.body_bytes
        ),
        Err(e) => {
            eprintln!("careers-bundle: cannot write {}: {e}", out.display());
            return ExitCode::from(1);
        }
    }
    if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
