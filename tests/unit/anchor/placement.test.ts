// @vitest-environment happy-dom
/**
 * A student highlights passages in an article; the article changes before the next visit. For each kind of
 * change, each highlight must come back on the same words (as they now read), or be reported as an orphan
 * when the words are gone — never land on other words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { anchorAll, describeRange, textIndex } from '../../../lib/anchor';
import { collapseWhitespace } from '../../../lib/anchor/whitespace';
import { article, edited, mount, moved, replaceOnce, spanOf, type ArticleName } from './articles';

type Kind =
  | 'unchanged'
  | 'paragraphs inserted before'
  | 'nearby sentence reworded'
  | 'word changed inside'
  | 'whitespace and markup'
  | 'paragraphs reordered'
  | 'repeated phrase'
  | 'spans elements'
  | 'inside shadow root'
  | 'rewritten or deleted';

interface Case {
  kind: Kind;
  name: string;
  article: ArticleName;
  /** The page as the student saw it, when not the plain article (e.g. with a web component). */
  original?: (html: string) => string;
  /** The passage selected, as it reads, and which appearance of it (1-based) when it repeats. */
  passage: string;
  occurrence?: number;
  /** The page at the next visit. */
  changed: (html: string) => string;
  /** Where the passage must be found again and how it reads there; 'orphan' when it is gone. */
  expect: { within: string; reads: string } | 'orphan';
}

const NEW_PARAGRAPHS = `
  <p>Editor's note: this case was revised after readers wrote in. The figures below were checked again with the
  company in the autumn, and two quotations were shortened for length.</p>
  <p>Subscribe to the seminar newsletter to receive the next case study as soon as it is published.</p>`;

/** The bike article with paragraph bw-p6 rendered by a web component from its own shadow root. */
const withShadowNote = (html: string) =>
  replaceOnce(replaceOnce(html, '<p id="bw-p6">', '<spoke-note data-shadow><p id="bw-p6">'), 'workshop\'s door.\n  </p>', 'workshop\'s door.\n  </p></spoke-note>');
/** The account article with a paragraph shown through a slot of a web component (light DOM, projected). */
const withSlottedCallout = (html: string) =>
  replaceOnce(replaceOnce(html, '<p id="am-p8">', '<aside-callout data-slot><p id="am-p8">'), 'at other companies.\n    </p>', 'at other companies.\n    </p></aside-callout>');

