// The fonts of the generated share images (app/papers/[id]/opengraph-image.tsx), read once per process:
// Next's own sans (Geist, what next/og draws with by default: Latin, Cyrillic, Vietnamese) and KaTeX's
// main and math-italic fonts (Greek, arrows and operators, as the plain text of a formula has them).
// katex is a dependency of ours; the Geist file ships inside next.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { codePointsOf, drawable } from "@/lib/og/font-coverage";

export const IMAGE_FONTS = [
  { name: "Geist", file: "next/dist/compiled/@vercel/og/Geist-Regular.ttf" },
  { name: "KaTeX_Main", file: "katex/dist/fonts/KaTeX_Main-Regular.ttf" },
  { name: "KaTeX_Math", file: "katex/dist/fonts/KaTeX_Math-Italic.ttf" },
] as const;

/** Where a font of IMAGE_FONTS is: Next.js runs from the project's root, in development and production alike. */
export const fontPath = (file: string) => path.join(process.cwd(), "node_modules", file);

type ImageFonts = {
  fonts: { name: string; data: Buffer; weight: 400; style: "normal" }[];
  /** `text` reduced to what these fonts draw (see drawable). */
  drawable: (text: string) => string;
};

let loaded: Promise<ImageFonts> | undefined;

export function imageFonts(): Promise<ImageFonts> {
  loaded ??= Promise.all(IMAGE_FONTS.map(({ file }) => readFile(fontPath(file)))).then((data) => {
    const covered = new Set(data.flatMap((font) => [...codePointsOf(font)]));
    return {
      fonts: IMAGE_FONTS.map(({ name }, i) => ({
        name,
        data: data[i]!,
        weight: 400 as const,
        style: "normal" as const,
      })),
      drawable: (text: string) => drawable(text, covered),
    };
  });
  return loaded;
}
