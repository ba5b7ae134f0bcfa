/**
 * fast-check generators of valid drafts and annotations: any text (markup, emoji, control characters, lone
 * surrogates), optional fields present or absent, trashed or not. Each record is normalised by its schema,
 * so a generated record is exactly what the store would hold.
 */
import fc from 'fast-check';
import { AnnotationSchema, type Annotation } from '../../../lib/model/annotation';
import { DraftSchema, PHASE_IDS, type Draft } from '../../../lib/model/draft';
import { PAYLOADS } from './fixtures';

const id = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));

/** Any text up to `max` code points: printable, hostile, or arbitrary UTF-16 (lone surrogates included). */
export const text = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: max }) },
    { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: Math.floor(max / 2) }) },
  );

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().replace('Z', '+02:00')));
const typeId = fc.stringMatching(/^[a-z]{1,12}(-[a-z]{1,12}){0,2}$/);
const phase = fc.constantFrom(...PHASE_IDS);
const webUrl = fc.webUrl({ withFragments: true, withQueryParameters: true });
/** A canvas source may hold any address (it was read from a page); evidence only web addresses. */
const anyUrl = fc.oneof(webUrl, fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ''));

const tactic = fc.record(
  { id, text: text(120), channel: text(30), metric: fc.record({ name: text(30), target: text(20) }) },
  { requiredKeys: ['id', 'text', 'channel'] },
);

const evidence = fc.record(
  { id, phase, quote: text(200).filter((q) => q.length > 0), url: webUrl, title: text(40), annotationId: id, prefix: text(32), suffix: text(32) },
  { requiredKeys: ['id', 'phase', 'quote', 'url', 'title', 'prefix', 'suffix'] },
);

const segment = fc.record(
  {
    id,
    name: text(60),
    types: fc.array(fc.record({ typeId, rationale: text(120) }), { maxLength: 3 }),
    grid: fc.record({ get: fc.array(tactic, { maxLength: 3 }), keep: fc.array(tactic, { maxLength: 3 }), grow: fc.array(tactic, { maxLength: 3 }) }),
    notes: text(300),
    evidence: fc.array(evidence, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'types', 'grid', 'notes'] },
);

const target = fc.oneof(
  fc.constant({ kind: 'draft' as const }),
  fc.record({ kind: fc.constant('segment' as const), segmentId: id }),
  fc.record({ kind: fc.constant('type' as const), segmentId: id, typeId }),
  fc.record({ kind: fc.constant('tactic' as const), segmentId: id, phase, tacticId: id }),
);

const comment = fc.record({
  id,
  target,
  author: text(40).filter((a) => a.length > 0),
  text: text(200).filter((t) => t.length > 0),
  createdAt: timestamp,
  resolved: fc.boolean(),
});

export const draft: fc.Arbitrary<Draft> = fc
  .record(
    {
      id,
      title: text(80),
      source: fc.record({ url: anyUrl, title: text(40) }),
      segments: fc.array(segment, { maxLength: 3 }),
      summary: text(120),
      summaryEdited: fc.boolean(),
      comments: fc.uniqueArray(comment, { maxLength: 3, selector: (c) => c.id }),
      createdAt: timestamp,
      updatedAt: timestamp,
      rev: fc.integer({ min: 1, max: 500 }),
      deletedAt: timestamp,
    },
    { requiredKeys: ['id', 'title', 'segments', 'summary', 'summaryEdited', 'createdAt', 'updatedAt', 'rev'] },
  )
  .map((d) => DraftSchema.parse(d));

const tag = fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0);

export const annotation: fc.Arbitrary<Annotation> = fc
  .record(
    {
      id,
      url: fc.webUrl({ withQueryParameters: true }),
      title: text(60),
      quote: fc.record({ exact: text(300).filter((q) => q.length > 0), prefix: text(32), suffix: text(32) }),
      position: fc.tuple(fc.nat(100_000), fc.nat(5_000)).map(([start, length]) => ({ start, end: start + length })),
      types: fc.array(typeId, { maxLength: 3 }),
      phase,
      tags: fc.array(tag, { maxLength: 4 }),
      note: text(200),
      createdAt: timestamp,
      updatedAt: timestamp,
      rev: fc.integer({ min: 1, max: 50 }),
      deletedAt: timestamp,
    },
    { requiredKeys: ['id', 'url', 'title', 'quote', 'position', 'types', 'tags', 'note', 'createdAt', 'updatedAt', 'rev'] },
  )
  .map((a) => AnnotationSchema.parse(a));

export const drafts = fc.uniqueArray(draft, { maxLength: 4, selector: (d) => d.id });
export const annotations = fc.uniqueArray(annotation, { maxLength: 4, selector: (a) => a.id });
