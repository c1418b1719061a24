// The one script a host page adds: <script type="module" src=".../careers.js"></script>.
// It adds the widget's stylesheet (unless the page already links it) and starts the WebAssembly
// module, both from the folder this file is served from. No inline code, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') is enough.
import init from './cds-careers.js';

const here = new URL('.', import.meta.url);
const stylesheet = new URL('careers.css', here).href;
if (![...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === stylesheet)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  document.head.append(link);
}
init({ module_or_path: new URL('cds-careers_bg.wasm', here) });
