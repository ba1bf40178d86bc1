// Test helper: parses XML strictly with sax (namespaces on) into a small element tree, throwing on any
// well-formedness error or unbound prefix. Used by the feed unit, integration and browser tests.
import sax from "sax";

export type XmlElement = {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ("" when none). */
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
};

export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const { local, uri, attributes } = tag as sax.QualifiedTag;
    const element: XmlElement = {
      name: local,
      uri,
      attributes: Object.fromEntries(Object.entries(attributes).map(([key, a]) => [key, a.value])),
      children: [],
      text: "",
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = parser.oncdata = (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

export function childNamed(element: XmlElement, name: string) {
  const child = element.children.find((c) => c.name === name);
  if (!child) throw new Error(`<${element.name}> has no <${name}>`);
  return child;
}
