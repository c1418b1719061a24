// An init script (Playwright's addInitScript), run before any of the page's scripts: it records
// every WebAssembly.Memory the page's wasm modules export, as each module is instantiated, in
// window.__wasmMemories (a Set). The browser tests and the benchmark's probe (bench/lib/probe.js)
// read the widget's memory through it. (Finding the memories with the DevTools protocol's
// Runtime.queryObjects crashes Chromium's renderer once the page has two modules sharing one
// memory.)
(() => {
  const memories = (window.__wasmMemories = new Set());
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
})();
