// The 帮信罪 elements other than 情节严重: time of the act, 主体, 明知, the helped crime, the help conduct.
import { valueOf } from '../law'
import type { Defendant, KnowledgeIndicator } from '../matter/schema'
import type { ElementResult, Status } from '../analysis/types'
import { zhDate } from './dates'
import { ageAtAct } from '../matter/age'

export function el(id: string, label: string, status: Status, why: string, facts: string[], citations: string[]): ElementResult {
  return { id, label, status, why, facts, citations }
}

export interface ElementNotes {
  warnings: string[]
}

export function actTimeElement(d: Defendant, offenceStart: string, notes: ElementNotes): ElementResult {
  const from = d.actPeriod?.from ?? null
  const to = d.actPeriod?.to ?? null
  const facts = ['actPeriod.from', 'actPeriod.to']
  const cites = ['amend9-52', 'crimlaw-a12']
  const start = zhDate(offenceStart)
  if (to !== null && to < offenceStart) {
    return el('actTime', '行为时间', 'notMet', `行为于${zhDate(to)}前终了，早于刑法第二百八十七条之二施行日（${start}），不构成本罪`, facts, cites)
  }
  if (from !== null && from >= offenceStart) {
    return el('actTime', '行为时间', 'met', `行为始于${zhDate(from)}，在刑法第二百八十七条之二施行（${start}）之后`, facts, cites)
  }
  if (from !== null && to !== null) {
    notes.warnings.push(`行为始于${zhDate(from)}，早于${start}：仅${start}以后的行为及数额可以计入`)
    return el('actTime', '行为时间', 'met', `行为持续至${zhDate(to)}，${start}以后的部分适用刑法第二百八十七条之二`, facts, cites)
  }
  if (to !== null) {
    return el('actTime', '行为时间', 'met', `行为持续至${zhDate(to)}，在${start}之后（起始日期未载）`, facts, cites)
  }
  if (from !== null) {
    notes.warnings.push(`行为始于${zhDate(from)}，早于${start}，终了日期未载：须查明${start}以后是否仍有行为`)
    return el('actTime', '行为时间', 'undetermined', `行为始于${start}之前，终了日期未载`, facts, cites)
  }
  notes.warnings.push(`行为时间未载：按${start}以后的行为分析；若行为全部发生在此前，则不构成本罪。`)
  return el('actTime', '行为时间', 'met', `行为时间未载，按刑法第二百八十七条之二施行后的行为处理（须核实）`, facts, cites)
}

export function subjectElement(d: Defendant, notes: ElementNotes): ElementResult {
  if (d.kind === 'unit') {
    return el('subject', '主体', 'met', '单位犯罪：对单位判处罚金，并处罚直接负责的主管人员和其他直接责任人员', ['kind'], ['crimlaw-a287-2-p2', 'interp2019-14'])
  }
  const minAge = valueOf('crimlaw-a17-p1', 'minAge')
  const age = ageAtAct(d)
  const facts = d.birthDate ? ['birthDate', 'actPeriod.from'] : ['ageAtAct']
  if (age === null) {
    notes.warnings.push(`行为时年龄未载：按已满${minAge}周岁处理；若不满${minAge}周岁，不负刑事责任。`)
    return el('subject', '主体', 'met', `自然人；行为时年龄未载，按已满${minAge}周岁处理（须核实）`, ['birthDate', 'ageAtAct'], ['crimlaw-a17-p1'])
  }
  if (age < minAge) {
    return el('subject', '主体', 'notMet', `行为时${age}周岁，不满${minAge}周岁，不负刑事责任`, facts, ['crimlaw-a17-p1'])
  }
  const adult = valueOf('crimlaw-a17-p4', 'adultAge')
  const cites = age < adult ? ['crimlaw-a17-p1', 'crimlaw-a17-p4'] : ['crimlaw-a17-p1']
  return el('subject', '主体', 'met', `行为时${age}周岁，已满${minAge}周岁${age < adult ? `，不满${adult}周岁，应当从轻或者减轻处罚` : ''}`, facts, cites)
}

