// @vitest-environment happy-dom
/** The health check and the canvas analysis in the panel's language: German words, German findings, one-click fixes. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthCheck } from '../../../components/advice/HealthCheck';
import { AnalysisView } from '../../../components/canvas/AnalysisView';
import { I18nRoot, loadLanguage } from '../../../components/i18n';
import { analyseNotes } from '../../../lib/advice/analyse';
import type { DraftContent } from '../../../lib/model/draft';
import { draft } from '../advice/drafts';

async function inGerman(children: preact.ComponentChildren) {
  const initial = await loadLanguage('de');
  render(<I18nRoot initial={initial} initialChoice="de" browserTags={['de-DE']}>{children}</I18nRoot>);
}

describe('the health check in German', () => {
  afterEach(cleanup);

  it('words the check and its findings in German, and its fix still applies', async () => {
    let content: DraftContent = draft([]);
    await inGerman(<HealthCheck content={content} edit={(change) => (content = change(content))} />);
    await screen.findByRole('heading', { name: 'Gesundheitscheck' });
    const list = screen.getByRole('list', { name: 'Gesundheitscheck' });
    expect(within(list).getByText(/Noch kein Kundensegment/)).toBeTruthy();
    expect(list.textContent).toContain('Legen Sie zuerst die Kundengruppe an');
    fireEvent.click(screen.getByRole('button', { name: 'Beheben: Noch kein Kundensegment' }));
    expect(content.segments).toHaveLength(1);
  });

  it('shows a canvas’s analysis in German, summary line included', async () => {
    const analysis = analyseNotes(['Kundenbetreuer für jeden Großkunden', 'Chatbot beantwortet Fragen rund um die Uhr'], []);
    await inGerman(<AnalysisView analysis={analysis} />);
    await screen.findByRole('heading', { name: 'Häufige Fehler' });
    const mistakes = screen.getByRole('list', { name: 'Häufige Fehler in den Notizen' });
    expect(mistakes.textContent).toContain('Kein Feedback-Kreislauf.');
    expect(within(screen.getByRole('list', { name: 'Beziehungstypen in den Notizen' })).getByRole('link', { name: 'Automatisierter Service' })).toBeTruthy();
    expect(document.querySelector('output')?.textContent).toMatch(/Individuelle persönliche Betreuung|Automatisierter Service/);
    expect(screen.getByRole('button', { name: 'Kopieren' })).toBeTruthy();
  });
});
