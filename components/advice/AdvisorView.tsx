import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import { AnswersSchema, optionLabel, QUESTIONS, type Answers, type Question } from '../../lib/advice/questions';
import { advisorText, applyToSegment, formatReason, rankTypes, starterGrid, topChoices, tradeOff, type AdvisorText } from '../../lib/advice/rank';
import english from '../../lib/i18n/messages/advisor.en';
import type { DraftContent } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';
import { createAreaText } from '../area-text';
import { Outcome } from '../drafts/AddToDraft';
import { SegmentTargetFields, useSegmentTarget, writeToTarget } from '../drafts/SegmentTarget';
import { useI18n } from '../i18n';
import { routeHash } from '../sidepanel/route';
import { TacticsText, useTacticsText } from './tactics-text';

const { AreaText: AdvisorMessages, useText } = createAreaText<'advisor'>(english, {
  de: () => import('../../lib/i18n/messages/advisor.de'),
  fr: () => import('../../lib/i18n/messages/advisor.fr'),
  es: () => import('../../lib/i18n/messages/advisor.es'),
  pt: () => import('../../lib/i18n/messages/advisor.pt'),
  it: () => import('../../lib/i18n/messages/advisor.it'),
  nl: () => import('../../lib/i18n/messages/advisor.nl'),
});

/** The Advisor's words in the panel's language: its messages and the types' names as the panel shows them. */
function useAdvisorText(): AdvisorText {
  const t = useText();
  const tactics = useTacticsText();
  const { typeById } = useI18n();
  return useMemo(() => advisorText(t, (id) => typeById(id)?.name ?? id, tactics), [t, tactics, typeById]);
}

const TOP = 3;
// Answers survive moving between views of this panel (not across panels: they describe one sitting).
const ANSWERS_KEY = 'crc-advisor-answers';

