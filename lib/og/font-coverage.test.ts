import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codePointsOf, drawable } from "@/lib/og/font-coverage";
import { IMAGE_FONTS, fontPath } from "@/lib/og/fonts";

/** The code points of one of the fonts the share images draw with. */
const font = (name: (typeof IMAGE_FONTS)[number]["name"]) =>
  codePointsOf(readFileSync(fontPath(IMAGE_FONTS.find((entry) => entry.name === name)!.file)));
const geist = font("Geist");
const katexMath = font("KaTeX_Math");

describe("codePointsOf", () => {
  it("reads what a font draws from its cmap", () => {
    for (const char of "Az09éłЖ–…") expect(geist.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of "模🚀α") expect(geist.has(char.codePointAt(0)!), char).toBe(false);
    expect(katexMath.has("α".codePointAt(0)!)).toBe(true);
  });

  it("refuses a file that is not a font", () => {
    expect(() => codePointsOf(Buffer.alloc(64))).toThrow(/cmap/);
  });
});

describe("drawable", () => {
  const covered = new Set([...geist, ...katexMath]);

  it("keeps what the fonts draw", () => {
    expect(drawable("Müller–Łukasiewicz sheaves for α-tests", covered)).toBe("Müller–Łukasiewicz sheaves for α-tests");
  });

  it("drops what they cannot, accents first, so next/og never fetches a font", () => {
    expect(drawable("模型 scaling 🚀 laws", covered)).toBe("scaling laws");
    const onlyAscii = new Set([..."abcdefghijklmnopqrstuvwxyz "].map((c) => c.codePointAt(0)!));
    expect(drawable("café naïve", onlyAscii)).toBe("cafe naive");
    expect(drawable("🚀", covered)).toBe("");
  });
});
