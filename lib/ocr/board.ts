/**
 * From what OCR read on a captured screen to the Customer Relationships block: lines are cut where columns
 * part, lines that name a block become labels (small misreadings forgiven), the other lines are grouped into
 * sticky notes by their boxes and the colour behind them, and the result is laid out as the positioned
 * elements a whiteboard's DOM would have, so that `lib/detect` finds the block exactly as on DOM boards.
 */
import { detectCanvas } from '../detect/detect';
import { OTHER_CANVAS_LABELS, VOCABULARIES, labelKey, matchLabel } from '../detect/labels';
import type { Rect } from '../detect/dom';
import { editDistance } from '../catalogue/text';
import { colourDistance, type Rgb } from './colour';
import { UNSURE_BELOW, type Box, type OcrLine, type OcrPage, type OcrWord } from './types';

/** A piece of a line: words close enough to be read together. */
export interface Segment {
  words: OcrWord[];
  text: string;
  box: Box;
  background: Rgb | undefined;
}

/** One sticky note (or one label) as found on the screen. */
export interface ScreenText {
  text: string;
  box: Box;
  /** Words the engine was unsure of, in order (they stay in `text`). */
  unsure: string[];
}

export type BoardReading =
  | {
      status: 'found';
      label: string;
      language: string;
      confidence: number;
      /** The block's area, image pixels. */
      blockRect: Box;
      /** The block's notes in reading order, each with its place on the screen. */
      notes: ScreenText[];
      segmentNotes: string[];
    }
  | { status: 'not-found'; reason: string; problem: 'no-text' | 'too-small' | 'no-block' };

/** Words smaller than this (image pixels tall) are too small for the engine to read reliably. */
export const SMALLEST_READABLE = 9;
/** A gap wider than this many line heights splits a line: the words beyond belong to another column. */
const COLUMN_GAP = 1.6;
/** Lines of one note are closer than this many line heights; notes stand further apart. */
const NOTE_LINE_GAP = 0.95;
/** Colours nearer than this are the same note colour (anti-aliasing and rounding differ a little). */
const SAME_COLOUR = 40;

const HAS_LETTER = /\p{L}/u;
const union = (boxes: readonly Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};

/** Words worth keeping: some letter or digit, and not a box's border read as "|" or "—". */
function keep(word: OcrWord, lineHeight: number): boolean {
  const text = word.text.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  // A tall thin "word" is a drawn line, not text.
  return !(word.box.height > 3 * lineHeight && word.box.width < word.box.height / 3);
}

/** Cuts each line where its words part by more than a column gap. */
export function segmentsOf(lines: readonly OcrLine[]): Segment[] {
  const segments: Segment[] = [];
  for (const line of lines) {
    const height = median(line.words.map((w) => w.box.height)) || 1;
    const words = line.words.filter((w) => keep(w, height)).sort((a, b) => a.box.x - b.box.x);
    let run: OcrWord[] = [];
    const flush = () => {
      if (run.length) segments.push({ words: run, text: run.map((w) => w.text.trim()).join(' '), box: union(run.map((w) => w.box)), background: commonest(run) });
      run = [];
    };
    for (const word of words) {
      const last = run[run.length - 1];
      if (last && word.box.x - (last.box.x + last.box.width) > COLUMN_GAP * height) flush();
      run.push(word);
    }
    flush();
  }
  return segments;
}

