/**
 * A refused import says what is wrong in the panel's language, and still names the place in the file the way the
 * file writes it (`drafts[0].title`), so a coach fixing a file by hand finds it whatever language they read.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBatch } from '../../../lib/exchange/batch';
import { buildEnvelope, MAX_IMPORT_BYTES } from '../../../lib/exchange/envelope';
import { readImport } from '../../../lib/exchange/import';
import { problemWords, type ProblemWords } from '../../../lib/exchange/problem-words';
import { LANGUAGES, type Language } from '../../../lib/i18n/languages';
import type { Messages } from '../../../lib/i18n/catalogue';
import { APP, coworkingDraft, EXPORTED_AT, NO_RECORDS, retentionAnnotation } from './fixtures';

async function wordsIn(lang: Language): Promise<ProblemWords> {
  if (lang === 'en') return problemWords();
  const messages = ((await import(`../../../lib/i18n/messages/imports.${lang}.ts`)) as { default: Messages<'imports'> }).default;
  return problemWords(lang, messages);
}

function problemsOf(input: string, words: ProblemWords): string[] {
  const read = readImport(input, NO_RECORDS, { words });
  if (read.ok) expect.fail('expected the file to be refused');
  return read.problems;
}

/** A valid export with its first draft's title taken out and its second draft's revision made text. */
function brokenFile(): string {
  const drafts = [coworkingDraft({ id: 'draft-0' }), coworkingDraft({ id: 'draft-1' })];
  const file = JSON.parse(JSON.stringify(buildEnvelope(drafts, [retentionAnnotation()], APP, EXPORTED_AT))) as { drafts: Record<string, unknown>[] };
  delete file.drafts[0]!.title;
  file.drafts[1]!.rev = 'two';
  return JSON.stringify(file);
}

describe('import problems in the panel’s language', () => {
  it('tell a German user which field is missing and which has the wrong kind of value', async () => {
    const problems = problemsOf(brokenFile(), await wordsIn('de')).sort();
    expect(problems).toEqual([
      'drafts[0].title: Erwartet wurde Text, aber das Feld fehlt',
      'drafts[1].rev: Erwartet wurde eine Zahl, gefunden: Text',
    ]);
  });

  it('tell a French user the same, in French, with the same paths', async () => {
    const problems = problemsOf(brokenFile(), await wordsIn('fr')).sort();
    expect(problems).toEqual([
      'drafts[0].title: attendu\u00a0: du texte, mais le champ manque',
      'drafts[1].rev: attendu\u00a0: un nombre\u00a0; trouvé\u00a0: du texte',
    ]);
  });

  it('say in German that a file is not an export, and which format it should name', async () => {
    expect(problemsOf('{"hello": "world"}', await wordsIn('de'))).toEqual([
      'format: fehlt; diese Datei ist kein Export dieser Erweiterung (ihr fehlt "format": "crc-export").',
    ]);
    expect(problemsOf('[1, 2]', await wordsIn('de'))).toEqual([expect.stringMatching(/^Datei: Erwartet wurde ein Export .*gefunden: eine Liste\.$/)]);
  });

  it('write the size of a refused file the way the language writes numbers', async () => {
    const big = `{"pad":"${'x'.repeat(MAX_IMPORT_BYTES + 300_000)}"}`;
    expect(problemsOf(big, await wordsIn('de'))[0]).toMatch(/^Datei: Sie ist 5,3 MB groß, Importe sind aber auf 5 MB begrenzt\./);
    expect(problemsOf(big, await wordsIn('en'))[0]).toMatch(/^file: it is 5\.3 MB, and imports are limited to 5 MB\./);
  });

  it('name the line and column of broken JSON in plain digits in every language', async () => {
    const text = `{\n  "format": "crc-export",\n  "version": 1,,\n}`;
    for (const lang of LANGUAGES) {
      const [problem] = problemsOf(text, await wordsIn(lang));
      expect(problem, lang).toMatch(/ 3\D+\d+/);
      expect(problem, lang).not.toMatch(/\{\w+\}/);
    }
  });

  it('fill every value of every problem in every language (no placeholder left)', async () => {
    for (const lang of LANGUAGES) {
      const words = await wordsIn(lang);
      for (const input of [brokenFile(), '', '{"format":"crc-export","version":9}', '{"format":"crc-export"}', '"x"']) {
        for (const problem of problemsOf(input, words)) expect(problem, `${lang}: ${problem}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('tell a coach in Dutch why a class zip was refused and which entries were left out', async () => {
    const words = await wordsIn('nl');
    const fine = strToU8(JSON.stringify(buildEnvelope([coworkingDraft()], [], APP, EXPORTED_AT)));
    const hostile = readBatch([{ name: 'klas.zip', bytes: zipSync({ 'anna.json': fine, '../x.json': strToU8('{}') }) }], NO_RECORDS, { words });
    expect(hostile.files).toMatchObject([{ status: 'refused', problems: ['bestand: de zip is geweigerd omdat het item ‘../x.json’ geen gewone bestandsnaam is (het wijst buiten de zip (..)). Er is niets uit gelezen.'] }]);
    const notes = readBatch([{ name: 'klas.zip', bytes: zipSync({ 'anna.json': fine, 'notities.txt': strToU8('hoi') }) }], NO_RECORDS, { words });
    expect(notes.skipped).toEqual(['klas.zip › notities.txt: geen .json-bestand, weggelaten']);
  });
});
