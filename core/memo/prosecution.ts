// 审查报告 / 量刑建议要点: for the prosecutor. Threshold table with distances, element-by-element
// evidence status, competing charges with the 从一重 reasoning, and the proposed sentence range.
import type { ElementResult } from '../analysis/types'
import type { Defendant, Evidence } from '../matter/schema'
import {
  briefBasis, candidateRows, conclusionCitations, conclusionWithReasons, chargeLabel, conclusionText, elementRows, factParagraphs, fineText, joinCitations, partyRole, rangeText, thresholdTable, pivotsAndWarnings
} from './common'
import type { KindContext, KindOutput } from './context'
import { clause, dateZh, joinZh, months, sentence } from './format'
import { hasClause } from '../law/index'
import { runs } from './writer'

const EVIDENCE_STATUS: Record<string, string> = { verified: '已查证', disputed: '有争议', missing: '缺失' }

const rel = (p: string): string => p.replace(/^defendants\.\d+\./, '')

export function evidenceFor(d: Defendant, e: ElementResult): Evidence[] {
  const facts = e.facts.map(rel)
  return (d.evidence ?? []).filter((ev) =>
    ev.supports.some((s) => {
      const p = rel(s)
      return facts.some((f) => f === p || f.startsWith(p + '.') || p.startsWith(f + '.'))
    })
  )
}

export function evidenceText(d: Defendant, e: ElementResult): string {
  const list = evidenceFor(d, e)
  if (list.length === 0) return '未列明'
  return list.map((ev) => `${ev.title}${ev.status ? `（${EVIDENCE_STATUS[ev.status] ?? ev.status}）` : ''}`).join('；')
}

