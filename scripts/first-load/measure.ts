// Measures the JavaScript a page's first load downloads: each chunk's raw and gzip -9 size and, when the build
// serves source maps (PAPERBOY_SOURCE_MAPS=1 next build), what it holds.
import { gzipSync } from "node:zlib";
import { pageScripts } from "./page-scripts";
import { bytesBySource, ownerOf, type SourceMap } from "./source-map";

export type ChunkSize = { url: string; noModule: boolean; raw: number; gzip: number; holds: [string, number][] };

async function text(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return response.text();
}

async function holdings(url: string, code: string): Promise<[string, number][]> {
  const mapPath = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  if (!mapPath) return [];
  const response = await fetch(new URL(mapPath, url));
  if (!response.ok) throw new Error(`GET ${mapPath} of ${url}: HTTP ${response.status}`);
  const byOwner = new Map<string, number>();
  for (const [source, bytes] of bytesBySource(code, (await response.json()) as SourceMap)) {
    const owner = ownerOf(source);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytes);
  }
  return [...byOwner].sort((a, b) => b[1] - a[1]);
}

export async function measureFirstLoadJs(pageUrl: string): Promise<ChunkSize[]> {
  const scripts = pageScripts(await text(pageUrl), pageUrl);
  return Promise.all(
    scripts.map(async ({ url, noModule }) => {
      const code = await text(url);
      const raw = Buffer.byteLength(code);
      return { url, noModule, raw, gzip: gzipSync(code, { level: 9 }).length, holds: await holdings(url, code) };
    }),
  );
}
