import { describe, expect, it } from "vitest";
import { hasControlCharacters } from "@/lib/validations/control-characters";

describe("hasControlCharacters", () => {
  it("finds C0 controls, DEL and C1 controls, whitespace ones included", () => {
    for (const text of ["a\u0000b", "\u0001", "tab\there", "line\nbreak", "\u001f", "\u007f", "a\u0085b", "\u009f"])
      expect(hasControlCharacters(text), JSON.stringify(text)).toBe(true);
  });

  it("finds none in what people type, whatever the script or symbol", () => {
    for (const text of ["", "KV cache", "Ada Lovelace", "Größe", "量子化", "4-bit “quantization”", "\u00a0", "😀"])
      expect(hasControlCharacters(text), JSON.stringify(text)).toBe(false);
  });
});
