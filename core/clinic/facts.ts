// The structured facts of one defendant told as short Chinese lines (the exercise's fact sheet).
// Only facts that are known are told; unknown (null) facts are listed as 未载 so students see the gaps.
import type { Defendant } from '../matter/schema'

const CARD_KIND: Record<string, string> = {
  bankCard: '银行卡', bankAccount: '银行账户', paymentAccount: '支付账户', paymentInterface: '支付接口',
  onlineBankingCertificate: '网银U盾/证书', paymentInternetAccount: '支付类互联网账号', unitSettlementAccount: '单位结算账户',
  phoneCard: '手机卡', dataCard: '流量卡', iotCard: '物联网卡'
}
const DEALING: Record<string, string> = { sell: '出售', rent: '出租', buy: '收购', lend: '出借' }
const OWNER: Record<string, string> = { self: '本人', others: '他人' }
const TECH: Record<string, string> = {
  internetAccess: '互联网接入', serverHosting: '服务器托管', networkStorage: '网络存储', communicationTransmission: '通讯传输',
  websiteOrApp: '搭建网站/开发软件', otherTech: '其他技术支持'
}
const INDICATOR: Record<string, string> = {
  regulatorNotice: '经监管部门告知后仍实施', ignoredReports: '接到举报后不履行法定管理职责', abnormalPriceOrMethod: '交易价格或方式明显异常',
  dedicatedTool: '提供专门用于违法犯罪的程序、工具', evasionMeasures: '频繁采用隐蔽上网、加密通信、销毁数据等措施',
  helpedEvadeInvestigation: '为他人逃避监管或规避调查提供技术支持', unitAccountTrade: '收购、出售、出租单位账户',
  insiderAbuse: '行业从业人员利用职务便利', otherStrong: '其他足以认定明知的情形', bulkDevicesOrPlatforms: '使用批量插卡设备、改号软件、批量账号或接码平台',
  continuedAfterRestriction: '账户被限制、暂停服务后仍实施', preparedCoverStory: '事先准备应对调查的话术口径'
}
const CRIME: Record<string, string> = { fraud: '诈骗', gambling: '赌博', other: '其他犯罪' }
const ESTABLISHED: Record<string, string> = { yes: '已查证属实', no: '未构成犯罪', unprovable: '因客观条件限制无法查证' }
const CONSEQUENCE: Record<string, string> = { none: '无严重后果', serious: '造成严重后果', especiallySerious: '造成特别严重后果' }
const ROLE: Record<string, string> = { principal: '主犯', accessory: '从犯', coerced: '胁从犯' }
const MERIT: Record<string, string> = { none: '无立功', ordinary: '立功', major: '重大立功' }

