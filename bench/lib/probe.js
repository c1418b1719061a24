// Injected into every benchmark page before any of its scripts (Playwright's addInitScript). It
// measures in the page, with performance.now() (milliseconds since navigation start), and exposes
// only window.__bench, which the widget never reads.
(() => {
  let shown;
  const bench = (window.__bench = { firstPosting: null, pending: null, seq: 0 });

  // 1. First posting visible: the first `.cds-careers__result-title a` that exists and has a box.
  // `bench.shown` resolves then: the harness awaits it instead of polling the page while it loads.
  bench.shown = new Promise((resolve) => (shown = resolve));
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const findFirst = () => {
    const a = document.querySelector('.cds-careers__result-title a');
    if (a && visible(a)) {
      bench.firstPosting = performance.now();
      shown(bench.firstPosting);
      return true;
    }
    return false;
  };
  const first = new MutationObserver(() => {
    if (findFirst()) first.disconnect();
  });
  first.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  // 2. wasm memory: every WebAssembly.Memory the page's modules export, recorded as each module is
  // instantiated. (Finding them with the DevTools protocol's Runtime.queryObjects crashes
  // Chromium's renderer once the page has two modules sharing one memory.)
  const memories = new Set();
  const record = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) memories.add(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(record);
    };
  }
  bench.wasmMemoryBytes = () => [...memories].reduce((n, m) => n + m.buffer.byteLength, 0);

  // 3. Interaction to updated results. A capturing keydown (search box) or click (filter
  // checkbox) on window starts a measurement at performance.now(); the first DOM mutation inside
  // `.cds-careers__layout` (the result count, the list, the filter counts) after it, plus one
  // requestAnimationFrame, ends it: `ms` = rAF time - start. `paintMs` adds a setTimeout(0) after
  // that frame, an estimate of when the frame was presented. When nothing in the layout changes
  // (the same results as before), the measurement ends at the first rAF after the input/change
  // event once 500 ms pass without a mutation, flagged `changed: false`.
  const start = (kind) => {
    const t0 = performance.now();
    let resolve;
    const done = new Promise((r) => (resolve = r));
    const m = { kind, t0, mutated: false, rafAfterEvent: null, settled: false };
    const finish = (t1, changed) => {
      if (m.settled) return;
      m.settled = true;
      obs.disconnect();
      clearTimeout(m.timer);
      setTimeout(() => resolve({ kind, ms: t1 - t0, paintMs: performance.now() - t0, changed }), 0);
    };
    const obs = new MutationObserver(() => {
      if (m.mutated) return;
      m.mutated = true;
      requestAnimationFrame(() => finish(performance.now(), true));
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
