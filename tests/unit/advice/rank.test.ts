import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import type { Answers } from '../../../lib/advice/questions';
import { formatReason, rankTypes, reasonText, tradeOff, type RankedType } from '../../../lib/advice/rank';
import { marketplace, neobank, privateBankWealthy, saasEnterprise, saasSelfServe, streamingMassMarket } from './answers';

const order = (answers: Answers) => rankTypes(answers).map((r) => r.type.id);
const top = (answers: Answers, n: number) => order(answers).slice(0, n);
const entry = (answers: Answers, id: string): RankedType => rankTypes(answers).find((r) => r.type.id === id)!;
const position = (answers: Answers, id: string) => order(answers).indexOf(id);

describe('ranking relationship types from the answers about a segment', () => {
  it('puts dedicated personal assistance first for a private bank’s wealthy clients, because they are worth a lot and expect status', () => {
    expect(top(privateBankWealthy, 1)).toEqual(['dedicated-personal-assistance']);
    expect(top(privateBankWealthy, 3)).toEqual(['dedicated-personal-assistance', 'personal-assistance', 'long-term']);
    const reasons = entry(privateBankWealthy, 'dedicated-personal-assistance').reasons;
    const worth = reasons.find((r) => r.question === 'value')!;
    expect(worth.points).toBe(3);
    expect(reasonText(worth)).toBe('Customers are worth a lot over time, so a named contact pays for itself');
    expect(reasons.some((r) => r.question === 'expectations' && /status/.test(reasonText(r)))).toBe(true);
  });

  it('puts automated service first for a mass-market streaming service, because millions want convenience', () => {
    expect(top(streamingMassMarket, 1)).toEqual(['automated-service']);
    expect(top(streamingMassMarket, 3)).toEqual(['automated-service', 'self-service', 'long-term']);
    const reasons = entry(streamingMassMarket, 'automated-service').reasons;
    expect(reasons.some((r) => r.question === 'scale' && /millions/i.test(reasonText(r)))).toBe(true);
    expect(reasons.some((r) => r.question === 'expectations' && /convenience/.test(reasonText(r)))).toBe(true);
  });

  it('ranks dedicated assistance first and long-term high for a SaaS enterprise tier of a few complex accounts', () => {
    expect(top(saasEnterprise, 1)).toEqual(['dedicated-personal-assistance']);
    expect(top(saasEnterprise, 3)).toContain('long-term');
    const reasons = entry(saasEnterprise, 'dedicated-personal-assistance').reasons;
    expect(reasons.some((r) => r.question === 'scale' && /handful/.test(reasonText(r)))).toBe(true);
    expect(reasons.some((r) => r.question === 'complexity')).toBe(true);
  });

  it('ranks self-service then automated service first for the same company’s self-serve tier of cheap, simple sign-ups', () => {
    expect(top(saasSelfServe, 2)).toEqual(['self-service', 'automated-service']);
    const reasons = entry(saasSelfServe, 'self-service').reasons;
    expect(reasons.some((r) => r.question === 'expectations' && /themselves/.test(reasonText(r)))).toBe(true);
    expect(reasons.some((r) => r.question === 'value' && /little/.test(reasonText(r)))).toBe(true);
    expect(position(saasSelfServe, 'dedicated-personal-assistance')).toBe(RELATIONSHIP_TYPES.length - 1);
  });

  it('serves a two-sided marketplace’s many small sellers and buyers with self-service, automation and community, and co-creation through reviews', () => {
    const first4 = top(marketplace, 4);
    expect(first4.slice(0, 2)).toEqual(['self-service', 'automated-service']);
    expect(first4).toEqual(expect.arrayContaining(['co-creation', 'community']));
    const cocreation = entry(marketplace, 'co-creation').reasons;
    expect(cocreation.some((r) => r.question === 'expectations' && /say in the product/.test(reasonText(r)))).toBe(true);
    expect(cocreation.some((r) => r.question === 'competitors')).toBe(true);
    expect(cocreation.some((r) => /reviews/.test(reasonText(r)))).toBe(true);
  });

  it('gives a neobank like Monzo self-service and automation plus community, with co-creation and fans close behind', () => {
    expect(top(neobank, 3)).toEqual(['self-service', 'automated-service', 'community']);
    expect(top(neobank, 5).slice(3).sort()).toEqual(['co-creation', 'fans']);
    const community = entry(neobank, 'community').reasons;
    expect(community.some((r) => r.question === 'expectations' && /belong/.test(reasonText(r)))).toBe(true);
    expect(community.some((r) => r.question === 'channels' && /social/.test(reasonText(r)))).toBe(true);
  });

  it('moves long-term and switching costs up when the goal changes from winning to keeping customers', () => {
    const acquiring: Answers = saasSelfServe;
    const retaining: Answers = { ...saasSelfServe, goal: 'retain' };
    expect(acquiring.goal).toBe('acquire');
    for (const id of ['long-term', 'switching-costs']) {
      expect(entry(retaining, id).score, id).toBeGreaterThan(entry(acquiring, id).score);
      expect(position(retaining, id), id).toBeLessThan(position(acquiring, id));
    }
    expect(order(retaining)).not.toEqual(order(acquiring));
  });

  it('scores exactly the points the reasons show', () => {
    for (const answers of [privateBankWealthy, streamingMassMarket, saasEnterprise, saasSelfServe, marketplace, neobank]) {
      for (const ranked of rankTypes(answers)) {
        expect(ranked.score).toBe(ranked.reasons.reduce((sum, r) => sum + r.points, 0));
        expect(ranked.reasons.every((r) => r.points !== 0 && reasonText(r).length > 20)).toBe(true);
      }
    }
  });

  it('counts nothing for unanswered questions: no answers keep every type at 0 in catalogue order', () => {
    const ranked = rankTypes({});
    expect(ranked.map((r) => r.type.id)).toEqual(RELATIONSHIP_TYPES.map((t) => t.id));
    expect(ranked.every((r) => r.score === 0 && r.reasons.length === 0)).toBe(true);
  });

  it('counts nothing for “I don’t know” or a competitor type this catalogue does not know', () => {
    expect(rankTypes({ competitors: ['dont-know', 'holographic-butler'] }).every((r) => r.score === 0)).toBe(true);
  });

  it('keeps catalogue order between types with the same score', () => {
    const ranked = rankTypes({ competitors: ['fans', 'community'] });
    expect(ranked.slice(0, 2).map((r) => r.type.id)).toEqual(['community', 'fans']);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
  });

  it('counts a multi-choice answer given twice only once', () => {
    expect(entry({ channels: ['partners', 'partners'] }, 'indirect').score).toBe(3);
  });

  it('shows each reason with its sign, as a user reads it', () => {
    const [up] = entry(privateBankWealthy, 'dedicated-personal-assistance').reasons.filter((r) => r.question === 'value');
    expect(formatReason(up!)).toBe('+3 Customers are worth a lot over time, so a named contact pays for itself');
    const [down] = entry(privateBankWealthy, 'transactional').reasons.filter((r) => r.question === 'value');
    expect(formatReason(down!)).toMatch(/^-2 Customers are worth a lot/);
  });

  it('states the trade-off between cost to serve and closeness for every type', () => {
    const byId = (id: string) => RELATIONSHIP_TYPES.find((t) => t.id === id)!;
    expect(tradeOff(byId('dedicated-personal-assistance'))).toMatch(/^Expensive to serve.*\(high cost to serve, automation 5\/100\)\.$/);
    expect(tradeOff(byId('automated-service'))).toMatch(/^Cheap to serve .*seldom deal with a person \(low cost to serve, automation 95\/100\)\.$/);
    expect(new Set(RELATIONSHIP_TYPES.map((t) => tradeOff(t))).size).toBeGreaterThan(5);
  });
});
