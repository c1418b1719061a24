// Seeded generator of synthetic bundles (schema 1, the shape of crates/core/src/bundle.rs).
//
//   node bench/generate.mjs COUNT [SEED] [OUT]      writes OUT (default bench/out/synthetic-COUNT.json)
//
// The same COUNT and SEED always give byte-identical output (mulberry32, no Date, no Math.random).
// Lengths are modelled on the real 2023-06 corpus: titles of 3 to 8 words, summaries of 200 to 300
// characters, bodies of 4 to 8 headings, paragraphs and lists holding 2 to 4 KB of text per
// language, both languages (French with accented words, some titles starting with É), facets from
// the real value sets with English and French labels for every value, about 70 % open and 5 %
// unlisted postings, unique ids of [a-z0-9-].
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBundle } from './lib/validate.mjs';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Facet values and their labels, from the real value sets.
const range = (prefix, from, to) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${String(from + i).padStart(2, '0')}`);
export const FACETS = {
  classification: Object.fromEntries(
    [...range('CS', 1, 5), ...range('EC', 2, 7), ...range('IT', 1, 4), ...range('EX', 1, 3), ...range('AS', 1, 7)]
      .map((c) => [c, { en: c, fr: c }]),
  ),
  language: {
    'english-essential': { en: 'English essential', fr: 'Anglais essentiel' },
    'french-essential': { en: 'French essential', fr: 'Français essentiel' },
    'bilingual-imperative-cbc': { en: 'Bilingual imperative (CBC/CBC)', fr: 'Bilingue impératif (CBC/CBC)' },
    'bilingual-imperative-bbb': { en: 'Bilingual imperative (BBB/BBB)', fr: 'Bilingue impératif (BBB/BBB)' },
  },
  location: {
    ncr: { en: 'National Capital Region', fr: 'Région de la capitale nationale' },
    remote: { en: 'Remote', fr: 'À distance' },
    toronto: { en: 'Toronto', fr: 'Toronto' },
    montreal: { en: 'Montreal', fr: 'Montréal' },
    vancouver: { en: 'Vancouver', fr: 'Vancouver' },
    halifax: { en: 'Halifax', fr: 'Halifax' },
  },
  tenure: {
    indeterminate: { en: 'Indeterminate (permanent)', fr: 'Durée indéterminée (permanent)' },
    term: { en: 'Term', fr: 'Durée déterminée' },
    assignment: { en: 'Assignment or secondment', fr: 'Affectation ou détachement' },
    interchange: { en: 'Interchange Canada', fr: 'Échanges Canada' },
    student: { en: 'Student', fr: 'Étudiant' },
  },
  team: {
    engineering: { en: 'Engineering', fr: 'Ingénierie' },
    design: { en: 'Design', fr: 'Design' },
    product: { en: 'Product management', fr: 'Gestion des produits' },
    policy: { en: 'Policy', fr: 'Politiques' },
    research: { en: 'Research', fr: 'Recherche' },
    outreach: { en: 'Outreach', fr: 'Sensibilisation' },
    talent: { en: 'Talent', fr: 'Talent' },
    partnerships: { en: 'Partnerships', fr: 'Partenariats' },
  },
};

// Parallel English and French title parts (index i of one matches index i of the other).
const ROLES = [
  ['Developer', 'Développeur'], ['Senior Developer', 'Développeur principal'],
  ['Principal Developer', 'Développeuse principale'], ['Economist', 'Économiste'],
  ['Evaluator', 'Évaluateur'], ['Editor', 'Éditrice'], ['Product Manager', 'Gestionnaire de produits'],
  ['Service Designer', 'Concepteur de services'], ['Content Designer', 'Conceptrice de contenu'],
  ['Policy Advisor', 'Conseillère en politiques'], ['User Researcher', 'Chercheur en expérience utilisateur'],
  ['Security Engineer', 'Ingénieure en sécurité'], ['Data Scientist', 'Scientifique des données'],
  ['Technical Recruiter', 'Recruteuse technique'], ['Director', 'Directeur'],
  ['Executive Assistant', 'Adjoint·e exécutif·ve'], ['Accessibility Specialist', "Spécialiste de l’accessibilité"],
  ['Site Reliability Engineer', 'Ingénieur de fiabilité des sites'], ['Delivery Manager', 'Gestionnaire de la livraison'],
  ['Communications Advisor', 'Conseiller en communications'],
];
const QUALIFIERS = [
  ['Platform', 'plateforme'], ['Digital Services', 'services numériques'], ['Notifications', 'notifications'],
  ['Forms', 'formulaires'], ['Partnerships', 'partenariats'], ['Internal Operations', 'opérations internes'],
  ['Benefits Delivery', 'prestation des avantages'], ['Identity', 'identité numérique'],
  ['Cloud Infrastructure', 'infrastructure infonuagique'], ['Data and Analytics', 'données et analytique'],
  ['Policy and Research', 'politiques et recherche'], ['Talent Acquisition', 'acquisition de talents'],
];
const EN_WORDS = (
  'the team works with departments to design and deliver digital services that people can use ' +
  'you will build accessible software in the open with product managers designers researchers and ' +
  'developers across government we value learning collaboration and empathy for the people we serve ' +
  'experience with cloud infrastructure security privacy research content design policy delivery ' +
  'ability to communicate clearly lead projects mentor colleagues and improve processes over time ' +
  'candidates must meet the requirements of the position including education experience and security ' +
  'clearance reliability status developer senior principal engineer accessibility bilingual canada'
).split(' ');
const FR_WORDS = (
  "l’équipe travaille avec les ministères pour concevoir et offrir des services numériques que les " +
  "gens peuvent utiliser vous développerez des logiciels accessibles à découvert avec des " +
  "gestionnaires de produits des concepteurs des chercheurs et des développeurs à l’échelle du " +
  "gouvernement nous valorisons l’apprentissage la collaboration et l’empathie expérience de " +
  "l’infonuagique sécurité protection des renseignements personnels recherche conception de contenu " +
  "capacité à communiquer clairement à diriger des projets à encadrer ses collègues et à améliorer " +
  "les processus les candidats doivent répondre aux exigences du poste études expérience cote de " +
  "fiabilité développeur développeuse principal principale ingénieur accessibilité bilingue façon " +
  "reçu français œuvre cœur élève près très déjà où ça garçon naïf hôte forêt"
).split(' ');
const EN_HEADINGS = ['About the role', 'What you will do', 'Who you are', 'Essential qualifications',
  'Asset qualifications', 'Conditions of employment', 'How to apply', 'Why join us'];
const FR_HEADINGS = ['À propos du poste', 'Ce que vous ferez', 'Qui vous êtes', 'Qualifications essentielles',
  'Qualifications constituant un atout', "Conditions d’emploi", 'Comment postuler', 'Pourquoi se joindre à nous'];

/** Generates a bundle of `count` postings from `seed`. */
export function generateBundle(count, seed = 1) {
  const rand = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const pickSome = (xs, lo, hi) => {
    const pool = [...xs];
    const out = [];
    for (let n = int(lo, hi); n > 0 && pool.length; n--) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
    return out.sort();
  };
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const words = (pool, n) => Array.from({ length: n }, () => pick(pool)).join(' ');
  const sentence = (pool) => `${cap(words(pool, int(8, 18)))}.`;
  /** Sentences up to about `chars` characters. */
  const prose = (pool, chars) => {
    let s = sentence(pool);
    while (s.length < chars) s += ` ${sentence(pool)}`;
    return s;
  };
  const summary = (pool) => {
    const target = int(200, 300);
    let s = prose(pool, target);
    if (s.length > target) s = `${s.slice(0, target).replace(/\s+\S*$/, '')}.`;
    return s;
  };
  const inlines = (pool, chars) => {
    const text = prose(pool, chars);
    const r = rand();
    if (r < 0.15) {
      const cut = text.indexOf(' ', 20);
      return cut > 0 ? [{ strong: [{ text: text.slice(0, cut) }] }, { text: text.slice(cut) }] : [{ text }];
    }
    if (r < 0.25) return [{ text: `${text} ` }, { emphasis: [{ text: words(pool, 3) }] }];
    if (r < 0.35) {
      return [{ text: `${text} ` },
        { link: { href: `https://digital.canada.ca/${words(pool, 2).replace(/[^a-z]+/g, '-')}/`, text: [{ text: words(pool, 3) }] } }];
    }
    return [{ text }];
  };
  const body = (pool, headings) => {
    const blocks = [];
    const n = int(4, 8);
    const kinds = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'heading' : pick(['paragraph', 'paragraph', 'list'])));
    let budget = int(2000, 4000);
    for (let i = 0; i < n; i++) {
      const kind = kinds[i];
      const left = kinds.slice(i).filter((k) => k !== 'heading').length || 1;
      const share = Math.max(80, Math.floor(budget / left));
      if (kind === 'heading') {
        const text = pick(headings);
        blocks.push({ heading: { level: 1, text: [{ text }] } });
        budget -= text.length;
      } else if (kind === 'paragraph') {
        const p = inlines(pool, share);
        blocks.push({ paragraph: p });
        budget -= textLength(p);
      } else {
        const items = [];
        const k = int(3, 7);
        for (let j = 0; j < k; j++) {
          const p = inlines(pool, Math.floor(share / k));
          items.push([{ paragraph: p }]);
          budget -= textLength(p);
        }
        blocks.push({ list: { ordered: rand() < 0.2, items } });
      }
    }
    return blocks;
  };

  const postings = [];
  for (let i = 0; i < count; i++) {
    const role = pick(ROLES);
    const qual = pick(QUALIFIERS);
    // 3 to 8 words: the role, its qualifier, and a level or a few words of padding.
    let en = `${role[0]}, ${qual[0]}`;
    let fr = `${role[1]}, ${qual[1]}`;
    const want = int(3, 8);
    while (en.split(' ').length < want) en += ` ${cap(pick(EN_WORDS))}`;
    while (fr.split(' ').length < want) fr += ` ${pick(FR_WORDS)}`;
    en = en.split(' ').slice(0, want).join(' ').replace(/,$/, '');
    fr = fr.split(' ').slice(0, want).join(' ').replace(/,$/, '');
    const id = `${en.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48)}-${i.toString(36)}`;
    const open = rand() < 0.7;
    const listed = rand() >= 0.05;
    const facets = {
      classification: pickSome(Object.keys(FACETS.classification), 1, 2),
      language: [pick(Object.keys(FACETS.language))],
      tenure: [pick(Object.keys(FACETS.tenure))],
      location: pickSome(Object.keys(FACETS.location), 1, 3),
      team: [pick(Object.keys(FACETS.team))],
    };
    const posting = { id, status: { open, listed, form: open }, facets };
    if (open) posting.apply = `https://apply.example.gc.ca/jobs/${id}`;
    posting.en = { title: en, summary: summary(EN_WORDS), body: body(EN_WORDS, EN_HEADINGS), source: `en/${id}.md` };
    posting.fr = { title: fr, summary: summary(FR_WORDS), body: body(FR_WORDS, FR_HEADINGS), source: `fr/${id}.md` };
    postings.push(posting);
  }
  postings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { schema: 1, postings, labels: FACETS };
}

/** Characters of text in a list of inlines. */
export function textLength(inlines) {
  let n = 0;
  for (const i of inlines) {
    if ('text' in i) n += i.text.length;
    else if ('strong' in i) n += textLength(i.strong);
    else if ('emphasis' in i) n += textLength(i.emphasis);
    else if ('link' in i) n += textLength(i.link.text);
  }
  return n;
}

/** Writes the bundle for `count` and `seed` to `out`, after validating it; returns its byte size. */
export function writeBundle(count, seed, out) {
  const bundle = generateBundle(count, seed);
  validateBundle(bundle);
  const json = JSON.stringify(bundle);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  return Buffer.byteLength(json);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] || 1000);
  const seed = Number(process.argv[3] || 1);
  const out = process.argv[4] || fileURLToPath(new URL(`./out/synthetic-${count}.json`, import.meta.url));
  const bytes = writeBundle(count, seed, out);
  console.log(`${out}: ${count} postings, ${bytes} bytes`);
}
