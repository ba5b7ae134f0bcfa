// Re-anchoring bench: 200 highlights described on a generated ~200 KB article, placed again on a changed
// version of it, by our lib/anchor (anchorAll) and by the reference dom-anchor-text-quote (toRange with the old
// offset as hint), alternating in the same page. Also checks each placement against the generator's ground
// truth: where each passage ended up, or that it was deleted (then only an orphan is right).
//
//   benchAnchor(page) → { reanchor_ratio, reanchor_ms, reanchor_peer_ms, reanchor_success, reanchor_success_peer }
//   node tests/bench/anchor.mjs   — standalone: launches Chromium, prints the figures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SEED = 20240611;
const ARTICLE_BYTES = 200_000;
const ANNOTATIONS = 200;
const RUNS = 7;
const GLOBAL = '__crcAnchorBench';

// ---------------------------------------------------------------------------------------------------------
// The article: sentences from a small vocabulary, so phrases recur all over it as they do in real writing on
// one topic, plus a few stock sentences repeated verbatim. Everything is drawn from a seeded generator.

const SUBJECTS = ['The account team', 'A loyal subscriber', 'Our support desk', 'The community manager', 'Each new client',
  'The self-service portal', 'A dedicated adviser', 'The members forum', 'Every regular customer', 'The onboarding guide',
  'Small retailers', 'The sales engineer', 'A returning buyer', 'The help centre', 'The loyalty scheme',
  'The founder', 'A volunteer mentor', 'The chatbot', 'Our newsletter', 'The billing team', 'A franchise owner',
  'The customer council', 'The field technician', 'Each studio member'];
const VERBS = ['answers', 'remembers', 'explains', 'reviews', 'shares', 'tracks', 'welcomes', 'improves', 'questions',
  'celebrates', 'simplifies', 'follows up on', 'listens to', 'documents', 'prioritises', 'rewrites', 'translates',
  'compares', 'forwards', 'summarises', 'tests', 'revisits', 'schedules', 'personalises'];
const OBJECTS = ['the monthly invoice', 'every open complaint', 'the renewal date', 'a new feature request',
  'the delivery schedule', 'feedback from the pilot group', 'the pricing page', 'questions about setup', 'the usage report',
  'stories from long-time members', 'the cancellation survey', 'the training videos', 'a backlog of refunds',
  'the product roadmap', 'tips for first-time users', 'the welcome email', 'warranty claims', 'the spare parts list',
  'invitations to the summer meetup', 'the referral rewards', 'the service agreement', 'recipes sent in by members',
  'the waiting list', 'the repair log'];
const TAILS = ['before the quarter ends', 'with a short personal note', 'without waiting for a ticket',
  'so that nobody feels ignored', 'in plain language', 'during the weekly call', 'long after the first sale',
  'at no extra cost', 'whenever usage drops', 'together with the founders', 'within one working day',
  'for the whole segment', 'as part of the onboarding', 'to keep trust high', 'while the product changes',
  'on the first of every month', 'from a shared inbox', 'in front of the whole team', 'after each delivery',
  'with help from volunteers', 'using a simple checklist', 'for anyone who asks', 'before renewing the contract',
  'in under five minutes'];
const STOCK = ['Customers stay when they feel heard.', 'Trust grows one conversation at a time.',
  'Nobody likes to repeat the same question twice.'];
/** Replacement words for "a word changed inside": different spelling, same role. */
const REWORD = ['handles', 'recalls', 'clarifies', 'checks', 'quarterly', 'fresh', 'grievance', 'brief', 'friendly',
  'regular', 'initial', 'simple', 'business', 'entire', 'members', 'clients', 'calendar', 'report', 'journey', 'support'];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generation state: the random source and id counters. */
