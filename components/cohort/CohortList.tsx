import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Cohort } from '../../lib/model/cohort';
import type { CohortStore } from '../../lib/store/cohorts';
import { plural } from '../drafts/format';
import { ImportMany } from './ImportMany';
import { routeHash } from '../sidepanel/route';

/** Class → the coach's cohorts, and importing a class's files into a new or existing one. */
export function CohortList({ store }: { store: CohortStore }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [cohorts, setCohorts] = useState<(Cohort & { size: number })[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void store.list().then((r) => (r.ok ? setCohorts(r.value.cohorts) : setError(r.error.message)));
  }, [store, version]);

  return (
    <section class="cohorts" aria-labelledby="cohorts-heading">
      <h2 id="cohorts-heading" ref={heading} tabIndex={-1}>Class</h2>
      <p class="small muted">Import the files your students exported, then compare, score and send reviews back to all of them at once. Everything stays in this browser.</p>
      {error && <p class="notice error" role="alert">{error}</p>}
      {cohorts && cohorts.length > 0 && (
        <>
          <h3>Cohorts</h3>
          <ul class="cohort-list">
            {cohorts.map((c) => <li key={c.id}><a href={routeHash({ view: 'cohort', id: c.id })}>{c.name}</a> <span class="muted">({plural(c.size, 'draft')})</span></li>)}
          </ul>
        </>
      )}
      {cohorts && cohorts.length === 0 && <p>No cohorts yet: import a class's files below to make one.</p>}
      <ImportMany cohorts={cohorts ?? []} onImported={() => setVersion((v) => v + 1)} store={store} />
    </section>
  );
}
