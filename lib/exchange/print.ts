/**
 * A printable one-page summary per draft, laid out like the Customer Relationships block of a canvas: one
 * column per segment, the Get / Keep / Grow phases as rows. A self-contained file: inline CSS, no scripts, a
 * CSP that forbids loading anything, every user string escaped. Opens in any browser, prints on A4 or Letter.
 */
import type { Annotation } from '../model/annotation';
import type { Draft, Segment, Tactic } from '../model/draft';
import { byPage, commentsOf, day, evidenceHref, live, PHASE_IDS, targetLabel } from './describe';
import { ENGLISH_WORDS, type ExportWords } from './words';
import type { ExportInput } from './envelope';
import { escapeHtml as esc, safeHttpUrl } from './escape';

/** No script, no fetch, no frame: only the inline stylesheet may apply. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The sheet is sized to what A4 and Letter both hold (210 × 279 mm) less 12 mm margins, so the page
 * fits either paper; longer drafts get smaller type (see `density`) before they spill onto a second page.
 */
const STYLE = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
html { font: 9.5pt/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1d1d1f; }
body { margin: 0; background: #e9e9ee; }
.sheet { width: 186mm; min-height: 255mm; margin: 8mm auto; padding: 0; background: #fff; display: flex; flex-direction: column; gap: 3mm; }
@media screen { .sheet { padding: 8mm; width: 202mm; box-shadow: 0 1px 6px rgba(0,0,0,.2); } }
@media print { body { background: #fff; } .sheet { margin: 0; min-height: 0; break-after: page; } .sheet:last-child { break-after: auto; } }
.sheet.d1 { font-size: 8.5pt; } .sheet.d2 { font-size: 7.5pt; } .sheet.d3 { font-size: 6.5pt; }
header h1 { font-size: 1.9em; margin: 0 0 1mm; line-height: 1.15; }
header .summary { font-size: 1.2em; margin: 0 0 1mm; font-style: italic; }
.meta { color: #5c5c66; font-size: .85em; margin: 0; }
a { color: inherit; }
.block { border: 1.2pt solid #1d1d1f; border-radius: 2mm; padding: 2.5mm; flex: 1; display: flex; flex-direction: column; gap: 2mm; }
.block > h2 { font-size: .9em; text-transform: uppercase; letter-spacing: .06em; margin: 0; color: #5c5c66; }
.segments { display: grid; gap: 2.5mm; flex: 1; align-items: stretch; }
.segments.n1 { grid-template-columns: 1fr; } .segments.n2 { grid-template-columns: 1fr 1fr; } .segments.n3 { grid-template-columns: 1fr 1fr 1fr; }
.segment { border: .6pt solid #b8b8c2; border-radius: 1.5mm; padding: 2mm; display: flex; flex-direction: column; gap: 1.5mm; break-inside: avoid; }
.segment h3 { font-size: 1.15em; margin: 0; }
.types { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: .6mm; }
.types b { background: #eef0fb; border-radius: 1mm; padding: 0 1mm; }
.phase { border-top: .6pt dashed #b8b8c2; padding-top: 1mm; }
.phase h4 { margin: 0; font-size: .8em; text-transform: uppercase; letter-spacing: .05em; color: #3b4cc0; }
.phase ul { margin: .5mm 0 0; padding-left: 3.5mm; }
.phase .none { color: #8a8a94; margin: .5mm 0 0; }
.detail { color: #5c5c66; font-size: .9em; }
.notes { white-space: pre-wrap; margin: 0; }
.evidence { margin: 0; padding-left: 3.5mm; font-size: .9em; }
.comments { font-size: .9em; border-top: .6pt solid #b8b8c2; padding-top: 1.5mm; }
.comments h2, .annotations h2 { font-size: 1em; margin: 0 0 1mm; }
.comments ol { margin: 0; padding-left: 4mm; }
.resolved { color: #8a8a94; }
.annotations h3 { font-size: 1em; margin: 2mm 0 .5mm; }
.annotations ul { margin: 0; padding-left: 4mm; }
`;

export function renderPrint(input: ExportInput): string {
  const w = input.words ?? ENGLISH_WORDS;
  const { t } = w;
  const drafts = live(input.drafts);
  const annotations = live(input.annotations);
  const footer = t('doc.footer', { date: day(input.exportedAt.toISOString()), app: input.app.name, version: input.app.version });
  const sheets = drafts.map((d) => draftSheet(d, footer, w));
  if (annotations.length) sheets.push(annotationSheet(annotations, footer, w));
  if (!sheets.length) sheets.push(`<article class="sheet"><header><h1>${esc(t('doc.title'))}</h1><p class="meta">${esc(t('doc.empty'))}</p></header></article>`);
  const title = drafts.length === 1 ? drafts[0]!.title || t('draft.untitled') : t('doc.title');
  return [
    '<!DOCTYPE html>',
    // The page's language is the export's, so hyphenation and screen readers follow it.
    `<html lang="${w.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(PRINT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)} — ${esc(t('doc.title'))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>${sheets.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** How much to shrink the type so a longer draft still fits one page: 0 (normal) to 3 (smallest). */
export function density(draft: Draft): 0 | 1 | 2 | 3 {
  let chars = draft.summary.length + (draft.comments ?? []).reduce((n, c) => n + c.text.length + 40, 0);
  for (const s of draft.segments) {
    chars += s.name.length + s.notes.length + 80;
    for (const t of s.types) chars += t.rationale.length + 30;
    for (const p of PHASE_IDS) for (const t of s.grid[p]) chars += t.text.length + t.channel.length + 25;
    for (const e of s.evidence ?? []) chars += e.quote.length + 40;
  }
  return chars < 1800 ? 0 : chars < 3200 ? 1 : chars < 5000 ? 2 : 3;
}

function draftSheet(draft: Draft, footer: string, w: ExportWords): string {
  const { t } = w;
  const n = Math.min(3, Math.max(1, draft.segments.length));
  const source = draft.source?.url ? `${esc(t('draft.canvas'))} ${link(draft.source.title || draft.source.url, draft.source.url)} · ` : '';
  const segments = draft.segments.length
    ? draft.segments.map((s) => segmentCard(s, w)).join('')
    : `<p class="meta">${esc(t('draft.noSegments'))}</p>`;
  return [
    `<article class="sheet d${density(draft)}">`,
    '<header>',
    `<h1>${esc(draft.title || t('draft.untitled'))}</h1>`,
    draft.summary.trim() ? `<p class="summary">${esc(draft.summary)}</p>` : '',
    `<p class="meta">${source}${esc(footer)}</p>`,
    '</header>',
    `<section class="block"><h2>${esc(t('doc.title'))}</h2>`,
    `<div class="segments n${n}">${segments}</div>`,
    '</section>',
    commentList(draft, w),
    '</article>',
  ].join('');
}

function segmentCard(segment: Segment, w: ExportWords): string {
  const types = segment.types.length
    ? `<ul class="types">${segment.types.map((t) => `<li><b>${esc(w.typeName(t.typeId))}</b>${t.rationale.trim() ? ` ${esc(t.rationale)}` : ''}</li>`).join('')}</ul>`
    : '';
  const phases = PHASE_IDS.map((p) => {
    const tactics = segment.grid[p];
    const body = tactics.length ? `<ul>${tactics.map((t) => tacticItem(t, w)).join('')}</ul>` : '<p class="none">—</p>';
    return `<div class="phase"><h4>${esc(w.phaseName(p))}</h4>${body}</div>`;
  }).join('');
  const notes = segment.notes.trim() ? `<p class="notes">${esc(segment.notes.trim())}</p>` : '';
  const evidence = segment.evidence?.length
    ? `<ol class="evidence">${segment.evidence.map((e) => `<li>${esc(w.phaseName(e.phase))}: “${esc(e.quote)}” — ${link(e.title || e.url, evidenceHref(e))}</li>`).join('')}</ol>`
    : '';
  return `<section class="segment"><h3>${esc(segment.name || w.t('segment.unnamed'))}</h3>${types}${phases}${notes}${evidence}</section>`;
}

function tacticItem(tactic: Tactic, { t }: ExportWords): string {
  const details: string[] = [];
  if (tactic.channel.trim()) details.push(t('tactic.via', { channel: tactic.channel }));
  if (tactic.metric?.name.trim()) details.push(`${t('tactic.measured', { metric: tactic.metric.name })}${tactic.metric.target.trim() ? `: ${tactic.metric.target}` : ''}`);
  const detail = details.length ? ` <span class="detail">(${esc(details.join('; '))})</span>` : '';
  return `<li>${esc(tactic.text || `(${t('tactic.empty')})`)}${detail}</li>`;
}

function commentList(draft: Draft, w: ExportWords): string {
  const { t } = w;
  const comments = commentsOf(draft);
  if (!comments.length) return '';
  const items = comments.map((c) => {
    const head = `<b>${esc(c.author)}</b> ${esc(t('comment.on'))} ${esc(targetLabel(c.target, draft, w))} (${esc(day(c.createdAt))}${c.resolved ? esc(t('comment.resolved')) : ''})`;
    return `<li${c.resolved ? ' class="resolved"' : ''}>${head}: ${esc(c.text)}</li>`;
  }).join('');
  return `<section class="comments"><h2>${esc(t('draft.comments'))}</h2><ol>${items}</ol></section>`;
}

function annotationSheet(annotations: readonly Annotation[], footer: string, w: ExportWords): string {
  const pages = byPage(annotations).map((page) => {
    const items = page.items.map((a) => {
      const labels = [...a.types.map(w.typeName), ...(a.phase ? [w.phaseName(a.phase)] : []), ...a.tags.map((t) => `#${t}`)];
      const tags = labels.length ? ` <span class="detail">${esc(labels.join(', '))}</span>` : '';
      const note = a.note.trim() ? `<br>${esc(a.note)}` : '';
      return `<li>“${esc(a.quote.exact)}”${tags}${note}</li>`;
    }).join('');
    return `<h3>${link(page.title || page.url, page.url)}</h3><ul>${items}</ul>`;
  }).join('');
  return `<article class="sheet annotations"><header><h1>${esc(w.t('annotations.title'))}</h1><p class="meta">${esc(footer)}</p></header><section>${pages}</section></article>`;
}

/** A link for http(s) addresses only; anything else is shown as text (no `javascript:` or `data:` hrefs). */
function link(label: string, url: string): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${esc(href)}" rel="noreferrer">${esc(label)}</a>` : esc(label);
}
