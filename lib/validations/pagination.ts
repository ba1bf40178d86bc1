import { z } from "zod";

/** `?page=` from a URL: a positive integer, else page 1. Out-of-range pages are the caller's to handle. */
export const pageParamSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export function parsePage(value: string | string[] | undefined) {
  return pageParamSchema.parse(Array.isArray(value) ? value[0] : (value ?? 1));
}
