import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PHASE_NAMES } from '../../lib/catalogue';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import { AnswersSchema, QUESTIONS, type Answers, type Question } from '../../lib/advice/questions';
import { applyToSegment, formatReason, rankTypes, starterGrid, topChoices } from '../../lib/advice/rank';
import type { DraftContent } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';
import { Outcome } from '../drafts/AddToDraft';
import { SegmentTargetFields, useSegmentTarget, writeToTarget } from '../drafts/SegmentTarget';
import { routeHash } from '../sidepanel/route';

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
export function AdvisorView({ store, draftId, segmentId }: AdvisorProps) {
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
  const grid = useMemo(() => starterGrid(ranked, answers, TOP), [ranked, answers]);
  const answered = Object.values(answers).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
  const [showAll, setShowAll] = useState(false);

  return (
    <article class="advisor" aria-labelledby="advisor-heading">
      <h2 id="advisor-heading" ref={heading} tabIndex={-1}>Advisor</h2>
      <p class="muted">
        Answer for one customer segment. The ranking below changes as you answer; every point it gives or takes
        away is shown with its reason.
      </p>
      <p class="notice top-choices" role="status">
        {top.length > 0 ? (
          <>Top choices so far: <strong>{top.map((r) => r.type.name).join(', ')}</strong>. <a href="#ranking-heading" onClick={(e) => { e.preventDefault(); document.getElementById('ranking-heading')?.scrollIntoView(); }}>See why</a></>
        ) : (
          'No ranking yet: answer a question.'
        )}
      </p>
      <form class="questions" onSubmit={(e) => e.preventDefault()}>
        {QUESTIONS.map((q) => (
          <QuestionField key={q.id} question={q} answers={answers} onChange={setAnswers} />
        ))}
        {answered && <button type="button" onClick={() => setAnswers({})}>Clear answers</button>}
      </form>

      <section aria-labelledby="ranking-heading" class="ranking">
        <h3 id="ranking-heading">Ranking</h3>
        {!answered ? (
          <p class="muted">Answer a question to see which relationship types fit this segment.</p>
        ) : (
          <>
            <ol class="ranked" aria-label="Relationship types ranked for this segment">
              {(showAll ? ranked : ranked.slice(0, Math.max(TOP, top.length))).map((r) => (
                <li key={r.type.id} class={`ranked-item${top.includes(r) ? ' top' : ''}`}>
                  <div class="ranked-head">
                    <a href={routeHash({ view: 'type', id: r.type.id })}>{r.type.name}</a>
                    <span class="score" aria-label={`score ${r.score}`}>{r.score > 0 ? `+${r.score}` : r.score}</span>
                  </div>
                  {r.reasons.length > 0 ? (
                    <ul class="reasons" aria-label={`Reasons for ${r.type.name}`}>
                      {r.reasons.map((reason) => (
                        <li key={reason.text} class={reason.points > 0 ? 'up' : 'down'}>{formatReason(reason)}</li>
                      ))}
                    </ul>
                  ) : (
                    <p class="small muted">No answer so far speaks for or against it.</p>
                  )}
                  <p class="small">{r.tradeOff}</p>
                </li>
              ))}
            </ol>
            <button type="button" class="link-button" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
              {showAll ? 'Show the top choices only' : `Show all ${ranked.length} types`}
            </button>
          </>
        )}
      </section>

      {top.length > 0 && (
        <section aria-labelledby="starter-heading">
          <h3 id="starter-heading">Starter Get / Keep / Grow</h3>
          <div class="grid">
            {PHASE_IDS.map((phase) => (
              <div key={phase} class={`grid-cell phase-${phase}`} role="group" aria-label={`Suggested ${PHASE_NAMES[phase]} tactics`}>
                <h4>{PHASE_NAMES[phase]}</h4>
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
          <ApplyToDraft store={store} draftId={draftId} segmentId={segmentId} apply={(content, sid) => applyToSegment(content, sid, ranked, answers, TOP)} />
        </section>
      )}
    </article>
  );
}

function QuestionField({ question, answers, onChange }: { question: Question; answers: Answers; onChange(a: Answers): void }) {
  const value = answers[question.id] as string | string[] | undefined;
  const set = (next: string | string[] | undefined) => {
    const parsed = AnswersSchema.safeParse({ ...answers, [question.id]: next });
    if (parsed.success) onChange(parsed.data);
  };
  return (
    <fieldset class="question">
      <legend>{question.prompt}</legend>
      <p class="small muted">{question.why}</p>
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
              <span>{o.label}</span>
            </label>
          );
        })}
        {question.kind === 'single' && value !== undefined && (
          <button type="button" class="link-button" onClick={() => set(undefined)} aria-label={`Clear the answer to: ${question.prompt}`}>
            Clear
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
  const picker = useSegmentTarget(store, { draftId, segmentId });
  const [result, setResult] = useState<{ ok: boolean; text: string; href?: string } | undefined>();
  return (
    <div class="add-to-draft" role="group" aria-label="Apply to a draft">
      <SegmentTargetFields {...picker} />
      <button type="button" class="primary" onClick={async () => setResult(await writeToTarget(store, picker.target, apply, 'Applied to'))}>
        Apply to draft
      </button>
      <Outcome result={result} />
    </div>
  );
}
