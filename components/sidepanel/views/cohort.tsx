/** The Class area: a coach's cohorts and importing a class (one cohort's workspace is views/cohort-workspace.tsx). */
import { CohortList } from '../../cohort/CohortList';
import { useCohortStore } from '../../cohort/useCohorts';
import { StoreProblem } from '../../drafts/StoreGate';
import '../../cohort/cohort.css';

export function CohortArea() {
  const state = useCohortStore();
  if (state.status === 'loading') return <p class="muted">Opening your cohorts…</p>;
  if (state.status === 'error') return <StoreProblem error={state.error} retry={state.retry} />;
  return <CohortList store={state.store} />;
}