function loadAnswers(): Answers {
  try {
    const parsed = AnswersSchema.safeParse(JSON.parse(sessionStorage.getItem(ANSWERS_KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export interface AdvisorProps {
  store: DraftStore;
  /** Preselected target, when opened from a draft's segment. */
  draftId?: string | undefined;
  segmentId?: string | undefined;
}

/** The guided choice for one segment: questions, a ranking with its reasons, a starter grid, apply to a draft. */
export function AdvisorView(props: AdvisorProps) {
  return (
    <AdvisorMessages>
      <TacticsText>
        <Advisor {...props} />
      </TacticsText>
    </AdvisorMessages>
  );
}

function Advisor({ store, draftId, segmentId }: AdvisorProps) {
  const text = useAdvisorText();
  const { t, typeName: nameOf } = text;
  const { t: core } = useI18n();
  const [answers, setAnswers] = useState<Answers>(loadAnswers);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    try {
      sessionStorage.setItem(ANSWERS_KEY, JSON.stringify(answers));
    } catch {
      // storage off: answers live as long as the view
    }
  }, [answers]);

  const ranked = useMemo(() => rankTypes(answers), [answers]);
  const top = topChoices(ranked, TOP);
  const grid = useMemo(() => starterGrid(ranked, answers, TOP, text), [ranked, answers, text]);
  const answered = Object.values(answers).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
  const [showAll, setShowAll] = useState(false);

  return (
    <article class="advisor" aria-labelledby="advisor-heading">
      <h2 id="advisor-heading" ref={heading} tabIndex={-1}>{core('nav.advisor')}</h2>
      <p class="muted">{t('view.intro')}</p>
      <p class="notice top-choices" role="status">
        {top.length > 0 ? (
          <>{t('view.topChoices')} <strong>{top.map((r) => nameOf(r.type.id)).join(', ')}</strong>. <a href="#ranking-heading" onClick={(e) => { e.preventDefault(); document.getElementById('ranking-heading')?.scrollIntoView(); }}>{t('view.seeWhy')}</a></>
        ) : (
          t('view.noRanking')
        )}
      </p>
      <form class="questions" onSubmit={(e) => e.preventDefault()}>
        {QUESTIONS.map((q) => (
          <QuestionField key={q.id} question={q} answers={answers} onChange={setAnswers} />
        ))}
        {answered && <button type="button" onClick={() => setAnswers({})}>{t('view.clearAnswers')}</button>}
      </form>

      <section aria-labelledby="ranking-heading" class="ranking">
        <h3 id="ranking-heading">{t('ranking.heading')}</h3>
        {!answered ? (
          <p class="muted">{t('ranking.empty')}</p>
        ) : (
          <>
            <ol class="ranked" aria-label={t('ranking.label')}>
              {(showAll ? ranked : ranked.slice(0, Math.max(TOP, top.length))).map((r) => (
                <li key={r.type.id} class={`ranked-item${top.includes(r) ? ' top' : ''}`}>
                  <div class="ranked-head">
                    <a href={routeHash({ view: 'type', id: r.type.id })}>{nameOf(r.type.id)}</a>
                    <span class="score" aria-label={t('ranking.score', { score: r.score })}>{r.score > 0 ? `+${r.score}` : r.score}</span>
                  </div>
                  {r.reasons.length > 0 ? (
                    <ul class="reasons" aria-label={t('ranking.reasons', { name: nameOf(r.type.id) })}>
                      {r.reasons.map((reason) => (
                        <li key={reason.key} class={reason.points > 0 ? 'up' : 'down'}>{formatReason(reason, text)}</li>
                      ))}
                    </ul>
                  ) : (
                    <p class="small muted">{t('ranking.noReasons')}</p>
                  )}
                  <p class="small">{tradeOff(r.type, text)}</p>
                </li>
              ))}
            </ol>
            <button type="button" class="link-button" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
              {showAll ? t('ranking.topOnly') : t('ranking.showAll', { count: ranked.length })}
            </button>
          </>
        )}
      </section>

      {top.length > 0 && (
        <section aria-labelledby="starter-heading">
          <h3 id="starter-heading">{t('starter.heading', { get: core('phase.get'), keep: core('phase.keep'), grow: core('phase.grow') })}</h3>
          <div class="grid">
            {PHASE_IDS.map((phase) => (
              <div key={phase} class={`grid-cell phase-${phase}`} role="group" aria-label={t('starter.phase', { phase: core(`phase.${phase}`) })}>
                <h4>{core(`phase.${phase}`)}</h4>
                <ul class="tactics">
                  {grid[phase].map((t) => (
                    <li key={t.id} class="small">
                      {t.text}
                      {t.channel && <span class="muted"> · {t.channel}</span>}
                      {t.metric && <span class="muted"> · {t.metric.name} {t.metric.target}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          <ApplyToDraft store={store} draftId={draftId} segmentId={segmentId} apply={(content, sid) => applyToSegment(content, sid, ranked, answers, TOP, text)} />
        </section>
      )}
    </article>
  );
}

function QuestionField({ question, answers, onChange }: { question: Question; answers: Answers; onChange(a: Answers): void }) {
  const { t, typeName } = useAdvisorText();
  const { t: core } = useI18n();
  const prompt = t(question.prompt);
  const value = answers[question.id] as string | string[] | undefined;
  const set = (next: string | string[] | undefined) => {
    const parsed = AnswersSchema.safeParse({ ...answers, [question.id]: next });
    if (parsed.success) onChange(parsed.data);
  };
  return (
    <fieldset class="question">
      <legend>{prompt}</legend>
      <p class="small muted">{t(question.why)}</p>
      <div class="options">
        {question.options.map((o) => {
          const checked = Array.isArray(value) ? value.includes(o.id) : value === o.id;
          return (
            <label key={o.id} class="option">
              <input
                type={question.kind === 'multi' ? 'checkbox' : 'radio'}
                name={question.id}
                checked={checked}
                onChange={() => {
                  if (question.kind === 'single') return set(o.id);
                  const list = Array.isArray(value) ? value : [];
                  set(checked ? list.filter((x) => x !== o.id) : [...list, o.id]);
                }}
              />
              <span>{optionLabel(o.text, t, core, typeName)}</span>
            </label>
          );
        })}
        {question.kind === 'single' && value !== undefined && (
          <button type="button" class="link-button" onClick={() => set(undefined)} aria-label={t('question.clearLabel', { prompt })}>
            {t('question.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** Chooses a draft and segment and writes the top choices and starter tactics into it. */
function ApplyToDraft({ store, draftId, segmentId, apply }: {
  store: DraftStore;
  draftId?: string | undefined;
  segmentId?: string | undefined;
  apply(content: DraftContent, segmentId: string): DraftContent;
}) {
  const t = useText();
  const picker = useSegmentTarget(store, { draftId, segmentId });
  const [result, setResult] = useState<{ ok: boolean; text: string; href?: string } | undefined>();
  return (
    <div class="add-to-draft" role="group" aria-label={t('apply.label')}>
      <SegmentTargetFields {...picker} />
      <button type="button" class="primary" onClick={async () => setResult(await writeToTarget(store, picker.target, apply, t('apply.done')))}>
        {t('apply.button')}
      </button>
      <Outcome result={result} />
    </div>
  );
}
