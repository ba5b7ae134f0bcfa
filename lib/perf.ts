/**
 * Named timings read by `npm run bench` (performance.getEntriesByName). Cheap enough to keep in
 * production builds; nothing is sent anywhere.
 */
export function measureSince(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Timing is best-effort; it must never break the feature it measures.
  }
}
