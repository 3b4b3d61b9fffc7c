import "server-only";

/**
 * A LIKE/ILIKE pattern for "contains `text`": its wildcards escaped (with
 * PostgreSQL's default escape, the backslash), so a search for "50%" or
 * "a_b" means those characters. Every search box goes through this.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
