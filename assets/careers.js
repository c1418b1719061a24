// The one script a host page adds: <script type="module" src=".../careers.js"></script>.
// It adds the widget's stylesheet (unless the page already links it), starts downloading the
// listing, the wasm module and the scripts that load it all at once (so none waits for another,
// and the listing arrives while the WebAssembly compiles), then starts the widget, all from the
// folder this file is served from. Over markup the page already shows, the downloads start once
// the browser has painted it, so that they do not delay its first frame. No inline code, so a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') is enough. If the
// widget's own code cannot be loaded, it says so in the host element, in English or French.
//
// Before the wasm arrives: when the host element holds no markup of the widget (a host page that
// includes nothing), or holds markup of another view than the address asks for (marked
// cds-careers--pending by careers-view.js), this fetches the asked view's pre-rendered markup
// (fragments/embed/…, built with the site) and shows it, so the first posting does not wait for
// the wasm. On the site's own pages, which carry their view, only the listing of one status
// (?careers-status=closed) is fetched (fragments/site/…). A view that is not pre-rendered (a
// search, page 3) shows the listing's markup marked as waiting: its results hidden, "Loading" in
// their place.
//
// Then the takeover: over pre-rendered markup, the widget renders into an element off the page
// (the "stage", handed to it as host.cdsCareersStage), and this swaps it in, in one animation
// frame, once it shows no "Loading" (the listing, a posting's body, the form's module are there).
// Nothing a person did meanwhile is lost: focus goes to the same control or link, the caret
// stays, the scroll position is kept, and text typed or choices changed in the pre-rendered
// controls are replayed on the widget's own (as input and change events), so they apply.
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

const host = document.querySelector('[data-cds-careers]');
const params = new URLSearchParams(location.search);
const asked = askedView();
sayOneWidgetPerPage();
// The markup in the host element before the widget starts (pre-rendered, or none): the widget
// replaces it with its own, and nothing here touches the widget's own.
const initial = widgetRoot();
let stage = null;
// Whether a fragment may still come: until it has arrived or failed, the widget renders off the
// page, so that its "Loading" never takes the place of a fragment about to show the view.
const mayFetchView = Boolean(host && (!host.dataset.siteRoot || asked.status) && (!initial || initial.classList.contains('cds-careers--pending')));
let viewFetched = !mayFetchView;
if (initial || mayFetchView) prepareTakeover();
// Over markup the page already shows, nothing more starts until the browser has painted it: the
// requests and the wasm's compilation would take the cores its first frame needs.
if (initial && !mayFetchView) await painted();

// The same requests the widget makes (same-origin GETs, credentials "same-origin"), so the
// browser hands the preloaded responses to it: the listing, and the posting's body when the
// address opens one.
// `data-bundle`, the attribute's first name, still works: the widget is given it as `data-listing`.
if (host && host.dataset.listing === undefined && host.dataset.bundle !== undefined) host.dataset.listing = host.dataset.bundle;
const listing = new URL(host?.dataset.listing?.trim() || 'postings.json', document.baseURI).href;
addLinkOnce({ rel: 'preload', as: 'fetch', href: listing, crossOrigin: 'anonymous' });
// (Not for the form's page: it names the posting, and reads no body.)
if (asked.posting && !asked.form) {
  addLinkOnce({ rel: 'preload', as: 'fetch', href: bodyUrl(listing, asked.posting), crossOrigin: 'anonymous' });
}

// The wasm starts downloading now, not once the glue and the split-module loader it imports
// have arrived one after the other: on a phone that is two round trips sooner. (A preload link
// in the page for the same URL is reused.)
const wasm = fetch(new URL('cds-careers_bg.wasm', here));
addLinkOnce({ rel: 'modulepreload', href: new URL('__wasm_split.js', here).href });
const viewShown = showPrerenderedView().finally(() => {
  viewFetched = true;
});
// A fragment on its way gets the cores first, as markup the page shows does: the downloads go
// on, and the widget's code starts once the fragment is painted (or failed), within a second.
if (mayFetchView) await new Promise((go) => {
  viewShown.then(painted).then(go);
  setTimeout(go, 1000);
});
try {
  const { default: init } = await import('./cds-careers.js');
  await init({ module_or_path: wasm });
} catch (error) {
  showLoadFailure();
  throw error;
}
if (stage?.firstElementChild) requestAnimationFrame(takeOverWhenReady);

/** Resolves once the browser has painted the page as it is (a hidden tab paints nothing: within a second). */
function painted() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 1000);
  });
}

/**
 * The view the address asks for, as the widget reads it in the query scheme (a host page that
 * embeds the widget; the site's own pages carry their view already): its language (the URL's
 * careers-lang, the host's data-lang, the page's lang, the browser's), the posting, the form,
 * the status of a listing asked for by its status alone (pre-rendered too), and whether anything
 * else (a search, a filter, a page of results) makes it a view that is not pre-rendered. On the
 * site's pages, the posting and the form are the path's.
 */
