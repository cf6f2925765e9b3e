/**
 * A small seeded generator (mulberry32), so the demo's made-up history is the same on every
 * machine and every start: tests can rely on what it produces.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A normally distributed value (Box–Muller) from a uniform generator. */
export function gaussian(random: () => number, mean = 0, sd = 1): number {
  const u = 1 - random(); // (0, 1]: log(0) would be −∞
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
