// 情节严重 of 帮信罪: every ground of the matter-format table, evaluated under each regime in play, and the
// 从旧兼从轻 choice between them. Every number comes from the law library (valueOf).
import { clause, valueOf } from '../law'
import type { Defendant } from '../matter/schema'
import type {
  RegimeEvaluation, SeriousCircumstancesResult, SeriousGroundId, SeriousGroundResult, Status, ThresholdMeasure
} from '../analysis/types'
import { countCards, PAYMENT_CARD_KINDS, settlementConduct, suppliedCards, suppliedPaymentCards } from './facts'
import type { CardFilter } from './facts'
import { yuan } from './format'
import type { Regime } from './regimes'
import { zhDate } from './dates'

type Mode = 'atLeast' | 'above'

function fmtQ(unit: 'yuan' | 'count', n: number, unitLabel: string): string {
  return unit === 'yuan' ? yuan(n) : `${n} ${unitLabel}`
}

export function measure(
  groundId: string, quantity: string, unit: 'yuan' | 'count', value: number | null, threshold: number,
  citations: string[], mode: Mode = 'atLeast', unitLabel = '张'
): ThresholdMeasure {
  const t = fmtQ(unit, threshold, unitLabel)
  const std = mode === 'above' ? `超过 ${t}` : `${t}以上`
  if (value === null) {
    return { groundId, quantity, unit, value, threshold, gap: null, reached: null, text: `${quantity}未查明（标准：${std}）`, citations }
  }
  const gap = Math.round((threshold - value) * 100) / 100
  const reached = mode === 'above' ? value > threshold : value >= threshold
  let text: string
  const v = fmtQ(unit, value, unitLabel)
  if (reached) {
    text = mode === 'above' ? `${quantity} ${v}，已超过 ${t} 标准` : `${quantity} ${v}，已达 ${t} 标准（“以上”包括本数）`
  } else if (gap === 0) {
    text = `${quantity} ${v}，恰为 ${t}，标准要求“超过”，未达到`
  } else {
    text = `${quantity} ${v}，距 ${t} 标准差 ${fmtQ(unit, gap, unitLabel)}`
  }
  return { groundId, quantity, unit, value, threshold, gap, reached, text, citations }
}

const statusOf = (m: ThresholdMeasure): Status => (m.reached === null ? 'undetermined' : m.reached ? 'met' : 'notMet')

const labelCache = new Map<string, string>()
function groundLabel(id: SeriousGroundId): string {
  let l = labelCache.get(id)
  if (l === undefined) {
    l = clause(id).text.replace(/[；。]$/, '')
    labelCache.set(id, l)
  }
  return l
}

function ground(
  id: SeriousGroundId, regime: Regime, status: Status, why: string, measures: ThresholdMeasure[], citations: string[]
): SeriousGroundResult {
  return { id, regimeId: regime.id, label: groundLabel(id), status, why, measures, citations }
}

/** The 第一款 grounds (and the card grounds hooked on 第（七）项) require the helped conduct to be a crime. */
function helpedGate(d: Defendant): { blocked: boolean; why: string } {
  const ce = d.helped.crimeEstablished
  if (ce === 'no') return { blocked: true, why: '被帮助对象的行为不构成犯罪，第十二条第一款各项均不适用' }
  if (ce === 'unprovable') {
    return { blocked: true, why: '确因客观条件限制无法查证被帮助对象是否达到犯罪程度，第一款各项不适用，只能依第二款（五倍规则/特别严重后果）认定' }
  }
  return { blocked: false, why: '' }
}

function gated(id: SeriousGroundId, regime: Regime, d: Defendant, measures: ThresholdMeasure[], status: Status, why: string, cites: string[]): SeriousGroundResult {
  const g = helpedGate(d)
  if (g.blocked) return ground(id, regime, 'notMet', g.why, measures, [...cites, 'interp2019-12-2'])
  return ground(id, regime, status, why, measures, cites)
}

const SETTLE_TITLE = '支付结算金额'