const yuan = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 2 })} 元`
const tri = (v: boolean | null | undefined, yes: string, no: string): string | null => (v === true ? yes : v === false ? no : null)

export function describeDefendant(d: Defendant): string[] {
  const out: string[] = []
  const who: string[] = [d.kind === 'unit' ? '单位' : '自然人']
  if (d.birthDate) who.push(`出生于 ${d.birthDate}`)
  else if (d.ageAtAct != null) who.push(`行为时 ${d.ageAtAct} 岁`)
  const s = tri(d.student, '在校学生', '')
  if (s) who.push(s)
  const ins = tri(d.industryInsider, '电信/金融等行业从业人员', '')
  if (ins) who.push(ins)
  out.push(`主体：${who.join('，')}`)
  if (d.actPeriod && (d.actPeriod.from || d.actPeriod.to)) out.push(`行为期间：${d.actPeriod.from ?? '未载'} 至 ${d.actPeriod.to ?? '未载'}`)

  const c = d.conduct
  const acts: string[] = []
  for (const l of c.cards ?? []) {
    acts.push(`${l.dealing ? DEALING[l.dealing] : '提供'}${l.owner ? OWNER[l.owner] : ''}${CARD_KIND[l.kind] ?? l.kind}${l.count != null ? ` ${l.count} 张（个）` : '（数量未载）'}`)
  }
  if (c.techSupport?.length) acts.push(`提供技术支持：${c.techSupport.map((t) => TECH[t] ?? t).join('、')}`)
  if (c.advertising) acts.push('提供广告推广')
  if (c.paymentSettlement) acts.push('提供支付结算帮助')
  for (const [v, yes, no] of [
    [c.transferredForOthers, '另为他人代为转账、套现或取现', '未代为转账、取现'],
    [c.faceVerificationForOthers, '为转账、取现提供刷脸等验证', '未提供刷脸验证'],
    [c.priorConspiracy, '与被帮助者事先通谋', '与被帮助者无事先通谋'],
    [c.stableCooperation, '与被帮助者形成较为稳定的配合关系', '与被帮助者未形成稳定配合关系']
  ] as const) {
    const t = tri(v, yes, no)
    if (t) acts.push(t)
  }
  out.push(`行为：${acts.length ? acts.join('；') : '未载'}`)

  const k = d.knowledge
  const know: string[] = []
  const adm = tri(k.admitted, '供述明知', '否认明知')
  if (adm) know.push(adm)
  if (k.indicators?.length) know.push(`推定情形：${k.indicators.map((i) => INDICATOR[i] ?? i).join('、')}`)
  if (k.counterEvidence) know.push(`相反证据：${k.counterEvidence}`)
  const kp = tri(k.knewProceeds, '明知是犯罪所得', '不明知是犯罪所得')
  if (kp) know.push(kp)
  if (k.finding === 'proven') know.push('在案证据已认定明知')
  if (k.finding === 'disputed') know.push('明知有争议')
  out.push(`主观方面：${know.length ? know.join('；') : '未载'}`)

  const a = d.amounts
  const money: string[] = []
  for (const [v, label] of [
    [a.paymentSettlement, '支付结算金额'], [a.oneWayInflow, '单向流入涉案账户金额'], [a.verifiedFraudFunds, '其中经查证涉诈资金'],
    [a.explainedLegitimateFunds, '能说明合法来源的资金'], [a.advertisingFunds, '以投放广告等方式提供资金'], [a.illegalGain, '违法所得'],
    [a.concealedProceeds, '代为转移的犯罪所得'], [a.attributableFraudLoss, '可归责的被害人损失']
  ] as const) {
    if (v != null) money.push(`${label} ${yuan(v)}`)
  }
  out.push(`数额：${money.length ? money.join('；') : '未载'}`)

  const h = d.helped
  const helped: string[] = []
  if (h.objectCount != null) helped.push(`被帮助对象 ${h.objectCount} 个`)
  if (h.crimeType) helped.push(`被帮助者实施${CRIME[h.crimeType]}`)
  if (h.crimeEstablished) helped.push(`被帮助犯罪${ESTABLISHED[h.crimeEstablished]}`)
  if (h.consequence) helped.push(CONSEQUENCE[h.consequence] ?? h.consequence)
  out.push(`被帮助者：${helped.length ? helped.join('；') : '未载'}`)

  const hist: string[] = []
  const ap = tri(d.history.adminPenaltyWithin2Years, '二年内曾因相关行为受行政处罚', '二年内未受相关行政处罚')
  if (ap) hist.push(ap)
  const pr = tri(d.history.priorCriminalRecord, '有前科', '无前科')
  if (pr) hist.push(pr)
  const rc = tri(d.history.recidivist, '系累犯', '')
  if (rc) hist.push(rc)
  if (hist.length) out.push(`前科与处罚：${hist.join('；')}`)

  const m = d.mitigation
  const mit: string[] = []
  for (const [v, yes, no] of [
    [m.surrendered, '自动投案', '未自动投案'], [m.truthfulConfession, '如实供述', '未如实供述'], [m.pleaAgreement, '认罪认罚', '未认罪认罚'],
    [m.victimForgiveness, '取得被害人谅解', '未取得谅解'], [m.firstOffence, '初犯、偶犯', '']
  ] as const) {
    const t = tri(v, yes, no)
    if (t) mit.push(t)
  }
  if (m.restitution != null) mit.push(`退赃退赔 ${yuan(m.restitution)}`)
  if (m.meritoriousService && m.meritoriousService !== 'none') mit.push(MERIT[m.meritoriousService] ?? m.meritoriousService)
  if (m.role) mit.push(ROLE[m.role] ?? m.role)
  if (mit.length) out.push(`量刑情节：${mit.join('；')}`)
  return out
}
