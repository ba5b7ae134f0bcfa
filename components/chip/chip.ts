/**
 * The suggestions chip injected beside a canvas's Customer Relationships block. Plain DOM in a
 * Shadow DOM (no framework): it runs on every canvas page and the content script has a 15 KB budget. Page
 * and note text only ever goes in through `textContent`.
 */
import { translator, type Translate } from '../../lib/i18n/catalogue';
import { wordsFrom } from '../../lib/i18n/chip';
import type { Language } from '../../lib/i18n/languages';
import english from '../../lib/i18n/messages/chip.en';
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

/** The chip's words in the language of `analysis` (sent with it by the background), English until one names it. */
export function chipText(analysis: ChipAnalysis | undefined): Translate<'chip'> {
  return translator<'chip'>(english, analysis?.language ?? 'en', analysis?.words && wordsFrom(analysis.words));
}

/** English until an analysis names the language the background chose (the user's setting or the page's). */
export function createChip(actions: ChipActions): Chip {
  let lang: Language = 'en';
  let t = chipText(undefined);
  const host = el('crc-chip' as 'div', { [OWN_UI_ATTRIBUTE]: '' });
  host.style.cssText = 'position:absolute;z-index:2147483646;top:0;left:0;';
  // Open, so assistive tech and tests reach it like any control; page text still only enters via textContent.
  const root = host.attachShadow({ mode: 'open' });
  root.append(el('style', {}, css));
  const box = el('div', { class: 'chip', role: 'region', 'aria-label': t('chip.region') });
  const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': 'crc-panel' }, t('chip.toggle'));
  const panel = el('div', { id: 'crc-panel', class: 'panel', hidden: '' });
  box.lang = lang;
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
      panel.append(el('p', {}, t('chip.reading')));
      return;
    }
    panel.append(el('h2', {}, t('chip.heading')));
    const types = el('ul', { 'aria-label': t('chip.typesList') });
    for (const t of analysis.types) {
      const li = el('li');
      li.append(el('strong', {}, t.name), document.createTextNode(` — “${t.matches.join('”, “')}”`));
      types.append(li);
    }
    panel.append(section(t('chip.types'), analysis.types.length ? types : el('p', {}, t('chip.noTypes'))));
    panel.append(section(t('chip.phases'),
      el('p', {}, analysis.missingPhases.length ? new Intl.ListFormat(lang).format(analysis.missingPhases.map((p) => t(`chip.phase.${p}`))) : t('chip.allPhases'))));
    const mistakes = el('ul', { 'aria-label': t('chip.mistakes') });
    for (const f of analysis.findings.filter((f) => f.severity !== 'low').slice(0, 5)) {
      const li = el('li');
      li.append(el('strong', {}, f.title), document.createTextNode(` ${f.fix}`));
      mistakes.append(li);
    }
    panel.append(section(t('chip.mistakes'), mistakes.childElementCount ? mistakes : el('p', {}, t('chip.noMistakes'))));
    const summary = el('p', { class: 'summary' }, analysis.summary || t('chip.noSummary'));
    const copy = el('button', { type: 'button' }, t('chip.copy'));
    copy.disabled = !analysis.summary;
    const copied = el('span', { role: 'status', class: 'status' });
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(analysis?.summary ?? '').then(
        () => (copied.textContent = t('chip.copied')),
        () => (copied.textContent = t('chip.copyBlocked')),
      );
    });
    const sumBody = el('div');
    sumBody.append(summary, copy, copied);
    panel.append(section(t('chip.summary'), sumBody));
    const open = el('button', { type: 'button', class: 'primary' }, t('chip.open'));
    const result = el('p', { role: 'status', class: 'status' });
    open.addEventListener('click', async () => {
      open.disabled = true;
      result.textContent = t('chip.creating');
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
      if (next?.language && next.language !== lang) {
        lang = next.language;
        t = chipText(next);
        box.setAttribute('aria-label', t('chip.region'));
      }
      // The chip's own text is in `lang`; the page's text around it keeps its language.
      box.lang = lang;
      toggle.textContent = next ? t('chip.toggleCount', { count: next.types.length }) : t('chip.toggle');
      if (!panel.hidden) render();
    },
    destroy() {
      host.remove();
    },
  };
}
