/**
 * Reading an export file into a plan the user previews before anything is written. Checks run cheapest
 * first — size (before parsing), encoding, JSON syntax and nesting, format and version — then the whole
 * file is validated with zod and every problem is listed with its path. Only a file with no problem at all
 * gets a plan; writing it is lib/store/imports.ts's job, in one transaction.
 */
import type { Annotation } from '../model/annotation';
import { deepEqual } from '../model/merge';
import { newId as randomId, type Draft } from '../model/draft';
import type { DraftWrite, Existing, ImportWrites } from '../store/imports';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, EnvelopeSchema, type AppInfo, type DraftScores, type Envelope, type ExportKind } from './envelope';
import { importText, parseJson } from './json-text';
import { ENGLISH_PROBLEMS, problem, type ProblemWords } from './problem-words';
import { capped, expectedType, issueProblems } from './problems';
import { mergeReview, reviewChanges, sameApartFromComments } from './review';

/** What happens to one draft of the file. */
export type DraftPlan =
  /** Its id is new here: added as it is in the file (a restore gives back exactly what was backed up). */
  | { action: 'add'; draft: Draft }
  /** Its id is taken by a different draft (or an unreadable one): added under a new id, titled as imported. */
  | { action: 'copy'; draft: Draft; originalId: string }
  /**
   * A review of a draft we have: it brings comments (new, or resolved) and is merged if the user confirms:
   * `merged` is our draft with their comments; `asCopy` is what "import as a copy instead" would add.
   */
  | { action: 'review'; draft: Draft; ours: Draft; merged: Draft; asCopy: Draft; addedComments: number; resolvedComments: number; textDiffers: boolean }
  /** We already have this draft as it is (comments included): nothing to do. */
  | { action: 'skip'; draft: Draft }
  /** A classmate's draft in a coach's file for the whole class: only the drafts we have are taken. */
  | { action: 'not-mine'; draft: Draft };

/** What happens to one annotation of the file. */
export type AnnotationPlan =
  | { action: 'add'; annotation: Annotation }
  /** Same id and same passage, tags and note: already here. */
  | { action: 'skip-duplicate'; annotation: Annotation }
  /** Same id, different content: added under a new id (drafts of the file that cite it follow it). */
  | { action: 'copy'; annotation: Annotation; originalId: string };

export interface ImportPlan {
  kind?: ExportKind;
  exportedAt: string;
  app: AppInfo;
  drafts: DraftPlan[];
  annotations: AnnotationPlan[];
  /** A coach's rubric scores for drafts of the file (shown in the preview; the comments carry them too). */
  scores?: DraftScores[];
}

export type ImportRead = { ok: true; plan: ImportPlan } | { ok: false; problems: string[] };

export interface ReadOptions {
  /** Stamps copies and merges; defaults to the current time. */
  now?: Date;
  /** Ids for copies; defaults to random UUIDs. */
  newId?: () => string;
  /** The language problems are told in; English by default. */
  words?: ProblemWords;
}

/** Appended to the title of a copy, so it is told apart from the draft whose id it could not take. */
export const COPY_SUFFIX = ' (imported)';
const MAX_TITLE = 500;

/**
 * Reads `input` (the file's text or bytes) against what the profile holds. Never throws: a file that cannot
 * be imported gives `problems`, each starting with where it is (`drafts[2].segments[0].name: …`, or `file:`).
 */
export function readImport(input: string | Uint8Array | ArrayBuffer, existing: Existing, options: ReadOptions = {}): ImportRead {
  const envelope = readEnvelope(input, options.words);
  if (!envelope.ok) return envelope;
  return { ok: true, plan: planEnvelope(envelope.value, existing, options) };
}

