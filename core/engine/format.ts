// Chinese number formatting for reasons and threshold texts.

function trim(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '')
}

/** 185000 → `18.5 万元`; 3000 → `3000 元`. Exact: money has at most two decimals, so six decimals of 万元
 *  never round (99999.5 is `9.99995 万元`, never `10 万元` beside a 10 万元 threshold). */
export function yuan(n: number): string {
  if (Math.abs(n) >= 10000) return `${trim(n / 10000, 6)} 万元`
  return `${trim(n, 2)} 元`
}

export function countText(n: number, unit: string): string {
  return `${n} ${unit}`
}
