/**
 * The Advisor's recommendation for one segment: every catalogue type ranked from its answers by the
 * scoring table, each with the reasons behind its score and its cost/closeness trade-off; a starter
 * Get / Keep / Grow grid for the top choices; and applying both to a draft's segment.
 */
import { RELATIONSHIP_TYPES } from '../catalogue';
import { PHASE_IDS, type PhaseId } from '../catalogue/ids';
import type { CostLevel, RelationshipType } from '../catalogue/schema';
import { normalise } from '../catalogue/text';
import { newId, type DraftContent, type Grid } from '../model/draft';
import { addTactic, addType } from '../model/edit';
import type { Answers, QuestionId } from './questions';
import { ruleApplies, SCORING_RULES } from './scoring';
import { fitsFor, bestFit, suggestedTactic, type TacticFit } from './tactics';

/** One rule that raised (points > 0) or lowered (points < 0) a type's score. */
export interface Reason {
  text: string;
  points: number;
  /** The question whose answer fired the rule. */
  question: QuestionId;
}

export interface RankedType {
  type: RelationshipType;
  /** Exactly the sum of `reasons[].points`. */
  score: number;
  /** Every rule that fired for the type, in scoring-table order. */
  reasons: Reason[];
  /** Cost to serve against closeness, from the type's `costToServe` and `automation`. */
  tradeOff: string;
}

/**
 * Every catalogue type scored against the answers, best first; equal scores keep catalogue order.
 * Unanswered questions contribute nothing, so empty answers rank every type at 0 in catalogue order.
 */
export function rankTypes(answers: Answers): RankedType[] {
  const fired = SCORING_RULES.filter((rule) => ruleApplies(rule, answers));
  const ranked = RELATIONSHIP_TYPES.map((type) => {
    const reasons = fired
      .filter((rule) => rule.types.includes(type.id))
      .map((rule) => ({ text: rule.reason, points: rule.points, question: rule.question }));
    return { type, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons, tradeOff: tradeOff(type) };
  });
  return ranked.sort((a, b) => b.score - a.score); // Array.prototype.sort is stable: ties keep catalogue order
}

/** A reason as a user reads it: "+3 Customers are worth a lot over time, …". */
export function formatReason(reason: Reason): string {
  return `${reason.points > 0 ? '+' : ''}${reason.points} ${reason.text}`;
}

/** The choices the Advisor puts forward: the first `top` ranked types with a positive score. */
export function topChoices(ranked: readonly RankedType[], top = 3): RankedType[] {
  return ranked.filter((r) => r.score > 0).slice(0, top);
}

/** A type's rationale for a draft: its strongest positive reasons (up to three), as one sentence. */
export function rationaleOf(ranked: RankedType): string {
  const best = ranked.reasons
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((r) => r.text);
  return best.length > 0 ? `${best.join('; ')}.` : '';
}

type Closeness = 'personal' | 'mixed' | 'automated';

/** Where a type sits on the personal (0) ↔ automated (100) axis, in three bands. */
function closeness(automation: number): Closeness {
  if (automation <= 35) return 'personal';
  return automation < 65 ? 'mixed' : 'automated';
}

const TRADE_OFFS: Record<CostLevel, Record<Closeness, string>> = {
  low: {
    personal: 'Cheap to serve and still personal, a rare combination worth checking',
    mixed: 'Cheap to serve, with people involved only now and then',
    automated: 'Cheap to serve and easy to scale, but customers seldom deal with a person',
  },
  medium: {
    personal: 'A moderate cost to serve, with people closely involved',
    mixed: 'A moderate cost to serve (programmes, moderation or tools to run), with a human touch at chosen moments',
    automated: 'A moderate cost to serve, and it mostly runs without staff',
  },
  high: {
    personal: 'Expensive to serve, since every customer takes staff time, but as close as a relationship gets',
    mixed: 'Costly to run, with your own people involved at many points',
    automated: 'Costly to build and run although largely automated',
  },
};

/** Cost to serve against closeness for a type, e.g. "Cheap to serve and easy to scale, … (low cost, automation 95/100)". */
export function tradeOff(type: RelationshipType): string {
  return `${TRADE_OFFS[type.costToServe][closeness(type.automation)]} (${type.costToServe} cost to serve, automation ${type.automation}/100).`;
}

/** Up to three fit rows for a phase, taking each chosen type's next unused fit in turn. */
function pickFits(phase: PhaseId, typeIds: readonly string[]): TacticFit[] {
  const picks: TacticFit[] = [];
  for (let round = 0; round < 3 && picks.length < 3; round++) {
    for (const id of typeIds) {
      const next = fitsFor(id, phase).find((f) => !picks.includes(f));
      if (next && picks.length < 3) picks.push(next);
    }
  }
  return picks.length > 0 ? picks : [bestFit(phase, typeIds)];
}

/**
 * A starter Get / Keep / Grow grid for the top choices (see `topChoices`): 1–3 tactics per phase, no
 * tactic twice, each with the guide's text, a channel the segment has when one fits (else ''), and a
 * metric with a direction to aim for. Empty when no type scored above zero.
 */
export function starterGrid(ranked: readonly RankedType[], answers: Answers, top = 3): Grid {
  const typeIds = topChoices(ranked, top).map((r) => r.type.id);
  const grid: Grid = { get: [], keep: [], grow: [] };
  if (typeIds.length === 0) return grid;
  const channels = answers.channels ?? [];
  for (const phase of PHASE_IDS) {
    grid[phase] = pickFits(phase, typeIds).map((fit) => suggestedTactic(fit, typeIds, channels, newId()));
  }
  return grid;
}

/**
 * Adds the top choices to a segment (rationale = their strongest reasons) and the starter grid's
 * tactics, through the draft edit helpers. Types the segment already has, and tactics whose text is
 * already in that phase, are skipped. Returns `content` itself when nothing changes (unknown segment,
 * nothing scored, everything present).
 */
export function applyToSegment(
  content: DraftContent,
  segmentId: string,
  ranked: readonly RankedType[],
  answers: Answers,
  top = 3,
): DraftContent {
  const segment = content.segments.find((s) => s.id === segmentId);
  if (!segment) return content;
  let next = content;
  for (const choice of topChoices(ranked, top)) {
    if (!segment.types.some((t) => t.typeId === choice.type.id)) next = addType(next, segmentId, choice.type.id, rationaleOf(choice));
  }
  const grid = starterGrid(ranked, answers, top);
  for (const phase of PHASE_IDS) {
    const present = new Set(segment.grid[phase].map((t) => normalise(t.text)));
    for (const tactic of grid[phase]) {
      if (!present.has(normalise(tactic.text))) next = addTactic(next, segmentId, phase, tactic);
    }
  }
  return next;
}
