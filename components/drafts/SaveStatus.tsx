import type { SaveStatus } from '../../lib/store/session';

export interface SaveStatusProps {
  status: SaveStatus;
  onRetry(): void;
  onKeepMine(): void;
  onKeepBoth(): void;
  onSaveAsNew(): void;
}

/** "Saved" / "Saving…" / what went wrong, and the choices when another window changed the same text. */
export function SaveStatusBar({ status, onRetry, onKeepMine, onKeepBoth, onSaveAsNew }: SaveStatusProps) {
  switch (status.kind) {
    case 'saved':
      return <p class="save-status ok" role="status">Saved</p>;
    case 'pending':
      return <p class="save-status" role="status">Unsaved changes…</p>;
    case 'saving':
      return <p class="save-status" role="status">Saving…</p>;
    case 'error':
      return (
        <div class="notice error" role="alert">
          <p>{status.message}</p>
          <button type="button" onClick={onRetry}>Retry now</button>
        </div>
      );
    case 'gone':
      return (
        <div class="notice error" role="alert">
          <p>{status.message}</p>
          <button type="button" onClick={onSaveAsNew}>Keep as a new draft</button>
        </div>
      );
    case 'conflict':
      return (
        <div class="notice warning" role="alert">
          <p>
            This draft was changed in another window while you edited the same {status.fields.length === 1 ? 'field' : 'fields'}:{' '}
            {status.fields.join('; ')}. Your text is still on screen.
          </p>
          <button type="button" onClick={onKeepBoth}>Keep both</button>{' '}
          <button type="button" onClick={onKeepMine}>Keep mine</button>
          <p class="small muted">
            “Keep both” saves your version as a new draft and shows the other one here. “Keep mine” saves your version
            over the other one, which stays in the history.
          </p>
        </div>
      );
  }
}
