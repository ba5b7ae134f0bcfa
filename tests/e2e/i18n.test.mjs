// End-to-end: the product in the browser's language (German and French browsers, set at launch), the language
// setting in the panel, and the chip that follows the canvas page's language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { selectWithMouse } from '../../scripts/select-text.mjs';
import { serve } from '../../scripts/serve.mjs';

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
    // The editor is not translated yet: its English title field is still what it was.
    await p.getByRole('textbox', { name: 'Draft title' }).fill('Frischekiste');
    await p.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
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
