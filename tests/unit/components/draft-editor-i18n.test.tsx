// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftEditor } from '../../../components/drafts/DraftEditor';
import { EditorText } from '../../../components/drafts/editor-text';
import { History } from '../../../components/drafts/History';
import { DraftsText } from '../../../components/drafts/text';
import { Trash } from '../../../components/drafts/Trash';
import { I18nRoot, loadLanguage } from '../../../components/i18n';
import type { Language } from '../../../lib/i18n/languages';
import type { DraftStore } from '../../../lib/store/drafts';
import { coworkingContent, expectOk, openTestStore } from '../store/harness';

/** The drafts views as the panel shows them: inside the panel's language, the drafts area's and the editor's words. */
async function inLanguage(lang: Language, children: ComponentChildren) {
  const initial = await loadLanguage(lang);
  return render(
    <I18nRoot initial={initial} initialChoice={lang} browserTags={[lang]}>
      <DraftsText>
        <EditorText>{children}</EditorText>
      </DraftsText>
    </I18nRoot>,
  );
}

async function freshStore(): Promise<DraftStore> {
  return (await openTestStore()).store;
}

describe('the draft editor in German', () => {
  afterEach(cleanup);

  it('labels the title, the segments and the Get / Keep / Grow grid in German', async () => {
    const store = await freshStore();
    const draft = expectOk(await store.create());
    await inLanguage('de', <DraftEditor store={store} id={draft.id} />);

    const title = await screen.findByRole('textbox', { name: 'Titel des Entwurfs' });
    expect(title.getAttribute('placeholder')).toBe('Entwurf ohne Titel');
    expect(screen.getByRole('heading', { name: 'Kundensegmente' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Verlauf' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Segment hinzufügen' }));
    const grid = await screen.findByRole('group', { name: 'Maßnahmen zum Gewinnen, Binden und Ausbauen für Segment 1' });
    expect(within(grid).getByText('Noch keine Maßnahme für „Gewinnen“.')).toBeTruthy();
    fireEvent.click(within(grid).getByRole('button', { name: 'Maßnahme „Gewinnen“ für Segment 1 hinzufügen' }));
    const tactic = await screen.findByRole('textbox', { name: 'Maßnahme 1 (Gewinnen)' });
    fireEvent.input(tactic, { target: { value: 'Tag der offenen Tür' } });
    expect(screen.getByRole('textbox', { name: 'Kanal für Maßnahme 1 (Gewinnen)' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Beziehungstyp, der zu Segment 1 hinzukommt' })).toBeTruthy();
    // The types to choose from carry their German names.
    expect(screen.getByRole('option', { name: 'Selbstbedienung' })).toBeTruthy();
    await screen.findByText('Gespeichert', {}, { timeout: 3000 });
  });

  it('names the fields of a comment and asks for the author’s name in German', async () => {
    const store = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    await inLanguage('de', <DraftEditor store={store} id={draft.id} />);

    const about = await screen.findByRole('combobox', { name: 'Betrifft' });
    // Targets are named with the exports' words and the German phase names.
    expect(within(about).getByRole('option', { name: 'Der ganze Entwurf' })).toBeTruthy();
    expect(within(about).getByRole('option', { name: 'Segment „Offices“ › Individuelle persönliche Betreuung' })).toBeTruthy();
    expect(within(about).getByRole('option', { name: /^Segment „Offices“ › Binden › .Quarterly review.$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kommentar hinzufügen' }));
    expect(screen.getByRole('alert').textContent).toBe('Geben Sie zuerst Ihren Namen ein: Er erscheint bei Ihren Kommentaren.');
  });
});

describe('the trash and the history in French', () => {
  afterEach(cleanup);

  it('lists a deleted draft with a French time and restores it with a French confirmation', async () => {
    const store = await freshStore();
    const draft = expectOk(await store.create({ title: 'Salle de sport' }));
    expectOk(await store.trash(draft.id));
    await inLanguage('fr', <Trash store={store} />);

    const list = await screen.findByRole('list', { name: 'Brouillons supprimés' });
    // The test clock is in March 2025: more than a week ago, so the date itself, written the French way.
    expect(within(list).getByText(/^supprimé /).textContent).toMatch(/^supprimé \d+ mars 2025$/);
    fireEvent.click(within(list).getByRole('button', { name: 'Restaurer «\u00a0Salle de sport\u00a0»' }));
    expect((await screen.findByRole('status')).textContent).toBe('«\u00a0Salle de sport\u00a0» restauré.');
    await screen.findByText('La corbeille est vide.');
  });

  it('shows the saved versions with French words and counts', async () => {
    const store = await freshStore();
    const draft = expectOk(await store.create(coworkingContent()));
    await inLanguage('fr', <History store={store} id={draft.id} />);

    const versions = await screen.findByRole('list', { name: 'Versions enregistrées' });
    const first = (await within(versions).findAllByRole('listitem'))[0]!;
    expect(first.textContent).toContain('Version 1');
    expect(first.textContent).toContain('créé');
    expect(first.textContent).toContain('2 segments, 2 types, 3 actions');
    expect(within(first).getByText('Version actuelle')).toBeTruthy();
    expect(screen.getByText('Les 50 dernières versions de chaque brouillon sont conservées.')).toBeTruthy();
  });
});
