// A tiny XML writer for the feeds. Text and attribute values are always escaped and characters XML 1.0
// forbids are dropped, so nothing in a paper's title or abstract can break the document or add markup.
// Strings are only ever text: there is no way to pass raw markup in, which is what keeps it safe.

export type XmlAttributes = Record<string, string | undefined>;
export type XmlNode = { name: string; attributes: XmlAttributes; children: (XmlNode | string)[] };

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the `u` flag
// lone surrogates are single code points outside these ranges, so they go too.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Parsers turn raw tabs and newlines in attribute values into spaces; character references survive.
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...ENTITIES, "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

export function stripIllegalXmlChars(text: string) {
  return text.replace(ILLEGAL, "");
}

export function escapeXmlText(text: string) {
  return stripIllegalXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export function escapeXmlAttribute(text: string) {
  return stripIllegalXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}

/** An element. Attributes whose value is undefined are left out; string children are text. */
export function el(name: string, attributes: XmlAttributes = {}, ...children: (XmlNode | string)[]): XmlNode {
  return { name, attributes, children };
}

function render(node: XmlNode, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
    .join("");
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) return `${open}/>`;
  // Elements holding text are written on one line, so no indentation leaks into their text.
  if (node.children.some((child) => typeof child === "string")) {
    const inner = node.children.map((child) => (typeof child === "string" ? escapeXmlText(child) : render(child, "")));
    return `${open}>${inner.join("")}</${node.name}>`;
  }
  const inner = node.children.map((child) => render(child as XmlNode, `${indent}  `));
  return `${open}>\n${inner.join("\n")}\n${indent}</${node.name}>`;
}

export function xmlDocument(root: XmlNode) {
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root, "")}\n`;
}
