import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { AnswersSchema, DONT_KNOW, QUESTIONS } from '../../../lib/advice/questions';
import { ENGLISH_TEXT } from '../../../lib/advice/rank';
import { SCORING_RULES } from '../../../lib/advice/scoring';
import advisorEn from '../../../lib/i18n/messages/advisor.en';

const english = ENGLISH_TEXT.t;

const question = (id: string) => QUESTIONS.find((q) => q.id === id)!;

describe('the Advisor’s questions', () => {
  it('asks each of the eight questions once, each well formed', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(['expectations', 'value', 'acquisitionCost', 'goal', 'scale', 'complexity', 'competitors', 'channels']);
    for (const q of QUESTIONS) {
      expect(english(q.prompt), q.id).toMatch(/^[A-Z].{9,}\?$/);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
    }
  });

  it('says in one sentence why each question matters', () => {
    for (const q of QUESTIONS) expect(english(q.why), q.id).toMatch(/^[A-Z][^.!?]*[a-z][.]$/);
  });

  it('lets people pick several expectations, channels and competitor types, and one answer elsewhere', () => {
    expect(QUESTIONS.filter((q) => q.kind === 'multi').map((q) => q.id)).toEqual(['expectations', 'competitors', 'channels']);
    expect(question('expectations').options).toHaveLength(8);
    expect(question('scale').options.map((o) => o.id)).toEqual(['handful', 'hundreds', 'thousands', 'millions']);
  });

  it('offers every catalogue type as what competitors might offer, plus “I don’t know”', () => {
    expect(question('competitors').options.map((o) => o.id)).toEqual([...RELATIONSHIP_TYPES.map((t) => t.id), DONT_KNOW]);
  });

  it('accepts every option of every question as a stored answer', () => {
    for (const q of QUESTIONS) {
      for (const o of q.options) {
        const answer = { [q.id]: q.kind === 'multi' ? [o.id] : o.id };
        expect(AnswersSchema.safeParse(answer).success, `${q.id}=${o.id}`).toBe(true);
      }
    }
  });

  it('validates stored answers: all optional, unknown options refused, unknown keys dropped', () => {
    expect(AnswersSchema.parse({})).toEqual({});
    expect(AnswersSchema.safeParse({ value: 'enormous' }).success).toBe(false);
    expect(AnswersSchema.safeParse({ expectations: 'personal-help' }).success).toBe(false);
    expect(AnswersSchema.safeParse({ channels: ['carrier-pigeon'] }).success).toBe(false);
    expect(AnswersSchema.safeParse({ competitors: ['Not An Id'] }).success).toBe(false);
    expect(AnswersSchema.parse({ goal: 'retain', legacy: true })).toEqual({ goal: 'retain' });
  });
});

describe('the scoring table', () => {
  it('only refers to options the questions offer and types the catalogue knows', () => {
    for (const rule of SCORING_RULES) {
      const options = question(rule.question).options.map((o) => o.id);
      expect(options, rule.reason).toContain(rule.answer);
      expect(rule.types.every((id) => RELATIONSHIP_TYPES.some((t) => t.id === id)), rule.reason).toBe(true);
      expect(Number.isInteger(rule.points) && rule.points !== 0 && Math.abs(rule.points) <= 3, rule.reason).toBe(true);
    }
  });

  it('has English words for every reason it gives', () => {
    for (const rule of SCORING_RULES) expect(advisorEn[rule.reason], rule.reason).toMatch(/^[A-Z].{20,}[a-z”]$/);
  });

  it('never scores the same answer twice for the same type', () => {
    const keys = SCORING_RULES.flatMap((r) => r.types.map((t) => `${r.question}=${r.answer}→${t}`));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has a reason for every option except “I don’t know”', () => {
    for (const q of QUESTIONS) {
      for (const o of q.options) {
        const fires = SCORING_RULES.some((r) => r.question === q.id && r.answer === o.id);
        expect(fires, `${q.id}=${o.id}`).toBe(o.id !== DONT_KNOW);
      }
    }
  });
});
