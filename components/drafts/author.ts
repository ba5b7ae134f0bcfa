/** The reviewer's name, set once and remembered by this browser's side panel (used on comments). */
const KEY = 'crc-author';

export function savedAuthor(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage disabled: the name is asked each time
  }
}

export function saveAuthor(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim().slice(0, 100));
  } catch {
    // not remembered; the comment still carries the name
  }
}