/** 支付结算 amount as it counts for 第（二）项 under a regime (断卡纪要第四条 applies from r2022). */
function settlementAmount(d: Defendant, regime: Regime): { counts: boolean | null; why: string; cites: string[] } {
  const sc = settlementConduct(d)
  const cards = suppliedCards(d)
  if (sc === true) return { counts: true, why: '有代收代付、代为转账取现或刷脸等支付结算行为', cites: [] }
  if (regime.settlementRestricted) {
    if (sc === false) {
      return {
        counts: false,
        why: cards ? '仅出租、出售卡/账户，未代为转账、套现、取现或刷脸，依《断卡纪要》第四条不宜认定为“支付结算”' : '未实施支付结算行为',
        cites: cards ? ['minutes2022-4'] : []
      }
    }
    return { counts: null, why: '是否代为转账、套现、取现或刷脸未查明（《断卡纪要》第四条）', cites: ['minutes2022-4'] }
  }
  if (sc === false && cards === false) return { counts: false, why: '未实施支付结算行为', cites: [] }
  return { counts: true, why: cards ? '提供卡/账户用于资金结算（《断卡纪要》之前的认定口径）' : '支付结算行为', cites: [] }
}

/**
 * The 支付结算 amount: the stated amount; where none is stated but the defendant supplied cards/accounts whose
 * inflow is known, the inflow is a lower bound of the funds settled through them.
 */
export function settlementValue(d: Defendant): { value: number | null; quantity: string } {
  if (d.amounts.paymentSettlement !== null) return { value: d.amounts.paymentSettlement, quantity: SETTLE_TITLE }
  if (d.amounts.oneWayInflow !== null && suppliedCards(d) === true) {
    return { value: d.amounts.oneWayInflow, quantity: `${SETTLE_TITLE}（未载，以卡/账户流入资金计，为下限）` }
  }
  return { value: null, quantity: SETTLE_TITLE }
}

function evalSettlement(d: Defendant, regime: Regime): SeriousGroundResult {
  const id = 'interp2019-12-1-2'
  const thr = valueOf(id, 'paymentSettlement')
  const sv = settlementValue(d)
  const m = measure(id, sv.quantity, 'yuan', sv.value, thr, [id])
  const s = settlementAmount(d, regime)
  const cites = [id, ...s.cites]
  if (s.counts === false) return gated(id, regime, d, [m], 'notMet', s.why, cites)
  const st = statusOf(m)
  if (s.counts === null) {
    // Below the threshold the conduct question does not matter.
    if (st === 'notMet') return gated(id, regime, d, [m], 'notMet', m.text, cites)
    return gated(id, regime, d, [m], 'undetermined', `${m.text}；但${s.why}`, cites)
  }
  return gated(id, regime, d, [m], st, `${m.text}（${s.why}）`, cites)
}

function evalNumeric(id: SeriousGroundId, key: string, quantity: string, value: number | null, d: Defendant, regime: Regime, absent: boolean): SeriousGroundResult {
  const thr = valueOf(id, key)
  const m = measure(id, quantity, 'yuan', value, thr, [id])
  if (absent && value === null) return gated(id, regime, d, [], 'notMet', `无此行为`, [id])
  return gated(id, regime, d, [m], statusOf(m), m.text, [id])
}

function evalObjects(d: Defendant, regime: Regime): SeriousGroundResult {
  const id = 'interp2019-12-1-1'
  const m = measure(id, '被帮助对象数量', 'count', d.helped.objectCount, valueOf(id, 'objects'), [id], 'atLeast', '个')
  return gated(id, regime, d, [m], statusOf(m), m.text, [id])
}

function evalAdminPenalty(d: Defendant, regime: Regime): SeriousGroundResult {
  const id = 'interp2019-12-1-5'
  const v = d.history.adminPenaltyWithin2Years
  const years = valueOf(id, 'years')
  const status: Status = v === null ? 'undetermined' : v ? 'met' : 'notMet'
  const why = v === null ? `${years}年内是否受过相关行政处罚未查明` : v ? `${years}年内曾受相关行政处罚又帮信` : `${years}年内未受相关行政处罚`
  return gated(id, regime, d, [], status, why, [id])
}

