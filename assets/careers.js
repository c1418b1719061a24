// The one script a host page adds: <script type="module" src=".../careers.js"></script>.
// It adds the widget's stylesheet (unless the page already links it), starts downloading the
// bundle at once (so it arrives while the WebAssembly compiles, not after), and starts the wasm
// module, all from the folder this file is served from. No inline code, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') is enough.
const here = new URL('.', import.meta.url);

function addLink(attributes) {
  const link = document.createElement('link');
  Object.assign(link, attributes);
  document.head.append(link);
}

const stylesheet = new URL('careers.css', here).href;
if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === stylesheet)) {
  addLink({ rel: 'stylesheet', href: stylesheet });
}

// The same request the widget makes (a same-origin GET, credentials "same-origin"), so the
// browser hands the preloaded response to it.
const host = document.querySelector('[data-cds-careers]');
const bundle = new URL(host?.dataset.bundle?.trim() || 'postings.json', document.baseURI).href;
if (![...document.querySelectorAll('link[rel="preload"]')].some((l) => l.href === bundle)) {
  addLink({ rel: 'preload', as: 'fetch', href: bundle, crossOrigin: 'anonymous' });
}

const { default: init } = await import('./cds-careers.js');
await init({ module_or_path: new URL('cds-careers_bg.wasm', here) });
