import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PHASE_NAMES, metricById, typeById } from '../../lib/catalogue';
import { MAX_COMPARE } from '../../lib/catalogue/compare';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { AxisMeter, TypeChips } from './Chips';
import { routeHash } from '../sidepanel/route';

export interface TypeDetailProps {
  type: RelationshipType;
  /** The "Add to draft…" form, supplied by the panel (it needs the drafts store). */
  addToDraft?: ComponentChildren;
  compareIds: readonly string[];
  onToggleCompare(id: string): void;
}

const WHEN_LABELS = {
  segmentExpectations: 'What the segment expects',
  acquisitionCost: 'Acquisition cost',
  retentionGoal: 'Retention goal',
  upsellNeed: 'Upsell need',
} as const;

/** "Keep most, then Grow and Get": phases are stored strongest first. */
function mostlyServes(type: RelationshipType): string {
  const [first, ...rest] = type.phases.map((p) => PHASE_NAMES[p]);
  if (rest.length === 0) return `${first}.`;
  const tail = rest.length === 1 ? rest[0] : `${rest.slice(0, -1).join(', ')} and ${rest[rest.length - 1]}`;
  return `${first} most, then ${tail}.`;
}

/** Everything the catalogue knows about one type. */
export function TypeDetail({ type, compareIds, onToggleCompare, addToDraft }: TypeDetailProps) {
  const [adding, setAdding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [type.id]);
  const comparing = compareIds.includes(type.id);
  const full = !comparing && compareIds.length >= MAX_COMPARE;

  return (
    <article class="detail" aria-labelledby="detail-heading">
      <a class="back" href={routeHash({ view: 'catalogue' })}>← All types</a>
      <h2 id="detail-heading" ref={heading} tabIndex={-1}>{type.name}</h2>
      {type.aliases.length > 0 && <p class="aliases">Also called: {type.aliases.join(', ')}</p>}
      <TypeChips type={type} />
      <p class="definition">{type.definition}</p>
      <AxisMeter type={type} />
      <div class="detail-actions">
        <button type="button" aria-pressed={comparing} disabled={full} onClick={() => onToggleCompare(type.id)}>
          {comparing ? 'Remove from compare' : 'Add to compare'}
        </button>
        {addToDraft && (
          <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>Add to draft…</button>
        )}
        {compareIds.length >= 2 && <a href={routeHash({ view: 'compare', ids: [...compareIds] })}>Compare {compareIds.length} types</a>}
      </div>
      {adding && addToDraft}
      {full && <p class="hint">You are already comparing {MAX_COMPARE} types.</p>}

      <h3>Examples</h3>
      <dl class="examples">
        {type.examples.map((e) => (
          <div key={e.company}>
            <dt>{e.company}</dt>
            <dd>{e.text}</dd>
          </div>
        ))}
      </dl>

      <div class="pros-cons">
        <section aria-labelledby="adv-heading">
          <h3 id="adv-heading">Advantages</h3>
          <ul>{type.advantages.map((a) => <li key={a}>{a}</li>)}</ul>
        </section>
        <section aria-labelledby="dis-heading">
          <h3 id="dis-heading">Disadvantages</h3>
          <ul>{type.disadvantages.map((d) => <li key={d}>{d}</li>)}</ul>
        </section>
      </div>

      <h3>When to choose it</h3>
      <dl class="when">
        {(Object.keys(WHEN_LABELS) as (keyof typeof WHEN_LABELS)[]).map((k) => (
          <div key={k}>
            <dt>{WHEN_LABELS[k]}</dt>
            <dd>{type.whenToChoose[k]}</dd>
          </div>
        ))}
      </dl>

      <h3>Mostly serves</h3>
      <p>
        {mostlyServes(type)} <a href={routeHash({ view: 'guide', section: 'phases' })}>What Get, Keep and Grow mean</a>
      </p>

      <h3>Metrics to watch</h3>
      <dl class="metrics">
        {type.metrics.map((id) => {
          const m = metricById(id);
          return m ? (
            <div key={id}>
              <dt>{m.short === m.name ? m.name : <><abbr title={m.name}>{m.short}</abbr> · {m.name}</>}</dt>
              <dd>{m.description}</dd>
            </div>
          ) : null;
        })}
      </dl>

      <h3>Related types</h3>
      <ul class="related">
        {type.related.map((id) => {
          const r = typeById(id);
          return r ? <li key={id}><a href={routeHash({ view: 'type', id })}>{r.name}</a></li> : null;
        })}
      </ul>

      <h3>Words in notes that point to it</h3>
      <p class="keywords">{type.keywords.en.join(' · ')}</p>
    </article>
  );
}
