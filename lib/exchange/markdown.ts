/**
 * Drafts (and annotations) as Markdown that pastes cleanly into docs and wikis: headings, lists and a GFM table
 * for the Get / Keep / Grow grid. Only our own markup is markup; every user string goes through `escape.ts`.
 */
import type { Annotation } from '../model/annotation';
import type { Draft, Segment, Tactic } from '../model/draft';
import { byPage, commentsOf, day, evidenceHref, live, PHASE_IDS, targetLabel } from './describe';
import type { ExportInput } from './envelope';
import { markdownInline, markdownLink, markdownText } from './escape';
import { ENGLISH_WORDS, type ExportWords } from './words';

export function renderMarkdown(input: ExportInput): string {
  const w = input.words ?? ENGLISH_WORDS;
  const drafts = live(input.drafts);
  const annotations = live(input.annotations);
  const blocks: string[] = [];
  for (const draft of drafts) blocks.push(draftMarkdown(draft, w));
  if (annotations.length) blocks.push(annotationsMarkdown(annotations, w));
  if (!blocks.length) blocks.push(`# ${w.t('doc.title')}\n\n${w.t('doc.empty')}`);
  const footer = w.t('doc.footer', { date: day(input.exportedAt.toISOString()), app: input.app.name, version: input.app.version });
  blocks.push(`_${markdownInline(`${footer}.`)}_`);
  return `${blocks.join('\n\n')}\n`;
}

function draftMarkdown(draft: Draft, w: ExportWords): string {
  const { t } = w;
  const out: string[] = [`# ${markdownInline(draft.title) || t('draft.untitled')}`];
  if (draft.summary.trim()) out.push(`**${t('draft.summary')}** ${markdownInline(draft.summary)}`);
  if (draft.source?.url) out.push(`**${t('draft.canvas')}** ${markdownLink(draft.source.title, draft.source.url)}`);
  if (!draft.segments.length) out.push(`_${t('draft.noSegments')}_`);
  for (const segment of draft.segments) out.push(segmentMarkdown(segment, w));
  const comments = commentsOf(draft);
  if (comments.length) {
    out.push(`## ${t('draft.comments')}`);
    out.push(comments.map((c) => {
      const status = c.resolved ? t('comment.resolved') : '';
      const head = `**${markdownInline(c.author)}** ${t('comment.on')} ${markdownInline(targetLabel(c.target, draft, w))} (${day(c.createdAt)}${status})`;
      return `- ${head}: ${markdownInline(c.text)}`;
    }).join('\n'));
  }
  return out.join('\n\n');
}

function segmentMarkdown(segment: Segment, w: ExportWords): string {
  const out: string[] = [`## ${markdownInline(segment.name) || w.t('segment.unnamed')}`];
  if (segment.types.length) {
    out.push(`**${w.t('segment.types')}**`);
    out.push(segment.types.map((t) => {
      const why = t.rationale.trim() ? ` — ${markdownInline(t.rationale)}` : '';
      return `- **${markdownInline(w.typeName(t.typeId))}**${why}`;
    }).join('\n'));
  }
  out.push(gridTable(segment, w));
  if (segment.notes.trim()) out.push(`**${w.t('segment.notes')}**\n\n${markdownText(segment.notes)}`);
  const evidence = segment.evidence ?? [];
  if (evidence.length) {
    out.push(`**${w.t('segment.evidence')}**`);
    out.push(evidence.map((e) => {
      const source = markdownLink(e.title || e.url, evidenceHref(e));
      return `- ${w.phaseName(e.phase)}: “${markdownInline(e.quote)}” — ${source}`;
    }).join('\n'));
  }
  return out.join('\n\n');
}

/** The grid as a three-column table: one row per rank, so the first tactics of each phase sit side by side. */
function gridTable(segment: Segment, w: ExportWords): string {
  const rows = Math.max(1, ...PHASE_IDS.map((p) => segment.grid[p].length));
  const lines = [`| ${PHASE_IDS.map(w.phaseName).join(' | ')} |`, `| ${PHASE_IDS.map(() => '---').join(' | ')} |`];
  for (let i = 0; i < rows; i++) {
    lines.push(`| ${PHASE_IDS.map((p) => tacticCell(segment.grid[p][i], w)).join(' | ')} |`);
  }
  return lines.join('\n');
}

function tacticCell(tactic: Tactic | undefined, { t }: ExportWords): string {
  if (!tactic) return ' ';
  const parts = [markdownInline(tactic.text) || `_${t('tactic.empty')}_`];
  if (tactic.channel.trim()) parts.push(`_${t('tactic.via', { channel: markdownInline(tactic.channel) })}_`);
  if (tactic.metric?.name.trim()) {
    const target = tactic.metric.target.trim() ? `: ${markdownInline(tactic.metric.target)}` : '';
    parts.push(`_${t('tactic.measured', { metric: markdownInline(tactic.metric.name) })}${target}_`);
  }
  return parts.join(' ');
}

function annotationsMarkdown(annotations: readonly Annotation[], w: ExportWords): string {
  const out: string[] = [`# ${w.t('annotations.title')}`];
  for (const page of byPage(annotations)) {
    out.push(`## ${markdownLink(page.title || page.url, page.url)}`);
    out.push(page.items.map((a) => {
      const labels = [
        ...a.types.map(w.typeName),
        ...(a.phase ? [w.phaseName(a.phase)] : []),
        ...a.tags.map((t) => `#${t}`),
      ];
      const tags = labels.length ? ` — ${markdownInline(labels.join(', '))}` : '';
      const note = a.note.trim() ? `\n  ${markdownInline(a.note)}` : '';
      return `- “${markdownInline(a.quote.exact)}”${tags}${note}`;
    }).join('\n'));
  }
  return out.join('\n\n');
}
