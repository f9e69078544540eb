// 教学练习: the facts, questions, and an answer key built from the analysis and its trace.
import type { DefendantAnalysis, ElementResult, TraceStep } from '../analysis/types'
import { actualText, type Worksheet } from '../clinic/grading'
import { examples } from '../examples/index'
import { clause as lawClause, hasClause, source as lawSource } from '../law/index'
import { ageAtAct } from '../matter/age'
import { INDICATOR_LABELS, candidateRows, cleanWhy, chargeLabel, conclusionCitations, conclusionText, conductText, factParagraphs, fineText, joinCitations, rangeText } from './common'
import type { KindContext, KindOutput } from './context'
import { legalReason } from './defense'
import { measureText, shownMeasures } from './analysis'
import { clause, dateZh, sentence, yuan } from './format'
import { factsTextOf, outcomeOf } from './inputs'
import { bold, runs, MemoWriter } from './writer'

interface Question {
  title: string
  ask: string
  /** the points a full answer makes (评分要点), each worth the marks given */
  scoring: [string, number][]
  answer: (w: MemoWriter) => void
}

const stepsFor = (da: DefendantAnalysis, ...prefixes: string[]): TraceStep[] =>
  da.trace.filter((t) => prefixes.some((p) => t.rule.startsWith(p)))

/** Engine wording that only restates a finding ("明知已经查证属实") — an answer never rests on it. */
const CIRCULAR = /已经查证属实|认定在案|已由裁判认定|法院已认定/

/** `若X，则Y` → the hypothesis X (for the question) */
function hypothesis(text: string): string | null {
  const m = /^(?:关键事实：)?若(.+?)，则/.exec(text.trim())
  return m?.[1] ?? null
}

const STAGE_ZH = { investigation: '侦查', prosecution: '审查起诉', trial: '审判', appeal: '二审' } as const

/** The model answer on 明知, reasoned from the facts given (never from a finding restated). */
function knowledgeAnswer(ctx: KindContext, w: MemoWriter, el: ElementResult): void {
  const { defendant: d } = ctx
  const name = d.name
  const reasons: string[] = []
  const ind = (d.knowledge.indicators ?? []).map((i) => INDICATOR_LABELS[i] ?? i)
  if (ind.length > 0) reasons.push(`案情显示${ind.join('；')}，属于可以推定明知的情形`)
  if (d.knowledge.admitted === true) reasons.push(`${name}供述知道对方可能利用其账户从事违法犯罪`)
  if (d.knowledge.admitted === false) reasons.push(`${name}否认明知，须看客观情形能否推定`)
  if (d.knowledge.counterEvidence) reasons.push(`${name}辩称${clause(d.knowledge.counterEvidence)}；应审查该辩解是否合理、有无证据印证，能成立的即构成“相反证据”`)
  const other = (d.conduct.otherHelp ?? '').trim()
  if (reasons.length === 0 && other) reasons.push(`案情所述“${clause(other)}”反映了${name}对用途的认识，可作为判断依据`)
  if (reasons.length === 0) reasons.push('案情未给出推定情形或者供述；仅凭出售、出租银行卡的行为不能直接认定明知，应结合认知能力、交易方式、价格、获利及与对方的关系综合判断')
  const verdict = el.status === 'met' ? '可以认定明知' : el.status === 'notMet' ? '不能认定明知' : '依现有事实尚不能认定，须补充查明'
  w.cited(sentence(`参考答案：${verdict}。理由：${reasons.join('；')}`), joinCitations(['interp2019-11', 'minutes2022-1'], el.citations))
  if (!CIRCULAR.test(el.why)) w.styled('note', sentence(`分析结论：${clause(el.why)}`))
}