function evalConsequence(d: Defendant, regime: Regime): SeriousGroundResult {
  const id = 'interp2019-12-1-6'
  const v = d.helped.consequence
  const status: Status = v === null ? 'undetermined' : v === 'none' ? 'notMet' : 'met'
  const why = v === null ? '被帮助对象的犯罪是否造成严重后果未查明' : v === 'none' ? '未造成严重后果' : v === 'serious' ? '被帮助对象的犯罪造成严重后果' : '被帮助对象的犯罪造成特别严重后果'
  return gated(id, regime, d, [], status, why, [id])
}

function evalFiveTimes(d: Defendant, regime: Regime): SeriousGroundResult {
  const id = 'interp2019-12-2'
  const ce = d.helped.crimeEstablished
  if (ce === 'yes' || ce === 'no') {
    return ground(id, regime, 'notMet', ce === 'yes' ? '被帮助对象的犯罪已查实，适用第一款，不适用第二款' : '被帮助对象的行为不构成犯罪', [], [id])
  }
  const k = valueOf(id, 'multiple')
  const s = settlementAmount(d, regime)
  const ms: ThresholdMeasure[] = []
  const sv = settlementValue(d)
  const settle = measure(id, `${sv.quantity}（五倍）`, 'yuan', sv.value, valueOf('interp2019-12-1-2', 'paymentSettlement') * k, [id, 'interp2019-12-1-2'])
  ms.push(settle)
  const ad = measure(id, '投放广告等提供资金（五倍）', 'yuan', d.amounts.advertisingFunds, valueOf('interp2019-12-1-3', 'advertisingFunds') * k, [id, 'interp2019-12-1-3'])
  const gain = measure(id, '违法所得（五倍）', 'yuan', d.amounts.illegalGain, valueOf('interp2019-12-1-4', 'illegalGain') * k, [id, 'interp2019-12-1-4'])
  ms.push(ad, gain)
  const settleStatus: Status = s.counts === false ? 'notMet' : s.counts === null && settle.reached ? 'undetermined' : statusOf(settle)
  const adStatus: Status = d.conduct.advertising === false && d.amounts.advertisingFunds === null ? 'notMet' : statusOf(ad)
  const cons = d.helped.consequence
  const consStatus: Status = cons === null ? 'undetermined' : cons === 'especiallySerious' ? 'met' : 'notMet'
  const parts: Status[] = [settleStatus, adStatus, statusOf(gain), consStatus]
  let status: Status = parts.includes('met') ? 'met' : parts.includes('undetermined') ? 'undetermined' : 'notMet'
  const reachedTexts = ms.filter((m) => m.reached).map((m) => m.text)
  let why = status === 'met'
    ? `被帮助对象是否构成犯罪无法查证，但${reachedTexts.length ? reachedTexts.join('；') : '造成特别严重后果'}`
    : status === 'undetermined' ? '五倍标准或特别严重后果尚不能判断' : '相关数额均未达到第一款标准的五倍，亦无特别严重后果'
  if (ce === null && status === 'met') {
    status = 'undetermined'
    why = `${why}；仅在被帮助对象确因客观条件无法查证是否构成犯罪时适用（是否查实未载明）`
  }
  return ground(id, regime, status, why, ms, [id])
}

function cardGround(
  id: SeriousGroundId, d: Defendant, regime: Regime, filter: CardFilter, key: string, quantity: string
): SeriousGroundResult {
  const thr = valueOf(id, key)
  const cc = countCards(d, filter)
  const value = cc.uncertain && cc.sure < thr ? null : cc.sure
  const m = measure(id, quantity, 'count', value, thr, [id])
  if (value === null && cc.sure > 0) m.text = `${quantity}已知至少 ${cc.sure} 张，其余数量/归属/方式未查明（标准：${thr} 张以上）`
  return gated(id, regime, d, [m], statusOf(m), m.text, [id])
}

