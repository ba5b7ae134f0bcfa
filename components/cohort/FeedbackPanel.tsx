import { useState } from 'preact/hooks';
import { classReviewFile, cohortFileName, reviewZip, type FeedbackInput } from '../../lib/cohort/feedback';
import type { OverviewRow, Tally } from '../../lib/cohort/overview';
import { cohortCsv, cohortReport } from '../../lib/cohort/summary';
import { appInfo } from '../../lib/platform/app';
import type { Workspace } from '../../lib/store/cohorts';
import { savedAuthor, saveAuthor } from '../drafts/author';
import { download, openPage } from '../exchange/files';
import { useI18n } from '../i18n';
import { ReviewText, useReviewText } from './review-text';

type Props = { workspace: Workspace; rows: OverviewRow[]; charts: { types: Tally[]; findings: Tally[] } };

/** Sending feedback to the whole cohort, and the cohort summary as CSV or a printable report. */
export function FeedbackPanel(props: Props) {
  return <ReviewText><Feedback {...props} /></ReviewText>;
}

/** What goes out is in the coach's language: the scores comment, the CSV's headers and the report. */
function Feedback({ workspace, rows, charts }: Props) {
  const t = useReviewText();
  const { lang } = useI18n();
  const [coach, setCoach] = useState(savedAuthor());
  const [message, setMessage] = useState<string | undefined>();
  const scored = workspace.members.filter((m) => m.scores).length;
  const input = (): FeedbackInput => ({ cohort: workspace.cohort, drafts: workspace.drafts, members: workspace.members, coach, app: appInfo(), now: new Date(), t });
  const done = (name: string) => setMessage(t('feedback.downloaded', { name }));

  return (
    <section aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">{t('feedback.heading')}</h3>
      <p class="small muted">{scored ? t('feedback.introScored', { count: scored }) : t('feedback.intro')}</p>
      <label class="field"><span>{t('feedback.coach')}</span>
        <input type="text" value={coach} maxLength={100} onInput={(e) => setCoach(e.currentTarget.value)} onChange={(e) => saveAuthor(e.currentTarget.value)} />
      </label>
      <div class="row-actions">
        <button type="button" class="primary" onClick={() => {
          const name = cohortFileName(workspace.cohort, 'reviews', 'zip', new Date());
          download({ name, mime: 'application/zip', text: reviewZip(input()) as Uint8Array<ArrayBuffer> });
          done(name);
        }}>{t('feedback.zip')}</button>
        <button type="button" onClick={() => {
          const name = cohortFileName(workspace.cohort, 'class-review', 'json', new Date());
          download({ name, mime: 'application/json', text: classReviewFile(input()) });
          done(name);
        }}>{t('feedback.classFile')}</button>
      </div>
      <h3>{t('feedback.summary')}</h3>
      <div class="row-actions">
        <button type="button" onClick={() => {
          const name = cohortFileName(workspace.cohort, 'summary', 'csv', new Date());
          download({ name, mime: 'text/csv;charset=utf-8', text: cohortCsv(workspace.cohort, rows, workspace.members, t) });
          done(name);
        }}>{t('feedback.csv')}</button>
        <button type="button" onClick={() => {
          openPage(cohortReport(workspace.cohort, rows, workspace.members, charts, new Date(), t, lang));
          setMessage(t('feedback.reportOpened'));
        }}>{t('feedback.report')}</button>
      </div>
      {message && <p class="notice" role="status">{message}</p>}
    </section>
  );
}
