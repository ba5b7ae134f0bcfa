import { useState } from 'preact/hooks';
import { classReviewFile, cohortFileName, reviewZip, type FeedbackInput } from '../../lib/cohort/feedback';
import type { OverviewRow, Tally } from '../../lib/cohort/overview';
import { cohortCsv, cohortReport } from '../../lib/cohort/summary';
import { appInfo } from '../../lib/platform/app';
import type { Workspace } from '../../lib/store/cohorts';
import { savedAuthor, saveAuthor } from '../drafts/author';
import { plural } from '../drafts/format';
import { download, openPage } from '../exchange/files';

/** Sending feedback to the whole cohort, and the cohort summary as CSV or a printable report. */
export function FeedbackPanel({ workspace, rows, charts }: { workspace: Workspace; rows: OverviewRow[]; charts: { types: Tally[]; findings: Tally[] } }) {
  const [coach, setCoach] = useState(savedAuthor());
  const [message, setMessage] = useState<string | undefined>();
  const scored = workspace.members.filter((m) => m.scores).length;
  const input = (): FeedbackInput => ({ cohort: workspace.cohort, drafts: workspace.drafts, members: workspace.members, coach, app: appInfo(), now: new Date() });
  const done = (name: string) => setMessage(`Downloaded ${name}.`);

  return (
    <section aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">Feedback to the students</h3>
      <p class="small muted">
        Each review file holds the student's draft with your comments{scored ? ` and, for the ${plural(scored, 'scored draft')}, the rubric scores` : ''}.
        Students import it under Export / import; their own text is kept and your comments are added.
      </p>
      <label class="field"><span>Your name (on the scores comment)</span>
        <input type="text" value={coach} maxLength={100} onInput={(e) => setCoach(e.currentTarget.value)} onChange={(e) => saveAuthor(e.currentTarget.value)} />
      </label>
      <div class="row-actions">
        <button type="button" class="primary" onClick={() => {
          const name = cohortFileName(workspace.cohort, 'reviews', 'zip', new Date());
          download({ name, mime: 'application/zip', text: reviewZip(input()) as Uint8Array<ArrayBuffer> });
          done(name);
        }}>Download review files (zip)</button>
        <button type="button" onClick={() => {
          const name = cohortFileName(workspace.cohort, 'class-review', 'json', new Date());
          download({ name, mime: 'application/json', text: classReviewFile(input()) });
          done(name);
        }}>Download one file for the whole class</button>
      </div>
      <h3>Cohort summary</h3>
      <div class="row-actions">
        <button type="button" onClick={() => {
          const name = cohortFileName(workspace.cohort, 'summary', 'csv', new Date());
          download({ name, mime: 'text/csv;charset=utf-8', text: cohortCsv(workspace.cohort, rows, workspace.members) });
          done(name);
        }}>Download summary (CSV)</button>
        <button type="button" onClick={() => {
          openPage(cohortReport(workspace.cohort, rows, workspace.members, charts, new Date()));
          setMessage('The printable report opened in a new tab: print it from there (Ctrl+P / ⌘P).');
        }}>Open printable report</button>
      </div>
      {message && <p class="notice" role="status">{message}</p>}
    </section>
  );
}
