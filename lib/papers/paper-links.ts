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

// owner/name as GitHub allows them: letters, digits, hyphens (owner), plus dots and underscores (name).
const GITHUB_REPO = /^\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/?$/;

/** https://github.com/owner/name for a repository link on github.com, else null (Hugging Face sends any URL). */
export function githubRepoUrl(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const plain = !parsed.username && !parsed.password && !parsed.port && !parsed.search && !parsed.hash;
  const match = GITHUB_REPO.exec(parsed.pathname);
  if (!/^https?:$/.test(parsed.protocol) || !["github.com", "www.github.com"].includes(parsed.hostname)) return null;
  if (!plain || !match || match[2] === "." || match[2] === "..") return null;
  return `https://github.com/${match[1]}/${match[2]!.replace(/\.git$/, "")}`;
}

/** The paper's page on Hugging Face Papers, which exists for the arXiv papers it listed. */
export function hfPaperUrl(arxivId: string | null) {
  return arxivId && isArxivId(arxivId) && !arxivId.includes("/") ? `https://huggingface.co/papers/${arxivId}` : null;
}

/** A card's compact links, each null when the paper has no such place to go. */
export type CardLinks = { abs: string | null; pdf: string | null; code: string | null; hf: string | null };

export function cardLinks(paper: Linked & { githubRepo: string | null; fromHf: boolean }): CardLinks {
  return {
    abs: absUrlOf(paper),
    pdf: pdfUrlOf(paper),
    code: githubRepoUrl(paper.githubRepo),
    hf: paper.fromHf ? hfPaperUrl(paper.arxivId) : null,
  };
}
