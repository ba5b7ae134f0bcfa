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
 */
import { PHASE_NAMES, typeById } from '../catalogue';
import { GUIDE } from '../catalogue/guide';
import { PHASE_IDS, type BlockId, type PhaseId } from '../catalogue/ids';
import type { RelationshipType } from '../catalogue/schema';
import { words } from '../catalogue/text';
import type { DraftContent, Segment, Tactic } from '../model/draft';
import { applyFix, type Finding, type FixAction, type Severity } from './finding';
import { draftFromNotes } from './notes-draft';
import { recogniseTypes } from './recognise';
import { suggestSummary } from './summary';
import { bestFit, metricFor, metricTarget, phaseMetricFor, suggestedTactic, tacticText, TACTIC_FITS } from './tactics';
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
  /** How texts name the segment: "Offices" in quotes, or "the unnamed segment". */
  label: string;
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
  const name = segment.name.trim();
  return { segment, label: name ? `“${name}”` : 'the unnamed segment', cells, known, typeIds: segment.types.map((t) => t.typeId) };
}

const title = (ruleId: string, fallback: string) => GUIDE.mistakes.find((m) => m.id === ruleId)?.title ?? fallback;
const typeList = (types: readonly RelationshipType[]) => types.map((t) => t.name.toLowerCase()).join(', ');
const upper = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function addTacticAction(v: SegmentView, phase: PhaseId): { text: string; action: FixAction } {
  const tactic = suggestedTactic(bestFit(phase, v.typeIds), v.typeIds, [], 'suggested');
  const { id: _id, ...rest } = tactic;
  return { text: tactic.text, action: { kind: 'add-tactic', segmentId: v.segment.id, phase, tactic: rest } };
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

function noType(v: SegmentView): Finding[] {
  if (v.segment.types.length > 0) return [];
  const rule = 'no-relationship-per-segment';
  const texts = [v.segment.notes, ...PHASE_IDS.flatMap((p) => v.cells[p].map((t) => t.text))].join('\n');
  const guess = recogniseTypes(texts)[0];
  const guessed = guess ? typeById(guess.typeId) : undefined;
  return [{
    id: `${rule}:${v.segment.id}`, rule, severity: 'high', segmentId: v.segment.id,
    title: title(rule, 'A segment without a relationship'),
    why: `${upper(v.label)} has no relationship type, so nobody can tell how these customers will be treated or what that will cost.`,
    fix: guessed
      ? `Your own notes point to ${guessed.name.toLowerCase()} (“${guess!.matches[0]}”): add it, or pick another type that fits.`
      : 'Pick at least one relationship type for this segment; the Advisor can suggest some from a few questions.',
    ...(guessed && { action: { kind: 'add-type', segmentId: v.segment.id, typeId: guessed.id, rationale: `Named in the notes: “${guess!.matches[0]}”.` } }),
  }];
}

function getOnly(v: SegmentView): Finding[] {
  if (!isGetOnly(v)) return [];
  const rule = 'get-only-block';
  const { text, action } = addTacticAction(v, 'keep');
  return [{
    id: `${rule}:${v.segment.id}`, rule, severity: 'high', segmentId: v.segment.id, phase: 'keep',
    title: title(rule, 'Only winning customers'),
    why: `Every tactic for ${v.label} is about winning customers; nothing keeps them or makes them worth more, so what you spend winning them leaks away.`,
    fix: `Add at least one Keep tactic, such as “${text}”, and then one for Grow.`,
    action,
  }];
}

const isGetOnly = (v: SegmentView) => v.cells.get.length > 0 && v.cells.keep.length === 0 && v.cells.grow.length === 0;
const onlyTransactional = (v: SegmentView) => v.known.length > 0 && v.known.every((t) => t.id === 'transactional');

function afterPurchase(v: SegmentView): Finding[] {
  if (!onlyTransactional(v)) return [];
  const rule = 'neglecting-post-purchase';
  const longTerm = typeById('long-term')!;
  return [{
    id: `${rule}:${v.segment.id}`, rule, severity: 'medium', segmentId: v.segment.id,
    title: title(rule, 'Nothing after the sale'),
    why: `${upper(v.label)} only has transactional relationships, which stop at the sale, so nothing brings these customers back or tells you how they got on.`,
    fix: `Unless one-off sales really are the plan, add a type that carries on after the purchase, such as ${longTerm.name.toLowerCase()}.`,
    action: { kind: 'add-type', segmentId: v.segment.id, typeId: longTerm.id, rationale: 'Gives customers a reason to come back after the first sale.' },
  }];
}

function retention(v: SegmentView): Finding[] {
  if (isGetOnly(v)) return []; // get-only-block already says it, with the same fix
  const rule = 'underinvesting-in-retention';
  const base = { id: `${rule}:${v.segment.id}`, rule, severity: 'high' as const, segmentId: v.segment.id, title: title(rule, 'Nothing for retention') };
  if (v.cells.keep.length === 0) {
    const { text, action } = addTacticAction(v, 'keep');
    return [{
      ...base, phase: 'keep',
      why: `The Keep cell of ${v.label} is empty: nothing says how these customers will be kept, and customers nobody looks after drift to competitors.`,
      fix: `Add a Keep tactic, such as “${text}”, and plan it as carefully as the ways you win customers.`,
      action,
    }];
  }
  // Only transactional: neglecting-post-purchase says it.
  if (v.known.length === 0 || v.known.some((t) => t.phases.includes('keep')) || onlyTransactional(v)) return [];
  const suggestion = keepingType(v);
  return [{
    ...base,
    why: `None of the types chosen for ${v.label} (${typeList(v.known)}) is built to keep customers, so retention rests on a few tactics alone.`,
    fix: `Add a type that keeps customers, such as ${suggestion.name.toLowerCase()}.`,
    action: { kind: 'add-type', segmentId: v.segment.id, typeId: suggestion.id, rationale: 'Keeps customers once they have been won.' },
  }];
}

const plansGrowth = (v: SegmentView) => mentions(haystack(v.segment.notes, ...v.segment.types.map((t) => t.rationale)), EVOLUTION_WORDS);

function evolution(v: SegmentView): Finding[] {
  if (isGetOnly(v) || v.cells.grow.length > 0 || plansGrowth(v)) return [];
  const rule = 'not-evolving-relationships';
  const { text, action } = addTacticAction(v, 'grow');
  return [{
    id: `${rule}:${v.segment.id}`, rule, severity: 'medium', segmentId: v.segment.id, phase: 'grow',
    title: title(rule, 'A relationship that never changes'),
    why: `${upper(v.label)} has nothing in Grow and no note on how the relationship changes as customers stay longer; what suits a newcomer rarely suits someone who has been with you for years.`,
    fix: `Add a Grow tactic for customers who have been with you a while, such as “${text}”, or note how the relationship should change (upgrades, loyalty, advocacy).`,
    action,
  }];
}

function overAutomating(v: SegmentView): Finding[] {
  if (v.known.length === 0 || v.known.some((t) => t.automation < AUTOMATED_FROM)) return [];
  const word = mentioned(haystack(v.segment.name, v.segment.notes, ...v.segment.types.map((t) => t.rationale)), HIGH_TOUCH_WORDS);
  if (!word) return [];
  const rule = 'over-automating';
  const person = typeById('personal-assistance')!;
  return [{
    id: `${rule}:${v.segment.id}`, rule, severity: 'high', segmentId: v.segment.id,
    title: title(rule, 'Automating where a person is expected'),
    why: `What you wrote about ${v.label} mentions “${word}”, a sign of high value, prestige or complexity, yet every type chosen for it (${typeList(v.known)}) works without people; such customers expect someone to talk to when it matters.`,
    fix: `Keep automation for routine tasks and add an easy route to a person, for example ${person.name.toLowerCase()}.`,
    action: { kind: 'add-type', segmentId: v.segment.id, typeId: person.id, rationale: 'A person to turn to for the moments that matter.' },
  }];
}

function measuring(v: SegmentView): Finding[] {
  const all = PHASE_IDS.flatMap((phase) => v.cells[phase].map((tactic) => ({ phase, tactic })));
  const unmeasured = all.filter(({ tactic }) => !tactic.metric || tactic.metric.name.trim() === '');
  const first = unmeasured[0];
  if (!first) return [];
  const rule = 'not-measuring-relationship-quality';
  const none = unmeasured.length === all.length;
  return [{
    id: `${rule}:${v.segment.id}`, rule, severity: none ? 'medium' : 'low', segmentId: v.segment.id, phase: first.phase,
    title: title(rule, 'No way to tell if it works'),
    why: none
      ? `None of the tactics for ${v.label} has a metric, so you cannot tell whether the relationship is getting better or which tactic pays off.`
      : `${unmeasured.length} of the ${all.length} tactics for ${v.label} ${unmeasured.length === 1 ? 'has' : 'have'} no metric, so you cannot tell what ${unmeasured.length === 1 ? 'it achieves' : 'they achieve'}.`,
    fix: 'Give each tactic one number to watch and a direction or target, and look at them on a fixed rhythm.',
    action: {
      kind: 'set-metric', segmentId: v.segment.id, phase: first.phase, tacticId: first.tactic.id,
      metric: metricTarget(phaseMetricFor(first.phase, v.typeIds)),
    },
  }];
}

function cells(v: SegmentView): Finding[] {
  const out: Finding[] = [];
  const rule = 'empty-cell';
  if (v.cells.get.length === 0) {
    const { text, action } = addTacticAction(v, 'get');
    out.push({
      id: `${rule}:${v.segment.id}:get`, rule, severity: 'medium', segmentId: v.segment.id, phase: 'get',
      title: 'Empty Get cell',
      why: `Nothing in the Get cell of ${v.label} says how these customers find you and decide to start.`,
      fix: `Add a Get tactic, such as “${text}”.`,
      action,
    });
  }
  if (v.cells.grow.length === 0 && !isGetOnly(v) && plansGrowth(v)) {
    const { text, action } = addTacticAction(v, 'grow');
    out.push({
      id: `${rule}:${v.segment.id}:grow`, rule, severity: 'low', segmentId: v.segment.id, phase: 'grow',
      title: 'Empty Grow cell',
      why: `The notes of ${v.label} talk about growing the relationship, but the Grow cell has no tactic to make it happen.`,
      fix: `Turn that note into a Grow tactic, or start from “${text}”.`,
      action,
    });
  }
  for (const phase of PHASE_IDS) {
    const only = v.cells[phase];
    if (only.length !== 1 || words(only[0]!.text).length >= THIN_TACTIC_WORDS) continue;
    out.push({
      id: `thin-cell:${v.segment.id}:${phase}`, rule: 'thin-cell', severity: 'low', segmentId: v.segment.id, phase,
      title: `Thin ${PHASE_NAMES[phase]} cell`,
      why: `The only ${PHASE_NAMES[phase]} tactic for ${v.label} is “${only[0]!.text.trim()}”, too short to tell anyone what will actually happen.`,
      fix: 'Say who does what, through which channel and how you will know it works; add a second tactic if you can.',
    });
  }
  return out;
}

const SEGMENT_RULES: readonly ((v: SegmentView) => Finding[])[] = [
  noType, getOnly, afterPurchase, retention, evolution, overAutomating, measuring, cells,
];

// ——— rules over the whole draft ———

function noSegment(content: DraftContent): Finding[] {
  if (content.segments.length > 0) return [];
  return [{
    id: 'no-segment', rule: 'no-segment', severity: 'high',
    title: 'No customer segment yet',
    why: 'Relationships are chosen per segment, so without one there is nothing to match a relationship to.',
    fix: 'Add the group of customers you serve first and give it a name.',
    action: { kind: 'add-segment', name: 'Main customers' },
  }];
}

function sameForAll(views: readonly SegmentView[]): Finding[] {
  const groups = new Map<string, SegmentView[]>();
  for (const v of views) {
    if (v.typeIds.length === 0) continue;
    const key = [...new Set(v.typeIds)].sort().join('+');
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const rule = 'one-size-fits-all';
  return [...groups.values()].filter((g) => g.length >= 2).map((group) => ({
    id: `${rule}:${group[0]!.segment.id}`, rule, severity: 'medium' as const, segmentId: group[0]!.segment.id,
    title: title(rule, 'One relationship for everyone'),
    why: `${group.map((v) => v.label).join(', ')} all get the same relationship (${typeList(group[0]!.known) || group[0]!.typeIds.join(', ')}), although segments rarely expect the same things or pay the same.`,
    fix: 'Check what each of these segments expects and adjust the mix for at least one of them; sharing a type is fine, sharing all of them is suspicious.',
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

function feedback(content: DraftContent, views: readonly SegmentView[]): Finding[] {
  const first = views[0];
  if (!first || mentions(haystack(...draftText(content)), FEEDBACK_WORDS)) return [];
  const fit = TACTIC_FITS.find((f) => f.phase === 'keep' && f.find === 'customer feedback')!;
  return [{
    id: 'ignoring-feedback', rule: 'ignoring-feedback', severity: 'medium', segmentId: first.segment.id, phase: 'keep',
    title: title('ignoring-feedback', 'No feedback loop'),
    why: 'No tactic or note anywhere in the draft asks customers what they think, so problems only show when customers leave.',
    fix: `Plan a regular way to hear from customers (a short survey, interviews, reviews, a community board) and show them what changed, for example “${tacticText(fit)}” in Keep.`,
    action: { kind: 'add-tactic', segmentId: first.segment.id, phase: 'keep', tactic: { text: tacticText(fit), channel: '', metric: metricTarget(metricFor(fit, first.typeIds)) } },
  }];
}

function summaryLength(content: DraftContent): Finding[] {
  const line = content.summary.trim();
  const count = words(line).length;
  if (line.length <= SUMMARY_MAX_CHARS && count <= SUMMARY_MAX_WORDS) return [];
  const suggestion = suggestSummary(content, (id) => typeById(id)?.name);
  const fits = suggestion !== '' && suggestion !== line && suggestion.length <= SUMMARY_MAX_CHARS && words(suggestion).length <= SUMMARY_MAX_WORDS;
  const rule = 'overloading-the-canvas';
  return [{
    id: rule, rule, severity: 'medium',
    title: title(rule, 'A summary too long for the canvas'),
    why: `The summary line has ${line.length} characters and ${count} words; a sticky note holds about ${SUMMARY_MAX_CHARS} characters, so the detail buries the story.`,
    fix: fits
      ? `Use a shorter line such as “${suggestion}” and keep the detail in the Get, Keep, Grow grid.`
      : 'Cut it down to the main types and who they serve; the Get, Keep, Grow grid keeps the detail.',
    ...(fits && { action: { kind: 'set-summary', summary: suggestion } as const }),
  }];
}

function blockQuestions(content: DraftContent): Finding[] {
  if (content.segments.length === 0) return [];
  const text = haystack(...draftText(content));
  const covered = (block: BlockId) =>
    block === 'customer-segments'
      ? content.segments.some((s) => s.name.trim() !== '')
      : block !== 'customer-relationships' && mentions(text, BLOCK_TOPICS[block]);
  return GUIDE.blockQuestions.filter((q) => !covered(q.block)).map((q) => ({
    id: `block-question:${q.block}`, rule: 'block-question', severity: 'low' as const,
    title: `Not yet linked to ${q.blockName}`,
    why: q.link,
    fix: `Answer it in a note: ${q.question}`,
  }));
}

/**
 * Every finding for a draft's content, most severe first (then in rule order, then segment order).
 * Pure: the same content always gives the same findings with the same ids.
 */
export function checkDraft(content: DraftContent): Finding[] {
  const views = content.segments.map(view);
  const findings = [
    ...noSegment(content),
    ...views.flatMap((v) => SEGMENT_RULES.flatMap((rule) => rule(v))),
    ...sameForAll(views),
    ...feedback(content, views),
    ...summaryLength(content),
    ...blockQuestions(content),
  ];
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
export function checkNotes(notes: readonly string[], segmentNotes: readonly string[] = []): Finding[] {
  return checkDraft(draftFromNotes(notes, segmentNotes)).filter((f) => !CANVAS_SKIPPED_RULES.has(f.rule));
}
