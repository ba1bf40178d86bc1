import { Fragment } from "react";
import { KATEX_STYLESHEET, type RenderedText } from "@/lib/math/rendered";

/**
 * Text rendered by lib/math/render: prose as React text, formulas as KaTeX's HTML (made on the server from
 * TeX with `trust: false`, so it holds no links, scripts or styles of the paper's choosing). KaTeX's
 * stylesheet comes with the first formula; React hoists it into <head> once, so pages without math load none.
 */
export function Rendered({ value }: { value: RenderedText }) {
  // Prose alone (most titles and excerpts): one text node, with no fragments in the page or its payload.
  const prose = value.map((part) => ("text" in part && !part.marked ? part.text : null));
  if (!prose.includes(null)) return prose.join("");
  const hasMath = value.some((part) => "html" in part);
  return (
    <>
      {hasMath ? <link rel="stylesheet" href={KATEX_STYLESHEET} precedence="katex" /> : null}
      {value.map((part, i) => {
        const content =
          "text" in part ? (
            part.text
          ) : (
            <span
              // Display math is as wide as it is: it scrolls in its own box rather than widening the page.
              className={part.display ? "block max-w-full overflow-x-auto overflow-y-hidden" : undefined}
              dangerouslySetInnerHTML={{ __html: part.html }}
            />
          );
        return part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 text-inherit dark:bg-amber-900/60">
            {content}
          </mark>
        ) : (
          <Fragment key={i}>{content}</Fragment>
        );
      })}
    </>
  );
}
