// The budgets of the pre-rendered pages (issue 16) and the Markdown report of
// bench/prerendered.mjs.
import { KB, int, kb, median, ms, roundRatios, verdict } from './report.mjs';

export const BUDGETS = {
  pageBytes: { limit: 30 * KB, text: '≤ 30 KB', pages: ['1000', 'real'] },
  nearPlain: { limit: 1.1, text: '≤ +10 %' },
  wasmMain: { limit: 180 * KB, text: '≤ 180 KB' },
  formModule: { limit: 66 * KB, text: '≤ 66 KB' },
};

/** Every budget with its figure and pass/miss (null: not measured). */
export function evaluate(report) {
  const check = (name, value, extra = {}) => ({
    name,
    ...extra,
    budget: BUDGETS[name].text,
    value,
    pass: value === null || value === undefined ? null : value <= BUDGETS[name].limit,
  });
  const list = [];
  for (const page of report.pages) {
    if (BUDGETS.pageBytes.pages.includes(page.name)) list.push(check('pageBytes', page.bytes.page.gzip, { page: page.name }));
    for (const [condition, r] of Object.entries(page.results)) {
      list.push(check('nearPlain', median(paintedRatios(r)), { page: page.name, condition }));
    }
  }
  list.push(check('wasmMain', report.wasm.today.main.gzip));
  list.push(check('formModule', report.wasm.today.split.accommodation_form?.gzip));
  return list;
}

export function markdown(report) {
  const budget = (name, extra = {}) =>
    report.budgets.find((b) => b.name === name && Object.entries(extra).every(([k, v]) => b[k] === v));
  const L = [`# The pre-rendered pages`, ''];
  L.push(`${report.date}, commit ${report.commit} (dist built ${report.distBuilt}) against ${report.baseline.commit} ` +
    `(\`${report.baseline.dist}\`); ${report.chromium}; ${report.runs} load(s) of each variant per row, alternating. ` +
    `${report.cpus} CPUs, 1-minute load average ${report.loadAverage.before} before and ${report.loadAverage.after} after.`, '');
  L.push(...bytesSection(report, budget), ...timesSection(report, budget), ...wasmSection(report, budget), ...notes(report));
  return `${L.join('\n')}\n`;
}

const files = (list) => list.files.map((f) => `\`${f.name}\` ${int(f.gzip)}`).join(' + ');
const withVerdict = (text, b) => (b ? `${text} (${b.budget}: ${verdict(b.pass)})` : text);

function bytesSection(report, budget) {
  const L = ['## Bytes before the first posting is visible (gzip -9 of each file)', '',
    `| page | files | total | ${report.baseline.commit}, the same view: its standalone page until its widget shows a posting |`,
    '| --- | --- | ---: | ---: |'];
  for (const page of report.pages) {
    const b = page.bytes;
    const total = withVerdict(kb(b.page.gzip), budget('pageBytes', { page: page.name }));
    L.push(`| ${page.label} | ${files(b.page)} | ${total} | ${kb(b.baseline.gzip)} (\`postings.json\` ${kb(b.baseline.files.at(-1).gzip)}) |`);
    if (b.standalone) L.push(`| ${page.label}, on the standalone page \`index.html\` (careers.js fetches the fragment) | ${files(b.standalone)} | ${kb(b.standalone.gzip)} | |`);
  }
  L.push('');
  const corpus = report.pages.find((p) => p.bytes.everyPostingPage);
  if (corpus) {
    const e = corpus.bytes.everyPostingPage;
    L.push(`The posting measured is the one of the real corpus whose English page is the largest, \`${corpus.path}\`; the HTML ` +
      `of the English pages of its ${e.pages} postings in English is ${int(e.min)} to ${int(e.max)} bytes gzip (median ${int(e.median)}).`, '');
  }
  return L;
}

/** (a)'s first posting painted ÷ (b)'s, in each round (loads carry their `round`): the two load one after the other, so these
 * are less moved by the machine's drift than the ratio of the medians. The budget holds their
 * median. */
export function paintedRatios(r) {
  return roundRatios(r.a.loads, r.b.loads, 'firstPostingPainted');
}
export const ratio = (a, b) => (a === null || b === null ? '–' : `${a >= b ? '+' : ''}${((a / b - 1) * 100).toFixed(1)} %`);
const rows = (report) =>
  report.pages.flatMap((page) =>
    Object.entries(page.results).map(([condition, r]) => ({ page, condition, r, a: r.a.summary, b: r.b.summary, c: r.c.summary })));

