/**
 * What the blocks of a Business Model Canvas are called on the page, per language, as data; and the one way
 * a text is matched against them: as a whole label (case, accents, punctuation, a leading number or emoji and
 * a trailing colon ignored), never as a phrase inside a sentence. Adding a language = one VOCABULARIES entry.
 */
import { BLOCK_IDS, type BlockId } from '../catalogue/ids';
import { normalise } from '../catalogue/text';

export const BLOCKS: readonly BlockId[] = BLOCK_IDS;

export interface Vocabulary {
  /** BCP-47 code: en, de, fr, es, pt, it, nl. */
  language: string;
  labels: Record<BlockId, string[]>;
  /**
   * Names that also mean something else ("CR" is a country code, "Customer Relations" a department): they
   * count as evidence for the other blocks, but a Customer Relationships candidate named so needs more of it.
   */
  weakLabels?: Partial<Record<BlockId, string[]>>;
}

export const VOCABULARIES: readonly Vocabulary[] = [
  {
    language: 'en',
    labels: {
      'key-partners': ['Key Partners', 'Key Partner', 'Key Partnerships', 'Key Partnership'],
      'key-activities': ['Key Activities', 'Key Activity'],
      'key-resources': ['Key Resources', 'Key Resource'],
      'value-propositions': ['Value Propositions', 'Value Proposition'],
      'customer-relationships': [
        'Customer Relationships', 'Customer Relationship', 'Cust. Relationships', 'Cust. Relationship',
        'Customer Rel.', 'Relationships with Customers',
      ],
      channels: ['Channels', 'Channel', 'Distribution Channels'],
      'customer-segments': ['Customer Segments', 'Customer Segment', 'Cust. Segments'],
      'cost-structure': ['Cost Structure', 'Cost Structures', 'Costs Structure'],
      'revenue-streams': ['Revenue Streams', 'Revenue Stream'],
    },
    weakLabels: {
      'key-partners': ['KP'], 'key-activities': ['KA'], 'key-resources': ['KR'], 'value-propositions': ['VP'],
      'customer-relationships': ['CR', 'Customer Relations', 'Customer Relation'], channels: ['CH'], 'customer-segments': ['CS'],
    },
  },
  {
    language: 'de',
    labels: {
      'key-partners': ['Schlüsselpartner', 'Schlüsselpartnerschaften', 'Wichtige Partner', 'Schluesselpartner'],
      'key-activities': ['Schlüsselaktivitäten', 'Schlüsselaktivität', 'Wichtige Aktivitäten', 'Schluesselaktivitaeten'],
      'key-resources': ['Schlüsselressourcen', 'Schlüsselressource', 'Wichtige Ressourcen', 'Schluesselressourcen'],
      'value-propositions': ['Wertangebote', 'Wertangebot', 'Nutzenversprechen', 'Werteversprechen', 'Wertversprechen'],
      'customer-relationships': ['Kundenbeziehungen', 'Kundenbeziehung', 'Beziehungen zu Kunden', 'Beziehung zu Kunden'],
      channels: ['Kanäle', 'Kanal', 'Vertriebskanäle', 'Kommunikations- und Vertriebskanäle'],
      'customer-segments': ['Kundensegmente', 'Kundensegment', 'Zielgruppen'],
      'cost-structure': ['Kostenstruktur', 'Kostenstrukturen'],
      'revenue-streams': ['Einnahmequellen', 'Einnahmequelle', 'Erlösquellen', 'Einnahmeströme', 'Ertragsquellen', 'Umsatzquellen'],
    },
  },
  {
    language: 'fr',
    labels: {
      'key-partners': ['Partenaires clés', 'Partenaires clefs', 'Partenaire clé', 'Partenariats clés'],
      'key-activities': ['Activités clés', 'Activités clefs', 'Activité clé'],
      'key-resources': ['Ressources clés', 'Ressources clefs', 'Ressource clé'],
      'value-propositions': ['Propositions de valeur', 'Proposition de valeur'],
      'customer-relationships': [
        'Relations clients', 'Relation client', 'Relations client', 'Relation clients', 'Relations avec les clients',
        'Relation avec les clients', 'Relation avec le client', 'Relations avec la clientèle', 'Relation clientèle',
      ],
      channels: ['Canaux', 'Canal', 'Canaux de distribution', 'Canaux de distribution et de communication'],
      'customer-segments': ['Segments de clientèle', 'Segment de clientèle', 'Segments clients', 'Segments de clients', 'Segment client'],
      'cost-structure': ['Structure de coûts', 'Structure des coûts', 'Structure de coût'],
      'revenue-streams': ['Flux de revenus', 'Flux de revenu', 'Sources de revenus', 'Source de revenus'],
    },
  },
  {
    language: 'es',
    labels: {
      'key-partners': ['Socios clave', 'Socio clave', 'Asociaciones clave', 'Aliados clave', 'Alianzas clave'],
      'key-activities': ['Actividades clave', 'Actividad clave'],
      'key-resources': ['Recursos clave', 'Recurso clave'],
      'value-propositions': ['Propuesta de valor', 'Propuestas de valor'],
      'customer-relationships': [
        'Relaciones con los clientes', 'Relaciones con clientes', 'Relaciones con el cliente', 'Relación con los clientes',
        'Relación con el cliente', 'Relación con clientes',
      ],
      channels: ['Canales', 'Canal', 'Canales de distribución'],
      'customer-segments': ['Segmentos de clientes', 'Segmento de clientes', 'Segmentos de cliente', 'Segmentos de mercado'],
      'cost-structure': ['Estructura de costes', 'Estructura de costos', 'Estructura de coste'],
      'revenue-streams': ['Fuentes de ingresos', 'Fuente de ingresos', 'Flujos de ingresos', 'Flujo de ingresos', 'Vías de ingresos'],
    },
  },
  {
    language: 'pt',
    labels: {
      'key-partners': ['Parcerias principais', 'Parceiros principais', 'Parcerias-chave', 'Parceiros-chave', 'Parceria principal'],
      'key-activities': ['Atividades principais', 'Atividades-chave', 'Actividades-chave', 'Atividade principal'],
      'key-resources': ['Recursos principais', 'Recursos-chave', 'Recurso principal'],
      'value-propositions': ['Proposta de valor', 'Propostas de valor', 'Proposição de valor'],
      'customer-relationships': [
        'Relacionamento com clientes', 'Relacionamento com os clientes', 'Relacionamento com o cliente',
        'Relacionamento com cliente', 'Relacionamentos com clientes', 'Relacionamento', 'Relação com os clientes',
        'Relação com o cliente', 'Relações com clientes', 'Relações com os clientes',
      ],
      channels: ['Canais', 'Canal', 'Canais de distribuição'],
      'customer-segments': ['Segmentos de clientes', 'Segmento de clientes', 'Segmentos de cliente'],
      'cost-structure': ['Estrutura de custos', 'Estrutura de custo'],
      'revenue-streams': ['Fontes de receita', 'Fontes de receitas', 'Fonte de receita', 'Fluxos de receita', 'Fluxo de receitas'],
    },
  },
  {
    language: 'it',
    labels: {
      'key-partners': ['Partner chiave', 'Partners chiave', 'Partnership chiave', 'Partner principali'],
      'key-activities': ['Attività chiave', 'Attività principali'],
      'key-resources': ['Risorse chiave', 'Risorsa chiave', 'Risorse principali'],
      'value-propositions': ['Proposte di valore', 'Proposta di valore', 'Offerta di valore'],
      'customer-relationships': [
        'Relazioni con i clienti', 'Relazione con i clienti', 'Relazioni con il cliente', 'Relazione con il cliente',
        'Relazioni con la clientela', 'Relazioni clienti', 'Rapporti con i clienti', 'Rapporto con i clienti',
      ],
      channels: ['Canali', 'Canale', 'Canali di distribuzione'],
      'customer-segments': ['Segmenti di clientela', 'Segmento di clientela', 'Segmenti di clienti', 'Segmento di clienti', 'Segmenti clienti'],
      'cost-structure': ['Struttura dei costi', 'Struttura di costo', 'Struttura di costi', 'Struttura costi'],
      'revenue-streams': ['Flussi di ricavi', 'Flusso di ricavi', 'Flussi di ricavo', 'Fonti di ricavo', 'Fonti di ricavi', 'Flussi di entrate'],
    },
  },
  {
    language: 'nl',
    labels: {
      'key-partners': ['Sleutelpartners', 'Sleutelpartner', 'Kernpartners', 'Belangrijkste partners'],
      'key-activities': ['Kernactiviteiten', 'Kernactiviteit', 'Sleutelactiviteiten', 'Belangrijkste activiteiten'],
      'key-resources': ['Kernmiddelen', 'Kernmiddel', 'Sleutelmiddelen', 'Belangrijkste middelen'],
      'value-propositions': ['Waardeproposities', 'Waardepropositie', 'Waardeaanbod', 'Waardebelofte'],
      'customer-relationships': ['Klantrelaties', 'Klantrelatie', 'Klantenrelaties', 'Klantenrelatie', 'Relaties met klanten'],
      channels: ['Kanalen', 'Kanaal', 'Distributiekanalen'],
      'customer-segments': ['Klantsegmenten', 'Klantsegment', 'Klantensegmenten'],
      'cost-structure': ['Kostenstructuur', 'Kostenstructuren'],
      'revenue-streams': ['Inkomstenstromen', 'Inkomstenstroom', 'Opbrengststromen', 'Omzetstromen'],
    },
  },
];

