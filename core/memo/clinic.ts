// 教学练习: the facts, questions, and an answer key built from the analysis and its trace.
import type { DefendantAnalysis, TraceStep } from '../analysis/types'
import type { Worksheet } from '../clinic/grading'
import { briefBasis, candidateRows, conclusionCitations, conclusionText, distinctMeasures, factParagraphs, fineText, rangeText, STATUS_LABELS } from './common'
import type { KindContext, KindOutput } from './context'
import { clause, dateZh, sentence } from './format'
import { bold, runs, type MemoWriter } from './writer'

interface Question {
  title: string
  ask: string
  answer: (w: MemoWriter) => void
}

const stepsFor = (da: DefendantAnalysis, ...prefixes: string[]): TraceStep[] =>
  da.trace.filter((t) => prefixes.some((p) => t.rule.startsWith(p)))

/** Writes trace steps as （1）（2）… points, skipping any text the answer already gave. */
function traceLines(w: MemoWriter, steps: TraceStep[], written: Set<string>): void {
  for (const t of steps) {
    const key = clause(t.text)
    if (key === '' || [...written].some((x) => x !== '' && (x.includes(key) || key.includes(x)))) continue
    written.add(key)
    w.point(4, '', sentence(t.text), w.cite(t.citations))
  }
}

/** `若X，则Y` → the hypothesis X (for the question) */
function hypothesis(text: string): string | null {
  const m = /^若(.+?)，则/.exec(text.trim())
  return m?.[1] ?? null
}

export function questionsFor(ctx: KindContext): Question[] {
  const { da } = ctx
  const name = da.name
  const q: Question[] = []
  const knowledge = da.elements.find((e) => e.id === 'knowledge')
  if (knowledge) {
    q.push({
      title: '明知的认定',
      ask: `${name}是否“明知他人利用信息网络实施犯罪”？请结合在案的推定情形和${name}的辩解加以分析。`,
      answer: (w) => {
        const written = new Set([clause(knowledge.why)])
        w.cited(sentence(`结论：${STATUS_LABELS[knowledge.status]}。${clause(knowledge.why)}`), knowledge.citations)
        traceLines(w, stepsFor(da, 'element.knowledge'), written)
      }
    })
  }
  const conduct = da.elements.find((e) => e.id === 'helpConduct')
  if (conduct) {
    q.push({
      title: '帮助行为',
      ask: `${name}的行为属于刑法第二百八十七条之二规定的哪一种帮助行为？`,
      answer: (w) => {
        const written = new Set([clause(conduct.why)])
        w.cited(sentence(`结论：${STATUS_LABELS[conduct.status]}。${clause(conduct.why)}`), conduct.citations)
        traceLines(w, stepsFor(da, 'element.helpConduct'), written)
      }
    })
  }
  const serious = da.seriousCircumstances
  if (da.thresholds.length > 0 || serious.regimes.length > 0) {
    q.push({
      title: '情节严重',
      ask: `本案是否达到“情节严重”？请逐项列出可能适用的标准，计算在案数值与标准之间的差距，并说明应当适用哪一时期的规定。`,
      answer: (w) => {
        const el = da.elements.find((e) => e.id === 'seriousCircumstances')
        const written = new Set([clause(el?.why ?? '')])
        w.cited(sentence(`结论：${serious.met === true ? '达到' : serious.met === false ? '未达到' : '尚不能认定'}。${clause(el?.why ?? '')}`), el?.citations)
        for (const m of distinctMeasures(da.thresholds)) w.point(4, '', sentence(m.text), w.cite(m.citations))
        traceLines(w, stepsFor(da, 'serious.regime.'), written)
        if (serious.regimeWhy && ![...written].some((x) => x.includes(clause(serious.regimeWhy)))) w.para(sentence(`适用规定：${clause(serious.regimeWhy)}`))
      }
    })
  }
  if (da.candidates.length > 1 || da.competition.text) {
    q.push({
      title: '罪名竞合',
      ask: `${name}的行为还可能涉及哪些罪名？应当如何定罪？`,
      answer: (w) => {
        w.table(['罪名', '结论', '法定刑幅度', '理由'], [5, 3, 8, 12], candidateRows(w, da.candidates))
        const written = new Set<string>()
        if (da.competition.text) {
          w.cited(sentence(da.competition.text), da.competition.citations)
          written.add(clause(da.competition.text))
        }
        traceLines(w, stepsFor(da, 'competition.compare'), written)
      }
    })
  }
  if (da.sentencing) {
    const s = da.sentencing
    q.push({
      title: '量刑',
      ask: `${name}具有哪些量刑情节？请估算其可能的刑罚，并判断能否适用缓刑。`,
      answer: (w) => {
        for (const a of s.adjustments) w.point(4, '', sentence(`${a.label}：${a.percent > 0 ? '增加' : '减少'}基准刑${Math.abs(a.percent)}%。${clause(a.why)}`), w.cite(a.citations))
        w.cited(sentence(`估算结果：${rangeText(s)}，并处${fineText(s)}；${s.probationLikely ? '可以适用缓刑' : '不宜适用缓刑'}。${clause(s.probationWhy)}`), s.citations)
        w.styled('note', `${sentence(briefBasis(s.basisNote))}估算方法详见附录。`)
      }
    })
  }
  for (const p of da.pivots.slice(0, 3)) {
    const h = hypothesis(p.text)
    q.push({
      title: '事实变化',
      ask: h ? `如果${h}，${name}的行为应当如何评价？` : `哪些事实的变化会改变本案的结论？`,
      answer: (w) => w.cited(sentence(p.text), p.citations)
    })
  }
  return q
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
  const conclusion = conclusionText(da)
  const questions = questionsFor(ctx)

  w.heading(1, '案情')
  for (const p of factParagraphs(doc, d)) w.para(p)
  if (doc.matter.stage) w.para(`本案现处于${({ investigation: '侦查', prosecution: '审查起诉', trial: '审判', appeal: '二审' } as const)[doc.matter.stage]}阶段，请以${dateZh(ctx.analysis.asOf)}为分析时点。`)

  w.heading(1, '思考题')
  for (const q of questions) w.point(3, `${q.title}。`, q.ask)

  w.push({ type: 'pageBreak' })
  w.heading(1, '参考答案')
  w.cited(sentence(`总体结论：${conclusion}`), conclusionCitations(da))
  for (const q of questions) {
    w.heading(3, `${q.title}。`)
    q.answer(w)
  }
  if (ctx.worksheet?.student) studentSection(w, ctx.worksheet, ctx.worksheet.student)
  if (boilerplate.closing.trim()) w.para(boilerplate.closing.trim())
  if (boilerplate.signature.trim()) w.push({ type: 'signature', lines: [boilerplate.signature.trim()], date: dateZh(ctx.analysis.asOf) })
  return { title: '教学练习', subtitle: `——${doc.matter.title}`, addressee: null, conclusion }
}
