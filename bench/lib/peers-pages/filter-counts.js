// The filter counts of the peers' pages (bench/lib/peers-site.mjs): the generator's filter section
// shows each value's count in its label ("AS-01 (419)"), of the unfiltered listing. A peer page
// keeps them current with `benchFilterCounts(root).show(count)`, where `count(facet, value)` is the
// page's figure (facet "status" for the status radios), or puts the generator's back with
// `reset()`. A label's text is written only when it changes, as the widget does.
window.benchFilterCounts = (root) => {
  const lang = root.getAttribute('lang');
  const sep = lang === 'fr' ? '\u202f' : ',';
  const grouped = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, sep);
  const labels = [...root.querySelectorAll('.cds-careers__filters input')].flatMap((input) => {
    const label = root.querySelector(`label[for="${CSS.escape(input.id)}"]`);
    if (!label) return [];
    const initial = label.textContent;
    const name = initial.replace(/\s*\([\d,\u202f\u00a0 ]+\)$/, '');
    return [{ facet: input.name.replace(/^careers-/, ''), value: input.value, label, initial, name }];
  });
  const write = (label, text) => {
    if (label.textContent !== text) label.textContent = text;
  };
  return {
    show(count) {
      for (const l of labels) write(l.label, `${l.name} (${grouped(count(l.facet, l.value))})`);
    },
    reset() {
      for (const l of labels) write(l.label, l.initial);
    },
  };
};
