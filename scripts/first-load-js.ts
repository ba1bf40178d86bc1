// `npx tsx scripts/first-load-js.ts <url>`: the JavaScript a modern browser downloads to show and hydrate a page,
// per chunk (raw and gzip -9) with the total. Against a build made with PAPERBOY_SOURCE_MAPS=1 it also says
// what each chunk holds, by package or app file.
import { measureFirstLoadJs } from "./first-load/measure";

const url = process.argv[2];
if (!url) {
  console.error("usage: npx tsx scripts/first-load-js.ts <page url, e.g. http://localhost:3000/>");
  process.exit(2);
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const chunks = await measureFirstLoadJs(url);
const name = (chunkUrl: string) => new URL(chunkUrl).pathname.replace("/_next/static/chunks/", "");
const width = Math.max(...chunks.map((c) => name(c.url).length));

for (const chunk of chunks) {
  const share = chunk.holds
    .slice(0, 4)
    .map(([owner, bytes]) => `${owner} ${Math.round((100 * bytes) / chunk.raw)}%`)
    .join(", ");
  const legacy = chunk.noModule ? " (noModule: legacy browsers only)" : "";
  console.log(
    `${name(chunk.url).padEnd(width)}  ${kB(chunk.gzip).padStart(6)} kB gz  ${kB(chunk.raw).padStart(6)} kB  ${share}${legacy}`,
  );
}
const modern = chunks.filter((c) => !c.noModule);
const sum = (list: typeof chunks, key: "gzip" | "raw") => list.reduce((total, c) => total + c[key], 0);
console.log(
  `first-load JS: ${kB(sum(modern, "gzip"))} kB gzipped (${kB(sum(modern, "raw"))} kB raw) in ${modern.length} files`,
);
const legacy = chunks.filter((c) => c.noModule);
if (legacy.length) console.log(`legacy polyfills (noModule, not counted): ${kB(sum(legacy, "gzip"))} kB gzipped`);
