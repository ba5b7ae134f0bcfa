// Generated pages for the detection bench: a 20,000-element canvas and a 20,000-element page without one.
const BLOCKS = ['Key Partners', 'Key Activities', 'Key Resources', 'Value Propositions', 'Customer Relationships',
  'Channels', 'Customer Segments', 'Cost Structure', 'Revenue Streams'];

/** A nine-block CSS-grid board whose blocks hold many sticky notes, padded to `elements` elements. */
export function canvasPage(elements = 20000) {
  const perBlock = Math.floor((elements - 40) / BLOCKS.length / 2); // each note is a div + a span
  const blocks = BLOCKS.map((name, b) => {
    const notes = Array.from({ length: perBlock }, (_, i) => `<div class="note"><span>${name === 'Customer Relationships' && i < 3 ? ['Chatbot for orders', 'Members forum', 'Dedicated account manager'][i] : `Note ${b}-${i} about ${name.toLowerCase()}`}</span></div>`).join('');
    return `<section class="block"><h2>${name}</h2>${notes}</section>`;
  }).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench canvas</title>
<style>.board{display:grid;grid-template-columns:repeat(5,1fr);gap:4px}.block{border:1px solid #ccc;max-height:300px;overflow:auto}.note{font-size:10px}</style>
</head><body><div class="board">${blocks}</div></body></html>`;
}

/** An article of paragraphs with inline markup, `elements` elements, naming no canvas block as a label. */
export function articlePage(elements = 20000) {
  const paragraphs = Array.from({ length: Math.floor(elements / 4) }, (_, i) =>
    `<p>Paragraph ${i} talks about <em>customers</em> and how a <a href="#p${i}">company</a> keeps <strong>relationships</strong> alive.</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body><article>${paragraphs}</article></body></html>`;
}
