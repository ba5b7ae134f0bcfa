import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/exchange/formats';
import { buildCollection } from '../../../lib/exchange/jsonld';
import { exportWords } from '../../../lib/exchange/words';
import germanExports from '../../../lib/i18n/messages/exports.de';
import frenchExports from '../../../lib/i18n/messages/exports.fr';
import { loadPack } from '../../../lib/i18n/packs';
import { coworkingDraft, exportInput } from '../exchange/fixtures';

const german = async () => exportWords('de', germanExports, (await loadPack('de')).types);

describe('exports in the language chosen at export', () => {
  it('writes the Markdown headings, grid and type names in German, the user’s own text untouched', async () => {
    const text = exportFile('markdown', exportInput({ words: await german() })).text;
    expect(text).toContain('| Gewinnen | Binden | Ausbauen |');
    expect(text).toContain('**Beziehungstypen**');
    expect(text).toMatch(/Exportiert am 2026-11-23 aus Customer Relationships Companion 0\.1\.0\./);
    expect(text).not.toMatch(/Relationship types|Review comments|Exported /);
    // The draft's own words stay as the user wrote them.
    expect(text).toContain(`# ${coworkingDraft().title}`);
  });

  it('marks the printable page with the export’s language and titles it in that language', async () => {
    const fr = exportWords('fr', frenchExports, (await loadPack('fr')).types);
    const html = exportFile('html', exportInput({ words: fr })).text;
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h2>Relations clients</h2>');
    expect(html).toContain('<h4>Fidéliser</h4>');
  });

  it('tags the names it writes in JSON-LD with their language, and leaves the user’s notes untagged', async () => {
    const collection = buildCollection(exportInput({ words: await german() }));
    const bodies = collection.first.items.flatMap((a) => a.body ?? []);
    const classifying = bodies.filter((b) => b.purpose === 'classifying');
    expect(classifying.length).toBeGreaterThan(0);
    expect(classifying.every((b) => b.language === 'de')).toBe(true);
    expect(classifying.map((b) => b.value)).toContain('Binden');
    expect(bodies.filter((b) => b.purpose !== 'classifying').every((b) => b.language === undefined)).toBe(true);
  });

  it('stays English, exactly as before, when no language is chosen', () => {
    const text = exportFile('markdown', exportInput()).text;
    expect(text).toContain('| Get | Keep | Grow |');
    expect(text).toMatch(/_Exported 2026-11-23 from Customer Relationships Companion 0\.1\.0\._/);
  });
});
