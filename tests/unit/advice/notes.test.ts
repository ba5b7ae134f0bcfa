import { describe, expect, it } from 'vitest';
import { applyFix, CANVAS_SKIPPED_RULES, checkDraft, checkNotes } from '../../../lib/advice/health';
import { draftFromNotes, phaseOfNote } from '../../../lib/advice/notes-draft';

const typeIdsOf = (notes: string[], segmentNotes: string[] = []) =>
  draftFromNotes(notes, segmentNotes).segments.map((s) => s.types.map((t) => t.typeId));

describe('a draft made from the notes of a canvas', () => {
  it('puts every note in one unnamed segment when the canvas shows no segments', () => {
    const content = draftFromNotes(['Self-service app', '  ', 'Chatbot for quick answers']);
    expect(content.segments).toHaveLength(1);
    expect(content.segments[0]).toMatchObject({ id: 'canvas-segment-1', name: '', notes: 'Self-service app\nChatbot for quick answers' });
    expect(content.segments[0]!.types.map((t) => t.typeId)).toEqual(['self-service', 'automated-service']);
  });

  it('gives each note to the segment it names, singular or plural, and notes naming none to all', () => {
    const content = draftFromNotes(
      ['Key account manager for enterprises', 'Self-service app for students', 'Community forum'],
      ['Enterprise customers', 'Students'],
    );
    expect(content.segments.map((s) => s.name)).toEqual(['Enterprise customers', 'Students']);
    expect(typeIdsOf(['Key account manager for enterprises', 'Self-service app for students', 'Community forum'], ['Enterprise customers', 'Students'])).toEqual([
      ['dedicated-personal-assistance', 'community'],
      ['self-service', 'community'],
    ]);
  });

  it('tells similar segments apart by the words that differ', () => {
    expect(typeIdsOf(['Self-service for small businesses', 'Account manager for large businesses'], ['Small businesses', 'Large businesses'])).toEqual([
      ['self-service'],
      ['dedicated-personal-assistance'],
    ]);
  });

  it('turns notes about winning, keeping or growing customers into tactics of that phase', () => {
    const content = draftFromNotes(['Acquire students through referral codes', 'Loyalty points to keep students coming back', 'Upsell the premium plan', 'Forum']);
    const grid = content.segments[0]!.grid;
    expect(grid.get.map((t) => t.text)).toEqual(['Acquire students through referral codes']);
    expect(grid.keep.map((t) => t.text)).toEqual(['Loyalty points to keep students coming back']);
    expect(grid.grow.map((t) => t.text)).toEqual(['Upsell the premium plan']);
  });

  it('decides a note’s phase by its first phase word, in several languages', () => {
    expect(phaseOfNote('Referral codes to acquire users')).toBe('grow');
    expect(phaseOfNote('Acquire users with referral codes')).toBe('get');
    expect(phaseOfNote('Kundenbindung durch Treueprogramm')).toBe('keep');
    expect(phaseOfNote('Programme de parrainage')).toBe('grow');
    expect(phaseOfNote('Chatbot')).toBeUndefined();
  });

  it('builds the same draft from the same notes, ids included', () => {
    const notes = ['Keep members with a forum', 'Grow through referrals'];
    expect(draftFromNotes(notes, ['Makers'])).toEqual(draftFromNotes(notes, ['Makers']));
  });
});

describe('the health check of canvas notes', () => {
  it('reports what a canvas block is missing, without rules that do not apply to sticky notes', () => {
    const notes = ['Self-service app', 'Chatbot for quick answers'];
    const findings = checkNotes(notes);
    const ids = findings.map((f) => f.id);
    expect(ids).toContain('underinvesting-in-retention:canvas-segment-1');
    expect(ids).toContain('ignoring-feedback');
    expect(ids).toContain('block-question:customer-segments');
    expect(findings.filter((f) => CANVAS_SKIPPED_RULES.has(f.rule))).toEqual([]);
    const asDraft = checkDraft(draftFromNotes(notes)).map((f) => f.rule);
    expect(asDraft).toContain('empty-cell');
  });

  it('spots one relationship for every segment on a canvas', () => {
    const ids = checkNotes(['Community forum', 'FAQ'], ['Small businesses', 'Large businesses']).map((f) => f.id);
    expect(ids).toContain('one-size-fits-all:canvas-segment-1');
    const distinct = checkNotes(['Forum for small businesses', 'Account manager for large businesses'], ['Small businesses', 'Large businesses']);
    expect(distinct.map((f) => f.rule)).not.toContain('one-size-fits-all');
  });

  it('warns about automating a segment the notes describe as high value', () => {
    expect(checkNotes(['Chatbot for enterprise clients']).map((f) => f.rule)).toContain('over-automating');
    expect(checkNotes(['Chatbot for students']).map((f) => f.rule)).not.toContain('over-automating');
  });

  it('is satisfied about retention when a note says how customers are kept', () => {
    const ids = checkNotes(['Loyalty points to keep students coming back']).map((f) => f.rule);
    expect(ids).not.toContain('underinvesting-in-retention');
  });

  it('offers fixes that apply to the draft the side panel opens from the same notes', () => {
    const notes = ['Self-service app', 'Acquire users with free trials'];
    const finding = checkNotes(notes).find((f) => f.rule === 'get-only-block')!;
    expect(finding.action).toBeDefined();
    const fixed = applyFix(draftFromNotes(notes), finding.action!);
    expect(checkDraft(fixed).map((f) => f.id)).not.toContain(finding.id);
  });
});