function evalInflow2022(d: Defendant, regime: Regime): SeriousGroundResult {
  const id = 'minutes2022-inflow'
  const pay = suppliedPaymentCards(d)
  if (pay === false) return gated(id, regime, d, [], 'notMet', '未出租、出售信用卡/账户，单向流入资金规则不适用', [id])
  const inflow = d.amounts.oneWayInflow
  const explained = d.amounts.explainedLegitimateFunds ?? 0
  const net = inflow === null ? null : Math.max(0, Math.round((inflow - explained) * 100) / 100)
  const mIn = measure(id, explained > 0 ? '单向流入资金（扣除能说明合法来源的资金后）' : '单向流入资金', 'yuan', net, valueOf(id, 'inflowAbove'), [id], 'above')
  const mFraud = measure(id, '其中经查证的涉诈资金', 'yuan', d.amounts.verifiedFraudFunds, valueOf(id, 'verifiedFraudMin'), [id])
  const a = statusOf(mIn)
  const b = statusOf(mFraud)
  const status: Status = a === 'met' && b === 'met' ? 'met' : a === 'notMet' || b === 'notMet' ? 'notMet' : 'undetermined'
  return gated(id, regime, d, [mIn, mFraud], status, `${mIn.text}；${mFraud.text}`, [id])
}

const OWN_ACCOUNTS_2025: CardFilter = { kinds: ['bankCard', 'bankAccount', 'paymentAccount'], owners: ['self'], dealings: ['sell', 'rent'] }
const OTHER_ACCOUNTS_2025: CardFilter = {
  kinds: ['bankCard', 'bankAccount', 'paymentAccount', 'unitSettlementAccount'], owners: ['others'], dealings: ['sell', 'rent', 'buy'],
  anyOwnerKinds: ['unitSettlementAccount']
}
const PAYMENT_CARDS_2021: CardFilter = { kinds: PAYMENT_CARD_KINDS, dealings: ['sell', 'rent', 'buy'] }
const OTHERS_TELECOM_2021: CardFilter = { kinds: ['phoneCard', 'dataCard', 'iotCard'], owners: ['others'], dealings: ['sell', 'rent', 'buy'] }
const TELECOM_2025: CardFilter = { kinds: ['phoneCard', 'iotCard'], dealings: ['sell', 'rent', 'buy'] }

function evalAccounts2025(id: 'opinion2025-6-1' | 'opinion2025-6-2', d: Defendant, regime: Regime): SeriousGroundResult {
  const own = id === 'opinion2025-6-1'
  const filter = own ? OWN_ACCOUNTS_2025 : OTHER_ACCOUNTS_2025
  const thrAcc = valueOf(id, 'accounts')
  const cc = countCards(d, filter)
  const accValue = cc.uncertain && cc.sure < thrAcc ? null : cc.sure
  const quantity = own ? '出售、出租的本人银行账户、支付账户' : '收购、出售、出租的非本人或单位账户'
  const mAcc = measure(id, quantity, 'count', accValue, thrAcc, [id], 'atLeast', '个')
  const mIn = measure(id, '账户流入资金', 'yuan', d.amounts.oneWayInflow, valueOf(id, 'inflow'), [id])
  const a = statusOf(mAcc)
  let b = statusOf(mIn)
  let why = `${mAcc.text}；${mIn.text}`
  const cites: string[] = [id]
  // Drafters' gloss on art. 4 (PARTLY): an inflow counts only where criminal funds reaching the upstream crime's
  // threshold are verified in it (for fraud: 数额较大, 2016 意见).
  const verified = d.amounts.verifiedFraudFunds
  if (b === 'met' && verified !== null) {
    const floor = d.helped.crimeType === 'fraud' ? valueOf('fraud2016-2-1', 'amountLarge') : 0
    if (verified < floor || verified === 0) {
      b = 'notMet'
      why += `；流入资金中经查证的犯罪资金${verified === 0 ? '为零' : `仅 ${yuan(verified)}，未达诈骗罪“数额较大” ${yuan(floor)}`}，不宜以流入资金认定情节严重（起草者释义）`
      cites.push('opinion2025-4')
      if (floor > 0) cites.push('fraud2016-2-1')
    }
  } else if (b === 'met') {
    why += '；流入资金中经查证的犯罪资金未载明（起草者释义要求查实其中的犯罪资金达到上游犯罪立案标准）'
    cites.push('opinion2025-4')
  }
  const status: Status = a === 'met' && b === 'met' ? 'met' : a === 'notMet' || b === 'notMet' ? 'notMet' : 'undetermined'
  return gated(id, regime, d, own ? [mAcc, mIn] : [mAcc, mIn], status, why, cites)
}

