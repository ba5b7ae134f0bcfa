import type { Place } from '../../lib/model/merge';
import type { SaveStatus } from '../../lib/store/session';
import { useEditorText } from './editor-text';
import { storeErrorText } from './store-words';
import { useDraftsText } from './text';

export interface SaveStatusProps {
  status: SaveStatus;
  /** Names a conflicting field's place in the reader's language. */
  describe(place: Place): string;
  onRetry(): void;
  onKeepMine(): void;
  onKeepBoth(): void;
  onSaveAsNew(): void;
}

/** "Saved" / "Saving…" / what went wrong, and the choices when another window changed the same text. */
export function SaveStatusBar({ status, describe, onRetry, onKeepMine, onKeepBoth, onSaveAsNew }: SaveStatusProps) {
  const t = useEditorText();
  const drafts = useDraftsText();
  switch (status.kind) {
    case 'saved':
      return <p class="save-status ok" role="status">{t('save.saved')}</p>;
    case 'pending':
      return <p class="save-status" role="status">{t('save.pending')}</p>;
    case 'saving':
      return <p class="save-status" role="status">{t('save.saving')}</p>;
    case 'error':
      return (
        <div class="notice error" role="alert">
          <p>{storeErrorText(status.error, drafts)}</p>
          <button type="button" onClick={onRetry}>{t('save.retry')}</button>
        </div>
      );
    case 'gone':
      return (
        <div class="notice error" role="alert">
          <p>{t('save.gone')}</p>
          <button type="button" onClick={onSaveAsNew}>{t('save.keepNew')}</button>
        </div>
      );
    case 'conflict':
      return (
        <div class="notice warning" role="alert">
          <p>{t('save.conflict', { count: status.fields.length, fields: status.fields.map(describe).join('; ') })}</p>
          <button type="button" onClick={onKeepBoth}>{t('save.keepBoth')}</button>{' '}
          <button type="button" onClick={onKeepMine}>{t('save.keepMine')}</button>
          <p class="small muted">{t('save.explain')}</p>
        </div>
      );
  }
}
