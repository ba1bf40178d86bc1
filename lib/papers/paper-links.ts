// A paper's links to arXiv, safe whatever its row holds. Feeds supply abs and PDF links, and rows written
// before these checks may hold plain-http links or links to any host; so links are built from the arXiv id
// when there is one, and otherwise only an arXiv URL is kept, always as https.
import { arxivAbsUrl, arxivPdfUrl, isArxivId } from "@/lib/ingest/arxiv-id";

const ARXIV_HOSTS = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org"]);

/** `url` as an https link on arxiv.org, or null when it points anywhere else (or is no URL at all). */
export function arxivUrl(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const plain = !parsed.username && !parsed.password && !parsed.port;
  if (!/^https?:$/.test(parsed.protocol) || !ARXIV_HOSTS.has(parsed.hostname) || !plain) return null;
  return `https://arxiv.org${parsed.pathname}${parsed.search}`;
}

type Linked = { arxivId: string | null; absUrl?: string | null; pdfUrl?: string | null };

/** The paper's arXiv abstract page. */
export function absUrlOf(paper: Linked) {
  return paper.arxivId && isArxivId(paper.arxivId) ? arxivAbsUrl(paper.arxivId) : arxivUrl(paper.absUrl);
}

/** The paper's PDF on arXiv. */
export function pdfUrlOf(paper: Linked) {
  return paper.arxivId && isArxivId(paper.arxivId) ? arxivPdfUrl(paper.arxivId) : arxivUrl(paper.pdfUrl);
}
