/**
 * Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), for other annotation
 * tools. Per the model's section on collections, a set of annotations is an `AnnotationCollection` whose
 * `first` page embeds them all: one file, one page. Trashed annotations are left out.
 */
import type { Annotation } from '../model/annotation';
import { live } from './describe';
import { ENGLISH_WORDS, type ExportWords } from './words';
import type { ExportInput } from './envelope';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Purpose = 'commenting' | 'tagging' | 'classifying';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: Purpose;
  format?: 'text/plain';
  /** BCP-47 language of `value`: set for the names we write (types, phases); a user's note or tag has none we know. */
  language?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'tagging' | 'classifying' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The model wants an IRI for every annotation and collection: a `urn:uuid:` for UUIDs (what this app makes),
 * a `tag:` IRI for older ids (`crc.invalid` can never be registered, so it claims nobody's name).
 */
export function iriOf(what: 'annotation' | 'export', id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `tag:crc.invalid,2025:${what}/${id}`;
}

export function toWebAnnotation(a: Annotation, w: ExportWords = ENGLISH_WORDS): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.note.trim()) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  // Relationship types and the phase classify the passage; written as names a reader of the file understands.
  for (const type of a.types) body.push({ type: 'TextualBody', value: w.typeName(type), purpose: 'classifying', language: w.language });
  if (a.phase) body.push({ type: 'TextualBody', value: w.phaseName(a.phase), purpose: 'classifying', language: w.language });
  const quote: WebAnnotation['target']['selector'][0] = { type: 'TextQuoteSelector', exact: a.quote.exact };
  if (a.quote.prefix) quote.prefix = a.quote.prefix;
  if (a.quote.suffix) quote.suffix = a.quote.suffix;
  const annotation: WebAnnotation = {
    id: iriOf('annotation', a.id),
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : a.tags.length ? 'tagging' : a.types.length || a.phase ? 'classifying' : 'highlighting',
    created: a.createdAt,
    modified: a.updatedAt,
    target: {
      source: a.url,
      // Two selectors for the same passage: a consumer uses whichever it supports (the model allows alternatives).
      selector: [quote, { type: 'TextPositionSelector', start: a.position.start, end: a.position.end }],
    },
  };
  if (body.length) annotation.body = body;
  return annotation;
}

export function buildCollection(input: ExportInput): AnnotationCollection {
  const items = live(input.annotations).map((a) => toWebAnnotation(a, input.words));
  const id = iriOf('export', input.id);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Annotations exported from ${input.app.name} on ${input.exportedAt.toISOString().slice(0, 10)}`,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function renderJsonLd(input: ExportInput): string {
  return `${JSON.stringify(buildCollection(input), null, 2)}\n`;
}
