/**
 * The part of the guide the health check reads: mistakes (their titles name findings) and the questions to the
 * neighbouring blocks. English is `./checks-data`; other languages are `lib/i18n/content/checks.<lang>.ts`.
 */
import type { Guide } from './schema';

export type GuideChecks = Pick<Guide, 'mistakes' | 'blockQuestions'>;
