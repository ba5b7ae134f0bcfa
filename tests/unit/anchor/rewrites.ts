/**
 * Graded rewrites for the reworded-passage tests (issue 14): short articles in English, German and French, each
 * with passages a student highlights and the same passages rewritten with about 10 %, 20 %, 30 % and 40 % of
 * their words changed (synonyms, a clause rephrased, words reordered). Each passage sits between a sentence
 * before and a sentence after, which some cases rewrite as well. And passages that are really gone: deleted,
 * replaced by a different sentence on the same subject, or a repeated line of boilerplate removed.
 */

export type Grade = 10 | 20 | 30 | 40;
export const GRADES: readonly Grade[] = [10, 20, 30, 40];

/** A highlighted sentence in its paragraph, with the ways it and its neighbours are rewritten. */
export interface GradedPassage {
  /** Id of the paragraph that holds it. */
  id: string;
  before: string;
  passage: string;
  after: string;
  /** The neighbouring sentences as another editor rewrote them. */
  beforeChanged: string;
  afterChanged: string;
  /** The passage with about that share of its words changed. */
  rewrites: Record<Grade, string>;
  /** A different sentence on the same subject put in its place: the highlighted words are gone. */
  replacement: string;
}

export interface GradedArticle {
  language: 'en' | 'de' | 'fr';
  title: string;
  /** Paragraphs nobody highlighted, placed before, between and after the passages' paragraphs. */
  filler: string[];
  passages: GradedPassage[];
  /** A line repeated at the end of every section (share buttons, newsletter calls). */
  boilerplate: string;
}

