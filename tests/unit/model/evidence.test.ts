import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftSchema, type Comment, type DraftContent, type Evidence, type Segment } from '../../../lib/model/draft';
import { addComment, addEvidence, removeEvidence, setCommentResolved } from '../../../lib/model/edit';
import { evidenceFrom, textFragmentUrl } from '../../../lib/model/evidence';

const ARTICLE = 'https://blog.example/retention';

const retention = {
  id: 'ann-retention',
  url: ARTICLE,
  title: 'Why members stay',
  quote: { exact: 'members who know the staff stay longer', prefix: 'In our survey, ', suffix: ' than others do.' },
};

const segment = (id: string, name: string, parts: Partial<Segment> = {}): Segment => ({
  id, name, types: [], grid: { get: [], keep: [], grow: [] }, notes: '', ...parts,
});

function gym(): DraftContent {
  return { title: 'Gym', segments: [segment('offices', 'Offices'), segment('students', 'Students')], summary: '', summaryEdited: false };
}

function comment(id: string, parts: Partial<Comment> = {}): Comment {
  return { id, target: { kind: 'draft' }, author: 'Coach', text: 'Which metric shows this works?', createdAt: '2026-11-20T10:00:00.000Z', resolved: false, ...parts };
}

const evidenceOf = (content: DraftContent, segmentId: string) => content.segments.find((s) => s.id === segmentId)?.evidence ?? [];

/** The `text=` directive of a text-fragment link, split into its comma-separated terms, decoded. */
function directive(link: string): string[] {
  const [, fragment] = link.split('#:~:text=');
  if (fragment === undefined) throw new Error(`no text directive in ${link}`);
  return fragment.split(',').map(decodeURIComponent);
}

describe('evidence from an annotation', () => {
  it('quotes the passage with its page, title, context and a link back to the annotation', () => {
    const evidence = evidenceFrom(retention, 'keep');
    expect(evidence).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
      phase: 'keep',
      quote: 'members who know the staff stay longer',
      url: ARTICLE,
      title: 'Why members stay',
      annotationId: 'ann-retention',
      prefix: 'In our survey, ',
      suffix: ' than others do.',
    });
  });

  it('gives each piece of evidence its own id', () => {
    expect(evidenceFrom(retention, 'get').id).not.toBe(evidenceFrom(retention, 'get').id);
  });

  it('is accepted by a draft as it is', () => {
    const content = addEvidence(gym(), 'offices', evidenceFrom(retention, 'grow'));
    const draft = DraftSchema.safeParse({ id: 'd1', ...content, createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', rev: 1 });
    expect(draft.success).toBe(true);
  });
});

