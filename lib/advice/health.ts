/**
 * The health check of a Customer Relationships draft: common mistakes and gaps, each a Finding with
 * why it matters, what to do and, where one exists, a one-click fix (`applyFix`). `checkNotes` runs
 * the same check on the notes read from a canvas block.
 *
 * Rules (stable ids; guide mistake ids where one matches). A finding's `id` is the rule id plus what it
 * is about (`rule:segmentId`, `rule:segmentId:phase`, `block-question:block`).
 * | rule                               | severity   | fires when                                                      | one-click fix |
 * | no-segment                         | high       | the draft has no segment                                        | add-segment |
 * | no-relationship-per-segment        | high       | a segment has no relationship type                              | add-type its notes name, if any |
 * | one-size-fits-all                  | medium     | ≥ 2 segments have the same non-empty set of types               | — |
 * | get-only-block                     | high       | a segment has Get tactics and nothing in Keep or Grow           | add-tactic (Keep) |
 * | neglecting-post-purchase           | medium     | a segment's only type is transactional                          | add-type long-term |
 * | underinvesting-in-retention        | high       | a segment's Keep cell is empty (unless get-only-block), or none of its types serves Keep (unless only transactional) | add-tactic (Keep) / add-type |
 * | not-evolving-relationships         | medium     | no Grow tactic and notes/rationales say nothing of upgrades, loyalty, advocacy… (unless get-only-block) | add-tactic (Grow) |
 * | over-automating                    | high       | every type is automated (≥ 65/100) and the name/notes/rationales mention high value, prestige or complexity | add-type personal assistance |
 * | ignoring-feedback                  | medium     | no note, rationale, tactic, channel or metric in the draft mentions feedback, surveys, reviews, NPS, interviews… | add-tactic (Keep, first segment) |
 * | not-measuring-relationship-quality | medium/low | a segment has tactics and none has a metric / only some lack one | set-metric on the first unmeasured tactic |
 * | empty-cell                         | medium/low | a segment's Get cell is empty / its Grow cell is empty though its notes plan growth (an empty Keep is a retention finding) | add-tactic |
 * | thin-cell                          | low        | a cell's only tactic has fewer than 4 words                     | — |
 * | overloading-the-canvas             | medium     | the summary line is over 80 characters or 12 words              | set-summary, when the suggestion itself fits |
 * | block-question                     | low        | per other block: nothing in notes, rationales or tactics touches its topic (segments: no named segment) | — |
 * A blank tactic counts as none. ignoring-feedback and block-question stay quiet while the draft has no
 * segment: adding one comes first.
 *
 * The rules decide language-free facts (rule, variant, ids, params: segment names, type ids, counts, quotes);
 * `findingText` (finding-text.ts) words them from the findings messages of any language, and `actionIn` the
 * words a one-click fix writes (left blank here, a suggested tactic in English with its fit row and metric named in
 * params so that it is reworded in the language the finding is shown in).
 */
import { PHASE_NAMES, typeById } from '../catalogue';
import type { GuideChecks } from '../catalogue/checks';
import { ENGLISH_CHECKS } from '../catalogue/checks-data';
import { PHASE_IDS, type BlockId, type MetricId, type PhaseId } from '../catalogue/ids';
import type { RelationshipType } from '../catalogue/schema';
import { words } from '../catalogue/text';
import type { DraftContent, Segment, Tactic } from '../model/draft';
import { applyFix, type Finding, type FindingFacts, type FixAction, type Severity } from './finding';
import { actionIn, englishTexts, findingText, type FindingTexts } from './finding-text';
import { draftFromNotes } from './notes-draft';
import { recogniseTypes } from './recognise';
import { suggestSummary } from './summary';
import { bestFit, fitName, metricFor, metricTarget, phaseMetricFor, tacticText, TACTIC_FITS, type TacticFit } from './tactics';
import {
  BLOCK_TOPICS, EVOLUTION_WORDS, FEEDBACK_WORDS, haystack, HIGH_TOUCH_WORDS, mentioned, mentions,
} from './vocabulary';

export { applyFix };
export type { Finding, FixAction, Severity };

/** Summary lines longer than this do not fit on a canvas sticky note. */
export const SUMMARY_MAX_CHARS = 80;
export const SUMMARY_MAX_WORDS = 12;
/** A cell whose only tactic has fewer words than this says too little to act on. */
export const THIN_TACTIC_WORDS = 4;
/** Types at or above this automation level run without people. */
export const AUTOMATED_FROM = 65;

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** A segment as the rules read it. */
interface SegmentView {
  segment: Segment;
  /** Tactics with some text, per phase (a blank tactic counts as none). */
  cells: Record<PhaseId, Tactic[]>;
  /** The segment's types the catalogue knows. */
  known: RelationshipType[];
  typeIds: string[];
}

