import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storeErrorText } from '../../../components/drafts/store-words';
import { translator, type Translate } from '../../../lib/i18n/catalogue';
import { LANGUAGES, type Language } from '../../../lib/i18n/languages';
import draftsDe from '../../../lib/i18n/messages/drafts.de';
import draftsEn from '../../../lib/i18n/messages/drafts.en';
import draftsFr from '../../../lib/i18n/messages/drafts.fr';
import editorDe from '../../../lib/i18n/messages/editor.de';
import editorEn from '../../../lib/i18n/messages/editor.en';
import editorFr from '../../../lib/i18n/messages/editor.fr';
import { loadPack } from '../../../lib/i18n/packs';
import { diffDrafts } from '../../../lib/model/diff';
import { mergeDrafts, placeOf } from '../../../lib/model/merge';
import { describePlace, type PlaceWords } from '../../../lib/model/place';
import { storageError, type StoreError } from '../../../lib/store/errors';
import { DraftSession } from '../../../lib/store/session';
import { ManualTimers, coworkingContent, expectOk, openTestStore } from '../store/harness';

/** The editor's place words in `lang`, types and phases named from that language's pack, as the panel does. */
async function placeWords(lang: 'de' | 'fr'): Promise<PlaceWords> {
  const pack = await loadPack(lang);
  const core = translator<'core'>(pack.core, lang, pack.core);
  return {
    t: translator<'editor'>(editorEn, lang, lang === 'de' ? editorDe : editorFr),
    typeName: (id) => pack.types[id]?.name ?? id,
    phaseName: (phase) => core(`phase.${phase}`),
  };
}

const draftsIn = (lang: Language): Translate<'drafts'> =>
  translator<'drafts'>(draftsEn, lang, lang === 'de' ? draftsDe : lang === 'fr' ? draftsFr : undefined);

describe('places in a draft, named in the reader’s language', () => {
  const base = coworkingContent();
  const offices = base.segments[0]!;
  const keepTactic = offices.grid.keep[0]!;

  it('names a conflicting tactic by segment, phase and field in German and French', async () => {
    const place = placeOf(['segments', `id:${offices.id}`, 'grid', 'keep', `id:${keepTactic.id}`, 'text'], base);
    expect(describePlace(place)).toBe(`Segment “${offices.name}” › Keep › tactic`);
    expect(describePlace(place, await placeWords('de'))).toBe(`Segment „${offices.name}“ › Binden › Maßnahme`);
    expect(describePlace(place, await placeWords('fr'))).toBe(`Segment «\u00a0${offices.name}\u00a0» › Fidéliser › action`);
  });

  it('names a type by its translated name, an unnamed segment and the whole draft in the reader’s words', async () => {
    const de = await placeWords('de');
    const withType = { ...base, segments: [{ ...offices, name: '', types: [{ typeId: 'self-service', rationale: '' }] }] };
    expect(describePlace(placeOf(['segments', `id:${offices.id}`, 'types', 'type:self-service', 'rationale'], withType), de))
      .toBe('Segment „ohne Namen“ › Selbstbedienung › Begründung');
    expect(describePlace([], de)).toBe('Entwurf');
    expect(describePlace(placeOf(['summary'], base), await placeWords('fr'))).toBe('Ligne de synthèse');
  });

  it('lists the history’s changes with places the panel can name in any language', async () => {
    const next = structuredClone(base);
    next.segments[0]!.grid.get.push({ id: 'new-get', text: 'Tag der offenen Tür', channel: '' });
    const [change] = diffDrafts(base, next);
    expect(change).toMatchObject({ kind: 'added', after: 'Tag der offenen Tür' });
    expect(describePlace(change!.where, await placeWords('de'))).toBe(`Segment „${offices.name}“ › Gewinnen`);
    expect(describePlace(change!.where, await placeWords('fr'))).toBe(`Segment «\u00a0${offices.name}\u00a0» › Conquérir`);
  });

  it('keeps conflicts as places, not English sentences, so the panel names them after the fact', () => {
    const mine = { ...base, title: 'Mine' };
    const theirs = { ...base, title: 'Theirs' };
    const { conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts.map((p) => placeOf(p, mine))).toEqual([[{ kind: 'field', field: 'title' }]]);
  });
});

