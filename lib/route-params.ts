// The one check at the boundary of every page with a dynamic segment: the segment must have the shape of
// what it names (lib/validations/ids.ts), or the page is a 404 before any query sees it.
import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";

export function segmentOrNotFound<S extends z.ZodType>(schema: S, segment: string): z.infer<S> {
  const parsed = schema.safeParse(segment);
  if (!parsed.success) notFound();
  return parsed.data;
}