function view(segment: Segment): SegmentView {
  const cells = { get: [], keep: [], grow: [] } as Record<PhaseId, Tactic[]>;
  for (const phase of PHASE_IDS) cells[phase] = segment.grid[phase].filter((t) => t.text.trim() !== '');
  const known = segment.types.map((t) => typeById(t.typeId)).filter((t): t is RelationshipType => t !== undefined);
  return { segment, cells, known, typeIds: segment.types.map((t) => t.typeId) };
}

/** What every finding about one segment carries. */
const about = (v: SegmentView, rule: string, severity: Severity) =>
  ({ id: `${rule}:${v.segment.id}`, rule, severity, segmentId: v.segment.id });
const knownIds = (v: SegmentView) => v.known.map((t) => t.id);

/**
 * A suggested tactic as a fix: the action (in English, the tactic table's words) and params naming the fit row and
 * metric, from which `findingText` and `actionIn` word the tactic in any language.
 */
function tacticFix(segmentId: string, phase: PhaseId, fit: TacticFit, metricId: MetricId): { params: { tactic: string; fit: string; metricId: string }; action: FixAction } {
  const text = tacticText(fit);
  return {
    params: { tactic: text, fit: fitName(fit), metricId },
    action: { kind: 'add-tactic', segmentId, phase, tactic: { text, channel: '', metric: metricTarget(metricId) } },
  };
}

function addTacticAction(v: SegmentView, phase: PhaseId) {
  const fit = bestFit(phase, v.typeIds);
  return tacticFix(v.segment.id, phase, fit, metricFor(fit, v.typeIds));
}

/** A type that keeps customers, related to what the segment already has; long-term otherwise. */
function keepingType(v: SegmentView): RelationshipType {
  for (const t of v.known) {
    for (const id of t.related) {
      const related = typeById(id);
      if (related && related.phases.includes('keep') && !v.typeIds.includes(id)) return related;
    }
  }
  return typeById('long-term')!;
}

// ——— rules over one segment ———

function noType(v: SegmentView): FindingFacts[] {
  if (v.segment.types.length > 0) return [];
  const texts = [v.segment.notes, ...PHASE_IDS.flatMap((p) => v.cells[p].map((t) => t.text))].join('\n');
  const guess = recogniseTypes(texts)[0];
  const guessed = guess ? typeById(guess.typeId) : undefined;
  const quote = guess?.matches[0] ?? '';
  return [{
    ...about(v, 'no-relationship-per-segment', 'high'),
    ...(guessed && { variant: 'guessed' }),
    params: { segment: v.segment.name, ...(guessed && { type: guessed.id, quote }) },
    ...(guessed && { action: { kind: 'add-type', segmentId: v.segment.id, typeId: guessed.id, rationale: '' } }),
  }];
}

function getOnly(v: SegmentView): FindingFacts[] {
  if (!isGetOnly(v)) return [];
  const { params, action } = addTacticAction(v, 'keep');
  return [{ ...about(v, 'get-only-block', 'high'), phase: 'keep', params: { segment: v.segment.name, ...params }, action }];
}

const isGetOnly = (v: SegmentView) => v.cells.get.length > 0 && v.cells.keep.length === 0 && v.cells.grow.length === 0;
const onlyTransactional = (v: SegmentView) => v.known.length > 0 && v.known.every((t) => t.id === 'transactional');

function afterPurchase(v: SegmentView): FindingFacts[] {
  if (!onlyTransactional(v)) return [];
  return [{
    ...about(v, 'neglecting-post-purchase', 'medium'),
    params: { segment: v.segment.name, type: 'long-term' },
    action: { kind: 'add-type', segmentId: v.segment.id, typeId: 'long-term', rationale: '' },
  }];
}

function retention(v: SegmentView): FindingFacts[] {
  if (isGetOnly(v)) return []; // get-only-block already says it, with the same fix
  const base = about(v, 'underinvesting-in-retention', 'high');
  if (v.cells.keep.length === 0) {
    const { params, action } = addTacticAction(v, 'keep');
    return [{ ...base, phase: 'keep', variant: 'cell', params: { segment: v.segment.name, ...params }, action }];
  }
  // Only transactional: neglecting-post-purchase says it.
  if (v.known.length === 0 || v.known.some((t) => t.phases.includes('keep')) || onlyTransactional(v)) return [];
  const suggestion = keepingType(v);
  return [{
    ...base, variant: 'types',
    params: { segment: v.segment.name, types: knownIds(v), type: suggestion.id },
    action: { kind: 'add-type', segmentId: v.segment.id, typeId: suggestion.id, rationale: '' },
  }];
}

