import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { phaseById } from '../../lib/catalogue/phases';
import { PHASE_IDS, type PhaseId } from '../../lib/catalogue/ids';
import type { DraftContent, Segment, Tactic } from '../../lib/model/draft';
import { EvidenceList } from './EvidenceList';
import { addTactic, addType, removeSegment, removeTactic, removeType, setRationale, updateSegment, updateTactic } from '../../lib/model/edit';
import { useI18n } from '../i18n';
import { routeHash } from '../sidepanel/route';
import { useEditorText } from './editor-text';
import { useDraftsText } from './text';

export interface SegmentEditorProps {
  segment: Segment;
  index: number;
  /** Link to the Advisor, aimed at this segment. */
  advisorHref: string;
  edit(change: (c: DraftContent) => DraftContent): void;
}

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
  const t = useEditorText();
  const drafts = useDraftsText();
  const { t: core, types, typeById } = useI18n();
  const typeName = (id: string) => typeById(id)?.name ?? id;
  const label = segment.name.trim() || drafts('target.segmentNumber', { number: index + 1 });
  const available = types.filter((type) => !segment.types.some((c) => c.typeId === type.id));
  const sid = segment.id;

  return (
    <section class="segment" aria-label={t('segment.region', { segment: label })}>
      <label class="field">
        <span>{t('segment.name')}</span>
        <input
          value={segment.name}
          placeholder={t('segment.namePlaceholder')}
          onInput={(e) => { const name = e.currentTarget.value; edit((c) => updateSegment(c, sid, (s) => ({ ...s, name }))); }}
        />
      </label>

      <div class="view-head">
        <h4>{core('catalogue.heading')}</h4>
        <a class="small" href={advisorHref}>{t('segment.advisor')}</a>
      </div>
      {segment.types.length === 0 && <p class="muted small">{t('segment.noType')}</p>}
      <ul class="choices">
        {segment.types.map((choice) => (
          <li key={choice.typeId} class="choice">
            <div class="choice-head">
              <a href={routeHash({ view: 'type', id: choice.typeId })}>{typeName(choice.typeId)}</a>
              <button type="button" class="link-button" onClick={() => edit((c) => removeType(c, sid, choice.typeId))}
                aria-label={t('type.removeLabel', { type: typeName(choice.typeId), segment: label })}>{t('action.remove')}</button>
            </div>
            <label class="field">
              <span class="visually-hidden">{t('type.why', { type: typeName(choice.typeId), segment: label })}</span>
              <textarea
                rows={2}
                placeholder={t('type.whyPlaceholder')}
                value={choice.rationale}
                onInput={(e) => { const r = e.currentTarget.value; edit((c) => setRationale(c, sid, choice.typeId, r)); }}
              />
            </label>
          </li>
        ))}
      </ul>
      <div class="inline-form">
        <label class="field grow">
          <span class="visually-hidden">{t('type.addLabel', { segment: label })}</span>
          <select value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
            <option value="">{t('type.choose')}</option>
            {available.map((type) => <option key={type.id} value={type.id}>{type.name}</option>)}
          </select>
        </label>
        <button
          type="button"
          disabled={!adding}
          onClick={() => { edit((c) => addType(c, sid, adding)); setAdding(''); }}
          aria-label={t('type.addTo', { segment: label })}
        >
          {t('type.add')}
        </button>
      </div>

      <h4>{PHASE_IDS.map((phase) => core(`phase.${phase}`)).join(' / ')}</h4>
      <div class="grid" role="group" aria-label={t('grid.label', { get: core('phase.get'), keep: core('phase.keep'), grow: core('phase.grow'), segment: label })}>
        {PHASE_IDS.map((phase) => (
          <PhaseColumn key={phase} phase={phase} tactics={segment.grid[phase]} segmentId={sid} label={label} edit={edit} />
        ))}
      </div>

      <EvidenceList evidence={segment.evidence ?? []} segmentId={sid} label={label} edit={edit} />

      <label class="field">
        <span>{t('segment.notes', { segment: label })}</span>
        <textarea
          rows={3}
          value={segment.notes}
          onInput={(e) => { const notes = e.currentTarget.value; edit((c) => updateSegment(c, sid, (s) => ({ ...s, notes }))); }}
        />
      </label>

      {confirmRemove ? (
        <p class="notice warning">
          {t('segment.confirmRemove', { segment: label })}{' '}
          <button type="button" class="danger" onClick={() => edit((c) => removeSegment(c, sid))}>{t('segment.remove')}</button>{' '}
          <button type="button" onClick={() => setConfirmRemove(false)}>{drafts('list.cancel')}</button>
        </p>
      ) : (
        <button type="button" class="link-button" onClick={() => setConfirmRemove(true)} aria-label={t('segment.removeLabel', { segment: label })}>
          {t('segment.remove')}
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
  const t = useEditorText();
  const { t: core, lang } = useI18n();
  const name = core(`phase.${phase}`);
  const patch = (id: string, p: Partial<Omit<Tactic, 'id'>>) => edit((c) => updateTactic(c, segmentId, phase, id, p));
  const setMetric = (t: Tactic, field: 'name' | 'target', value: string) => {
    const metric = { name: t.metric?.name ?? '', target: t.metric?.target ?? '', [field]: value };
    patch(t.id, { metric: metric.name || metric.target ? metric : undefined });
  };
  return (
    <div class={`grid-cell phase-${phase}`} role="group" aria-label={t('phase.tactics', { phase: name, segment: label })}>
      {/* The phase's question is English catalogue text: another language shows the name alone. */}
      <h5 title={lang === 'en' ? phaseById(phase).goal : undefined}>{name}</h5>
      {tactics.length === 0 && <p class="muted small">{t('phase.empty', { phase: name })}</p>}
      <ol class="tactics">
        {tactics.map((tactic, i) => {
          const which = { phase: name, number: i + 1 };
          return (
            <li key={tactic.id} class="tactic">
              <label class="field">
                <span class="visually-hidden">{t('tactic.label', which)}</span>
                <textarea rows={2} placeholder={t('tactic.placeholder')} value={tactic.text} onInput={(e) => patch(tactic.id, { text: e.currentTarget.value })} />
              </label>
              <div class="tactic-meta">
                <label class="field">
                  <span>{t('tactic.channel')}</span>
                  <input value={tactic.channel} aria-label={t('tactic.channelLabel', which)} onInput={(e) => patch(tactic.id, { channel: e.currentTarget.value })} />
                </label>
                <label class="field">
                  <span>{t('tactic.metric')}</span>
                  <input value={tactic.metric?.name ?? ''} aria-label={t('tactic.metricLabel', which)} placeholder={t('tactic.metricPlaceholder')} onInput={(e) => setMetric(tactic, 'name', e.currentTarget.value)} />
                </label>
                <label class="field">
                  <span>{t('tactic.target')}</span>
                  <input value={tactic.metric?.target ?? ''} aria-label={t('tactic.targetLabel', which)} placeholder={t('tactic.targetPlaceholder')} onInput={(e) => setMetric(tactic, 'target', e.currentTarget.value)} />
                </label>
              </div>
              <button type="button" class="link-button" onClick={() => edit((c) => removeTactic(c, segmentId, phase, tactic.id))}
                aria-label={t('tactic.removeLabel', which)}>{t('action.remove')}</button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => edit((c) => addTactic(c, segmentId, phase))} aria-label={t('tactic.addLabel', { phase: name, segment: label })}>
        {t('tactic.add', { phase: name })}
      </button>
    </div>
  );
}