/**
 * Labels of the Lean Canvas and the Value Proposition Canvas that the Business Model Canvas does not use:
 * near a candidate they count against it (those canvases share "Customer Segments", "Channels"…).
 */
export const OTHER_CANVAS_LABELS: readonly string[] = [
  // Lean Canvas
  'Problem', 'Problems', 'Solution', 'Solutions', 'Unique Value Proposition', 'Unfair Advantage', 'Key Metrics',
  'Existing Alternatives', 'High-Level Concept', 'Early Adopters',
  'Lösung', 'Alleinstellungsmerkmal', 'Unfairer Vorteil', 'Schlüsselkennzahlen',
  'Problème', 'Proposition de valeur unique', 'Avantage déloyal', 'Avantage concurrentiel', 'Indicateurs clés',
  'Problema', 'Solución', 'Propuesta única de valor', 'Propuesta de valor única', 'Ventaja injusta', 'Ventaja especial', 'Métricas clave',
  'Solução', 'Proposta única de valor', 'Vantagem injusta', 'Métricas-chave',
  'Soluzione', 'Proposta di valore unica', 'Vantaggio ingiusto', 'Vantaggio competitivo', 'Metriche chiave',
  'Probleem', 'Oplossing', 'Unieke waardepropositie', 'Oneerlijk voordeel', 'Kernmetrics',
  // Value Proposition Canvas
  'Customer Jobs', 'Customer Job', 'Gains', 'Pains', 'Gain Creators', 'Pain Relievers', 'Products & Services',
  'Products and Services', 'Customer Profile', 'Value Map',
  'Kundenaufgaben', 'Gewinne', 'Gewinnerzeuger', 'Schmerzlinderer', 'Produkte und Dienstleistungen', 'Kundenprofil',
  'Tâches du client', 'Douleurs', 'Créateurs de gains', 'Solutions aux douleurs', 'Produits et services', 'Profil client',
  'Trabajos del cliente', 'Alegrías', 'Frustraciones', 'Creadores de alegrías', 'Aliviadores de frustraciones', 'Productos y servicios', 'Perfil del cliente',
  'Tarefas do cliente', 'Ganhos', 'Dores', 'Criadores de ganhos', 'Analgésicos', 'Produtos e serviços', 'Perfil do cliente',
  'Compiti del cliente', 'Guadagni', 'Dolori', 'Creatori di guadagno', 'Riduttori di dolore', 'Prodotti e servizi', 'Profilo del cliente',
  'Klanttaken', 'Winsten', 'Pijnen', 'Winstmakers', 'Pijnverzachters', 'Producten en diensten', 'Klantprofiel',
];

