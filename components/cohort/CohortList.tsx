import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Cohort } from '../../lib/model/cohort';
import type { CohortStore } from '../../lib/store/cohorts';
import { useI18n } from '../i18n';
import { CohortText, useCohortText } from './cohort-text';
import { ImportMany } from './ImportMany';
import { cohortProblemText } from './store-problem';
import { routeHash } from '../sidepanel/route';

/** Class → the coach's cohorts, and importing a class's files into a new or existing one. */
export function CohortList({ store }: { store: CohortStore }) {
  return <CohortText><Cohorts store={store} /></CohortText>;
}

function Cohorts({ store }: { store: CohortStore }) {
  const t = useCohortText();
  const { t: core, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [cohorts, setCohorts] = useState<(Cohort & { size: number })[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void store.list().then(async (r) => (r.ok ? setCohorts(r.value.cohorts) : setError(await cohortProblemText(r.error, lang, { invalid: (problem) => t('error.invalid', { problem }) }))));
  }, [store, version]);

  return (
    <section class="cohorts" aria-labelledby="cohorts-heading">
      <h2 id="cohorts-heading" ref={heading} tabIndex={-1}>{core('nav.class')}</h2>
      <p class="small muted">{t('list.intro')}</p>
      {error && <p class="notice error" role="alert">{error}</p>}
      {cohorts && cohorts.length > 0 && (
        <>
          <h3>{t('list.cohorts')}</h3>
          <ul class="cohort-list">
            {cohorts.map((c) => <li key={c.id}><a href={routeHash({ view: 'cohort', id: c.id })}>{c.name}</a> <span class="muted">{t('list.size', { count: c.size })}</span></li>)}
          </ul>
        </>
      )}
      {cohorts && cohorts.length === 0 && <p>{t('list.empty')}</p>}
      <ImportMany cohorts={cohorts ?? []} onImported={() => setVersion((v) => v + 1)} store={store} />
    </section>
  );
}
