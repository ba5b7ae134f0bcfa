/**
 * Paints annotations with the CSS Custom Highlight API: ranges are registered by name and styled by
 * `::highlight(name)` rules (lib/bundle.ts's READER_STYLES, inserted with `scripting.insertCSS`), so the page's DOM is
 * never changed. One highlight per phase gives each phase its colour.
 */
type Phase = 'get' | 'keep' | 'grow' | undefined;

export const HIGHLIGHT_NAMES = { get: 'crc-get', keep: 'crc-keep', grow: 'crc-grow', none: 'crc-note', focus: 'crc-focus' } as const;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const highlights = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return highlights && Highlight ? { highlights, Highlight } : undefined;
}

/** Replaces every painted highlight with these ranges, coloured by phase. */
export function paint(items: readonly { range: Range; phase: Phase }[]): void {
  const api = registry();
  if (!api) return;
  const groups: Record<string, Range[]> = {};
  for (const item of items) (groups[item.phase ? HIGHLIGHT_NAMES[item.phase] : HIGHLIGHT_NAMES.none] ??= []).push(item.range);
  for (const name of [HIGHLIGHT_NAMES.none, HIGHLIGHT_NAMES.get, HIGHLIGHT_NAMES.keep, HIGHLIGHT_NAMES.grow]) {
    const ranges = groups[name];
    if (ranges?.length) api.highlights.set(name, new api.Highlight(...ranges));
    else api.highlights.delete(name);
  }
}

/** Marks one range as the one being looked at (after "Go to passage"); undefined clears it. */
export function focus(range: Range | undefined): void {
  const api = registry();
  if (!api) return;
  if (range) api.highlights.set(HIGHLIGHT_NAMES.focus, new api.Highlight(range));
  else api.highlights.delete(HIGHLIGHT_NAMES.focus);
}

export function clearAll(): void {
  const api = registry();
  if (api) for (const name of Object.values(HIGHLIGHT_NAMES)) api.highlights.delete(name);
}
