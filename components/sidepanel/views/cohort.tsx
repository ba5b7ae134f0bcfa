/** The Class area: a coach's cohorts and importing a class (one cohort's workspace is views/cohort-workspace.tsx). */
import { CohortList } from '../../cohort/CohortList';
import { useCohortStore } from '../../cohort/useCohorts';
import { CohortStoreProblem } from './cohort-problem';
import { useI18n } from '../../i18n';
import '../../cohort/cohort.css';

export function CohortArea() {
  const { t } = useI18n();
  const state = useCohortStore();
  if (state.status === 'loading') return <p class="muted">{t('app.loading')}</p>;
  if (state.status === 'error') return <CohortStoreProblem error={state.error} retry={state.retry} />;
  return <CohortList store={state.store} />;
}