export function questionsFor(ctx: KindContext): Question[] {
  const { da, doc, defendant: d } = ctx
  const name = da.name
  const q: Question[] = []
  const knowledge = da.elements.find((e) => e.id === 'knowledge')
  if (knowledge) {
    q.push({
      title: '明知的认定',
      ask: `${name}是否“明知他人利用信息网络实施犯罪”？请结合案情中的推定情形和${name}的辩解加以分析。`,
      scoring: [['指出认定明知的依据（推定情形或者供述）及条文', 2], ['审查辩解与相反证据', 2], ['结论明确', 1]],
      answer: (w) => knowledgeAnswer(ctx, w, knowledge)
    })
  }
  const conduct = da.elements.find((e) => e.id === 'helpConduct')
  if (conduct) {
    q.push({
      title: '帮助行为',
      ask: `${name}的行为属于刑法第二百八十七条之二规定的哪一种帮助行为？`,
      scoring: [['识别行为类型（提供“两卡”、支付结算、技术支持等）', 2], ['引用条文', 1]],
      answer: (w) => {
        w.cited(sentence(`参考答案：${name}${conductText(d)}，${conduct.status === 'met' ? '属于' : '尚不能认定为'}刑法第二百八十七条之二规定的帮助行为。${CIRCULAR.test(conduct.why) ? '' : clause(conduct.why)}`), conduct.citations)
      }
    })
  }
  const serious = da.seriousCircumstances
  if (da.thresholds.length > 0 || serious.regimes.length > 0) {
    q.push({
      title: '情节严重',
      ask: `本案是否达到“情节严重”？请逐项列出可能适用的标准，计算在案数值与标准之间的差距，并说明应当适用哪一时期的规定。`,
      scoring: [['逐项对照标准并计算差距', 3], ['说明适用的规定及时间效力（2001年时间效力规定）', 2], ['结论明确', 1]],
      answer: (w) => {
        const el = da.elements.find((e) => e.id === 'seriousCircumstances')
        w.cited(sentence(`参考答案：${serious.met === true ? '达到' : serious.met === false ? '未达到' : '尚不能认定'}。`), el?.citations)
        for (const m of shownMeasures(da)) w.point(4, '', sentence(measureText(m)), w.cite(m.citations))
        if (serious.regimeWhy) w.para(sentence(`适用规定：${clause(serious.regimeWhy)}`))
      }
    })
  }
  if (da.candidates.some((c) => c.established === true && c.charge !== 'art287-2') || da.prevailingCharge !== 'art287-2') {
    q.push({
      title: '罪名',
      ask: `${name}的行为还可能涉及哪些罪名？应当如何定罪？`,
      scoring: [['区分帮信罪与掩隐罪、诈骗罪共犯的界限', 3], ['说明从一重处断或者不构成的理由', 2]],
      answer: (w) => {
        w.table(['罪名', '结论', '法定刑幅度', '理由'], [5, 3, 8, 12], candidateRows(w, da.candidates))
        if (da.competition.text) w.cited(sentence(da.competition.text), da.competition.citations)
        traceLines(w, stepsFor(da, 'competition.compare'), new Set([clause(da.competition.text)]))
      }
    })
  }
  if (da.sentencing) {
    const s = da.sentencing
    q.push({
      title: '量刑情节',
      ask: `${name}具有哪些法定、酌定量刑情节？各自的依据是什么？`,
      scoring: [['列全法定情节并引用条文', 3], ['酌定情节', 1], ['说明能否适用缓刑（刑法第七十二条的四项条件）', 2]],
      answer: (w) => {
        for (const a of s.adjustments) w.point(4, '', sentence(`${a.label}：${legalReason(a.why)}`), w.cite(a.citations))
        w.cited(sentence(`刑期参考：${rangeText(s)}，并处${fineText(s)}；${s.probationLikely ? '可以考虑缓刑' : '适用缓刑的可能性较小'}。${clause(s.probationWhy)}`), s.citations)
        w.styled('note', '刑期为依公开判决校准的估算，不是法定标准，仅供讨论。')
      }
    })
  }
  q.push({
    title: '处理结果',
    ask: `本案现处于${STAGE_ZH[doc.matter.stage]}阶段。对${name}最可能如何处理？还有哪些处理在法律上是可能的？请说明依据。`,
    scoring: [['区分“是否构成犯罪”与“是否情节轻微”两个问题', 2], ['结合诉讼阶段列出可能的处理（不起诉的类型、免予刑事处罚、缓刑等）', 2], ['说明最可能的结果及理由', 1]],
    answer: (w) => dispositionAnswer(ctx, w)
  })
  for (const p of da.pivots.slice(0, 2)) {
    const h = hypothesis(p.text)
    if (!h) continue
    q.push({
      title: '事实变化',
      ask: `如果${h}，${name}的行为应当如何评价？`,
      scoring: [['指出变化后的罪名或者处理', 2], ['说明理由', 1]],
      answer: (w) => w.cited(sentence(`参考答案：${p.text.replace(/^关键事实：/, '')}`), p.citations)
    })
  }
  return q
}