describe('text-fragment links to a passage', () => {
  it('links a short passage in full, replacing the fragment the page was opened at', () => {
    expect(textFragmentUrl(`${ARTICLE}#comments`, 'members stay longer')).toBe(`${ARTICLE}#:~:text=members%20stay%20longer`);
    expect(textFragmentUrl(`${ARTICLE}#:~:text=old`, 'members')).toBe(`${ARTICLE}#:~:text=members`);
  });

  it('still links when the stored context was cut through the middle of an emoji', () => {
    const prefix = '\uDE00 yyyy';
    const link = textFragmentUrl(ARTICLE, 'stay longer', prefix, 'ok \uD83D');
    expect(() => new URL(link)).not.toThrow();
    expect(link).toContain('stay%20longer');
  });

  it('encodes the characters that are syntax in a text fragment', () => {
    const link = textFragmentUrl(ARTICLE, 'self-service, fast & cheap');
    expect(link).toBe(`${ARTICLE}#:~:text=self%2Dservice%2C%20fast%20%26%20cheap`);
    expect(directive(link)).toEqual(['self-service, fast & cheap']);
  });

  it('collapses line breaks and runs of spaces in the passage', () => {
    expect(textFragmentUrl(ARTICLE, '  members\n who\tstay  ')).toBe(`${ARTICLE}#:~:text=members%20who%20stay`);
  });

  it('links a long passage by its first and last four words', () => {
    const quote = 'Members who post in the forum during their first month stay with us twice as long as those who never post';
    const link = textFragmentUrl(ARTICLE, quote);
    expect(directive(link)).toEqual(['Members who post in', 'those who never post']);
    expect(link.length).toBeLessThan(ARTICLE.length + 80);
  });

  it('still links a passage of ten words in full', () => {
    const ten = 'one two three four five six seven eight nine ten';
    expect(directive(textFragmentUrl(ARTICLE, ten))).toEqual([ten]);
    const eleven = `${ten} eleven`;
    expect(directive(textFragmentUrl(ARTICLE, eleven))).toEqual(['one two three four', 'eight nine ten eleven']);
  });

  it('adds the nearest two words on each side to tell repeats apart', () => {
    const link = textFragmentUrl(ARTICLE, 'stay longer', 'In our survey, members', ' than others do.');
    expect(link).toBe(`${ARTICLE}#:~:text=survey%2C%20members-,stay%20longer,-than%20others`);
  });

  it('encodes dashes in the context so they are not read as its markers', () => {
    const link = textFragmentUrl(ARTICLE, 'the plan', 'a self-service', 'pay-as-you-go pricing');
    expect(link).toBe(`${ARTICLE}#:~:text=a%20self%2Dservice-,the%20plan,-pay%2Das%2Dyou%2Dgo%20pricing`);
  });

  it('uses prefix and suffix with a long passage too', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragmentUrl(ARTICLE, quote, 'before it', 'after it')).toBe(
      `${ARTICLE}#:~:text=before%20it-,one%20two%20three%20four,nine%20ten%20eleven%20twelve,-after%20it`,
    );
  });

  it('links just the page when there is no passage', () => {
    expect(textFragmentUrl(`${ARTICLE}#top`, '   ')).toBe(ARTICLE);
  });

  it('builds a link the browser can parse, keeping the page, for any passage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), fc.string({ maxLength: 40, unit: 'grapheme' }), fc.string({ maxLength: 40, unit: 'grapheme' }), (quote, prefix, suffix) => {
        const link = textFragmentUrl(`${ARTICLE}?a=1#section`, quote, prefix, suffix);
        const url = new URL(link);
        expect(`${url.origin}${url.pathname}${url.search}`).toBe(`${ARTICLE}?a=1`);
        if (!quote.trim()) return;
        expect(url.hash.startsWith('#:~:text=')).toBe(true);
        const fragment = link.slice(link.indexOf('#:~:text=') + '#:~:text='.length);
        // Only the directive's own markers are left unencoded.
        expect(fragment).not.toMatch(/[#& ]/);
        expect(fragment.replace(/^[^,]*-,/, '').replace(/,-[^,]*$/, '')).not.toContain('-');
        expect(fragment.split(',').length).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('evidence in a draft', () => {
  it('adds a passage to one segment only', () => {
    const evidence = evidenceFrom(retention, 'keep');
    const content = addEvidence(gym(), 'offices', evidence);
    expect(evidenceOf(content, 'offices')).toEqual([evidence]);
    expect(evidenceOf(content, 'students')).toEqual([]);
  });

  it('does not add the same annotation twice to the same phase', () => {
    const once = addEvidence(gym(), 'offices', evidenceFrom(retention, 'keep'));
    const twice = addEvidence(once, 'offices', evidenceFrom(retention, 'keep'));
    expect(twice).toBe(once);
    expect(evidenceOf(twice, 'offices')).toHaveLength(1);
  });

  it('adds the same annotation under another phase or segment', () => {
    let content = addEvidence(gym(), 'offices', evidenceFrom(retention, 'keep'));
    content = addEvidence(content, 'offices', evidenceFrom(retention, 'grow'));
    content = addEvidence(content, 'students', evidenceFrom(retention, 'keep'));
    expect(evidenceOf(content, 'offices').map((e) => e.phase)).toEqual(['keep', 'grow']);
    expect(evidenceOf(content, 'students').map((e) => e.phase)).toEqual(['keep']);
  });

  it('adds two passages typed in by hand even when they have no annotation', () => {
    const byHand = (id: string): Evidence => ({ id, phase: 'get', quote: 'A quote', url: ARTICLE, title: '', prefix: '', suffix: '' });
    const content = addEvidence(addEvidence(gym(), 'offices', byHand('e1')), 'offices', byHand('e2'));
    expect(evidenceOf(content, 'offices').map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('leaves the draft as it was for a segment that does not exist', () => {
    const content = gym();
    expect(addEvidence(content, 'no-such-segment', evidenceFrom(retention, 'get'))).toBe(content);
  });

  it('leaves the original draft untouched', () => {
    const content = gym();
    addEvidence(content, 'offices', evidenceFrom(retention, 'get'));
    expect(content).toEqual(gym());
  });

  it('removes one piece of evidence and keeps the others', () => {
    const first = evidenceFrom(retention, 'get');
    const second = evidenceFrom(retention, 'keep');
    const content = addEvidence(addEvidence(gym(), 'offices', first), 'offices', second);
    expect(evidenceOf(removeEvidence(content, 'offices', first.id), 'offices')).toEqual([second]);
  });

  it('returns the same draft when the evidence to remove is not there', () => {
    const content = addEvidence(gym(), 'offices', evidenceFrom(retention, 'get'));
    expect(removeEvidence(content, 'offices', 'no-such-evidence')).toBe(content);
    expect(removeEvidence(content, 'students', evidenceOf(content, 'offices')[0]!.id)).toBe(content);
    expect(removeEvidence(gym(), 'offices', 'anything')).toEqual(gym());
  });
});

describe('review comments', () => {
  it('adds comments oldest first', () => {
    const content = addComment(addComment(gym(), comment('c1')), comment('c2', { text: 'Add a Grow tactic' }));
    expect(content.comments?.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('resolves and reopens one comment', () => {
    const content = addComment(addComment(gym(), comment('c1')), comment('c2'));
    const resolved = setCommentResolved(content, 'c2', true);
    expect(resolved.comments?.map((c) => c.resolved)).toEqual([false, true]);
    expect(setCommentResolved(resolved, 'c2', false).comments?.map((c) => c.resolved)).toEqual([false, false]);
    expect(content.comments?.map((c) => c.resolved)).toEqual([false, false]);
  });

  it('returns the same draft when nothing changes', () => {
    const content = addComment(gym(), comment('c1', { resolved: true }));
    expect(setCommentResolved(content, 'c1', true)).toBe(content);
    expect(setCommentResolved(content, 'no-such-comment', false)).toBe(content);
    const none = gym();
    expect(setCommentResolved(none, 'c1', true)).toBe(none);
  });
});

describe('the draft schema guards evidence links', () => {
  const draftWith = (evidence: Record<string, unknown>) => ({
    id: 'd1',
    title: 'Gym',
    segments: [segment('offices', 'Offices', { evidence: [evidence as Evidence] })],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    rev: 1,
  });

  it.each(['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' https://blog.example/'])(
    'refuses evidence linking to %s, naming where it is',
    (url) => {
      const parsed = DraftSchema.safeParse(draftWith({ ...evidenceFrom(retention, 'get'), url }));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path)).toEqual([['segments', 0, 'evidence', 0, 'url']]);
    },
  );

  it('refuses evidence with an empty quote', () => {
    const parsed = DraftSchema.safeParse(draftWith({ ...evidenceFrom(retention, 'get'), quote: '' }));
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['segments', 0, 'evidence', 0, 'quote']]);
  });

  it('accepts evidence from an http or https page', () => {
    for (const url of ['http://blog.example/a', 'HTTPS://blog.example/a#:~:text=x']) {
      expect(DraftSchema.safeParse(draftWith({ ...evidenceFrom(retention, 'get'), url })).success, url).toBe(true);
    }
  });
});
