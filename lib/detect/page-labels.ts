/**
 * The label vocabularies and the page scan as one value, handed to the detection engine. The always-on canvas
 * script carries them for its cheap pass and lends them to the detector it has injected (lib/detect/handoff.ts),
 * so a canvas page loads them once.
 */
import { labelKey, matchLabel } from './labels';
import { scanDeeper, scanPage } from './scan';

export interface PageLabels {
  matchLabel: typeof matchLabel;
  labelKey: typeof labelKey;
  scanPage: typeof scanPage;
  scanDeeper: typeof scanDeeper;
}

export const PAGE_LABELS: PageLabels = { matchLabel, labelKey, scanPage, scanDeeper };
