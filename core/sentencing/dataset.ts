// The split unit of the cross-validation: a deterministic hash of the decision id (co-defendants share it).
// The data itself is the bundled library of published decisions (core/library; scripts/sentencing-data.ts).

/** Deterministic split unit: FNV-1a 32-bit hash of the decision id. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (const ch of new TextEncoder().encode(s)) {
    h ^= ch
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}
