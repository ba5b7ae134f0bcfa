import { useDraftsText } from './text';

/** Records that could not be read (old or corrupt): named with the reason, skipped, never deleted. */
export function SkippedRecords({ problems, what }: { problems: readonly string[]; what: 'drafts' | 'annotations' }) {
  const t = useDraftsText();
  if (problems.length === 0) return null;
  return (
    <details class="notice warning">
      <summary>{t(what === 'drafts' ? 'store.skippedDrafts' : 'store.skippedAnnotations', { count: problems.length })}</summary>
      <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
    </details>
  );
}
