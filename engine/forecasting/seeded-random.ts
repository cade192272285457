/**
 * xoshiro128** (Blackman & Vigna), a 32-bit generator fast in JavaScript's
 * int32 arithmetic, seeded through splitmix32 so that nearby seeds give
 * unrelated streams. The engine never uses Math.random: every draw comes from
 * a stream named by (seed, block, stream), so a forecast is reproducible on
 * any machine and with any number of worker threads.
 */
export interface RandomStream {
  /** A uniform number in (0, 1): never exactly 0 or 1, so inverse CDFs stay finite. */
  next(): number;
  /** The next `target.length` draws into `target`: the same numbers as that many `next()` calls, in one call. */
  fill(target: Float64Array): void;
}

/** splitmix32 step: a well-mixed 32-bit value from a counter. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The stream for one block of iterations: stream 0 = task durations, stream 1 + r = risk r. */
export function blockStream(seed: number, block: number, stream: number): RandomStream {
  // Mix the three coordinates one after the other, then expand to four words.
  let h = splitmix32(seed >>> 0);
  h = splitmix32((h ^ block) >>> 0);
  h = splitmix32((h ^ Math.imul(stream + 1, 0x27d4eb2d)) >>> 0);
  let a = splitmix32(h);
  let b = splitmix32(a ^ 0x6a09e667);
  let c = splitmix32(b ^ 0xbb67ae85);
  let d = splitmix32(c ^ 0x3c6ef372);
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is a fixed point
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return (result + 0.5) * 2.3283064365386963e-10; // × 2⁻³², exact
  };
  return {
    next,
    fill(target: Float64Array): void {
      for (let i = 0; i < target.length; i++) target[i] = next();
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
