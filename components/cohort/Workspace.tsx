import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { commonFindings, healthSummaries, ruleTitles, summaryRow, typeFrequency } from '../../lib/cohort/overview';
import type { Cohort } from '../../lib/model/cohort';
import type { CohortStore, Overview, Workspace as Data } from '../../lib/store/cohorts';
import { measureSince } from '../../lib/perf';
import { useI18n } from '../i18n';
import { TallyChart } from './TallyChart';
import { Lazy } from '../sidepanel/lazy';
import { OverviewGrid } from './OverviewGrid';
import { routeHash } from '../sidepanel/route';
import { useWorkspaceText, WorkspaceText } from './workspace-text';
import { cohortProblemText } from './store-problem';
import type { StoreError } from '../../lib/store/errors';

// Exports bring the zip library and the export formats: loaded when the coach opens this tab.
const loadFeedback = () => import('./FeedbackPanel').then((m) => m.FeedbackPanel);
// Comparing and scoring are tabs of their own: loaded on their first visit, so the overview (the view a coach
// lands on) stays within the panel's per-view budget with a language pack added.
const loadCompare = () => import('./ComparePanel').then((m) => m.ComparePanel);
const loadRubric = () => import('./RubricPanel').then((m) => m.RubricPanel);

type Tab = 'overview' | 'compare' | 'rubric' | 'feedback';
const TABS: readonly Tab[] = ['overview', 'compare', 'rubric', 'feedback'];

/** One cohort: overview table and charts, compare two drafts, score with the rubric, send feedback. */
export function Workspace(props: { store: CohortStore; id: string }) {
  return <WorkspaceText><CohortWorkspace {...props} /></WorkspaceText>;
}

