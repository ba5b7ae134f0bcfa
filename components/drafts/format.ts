// Formatters are costly to create: one each, reused for every row of a long list.
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "just now", "5 min ago", "today 14:02", "yesterday 14:02", "3 Mar 2026": short, readable times for lists. */
export function relativeTime(iso: string, now = new Date()): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  if (seconds < 86400 && then.getDate() === now.getDate()) return `today ${timeFormat.format(then)}`;
  if (seconds < 2 * 86400) return `yesterday ${timeFormat.format(then)}`;
  return dateFormat.format(then);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
