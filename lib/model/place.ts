/**
 * A place in a draft (see `placeOf`) in words: the editor's messages name fields, the caller names types and
 * phases in its language. English by default, so Node tests read places as a user would.
 */
import { translator, type Key, type Translate } from '../i18n/catalogue';
import editorEn from '../i18n/messages/editor.en';
import type { PhaseId } from './draft';
import type { Place } from './merge';

/** The fields a place can name, each with its words (`place.<field>`) in the editor's messages. */
const FIELD_WORDS = {
  title: 'place.title', summary: 'place.summary', summaryEdited: 'place.summary', notes: 'place.notes', name: 'place.name',
  rationale: 'place.rationale', text: 'place.tactic', channel: 'place.channel', metric: 'place.metric', target: 'place.target',
  source: 'place.source', comments: 'place.comment', evidence: 'place.evidence', resolved: 'place.resolved', quote: 'place.quote',
} as const satisfies Record<string, Key<'editor'>>;

export interface PlaceWords {
  t: Translate<'editor'>;
  typeName(typeId: string): string;
  phaseName(phase: PhaseId): string;
}

const ENGLISH_PLACE_WORDS: PlaceWords = {
  t: translator<'editor'>(editorEn, 'en'),
  typeName: (id) => id,
  phaseName: (phase) => phase[0]!.toUpperCase() + phase.slice(1),
};

/** A place in words a user recognises: `Segment “Offices” › Keep › tactic` (in the words' language). */
export function describePlace(place: Place, { t, typeName, phaseName }: PlaceWords = ENGLISH_PLACE_WORDS): string {
  const text = place
    .map((p) => {
      switch (p.kind) {
        case 'segment':
          return t('place.segment', { name: p.name || t('place.unnamed') });
        case 'type':
          return typeName(p.typeId);
        case 'phase':
          return phaseName(p.phase);
        case 'field':
          return p.field in FIELD_WORDS ? t(FIELD_WORDS[p.field as keyof typeof FIELD_WORDS]) : p.field;
      }
    })
    .join(' › ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : t('place.draft');
}
