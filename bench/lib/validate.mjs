// Checks that a value has the serde shape of crates/core/src/bundle.rs (schema 1), strictly: no
// unknown keys, externally tagged enums with exactly one key, the right types everywhere.
// Throws an Error naming the first path that is wrong.

const FACET_KINDS = ['classification', 'language', 'location', 'tenure', 'team'];

function fail(path, what) {
  throw new Error(`bundle${path}: ${what}`);
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function keys(v, path, required, optional = []) {
  if (!isObj(v)) fail(path, 'expected an object');
  for (const k of required) if (!(k in v)) fail(path, `missing "${k}"`);
  for (const k of Object.keys(v)) if (!required.includes(k) && !optional.includes(k)) fail(path, `unknown key "${k}"`);
}
function str(v, path) {
  if (typeof v !== 'string') fail(path, 'expected a string');
}
function arr(v, path) {
  if (!Array.isArray(v)) fail(path, 'expected an array');
}
/** The one tag of an externally tagged enum value. */
function tag(v, path, allowed) {
  if (!isObj(v) || Object.keys(v).length !== 1) fail(path, `expected one of {${allowed.join('|')}: …}`);
  const t = Object.keys(v)[0];
  if (!allowed.includes(t)) fail(path, `unknown variant "${t}"`);
  return t;
}

function inlines(v, path) {
  arr(v, path);
  v.forEach((inl, i) => {
    const p = `${path}[${i}]`;
    const t = tag(inl, p, ['text', 'strong', 'emphasis', 'link']);
    if (t === 'text') str(inl.text, `${p}.text`);
    else if (t === 'link') {
      keys(inl.link, `${p}.link`, ['href', 'text']);
      str(inl.link.href, `${p}.link.href`);
      if (!/^(https?:|mailto:)/i.test(inl.link.href)) fail(`${p}.link.href`, 'not http(s) or mailto');
      inlines(inl.link.text, `${p}.link.text`);
    } else inlines(inl[t], `${p}.${t}`);
  });
}

function blocks(v, path) {
  arr(v, path);
  v.forEach((b, i) => {
    const p = `${path}[${i}]`;
    const t = tag(b, p, ['heading', 'paragraph', 'list']);
    if (t === 'heading') {
      keys(b.heading, `${p}.heading`, ['level', 'text']);
      if (!Number.isInteger(b.heading.level) || b.heading.level < 0 || b.heading.level > 255) fail(`${p}.heading.level`, 'expected a u8');
      inlines(b.heading.text, `${p}.heading.text`);
    } else if (t === 'paragraph') inlines(b.paragraph, `${p}.paragraph`);
    else {
      keys(b.list, `${p}.list`, ['ordered', 'items']);
      if (typeof b.list.ordered !== 'boolean') fail(`${p}.list.ordered`, 'expected a boolean');
      arr(b.list.items, `${p}.list.items`);
      b.list.items.forEach((item, j) => blocks(item, `${p}.list.items[${j}]`));
    }
  });
}

function content(v, path) {
  keys(v, path, ['title', 'summary', 'body', 'source']);
  str(v.title, `${path}.title`);
  str(v.summary, `${path}.summary`);
  str(v.source, `${path}.source`);
  blocks(v.body, `${path}.body`);
}

/** Validates a parsed bundle; returns it. */
export function validateBundle(b) {
  keys(b, '', ['schema', 'postings'], ['labels']);
  if (b.schema !== 1) fail('.schema', `expected 1, got ${JSON.stringify(b.schema)}`);
  arr(b.postings, '.postings');
  const ids = new Set();
  b.postings.forEach((p, i) => {
    const path = `.postings[${i}]`;
    keys(p, path, ['id', 'status'], ['facets', 'apply', 'en', 'fr']);
    str(p.id, `${path}.id`);
    if (!/^[a-z0-9-]+$/.test(p.id)) fail(`${path}.id`, `not [a-z0-9-]: ${p.id}`);
    if (ids.has(p.id)) fail(`${path}.id`, `duplicate ${p.id}`);
    ids.add(p.id);
    keys(p.status, `${path}.status`, ['open', 'listed', 'form']);
    for (const k of ['open', 'listed', 'form']) if (typeof p.status[k] !== 'boolean') fail(`${path}.status.${k}`, 'expected a boolean');
    if (p.facets !== undefined) {
      keys(p.facets, `${path}.facets`, [], FACET_KINDS);
      for (const [k, vs] of Object.entries(p.facets)) {
        arr(vs, `${path}.facets.${k}`);
        vs.forEach((x, j) => str(x, `${path}.facets.${k}[${j}]`));
      }
    }
    if (p.apply !== undefined) str(p.apply, `${path}.apply`);
    if (p.en !== undefined) content(p.en, `${path}.en`);
    if (p.fr !== undefined) content(p.fr, `${path}.fr`);
  });
  if (b.labels !== undefined) {
    keys(b.labels, '.labels', [], FACET_KINDS);
    for (const [kind, values] of Object.entries(b.labels)) {
      if (!isObj(values)) fail(`.labels.${kind}`, 'expected an object');
      for (const [value, label] of Object.entries(values)) {
        keys(label, `.labels.${kind}.${value}`, ['en', 'fr']);
        str(label.en, `.labels.${kind}.${value}.en`);
        str(label.fr, `.labels.${kind}.${value}.fr`);
      }
    }
    // Every facet value used has a label.
    for (const p of b.postings) {
      for (const [kind, vs] of Object.entries(p.facets || {})) {
        for (const v of vs) if (!b.labels[kind]?.[v]) fail(`.labels.${kind}`, `no label for "${v}" (used by ${p.id})`);
      }
    }
  }
  return b;
}