/** The validated envelope of a file, or every problem found in it. */
export function readEnvelope(input: string | Uint8Array | ArrayBuffer, words = ENGLISH_PROBLEMS): { ok: true; value: Envelope } | { ok: false; problems: string[] } {
  const text = importText(input, words);
  if (!text.ok) return { ok: false, problems: [text.problem] };
  const json = parseJson(text.text, undefined, words);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const header = headerProblem(json.value, words);
  if (header) return { ok: false, problems: [header] };
  const parsed = EnvelopeSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, problems: capped(issueProblems(parsed.error, json.value, words), words) };
  const duplicates = [...duplicateIds(parsed.data.drafts, 'drafts', words), ...duplicateIds(parsed.data.annotations, 'annotations', words)];
  if (duplicates.length) return { ok: false, problems: capped(duplicates, words) };
  return { ok: true, value: parsed.data };
}

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/** Refusals that make listing the rest pointless: not an object, not our format, a version we cannot read. */
function headerProblem(value: unknown, words: ProblemWords): string | undefined {
  const format = ENVELOPE_FORMAT;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = value === null ? words.t('found.null') : Array.isArray(value) ? words.t('found.list') : expectedType(typeof value, words);
    return problem(words, undefined, 'file.notExport', { format, found });
  }
  const { format: theirs, version } = value as Record<string, unknown>;
  if (theirs === undefined) return problem(words, 'format', 'format.missing', { format });
  if (theirs !== format) return problem(words, 'format', 'format.other', { format, found: shown(theirs) });
  // Version numbers are written as digits in every language: they name a file format, not a quantity.
  const supported = String(ENVELOPE_VERSION);
  if (typeof version === 'number' && Number.isInteger(version) && version > ENVELOPE_VERSION) {
    return problem(words, 'version', 'version.newer', { version: String(version), supported });
  }
  if (version !== ENVELOPE_VERSION) return problem(words, 'version', 'version.other', { supported, found: version === undefined ? words.t('version.nothing') : shown(version) });
  return undefined;
}

function duplicateIds(records: readonly { id: string }[], list: string, words: ProblemWords): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  records.forEach((r, i) => {
    const earlier = first.get(r.id);
    if (earlier === undefined) first.set(r.id, i);
    else problems.push(problem(words, `${list}[${i}].id`, 'id.twice', { id: r.id, other: `${list}[${earlier}]` }));
  });
  return problems;
}

/** The plan of a file already read (`readEnvelope`) against what the profile holds. */
export function planEnvelope(envelope: Envelope, existing: Existing, options: ReadOptions = {}): ImportPlan {
  const now = (options.now ?? new Date()).toISOString();
  const taken = new Set<string>([
    ...existing.drafts.keys(), ...existing.annotations.keys(),
    ...envelope.drafts.map((d) => d.id), ...envelope.annotations.map((a) => a.id),
  ]);
  const makeId = options.newId ?? randomId;
  const freshId = () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = makeId();
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
    throw new Error('newId keeps returning ids that are taken'); // a broken id source is a bug, not a file problem
  };

  const annotations = envelope.annotations.map((a): AnnotationPlan => {
    if (!existing.annotations.has(a.id)) return { action: 'add', annotation: a };
    const ours = existing.annotations.get(a.id);
    if (ours && sameAnnotation(ours, a)) return { action: 'skip-duplicate', annotation: a };
    return { action: 'copy', annotation: { ...a, id: freshId(), rev: 1, updatedAt: now }, originalId: a.id };
  });
  // Evidence that cites a copied annotation should cite the copy, not the different annotation holding the id.
  const moved = new Map(annotations.flatMap((p) => (p.action === 'copy' ? [[p.originalId, p.annotation.id] as const] : [])));
  const follow = (d: Draft) => (moved.size ? citing(d, moved) : d);
  const copyOf = (d: Draft): Draft => follow({ ...d, id: freshId(), title: copyTitle(d.title), rev: 1, updatedAt: now });

  const drafts = envelope.drafts.map((theirs): DraftPlan => {
    if (envelope.kind === 'class-review' && !existing.drafts.get(theirs.id)) return { action: 'not-mine', draft: theirs };
    if (!existing.drafts.has(theirs.id)) return { action: 'add', draft: follow(theirs) };
    const ours = existing.drafts.get(theirs.id);
    if (!ours) return { action: 'copy', draft: copyOf(theirs), originalId: theirs.id };
    const changes = reviewChanges(ours, theirs);
    if (changes.added.length || changes.resolved.length) {
      const merged: Draft = { ...ours, ...mergeReview(ours, theirs), rev: ours.rev + 1, updatedAt: now };
      return {
        action: 'review', draft: theirs, ours, merged, asCopy: copyOf(theirs),
        addedComments: changes.added.length, resolvedComments: changes.resolved.length,
        textDiffers: !sameApartFromComments(ours, theirs),
      };
    }
    if (sameApartFromComments(ours, theirs)) return { action: 'skip', draft: theirs };
    return { action: 'copy', draft: copyOf(theirs), originalId: theirs.id };
  });

  const plan: ImportPlan = { exportedAt: envelope.exportedAt, app: envelope.app, drafts, annotations };
  if (envelope.kind) plan.kind = envelope.kind;
  if (envelope.scores) plan.scores = envelope.scores.filter((s) => drafts.some((d) => d.draft.id === s.draftId && d.action !== 'not-mine'));
  return plan;
}