describe('store problems in the reader’s language', () => {
  const kinds: StoreError[] = [
    { kind: 'conflict', message: 'x', current: undefined as never },
    { kind: 'not-found', message: 'x' },
    { kind: 'invalid', message: 'x', problems: ['draft d1.title: expected string'] },
    { kind: 'quota', message: 'x' },
    { kind: 'version', message: 'x' },
    { kind: 'closed', message: 'x' },
    { kind: 'unavailable', message: 'x' },
    { kind: 'blocked', message: 'x' },
    storageError(Object.assign(new Error('disk on fire'), { name: 'WeirdError' })),
  ];

  it.each(['de', 'fr'] as const)('says every kind of problem in %s, with the schema’s detail and the browser’s words kept', (lang) => {
    const t = draftsIn(lang);
    const texts = kinds.map((e) => storeErrorText(e, t));
    const english = kinds.map((e) => storeErrorText(e, draftsIn('en')));
    texts.forEach((text, i) => expect(text, kinds[i]!.kind).not.toBe(english[i]));
    expect(texts.every((text) => !/\{\w+\}/.test(text))).toBe(true);
    expect(texts[2]).toContain('draft d1.title: expected string');
    expect(texts[8]).toContain('disk on fire');
  });

  it('says in German that the quota is full', () => {
    expect(storeErrorText({ kind: 'quota', message: 'x' }, draftsIn('de'))).toMatch(/^Der Browser hat keinen Platz mehr/);
    expect(storeErrorText({ kind: 'invalid', message: 'x', problems: ['title: too long'] }, draftsIn('fr'))).toBe('Non enregistré\u00a0: title: too long');
  });
});

describe('keeping both versions of a conflict', () => {
  it('titles the copy in the reader’s language', async () => {
    const a = await openTestStore();
    const b = await openTestStore(a.name);
    const draft = expectOk(await a.store.create(coworkingContent()));
    const mine = new DraftSession(a.store, draft, { timers: new ManualTimers() });
    const theirs = new DraftSession(b.store, draft, { timers: new ManualTimers() });
    theirs.edit((c) => ({ ...c, title: 'Ihr Titel' }));
    await theirs.flush();
    mine.edit((c) => ({ ...c, title: 'Mein Titel' }));
    await mine.flush();
    expect(mine.state.status.kind).toBe('conflict');
    const t = translator<'editor'>(editorEn, 'de', editorDe);
    const copy = await mine.keepBoth((title) => t('save.myVersion', { title }));
    expect(copy?.title).toBe('Mein Titel (meine Fassung)');
  });
});

describe('buttons whose accessible name says more than their text', () => {
  // What a speech-input user says is the visible text: the accessible name must contain it (axe's
  // label-content-name-mismatch), in every language.
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const params = { segment: 'Students', type: 'Fans', phase: 'Get', number: 1, text: 'Which metric?', quote: 'A quote', title: 'Gym' };
  const editorPairs = [
    ['type.add', 'type.addTo'], ['segment.remove', 'segment.removeLabel'], ['action.remove', 'type.removeLabel'],
    ['action.remove', 'tactic.removeLabel'], ['action.remove', 'evidence.removeLabel'], ['tactic.add', 'tactic.addLabel'],
    ['comments.resolve', 'comments.resolveLabel'], ['comments.reopen', 'comments.reopenLabel'],
  ] as const;

  it.each(LANGUAGES)('contain their visible text in %s', async (lang) => {
    const editor = lang === 'en' ? editorEn : ((await import(`../../../lib/i18n/messages/editor.${lang}.ts`)) as { default: typeof editorDe }).default;
    const drafts = lang === 'en' ? draftsEn : ((await import(`../../../lib/i18n/messages/drafts.${lang}.ts`)) as { default: typeof draftsDe }).default;
    const t = translator<'editor'>(editorEn, lang, editor);
    const d = translator<'drafts'>(draftsEn, lang, drafts);
    for (const [text, label] of editorPairs) expect(words(t(label, params)), `${lang} ${label}`).toContain(words(t(text, params)));
    expect(words(d('trash.restoreLabel', params))).toContain(words(d('trash.restore')));
  });
});
