import { describe, expect, it } from "vitest";
import { bytesBySource, ownerOf } from "./source-map";

describe("bytesBySource", () => {
  // "AAAA" maps column 0 to source 0; "MAAC" moves 6 columns on to source 1; "IAAA" 4 more, still source 1.
  const code = "abcdefghijkl\nxyz";
  const map = { sources: ["a.ts", "b.ts"], mappings: "AAAA,MCAA,IAAA;" };

  it("counts each segment's bytes towards its source until the next segment, newlines and gaps as unmapped", () => {
    expect(Object.fromEntries(bytesBySource(code, map))).toEqual({ "a.ts": 6, "b.ts": 6, "(unmapped)": 4 });
  });

  it("reads index maps by their section offsets", () => {
    const indexed = { sections: [{ offset: { line: 1, column: 1 }, map: { sources: ["c.ts"], mappings: "AAAA" } }] };
    expect(Object.fromEntries(bytesBySource(code, indexed))).toEqual({ "(unmapped)": 14, "c.ts": 2 });
  });
});

describe("ownerOf", () => {
  it("names packages, React as vendored by Next, and app files", () => {
    expect(ownerOf("turbopack:///[project]/node_modules/@tanstack/query-core/src/queryClient.ts")).toBe(
      "@tanstack/query-core",
    );
    expect(ownerOf("turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/x.js")).toBe("react-dom");
    expect(ownerOf("turbopack:///[project]/components/search-box.tsx")).toBe("components/search-box.tsx");
    expect(ownerOf("turbopack:///[turbopack]/shared/runtime/runtime-utils.ts")).toBe("turbopack runtime");
    expect(ownerOf("webpack://_N_E/./components/search-box.tsx?1234")).toBe("components/search-box.tsx");
  });
});
