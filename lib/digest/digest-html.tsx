// The digest email's HTML from cached parts: byte for byte what @react-email/render makes of <DigestEmail>
// (digest-html.test.tsx holds it to that), without a React render per digest. That render cost ~3.5 ms of
// CPU per digest, and most of it went on parts that many readers share: the same paper with the same
// why-chips, and the same frame for everyone with the same date, schedule, size and top paper. So each
// paper block is rendered once, and each frame once with stand-ins for the two links that differ per
// digest, which are then put in escaped exactly as React escapes an attribute. Both go through render()
// itself (Next.js refuses react-dom/server in app code); the blocks a digest lacks are rendered together,
// between stand-ins that cut them apart again, whatever render() writes around them.
import { render } from "@react-email/render";
import DigestEmail, { type DigestEmailProps, DigestFrame, DigestPaperBlock } from "@/emails/digest";

// Stand-ins made of a private-use character, which React writes out as it is. Text that holds that
// character itself could be taken for one, so such a digest is rendered the slow way.
const MARK = "\uF8FF";
const slot = (name: "papers" | "view" | "unsubscribe") => `${MARK}${name}${MARK}`;
const SLOTS = new RegExp(`${MARK}(papers|view|unsubscribe)${MARK}`);
const CUT = `${MARK}cut${MARK}`;

/** Entries per cache; past that the oldest goes (a few MB at most). */
const MOST_CACHED = 2_000;
/** A frame: its HTML cut at the slots, slot names at the odd places ([html, "view", html, "papers", …]). */
const frames = new Map<string, string[]>();
const blocks = new Map<string, string>();

function remember<T>(cache: Map<string, T>, key: string, value: T) {
  if (cache.size >= MOST_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** What React's server renderer does to text and attribute values. */
const ESCAPES: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;" };
const escapeHtml = (text: string) => text.replace(/["&'<>]/g, (char) => ESCAPES[char]!);

/** The HTML of <DigestEmail {...props} />, as @react-email/render writes it. */
export async function renderDigestHtml(props: DigestEmailProps) {
  const { papers, viewUrl, unsubscribeUrl, ...shared } = props;
  const frameProps = { ...shared, paperCount: papers.length, topTitle: papers[0]?.title ?? "" };
  const frameKey = JSON.stringify(frameProps);
  const paperKeys = papers.map((paper) => JSON.stringify(paper));
  if ([frameKey, viewUrl, unsubscribeUrl, ...paperKeys].some((text) => text.includes(MARK))) {
    return render(<DigestEmail {...props} />);
  }
  const frame =
    frames.get(frameKey) ??
    remember(
      frames,
      frameKey,
      (
        await render(
          <DigestFrame {...frameProps} viewUrl={slot("view")} unsubscribeUrl={slot("unsubscribe")}>
            {slot("papers")}
          </DigestFrame>,
        )
      ).split(SLOTS),
    );
  // Taken from the cache before the await below: meanwhile other digests may push these entries out.
  const paperHtml = paperKeys.map((key) => blocks.get(key));
  const missing = papers.flatMap((_paper, i) => (paperHtml[i] === undefined ? [i] : []));
  if (missing.length > 0) {
    const cut = (
      <>
        {CUT}
        {missing.flatMap((i) => [<DigestPaperBlock key={i} paper={papers[i]!} />, CUT])}
      </>
    );
    const rendered = (await render(cut)).split(CUT).slice(1, -1);
    missing.forEach((i, j) => (paperHtml[i] = remember(blocks, paperKeys[i]!, rendered[j]!)));
  }
  const slots = { papers: paperHtml.join(""), view: escapeHtml(viewUrl), unsubscribe: escapeHtml(unsubscribeUrl) };
  return frame.map((part, i) => (i % 2 === 1 ? slots[part as keyof typeof slots] : part)).join("");
}
