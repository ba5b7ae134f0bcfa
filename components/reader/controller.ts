/**
 * The reader in a page: loads the page's annotations from the background, places them (lib/anchor),
 * paints them, offers the adder for new selections, opens a highlight when it is clicked, and answers
 * `reader/status`. Never throws into the page: every handler is guarded.
 */
import { anchorAll, describeRange, textIndex } from '../../lib/anchor';
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from '../../lib/model/limits';
import { CreateAnswer, LoadAnswer, type PlacedAnnotation, type ReaderStatus } from '../../lib/messages-reader';
import { sendToBackground } from '../../lib/platform/messaging';
import { watchPage } from '../../lib/detect/watch';
import { clearAll, focus, paint } from './highlights';
import type { Language } from '../../lib/i18n/languages';
import { createReaderUi, readerText, type Rect } from './ui';

interface Placed {
  annotation: PlacedAnnotation;
  range: Range;
}

export interface Reader {
  refresh(): Promise<void>;
  status(): ReaderStatus;
  focus(id: string): boolean;
  destroy(): void;
}

const root = (): Node => document.body ?? document.documentElement;

function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch {
      // A page we cannot read as expected gets no adder; it must never see our error.
    }
  };
}

function rectOf(range: Range): Rect {
  const r = range.getBoundingClientRect();
  return { left: r.left, top: r.top, bottom: r.bottom };
}

export function startReader(): Reader {
  let placed: Placed[] = [];
  let orphans: string[] = [];
  let annotations: PlacedAnnotation[] = [];
  let pending: ReturnType<typeof describeRange>;
  // English until the background's first answer names the chosen language (a few milliseconds).
  let t = readerText();
  let lang: Language = 'en';
  let typeNames = new Map<string, string>();
  /** The annotation as its card shows it: its types by name where the background named them. */
  const shown = (a: PlacedAnnotation): PlacedAnnotation => ({ ...a, types: a.types.map((id) => typeNames.get(id) ?? id) });

  const ui = createReaderUi({
    async onSave(open) {
      const selectors = pending;
      if (!selectors) return { ok: false, message: t('save.noSelection') };
      if (selectors.quote.exact.length > MAX_QUOTE_LENGTH) {
        return { ok: false, message: t('save.tooLong', { length: selectors.quote.exact.length, max: MAX_QUOTE_LENGTH }) };
      }
      const answer = CreateAnswer.safeParse(
        await sendToBackground({ type: 'reader/create', url: location.href, title: document.title.slice(0, 500), ...selectors, open }),
      );
      if (!answer.success) return { ok: false, message: t('save.noAnswer') };
      if (!answer.data.ok) return { ok: false, message: answer.data.error };
      annotations = [...annotations, answer.data.annotation];
      place();
      getSelection()?.removeAllRanges();
      return { ok: true, message: open ? t('save.opened') : t('save.highlighted') };
    },
    onEdit(id) {
      void sendToBackground({ type: 'reader/open', id });
    },
  });

  function place(): void {
    const result = anchorAll(root(), annotations.map(({ id, quote, position }) => ({ id, quote, position })));
    const byId = new Map(annotations.map((a) => [a.id, a]));
    placed = result.placed.flatMap((p) => {
      const annotation = byId.get(p.id);
      return annotation ? [{ annotation, range: p.range }] : [];
    });
    orphans = result.orphans;
    paint(placed.map((p) => ({ range: p.range, phase: p.annotation.phase })));
  }

  async function refresh(): Promise<void> {
    const answer = LoadAnswer.safeParse(await sendToBackground({ type: 'reader/load', url: location.href }));
    if (!answer.success || !answer.data.ok) return;
    annotations = answer.data.annotations;
    const names = answer.data.typeNames ?? [];
    typeNames = new Map(names.flatMap((id, i) => (i % 2 === 0 && i + 1 < names.length ? [[id, names[i + 1]!] as const] : [])));
    const language = answer.data.language ?? 'en';
    if (language !== lang) {
      lang = language;
      t = readerText(language, answer.data.words);
      ui.speak(t, language);
    }
    place();
  }

  /** Offers the adder for the page's current selection; false when there is none worth annotating. */
  function offerSelection(focusAdder: boolean): boolean {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      pending = undefined;
      return false;
    }
    const range = selection.getRangeAt(0);
    pending = describeRange(root(), range);
    if (pending) ui.showAdder(rectOf(range), focusAdder);
    return Boolean(pending);
  }

  const onSelection = guard((event: Event) => {
    if (ui.contains(event.target)) return;
    if (!offerSelection(event.type === 'keyup') && event.type === 'pointerup') openHighlightAt(event as PointerEvent);
  });

  function openHighlightAt(event: PointerEvent): void {
    const caret = caretAt(event.clientX, event.clientY);
    if (!caret) return ui.hide();
    const hit = placed.find((p) => {
      try {
        return p.range.isPointInRange(caret.node, caret.offset);
      } catch {
        return false;
      }
    });
    if (hit) ui.showCard(shown(hit.annotation), rectOf(hit.range));
    else ui.hide();
  }

  const onKeyUp = guard((event: KeyboardEvent) => {
    // Only selections made with the keyboard (Shift + arrows, Ctrl+A…); typing in page fields is not ours.
    if (event.shiftKey || event.key === 'Shift' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a')) onSelection(event);
  });

  document.addEventListener('pointerup', onSelection, true);
  document.addEventListener('keyup', onKeyUp, true);
  // Content that arrives late (single-page apps, lazy sections) may hold passages not placed yet.
  const stopWatching = watchPage(document, guard(() => orphans.length > 0 && place()), { debounceMs: 800, maxWaitMs: 4000 });

  // Started from "Annotate selection" or the shortcut with text selected: offer it at once, keyboard first.
  guard(() => offerSelection(true))();

  return {
    refresh,
    status(): ReaderStatus {
      const index = textIndex(root());
      const anchored = placed.flatMap(({ annotation, range }) => {
        const at = index.offsetsOf(range);
        if (!at) return [];
        return [{
          id: annotation.id,
          text: index.text.slice(at.start, at.end),
          prefix: index.text.slice(Math.max(0, at.start - CONTEXT_LENGTH), at.start),
          suffix: index.text.slice(at.end, at.end + CONTEXT_LENGTH),
        }];
      });
      return { status: 'active', url: location.href, anchored, orphans };
    },
    focus(id) {
      const hit = placed.find((p) => p.annotation.id === id);
      if (!hit) return false;
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      const box = hit.range.getBoundingClientRect();
      scrollTo({ top: scrollY + box.top - innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
      focus(hit.range);
      setTimeout(() => ui.showCard(shown(hit.annotation), rectOf(hit.range)), reduce ? 0 : 400);
      return true;
    },
    destroy() {
      document.removeEventListener('pointerup', onSelection, true);
      document.removeEventListener('keyup', onKeyUp, true);
      stopWatching();
      clearAll();
      ui.destroy();
    },
  };
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
