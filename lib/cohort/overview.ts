/**
 * The cohort overview as data: one row per draft (who, how complete, what the health check finds, what is
 * still open), sorting and filtering over those rows, and the counts the cohort's chart draws. Pure: the view
 * renders rows, the tests check them.
 */
import { checkDraft, findingTitle, type Finding, type Severity } from './findings';
import type { HealthSummary, Member, Rubric, RowFacts } from '../model/cohort';
import { PHASE_IDS, type Draft, type PhaseId } from '../model/draft';
import { typeName } from './names';

export { ruleTitles } from './findings';
import { rubricTotal } from './rubric';

export interface OverviewRow {
  draftId: string;
  title: string;
  author: string;
  segments: number;
  /** Type names chosen in any segment, each once, in the order first chosen. */
  types: string[];
  typeIds: string[];
  /** Per phase: how many segments have at least one tactic (with text) in that cell. */
  cells: Record<PhaseId, number>;
  /** Filled cells over all cells (segments × 3). */
  filled: number;
  cellCount: number;
  findings: Record<Severity, number>;
  /** The rules that fired, each once. */
  rules: string[];
  openComments: number;
  updatedAt: string;
  /** Points given with the rubric, or undefined when the draft is not scored yet. */
  score?: number | undefined;
}

/** What the overview row shows of `draft` besides findings. */
export function rowFacts(draft: Draft): RowFacts {
  const cells = { get: 0, keep: 0, grow: 0 } as Record<PhaseId, number>;
  for (const s of draft.segments) for (const p of PHASE_IDS) if (s.grid[p].some((t) => t.text.trim())) cells[p]++;
  return {
    title: draft.title,
    segments: draft.segments.length,
    typeIds: [...new Set(draft.segments.flatMap((s) => s.types.map((t) => t.typeId)))],
    cells,
    openComments: (draft.comments ?? []).filter((c) => !c.resolved).length,
    updatedAt: draft.updatedAt,
  };
}

/** The health check of `draft` in short (counts by severity, the rules that fired) with its row, for this revision. */
export function healthSummary(draft: Draft, findings: readonly Finding[] = checkDraft(draft)): HealthSummary {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  const rules = new Map<string, string>();
  for (const f of findings) {
    counts[f.severity]++;
    if (!rules.has(f.rule)) rules.set(f.rule, findingTitle(f));
  }
  return { rev: draft.rev, ...counts, rules: [...rules].map(([id, title]) => ({ id, title })), row: rowFacts(draft) };
}

/** A kept summary serves a draft only when made of its current revision and complete with the row. */
export const summaryServes = (kept: HealthSummary | undefined, rev: number): kept is HealthSummary & { row: RowFacts } => Boolean(kept?.row) && kept!.rev === rev;

/**
 * Each member's summary: the one kept in its membership for members whose draft was not read (the store reads
 * only drafts whose kept summary does not serve), computed now for the drafts given (`stale` lists those, for
 * the caller to keep).
 */
export function healthSummaries(drafts: readonly Draft[], members: ReadonlyMap<string, Member>): { summaries: Map<string, HealthSummary>; stale: { draftId: string; health: HealthSummary }[] } {
  const summaries = new Map<string, HealthSummary>();
  const stale: { draftId: string; health: HealthSummary }[] = [];
  for (const d of drafts) {
    const kept = members.get(d.id)?.health;
    if (summaryServes(kept, d.rev)) summaries.set(d.id, kept);
    else {
      const health = healthSummary(d);
      summaries.set(d.id, health);
      if (members.has(d.id)) stale.push({ draftId: d.id, health });
    }
  }
  for (const [id, m] of members) if (!summaries.has(id) && m.health?.row) summaries.set(id, m.health);
  return { summaries, stale };
}

/** One row per draft; `health` may be given when already known (the health check is the costly part). */
export function overviewRow(draft: Draft, member: Member | undefined, rubric?: Rubric, health: HealthSummary = healthSummary(draft)): OverviewRow {
  return summaryRow(draft.id, { ...health, row: health.row ?? rowFacts(draft) }, member, rubric);
}

