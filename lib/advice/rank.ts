/**
 * The Advisor's recommendation for one segment: every catalogue type ranked from its answers by the
 * scoring table, each with the reasons behind its score and its cost/closeness trade-off; a starter
 * Get / Keep / Grow grid for the top choices; and applying both to a draft's segment.
 */
import { RELATIONSHIP_TYPES, typeById } from '../catalogue';
import { PHASE_IDS, type PhaseId } from '../catalogue/ids';
import type { CostLevel, RelationshipType } from '../catalogue/schema';
import { normalise } from '../catalogue/text';
import { translator, type Key, type Translate } from '../i18n/catalogue';
import advisorEn from '../i18n/messages/advisor.en';
import tacticsEn from '../i18n/messages/tactics.en';
import { newId, type DraftContent, type Grid } from '../model/draft';
import { addTactic, addType } from '../model/edit';
import type { Answers, QuestionId } from './questions';
import { ruleApplies, SCORING_RULES } from './scoring';
import { fitsFor, bestFit, suggestedTactic, tacticWords, type TacticFit, type TacticWords } from './tactics';

/** One rule that raised (points > 0) or lowered (points < 0) a type's score. */
export interface Reason {
  /** The reason's words in the Advisor's messages (see `reasonText`). */
  key: Key<'advisor'>;
  points: number;
  /** The question whose answer fired the rule. */
  question: QuestionId;
  /** The type whose score it changed, named by reasons that say `{type}`. */
  typeId: string;
}

/**
 * The Advisor's words in one language: its messages, the types' names and the suggested tactics' words. The
 * ranking itself holds keys and ids only; text is made from them when shown or written into a draft.
 */
export interface AdvisorText {
  t: Translate<'advisor'>;
  typeName(id: string): string;
  tactics: TacticWords;
}

/** `tactics`: the suggested tactics' words (their own area, which the health check shares) in the same language. */
export function advisorText(t: Translate<'advisor'>, typeName: (id: string) => string, tactics: Translate<'tactics'>): AdvisorText {
  return { t, typeName, tactics: tacticWords(tactics, (channel) => t(`option.channels.${channel}`)) };
}

/** English, the default of every function here that makes text. */
export const ENGLISH_TEXT: AdvisorText = advisorText(
  translator<'advisor'>(advisorEn, 'en'), (id) => typeById(id)?.name ?? id, translator<'tactics'>(tacticsEn, 'en'),
);

export interface RankedType {
  type: RelationshipType;
  /** Exactly the sum of `reasons[].points`. */
  score: number;
  /** Every rule that fired for the type, in scoring-table order. */
  reasons: Reason[];
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
      .map((rule) => ({ key: rule.reason, points: rule.points, question: rule.question, typeId: type.id }));
    return { type, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
  });
  return ranked.sort((a, b) => b.score - a.score); // Array.prototype.sort is stable: ties keep catalogue order
}

/** A reason's words, without its points: "Customers are worth a lot over time, …". */
export function reasonText(reason: Reason, text: AdvisorText = ENGLISH_TEXT): string {
  return text.t(reason.key, { type: text.typeName(reason.typeId) });
}

/** A reason as a user reads it: "+3 Customers are worth a lot over time, …". */
export function formatReason(reason: Reason, text: AdvisorText = ENGLISH_TEXT): string {
  return `${reason.points > 0 ? '+' : ''}${reason.points} ${reasonText(reason, text)}`;
}

/** The choices the Advisor puts forward: the first `top` ranked types with a positive score. */
export function topChoices(ranked: readonly RankedType[], top = 3): RankedType[] {
  return ranked.filter((r) => r.score > 0).slice(0, top);
}

/** A type's rationale for a draft: its strongest positive reasons (up to three), as one sentence. */
export function rationaleOf(ranked: RankedType, text: AdvisorText = ENGLISH_TEXT): string {
  const best = ranked.reasons
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((r) => reasonText(r, text));
  return best.length > 0 ? `${best.join('; ')}.` : '';
}

type Closeness = 'personal' | 'mixed' | 'automated';

/** Where a type sits on the personal (0) ↔ automated (100) axis, in three bands. */
function closeness(automation: number): Closeness {
  if (automation <= 35) return 'personal';
  return automation < 65 ? 'mixed' : 'automated';
}

/** Cost to serve against closeness for a type, e.g. "Cheap to serve and easy to scale, … (low cost to serve, automation 95/100)." */
export function tradeOff(type: RelationshipType, text: AdvisorText = ENGLISH_TEXT): string {
  const cost: CostLevel = type.costToServe;
  return text.t(`tradeOff.${cost}`, { judgement: text.t(`tradeOff.${cost}.${closeness(type.automation)}`), automation: type.automation });
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
 * tactic twice, each with the guide's tactic, a channel the segment has when one fits (else ''), and a
 * metric with a direction to aim for, worded in `text`. Empty when no type scored above zero.
 */
export function starterGrid(ranked: readonly RankedType[], answers: Answers, top = 3, text: AdvisorText = ENGLISH_TEXT): Grid {
  const typeIds = topChoices(ranked, top).map((r) => r.type.id);
  const grid: Grid = { get: [], keep: [], grow: [] };
  if (typeIds.length === 0) return grid;
  const channels = answers.channels ?? [];
  for (const phase of PHASE_IDS) {
    grid[phase] = pickFits(phase, typeIds).map((fit) => suggestedTactic(fit, typeIds, channels, newId(), text.tactics));
  }
  return grid;
}

/**
 * Adds the top choices to a segment (rationale = their strongest reasons) and the starter grid's
 * tactics, through the draft edit helpers. Types the segment already has, and tactics whose text is
 * already in that phase, are skipped. Returns `content` itself when nothing changes (unknown segment,
 * nothing scored, everything present). Rationales and tactics are written in `text`: the draft keeps the
 * words the user accepted, whatever language the panel speaks later.
 */
export function applyToSegment(
  content: DraftContent,
  segmentId: string,
  ranked: readonly RankedType[],
  answers: Answers,
  top = 3,
  text: AdvisorText = ENGLISH_TEXT,
): DraftContent {
  const segment = content.segments.find((s) => s.id === segmentId);
  if (!segment) return content;
  let next = content;
  for (const choice of topChoices(ranked, top)) {
    if (!segment.types.some((t) => t.typeId === choice.type.id)) next = addType(next, segmentId, choice.type.id, rationaleOf(choice, text));
  }
  const grid = starterGrid(ranked, answers, top, text);
  for (const phase of PHASE_IDS) {
    const present = new Set(segment.grid[phase].map((t) => normalise(t.text)));
    for (const tactic of grid[phase]) {
      if (!present.has(normalise(tactic.text))) next = addTactic(next, segmentId, phase, tactic);
    }
  }
  return next;
}
