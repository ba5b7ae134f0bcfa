import type { Tally } from '../../lib/cohort/overview';
import { useWorkspaceText } from './workspace-text';

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 190;
const WIDTH = 420;

/**
 * A small horizontal bar chart of counts, drawn as SVG with its own title and description (role img), and the
 * same numbers as a table for anyone who prefers or needs text.
 */
export function TallyChart({ id, title, what, items, total }: { id: string; title: string; what: string; items: readonly Tally[]; total: number }) {
  const t = useWorkspaceText();
  if (!items.length) return null;
  const max = Math.max(1, ...items.map((i) => i.count));
  const height = items.length * (BAR_HEIGHT + GAP);
  const room = WIDTH - LABEL_WIDTH - 40;
  const description = items.map((i) => t('chart.item', { label: i.label, count: i.count, total })).join('; ');
  const cut = (label: string) => (label.length > 28 ? `${label.slice(0, 27)}…` : label);
  return (
    <figure class="tally" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}><h3>{title}</h3></figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: `${WIDTH}px` }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {items.map((item, i) => {
          const y = i * (BAR_HEIGHT + GAP);
          const width = Math.max(2, (item.count / max) * room);
          return (
            <g key={item.id} aria-hidden="true">
              <text x={LABEL_WIDTH - 6} y={y + BAR_HEIGHT - 5} text-anchor="end" class="tally-label">{cut(item.label)}</text>
              <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} rx="3" class="tally-bar" />
              <text x={LABEL_WIDTH + width + 4} y={y + BAR_HEIGHT - 5} class="tally-count">{item.count}</text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('chart.table', { title })}</summary>
        <table class="tally-table">
          <thead><tr><th scope="col">{what}</th><th scope="col">{t('chart.drafts', { total })}</th></tr></thead>
          <tbody>{items.map((i) => <tr key={i.id}><th scope="row">{i.label}</th><td>{i.count}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
