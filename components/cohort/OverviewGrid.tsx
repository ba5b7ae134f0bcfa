import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Severity } from '../../lib/cohort/findings';
import { filterRows, sortRows, type OverviewRow, type RowFilter, type Sort, type SortKey } from '../../lib/cohort/overview';
import type { Translate } from '../../lib/i18n/catalogue';
import { useI18n } from '../i18n';
import { routeHash } from '../sidepanel/route';
import { useWorkspaceText } from './workspace-text';

/** Rows are drawn only around what is visible, so 500 drafts scroll as smoothly as 5. */
export const ROW_HEIGHT = 40;
const VIEWPORT = 440;
const OVERSCAN = 6;
const PAGE = 10;
const DESCENDING_FIRST = new Set<SortKey>(['findings', 'updated', 'score', 'comments', 'segments', 'types', 'cells']);

interface Column {
  key: SortKey | 'select';
  label: string;
  cell(row: OverviewRow, selected: boolean, toggle: () => void): JSX.Element | string;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

function columns(scored: boolean, t: Translate<'workspace'>, phases: string): Column[] {
  const findingText = (r: OverviewRow) => SEVERITIES.filter((s) => r.findings[s]).map((s) => t(`grid.${s}`, { count: r.findings[s] })).join(', ') || t('grid.none');
  const list: Column[] = [
    { key: 'select', label: t('col.select'), cell: (r, selected, toggle) => <input type="checkbox" tabIndex={-1} checked={selected} onChange={toggle} aria-label={t('grid.select', { title: r.title || t('grid.untitled') })} /> },
    { key: 'author', label: t('col.author'), cell: (r) => r.author || '—' },
    { key: 'title', label: t('col.title'), cell: (r) => <a tabIndex={-1} href={routeHash({ view: 'draft', id: r.draftId })}>{r.title || t('grid.untitled')}</a> },
    { key: 'segments', label: t('col.segments'), cell: (r) => String(r.segments) },
    { key: 'types', label: t('col.types'), cell: (r) => r.types.join(', ') || '—' },
    { key: 'cells', label: phases, cell: (r) => <span title={t('grid.filled', { filled: r.filled, count: r.cellCount })}>{r.cells.get} / {r.cells.keep} / {r.cells.grow}<span class="visually-hidden"> {t('grid.ofSegments', { count: r.segments })}</span></span> },
    { key: 'findings', label: t('col.findings'), cell: (r) => <span class={r.findings.high ? 'sev-high' : r.findings.medium ? 'sev-medium' : ''}>{findingText(r)}</span> },
    { key: 'comments', label: t('col.comments'), cell: (r) => String(r.openComments) },
    { key: 'updated', label: t('col.updated'), cell: (r) => when(r.updatedAt) },
  ];
  if (scored) list.push({ key: 'score', label: t('col.score'), cell: (r) => (r.score === undefined ? '—' : String(r.score)) });
  return list;
}

/**
 * The cohort overview: a grid (WAI-ARIA grid pattern) with one focusable cell at a time — arrows move,
 * Home/End go to the row's ends, Page Up/Down move ten rows, Ctrl+Home/End to the first/last row, Enter or
 * Space activates what is in the cell (sort a column, open a draft, select a row). Sortable by any column,
 * filtered by words, type and severity; only the visible rows are in the DOM (aria-rowcount tells the total).
 */
export function OverviewGrid({ rows, selected, onSelect, scored }: { rows: OverviewRow[]; selected: string[]; onSelect(ids: string[]): void; scored: boolean }) {
  const [sort, setSort] = useState<Sort>({ key: 'author', direction: 'ascending' });
  const [filter, setFilter] = useState<RowFilter>({});
  const [scrollTop, setScrollTop] = useState(0);
  const [focus, setFocus] = useState<{ row: number; col: number }>({ row: -1, col: 1 });
  const [focusWithin, setFocusWithin] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const t = useWorkspaceText();
  const { t: core } = useI18n();
  const cols = columns(scored, t, `${core('phase.get')} / ${core('phase.keep')} / ${core('phase.grow')}`);

  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const typeOptions = useMemo(() => [...new Map(rows.flatMap((r) => r.typeIds.map((id, i) => [id, r.types[i]!] as const))).entries()].sort((a, b) => a[1].localeCompare(b[1])), [rows]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + VIEWPORT) / ROW_HEIGHT) + OVERSCAN);

  const toggle = (id: string) => onSelect(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  // A new column starts with what a coach looks for first: most findings, latest change, highest score…
  const sortBy = (key: SortKey) => setSort((s) => s.key === key
    ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key, direction: DESCENDING_FIRST.has(key) ? 'descending' : 'ascending' });

  // Keep the focused row drawn and in view, then move the browser's focus to its cell.
  useEffect(() => {
    if (!focusWithin) return;
    const box = scroller.current;
    if (box && focus.row >= 0) {
      const top = focus.row * ROW_HEIGHT;
      const header = ROW_HEIGHT;
      if (top < box.scrollTop) box.scrollTop = top;
      else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight - header) box.scrollTop = top + ROW_HEIGHT - box.clientHeight + header;
      setScrollTop(box.scrollTop);
    }
    const target = () => box?.querySelector<HTMLElement>(`[data-cell="${focus.row}:${focus.col}"]`);
    // A row scrolled into view is drawn on the next render: focus it then.
    const now = target();
    if (now) now.focus();
    else requestAnimationFrame(() => target()?.focus());
  }, [focus, focusWithin]);

  const onKeyDown = (e: KeyboardEvent) => {
    const maxRow = shown.length - 1;
    const maxCol = cols.length - 1;
    let { row, col } = focus;
    switch (e.key) {
      case 'ArrowDown': row = Math.min(maxRow, row + 1); break;
      case 'ArrowUp': row = Math.max(-1, row - 1); break;
      case 'ArrowRight': col = Math.min(maxCol, col + 1); break;
      case 'ArrowLeft': col = Math.max(0, col - 1); break;
      case 'Home': col = 0; if (e.ctrlKey) row = Math.min(0, maxRow); break;
      case 'End': col = maxCol; if (e.ctrlKey) row = maxRow; break;
      case 'PageDown': row = Math.min(maxRow, row + PAGE); break;
      case 'PageUp': row = Math.max(0, row - PAGE); break;
      case 'Enter':
      case ' ': {
        const cell = e.target as HTMLElement;
        const control = cell.matches('[data-cell]') ? cell.querySelector<HTMLElement>('button, a, input') : undefined;
        if (!control) return;
        e.preventDefault();
        control.click();
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    setFocus({ row, col });
  };

  const cellProps = (row: number, col: number) => ({
    'data-cell': `${row}:${col}`,
    tabIndex: focus.row === row && focus.col === col ? 0 : -1,
  });
  const template = { gridTemplateColumns: cols.map((c) => (c.key === 'select' ? '56px' : c.key === 'title' || c.key === 'types' || c.key === 'findings' ? 'minmax(150px, 2fr)' : 'minmax(90px, 1fr)')).join(' ') };

  return (
    <div class="overview">
      <div class="filters" role="search" aria-label={t('filter.label')}>
        <label class="field">
          <span>{t('filter.query')}</span>
          <input type="search" value={filter.query ?? ''} onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('chart.type')}</span>
          <select value={filter.typeId ?? ''} onChange={(e) => setFilter({ ...filter, typeId: e.currentTarget.value || undefined } as RowFilter)}>
            <option value="">{t('filter.anyType')}</option>
            {typeOptions.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('col.findings')}</span>
          <select value={filter.severity ?? ''} onChange={(e) => setFilter({ ...filter, severity: (e.currentTarget.value || undefined) as Severity } as RowFilter)}>
            <option value="">{t('filter.any')}</option>
            {SEVERITIES.map((s) => <option key={s} value={s}>{t(`filter.${s}`)}</option>)}
          </select>
        </label>
      </div>
      <p class="small muted" role="status">
        {t('grid.sorted', {
          shown: shown.length !== rows.length ? t('grid.shownOf', { count: shown.length, total: rows.length }) : t('grid.shown', { count: shown.length }),
          column: cols.find((c) => c.key === sort.key)?.label ?? '',
          direction: t(`grid.${sort.direction}`),
        })}
      </p>
      <div ref={scroller} class="grid-scroll" style={{ maxHeight: `${VIEWPORT + ROW_HEIGHT}px` }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onFocusCapture={(e) => {
          // Focus arriving anywhere in a cell (a click on its link or button too) makes that cell the current one.
          const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
          const [row, col] = (cell?.dataset.cell ?? '').split(':').map(Number);
          if (cell && (row !== focus.row || col !== focus.col)) setFocus({ row: row!, col: col! });
          setFocusWithin(true);
        }} onBlurCapture={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusWithin(false); }}>
        <div role="grid" aria-label={t('grid.label')} aria-rowcount={shown.length + 1} aria-colcount={cols.length} aria-multiselectable="true" onKeyDown={onKeyDown}>
          <div role="row" aria-rowindex={1} class="grid-row grid-head" style={template}>
            {cols.map((c, col) => (
              <div key={c.key} role="columnheader" aria-colindex={col + 1} {...cellProps(-1, col)}
                aria-sort={c.key === sort.key ? sort.direction : undefined}>
                {c.key === 'select'
                  ? <span class="visually-hidden">{c.label}</span>
                  : <button type="button" tabIndex={-1} onClick={() => sortBy(c.key as SortKey)}>{c.label}{c.key === sort.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</button>}
              </div>
            ))}
          </div>
          <div role="rowgroup" class="grid-body" style={{ height: `${shown.length * ROW_HEIGHT}px` }}>
            {shown.slice(first, last).map((r, i) => {
              const index = first + i;
              const isSelected = selected.includes(r.draftId);
              return (
                <div key={r.draftId} role="row" aria-rowindex={index + 2} aria-selected={isSelected} class="grid-row"
                  style={{ ...template, transform: `translateY(${index * ROW_HEIGHT}px)` }}>
                  {cols.map((c, col) => (
                    <div key={c.key} role="gridcell" aria-colindex={col + 1} {...cellProps(index, col)}>
                      {c.cell(r, isSelected, () => toggle(r.draftId))}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {shown.length === 0 && <p>{t('grid.noMatch')}</p>}
    </div>
  );
}
