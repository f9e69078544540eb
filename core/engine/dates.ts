// Calendar helpers on ISO dates (YYYY-MM-DD), UTC, no time zones involved.

export function parseIso(s: string): number {
  const y = Number(s.slice(0, 4))
  const m = Number(s.slice(5, 7))
  const d = Number(s.slice(8, 10))
  return Date.UTC(y, m - 1, d)
}

export function formatIso(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}

export function addDays(s: string, n: number): string {
  return formatIso(parseIso(s) + n * 86_400_000)
}

/** Today's date in UTC, YYYY-MM-DD. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

/** 2025-07-28 → 2025年7月28日 */
export function zhDate(s: string): string {
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`
}