/** The colour most of a run's words are written on (a word on a note's edge may see the board instead). */
function commonest(words: readonly OcrWord[]): Rgb | undefined {
  const counts = new Map<string, { rgb: Rgb; n: number }>();
  for (const w of words) {
    if (!w.background) continue;
    const key = w.background.join();
    const entry = counts.get(key) ?? { rgb: w.background, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.rgb;
}

interface Known {
  key: string;
  text: string;
}
let knownLabels: Known[] | undefined;

/**
 * The label a line names, allowing a misread letter or two in longer labels ("Customer Relationsh1ps"):
 * the label's own spelling, or undefined when the line names none.
 */
export function labelOf(text: string): string | undefined {
  if (matchLabel(text)) return text;
  const key = labelKey(text);
  if (key.length < 8 || key.length > 60) return undefined;
  knownLabels ??= [...VOCABULARIES.flatMap((v) => Object.values(v.labels).flat()), ...OTHER_CANVAS_LABELS].map((t) => ({ key: labelKey(t), text: t }));
  const allowance = Math.floor(key.length / 8);
  let best: Known | undefined;
  let bestDistance = allowance + 1;
  for (const known of knownLabels) {
    const d = editDistance(key, known.key, allowance);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best?.text;
}

const overlapX = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);

/** Whether `below` continues the note that `above` belongs to: just under it, side by side, same colour. */
function continues(above: Segment, below: Segment): boolean {
  const height = Math.max(above.box.height, below.box.height);
  const gap = below.box.y - (above.box.y + above.box.height);
  if (gap < -height / 2 || gap > NOTE_LINE_GAP * height) return false;
  if (overlapX(above.box, below.box) <= 0 && Math.abs(above.box.x - below.box.x) > height) return false;
  if (above.background && below.background && colourDistance(above.background, below.background) > SAME_COLOUR) return false;
  return true;
}

/** Groups non-label segments into notes: each joins the nearest note it continues, top to bottom. */
export function groupNotes(segments: readonly Segment[]): Segment[][] {
  const notes: Segment[][] = [];
  for (const segment of [...segments].sort((a, b) => a.box.y - b.box.y)) {
    const note = notes.find((n) => continues(n[n.length - 1]!, segment));
    if (note) note.push(segment);
    else notes.push([segment]);
  }
  return notes;
}

function screenText(segments: readonly Segment[]): ScreenText {
  const words = segments.flatMap((s) => s.words);
  return {
    text: segments.map((s) => s.text).join(' ').replace(/\s+/g, ' ').trim(),
    box: union(segments.map((s) => s.box)),
    unsure: words.filter((w) => w.confidence < UNSURE_BELOW).map((w) => w.text.trim()),
  };
}

/**
 * Reads the board on one recognised screen. `doc` is an empty document to lay the texts out in for the
 * detector (never shown, never attached to a page). Never throws.
 */
export function readBoard(page: OcrPage, doc: Document): BoardReading {
  const segments = segmentsOf(page.lines);
  const lettered = segments.filter((s) => HAS_LETTER.test(s.text));
  if (lettered.length < 3) {
    return { status: 'not-found', problem: 'no-text', reason: 'no text could be read on the screen' };
  }
  const labels: { text: string; segment: Segment }[] = [];
  const rest: Segment[] = [];
  for (const segment of lettered) {
    const label = labelOf(segment.text);
    if (label) labels.push({ text: label, segment });
    else rest.push(segment);
  }
  const wordHeight = median(lettered.flatMap((s) => s.words.map((w) => w.box.height)));
  const notes = groupNotes(rest).map(screenText);

  // The positioned elements a whiteboard's DOM would have: one per label, one per note.
  const body = doc.body;
  const rects = new Map<Element, Rect>();
  const place = (text: string, box: Box, note: boolean): Element => {
    const el = doc.createElement('div');
    if (note) el.className = 'note';
    el.setAttribute('style', `position:absolute;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px`);
    el.textContent = text;
    body.append(el);
    rects.set(el, box);
    return el;
  };
  for (const label of labels) place(label.text, label.segment.box, false);
  const byElement = new Map(notes.map((n) => [place(n.text, n.box, true), n] as const));
  const textToNotes = new Map<string, ScreenText[]>();
  for (const n of byElement.values()) textToNotes.set(n.text, [...(textToNotes.get(n.text) ?? []), n]);

  const found = detectCanvas(doc, { rect: (el) => rects.get(el) ?? { x: 0, y: 0, width: 0, height: 0 }, visible: () => true });
  if (found.status === 'not-found') {
    const small = wordHeight < SMALLEST_READABLE;
    return { status: 'not-found', problem: small ? 'too-small' : 'no-block', reason: found.reason };
  }
  // The detector answers note texts; take each back to its place on the screen (same texts in turn).
  const taken = new Map<string, number>();
  const placed = found.notes.map((text) => {
    const i = taken.get(text) ?? 0;
    taken.set(text, i + 1);
    return textToNotes.get(text)?.[i] ?? { text, box: found.blockRect, unsure: [] };
  });
  return {
    status: 'found',
    label: found.label,
    language: found.language,
    confidence: found.confidence,
    blockRect: found.blockRect,
    notes: placed,
    segmentNotes: found.segmentNotes,
  };
}
