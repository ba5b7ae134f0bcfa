// Re-anchoring bench: 200 highlights described on a generated ~200 KB article, placed again on a changed
// version of it by our lib/anchor (anchorAll) and by the peer, what the Hypothesis client runs today
// (tests/bench/peer-hypothesis.mjs: matchQuote on approx-string-match over the page's one text), alternating
// in the same page on the same changed article. Each placement is judged against the generator's ground truth.
//
// The changes are this bench's own seeded mix, not the unit fixtures' (tests/unit/anchor/placement.test.ts
// edits single words, rewords a neighbouring sentence, adds markup, inserts and reorders paragraphs): here
// sentences are added, reordered, split off and deleted around a passage, its punctuation and capitals change,
// a clause is inserted into it or a word dropped from it; and some passages go (sentence deleted, rewritten,
// paragraph deleted). Shares in CHANGES.
//
// Definitions (both sides judged alike, in non-whitespace characters of the changed page's text):
// - a passage still on the page is *placed right* when the placed range P and the passage's true range T in
//   the changed text (from the first to the last of its original words, as they now read) overlap by at least
//   half of T and at least half of P; placed anywhere else, or left an orphan, it is wrong;
// - a passage that is gone is *right* only as an orphan; placed anywhere, it is on other words.
//
//   benchAnchor(page) → { reanchor_ratio, reanchor_ms, reanchor_peer_ms, reanchor_placed_success(_peer),
//                         reanchor_orphan_success(_peer), reanchor_success(_peer) }
//   node tests/bench/anchor.mjs   — standalone: launches Chromium, prints the figures and a table per change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SEED = 20261206;
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
/** Short clauses inserted inside a passage: its words stay, more words come between them. */
const ASIDES = ['as a rule', 'every single week', 'more and more', 'in practice', 'without fail', '— quietly —'];

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