function generator(seed) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let sid = 0;
  let pid = 0;
  const words = (text) => text.split(' ').map((t) => ({ text: t, markup: undefined }));
  const sentence = () => {
    if (random() < 0.08) return { sid: sid++, words: words(pick(STOCK)) };
    const text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
    return { sid: sid++, words: words(text) };
  };
  const paragraph = () => {
    const sentences = Array.from({ length: 4 + Math.floor(random() * 4) }, sentence);
    for (const s of sentences) for (const w of s.words) if (random() < 0.06) w.markup = pick(['em', 'strong', 'a']);
    return { pid: `p${pid++}`, sentences };
  };
  return { random, pick, sentence, paragraph };
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function wordHtml(word) {
  const text = escape(word.text);
  if (word.markup === 'em') return `<em>${text}</em>`;
  if (word.markup === 'strong') return `<strong>${text}</strong>`;
  if (word.markup === 'a') return `<a href="#${text.length}">${text}</a>`;
  if (word.markup === 'split' && text.length > 3) return `<span>${text.slice(0, 2)}</span><span class="x">${text.slice(2)}</span>`;
  return text;
}

/** One source line per sentence, as hand-written or CMS-formatted HTML tends to be. */
function paragraphHtml(p) {
  const sentences = p.sentences.map((s) => s.words.map((w, i) => (i === 0 ? '' : w.spaceBefore ?? ' ') + wordHtml(w)).join(''));
  return `  <p data-pid="${p.pid}">\n    ${sentences.join('\n    ')}\n  </p>\n`;
}

function articleHtml(paragraphs) {
  return `<article>\n${paragraphs.map((p, i) => (i % 8 === 0 ? `  <h2>Part ${i / 8 + 1}: how relationships change</h2>\n` : '') + paragraphHtml(p)).join('')}</article>`;
}

const nonSpace = (s) => s.replace(/\s+/g, '').length;

/** Where a passage is: its paragraph and its span in non-whitespace characters (markup- and spacing-proof). */
function spanIn(paragraph, passage) {
  let offset = 0;
  let from;
  let to;
  for (const s of paragraph.sentences) {
    s.words.forEach((w, i) => {
      if (s.sid === passage.firstSid && i === passage.firstWord) from = offset;
      offset += nonSpace(w.text);
      if (s.sid === passage.lastSid && i === passage.lastWord) to = offset;
    });
  }
  return from === undefined || to === undefined ? null : { pid: paragraph.pid, from, to };
}

/** A passage in paragraph `p`: a sentence, part of one, two in a row, or a stock sentence. */
function choosePassage(g, p) {
  const n = p.sentences.length;
  const roll = g.random();
  const stock = p.sentences.find((s) => STOCK.includes(s.words.map((w) => w.text).join(' ')));
  if (roll < 0.12 && stock) return { firstSid: stock.sid, firstWord: 0, lastSid: stock.sid, lastWord: stock.words.length - 1 };
  const i = Math.floor(g.random() * n);
  const s = p.sentences[i];
  if (roll < 0.25 && i + 1 < n) {
    const next = p.sentences[i + 1];
    return { firstSid: s.sid, firstWord: 0, lastSid: next.sid, lastWord: next.words.length - 1 };
  }
  if (roll < 0.45 && s.words.length > 5) {
    const first = 1 + Math.floor(g.random() * (s.words.length - 4));
    const last = Math.min(s.words.length - 1, first + 2 + Math.floor(g.random() * 4));
    return { firstSid: s.sid, firstWord: first, lastSid: s.sid, lastWord: last };
  }
  return { firstSid: s.sid, firstWord: 0, lastSid: s.sid, lastWord: s.words.length - 1 };
}

const clone = (paragraphs) => paragraphs.map((p) => ({ pid: p.pid, sentences: p.sentences.map((s) => ({ sid: s.sid, words: s.words.map((w) => ({ ...w })) })) }));

/** Sentences of a paragraph that hold the passage. */
const passageSentences = (p, a) => p.sentences.filter((s) => s.sid === a.firstSid || s.sid === a.lastSid);

/**
 * The changes a page goes through between two visits, applied to the paragraphs of annotated passages (one
 * change each, some none) and to the article as a whole (paragraphs inserted and moved).
 */
const CHANGES = [
  ['none', 0.22],
  ['reword neighbour', 0.15],
  ['word inside', 0.15],
  ['markup and whitespace', 0.12],
  ['move paragraph', 0.1],
  ['two words inside and neighbour', 0.08],
  ['delete paragraph', 0.08],
  ['delete passage', 0.05],
  ['rewrite passage', 0.05],
];

