// Which parser a file needs, judged from its content: a downloaded file's extension says little
// (.json for JSON Lines, .xml or nothing at all for an API response saved with curl).
export type IngestFormat = "arxiv-atom" | "hf-daily" | "json-array" | "jsonl";

// Enough of the start of a file to get past an XML declaration and comments to the root element.
const XML_HEAD = 4096;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function detectJsonArray(text: string): IngestFormat | null {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    // Still an array file, only a broken one: its parser will say where, which beats "unknown format".
    return "json-array";
  }
  if (!Array.isArray(items)) return null;
  // Hugging Face wraps each paper in `paper`; a plain papers file never has that key.
  return items.some((item) => isObject(item) && isObject(item.paper)) ? "hf-daily" : "json-array";
}

function firstLineIsJsonObject(text: string) {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  try {
    return isObject(JSON.parse(firstLine));
  } catch {
    return false;
  }
}

/** Returns the format of a file's text, or null when it is none that Paperboy reads. */
export function detectFormat(content: string): IngestFormat | null {
  const text = content.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("<")) return /<(?:[\w.-]+:)?feed[\s>]/.test(text.slice(0, XML_HEAD)) ? "arxiv-atom" : null;
  if (text.startsWith("[")) return detectJsonArray(text);
  if (text.startsWith("{")) return firstLineIsJsonObject(text) ? "jsonl" : null;
  return null;
}
