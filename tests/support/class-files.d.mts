import type { Draft } from '../../lib/model/draft';

export function studentDraft(n: number): Draft;
export function envelopeOf(drafts: Draft[]): Record<string, unknown>;
export function classFiles(count: number): { name: string; text: string }[];