const OUTCOME_ZH: Record<string, string> = {
  noCrime: '不构成犯罪', insufficientEvidence: '证据不足', undetermined: '现有事实不足以判断', nonProsecution: '相对不起诉',
  conditionalNonProsecution: '附条件不起诉', exemption: '免予刑事处罚', fineOnly: '单处罚金', probation: '缓刑', custodial: '实刑'
}

/**
 * Whether there is a crime, the first of the two questions the answer keeps apart. With the engine's
 * outcome the stage's possibilities follow separately, so the crime is stated without them.
 */
function crimeConclusion(da: DefendantAnalysis): string {
  const o = outcomeOf(da)
  if (o && da.prevailingCharge !== 'none' && da.disposition !== 'undetermined' && da.disposition !== 'noCrime') return `${da.name}的行为构成${chargeLabel(da)}`
  return conclusionText(da)
}

/** The outcome's reasons without its opening (the crime, the likely and the open outcomes), which the answer states itself. */
function outcomeReasons(why: string): string {
  const rest = why.split('。').filter((p) => p.trim() !== '' && p.trim() !== '构成犯罪' && !p.trim().startsWith('最可能的结果'))
  return rest.length > 0 ? `${rest.join('。')}。` : ''
}

function dispositionAnswer(ctx: KindContext, w: MemoWriter): void {
  const { da } = ctx
  const o = outcomeOf(da)
  if (o) {
    const others = o.open.filter((x) => x !== o.likely).map((x) => OUTCOME_ZH[x] ?? x)
    w.cited(sentence(`参考答案：${crimeConclusion(da)}。最可能的结果是${OUTCOME_ZH[o.likely] ?? o.likely}${others.length > 0 ? `；在本阶段，法律上尚可能的还有${others.join('、')}` : ''}。${outcomeReasons(o.why)}`), o.citations)
  } else {
    w.cited(sentence(`参考答案：${conclusionText(da)}。${da.dispositionWhy ? clause(cleanWhy(da.dispositionWhy)) : ''}`), conclusionCitations(da))
  }
  const actual = actualOf(ctx)
  if (actual) w.para(sentence(`实际结果：${actual.text}`))
}

/** The real outcome where the matter comes from a published decision in the app's library. */
export function actualOf(ctx: KindContext): { text: string; source: string } | null {
  const ex = examples.find((e) => e.document.matter.title === ctx.doc.matter.title && e.document.defendants.some((x) => x.id === ctx.defendant.id && x.name === ctx.defendant.name))
  const a = ex?.actual[ctx.defendant.id]
  if (!ex || !a) return null
  return { text: actualText({ ...a, charge: (a.charge ?? null) as Parameters<typeof actualText>[0]['charge'], seriousBasisStated: a.seriousBasisStated ?? null, sentence: (a.sentence ?? null) as Parameters<typeof actualText>[0]['sentence'] }), source: `${ex.source.title}${ex.source.url ? `（${ex.source.url}）` : ''}` }
}

/** Writes trace steps as （1）（2）… points, skipping any text the answer already gave. */
function traceLines(w: MemoWriter, steps: TraceStep[], written: Set<string>): void {
  for (const t of steps) {
    const key = clause(t.text)
    if (key === '' || [...written].some((x) => x !== '' && (x.includes(key) || key.includes(x)))) continue
    written.add(key)
    w.point(4, '', sentence(t.text), w.cite(t.citations))
  }
}

const BEIJING_OFFSET_MS = 8 * 3600 * 1000

/** An ISO time as Beijing time, `2026年11月22日 18:05（北京时间）`; the text as given when it is not a time. */
export function submittedText(iso: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const b = new Date(t + BEIJING_OFFSET_MS).toISOString()
  return `${dateZh(b.slice(0, 10))} ${b.slice(11, 16)}（北京时间）`
}

/** The cited clauses of a table row, written in the cell without the brackets `cellCite` adds. */
function basisCell(w: MemoWriter, ids: readonly string[]): string {
  const c = w.cellCite(ids)
  return c === '' ? '—' : c.replace(/^（/, '').replace(/）$/, '')
}

