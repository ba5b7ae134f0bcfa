import { describe, expect, it } from 'vitest';
import { recogniseTypes } from '../../../lib/advice/recognise';

const typeIds = (note: string) => recogniseTypes(note).map((r) => r.typeId);

describe('recognising relationship types in a note', () => {
  it('finds the type a note names, with the words that gave it away as written', () => {
    expect(recogniseTypes('Dedicated account manager for key accounts')).toEqual([
      { typeId: 'dedicated-personal-assistance', matches: ['Dedicated account manager', 'key accounts'] },
    ]);
  });

  it('lists several types in the order the note mentions them, each phrase once', () => {
    expect(recogniseTypes('Forum, forum and FAQ; chatbot at night')).toEqual([
      { typeId: 'community', matches: ['Forum'] },
      { typeId: 'self-service', matches: ['FAQ'] },
      { typeId: 'automated-service', matches: ['chatbot'] },
    ]);
  });

  it('matches type names and aliases as well as keywords, whatever the case and punctuation', () => {
    expect(typeIds('SELF SERVICE!')).toEqual(['self-service']);
    expect(typeIds('Co-creation with our users')).toEqual(['co-creation']);
    expect(typeIds('Key account management')).toEqual(['dedicated-personal-assistance']);
  });

  it('reads German notes', () => {
    expect(recogniseTypes('Fester Ansprechpartner für Großkunden, Treueprogramm')).toEqual([
      { typeId: 'dedicated-personal-assistance', matches: ['Fester Ansprechpartner'] },
      { typeId: 'long-term', matches: ['Treueprogramm'] },
    ]);
    expect(recogniseTypes('Help-Center und Kundenportal')).toEqual([{ typeId: 'self-service', matches: ['Help-Center', 'Kundenportal'] }]);
  });

  it('reads French notes, with or without accents', () => {
    expect(typeIds('Programme de fidélité et communauté en ligne')).toEqual(['long-term', 'community']);
    expect(recogniseTypes('Programme de fidelite et communaute en ligne')).toEqual([
      { typeId: 'long-term', matches: ['Programme de fidelite'] },
      { typeId: 'community', matches: ['communaute en ligne'] },
    ]);
  });

  it('reads Spanish notes', () => {
    expect(recogniseTypes('Atención al cliente y reseñas de usuarios')).toEqual([
      { typeId: 'personal-assistance', matches: ['Atención al cliente'] },
      { typeId: 'co-creation', matches: ['reseñas'] },
    ]);
    expect(typeIds('Tienda online propia y venta directa')).toEqual(['direct']);
  });

  it('does not read direct sales into indirect sales', () => {
    expect(typeIds('Indirect sales through resellers')).toEqual(['indirect']);
    expect(typeIds('Direct sales through our own website')).toEqual(['direct']);
    expect(typeIds('Vente indirecte via revendeurs')).toEqual(['indirect']);
  });

  it('matches whole words only: a keyword inside a longer word does not count', () => {
    expect(recogniseTypes('Robotics lab, botanical garden, digital transformation')).toEqual([]);
    expect(typeIds('A bot answers at night')).toEqual(['automated-service']);
  });

  it('lets the longest phrase win, so a dedicated assistant is not also plain personal assistance', () => {
    expect(typeIds('Dedicated personal assistance')).toEqual(['dedicated-personal-assistance']);
    expect(typeIds('Personal assistance in every shop')).toEqual(['personal-assistance']);
  });

  it('forgives no typos', () => {
    expect(recogniseTypes('chatbto and comunity')).toEqual([]);
  });

  it('handles empty notes, notes without letters, and a long note followed by a short one', () => {
    expect(recogniseTypes('')).toEqual([]);
    expect(recogniseTypes(' — 123 ! ')).toEqual([]);
    const long = `${'Our plan for the year ahead. '.repeat(40)}Loyalty programme for members`;
    expect(recogniseTypes(long)).toEqual([{ typeId: 'long-term', matches: ['Loyalty programme'] }]);
    expect(recogniseTypes('Forum')).toEqual([{ typeId: 'community', matches: ['Forum'] }]);
  });
});