export function buildProsecution(ctx: KindContext): KindOutput {
  const { doc, defendant: d, da, w, boilerplate } = ctx
  const name = da.name
  const label = da.prevailingCharge === 'none' ? '帮助信息网络犯罪活动罪' : chargeLabel(da)
  const conclusion = conclusionText(da)

  w.para(`${doc.matter.title}${doc.matter.caseNumber ? `（${doc.matter.caseNumber}）` : ''}，现将${partyRole(doc, d)}${name}涉嫌${label}一案的审查情况及量刑建议要点报告如下。`)

  w.heading(1, '基本案情')
  for (const p of factParagraphs(doc, d)) w.para(p)

  w.heading(1, '审查结论')
  w.cited(conclusionWithReasons(conclusion, da.dispositionWhy), joinCitations(conclusionCitations(da), da.sentencing?.citations))

  w.heading(1, '构成要件与证据审查')
  const elements = da.prevailingCharge === 'art287-2' || da.prevailingCharge === 'none' ? da.elements : da.candidates.find((c) => c.charge === da.prevailingCharge)?.elements ?? da.elements
  w.table(['要件', '结论', '理由', '证据及状态'], [4, 3, 13, 8], elementRows(w, elements, (e) => evidenceText(d, e)), `表1 ${elements === da.elements ? '帮助信息网络犯罪活动罪' : label}构成要件审查`)
  const gaps = elements.filter((e) => e.status === 'undetermined')
  const weak = (d.evidence ?? []).filter((ev) => ev.status === 'missing' || ev.status === 'disputed')
  if (gaps.length > 0 || weak.length > 0) {
    w.heading(2, '需要补充的证据')
    for (const e of gaps) w.point(3, `${e.label}：`, sentence(`${clause(e.why)}，建议补充相关证据予以查明`))
    for (const ev of weak) w.point(3, `${ev.title}：`, sentence(`该证据${EVIDENCE_STATUS[ev.status ?? ''] ?? ''}${ev.note ? `，${clause(ev.note)}` : ''}，应当补强或者作出说明`))
  }

  if (da.thresholds.length > 0 || da.seriousCircumstances.regimes.length > 0) {
    w.heading(1, '“情节严重”标准对照')
    thresholdTable(w, da, '表2 情节严重标准与在案数值对照')
    const sc = da.seriousCircumstances
    const basisLabels = da.seriousCircumstances.regimes.flatMap((r) => r.grounds).filter((g) => sc.basis.includes(g.id)).map((g) => g.label)
    const verdict = sc.met === true
      ? `依现有证据，可以认定情节严重，依据为：${[...new Set(basisLabels)].join('；') || '见上表'}`
      : sc.met === false ? '依现有证据，未达到任何一项情节严重的标准' : '依现有证据，是否达到情节严重尚不能认定，应补充查明上表中“不详”的数值'
    w.cited(sentence(verdict), da.elements.find((e) => e.id === 'seriousCircumstances')?.citations)
    if (sc.regimeWhy) w.para(sentence(`关于适用的规定：${clause(sc.regimeWhy)}`))
  }

  w.heading(1, '罪名竞合与从一重处断')
  w.table(['罪名', '结论', '法定刑幅度', '理由'], [5, 3, 8, 12], candidateRows(w, da.candidates), '表3 可能涉及的罪名')
  if (da.competition.text) w.cited(sentence(da.competition.text), da.competition.citations)

  const s = da.sentencing
  const unmet = da.elements.filter((e) => e.status !== 'met')
  if (da.prevailingCharge === 'none') {
    w.heading(1, '处理意见')
    if (da.disposition === 'noCrime') {
      w.cited(`${name}的行为不构成犯罪，建议依法作出不起诉决定，不提出量刑建议。`, unmet.flatMap((e) => e.citations))
    } else {
      const open = unmet.filter((e) => e.status === 'undetermined').map((e) => e.label)
      w.cited(
        `现有证据尚不足以认定${name}的行为构成犯罪${open.length > 0 ? `，${joinZh(open)}尚待查明` : ''}。建议围绕上述事项补充侦查；补充侦查后仍证据不足的，依法作出不起诉决定。`,
        unmet.flatMap((e) => e.citations)
      )
    }
  } else if (!s) {
    w.heading(1, '量刑建议')
    w.para('量刑所需事实尚不完整，暂不提出具体量刑建议。')
  } else {
    w.heading(1, '量刑建议')
    w.cited(sentence(`量刑起点为${rangeMonthsText(s.startingPointMonths)}，依在案数额、次数等确定基准刑为${months(s.baseMonths)}`), s.citations)
    if (s.adjustments.length > 0) {
      w.table(
        ['量刑情节', '调节比例', '法定幅度', '理由'],
        [5, 3, 4, 16],
        s.adjustments.map((a) => [
          { runs: runs(a.label) },
          { runs: runs(`${a.percent > 0 ? '+' : ''}${a.percent}%`), align: 'center' as const },
          { runs: runs(`${a.range.min}%至${a.range.max}%`), align: 'center' as const },
          { runs: runs(a.why, w.cellCite(a.citations)) }
        ]),
        '表4 量刑情节及调节'
      )
    }
    w.cited(sentence(`建议对${name}判处${rangeText(s)}，并处${fineText(s)}${s.probationLikely ? '，可以宣告缓刑' : ''}`), joinCitations(s.fine.citations))
    if (s.probationLikely || s.probationWhy) w.para(sentence(`关于缓刑：${clause(s.probationWhy)}`))
    if (s.nonProsecutionPossible) {
      // 相对不起诉: 刑事诉讼法第一百七十七条第二款
      const basis = joinCitations(['cpl-177-2'].filter((id) => hasClause(id)), s.citations)
      w.cited(sentence(`关于不起诉：${clause(s.dispositionWhy)}；犯罪情节轻微，依照刑法规定不需要判处刑罚或者免除刑罚的，可以作出不起诉决定`), basis)
    }
    if (s.ancillary.length > 0) w.para(sentence(`附加措施：${s.ancillary.map(clause).join('；')}`))
    w.styled('note', `说明：上述刑期系估算区间，应结合全案情况审慎确定。${sentence(briefBasis(s.basisNote))}估算方法详见附录。`)
  }

  pivotsAndWarnings(w, da, { section: '需要注意的问题', pivots: '可能改变结论的关键事实', warnings: '事实与依据方面的提示' })

  w.para(boilerplate.closing.trim() || '以上意见，请审查。')
  w.push({ type: 'signature', lines: [boilerplate.signature.trim() || '承办检察官：'], date: dateZh(ctx.analysis.asOf) })
  return { title: '审查报告', subtitle: `——${name}涉嫌${label}案量刑建议要点`, addressee: null, conclusion }
}

function rangeMonthsText(r: { min: number; max: number }): string {
  return r.min === r.max ? months(r.min) : `${months(r.min)}至${months(r.max)}`
}
