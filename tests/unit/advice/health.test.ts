import { describe, expect, it } from 'vitest';
import { GUIDE } from '../../../lib/catalogue/guide';
import { applyFix, checkDraft, type Finding } from '../../../lib/advice/health';
import type { DraftContent, Segment } from '../../../lib/model/draft';
import { updateSegment } from '../../../lib/model/edit';
import { draft, healthyDraft, segment, tactic, types } from './drafts';

const ids = (content: DraftContent) => checkDraft(content).map((f) => f.id);
const find = (content: DraftContent, id: string): Finding | undefined => checkDraft(content).find((f) => f.id === id);
const change = (content: DraftContent, segmentId: string, patch: (s: Segment) => Partial<Segment>) =>
  updateSegment(content, segmentId, (s) => ({ ...s, ...patch(s) }));
const emptyCells = (s: Segment, ...phases: ('get' | 'keep' | 'grow')[]) => ({
  grid: { ...s.grid, ...Object.fromEntries(phases.map((p) => [p, []])) },
});

describe('the health check of a draft', () => {
  it('has nothing to say about a draft that covers every rule', () => {
    expect(checkDraft(healthyDraft())).toEqual([]);
  });

  it('asks for a segment first, and stays quiet about the rest, when there is none', () => {
    const findings = checkDraft(draft([]));
    expect(findings.map((f) => f.id)).toEqual(['no-segment']);
    expect(findings[0]).toMatchObject({ severity: 'high', action: { kind: 'add-segment' } });
  });

  it('flags a segment without a relationship type, and suggests the type its own notes name', () => {
    const content = change(healthyDraft(), 'teams', () => ({ types: [], notes: 'Most questions end up on the forum' }));
    const finding = find(content, 'no-relationship-per-segment:teams');
    expect(finding).toMatchObject({ severity: 'high', segmentId: 'teams', action: { kind: 'add-type', typeId: 'community' } });
    expect(finding!.fix).toContain('forum');
    expect(ids(healthyDraft())).not.toContain('no-relationship-per-segment:teams');
  });

  it('offers no one-click type for a segment whose notes name none', () => {
    const content = change(healthyDraft(), 'teams', () => ({ types: [], grid: { get: [], keep: [], grow: [] } }));
    const finding = find(content, 'no-relationship-per-segment:teams');
    expect(finding).toBeDefined();
    expect(finding!.action).toBeUndefined();
  });

  it('calls it one size fits all when two segments get exactly the same types, in any order', () => {
    const content = change(healthyDraft(), 'teams', () => ({ types: types('long-term', 'dedicated-personal-assistance') }));
    const finding = find(content, 'one-size-fits-all:enterprise');
    expect(finding?.severity).toBe('medium');
    expect(finding?.why).toContain('“Small teams”');
    const oneMore = change(healthyDraft(), 'teams', () => ({ types: types('long-term', 'dedicated-personal-assistance', 'community') }));
    expect(ids(oneMore).filter((id) => id.startsWith('one-size-fits-all'))).toEqual([]);
  });

  it('reports a grid that only wins customers once, not also as missing Keep and Grow', () => {
    const content = change(healthyDraft(), 'teams', (s) => emptyCells(s, 'keep', 'grow'));
    expect(find(content, 'get-only-block:teams')).toMatchObject({ severity: 'high', action: { kind: 'add-tactic', phase: 'keep' } });
    expect(ids(content)).not.toContain('underinvesting-in-retention:teams');
    expect(ids(content)).not.toContain('not-evolving-relationships:teams');
    const withKeep = change(healthyDraft(), 'teams', (s) => emptyCells(s, 'grow'));
    expect(ids(withKeep)).not.toContain('get-only-block:teams');
  });

  it('warns that nothing happens after the purchase when the only relationship is transactional', () => {
    const content = change(healthyDraft(), 'teams', () => ({ types: types('transactional') }));
    expect(find(content, 'neglecting-post-purchase:teams')).toMatchObject({
      severity: 'medium',
      action: { kind: 'add-type', typeId: 'long-term' },
    });
    const mixed = change(healthyDraft(), 'teams', () => ({ types: types('transactional', 'long-term') }));
    expect(ids(mixed)).not.toContain('neglecting-post-purchase:teams');
  });

  it('flags an empty Keep cell as high severity, with a Keep tactic that suits the segment’s types', () => {
    const content = change(healthyDraft(), 'enterprise', (s) => emptyCells(s, 'keep'));
    const finding = find(content, 'underinvesting-in-retention:enterprise');
    expect(finding).toMatchObject({ severity: 'high', phase: 'keep', action: { kind: 'add-tactic', phase: 'keep' } });
    const suggested = finding!.action!.kind === 'add-tactic' ? finding!.action!.tactic.text : '';
    expect(GUIDE.phases.find((p) => p.id === 'keep')!.tactics).toContain(suggested);
  });

  it('flags a segment none of whose types is built to keep customers', () => {
    const content = change(healthyDraft(), 'teams', () => ({ types: types('indirect') }));
    expect(find(content, 'underinvesting-in-retention:teams')).toMatchObject({ severity: 'high', action: { kind: 'add-type' } });
    const keeping = change(healthyDraft(), 'teams', () => ({ types: types('indirect', 'long-term') }));
    expect(ids(keeping)).not.toContain('underinvesting-in-retention:teams');
  });

  it('asks how the relationship evolves when Grow is empty and the notes do not say', () => {
    const content = change(healthyDraft(), 'teams', (s) => emptyCells(s, 'grow'));
    expect(find(content, 'not-evolving-relationships:teams')).toMatchObject({ severity: 'medium', action: { kind: 'add-tactic', phase: 'grow' } });
  });

  it('only asks for a Grow tactic when the notes already plan upgrades or loyalty', () => {
    const content = change(healthyDraft(), 'teams', (s) => ({ ...emptyCells(s, 'grow'), notes: 'Loyal teams get upgrade offers' }));
    expect(ids(content)).not.toContain('not-evolving-relationships:teams');
    expect(find(content, 'empty-cell:teams:grow')?.severity).toBe('low');
  });

  it('warns against automating a segment described as high value', () => {
    const content = change(healthyDraft(), 'enterprise', () => ({ types: types('automated-service', 'self-service') }));
    const finding = find(content, 'over-automating:enterprise');
    expect(finding).toMatchObject({ severity: 'high', action: { kind: 'add-type', typeId: 'personal-assistance' } });
    expect(finding!.why).toContain('enterprise');
  });

  it('does not call automation wrong for an ordinary segment, or when a person is also there', () => {
    const students = change(healthyDraft(), 'enterprise', () => ({ name: 'Students', notes: '', types: types('automated-service', 'self-service') }));
    expect(ids(students)).not.toContain('over-automating:enterprise');
    const withPerson = change(healthyDraft(), 'enterprise', () => ({ types: types('automated-service', 'personal-assistance') }));
    expect(ids(withPerson)).not.toContain('over-automating:enterprise');
  });

  it('notices when nothing in the draft listens to customers', () => {
    const content = change(healthyDraft(), 'enterprise', (s) => ({
      grid: { ...s.grid, keep: [tactic('e-keep-1', 'Quarterly check-in call with each account', 'Churn rate'), s.grid.keep[1]!] },
    }));
    expect(find(content, 'ignoring-feedback')).toMatchObject({ severity: 'medium', action: { kind: 'add-tactic', phase: 'keep' } });
    expect(ids(healthyDraft())).not.toContain('ignoring-feedback');
  });

  it('asks for metrics: medium when a segment has none, low when only some tactics lack one', () => {
    const noMetrics = change(healthyDraft(), 'teams', (s) => ({
      grid: { get: s.grid.get.map(({ metric: _m, ...t }) => t), keep: s.grid.keep.map(({ metric: _m, ...t }) => t), grow: s.grid.grow.map(({ metric: _m, ...t }) => t) },
    }));
    expect(find(noMetrics, 'not-measuring-relationship-quality:teams')).toMatchObject({
      severity: 'medium',
      action: { kind: 'set-metric', tacticId: 't-get-1', phase: 'get' },
    });
    const oneMissing = change(healthyDraft(), 'teams', (s) => ({ grid: { ...s.grid, grow: [s.grid.grow[0]!, tactic('t-grow-2', 'Referral credit for both sides')] } }));
    const finding = find(oneMissing, 'not-measuring-relationship-quality:teams');
    expect(finding).toMatchObject({ severity: 'low', action: { kind: 'set-metric', tacticId: 't-grow-2', phase: 'grow' } });
    expect(finding!.why).toContain('1 of the 6');
  });

  it('flags an empty Get cell', () => {
    const content = change(healthyDraft(), 'teams', (s) => emptyCells(s, 'get'));
    expect(find(content, 'empty-cell:teams:get')).toMatchObject({ severity: 'medium', action: { kind: 'add-tactic', phase: 'get' } });
  });

  it('flags a cell whose only tactic is a couple of words, but not a single full tactic', () => {
    const thin = change(healthyDraft(), 'teams', (s) => ({ grid: { ...s.grid, get: [tactic('t-get-1', 'Free trial', 'Activation rate')] } }));
    expect(find(thin, 'thin-cell:teams:get')?.severity).toBe('low');
    const full = change(healthyDraft(), 'teams', (s) => ({ grid: { ...s.grid, get: [tactic('t-get-1', 'Free trial of 14 days', 'Activation rate')] } }));
    expect(ids(full)).not.toContain('thin-cell:teams:get');
  });

  it('counts a tactic with no text as no tactic', () => {
    const blank = change(healthyDraft(), 'teams', (s) => ({ grid: { ...s.grid, keep: [tactic('t-keep-1', '   ', 'NPS')] } }));
    expect(ids(blank)).toContain('underinvesting-in-retention:teams');
  });

  it('finds a summary too long for a sticky note, by characters or by words', () => {
    const long = { ...healthyDraft(), summary: 'Extraordinarily personalised concierge-grade relationship management for internationally distributed accounts' };
    expect(long.summary.split(' ').length).toBeLessThanOrEqual(12);
    expect(find(long, 'overloading-the-canvas')?.severity).toBe('medium');
    const wordy = { ...healthyDraft(), summary: 'A b c d e f g h i j k l m' };
    expect(wordy.summary.length).toBeLessThan(80);
    expect(ids(wordy)).toContain('overloading-the-canvas');
  });

  it('offers the suggested summary only when it is itself short enough', () => {
    const one = draft([healthyDraft().segments[1]!], 'Self-service for small teams with a help centre, tutorials, a forum and referral credits');
    expect(find(one, 'overloading-the-canvas')?.action).toEqual({ kind: 'set-summary', summary: 'Self-service + community' });
    const two = { ...healthyDraft(), summary: 'x '.repeat(50) };
    expect(find(two, 'overloading-the-canvas')).toBeDefined();
    expect(find(two, 'overloading-the-canvas')!.action).toBeUndefined();
  });

  it('lists the questions linking the block to the others that the draft does not touch yet', () => {
    const bare = draft([segment('s', '', { types: types('self-service') })]);
    const questions = ids(bare).filter((id) => id.startsWith('block-question:'));
    expect(questions.sort()).toEqual(GUIDE.blockQuestions.map((q) => `block-question:${q.block}`).sort());
    expect(checkDraft(bare).filter((f) => f.rule === 'block-question').every((f) => f.severity === 'low')).toBe(true);
    const answered = draft([segment('s', 'Shoppers', { types: types('self-service'), notes: 'Resellers in Spain; the help centre runs on our own platform' })]);
    const left = ids(answered).filter((id) => id.startsWith('block-question:'));
    expect(left).not.toContain('block-question:key-partners');
    expect(left).not.toContain('block-question:key-resources');
    expect(left).not.toContain('block-question:customer-segments');
    expect(left).toContain('block-question:revenue-streams');
  });

  it('puts the most severe findings first', () => {
    const content = change(draft([segment('s', '', { types: types('self-service') })]), 's', (s) => ({ grid: { ...s.grid, get: [tactic('g', 'Ads')] } }));
    const order = checkDraft(content).map((f) => f.severity);
    expect(order).toContain('high');
    expect(order).toContain('low');
    expect([...order].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b))).toEqual(order);
  });

  it('gives every finding a unique id, a why and a fix', () => {
    const messy = draft([
      segment('a', 'Enterprise', { types: types('automated-service'), grid: { get: [tactic('g', 'Ads')], keep: [], grow: [] } }),
      segment('b', 'Shops', { types: types('automated-service') }),
      segment('c', '', {}),
    ], 'A very long summary line that goes on and on about every single thing we could possibly do for customers');
    const findings = checkDraft(messy);
    expect(findings.length).toBeGreaterThan(10);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    for (const f of findings) {
      expect(f.why.length, f.id).toBeGreaterThan(20);
      expect(f.fix.length, f.id).toBeGreaterThan(20);
    }
  });

  it('makes each one-click fix remove the finding it came with', () => {
    const messy = draft([
      segment('a', 'Enterprise', { types: types('automated-service'), grid: { get: [tactic('g', 'Ads on search engines', 'CAC')], keep: [], grow: [] } }),
      segment('b', 'Walk-ins', { types: types('transactional'), grid: { get: [], keep: [tactic('k', 'Stamp card, tenth coffee free', 'Repeat purchase rate')], grow: [] } }),
      segment('c', 'Resellers', { types: types('indirect'), notes: 'Dealers ask for a forum', grid: { get: [tactic('g2', 'Trade fair stand every spring')], keep: [tactic('k2', 'Dealer hotline staffed by our team', 'Resolution time')], grow: [] } }),
      segment('d', 'Students', { notes: 'They mostly use the FAQ' }),
    ], 'Self-service for students with guides, a chatbot and a forum, plus dealers and partners everywhere');
    const longSummary = draft([segment('s', 'Shops', { types: types('self-service') })], 'Self-service in every one of our shops, with guides and a help centre');
    const fixable = [messy, longSummary, draft([])].flatMap((content) => checkDraft(content).filter((f) => f.action).map((f) => ({ content, f })));
    expect(new Set(fixable.map(({ f }) => f.rule))).toEqual(new Set([
      'get-only-block', 'over-automating', 'underinvesting-in-retention', 'no-relationship-per-segment', 'neglecting-post-purchase',
      'not-evolving-relationships', 'empty-cell', 'ignoring-feedback', 'not-measuring-relationship-quality', 'overloading-the-canvas', 'no-segment',
    ]));
    for (const { content, f } of fixable) {
      const fixed = applyFix(content, f.action!);
      expect(fixed, f.id).not.toBe(content);
      expect(ids(fixed), f.id).not.toContain(f.id);
    }
  });
});