const cases: Case[] = [
  // Nothing changed: the stored position holds.
  { kind: 'unchanged', name: 'meal kit, pause sentence', article: 'meal-kit-subscribers', passage: 'a pause keeps the door open while a cancellation closes it', changed: (h) => h, expect: { within: 'mk-p5', reads: 'a pause keeps the door open while a cancellation closes it' } },
  { kind: 'unchanged', name: 'accounts, renewals', article: 'account-management', passage: 'is measured on renewals rather than on new sales', changed: (h) => h, expect: { within: 'am-p3', reads: 'is measured on renewals rather than on new sales' } },
  { kind: 'unchanged', name: 'workshop, value proposition', article: 'bike-workshop', passage: 'The value proposition is not a repaired bicycle but the confidence to repair one yourself.', changed: (h) => h, expect: { within: 'bw-p8', reads: 'The value proposition is not a repaired bicycle but the confidence to repair one yourself.' } },

  // Text added above the passage moves every offset.
  { kind: 'paragraphs inserted before', name: 'meal kit, refund renewals', article: 'meal-kit-subscribers', passage: 'a subscriber who gets an apology and a refund within the hour is far more likely to renew', changed: (h) => replaceOnce(h, '<h2 id="h-problem">', `${NEW_PARAGRAPHS}<h2 id="h-problem">`), expect: { within: 'mk-p6', reads: 'a subscriber who gets an apology and a refund within the hour is far more likely to renew' } },
  { kind: 'paragraphs inserted before', name: 'accounts, council', article: 'account-management', passage: 'Several of the product\'s best-known reports began as requests from the council.', changed: (h) => replaceOnce(h, '<section id="tiers">', `<section id="inserted">${NEW_PARAGRAPHS}</section><section id="tiers">`), expect: { within: 'am-p7', reads: 'Several of the product\'s best-known reports began as requests from the council.' } },
  { kind: 'paragraphs inserted before', name: 'workshop, belonging', article: 'bike-workshop', passage: 'a relationship built on belonging can turn a low-margin service into a small, stable business', changed: (h) => replaceOnce(h, '<p id="bw-p7">', `${NEW_PARAGRAPHS}<p id="bw-p7">`), expect: { within: 'bw-p9', reads: 'a relationship built on belonging can turn a low-margin service into a small, stable business' } },
  { kind: 'paragraphs inserted before', name: 'workshop, short quote', article: 'bike-workshop', passage: 'they show how', changed: (h) => replaceOnce(h, '<h2>Why membership</h2>', `${NEW_PARAGRAPHS}<h2>Why membership</h2>`), expect: { within: 'bw-p4', reads: 'they show how' } },

  // The sentence before or after the passage was rewritten: one side of its context changed.
  { kind: 'nearby sentence reworded', name: 'meal kit, forum votes', article: 'meal-kit-subscribers', passage: 'Members vote on dishes before they enter the menu', changed: (h) => replaceOnce(h, 'Within six months it had become the place where new recipes were\n    tested.', 'Half a year later, it was where every new recipe got its first trial.'), expect: { within: 'mk-p7', reads: 'Members vote on dishes before they enter the menu' } },
  { kind: 'nearby sentence reworded', name: 'accounts, midnight answer', article: 'account-management', passage: 'a quick answer at midnight is worth more than a phone call', changed: (h) => edited(h, ['For them,', 'For these clients,'], ['next week.', 'some days later.']), expect: { within: 'am-p5', reads: 'a quick answer at midnight is worth more than a phone call' } },
  { kind: 'nearby sentence reworded', name: 'workshop, mentors', article: 'bike-workshop', passage: 'Mentors do not fix bikes for others; they show how.', changed: (h) => edited(h, ['a member may apply to become a bench\n    mentor.', 'any member can ask to mentor at the benches.'], ['The workshop\'s one paid mechanic', 'A single salaried mechanic']), expect: { within: 'bw-p4', reads: 'Mentors do not fix bikes for others; they show how.' } },
  { kind: 'nearby sentence reworded', name: 'accounts, logged promises', article: 'account-management', passage: 'every promise made to a client must be logged where the product team can see it', changed: (h) => replaceOnce(h, 'Northwind\'s answer has been transparency: a public roadmap,', 'So far the remedy has been openness: a roadmap anyone can read,'), expect: { within: 'am-p10', reads: 'every promise made to a client must be logged where the product team can see it' } },

  // The passage itself was touched up: one word changed (and its surroundings may have moved too).
  { kind: 'word changed inside', name: 'meal kit, hassle', article: 'meal-kit-subscribers', passage: 'people were not breaking up with the recipes, they were breaking up with the hassle', changed: (h) => replaceOnce(h, 'they were breaking up with the hassle', 'they were breaking up with the bother'), expect: { within: 'mk-p3', reads: 'people were not breaking up with the recipes, they were breaking up with the bother' } },
  { kind: 'word changed inside', name: 'accounts, co-creation', article: 'account-management', passage: 'Co-creation of this kind ties clients to the vendor in a way no contract can.', changed: (h) => replaceOnce(h, 'ties clients to the vendor', 'binds clients to the vendor'), expect: { within: 'am-p8', reads: 'Co-creation of this kind binds clients to the vendor in a way no contract can.' } },
  { kind: 'word changed inside', name: 'workshop, door, after insertion', article: 'bike-workshop', passage: 'The ride is free and open to anyone, and it ends, conveniently, at the workshop\'s door.', changed: (h) => replaceOnce(replaceOnce(h, 'The ride is free and open', 'The ride is free and welcoming'), '<h2>Why membership</h2>', `${NEW_PARAGRAPHS}<h2>Why membership</h2>`), expect: { within: 'bw-p6', reads: 'The ride is free and welcoming to anyone, and it ends, conveniently, at the workshop\'s door.' } },
  { kind: 'word changed inside', name: 'meal kit, first word changed', article: 'meal-kit-subscribers', passage: 'Nobody expected much from the forum.', changed: (h) => replaceOnce(h, 'Nobody expected much', 'Few expected much'), expect: { within: 'mk-p7', reads: 'Few expected much from the forum.' } },
  { kind: 'word changed inside', name: 'accounts, dashboards, typo fixed', article: 'account-management', passage: 'relies on usage dashboards to spot trouble', changed: (h) => replaceOnce(h, 'relies on usage dashboards', 'relies on product-usage dashboards'), expect: { within: 'am-p4', reads: 'relies on product-usage dashboards to spot trouble' } },

  // Same words, different whitespace and inline markup (links added, words emphasised, spans inside words).
  { kind: 'whitespace and markup', name: 'meal kit, bucket with emphasis moved', article: 'meal-kit-subscribers', passage: 'the company was paying to fill a bucket with a hole in the bottom', changed: (h) => replaceOnce(h, 'was <em>paying</em> to fill a bucket with a hole', 'was paying to fill <a href="#leaky">a <strong>bucket</strong></a> with a\n     hole'), expect: { within: 'mk-p2', reads: 'the company was paying to fill a bucket with a hole in the bottom' } },
  { kind: 'whitespace and markup', name: 'accounts, word split by spans', article: 'account-management', passage: 'The dedicated managers look expensive until one compares them with the revenue at stake.', changed: (h) => replaceOnce(h, 'look expensive until', 'look <span class="hl">expen</span><span>sive</span>&nbsp;&nbsp;until'), expect: { within: 'am-p6', reads: 'The dedicated managers look expensive until one compares them with the revenue at stake.' } },
  { kind: 'whitespace and markup', name: 'workshop, reflowed source', article: 'bike-workshop', passage: 'A member who learns to true a wheel keeps coming back to learn the next skill', changed: (h) => replaceOnce(h, 'A member who learns to true a wheel keeps coming back to learn the next\n    skill', 'A member who\n        learns to <em>true</em> a wheel keeps coming back\n        to learn the next skill'), expect: { within: 'bw-p3', reads: 'A member who learns to true a wheel keeps coming back to learn the next skill' } },
  { kind: 'whitespace and markup', name: 'meal kit, soft hyphens', article: 'meal-kit-subscribers', passage: 'Management kept it anyway', changed: (h) => replaceOnce(h, 'Management kept it anyway', 'Manage&shy;ment kept it any&#8203;way'), expect: { within: 'mk-p6', reads: 'Management kept it anyway' } },

  // Paragraphs moved around: the passage is far from its old position.
  { kind: 'paragraphs reordered', name: 'meal kit, lesson moved up', article: 'meal-kit-subscribers', passage: 'acquisition and retention are two sides of one relationship', changed: (h) => moved(h, 'p', 'mk-p9', 'mk-p3'), expect: { within: 'mk-p9', reads: 'acquisition and retention are two sides of one relationship' } },
  { kind: 'paragraphs reordered', name: 'accounts, risks first', article: 'account-management', passage: 'account managers can grow so close to a client that they promise things the product team cannot deliver', changed: (h) => moved(h, 'section', 'risks', 'tiers'), expect: { within: 'am-p9', reads: 'account managers can grow so close to a client that they promise things the product team cannot deliver' } },
  { kind: 'paragraphs reordered', name: 'accounts, a whole paragraph moved to the top', article: 'account-management', passage: 'Northwind\'s answer has been transparency: a public roadmap, clear service levels for each tier, and a rule that every promise made to a client must be logged where the product team can see it.', changed: (h) => moved(h, 'p', 'am-p10', 'am-p1'), expect: { within: 'am-p10', reads: 'Northwind\'s answer has been transparency: a public roadmap, clear service levels for each tier, and a rule that every promise made to a client must be logged where the product team can see it.' } },
  { kind: 'paragraphs reordered', name: 'workshop, library moved down', article: 'bike-workshop', passage: 'gives members a reason to think of the workshop as theirs', changed: (h) => moved(moved(h, 'p', 'bw-p7', 'bw-p9'), 'p', 'bw-p2', 'bw-p5'), expect: { within: 'bw-p7', reads: 'gives members a reason to think of the workshop as theirs' } },

  // "Members come first." appears three times: the context must pick the right one.
  { kind: 'repeated phrase', name: 'second of three, text inserted before', article: 'bike-workshop', passage: 'Members come first.', occurrence: 2, changed: (h) => replaceOnce(h, '<h2>Why membership</h2>', `${NEW_PARAGRAPHS}<h2>Why membership</h2>`), expect: { within: 'bw-p3', reads: 'Members come first.' } },
  { kind: 'repeated phrase', name: 'third of three, first one deleted', article: 'bike-workshop', passage: 'Members come first.', occurrence: 3, changed: (h) => replaceOnce(h, ' <strong>Members come first.</strong> That sentence is\n    painted above the door.', ''), expect: { within: 'bw-p5', reads: 'Members come first.' } },
  { kind: 'repeated phrase', name: 'second of three, sentence before reworded', article: 'bike-workshop', passage: 'Members come first.', occurrence: 2, changed: (h) => replaceOnce(h, 'brings friends, and stays for coffee.', 'invites a neighbour, and lingers over tea.'), expect: { within: 'bw-p3', reads: 'Members come first.' } },
  { kind: 'repeated phrase', name: 'first of three, paragraphs swapped', article: 'bike-workshop', passage: 'Members come first.', occurrence: 1, changed: (h) => moved(h, 'p', 'bw-p5', 'bw-p1'), expect: { within: 'bw-p1', reads: 'Members come first.' } },

  // The selection crosses element boundaries: list items, table cells, a blockquote.
  { kind: 'spans elements', name: 'meal kit, two list items', article: 'meal-kit-subscribers', passage: 'in two taps, without talking to anyone. A person when it matters.', changed: (h) => replaceOnce(h, '<h2 id="h-problem">', `${NEW_PARAGRAPHS}<h2 id="h-problem">`), expect: { within: 'mk-list', reads: 'in two taps, without talking to anyone. A person when it matters.' } },
  { kind: 'spans elements', name: 'accounts, table cells', article: 'account-management', passage: 'Dedicated account manager about 9,000 euros', changed: (h) => replaceOnce(h, '<section id="tiers">', `<section id="inserted">${NEW_PARAGRAPHS}</section><section id="tiers">`), expect: { within: 'am-table', reads: 'Dedicated account manager about 9,000 euros' } },
  { kind: 'spans elements', name: 'workshop, heading into paragraph', article: 'bike-workshop', passage: 'What the canvas shows Drawn on a Business Model Canvas', changed: (h) => replaceOnce(h, 'A four-week course', 'A four-week evening course'), expect: { within: 'workshop', reads: 'What the canvas shows Drawn on a Business Model Canvas' } },

  // The passage is text a web component renders (open shadow root), or light DOM shown through a slot.
  { kind: 'inside shadow root', name: 'workshop, note component, text inserted before', article: 'bike-workshop', original: withShadowNote, passage: 'The ride is free and open to anyone', changed: (h) => replaceOnce(withShadowNote(h), '<h2>Why membership</h2>', `${NEW_PARAGRAPHS}<h2>Why membership</h2>`), expect: { within: 'bw-p6', reads: 'The ride is free and open to anyone' } },
  { kind: 'inside shadow root', name: 'workshop, note component, word changed', article: 'bike-workshop', original: withShadowNote, passage: 'New members arrive because a friend brought them', changed: (h) => replaceOnce(withShadowNote(h), 'because a friend brought them', 'because a friend invited them'), expect: { within: 'bw-p6', reads: 'New members arrive because a friend invited them' } },
  { kind: 'inside shadow root', name: 'accounts, slotted callout', article: 'account-management', original: withSlottedCallout, passage: 'A finance team that helped shape a tool is reluctant to replace it', changed: (h) => replaceOnce(withSlottedCallout(h), '<section id="tiers">', `<section id="inserted">${NEW_PARAGRAPHS}</section><section id="tiers">`), expect: { within: 'am-p8', reads: 'A finance team that helped shape a tool is reluctant to replace it' } },

  // The words are gone: rewritten in other words, or deleted. The highlight must become an orphan.
  ...(['a pause keeps the door open while a cancellation closes it', 'people were not breaking up with the recipes, they were breaking up with the hassle', 'Members vote on dishes before they enter the menu', 'a subscriber who gets an apology and a refund within the hour is far more likely to renew', 'A company that only measures sign-ups will keep spending to replace the people it loses', 'a kitchen full of people who talk to each other', 'nobody had answered an email about a missing sauce'] as const).map(
    (passage): Case => ({ kind: 'rewritten or deleted', name: `meal kit rewritten: "${passage.slice(0, 24)}…"`, article: 'meal-kit-subscribers', passage, changed: () => article('meal-kit-subscribers.rewritten'), expect: 'orphan' }),
  ),
  { kind: 'rewritten or deleted', name: 'accounts, paragraph deleted', article: 'account-management', passage: 'Small clients get no named contact at all.', changed: (h) => replaceOnce(h, h.slice(h.indexOf('<p id="am-p5">'), h.indexOf('</p>', h.indexOf('<p id="am-p5">')) + 4), ''), expect: 'orphan' },
  { kind: 'rewritten or deleted', name: 'workshop, sentence deleted, repeats remain', article: 'bike-workshop', passage: 'Members come first.', occurrence: 2, changed: (h) => replaceOnce(h, 'and stays for coffee. <strong>Members come first.</strong> In practice that means members\n    book benches online, while walk-ins wait for a free spot.', 'and stays for coffee.'), expect: 'orphan' },
];

