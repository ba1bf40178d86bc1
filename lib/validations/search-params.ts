/**
 * The first value of a search parameter as Next.js hands it over: a string, an array when the URL repeats
 * the name (`?page=2&page=5`), or undefined. A repeated parameter counts by its first value, everywhere.
 */
export function firstValue<T>(value: T | readonly T[] | undefined): T | undefined {
  return Array.isArray(value) ? (value as readonly T[])[0] : (value as T | undefined);
}
