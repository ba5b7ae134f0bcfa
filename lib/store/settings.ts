/**
 * The user's settings that the background must read too (the chip's language). A database of its own, apart
 * from the drafts database, so settings need no step on the drafts upgrade ladder and cannot block it; the
 * extension asks for no `storage` permission, and IndexedDB is shared by the background and the panel.
 */
import { openDB } from 'idb';
import { isLanguageChoice, type LanguageChoice } from '../i18n/languages';

export const SETTINGS_DB = 'crc-settings';
const STORE = 'settings';

async function open(name: string) {
  return openDB(name, 1, { upgrade: (db) => void db.createObjectStore(STORE) });
}

/** The stored language choice; "browser" when none is stored, the value is unknown, or storage fails. */
export async function readLanguageChoice(name = SETTINGS_DB): Promise<LanguageChoice> {
  try {
    const db = await open(name);
    const value: unknown = await db.get(STORE, 'language');
    db.close();
    return isLanguageChoice(value) ? value : 'browser';
  } catch {
    return 'browser';
  }
}

/** Stores the language choice; false when storage refused (the choice then lasts for this panel only). */
export async function writeLanguageChoice(choice: LanguageChoice, name = SETTINGS_DB): Promise<boolean> {
  try {
    const db = await open(name);
    await db.put(STORE, choice, 'language');
    db.close();
    return true;
  } catch {
    return false;
  }
}
