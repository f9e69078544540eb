// Confirming statement figures into a defendant: the chosen amounts are written to `amounts`, each with
// its source in `amountSources`. Pure: returns a new defendant and leaves the input untouched.
import type { Defendant } from '../matter/schema'
import { SOURCED_AMOUNTS, type AmountSource, type AmountSources, type SourcedAmount } from './provenance'

export function applyStatementFigures(d: Defendant, sources: AmountSources, keys: readonly SourcedAmount[] = SOURCED_AMOUNTS): Defendant {
  const amounts = { ...d.amounts }
  const kept: AmountSources = { ...(d.amountSources ?? {}) }
  for (const k of keys) {
    const s = sources[k] as AmountSource | undefined
    if (!s) continue
    amounts[k] = Math.round(s.amount * 100) / 100
    kept[k] = s
  }
  return { ...d, amounts, amountSources: kept }
}

/** Remove the source of an amount (when the user types the amount by hand instead). */
export function dropAmountSource(d: Defendant, key: SourcedAmount): Defendant {
  if (!d.amountSources?.[key]) return d
  const kept: AmountSources = { ...d.amountSources }
  delete kept[key]
  return { ...d, amountSources: Object.keys(kept).length ? kept : null }
}
