/**
 * The Class views' store problem. Its words are the drafts area's, which no Class view otherwise loads: they
 * come with the first problem shown, so the Class views stay within their size budget.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StoreError } from '../../../lib/store/errors';
import { useI18n } from '../../i18n';

type Problem = typeof import('./store-problem').GateProblem;
let loaded: Problem | undefined;

export function CohortStoreProblem({ error, retry }: { error: StoreError; retry(): void }) {
  const { t } = useI18n();
  const [Shown, setShown] = useState<Problem | undefined>(() => loaded);
  useEffect(() => {
    if (!Shown) void import('./store-problem').then((m) => setShown(() => (loaded = m.GateProblem)));
  }, []);
  return Shown ? <Shown error={error} retry={retry} /> : <p class="muted">{t('app.loading')}</p>;
}