/** One meaning of a label: this block, in this language. */
export interface LabelMeaning {
  language: string;
  block: BlockId;
  weak: boolean;
}

/** What a label text names: blocks (several when languages share the words), another canvas's label, or both. */
export interface LabelMatch {
  key: string;
  meanings: readonly LabelMeaning[];
  otherCanvas: boolean;
}

const PAREN_SUFFIX = /\s*\([^()]{1,6}\)\s*$/;
const HAS_LETTER = /\p{L}/u;

/**
 * The comparable form of a label: lower case, no accents, punctuation as single spaces, leading and trailing
 * words without letters (numbers, emoji) and a short trailing "(CR)" dropped: "4. Kundenbeziehungen:" → "kundenbeziehungen".
 */
export function labelKey(text: string): string {
  const words = normalise(text.replace(PAREN_SUFFIX, '')).split(' ');
  let a = 0;
  let b = words.length;
  while (a < b && !HAS_LETTER.test(words[a]!)) a++;
  while (b > a && !HAS_LETTER.test(words[b - 1]!)) b--;
  return words.slice(a, b).join(' ');
}

interface Index {
  meanings: Map<string, LabelMeaning[]>;
  other: Set<string>;
  /** Hash of a key's first word → the length of the shortest key starting with that word. */
  firstWords: Map<number, number>;
  /** The first three letters of keys' first words (base 27): a cheaper rejection before the hash lookup. */
  prefixes: Uint8Array;
}
let index: Index | undefined;

/** Latin-1 and Latin Extended-A letters folded to their base a–z letter (0 for none): "Ä" → "a", "ß" → 0. */
const FOLDED = Array.from({ length: 0x180 - 0xc0 }, (_, i) => {
  const base = String.fromCharCode(0xc0 + i).normalize('NFD')[0]!.toLowerCase().charCodeAt(0);
  return base >= 97 && base <= 122 ? base : 0;
});

