import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { MAX_COMPARE } from '../../lib/catalogue/compare';
import { AXIS_BANDS, applyFilter, type AxisBand, type CatalogueFilter } from '../../lib/catalogue/filter';
import { PHASE_IDS, type PhaseId } from '../../lib/catalogue/ids';
import { search, type CatalogueIndex } from '../../lib/catalogue/search';
import { useI18n } from '../i18n';
import { TypeChips } from './Chips';
import { routeHash } from '../sidepanel/route';

export interface CatalogueListProps {
  index: CatalogueIndex;
  query: string;
  onQuery(query: string): void;
  filter: CatalogueFilter;
  onFilter(filter: CatalogueFilter): void;
  compareIds: readonly string[];
  onToggleCompare(id: string): void;
  /** The type to give focus to on mount (the one the user came back from). */
  returnFocusTo?: string | undefined;
}

let firstRenderMarked = false;

/** The searchable, filterable list of relationship types. */
export function CatalogueList(props: CatalogueListProps) {
  const { index, query, filter, compareIds } = props;
  const { t } = useI18n();
  const results = useMemo(() => applyFilter(search(index, query), filter), [index, query, filter]);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useLayoutEffect(() => {
    if (!firstRenderMarked) {
      firstRenderMarked = true;
      // Read by `npm run bench`: the moment the list is in the document for the first time.
      performance.mark('crc:catalogue-visible');
    }
    const back = props.returnFocusTo && listRef.current?.querySelector<HTMLElement>(`[data-type-id="${props.returnFocusTo}"]`);
    (back || searchRef.current)?.focus();
  }, []);

  const filtered = Boolean(filter.axis || filter.phase);
  const status = t('catalogue.count', { count: results.length });

  return (
    <section class="catalogue" aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading" class="visually-hidden">{t('catalogue.heading')}</h2>
      <div class="search-row">
        <input
          ref={searchRef}
          type="search"
          class="search"
          aria-label={t('catalogue.search')}
          placeholder={t('catalogue.searchPlaceholder')}
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
          autocomplete="off"
          spellcheck={false}
        />
      </div>
      <div class="filters">
        <label>
          <span>{t('catalogue.axis')}</span>
          <select
            value={filter.axis ?? ''}
            onChange={(e) => props.onFilter({ ...filter, axis: (e.currentTarget.value || undefined) as AxisBand | undefined })}
          >
            <option value="">{t('catalogue.any')}</option>
            {AXIS_BANDS.map((b) => <option key={b} value={b}>{t(`axis.${b}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('catalogue.phase')}</span>
          <select
            value={filter.phase ?? ''}
            onChange={(e) => props.onFilter({ ...filter, phase: (e.currentTarget.value || undefined) as PhaseId | undefined })}
          >
            <option value="">{t('catalogue.any')}</option>
            {PHASE_IDS.map((p) => <option key={p} value={p}>{t(`phase.${p}`)}</option>)}
          </select>
        </label>
      </div>
      <p class="result-count" role="status">{status}</p>
      {compareIds.length >= MAX_COMPARE && (
        <p id="compare-full" class="hint">{t('catalogue.compareFull', { max: MAX_COMPARE })}</p>
      )}
      {results.length === 0 ? (
        <div class="empty">
          <p>{query ? t('catalogue.noMatchQuery', { query }) : t('catalogue.noMatchFilters')}</p>
          {(filtered || query) && (
            <button type="button" onClick={() => { props.onQuery(''); props.onFilter({}); }}>
              {t('catalogue.clear')}
            </button>
          )}
        </div>
      ) : (
        <ul ref={listRef} class="type-list" aria-label={t('catalogue.heading')}>
          {results.map(({ type }) => {
            const comparing = compareIds.includes(type.id);
            return (
              <li key={type.id} class="type-card">
                <a class="type-link" href={routeHash({ view: 'type', id: type.id })} data-type-id={type.id}>
                  <span class="type-name">{type.name}</span>
                  <span class="type-summary">{type.summary}</span>
                </a>
                <TypeChips type={type} />
                <label class="compare-toggle">
                  <input
                    type="checkbox"
                    checked={comparing}
                    disabled={!comparing && compareIds.length >= MAX_COMPARE}
                    aria-describedby={!comparing && compareIds.length >= MAX_COMPARE ? 'compare-full' : undefined}
                    onChange={() => props.onToggleCompare(type.id)}
                  />
                  <span>{t('catalogue.compare')}<span class="visually-hidden"> {type.name}</span></span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
