// Two or more builds' pre-rendered pages, each against the same HTML without scripts, loaded
// round by round (the plain page and every build one after the other, in a rotating order), so
// that the machine's drift weighs on each alike. Prints, per build, the median first posting
// painted, the median over rounds of (build ÷ plain) (what the +10 % budget holds, see
// prerendered.mjs) and the takeover painted. For a change to careers.js or to the pages, where
// one full run of prerendered.mjs is too noisy to tell a 10 % difference. Writes nothing.
//
//   node bench/prerendered-ab.mjs --pages real --runs 25 DIST_A DIST_B
//   node bench/prerendered-ab.mjs --pages 1000 --runs 15 --condition network DIST_A DIST_B
//
// --pages      1000, real or sample, comma-separated (default real)
// --runs N     rounds (default 15)
// --condition  unthrottled, cpu4 or network (default unthrottled)
// The pages' content is the one prerendered.mjs publishes (bench/out/, run it or bench.mjs once).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.mjs';
import { CONDITIONS, loadPage } from './lib/first-view.mjs';
import { serveGzip } from './lib/gzip-server.mjs';
import { paintedRatios, ratio } from './lib/prerendered-report.mjs';
import { median, rotate } from './lib/report.mjs';
import { PAGES, sitePage } from './prerendered.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string', default: 'real' },
    runs: { type: 'string', default: '15' },
    condition: { type: 'string', default: 'unthrottled' },
  },
});
const pages = values.pages.split(',');
const runs = Number(values.runs);
if (positionals.length < 1 || !(runs >= 1) || !CONDITIONS[values.condition] || pages.some((p) => !PAGES[p])) {
  console.error('usage: node bench/prerendered-ab.mjs [--pages real,1000,sample] [--runs N] [--condition unthrottled|cpu4|network] DIST_A [DIST_B …]');
  process.exit(2);
}
const dists = positionals.map((d) => resolve(d));
const condition = CONDITIONS[values.condition];

const browser = await launch();
try {
  for (const name of pages) await comparePage(name);
} finally {
  await browser.close();
}

/** Every build's page `name` against the first build's page without scripts, `runs` rounds. */
async function comparePage(name) {
  const sites = dists.map((dist) => sitePage(name, dist));
  const copies = sites.map((site) => site.copy);
  const { path, plainPath } = sites[0];
  const servers = await Promise.all(copies.map((c) => serveGzip(c.dir)));
  try {
    const variants = [
      { key: 'plain', url: `${servers[0].url}${plainPath}`, waits: ['shown', 'painted'] },
      ...dists.map((dist, i) => ({ key: dist, url: `${servers[i].url}${path}`, waits: ['shown', 'painted', 'live', 'widgetPainted'] })),
    ];
    // One load of each, not counted: the servers compress a file when first asked for it.
    for (const v of variants) await loadPage(browser, v.url, { condition: CONDITIONS.unthrottled, waits: v.waits });
    const loads = Object.fromEntries(variants.map((v) => [v.key, []]));
    for (let r = 0; r < runs; r++) {
      for (const v of rotate(variants, r)) loads[v.key].push({ round: r + 1, ...(await loadPage(browser, v.url, { condition, waits: v.waits })) });
    }
    console.log(`\n${PAGES[name].label}, ${condition.label}, ${runs} rounds (${path})`);
    const painted = (key) => median(loads[key].map((l) => l.firstPostingPainted)).toFixed(0);
    console.log(`  without scripts: first posting painted ${painted('plain')} ms`);
    for (const dist of dists) {
      const ratios = paintedRatios({ a: { loads: loads[dist] }, b: { loads: loads.plain } });
      console.log(`  ${dist}: first posting painted ${painted(dist)} ms, round by round ${ratio(median(ratios), 1)} ` +
        `(first in ${ratios.filter((x) => x <= 1).length} of ${runs}), the widget painted ${median(loads[dist].map((l) => l.widgetPostingPainted)).toFixed(0)} ms`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    for (const c of copies) c.remove();
  }
}
