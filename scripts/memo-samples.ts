// Representative matters for the memo tests and docs/samples, built from the published cases bundled
// in core/examples/data (never from files outside the repository). Each adds the format version 2
// fields a memo needs (accusation, sex, custody, province) as the matter form would.
import { exampleById } from '../core/examples/index'
import type { MatterDocument } from '../core/matter/schema'

function base(id: string): MatterDocument {
  const ex = exampleById(id)
  if (!ex) throw new Error(`no bundled example ${id}`)
  return structuredClone(ex.document)
}

type Loose = Record<string, unknown>
const set = (o: object, fields: Loose): void => {
  Object.assign(o as Loose, fields)
}

export interface Representative {
  id: string
  /** what the matter represents, Chinese */
  label: string
  doc: MatterDocument
}

/**
 * 情节严重 met (6 cards, 50万元 inflow), student who surrendered and pleaded; 审查起诉. 缓刑 is open (the
 * likeliest outcome on the published decisions is still a custodial term: no variation of these facts
 * makes 缓刑 the most frequent outcome among the nearest decisions), and 自首 leaves 相对不起诉 open.
 */
export function probationMatter(): MatterDocument {
  const doc = base('spc2025-07-a')
  const d = doc.defendants[0]!
  doc.matter.stage = 'prosecution'
  doc.matter.perspective = 'defense'
  doc.matter.authority = '××市××区人民检察院'
  d.actPeriod = { from: '2024-03-01', to: '2024-04-15' }
  d.birthDate = '2003-06-10'
  d.amounts.illegalGain = 3000
  d.mitigation.truthfulConfession = true
  d.mitigation.pleaAgreement = true
  d.history.priorCriminalRecord = false
  set(doc.matter, {
    province: null,
    accusation: {
      document: '起诉意见书', number: '×公（刑）诉字〔2025〕108号', charge: 'art287-2',
      facts: '2024年3月至4月，高某明知他人利用信息网络实施犯罪，仍组织同学开立并出租银行卡6张，卡内流入资金50万元，其中经查证系被害人被骗资金50万元。', sentenceProposal: null
    }
  })
  set(d, { sex: 'female', custody: 'bail', factsText: null })
  return doc
}

/** Just below every threshold: 3 own cards, 28万元 inflow, 审判. */
export function belowThresholdMatter(): MatterDocument {
  const doc = probationMatter()
  const d = doc.defendants[0]!
  doc.matter.stage = 'trial'
  doc.matter.authority = '××市××区人民法院'
  d.conduct.cards = [{ kind: 'bankCard', count: 3, owner: 'self', dealing: 'rent' }]
  d.conduct.otherHelp = null
  d.amounts.oneWayInflow = 280000
  d.amounts.verifiedFraudFunds = 30000
  d.amounts.paymentSettlement = null
  d.amounts.illegalGain = 1500
  d.helped.objectCount = 1
  d.helped.consequence = 'none'
  d.history.adminPenaltyWithin2Years = false
  d.knowledge.counterEvidence = '以为是朋友做生意需要周转资金，收到的是每张卡500元的“办卡费”'
  d.mitigation.pleaAgreement = false
  d.mitigation.role = null
  d.knowledge.admitted = false
  d.knowledge.finding = null
  set(doc.matter, {
    accusation: {
      document: '起诉书', number: '×检刑诉〔2025〕77号', charge: 'art287-2',
      facts: '2024年3月，被告人高某将其名下银行卡3张出租给他人使用，卡内流入资金28万元，其中3万元系被害人被骗资金。', sentenceProposal: '有期徒刑六个月，并处罚金'
    }
  })
  return doc
}

