/** One cohort's workspace (overview, compare, rubric, feedback): its own chunk, apart from importing a class. */
import { Workspace } from '../../cohort/Workspace';
import { useCohortStore } from '../../cohort/useCohorts';
import { CohortStoreProblem } from './cohort-problem';
import { useI18n } from '../../i18n';
import type { Route } from '../route';
import '../../cohort/cohort.css';

export function WorkspaceArea({ route }: { route: Extract<Route, { view: 'cohort' }> }) {
  const { t } = useI18n();
  const state = useCohortStore();
  if (state.status === 'loading') return <p class="muted">{t('app.loading')}</p>;
  if (state.status === 'error') return <CohortStoreProblem error={state.error} retry={state.retry} />;
  return <Workspace key={route.id} store={state.store} id={route.id} />;
}
