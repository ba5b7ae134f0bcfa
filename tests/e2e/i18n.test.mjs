// End-to-end: the product in the browser's language (German and French browsers, set at launch), the language
// setting in the panel, and the chip that follows the canvas page's language.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { selectWithMouse } from '../../scripts/select-text.mjs';
import { serve } from '../../scripts/serve.mjs';
import { classFiles } from '../support/class-files.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'canvases');
const ARTICLE = join(import.meta.dirname, '..', 'fixtures', 'demo');

const typeNames = (p, list) => p.getByRole('list', { name: list }).getByRole('listitem').locator('.type-name').allTextContents();

describe('a German browser', () => {
  let browser;
  let server;
  before(async () => {
    server = await serve(FIXTURES);
    browser = await launchWithExtension({ lang: 'de', viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('names the extension in German', async () => {
    assert.equal(await browser.worker.evaluate(() => chrome.i18n.getMessage('locale')), 'de');
    assert.equal(await browser.worker.evaluate(() => chrome.i18n.getMessage('extName')), 'Kundenbeziehungen-Assistent');
  });

  it('shows the catalogue in German, finds a type by its French name, and opens its page in German', async () => {
    const p = await browser.context.newPage();
    await p.goto(browser.panelUrl);
    await p.getByRole('heading', { name: 'Kundenbeziehungen', level: 1 }).waitFor();
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'de');
    await p.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Katalog' }).waitFor();
    const names = await typeNames(p, 'Beziehungstypen');
    assert.equal(names.length, 12);
    assert.ok(names.includes('Selbstbedienung'), names.join(', '));
    assert.equal(await p.getByRole('status').textContent(), '12 Typen');
    await p.getByRole('searchbox', { name: 'Beziehungstypen durchsuchen' }).fill('libre-service');
    await p.waitForFunction(() => document.querySelector('.type-name')?.textContent === 'Selbstbedienung');
    await p.getByRole('link', { name: /^Selbstbedienung/ }).click();
    await p.getByRole('heading', { name: 'Selbstbedienung', level: 2 }).waitFor();
    await p.getByRole('heading', { name: 'Vorteile' }).waitFor();
    await p.getByRole('button', { name: 'Zum Vergleich hinzufügen' }).waitFor();
    // The page's own text is German too: definition, the English name for reading English sources, and metrics.
    await p.getByText(/^Das Unternehmen stellt alles bereit, was der Kunde braucht/).waitFor();
    await p.getByText('Auf Englisch: Self-service').waitFor();
    await p.getByRole('heading', { name: 'Wann er passt' }).waitFor();
    await p.getByText('Kundenaufwand (Customer Effort Score)').waitFor();
    assert.equal(await p.getByText('Also called').count(), 0);
    await p.close();
  });

  it('opens the drafts area from the German navigation and keeps the layout within a 320 px panel', async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 320, height: 700 });
    await p.goto(browser.panelUrl);
    await p.getByRole('link', { name: 'Entwürfe' }).click();
    await p.waitForFunction(() => location.hash === '#/drafts');
    await p.getByRole('link', { name: 'Katalog' }).click();
    await p.getByRole('list', { name: 'Beziehungstypen' }).waitFor();
    // Long German words (Individuelle persönliche Betreuung, Überwiegend automatisiert) wrap instead of widening the page.
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await p.close();
  });

  it('lists a new draft in German, with German plurals and times', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${browser.panelUrl}#/drafts`);
    await p.getByRole('heading', { name: 'Entwürfe', level: 2 }).waitFor();
    await p.getByRole('button', { name: 'Neuer Entwurf' }).click();
    await p.waitForFunction(() => location.hash.startsWith('#/draft/'));
    await p.getByRole('textbox', { name: 'Titel des Entwurfs' }).fill('Frischekiste');
    await p.getByRole('status').filter({ hasText: /^Gespeichert$/ }).waitFor();
    await p.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Entwürfe' }).click();
    const list = p.getByRole('list', { name: 'Ihre Entwürfe' });
    await list.getByRole('link', { name: 'Frischekiste' }).waitFor();
    assert.match(await list.getByRole('listitem').first().textContent(), /0 Segmente · geändert jetzt/);
    await list.getByRole('button', { name: '„Frischekiste“ duplizieren' }).click();
    await p.getByRole('status').filter({ hasText: '„Frischekiste“ dupliziert.' }).waitFor();
    await p.close();
  });

  it('exports the draft as Markdown in German by default, and in French when chosen at export', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${browser.panelUrl}#/exchange`);
    await p.getByRole('heading', { name: 'Export und Import', level: 2 }).waitFor();
    await p.getByRole('radio', { name: 'Ausgewählte Entwürfe' }).check();
    await p.getByRole('checkbox', { name: 'Frischekiste' }).first().check();
    await p.getByRole('combobox', { name: 'Format' }).selectOption('markdown');
    const language = p.getByRole('combobox', { name: 'Sprache des exportierten Textes' });
    assert.equal(await language.inputValue(), 'de');
    const markdown = async () => {
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Herunterladen' }).click()]);
      const path = join(tmpdir(), `crc-i18n-${Date.now()}.md`);
      await download.saveAs(path);
      return readFileSync(path, 'utf8');
    };
    const german = await markdown();
    assert.match(german, /^# Frischekiste/m);
    assert.match(german, /Noch keine Kundensegmente\./);
    assert.match(german, /Exportiert am \d{4}-\d{2}-\d{2} aus /);
    await language.selectOption({ label: 'Français' });
    const french = await markdown();
    assert.match(french, /Pas encore de segment de clientèle\./);
    assert.match(french, /Exporté le \d{4}-\d{2}-\d{2} depuis /);
    await p.close();
  });

  it('asks the Advisor’s questions in German, explains its ranking and applies it in German, within a 320 px panel', async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 320, height: 900 });
    await p.goto(browser.panelUrl);
    await p.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    // Every text the panel shows on the way, however briefly (the store gate says a word while the drafts open).
    await p.evaluate(() => {
      window.seenTexts = [];
      new MutationObserver(() => window.seenTexts.push(document.querySelector('main')?.textContent ?? '')).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await p.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Berater' }).click();
    await p.getByRole('heading', { level: 2, name: 'Berater' }).waitFor();
    await p.getByRole('group', { name: 'Was erwarten die Kunden dieses Segments von Ihnen?' }).getByRole('checkbox', { name: 'Schnelligkeit und Bequemlichkeit' }).check();
    await p.getByRole('group', { name: 'Wie viele Kunden umfasst dieses Segment?' }).getByRole('radio', { name: 'Millionen' }).check();
    await p.getByRole('group', { name: /^Wie viel ist Ihnen ein Kunde/ }).getByRole('radio', { name: 'Gering' }).check();

    await p.getByRole('status').filter({ hasText: /^Bisher am besten geeignet: Automatisierter Service, Selbstbedienung/ }).waitFor();
    const first = p.getByRole('list', { name: 'Beziehungstypen, nach Eignung für dieses Segment geordnet' }).getByRole('listitem').first();
    assert.equal(await first.getByRole('link').textContent(), 'Automatisierter Service');
    const reasons = await first.getByRole('list', { name: 'Gründe für Automatisierter Service' }).getByRole('listitem').allTextContents();
    assert.ok(reasons.includes('+3 Millionen Kunden lassen sich nur mit Automatisierung einzeln bedienen'), reasons.join(' | '));
    assert.ok(reasons.includes('+3 Sie wollen es schnell und bequem, und Automatisierung liefert das rund um die Uhr'), reasons.join(' | '));
    assert.match(await first.textContent(), /\(geringe Betreuungskosten, Automatisierung 95\/100\)\./);
    // The starter grid suggests its tactics in German too.
    const keep = p.getByRole('group', { name: 'Vorgeschlagene Maßnahmen: Binden' });
    assert.match(await keep.getByRole('listitem').first().textContent(), /als im Vorquartal/);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);

    // Applying it: the pickers, what was done and the link to the draft read in German, the draft's name included.
    const apply = p.getByRole('group', { name: 'In einen Entwurf übernehmen' });
    await apply.getByRole('combobox', { name: 'Entwurf', exact: true }).selectOption({ label: 'Neuer Entwurf' });
    await apply.getByRole('textbox', { name: 'Name des neuen Segments' }).fill('Pendler');
    await apply.getByRole('button', { name: 'In Entwurf übernehmen' }).click();
    await p.getByRole('status').filter({ hasText: 'Übernommen in „Entwurf ohne Titel“ › Pendler.' }).waitFor();
    const seen = await p.evaluate(() => window.seenTexts.join('\n'));
    assert.doesNotMatch(seen, /Opening your drafts|Loading…/);
    await p.getByRole('link', { name: 'Entwurf öffnen' }).click();
    await p.getByRole('region', { name: 'Segment: Pendler' }).waitFor();
    await p.close();
  });

  it('shows the Class area and the Canvas view in German: headings, tabs, buttons and the rubric’s default criteria', async () => {
    const work = mkdtempSync(join(tmpdir(), 'crc-i18n-class-'));
    try {
      const paths = classFiles(3).map((f) => {
        const path = join(work, f.name);
        writeFileSync(path, f.text);
        return path;
      });
      const p = await browser.context.newPage();
      await p.goto(`${browser.panelUrl}#/cohorts`);
      await p.getByRole('heading', { name: 'Kurs', level: 2 }).waitFor();
      await p.getByRole('heading', { name: 'Kurs importieren', level: 3 }).waitFor();
      await p.getByLabel('Dateien oder ZIP-Archive zum Import wählen (oder hierher ziehen)').setInputFiles(paths);
      const preview = p.getByRole('region', { name: 'Vorschau: 3 Dateien' });
      await preview.getByText('3 Dateien bereit (3 Entwürfe).').waitFor();
      await preview.getByRole('textbox', { name: 'Name der neuen Kohorte' }).fill('Frühjahrskurs');
      await preview.getByRole('button', { name: '3 Dateien importieren' }).click();
      await p.getByRole('link', { name: 'Kohorte öffnen' }).click();
      await p.getByRole('heading', { name: 'Frühjahrskurs', level: 2 }).waitFor();
      const views = p.getByRole('group', { name: 'Ansichten der Kohorte' });
      for (const tab of ['Übersicht', 'Vergleichen', 'Bewertungsraster', 'Feedback und Exporte']) await views.getByRole('button', { name: tab }).waitFor();
      const grid = p.getByRole('grid', { name: 'Entwürfe der Kohorte' });
      await grid.getByRole('columnheader', { name: 'Befunde' }).waitFor();
      await grid.getByRole('columnheader', { name: 'Gewinnen / Binden / Ausbauen' }).waitFor();
      await p.getByRole('searchbox', { name: 'Nach Autor/in, Titel oder Typ filtern' }).waitFor();
      await p.getByRole('heading', { name: 'Gewählte Beziehungstypen' }).waitFor();
      // A rubric not saved yet speaks the panel's language.
      await views.getByRole('button', { name: 'Bewertungsraster' }).click();
      await p.getByRole('heading', { name: 'Einen Entwurf bewerten' }).waitFor();
      await p.getByRole('spinbutton', { name: /^Jedes Segment hat eine passende Beziehung \(0–4\)/ }).waitFor();
      await p.getByRole('button', { name: 'Bewertungsraster speichern' }).waitFor();

      await p.goto(`${browser.panelUrl}#/canvas`);
      await p.getByRole('heading', { name: 'Canvas-Werkzeuge', level: 2 }).waitFor();
      await p.getByRole('button', { name: 'Dieses Board lesen' }).waitFor();
      await p.getByRole('combobox', { name: 'Sprache des Boards' }).waitFor();
      // The board languages are named in German, whatever language the board is in.
      const languages = await p.getByRole('combobox', { name: 'Sprache des Boards' }).getByRole('option').allTextContents();
      assert.deepEqual(languages, ['Sprache der Seite', 'Englisch', 'Deutsch', 'Französisch', 'Spanisch', 'Portugiesisch', 'Italienisch', 'Niederländisch']);
      await p.getByRole('textbox', { name: 'Notizen zu Kundenbeziehungen' }).waitFor();
      // Long German words wrap in a 320 px panel, here and in the cohort's overview.
      const overflow = () => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await p.setViewportSize({ width: 320, height: 700 });
      assert.ok((await overflow()) <= 0, `the Canvas view scrolls sideways by ${await overflow()}px`);
      await p.goBack();
      await p.getByRole('heading', { name: 'Frühjahrskurs', level: 2 }).waitFor();
      assert.ok((await overflow()) <= 0, `the cohort scrolls sideways by ${await overflow()}px`);
      await p.close();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('refuses a file that is no export with a German error naming what is missing, and shows annotations and the reader in German', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${browser.panelUrl}#/exchange`);
    await p.getByLabel('Datei zum Importieren wählen (oder hierher ziehen)').setInputFiles({ name: 'tafel.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    const refusal = p.getByRole('alert');
    await refusal.getByText('„tafel.json“ wurde nicht importiert, nichts wurde geändert. 1 Problem:').waitFor();
    assert.equal(await refusal.locator('code').textContent(), 'format: fehlt; diese Datei ist kein Export dieser Erweiterung (ihr fehlt "format": "crc-export").');

    const articles = await serve(ARTICLE);
    try {
      const article = await browser.context.newPage();
      await article.goto(`${articles.origin}/article.html`);
      await article.bringToFront();
      await p.goto(`${browser.panelUrl}#/annotations`);
      await p.getByRole('heading', { name: 'Anmerkungen', level: 2 }).waitFor();
      await p.getByRole('heading', { name: 'Alle Anmerkungen' }).waitFor();
      await p.getByText(/^Noch nichts da\. Markieren Sie in einem Artikel eine Passage/).waitFor();
      await p.getByRole('button', { name: 'Markierungen auf dieser Seite zeigen' }).click();
      await p.getByText('Markierungen eingeschaltet: 0 Passagen angezeigt.').waitFor();

      // The reader in the article speaks German too: its words came from the background with the page's annotations.
      await article.bringToFront();
      await selectWithMouse(article, 'It cost almost nothing and doubled the share of repeat visits.');
      const toolbar = article.getByRole('toolbar', { name: 'Auswahl kommentieren' });
      await toolbar.getByRole('button', { name: 'Kommentieren' }).waitFor();
      await toolbar.getByRole('button', { name: 'Markieren' }).click();
      await article.getByText('Markiert.').waitFor();
      assert.equal(await article.evaluate(() => document.querySelector('crc-reader')?.lang), 'de');

      await p.reload();
      await p.getByText('1 Anmerkung', { exact: true }).waitFor();
      await p.getByRole('link', { name: /^Anmerkung „It cost almost nothing/ }).first().waitFor();
      await article.close();
    } finally {
      await articles.close();
    }
    await p.close();
  });

  it('shows the chip in German on a German canvas', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/de-grid.html`);
    const toggle = page.getByRole('button', { name: /^KB-Vorschläge/ });
    await toggle.waitFor();
    await page.waitForFunction(() => /Typ/.test(document.querySelector('crc-chip')?.shadowRoot?.querySelector('button')?.textContent ?? ''));
    await toggle.click();
    const region = page.getByRole('region', { name: 'Vorschläge zu Kundenbeziehungen' });
    await region.getByRole('heading', { name: 'Typen in Ihren Notizen' }).waitFor();
    const types = await region.getByRole('list', { name: 'Beziehungstypen in Ihren Notizen' }).getByRole('listitem').allTextContents();
    assert.ok(types.some((t) => t.startsWith('Individuelle persönliche Betreuung — “Kundenbetreuer”')), types.join(' | '));
    assert.ok(types.some((t) => t.startsWith('Automatisierter Service')), types.join(' | '));
    await region.getByRole('button', { name: 'Zusammenfassung kopieren' }).waitFor();
    await region.getByRole('button', { name: 'In der Seitenleiste öffnen' }).waitFor();
    await page.close();
  });

  it('words the chip’s mistakes and summary line in German, as the background sends them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/de-grid.html`);
    const toggle = page.getByRole('button', { name: /^KB-Vorschläge · \d+ Typ/ });
    await toggle.waitFor();
    await toggle.click();
    const region = page.getByRole('region', { name: 'Vorschläge zu Kundenbeziehungen' });
    const mistakes = await region.getByRole('list', { name: 'Häufige Fehler' }).getByRole('listitem').allTextContents();
    // The notes plan no Keep tactic and never ask customers what they think: named as the German guide names them.
    assert.ok(mistakes.some((m) => m.startsWith('Zu wenig in die Kundenbindung stecken Fügen Sie eine Maßnahme zum Binden hinzu')), mistakes.join(' | '));
    assert.ok(mistakes.some((m) => m.startsWith('Kunden nicht zuhören Planen Sie')), mistakes.join(' | '));
    assert.ok(mistakes.every((m) => !/[{}]|Add a|such as/.test(m)), mistakes.join(' | '));
    // German type names keep their capitals in the line for the canvas.
    await region.getByText(/^Individuelle persönliche Betreuung \+ Community/).waitFor();
    await page.close();
  });
});

