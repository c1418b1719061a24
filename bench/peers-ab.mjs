// Two or more builds on the side-by-side harness's widget page (bench/peers.mjs's runPage: the
// site's listing page, cross-origin isolated), loaded round by round in a rotating order, so that
// the machine's drift weighs on each alike. Prints, per build, the medians of the first posting
// visible, search ready, the first search answered, the keystroke and facet click p95 (without
// and with the next paint) and the whole page's memory. For a change to careers.js, to start-up
// or to interaction, where one full run of bench.mjs is too noisy to tell a 10 % difference.
// Writes nothing but the published bundle (bench/out/, as bench.mjs does).
//
//   node bench/peers-ab.mjs --bundle real --runs 8 DIST_A DIST_B
//   node bench/peers-ab.mjs --bundle 10000 --runs 5 --throttle 4 DIST_A DIST_B
//
// --bundle     real, 1000 or 10000 (default real; a bundle with no open posting, as the real
//              corpus, is loaded with ?careers-status=all, as bench.mjs does: listingQuery)
// --runs N     rounds (default 8)
// --throttle   CPU slowdown (default 1)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, serveCopy } from './lib/browser.mjs';
import { median, rotate } from './lib/report.mjs';
import { benchSite, listingQuery } from './lib/site.mjs';
import { runPage } from './peers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bundle: { type: 'string', default: 'real' },
    runs: { type: 'string', default: '8' },
    throttle: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const throttle = Number(values.throttle);
if (positionals.length < 1 || !(runs >= 1) || !(throttle >= 1) || !['real', '1000', '10000'].includes(values.bundle)) {
  console.error('usage: node bench/peers-ab.mjs [--bundle real|1000|10000] [--runs N] [--throttle X] DIST_A [DIST_B …]');
  process.exit(2);
}
const dists = positionals.map((d) => resolve(d));
const bundle = benchSite(values.bundle);
const query = listingQuery(bundle);
const FIGURES = ['firstPosting', 'ready', 'searchAnswered', 'keyP95', 'keyPaintP95', 'clickP95', 'clickPaintP95', 'pageMemory'];

const browser = await launch();
const servers = [];
try {
  for (const dist of dists) servers.push(await serveCopy(dist, bundle, { isolated: true }));
  const got = dists.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const i of rotate([...dists.keys()], round)) {
      const run = await runPage(browser, servers[i].url, 'widget', { dir: servers[i].dir, throttle, query });
      got[i].push(run);
      console.error(`round ${round + 1} ${dists[i]}: ${FIGURES.map((f) => `${f} ${run[f]?.toFixed(1)}`).join(', ')}`);
    }
  }
  console.log(`${values.bundle}, CPU ${throttle}×, medians of ${runs} runs`);
  console.log(`| build | ${FIGURES.join(' | ')} |`);
  console.log(`| --- |${FIGURES.map(() => ' ---: |').join('')}`);
  dists.forEach((dist, i) => {
    const cells = FIGURES.map((f) => {
      const m = median(got[i].map((r) => r[f]));
      return f === 'pageMemory' ? `${(m / 1048576).toFixed(2)} MB` : `${m.toFixed(1)} ms`;
    });
    console.log(`| ${dist} | ${cells.join(' | ')} |`);
  });
} finally {
  for (const s of servers) s.close();
  await browser.close();
}
