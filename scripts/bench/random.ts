// Seeded randomness for the synthetic data: the same seed gives the same corpus on every machine, so
// figures from two runs compare like with like.

/** mulberry32: a tiny seeded PRNG, plenty for picking words and votes. */
export function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof prng>;

export const pick = <T>(random: Random, list: readonly T[]) => list[Math.floor(random() * list.length)]!;

export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** A random permutation of 0..n-1 (Fisher–Yates). */
export function shuffled(random: Random, n: number) {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
