// Generated class files for the cohort e2e test and bench: export envelopes of students' drafts that differ
// in segments, types and how complete their Get / Keep / Grow cells are, so the health check finds different things.
const TYPES = ['transactional', 'automated-service', 'self-service', 'personal-assistance', 'dedicated-personal-assistance', 'co-creation', 'community', 'long-term'];
const NAMES = ['Ada', 'Ben', 'Chen', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jo', 'Kai', 'Lea', 'Mo', 'Nia', 'Oskar'];
const pad = (n) => String(n).padStart(2, '0');

/** The draft of student `n` (1-based): later students leave more cells empty, so findings vary. */
export function studentDraft(n) {
  const segments = Array.from({ length: 1 + (n % 3) }, (_, s) => {
    const tactic = (phase, i) => ({ id: `t-${n}-${s}-${phase}-${i}`, text: `${phase} step ${i + 1} for segment ${s + 1} of student ${n}`, channel: '' });
    return {
      id: `seg-${n}-${s}`,
      name: s === 0 ? 'Families' : s === 1 ? 'Offices' : `Segment ${s + 1}`,
      types: n % 5 === 0 ? [] : [{ typeId: TYPES[(n + s) % TYPES.length], rationale: n % 2 ? 'Customers told us in interviews' : '' }],
      grid: {
        get: [tactic('Get', 0)],
        keep: n % 4 === 0 ? [] : [tactic('Keep', 0)],
        grow: n % 3 === 0 ? [tactic('Grow', 0)] : [],
      },
      notes: '',
    };
  });
  return {
    id: `student-draft-${pad(n)}`,
    title: `Start-up ${pad(n)}`,
    segments,
    summary: `Relationships of start-up ${n}`,
    summaryEdited: true,
    createdAt: '2026-11-02T08:00:00.000Z',
    updatedAt: `2026-11-${pad(1 + (n % 28))}T10:00:00.000Z`,
    rev: 2,
  };
}

export function envelopeOf(drafts) {
  return { format: 'crc-export', version: 1, exportedAt: '2026-11-30T09:00:00.000Z', app: { name: 'Customer Relationships Companion', version: '0.1.0' }, kind: 'export', drafts, annotations: [] };
}

/** `count` files named after their students (`ada-01.json` …), as { name, text }. */
export function classFiles(count) {
  return Array.from({ length: count }, (_, i) => ({ name: `${NAMES[i % NAMES.length].toLowerCase()}-${pad(i + 1)}.json`, text: `${JSON.stringify(envelopeOf([studentDraft(i + 1)]), null, 2)}\n` }));
}
