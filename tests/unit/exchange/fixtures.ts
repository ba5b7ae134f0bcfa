/**
 * Small records for the exchange tests: a coworking draft with every kind of content (types, a full grid,
 * evidence, a comment), an annotation it cites, strings that would be markup if they were not escaped, and a
 * database helper that counts what an import wrote.
 */
import 'fake-indexeddb/auto';
import type { Annotation } from '../../../lib/model/annotation';
import type { Draft } from '../../../lib/model/draft';
import type { ExportInput } from '../../../lib/exchange/envelope';
import { openDatabase } from '../../../lib/store/db';
import { ImportStore, type Existing } from '../../../lib/store/imports';
import { expectOk } from '../store/harness';

export const APP = { name: 'Customer Relationships Companion', version: '0.1.0' };
export const EXPORTED_AT = new Date('2026-11-23T10:30:00.000Z');

/** Strings that turn into markup, links or script somewhere if any export forgets to escape them. */
export const PAYLOADS = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '"><b onmouseover=alert(1)>hover</b>',
  "'; background: url(javascript:alert(1)); '",
  '[click me](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example/autolink>',
  '**bold** _it_ `code` ~~gone~~ $x^2$',
  '# Heading\n> quote\n- item\n1. first\n---',
  '| cell | cell |\n| --- | --- |',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;',
  '</style><style>body{display:none}</style>',
  '<!-- comment --> <![CDATA[x]]>',
  '\\<script\\>',
];

/** A draft with something in every field, ids fixed so tests can point at its parts. */
export function coworkingDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'draft-coworking',
    title: 'Coworking space',
    source: { url: 'https://canvas.example/board/7', title: 'Team board' },
    segments: [
      {
        id: 'seg-offices',
        name: 'Offices',
        types: [{ typeId: 'dedicated-personal-assistance', rationale: 'Companies rent whole floors' }],
        grid: {
          get: [{ id: 't-visit', text: 'Guided visit', channel: 'sales team', metric: { name: 'conversion', target: '25 %' } }],
          keep: [{ id: 't-review', text: 'Quarterly review', channel: '' }, { id: 't-desk', text: 'Help desk', channel: 'chat' }],
          grow: [],
        },
        notes: 'Decision makers are office managers.\nBudgets are set yearly.',
        evidence: [
          {
            id: 'ev-1', phase: 'keep', quote: 'members who know the staff stay longer', url: 'https://blog.example/retention#top',
            title: 'Why members stay', annotationId: 'ann-retention', prefix: 'In our survey, ', suffix: ' than others.',
          },
        ],
      },
      {
        id: 'seg-freelancers',
        name: 'Freelancers',
        types: [{ typeId: 'community', rationale: '' }],
        grid: { get: [], keep: [{ id: 't-meetup', text: 'Monthly meetup', channel: '' }], grow: [] },
        notes: '',
      },
    ],
    summary: 'Personal help for offices, a community for freelancers.',
    summaryEdited: true,
    comments: [
      { id: 'c-1', target: { kind: 'tactic', segmentId: 'seg-offices', phase: 'keep', tacticId: 't-review' }, author: 'Coach Ada', text: 'Who runs the review?', createdAt: '2026-11-20T09:00:00.000Z', resolved: false },
    ],
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-19T17:45:00.000Z',
    rev: 3,
    ...overrides,
  };
}

export function retentionAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: 'ann-retention',
    url: 'https://blog.example/retention',
    title: 'Why members stay',
    quote: { exact: 'members who know the staff stay longer', prefix: 'In our survey, ', suffix: ' than others.' },
    position: { start: 120, end: 158 },
    types: ['community'],
    phase: 'keep',
    tags: ['staff'],
    note: 'Good evidence for the Keep phase.',
    createdAt: '2026-11-10T12:00:00.000Z',
    updatedAt: '2026-11-10T12:05:00.000Z',
    rev: 2,
    ...overrides,
  };
}

export function exportInput(parts: Partial<ExportInput> = {}): ExportInput {
  return {
    drafts: [coworkingDraft()],
    annotations: [retentionAnnotation()],
    app: APP,
    kind: 'export',
    exportedAt: EXPORTED_AT,
    id: '5f2b8a4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
    ...parts,
  };
}

export const NO_RECORDS: Existing = { drafts: new Map(), annotations: new Map() };

export function uniqueName(): string {
  return `exchange-${crypto.randomUUID()}`;
}

/** A clock that moves one minute on every reading. */
export function tickingClock(start = Date.parse('2026-12-01T09:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 60_000));
}

export async function openImports(name = uniqueName()): Promise<{ store: ImportStore; name: string }> {
  const opened = await ImportStore.open({ name, now: tickingClock() });
  if (!opened.ok) throw new Error(`could not open the import store: ${opened.error.message}`);
  return { store: opened.value, name };
}

/** How many records each object store holds. */
export async function counts(name: string): Promise<Record<string, number>> {
  const opened = await openDatabase({ name });
  if (!opened.ok) throw new Error(opened.error.message);
  const db = opened.value;
  try {
    const out: Record<string, number> = {};
    for (const store of [...db.objectStoreNames].sort()) out[store] = await db.count(store);
    return out;
  } finally {
    db.close();
  }
}

export { expectOk };

/** What a view would do: read what the profile holds, then the file against it. */
export async function existingOf(store: ImportStore): Promise<Existing> {
  return expectOk(await store.existing());
}