/** The annotation says the same: page, passage, types, phase, tags and note (times, revision, trash aside). */
function sameAnnotation(a: Annotation, b: Annotation): boolean {
  const content = (x: Annotation) => [x.url, x.quote, x.position, x.types, x.phase ?? null, x.tags, x.note];
  return deepEqual(content(a), content(b));
}

function citing(draft: Draft, moved: ReadonlyMap<string, string>): Draft {
  const segments = draft.segments.map((s) => {
    if (!s.evidence?.some((e) => e.annotationId && moved.has(e.annotationId))) return s;
    return { ...s, evidence: s.evidence.map((e) => (e.annotationId && moved.has(e.annotationId) ? { ...e, annotationId: moved.get(e.annotationId)! } : e)) };
  });
  return { ...draft, segments };
}

/** `title (imported)`, cut so it stays within the title limit. */
export function copyTitle(title: string): string {
  const room = MAX_TITLE - COPY_SUFFIX.length;
  const base = [...title].length > room ? [...title].slice(0, room).join('') : title;
  return `${base}${COPY_SUFFIX}`;
}

export type ReviewDecision = 'merge' | 'copy' | 'skip';

/**
 * The writes for a previewed plan. Reviews are merged only where the user said so (`reviews[draftId]`):
 * otherwise they are skipped, or imported as copies when that was chosen.
 */
export function planWrites(plan: ImportPlan, decisions: { reviews?: Readonly<Record<string, ReviewDecision>> } = {}): ImportWrites {
  const drafts: DraftWrite[] = [];
  for (const item of plan.drafts) {
    if (item.action === 'add' || item.action === 'copy') drafts.push({ kind: 'add', draft: item.draft });
    if (item.action === 'review') {
      const decision = Object.hasOwn(decisions.reviews ?? {}, item.draft.id) ? decisions.reviews![item.draft.id] : 'skip';
      if (decision === 'merge') drafts.push({ kind: 'merge', draft: item.merged, baseRev: item.ours.rev });
      if (decision === 'copy') drafts.push({ kind: 'add', draft: item.asCopy });
    }
  }
  const annotations = plan.annotations.flatMap((a) => (a.action === 'skip-duplicate' ? [] : [a.annotation]));
  return { drafts, annotations };
}

/** How many of each action a plan holds: the preview's headline. */
export function planCounts(plan: ImportPlan): { drafts: Record<DraftPlan['action'], number>; annotations: Record<AnnotationPlan['action'], number> } {
  const drafts = { add: 0, copy: 0, review: 0, skip: 0, 'not-mine': 0 };
  const annotations = { add: 0, copy: 0, 'skip-duplicate': 0 };
  for (const d of plan.drafts) drafts[d.action]++;
  for (const a of plan.annotations) annotations[a.action]++;
  return { drafts, annotations };
}
