// 教学练习: the facts, questions, and an answer key built from the analysis and its trace.
import type { DefendantAnalysis, TraceStep } from '../analysis/types'
import { briefBasis, candidateRows, conclusionCitations, conclusionText, distinctMeasures, factParagraphs, fineText, rangeText, STATUS_LABELS } from './common'
import type { KindContext, KindOutput } from './context'
import { clause, dateZh, sentence } from './format'
import type { MemoWriter } from './writer'

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
  if (boilerplate.closing.trim()) w.para(boilerplate.closing.trim())
  if (boilerplate.signature.trim()) w.push({ type: 'signature', lines: [boilerplate.signature.trim()], date: dateZh(ctx.analysis.asOf) })
  return { title: '教学练习', subtitle: `——${doc.matter.title}`, addressee: null, conclusion }
}
