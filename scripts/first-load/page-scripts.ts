// Which JavaScript files a page makes a modern browser load: its <script src> tags, the chunks it preloads, and
// the client-component chunks its RSC payload names (React loads those while hydrating). `noModule` scripts are
// the legacy polyfills: modern browsers skip them, so they are listed apart and left out of the total.
export type PageScript = { url: string; noModule: boolean };

const chunkPath = /\/_next\/static\/chunks\/[\w.~-]+\.js/g;
const scriptTag = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi;

export function pageScripts(html: string, pageUrl: string): PageScript[] {
  const noModule = new Set<string>();
  const found = new Map<string, PageScript>();
  const add = (src: string, legacy: boolean) => {
    const url = new URL(src, pageUrl).href;
    if (!found.has(url)) found.set(url, { url, noModule: legacy });
  };
  for (const [tag, src] of html.matchAll(scriptTag)) {
    if (!src) continue;
    const legacy = /\bnomodule\b/i.test(tag);
    if (legacy) noModule.add(new URL(src, pageUrl).href);
    add(src, legacy);
  }
  // The payload escapes quotes but not paths, so one pattern finds chunk names in tags and payload alike.
  for (const [path] of html.matchAll(chunkPath)) add(path, noModule.has(new URL(path, pageUrl).href));
  return [...found.values()];
}
