import { Rendered } from "@/components/rendered-text";
import { renderMathText } from "@/lib/math/render";

/** A title or abstract with its TeX rendered on the server (server components only; clients get Rendered). */
export function MathText({ text }: { text: string }) {
  return <Rendered value={renderMathText(text)} />;
}
