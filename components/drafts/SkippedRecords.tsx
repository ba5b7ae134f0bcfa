import { plural } from './format';

/** Records that could not be read (old or corrupt): named with the reason, skipped, never deleted. */
export function SkippedRecords({ problems, what }: { problems: readonly string[]; what: string }) {
  if (problems.length === 0) return null;
  return (
    <details class="notice warning">
      <summary>{plural(problems.length, 'problem')} reading saved {what}; those records were skipped</summary>
      <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
    </details>
  );
}
