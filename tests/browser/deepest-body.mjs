// The deepest posting body the widget ever reads and renders: nested as deep as its JSON reader
// accepts (careers_core::json::MAX_DEPTH, 128, counted from the body file's top object). Used by
// the browser test of the wasm's stack and by bench/stack-use.mjs, which measures it.

/** A body file of posting `id`: a paragraph of 61 nested emphasis and strong, then lists 30 deep. */
export function deepestBody(id) {
  let inline = { text: 'innermost word' };
  for (let i = 0; i < 61; i++) inline = { [i % 2 ? 'strong' : 'emphasis']: [inline] };
  let list = { paragraph: [{ text: 'innermost item' }] };
  for (let i = 0; i < 30; i++) list = { list: { ordered: i % 2 === 0, items: [[list]] } };
  const blocks = [{ paragraph: [inline] }, list];
  return JSON.stringify({ schema: 2, id, en: blocks, fr: blocks });
}
