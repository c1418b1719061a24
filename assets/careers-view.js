// Placed by the build at the start of a pre-rendered listing, and run as the page is read, before
// the results below it are: if the address asks for another view than the one rendered (a
// search, a filter, another page of results, a posting by an old link: any careers- parameter
// but this listing's own language), the widget is marked as waiting, and its stylesheet hides
// the results and shows "Loading" in their place until the widget renders what was asked. So the
// browser never paints other results as if they were the asked ones. A classic script, not a
// module, so that it runs at once; no inline code, for the strict Content-Security-Policy.
(() => {
  const root = document.currentScript?.closest('.cds-careers');
  if (!root) return;
  const asksOther = [...new URLSearchParams(location.search)].some(
    ([name, value]) => name.startsWith('careers-') && !(name === 'careers-lang' && value === root.lang),
  );
  if (asksOther) root.classList.add('cds-careers--pending');
})();
