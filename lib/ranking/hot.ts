// Paperboy's trending score, published at /about/ranking. From the Reddit "hot" family:
//
//   score = log10(votes + 1) + (t − T0) / 45 000
//
// t is when the paper appeared (publication date, else when Paperboy first saw it) in Unix seconds and
// T0 a fixed epoch. Every 45 000 s (12.5 hours) of recency is worth one order of magnitude of votes: a
// paper needs 10× the votes to stay level with one half a day younger. The score grows with time rather
// than decaying, so it changes only when a vote lands: it can be stored, indexed and kept exact in the
// same statement as the vote, and the trending list is a plain index scan at any size.
// log10(votes + 1) rather than Reddit's log10(max(votes, 1)) so that the first vote counts too.

export const HOT_EPOCH_SECONDS = 1_700_000_000; // 2023-11-14T22:13:20Z: keeps scores small and readable
export const HOT_TIME_SCALE_SECONDS = 45_000;

export function hotScore(votes: number, appearedAt: Date): number {
  const age = appearedAt.getTime() / 1000 - HOT_EPOCH_SECONDS;
  return Math.log10(Math.max(0, votes) + 1) + age / HOT_TIME_SCALE_SECONDS;
}

// PostgreSQL keeps the same formula in the generated column papers.hot_score (see the upvotes migration);
// lib/votes/set-upvote.int.test.ts checks that the stored scores equal hotScore().