const plansGrowth = (v: SegmentView) => mentions(haystack(v.segment.notes, ...v.segment.types.map((t) => t.rationale)), EVOLUTION_WORDS);

function evolution(v: SegmentView): FindingFacts[] {
  if (isGetOnly(v) || v.cells.grow.length > 0 || plansGrowth(v)) return [];
  const { params, action } = addTacticAction(v, 'grow');
  return [{ ...about(v, 'not-evolving-relationships', 'medium'), phase: 'grow', params: { segment: v.segment.name, ...params }, action }];
}

function overAutomating(v: SegmentView): FindingFacts[] {
  if (v.known.length === 0 || v.known.some((t) => t.automation < AUTOMATED_FROM)) return [];
  const word = mentioned(haystack(v.segment.name, v.segment.notes, ...v.segment.types.map((t) => t.rationale)), HIGH_TOUCH_WORDS);
  if (!word) return [];
  return [{
    ...about(v, 'over-automating', 'high'),
    params: { segment: v.segment.name, word, types: knownIds(v), type: 'personal-assistance' },
    action: { kind: 'add-type', segmentId: v.segment.id, typeId: 'personal-assistance', rationale: '' },
  }];
}

function measuring(v: SegmentView): FindingFacts[] {
  const all = PHASE_IDS.flatMap((phase) => v.cells[phase].map((tactic) => ({ phase, tactic })));
  const unmeasured = all.filter(({ tactic }) => !tactic.metric || tactic.metric.name.trim() === '');
  const first = unmeasured[0];
  if (!first) return [];
  const none = unmeasured.length === all.length;
  const metricId = phaseMetricFor(first.phase, v.typeIds);
  return [{
    ...about(v, 'not-measuring-relationship-quality', none ? 'medium' : 'low'), phase: first.phase,
    variant: none ? 'none' : 'some',
    params: { segment: v.segment.name, count: unmeasured.length, total: all.length, metricId },
    action: { kind: 'set-metric', segmentId: v.segment.id, phase: first.phase, tacticId: first.tactic.id, metric: metricTarget(metricId) },
  }];
}

function cells(v: SegmentView): FindingFacts[] {
  const out: FindingFacts[] = [];
  const empty = (phase: 'get' | 'grow', severity: Severity) => {
    const { params, action } = addTacticAction(v, phase);
    out.push({
      id: `empty-cell:${v.segment.id}:${phase}`, rule: 'empty-cell', severity, segmentId: v.segment.id, phase,
      variant: phase, params: { segment: v.segment.name, ...params }, action,
    });
  };
  if (v.cells.get.length === 0) empty('get', 'medium');
  if (v.cells.grow.length === 0 && !isGetOnly(v) && plansGrowth(v)) empty('grow', 'low');
  for (const phase of PHASE_IDS) {
    const only = v.cells[phase];
    if (only.length !== 1 || words(only[0]!.text).length >= THIN_TACTIC_WORDS) continue;
    out.push({
      id: `thin-cell:${v.segment.id}:${phase}`, rule: 'thin-cell', severity: 'low', segmentId: v.segment.id, phase,
      params: { segment: v.segment.name, phase, tactic: only[0]!.text.trim() },
    });
  }
  return out;
}

const SEGMENT_RULES: readonly ((v: SegmentView) => FindingFacts[])[] = [
  noType, getOnly, afterPurchase, retention, evolution, overAutomating, measuring, cells,
];

// ——— rules over the whole draft ———

function noSegment(content: DraftContent): FindingFacts[] {
  if (content.segments.length > 0) return [];
  return [{ id: 'no-segment', rule: 'no-segment', severity: 'high', action: { kind: 'add-segment', name: '' } }];
}

function sameForAll(views: readonly SegmentView[]): FindingFacts[] {
  const groups = new Map<string, SegmentView[]>();
  for (const v of views) {
    if (v.typeIds.length === 0) continue;
    const key = [...new Set(v.typeIds)].sort().join('+');
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()].filter((g) => g.length >= 2).map((group) => ({
    ...about(group[0]!, 'one-size-fits-all', 'medium'),
    params: { segments: group.map((v) => v.segment.name), types: knownIds(group[0]!).length ? knownIds(group[0]!) : group[0]!.typeIds },
  }));
}

