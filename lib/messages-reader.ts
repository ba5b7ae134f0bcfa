/**
 * Messages to and from the reader script (the one that highlights passages in articles). Built with zod's
 * small build, like the canvas messages, because the reader is injected into pages. The background checks
 * the same shapes and applies the full annotation schema before anything is stored.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from './catalogue/ids';
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from './model/limits';

const Id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const Url = z.string().check(z.maxLength(4000));
const Phase = z.enum(['get', 'keep', 'grow']);

export const Quote = z.object({
  exact: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE_LENGTH)),
  prefix: z.string().check(z.maxLength(CONTEXT_LENGTH * 2)),
  suffix: z.string().check(z.maxLength(CONTEXT_LENGTH * 2)),
});
export const Position = z.object({ start: z.number().check(z.int(), z.gte(0)), end: z.number().check(z.int(), z.gte(0)) });

/** What the reader needs of an annotation to place and paint it, and to show it when clicked. */
export const PlacedAnnotation = z.object({
  id: Id,
  quote: Quote,
  position: Position,
  phase: z.optional(Phase),
  types: z.array(z.string()),
  tags: z.array(z.string()),
  note: z.string(),
});
export type PlacedAnnotation = z.infer<typeof PlacedAnnotation>;

/** Reader → background: the page's annotations, please. */
export const ReaderLoad = z.object({ type: z.literal('reader/load'), url: Url });
/** Reader → background: save this selection ("Highlight"), and with `open` show it in the side panel ("Annotate"). */
export const ReaderCreate = z.object({
  type: z.literal('reader/create'), url: Url, title: z.string().check(z.maxLength(500)), quote: Quote, position: Position, open: z.boolean(),
});
/** Reader → background: open this annotation in the side panel (clicked highlight → "Edit"). */
export const ReaderOpen = z.object({ type: z.literal('reader/open'), id: Id });

/**
 * Reader → extension pages: the reader placed the page's highlights (it started, or the page was reloaded on
 * an opted-in site). An open side panel shows that page's status from it, without asking again and again.
 */
export const ReaderReady = z.object({ type: z.literal('reader/ready'), url: Url });
export type ReaderReady = z.infer<typeof ReaderReady>;

export const ReaderMessage = z.discriminatedUnion('type', [ReaderLoad, ReaderCreate, ReaderOpen]);
export type ReaderMessage = z.infer<typeof ReaderMessage>;

/**
 * The reader's words in the language the background chose (absent for English, which the reader carries): a flat
 * list of key, text, key, text… (lib/i18n/chip.ts `flattenWords`), bounded so a page cannot be flooded with it.
 */
export const ReaderWords = z.array(z.string().check(z.maxLength(400))).check(z.maxLength(100));

export const LoadAnswer = z.union([
  z.object({
    ok: z.literal(true), annotations: z.array(PlacedAnnotation),
    language: z.optional(z.enum(LANGUAGES)), words: z.optional(ReaderWords),
    /** The page's relationship types by name in that language, as `id, name, …` (the reader has no catalogue). */
    typeNames: z.optional(ReaderWords),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type LoadAnswer = z.infer<typeof LoadAnswer>;

export const CreateAnswer = z.union([
  z.object({ ok: z.literal(true), annotation: PlacedAnnotation }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type CreateAnswer = z.infer<typeof CreateAnswer>;

/** Background or side panel → reader. `reader/status` is the contract in DESIGN.md. */
export const ReaderRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reader/status') }),
  z.object({ type: z.literal('reader/refresh') }),
  z.object({ type: z.literal('reader/focus'), id: Id }),
]);
export type ReaderRequest = z.infer<typeof ReaderRequest>;

export const ReaderStatus = z.union([
  z.object({
    status: z.literal('active'),
    url: z.string(),
    anchored: z.array(z.object({ id: z.string(), text: z.string(), prefix: z.string(), suffix: z.string() })),
    orphans: z.array(z.string()),
  }),
  z.object({ status: z.literal('inactive') }),
]);
export type ReaderStatus = z.infer<typeof ReaderStatus>;

/** Where the reader leaves its functions, so a second injection into the same page only refreshes it. */
export const READER_KEY = '__crcReader';
export interface ReaderHandle {
  refresh(): void;
}

/** The part of a stored annotation the reader gets. */
export function placedOf(a: { id: string; quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number }; phase?: 'get' | 'keep' | 'grow' | undefined; types: string[]; tags: string[]; note: string }): PlacedAnnotation {
  const placed: PlacedAnnotation = { id: a.id, quote: a.quote, position: a.position, types: a.types, tags: a.tags, note: a.note };
  if (a.phase) placed.phase = a.phase;
  return placed;
}