/** Which clause makes each indicator a 明知 presumption. */
export const INDICATOR_CLAUSES: Record<KnowledgeIndicator, { label: string; cites: string[] }> = {
  regulatorNotice: { label: '经监管部门告知后仍然实施', cites: ['interp2019-11', 'interp2019-11-1'] },
  ignoredReports: { label: '接到举报后不履行法定管理职责', cites: ['interp2019-11', 'interp2019-11-2'] },
  abnormalPriceOrMethod: { label: '交易价格或者方式明显异常', cites: ['interp2019-11', 'interp2019-11-3'] },
  dedicatedTool: { label: '提供专门用于违法犯罪的程序、工具或者技术支持', cites: ['interp2019-11', 'interp2019-11-4'] },
  evasionMeasures: { label: '频繁采用隐蔽上网等措施或使用虚假身份逃避监管', cites: ['interp2019-11', 'interp2019-11-5'] },
  helpedEvadeInvestigation: { label: '为他人逃避监管或者规避调查提供帮助', cites: ['interp2019-11', 'interp2019-11-6'] },
  otherStrong: { label: '其他足以认定明知的情形', cites: ['interp2019-11', 'interp2019-11-7'] },
  unitAccountTrade: { label: '收购、出售、出租单位银行结算账户或单位支付账户', cites: ['interp2019-11-7', 'opinion2021-8-2'] },
  insiderAbuse: { label: '行业从业人员利用职务或服务便利非法开办并出售、出租卡/账户', cites: ['interp2019-11-7', 'opinion2021-8-2'] },
  bulkDevicesOrPlatforms: { label: '非法提供批量插卡设备、改号软件、批量账号或接码平台', cites: ['interp2019-11-7', 'opinion2025-5-2'] },
  continuedAfterRestriction: { label: '账户被限制、暂停服务后仍然实施', cites: ['interp2019-11-7', 'opinion2025-5-2'] },
  preparedCoverStory: { label: '事先准备应对调查的话术口径', cites: ['interp2019-11-7', 'opinion2025-5-2'] }
}

export function knowledgeElement(d: Defendant): ElementResult {
  const k = d.knowledge
  const label = '明知'
  const base = ['crimlaw-a287-2-p1']
  const indicators = k.indicators ?? []
  const presumed = indicators.length > 0
  const indicatorText = indicators.map((i) => INDICATOR_CLAUSES[i].label).join('、')
  const indicatorCites = [...new Set(indicators.flatMap((i) => INDICATOR_CLAUSES[i].cites))]
  const rebutted = k.counterEvidence !== null && k.counterEvidence.trim() !== ''
  const disputed = k.finding === 'disputed' ? '（辩方对明知有争议）' : ''

  if (k.finding === 'proven') {
    return el('knowledge', label, 'met', '明知已经查证属实（认定在案）', ['knowledge.finding'], base)
  }
  if (k.admitted === true) {
    return el('knowledge', label, 'met', `行为人供述明知他人利用信息网络实施犯罪${disputed}`, ['knowledge.admitted'], [...base, 'opinion2025-5-1'])
  }
  if (presumed && !rebutted) {
    return el('knowledge', label, 'met', `推定明知：${indicatorText}，且无相反证据${disputed}；对信息网络犯罪类型认识有误不影响明知的认定`,
      ['knowledge.indicators', 'knowledge.counterEvidence'], [...base, ...indicatorCites])
  }
  if (presumed && rebutted) {
    if (k.admitted === false) {
      return el('knowledge', label, 'notMet', `存在推定情形（${indicatorText}），但有相反证据（${k.counterEvidence}），推定被推翻，且行为人否认明知`,
        ['knowledge.indicators', 'knowledge.counterEvidence', 'knowledge.admitted'], [...base, ...indicatorCites, 'minutes2022-1'])
    }
    return el('knowledge', label, 'undetermined', `存在推定情形（${indicatorText}），但有相反证据（${k.counterEvidence}），推定不能成立；须综合认定`,
      ['knowledge.indicators', 'knowledge.counterEvidence', 'knowledge.admitted'], [...base, ...indicatorCites, 'minutes2022-1'])
  }
  const why = k.indicators === null && k.admitted === null
    ? '是否供述明知、有无推定情形均未查明'
    : '无供述、无《解释》第十一条等推定情形；仅有出租、出售“两卡”行为不能直接认定明知，须综合认定'
  return el('knowledge', label, 'undetermined', `${why}${disputed}`, ['knowledge.admitted', 'knowledge.indicators', 'knowledge.finding'], [...base, 'interp2019-11', 'minutes2022-1', 'opinion2021-8-1'])
}

