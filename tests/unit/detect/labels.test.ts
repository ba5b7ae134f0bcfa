import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, LANGUAGES } from '../../../lib/catalogue/ids';
import { BLOCKS, OTHER_CANVAS_LABELS, VOCABULARIES, labelKey, matchLabel, mightBeLabel } from '../../../lib/detect/labels';

const meaningsOf = (text: string) => matchLabel(text)?.meanings.map((m) => `${m.language}:${m.block}`) ?? [];
const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const everyLabel = VOCABULARIES.flatMap((v) => BLOCKS.flatMap((block) => v.labels[block].map((label) => ({ language: v.language, block, label }))));

describe('the label vocabularies', () => {
  it('cover the seven languages, each naming all nine blocks in canvas order', () => {
    expect(BLOCKS).toEqual(BLOCK_IDS);
    expect(VOCABULARIES.map((v) => v.language).sort()).toEqual([...LANGUAGES].sort());
    for (const v of VOCABULARIES) {
      expect(Object.keys(v.labels).sort(), v.language).toEqual([...BLOCK_IDS].sort());
      for (const block of BLOCKS) expect(v.labels[block].length, `${v.language} ${block}`).toBeGreaterThan(0);
    }
  });

  it('name the Customer Relationships block in singular and plural where the language has both', () => {
    const cr = (language: string) => VOCABULARIES.find((v) => v.language === language)!.labels['customer-relationships'];
    expect(cr('en')).toEqual(expect.arrayContaining(['Customer Relationships', 'Customer Relationship']));
    expect(cr('de')).toEqual(expect.arrayContaining(['Kundenbeziehungen', 'Kundenbeziehung']));
    expect(cr('fr')).toEqual(expect.arrayContaining(['Relations clients', 'Relation client', 'Relations avec les clients']));
    expect(cr('es')).toEqual(expect.arrayContaining(['Relaciones con los clientes', 'Relación con el cliente']));
    expect(cr('pt')).toEqual(expect.arrayContaining(['Relacionamento com os clientes', 'Relacionamento com clientes']));
    expect(cr('it')).toEqual(expect.arrayContaining(['Relazioni con i clienti', 'Relazione con il cliente']));
    expect(cr('nl')).toEqual(expect.arrayContaining(['Klantrelaties', 'Klantrelatie']));
  });

  it('never let one label mean two different blocks, even across languages', () => {
    for (const { label } of everyLabel) {
      const blocks = new Set(matchLabel(label)!.meanings.map((m) => m.block));
      expect(blocks.size, label).toBe(1);
    }
  });

  it('keep the Lean Canvas and Value Proposition Canvas labels apart from the Business Model Canvas ones', () => {
    for (const label of OTHER_CANVAS_LABELS) {
      expect(matchLabel(label)?.otherCanvas, label).toBe(true);
      expect(matchLabel(label)?.meanings, label).toEqual([]);
    }
  });
});

describe('matching a text as a whole label', () => {
  it('recognises every label as written, in capitals, without accents and with numbering, emoji or a colon', () => {
    for (const { language, block, label } of everyLabel) {
      const want = `${language}:${block}`;
      for (const text of [label, label.toUpperCase(), label.toLowerCase(), withoutAccents(label), `  4. ${label}:  `, `🤝 ${label}`, `\n      ${label}\n    `, label.normalize('NFD')]) {
        expect(mightBeLabel(text), JSON.stringify(text)).toBe(true);
        expect(meaningsOf(text), JSON.stringify(text)).toContain(want);
      }
    }
  });

  it('takes "Customer Relationships" in the forms canvas tools print it', () => {
    for (const text of ['Customer Relationships', 'CUSTOMER RELATIONSHIPS', 'Customer relationship', 'Cust. Relationships', '5 · Customer Relationships', 'Customer Relationships (CR)', 'Customer\u00a0Relationships', 'Customer-Relationships']) {
      expect(meaningsOf(text), text).toEqual(['en:customer-relationships']);
    }
  });

  it('is tolerant of accents and case in every language', () => {
    expect(meaningsOf('SCHLUSSELPARTNER')).toEqual(['de:key-partners']);
    expect(meaningsOf('Kanale')).toEqual(['de:channels']);
    expect(meaningsOf('RELATIONS CLIENTS')).toEqual(['fr:customer-relationships']);
    expect(meaningsOf('Relacion con el cliente')).toEqual(['es:customer-relationships']);
    expect(meaningsOf('relação com o cliente')).toEqual(['pt:customer-relationships']);
    expect(meaningsOf('ATTIVITA CHIAVE')).toEqual(['it:key-activities']);
  });

  it('does not take a sentence that mentions customer relationships for a label', () => {
    for (const text of ['Customer relationships matter a lot', 'Our customer relationships', 'Build lasting customer relationships',
      'Customer Relationship Management', 'customers', 'relationships', 'Why Kundenbeziehungen zählen', 'Key Partners and Key Activities']) {
      expect(matchLabel(text), text).toBeUndefined();
    }
  });

  it('knows labels that languages share, so evidence of either language counts', () => {
    expect(meaningsOf('Segmentos de clientes').sort()).toEqual(['es:customer-segments', 'pt:customer-segments']);
    expect(meaningsOf('Canal').sort()).toEqual(['es:channels', 'fr:channels', 'pt:channels']);
  });

  it('marks names that also mean something else as weak: "CR", "Customer Relations"', () => {
    for (const text of ['CR', 'Customer Relations']) {
      expect(matchLabel(text)?.meanings, text).toEqual([{ language: 'en', block: 'customer-relationships', weak: true }]);
    }
    expect(matchLabel('Customer Relationships')?.meanings[0]?.weak).toBe(false);
  });

  it('reduces a label to its comparable form', () => {
    expect(labelKey('  4. Kundenbeziehungen: ')).toBe('kundenbeziehungen');
    expect(labelKey('🤝 Relações com os clientes')).toBe('relacoes com os clientes');
    expect(labelKey('Key Partner(s)')).toBe('key partner');
    expect(labelKey('Products & Services')).toBe('products services');
  });

  it('rejects ordinary text cheaply, before the pattern', () => {
    for (const text of ['Paragraph 12 talks about ', 'company', ' and how a ', 'Note 3-14 about channels', 'x'.repeat(200), ' ', '\n  ']) {
      expect(mightBeLabel(text), JSON.stringify(text)).toBe(false);
    }
  });
});
