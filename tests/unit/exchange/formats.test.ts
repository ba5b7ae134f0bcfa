import { describe, expect, it } from 'vitest';
import { EnvelopeSchema } from '../../../lib/exchange/envelope';
import { EXPORT_FORMATS, exportFile, exportSubject, fileName, slug } from '../../../lib/exchange/formats';
import { buildCollection } from '../../../lib/exchange/jsonld';
import { readImport } from '../../../lib/exchange/import';
import { coworkingDraft, EXPORTED_AT, exportInput, NO_RECORDS, retentionAnnotation } from './fixtures';

const nov23 = new Date(2026, 10, 23, 15, 0); // local time: the file is named after the user's calendar day

describe('the format registry', () => {
  it('has one entry per format, each with its own id and extension, and only JSON importable', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['json', 'markdown', 'html', 'jsonld']);
    expect(new Set(EXPORT_FORMATS.map((f) => f.extension)).size).toBe(EXPORT_FORMATS.length);
    expect(EXPORT_FORMATS.filter((f) => f.importable).map((f) => f.id)).toEqual(['json']);
  });

  it('renders every format from the same input', () => {
    for (const format of EXPORT_FORMATS) {
      const file = exportFile(format.id, exportInput());
      expect(file.text.length, format.id).toBeGreaterThan(100);
      expect(file.mime).toBe(format.mime);
      expect(file.name.endsWith(`.${format.extension}`)).toBe(true);
    }
  });

  it('writes a JSON envelope that import reads back as it was', () => {
    const text = exportFile('json', exportInput({ kind: 'review' })).text;
    const envelope = EnvelopeSchema.parse(JSON.parse(text));
    expect(envelope).toEqual({
      format: 'crc-export', version: 1, exportedAt: '2026-11-23T10:30:00.000Z', kind: 'review',
      app: { name: 'Customer Relationships Companion', version: '0.1.0' },
      drafts: [coworkingDraft()], annotations: [retentionAnnotation()],
    });
    const read = readImport(text, NO_RECORDS);
    expect(read.ok && read.plan.drafts[0]!.draft).toEqual(coworkingDraft());
  });
});

describe('file names', () => {
  it('say what the file holds and when it was made', () => {
    expect(fileName('markdown', 'Coworking space', nov23)).toBe('crc-coworking-space-2026-11-23.md');
    expect(fileName('json', 'backup', nov23)).toBe('crc-backup-2026-11-23.json');
    expect(fileName('html', 'Coworking space', nov23)).toBe('crc-coworking-space-2026-11-23.html');
    expect(fileName('jsonld', 'annotations', nov23)).toBe('crc-annotations-2026-11-23.jsonld');
  });

  it('name the subject after one draft, a count of drafts, a backup or the annotations', () => {
    const one = exportInput({ exportedAt: nov23 });
    expect(exportFile('markdown', one).name).toBe('crc-coworking-space-2026-11-23.md');
    expect(exportSubject({ drafts: [coworkingDraft(), coworkingDraft(), coworkingDraft()], kind: 'export' })).toBe('3-drafts');
    expect(exportSubject({ drafts: [coworkingDraft()], kind: 'backup' })).toBe('backup');
    expect(exportSubject({ drafts: [], kind: 'export' })).toBe('annotations');
    expect(exportFile('jsonld', one).name).toBe('crc-annotations-2026-11-23.jsonld');
  });

  it('keep only letters, digits and dashes, whatever the title holds', () => {
    expect(slug('Café Über — Étude n°2')).toBe('cafe-uber-etude-n-2');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slug('CON')).toBe('con');
    expect(slug('東京 オフィス')).toBe('東京-オフィス');
    expect(slug('   ')).toBe('draft');
    expect(slug('🚀🚀')).toBe('draft');
  });

  it('stay short, cutting at a word', () => {
    const name = slug('Customer relationships for the coworking space in the old harbour warehouse district');
    expect(name).toBe('customer-relationships-for-the-coworking-space-in');
    expect([...slug('a'.repeat(300))]).toHaveLength(50);
  });
});

