// The one script a host page adds: <script type="module" src=".../careers.js"></script>.
// It adds the widget's stylesheet (unless the page already links it), starts downloading the
// bundle, the wasm module and the scripts that load it all at once (so none waits for another,
// and the bundle arrives while the WebAssembly compiles), then starts the widget, all from the
// folder this file is served from. No inline code, so a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') is enough. If the widget's own code cannot be loaded,
// it says so in the host element, in English or French.
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
try {
  const { default: init } = await import('./cds-careers.js');
  await init({ module_or_path: wasm });
} catch (error) {
  showLoadFailure();
  throw error;
}

/**
 * The widget's code itself could not be loaded (no network, a blocked or damaged file), so the
 * widget cannot say so: this does, in its words and language (the same order of choice: the
 * URL's careers-lang, the host's data-lang, the page's lang, the browser's), with a way to retry.
 */
function showLoadFailure() {
  const target = host ?? document.body;
  const code =
    new URLSearchParams(location.search).get('careers-lang') ||
    host?.dataset.lang ||
    document.documentElement.lang ||
    navigator.language ||
    'en';
  const fr = code.toLowerCase().startsWith('fr');
  const words = fr
    ? {
        heading: 'Impossible d’afficher les offres d’emploi',
        explain: 'Impossible de charger le module des offres d’emploi. Vérifiez votre connexion Internet, puis rechargez la page.',
        reload: 'Recharger la page',
      }
    : {
        heading: 'The job postings could not be shown',
        explain: 'The job postings module could not be loaded. Check your Internet connection, then reload the page.',
        reload: 'Reload the page',
      };
  const standalone = !host || host.hasAttribute('data-standalone');
  const level = Number(host?.dataset.headingLevel) || (standalone ? 1 : 2);
  const element = (tag, attributes = {}, text = '') =>
    Object.assign(document.createElement(tag), attributes, text ? { textContent: text } : {});
  const heading = element(`h${Math.min(Math.max(level, 1), 6)}`, { className: 'cds-careers__error-heading' }, words.heading);
  const reload = element('button', { type: 'button', className: 'cds-careers__button' }, words.reload);
  reload.addEventListener('click', () => location.reload());
  const alert = element('div', { className: 'cds-careers__error' });
  alert.setAttribute('role', 'alert');
  alert.append(heading, element('p', {}, words.explain), reload);
  const widget = element('div', { className: 'cds-careers', lang: fr ? 'fr' : 'en' });
  widget.append(alert);
  target.replaceChildren(widget);
}
