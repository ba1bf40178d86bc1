// Which characters a TrueType font can draw, read from its `cmap` table (formats 4 and 12 cover every font
// we load). The OG image (lib/og/fonts.ts) keeps only characters its fonts have: for any other, next/og
// would ask fonts.googleapis.com for a font at render time — a request per odd character from our server,
// which stalls the image where outbound HTTP is slow or closed.
const CMAP = 0x636d6170; // "cmap"

export function codePointsOf(font: Buffer): Set<number> {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    if (font.readUInt32BE(12 + 16 * i) === CMAP) cmap = font.readUInt32BE(12 + 16 * i + 8);
  }
  if (cmap < 0) throw new Error("Font has no cmap table");
  const points = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = font.readUInt16BE(at);
    if (format === 4) {
      const segments = font.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      for (let s = 0; s < segments; s++) {
        const start = font.readUInt16BE(starts + 2 * s);
        const end = font.readUInt16BE(ends + 2 * s);
        for (let c = start; c <= end && c < 0xffff; c++) points.add(c);
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = font.readUInt32BE(at + 16 + 12 * g);
        const end = font.readUInt32BE(at + 20 + 12 * g);
        for (let c = start; c <= end; c++) points.add(c);
      }
    }
  }
  return points;
}

/**
 * `text` with only what `covered` can draw: an accented letter a font lacks loses its accent ("é" → "e"),
 * anything else it lacks becomes a space (runs of spaces collapse).
 */
export function drawable(text: string, covered: Set<number>) {
  let out = "";
  for (const char of text) {
    if (covered.has(char.codePointAt(0)!)) out += char;
    else {
      const base = char.normalize("NFD").replace(/\p{M}/gu, "");
      out += base.length > 0 && [...base].every((c) => covered.has(c.codePointAt(0)!)) ? base : " ";
    }
  }
  return out.replace(/\s+/g, " ").trim();
}
