import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../../../lib/model/annotation';
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from '../../../lib/model/limits';
import {
  CreateAnswer,
  LoadAnswer,
  PlacedAnnotation,
  ReaderMessage,
  ReaderRequest,
  ReaderStatus,
  placedOf,
} from '../../../lib/messages-reader';

const ARTICLE = 'https://blog.example/retention#comments';
const quote = { exact: 'members who know the staff stay longer', prefix: 'In our survey, ', suffix: ' than others.' };
const position = { start: 120, end: 158 };

/** What the background keeps of a stored annotation and sends to the reader. */
const placed: PlacedAnnotation = { id: 'ann-retention', quote, position, phase: 'keep', types: ['community'], tags: ['staff'], note: 'Good evidence.' };

const create = { type: 'reader/create', url: ARTICLE, title: 'Why members stay', quote, position, open: false };

describe('reader → background messages', () => {
  it('accepts the three requests the reader sends', () => {
    expect(ReaderMessage.safeParse({ type: 'reader/load', url: ARTICLE }).success).toBe(true);
    expect(ReaderMessage.safeParse(create).data).toEqual(create);
    expect(ReaderMessage.safeParse({ ...create, open: true }).success).toBe(true);
    expect(ReaderMessage.safeParse({ type: 'reader/open', id: 'ann-retention' }).success).toBe(true);
  });

  it('accepts a quote of exactly the longest length and the widest context', () => {
    const longest = { exact: 'x'.repeat(MAX_QUOTE_LENGTH), prefix: 'p'.repeat(CONTEXT_LENGTH * 2), suffix: 's'.repeat(CONTEXT_LENGTH * 2) };
    expect(ReaderMessage.safeParse({ ...create, quote: longest }).success).toBe(true);
  });

  it.each([
    ['no message at all', undefined],
    ['a string', 'reader/load'],
    ['an unknown type', { type: 'reader/delete', id: 'ann-retention' }],
    ['a load without a url', { type: 'reader/load' }],
    ['a url that is not text', { type: 'reader/load', url: 42 }],
    ['an over-long url', { type: 'reader/load', url: `https://blog.example/${'a'.repeat(4000)}` }],
    ['an over-long quote', { ...create, quote: { ...quote, exact: 'x'.repeat(MAX_QUOTE_LENGTH + 1) } }],
    ['an empty quote', { ...create, quote: { ...quote, exact: '' } }],
    ['an over-long prefix', { ...create, quote: { ...quote, prefix: 'p'.repeat(CONTEXT_LENGTH * 2 + 1) } }],
    ['a quote without its context', { ...create, quote: { exact: 'members' } }],
    ['a negative position', { ...create, position: { start: -1, end: 5 } }],
    ['a fractional position', { ...create, position: { start: 1.5, end: 5 } }],
    ['an over-long title', { ...create, title: 't'.repeat(501) }],
    ['a create that does not say whether to open', { ...create, open: 'yes' }],
    ['an id with a path in it', { type: 'reader/open', id: '../../etc/passwd' }],
    ['an empty id', { type: 'reader/open', id: '' }],
    ['an over-long id', { type: 'reader/open', id: 'a'.repeat(65) }],
    ['an id that is a number', { type: 'reader/open', id: 7 }],
  ])('refuses %s', (_what, message) => {
    expect(ReaderMessage.safeParse(message).success).toBe(false);
  });
});

