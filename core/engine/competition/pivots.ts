// Pivot facts: the minimal changes of fact that change the prevailing charge. Each candidate change is
// applied to a copy of the defendant and the whole analysis is re-run (ctx.reanalyze); a change is reported
// when the prevailing charge differs. Single changes first; then pairs of the conduct/knowledge facts,
// skipping any pair that contains a change which already flips the charge on its own (minimality).
import { valueOf } from '../../law'
import type { CardLine, Defendant } from '../../matter/schema'
import type { ChargeId, Disposition, Pivot } from '../../analysis/types'
import type { Reanalyze } from './types'
import { CHARGE_LABEL } from './choose'
import { heldOthersCards } from './creditcard'
import { yuan } from './helpers'

interface Change {
  fact: string
  /** Chinese condition without the leading 若, e.g. `无代为转账、套现、取现行为` */
  text: string
  apply: (d: Defendant) => Defendant
  citations: string[]
  /** may be combined with another change into a pair */
  pairable: boolean
}

type BoolPath =
  | ['conduct', 'transferredForOthers' | 'faceVerificationForOthers' | 'priorConspiracy' | 'stableCooperation' | 'ownIllegalSiteOrGroup']
  | ['knowledge', 'knewProceeds']

function boolChange(d: Defendant, path: BoolPath, toTrue: string, toFalse: string, citations: string[]): Change {
  const [part, key] = path
  const current = part === 'conduct' ? d.conduct[key] : d.knowledge[key]
  const next = current !== true
  return {
    fact: `${part}.${key}`,
    text: next ? toTrue : toFalse,
    apply: (x) => (part === 'conduct' ? { ...x, conduct: { ...x.conduct, [key]: next } } : { ...x, knowledge: { ...x.knowledge, [key]: next } }),
    citations,
    pairable: true
  }
}

function amountChanges(d: Defendant, field: 'concealedProceeds' | 'attributableFraudLoss', label: string, lines: readonly (readonly [number, string])[]): Change[] {
  const v = d.amounts[field]
  if (v === null) return []
  const out: Change[] = []
  const above = lines.filter(([t]) => t > v).sort((a, b) => a[0] - b[0])[0]
  const below = lines.filter(([t]) => t <= v).sort((a, b) => b[0] - a[0])[0]
  const set = (n: number) => (x: Defendant): Defendant => ({ ...x, amounts: { ...x.amounts, [field]: n } })
  if (above !== undefined) out.push({ fact: `amounts.${field}`, text: `${label}达到${yuan(above[0])}`, apply: set(above[0]), citations: [above[1]], pairable: true })
  if (below !== undefined) out.push({ fact: `amounts.${field}`, text: `${label}不足${yuan(below[0])}`, apply: set(Math.max(0, below[0] - 1)), citations: [below[1]], pairable: true })
  return out
}

function cardChanges(d: Defendant): Change[] {
  const cards = d.conduct.cards
  if (cards === null) return []
  const large = valueOf('card2009-2', 'othersCardsLarge')
  const isOthersBank = (l: CardLine): boolean => l.kind === 'bankCard' && l.owner === 'others'
  const h = heldOthersCards(cards)
  const out: Change[] = []
  if (cards.some((l) => l.kind === 'bankCard' && l.owner === null)) {
    out.push({
      fact: 'conduct.cards',
      text: '所涉银行卡系他人名下',
      apply: (x) => ({ ...x, conduct: { ...x.conduct, cards: (x.conduct.cards ?? []).map((l) => (l.kind === 'bankCard' && l.owner === null ? { ...l, owner: 'others' } : l)) } }),
      citations: ['crimlaw-a177-1-p1', 'card2009-2'],
      pairable: false
    })
  }
  if (!h.any) return out
  if (h.low >= large) {
    out.push({
      fact: 'conduct.cards',
      text: `他人名下银行卡不足${large}张`,
      apply: (x) => {
        let first = true
        const cards = (x.conduct.cards ?? []).map((l) => {
          if (!isOthersBank(l)) return l
          const count = first ? large - 1 : 0
          first = false
          return { ...l, count }
        })
        return { ...x, conduct: { ...x.conduct, cards } }
      },
      citations: ['crimlaw-a177-1-p1', 'card2009-2'],
      pairable: false
    })
  } else if (cards.some((l) => isOthersBank(l) && l.count === null)) {
    out.push({
      fact: 'conduct.cards',
      text: `查明他人名下银行卡达到${large}张`,
      apply: (x) => {
        let done = false
        const cards = (x.conduct.cards ?? []).map((l) => {
          if (done || !isOthersBank(l) || l.count !== null) return l
          done = true
          return { ...l, count: large }
        })
        return { ...x, conduct: { ...x.conduct, cards } }
      },
      citations: ['crimlaw-a177-1-p1', 'card2009-2'],
      pairable: false
    })
  }
  return out
}

