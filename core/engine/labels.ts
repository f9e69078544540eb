// Chinese labels for charges and dispositions (engine, report, UI), from the vocabulary (core/vocabulary.ts).
import type { ChargeId, Disposition } from '../analysis/types'
import { CHARGE_OR_NONE, chargeName, DISPOSITION_WORDS } from '../vocabulary'

export const CHARGE_LABELS = Object.fromEntries(CHARGE_OR_NONE.map((c) => [c, chargeName(c)])) as Record<ChargeId, string>

export const DISPOSITION_LABELS = Object.fromEntries(
  Object.entries(DISPOSITION_WORDS).map(([k, v]) => [k, v.zh])
) as Record<Disposition, string>

export function outcomeText(charge: ChargeId, disposition: Disposition): string {
  if (charge === 'none') return DISPOSITION_LABELS[disposition]
  return `${CHARGE_LABELS[charge]}，${DISPOSITION_LABELS[disposition]}`
}