describe('Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection whose first page holds each annotation with its selectors and bodies', () => {
    const input = exportInput({ annotations: [retentionAnnotation({ id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d' }), retentionAnnotation({ id: 'trashed', deletedAt: '2026-11-22T00:00:00.000Z' })] });
    const collection = buildCollection(input);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:5f2b8a4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items).toEqual([{
      id: 'urn:uuid:0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-10T12:00:00.000Z',
      modified: '2026-11-10T12:05:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Good evidence for the Keep phase.', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'staff', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Community', purpose: 'classifying', language: 'en' },
        { type: 'TextualBody', value: 'Keep', purpose: 'classifying', language: 'en' },
      ],
      target: {
        source: 'https://blog.example/retention',
        selector: [
          { type: 'TextQuoteSelector', exact: 'members who know the staff stay longer', prefix: 'In our survey, ', suffix: ' than others.' },
          { type: 'TextPositionSelector', start: 120, end: 158 },
        ],
      },
    }]);
  });

  it('marks a bare highlight as highlighting, with no body, and gives older ids an IRI too', () => {
    const plain = retentionAnnotation({ id: 'old-id', note: '', tags: [], types: [] });
    delete plain.phase;
    const [item] = buildCollection(exportInput({ annotations: [plain] })).first.items;
    expect(item).toMatchObject({ id: 'tag:crc.invalid,2025:annotation/old-id', motivation: 'highlighting' });
    expect(item).not.toHaveProperty('body');
    expect(item!.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: 'members who know the staff stay longer', prefix: 'In our survey, ', suffix: ' than others.' });
  });

  it('is the JSON of the collection, ready to save as a .jsonld file', () => {
    const file = exportFile('jsonld', exportInput());
    expect(JSON.parse(file.text)).toEqual(buildCollection(exportInput()));
    expect(file.mime).toBe('application/ld+json');
  });
});

describe('Markdown', () => {
  const md = exportFile('markdown', exportInput()).text;

  it('shows the draft as headings, the types with their rationale, and the grid as a table', () => {
    expect(md).toContain('# Coworking space\n\n**Summary:** Personal help for offices, a community for freelancers.');
    expect(md).toContain('**Canvas:** [Team board](https://canvas.example/board/7)');
    expect(md).toContain('## Offices\n\n**Relationship types**\n\n- **Dedicated personal assistance** — Companies rent whole floors');
    expect(md).toContain([
      '| Get | Keep | Grow |',
      '| --- | --- | --- |',
      '| Guided visit _via sales team_ _measured by conversion: 25 %_ | Quarterly review |   |',
      '|   | Help desk _via chat_ |   |',
    ].join('\n'));
  });

  it('links each piece of evidence to its passage, and lists comments with what they are about', () => {
    expect(md).toContain('- Keep: “members who know the staff stay longer” — [Why members stay](https://blog.example/retention#:~:text=our%20survey%2C-,members%20who%20know%20the%20staff%20stay%20longer,-than%20others.)');
    expect(md).toContain('## Review comments\n\n- **Coach Ada** on Segment “Offices” › Keep › “Quarterly review” (2026-11-20): Who runs the review?');
    expect(md).toContain('# Annotations\n\n## [Why members stay](https://blog.example/retention)');
  });

  it('leaves trashed drafts out', () => {
    const text = exportFile('markdown', exportInput({ drafts: [coworkingDraft({ deletedAt: '2026-11-22T00:00:00.000Z' })], annotations: [] })).text;
    expect(text).not.toContain('Coworking');
    expect(text).toContain('Nothing to show');
  });
});

describe('the printable page', () => {
  const html = exportFile('html', exportInput({ exportedAt: EXPORTED_AT })).text;

  it('is a complete page that loads nothing and runs nothing', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;">`);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).toContain('@page { size: A4; margin: 12mm; }');
  });

  it('lays out each segment with its Get, Keep and Grow rows', () => {
    expect(html).toContain('<h3>Offices</h3>');
    expect(html).toContain('<h4>Get</h4><ul><li>Guided visit <span class="detail">(via sales team; measured by conversion: 25 %)</span></li></ul>');
    expect(html).toContain('<div class="segments n2">');
  });
});
