// Medians over runs, the budgets, and the Markdown report.

export const KB = 1024;
export const MB = 1024 * 1024;

export function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Round by round, figure `key` of each run of `mine` divided by the same round's of `theirs`
 * (runs carry their `round`), for the rounds where both have it.
 */
export function roundRatios(mine, theirs, key) {
  const their = new Map(theirs.map((t) => [t.round, t[key]]));
  return mine.filter((m) => m.round !== undefined && Number.isFinite(m[key]) && their.get(m.round)).map((m) => m[key] / their.get(m.round));
}

/** `list` starting at its `n`-th element, so that no variant (build, page) always loads first. */
export const rotate = (list, n) => list.map((_, i) => list[(i + n) % list.length]);

/** Per run: median and p95 of its interactions; then the median over runs of every figure. */
export function summarise(runs) {
  const per = runs.map((r) => ({
    firstPosting: r.load.firstPosting,
    widgetPosting: r.load.widgetPosting,
    takeover: r.load.takeover,
    bundleResponseEnd: r.load.bundleResponseEnd,
    keyMedian: median(r.keys.map((k) => k.ms)),
    keyP95: percentile(r.keys.map((k) => k.ms), 95),
    keyPaintP95: percentile(r.keys.map((k) => k.paintMs), 95),
    keyUnchanged: r.keys.filter((k) => !k.changed).length,
    clickMedian: median(r.clicks.map((k) => k.ms)),
    clickP95: percentile(r.clicks.map((k) => k.ms), 95),
    clickPaintP95: percentile(r.clicks.map((k) => k.paintMs), 95),
    clickUnchanged: r.clicks.filter((k) => !k.changed).length,
    floorMedian: median(r.floor.map((k) => k.ms)),
    floorP95: percentile(r.floor.map((k) => k.ms), 95),
    ...r.memory,
    resultEntries: r.resultEntries,
    pageErrors: r.errors.length,
  }));
  const out = {};
  for (const k of Object.keys(per[0])) out[k] = median(per.map((p) => p[k]));
  out.firstPostingFrom = [...new Set(runs.map((r) => r.load.firstPostingFrom))].join(' or ');
  out.takeovers = runs.filter((r) => r.load.takeover !== null).length;
  out.keystrokes = runs[0].keys.length;
  out.clicks = runs[0].clicks.length;
  return out;
}

export const BUDGETS = {
  // 180 KB since the 120 KB budget was found out of reach on Leptos (README, "Measured").
  shippedGzip: { limit: 180 * KB, text: '≤ 180 KB gzip' },
  formModuleGzip: { limit: 66 * KB, text: '≤ 66 KB gzip' },
  firstPostingReal: { limit: 300, text: '≤ 300 ms' },
  firstPosting10000: { limit: 1000, text: '≤ 1 s' },
  // Issue 19: one frame at 1,000 postings, 50 ms with the CPU 4× slower and at 10,000.
  keyP95_1000: { limit: 16.7, text: '≤ 16.7 ms' },
  clickP95_1000: { limit: 16.7, text: '≤ 16.7 ms' },
  keyP95_1000_4x: { limit: 50, text: '≤ 50 ms' },
  clickP95_1000_4x: { limit: 50, text: '≤ 50 ms' },
  keyP95_10000: { limit: 50, text: '≤ 50 ms' },
  clickP95_10000: { limit: 50, text: '≤ 50 ms' },
  memory10000: { limit: 40 * MB, text: '≤ 40 MB' },
  resultEntries: { limit: 100, text: '≤ 100' },
};

/** Every budget with its figure and pass/miss: unthrottled runs, and the keystroke and click p95
 * at 1,000 with the CPU 4× slower. */
export function evaluateBudgets(report) {
  const at = (bundle, throttle = 1) => report.results.find((r) => r.bundle === bundle && r.throttle === throttle)?.summary;
  const check = (name, value, extra = {}) => {
    const b = BUDGETS[name];
    return { name, ...extra, budget: b.text, limit: b.limit, value, pass: value === null || value === undefined ? null : value <= b.limit };
  };
  const list = [check('shippedGzip', report.shipped.total.gzip)];
  const form = report.shipped.onDemand?.files.filter((f) => report.shipped.formModule?.includes(f.name));
  if (form?.length) list.push(check('formModuleGzip', form.reduce((n, f) => n + f.gzip, 0)));
  if (at('real')) list.push(check('firstPostingReal', at('real').firstPosting));
  if (at('10000')) list.push(check('firstPosting10000', at('10000').firstPosting));
  for (const [bundle, throttle, suffix] of [['1000', 1, '_1000'], ['1000', 4, '_1000_4x'], ['10000', 1, '_10000']]) {
    const s = at(bundle, throttle);
    if (!s) continue;
    list.push(check(`keyP95${suffix}`, s.keyP95, { bundle, throttle }));
    list.push(check(`clickP95${suffix}`, s.clickP95, { bundle, throttle }));
  }
  if (at('10000')) list.push(check('memory10000', at('10000').total));
  for (const r of report.results) {
    if (r.throttle === 1) list.push(check('resultEntries', r.summary.resultEntries, { bundle: r.bundle }));
  }
  return list;
}

