import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import DigestEmail, { type DigestEmailPaper, type DigestEmailProps } from "@/emails/digest";
import { renderDigestHtml } from "@/lib/digest/digest-html";

const preview = DigestEmail.PreviewProps;
const reactEmail = (props: DigestEmailProps) => render(<DigestEmail {...props} />);

/** Text that HTML escaping, replacement patterns and odd characters could trip on. */
const awkwardPaper: DigestEmailPaper = {
  title: `Tom & Jerry's <Attention> "Is" All $& You $1 Need $$ — ▲ 🚀`,
  authors: "",
  excerpt: `We show <script>alert("x")</script> & friends ' \u00a0 … 100% of the time`,
  upvotes: 1,
  chips: [
    { label: "R&D <ops>", kind: "own" },
    { label: "Safety", kind: "topic" },
  ],
  paperUrl: "https://paperboy.example/papers/a%26b?x=1&y='2'",
  pdfUrl: null,
};

const thirtyPapers = Array.from({ length: 30 }, (_, i) => ({
  ...preview.papers[i % preview.papers.length]!,
  title: `Paper number ${i + 1}`,
  upvotes: i,
}));

const cases: [string, DigestEmailProps][] = [
  ["the preview digest", preview],
  ["a weekly digest", { ...preview, frequency: "weekly" }],
  ["one paper", { ...preview, papers: [preview.papers[0]!] }],
  ["thirty papers", { ...preview, papers: thirtyPapers }],
  ["no papers", { ...preview, papers: [] }],
  [
    "awkward text and links",
    {
      ...preview,
      papers: [awkwardPaper, ...preview.papers],
      dateLabel: `Sunday 1 "June" <2031> & $'`,
      scheduleLabel: "weekly on Sunday at 07:00 (America/Argentina/Buenos_Aires)",
      viewUrl: `https://paperboy.example/digests/1?a=1&b="2"&c='$&'`,
      unsubscribeUrl: "https://paperboy.example/unsubscribe/u1.digest.user-1.$1<&>",
    },
  ],
];

describe("the digest's HTML from cached parts", () => {
  it.each(cases)("is byte for byte what @react-email/render makes of the email: %s", async (_name, props) => {
    expect(await renderDigestHtml(props)).toBe(await reactEmail(props));
  });

  it("stays identical when the frame and the papers come from the cache for other readers", async () => {
    const readers = Array.from({ length: 4 }, (_, i) => ({
      ...preview,
      viewUrl: `https://paperboy.example/digests/${i}`,
      unsubscribeUrl: `https://paperboy.example/unsubscribe/u1.digest.reader-${i}.mac`,
      papers: i % 2 ? preview.papers : [...preview.papers].reverse(),
    }));
    for (const props of [...readers, ...readers]) {
      expect(await renderDigestHtml(props)).toBe(await reactEmail(props));
    }
  });

  it("renders a digest whose text holds the stand-ins' own character the slow way, still identical", async () => {
    const props = { ...preview, papers: [{ ...awkwardPaper, title: "\uF8FFpapers\uF8FF and \uF8FFview\uF8FF" }] };
    expect(await renderDigestHtml(props)).toBe(await reactEmail(props));
  });
});
