// The content the benchmark loads, published as the release publishes it: with `careers-site`
// (the widget's listing and body files, a page per view, the fragments careers.js fetches,
// sitemap.xml), or, for a build from before the pre-rendered pages, with `careers-bundle` (the
// listing and body files only). Both are the release binaries of this repository
// (target/release, built by `./dev bench` with the widget in dist/, so the pages' markup is the
// markup of the wasm measured).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBundle } from '../generate.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT = join(ROOT, 'bench/out');
const TARGET = join(ROOT, process.env.CARGO_TARGET_DIR || 'target');
// The real corpus is in the repository (tests/corpus, MIT: see its LICENSE).
export const CORPUS = process.env.CORPUS || join(ROOT, 'tests/corpus/2023-06');
export const SEED = 20230601;
/** What careers-site writes from the content, which a dist holds for the sample content. */
export const SITE_FILES = ['postings.json', 'postings', 'en', 'fr', 'fragments', 'sitemap.xml'];
/** The accommodation address the release's pages are built with (./dev), so that a published
 * page is the page the release would have. */
const ACCOMMODATION_EMAIL = 'CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca';

const log = (...a) => console.error('[bench]', ...a);

function binary(name) {
  const path = join(TARGET, 'release', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: build it (./dev bench, or cargo build --release -p ${name})`);
  return path;
}

/** Runs a release binary; returns its stderr (the content report). With `keepGoing`, exit
 * status 1 (content errors, the files written anyway) is accepted. */
function run(name, args, { keepGoing = false } = {}) {
  const res = spawnSync(binary(name), args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0 && !(keepGoing && res.status === 1)) throw new Error(`${name} failed (${res.status}):\n${res.stderr}`);
  return res.stderr || '';
}

/** Publishes `input` (a content folder or a content model in JSON) into the empty folder `dir`
 * with careers-site; returns its report. */
export function publishSite(input, dir, { keepGoing = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const extra = keepGoing ? ['--keep-going'] : [];
  return run('careers-site', [input, '--out', dir, '--accommodation-email', ACCOMMODATION_EMAIL, ...extra], { keepGoing });
}

/** Publishes `input` into `dir` with careers-bundle (postings.json and postings/ only). */
export function publishBundle(input, dir, { keepGoing = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const extra = keepGoing ? ['--keep-going'] : [];
  return run('careers-bundle', [input, '--out', join(dir, 'postings.json'), ...extra], { keepGoing });
}

const generated = new Set();
/** The content of each benchmark bundle: the real corpus, the sample, or a content model generated
 * once per process (byte-identical for a count and seed). */
export function contentOf(name) {
  if (name === 'real') return { input: CORPUS, keepGoing: true };
  if (name === 'sample') return { input: join(ROOT, 'content'), keepGoing: false };
  const n = Number(name);
  const model = join(OUT, `synthetic-${n}.model.json`);
  if (!generated.has(n)) {
    log(`generating ${n} postings (seed ${SEED})`);
    writeBundle(n, SEED, model);
    generated.add(n);
  }
  return { input: model, keepGoing: false };
}

/** The folder of each benchmark bundle's site in bench/out. */
export const siteDir = (name) => join(OUT, name === 'real' ? 'corpus-2023-06' : `synthetic-${name}`);

const published = new Map();
/**
 * The site of benchmark bundle `name` (`real`, `1000`, `10000`), published once per process into
 * bench/out (the report of careers-site in a .log beside it). Returns its folder.
 */
export function benchSite(name) {
  if (!published.has(name)) {
    const dir = siteDir(name);
    const { input, keepGoing } = contentOf(name);
    log(`publishing ${input} with careers-site into ${dir}`);
    const report = publishSite(input, dir, { keepGoing });
    writeFileSync(`${dir}.log`, report);
    log((report.match(/^summary:.*$/m) || [''])[0], (report.match(/^careers-site: wrote.*$/m) || [''])[0]);
    published.set(name, dir);
  }
  return published.get(name);
}

/** Whether the listing in `dir` has an open, listed posting (the default listing shows those). */
function anyOpen(dir) {
  const listing = JSON.parse(readFileSync(join(dir, 'postings.json'), 'utf8'));
  return listing.postings.some((p) => p.status.open && p.status.listed);
}

/** The query the benchmark loads the listing in `dir` with: none, or, when it has no open
 * posting (the real corpus: the default listing would be empty), every status. */
export function listingQuery(dir) {
  return anyOpen(dir) ? '' : '?careers-status=all';
}
