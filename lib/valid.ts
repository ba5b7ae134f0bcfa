/** What a schema's `safeParse` returns, whichever zod build made the schema. */
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/** `data` as the schema reads it, or undefined when it does not fit: for messages that may be ignored. */
export function validOrUndefined<T>(schema: Parser<T>, data: unknown): T | undefined {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
