// 刑法第一百七十七条之一第一款第（二）项 妨害信用卡管理罪: 非法持有他人信用卡，数量较大 (5张以上,
// 法释〔2009〕19号第二条, PARTLY); 数量巨大 (50张以上) is recollection only (UNVERIFIED, flagged).
// "信用卡" here is a bank card (kind `bankCard`); accounts without a card, payment accounts and phone
// cards do not count. 持有: another person's card that the defendant bought, or sold (he had it in hand to
// sell it). A bought card that is later sold may appear on two lines, so the certain count is the larger
// of "bought" and "sold". Others' cards he rented out or lent (a 卡头 organising owners to rent out their
// own cards) or with an unknown dealing may or may not have been in his hands: they count only towards
// the upper bound, so such a case stays undetermined rather than being counted as 持有.
import { valueOf } from '../../law'
import type { CardLine } from '../../matter/schema'
import type { ElementResult, StatutoryRange, TraceStep } from '../../analysis/types'
import type { CandidateEvaluation, CompetitionContext } from './types'
import { personOnlySubject } from './common'
import { rangeOf, spanOf, TIERS } from './ranges'
import { conclusionCitations, element, foldElements, uniq, verificationWarnings } from './helpers'

export interface HeldCount {
  /** certain lower bound of others' bank cards held */
  low: number
  /** upper bound; null = unbounded (a count or owner is unknown) */
  high: number | null
  /** there is at least one bank-card line that may be another person's */
  any: boolean
}

const isOthersBankCard = (l: CardLine): boolean => l.kind === 'bankCard' && l.owner === 'others'
const mayBeOthersBankCard = (l: CardLine): boolean => l.kind === 'bankCard' && l.owner === null

export function heldOthersCards(cards: readonly CardLine[]): HeldCount {
  const sure = cards.filter(isOthersBankCard)
  const maybe = cards.filter(mayBeOthersBankCard)
  const sum = (ls: readonly CardLine[]): number => ls.reduce((n, l) => n + (l.count ?? 0), 0)
  const bought = sum(sure.filter((l) => l.dealing === 'buy'))
  const sold = sum(sure.filter((l) => l.dealing === 'sell'))
  const low = Math.max(bought, sold)
  const unbounded = sure.some((l) => l.count === null) || maybe.length > 0
  return { low, high: unbounded ? null : sum(sure), any: sure.length > 0 || maybe.length > 0 }
}

function countElement(ctx: CompetitionContext): { el: ElementResult; held: HeldCount | null } {
  const large = valueOf('card2009-2', 'othersCardsLarge')
  const facts = ['conduct.cards']
  const cites = ['crimlaw-a177-1-p1', 'card2009-2']
  const cards = ctx.defendant.conduct.cards
  if (cards === null) return { el: element('othersCards', '非法持有他人信用卡数量较大', 'undetermined', '卡的情况未知', facts, cites), held: null }
  const h = heldOthersCards(cards)
  if (!h.any) return { el: element('othersCards', '非法持有他人信用卡数量较大', 'notMet', '未持有他人名下的银行卡（本人名下的卡、非银行卡账户及电话卡不计）', facts, cites), held: h }
  if (h.low >= large) {
    return { el: element('othersCards', '非法持有他人信用卡数量较大', 'met', `非法持有他人银行卡至少${h.low}张，达到${large}张以上（数量较大）`, facts, cites), held: h }
  }
  if (h.high !== null && h.high < large) {
    return { el: element('othersCards', '非法持有他人信用卡数量较大', 'notMet', `非法持有他人银行卡至多${h.high}张，不足${large}张`, facts, cites), held: h }
  }
  return {
    el: element('othersCards', '非法持有他人信用卡数量较大', 'undetermined', `他人银行卡的数量、归属或是否实际持有未查明${h.low > 0 ? `（已知至少${h.low}张）` : ''}，无法判断是否达到${large}张`, facts, cites),
    held: h
  }
}

function tierOf(h: HeldCount): { range: StatutoryRange; tier: string; step: TraceStep; warnings: string[] } {
  const huge = valueOf('card2009-2-huge', 'othersCardsHuge')
  if (h.low >= huge) {
    return {
      range: rangeOf(TIERS.a177Huge, ['card2009-2-huge']),
      tier: '数量巨大（标准未经核实）',
      step: { rule: 'art177-1.tier.huge', text: `持有他人银行卡至少${h.low}张，达到${huge}张以上；“数量巨大”的${huge}张标准未经核实`, citations: ['crimlaw-a177-1-p1', 'card2009-2-huge'] },
      warnings: [`妨害信用卡管理罪“数量巨大”（${huge}张以上）的标准系记忆，未经核实，须与官方文本核对`]
    }
  }
  if (h.high !== null && h.high < huge) {
    return {
      range: rangeOf(TIERS.a177Large, ['card2009-2']),
      tier: '数量较大',
      step: { rule: 'art177-1.tier.large', text: `持有他人银行卡${h.low === h.high ? h.low : `${h.low}至${h.high}`}张，数量较大`, citations: ['crimlaw-a177-1-p1', 'card2009-2'] },
      warnings: []
    }
  }
  return {
    range: spanOf(TIERS.a177Large, TIERS.a177Huge, '他人银行卡总数未查明', ['card2009-2', 'card2009-2-huge']),
    tier: '无法确认（他人银行卡总数未查明）',
    step: { rule: 'art177-1.tier.unknown', text: `已知至少${h.low}张，总数未查明，“数量巨大”与否无法确认`, citations: ['crimlaw-a177-1-p1', 'card2009-2', 'card2009-2-huge'] },
    warnings: ['妨害信用卡管理罪：他人银行卡总数未查明，档次无法确认']
  }
}

export function evaluateCreditCard(ctx: CompetitionContext): CandidateEvaluation {
  const c = countElement(ctx)
  const elements = [personOnlySubject(ctx, 'crimlaw-a177-1-p1', '刑法第一百七十七条之一'), c.el]
  const established = foldElements(elements)
  const trace: TraceStep[] = elements.map((e) => ({ rule: `art177-1.element.${e.id}.${e.status}`, text: `妨害信用卡管理罪·${e.label}：${e.why}`, citations: e.citations }))
  let range: StatutoryRange | null = null
  let tier: string | null = null
  const warnings: string[] = []
  if (established === true && c.held) {
    const t = tierOf(c.held)
    range = t.range
    tier = t.tier
    trace.push(t.step)
    warnings.push(...t.warnings)
  }
  const why =
    established === true
      ? `${c.el.why}，构成妨害信用卡管理罪（${tier}）`
      : established === false
        ? `不构成妨害信用卡管理罪：${elements.filter((e) => e.status === 'notMet').map((e) => e.why).join('；')}`
        : `妨害信用卡管理罪能否成立尚无法确定：${elements.filter((e) => e.status === 'undetermined').map((e) => e.why).join('；')}`
  const citations = uniq(['crimlaw-a177-1-p1', ...elements.flatMap((e) => e.citations), ...(range?.citations ?? [])])
  warnings.push(...verificationWarnings(conclusionCitations(elements, established, citations)))
  return {
    candidate: { charge: 'art177-1', label: '妨害信用卡管理罪', established, elements, statutoryRange: range, tier, why, citations, warnings: uniq(warnings) },
    trace
  }
}
