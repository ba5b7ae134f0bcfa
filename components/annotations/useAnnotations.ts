import { AnnotationStore } from '../../lib/store/annotations';
import { useOpened, type OpenState } from '../drafts/useStore';

// One connection per panel, opened when an annotations view first needs it.
let opening: ReturnType<typeof AnnotationStore.open> | undefined;

const openOnce = () =>
  (opening ??= AnnotationStore.open({ onOutdated: () => (opening = undefined) }).then((result) => {
    if (!result.ok) opening = undefined; // "Try again" reopens
    return result;
  }));

/** The annotations store, opened once per panel; errors come back as a state with a retry. */
export const useAnnotationStore = (): OpenState<AnnotationStore> => useOpened(openOnce);
