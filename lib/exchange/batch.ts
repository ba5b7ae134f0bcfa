/**
 * Importing a class at once: many export files (picked, dropped, or inside zips) read into one preview.
 * Each file goes through the same checks as a single import (`readImport`) and is planned against the
 * profile plus the files before it, so a draft sent twice is recognised, not added twice. Files with any
 * problem are refused on their own; every other file is written in its own transaction (all of it or none).
 */
import type { Annotation } from '../model/annotation';
import { CohortSchema, MemberSchema, type Cohort, type Member } from '../model/cohort';
import type { Draft } from '../model/draft';
import type { Existing, ImportWrites } from '../store/imports';
import type { Envelope } from './envelope';
import { planEnvelope, planWrites, readEnvelope, type ImportPlan, type ReadOptions, type ReviewDecision } from './import';
import { ENGLISH_PROBLEMS, problem, type ProblemWords } from './problem-words';
import { looksLikeZip, readZip, type NamedBytes } from './zip';

/** More files than one preview can usefully show; the rest are refused with this limit named. */
export const MAX_BATCH_FILES = 500;

export type FileOutcome =
  /** Valid, and brings something new: imported when the coach confirms. */
  | { name: string; status: 'ready'; plan: ImportPlan; author: string }
  /** Valid, but everything in it is already here or in an earlier file of the batch: nothing to write. */
  | { name: string; status: 'duplicate'; plan: ImportPlan; of: string }
  /** Has at least one problem: nothing of it is imported. */
  | { name: string; status: 'refused'; problems: string[] };

type Refused = Extract<FileOutcome, { status: 'refused' }>;

export interface BatchPlan {
  files: FileOutcome[];
  /** Entries of zips that were not read (not .json), one line each. */
  skipped: string[];
}

/** Zips opened into their `.json` entries; a zip that cannot be opened is refused as one file. */
function expand(inputs: readonly NamedBytes[], words: ProblemWords): { files: NamedBytes[]; refused: Refused[]; skipped: string[] } {
  const files: NamedBytes[] = [];
  const refused: Refused[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (!looksLikeZip(input.bytes)) {
      files.push(input);
      continue;
    }
    const zip = readZip(input.name, input.bytes, words);
    if (!zip.ok) refused.push({ name: input.name, status: 'refused', problems: [zip.problem] });
    else {
      files.push(...zip.files);
      skipped.push(...zip.skipped);
      if (!zip.files.length) refused.push({ name: input.name, status: 'refused', problems: [problem(words, undefined, 'zip.noExport')] });
    }
  }
  return { files, refused, skipped };
}

/** A student's name from their file's name: `class.zip › 2026/anna_berg.json` → `anna berg`. */
export function authorFromFileName(name: string): string {
  const base = name.split(/ › |[/\\]/).pop() ?? name;
  return base.replace(/\.json$/i, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Files read and validated, not yet planned: what to look up in the profile is known from them. */
export interface OpenedBatch {
  files: ({ name: string; envelope: Envelope } | Refused)[];
  skipped: string[];
  /** Every draft and annotation id the valid files hold: the records `planBatch` needs from the profile. */
  ids: Set<string>;
}

/** Opens zips and reads and validates every file, in the order given (refused zips first). Never throws. */
export function openBatch(inputs: readonly NamedBytes[], words = ENGLISH_PROBLEMS): OpenedBatch {
  const { files, refused, skipped } = expand(inputs, words);
  const ids = new Set<string>();
  const opened: OpenedBatch['files'] = [...refused];
  files.forEach((file, index) => {
    if (index >= MAX_BATCH_FILES) {
      opened.push({ name: file.name, status: 'refused', problems: [problem(words, undefined, 'batch.tooMany', { count: String(MAX_BATCH_FILES) })] });
      return;
    }
    const read = readEnvelope(file.bytes, words);
    if (!read.ok) return opened.push({ name: file.name, status: 'refused', problems: read.problems });
    for (const r of [...read.value.drafts, ...read.value.annotations]) ids.add(r.id);
    opened.push({ name: file.name, envelope: read.value });
  });
  return { files: opened, skipped, ids };
}

/**
 * Plans each opened file against `existing` (which must hold the records of `opened.ids`) and the files before
 * it: one outcome per file, in order. Writes nothing.
 */
export function planBatch(opened: OpenedBatch, existing: Existing, options: ReadOptions = {}): BatchPlan {
  const drafts = new Map<string, Draft | null>(existing.drafts);
  const annotations = new Map<string, Annotation | null>(existing.annotations);
  // Which file of the batch brought each draft, to say what a duplicate duplicates.
  const origin = new Map<string, string>();
  const outcomes = opened.files.map((file): FileOutcome => {
    if (!('envelope' in file)) return file;
    const plan = planEnvelope(file.envelope, { drafts, annotations }, options);
    if (plan.drafts.every((d) => d.action === 'skip') && plan.annotations.every((a) => a.action === 'skip-duplicate')) {
      const earlier = plan.drafts.map((d) => origin.get(d.draft.id)).find(Boolean);
      return { name: file.name, status: 'duplicate', plan, of: earlier ?? 'your drafts' };
    }
    // Later files are planned as if this one were written already.
    for (const d of plan.drafts) {
      const written = d.action === 'review' ? d.merged : d.draft;
      if (d.action !== 'skip') drafts.set(written.id, written);
      if (!origin.has(d.draft.id)) origin.set(d.draft.id, file.name);
    }
    for (const a of plan.annotations) annotations.set(a.annotation.id, a.annotation);
    return { name: file.name, status: 'ready', plan, author: authorFromFileName(file.name) };
  });
  return { files: outcomes, skipped: opened.skipped };
}

/** Reads every file (zips opened) against `existing`: `openBatch` then `planBatch`. Never throws; writes nothing. */
export function readBatch(inputs: readonly NamedBytes[], existing: Existing, options: ReadOptions = {}): BatchPlan {
  return planBatch(openBatch(inputs, options.words), existing, options);
}

/**
 * What the batch will write, per file, with each new draft joining `cohort` under its file's author. The
 * cohort records are validated here (the store writes them as given); an invalid one is a bug and throws.
 */
export function batchWrites(
  batch: BatchPlan,
  cohort: Cohort,
  options: { now: Date; reviews?: Readonly<Record<string, ReviewDecision>> },
): { name: string; writes: ImportWrites }[] {
  const at = options.now.toISOString();
  const valid = CohortSchema.parse(cohort);
  return batch.files.flatMap((file) => {
    if (file.status !== 'ready') return [];
    const writes = planWrites(file.plan, options.reviews ? { reviews: options.reviews } : {});
    const members: Member[] = writes.drafts.map((w) => MemberSchema.parse({ draftId: w.draft.id, cohortId: valid.id, author: file.author, file: file.name.slice(0, 1000), addedAt: at }));
    return [{ name: file.name, writes: { ...writes, cohort: { cohort: valid, members } } }];
  });
}

/** The preview's headline numbers. */
export function batchCounts(batch: BatchPlan): { ready: number; duplicate: number; refused: number; drafts: number } {
  const count = (status: FileOutcome['status']) => batch.files.filter((f) => f.status === status).length;
  const drafts = batch.files.reduce((n, f) => n + (f.status === 'ready' ? f.plan.drafts.filter((d) => d.action !== 'skip').length : 0), 0);
  return { ready: count('ready'), duplicate: count('duplicate'), refused: count('refused'), drafts };
}
