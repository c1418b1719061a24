// Shipped bytes (raw, gzip -9, brotli max quality) and published-versus-Markdown bytes per posting.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawnSync } from 'node:child_process';

/** What every visitor downloads before the first posting shows: the main wasm module, its glue,
 * the split-module loader that glue imports, the widget's loader script and the stylesheet. */
export const SHIPPED = ['cds-careers_bg.wasm', 'cds-careers.js', '__wasm_split.js', 'careers.js', 'careers.css'];

/** A split point's module (`split_<name>.wasm`), or a chunk that split modules share
 * (`chunk_<n>.wasm`), fetched when a person first needs it. */
const ON_DEMAND = /^(split|chunk)_.*\.wasm$/;

/** The size of `buf` compressed by `gzip -9` (GNU gzip, as every size in the README is measured).
 * Node's zlib at level 9 gives about 2 % more for the wasm; `zlibSize` is that figure. */
export function gzipSize(buf) {
  const run = spawnSync('gzip', ['-9c'], { input: buf, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`gzip -9 failed: ${run.error ?? run.stderr}`);
  return run.stdout.length;
}

/** The size of `buf` compressed by node's zlib at level 9 (what a server compressing on the fly
 * at its highest level sends). */
export const zlibSize = (buf) => gzipSync(buf, { level: 9 }).length;

/** Raw, gzip -9 and brotli q11 sizes; brotli is skipped (null) above `brotliMax` bytes, where
 * quality 11 takes minutes. */
export function compressedSizes(buf, { brotliMax = Infinity } = {}) {
  return {
    raw: buf.length,
    gzip: gzipSize(buf),
    brotli: buf.length > brotliMax ? null : brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

/** The shipped files of `dist`, each raw, gzip and brotli, with totals: those of the first load
 * (`files`, `total`, which the budget applies to, with zlib's figure too) and the split modules
 * (`onDemand`). */
export function shippedBytes(dist) {
  const measure = (names, { zlib = false } = {}) => {
    const files = names.map((name) => {
      const buf = readFileSync(join(dist, name));
      return { name, ...compressedSizes(buf), ...(zlib ? { zlib: zlibSize(buf) } : {}) };
    });
    const total = { raw: 0, gzip: 0, brotli: 0, ...(zlib ? { zlib: 0 } : {}) };
    for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
    return { files, total };
  };
  const onDemand = readdirSync(dist).filter((name) => ON_DEMAND.test(name)).sort();
  return { ...measure(SHIPPED, { zlib: true }), onDemand: measure(onDemand) };
}

/** Every `.md` file under `dir`. */
export function markdownFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(p));
    else if (entry.name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** The bytes of every body file of the published bundle in `dir`. */
export function bodyBytes(dir) {
  const bodies = join(dir, 'postings');
  return readdirSync(bodies).reduce((n, f) => n + statSync(join(bodies, f)).size, 0);
}

/** Bytes per posting of a published bundle (listing and body files, in `dir`) against the
 * Markdown sources it was made from. */
export function bytesPerPosting(dir, sourceDir) {
  const buf = readFileSync(join(dir, 'postings.json'));
  const postings = JSON.parse(buf.toString('utf8')).postings.length;
  const md = markdownFiles(sourceDir);
  const mdBytes = md.reduce((n, p) => n + statSync(p).size, 0);
  const sizes = compressedSizes(buf);
  const published = buf.length + bodyBytes(dir);
  return {
    postings,
    listing: sizes,
    listingPerPosting: Math.round(sizes.raw / postings),
    listingGzipPerPosting: Math.round(sizes.gzip / postings),
    publishedPerPosting: Math.round(published / postings),
    sourceFiles: md.length,
    sourceBytes: mdBytes,
    sourcePerFile: Math.round(mdBytes / md.length),
    sourcePerPosting: Math.round(mdBytes / postings),
    ratioPerPosting: +(published / mdBytes).toFixed(2),
  };
}
