import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { commonFindings, healthSummaries, ruleTitles, summaryRow, typeFrequency } from '../../lib/cohort/overview';
import { defaultRubric } from '../../lib/cohort/rubric';
import type { Cohort } from '../../lib/model/cohort';
import type { CohortStore, Overview, Workspace as Data } from '../../lib/store/cohorts';
import { measureSince } from '../../lib/perf';
import { plural } from '../drafts/format';
import { TallyChart } from './TallyChart';
import { Lazy } from '../sidepanel/lazy';
import { OverviewGrid } from './OverviewGrid';
import { routeHash } from '../sidepanel/route';

// Exports bring the zip library and the export formats: loaded when the coach opens this tab.
const loadFeedback = () => import('./FeedbackPanel').then((m) => m.FeedbackPanel);
// Comparing and scoring are tabs of their own: loaded on their first visit, so the overview (the view a coach
// lands on) stays within the panel's per-view budget with a language pack added.
const loadCompare = () => import('./ComparePanel').then((m) => m.ComparePanel);
const loadRubric = () => import('./RubricPanel').then((m) => m.RubricPanel);

type Tab = 'overview' | 'compare' | 'rubric' | 'feedback';
const TABS: { id: Tab; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'compare', label: 'Compare' },
  { id: 'rubric', label: 'Rubric' },
  { id: 'feedback', label: 'Feedback and exports' },
];

/** One cohort: overview table and charts, compare two drafts, score with the rubric, send feedback. */
export function Workspace({ store, id }: { store: CohortStore; id: string }) {
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
      if (!ws.ok) return setError(ws.error.message);
      setData(ws.value);
      measureSince('crc:cohort-read', started);
    });
    // Other cohorts are only needed to move drafts: read after, so the overview does not wait for them.
    void store.list().then((list) => list.ok && setCohorts(list.value.cohorts));
  }, [store, id, version]);
  useEffect(() => {
    if (tab === 'overview' || full?.version === version) return;
    void store.workspace(id).then((ws) => {
      if (!ws.ok) return setError(ws.error.message);
      setFull({ version, workspace: ws.value });
    });
  }, [store, id, version, tab]);

  // Summaries kept from earlier visits serve drafts that did not change since; the others are made now and kept.
  const checked = useMemo(() => healthSummaries(data?.drafts ?? [], new Map((data?.members ?? []).map((m) => [m.draftId, m]))), [data]);
  const health = checked.summaries;
  useEffect(() => {
    if (checked.stale.length) void store.keepHealth(checked.stale);
  }, [checked]);
  const rubric = data?.cohort.rubric ?? defaultRubric();
  const rows = useMemo(() => (data?.members ?? []).flatMap((m) => {
    const summary = health.get(m.draftId);
    return summary?.row ? [summaryRow(m.draftId, { ...summary, row: summary.row }, m, data!.cohort.rubric)] : [];
  }), [data, health]);
  // From opening the cohort until its overview (findings of every draft included) is on screen: read by the bench.
  useEffect(() => {
    if (data) measureSince('crc:cohort-overview', loadStarted.current);
  }, [rows]);
  const charts = useMemo(() => ({ types: typeFrequency(rows), findings: commonFindings(rows, ruleTitles(health.values())) }), [rows, health]);

  if (error) return <p class="notice error" role="alert">{error} <a href={routeHash({ view: 'cohorts' })}>Back to the class</a></p>;
  if (!data) return <p class="muted">Opening the cohort…</p>;
  // After a change the panels keep the drafts read before until the new ones arrive, so they keep their state.
  const workspace = full?.workspace;

  const move = async (to: string) => {
    const result = await store.move(selected, to);
    if (!result.ok) return setNotice(result.error.message);
    setNotice(`Moved ${plural(result.value, 'draft')} to “${cohorts.find((c) => c.id === to)?.name ?? 'the cohort'}”.`);
    setSelected([]);
    reload();
  };

  return (
    <section class="workspace" aria-labelledby="cohort-heading">
      <p class="small"><a href={routeHash({ view: 'cohorts' })}>← All cohorts</a></p>
      <h2 id="cohort-heading" ref={heading} tabIndex={-1}>{data.cohort.name}</h2>
      <p class="small muted">{plural(rows.length, 'draft')}{data.problems.length ? ` · ${plural(data.problems.length, 'record')} could not be read` : ''}</p>
      <div class="tabs" role="group" aria-label="Cohort views">
        {TABS.map((t) => <button key={t.id} type="button" aria-pressed={tab === t.id} onClick={() => setTab(t.id)}>{t.label}</button>)}
      </div>
      {notice && <p class="notice" role="status">{notice}</p>}
      {tab === 'overview' && (
        <>
          <OverviewGrid rows={rows} selected={selected} onSelect={setSelected} scored={Boolean(data.cohort.rubric)} />
          <SelectionActions selected={selected} cohorts={cohorts.filter((c) => c.id !== id)} onMove={move} onCompare={() => setTab('compare')} />
          <TallyChart id="types-chart" title="Relationship types chosen" what="Type" items={charts.types} total={rows.length} />
          <TallyChart id="findings-chart" title="Most common findings" what="Finding" items={charts.findings} total={rows.length} />
        </>
      )}
      {tab !== 'overview' && !workspace && <p class="muted">Reading the drafts…</p>}
      {tab === 'compare' && workspace && <Lazy load={loadCompare} props={{ drafts: workspace.drafts, members: workspace.members, initial: selected }} />}
      {tab === 'rubric' && workspace && <Lazy load={loadRubric} props={{ store, workspace, rubric, onSaved: reload }} />}
      {tab === 'feedback' && workspace && <Lazy load={loadFeedback} props={{ workspace, rows, charts }} />}
    </section>
  );
}

function SelectionActions({ selected, cohorts, onMove, onCompare }: { selected: string[]; cohorts: Cohort[]; onMove(to: string): void; onCompare(): void }) {
  const [to, setTo] = useState('');
  if (!selected.length) return <p class="small muted">Select drafts in the table to compare two of them or move them to another cohort.</p>;
  return (
    <div class="row-actions selection">
      <span>{plural(selected.length, 'draft')} selected</span>
      {selected.length === 2 && <button type="button" onClick={onCompare}>Compare the two</button>}
      {cohorts.length > 0 && (
        <>
          <label>
            <span class="visually-hidden">Cohort to move to</span>
            <select value={to} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value="">Move to…</option>
              {cohorts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          <button type="button" disabled={!to} onClick={() => onMove(to)}>Move</button>
        </>
      )}
    </div>
  );
}
