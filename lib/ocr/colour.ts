/**
 * Pixels of a captured screen: the colour behind a line of text, and whether the screen shows anything at all.
 * Works on plain RGBA arrays (what a canvas's ImageData holds), so it is tested in Node.
 */
import type { Box } from './types';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray | Uint8Array;
}

export type Rgb = [number, number, number];

/**
 * The most common colour in a band around and inside a box, colours rounded to steps of 16 so anti-aliasing
 * does not split them: text covers a minority of a line's box, so the majority is what it is written on.
 */
export function backgroundOf(pixels: Pixels, box: Box): Rgb {
  const margin = Math.max(2, Math.round(box.height * 0.25));
  const x0 = Math.max(0, Math.floor(box.x - margin));
  const y0 = Math.max(0, Math.floor(box.y - margin));
  const x1 = Math.min(pixels.width, Math.ceil(box.x + box.width + margin));
  const y1 = Math.min(pixels.height, Math.ceil(box.y + box.height + margin));
  const counts = new Map<number, number>();
  // A sparse grid is enough: a line's box holds thousands of pixels, the answer needs a few hundred.
  const step = Math.max(1, Math.floor(Math.sqrt(((x1 - x0) * (y1 - y0)) / 600)));
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const i = (y * pixels.width + x) * 4;
      const key = ((pixels.data[i]! >> 4) << 8) | ((pixels.data[i + 1]! >> 4) << 4) | (pixels.data[i + 2]! >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best = 0;
  let most = -1;
  for (const [key, n] of counts) if (n > most) [best, most] = [key, n];
  return [((best >> 8) & 15) * 16 + 8, ((best >> 4) & 15) * 16 + 8, (best & 15) * 16 + 8];
}

/** Distance between two colours, 0 (same) to ~441 (black and white). */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * Whether a screen is blank: nearly every sampled pixel has one colour (an empty board, a loading screen).
 * Text, lines and notes make up more than a small share of any readable board.
 */
export function isBlank(pixels: Pixels): boolean {
  if (!pixels.width || !pixels.height) return true;
  const whole = { x: 0, y: 0, width: pixels.width, height: pixels.height };
  const base = backgroundOf(pixels, whole);
  const step = Math.max(1, Math.floor(Math.sqrt((pixels.width * pixels.height) / 40_000)));
  let other = 0;
  let total = 0;
  for (let y = 0; y < pixels.height; y += step) {
    for (let x = 0; x < pixels.width; x += step) {
      const i = (y * pixels.width + x) * 4;
      total++;
      if (colourDistance([pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!], base) > 48) other++;
    }
  }
  return other / total < 0.002;
}