function askedView() {
  const tag = (t) => (/^(en|fr)\b/i.exec(t ?? '') || [])[1]?.toLowerCase();
  const lang =
    tag(params.get('careers-lang')) ||
    tag(host?.dataset.lang) ||
    tag(document.documentElement.lang) ||
    tag(navigator.language) ||
    'en';
  const validId = (id) => (id && /^[a-z0-9-]{1,120}$/.test(id) ? id : null);
  let posting = validId(params.get('careers-posting'));
  let form = params.get('careers-form') === '1';
  if (!posting && host?.dataset.siteRoot) {
    const root = new URL(host.dataset.siteRoot, document.baseURI).pathname;
    const [, id] = location.pathname.startsWith(root) ? location.pathname.slice(root.length).split('/') : [];
    form ||= id === 'accommodation' || id === 'adaptation';
    posting = form ? null : validId(id);
  }
  const own = new Set(['careers-lang', 'careers-posting', 'careers-form']);
  const others = [...params.keys()].filter((name) => name.startsWith('careers-') && !own.has(name));
  // The listing of one status and nothing else (?careers-status=closed) is pre-rendered too.
  const status = params.get('careers-status');
  const statusView = !posting && !form && others.join() === 'careers-status' && /^(open|closed|all)$/.test(status);
  return { lang, posting, form, other: others.length > 0 && !statusView, status: statusView && status };
}

/** Where the body of posting `id` is, beside the listing (careers_core::body_url). */
function bodyUrl(listing, id) {
  const url = new URL(listing);
  url.pathname = url.pathname.replace(/\.json$/, '') + `/${id}.json`;
  url.hash = '';
  return url.href;
}

/** The widget's markup in the host element: the pre-rendered root, or the widget's own. */
function widgetRoot() {
  return host?.querySelector(':scope > .cds-careers');
}

/**
 * Shows the asked view's pre-rendered markup when the host element has none, or has another
 * view's (see the top of this file). Never over the widget's own markup: the widget may have
 * started while the fragment was on its way.
 */
async function showPrerenderedView() {
  if (!mayFetchView) return;
  const { lang, posting, form, other, status } = asked;
  const page = `${lang}/` + (posting && !other ? `${posting}/` : '') + (form && !other ? (lang === 'fr' ? 'adaptation/' : 'accommodation/') : '');
  const file = status ? `status-${status}.html` : 'index.html';
  try {
    const response = await fetch(new URL(`fragments/${host.dataset.siteRoot ? 'site' : 'embed'}/${other ? `${lang}/` : page}${file}`, here));
    if (!response.ok) return;
    const markup = await response.text();
    if (widgetRoot() !== initial) return;
    const template = document.createElement('template');
    template.innerHTML = markup;
    const root = template.content.firstElementChild;
    if (!root?.classList.contains('cds-careers')) return;
    atHostLevel(root);
    if (other) root.classList.add('cds-careers--pending');
    swapIn(root);
  } catch {
    // No fragment (a host serving the widget without the site's pages): the widget shows the
    // view when it starts, as before.
  }
}

/**
 * The level of the widget's top heading, as the widget decides it (src/config.rs): the host's
 * data-heading-level (1 to 5), else 1 when it is the page (data-standalone), else 2.
 */
function headingLevel() {
  // As the widget reads it: a digit from 1 to 5 (`0x3` or `3.0` is no level).
  const asked = /^\s*[1-5]\s*$/.test(host?.dataset.headingLevel) && Number(host.dataset.headingLevel);
  return asked || (!host || host.hasAttribute('data-standalone') ? 1 : 2);
}

/**
 * Moves the headings of fetched markup to the widget's level: fragments are rendered for an
 * embedded widget (its top heading an h2).
 */
function atHostLevel(root) {
  const level = headingLevel();
  if (level === 2) return;
  for (const old of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const heading = document.createElement(`h${Math.min(Math.max(Number(old.tagName[1]) + level - 2, 1), 6)}`);
    for (const { name, value } of old.attributes) heading.setAttribute(name, value);
    heading.append(...old.childNodes);
    old.replaceWith(heading);
  }
}

/** An element off the page for the widget to render into, while pre-rendered markup shows. */
function prepareTakeover() {
  stage = document.createElement('div');
  host.cdsCareersStage = stage;
}

/**
 * Swaps the widget in for the markup in the first frame where it shows no "Loading"; on a host
 * that still shows nothing once no fragment can come, at once ("Loading" is better than nothing).
 */
function takeOverWhenReady() {
  const fresh = stage.firstElementChild;
  const nothingShown = !widgetRoot() && viewFetched;
  if (!fresh || (stage.querySelector('.cds-careers__loading') && !nothingShown)) {
    requestAnimationFrame(takeOverWhenReady);
    return;
  }
  delete host.cdsCareersStage;
  swapIn(fresh);
}

/**
 * Puts `fresh` in the host element in place of the markup there, keeping what a person did in
 * it: focus, caret, typed text and choices (the widget's own controls get them as events), and
 * the scroll position.
 */
