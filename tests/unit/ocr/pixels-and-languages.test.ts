import { describe, expect, it } from 'vitest';
import { backgroundOf, colourDistance, isBlank, type Pixels } from '../../../lib/ocr/colour';
import { chooseLanguages, languageList, languageName } from '../../../lib/ocr/languages';
import { linesOf, upscaleFor } from '../../../lib/ocr/tesseract-json';
import { parseRoute, routeHash } from '../../../components/sidepanel/route';

/** A screen of one colour with rectangles painted on it. */
function screen(width: number, height: number, fill: number[], rects: { x: number; y: number; w: number; h: number; rgb: number[] }[] = []): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rect = rects.findLast((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h);
      data.set([...(rect?.rgb ?? fill), 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

describe('the picture of the screen', () => {
  it('calls an empty white board blank, and one with a note on it not', () => {
    expect(isBlank(screen(400, 300, [255, 255, 255]))).toBe(true);
    expect(isBlank(screen(400, 300, [255, 255, 255], [{ x: 50, y: 50, w: 80, h: 60, rgb: [255, 226, 122] }]))).toBe(false);
  });

  it('finds the colour a word is written on, not the colour of its letters', () => {
    const note = { x: 40, y: 40, w: 120, h: 40, rgb: [255, 180, 200] };
    const letters = [0, 1, 2, 3].map((i) => ({ x: 60 + i * 20, y: 52, w: 6, h: 14, rgb: [20, 20, 20] }));
    const rgb = backgroundOf(screen(200, 120, [255, 255, 255], [note, ...letters]), { x: 58, y: 50, width: 70, height: 18 });
    expect(colourDistance(rgb, [255, 180, 200])).toBeLessThan(16);
  });
});

describe('language data for a read', () => {
  it('loads English alone for English pages and English with the page language where data ships', () => {
    expect(chooseLanguages('en-GB', undefined)).toEqual({ codes: ['eng'], tags: ['en'] });
    expect(chooseLanguages('de', undefined)).toEqual({ codes: ['eng', 'deu'], tags: ['en', 'de'] });
    expect(chooseLanguages('und', 'fr')).toEqual({ codes: ['eng', 'fra'], tags: ['en', 'fr'] });
  });

  it('says which page language has no data, and reads in English', () => {
    expect(chooseLanguages('ja', undefined)).toEqual({ codes: ['eng'], tags: ['en'], missing: 'ja' });
  });

  it('names the languages in the reader’s own language, for the picker and the progress line', () => {
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('fr', 'de')).toBe('Französisch');
    expect(languageName('ja', 'de')).toBe('Japanisch');
    expect(languageList(['en', 'de'], 'de')).toBe('Englisch und Deutsch');
    expect(languageList(['en', 'nl'], 'fr')).toBe('anglais et néerlandais');
    expect(languageName('not a tag!', 'de')).toBe('not a tag!');
  });
});

describe('engine output', () => {
  it('enlarges low-density screens and maps the boxes back to the capture', () => {
    expect(upscaleFor(1, 1280, 900)).toBe(2);
    expect(upscaleFor(2, 2560, 1800)).toBe(1);
    const [line] = linesOf([{ paragraphs: [{ lines: [{ words: [{ text: 'Chatbot', confidence: 91.6, bbox: { x0: 100, y0: 40, x1: 180, y1: 70 } }] }] }] }], 2);
    expect(line!.words[0]).toEqual({ text: 'Chatbot', confidence: 92, box: { x: 50, y: 20, width: 40, height: 15 } });
  });
});

describe('the right-click entry\'s panel address', () => {
  it('round-trips "read this tab" and ignores a malformed tab id', () => {
    expect(parseRoute('#/canvas/read/42')).toEqual({ view: 'canvas', read: 42 });
    expect(routeHash({ view: 'canvas', read: 42 })).toBe('#/canvas/read/42');
    expect(parseRoute('#/canvas/read/x1')).toEqual({ view: 'canvas' });
  });
});