export function candidateChanges(d: Defendant): Change[] {
  const changes: Change[] = [
    boolChange(d, ['conduct', 'transferredForOthers'], '有代为转账、套现、取现行为', '无代为转账、套现、取现行为', ['minutes2022-5-2', 'minutes2022-4']),
    boolChange(d, ['conduct', 'faceVerificationForOthers'], '为配合他人转账、取现提供了刷脸等验证服务', '未提供刷脸等验证服务', ['minutes2022-5-2', 'minutes2022-4']),
    boolChange(d, ['knowledge', 'knewProceeds'], '能证明明知经手资金系犯罪所得', '仅有概括明知、不能证明明知系犯罪所得', ['crimlaw-a312-p1', 'minutes2022-5-2', 'minutes2022-5-3']),
    boolChange(d, ['conduct', 'priorConspiracy'], '能证明与诈骗分子事前通谋', '不能证明与诈骗分子事前通谋', ['crimlaw-a25', 'conceal2015-5', 'opinion2025-8']),
    boolChange(d, ['conduct', 'stableCooperation'], '能证明与诈骗分子形成较为稳定的配合关系', '不能证明与诈骗分子形成较为稳定的配合关系', ['opinion2025-8'])
  ]
  if (d.conduct.ownIllegalSiteOrGroup != null || d.conduct.techSupport?.includes('websiteOrApp')) {
    changes.push(boolChange(d, ['conduct', 'ownIllegalSiteOrGroup'], '查明系本人设立用于违法犯罪的网站、通讯群组或发布违法犯罪信息', '网站、群组并非本人设立用于违法犯罪', ['crimlaw-a287-1']))
  }
  const entry = 'conceal2015-1-1-orig'
  changes.push(
    ...amountChanges(d, 'concealedProceeds', '掩饰、隐瞒数额', [
      [valueOf(entry, 'entryAmountLow'), entry],
      [valueOf(entry, 'entryAmountHigh'), entry],
      [valueOf('conceal2015-3-1', 'seriousTotalValue'), 'conceal2015-3-1']
    ])
  )
  const fraud = 'fraud2016-2-1'
  changes.push(
    ...amountChanges(d, 'attributableFraudLoss', '可归责诈骗数额', [
      [valueOf(fraud, 'amountLarge'), fraud],
      [valueOf(fraud, 'amountHuge'), fraud],
      [valueOf(fraud, 'amountEspeciallyHuge'), fraud]
    ])
  )
  changes.push(...cardChanges(d))
  return changes
}

function outcomeText(current: ChargeId, charge: ChargeId, disposition: Disposition): string {
  if (charge === 'none') {
    if (disposition === 'noCrime') return '不构成犯罪'
    return current === 'none' ? '罪名仍无法确定' : `不再构成${CHARGE_LABEL[current]}，其他罪名能否成立尚无法确定`
  }
  const only = charge === 'art287-2' && current !== 'none'
  return `${only ? '仅' : ''}构成${CHARGE_LABEL[charge]}`
}

export function findPivots(d: Defendant, current: ChargeId, reanalyze: Reanalyze): Pivot[] {
  const ctx = { reanalyze }
  // Consistency check: re-analysing the unchanged facts must reproduce the result. If it does not (e.g. the
  // caller answers re-analyses with a stub because it does not want pivots), no pivot would be meaningful.
  if (ctx.reanalyze(d).prevailingCharge !== current) return []
  const changes = candidateChanges(d)
  const pivots: Pivot[] = []
  const flipped = new Set<number>()
  changes.forEach((ch, i) => {
    const r = ctx.reanalyze(ch.apply(d))
    if (r.prevailingCharge === current) return
    flipped.add(i)
    pivots.push({
      fact: ch.fact,
      text: `若${ch.text}，则${outcomeText(current, r.prevailingCharge, r.disposition)}`,
      resultingCharge: r.prevailingCharge,
      resultingDisposition: r.disposition,
      citations: ch.citations
    })
  })
  const pairable = changes.map((c, i) => ({ c, i })).filter(({ c, i }) => c.pairable && !flipped.has(i))
  for (let a = 0; a < pairable.length; a++) {
    for (let b = a + 1; b < pairable.length; b++) {
      const x = pairable[a]
      const y = pairable[b]
      if (!x || !y || x.c.fact === y.c.fact) continue
      const r = ctx.reanalyze(y.c.apply(x.c.apply(d)))
      if (r.prevailingCharge === current) continue
      pivots.push({
        fact: `${x.c.fact},${y.c.fact}`,
        text: `若${x.c.text}，且${y.c.text}，则${outcomeText(current, r.prevailingCharge, r.disposition)}`,
        resultingCharge: r.prevailingCharge,
        resultingDisposition: r.disposition,
        citations: [...new Set([...x.c.citations, ...y.c.citations])]
      })
    }
  }
  return pivots
}
