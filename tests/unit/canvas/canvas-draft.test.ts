import { describe, expect, it } from 'vitest';
import { canvasDraft } from '../../../lib/advice/canvas-draft';
import { analyseNotes } from '../../../lib/advice/analyse';

const source = { url: 'https://tool.example/board/1', title: 'Fresh Crate board' };
const notes = ['Chatbot answers delivery questions', 'Members forum to share recipes', 'Dedicated account manager for offices'];

describe('drafts from canvas notes', () => {
  it('creates a draft titled after the page, with the source and the recognised types', () => {
    const d = canvasDraft(undefined, notes, ['Families', 'Offices'], source);
    expect(d.title).toBe('Fresh Crate board');
    expect(d.source).toEqual(source);
    expect(d.segments.map((s) => s.name)).toEqual(['Families', 'Offices']);
    const types = d.segments.flatMap((s) => s.types.map((t) => t.typeId));
    expect(types).toEqual(expect.arrayContaining(['automated-service', 'community', 'dedicated-personal-assistance']));
  });

  it('updates an existing draft by adding, never removing what the user wrote', () => {
    const first = canvasDraft(undefined, notes.slice(0, 1), ['Families'], source);
    const edited = { ...first, segments: first.segments.map((s) => ({ ...s, notes: 'My own words' })) };
    const updated = canvasDraft(edited, notes, ['Families', 'Offices'], source);
    const families = updated.segments.find((s) => s.name === 'Families')!;
    expect(families.notes).toContain('My own words');
    expect(families.types.map((t) => t.typeId)).toEqual(expect.arrayContaining(['automated-service', 'community']));
    expect(updated.segments.map((s) => s.name)).toEqual(['Families', 'Offices']);
    expect(canvasDraft(updated, notes, ['Families', 'Offices'], source)).toEqual(updated);
  });
});

describe('analysis of canvas notes', () => {
  it('names the types with the words that gave them away, the missing phases and a summary line', () => {
    const a = analyseNotes(notes, ['Families']);
    expect(a.types.map((t) => t.typeId)).toEqual(['automated-service', 'community', 'dedicated-personal-assistance']);
    expect(a.types[0]!.matches).toEqual(['Chatbot']);
    expect(a.missingPhases).toEqual(['get', 'keep', 'grow']);
    expect(a.summary).toMatch(/^Automated service \+ community \+ dedicated personal assistance$/);
    expect(a.findings.length).toBeGreaterThan(0);
  });

  it('has nothing to say about empty notes but their emptiness', () => {
    const a = analyseNotes([]);
    expect(a.types).toEqual([]);
    expect(a.summary).toBe('');
  });
});
