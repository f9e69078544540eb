// The card-count grounds share one shape: a count of cards/accounts of some kinds, owners and dealings against a
// number from the law library. Each ground module names its filter, its clause and its wording.
import { valueOf } from '../../law'
import type { CardLine, Defendant } from '../../matter/schema'
import type { GroundResult } from './define'
import { countCards, type CardFilter } from '../facts'
import type { Regime } from '../regimes'
import type { Variation } from './define'
import { gated, measure, statusOf } from './common'

export function cardGround(id: string, d: Defendant, regime: Regime, filter: CardFilter, quantity: string): GroundResult {
  const thr = valueOf(id, 'cards')
  const cc = countCards(d, filter)
  const value = cc.uncertain && cc.sure < thr ? null : cc.sure
  const m = measure(id, quantity, 'count', value, thr, [id])
  if (value === null && cc.sure > 0) m.text = `${quantity}已知至少 ${cc.sure} 张，其余数量/归属/方式未查明（标准：${thr} 张以上）`
  return gated(id, regime, d, [m], statusOf(m), m.text, [id])
}

/**
 * Pivot: where the defendant dealt in cards of the ground's kinds but fewer than the number are proven, "if the
 * rest up to the number were proven" — one added line of the ground's kind, owner and dealing.
 */
export function cardVariations(id: string, d: Defendant, filter: CardFilter, quantity: string): Variation[] {
  const lines = d.conduct.cards ?? []
  const relevant = lines.filter((l) => filter.kinds.includes(l.kind))
  if (relevant.length === 0) return []
  const thr = valueOf(id, 'cards')
  const cc = countCards(d, filter)
  if (cc.sure >= thr) return []
  const first = relevant[0] as CardLine
  const owner = filter.owners?.includes(first.owner ?? 'self') ? first.owner : filter.owners?.[0] ?? first.owner
  const dealing = first.dealing !== null && filter.dealings.includes(first.dealing) ? first.dealing : filter.dealings[0] ?? null
  const line: CardLine = { kind: first.kind, count: thr - cc.sure, owner: owner ?? null, dealing }
  return [{
    fact: 'conduct.cards', cond: `若查明${quantity}达到 ${thr} 张`, citations: [id],
    apply: (x) => ({ ...x, conduct: { ...x.conduct, cards: [...(x.conduct.cards ?? []).filter((l) => !(filter.kinds.includes(l.kind) && l.count === null)), line] } })
  }]
}
