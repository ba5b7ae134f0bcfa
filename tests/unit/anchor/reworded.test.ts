// @vitest-environment happy-dom
/**
 * A student highlights a sentence; by the next visit an editor has changed some of its words (synonyms, a
 * clause rephrased, words reordered), and sometimes the sentences around it too. The highlight must come back
 * on the sentence as it now reads while it is still there, and stay an orphan when the sentence is gone —
 * never land on other words. Graded by the share of the passage's words changed (tests/unit/anchor/rewrites.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { anchorAll, describeRange, textIndex } from '../../../lib/anchor';
import { collapseWhitespace } from '../../../lib/anchor/whitespace';
import { mount, spanOf } from './articles';
import { GRADED_ARTICLES, GRADES, gradedArticleHtml, shareChanged, type ContextChange, type Grade, type GradedArticle, type ParagraphEdit } from './rewrites';

interface Outcome {
  row: string;
  name: string;
  placed: boolean;
  correct: boolean;
  wrong: boolean;
  detail: string;
}

/** Highlights `passage` (its `occurrence`-th appearance) on the original article, then places it on the edited one. */
function revisit(a: GradedArticle, passage: string, edit: ParagraphEdit, occurrence = 1) {
  const before = mount(gradedArticleHtml(a));
  const index = textIndex(before);
  const { start, end } = spanOf(index.text, passage, occurrence);
  const selectors = describeRange(before, index.rangeAt(start, end)!)!;
  expect(selectors.quote.exact).toBe(collapseWhitespace(passage));
  const after = mount(gradedArticleHtml(a, edit));
  const placed = anchorAll(after, [{ id: 'a1', ...selectors }]).placed[0];
  const text = textIndex(after).text;
  return { placed, text, reads: placed ? text.slice(placed.start, placed.end) : '' };
}

function rewordedCase(a: GradedArticle, passageId: string, grade: Grade, context: ContextChange): Outcome {
  const p = a.passages.find((x) => x.id === passageId)!;
  const rewrite = p.rewrites[grade];
  const { placed, text, reads } = revisit(a, p.passage, { passageId, passage: rewrite, context });
  const row = `${grade} % words changed, ${context}`;
  const name = `${a.language} ${passageId}`;
  if (!placed) return { row, name, placed: false, correct: false, wrong: false, detail: 'orphan' };
  const target = spanOf(text, rewrite);
  const overlap = Math.max(0, Math.min(placed.end, target.end) - Math.max(placed.start, target.start));
  const union = Math.max(placed.end, target.end) - Math.min(placed.start, target.start);
  const correct = reads === collapseWhitespace(rewrite);
  // Placed on the passage's new wording, give or take a word at an edge; anything else is the wrong text.
  const wrong = overlap / union < 0.8;
  return { row, name, placed: true, correct, wrong, detail: `${placed.method}: "${reads}"` };
}

function goneCase(a: GradedArticle, name: string, passage: string, edit: ParagraphEdit, occurrence = 1): Outcome {
  const { placed, reads } = revisit(a, passage, edit, occurrence);
  const row = `gone: ${name.split(',')[0]}`;
  return { row, name: `${a.language} ${edit.passageId}: ${name}`, placed: Boolean(placed), correct: !placed, wrong: Boolean(placed), detail: placed ? `${placed.method}: "${reads}"` : 'orphan' };
}

const CONTEXTS: ContextChange[] = ['context kept', 'context changed'];

function allOutcomes(): Outcome[] {
  const out: Outcome[] = [];
  for (const a of GRADED_ARTICLES) {
    for (const p of a.passages) {
      for (const context of CONTEXTS) for (const grade of GRADES) out.push(rewordedCase(a, p.id, grade, context));
      for (const context of CONTEXTS) {
        out.push(goneCase(a, `deleted, ${context}`, p.passage, { passageId: p.id, passage: '', context }));
        out.push(goneCase(a, `replaced on the same subject, ${context}`, p.passage, { passageId: p.id, passage: p.replacement, context }));
      }
      out.push(goneCase(a, 'paragraph deleted', p.passage, { passageId: p.id, passage: '', context: 'context kept', dropParagraph: true }));
    }
    // The line repeated after every section: the copy after the second section is removed, the others stay.
    const second = a.passages[1]!.id;
    out.push(goneCase(a, 'repeated line removed, its paragraph kept', a.boilerplate, { passageId: second, passage: a.passages[1]!.passage, context: 'context kept', dropBoilerplate: 1 }, 2));
    out.push(goneCase(a, 'repeated line removed, its paragraph reworded', a.boilerplate, { passageId: second, passage: a.passages[1]!.rewrites[20], context: 'context changed', dropBoilerplate: 1 }, 2));
  }
  return out;
}

/**
 * Least share placed on the new wording per grade. Issue 14 asks for every passage up to 30 % with the
 * surrounding sentences kept; the rest hold what the matcher reaches today, so that it cannot slip back.
 */
const REQUIRED: Record<string, number> = {
  '10 % words changed, context kept': 1,
  '20 % words changed, context kept': 1,
  '30 % words changed, context kept': 1,
  '40 % words changed, context kept': 0.85,
  '10 % words changed, context changed': 1,
  '20 % words changed, context changed': 1,
  '30 % words changed, context changed': 0.85,
  '40 % words changed, context changed': 0.5,
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('graded rewrites', () => {
  it('change the share of words each grade says, in every passage', () => {
    for (const a of GRADED_ARTICLES) {
      for (const p of a.passages) {
        for (const grade of GRADES) expect(shareChanged(p.passage, p.rewrites[grade]), `${p.id} at ${grade} %`).toBeCloseTo(grade / 100, 1);
        expect(shareChanged(p.passage, p.replacement), `${p.id} replacement`).toBeGreaterThan(0.6);
      }
    }
  });
});

describe('re-anchoring reworded passages', () => {
  it('places passages with up to 30 % of their words changed on their new wording, and never on other text', () => {
    const all = allOutcomes();
    const rows = [...new Set(all.map((o) => o.row))].map((row) => {
      const of = all.filter((o) => o.row === row);
      const gone = row.startsWith('gone');
      return { row, gone, total: of.length, right: of.filter((o) => o.correct).length, placed: of.filter((o) => o.placed).length, wrong: of.filter((o) => o.wrong).length };
    });
    console.log(
      ['case                                      right  placed  wrong', ...rows.map((r) => `${r.row.padEnd(40)} ${`${r.right}/${r.total}`.padStart(6)}  ${`${r.placed}/${r.total}`.padStart(6)}  ${String(r.wrong).padStart(5)}`)].join('\n'),
    );
    const misses = all.filter((o) => !o.correct).map((o) => `${o.row} / ${o.name}: ${o.detail}`);
    if (misses.length) console.log(misses.join('\n'));
    for (const [row, least] of Object.entries(REQUIRED)) {
      const r = rows.find((x) => x.row === row)!;
      expect(r.right / r.total, `${row}: ${r.right}/${r.total}`).toBeGreaterThanOrEqual(least);
    }
    expect(all.filter((o) => o.wrong).map((o) => `${o.row} / ${o.name}: ${o.detail}`)).toEqual([]);
  });
});
