// The bundled sample: 50 real papers from a trending listing (title + abstract, in trending order),
// in prisma/data/trending-sample.jsonl. It has no arXiv ids, authors or dates, so we store none.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { paperIdFromKey } from "@/lib/papers/paper-id";
import { collapseWhitespace, titleKey } from "@/lib/papers/text";

export const SAMPLE_FILE = fileURLToPath(new URL("../../prisma/data/trending-sample.jsonl", import.meta.url));

const sampleLine = z.object({
  rank: z.number().int().positive(),
  title: z.string().trim().min(1),
  abstract: z.string().trim().min(1),
});

export type SamplePaper = { id: string; rank: number; title: string; abstract: string };

/** Parses the JSONL sample; a bad line is an error naming its line number (the file ships with us). */
export function parseSample(text: string): SamplePaper[] {
  return text
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, number }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`sample line ${number}: not valid JSON`);
      }
      const parsed = sampleLine.safeParse(json);
      if (!parsed.success) throw new Error(`sample line ${number}: ${parsed.error.issues[0]?.message}`);
      const title = collapseWhitespace(parsed.data.title);
      return {
        id: paperIdFromKey(`title:${titleKey(title)}`),
        rank: parsed.data.rank,
        title,
        abstract: collapseWhitespace(parsed.data.abstract),
      };
    });
}

export async function readSample(file = SAMPLE_FILE) {
  return parseSample(await readFile(file, "utf8"));
}
