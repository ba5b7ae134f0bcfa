/**
 * The cohort summary for outside the extension: a CSV for spreadsheets and a printable page. Both are built
 * from the overview rows and the rubric, every user string escaped for its format, in the coach's language
 * (`t`; English by default).
 */
import type { Translate } from '../i18n/catalogue';
import type { Language } from '../i18n/languages';
import type { Cohort, Member } from '../model/cohort';
import { escapeHtml as esc } from '../exchange/escape';
import { PRINT_CSP } from '../exchange/print';
import { toCsv } from './csv';
import type { OverviewRow, Tally } from './overview';
import { rubricTotal } from './rubric';
import { ENGLISH_REVIEW } from './words';

/** One line per draft: the overview's columns, then each criterion's points, the total and the remark. */
export function cohortCsv(cohort: Cohort, rows: readonly OverviewRow[], members: readonly Member[], t: Translate<'review'> = ENGLISH_REVIEW): string {
  const criteria = cohort.rubric?.criteria ?? [];
  const byDraft = new Map(members.map((m) => [m.draftId, m]));
  const header = [
    ...(['author', 'title', 'segments', 'types', 'getCells', 'keepCells', 'growCells', 'high', 'medium', 'low', 'comments', 'updated'] as const).map((k) => t(`sheet.${k}`)),
    ...criteria.map((c) => t('sheet.criterion', { name: c.label, max: c.max })), ...(criteria.length ? [t('sheet.total'), t('sheet.outOf'), t('sheet.feedback')] : []),
  ];
  const lines = rows.map((r) => {
    const member = byDraft.get(r.draftId);
    const scores = member?.scores ?? {};
    const rubric = cohort.rubric ? [...criteria.map((c) => scores[c.id]), ...(() => {
      const total = rubricTotal(cohort.rubric!, scores);
      return [total.scored ? total.points : undefined, total.max, member?.feedback ?? ''];
    })()] : [];
    return [r.author, r.title, r.segments, r.types.join('; '), r.cells.get, r.cells.keep, r.cells.grow, r.findings.high, r.findings.medium, r.findings.low, r.openComments, r.updatedAt, ...rubric];
  });
  return toCsv([header, ...lines]);
}

const STYLE = `
@page { size: A4; margin: 12mm; }
html { font: 9.5pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1d1d1f; }
body { margin: 0 auto; max-width: 190mm; padding: 6mm; }
h1 { font-size: 1.8em; margin: 0 0 1mm; } h2 { font-size: 1.2em; margin: 5mm 0 1.5mm; }
.meta { color: #5c5c66; margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { border: .6pt solid #b8b8c2; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef0fb; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
`;

/** A self-contained printable report of the cohort (no script, its own CSP, like the draft's printable page), in `lang`. */
export function cohortReport(
  cohort: Cohort, rows: readonly OverviewRow[], members: readonly Member[], charts: { types: readonly Tally[]; findings: readonly Tally[] }, now: Date,
  t: Translate<'review'> = ENGLISH_REVIEW, lang: Language = 'en',
): string {
  const byDraft = new Map(members.map((m) => [m.draftId, m]));
  const criteria = cohort.rubric?.criteria ?? [];
  const head = [t('sheet.author'), t('sheet.title'), t('sheet.types'), t('report.cells'), t('report.findings'), t('sheet.comments'), ...(criteria.length ? [t('report.score')] : [])];
  const body = rows.map((r) => {
    const scores = byDraft.get(r.draftId)?.scores;
    const total = cohort.rubric && scores ? rubricTotal(cohort.rubric, scores) : undefined;
    const cells = [esc(r.author), esc(r.title || t('draft.untitled')), esc(r.types.join(', ')), `${r.filled} / ${r.cellCount}`, `${r.findings.high} / ${r.findings.medium} / ${r.findings.low}`, String(r.openComments),
      ...(criteria.length ? [total?.scored ? `${total.points} / ${total.max}` : '—'] : [])];
    return `<tr>${cells.map((c, i) => `<td${i >= 3 ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  const tally = (title: string, what: string, items: readonly Tally[]) => items.length
    ? `<h2>${esc(title)}</h2><table><thead><tr><th>${esc(what)}</th><th>${esc(t('report.drafts'))}</th></tr></thead><tbody>${items.map((t) => `<tr><td>${esc(t.label)}</td><td class="n">${t.count}</td></tr>`).join('')}</tbody></table>`
    : '';
  const rubric = criteria.length
    ? `<h2>${esc(t('report.rubric'))}</h2><ul>${criteria.map((c) => `<li>${esc(t('report.criterion', { name: c.label, count: c.max }))}</li>`).join('')}</ul>`
    : '';
  return [
    '<!DOCTYPE html>', `<html lang="${lang}">`, '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(PRINT_CSP)}">`,
    `<title>${esc(t('report.title', { cohort: cohort.name }))}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>',
    `<h1>${esc(cohort.name)}</h1>`,
    `<p class="meta">${esc(t('report.meta', { count: rows.length, date: now.toISOString().slice(0, 10) }))}</p>`,
    `<h2>${esc(t('report.drafts'))}</h2><table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`,
    tally(t('report.typesChosen'), t('report.type'), charts.types),
    tally(t('report.commonFindings'), t('report.finding'), charts.findings),
    rubric,
    '</body>', '</html>', '',
  ].join('\n');
}