function pickChange(g) {
  let roll = g.random();
  for (const [name, share] of CHANGES) {
    roll -= share;
    if (roll < 0) return name;
  }
  return 'none';
}

function rewordInside(g, p, a, count) {
  const words = passageSentences(p, a).flatMap((s) => s.words.filter((w, i) => (s.sid !== a.firstSid || i >= a.firstWord) && (s.sid !== a.lastSid || i <= a.lastWord)));
  for (let c = 0; c < count; c++) {
    const w = words[Math.floor(g.random() * words.length)];
    const dot = w.text.endsWith('.') ? '.' : '';
    w.text = g.pick(REWORD.filter((r) => r !== w.text.replace('.', ''))) + dot;
  }
}

function rewordNeighbour(g, p, a) {
  const at = p.sentences.findIndex((s) => s.sid === a.firstSid);
  const end = p.sentences.findIndex((s) => s.sid === a.lastSid);
  const neighbour = g.random() < 0.5 && at > 0 ? at - 1 : end + 1 < p.sentences.length ? end + 1 : at - 1;
  if (neighbour >= 0) p.sentences[neighbour] = g.sentence();
}

function markupAndWhitespace(g, p, a) {
  for (const s of passageSentences(p, a)) {
    for (const w of s.words) {
      const roll = g.random();
      if (roll < 0.15) w.markup = 'split';
      else if (roll < 0.3) w.markup = g.pick(['em', 'strong', 'a', undefined]);
      else if (roll < 0.4) w.spaceBefore = g.pick(['\n        ', '  ', '&nbsp; ']);
    }
  }
}

/** Applies one change per annotated paragraph; returns the ids of passages that no longer exist. */
function changeAnnotated(g, paragraphs, annotations) {
  const gone = new Set();
  const byPid = new Map(paragraphs.map((p) => [p.pid, p]));
  const moves = [];
  for (const a of annotations) {
    const p = byPid.get(a.pid);
    const change = pickChange(g);
    a.change = change;
    if (change === 'reword neighbour') rewordNeighbour(g, p, a);
    else if (change === 'word inside') rewordInside(g, p, a, 1);
    else if (change === 'two words inside and neighbour') {
      rewordInside(g, p, a, 2);
      rewordNeighbour(g, p, a);
    } else if (change === 'markup and whitespace') markupAndWhitespace(g, p, a);
    else if (change === 'move paragraph') moves.push(p);
    else if (change === 'delete paragraph') {
      byPid.delete(p.pid);
      gone.add(a.id);
    } else if (change === 'delete passage' || change === 'rewrite passage') {
      const replace = change === 'rewrite passage';
      p.sentences = p.sentences.flatMap((s) => (s.sid === a.firstSid || s.sid === a.lastSid ? (replace ? [g.sentence()] : []) : [s]));
      gone.add(a.id);
    }
  }
  let out = paragraphs.filter((p) => byPid.has(p.pid));
  for (const p of moves) {
    out = out.filter((q) => q !== p);
    out.splice(Math.floor(g.random() * out.length), 0, p);
  }
  return { paragraphs: out, gone };
}

/** Paragraphs nobody annotated are also edited: new ones inserted, some reflowed. */
function changeElsewhere(g, paragraphs) {
  const out = [...paragraphs];
  for (let i = 0; i < 60; i++) out.splice(Math.floor(g.random() * out.length), 0, { ...g.paragraph(), pid: `new${i}` });
  return out;
}

/**
 * The whole workload, deterministic for a seed: the original and changed article HTML, each annotation's
 * passage in the original, and where it must be found in the changed one (null: it is gone).
 */
