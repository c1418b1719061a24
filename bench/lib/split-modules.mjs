// What each split module of a build costs when it first opens: the wasm files its loader in
// `__wasm_split.js` fetches (the module, and the chunks of code it shares with other split
// modules, which come with whichever opens first). Read by running the build's own loader with
// `fetch` recorded and the glue it imports stubbed, rather than by parsing minified code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GLUE_IMPORT = /from\s*["']\.\/cds-careers\.js["']/;
const LOADER = /^__wasm_split_load_(.+)$/;
const GLUE_STUB = `from "data:text/javascript,export const initSync = () => ({});"`;

/**
 * For each `__wasm_split_load_<name>` export of `dist/__wasm_split.js`: the file names of the
 * wasm files it fetches, e.g. { accommodation_form: ['chunk_3.….wasm', 'split_accommodation_form.….wasm'] }.
 */
export async function splitModules(dist) {
  const source = readFileSync(join(dist, '__wasm_split.js'), 'utf8');
  if (!GLUE_IMPORT.test(source)) throw new Error(`${dist}/__wasm_split.js does not import ./cds-careers.js as expected`);
  const dir = mkdtempSync(join(tmpdir(), 'cds-split-'));
  const file = join(dir, '__wasm_split.mjs');
  writeFileSync(file, source.replace(GLUE_IMPORT, GLUE_STUB));
  const realFetch = globalThis.fetch;
  let fetched = [];
  // A fetch that never answers: the loader asks for its files at once, then waits.
  globalThis.fetch = (url) => {
    fetched.push(basename(new URL(url).pathname));
    return new Promise(() => {});
  };
  try {
    const url = pathToFileURL(file).href;
    const names = Object.keys(await import(url)).filter((name) => LOADER.test(name));
    const modules = {};
    for (const name of names) {
      // A fresh copy of the loader for each: a chunk is fetched once, by the first module that
      // needs it.
      const fresh = await import(`${url}?${name}`);
      fetched = [];
      fresh[name](0, 0).catch(() => {});
      modules[LOADER.exec(name)[1]] = [...fetched].sort();
    }
    return modules;
  } finally {
    globalThis.fetch = realFetch;
    rmSync(dir, { recursive: true, force: true });
  }
}
