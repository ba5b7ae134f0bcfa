import { describe, expect, it } from 'vitest';
import { typeById } from '../../../lib/catalogue';
import { GUIDE, metricById } from '../../../lib/catalogue/guide';
import { PHASE_IDS, type MetricId } from '../../../lib/catalogue/ids';
import { channelLabel, CHANNELS } from '../../../lib/advice/questions';
import { applyToSegment, rankTypes, rationaleOf, starterGrid, topChoices } from '../../../lib/advice/rank';
import { guideTacticsMatching, TACTIC_FITS } from '../../../lib/advice/tactics';
import { addType } from '../../../lib/model/edit';
import { privateBankWealthy, saasSelfServe } from './answers';
import { draft, segment } from './drafts';

const ranked = rankTypes(saasSelfServe);
const metricNames = (ids: readonly MetricId[]) => ids.map((id) => metricById(id)!.name);

describe('the starter Get / Keep / Grow grid', () => {
  it('has one to three tactics in every phase, each with a metric', () => {
    const grid = starterGrid(ranked, saasSelfServe);
    for (const phase of PHASE_IDS) {
      expect(grid[phase].length, phase).toBeGreaterThanOrEqual(1);
      expect(grid[phase].length, phase).toBeLessThanOrEqual(3);
      for (const t of grid[phase]) {
        expect(t.metric?.name, t.text).toBeTruthy();
        expect(t.metric?.target, t.text).toMatch(/than last quarter/);
      }
    }
  });

  it('uses the guide’s tactics for each phase, never the same one twice', () => {
    const grid = starterGrid(rankTypes(privateBankWealthy), privateBankWealthy);
    const all = PHASE_IDS.flatMap((p) => grid[p].map((t) => t.text));
    expect(new Set(all).size).toBe(all.length);
    for (const phase of PHASE_IDS) {
      const guide = GUIDE.phases.find((p) => p.id === phase)!.tactics;
      for (const t of grid[phase]) expect(guide).toContain(t.text);
    }
  });

  it('measures each tactic with a metric the phase or one of the top types tracks', () => {
    const grid = starterGrid(ranked, saasSelfServe);
    const topIds = topChoices(ranked).map((r) => r.type.id);
    for (const phase of PHASE_IDS) {
      const tracked = new Set(metricNames([...GUIDE.phases.find((p) => p.id === phase)!.metrics, ...topIds.flatMap((id) => typeById(id)!.metrics)]));
      for (const t of grid[phase]) expect(tracked.has(t.metric!.name), `${t.text}: ${t.metric!.name}`).toBe(true);
    }
    const names = PHASE_IDS.flatMap((p) => grid[p].map((t) => t.metric!.name));
    expect(new Set(names).size).toBeGreaterThan(3);
  });

  it('names a channel the segment has where one fits, and none otherwise', () => {
    const grid = starterGrid(ranked, saasSelfServe);
    const chosen = saasSelfServe.channels!.map(channelLabel);
    const channels = PHASE_IDS.flatMap((p) => grid[p].map((t) => t.channel));
    expect(channels).toContain(channelLabel('own-digital'));
    expect(channels.every((c) => c === '' || chosen.includes(c))).toBe(true);
    const noChannels = starterGrid(ranked, { ...saasSelfServe, channels: [] });
    expect(PHASE_IDS.flatMap((p) => noChannels[p].map((t) => t.channel)).every((c) => c === '')).toBe(true);
  });

  it('is empty when no type scored above zero', () => {
    expect(starterGrid(rankTypes({}), {})).toEqual({ get: [], keep: [], grow: [] });
  });

  it('draws on a table whose every row picks exactly one guide tactic, for known types and channels', () => {
    for (const fit of TACTIC_FITS) {
      expect(guideTacticsMatching(fit.phase, fit.find), fit.find).toHaveLength(1);
      expect(fit.types.every((id) => typeById(id)), fit.find).toBe(true);
      expect(fit.channels.every((c) => (CHANNELS as readonly string[]).includes(c)), fit.find).toBe(true);
      expect(fit.metrics.length, fit.find).toBeGreaterThan(0);
    }
  });
});

describe('applying the Advisor’s choice to a segment', () => {
  const base = () => draft([segment('teams', 'Small teams'), segment('other', 'Other')]);

  it('adds the top three types with their strongest reasons as rationale, and the starter tactics', () => {
    const after = applyToSegment(base(), 'teams', ranked, saasSelfServe);
    const teams = after.segments[0]!;
    expect(teams.types.map((t) => t.typeId)).toEqual(topChoices(ranked).map((r) => r.type.id));
    expect(teams.types[0]!.rationale).toBe(rationaleOf(ranked[0]!));
    expect(teams.types[0]!.rationale).toContain('They like to do things themselves');
    for (const phase of PHASE_IDS) expect(teams.grid[phase].length, phase).toBeGreaterThan(0);
    expect(after.segments[1]).toEqual(base().segments[1]);
  });

  it('adds nothing twice when applied again, and keeps a type the user already chose as it was', () => {
    const once = applyToSegment(base(), 'teams', ranked, saasSelfServe);
    expect(applyToSegment(once, 'teams', ranked, saasSelfServe)).toBe(once);
    const chosen = addType(base(), 'teams', 'self-service', 'Our own reason');
    const after = applyToSegment(chosen, 'teams', ranked, saasSelfServe).segments[0]!;
    expect(after.types.filter((t) => t.typeId === 'self-service')).toEqual([{ typeId: 'self-service', rationale: 'Our own reason' }]);
    expect(after.types).toHaveLength(3);
  });

  it('takes fewer types when asked, and leaves the draft alone for an unknown segment or no scores', () => {
    const one = applyToSegment(base(), 'teams', ranked, saasSelfServe, 1).segments[0]!;
    expect(one.types.map((t) => t.typeId)).toEqual(['self-service']);
    const content = base();
    expect(applyToSegment(content, 'nobody', ranked, saasSelfServe)).toBe(content);
    expect(applyToSegment(content, 'teams', rankTypes({}), {})).toBe(content);
  });
});
