import { describe, expect, it } from 'vitest';
import { applyFix, type FixAction } from '../../../lib/advice/health';
import { draft, healthyDraft, segment, tactic, types } from './drafts';

describe('applying a one-click fix', () => {
  it('adds a suggested tactic to the right cell with a fresh id, once', () => {
    const before = healthyDraft();
    const action: FixAction = {
      kind: 'add-tactic', segmentId: 'teams', phase: 'keep',
      tactic: { text: 'Acting visibly on customer feedback', channel: 'Our own website or app', metric: { name: 'Net Promoter Score', target: 'higher than last quarter' } },
    };
    const after = applyFix(before, action);
    const keep = after.segments[1]!.grid.keep;
    expect(keep).toHaveLength(3);
    expect(keep[2]).toMatchObject(action.tactic);
    expect(keep[2]!.id).not.toBe('');
    expect(after.segments[0]).toBe(before.segments[0]);
    expect(applyFix(after, action)).toBe(after);
  });

  it('gives an existing tactic a metric', () => {
    const before = draft([segment('s', 'Shops', { grid: { get: [tactic('t1', 'Free trial week')], keep: [], grow: [] } })]);
    const metric = { name: 'Activation rate', target: 'higher than last quarter' };
    const after = applyFix(before, { kind: 'set-metric', segmentId: 's', phase: 'get', tacticId: 't1', metric });
    expect(after.segments[0]!.grid.get[0]).toEqual({ id: 't1', text: 'Free trial week', channel: '', metric });
    expect(applyFix(before, { kind: 'set-metric', segmentId: 's', phase: 'get', tacticId: 'gone', metric })).toBe(before);
  });

  it('adds a suggested type to a segment, but never twice', () => {
    const before = draft([segment('s', 'Shops', { types: types('self-service') })]);
    const action: FixAction = { kind: 'add-type', segmentId: 's', typeId: 'personal-assistance', rationale: 'Someone to ask' };
    const after = applyFix(before, action);
    expect(after.segments[0]!.types).toEqual([{ typeId: 'self-service', rationale: '' }, { typeId: 'personal-assistance', rationale: 'Someone to ask' }]);
    expect(applyFix(after, action)).toBe(after);
  });

  it('sets the summary to the suggestion, which then follows the types again', () => {
    const before = { ...draft([]), summary: 'My own long line', summaryEdited: true };
    const after = applyFix(before, { kind: 'set-summary', summary: 'Self-service + community' });
    expect(after.summary).toBe('Self-service + community');
    expect(after.summaryEdited).toBe(false);
    expect(applyFix(after, { kind: 'set-summary', summary: 'Self-service + community' })).toBe(after);
  });

  it('adds a named segment', () => {
    const after = applyFix(draft([]), { kind: 'add-segment', name: 'Main customers' });
    expect(after.segments).toHaveLength(1);
    expect(after.segments[0]).toMatchObject({ name: 'Main customers', types: [], grid: { get: [], keep: [], grow: [] } });
  });

  it('leaves the draft alone when the segment is gone', () => {
    const before = healthyDraft();
    expect(applyFix(before, { kind: 'add-type', segmentId: 'gone', typeId: 'fans', rationale: '' })).toBe(before);
    expect(applyFix(before, { kind: 'add-tactic', segmentId: 'gone', phase: 'get', tactic: { text: 'x', channel: '' } })).toBe(before);
  });

  it('refuses a malformed action, which would be a bug in whoever built it', () => {
    const bad = { kind: 'add-tactic', segmentId: 'teams', phase: 'later', tactic: { text: 'x', channel: '' } } as unknown as FixAction;
    expect(() => applyFix(healthyDraft(), bad)).toThrow();
    expect(() => applyFix(healthyDraft(), { kind: 'wipe' } as unknown as FixAction)).toThrow();
  });
});