/** Generation state: the random source and id counters (every word has an id, so a passage can be followed). */
function generator(seed) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let pid = 0;
  let wid = 0;
  const words = (text) => text.split(' ').map((t) => ({ wid: wid++, text: t, markup: undefined }));
  const sentence = () => words(random() < 0.08 ? pick(STOCK) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`);
  const newPid = () => `p${pid++}`;
  const paragraph = () => {
    const sentences = Array.from({ length: 4 + Math.floor(random() * 4) }, sentence);
    for (const s of sentences) for (const w of s) if (random() < 0.06) w.markup = pick(['em', 'strong', 'a']);
    return { pid: newPid(), sentences };
  };
  return { random, pick, words, sentence, paragraph, newPid };
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function wordHtml(word) {
  const text = escape(word.text);
  if (word.markup === 'em') return `<em>${text}</em>`;
  if (word.markup === 'strong') return `<strong>${text}</strong>`;
  if (word.markup === 'a') return `<a href="#${text.length}">${text}</a>`;
  return text;
}

/** One source line per sentence, as hand-written or CMS-formatted HTML tends to be. */
function paragraphHtml(p) {
  const sentences = p.sentences.map((s) => s.map(wordHtml).join(' '));
  return `  <p data-pid="${p.pid}">\n    ${sentences.join('\n    ')}\n  </p>\n`;
}

function articleHtml(paragraphs) {
  return `<article>\n${paragraphs.map((p, i) => (i % 8 === 0 ? `  <h2>Part ${i / 8 + 1}: how relationships change</h2>\n` : '') + paragraphHtml(p)).join('')}</article>`;
}

const nonSpace = (s) => s.replace(/\s+/g, '').length;
const textOf = (sentences) => sentences.map((s) => s.map((w) => w.text).join(' ')).join(' ');

/** Where a passage is: its paragraph and its span in non-whitespace characters (markup- and spacing-proof). */
function spanIn(paragraph, passage) {
  let offset = 0;
  let from;
  let to;
  for (const w of paragraph.sentences.flat()) {
    if (w.wid === passage.firstWid) from = offset;
    offset += nonSpace(w.text);
    if (w.wid === passage.lastWid) to = offset;
  }
  return from === undefined || to === undefined || to <= from ? null : { pid: paragraph.pid, from, to };
}

/** A passage in paragraph `p`: a sentence, part of one, two in a row, or a stock sentence. */
function choosePassage(g, p) {
  const n = p.sentences.length;
  const roll = g.random();
  const whole = (first, last = first) => ({ firstWid: first[0].wid, lastWid: last[last.length - 1].wid });
  const stock = p.sentences.find((s) => STOCK.includes(textOf([s])));
  if (roll < 0.12 && stock) return whole(stock);
  const i = Math.floor(g.random() * n);
  const s = p.sentences[i];
  if (roll < 0.25 && i + 1 < n) return whole(s, p.sentences[i + 1]);
  if (roll < 0.45 && s.length > 5) {
    const first = 1 + Math.floor(g.random() * (s.length - 4));
    const last = Math.min(s.length - 1, first + 2 + Math.floor(g.random() * 4));
    return { firstWid: s[first].wid, lastWid: s[last].wid };
  }
  return whole(s);
}

const clone = (paragraphs) => paragraphs.map((p) => ({ pid: p.pid, sentences: p.sentences.map((s) => s.map((w) => ({ ...w }))) }));

/**
 * This bench's mix of changes, one per annotated paragraph, by share. The first eight leave the passage on
 * the page (its words, maybe with more, fewer or re-punctuated ones); the last three take it away.
 */
const CHANGES = [
  ['unchanged', 0.08],
  ['sentence added next to it', 0.12],
  ['its sentences moved in the paragraph', 0.12],
  ['punctuation and capitals', 0.14],
  ['clause inserted inside', 0.1],
  ['word dropped inside', 0.08],
  ['both neighbour sentences deleted', 0.08],
  ['paragraph split next to it', 0.06],
  ['its sentences deleted', 0.08],
  ['its sentences rewritten', 0.08],
  ['paragraph deleted', 0.06],
];

function pickChange(g) {
  let roll = g.random();
  for (const [name, share] of CHANGES) {
    roll -= share;
    if (roll < 0) return name;
  }
  return 'unchanged';
}

/** The passage's words, in order, and the indexes of the sentences holding it. */
function locateIn(p, a) {
  const first = p.sentences.findIndex((s) => s.some((w) => w.wid === a.firstWid));
  const last = p.sentences.findIndex((s) => s.some((w) => w.wid === a.lastWid));
  const all = p.sentences.flat();
  const words = all.slice(all.findIndex((w) => w.wid === a.firstWid), all.findIndex((w) => w.wid === a.lastWid) + 1);
  return { first, last, words };
}

function punctuate(g, p, a) {
  const { words } = locateIn(p, a);
  let changed = false;
  words.slice(0, -1).forEach((w, i) => {
    if ((g.random() < 0.2 || (!changed && i === words.length - 2)) && /\w$/.test(w.text)) {
      w.text += g.pick([',', ';', ':']);
      changed = true;
    }
  });
  const head = words[0];
  if (g.random() < 0.5) head.text = head.text[0] === head.text[0].toUpperCase() ? head.text[0].toLowerCase() + head.text.slice(1) : head.text[0].toUpperCase() + head.text.slice(1);
  const tail = words[words.length - 1];
  if (tail.text.endsWith('.') && g.random() < 0.5) tail.text = tail.text.slice(0, -1) + g.pick(['!', '…', ';']);
}

/**
 * Applies one change to the paragraph of annotation `a`; returns the name of the change applied (a change
 * that cannot apply to this passage, e.g. dropping a word from a three-word passage, becomes punctuation).
 */
function changeOne(g, paragraphs, p, a, change) {
  const at = locateIn(p, a);
  const block = p.sentences.slice(at.first, at.last + 1);
  const others = p.sentences.filter((s) => !block.includes(s));
  switch (change) {
    case 'sentence added next to it':
      p.sentences.splice(g.random() < 0.5 ? at.first : at.last + 1, 0, g.sentence());
      return change;
    case 'its sentences moved in the paragraph': {
      let to;
      do to = Math.floor(g.random() * (others.length + 1)); while (to === at.first);
      others.splice(to, 0, ...block);
      p.sentences = others;
      return change;
    }
    case 'clause inserted inside': {
      const s = p.sentences[at.first];
      const i = s.findIndex((w) => w.wid === a.firstWid);
      const j = at.last === at.first ? s.findIndex((w) => w.wid === a.lastWid) : s.length;
      s.splice(i + 1 + Math.floor(g.random() * (j - i)), 0, ...g.words(g.pick(ASIDES)));
      return change;
    }
    case 'word dropped inside': {
      const inner = at.words.slice(1, -1);
      if (inner.length < 2) break;
      const gone = g.pick(inner);
      for (const s of p.sentences) {
        const k = s.indexOf(gone);
        if (k >= 0) s.splice(k, 1);
      }
      return change;
    }
    case 'both neighbour sentences deleted':
      p.sentences = p.sentences.filter((_, k) => k !== at.first - 1 && k !== at.last + 1);
      return change;
    case 'paragraph split next to it': {
      const cut = at.first > 0 ? at.first : at.last + 1;
      const part = { pid: g.newPid(), sentences: p.sentences.slice(0, cut) };
      const rest = p.sentences.slice(cut);
      if (at.first > 0) {
        p.sentences = rest;
        paragraphs.splice(paragraphs.indexOf(p), 0, part);
      } else {
        p.sentences = part.sentences;
        paragraphs.splice(paragraphs.indexOf(p) + 1, 0, { pid: part.pid, sentences: rest });
      }
      return change;
    }
    case 'its sentences deleted':
      p.sentences = others;
      return change;
    case 'its sentences rewritten': {
      const old = textOf([at.words]);
      let fresh;
      do fresh = g.sentence(); while (textOf([fresh]).includes(old) || old.includes(textOf([fresh])));
      p.sentences.splice(at.first, block.length, fresh);
      return change;
    }
    case 'paragraph deleted':
      paragraphs.splice(paragraphs.indexOf(p), 1);
      return change;
    case 'unchanged':
      return change;
  }
  punctuate(g, p, a);
  return 'punctuation and capitals';
}

/** Paragraphs nobody annotated change too: some are inserted, some deleted, some moved. */
function changeElsewhere(g, paragraphs, annotated) {
  for (let i = 0; i < 40; i++) paragraphs.splice(Math.floor(g.random() * paragraphs.length), 0, g.paragraph());
  const free = () => paragraphs.filter((p) => !annotated.has(p.pid));
  for (let i = 0; i < 25; i++) paragraphs.splice(paragraphs.indexOf(g.pick(free())), 1);
  for (let i = 0; i < 10; i++) {
    const p = g.pick(free());
    paragraphs.splice(paragraphs.indexOf(p), 1);
    paragraphs.splice(Math.floor(g.random() * paragraphs.length), 0, p);
  }
}

const GONE = new Set(['its sentences deleted', 'its sentences rewritten', 'paragraph deleted']);

/**
 * The whole workload, deterministic for a seed: the original and changed article HTML, each annotation's
 * passage in the original, and where it must be found in the changed one (null: it is gone).
 */
export function generateWorkload(seed = SEED) {
  const g = generator(seed);
  const original = [];
  while (articleHtml(original).length < ARTICLE_BYTES) original.push(g.paragraph());
  const chosen = original.map((p) => ({ p, key: g.random() })).sort((x, y) => x.key - y.key).slice(0, ANNOTATIONS);
  const annotations = chosen.map(({ p }, n) => ({ id: `a${n}`, pid: p.pid, ...choosePassage(g, p) }));
  const changed = clone(original);
  const byPid = new Map(changed.map((p) => [p.pid, p]));
  for (const a of annotations) a.change = changeOne(g, changed, byPid.get(a.pid), a, pickChange(g));
  changeElsewhere(g, changed, new Set(annotations.map((a) => a.pid)));
  const finalByPid = new Map(changed.map((p) => [p.pid, p]));
  const originalByPid = new Map(original.map((p) => [p.pid, p]));
  const truth = annotations.map((a) => {
    if (GONE.has(a.change)) return null;
    const span = spanIn(finalByPid.get(a.pid), a);
    if (!span) throw new Error(`${a.id} (${a.change}) should still be on the page but its words are not`);
    return span;
  });
  return {
    originalHtml: articleHtml(original),
    changedHtml: articleHtml(changed),
    passages: annotations.map((a) => ({ id: a.id, ...spanIn(originalByPid.get(a.pid), a) })),
    truth,
    changes: annotations.map((a) => a.change),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Bundling ours and the peer into one script for the page.

async function bundle() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'crc-anchor-bench-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, [
      `import { anchorAll, describeRange, textIndex } from ${JSON.stringify(join(ROOT, 'lib', 'anchor', 'index.ts'))};`,
      `import * as peer from ${JSON.stringify(join(import.meta.dirname, 'peer-hypothesis.mjs'))};`,
      `(globalThis as any).${GLOBAL} = { anchorAll, describeRange, textIndex, peer };`,
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

  /**
   * Right or wrong, as the bench defines it: a gone passage is right only as an orphan; a passage still there
   * is right when what was placed and its true range overlap by at least half of each.
   */
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
    return overlap >= 0.5 * (truth.to - truth.from) && overlap >= 0.5 * nonSpace(range.toString());
  }

  const root = document.createElement('div');
  root.id = 'bench-article';
  document.body.replaceChildren(root);
  root.innerHTML = workload.originalHtml;
  // Both describe the same user selections, each in its own format.
  const ours = workload.passages.map((span) => ({ id: span.id, ...api.describeRange(root, rangeOf(root, span)) }));
  const peer = workload.passages.map((span) => api.peer.describe(root, rangeOf(root, span)));
  root.innerHTML = workload.changedHtml;

  const runOurs = () => {
    const t0 = performance.now();
    const result = api.anchorAll(root, ours);
    return { ms: performance.now() - t0, ranges: new Map(result.placed.map((p) => [p.id, p.range])) };
  };
  const runPeer = () => {
    const t0 = performance.now();
    const placed = api.peer.anchorAll(root, peer);
    const ms = performance.now() - t0;
    return { ms, ranges: new Map([...placed].map(([i, range]) => [workload.passages[i].id, range])) };
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
    oursPlaced: workload.passages.map((span) => lastOurs.ranges.has(span.id)),
    peerPlaced: workload.passages.map((span) => lastPeer.ranges.has(span.id)),
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
 * alternating runs, and the shares placed right. Returns numbers only; pass `report` to receive the details
 * (counts, and per kind of change: right for ours, right for the peer, annotations with that change).
 */
export async function benchAnchor(page, { report } = {}) {
  const workload = generateWorkload(SEED);
  await page.addScriptTag({ content: await bundle() });
  const r = await page.evaluate(inPage, { workload, runs: RUNS, global: GLOBAL });
  const present = workload.truth.map((t) => t !== null);
  const share = (verdicts, which) => {
    const of = verdicts.filter((_, i) => present[i] === which);
    return of.filter(Boolean).length / of.length;
  };
  /** Placed on other words: a gone passage placed at all, or a present one placed wrong. */
  const misplaced = (placed, right) => placed.filter((p, i) => p && !right[i]).length;
  const byChange = {};
  workload.changes.forEach((change, i) => {
    const row = (byChange[change] ??= [0, 0, 0]);
    row[0] += r.oursRight[i] ? 1 : 0;
    row[1] += r.peerRight[i] ? 1 : 0;
    row[2] += 1;
  });
  report?.({
    index_ms: round(median(r.indexMs), 2), annotations: workload.passages.length, still_there: present.filter(Boolean).length,
    gone: present.filter((p) => !p).length, misplaced: misplaced(r.oursPlaced, r.oursRight), misplaced_peer: misplaced(r.peerPlaced, r.peerRight),
    text_chars: r.textLength, html_bytes: workload.changedHtml.length, runs: RUNS, byChange,
  });
  const all = (verdicts) => verdicts.filter(Boolean).length / verdicts.length;
  return {
    reanchor_ratio: round(median(r.oursMs) / median(r.peerMs)),
    reanchor_ms: round(median(r.oursMs), 2),
    reanchor_peer_ms: round(median(r.peerMs), 2),
    reanchor_placed_success: round(share(r.oursRight, true)),
    reanchor_placed_success_peer: round(share(r.peerRight, true)),
    reanchor_orphan_success: round(share(r.oursRight, false)),
    reanchor_orphan_success_peer: round(share(r.peerRight, false)),
    reanchor_success: round(all(r.oursRight)),
    reanchor_success_peer: round(all(r.peerRight)),
  };
}

async function main() {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('../../scripts/serve.mjs');
  const { CHROMIUM } = await import('../../scripts/chromium.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'crc-anchor-page-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anchor bench</title></head><body></body></html>');
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    let details;
    const figures = await benchAnchor(page, { report: (d) => (details = d) });
    printAnchorDetails(figures, details);
    console.log(JSON.stringify(figures));
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The human-readable part of the re-anchoring figures: totals and right placements per kind of change. */
export function printAnchorDetails(figures, details) {
  console.log(`reanchor: ours ${figures.reanchor_ms} ms vs Hypothesis's matchQuote ${figures.reanchor_peer_ms} ms (ratio ${figures.reanchor_ratio})`);
  console.log(`  still on the page (${details.still_there}): placed right ${figures.reanchor_placed_success} vs ${figures.reanchor_placed_success_peer}`);
  console.log(`  gone (${details.gone}): left orphans ${figures.reanchor_orphan_success} vs ${figures.reanchor_orphan_success_peer}`);
  console.log(`  placed on other words: ours ${details.misplaced}, peer ${details.misplaced_peer}`);
  console.log(`  ${details.annotations} highlights, ${details.text_chars} characters of text, median of ${details.runs} runs; text index alone ${details.index_ms} ms`);
  console.log('  right per change (ours / peer / total):');
  for (const [change, [ours, peer, total]] of Object.entries(details.byChange)) console.log(`    ${change.padEnd(38)} ${ours} / ${peer} / ${total}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
