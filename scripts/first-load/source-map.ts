// Attributes a chunk's bytes to the packages and files they came from, using its source map: each mapped
// segment of generated code counts towards its original source until the next segment begins.
type PlainMap = { sources: string[]; mappings: string };
type IndexMap = { sections: { offset: { line: number; column: number }; map: PlainMap }[] };
export type SourceMap = PlainMap | IndexMap;

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

type Mark = { line: number; column: number; source: string | null };

function marksOf(map: PlainMap, lineOffset: number, columnOffset: number): Mark[] {
  const marks: Mark[] = [];
  let sourceIndex = 0;
  map.mappings.split(";").forEach((lineMappings, line) => {
    let column = 0;
    for (const segment of lineMappings.split(",")) {
      if (!segment) continue;
      const [columnDelta = 0, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      marks.push({
        line: line + lineOffset,
        column: column + (line === 0 ? columnOffset : 0),
        source: sourceDelta === undefined ? null : (map.sources[sourceIndex] ?? null),
      });
    }
  });
  return marks;
}

// Bytes of `code` per original source; bytes no segment covers count as "(unmapped)".
export function bytesBySource(code: string, map: SourceMap): Map<string, number> {
  const marks =
    "sections" in map
      ? map.sections.flatMap((s) => marksOf(s.map, s.offset.line, s.offset.column))
      : marksOf(map, 0, 0);
  marks.sort((a, b) => a.line - b.line || a.column - b.column);
  const marksByLine = new Map<number, Mark[]>();
  for (const mark of marks) {
    const onLine = marksByLine.get(mark.line);
    if (onLine) onLine.push(mark);
    else marksByLine.set(mark.line, [mark]);
  }
  const lines = code.split("\n");
  const totals = new Map<string, number>();
  const count = (source: string | null, bytes: number) => {
    const key = source ?? "(unmapped)";
    if (bytes > 0) totals.set(key, (totals.get(key) ?? 0) + bytes);
  };
  lines.forEach((text, line) => {
    const onLine = marksByLine.get(line) ?? [];
    count(null, (onLine[0]?.column ?? text.length) + (line < lines.length - 1 ? 1 : 0));
    onLine.forEach((mark, i) => count(mark.source, (onLine[i + 1]?.column ?? text.length) - mark.column));
  });
  return totals;
}

// What a reader recognises: a package (React DOM and friends are vendored inside next/dist/compiled), or an
// app file by its path in the project.
export function ownerOf(source: string): string {
  if (source === "(unmapped)") return source;
  if (source.includes("[turbopack]")) return "turbopack runtime";
  const path = decodeURIComponent(
    source
      .replace(/^.*\[project\]\//, "")
      .replace(/^webpack:\/\/[^/]*\/(\.\/)?/, "")
      .replace(/\?.*$/, ""),
  );
  const compiled = /node_modules\/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (compiled) return compiled[1]!;
  const nodeModule = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nodeModule) return nodeModule[1]!;
  return path.replace(/\s*\[[^\]]*\]/g, "").replace(/\s*\(.*\)$/, "");
}
