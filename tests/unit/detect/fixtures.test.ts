// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectCanvas, mayHaveCanvas } from '../../../lib/detect/detect';
import { expected, fixtureFiles, inlineLayout, openFixture } from './pages';

describe('the canvas fixtures', () => {
  it('are all listed in expected.json, with at least 12 canvases and 6 pages without one', () => {
    expect(fixtureFiles()).toEqual(Object.keys(expected).sort());
    const found = Object.values(expected).filter((e) => e.status === 'found');
    expect(found.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(expected).length - found.length).toBeGreaterThanOrEqual(6);
    expect(new Set(found.map((e) => e.language))).toEqual(new Set(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']));
  });

  it('name, for every page without a canvas, the reason detection must give', () => {
    const unnamed = Object.entries(expected).filter(([, e]) => e.status === 'not-found' && !e.reason?.trim()).map(([file]) => file);
    expect(unnamed).toEqual([]);
  });
});

describe('detection on every fixture, as expected.json says', () => {
  for (const [file, want] of Object.entries(expected)) {
    const story = want.status === 'found'
      ? `reads the ${want.language} Customer Relationships block and the segments of ${file}`
      : `stays quiet on ${file}, saying why`;
    it(story, async () => {
      const page = openFixture(file);
      try {
        await page.settle();
        const result = detectCanvas(page.document, { rect: inlineLayout });
        if (want.status === 'found') {
          expect(result, JSON.stringify(result.status === 'not-found' ? result : {})).toMatchObject({ status: 'found' });
          if (result.status !== 'found') return;
          expect(result.language).toBe(want.language);
          expect(result.label).toBe(want.label);
          expect(result.notes).toEqual(want.notes);
          expect(result.segmentNotes).toEqual(want.segmentNotes);
          expect(result.confidence).toBeGreaterThan(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
          expect(result.blockRect.width).toBeGreaterThan(0);
          expect(result.blockRect.height).toBeGreaterThan(0);
          expect(result.block.isConnected).toBe(true);
          expect(mayHaveCanvas(page.document)).toBe(true);
        } else {
          expect(result.status).toBe('not-found');
          if (result.status === 'not-found') expect(result.reason).toContain(want.reason);
        }
      } finally {
        await page.close();
      }
    });
  }
});
