import { CohortStore } from '../../lib/store/cohorts';
import { useOpened, type OpenState } from '../drafts/useStore';

// One connection per panel, opened when the Class area is first shown.
let opening: ReturnType<typeof CohortStore.open> | undefined;

function openOnce() {
  opening ??= CohortStore.open({ onOutdated: () => { opening = undefined; } }).then((result) => {
    if (!result.ok) opening = undefined; // let "Try again" reopen
    return result;
  });
  return opening;
}

/** The cohort store, opened once per panel. */
export const useCohortStore = (): OpenState<CohortStore> => useOpened(openOnce);
