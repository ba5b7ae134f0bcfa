/**
 * The reader's controls in the page: the adder beside a selection ("Highlight", "Annotate") and the card a
 * clicked highlight opens. Plain DOM in one open Shadow DOM host, like the canvas chip; page and user text
 * go in only through `textContent`.
 */
import { translator, type Translate } from '../../lib/i18n/catalogue';
import { wordsFrom } from '../../lib/i18n/chip';
import type { Language } from '../../lib/i18n/languages';
import english from '../../lib/i18n/messages/reader.en';
import type { PlacedAnnotation } from '../../lib/messages-reader';
import { el } from '../dom';
import { OWN_UI_ATTRIBUTE } from '../../lib/own-ui';
import css from './reader.css?inline';


/** The reader's `t` in `language` from the words the background sent; English for any word missing or malformed. */
export function readerText(language: Language = 'en', words?: readonly string[]): Translate<'reader'> {
  return translator<'reader'>(english, language, words && wordsFrom<'reader'>(words));
}

export interface ReaderUiActions {
  /** Saves the current selection; `open` also opens it in the side panel. Resolves to what to tell the user. */
  onSave(open: boolean): Promise<{ ok: boolean; message: string }>;
  onEdit(id: string): void;
}

export interface Rect {
  left: number;
  top: number;
  bottom: number;
}

export interface ReaderUi {
  showAdder(at: Rect, focus: boolean): void;
  showCard(annotation: PlacedAnnotation, at: Rect): void;
  hide(): void;
  /** Speaks `t`'s language from now on (the background's words arrive with the page's annotations). */
  speak(t: Translate<'reader'>, language: Language): void;
  /** Whether an event happened inside our UI (so the page's own selection handling ignores it). */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

export function createReaderUi(actions: ReaderUiActions): ReaderUi {
  let t = readerText();
  const host = el('crc-reader' as 'div', { [OWN_UI_ATTRIBUTE]: '' });
  host.style.cssText = 'position:absolute;z-index:2147483646;top:0;left:0;';
  // Our words are English until the background's arrive, whatever the article's language.
  host.lang = 'en';
  const root = host.attachShadow({ mode: 'open' });
  root.append(el('style', {}, css));

  const adder = el('div', { class: 'box', role: 'toolbar', 'aria-label': t('adder.label'), hidden: '' });
  const highlight = el('button', { type: 'button', class: 'primary' }, t('adder.highlight'));
  const annotate = el('button', { type: 'button' }, t('adder.annotate'));
  const status = el('p', { class: 'status', role: 'status' });
  adder.append(highlight, annotate, status);

  const card = el('div', { class: 'box card', role: 'dialog', 'aria-label': t('card.label'), hidden: '' });
  root.append(adder, card);
  document.documentElement.append(host);

  const place = (at: Rect) => {
    // Below the selection when there is room, above it otherwise; kept inside the viewport.
    const below = at.bottom + 8;
    const top = below + 80 < innerHeight ? below : Math.max(4, at.top - 56);
    const left = Math.min(Math.max(4, at.left), Math.max(4, innerWidth - 330));
    host.style.transform = `translate(${Math.round(left + scrollX)}px, ${Math.round(top + scrollY)}px)`;
  };

  const save = async (open: boolean) => {
    highlight.disabled = annotate.disabled = true;
    status.className = 'status';
    status.textContent = t('adder.saving');
    const { ok, message } = await actions.onSave(open);
    highlight.disabled = annotate.disabled = false;
    status.className = ok ? 'status' : 'status error';
    status.textContent = message;
    if (ok) setTimeout(() => status.textContent === message && hide(), 1500);
  };
  highlight.addEventListener('click', () => void save(false));
  annotate.addEventListener('click', () => void save(true));

  const hide = () => {
    adder.hidden = true;
    card.hidden = true;
  };
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') hide();
  });

  return {
    showAdder(at, focus) {
      card.hidden = true;
      status.textContent = '';
      adder.hidden = false;
      place(at);
      // A keyboard selection moves focus to the adder so its buttons are one Tab press apart.
      if (focus) highlight.focus();
    },
    showCard(annotation, at) {
      adder.hidden = true;
      card.replaceChildren();
      card.append(el('p', { class: 'quote' }, `“${annotation.quote.exact}”`));
      const tags = [annotation.phase ? t(`phase.${annotation.phase}`) : '', ...annotation.types, ...annotation.tags].filter(Boolean);
      if (tags.length) card.append(el('p', { class: 'tags' }, tags.join(' · ')));
      if (annotation.note) card.append(el('p', { class: 'note' }, annotation.note));
      const row = el('div', { class: 'actions' });
      const edit = el('button', { type: 'button', class: 'primary' }, t('card.edit'));
      const close = el('button', { type: 'button' }, t('card.close'));
      edit.addEventListener('click', () => actions.onEdit(annotation.id));
      close.addEventListener('click', hide);
      row.append(edit, close);
      card.append(row);
      card.hidden = false;
      place(at);
      edit.focus({ preventScroll: true });
    },
    hide,
    speak(next, language) {
      t = next;
      // Our controls are in `language`; the article around them keeps its own.
      host.lang = language;
      adder.setAttribute('aria-label', t('adder.label'));
      highlight.textContent = t('adder.highlight');
      annotate.textContent = t('adder.annotate');
      card.setAttribute('aria-label', t('card.label'));
    },
    contains: (target) => target === host || (target instanceof Node && host.contains(target)),
    destroy: () => host.remove(),
  };
}