export const GRADED_ARTICLES: GradedArticle[] = [
  {
    language: 'en',
    title: 'A library of things on Mill Street',
    boilerplate: 'Found this useful? Pass it on to a neighbour who keeps a shed full of tools.',
    filler: [
      'When the hardware shop on Mill Street closed, a group of neighbours asked what people had actually bought there. Most of them, it turned out, had needed a drill for twenty minutes a year and had kept it in a drawer ever since.',
      'The volunteers who run the counter are retired joiners, students and a former bank clerk who keeps the ledger. Nobody is paid, and the rota is pinned to the door every Monday morning.',
      'Two years on, the library lends more than four hundred items a month. The busiest weeks are the ones before school holidays and the first warm weekend of spring.',
    ],
    passages: [
      {
        id: 'en-fee',
        before: 'The library opened in the old bakery two doors down.',
        passage: 'Members pay a small yearly fee and may borrow drills, ladders and sewing machines for a week at a time.',
        after: 'Donated tools make up most of the shelves.',
        beforeChanged: 'Its first home was a former bakery a little further along the street.',
        afterChanged: 'Most of what stands on the shelves was given by local families.',
        rewrites: {
          10: 'Members pay a modest yearly fee and may borrow drills, ladders and sewing machines for a week at one time.',
          20: 'Members pay a modest annual fee and can borrow drills, ladders and sewing machines for a week at one time.',
          30: 'For a modest annual fee, members can take home drills, ladders and sewing machines for a week at a time.',
          40: 'For a modest annual fee, members can take home drills, ladders and sewing machines for seven days at a time.',
        },
        replacement: 'Anyone may walk in and ask for advice, but only residents of the district can become members.',
      },
      {
        id: 'en-repair',
        before: 'Every second Saturday the back room turns into a repair café.',
        passage: 'Volunteers show visitors how to mend a toaster or a torn jacket themselves instead of fixing it for them.',
        after: 'The coffee is free, and the cake is usually gone by noon.',
        beforeChanged: 'On alternate Saturdays the storeroom at the back becomes a repair café.',
        afterChanged: 'Nobody pays for the coffee, though the cake rarely survives the morning.',
        rewrites: {
          10: 'Volunteers show visitors how to repair a toaster or a ripped jacket themselves instead of fixing it for them.',
          20: 'Volunteers teach visitors how to repair a toaster or a ripped coat themselves instead of fixing it for them.',
          30: 'Volunteers teach guests how to repair a toaster or a ripped coat on their own instead of fixing it for them.',
          40: 'Rather than fixing it for them, volunteers teach guests how to repair a broken toaster or a ripped coat on their own.',
        },
        replacement: 'Visitors who bring a broken toaster are asked to leave it for a week so that a volunteer can look at it.',
      },
      {
        id: 'en-trust',
        before: 'The library has never asked for a deposit.',
        passage: 'Its founders believed that trusting people with expensive tools would make them more careful, not less, and the numbers have proved them right.',
        after: 'Fewer than one item in a hundred comes back damaged.',
        beforeChanged: 'No borrower has ever been asked to leave money as a guarantee.',
        afterChanged: 'Damage is rare: about one loan in every hundred.',
        rewrites: {
          10: 'Its founders believed that trusting people with costly tools would make them more careful, not less, and the figures have proved them right.',
          20: 'Its founders were convinced that trusting people with costly tools would make them more careful, not less, and the figures have shown them right.',
          30: 'The founders were convinced that trusting people with costly equipment would make them more careful rather than less, and the figures have shown them right.',
          40: 'The founders were convinced that trusting borrowers with costly equipment would make them more careful rather than less, and so far the figures agree with them.',
        },
        replacement: 'Its founders expected theft to be the main problem, yet in two years only a single ladder has gone missing.',
      },
    ],
  },
  {
    language: 'de',
    title: 'Ein Hofladen ohne Personal',
    boilerplate: 'Hat Ihnen dieser Beitrag gefallen? Dann empfehlen Sie uns gerne im Freundeskreis weiter.',
    filler: [
      'Am Rand des Dorfes steht ein Holzhäuschen mit einem Kühlschrank, einer Kasse und einer Tafel mit den Preisen. Geöffnet ist es jeden Tag von sechs Uhr morgens bis zehn Uhr abends.',
      'Die Familie, die den Hof bewirtschaftet, hält Hühner, baut Kartoffeln an und hat vor drei Jahren eine kleine Käserei eingerichtet. Der Laden war ursprünglich nur für die überzähligen Eier gedacht.',
      'Inzwischen kommen Kunden aus drei Nachbarorten, manche mit dem Fahrrad, viele auf dem Weg zur Arbeit.',
    ],
    passages: [
      {
        id: 'de-kasse',
        before: 'Im Laden arbeitet niemand.',
        passage: 'Die Kunden nehmen sich, was sie brauchen, und legen das Geld in eine offene Kasse neben der Tür.',
        after: 'Wechselgeld liegt in einer Blechdose bereit.',
        beforeChanged: 'Eine Verkäuferin gibt es in dem Häuschen nicht.',
        afterChanged: 'Für Wechselgeld steht eine alte Keksdose auf dem Regal.',
        rewrites: {
          10: 'Die Kunden nehmen sich, was sie benötigen, und werfen das Geld in eine offene Kasse neben der Tür.',
          20: 'Die Kunden nehmen sich, was sie benötigen, und werfen das Geld in eine offene Kasse neben dem Eingang.',
          30: 'Die Kundschaft bedient sich selbst mit dem, was sie benötigt, und legt das Geld in eine offene Kasse neben dem Eingang.',
          40: 'Wer einkauft, bedient sich selbst mit dem, was er benötigt, und wirft das Geld in eine offene Kasse neben dem Eingang.',
        },
        replacement: 'Bezahlt wird inzwischen auch mit dem Handy, denn die offene Kasse wurde im letzten Winter zweimal geleert.',
      },
      {
        id: 'de-vertrauen',
        before: 'Der Betrieb rechnet jeden Abend ab.',
        passage: 'Nach Angaben der Familie fehlen im Monat selten mehr als zwanzig Euro, weil die Stammkunden aufeinander achten und Fehlbeträge oft freiwillig nachzahlen.',
        after: 'Eine Kamera gibt es trotzdem.',
        beforeChanged: 'Am Ende jedes Tages zählt die Tochter das Geld.',
        afterChanged: 'Über der Tür hängt dennoch eine kleine Kamera.',
        rewrites: {
          10: 'Nach Angaben der Familie fehlen im Monat selten mehr als zwanzig Euro, weil die Stammkunden aufeinander achten und Fehlbeträge häufig freiwillig begleichen.',
          20: 'Laut der Familie fehlen pro Monat selten mehr als zwanzig Euro, weil die Stammkunden aufeinander achten und Fehlbeträge häufig freiwillig begleichen.',
          30: 'Laut der Familie fehlen pro Monat kaum einmal mehr als zwanzig Euro, da die Stammkunden aufeinander achten und Fehlbeträge häufig freiwillig begleichen.',
          40: 'Laut der Familie fehlen pro Monat kaum einmal mehr als zwanzig Euro, da die Stammkunden einander im Blick behalten und Fehlbeträge häufig freiwillig begleichen.',
        },
        replacement: 'Die Familie sagt, dass im Sommer mehr Geld fehlt als im Winter, weil dann viele Touristen vorbeikommen.',
      },
    ],
  },
  {
    language: 'fr',
    title: 'Une coopérative de vélos en centre-ville',
    boilerplate: 'Cet article vous a plu ? Abonnez-vous à notre lettre pour recevoir le prochain portrait.',
    filler: [
      'Installée dans un ancien garage, la coopérative loue, répare et vend des vélos d’occasion. Elle compte aujourd’hui près de mille adhérents et quatre salariés.',
      'Le samedi matin, la file d’attente déborde souvent sur le trottoir, et les bénévoles servent du café aux personnes qui patientent.',
      'La mairie a fini par lui confier l’entretien des vélos de service de ses agents.',
    ],
    passages: [
      {
        id: 'fr-atelier',
        before: 'L’adhésion coûte vingt euros par an.',
        passage: 'Elle donne accès à l’atelier partagé, où chacun peut réparer son vélo avec les outils de la coopérative et les conseils d’un mécanicien.',
        after: 'Les pièces détachées sont vendues à prix coûtant.',
        beforeChanged: 'Pour adhérer, il faut verser vingt euros chaque année.',
        afterChanged: 'Les pièces sont cédées sans marge aux adhérents.',
        rewrites: {
          10: 'Elle donne accès à l’atelier partagé, où chacun peut réparer son vélo avec les outils de la coopérative et l’aide d’un mécanicien.',
          20: 'Elle ouvre l’accès à l’atelier commun, où chacun peut entretenir son vélo avec les outils de la coopérative et l’aide d’un mécanicien.',
          30: 'Elle ouvre l’accès à l’atelier commun, où chacun peut entretenir sa bicyclette avec les outils de la coopérative et l’aide d’un mécanicien.',
          40: 'Elle ouvre l’accès à l’atelier commun, où tout adhérent peut entretenir sa bicyclette grâce aux outils de la coopérative et à l’aide d’un mécanicien.',
        },
        replacement: 'Les adhérents qui le souhaitent peuvent aussi suivre un cours de mécanique le mardi soir, à condition de réserver.',
      },
      {
        id: 'fr-fidelite',
        before: 'Peu d’adhérents partent.',
        passage: 'Ceux qui ont appris à régler leurs freins reviennent pour apprendre à changer une chaîne, puis à monter une roue, et finissent souvent par devenir bénévoles.',
        after: 'La coopérative n’a jamais fait de publicité.',
        beforeChanged: 'Le taux de départ reste très faible.',
        afterChanged: 'Aucune campagne de publicité n’a jamais été lancée.',
        rewrites: {
          10: 'Ceux qui ont appris à ajuster leurs freins reviennent pour apprendre à remplacer une chaîne, puis à assembler une roue, et finissent souvent par devenir bénévoles.',
          20: 'Ceux qui ont appris à ajuster leurs freins reviennent pour apprendre à remplacer une chaîne, puis à rayonner une roue, et finissent souvent bénévoles eux-mêmes.',
          30: 'Les adhérents qui ont appris à régler leurs freins reviennent pour savoir remplacer une chaîne, puis rayonner une roue, et finissent souvent bénévoles eux-mêmes.',
          40: 'Les adhérents qui savent déjà régler leurs freins reviennent pour savoir remplacer une chaîne, puis rayonner une roue, et deviennent souvent bénévoles à leur tour.',
        },
        replacement: 'Ceux qui partent le font surtout parce qu’ils déménagent, et beaucoup reviennent dire au revoir aux bénévoles.',
      },
    ],
  },
];