describe('a French browser', () => {
  let browser;
  let server;
  before(async () => {
    server = await serve(FIXTURES);
    browser = await launchWithExtension({ lang: 'fr', viewport: { width: 1280, height: 900 } });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the catalogue in French with French plural rules', async () => {
    const p = await browser.context.newPage();
    await p.goto(browser.panelUrl);
    await p.getByRole('heading', { name: 'Relations clients', level: 1 }).waitFor();
    const names = await typeNames(p, 'Types de relation');
    assert.ok(names.includes('Libre-service') && names.includes('Communauté'), names.join(', '));
    await p.getByRole('searchbox', { name: 'Rechercher un type de relation' }).fill('zzzzqqq');
    await p.getByText('Aucun type de relation ne correspond à « zzzzqqq ».').waitFor();
    // French counts zero in the singular.
    assert.equal(await p.getByRole('status').textContent(), '0 type');
    await p.close();
  });

  it('reads the guide in French, mistakes and case study included', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${browser.panelUrl}#/guide/mistakes`);
    await p.getByRole('heading', { name: 'Guide du bloc Relations clients', level: 2 }).waitFor();
    const sections = p.getByRole('navigation', { name: 'Sections du guide' });
    await sections.getByRole('link', { name: 'Étude de cas\u00a0: Monzo' }).waitFor();
    await p.getByRole('heading', { name: 'Erreurs fréquentes', level: 3 }).waitFor();
    await p.getByText('Traiter tous les clients de la même façon').click();
    await p.getByText(/À la place\s: Définissez une relation pour chaque segment/).waitFor();
    await p.getByRole('heading', { name: 'Conquérir', level: 4 }).waitFor();
    await p.close();
  });

  it('switches to a chosen language at once and remembers it', async () => {
    const p = await browser.context.newPage();
    await p.goto(browser.panelUrl);
    await p.getByLabel('Langue').selectOption({ label: 'Deutsch' });
    await p.getByRole('heading', { name: 'Kundenbeziehungen', level: 1 }).waitFor();
    assert.ok((await typeNames(p, 'Beziehungstypen')).includes('Wechselkosten'));
    await p.reload();
    await p.getByRole('heading', { name: 'Kundenbeziehungen', level: 1 }).waitFor();
    await p.getByLabel('Sprache').selectOption('browser');
    await p.getByRole('heading', { name: 'Relations clients', level: 1 }).waitFor();
    await p.close();
  });

  it('edits a draft in French: a segment, a Get tactic, the trash and back', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${browser.panelUrl}#/drafts`);
    await p.getByRole('heading', { name: 'Brouillons', level: 2 }).waitFor();
    await p.getByRole('button', { name: 'Nouveau brouillon' }).click();
    await p.getByRole('textbox', { name: 'Titre du brouillon' }).fill('Salle de sport');
    await p.getByRole('heading', { name: 'Segments de clientèle' }).waitFor();
    await p.getByRole('button', { name: 'Ajouter un segment' }).click();
    await p.getByRole('region', { name: /^Segment\s:\sSegment 1$/ }).getByRole('textbox', { name: 'Nom du segment' }).fill('Étudiants');
    const segment = p.getByRole('region', { name: /^Segment\s:\sÉtudiants$/ });
    // Get is “Conquérir” in the core pack: the grid, its column and its buttons use that word.
    await segment.getByRole('group', { name: 'Actions Conquérir, Fidéliser, Développer pour Étudiants' }).waitFor();
    const get = segment.getByRole('group', { name: /^Actions «\sConquérir\s» pour Étudiants$/ });
    await get.getByText(/^Aucune action «\sConquérir\s» pour l’instant\.$/).waitFor();
    await get.getByRole('button', { name: /^Ajouter une action «\sConquérir\s» pour Étudiants$/ }).click();
    await get.getByRole('textbox', { name: 'Action 1 (Conquérir)', exact: true }).fill('Journée portes ouvertes');
    await get.getByRole('textbox', { name: 'Canal de l’action 1 (Conquérir)' }).fill('Instagram');
    await get.getByRole('textbox', { name: 'Indicateur de l’action 1 (Conquérir)' }).fill('inscriptions');
    await get.getByRole('button', { name: 'Retirer l’action 1 (Conquérir)' }).waitFor();
    await p.getByRole('status').filter({ hasText: /^Enregistré$/ }).waitFor();

    await p.getByRole('link', { name: '← Brouillons' }).click();
    const list = p.getByRole('list', { name: 'Vos brouillons' });
    await list.getByRole('link', { name: 'Salle de sport' }).waitFor();
    await list.getByRole('button', { name: /^Supprimer\s:\splacer «\sSalle de sport\s» dans la corbeille$/ }).click();
    await p.getByRole('link', { name: 'Corbeille (1)' }).click();
    await p.getByRole('heading', { name: 'Corbeille', level: 2 }).waitFor();
    const trash = p.getByRole('list', { name: 'Brouillons supprimés' });
    await trash.getByText(/^supprimé maintenant$/).waitFor();
    await trash.getByRole('button', { name: /^Restaurer «\sSalle de sport\s»$/ }).click();
    await p.getByRole('status').filter({ hasText: /^«\sSalle de sport\s» restauré\.$/ }).waitFor();
    await p.getByText('La corbeille est vide.').waitFor();

    // Back in the editor, the tactic is there, still under its French labels.
    await p.getByRole('link', { name: '← Brouillons' }).click();
    await p.getByRole('list', { name: 'Vos brouillons' }).getByRole('link', { name: 'Salle de sport' }).click();
    assert.equal(await p.getByRole('textbox', { name: 'Action 1 (Conquérir)', exact: true }).inputValue(), 'Journée portes ouvertes');
    await p.close();
  });

  it('speaks French on a German canvas by default, and German once the user chooses to follow the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/de-grid.html`);
    await page.getByRole('button', { name: /^Suggestions RC · \d+ types?/ }).waitFor();
    await page.close();

    const p = await browser.context.newPage();
    await p.goto(browser.panelUrl);
    await p.getByLabel('Langue').selectOption('page');
    // The choice reaches the background through the settings database; give the write a moment to land.
    await p.waitForFunction(async () => {
      const db = await new Promise((resolve) => { const r = indexedDB.open('crc-settings'); r.onsuccess = () => resolve(r.result); });
      const value = await new Promise((resolve) => { const r = db.transaction('settings').objectStore('settings').get('language'); r.onsuccess = () => resolve(r.result); });
      db.close();
      return value === 'page';
    });
    // The panel has no page of its own: it stays in the browser's language.
    await p.getByRole('heading', { name: 'Relations clients', level: 1 }).waitFor();

    const again = await browser.context.newPage();
    await again.goto(`${server.origin}/de-grid.html`);
    await again.getByRole('button', { name: /^KB-Vorschläge · \d+ Typ/ }).waitFor();
    await again.close();
    await p.close();
  });
});
