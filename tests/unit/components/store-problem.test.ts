/**
 * The Class views' store problems in the panel's language: the caller's own words for a missing or unreadable
 * record, the browser's storage problems in the drafts area's words, loaded for the language asked.
 */
import { describe, expect, it } from 'vitest';
import { cohortProblemText } from '../../../components/cohort/store-problem';
import type { StoreError } from '../../../lib/store/errors';

const quota: StoreError<unknown> = { kind: 'quota', message: 'The browser has no room left for this extension’s data.' };

describe('a Class view’s store problem', () => {
  it('tells a storage problem in German and French, not the store’s English message', async () => {
    expect(await cohortProblemText(quota, 'de')).toMatch(/^Der Browser hat keinen Platz mehr für die Daten dieser Erweiterung\./);
    expect(await cohortProblemText(quota, 'fr')).toMatch(/videz la corbeille\u00a0; votre texte reste ici/);
    expect(await cohortProblemText(quota, 'en')).toMatch(/^The browser has no room left/);
  });

  it('uses the caller’s words for a cohort that is gone or cannot be read, the problem filled in', async () => {
    const gone: StoreError<unknown> = { kind: 'not-found', message: 'This cohort no longer exists.' };
    expect(await cohortProblemText(gone, 'de', { notFound: 'Diese Kohorte existiert nicht mehr.' })).toBe('Diese Kohorte existiert nicht mehr.');
    const invalid: StoreError<unknown> = { kind: 'invalid', message: 'x', problems: ['name: too long'] };
    expect(await cohortProblemText(invalid, 'nl', { invalid: (problem) => `Deze groep kon niet worden gelezen: ${problem}` })).toBe('Deze groep kon niet worden gelezen: name: too long');
    // Without words of its own, an invalid write reads as the drafts area's "not saved".
    expect(await cohortProblemText(invalid, 'de')).toMatch(/name: too long$/);
  });
});
