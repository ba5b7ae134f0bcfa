// Generated pages for the detection bench, shaped like real pages of their kind: a canvas tool's page (the
// nine-block board with a few notes per block, inside an app with navigation, a page tree and comments) and
// a long article (paragraphs with inline links and emphasis), each with 20,000 elements.
const BLOCKS = ['Key Partners', 'Key Activities', 'Key Resources', 'Value Propositions', 'Customer Relationships',
  'Channels', 'Customer Segments', 'Cost Structure', 'Revenue Streams'];
const CR_NOTES = ['Chatbot for order questions', 'Members forum for recipes', 'Dedicated account manager for offices',
  'Self-service app to pause deliveries', 'Loyalty programme with free boxes'];

const count = (html) => (html.match(/<[a-z]/g) ?? []).length;

function pad(html, elements, item) {
  const parts = [];
  let total = count(html);
  for (let i = 0; total < elements; i++) {
    const piece = item(i);
    parts.push(piece);
    total += count(piece);
  }
  return parts.join('');
}

/** A canvas tool's page: the board plus app UI, `elements` elements in all. */
export function canvasPage(elements = 20000) {
  const board = BLOCKS.map((name, b) => {
    const notes = (name === 'Customer Relationships' ? CR_NOTES : Array.from({ length: 6 }, (_, i) => `${name} note ${i + 1}`))
      .map((text) => `<div class="note"><span>${text}</span></div>`).join('');
    return `<section class="block b${b}"><h2>${name}</h2>${notes}</section>`;
  }).join('');
  const shell = `<main><h1>Fresh Crate — business model</h1><div class="board">${board}</div></main>`;
  const ui = pad(shell, elements - 12, (i) =>
    i % 3 === 0 ? `<li class="tree"><a href="#p${i}"><span class="icon"></span><span>Page ${i}: meeting notes and plans</span></a></li>`
      : i % 3 === 1 ? `<div class="comment"><p>Comment ${i}: could we check the numbers for next quarter before Friday?</p><span class="who">Sam</span></div>`
        : `<button class="tool" title="Tool ${i}"><span>Tool ${i}</span></button>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench canvas</title>
<style>.board{display:grid;grid-template-columns:repeat(5,1fr);gap:4px}.block{border:1px solid #ccc;min-height:120px}.note{font-size:11px;background:#fff7b3;margin:2px}
aside{max-height:200px;overflow:auto}</style></head><body>${shell}<aside><ul>${ui}</ul></aside></body></html>`;
}

/** A long article without a canvas, `elements` elements in all. */
export function articlePage(elements = 20000) {
  const sentence = 'Good companies think hard about how they treat the people who buy from them, and they keep adjusting it as those people change';
  const body = pad('<article><h1>Keeping customers</h1></article>', elements - 8, (i) =>
    `<p>${sentence} (part ${i}). <a href="#n${i}">Read the note</a> before you decide, because <em>what worked last year</em> may not work for the next group of customers you hope to serve well.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body><article>${body}</article></body></html>`;
}