export function evaluateGround(id: SeriousGroundId, d: Defendant, regime: Regime): SeriousGroundResult {
  switch (id) {
    case 'interp2019-12-1-1': return evalObjects(d, regime)
    case 'interp2019-12-1-2': return evalSettlement(d, regime)
    case 'interp2019-12-1-3': return evalNumeric(id, 'advertisingFunds', '以投放广告等方式提供资金', d.amounts.advertisingFunds, d, regime, d.conduct.advertising === false)
    case 'interp2019-12-1-4': return evalNumeric(id, 'illegalGain', '违法所得', d.amounts.illegalGain, d, regime, false)
    case 'interp2019-12-1-5': return evalAdminPenalty(d, regime)
    case 'interp2019-12-1-6': return evalConsequence(d, regime)
    case 'interp2019-12-2': return evalFiveTimes(d, regime)
    case 'opinion2021-9-1':
      return cardGround(id, d, regime, PAYMENT_CARDS_2021, 'cards', '收购、出售、出租的信用卡、银行账户、支付账户等')
    case 'opinion2021-9-2':
      return cardGround(id, d, regime, OTHERS_TELECOM_2021, 'cards', '收购、出售、出租的他人手机卡、流量卡、物联网卡')
    case 'minutes2022-inflow': return evalInflow2022(d, regime)
    case 'opinion2025-6-1':
    case 'opinion2025-6-2': return evalAccounts2025(id, d, regime)
    case 'opinion2025-6-3':
      return cardGround(id, d, regime, TELECOM_2025, 'cards', '收购、出售、出租的电话卡、物联网卡')
    case 'interp2019-12-1-7':
      return ground(id, regime, 'undetermined', '兜底条款，本工具不自动适用', [], [id])
  }
}

function aggregate(grounds: SeriousGroundResult[]): boolean | null {
  if (grounds.some((g) => g.status === 'met')) return true
  if (grounds.some((g) => g.status === 'undetermined')) return null
  return false
}

export interface ActWindow {
  /** first day of the conduct, null = unknown */
  from: string | null
  /** last day of the conduct, null = unknown */
  to: string | null
  asOf: string
}

const metText = (m: boolean | null): string => (m === true ? '达到情节严重' : m === false ? '未达到情节严重' : '能否达到情节严重尚不能判断')