export function generateWorkload(seed = SEED) {
  const g = generator(seed);
  const original = [];
  while (articleHtml(original).length < ARTICLE_BYTES) original.push(g.paragraph());
  const order = original.map((p, i) => ({ p, key: g.random(), i })).sort((x, y) => x.key - y.key).slice(0, ANNOTATIONS);
  const annotations = order.map(({ p }, n) => ({ id: `a${n}`, pid: p.pid, ...choosePassage(g, p) }));
  const changed = clone(original);
  const { paragraphs, gone } = changeAnnotated(g, changed, annotations);
  const final = changeElsewhere(g, paragraphs);
  const byPid = new Map(final.map((p) => [p.pid, p]));
  const originalByPid = new Map(original.map((p) => [p.pid, p]));
  return {
    originalHtml: articleHtml(original),
    changedHtml: articleHtml(final),
    passages: annotations.map((a) => ({ id: a.id, ...spanIn(originalByPid.get(a.pid), a) })),
    truth: annotations.map((a) => (gone.has(a.id) ? null : spanIn(byPid.get(a.pid), a))),
    changes: annotations.map((a) => a.change),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Bundling ours and the reference into one script for the page.

async function bundle() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'crc-anchor-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, [
      `import { anchorAll, describeRange, textIndex } from ${JSON.stringify(join(ROOT, 'lib', 'anchor', 'index.ts'))};`,
      `import * as peerQuote from 'dom-anchor-text-quote';`,
      `import * as peerPosition from 'dom-anchor-text-position';`,
      `(globalThis as any).${GLOBAL} = { anchorAll, describeRange, textIndex, peerQuote, peerPosition };`,
    ].join('\n'));
    const outfile = join(dir, 'bench.js');
    await build({ entryPoints: [entry], outfile, bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', nodePaths: [join(ROOT, 'node_modules')], logLevel: 'silent' });
    return readFileSync(outfile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// In the page (serialised by page.evaluate: no closures over this module).

async function inPage({ workload, runs, global }) {
  const api = globalThis[global];
  const nonSpace = (s) => s.replace(/\s+/g, '').length;

  /** The DOM position before non-space character `n` of `element` (or after the last one, for `end`). */
  function pointAt(element, n, end) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (/\s/.test(node.data[i])) continue;
        if (!end && seen === n) return [node, i];
        seen += 1;
        if (end && seen === n) return [node, i + 1];
      }
    }
    throw new Error(`no character ${n} in ${element.dataset.pid}`);
  }

  function rangeOf(root, span) {
    const p = root.querySelector(`[data-pid="${span.pid}"]`);
    const range = document.createRange();
    range.setStart(...pointAt(p, span.from, false));
    range.setEnd(...pointAt(p, span.to, true));
    return range;
  }

  /** Placed on the right passage: inside its paragraph, overlapping it by at least half of the union. */
  function isRight(root, range, truth) {
    if (!truth) return !range;
    if (!range) return false;
    const p = root.querySelector(`[data-pid="${truth.pid}"]`);
    if (!range.intersectsNode(p)) return false;
    const clipped = range.cloneRange();
    const whole = document.createRange();
    whole.selectNodeContents(p);
    if (clipped.compareBoundaryPoints(Range.START_TO_START, whole) < 0) clipped.setStart(p, 0);
    if (clipped.compareBoundaryPoints(Range.END_TO_END, whole) > 0) clipped.setEnd(p, p.childNodes.length);
    const before = document.createRange();
    before.setStart(p, 0);
    before.setEnd(clipped.startContainer, clipped.startOffset);
    const from = nonSpace(before.toString());
    const inside = nonSpace(clipped.toString());
    const overlap = Math.max(0, Math.min(from + inside, truth.to) - Math.max(from, truth.from));
    const union = nonSpace(range.toString()) + (truth.to - truth.from) - overlap;
    return overlap / union >= 0.5;
  }

  const root = document.createElement('div');
  root.id = 'bench-article';
  document.body.replaceChildren(root);
  root.innerHTML = workload.originalHtml;
  // Both describe the same user selections, each in its own format.
  const ours = workload.passages.map((span) => ({ id: span.id, ...api.describeRange(root, rangeOf(root, span)) }));
  const peer = workload.passages.map((span) => {
    const range = rangeOf(root, span);
    return { quote: api.peerQuote.fromRange(root, range), hint: api.peerPosition.fromRange(root, range).start };
  });
  root.innerHTML = workload.changedHtml;

  const runOurs = () => {
    const t0 = performance.now();
    const result = api.anchorAll(root, ours);
    return { ms: performance.now() - t0, ranges: new Map(result.placed.map((p) => [p.id, p.range])) };
  };
  const runPeer = () => {
    const t0 = performance.now();
    const ranges = new Map();
    peer.forEach(({ quote, hint }, i) => {
      try {
        const range = api.peerQuote.toRange(root, quote, { hint });
        if (range) ranges.set(workload.passages[i].id, range);
      } catch {
        // The reference throws on some inputs; for the bench that is simply not placed.
      }
    });
    return { ms: performance.now() - t0, ranges };
  };

  runOurs(); // warm-up: compile both before timing
  runPeer();
  const oursMs = [];
  const peerMs = [];
  let lastOurs;
  let lastPeer;
  for (let r = 0; r < runs; r++) {
    // Alternate who goes first so that neither always runs on a warmer or colder heap.
    const order = r % 2 === 0 ? [runOurs, runPeer] : [runPeer, runOurs];
    for (const run of order) {
      const result = run();
      if (run === runOurs) [lastOurs, oursMs[r]] = [result, result.ms];
      else [lastPeer, peerMs[r]] = [result, result.ms];
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // How much of our time is reading the page: the text index alone, same page, same runs.
  const indexMs = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    api.textIndex(root);
    indexMs.push(performance.now() - t0);
  }
  const verdicts = (ranges) => workload.passages.map((span, i) => isRight(root, ranges.get(span.id), workload.truth[i]));
  const result = {
    oursMs, peerMs, indexMs,
    oursRight: verdicts(lastOurs.ranges), peerRight: verdicts(lastPeer.ranges),
    oursPlaced: lastOurs.ranges.size, peerPlaced: lastPeer.ranges.size,
    gone: workload.truth.filter((t) => !t).length,
    textLength: root.textContent.length,
  };
  root.remove();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Runs the re-anchoring bench in `page` (a playwright-core Page on any http page): medians of RUNS
 * alternating runs, and the share of the 200 highlights each placed right. Returns numbers only; pass
 * `report` to receive the details (counts, and right placements per kind of change: ours, reference, total).
 */
export async function benchAnchor(page, { report } = {}) {
  const workload = generateWorkload(SEED);
  await page.addScriptTag({ content: await bundle() });
  const r = await page.evaluate(inPage, { workload, runs: RUNS, global: GLOBAL });
  const n = workload.passages.length;
  const count = (verdicts) => verdicts.filter(Boolean).length;
  /** Right placements per kind of change: ours / reference / annotations with that change. */
  const byChange = {};
  workload.changes.forEach((change, i) => {
    const row = (byChange[change] ??= [0, 0, 0]);
    row[0] += r.oursRight[i] ? 1 : 0;
    row[1] += r.peerRight[i] ? 1 : 0;
    row[2] += 1;
  });
  report?.({ index_ms: round(median(r.indexMs), 2), annotations: n, deleted: r.gone, placed: r.oursPlaced, placed_peer: r.peerPlaced, text_chars: r.textLength, html_bytes: workload.changedHtml.length, runs: RUNS, byChange });
  return {
    reanchor_ratio: round(median(r.oursMs) / median(r.peerMs)),
    reanchor_ms: round(median(r.oursMs), 2),
    reanchor_peer_ms: round(median(r.peerMs), 2),
    reanchor_success: round(count(r.oursRight) / n),
    reanchor_success_peer: round(count(r.peerRight) / n),
  };
}

async function main() {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('../../scripts/serve.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'crc-anchor-page-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anchor bench</title></head><body></body></html>');
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    let details;
    const figures = await benchAnchor(page, { report: (d) => (details = d) });
    console.log(`reanchor: ours ${figures.reanchor_ms} ms vs dom-anchor-text-quote ${figures.reanchor_peer_ms} ms (ratio ${figures.reanchor_ratio}); right ${figures.reanchor_success} vs ${figures.reanchor_success_peer}`);
    console.log(`  ${details.annotations} highlights (${details.deleted} deleted), ${details.text_chars} characters of text, median of ${details.runs} runs; text index alone ${details.index_ms} ms`);
    console.log('  right per change (ours / reference / total):');
    for (const [change, [ours, peer, total]] of Object.entries(details.byChange)) console.log(`    ${change.padEnd(32)} ${ours} / ${peer} / ${total}`);
    console.log(JSON.stringify(figures));
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
