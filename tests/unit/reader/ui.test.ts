// @vitest-environment happy-dom
import { within } from '@testing-library/preact';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES, clearAll, focus, paint } from '../../../components/reader/highlights';
import { READER_STYLES } from '../../../lib/bundle';
import { createReaderUi, type ReaderUi, type ReaderUiActions } from '../../../components/reader/ui';
import type { PlacedAnnotation } from '../../../lib/messages-reader';
import { ROOT, read } from '../../support/files';

const AT = { left: 100, top: 200, bottom: 220 };
const XSS = '<img src=x onerror=alert(1)>';

const passage: PlacedAnnotation = {
  id: 'ann-retention',
  quote: { exact: 'members who know the staff stay longer', prefix: '', suffix: '' },
  position: { start: 120, end: 158 },
  phase: 'keep',
  types: ['community'],
  tags: ['staff'],
  note: 'Good evidence for the Keep phase.',
};

const uis: ReaderUi[] = [];
afterEach(() => {
  for (const ui of uis.splice(0)) ui.destroy();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A promise the test settles by hand, to look at the adder while a save is under way. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

function mount(actions: Partial<ReaderUiActions> = {}) {
  const onSave = vi.fn<ReaderUiActions['onSave']>(actions.onSave ?? (async () => ({ ok: true, message: 'Highlighted.' })));
  const onEdit = vi.fn<ReaderUiActions['onEdit']>(actions.onEdit ?? (() => {}));
  const ui = createReaderUi({ onSave, onEdit });
  uis.push(ui);
  const host = document.querySelector<HTMLElement>('[data-crc-ui]');
  if (!host?.shadowRoot) throw new Error('the reader UI did not mount a host with an open shadow root');
  const shadow = host.shadowRoot;
  const view = within(shadow as unknown as HTMLElement);
  const adder = shadow.querySelector<HTMLElement>('[role="toolbar"]')!;
  const card = shadow.querySelector<HTMLElement>('[role="dialog"]')!;
  const status = shadow.querySelector<HTMLElement>('[role="status"]')!;
  return { ui, host, shadow, view, adder, card, status, onSave, onEdit };
}

describe('the reader’s controls in a page', () => {
  it('lives in one host marked as ours, behind an open shadow root, hidden until needed', () => {
    const { host, shadow, adder, card } = mount();
    expect(document.querySelectorAll('[data-crc-ui]')).toHaveLength(1);
    expect(host.hasAttribute('data-crc-ui')).toBe(true);
    expect(shadow.mode).toBe('open');
    expect(document.querySelector('button')).toBeNull();
    expect(adder.hidden).toBe(true);
    expect(card.hidden).toBe(true);
  });

  it('offers "Highlight" and "Annotate" beside the selection', () => {
    const { ui, view, adder } = mount();
    ui.showAdder(AT, false);
    expect(adder.hidden).toBe(false);
    expect(view.getByRole('toolbar', { name: 'Annotate the selection' })).toBe(adder);
    expect(view.getAllByRole('button').map((b) => b.textContent)).toEqual(['Highlight', 'Annotate']);
  });

  it('puts the keyboard on "Highlight" when the selection was made with the keyboard', () => {
    const { ui, view, shadow } = mount();
    ui.showAdder(AT, true);
    expect(shadow.activeElement).toBe(view.getByRole('button', { name: 'Highlight' }));
  });

  it('saves without opening the panel on "Highlight", says it is saving, then shows the answer', async () => {
    const answer = deferred<{ ok: boolean; message: string }>();
    const { ui, view, status, onSave } = mount({ onSave: () => answer.promise });
    ui.showAdder(AT, false);
    const highlight = view.getByRole('button', { name: 'Highlight' });
    const annotate = view.getByRole('button', { name: 'Annotate' });

    highlight.click();
    expect(onSave).toHaveBeenCalledExactlyOnceWith(false);
    expect(status.textContent).toBe('Saving…');
    expect((highlight as HTMLButtonElement).disabled).toBe(true);
    expect((annotate as HTMLButtonElement).disabled).toBe(true);

    answer.resolve({ ok: true, message: 'Highlighted.' });
    await vi.waitFor(() => expect(status.textContent).toBe('Highlighted.'));
    expect(status.classList.contains('error')).toBe(false);
    expect((highlight as HTMLButtonElement).disabled).toBe(false);
    expect((annotate as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks to open the side panel on "Annotate"', async () => {
    const { ui, view, status, onSave } = mount({ onSave: async () => ({ ok: true, message: 'Saved: add tags and a note in the side panel.' }) });
    ui.showAdder(AT, false);
    view.getByRole('button', { name: 'Annotate' }).click();
    expect(onSave).toHaveBeenCalledExactlyOnceWith(true);
    await vi.waitFor(() => expect(status.textContent).toBe('Saved: add tags and a note in the side panel.'));
  });

  it('hides the adder a moment after a successful save', async () => {
    vi.useFakeTimers();
    const { ui, view, adder, status } = mount();
    ui.showAdder(AT, false);
    view.getByRole('button', { name: 'Highlight' }).click();
    await vi.waitFor(() => expect(status.textContent).toBe('Highlighted.'));
    expect(adder.hidden).toBe(false);
    vi.advanceTimersByTime(1500);
    expect(adder.hidden).toBe(true);
  });

  it('shows a failure as an error and keeps the adder open to try again', async () => {
    vi.useFakeTimers();
    const { ui, view, adder, status } = mount({ onSave: async () => ({ ok: false, message: 'The extension did not answer; reload the page and try again.' }) });
    ui.showAdder(AT, false);
    view.getByRole('button', { name: 'Highlight' }).click();
    await vi.waitFor(() => expect(status.textContent).toBe('The extension did not answer; reload the page and try again.'));
    expect(status.classList.contains('error')).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(adder.hidden).toBe(false);
    expect((view.getByRole('button', { name: 'Highlight' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('clears the error style when the next save succeeds', async () => {
    const answers = [{ ok: false, message: 'Select some text first.' }, { ok: true, message: 'Highlighted.' }];
    const { ui, view, status } = mount({ onSave: async () => answers.shift()! });
    ui.showAdder(AT, false);
    view.getByRole('button', { name: 'Highlight' }).click();
    await vi.waitFor(() => expect(status.classList.contains('error')).toBe(true));
    view.getByRole('button', { name: 'Highlight' }).click();
    await vi.waitFor(() => expect(status.textContent).toBe('Highlighted.'));
    expect(status.classList.contains('error')).toBe(false);
  });

  it('shows a clicked passage’s quote, phase and tags, and note', () => {
    const { ui, card, adder } = mount();
    ui.showAdder(AT, false);
    ui.showCard(passage, AT);
    expect(adder.hidden).toBe(true);
    expect(card.hidden).toBe(false);
    expect(card.querySelector('.quote')?.textContent).toBe('“members who know the staff stay longer”');
    expect(card.querySelector('.tags')?.textContent).toBe('Keep · community · staff');
    expect(card.querySelector('.note')?.textContent).toBe('Good evidence for the Keep phase.');
  });

  it('leaves out the tags and note lines when the passage has none', () => {
    const { ui, card } = mount();
    ui.showCard({ id: 'bare', quote: passage.quote, position: passage.position, types: [], tags: [], note: '' }, AT);
    expect(card.querySelector('.tags')).toBeNull();
    expect(card.querySelector('.note')).toBeNull();
    expect(card.querySelector('.quote')?.textContent).toBe('“members who know the staff stay longer”');
  });

  it('shows markup in a note, quote or tag as text, never as elements', () => {
    const { ui, card, shadow } = mount();
    ui.showCard({ ...passage, note: XSS, tags: [XSS], quote: { ...passage.quote, exact: `<script>alert(1)</script>${XSS}` } }, AT);
    expect(card.querySelector('.note')?.textContent).toBe(XSS);
    expect(card.querySelector('.tags')?.textContent).toBe(`Keep · community · ${XSS}`);
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('replaces the previous card when another passage is clicked', () => {
    const { ui, card } = mount();
    ui.showCard(passage, AT);
    ui.showCard({ ...passage, id: 'other', note: 'Second note' }, AT);
    expect(card.querySelectorAll('.note')).toHaveLength(1);
    expect(card.querySelector('.note')?.textContent).toBe('Second note');
  });

  it('opens the passage in the side panel from its card, and closes the card', () => {
    const { ui, view, card, onEdit } = mount();
    ui.showCard(passage, AT);
    view.getByRole('button', { name: 'Edit in side panel' }).click();
    expect(onEdit).toHaveBeenCalledExactlyOnceWith('ann-retention');
    view.getByRole('button', { name: 'Close' }).click();
    expect(card.hidden).toBe(true);
  });

  it('hides the adder and the card on Escape', () => {
    const { ui, view, adder, card } = mount();
    ui.showAdder(AT, false);
    view.getByRole('button', { name: 'Annotate' }).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(adder.hidden).toBe(true);

    ui.showCard(passage, AT);
    view.getByRole('button', { name: 'Close' }).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(card.hidden).toBe(false);
    view.getByRole('button', { name: 'Close' }).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.hidden).toBe(true);
  });

  it('tells its own host apart from the page', () => {
    const { ui, host } = mount();
    const paragraph = document.body.appendChild(document.createElement('p'));
    try {
      expect(ui.contains(host)).toBe(true);
      expect(ui.contains(paragraph)).toBe(false);
      expect(ui.contains(document.body)).toBe(false);
      expect(ui.contains(null)).toBe(false);
    } finally {
      paragraph.remove();
    }
  });

  it('leaves nothing in the page when destroyed', () => {
    const { ui } = mount();
    ui.showAdder(AT, false);
    ui.destroy();
    expect(document.querySelector('[data-crc-ui]')).toBeNull();
  });
});

describe('painting highlights', () => {
  class FakeHighlight {
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }

  /** Installs a CSS.highlights registry and a Highlight constructor, as browsers with the Custom Highlight API have. */
  function installHighlightApi() {
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights: { set: (name: string, h: FakeHighlight) => registry.set(name, h), delete: (name: string) => registry.delete(name) } });
    vi.stubGlobal('Highlight', FakeHighlight);
    return registry;
  }

  const range = () => document.createRange();
  const painted = (registry: Map<string, FakeHighlight>) => Object.fromEntries([...registry].map(([name, h]) => [name, h.ranges.length]));

  it('groups passages by phase, untagged ones together', () => {
    const registry = installHighlightApi();
    const [a, b, c, d] = [range(), range(), range(), range()];
    paint([{ range: a, phase: 'get' }, { range: b, phase: undefined }, { range: c, phase: 'get' }, { range: d, phase: 'grow' }]);
    expect(painted(registry)).toEqual({ [HIGHLIGHT_NAMES.get]: 2, [HIGHLIGHT_NAMES.none]: 1, [HIGHLIGHT_NAMES.grow]: 1 });
    expect(registry.get(HIGHLIGHT_NAMES.get)?.ranges).toEqual([a, c]);
    expect(registry.get(HIGHLIGHT_NAMES.none)?.ranges[0]).toBe(b);
  });

  it('removes the colour of a phase no passage has any more', () => {
    const registry = installHighlightApi();
    paint([{ range: range(), phase: 'get' }, { range: range(), phase: 'keep' }]);
    paint([{ range: range(), phase: 'keep' }]);
    expect(painted(registry)).toEqual({ [HIGHLIGHT_NAMES.keep]: 1 });
    paint([]);
    expect(registry.size).toBe(0);
  });

  it('leaves the passage being looked at alone when repainting, and clears it on request', () => {
    const registry = installHighlightApi();
    const looked = range();
    focus(looked);
    paint([{ range: range(), phase: 'get' }]);
    expect(registry.get(HIGHLIGHT_NAMES.focus)?.ranges).toEqual([looked]);
    focus(undefined);
    expect(registry.has(HIGHLIGHT_NAMES.focus)).toBe(false);
  });

  it('clears every highlight it made', () => {
    const registry = installHighlightApi();
    paint([{ range: range(), phase: 'get' }, { range: range(), phase: 'keep' }, { range: range(), phase: 'grow' }, { range: range(), phase: undefined }]);
    focus(range());
    expect(registry.size).toBe(5);
    clearAll();
    expect(registry.size).toBe(0);
  });

  it('does nothing, without failing, in a browser without the API', () => {
    vi.stubGlobal('CSS', undefined);
    vi.stubGlobal('Highlight', undefined);
    expect(() => {
      paint([{ range: range(), phase: 'get' }]);
      focus(range());
      clearAll();
    }).not.toThrow();
  });

  it('has a colour in the stylesheet for every highlight it paints, distinct for each phase', () => {
    const path = join('public', READER_STYLES);
    expect(existsSync(join(ROOT, path))).toBe(true);
    const css = read(path);
    const rules = new Map<string, string>();
    for (const m of css.matchAll(/::highlight\(\s*([\w-]+)\s*\)\s*\{([^}]*)\}/g)) rules.set(m[1]!, m[2]!.trim());
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      expect(rules.get(name), `::highlight(${name})`).toMatch(/background-color\s*:/);
    }
    const colours = [HIGHLIGHT_NAMES.none, HIGHLIGHT_NAMES.get, HIGHLIGHT_NAMES.keep, HIGHLIGHT_NAMES.grow].map((n) => rules.get(n));
    expect(new Set(colours).size).toBe(colours.length);
  });
});
