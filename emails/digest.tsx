import { Heading, Link, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { EmailLayout, colors } from "@/emails/components/layout";

/** Why a paper is in the digest: a followed topic, the reader's own topic, or the trending list. */
export type DigestChip = { label: string; kind: "topic" | "own" | "trending" };

export type DigestEmailPaper = {
  title: string;
  /** Already shortened ("A, B, C + 4 more"); may be empty. */
  authors: string;
  /** Two or three lines of the abstract. */
  excerpt: string;
  upvotes: number;
  chips: DigestChip[];
  paperUrl: string;
  pdfUrl: string | null;
};

export type DigestEmailProps = {
  /** "Monday 30 November 2026" (the reader's local date) */
  dateLabel: string;
  frequency: "daily" | "weekly";
  papers: DigestEmailPaper[];
  /** The digest as a web page ("view in browser"). */
  viewUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** "daily at 08:00 (Europe/Berlin)" */
  scheduleLabel: string;
  host: string;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const chipText = (chip: DigestChip) => (chip.kind === "own" ? `Your topic: ${chip.label}` : chip.label);

/** The inbox line: the date and the top paper. `title` must already be one line (singleLine). */
export function digestSubject({ shortDate, topTitle, count }: { shortDate: string; topTitle: string; count: number }) {
  const more = count > 1 ? ` + ${count - 1} more` : "";
  return `Paperboy ${shortDate}: ${topTitle}${more}`;
}

/** The reader's digest of trending papers. Every piece of paper text is rendered as text, never as HTML. */
export default function DigestEmail({ papers, ...frame }: DigestEmailProps) {
  return (
    <DigestFrame {...frame} paperCount={papers.length} topTitle={papers[0]?.title ?? ""}>
      {papers.map((paper, i) => (
        <DigestPaperBlock key={i} paper={paper} />
      ))}
    </DigestFrame>
  );
}

export type DigestFrameProps = Omit<DigestEmailProps, "papers"> & {
  paperCount: number;
  /** The first paper's title, for the inbox preview line. */
  topTitle: string;
  /** The papers' blocks. */
  children: ReactNode;
};

/**
 * Everything around the papers. A component of its own, like DigestPaperBlock, so that
 * lib/digest/digest-html.tsx can render each part once and reuse it for many readers.
 */
export function DigestFrame(props: DigestFrameProps) {
  const { dateLabel, frequency, paperCount, topTitle, viewUrl, preferencesUrl, unsubscribeUrl, scheduleLabel, host } =
    props;
  const kind = frequency === "weekly" ? "weekly digest" : "digest";
  return (
    <EmailLayout
      preview={`${plural(paperCount, "paper")} for you: ${topTitle}`}
      footer={
        <>
          {`You get this ${kind} ${scheduleLabel} because you subscribed at ${host}. `}
          <Link href={preferencesUrl} className="pb-link" style={footerLink}>
            Change how often and when
          </Link>
          {" · "}
          <Link href={unsubscribeUrl} className="pb-link" style={footerLink}>
            Unsubscribe
          </Link>
        </>
      }
    >
      <Heading as="h1" className="pb-text" style={heading}>
        Your Paperboy {kind}
      </Heading>
      <Text className="pb-muted" style={subheading}>
        {`${dateLabel} · ${plural(paperCount, "paper")} · `}
        <Link href={viewUrl} className="pb-link" style={link}>
          View in your browser
        </Link>
      </Text>
      {props.children}
    </EmailLayout>
  );
}

/** One paper: its title (linked), authors, excerpt, upvotes and why-chips, and its links. */
export function DigestPaperBlock({ paper }: { paper: DigestEmailPaper }) {
  return (
    <Section style={paperBlock}>
      <Text style={paperTitle}>
        <Link href={paper.paperUrl} className="pb-link" style={titleLink}>
          {paper.title}
        </Link>
      </Text>
      {paper.authors ? (
        <Text className="pb-muted" style={authors}>
          {paper.authors}
        </Text>
      ) : null}
      <Text className="pb-text" style={excerptStyle}>
        {paper.excerpt}
      </Text>
      <Text className="pb-muted" style={meta}>
        {`▲ ${plural(paper.upvotes, "upvote")}`}
        {paper.chips.map((chip, j) => (
          <span key={j} style={chip.kind === "trending" ? trendingChip : chipStyle}>
            {chipText(chip)}
          </span>
        ))}
      </Text>
      <Text style={links}>
        <Link href={paper.paperUrl} className="pb-link" style={link}>
          Read on Paperboy
        </Link>
        {paper.pdfUrl ? (
          <>
            {" · "}
            <Link href={paper.pdfUrl} className="pb-link" style={link}>
              PDF
            </Link>
          </>
        ) : null}
      </Text>
    </Section>
  );
}

/** The plain-text part, written for reading rather than converted from the HTML. */
export function digestText(props: DigestEmailProps) {
  const { dateLabel, frequency, papers, viewUrl, preferencesUrl, unsubscribeUrl, scheduleLabel, host } = props;
  const kind = frequency === "weekly" ? "weekly digest" : "digest";
  const blocks = papers.map((paper, i) => {
    const lines = [`${i + 1}. ${paper.title}`];
    if (paper.authors) lines.push(`   ${paper.authors}`);
    lines.push(`   ${paper.excerpt}`);
    lines.push(`   ▲ ${[plural(paper.upvotes, "upvote"), ...paper.chips.map(chipText)].join(" · ")}`);
    lines.push(`   Read: ${paper.paperUrl}`);
    if (paper.pdfUrl) lines.push(`   PDF: ${paper.pdfUrl}`);
    return lines.join("\n");
  });
  return [
    `Your Paperboy ${kind}`,
    `${dateLabel} · ${plural(papers.length, "paper")}`,
    `View in your browser: ${viewUrl}`,
    ...blocks,
    "--",
    `You get this ${kind} ${scheduleLabel} because you subscribed at ${host}.`,
    `Change how often and when: ${preferencesUrl}`,
    `Unsubscribe: ${unsubscribeUrl}`,
  ].join("\n\n");
}

DigestEmail.PreviewProps = {
  dateLabel: "Monday 30 November 2026",
  frequency: "daily",
  scheduleLabel: "daily at 08:00 (Europe/Berlin)",
  host: "localhost:3000",
  viewUrl: "http://localhost:3000/digests/2b1f6c1e-8d0a-4c47-9a51-3f3c2f1d9e10",
  preferencesUrl: "http://localhost:3000/settings/digest",
  unsubscribeUrl:
    "http://localhost:3000/unsubscribe/u1.digest.clx9example.c2lnbmF0dXJlLWdvZXMtaGVyZS1leGFtcGxlLWV4YW1wbGU",
  papers: [
    {
      title: "COAP: Memory-Efficient Training with Correlation-Aware Gradient Projection",
      authors: "Jinqi Xiao, Shen Sang, Tiancheng Zhi + 5 more",
      excerpt:
        "Training large-scale neural networks in vision and multimodal domains demands substantial memory resources, primarily due to the storage of optimizer states. COAP reduces optimizer memory by 61% with negligible extra computation…",
      upvotes: 42,
      chips: [
        { label: "Efficient training", kind: "topic" },
        { label: "low-rank optimizers", kind: "own" },
      ],
      paperUrl: "http://localhost:3000/papers/2411.00856",
      pdfUrl: "https://arxiv.org/pdf/2411.00856",
    },
    {
      title: "KV Cache Compression for Long-Context Inference",
      authors: "Ada Lovelace, Alan Turing",
      excerpt:
        "Long contexts make the key-value cache the main memory cost of inference. We show that most heads attend to a handful of positions and compress the rest…",
      upvotes: 7,
      chips: [{ label: "KV cache & inference", kind: "topic" }],
      paperUrl: "http://localhost:3000/papers/2411.01234",
      pdfUrl: "https://arxiv.org/pdf/2411.01234",
    },
    {
      title: "A Survey of Agents That Read Papers",
      authors: "Grace Hopper",
      excerpt: "We survey systems that read, rank and summarise research papers for their users…",
      upvotes: 3,
      chips: [{ label: "Trending", kind: "trending" }],
      paperUrl: "http://localhost:3000/papers/h-3f9c2a1b",
      pdfUrl: null,
    },
  ],
} satisfies DigestEmailProps;

const heading: CSSProperties = { fontSize: "24px", lineHeight: "32px", fontWeight: 600, margin: "0 0 4px" };
const subheading: CSSProperties = { color: colors.muted, fontSize: "14px", lineHeight: "22px", margin: "0 0 24px" };
const link: CSSProperties = { color: colors.link, textDecoration: "underline" };
const footerLink: CSSProperties = { color: colors.muted, textDecoration: "underline" };
const paperBlock: CSSProperties = { margin: "0 0 28px" };
const paperTitle: CSSProperties = { fontSize: "17px", lineHeight: "24px", fontWeight: 600, margin: "0 0 4px" };
const titleLink: CSSProperties = { color: colors.text, textDecoration: "none" };
const authors: CSSProperties = { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "0 0 6px" };
const excerptStyle: CSSProperties = { fontSize: "15px", lineHeight: "23px", margin: "0 0 8px" };
const meta: CSSProperties = { color: colors.muted, fontSize: "13px", lineHeight: "22px", margin: "0 0 4px" };
const chipStyle: CSSProperties = {
  display: "inline-block",
  marginLeft: "8px",
  padding: "0 8px",
  borderRadius: "10px",
  backgroundColor: "#eef2ff",
  color: "#3730a3",
  fontSize: "12px",
  lineHeight: "20px",
};
const trendingChip: CSSProperties = { ...chipStyle, backgroundColor: "#fff7ed", color: "#9a3412" };
const links: CSSProperties = { fontSize: "14px", lineHeight: "22px", margin: 0 };