export const ms = (x) => (x === null || x === undefined ? '–' : x < 100 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
export const kb = (x) => `${(x / KB).toFixed(1)} KB`;
const mb = (x) => (x === null || x === undefined ? '–' : `${(x / MB).toFixed(1)} MB`);
export const int = (x) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en'));
export const verdict = (pass) => (pass === null ? '' : pass ? '**pass**' : '**miss**');
const withBudget = (text, budget, pass) => `${text} (${budget}: ${verdict(pass)})`;

export function markdown(report) {
  const L = [];
  const budget = (name, bundle) => report.budgets.find((b) => b.name === name && (!bundle || b.bundle === bundle));
  L.push(`# Benchmark report`, '');
  L.push(`${report.date}, commit ${report.commit}, ${report.chromium}, ${report.runs} run(s) per row` +
    `${report.quick ? ' (--quick: no throttling)' : ''}; dist: \`${report.dist}\` built ${report.distBuilt}.` +
    (report.loadAverage ? ` ${report.cpus} CPUs, 1-minute load average ${report.loadAverage.before} before and ${report.loadAverage.after} after` +
      (Math.max(report.loadAverage.before, report.loadAverage.after) > report.cpus
        ? ' (above the CPU count: other work shared the machine and the times are inflated).'
        : ' (not above the CPU count).') : ''), '');

  L.push('## Shipped bytes', '', '| file | raw | gzip -9 | brotli q11 |', '| --- | ---: | ---: | ---: |');
  for (const f of report.shipped.files) L.push(`| \`${f.name}\` | ${int(f.raw)} | ${int(f.gzip)} | ${int(f.brotli)} |`);
  const t = report.shipped.total;
  const sb = budget('shippedGzip');
  L.push(`| **first load** | ${int(t.raw)} (${kb(t.raw)}) | ${withBudget(`${int(t.gzip)} (${kb(t.gzip)})`, sb.budget, sb.pass)} | ${int(t.brotli)} (${kb(t.brotli)}) |`);
  const od = report.shipped.onDemand;
  if (od && od.files.length) {
    for (const f of od.files) L.push(`| \`${f.name}\` (on demand) | ${int(f.raw)} | ${int(f.gzip)} | ${int(f.brotli)} |`);
    const all = (k) => t[k] + od.total[k];
    const form = budget('formModuleGzip');
    if (form) L.push(`| the form's module with its chunk | | ${withBudget(`${int(form.value)} (${kb(form.value)})`, form.budget, form.pass)} | |`);
    L.push(`| total with every module | ${int(all('raw'))} (${kb(all('raw'))}) | ${int(all('gzip'))} (${kb(all('gzip'))}) | ${int(all('brotli'))} (${kb(all('brotli'))}) |`);
  }
  L.push('', `gzip -9: GNU gzip, the measure of the budgets and of every size in the README. Node's zlib at level 9, ` +
    `what a server compressing on the fly at its highest level sends, gives ${int(t.zlib)} (${kb(t.zlib)}) for the first load.`);
  L.push('', 'First load: what every visitor downloads before the first posting shows (the budget applies to it). ' +
    'On demand: a split module, fetched the first time a person needs it (`split_accommodation_form.<build>.wasm`: when the accommodation form first opens; `split_posting_page.<build>.wasm`: a posting\'s page), and `chunk_<n>.<build>.wasm`, code split modules share, with the first of them.', '');

  L.push('## Bundles', '', 'What the first listing downloads (`postings.json`: titles, summaries, facets, search words) and what opening one posting adds (its body file).', '',
    '| bundle | postings | listing bytes | gzip | brotli | listing bytes per posting | body file bytes per posting |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const b of report.bundles) {
    L.push(`| ${b.label} | ${int(b.postings)} | ${int(b.size.raw)} | ${int(b.size.gzip)} | ${int(b.size.brotli)} | ${int(b.bytesPerPosting)} | ${int(b.bodyBytesPerPosting)} |`);
  }
  L.push('', 'Brotli (quality 11) is left out (–) for listings over 16 MB: it takes minutes there.');
  if (report.corpus) {
    const c = report.corpus;
    L.push('', `Real 2023-06 corpus: the listing holds **${int(c.listingPerPosting)} bytes per posting** (${int(c.postings)} postings, ` +
      `${int(c.listingGzipPerPosting)} gzip); listing and body files together hold ${int(c.publishedPerPosting)} bytes per posting; ` +
      `the Markdown sources hold **${int(c.sourcePerFile)} bytes per source file** ` +
      `(${int(c.sourceBytes)} bytes in ${int(c.sourceFiles)} \`.md\` files; ${int(c.sourcePerPosting)} bytes of Markdown per posting, ` +
      `a posting having up to two files). Published / Markdown: ${c.ratioPerPosting}×.`);
  }
  L.push('');

  L.push('## In the browser (medians over runs)', '');
  L.push('| bundle | CPU | first posting visible (whose) | the widget\'s first posting | keystroke median | keystroke p95 | facet click median | facet click p95 | JS heap | wasm memory | heap + wasm | result entries in DOM |');
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of report.results) {
    const s = r.summary;
    const b = report.bundles.find((x) => x.name === r.bundle);
    const unthrottled = r.throttle === 1;
    let first = `${ms(s.firstPosting)} (${s.firstPostingFrom})`;
    if (unthrottled && r.bundle === 'real') first = withBudget(first, budget('firstPostingReal').budget, budget('firstPostingReal').pass);
    if (unthrottled && r.bundle === '10000') first = withBudget(first, budget('firstPosting10000').budget, budget('firstPosting10000').pass);
    // A p95 with its budget, where this row has one.
    const p95Of = (what, value) => {
      const b = report.budgets.find((x) => x.name.startsWith(`${what}P95_`) && x.bundle === r.bundle && x.throttle === r.throttle);
      return b ? withBudget(ms(value), b.budget, b.pass) : ms(value);
    };
    const p95 = p95Of('key', s.keyP95);
    const clickP95 = p95Of('click', s.clickP95);
    let total = mb(s.total);
    if (unthrottled && r.bundle === '10000') total = withBudget(total, budget('memory10000').budget, budget('memory10000').pass);
    let entries = int(s.resultEntries);
    if (unthrottled) entries = withBudget(entries, '≤ 100', budget('resultEntries', r.bundle).pass);
    const widget = s.takeovers ? `${ms(s.widgetPosting)} (a takeover in ${s.takeovers} of ${r.runs.length} runs)` : ms(s.widgetPosting);
    L.push(`| ${b.label} | ${r.throttle === 1 ? '1×' : `${r.throttle}× slower`} | ${first} | ${widget} | ${ms(s.keyMedian)} | ${p95} | ` +
      `${ms(s.clickMedian)} | ${clickP95} | ${mb(s.jsHeapUsed)} | ${mb(s.wasmMemory)} | ${total} | ${entries} |`);
  }
  L.push('', 'First posting visible: the first result link on screen, in the pre-rendered markup that `careers.js` ' +
    'fetches (`fragments/embed/…`) and shows before the wasm has arrived ("pre-rendered"), or in the widget\'s own ' +
    '("widget"); the budgets apply to it. The widget\'s first posting: when the widget\'s own markup shows one, ' +
    'which is the takeover when it replaced pre-rendered markup; it is what "first posting" measured before the ' +
    'pages were pre-rendered, and the figure to compare with earlier reports.', '');
  L.push('Details per row (medians over runs):', '');
  L.push('| bundle | CPU | bundle downloaded at | keystroke p95 incl. next paint | click p95 incl. next paint | the harness\'s floor: click median / p95 | keystrokes with no DOM change | clicks with no DOM change | DOM nodes | page errors |');
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of report.results) {
    const s = r.summary;
    const b = report.bundles.find((x) => x.name === r.bundle);
    L.push(`| ${b.label} | ${r.throttle}× | ${ms(s.bundleResponseEnd)} | ${ms(s.keyPaintP95)} | ${ms(s.clickPaintP95)} | ${ms(s.floorMedian)} / ${ms(s.floorP95)} | ` +
      `${int(s.keyUnchanged)} of ${s.keystrokes} | ${int(s.clickUnchanged)} of ${s.clicks} | ${int(s.domNodes)} | ${int(s.pageErrors)} |`);
  }
  L.push('', 'The harness\'s floor: the same measurement for a click on a checkbox the harness adds, whose listener ' +
    'changes one text node. No keystroke or click can measure less: with nothing to do, the next frame still comes that ' +
    'long after the input; with more work than that, it comes when the work ends.', '');
  for (const b of report.bundles.filter((x) => x.query)) L.push(`${b.label} is loaded as \`index.html${b.query}\` (it has no open posting, so the default listing is empty).`, '');
  for (const f of report.failures || []) L.push(`Failed run: ${f.bundle}, CPU ${f.throttle}×, run ${f.run}: ${f.error.split('\n')[0]}`, '');
  L.push(`Keystrokes: "${report.searchKeys.typed}" typed then erased (${report.searchKeys.keystrokes} keys); ` +
    `facet clicks: ${report.facetClicks} (checkboxes spread over the filters, each on then off). ` +
    `Serving: ${report.serving}. KB = 1,024 bytes, MB = 1,048,576 bytes. ` +
    `Budgets apply to the unthrottled (1×) rows, and the keystroke and click p95 also to the 1,000 bundle with the CPU 4× slower; see bench/README.md for what each figure measures.`, '');
  return `${L.join('\n')}\n`;
}