/**
 * Where the first word of a text starts, skipping decoration (spaces, numbering, punctuation, symbols, emoji),
 * or -1 when the text starts with a letter of another script (no vocabulary here uses one).
 */
function firstLetter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7)) return i;
    if (c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c < 0x2c00) || (c >= 0xd800 && c < 0xe000) || (c >= 0xfe00 && c < 0xfe10)) continue;
    return -1;
  }
  return -1;
}

/**
 * A hash of the word at `at` (letters folded to lower-case a–z, accents' combining marks skipped), or 0 as soon
 * as its first three letters begin no word of `prefixes`.
 */
function wordHash(text: string, at: number, prefixes?: Uint8Array): number {
  let hash = 0;
  let code = 0;
  let letters = 0;
  for (let j = at; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const letter = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c : c >= 0xc0 && c < 0x180 ? FOLDED[c - 0xc0]! : 0;
    if (letter) {
      hash = (Math.imul(hash, 31) + letter) | 0;
      if (++letters <= 3) {
        code = code * 27 + letter - 96;
        if (letters === 3 && prefixes && !prefixes[code]) return 0;
      }
    } else if (c < 0x300 || c >= 0x370) break;
  }
  return hash;
}

/** The first three letters of a word (base 27), as `wordHash` checks them. */
const prefixCode = (word: string) => [...word.slice(0, 3)].reduce((code, ch) => code * 27 + ch.charCodeAt(0) - 96, 0);

function buildIndex(): Index {
  const meanings = new Map<string, LabelMeaning[]>();
  const add = (language: string, block: BlockId, label: string, weak: boolean) => {
    const key = labelKey(label);
    const list = meanings.get(key) ?? [];
    if (!list.some((m) => m.language === language && m.block === block)) list.push({ language, block, weak });
    meanings.set(key, list);
  };
  for (const v of VOCABULARIES) {
    for (const block of BLOCKS) {
      for (const label of v.labels[block]) add(v.language, block, label, false);
      for (const label of v.weakLabels?.[block] ?? []) add(v.language, block, label, true);
    }
  }
  const other = new Set(OTHER_CANVAS_LABELS.map(labelKey));
  const firstWords = new Map<number, number>();
  const prefixes = new Uint8Array(27 ** 3);
  for (const key of [...meanings.keys(), ...other]) {
    const hash = wordHash(key, 0);
    firstWords.set(hash, Math.min(firstWords.get(hash) ?? Infinity, key.length));
    const first = key.split(' ')[0]!;
    if (/^[a-z]{3}/.test(first)) prefixes[prefixCode(first)] = 1;
  }
  return { meanings, other, firstWords, prefixes };
}

/** Longest text node (with indentation and decoration) that can still be a label. */
export const MAX_LABEL_TEXT = 120;

/**
 * The key of a text when the whole text is a known label, else undefined. Cheap for the texts of an ordinary
 * page, as it runs on every text node: a length check, then the first word (hashed, no allocation) must begin
 * some label and the text be at least as long as the shortest such label; only then is it normalised.
 */
function knownKey(text: string): string | undefined {
  const n = text.length;
  if (n < 2 || n > MAX_LABEL_TEXT) return undefined;
  const idx = (index ??= buildIndex());
  // Fast rejection, for the usual text that starts (after ASCII decoration) with three ASCII letters.
  let i = 0;
  let c = text.charCodeAt(0);
  while (c < 0x80 && ((c | 32) < 97 || (c | 32) > 122)) {
    if (++i >= n) return undefined;
    c = text.charCodeAt(i);
  }
  if (c < 0x80 && i + 2 < n) {
    const b = text.charCodeAt(i + 1) | 32;
    const d = text.charCodeAt(i + 2) | 32;
    if (b >= 97 && b <= 122 && d >= 97 && d <= 122 && !idx.prefixes[((c | 32) - 96) * 729 + (b - 96) * 27 + d - 96]) return undefined;
  }
  const at = firstLetter(text);
  if (at < 0) return undefined;
  const shortest = idx.firstWords.get(wordHash(text, at, idx.prefixes));
  if (shortest === undefined || n - at < shortest) return undefined;
  const key = labelKey(text);
  return idx.meanings.has(key) || idx.other.has(key) ? key : undefined;
}

/** Whether a whole text is a label of some vocabulary or of another canvas: the test run on every text node. */
export function mightBeLabel(text: string): boolean {
  return knownKey(text) !== undefined;
}

/** What a whole text names as a label, or undefined when it is no label ("Customer relationships matter" is none). */
export function matchLabel(text: string): LabelMatch | undefined {
  const key = knownKey(text);
  if (key === undefined) return undefined;
  return { key, meanings: index!.meanings.get(key) ?? [], otherCanvas: index!.other.has(key) };
}
