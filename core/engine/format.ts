// Chinese number formatting for reasons and threshold texts.

function trim(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '')
}

/** 185000 → `18.5 万元`; 3000 → `3000 元` */
export function yuan(n: number): string {
  if (Math.abs(n) >= 10000) return `${trim(n / 10000, 4)} 万元`
  return `${trim(n, 2)} 元`
}

export function countText(n: number, unit: string): string {
  return `${n} ${unit}`
}
