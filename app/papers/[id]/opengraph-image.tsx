// The picture shown when a paper's link is shared (Open Graph and X cards): its title, authors and date.
// Rendered on first request and kept like the page (an hour: a new arXiv version changing the title is
// rare, and a stale picture is harmless). Text goes through `drawable`: see lib/og/font-coverage.ts.
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { getPaper } from "@/lib/data/papers";
import { formatDate, paperDate } from "@/lib/format";
import { imageFonts } from "@/lib/og/fonts";
import { paperIdSchema } from "@/lib/papers/paper-id";
import { shortAuthors } from "@/lib/papers/text";
import { shareText } from "@/lib/seo/share";

export const alt = "The paper's title, authors and date, on Paperboy";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 3600;

/** Nothing at build time (there is no database then). */
export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const id = paperIdSchema.safeParse((await params).id);
  const paper = id.success ? await getPaper(id.data) : null;
  if (!paper) notFound();
  const { fonts, drawable } = await imageFonts();
  const title = drawable(shareText(paper.title));
  const authors = drawable(shortAuthors(paper.authors.map((author) => author.name)));
  const { label, date } = paperDate(paper);
  const details = [paper.arxivId ? `arXiv ${paper.arxivId}` : null, `${label} ${formatDate(date)}`];

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        color: "#18181b",
        fontFamily: "Geist, KaTeX_Main, KaTeX_Math",
        borderTop: "16px solid #2563eb",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#1d4ed8" }}>Paperboy</div>
      <div
        style={{
          display: "flex",
          fontSize: title.length > 140 ? 44 : title.length > 80 ? 54 : 64,
          lineHeight: 1.15,
          // Satori has no line clamp: the longest arXiv titles (~300 characters) fit at the smallest size.
          maxHeight: 360,
          overflow: "hidden",
        }}
      >
        {title}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 28, color: "#52525b" }}>
        {authors ? <div style={{ display: "flex" }}>{authors}</div> : null}
        <div style={{ display: "flex" }}>{details.filter(Boolean).join(" · ")}</div>
      </div>
    </div>,
    { ...size, fonts },
  );
}
