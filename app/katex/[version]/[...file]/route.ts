// GET /katex/<version>/katex.min.css and /katex/<version>/fonts/KaTeX_*.woff2 — KaTeX's stylesheet and
// fonts from our own origin (the CSP allows styles and fonts from 'self' only), straight from the
// installed package, so a fresh clone needs no copy step. Only those names, only the installed version:
// the path never reaches the file system unchecked. The version in the URL makes them immutable.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { KATEX_VERSION } from "@/lib/math/rendered";

const FILES: Record<string, string> = { css: "text/css; charset=utf-8", woff2: "font/woff2" };
const ALLOWED = /^(katex\.min\.css|fonts\/KaTeX_[A-Za-z0-9]+-[A-Za-z0-9]+\.woff2)$/;

export async function GET(_request: Request, { params }: RouteContext<"/katex/[version]/[...file]">) {
  const { version, file } = await params;
  const name = file.join("/");
  if (version !== KATEX_VERSION || !ALLOWED.test(name)) return new Response("Not found\n", { status: 404 });
  const body = await readFile(path.join(process.cwd(), "node_modules", "katex", "dist", name)).catch(() => null);
  if (body === null) return new Response("Not found\n", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": FILES[name.slice(name.lastIndexOf(".") + 1)]!,
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