/** How the neighbours of the passage read on the changed page. */
export type ContextChange = 'context kept' | 'context changed';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** What a page shows in place of one passage's paragraph (undefined: unchanged). */
export interface ParagraphEdit {
  passageId: string;
  /** The passage's new wording, or '' when it was deleted. */
  passage: string;
  context: ContextChange;
  /** The boilerplate line after the section at this (0-based) place is removed. */
  dropBoilerplate?: number;
  /** The passage's whole paragraph is removed (its neighbours with it). */
  dropParagraph?: boolean;
}

/**
 * The article as HTML: title, then per passage one filler paragraph (while there are), the passage's
 * paragraph and the boilerplate line; the remaining filler and the boilerplate once more close the article. `edit` changes one passage's
 * paragraph (and may drop a boilerplate line).
 */
export function gradedArticleHtml(a: GradedArticle, edit?: ParagraphEdit): string {
  const parts = [`<article lang="${a.language}"><h1>${escape(a.title)}</h1>`];
  a.passages.forEach((p, i) => {
    if (a.filler[i]) parts.push(`<p>${escape(a.filler[i]!)}</p>`);
    const edited = edit?.passageId === p.id ? edit : undefined;
    const changed = edited?.context === 'context changed';
    const sentences = [changed ? p.beforeChanged : p.before, edited ? edited.passage : p.passage, changed ? p.afterChanged : p.after];
    if (!edited?.dropParagraph) parts.push(`<p id="${p.id}">\n  ${sentences.filter((s) => s !== '').map(escape).join('\n  ')}\n</p>`);
    if (edit?.dropBoilerplate !== i) parts.push(`<p class="share">${escape(a.boilerplate)}</p>`);
  });
  for (const rest of a.filler.slice(a.passages.length)) parts.push(`<p>${escape(rest)}</p>`);
  // Once more at the very end, so that even an article of two sections repeats it three times.
  parts.push(`<p class="share">${escape(a.boilerplate)}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}

/** Lower-case words (letters and digits) of a sentence. */
export function wordsOf(s: string): string[] {
  return s.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the original's words missing from the rewrite, counting repeats (a bag of words; order ignored). */
export function shareChanged(original: string, rewrite: string): number {
  const left = new Map<string, number>();
  for (const w of wordsOf(rewrite)) left.set(w, (left.get(w) ?? 0) + 1);
  const words = wordsOf(original);
  let kept = 0;
  for (const w of words) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      kept += 1;
      left.set(w, n - 1);
    }
  }
  return 1 - kept / words.length;
}
