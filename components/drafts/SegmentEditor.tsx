import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { PHASE_NAMES, RELATIONSHIP_TYPES, phaseById, typeById } from '../../lib/catalogue';
import { PHASE_IDS, type PhaseId } from '../../lib/catalogue/ids';
import type { DraftContent, Segment, Tactic } from '../../lib/model/draft';
import { EvidenceList } from './EvidenceList';
import { addTactic, addType, removeSegment, removeTactic, removeType, setRationale, updateSegment, updateTactic } from '../../lib/model/edit';
import { routeHash } from '../sidepanel/route';

export interface SegmentEditorProps {
  segment: Segment;
  index: number;
  /** Link to the Advisor, aimed at this segment. */
  advisorHref: string;
  edit(change: (c: DraftContent) => DraftContent): void;
}

const typeName = (id: string) => typeById(id)?.name ?? id;

/**
 * Re-renders a segment only when it changed: the save status changes on every save, and re-rendering
 * every segment's form for it would slow autosave down. Edits keep unchanged segments' identity.
 */
export class SegmentEditor extends Component<SegmentEditorProps> {
  override shouldComponentUpdate(next: SegmentEditorProps): boolean {
    return next.segment !== this.props.segment || next.index !== this.props.index || next.edit !== this.props.edit || next.advisorHref !== this.props.advisorHref;
  }

  override render() {
    return <SegmentForm {...this.props} />;
  }
}

/** One customer segment: its relationship types with rationale, the Get / Keep / Grow grid, notes. */
function SegmentForm({ segment, index, edit, advisorHref }: SegmentEditorProps) {
  const [adding, setAdding] = useState('');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const label = segment.name.trim() || `Segment ${index + 1}`;
  const available = RELATIONSHIP_TYPES.filter((t) => !segment.types.some((c) => c.typeId === t.id));
  const sid = segment.id;

  return (
    <section class="segment" aria-label={`Segment: ${label}`}>
      <label class="field">
        <span>Segment name</span>
        <input
          value={segment.name}
          placeholder="e.g. Busy young families"
          onInput={(e) => { const name = e.currentTarget.value; edit((c) => updateSegment(c, sid, (s) => ({ ...s, name }))); }}
        />
      </label>

      <div class="view-head">
        <h4>Relationship types</h4>
        <a class="small" href={advisorHref}>Ask the Advisor</a>
      </div>
      {segment.types.length === 0 && <p class="muted small">No type chosen yet for this segment.</p>}
      <ul class="choices">
        {segment.types.map((choice) => (
          <li key={choice.typeId} class="choice">
            <div class="choice-head">
              <a href={routeHash({ view: 'type', id: choice.typeId })}>{typeName(choice.typeId)}</a>
              <button type="button" class="link-button" onClick={() => edit((c) => removeType(c, sid, choice.typeId))}
                aria-label={`Remove ${typeName(choice.typeId)} from ${label}`}>Remove</button>
            </div>
            <label class="field">
              <span class="visually-hidden">Why {typeName(choice.typeId)} for {label}</span>
              <textarea
                rows={2}
                placeholder="Why this type fits this segment"
                value={choice.rationale}
                onInput={(e) => { const r = e.currentTarget.value; edit((c) => setRationale(c, sid, choice.typeId, r)); }}
              />
            </label>
          </li>
        ))}
      </ul>
      <div class="inline-form">
        <label class="field grow">
          <span class="visually-hidden">Relationship type to add to {label}</span>
          <select value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
            <option value="">Choose a type…</option>
            {available.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </label>
        <button
          type="button"
          disabled={!adding}
          onClick={() => { edit((c) => addType(c, sid, adding)); setAdding(''); }}
          aria-label={`Add type to ${label}`}
        >
          Add type
        </button>
      </div>

      <h4>Get / Keep / Grow</h4>
      <div class="grid" role="group" aria-label={`Get, Keep, Grow tactics for ${label}`}>
        {PHASE_IDS.map((phase) => (
          <PhaseColumn key={phase} phase={phase} tactics={segment.grid[phase]} segmentId={sid} label={label} edit={edit} />
        ))}
      </div>

      <EvidenceList evidence={segment.evidence ?? []} segmentId={sid} label={label} edit={edit} />

      <label class="field">
        <span>Notes for {label}</span>
        <textarea
          rows={3}
          value={segment.notes}
          onInput={(e) => { const notes = e.currentTarget.value; edit((c) => updateSegment(c, sid, (s) => ({ ...s, notes }))); }}
        />
      </label>

      {confirmRemove ? (
        <p class="notice warning">
          Remove {label} and everything in it? (It stays in the draft’s history.){' '}
          <button type="button" class="danger" onClick={() => edit((c) => removeSegment(c, sid))}>Remove segment</button>{' '}
          <button type="button" onClick={() => setConfirmRemove(false)}>Cancel</button>
        </p>
      ) : (
        <button type="button" class="link-button" onClick={() => setConfirmRemove(true)} aria-label={`Remove segment ${label}`}>
          Remove segment
        </button>
      )}
    </section>
  );
}

interface PhaseColumnProps {
  phase: PhaseId;
  tactics: Tactic[];
  segmentId: string;
  label: string;
  edit(change: (c: DraftContent) => DraftContent): void;
}

function PhaseColumn({ phase, tactics, segmentId, label, edit }: PhaseColumnProps) {
  const name = PHASE_NAMES[phase];
  const patch = (id: string, p: Partial<Omit<Tactic, 'id'>>) => edit((c) => updateTactic(c, segmentId, phase, id, p));
  const setMetric = (t: Tactic, field: 'name' | 'target', value: string) => {
    const metric = { name: t.metric?.name ?? '', target: t.metric?.target ?? '', [field]: value };
    patch(t.id, { metric: metric.name || metric.target ? metric : undefined });
  };
  return (
    <div class={`grid-cell phase-${phase}`} role="group" aria-label={`${name} tactics for ${label}`}>
      <h5 title={phaseById(phase).goal}>{name}</h5>
      {tactics.length === 0 && <p class="muted small">No {name} tactic yet.</p>}
      <ol class="tactics">
        {tactics.map((t, i) => (
          <li key={t.id} class="tactic">
            <label class="field">
              <span class="visually-hidden">{name} tactic {i + 1}</span>
              <textarea rows={2} placeholder="Tactic" value={t.text} onInput={(e) => patch(t.id, { text: e.currentTarget.value })} />
            </label>
            <div class="tactic-meta">
              <label class="field">
                <span>Channel</span>
                <input value={t.channel} aria-label={`Channel for ${name} tactic ${i + 1}`} onInput={(e) => patch(t.id, { channel: e.currentTarget.value })} />
              </label>
              <label class="field">
                <span>Metric</span>
                <input value={t.metric?.name ?? ''} aria-label={`Metric for ${name} tactic ${i + 1}`} placeholder="e.g. churn" onInput={(e) => setMetric(t, 'name', e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>Target</span>
                <input value={t.metric?.target ?? ''} aria-label={`Target for ${name} tactic ${i + 1}`} placeholder="e.g. < 3 %/month" onInput={(e) => setMetric(t, 'target', e.currentTarget.value)} />
              </label>
            </div>
            <button type="button" class="link-button" onClick={() => edit((c) => removeTactic(c, segmentId, phase, t.id))}
              aria-label={`Remove ${name} tactic ${i + 1}`}>Remove</button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => edit((c) => addTactic(c, segmentId, phase))} aria-label={`Add ${name} tactic for ${label}`}>
        + {name} tactic
      </button>
    </div>
  );
}
