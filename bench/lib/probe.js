// Injected into every benchmark page before any of its scripts (Playwright's addInitScript). It
// measures in the page, with performance.now() (milliseconds since navigation start), and exposes
// only window.__bench, which the widget never reads. The harness may set window.__benchConfig
// first (see 2).
(() => {
  const bench = (window.__bench = {
    firstPosting: null,
    firstPostingFrom: null,
    firstPostingPainted: null,
    takeover: null,
    widgetPosting: null,
    widgetPostingPainted: null,
    bodyVisible: null,
    searchTyped: null,
    searchFiltered: null,
    pending: null,
    seq: 0,
  });
  // The moments the harness awaits (it awaits the promises: nothing of Playwright's polls the
  // page while it loads).
  const moments = ['shown', 'painted', 'live', 'widgetPainted', 'bodyShown', 'searched'];
  const [shown, painted, live, widgetPainted, bodyShown, searched] = moments.map(() => Promise.withResolvers());
  Object.assign(bench, { shown: shown.promise, painted: painted.promise, live: live.promise, widgetPainted: widgetPainted.promise,
    bodyShown: bodyShown.promise, searched: searched.promise });

  // 1. The first posting, and whose markup shows it. A posting is a result link
  // (`.cds-careers__result-title a`) or a posting page's title (`.cds-careers__posting-title`);
  // it is visible when it is in the widget's host element, `checkVisibility()` says so, and every
  // stylesheet of the page has loaded (the parser puts a pre-rendered page in the DOM before its
  // render-blocking stylesheet has arrived, and nothing is painted until it has). Checked in a
  // MutationObserver on the whole document and whenever a stylesheet loads. The host element
  // holds either pre-rendered markup (the page's own, put there by the parser, or a fragment
  // careers.js fetched and showed while the widget renders off the page, in
  // host.cdsCareersStage) until careers.js swaps the widget's own markup in, or the widget's own
  // markup from the start (no pre-rendered markup, or a build from before it). So:
  //   firstPosting      the first posting visible, whoever's markup (firstPostingFrom:
  //                     'pre-rendered' or 'widget'); bench.shown resolves then
  //   takeover          when the widget's markup replaced pre-rendered markup
  //   widgetPosting     the first posting visible in the widget's own markup (the takeover,
  //                     when there was one): what "first posting" measured before the pages
  //                     were pre-rendered; bench.live resolves then
  //   bodyVisible       a posting's body (`.cds-careers__body`) visible, on a posting's page;
  //                     bench.bodyShown resolves then
  // And when the browser painted them: the probe names the first posting it finds in each root
  // (the attribute `elementtiming` on its heading, set before the frame that paints it) and the
  // Element Timing API reports its first paint (renderTime):
  //   firstPostingPainted   bench.painted resolves then
  //   widgetPostingPainted  the widget's own; bench.widgetPainted resolves then
  const POSTING = '.cds-careers__result-title a, .cds-careers__posting-title';
  const [WIDGET, PRERENDERED] = ['cds-bench-widget', 'cds-bench-prerendered'];
  const prerendered = new WeakSet();
  let sawPrerendered = false;
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const hostRoot = () => {
    const host = document.querySelector('[data-cds-careers]');
    return [host, host?.querySelector(':scope > .cds-careers')];
  };
  const markPrerendered = (root) => {
    prerendered.add(root);
    sawPrerendered = true;
  };
  const stylesLoaded = () => [...document.querySelectorAll('link[rel~="stylesheet"]')].every((l) => l.sheet);
  const check = () => {
    const [host, root] = hostRoot();
    if (!root) return;
    // Nothing of the widget's runs while the document is parsed (careers.js is a module), and
    // careers.js shows a fetched fragment only with a stage ready for the widget.
    if (document.readyState === 'loading' || 'cdsCareersStage' in host) markPrerendered(root);
    const now = performance.now();
    const own = !prerendered.has(root);
    if (own && sawPrerendered && bench.takeover === null) bench.takeover = now;
    const posting = root.querySelector(POSTING);
    // Text is timed by its block: the result's heading, or the posting's title.
    const block = posting?.closest('.cds-careers__result-title, .cds-careers__posting-title');
    if (block && !block.hasAttribute('elementtiming')) block.setAttribute('elementtiming', own ? WIDGET : PRERENDERED);
    if (!stylesLoaded()) return;
    if (posting && visible(posting)) {
      if (bench.firstPosting === null) {
        bench.firstPosting = now;
        bench.firstPostingFrom = own ? 'widget' : 'pre-rendered';
        shown.resolve(now);
      }
      if (own && bench.widgetPosting === null) {
        bench.widgetPosting = now;
        live.resolve(now);
      }
    }
    const body = root.querySelector('.cds-careers__body');
    if (body && bench.bodyVisible === null && visible(body)) {
      bench.bodyVisible = now;
      bodyShown.resolve(now);
    }
    const bodyToCome = root.querySelector('.cds-careers__posting-title') && bench.bodyVisible === null;
    if (bench.widgetPosting !== null && !bodyToCome) first.disconnect();
  };
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      const at = entry.renderTime || entry.loadTime;
      if (bench.firstPostingPainted === null) {
        bench.firstPostingPainted = at;
        painted.resolve(at);
      }
      if (entry.identifier === WIDGET && bench.widgetPostingPainted === null) {
        bench.widgetPostingPainted = at;
        widgetPainted.resolve(at);
        searchOnLive(hostRoot()[1]);
      }
    }
  }).observe({ type: 'element', buffered: true });
  const first = new MutationObserver(check);
  first.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('load', (e) => e.target.matches?.('link[rel~="stylesheet"]') && check(), true);
  // The end of parsing, before any module script runs: what the host holds is the page's own.
  document.addEventListener('readystatechange', () => {
    const [, root] = hostRoot();
    if (document.readyState === 'interactive' && root) markPrerendered(root);
    check();
  });

  // 2. Optional: the search box filters. With window.__benchConfig.searchOnLive (a text), once
  // the browser reports the widget's own first posting painted (bench.widgetPainted), that text
  // is typed into the widget's search box (the value set, then an `input` event, as careers.js
  // replays what a person typed into the pre-rendered box at the takeover): searchTyped.
  // searchFiltered is when the text of the result count (#cds-careers-count) changed;
  // bench.searched resolves then. (Typed any sooner, the results it removes would never be
  // painted, and the Element Timing entry of the widget's first posting would never come.)
  function searchOnLive(root) {
    const text = window.__benchConfig?.searchOnLive;
    const input = root.querySelector('#cds-careers-search');
    if (!text || !input) return;
    const count = () => root.querySelector('#cds-careers-count')?.textContent;
    const before = count();
    const changed = new MutationObserver(() => {
      if (count() === before) return;
      bench.searchFiltered = performance.now();
      changed.disconnect();
      searched.resolve(bench.searchFiltered);
    });
    changed.observe(root, { childList: true, subtree: true, characterData: true });
    bench.searchTyped = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  // 3. wasm memory: every WebAssembly.Memory the page's modules export, which
  // tests/browser/wasm-memories.js (run before this script: PROBE in bench/lib/browser.mjs)
  // records as each module is instantiated.
  const memories = window.__wasmMemories;
  bench.wasmMemories = () => [...memories];
  bench.wasmMemoryBytes = () => [...memories].reduce((n, m) => n + m.buffer.byteLength, 0);

  // The time spent inside history.pushState and replaceState: the widget writes its address on
  // each filter (a person's Back and a shared link need it), the peers' pages write none, and a
  // write takes 0.2 to 3 ms unthrottled here (bench/history-cost.mjs), so each measurement also
  // says how much of it was spent there (`paintHistoryMs`).
  let historyMs = 0;
  for (const name of ['pushState', 'replaceState']) {
    const write = History.prototype[name];
    History.prototype[name] = function timedWrite(...args) {
      const t0 = performance.now();
      try {
        return write.apply(this, args);
      } finally {
        historyMs += performance.now() - t0;
      }
    };
  }

  // 4. Interaction to updated results. A capturing keydown (search box) or click (filter
  // checkbox) on window starts a measurement at performance.now(); the first DOM mutation inside
  // `.cds-careers__layout` (the result count, the list, the filter counts) after it, plus one
  // requestAnimationFrame, ends it: `ms` = rAF time - start. `paintMs` adds a setTimeout(0) after
  // that frame, an estimate of when the frame was presented (the first task after it: since the
  // thirteenth stop, before any the page queued in that frame; see bench/README.md).
  // `paintHistoryMs`: how much of `paintMs` was spent writing history (above). When
  // nothing in the layout changes (the same results as before), the measurement ends at the
  // first rAF after the input/change event once 500 ms pass without a mutation, flagged
  // `changed: false`.
  const start = (kind) => {
    const t0 = performance.now();
    let resolve;
    const done = new Promise((r) => (resolve = r));
    const m = { kind, t0, mutated: false, rafAfterEvent: null, settled: false };
    const history0 = historyMs;
    const finish = (t1, changed) => {
      if (m.settled) return;
      m.settled = true;
      obs.disconnect();
      clearTimeout(m.timer);
      setTimeout(() => resolve({ kind, ms: t1 - t0, paintMs: performance.now() - t0, changed, paintHistoryMs: historyMs - history0 }), 0);
    };
    const obs = new MutationObserver(() => {
      if (m.mutated) return;
      m.mutated = true;
      requestAnimationFrame(() => finish(performance.now(), true));
    });
    // The same end, from a callback of the next frame asked for now, before the page's own:
    // when the layout changed before that frame, the probe's callback runs first in it, and so
    // its setTimeout(0) (`paintMs`) is the first task after the frame, whatever the page has
    // asked to run after it (the widget writes the rows past the first screen there).
    requestAnimationFrame(() => {
      if (m.mutated) finish(performance.now(), true);
    });
    const layout = document.querySelector('.cds-careers__layout') || document.body;
    obs.observe(layout, { childList: true, subtree: true, characterData: true, attributes: true });
    m.afterEvent = () => {
      requestAnimationFrame(() => {
        m.rafAfterEvent = performance.now();
        m.timer = setTimeout(() => {
          if (!m.mutated) finish(m.rafAfterEvent, false);
        }, 500);
      });
    };
    bench.current = m;
    bench.seq += 1;
    bench.pending = done;
  };
  window.addEventListener('keydown', (e) => {
    if (e.target && e.target.id === 'cds-careers-search') start('key');
  }, true);
  window.addEventListener('click', (e) => {
    if (e.target && e.target.matches && e.target.matches('.cds-careers__filters input[type=checkbox]')) start('click');
  }, true);
  // After the input/change event: the rAF it schedules runs after every listener and every
  // microtask the widget queued (its reactive effects), whatever the listeners' order.
  const after = () => bench.current && !bench.current.settled && bench.current.afterEvent && bench.current.afterEvent();
  window.addEventListener('input', after, false);
  window.addEventListener('change', after, false);
})();
