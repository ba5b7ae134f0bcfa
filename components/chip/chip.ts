/**
 * The suggestions chip injected beside a canvas's Customer Relationships block. Plain DOM in a
 * Shadow DOM (no framework): it runs on every canvas page and the content script has a 15 KB budget. Page
 * and note text only ever goes in through `textContent`.
 */
import { PHASE_NAMES } from '../../lib/catalogue/ids';
import type { ChipAnalysis } from '../../lib/messages-canvas';
import { el } from '../dom';
import { OWN_UI_ATTRIBUTE } from '../../lib/own-ui';
import css from './chip.css?inline';


export interface ChipActions {
  onOpenDraft(): Promise<string>;
}

export interface Chip {
  /** Places the chip at the block's top-right corner (CSS px relative to the viewport). */
  place(rect: { x: number; y: number; width: number; height: number }): void;
  update(analysis: ChipAnalysis | undefined): void;
  destroy(): void;
}

export function createChip(actions: ChipActions): Chip {
  const host = el('crc-chip' as 'div', { [OWN_UI_ATTRIBUTE]: '' });
  host.style.cssText = 'position:absolute;z-index:2147483646;top:0;left:0;';
  // Open, so assistive tech and tests reach it like any control; page text still only enters via textContent.
  const root = host.attachShadow({ mode: 'open' });
  root.append(el('style', {}, css));
  const box = el('div', { class: 'chip', role: 'region', 'aria-label': 'Customer Relationships suggestions' });
  const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': 'crc-panel' }, 'CR suggestions');
  const panel = el('div', { id: 'crc-panel', class: 'panel', hidden: '' });
  box.append(toggle, panel);
  root.append(box);
  document.documentElement.append(host);

  let analysis: ChipAnalysis | undefined;
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open) render();
  };
  toggle.addEventListener('click', () => setOpen(panel.hidden));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      setOpen(false);
      toggle.focus();
    }
  });

  function section(title: string, body: Node): HTMLElement {
    const s = el('section');
    s.append(el('h3', {}, title), body);
    return s;
  }

  function render(): void {
    panel.replaceChildren();
    if (!analysis) {
      panel.append(el('p', {}, 'Reading the notes…'));
      return;
    }
    panel.append(el('h2', {}, 'Customer Relationships'));
    const types = el('ul', { 'aria-label': 'Relationship types in your notes' });
    for (const t of analysis.types) {
      const li = el('li');
      li.append(el('strong', {}, t.name), document.createTextNode(` — “${t.matches.join('”, “')}”`));
      types.append(li);
    }
    panel.append(section('Types in your notes', analysis.types.length ? types : el('p', {}, 'No relationship type recognised yet.')));
    panel.append(section('Phases with no tactic',
      el('p', {}, analysis.missingPhases.length ? analysis.missingPhases.map((p) => PHASE_NAMES[p]).join(', ') : 'Get, Keep and Grow all have a tactic.')));
    const mistakes = el('ul', { 'aria-label': 'Common mistakes' });
    for (const f of analysis.findings.filter((f) => f.severity !== 'low').slice(0, 5)) {
      const li = el('li');
      li.append(el('strong', {}, f.title), document.createTextNode(` ${f.fix}`));
      mistakes.append(li);
    }
    panel.append(section('Common mistakes', mistakes.childElementCount ? mistakes : el('p', {}, 'None of the common mistakes found.')));
    const summary = el('p', { class: 'summary' }, analysis.summary || 'Name a relationship type in a note to get a summary line.');
    const copy = el('button', { type: 'button' }, 'Copy summary');
    copy.disabled = !analysis.summary;
    const copied = el('span', { role: 'status', class: 'status' });
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(analysis?.summary ?? '').then(
        () => (copied.textContent = 'Copied — paste it into the block.'),
        () => (copied.textContent = 'Copying was blocked by the page; select the line and copy it.'),
      );
    });
    const sumBody = el('div');
    sumBody.append(summary, copy, copied);
    panel.append(section('Summary line for the canvas', sumBody));
    const open = el('button', { type: 'button', class: 'primary' }, 'Open in side panel');
    const result = el('p', { role: 'status', class: 'status' });
    open.addEventListener('click', async () => {
      open.disabled = true;
      result.textContent = 'Creating the draft…';
      result.textContent = await actions.onOpenDraft();
      open.disabled = false;
    });
    panel.append(open, result);
  }

  return {
    place(rect) {
      const width = 220;
      const left = Math.max(8, Math.min(rect.x + rect.width - width, document.documentElement.clientWidth - width - 8));
      // Just above the block's top edge, so it covers neither the label nor the notes.
      const top = Math.max(0, rect.y + scrollY - 30);
      host.style.transform = `translate(${Math.round(left + scrollX)}px, ${Math.round(top)}px)`;
    },
    update(next) {
      analysis = next;
      toggle.textContent = next ? `CR suggestions · ${next.types.length} type${next.types.length === 1 ? '' : 's'}` : 'CR suggestions';
      if (!panel.hidden) render();
    },
    destroy() {
      host.remove();
    },
  };
}
