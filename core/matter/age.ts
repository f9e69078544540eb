// Age at the act, the one definition every module uses (engine, sentencing, memos, the form).
import type { Defendant } from './schema'

/** Full years (周岁) between `birth` and `on`, both YYYY-MM-DD. */
export function ageOn(birth: string, on: string): number {
  const by = Number(birth.slice(0, 4))
  const oy = Number(on.slice(0, 4))
  return oy - by - (on.slice(5) < birth.slice(5) ? 1 : 0)
}

/**
 * Age at the start of the act: from `birthDate` and the act period (its start, else its end), else the
 * recorded `ageAtAct` (the format uses it only when the birth date is unknown); null if neither is known.
 */
export function ageAtAct(d: Defendant): number | null {
  const from = d.actPeriod?.from ?? d.actPeriod?.to ?? null
  if (d.birthDate && from) return ageOn(d.birthDate, from)
  return d.ageAtAct
}
