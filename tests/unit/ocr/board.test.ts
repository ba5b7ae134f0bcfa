// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupNotes, labelOf, readBoard, segmentsOf } from '../../../lib/ocr/board';
import { OcrPage, type OcrWord } from '../../../lib/ocr/types';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'ocr-boards', 'expected.json'), 'utf8')) as Record<string, { status: string; language?: string; label?: string; notes?: string[]; segmentNotes?: string[]; problem?: string }>;
/** Real engine output on the fixture boards (scripts/record-ocr.mjs), validated like any imported file. */
const recorded = (board: string) => OcrPage.parse(JSON.parse(readFileSync(join(FIXTURES, 'ocr', board.replace(/\.html$/, '.json')), 'utf8')));
const read = (page: OcrPage) => readBoard(page, document.implementation.createHTMLDocument(''));

const YELLOW: [number, number, number] = [248, 232, 120];
const PINK: [number, number, number] = [248, 184, 200];
const WHITE: [number, number, number] = [248, 248, 248];
const word = (text: string, x: number, y: number, background = YELLOW, confidence = 95): OcrWord => ({ text, confidence, box: { x, y, width: text.length * 8, height: 14 }, background });

describe('reading a board from recorded OCR output', () => {
  for (const [board, want] of Object.entries(expected)) {
    it(want.status === 'found' ? `finds the block and each sticky note as one note on ${board}` : `explains why nothing was found on ${board}`, () => {
      const result = read(recorded(board));
      if (want.status !== 'found') {
        expect(result).toMatchObject({ status: 'not-found', problem: want.problem });
        return;
      }
      expect(result.status, JSON.stringify(result)).toBe('found');
      if (result.status !== 'found') return;
      expect(result.language).toBe(want.language);
      expect(result.label).toBe(want.label);
      expect(result.notes.map((n) => n.text)).toEqual(want.notes);
      expect(result.segmentNotes).toEqual(want.segmentNotes);
      // Each note's place lies inside the outlined block, to number it on the picture.
      for (const note of result.notes) {
        expect(note.box.x).toBeGreaterThanOrEqual(result.blockRect.x - 20);
        expect(note.box.y).toBeGreaterThanOrEqual(result.blockRect.y);
      }
    });
  }
});

describe('words to notes', () => {
  it('splits a line the engine ran across two columns', () => {
    const segments = segmentsOf([{ words: [word('Self-service', 10, 10), word('Newsletter', 400, 10)] }]);
    expect(segments.map((s) => s.text)).toEqual(['Self-service', 'Newsletter']);
  });

  it('keeps the lines of one sticky note together and parts notes of another colour or further down', () => {
    const segments = segmentsOf([
      { words: [word('Community', 10, 10), word('forum', 95, 10)] },
      { words: [word('for', 10, 28), word('tips', 40, 28)] },
      { words: [word('Loyalty', 10, 46, PINK), word('points', 70, 46, PINK)] },
      { words: [word('Newsletter', 10, 100)] },
    ]);
    expect(groupNotes(segments).map((n) => n.map((s) => s.text).join(' '))).toEqual(['Community forum for tips', 'Loyalty points', 'Newsletter']);
  });

  it('drops drawn lines and marks words the engine was unsure of, keeping them in the note', () => {
    const page: OcrPage = {
      width: 900,
      height: 700,
      lines: [
        ...['Key Partners', 'Key Activities', 'Value Propositions', 'Customer Relationships', 'Customer Segments'].map((label, i) => ({ words: label.split(' ').map((w, j) => word(w, 20 + i * 170 + j * 60, 20, WHITE)) })),
        { words: ['Key Resources', 'Channels'].flatMap((label, i) => label.split(' ').map((w, j) => word(w, 190 + i * 340 + j * 60, 300, WHITE))) },
        { words: [word('Cost', 20, 500, WHITE), word('Structure', 60, 500, WHITE), word('Revenue', 460, 500, WHITE), word('Streams', 530, 500, WHITE)] },
        { words: [word('Onbordng', 530, 60, YELLOW, 41), word('call', 600, 60), { text: '|', confidence: 90, box: { x: 680, y: 0, width: 2, height: 290 } }] },
      ],
    };
    const result = read(page);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.notes.map((n) => n.text)).toEqual(['Onbordng call']);
    expect(result.notes[0]!.unsure).toEqual(['Onbordng']);
  });

  it('recognises block labels the engine misread by a letter or two, but not other words', () => {
    expect(labelOf('Schliisselaktivitaten')).toBe('Schlüsselaktivitäten');
    expect(labelOf('Customer Relationsh1ps')).toBe('Customer Relationships');
    expect(labelOf('Customer support')).toBeUndefined();
    expect(labelOf('Channels')).toBe('Channels');
  });
});
