import { useState } from 'preact/hooks';
import { checkDraft } from '../../lib/cohort/findings';
import { rubricTotal, suggestedScores } from '../../lib/cohort/rubric';
import { defaultRubric } from '../../lib/cohort/rubric-text';
import { MAX_CRITERIA, MAX_CRITERION_POINTS, type Criterion, type Member, type Rubric, type Scores } from '../../lib/model/cohort';
import { newId } from '../../lib/model/draft';
import type { CohortStore, Workspace } from '../../lib/store/cohorts';
import { routeHash } from '../sidepanel/route';
import { ReviewText, useReviewText } from './review-text';
import { cohortProblemText } from './store-problem';
import { useI18n } from '../i18n';

type Props = { store: CohortStore; workspace: Workspace; onSaved(): void };

/** The rubric: criteria the coach edits (defaults from the health check), and scoring one draft after another. */
export function RubricPanel(props: Props) {
  return <ReviewText><Rubrics {...props} /></ReviewText>;
}

function Rubrics({ store, workspace, onSaved }: Props) {
  const t = useReviewText();
  const { lang } = useI18n();
  // Until the coach saves a rubric, the default one speaks the panel's language; once saved it is the coach's text.
  const rubric = workspace.cohort.rubric ?? defaultRubric(t);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  const saveRubric = async (next: Rubric) => {
    const result = await store.setRubric(workspace.cohort.id, next);
    setMessage(result.ok ? { text: t('rubric.saved') } : { text: await cohortProblemText(result.error, lang, { notFound: t('error.gone') }), error: true });
    if (result.ok) onSaved();
    return result.ok;
  };
  return (
    <section aria-labelledby="rubric-heading">
      <h3 id="rubric-heading">{t('rubric.heading')}</h3>
      {!workspace.cohort.rubric && <p class="small muted">{t('rubric.derived')}</p>}
      <CriteriaEditor key={JSON.stringify(rubric)} rubric={rubric} onSave={saveRubric} />
      {message && <p class={`notice${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <ScoreForm store={store} workspace={workspace} rubric={rubric}
        ensureRubric={async () => workspace.cohort.rubric !== undefined || saveRubric(rubric)} onSaved={onSaved} />
    </section>
  );
}

function CriteriaEditor({ rubric, onSave }: { rubric: Rubric; onSave(rubric: Rubric): Promise<boolean> }) {
  const t = useReviewText();
  const [criteria, setCriteria] = useState<Criterion[]>(rubric.criteria);
  const change = (i: number, patch: Partial<Criterion>) => setCriteria(criteria.map((c, j) => (i === j ? { ...c, ...patch } : c)));
  const invalid = criteria.some((c) => !c.label.trim()) || criteria.length === 0;
  return (
    <fieldset class="criteria">
      <legend>{t('rubric.criteria')}</legend>
      <ol>
        {criteria.map((c, i) => (
          <li key={c.id}>
            <label class="field"><span>{t('rubric.criterion', { number: i + 1 })}</span>
              <input type="text" value={c.label} maxLength={200} onInput={(e) => change(i, { label: e.currentTarget.value })} />
            </label>
            <label class="field narrow"><span>{t('rubric.points')}</span>
              <input type="number" min={1} max={MAX_CRITERION_POINTS} value={c.max}
                onInput={(e) => change(i, { max: Math.min(MAX_CRITERION_POINTS, Math.max(1, Math.round(Number(e.currentTarget.value)) || 1)) })} />
            </label>
            <button type="button" onClick={() => setCriteria(criteria.filter((_, j) => j !== i))} aria-label={t('rubric.removeLabel', { name: c.label || String(i + 1) })}>{t('rubric.remove')}</button>
          </li>
        ))}
      </ol>
      <div class="row-actions">
        <button type="button" disabled={criteria.length >= MAX_CRITERIA} onClick={() => setCriteria([...criteria, { id: newId(), label: '', max: 4, rules: [] }])}>{t('rubric.add')}</button>
        <button type="button" onClick={() => setCriteria(defaultRubric(t).criteria)}>{t('rubric.defaults')}</button>
        <button type="button" class="primary" disabled={invalid} onClick={() => void onSave({ criteria: criteria.map((c) => ({ ...c, label: c.label.trim() })) })}>{t('rubric.save')}</button>
      </div>
      {invalid && <p class="small">{t('rubric.nameNeeded')}</p>}
    </fieldset>
  );
}

function ScoreForm({ store, workspace, rubric, ensureRubric, onSaved }: {
  store: CohortStore; workspace: Workspace; rubric: Rubric; ensureRubric(): Promise<boolean>; onSaved(): void;
}) {
  const t = useReviewText();
  const { lang } = useI18n();
  const members = new Map(workspace.members.map((m) => [m.draftId, m]));
  const drafts = [...workspace.drafts].sort((a, b) => (members.get(a.id)?.author ?? '').localeCompare(members.get(b.id)?.author ?? '') || a.title.localeCompare(b.title));
  const [draftId, setDraftId] = useState(drafts[0]?.id ?? '');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  if (!drafts.length) return null;
  // The full check runs for the draft being scored only: the overview keeps just its summary.
  const suggestions = (id: string) => {
    const draft = drafts.find((d) => d.id === id);
    return draft ? suggestedScores(rubric, checkDraft(draft)) : {};
  };
  const label = (id: string) => {
    const d = drafts.find((x) => x.id === id);
    return `${members.get(id)?.author ? `${members.get(id)!.author}: ` : ''}${d?.title || t('draft.untitled')}`;
  };
  const next = () => {
    const i = drafts.findIndex((d) => d.id === draftId);
    if (drafts[i + 1]) setDraftId(drafts[i + 1]!.id);
  };

  return (
    <form class="score-form" aria-labelledby="score-heading" onSubmit={(e) => e.preventDefault()}>
      <h4 id="score-heading">{t('score.heading')}</h4>
      <label class="field"><span>{t('score.draft')}</span>
        <select value={draftId} onChange={(e) => { setDraftId(e.currentTarget.value); setMessage(undefined); }}>
          {drafts.map((d) => <option key={d.id} value={d.id}>{label(d.id)}{members.get(d.id)?.scores ? ' ✓' : ''}</option>)}
        </select>
      </label>
      {/* Keyed by draft: its fields start from that draft's saved scores, or the suggested ones. */}
      <ScoreFields key={draftId} draftId={draftId} member={members.get(draftId)} rubric={rubric} suggested={suggestions(draftId)}
        onSave={async (scores, feedback, andNext) => {
          if (!(await ensureRubric())) return;
          const result = await store.score(draftId, scores, feedback);
          if (!result.ok) return setMessage({ text: await cohortProblemText(result.error, lang, { notFound: t('error.notMember') }), error: true });
          const total = rubricTotal(rubric, scores);
          setMessage({ text: t('score.saved', { draft: label(draftId), points: total.points, max: total.max }) });
          onSaved();
          if (andNext) next();
        }} />
      {message && <p class={`notice${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}

function ScoreFields({ draftId, member, rubric, suggested, onSave }: {
  draftId: string; member: Member | undefined; rubric: Rubric; suggested: Scores; onSave(scores: Scores, feedback: string, next: boolean): Promise<void>;
}) {
  const [scores, setScores] = useState<Scores>(() => member?.scores ?? suggested);
  const t = useReviewText();
  const [feedback, setFeedback] = useState(() => member?.feedback ?? '');
  const total = rubricTotal(rubric, scores);
  return (
    <>
      <p class="small muted">{t(member?.scores ? 'score.earlier' : 'score.suggestedOnly')} <a href={routeHash({ view: 'draft', id: draftId })}>{t('score.open')}</a></p>
      {rubric.criteria.map((c) => (
        <label key={c.id} class="field score">
          <span>{suggested[c.id] === undefined ? t('score.field', { name: c.label, max: c.max }) : t('score.fieldSuggested', { name: c.label, max: c.max, suggested: suggested[c.id]! })}</span>
          <input type="number" min={0} max={c.max} value={scores[c.id] ?? ''}
            onInput={(e) => {
              const raw = e.currentTarget.value;
              const { [c.id]: _old, ...rest } = scores;
              setScores(raw === '' ? rest : { ...rest, [c.id]: Math.min(c.max, Math.max(0, Math.round(Number(raw)) || 0)) });
            }} />
        </label>
      ))}
      <label class="field"><span>{t('score.feedback')}</span>
        <textarea rows={3} maxLength={20_000} value={feedback} onInput={(e) => setFeedback(e.currentTarget.value)} />
      </label>
      <p>{total.complete
        ? t('score.total', { points: total.points, max: total.max })
        : t('score.totalPartial', { points: total.points, max: total.max, scored: total.scored, count: rubric.criteria.length })}</p>
      <div class="row-actions">
        <button type="submit" class="primary" onClick={() => void onSave(scores, feedback, false)}>{t('score.save')}</button>
        <button type="button" onClick={() => void onSave(scores, feedback, true)}>{t('score.saveNext')}</button>
      </div>
    </>
  );
}