function swapIn(fresh) {
  const old = widgetRoot();
  const focus = old && focusIn(old);
  const done = old ? changedByHand(old) : [];
  const [x, y] = [scrollX, scrollY];
  host.replaceChildren(fresh);
  // Replays first: a value set moves the caret, which focus then puts back.
  for (const replay of done) replay(fresh);
  if (focus) focus(fresh);
  if (scrollX !== x || scrollY !== y) scrollTo(x, y);
}

/**
 * The children of `el` that count for places: not the markup only one of the two renderings has
 * (the pre-rendered page's: views::prerendered; the widget's address for print). A function
 * declaration, since a fragment may be swapped in while this module still awaits the widget.
 */
function children(el) {
  return [...el.children].filter((child) => !child.matches('script, noscript, .cds-careers__pending, .cds-careers__print-only'));
}

/** Where focus is in `old`, as a function that puts it on the same element of a new root. */
function focusIn(old) {
  const active = document.activeElement;
  if (!active || active === old || !old.contains(active)) return null;
  const path = [];
  for (let el = active; el !== old; el = el.parentElement) path.unshift(children(el.parentElement).indexOf(el));
  const selection = 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
  return (root) => {
    const target = (active.id && root.querySelector(`#${CSS.escape(active.id)}`)) || path.reduce((el, i) => el && children(el)[i], root);
    if (!target) return;
    target.focus({ preventScroll: true });
    if (selection && selection[0] !== null && 'setSelectionRange' in target) target.setSelectionRange(...selection);
  };
}

/**
 * What was done in `old`'s controls before the widget came (each is named as its parameter in
 * the address), as functions that do it again on the widget's own controls, through the events
 * the widget listens to. Only where the widget's control differs: Back to the page restores the
 * controls the browser remembers, and the widget already shows them from the address (a click
 * would untick a box and add a history entry).
 */
function changedByHand(old) {
  const same = (root, el) => root.querySelector(`[name="${CSS.escape(el.name)}"][value="${CSS.escape(el.value)}"]`);
  const replays = [];
  for (const el of old.querySelectorAll('input[name^="careers-"], select[name^="careers-"]')) {
    if (el.type === 'search' && el.value !== el.defaultValue) {
      replays.push((root) => {
        const input = root.querySelector(`input[name="${el.name}"]`);
        if (!input || input.value === el.value) return;
        input.value = el.value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    } else if ((el.type === 'checkbox' && el.checked !== el.defaultChecked) || (el.type === 'radio' && el.checked && !el.defaultChecked)) {
      replays.push((root) => {
        const box = same(root, el);
        if (box && box.checked !== el.checked) box.click();
      });
    } else if (el.tagName === 'SELECT' && !el.selectedOptions[0]?.defaultSelected) {
      replays.push((root) => {
        const select = root.querySelector(`select[name="${el.name}"]`);
        if (!select || select.value === el.value) return;
        select.value = el.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
  }
  return replays;
}

/**
 * The widget's code itself could not be loaded (no network, a blocked or damaged file), so the
 * widget cannot say so: this does, in its words and language (the same order of choice: the
 * URL's careers-lang, the host's data-lang, the page's lang, the browser's), with a way to retry.
 * Pre-rendered markup of the asked view stays, below the message: its links and text work.
 */
/**
 * A page holds one widget (its address and history are the widget's): every other
 * [data-cds-careers] element says so, in the widget's language (marked with lang), instead of
 * staying blank, and the console tells whoever built the page.
 */
function sayOneWidgetPerPage() {
  const others = [...document.querySelectorAll('[data-cds-careers]')].slice(1);
  if (!others.length) return;
  console.error('CDS careers: a page holds one widget; the other [data-cds-careers] elements are not used.');
  const fr = asked.lang === 'fr';
  for (const other of others) {
    const note = Object.assign(document.createElement('p'), {
      className: 'cds-careers__notice',
      lang: fr ? 'fr' : 'en',
      textContent: fr
        ? 'Les offres d’emploi sont affichées plus haut sur cette page\u00a0: une page ne peut en afficher qu’une fois.'
        : 'The job postings are shown earlier on this page: a page can show them only once.',
    });
    other.replaceChildren(note);
  }
}

function showLoadFailure() {
  const target = host ?? document.body;
  const prerendered = widgetRoot();
  const keep = prerendered && !prerendered.classList.contains('cds-careers--pending');
  const fr = asked.lang === 'fr';
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
  const element = (tag, attributes = {}, text = '') =>
    Object.assign(document.createElement(tag), attributes, text ? { textContent: text } : {});
  const heading = element(`h${headingLevel()}`, { className: 'cds-careers__error-heading' }, words.heading);
  const reload = element('button', { type: 'button', className: 'cds-careers__button' }, words.reload);
  reload.addEventListener('click', () => location.reload());
  const alert = element('div', { className: 'cds-careers__error' });
  alert.setAttribute('role', 'alert');
  alert.append(heading, element('p', {}, words.explain), reload);
  if (keep) {
    prerendered.prepend(alert);
    return;
  }
  const widget = element('div', { className: 'cds-careers', lang: fr ? 'fr' : 'en' });
  widget.append(alert);
  target.replaceChildren(widget);
}