function CohortWorkspace({ store, id }: { store: CohortStore; id: string }) {
  const t = useWorkspaceText();
  const { typeById, lang } = useI18n();
  const readProblem = (error: StoreError<unknown>) =>
    cohortProblemText(error, lang, { notFound: t('error.gone'), invalid: (problem) => t('error.invalid', { problem }) }).then(setError);
  const heading = useRef<HTMLHeadingElement>(null);
  const [data, setData] = useState<Overview | undefined>();
  // The members' full drafts, read only for the tabs that show or export them (the overview needs summaries).
  const [full, setFull] = useState<{ version: number; workspace: Data } | undefined>();
  const [cohorts, setCohorts] = useState<Cohort[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState<Tab>('overview');
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | undefined>();
  const reload = () => setVersion((v) => v + 1);
  const loadStarted = useRef(0);

  useLayoutEffect(() => heading.current?.focus(), [data === undefined]);
  useEffect(() => {
    const started = performance.now();
    loadStarted.current = started;
    void store.overview(id).then((ws) => {
      if (!ws.ok) return void readProblem(ws.error);
      setData(ws.value);
      measureSince('crc:cohort-read', started);
    });
    // Other cohorts are only needed to move drafts: read after, so the overview does not wait for them.
    void store.list().then((list) => list.ok && setCohorts(list.value.cohorts));
  }, [store, id, version]);
  useEffect(() => {
    if (tab === 'overview' || full?.version === version) return;
    void store.workspace(id).then((ws) => {
      if (!ws.ok) return void readProblem(ws.error);
      setFull({ version, workspace: ws.value });
    });
  }, [store, id, version, tab]);

  // Summaries kept from earlier visits serve drafts that did not change since; the others are made now and kept.
  const checked = useMemo(() => healthSummaries(data?.drafts ?? [], new Map((data?.members ?? []).map((m) => [m.draftId, m]))), [data]);
  const health = checked.summaries;
  useEffect(() => {
    if (checked.stale.length) void store.keepHealth(checked.stale);
  }, [checked]);
  // Type names in the panel's language: the rows, the filter, the chart and the exports all show them.
  const rows = useMemo(() => (data?.members ?? []).flatMap((m) => {
    const summary = health.get(m.draftId);
    return summary?.row ? [summaryRow(m.draftId, { ...summary, row: summary.row }, m, data!.cohort.rubric, (typeId) => typeById(typeId)?.name ?? typeId)] : [];
  }), [data, health, typeById]);
  // From opening the cohort until its overview (findings of every draft included) is on screen: read by the bench.
  useEffect(() => {
    if (data) measureSince('crc:cohort-overview', loadStarted.current);
  }, [rows]);
  const charts = useMemo(() => ({ types: typeFrequency(rows), findings: commonFindings(rows, ruleTitles(health.values())) }), [rows, health]);

  if (error) return <p class="notice error" role="alert">{error} <a href={routeHash({ view: 'cohorts' })}>{t('ws.backToClass')}</a></p>;
  if (!data) return <p class="muted">{t('ws.opening')}</p>;
  // After a change the panels keep the drafts read before until the new ones arrive, so they keep their state.
  const workspace = full?.workspace;

  const move = async (to: string) => {
    const result = await store.move(selected, to);
    if (!result.ok) return setNotice(await cohortProblemText(result.error, lang, { notFound: t('error.moveGone') }));
    setNotice(t('ws.moved', { count: result.value, cohort: cohorts.find((c) => c.id === to)?.name ?? t('ws.theCohort') }));
    setSelected([]);
    reload();
  };

  return (
    <section class="workspace" aria-labelledby="cohort-heading">
      <p class="small"><a href={routeHash({ view: 'cohorts' })}>{t('ws.allCohorts')}</a></p>
      <h2 id="cohort-heading" ref={heading} tabIndex={-1}>{data.cohort.name}</h2>
      <p class="small muted">{t('ws.drafts', { count: rows.length })}{data.problems.length ? ` · ${t('ws.unreadable', { count: data.problems.length })}` : ''}</p>
      <div class="tabs" role="group" aria-label={t('ws.views')}>
        {TABS.map((id) => <button key={id} type="button" aria-pressed={tab === id} onClick={() => setTab(id)}>{t(`tab.${id}`)}</button>)}
      </div>
      {notice && <p class="notice" role="status">{notice}</p>}
      {tab === 'overview' && (
        <>
          <OverviewGrid rows={rows} selected={selected} onSelect={setSelected} scored={Boolean(data.cohort.rubric)} />
          <SelectionActions selected={selected} cohorts={cohorts.filter((c) => c.id !== id)} onMove={move} onCompare={() => setTab('compare')} />
          <TallyChart id="types-chart" title={t('chart.types')} what={t('chart.type')} items={charts.types} total={rows.length} />
          <TallyChart id="findings-chart" title={t('chart.findings')} what={t('chart.finding')} items={charts.findings} total={rows.length} />
        </>
      )}
      {tab !== 'overview' && !workspace && <p class="muted">{t('ws.reading')}</p>}
      {tab === 'compare' && workspace && <Lazy load={loadCompare} props={{ drafts: workspace.drafts, members: workspace.members, initial: selected }} />}
      {tab === 'rubric' && workspace && <Lazy load={loadRubric} props={{ store, workspace, onSaved: reload }} />}
      {tab === 'feedback' && workspace && <Lazy load={loadFeedback} props={{ workspace, rows, charts }} />}
    </section>
  );
}

function SelectionActions({ selected, cohorts, onMove, onCompare }: { selected: string[]; cohorts: Cohort[]; onMove(to: string): void; onCompare(): void }) {
  const t = useWorkspaceText();
  const [to, setTo] = useState('');
  if (!selected.length) return <p class="small muted">{t('sel.hint')}</p>;
  return (
    <div class="row-actions selection">
      <span>{t('sel.count', { count: selected.length })}</span>
      {selected.length === 2 && <button type="button" onClick={onCompare}>{t('sel.compare')}</button>}
      {cohorts.length > 0 && (
        <>
          <label>
            <span class="visually-hidden">{t('sel.moveTo')}</span>
            <select value={to} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value="">{t('sel.choose')}</option>
              {cohorts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          <button type="button" disabled={!to} onClick={() => onMove(to)}>{t('sel.move')}</button>
        </>
      )}
    </div>
  );
}
