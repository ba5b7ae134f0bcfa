/**
 * Drafts (and annotations) as Markdown that pastes cleanly into docs and wikis: headings, lists and a GFM table
 * for the Get / Keep / Grow grid. Only our own markup is markup; every user string goes through `escape.ts`.
 */
import type { Annotation } from '../model/annotation';
import type { Draft, Segment, Tactic } from '../model/draft';
import { byPage, commentsOf, day, evidenceHref, live, PHASE_IDS, phaseName, targetLabel, typeName } from './describe';
import type { ExportInput } from './envelope';
import { markdownInline, markdownLink, markdownText } from './escape';

export function renderMarkdown(input: ExportInput): string {
  const drafts = live(input.drafts);
  const annotations = live(input.annotations);
  const blocks: string[] = [];
  for (const draft of drafts) blocks.push(draftMarkdown(draft));
  if (annotations.length) blocks.push(annotationsMarkdown(annotations));
  if (!blocks.length) blocks.push('# Customer Relationships\n\nNothing to show: this export holds no drafts or annotations.');
  blocks.push(`_${markdownInline(`Exported ${day(input.exportedAt.toISOString())} from ${input.app.name} ${input.app.version}.`)}_`);
  return `${blocks.join('\n\n')}\n`;
}

function draftMarkdown(draft: Draft): string {
  const out: string[] = [`# ${markdownInline(draft.title) || 'Untitled draft'}`];
  if (draft.summary.trim()) out.push(`**Summary:** ${markdownInline(draft.summary)}`);
  if (draft.source?.url) out.push(`**Canvas:** ${markdownLink(draft.source.title, draft.source.url)}`);
  if (!draft.segments.length) out.push('_No customer segments yet._');
  for (const segment of draft.segments) out.push(segmentMarkdown(segment));
  const comments = commentsOf(draft);
  if (comments.length) {
    out.push('## Review comments');
    out.push(comments.map((c) => {
      const status = c.resolved ? ', resolved' : '';
      const head = `**${markdownInline(c.author)}** on ${markdownInline(targetLabel(c.target, draft))} (${day(c.createdAt)}${status})`;
      return `- ${head}: ${markdownInline(c.text)}`;
    }).join('\n'));
  }
  return out.join('\n\n');
}

function segmentMarkdown(segment: Segment): string {
  const out: string[] = [`## ${markdownInline(segment.name) || 'Unnamed segment'}`];
  if (segment.types.length) {
    out.push('**Relationship types**');
    out.push(segment.types.map((t) => {
      const why = t.rationale.trim() ? ` — ${markdownInline(t.rationale)}` : '';
      return `- **${markdownInline(typeName(t.typeId))}**${why}`;
    }).join('\n'));
  }
  out.push(gridTable(segment));
  if (segment.notes.trim()) out.push(`**Notes**\n\n${markdownText(segment.notes)}`);
  const evidence = segment.evidence ?? [];
  if (evidence.length) {
    out.push('**Evidence**');
    out.push(evidence.map((e) => {
      const source = markdownLink(e.title || e.url, evidenceHref(e));
      return `- ${phaseName(e.phase)}: “${markdownInline(e.quote)}” — ${source}`;
    }).join('\n'));
  }
  return out.join('\n\n');
}

/** The grid as a three-column table: one row per rank, so the first tactics of each phase sit side by side. */
function gridTable(segment: Segment): string {
  const rows = Math.max(1, ...PHASE_IDS.map((p) => segment.grid[p].length));
  const lines = [`| ${PHASE_IDS.map(phaseName).join(' | ')} |`, `| ${PHASE_IDS.map(() => '---').join(' | ')} |`];
  for (let i = 0; i < rows; i++) {
    lines.push(`| ${PHASE_IDS.map((p) => tacticCell(segment.grid[p][i])).join(' | ')} |`);
  }
  return lines.join('\n');
}

function tacticCell(tactic: Tactic | undefined): string {
  if (!tactic) return ' ';
  const parts = [markdownInline(tactic.text) || '_empty_'];
  if (tactic.channel.trim()) parts.push(`_via ${markdownInline(tactic.channel)}_`);
  if (tactic.metric?.name.trim()) {
    const target = tactic.metric.target.trim() ? `: ${markdownInline(tactic.metric.target)}` : '';
    parts.push(`_measured by ${markdownInline(tactic.metric.name)}${target}_`);
  }
  return parts.join(' ');
}

function annotationsMarkdown(annotations: readonly Annotation[]): string {
  const out: string[] = ['# Annotations'];
  for (const page of byPage(annotations)) {
    out.push(`## ${markdownLink(page.title || page.url, page.url)}`);
    out.push(page.items.map((a) => {
      const labels = [
        ...a.types.map(typeName),
        ...(a.phase ? [phaseName(a.phase)] : []),
        ...a.tags.map((t) => `#${t}`),
      ];
      const tags = labels.length ? ` — ${markdownInline(labels.join(', '))}` : '';
      const note = a.note.trim() ? `\n  ${markdownInline(a.note)}` : '';
      return `- “${markdownInline(a.quote.exact)}”${tags}${note}`;
    }).join('\n'));
  }
  return out.join('\n\n');
}