const pointsText = (n: number) => `${n}分`

/** 学生作答与评分: the student's answer row by row against the analysis, the score by the rubric, the twists and the court's outcome. */
function studentSection(w: MemoWriter, ws: Worksheet, student: NonNullable<Worksheet['student']>): void {
  w.push({ type: 'pageBreak' })
  w.heading(1, '学生作答与评分')
  w.para(`答题人：${student.name}${student.number ? `（学号：${student.number}）` : ''}；提交时间：${submittedText(student.submittedAt)}；分析对象：${ws.defendantName || ws.defendantId}。`)

  w.heading(2, '逐项对照')
  w.table(
    ['项目', '学生答案', '分析结论', '评判', '依据条文'],
    [4, 7.5, 7, 3, 6.5],
    ws.answerKey.map((r) => [
      { runs: runs(r.label) },
      { runs: runs(r.student ?? '未作答') },
      { runs: runs(r.engine) },
      { runs: runs(r.verdict ?? '—'), align: 'center' },
      { runs: runs(basisCell(w, r.deciding.map((c) => c.clauseId))) }
    ]),
    '表 学生答案与分析结论对照'
  )
  if (ws.unverified) w.styled('note', '部分依据条文尚待与官方文本核对（标“※”者），对照结论仅供教学讨论。')

  if (student.chargeReason || student.openAnswers.length > 0) {
    w.heading(2, '书面回答（不计分，由教师评阅）')
    if (student.chargeReason) w.point(3, '罪名认定的理由。', sentence(student.chargeReason))
    for (const a of student.openAnswers) w.point(3, sentence(a.prompt), sentence(a.answer))
  }

  const score = ws.score
  if (score) {
    w.heading(2, '评分')
    w.para('得分：', bold(`${score.total}分 / 满分${score.max}分（${score.percent}%）`), '。')
    w.table(
      ['评分项', '得分', '满分', '说明'],
      [7, 3, 3, 15],
      score.lines.map((l) => [
        { runs: runs(l.label) },
        { runs: runs(pointsText(l.points)), align: 'center' },
        { runs: runs(pointsText(l.max)), align: 'center' },
        { runs: runs(l.rule) }
      ]),
      '表 得分明细',
      true
    )
    w.heading(3, '评分规则（公开）。')
    w.table(['评分项', '分值'], [22, 6], ws.rubric.map((r) => [{ runs: runs(r.item) }, { runs: runs(r.points), align: 'center' }]), '表 评分规则', true)
    w.styled('note', '评分规则是教学权重，不是法律标准；理由只看有无，其内容由教师评阅。')
  }

  if (ws.twists.length > 0) {
    w.heading(2, '事实变化后的结论（不计分）')
    for (const t of ws.twists) {
      if (!t.ok || !t.after) {
        w.point(3, sentence(t.label), sentence(`变化后的事实无法分析：${t.issues.map((i) => i.message).join('；') || '事实无效'}`))
        continue
      }
      const range = t.after.rangeMonths ? `，估算刑期${t.after.rangeMonths.min}至${t.after.rangeMonths.max}个月` : ''
      const change = t.changed ? '结论随之改变' : '结论不变'
      const said = student.twistAnswers[t.twistId]
      w.point(
        3, sentence(t.label),
        said ? `学生回答：${sentence(said)}分析：` : '',
        sentence(`${change}：${clause(t.after.chargeLabel)}${range}。${clause(t.after.why)}`),
        w.cite(t.deciding.map((c) => c.clauseId))
      )
    }
  }

  if (ws.actual) {
    w.heading(2, '法院实际认定')
    w.para(sentence(ws.actual))
    w.styled('note', '实际认定供课堂讨论；评分只与本机分析结论对照。')
  }
}