interface Outcome {
  kind: Kind;
  name: string;
  correct: boolean;
  wrongPlace: boolean;
  detail: string;
}

/** Highlights the passage on the original page as a user would (a DOM selection), then revisits the changed page. */
function run(c: Case): Outcome {
  const original = (c.original ?? ((h: string) => h))(article(c.article));
  const before = mount(original);
  const index = textIndex(before);
  const { start, end } = spanOf(index.text, c.passage, c.occurrence);
  const selection = index.rangeAt(start, end);
  const selectors = selection && describeRange(before, selection);
  if (!selectors) return { kind: c.kind, name: c.name, correct: false, wrongPlace: false, detail: 'could not describe the selection' };
  expect(selectors.quote.exact).toBe(collapseWhitespace(c.passage));

  const after = mount(c.changed(article(c.article)));
  const result = anchorAll(after, [{ id: 'a1', ...selectors }]);
  const placed = result.placed[0];
  if (c.expect === 'orphan') {
    const found = placed ? textIndex(after).text.slice(placed.start, placed.end) : '';
    return { kind: c.kind, name: c.name, correct: !placed, wrongPlace: Boolean(placed), detail: placed ? `placed on "${found}"` : 'orphan' };
  }
  if (!placed) return { kind: c.kind, name: c.name, correct: false, wrongPlace: false, detail: 'orphan' };
  const { within, reads: expected } = c.expect;
  const reads = textIndex(after).text.slice(placed.start, placed.end);
  const inside = [placed.range.startContainer, placed.range.endContainer].every((n) => elementOf(n)?.closest(`#${within}`));
  const correct = reads === expected && inside;
  return { kind: c.kind, name: c.name, correct, wrongPlace: !correct, detail: `${placed.method}: "${reads}"${inside ? '' : ` (outside #${within})`}` };
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Least share of passages placed correctly, per kind of change (for orphans: reported as orphans). */
const THRESHOLDS: Record<Kind, number> = {
  unchanged: 1,
  'paragraphs inserted before': 1,
  'nearby sentence reworded': 1,
  'word changed inside': 1,
  'whitespace and markup': 1,
  'paragraphs reordered': 1,
  'repeated phrase': 1,
  'spans elements': 1,
  'inside shadow root': 1,
  'rewritten or deleted': 1,
};

describe('re-anchoring highlights after the article changed', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  const outcomes = () => cases.map(run);

  it('places each kind of change at least as often as its threshold, and never on the wrong words', () => {
    const all = outcomes();
    const rows = (Object.keys(THRESHOLDS) as Kind[]).map((kind) => {
      const ofKind = all.filter((o) => o.kind === kind);
      const ok = ofKind.filter((o) => o.correct).length;
      return { kind, placed: `${ok}/${ofKind.length}`, rate: ofKind.length ? ok / ofKind.length : 0, threshold: THRESHOLDS[kind] };
    });
    console.log(['kind of change                 correct  rate   threshold', ...rows.map((r) => `${r.kind.padEnd(30)} ${r.placed.padStart(7)}  ${r.rate.toFixed(2).padStart(4)}  ${r.threshold.toFixed(2).padStart(4)}`)].join('\n'));
    const failures = all.filter((o) => !o.correct).map((o) => `${o.kind} / ${o.name}: ${o.detail}`);
    if (failures.length) console.log(failures.join('\n'));
    for (const row of rows) expect(row.rate, `${row.kind}: ${row.placed}`).toBeGreaterThanOrEqual(row.threshold);
    expect(all.filter((o) => o.wrongPlace).map((o) => `${o.name}: ${o.detail}`)).toEqual([]);
    expect(rows.every((r) => r.placed !== '0/0')).toBe(true);
  });
});
