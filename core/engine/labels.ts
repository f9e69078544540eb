// Chinese labels for charges and dispositions (engine, report, UI), from the vocabulary (core/vocabulary.ts).
import type { ChargeId, Disposition } from '../analysis/types'
import { chargeName, DISPOSITION_WORDS } from '../vocabulary'

const CHARGE_IDS_ALL: ChargeId[] = ['art287-2', 'art312', 'art266-accomplice', 'art177-1', 'art287-1', 'none']
export const CHARGE_LABELS = Object.fromEntries(CHARGE_IDS_ALL.map((c) => [c, chargeName(c)])) as Record<ChargeId, string>

export const DISPOSITION_LABELS = Object.fromEntries(
  Object.entries(DISPOSITION_WORDS).map(([k, v]) => [k, v.zh])
) as Record<Disposition, string>

export function outcomeText(charge: ChargeId, disposition: Disposition): string {
  if (charge === 'none') return DISPOSITION_LABELS[disposition]
  return `${CHARGE_LABELS[charge]}，${DISPOSITION_LABELS[disposition]}`
}
