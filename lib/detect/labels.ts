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
  pattern: RegExp;
  /** First word's first letters (up to 4, base 27) → the shortest key starting so: a cheap first filter. */
  starts: Map<number, number>;
}
let index: Index | undefined;

/** Up to four a–z letters of a text from `at`, as one number (base 27); -1 when a non-ASCII character comes first. */
function startCode(text: string, at: number): number {
  let code = 0;
  for (let j = at; j < at + 4 && j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128) return -1;
    const lower = c | 32;
    if (lower < 97 || lower > 122) break;
    code = code * 27 + lower - 96;
  }
  return code;
}

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
  const keys = [...meanings.keys(), ...other];
  const starts = new Map<number, number>();
  for (const key of keys) {
    const code = startCode(key, 0);
    starts.set(code, Math.min(starts.get(code) ?? Infinity, key.length));
  }
  return { meanings, other, pattern: labelPattern(keys), starts };
}

/** Accented lower-case Latin letters by their base letter ("e" → "èéêëēĕėęě"), for accent-tolerant patterns. */
function accentedLetters(): Map<string, string> {
  const out = new Map<string, string>();
  for (let cp = 0xc0; cp < 0x250; cp++) {
    const ch = String.fromCharCode(cp);
    const base = ch.normalize('NFD')[0]!;
    if (ch === ch.toLowerCase() && base !== ch && /^[a-z]$/.test(base)) out.set(base, (out.get(base) ?? '') + ch);
  }
  return out;
}

/**
 * One precompiled pattern that a text matching any key (in any case, with or without accents, with any
 * punctuation between words and decoration around) passes: a prefix tree of the keys, so a mismatch fails
 * on the first letters. A superset of what `matchLabel` accepts; that decides.
 */
function labelPattern(keys: readonly string[]): RegExp {
  type Node = Map<string, Node>;
  const root: Node = new Map();
  for (const key of keys) {
    let node = root;
    for (const ch of `${key}\u0000`) node = node.get(ch) ?? node.set(ch, new Map()).get(ch)!;
  }
  const accents = accentedLetters();
  const char = (ch: string) => {
    if (ch === ' ') return '[^\\p{L}\\p{N}]+';
    const more = accents.get(ch);
    if (more) return `[${ch}${more}]\\p{M}*`;
    return /[\p{L}\p{N}]/u.test(ch) ? ch : `\\${ch}`;
  };
  const emit = (node: Node): string => {
    const branches = [...node].map(([ch, next]) => (ch === '\u0000' ? '' : char(ch) + emit(next)));
    return branches.length === 1 ? branches[0]! : `(?:${branches.sort((x, y) => y.length - x.length).join('|')})`;
  };
  return new RegExp(`^[^\\p{L}]*${emit(root)}(?:[^\\p{L}]*\\([^()]{1,6}\\))?[^\\p{L}]*$`, 'iu');
}

/** Longest text node (with indentation and decoration) that can still be a label. */
const MAX_LABEL_TEXT = 120;

/**
 * The cheap test run on every text node of a page: could this whole text be a label? A length check; then the
 * first letters of the first word (ASCII only: anything else goes on) must start some label, and the text must
 * be at least as long as that label's shortest form; then one precompiled pattern. False positives are fine
 * (`matchLabel` decides); false negatives are not.
 */
export function mightBeLabel(text: string): boolean {
  return labelTester()(text);
}

/** `mightBeLabel` as a closure over the prepared index, for the one loop that runs it on every text node. */
export function labelTester(): (text: string) => boolean {
  index ??= buildIndex();
  const { starts, pattern } = index;
  return (text) => {
    const n = text.length;
    if (n < 2 || n > MAX_LABEL_TEXT) return false;
    let i = 0;
    let c = text.charCodeAt(0);
    // Decoration before the label: spaces, numbering, punctuation (ASCII); emoji and the rest go to the pattern.
    while (c < 65 || (c > 90 && c < 97) || (c > 122 && c < 128)) {
      if (++i >= n) return false;
      c = text.charCodeAt(i);
    }
    const code = startCode(text, i);
    if (code >= 0) {
      const shortest = starts.get(code);
      if (shortest === undefined || n - i < shortest) return false;
    }
    return pattern.test(text);
  };
}

/** What a whole text names as a label, or undefined when it is no label ("Customer relationships matter" is none). */
export function matchLabel(text: string): LabelMatch | undefined {
  if (!mightBeLabel(text)) return undefined;
  const key = labelKey(text);
  const meanings = index!.meanings.get(key) ?? [];
  const otherCanvas = index!.other.has(key);
  return meanings.length || otherCanvas ? { key, meanings, otherCanvas } : undefined;
}
