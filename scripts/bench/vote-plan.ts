// Who upvotes what in the synthetic corpus. Real vote counts are heavily skewed: a few papers collect
// thousands, most collect a handful or none, and fresh papers get most of the attention. So each paper's
// share is Zipf-like over a random popularity rank times a recency boost, capped below the number of
// users (nobody votes twice), and rounded so the total is exact. Voters are skewed too (some people vote
// far more than others), drawn without replacement per paper so no (user, paper) pair repeats.
import { type Random, shuffled } from "./random";

const ZIPF_PAPERS = 1; // s in 1/rank^s: the top paper gets about 1/ln(n) of all attention
const ZIPF_USERS = 0.6; // milder: active voters, not a handful of bots
const RECENCY_DAYS = 21; // attention decays by e every three weeks…
const RECENCY_FLOOR = 0.05; // …but old papers still get found
/** At most this share of all users votes on one paper, so sampling without replacement stays cheap. */
export const MAX_SHARE_OF_USERS = 0.5;

/** Votes per paper: exactly `votes` in total, none above the cap. `ageDays[i]` is paper i's age. */
export function voteCounts(random: Random, ageDays: ArrayLike<number>, users: number, votes: number) {
  const papers = ageDays.length;
  const cap = Math.floor(users * MAX_SHARE_OF_USERS);
  if (votes > papers * cap) throw new Error(`${votes} votes do not fit ${papers} papers × ${cap} voters each`);
  const rank = shuffled(random, papers);
  const weight = Float64Array.from({ length: papers }, (_, i) => {
    const recency = Math.exp(-ageDays[i]! / RECENCY_DAYS) + RECENCY_FLOOR;
    return recency / (rank[i]! + 1) ** ZIPF_PAPERS;
  });
  // Water-filling: papers whose share exceeds the cap get the cap, the rest share what is left.
  const expected = new Float64Array(papers);
  const capped = new Uint8Array(papers);
  for (let changed = true; changed;) {
    changed = false;
    let left = votes;
    let free = 0;
    for (let i = 0; i < papers; i++) {
      if (capped[i]) left -= cap;
      else free += weight[i]!;
    }
    for (let i = 0; i < papers; i++) {
      if (capped[i]) continue;
      expected[i] = (weight[i]! / free) * left;
      if (expected[i]! > cap) {
        capped[i] = 1;
        expected[i] = cap;
        changed = true;
      }
    }
  }
  // Largest remainders: floors first, then one more vote for the papers closest to the next whole vote.
  const counts = Uint32Array.from(expected, Math.floor);
  let missing = votes - counts.reduce((sum, c) => sum + c, 0);
  const byRemainder = Array.from({ length: papers }, (_, i) => i).sort(
    (a, b) => expected[b]! - counts[b]! - (expected[a]! - counts[a]!) || a - b,
  );
  for (const i of byRemainder) {
    if (missing === 0) break;
    if (counts[i]! < cap) {
      counts[i]!++;
      missing--;
    }
  }
  return counts;
}

/** The (paper, user) index pairs for the given per-paper counts; never the same pair twice. */
export function voters(random: Random, counts: Uint32Array, users: number) {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const paper = new Uint32Array(total);
  const user = new Uint32Array(total);
  const activity = shuffled(random, users);
  const cumulative = new Float64Array(users);
  for (let u = 0, sum = 0; u < users; u++) cumulative[u] = sum += 1 / (activity[u]! + 1) ** ZIPF_USERS;
  const pool = Uint32Array.from({ length: users }, (_, u) => u);
  const lastPaper = new Int32Array(users).fill(-1); // "already voted on this paper", without a reset per paper
  let next = 0;
  for (let p = 0; p < counts.length; p++) {
    const k = counts[p]!;
    if (k > users / 4) {
      // Many voters: the weighted draw would mostly hit people already taken, so take a uniform sample.
      for (let j = 0; j < k; j++) {
        const swap = j + Math.floor(random() * (users - j));
        [pool[j], pool[swap]] = [pool[swap]!, pool[j]!];
        paper[next] = p;
        user[next++] = pool[j]!;
      }
      continue;
    }
    for (let j = 0; j < k;) {
      const u = weightedIndex(cumulative, random() * cumulative[users - 1]!);
      if (lastPaper[u] === p) continue;
      lastPaper[u] = p;
      paper[next] = p;
      user[next++] = u;
      j++;
    }
  }
  return { paper, user };
}

/** The first index whose cumulative weight exceeds `target` (binary search). */
function weightedIndex(cumulative: Float64Array, target: number) {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid]! > target) high = mid;
    else low = mid + 1;
  }
  return low;
}