/** 掩隐 alleged: a 跑分 worker who transferred money onward (the court convicted of 掩隐). */
export function concealmentMatter(): MatterDocument {
  const doc = base('cn-taiyuan-li')
  const d = doc.defendants[0]!
  doc.matter.perspective = 'defense'
  d.mitigation.truthfulConfession = true
  d.history.priorCriminalRecord = false
  set(doc.matter, {
    accusation: {
      document: '起诉书', number: '并检刑诉〔2022〕31号', charge: 'art312',
      facts: '2021年4月起，被告人李某受雇于“巅峰”跑分工作室，使用本人银行卡4张接收资金并转入指定账户，支付结算110万元，其中4,500元系电信诈骗资金。', sentenceProposal: null
    }
  })
  set(d, { sex: 'male', custody: 'arrested' })
  return doc
}

/** 诈骗共犯 alleged and established: a card organiser, 从犯 in the fraud. */
export function fraudMatter(): MatterDocument {
  const doc = base('cn-shrail-xu')
  doc.matter.perspective = 'defense'
  set(doc.matter, {
    accusation: { document: '起诉书', number: '沪铁检刑诉〔2024〕12号', charge: 'art266-accomplice', facts: null, sentenceProposal: null }
  })
  set(doc.defendants[0]!, { sex: 'male', custody: 'arrested' })
  return doc
}

/** A 17-year-old student who surrendered: 2,460.61万元 flowed through two own cards, 4,880元 proven fraud money; 审查起诉. */
export function minorStudentMatter(): MatterDocument {
  const doc = base('spc2025-07-c')
  const d = doc.defendants[0]!
  doc.matter.title = '师某帮助信息网络犯罪活动案'
  doc.matter.stage = 'prosecution'
  doc.matter.perspective = 'defense'
  doc.matter.asOf = '2025-09-15'
  doc.matter.authority = '××市××区人民检察院'
  d.birthDate = '2007-02-01'
  d.actPeriod = { from: '2024-09-01', to: '2024-10-20' }
  d.conduct.cards = [{ kind: 'bankCard', count: 2, owner: 'self', dealing: 'rent' }]
  d.conduct.otherHelp = null
  d.amounts.oneWayInflow = 24606066.97
  d.amounts.verifiedFraudFunds = 4880
  d.amounts.illegalGain = 800
  d.knowledge.finding = null
  d.knowledge.admitted = true
  d.mitigation.surrendered = true
  d.mitigation.truthfulConfession = true
  d.mitigation.pleaAgreement = true
  d.mitigation.restitution = 800
  d.history.priorCriminalRecord = false
  d.history.adminPenaltyWithin2Years = false
  set(doc.matter, {
    accusation: {
      document: '起诉意见书', number: '×公（刑）诉字〔2025〕215号', charge: 'art287-2',
      facts: '2024年9月至10月，犯罪嫌疑人师某将其名下银行卡2张出租给他人，卡内流入资金2,460万余元，其中4,880元经查证系被害人被骗资金。', sentenceProposal: null
    }
  })
  set(d, { sex: 'male', custody: 'bail' })
  return doc
}

/** Two defendants; the second has a distinctive name and figures (isolation tests). */
export function twoDefendantMatter(): MatterDocument {
  const doc = base('spp-case-yuhang')
  const d2 = doc.defendants[1]!
  d2.name = '欧阳某某'
  d2.amounts.oneWayInflow = 7654321.09
  d2.amounts.illegalGain = 98765.43
  doc.matter.title = `${doc.defendants[0]!.name}、欧阳某某帮助信息网络犯罪活动案`
  return doc
}

export function representativeMatters(): Representative[] {
  return [
    { id: 'probation', label: '情节严重、可以适用缓刑（审查起诉，认罪认罚）', doc: probationMatter() },
    { id: 'below', label: '略低于入罪标准（审判）', doc: belowThresholdMatter() },
    { id: 'concealment', label: '指控掩饰、隐瞒犯罪所得罪（审判）', doc: concealmentMatter() },
    { id: 'fraud', label: '指控诈骗罪共犯（审判）', doc: fraudMatter() },
    { id: 'minor', label: '自首的未成年在校学生（审查起诉）', doc: minorStudentMatter() }
  ]
}
