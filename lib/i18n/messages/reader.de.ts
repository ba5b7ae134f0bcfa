import type { Messages } from '../catalogue';

export default {
  'adder.label': 'Auswahl kommentieren',
  'adder.highlight': 'Markieren',
  'adder.annotate': 'Kommentieren',
  'adder.saving': 'Wird gespeichert …',
  'card.label': 'Anmerkung',
  'card.edit': 'In der Seitenleiste bearbeiten',
  'card.close': 'Schließen',
  'save.noSelection': 'Markieren Sie zuerst einen Text.',
  'save.tooLong': 'Diese Passage ist {length} Zeichen lang; eine Anmerkung fasst höchstens {max}. Wählen Sie eine kürzere Passage.',
  'save.noAnswer': 'Die Erweiterung hat nicht geantwortet. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'save.opened': 'Gespeichert: Tags und Notiz ergänzen Sie in der Seitenleiste.',
  'save.highlighted': 'Markiert.',
  'phase.get': 'Gewinnen',
  'phase.keep': 'Binden',
  'phase.grow': 'Ausbauen',
} satisfies Messages<'reader'>;
