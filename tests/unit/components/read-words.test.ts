// "Read this board" says why it read nothing, and how far it is, in the panel's language, facts filled in.
import { describe, expect, it } from 'vitest';
import { problemText, stepText } from '../../../components/ocr/read-words';
import { translator } from '../../../lib/i18n/catalogue';
import de from '../../../lib/i18n/messages/canvas.de';
import en from '../../../lib/i18n/messages/canvas.en';
import fr from '../../../lib/i18n/messages/canvas.fr';

const english = translator<'canvas'>(en, 'en');
const german = translator<'canvas'>(en, 'de', de);
const french = translator<'canvas'>(en, 'fr', fr);

describe('the reader’s problems', () => {
  it('asks a German reader to zoom in, and a French one to choose the board’s language, in their words', () => {
    expect(problemText({ problem: 'too-small' }, german, 'de')).toMatch(/^Der Text auf dem Bildschirm ist zu klein zum Lesen: Vergrößern Sie das Board \(Strg \+\)/);
    const french_ = problemText({ problem: 'no-block', missing: 'ja' }, french, 'fr');
    expect(french_).toMatch(/^Aucun bloc Relations clients trouvé à l’écran\./);
    expect(french_).toContain('(japonais)\u00a0: choisissez la langue du tableau ci-dessus');
  });

  it('fills in the browser’s words and the time limit, numbers as the language writes them', () => {
    expect(problemText({ problem: 'refused', detail: 'Error: nope' }, german, 'de')).toBe('Der Browser hat die Aufnahme des Tabs verweigert (Error: nope). Fügen Sie die Notizen stattdessen unter „Notizen analysieren“ ein.');
    expect(problemText({ problem: 'timeout', seconds: 1200 }, german, 'de')).toContain('nach 1.200 Sekunden');
    expect(problemText({ problem: 'no-block' }, english, 'en')).toBe('No Customer Relationships block found on screen. Scroll so the whole Business Model Canvas is on screen, or paste the notes under “Analyse notes” instead.');
  });

  it('tells an English reader the same as before (the e2e tests read these)', () => {
    expect(problemText({ problem: 'blank' }, english, 'en')).toMatch(/^The screen is blank/);
    expect(problemText({ problem: 'no-access' }, english, 'en')).toContain('click the companion’s toolbar button while the board is shown');
  });
});

describe('the progress line', () => {
  it('names the languages being loaded in the reader’s language', () => {
    expect(stepText({ step: 'loading', languages: ['en', 'de'] }, german, 'de')).toBe('Lesefunktion wird geladen (Englisch und Deutsch) …');
    expect(stepText({ step: 'loading', languages: ['en', 'nl'] }, french, 'fr')).toBe('Chargement du lecteur (anglais et néerlandais)…');
    expect(stepText({ step: 'reading', share: 0.42 }, french, 'fr')).toBe('Lecture du tableau… 42 %');
  });
});