export function buildClinic(ctx: KindContext): KindOutput {
  const { doc, defendant: d, da, w, boilerplate } = ctx
  const conclusion = crimeConclusion(da)
  const questions = questionsFor(ctx)
  const teacher = ctx.clinicVersion === 'teacher'

  w.heading(1, '案情')
  const narrative = factsTextOf(d)
  if (narrative) w.para(sentence(narrative))
  else for (const p of factParagraphs(doc, d)) w.para(p)
  w.para(`本案现处于${STAGE_ZH[doc.matter.stage]}阶段，请以${dateZh(ctx.analysis.asOf)}为分析时点。`)

  w.heading(1, '思考题')
  questions.forEach((q) => w.point(3, `${q.title}。`, q.ask))

  if (!teacher) {
    w.push({ type: 'pageBreak' })
    w.heading(1, '答题纸')
    w.styled('flush', '姓名：__________　学号：__________　日期：__________')
    for (const q of questions) {
      w.heading(3, `${q.title}。`)
      for (let i = 0; i < 4; i++) w.styled('flush', '______________________________________________')
    }
    return { title: '教学练习', subtitle: '（学生版）', addressee: null, conclusion: '' }
  }

  w.push({ type: 'pageBreak' })
  w.heading(1, '参考答案与评分要点')
  for (const q of questions) {
    w.heading(3, `${q.title}。`)
    q.answer(w)
    const total = q.scoring.reduce((n, [, p]) => n + p, 0)
    w.styled('note', `评分要点（${total}分）：${q.scoring.map(([t, p]) => `${t}（${p}分）`).join('；')}。`)
  }

  const actual = actualOf(ctx)
  if (actual) {
    w.heading(1, '实际结果')
    w.para(sentence(actual.text))
    if (actual.source) w.styled('note', `出处：${actual.source}。`)
    const agrees = agreesWithActual(da, actual.text)
    if (agrees === false) w.para('参考答案依据的分析结论与实际结果不同。讨论时请比较二者所依据的事实与规则：可能是案情摘要未载明裁判依据的某些事实，也可能是办案机关对情节的评价不同。')
  }

  w.heading(1, '讨论题')
  const prompts: string[] = []
  const a = d.amounts
  if (a.verifiedFraudFunds != null && a.oneWayInflow != null && a.verifiedFraudFunds < a.oneWayInflow) {
    prompts.push(`流入资金${yuan(a.oneWayInflow)}中只有${yuan(a.verifiedFraudFunds)}查证为涉诈资金。评价危害程度时应以哪一数额为准？辩护方与指控方各自的理由是什么？`)
  }
  if (d.student === true || (ageAtAct(d) ?? 99) < 18) prompts.push('行为人的在校学生或者未成年人身份，在定罪、处理方式和量刑上分别有什么影响？')
  if (d.mitigation.pleaAgreement === true) prompts.push('认罪认罚具结书签署后，辩护人能否作无罪辩护？对从宽有何影响？')
  prompts.push('若你是辩护人，你会选择无罪辩护还是罪轻辩护？理由是什么？若你是检察官，会提出什么处理意见？')
  prompts.forEach((p, i) => w.styled('flush', `${i + 1}. ${p}`))

  if (ctx.worksheet?.student) studentSection(w, ctx.worksheet, ctx.worksheet.student)
  if (boilerplate.closing.trim()) w.para(boilerplate.closing.trim())
  if (boilerplate.signature.trim()) w.push({ type: 'signature', lines: [boilerplate.signature.trim()], date: dateZh(ctx.analysis.asOf) })

  // appendix: the legal texts the answers cite
  const aw = new MemoWriter(w.notes)
  const cited = w.notes.cited().filter((id) => hasClause(id))
  for (const id of cited) {
    const c = lawClause(id)
    const s = lawSource(c.sourceId)
    aw.point(3, `${s.shortTitle}${c.label}${c.verification === 'VERIFIED' ? '' : '（原文待核对）'}：`, c.text.replace(/^（[^）]*非原文）/, ''))
  }
  return { title: '教学练习', subtitle: '（教师版）', addressee: null, conclusion, appendix: { title: '附录：相关法律条文', blocks: aw.blocks } }
}

/** Whether the analysis agrees with the real outcome's charge (null when it cannot tell). */
function agreesWithActual(da: DefendantAnalysis, actual: string): boolean | null {
  if (da.prevailingCharge === 'none') return /不起诉|无罪/.test(actual) ? true : null
  const label = chargeLabel(da)
  return actual.includes(label.replace(/（.*）/, '')) ? true : /无罪|存疑/.test(actual) ? false : actual.includes('罪') ? false : null
}