/** Evaluate every regime in play and apply 从旧兼从轻. */
export function evaluateSerious(d: Defendant, regimes: readonly Regime[], w: ActWindow): SeriousCircumstancesResult {
  const actEnd = w.to ?? w.from
  const actStart = w.from ?? w.to
  const inPlayOf = (r: Regime): boolean => r.from <= w.asOf && (actStart === null || r.to === null || r.to >= actStart)
  const atAct = (r: Regime): boolean =>
    actStart !== null && actEnd !== null && r.from <= actEnd && (r.to === null || r.to >= actStart)
  const governingAtEnd = actEnd === null ? null : regimes.find((r) => r.from <= actEnd && (r.to === null || actEnd <= r.to)) ?? null

  const evals: RegimeEvaluation[] = []
  const evalById = new Map<string, RegimeEvaluation>()
  for (const r of regimes) {
    const inPlay = inPlayOf(r)
    if (!inPlay) continue
    const grounds = r.grounds.map((g) => evaluateGround(g, d, r))
    const seriousMet = r.grounds.length ? aggregate(grounds) : null
    const why = r.grounds.length
      ? `依${r.label}：${metText(seriousMet)}`
      : '其时尚无认定“情节严重”的司法解释'
    const ev: RegimeEvaluation = { id: r.id, label: r.label, from: r.from, inPlay, inForceAtAct: atAct(r), seriousMet, grounds, why }
    evals.push(ev)
    evalById.set(r.id, ev)
  }

  // The act's regime: the version governing at the end of the conduct. With no interpretation at the act
  // (r2015), the first interpretation in force governs pending cases (司法解释时间效力规则).
  let actRegime = governingAtEnd
  let actNote = actRegime ? `行为终了时（${zhDate(actEnd ?? '')}）施行的是${actRegime.label}` : '行为时间不明，无法确定行为时的标准'
  if (actRegime && actRegime.grounds.length === 0) {
    const firstWithGrounds = regimes.find((r) => r.grounds.length > 0 && r.from <= w.asOf)
    if (firstWithGrounds) {
      actNote = `行为时尚无认定情节严重的司法解释；对行为时无相关解释、解释施行后尚未处理的案件，适用${firstWithGrounds.label}`
      actRegime = firstWithGrounds
    }
  }

  const candidates = regimes.filter((r) => r.grounds.length > 0 && evalById.has(r.id) && (actRegime === null || r.from >= actRegime.from))
  if (candidates.length === 0) {
    return {
      met: null, basis: [], regimeUsed: actRegime?.id ?? null,
      regimeWhy: `${actNote}；${zhDate(w.asOf)}时尚无认定“情节严重”的司法解释，本工具不对情节严重作出判断，须由办案机关依刑法第二百八十七条之二综合判断`,
      regimes: evals
    }
  }
  const evOf = (r: Regime): RegimeEvaluation => evalById.get(r.id) as RegimeEvaluation
  const notMet = candidates.find((r) => evOf(r).seriousMet === false)
  const actEval = actRegime ? evalById.get(actRegime.id) ?? null : null
  const laterNames = candidates.filter((r) => r !== actRegime).map((r) => r.label)
  const playNote = actRegime === null
    ? `${zhDate(w.asOf)}前施行的${candidates.map((r) => r.label).join('、')}均可能适用，依从旧兼从轻取对被告人最有利者`
    : laterNames.length ? `行为后至${zhDate(w.asOf)}又有${laterNames.join('、')}，依从旧兼从轻比较适用` : ''

  if (notMet) {
    const decidedByLater = actEval !== null && notMet.id !== actRegime?.id
    const regimeWhy = decidedByLater
      ? `${actNote}，依该标准${metText(actEval.seriousMet)}；但${notMet.label}对被告人更有利（未达到情节严重），依从旧兼从轻（刑法第十二条）适用${notMet.label}`
      : `${actNote}${playNote ? '；' + playNote : ''}；依${notMet.label}未达到情节严重${laterNames.length ? '，且无对被告人更有利的标准' : ''}`
    return { met: false, basis: [], regimeUsed: notMet.id, regimeWhy, regimes: evals }
  }
  const undetermined = candidates.find((r) => evOf(r).seriousMet === null)
  if (undetermined) {
    const regimeWhy = `${actNote}${playNote ? '；' + playNote : ''}；依${undetermined.label}能否达到情节严重尚不能判断（最有利于被告人的标准须查明相关事实后才能比较）`
    return { met: null, basis: [], regimeUsed: undetermined.id, regimeWhy, regimes: evals }
  }
  // All met: the act's regime decides (从旧). With an unknown act time, the version in force at the analysis
  // date names the basis.
  const known = actRegime !== null && evalById.has(actRegime.id)
  const decided = known ? actRegime as Regime : candidates[candidates.length - 1] as Regime
  const ev = evOf(decided)
  const basis = ev.grounds.filter((g) => g.status === 'met').map((g) => g.id)
  const regimeWhy = known
    ? `${actNote}${playNote ? '；' + playNote : ''}；各标准均达到情节严重，依从旧原则适用${decided.label}`
    : `${actNote}；${playNote}；各可能适用的标准均达到情节严重，以分析日施行的${decided.label}列明依据`
  return { met: true, basis, regimeUsed: decided.id, regimeWhy, regimes: evals }
}