/** Everything the user wrote about the relationships: notes, rationales, tactics, channels, metrics. */
function draftText(content: DraftContent): string[] {
  return content.segments.flatMap((s) => [
    s.notes,
    ...s.types.map((t) => t.rationale),
    ...PHASE_IDS.flatMap((p) => s.grid[p].flatMap((t) => [t.text, t.channel, t.metric?.name ?? ''])),
  ]);
}

function feedback(content: DraftContent, views: readonly SegmentView[]): FindingFacts[] {
  const first = views[0];
  if (!first || mentions(haystack(...draftText(content)), FEEDBACK_WORDS)) return [];
  const fit = TACTIC_FITS.find((f) => f.phase === 'keep' && f.find === 'customer feedback')!;
  return [{
    id: 'ignoring-feedback', rule: 'ignoring-feedback', severity: 'medium', segmentId: first.segment.id, phase: 'keep',
    ...tacticFix(first.segment.id, 'keep', fit, metricFor(fit, first.typeIds)),
  }];
}

function summaryLength(content: DraftContent, texts: FindingTexts): FindingFacts[] {
  const line = content.summary.trim();
  const count = words(line).length;
  if (line.length <= SUMMARY_MAX_CHARS && count <= SUMMARY_MAX_WORDS) return [];
  const suggestion = suggestSummary(content, texts.typeName, texts);
  const fits = suggestion !== '' && suggestion !== line && suggestion.length <= SUMMARY_MAX_CHARS && words(suggestion).length <= SUMMARY_MAX_WORDS;
  return [{
    id: 'overloading-the-canvas', rule: 'overloading-the-canvas', severity: 'medium',
    params: { chars: line.length, count, max: SUMMARY_MAX_CHARS, ...(fits && { summary: suggestion }) },
    ...(fits && { variant: 'short', action: { kind: 'set-summary', summary: suggestion } as const }),
  }];
}

function blockQuestions(content: DraftContent, guide: GuideChecks): FindingFacts[] {
  if (content.segments.length === 0) return [];
  const text = haystack(...draftText(content));
  const covered = (block: BlockId) =>
    block === 'customer-segments'
      ? content.segments.some((s) => s.name.trim() !== '')
      : block !== 'customer-relationships' && mentions(text, BLOCK_TOPICS[block]);
  return guide.blockQuestions.filter((q) => !covered(q.block)).map((q) => ({
    id: `block-question:${q.block}`, rule: 'block-question', severity: 'low' as const, params: { block: q.block },
  }));
}

/** The English words of every finding: what the draft's own views and the class overview read. */
const ENGLISH = englishTexts((id) => typeById(id)?.name, (phase) => PHASE_NAMES[phase]);

/**
 * Every finding for a draft's content, most severe first (then in rule order, then segment order).
 * Pure: the same content always gives the same findings with the same ids. Their words are in `texts`'
 * language (English by default); `findingText` renders the same finding again in another.
 */
export function checkDraft(content: DraftContent, texts: FindingTexts = ENGLISH): Finding[] {
  const views = content.segments.map(view);
  const facts = [
    ...noSegment(content),
    ...views.flatMap((v) => SEGMENT_RULES.flatMap((rule) => rule(v))),
    ...sameForAll(views),
    ...feedback(content, views),
    ...summaryLength(content, texts),
    ...blockQuestions(content, texts.guide ?? ENGLISH_CHECKS),
  ];
  const findings = facts.map((f): Finding => ({ ...f, ...findingText(f, texts), ...(f.action && { action: actionIn(f, texts) }) }));
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * Rules left out for canvas notes, and why: sticky notes rarely carry metrics, are short on purpose,
 * are not laid out in Get / Keep / Grow cells (the retention and growth rules still speak for Keep and
 * Grow), and a canvas has no separate summary line.
 */
export const CANVAS_SKIPPED_RULES: ReadonlySet<string> = new Set([
  'not-measuring-relationship-quality', 'thin-cell', 'empty-cell', 'overloading-the-canvas',
]);

/**
 * The health check for the notes of a canvas's Customer Relationships block (`segmentNotes`: the
 * notes of its Customer Segments block, if read). Runs `checkDraft` on `draftFromNotes(notes,
 * segmentNotes)` without the rules in CANVAS_SKIPPED_RULES; segment ids are deterministic, so the
 * findings' actions apply to that same draft when the side panel opens it.
 */
export function checkNotes(notes: readonly string[], segmentNotes: readonly string[] = [], texts: FindingTexts = ENGLISH): Finding[] {
  return checkDraft(draftFromNotes(notes, segmentNotes), texts).filter((f) => !CANVAS_SKIPPED_RULES.has(f.rule));
}
