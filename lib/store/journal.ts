/**
 * The unsaved-edits journal: what is on screen but not yet in IndexedDB, written synchronously on every
 * edit (the panel keeps it in localStorage). If the panel closes or crashes before the save commits, the
 * next session on that draft finds the edits here and saves them. Entries are validated when read.
 */
import { z } from '../model/zod';
import { DraftContentSchema } from '../model/draft';

export const JournalEntrySchema = z.object({
  draftId: z.string(),
  /** The stored revision the edits were made on, and its content (the base for a three-way merge). */
  baseRev: z.number().check(z.int(), z.gte(1)),
  base: DraftContentSchema,
  content: DraftContentSchema,
  at: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/** Where entries live; one key per editing session, so two panels never overwrite each other's entry. */
export interface Journal {
  /** Entries for a draft, left by any session (a crashed one, or a closed panel). */
  entries(draftId: string): { key: string; entry: JournalEntry }[];
  write(key: string, entry: JournalEntry): void;
  remove(key: string): void;
}

export function parseJournalEntry(value: unknown): JournalEntry | undefined {
  const parsed = JournalEntrySchema.safeParse(value);
  return parsed.success ? (parsed.data) : undefined;
}

/** A journal over a Storage (localStorage in the panel; a Map-backed stand-in in tests). */
// The parameter is not called `storage`: WXT's build would take that name for its own storage helper and
// bundle it (2.6 KB) into the side panel.
export function storageJournal(backing: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>, prefix = 'crc-unsaved:'): Journal {
  return {
    entries(draftId) {
      const out: { key: string; entry: JournalEntry }[] = [];
      try {
        for (let i = 0; i < backing.length; i++) {
          const key = backing.key(i);
          if (!key?.startsWith(`${prefix}${draftId}:`)) continue;
          const entry = parseJournalEntry(JSON.parse(backing.getItem(key) ?? 'null'));
          if (entry) out.push({ key: key.slice(prefix.length), entry });
        }
      } catch {
        // An unreadable journal must not stop the draft from opening.
      }
      return out.sort((a, b) => (a.entry.at < b.entry.at ? -1 : 1));
    },
    write(key, entry) {
      try {
        backing.setItem(`${prefix}${key}`, JSON.stringify(entry));
      } catch {
        // Full or unavailable: the IndexedDB save still runs; only crash recovery is lost.
      }
    },
    remove(key) {
      try {
        backing.removeItem(`${prefix}${key}`);
      } catch {
        // nothing to do
      }
    },
  };
}
