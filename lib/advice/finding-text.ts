/**
 * A finding's words in one language. The health check keeps findings language-free (rule, variant, ids and
 * params); `findingText` renders title, why and fix from the findings messages of the language wanted, so the side
 * panel, the background (for the chip) and Node tests render the same finding in any language.
 */
import type { GuideChecks } from '../catalogue/checks';
import { ENGLISH_CHECKS } from '../catalogue/checks-data';
import type { MetricId, PhaseId } from '../catalogue/ids';
import { translator, type Key, type Translate } from '../i18n/catalogue';
import english from '../i18n/messages/findings.en';
import type { FindingFacts, FixAction } from './finding';
import { typeInSentence, type SummaryWords } from './summary';
import { ENGLISH_TACTIC_WORDS, fitNamed, metricTarget, type TacticWords } from './tactics';

/** What rendering needs besides the finding: the language's messages and its names of types and phases. */
export interface FindingTexts extends SummaryWords {
  t: Translate<'findings'>;
  /** A type's name in `lang` (undefined for an unknown id, which is then shown as is). */
  typeName(id: string): string | undefined;
  phaseName(phase: PhaseId): string;
  /**
   * The guide in `lang`, when one is at hand: its mistake titles name the findings and its block questions are
   * asked. Without it the findings messages' own titles stand in, and block questions come from the English guide.
   */
  guide?: GuideChecks | undefined;
  /** The words a suggested tactic is written in (its text, its metric); English from the guide without them. */
  tactics?: TacticWords | undefined;
}

/** English: the catalogue's own type and phase names and guide. */
export function englishTexts(typeName: (id: string) => string | undefined, phaseName: (phase: PhaseId) => string): FindingTexts {
  return { lang: 'en', t: translator<'findings'>(english, 'en'), typeName, phaseName, guide: ENGLISH_CHECKS };
}

const upper = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The key of one part of a finding's text: the variant's own wording where it has one, else the rule's. */
function keyOf(finding: Pick<FindingFacts, 'rule' | 'variant'>, part: 'title' | 'why' | 'fix'): Key<'findings'> {
  const own = `${finding.rule}.${finding.variant}.${part}`;
  return (finding.variant && own in english ? own : `${finding.rule}.${part}`) as Key<'findings'>;
}

/** The finding's title, why and fix in `texts.lang`, every placeholder filled and each text starting with a capital. */
export function findingText(finding: FindingFacts, texts: FindingTexts): { title: string; why: string; fix: string } {
  const { t } = texts;
  const p = finding.params ?? {};
  const segment = (name: string) => (name.trim() ? t('segment.named', { name: name.trim() }) : t('segment.unnamed'));
  const type = (id: string) => typeInSentence(texts.lang, texts.typeName(id) ?? id.replace(/-/g, ' '));
  const types = (ids: readonly string[]) => ids.map(type).join(', ');
  const fit = typeof p.fit === 'string' ? fitNamed(p.fit) : undefined;
  const question = finding.rule === 'block-question' ? (texts.guide ?? ENGLISH_CHECKS).blockQuestions.find((q) => q.block === p.block) : undefined;
  const params = {
    ...Object.fromEntries(Object.entries(p).filter((e): e is [string, string | number] => !Array.isArray(e[1]))),
    ...(typeof p.segment === 'string' && { segment: segment(p.segment) }),
    ...(Array.isArray(p.segments) && { segments: p.segments.map(segment).join(', ') }),
    ...(Array.isArray(p.types) && { types: types(p.types) }),
    ...(typeof p.type === 'string' && { type: type(p.type) }),
    ...(typeof p.phase === 'string' && { phase: texts.phaseName(p.phase as PhaseId) }),
    ...(question && { block: question.blockName, question: question.question }),
    ...(fit && { tactic: (texts.tactics ?? ENGLISH_TACTIC_WORDS).tactic(fit) }),
  };
  const mistake = texts.guide?.mistakes.find((m) => m.id === finding.rule);
  return {
    title: upper(mistake?.title ?? t(keyOf(finding, 'title'), params)),
    why: upper(question ? question.link : t(keyOf(finding, 'why'), params)),
    fix: upper(t(keyOf(finding, 'fix'), params)),
  };
}

/**
 * The finding's one-click fix with the words it writes into the draft (a new type's rationale, a new segment's
 * name, a suggested tactic and its metric) in `texts.lang`; the rules leave the first two blank and write tactics in
 * English, naming the fit row and metric in params.
 */
export function actionIn(finding: FindingFacts, texts: Pick<FindingTexts, 't' | 'tactics'>): FixAction | undefined {
  const { action } = finding;
  const words = texts.tactics ?? ENGLISH_TACTIC_WORDS;
  const fit = typeof finding.params?.fit === 'string' ? fitNamed(finding.params.fit) : undefined;
  const metricId = finding.params?.metricId;
  const metric = typeof metricId === 'string' ? metricTarget(metricId as MetricId, words) : undefined;
  if (action?.kind === 'add-tactic') {
    return { ...action, tactic: { ...action.tactic, ...(fit && { text: words.tactic(fit) }), ...(metric && { metric }) } };
  }
  if (action?.kind === 'set-metric' && metric) return { ...action, metric };
  if (action?.kind === 'add-type') {
    return { ...action, rationale: texts.t(`${finding.rule}.rationale` as Key<'findings'>, { quote: String(finding.params?.quote ?? '') }) };
  }
  if (action?.kind === 'add-segment') return { ...action, name: texts.t('no-segment.name') };
  return action;
}
