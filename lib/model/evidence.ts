/**
 * Evidence: a student's annotated passage, quoted in a draft with the way back to where it was read.
 */
import type { PhaseId } from '../catalogue/ids';
import { newId, type Evidence } from './draft';

interface AnnotationLike {
  id: string;
  url: string;
  title: string;
  quote: { exact: string; prefix: string; suffix: string };
}

/** The evidence entry for an annotation in one phase of a segment. */
export function evidenceFrom(annotation: AnnotationLike, phase: PhaseId): Evidence {
  return {
    id: newId(),
    phase,
    quote: annotation.quote.exact,
    url: annotation.url,
    title: annotation.title,
    annotationId: annotation.id,
    prefix: annotation.quote.prefix,
    suffix: annotation.quote.suffix,
  };
}

const WORDS_AT_EACH_END = 4;

/** Half of a character (context cut between the two UTF-16 units of an emoji): it cannot be encoded, so it goes. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes a text-fragment term; `-`, `&` and `,` are syntax there, so they are encoded too. */
const encodeTerm = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '')).replace(/-/g, '%2D').replace(/,/g, '%2C');

const words = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);

/**
 * A link that opens the page scrolled to the passage and highlighted by the browser itself (a text fragment,
 * `#:~:text=`), for when the extension cannot place it (another browser, a shared document). Long passages
 * use `start,end` so the link stays short; the nearest context words tell repeats apart.
 */
export function textFragmentUrl(url: string, quote: string, prefix = '', suffix = ''): string {
  const base = url.split('#')[0] ?? url;
  const all = words(quote);
  if (all.length === 0) return base;
  const text = all.length > WORDS_AT_EACH_END * 2 + 2
    ? `${encodeTerm(all.slice(0, WORDS_AT_EACH_END).join(' '))},${encodeTerm(all.slice(-WORDS_AT_EACH_END).join(' '))}`
    : encodeTerm(all.join(' '));
  const before = words(prefix).slice(-2).join(' ');
  const after = words(suffix).slice(0, 2).join(' ');
  return `${base}#:~:text=${before ? `${encodeTerm(before)}-,` : ''}${text}${after ? `,-${encodeTerm(after)}` : ''}`;
}