describe('background → reader answers', () => {
  it('accepts a page’s annotations and a failure message', () => {
    expect(LoadAnswer.safeParse({ ok: true, annotations: [placed] }).data).toEqual({ ok: true, annotations: [placed] });
    expect(LoadAnswer.safeParse({ ok: true, annotations: [] }).success).toBe(true);
    expect(LoadAnswer.safeParse({ ok: false, error: 'The browser has no room left.' }).success).toBe(true);
  });

  it('accepts a created annotation', () => {
    expect(CreateAnswer.safeParse({ ok: true, annotation: placed }).data).toEqual({ ok: true, annotation: placed });
    expect(CreateAnswer.safeParse({ ok: false, error: 'Not saved: url: expected a web address (http or https)' }).success).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['success without annotations', { ok: true }],
    ['failure without a message', { ok: false }],
    ['an annotation with a bad id', { ok: true, annotations: [{ ...placed, id: '<img>' }] }],
    ['an annotation in an unknown phase', { ok: true, annotations: [{ ...placed, phase: 'later' }] }],
    ['an annotation whose note is not text', { ok: true, annotations: [{ ...placed, note: { html: '<b>' } }] }],
    ['an annotation with an over-long quote', { ok: true, annotations: [{ ...placed, quote: { ...quote, exact: 'x'.repeat(MAX_QUOTE_LENGTH + 1) } }] }],
  ])('refuses a load answer with %s', (_what, answer) => {
    expect(LoadAnswer.safeParse(answer).success).toBe(false);
  });

  it('refuses a create answer that holds no annotation', () => {
    expect(CreateAnswer.safeParse({ ok: true, annotations: [placed] }).success).toBe(false);
    expect(CreateAnswer.safeParse({ ok: 'true', annotation: placed }).success).toBe(false);
  });
});

describe('side panel ↔ reader', () => {
  it('accepts the requests the panel sends and refuses others', () => {
    expect(ReaderRequest.safeParse({ type: 'reader/status' }).success).toBe(true);
    expect(ReaderRequest.safeParse({ type: 'reader/refresh' }).success).toBe(true);
    expect(ReaderRequest.safeParse({ type: 'reader/focus', id: 'ann-retention' }).success).toBe(true);
    expect(ReaderRequest.safeParse({ type: 'reader/focus', id: 'bad id' }).success).toBe(false);
    expect(ReaderRequest.safeParse({ type: 'reader/focus' }).success).toBe(false);
    expect(ReaderRequest.safeParse({ type: 'reader/create' }).success).toBe(false);
  });

  it('accepts the reader’s status, active or not', () => {
    const active = { status: 'active', url: ARTICLE, anchored: [{ id: 'ann-retention', text: quote.exact, prefix: quote.prefix, suffix: quote.suffix }], orphans: ['gone'] };
    expect(ReaderStatus.safeParse(active).data).toEqual(active);
    expect(ReaderStatus.safeParse({ status: 'inactive' }).success).toBe(true);
    expect(ReaderStatus.safeParse({ status: 'active', url: ARTICLE }).success).toBe(false);
    expect(ReaderStatus.safeParse({ status: 'sleeping' }).success).toBe(false);
  });
});

describe('what the reader gets of a stored annotation', () => {
  const stored = AnnotationSchema.parse({
    id: 'ann-retention',
    url: 'https://blog.example/retention',
    title: 'Why members stay',
    quote,
    position,
    types: ['community'],
    phase: 'keep',
    tags: ['staff'],
    note: 'Good evidence.',
    createdAt: '2026-11-10T12:00:00.000Z',
    updatedAt: '2026-11-10T12:05:00.000Z',
    rev: 2,
  });

  it('copies what it needs to place and show the passage, and nothing else', () => {
    expect(placedOf(stored)).toEqual(placed);
    expect(Object.keys(placedOf(stored)).sort()).toEqual(['id', 'note', 'phase', 'position', 'quote', 'tags', 'types']);
  });

  it('leaves the phase out when the annotation has none', () => {
    const { phase: _, ...unphased } = stored;
    const result = placedOf(unphased);
    expect('phase' in result).toBe(false);
    expect(placedOf({ ...stored, phase: undefined })).not.toHaveProperty('phase');
  });

  it('gives what the reader accepts', () => {
    expect(CreateAnswer.safeParse({ ok: true, annotation: placedOf(stored) }).success).toBe(true);
    expect(LoadAnswer.safeParse({ ok: true, annotations: [placedOf({ ...stored, phase: undefined })] }).success).toBe(true);
  });
});
