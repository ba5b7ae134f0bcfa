/**
 * A draft built from the notes of a canvas's Customer Relationships block, so the health check (and
 * the side panel) can work on a canvas the same way as on a draft. Ids are deterministic: the same
 * notes always give the same draft, so findings about it can be applied to it later.
 */
import { PHASE_IDS, type PhaseId } from '../catalogue/ids';
import { words } from '../catalogue/text';
import type { DraftContent, Segment, Tactic } from '../model/draft';
import { recogniseTypes } from './recognise';
import { firstMention, haystack, PHASE_WORDS } from './vocabulary';

/** Words that name customers in general and so cannot tell one segment from another. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  ['customers', 'clients', 'users', 'people', 'segment', 'the', 'and', 'for', 'with', 'our', 'who'].map(stem),
);

/**
 * A rough English stem, the same for singular and plural: "enterprises" and "enterprise" → "enterpris",
 * "businesses" and "business" → "business", "families" → "family".
 */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** The words of a segment note that can pick it out: not generic, at least 3 letters (all of them if none is left). */
function segmentWords(name: string): Set<string> {
  const all = words(name).map(stem);
  const specific = all.filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w));
  return new Set(specific.length > 0 ? specific : all);
}

/** The phase a note's words put it in (the earliest phase word decides), or undefined. */
export function phaseOfNote(note: string): PhaseId | undefined {
  const text = haystack(note);
  let best: PhaseId | undefined;
  let bestAt = Infinity;
  for (const phase of PHASE_IDS) {
    const at = firstMention(text, PHASE_WORDS[phase]);
    if (at >= 0 && at < bestAt) {
      best = phase;
      bestAt = at;
    }
  }
  return best;
}

/**
 * The draft a canvas's notes describe. `notes` are the Customer Relationships notes in reading
 * order; `segmentNotes` the Customer Segments notes, if any. Each segment note becomes a segment
 * (id `canvas-segment-N`); without segment notes there is one unnamed segment. A note goes to the
 * segments it names (most matching words wins; English plurals are matched), or to every segment when
 * it names none. In each segment: the types its notes express (`recogniseTypes`), a tactic per note
 * that mentions a phase (get/acquire…, keep/retain…, grow/upsell/referral…), and all its notes as
 * the segment's notes. Blank notes are ignored.
 */
export function draftFromNotes(notes: readonly string[], segmentNotes: readonly string[] = []): DraftContent {
  const texts = notes.map((n) => n.trim()).filter(Boolean);
  const names = [...new Set(segmentNotes.map((n) => n.trim()).filter(Boolean))];
  const segmentKeys = names.map(segmentWords);
  const owners = texts.map((note) => {
    const noteWords = new Set(words(note).map(stem));
    const hits = segmentKeys.map((key) => [...key].filter((w) => noteWords.has(w)).length);
    const most = Math.max(0, ...hits);
    return most === 0 ? undefined : hits.map((h, i) => (h === most ? i : -1)).filter((i) => i >= 0);
  });
  const segments: Segment[] = (names.length > 0 ? names : ['']).map((name, s) => {
    const own = texts
      .map((note, n) => ({ note, n }))
      .filter(({ n }) => owners[n] === undefined || owners[n]!.includes(s));
    const types: Segment['types'] = [];
    const grid: Record<PhaseId, Tactic[]> = { get: [], keep: [], grow: [] };
    for (const { note, n } of own) {
      for (const { typeId } of recogniseTypes(note)) {
        if (!types.some((t) => t.typeId === typeId)) types.push({ typeId, rationale: '' });
      }
      const phase = phaseOfNote(note);
      if (phase) grid[phase].push({ id: `canvas-${s + 1}-note-${n + 1}`, text: note.slice(0, 20_000), channel: '' });
    }
    return {
      id: `canvas-segment-${s + 1}`,
      name: name.slice(0, 500),
      types,
      grid,
      notes: own.map(({ note }) => note).join('\n').slice(0, 20_000),
    };
  });
  return { title: 'Canvas notes', segments, summary: '', summaryEdited: false };
}
