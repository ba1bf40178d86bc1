// Which papers a reader's digest holds. Pure: the candidates come from lib/data/digests.ts, already
// without the papers this reader was sent before or marked "Not interested".
//
// The digest is the top of the reader's "For you" ranking (followed curated and own topics, by the same
// hot score, with the same why-chips); when that has fewer papers than the reader asked for, the global
// trending list fills the rest, so a reader who follows nothing gets what the home page shows.

/** A followed topic that put the paper in the digest: curated ones by name, the reader's own as theirs. */
export type WhyChip = { slug: string; name: string; own: boolean };

/** A paper picked for the digest, with why: its followed topics, or none when it is there as trending. */
export type DigestPick<P> = { paper: P; reasons: WhyChip[] };

type Ranked<P> = { forYou: { paper: P; reasons: WhyChip[] }[]; trending: P[]; size: number };

export function selectDigestPapers<P extends { id: string }>({ forYou, trending, size }: Ranked<P>): DigestPick<P>[] {
  const picked: DigestPick<P>[] = [];
  const seen = new Set<string>();
  const take = (paper: P, reasons: WhyChip[]) => {
    if (picked.length >= size || seen.has(paper.id)) return;
    seen.add(paper.id);
    picked.push({ paper, reasons });
  };
  for (const { paper, reasons } of forYou) take(paper, reasons);
  // Every paper of a followed topic is already among forYou, so what trending adds has no topic reason.
  for (const paper of trending) take(paper, []);
  return picked;
}

/** True when the paper is in the digest only because it is trending. */
export const isTrendingPick = (pick: { reasons: WhyChip[] }) => pick.reasons.length === 0;
