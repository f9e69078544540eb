// 从一重 (刑法第二百八十七条之二第三款): among the candidates established on the facts, the one with the
// heaviest statutory range on those facts prevails — higher maximum first, then higher minimum. Where two
// ranges are equal, the order of decision-guide §3 decides (诈骗共犯, 掩隐, 帮信, 妨害信用卡管理, 非法利用
// 信息网络): the charge that fully covers the conduct (断卡纪要第五条第（2）项: 明知是犯罪所得又代为转账、
// 取现或者刷脸的，以掩隐罪论处).
import { valueOf } from '../../law'
import type { CandidateResult, ChargeId, StatutoryRange, TraceStep } from '../../analysis/types'
import { monthsText } from './ranges'
import { CHARGE_ORDER, CHARGES } from '../../vocabulary'

export { CHARGE_ORDER } from '../../vocabulary'

export const CHARGE_LABEL = Object.fromEntries(CHARGE_ORDER.map((c) => [c, CHARGES[c].name])) as Record<Exclude<ChargeId, 'none'>, string>
export const CHARGE_SHORT = Object.fromEntries(CHARGE_ORDER.map((c) => [c, CHARGES[c].short])) as Record<Exclude<ChargeId, 'none'>, string>

/** The range a candidate is compared with (287-2 without a range of its own: the statute's). */
export function comparableRange(c: CandidateResult): StatutoryRange | null {
  if (c.statutoryRange) return c.statutoryRange
  if (c.charge === 'art287-2' && c.established === true) {
    return {
      minMonths: valueOf('crimlaw-a287-2-p1', 'minMonths'),
      maxMonths: valueOf('crimlaw-a287-2-p1', 'maxMonths'),
      label: '三年以下有期徒刑或者拘役，并处或者单处罚金',
      citations: ['crimlaw-a287-2-p1']
    }
  }
  return null
}

/** negative when a is heavier than b */
export function compareCandidates(a: CandidateResult, b: CandidateResult): number {
  const ra = comparableRange(a)
  const rb = comparableRange(b)
  if (ra && rb) {
    if (ra.maxMonths !== rb.maxMonths) return rb.maxMonths - ra.maxMonths
    if (ra.minMonths !== rb.minMonths) return rb.minMonths - ra.minMonths
  }
  return CHARGE_ORDER.indexOf(a.charge) - CHARGE_ORDER.indexOf(b.charge)
}

const uncertainTier = (c: CandidateResult): boolean => c.tier !== null && c.tier.startsWith('无法确认')

export interface Choice {
  prevailing: ChargeId
  text: string
  citations: string[]
  trace: TraceStep[]
  warnings: string[]
}

function describe(c: CandidateResult): string {
  const r = comparableRange(c)
  const tier = c.tier ? `${c.tier}，` : ''
  return `${CHARGE_SHORT[c.charge]}（${tier}${r ? monthsText(r) : '法定刑未定'}）`
}

export function choosePrevailing(candidates: readonly CandidateResult[]): Choice {
  const established = candidates.filter((c) => c.established === true && comparableRange(c) !== null).sort(compareCandidates)
  const open = candidates.filter((c) => c.established === null)
  const warnings: string[] = []
  const trace: TraceStep[] = []
  const top = established[0]
  if (!top) {
    const text =
      open.length > 0
        ? `各候选罪名均未确定成立，不发生竞合；${open.map((c) => CHARGE_SHORT[c.charge]).join('、')}能否成立尚无法确定`
        : '各候选罪名均不成立，不发生竞合'
    trace.push({ rule: 'competition.none', text, citations: ['crimlaw-a287-2-p3'] })
    return { prevailing: 'none', text, citations: ['crimlaw-a287-2-p3'], trace, warnings }
  }
  const rangeCites = established.flatMap((c) => comparableRange(c)?.citations ?? [])
  const citations = [...new Set(['crimlaw-a287-2-p3', ...rangeCites])]
  let text: string
  if (established.length === 1) {
    text = `仅${describe(top)}成立，以${CHARGE_LABEL[top.charge]}论处`
  } else {
    const second = established[1]
    const tie = second !== undefined && compareCandidates(top, second) < 0 && sameRange(top, second)
    text =
      `${established.map(describe).join('、')}同时成立，依刑法第二百八十七条之二第三款“依照处罚较重的规定定罪处罚”：` +
      (tie
        ? `${CHARGE_SHORT[top.charge]}与${CHARGE_SHORT[second.charge]}法定刑幅度相同，以更全面评价行为的${CHARGE_LABEL[top.charge]}论处`
        : `${CHARGE_SHORT[top.charge]}法定刑最重，以${CHARGE_LABEL[top.charge]}论处`)
    if (tie && top.charge === 'art312') citations.push('minutes2022-5-2')
    for (const other of established.slice(1)) {
      trace.push({
        rule: 'competition.compare',
        text: `比较：${describe(top)} ${sameRange(top, other) ? '＝' : '＞'} ${describe(other)}`,
        citations: [...new Set(['crimlaw-a287-2-p3', ...(comparableRange(top)?.citations ?? []), ...(comparableRange(other)?.citations ?? [])])]
      })
    }
  }
  const shaky = established.filter(uncertainTier)
  if (shaky.length > 0 && established.length > 1) {
    warnings.push(`从一重比较涉及档次无法确认的罪名（${shaky.map((c) => CHARGE_SHORT[c.charge]).join('、')}），按其可能的最高法定刑比较，档次查明后结论可能改变`)
  }
  const light = top.charge === 'art287-2' || top.charge === 'art287-1'
  for (const c of open) {
    text += `；${CHARGE_SHORT[c.charge]}能否成立尚无法确定`
    if (light || CHARGE_ORDER.indexOf(c.charge) < CHARGE_ORDER.indexOf(top.charge)) {
      warnings.push(`${CHARGE_LABEL[c.charge]}能否成立尚无法确定，相关事实查明后定罪可能改变（见关键事实）`)
    }
  }
  if (top.charge !== 'art177-1' && established.some((c) => c.charge === 'art177-1') && (top.charge === 'art312' || top.charge === 'art266-accomplice')) {
    warnings.push('非法持有他人信用卡与转移赃款如属不同行为，可能另成立妨害信用卡管理罪并数罪并罚；本分析按同一行为从一重处断')
  }
  trace.push({ rule: `competition.prevailing.${top.charge}`, text, citations: [...new Set(citations)] })
  return { prevailing: top.charge, text, citations: [...new Set(citations)], trace, warnings }
}

function sameRange(a: CandidateResult, b: CandidateResult): boolean {
  const ra = comparableRange(a)
  const rb = comparableRange(b)
  return ra !== null && rb !== null && ra.maxMonths === rb.maxMonths && ra.minMonths === rb.minMonths
}