/** One row from a draft's summary, without the draft; type names by `name` (the panel's language). */
export function summaryRow(draftId: string, summary: HealthSummary & { row: RowFacts }, member: Member | undefined, rubric?: Rubric, name: (typeId: string) => string = typeName): OverviewRow {
  const { row } = summary;
  return {
    draftId,
    title: row.title,
    author: member?.author ?? '',
    segments: row.segments,
    types: row.typeIds.map(name),
    typeIds: row.typeIds,
    cells: row.cells,
    filled: row.cells.get + row.cells.keep + row.cells.grow,
    cellCount: row.segments * PHASE_IDS.length,
    findings: { high: summary.high, medium: summary.medium, low: summary.low },
    rules: summary.rules.map((r) => r.id),
    openComments: row.openComments,
    updatedAt: row.updatedAt,
    score: rubric && member?.scores ? rubricTotal(rubric, member.scores).points : undefined,
  };
}

export const SORT_KEYS = ['author', 'title', 'segments', 'types', 'cells', 'findings', 'comments', 'updated', 'score'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Findings weigh by severity: one high outranks any number of medium ones below a thousand. */
const findingWeight = (r: OverviewRow) => r.findings.high * 1_000_000 + r.findings.medium * 1_000 + r.findings.low;

// One collator for every comparison: `localeCompare` builds one per call, which dominates sorting 500 rows.
const collator = new Intl.Collator();
const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0); // ISO times of one format sort as text

const COMPARE: Record<SortKey, (a: OverviewRow, b: OverviewRow) => number> = {
  author: (a, b) => collator.compare(a.author, b.author),
  title: (a, b) => collator.compare(a.title, b.title),
  segments: (a, b) => a.segments - b.segments,
  types: (a, b) => a.typeIds.length - b.typeIds.length,
  cells: (a, b) => a.filled / (a.cellCount || 1) - b.filled / (b.cellCount || 1),
  findings: (a, b) => findingWeight(a) - findingWeight(b),
  comments: (a, b) => a.openComments - b.openComments,
  updated: (a, b) => byTime(a.updatedAt, b.updatedAt),
  score: (a, b) => (a.score ?? -1) - (b.score ?? -1),
};

/** Rows sorted by `sort`; ties keep author then title order, so the table never shuffles between renders. */
export function sortRows(rows: readonly OverviewRow[], sort: Sort): OverviewRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[sort.key](a, b) || COMPARE.author(a, b) || COMPARE.title(a, b));
}

export interface RowFilter {
  /** Words that must all appear in the author, title or a type name (case-insensitive). */
  query?: string;
  /** Only drafts that chose this type. */
  typeId?: string;
  /** Only drafts with at least one finding of this severity. */
  severity?: Severity;
  /** Only drafts where this rule fired. */
  rule?: string;
}

export function filterRows(rows: readonly OverviewRow[], filter: RowFilter): OverviewRow[] {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (filter.typeId && !r.typeIds.includes(filter.typeId)) return false;
    if (filter.severity && !r.findings[filter.severity]) return false;
    if (filter.rule && !r.rules.includes(filter.rule)) return false;
    if (!words.length) return true;
    const text = [r.author, r.title, ...r.types].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export interface Tally {
  id: string;
  label: string;
  count: number;
}

/** How many drafts chose each type, most chosen first; labelled with the names the rows carry. */
export function typeFrequency(rows: readonly OverviewRow[]): Tally[] {
  const names = new Map(rows.flatMap((r) => r.typeIds.map((id, i) => [id, r.types[i] ?? typeName(id)] as const)));
  const counts = new Map<string, number>();
  for (const r of rows) for (const id of r.typeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, label: names.get(id) ?? typeName(id), count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** In how many drafts each rule fired, most common first, the first `limit` of them. */
export function commonFindings(rows: readonly OverviewRow[], titles: ReadonlyMap<string, string>, limit = 8): Tally[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const rule of r.rules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, label: titles.get(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}
