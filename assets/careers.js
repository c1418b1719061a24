// The one script a host page adds: <script type="module" src=".../careers.js"></script>.
// It adds the widget's stylesheet (unless the page already links it), starts downloading the
// bundle, the wasm module and the scripts that load it all at once (so none waits for another,
// and the bundle arrives while the WebAssembly compiles), then starts the widget, all from the
// folder this file is served from. No inline code, so a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') is enough.
const here = new URL('.', import.meta.url);

/** Adds <link rel=… href=…> to the head, unless the page already has that link. */
function addLinkOnce(attributes) {
  const present = [...document.querySelectorAll(`link[rel="${attributes.rel}"]`)];
  if (present.some((l) => l.href === attributes.href)) return;
  const link = document.createElement('link');
  Object.assign(link, attributes);
  document.head.append(link);
}

addLinkOnce({ rel: 'stylesheet', href: new URL('careers.css', here).href });

// The same request the widget makes (a same-origin GET, credentials "same-origin"), so the
// browser hands the preloaded response to it.
const host = document.querySelector('[data-cds-careers]');
const bundle = new URL(host?.dataset.bundle?.trim() || 'postings.json', document.baseURI).href;
addLinkOnce({ rel: 'preload', as: 'fetch', href: bundle, crossOrigin: 'anonymous' });

// The wasm starts downloading now, not once the glue and the split-module loader it imports
// have arrived one after the other: on a phone that is two round trips sooner. (A preload link
// in the page for the same URL is reused.)
const wasm = fetch(new URL('cds-careers_bg.wasm', here));
addLinkOnce({ rel: 'modulepreload', href: new URL('__wasm_split.js', here).href });
const { default: init } = await import('./cds-careers.js');
await init({ module_or_path: wasm });
