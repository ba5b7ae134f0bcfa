import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { PHASE_NAMES, metricById } from '../../lib/catalogue';
import { AXIS_BAND_LABELS, axisBand } from '../../lib/catalogue/filter';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { routeHash } from '../sidepanel/route';

export interface CompareViewProps {
  types: readonly RelationshipType[];
  onRemove(id: string): void;
}

interface Row {
  label: string;
  cell(t: RelationshipType): ComponentChildren;
}

const list = (items: readonly string[]) => <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;

const ROWS: Row[] = [
  { label: 'In short', cell: (t) => t.summary },
  { label: 'Cost to serve', cell: (t) => t.costToServe[0]!.toUpperCase() + t.costToServe.slice(1) },
  { label: 'Personal ↔ automated', cell: (t) => `${AXIS_BAND_LABELS[axisBand(t.automation)]} (${t.automation}/100)` },
  { label: 'Mostly serves', cell: (t) => t.phases.map((p) => PHASE_NAMES[p]).join(', ') },
  { label: 'Advantages', cell: (t) => list(t.advantages) },
  { label: 'Disadvantages', cell: (t) => list(t.disadvantages) },
  { label: 'Choose it when the segment', cell: (t) => t.whenToChoose.segmentExpectations },
  { label: 'Acquisition cost', cell: (t) => t.whenToChoose.acquisitionCost },
  { label: 'Retention goal', cell: (t) => t.whenToChoose.retentionGoal },
  { label: 'Upsell need', cell: (t) => t.whenToChoose.upsellNeed },
  { label: 'Metrics', cell: (t) => t.metrics.map((m) => metricById(m)?.short ?? m).join(', ') },
  { label: 'Examples', cell: (t) => t.examples.map((e) => e.company).join(', ') },
];

/** Up to three types side by side, one column each. */
export function CompareView({ types, onRemove }: CompareViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="compare" aria-labelledby="compare-heading">
      <a class="back" href={routeHash({ view: 'catalogue' })}>← All types</a>
      <h2 id="compare-heading" ref={heading} tabIndex={-1}>Compare types</h2>
      {types.length < 2 ? (
        <p>Tick “Compare” on two or three types in the list to see them side by side.</p>
      ) : (
        <div class="table-scroll" role="region" aria-label="Comparison table, scrolls sideways" tabIndex={0}>
          <table>
            <caption class="visually-hidden">{types.map((t) => t.name).join(' compared with ')}</caption>
            <thead>
              <tr>
                <td />
                {types.map((t) => (
                  <th key={t.id} scope="col">
                    <a href={routeHash({ view: 'type', id: t.id })}>{t.name}</a>
                    <button type="button" class="remove" onClick={() => onRemove(t.id)} aria-label={`Remove ${t.name} from comparison`}>×</button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {types.map((t) => <td key={t.id}>{row.cell(t)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
