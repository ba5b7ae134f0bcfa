import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEnvelope, MAX_IMPORT_BYTES } from '../../../lib/exchange/envelope';
import { readImport } from '../../../lib/exchange/import';
import { MAX_DEPTH } from '../../../lib/exchange/json-text';
import { MAX_PROBLEMS } from '../../../lib/exchange/problems';
import { APP, coworkingDraft, EXPORTED_AT, NO_RECORDS, retentionAnnotation } from './fixtures';

afterEach(() => vi.restoreAllMocks());

/** An export file's object (not yet text), for tests that break one part of it. */
function fileObject(draftCount = 1): Record<string, unknown> {
  const drafts = Array.from({ length: draftCount }, (_, i) => coworkingDraft({ id: `draft-${i}` }));
  return JSON.parse(JSON.stringify(buildEnvelope(drafts, [retentionAnnotation()], APP, EXPORTED_AT))) as Record<string, unknown>;
}

function problemsOf(input: string | Uint8Array): string[] {
  const read = readImport(input, NO_RECORDS);
  if (read.ok) expect.fail('expected the file to be refused');
  return read.problems;
}

describe('import: refusing a file before reading it', () => {
  it('refuses a file over the size limit, says the limit, and never parses it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const problems = problemsOf(`{"format":"crc-export","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`);
    expect(problems).toEqual([expect.stringMatching(/^file: it is 5\.0 MB, and imports are limited to 5 MB\./)]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts bytes, not characters: 3 MB of accented text is 6 MB of file', () => {
    const problems = problemsOf('é'.repeat(3 * 1024 * 1024));
    expect(problems[0]).toMatch(/^file: it is 6\.0 MB/);
  });

  it('checks the size of raw bytes too, and refuses bytes that are not UTF-8', () => {
    expect(problemsOf(new Uint8Array(MAX_IMPORT_BYTES + 1))[0]).toMatch(/limited to 5 MB/);
    expect(problemsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual([expect.stringMatching(/^file: it is not UTF-8 text/)]);
  });

  it('reads a file given as bytes, byte order mark and all', () => {
    const text = JSON.stringify(fileObject());
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(readImport(bytes, NO_RECORDS).ok).toBe(true);
    expect(readImport(`\uFEFF${text}`, NO_RECORDS).ok).toBe(true);
  });
});

describe('import: broken JSON', () => {
  it('says a truncated file ends too early, with the line and column where it stops', () => {
    const text = JSON.stringify(fileObject(), null, 2);
    for (const cut of [text.length - 1, Math.floor(text.length / 2), 10]) {
      const problems = problemsOf(text.slice(0, cut));
      expect(problems).toEqual([expect.stringMatching(/^file: it ends too early \(line \d+, column \d+\), as if it was cut off/)]);
    }
  });

  it('points at a syntax error in the middle of the file', () => {
    const text = JSON.stringify(fileObject(), null, 2).replace('"title": "Coworking space",', '"title": "Coworking space";');
    const line = text.split('\n').findIndex((l) => l.includes('"Coworking space";')) + 1;
    const [problem] = problemsOf(text);
    expect(problem).toMatch(new RegExp(`^file: it is not valid JSON at line ${line}, column \\d+`));
  });

  it('says an empty file is empty', () => {
    expect(problemsOf('  \n')).toEqual(['file: it is empty.']);
  });

  it('refuses nesting deeper than any export before parsing, without overflowing the stack', () => {
    const deep = `{"format":"crc-export","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(problemsOf(deep)).toEqual([expect.stringMatching(new RegExp(`^file: values are nested more than ${MAX_DEPTH} levels deep \\(at line 1, column \\d+\\)`))]);
  });
});

describe('import: not an export, or a version this build cannot read', () => {
  it('refuses JSON that is not an object', () => {
    expect(problemsOf('[1, 2]')).toEqual([expect.stringMatching(/^file: expected an export .* found a list\.$/)]);
    expect(problemsOf('null')[0]).toMatch(/found null\.$/);
    expect(problemsOf('"crc-export"')[0]).toMatch(/found string\.$/);
  });

  it('refuses another program’s file by its format', () => {
    expect(problemsOf('{"hello": "world"}')).toEqual([expect.stringMatching(/^format: missing; this file is not an export of this extension/)]);
    expect(problemsOf('{"format": "trello-board", "version": 1}')).toEqual([expect.stringMatching(/^format: expected "crc-export", found "trello-board"/)]);
  });

  it('asks for an update when the file comes from a newer version', () => {
    const file = { ...fileObject(), version: 2 };
    expect(problemsOf(JSON.stringify(file))).toEqual([
      'version: this file uses export format version 2, made by a newer version of the extension; this one reads version 1. Update the extension, then import the file again.',
    ]);
  });

  it('refuses a version that is not a number it knows', () => {
    expect(problemsOf(JSON.stringify({ ...fileObject(), version: '1' }))).toEqual(['version: expected 1, found "1".']);
    expect(problemsOf(JSON.stringify({ ...fileObject(), version: 0 }))).toEqual(['version: expected 1, found 0.']);
    const { version: _, ...noVersion } = fileObject();
    expect(problemsOf(JSON.stringify(noVersion))).toEqual(['version: expected 1, found nothing.']);
  });
});

describe('import: every problem of the file, each with its path', () => {
  it('names the exact place of a wrong value', () => {
    const file = fileObject(3) as { drafts: { segments: { grid: { keep: { text: unknown }[] } }[] }[] };
    file.drafts[2]!.segments[0]!.grid.keep[1]!.text = 42;
    expect(problemsOf(JSON.stringify(file))).toEqual(['drafts[2].segments[0].grid.keep[1].text: expected string, got number']);
  });

  it('lists all the problems at once, missing fields included', () => {
    const file = fileObject(2) as { drafts: Record<string, unknown>[]; annotations: Record<string, unknown>[]; exportedAt: unknown };
    delete file.drafts[0]!.title;
    file.drafts[1]!.rev = 1.5;
    file.annotations[0]!.position = { start: 9, end: 3 };
    file.exportedAt = 'yesterday';
    expect(problemsOf(JSON.stringify(file)).sort()).toEqual([
      'annotations[0].position.end: expected end ≥ start',
      'drafts[0].title: expected string, but it is missing',
      'drafts[1].rev: expected a whole number, got number',
      'exportedAt: expected a date and time such as 2026-11-23T09:30:00.000Z',
    ]);
  });

  it('refuses two drafts with the same id in one file', () => {
    const file = fileObject(3) as { drafts: { id: string }[] };
    file.drafts[2]!.id = 'draft-0';
    expect(problemsOf(JSON.stringify(file))).toEqual(['drafts[2].id: "draft-0" is also the id of drafts[0]; ids must be unique in a file.']);
  });

  it('counts the problems past the first couple of hundred instead of listing thousands', () => {
    const file = fileObject() as { drafts: { segments: unknown[] }[] };
    file.drafts[0]!.segments = Array.from({ length: 1000 }, () => 'not a segment');
    const problems = problemsOf(JSON.stringify(file));
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[0]).toBe('drafts[0].segments[0]: expected object, got text');
    expect(problems.at(-1)).toBe(`file: ${1000 - MAX_PROBLEMS + 1} more problems not listed; fix the ones above and import again to see them.`);
  });

  it('ignores keys it does not know, prototype keys included, and pollutes nothing', () => {
    const text = JSON.stringify(fileObject())
      .replace('{"format"', '{"__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"ctor"}},"format"')
      .replace('"title":"Coworking space"', '"title":"Coworking space","__proto__":{"isAdmin":true},"prototype":{"x":1}');
    const read = readImport(text, NO_RECORDS);
    if (!read.ok) expect.fail(read.problems.join('\n'));
    const draft = read.plan.drafts[0]!.draft;
    expect(Object.getPrototypeOf(draft)).toBe(Object.prototype);
    expect(Object.hasOwn(draft, '__proto__')).toBe(false);
    expect((draft as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(draft)).not.toContain('prototype');
  });
});
