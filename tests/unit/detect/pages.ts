/**
 * Loading canvas fixtures into happy-dom for detection tests. Each page gets its own happy-dom window with its
 * inline scripts running (web components, late renders), as the e2e tests see it in Chromium. happy-dom has no
 * layout, so geometry comes from inline styles (left/top/width/height, summed over ancestors), which the
 * whiteboard fixtures use for every placed object.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Rect } from '../../../lib/detect/dom';
import { ROOT } from '../../support/files';

export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'canvases');

export interface Expected {
  status: 'found' | 'not-found';
  language?: string;
  label?: string;
  notes?: string[];
  segmentNotes?: string[];
  /** For a page without a canvas: words the not-found reason must contain. */
  reason?: string;
}

export const expected: Record<string, Expected> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
export const fixtureFiles = (): string[] => readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();

export interface Page {
  window: Window;
  document: Document;
  /** Lets timers, iframes and scripts finish (a late-rendering app, srcdoc frames). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh window showing `html` at `url`; scripts run, nothing is fetched. */
export function openPage(html: string, url = 'http://127.0.0.1/page.html'): Page {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return {
    window,
    document: window.document as unknown as Document,
    settle: () => window.happyDOM.waitUntilComplete(),
    close: () => window.happyDOM.close(),
  };
}

export function openFixture(file: string): Page {
  return openPage(readFileSync(join(FIXTURES, file), 'utf8'), `http://127.0.0.1/${file}`);
}

const px = (value: string | undefined) => Number.parseFloat(value ?? '') || 0;

/** The offset a `transform: translate(x, y)` (or translate3d) in an inline style adds. */
function translation(transform: string | undefined): { x: number; y: number } {
  const m = /translate(?:3d)?\(\s*(-?[\d.]+)px\s*(?:,\s*(-?[\d.]+)px)?/.exec(transform ?? '');
  return { x: px(m?.[1]), y: px(m?.[2]) };
}

/** Geometry from inline styles: offsets and translations summed over ancestors (across shadow roots), size or 100×20. */
export function inlineLayout(el: Element): Rect {
  let x = 0;
  let y = 0;
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.parentNode as ShadowRoot | null)?.host ?? null)) {
    const style = (e as HTMLElement).style;
    const moved = translation(style?.transform);
    x += px(style?.left) + moved.x;
    y += px(style?.top) + moved.y;
  }
  const style = (el as HTMLElement).style;
  return { x, y, width: px(style?.width) || 100, height: px(style?.height) || 20 };
}