export function helpConductElement(d: Defendant): ElementResult {
  const c = d.conduct
  const shown: string[] = []
  const facts: string[] = []
  const cites = ['crimlaw-a287-2-p1']
  const TECH: Record<string, string> = {
    internetAccess: '互联网接入', serverHosting: '服务器托管', networkStorage: '网络存储',
    communicationTransmission: '通讯传输', websiteOrApp: '搭建网站/开发软件', otherTech: '其他技术支持'
  }
  if (c.techSupport && c.techSupport.length) {
    shown.push(`技术支持（${c.techSupport.map((t) => TECH[t] ?? t).join('、')}）`)
    facts.push('conduct.techSupport')
  }
  if (c.advertising === true) { shown.push('广告推广'); facts.push('conduct.advertising') }
  if (c.paymentSettlement === true) { shown.push('支付结算'); facts.push('conduct.paymentSettlement') }
  if (c.transferredForOthers === true) { shown.push('代为转账、套现、取现'); facts.push('conduct.transferredForOthers') }
  if (c.faceVerificationForOthers === true) { shown.push('提供刷脸等验证'); facts.push('conduct.faceVerificationForOthers') }
  const cards = (c.cards ?? []).filter((l) => l.count === null || l.count > 0)
  if (cards.length) {
    shown.push('提供银行卡/账户/电话卡等（“两卡”）')
    facts.push('conduct.cards')
    cites.push('opinion2021-7')
  }
  if (c.otherHelp !== null && c.otherHelp.trim() !== '') { shown.push(`其他帮助（${c.otherHelp}）`); facts.push('conduct.otherHelp') }
  if (shown.length) return el('helpConduct', '帮助行为', 'met', shown.join('；'), facts, cites)
  const unknown = c.techSupport === null || c.advertising === null || c.paymentSettlement === null || c.cards === null ||
    c.transferredForOthers === null || c.faceVerificationForOthers === null
  return unknown
    ? el('helpConduct', '帮助行为', 'undetermined', '帮助行为的内容未查明', ['conduct'], cites)
    : el('helpConduct', '帮助行为', 'notMet', '未提供技术支持、广告推广、支付结算或“两卡”等帮助', ['conduct'], cites)
}

export function helpedCrimeElement(d: Defendant, fiveTimes: Status | null): ElementResult {
  const ce = d.helped.crimeEstablished
  const label = '被帮助者利用信息网络实施犯罪'
  const facts = ['helped.crimeEstablished']
  if (ce === 'yes') {
    return el('helpedCrime', label, 'met', '被帮助对象利用信息网络实施的犯罪可以确认（尚未到案或未经裁判不影响认定）', facts, ['crimlaw-a287-2-p1', 'interp2019-13'])
  }
  if (ce === 'no') return el('helpedCrime', label, 'notMet', '被帮助对象的行为不构成犯罪', facts, ['crimlaw-a287-2-p1'])
  if (ce === 'unprovable') {
    const status: Status = fiveTimes ?? 'undetermined'
    const why = status === 'met'
      ? '被帮助对象是否达到犯罪程度确因客观条件无法查证，但达到第十二条第二款（五倍/特别严重后果）标准'
      : status === 'notMet'
        ? '被帮助对象是否达到犯罪程度无法查证，且未达到第十二条第二款（五倍/特别严重后果）标准'
        : '被帮助对象是否达到犯罪程度无法查证，是否达到第十二条第二款标准尚不能判断'
    return el('helpedCrime', label, status, why, [...facts, 'amounts', 'helped.consequence'], ['crimlaw-a287-2-p1', 'interp2019-12-2'])
  }
  return el('helpedCrime', label, 'undetermined', '被帮助对象的犯罪是否查实未载明', facts, ['crimlaw-a287-2-p1', 'interp2019-13'])
}