function timesSection(report, budget) {
  const old = report.baseline.commit;
  const L = [`## First posting painted, and when the widget is live (medians)`, '',
    `| page | condition | (a) pre-rendered page | (b) the same HTML without scripts | (a) against (b) | (a) takeover (the widget painted) | (a) interactive | (c) ${old}: first posting (its widget's) | (c) interactive |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const { page, condition, r, a, b, c } of rows(report)) {
    const near = budget('nearPlain', { page: page.name, condition });
    const cFirst = page.listing ? ms(c.firstPostingPainted) : `${ms(c.firstPostingPainted)} (body ${ms(c.bodyVisible)})`;
    const rounds = paintedRatios(r);
    const against = `${withVerdict(`${ratio(near.value, 1)} round by round`, near)}; ` +
      `medians ${ratio(a.firstPostingPainted, b.firstPostingPainted)}; (a) first in ${rounds.filter((x) => x <= 1).length} of ${rounds.length} rounds`;
    L.push(`| ${page.label} | ${report.conditions[condition].label} | ${ms(a.firstPostingPainted)} | ${ms(b.firstPostingPainted)} | ` +
      `${against} | ${ms(a.takeover)} (${ms(a.widgetPostingPainted)}) | ` +
      `${ms(a.interactive)} | ${cFirst} | ${ms(c.interactive)} |`);
  }
  L.push('', 'Times are from the start of navigation. First posting: a result link\'s heading, or a posting page\'s title, as the ' +
    'Element Timing API reports its first paint (`renderTime`: the frame presented). Takeover: the widget\'s markup put in place ' +
    'of the pre-rendered markup (in the DOM), and when the widget\'s first posting was painted. Interactive: on a listing, the ' +
    `result count changed after "${report.search}" was typed into the widget's search box, typed once its first posting had been ` +
    'painted; on a posting page, the widget\'s own markup shows the posting, painted (for (a) after the takeover). (c) shows its first posting ' +
    'when its widget has rendered; on a posting page its title comes with the listing, its body (in the DOM) after.', '');
  L.push(`### The same loads: first posting in the DOM and visible`, '',
    'The definition bench.mjs uses: in the DOM, `checkVisibility()`, every stylesheet loaded; before the frame that paints it.', '',
    `| page | condition | (a) pre-rendered page | (b) the same HTML without scripts | (a) against (b) | (c) ${old} |`,
    '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const { page, condition, a, b, c } of rows(report)) {
    L.push(`| ${page.label} | ${report.conditions[condition].label} | ${ms(a.firstPosting)} | ${ms(b.firstPosting)} | ` +
      `${ratio(a.firstPosting, b.firstPosting)} | ${ms(c.firstPosting)} |`);
  }
  L.push('');
  return L;
}

function wasmSection(report, budget) {
  const [today, old] = [report.wasm.today, report.wasm.baseline];
  const cell = (m) => (m ? `${kb(m.gzip)} (${files(m)})` : '–');
  const form = budget('formModule');
  return [`## wasm (gzip -9)`, '', `| what | today | ${report.baseline.commit} | budget |`, '| --- | --- | --- | --- |',
    `| every visitor: the main module and its glue | ${cell(today.main)} | ${cell(old.main)} | ${budget('wasmMain').budget}: ${verdict(budget('wasmMain').pass)} |`,
    `| the accommodation form's module, with the chunks it fetches | ${cell(today.split.accommodation_form)} | ${cell(old.split.accommodation_form)} | ${form.budget}: ${verdict(form.pass)} |`,
    `| a posting page's module, with the chunks it fetches | ${cell(today.split.posting_page)} | ${cell(old.split.posting_page)} (in the main module) | |`,
    ''];
}

function notes(report) {
  const L = [];
  for (const page of report.pages) {
    for (const [condition, r] of Object.entries(page.results)) {
      for (const [variant, { summary }] of Object.entries(r)) {
        const expected = variant === 'c' ? 'widget' : 'pre-rendered';
        if (summary.firstPostingFrom !== expected) L.push(`Note: ${page.name}, ${condition}, (${variant}): first posting from ${summary.firstPostingFrom || 'nowhere'}, expected ${expected}.`, '');
        if (summary.pageErrors) L.push(`Note: ${page.name}, ${condition}, (${variant}): ${summary.pageErrors} page error(s), see prerendered.json.`, '');
      }
    }
  }
  for (const f of report.failures) L.push(`Failed load: ${f.page}, ${f.condition}, (${f.variant}), run ${f.run}: ${f.error.split('\n')[0]}`, '');
  L.push('Served by bench/lib/gzip-server.mjs (127.0.0.1, the strict CSP, gzip -9 bodies) in every condition; each load in a ' +
    'fresh browser context. KB = 1,024 bytes. See bench/README.md, "The pre-rendered pages".', '');
  return L;
}
