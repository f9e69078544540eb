// The comparison of a student's answer with the analysis, and the rubric's points.
import { describe, expect, it } from 'vitest'
import type { DefendantAnalysis, MatterAnalysis, SeriousGroundId, Status } from '../../core/analysis/types'
import { resolveCitation } from '../../core/law'
import { emptyMatter } from '../../core/matter/schema'
import {
  ANSWER_KIND, CLINIC_FORMAT_VERSION, ELEMENT_IDS, RUBRIC, blankAnswer, buildWorksheet, compareAnswer, defaultQuestions, evaluateTwists,
  gradeAnswer, scoreComparison, type ElementId, type Exercise, type StudentAnswer
} from '../../core/clinic'

// ---- an analysis built by hand (the comparison must work on any analysis, whatever the engine says)
const ELEMENT_CITES: Record<ElementId, string[]> = {
  subject: ['crimlaw-a17-p1'],
  knowledge: ['interp2019-11', 'opinion2021-8-1'],
  helpedCrime: ['interp2019-13'],
  helpConduct: ['crimlaw-a287-2-p1'],
  seriousCircumstances: ['interp2019-12-1']
}

function analysisOf(opts: {
  statuses?: Partial<Record<ElementId, Status>>
  charge?: DefendantAnalysis['prevailingCharge']
  basis?: SeriousGroundId[]
  range?: { min: number; max: number } | null
  extraCitation?: string
}): MatterAnalysis {
  const statuses = { subject: 'met', knowledge: 'met', helpedCrime: 'met', helpConduct: 'met', seriousCircumstances: 'met', ...opts.statuses } as Record<ElementId, Status>
  const charge = opts.charge ?? 'art287-2'
  const range = opts.range === undefined ? { min: 6, max: 12 } : opts.range
  const d: DefendantAnalysis = {
    openQuestions: [],
    id: 'd1',
    name: '甲',
    prevailingCharge: charge,
    disposition: charge === 'none' ? 'noCrime' : 'prosecute',
    dispositionWhy: charge === 'none' ? '未达情节严重' : '',
    candidates: [{
      charge: 'art287-2', label: '帮助信息网络犯罪活动罪', established: charge === 'art287-2', elements: [], statutoryRange: null, tier: null,
      why: '具备全部构成要件', citations: ['crimlaw-a287-2-p1'], warnings: []
    }],
    elements: ELEMENT_IDS.map((id) => ({
      id, label: id, status: statuses[id], why: `${id} 的理由`, facts: [],
      citations: [...ELEMENT_CITES[id], ...(id === 'knowledge' && opts.extraCitation ? [opts.extraCitation] : [])]
    })),
    seriousCircumstances: {
      met: statuses.seriousCircumstances === 'met' ? true : statuses.seriousCircumstances === 'notMet' ? false : null,
      basis: opts.basis ?? ['interp2019-12-1-4'],
      regimeUsed: 'r2019',
      regimeWhy: '适用法释〔2019〕15号',
      regimes: [{
        id: 'r2019', label: '2019', from: '2019-11-01', inPlay: true, inForceAtAct: true, seriousMet: true, why: '',
        grounds: (['interp2019-12-1-1', 'interp2019-12-1-2', 'interp2019-12-1-4'] as const).map((g) => ({
          id: g, regimeId: 'r2019', label: g, status: 'met' as const, why: '', measures: [], citations: [g]
        }))
      }]
    },
    thresholds: [],
    competition: { text: '', citations: [] },
    pivots: [],
    ...(range
      ? {
          sentencing: {
            estimate: true as const, basisNote: '依公开判决校准', charge: 'art287-2' as const, startingPointMonths: { min: 3, max: 6 }, baseMonths: 9,
            adjustments: [], rangeMonths: range, penaltyKind: 'fixedTerm' as const, probationLikely: false, probationWhy: '', fine: { minYuan: 0, maxYuan: 0, why: '', citations: [] },
            ancillary: [], nonProsecutionPossible: false, dispositionWhy: '', citations: ['sent2021-3-5'], calibration: { method: '', sampleSize: 0, heldOutHitRate: null }
          }
        }
      : {}),
    trace: [],
    warnings: []
  }
  return { engineVersion: 't', lawLibraryVersion: 't', asOf: '2026-11-22', defendants: [d] }
}

const doc = emptyMatter('练习案')
doc.defendants[0]!.name = '甲'
const exercise: Exercise = {
  formatVersion: CLINIC_FORMAT_VERSION, id: 'ex-1', origin: 'teacher', title: '练习一', narrative: '案情', source: null, document: doc,
  defendantId: 'd1', questions: defaultQuestions(), hideAnswerUntilSubmit: true, twists: [], author: '教师', createdAt: '2026-11-22T08:00:00.000Z'
}

function answer(over: Partial<StudentAnswer> = {}): StudentAnswer {
  return {
    kind: ANSWER_KIND, version: CLINIC_FORMAT_VERSION, exerciseId: 'ex-1', defendantId: 'd1', student: { name: '学生甲', number: '2024001' },
    elements: Object.fromEntries(ELEMENT_IDS.map((id) => [id, { status: 'met', reason: '依据在案证据可以认定' }])),
    charge: 'art287-2', seriousGrounds: ['interp2019-12-1-4'], sentence: { minMonths: 8, maxMonths: 10 }, submittedAt: '2026-11-22T09:00:00.000Z',
    ...over
  }
}

const FULL = ELEMENT_IDS.length * (RUBRIC.elementStatus + RUBRIC.elementReason) + RUBRIC.charge + RUBRIC.seriousGrounds + RUBRIC.sentenceOverlap

describe('compareAnswer', () => {
  it('an answer that matches the analysis agrees on every row and earns every point', () => {
    const c = compareAnswer(analysisOf({}), answer())
    expect(c.rows.map((r) => r.verdict)).toEqual(Array(ELEMENT_IDS.length + 3).fill('agree'))
    const s = scoreComparison(c)
    expect(s.max).toBe(FULL)
    expect(s.total).toBe(FULL)
    expect(s.percent).toBe(100)
  })

  it('a wrong element is a disagreement that names the clause deciding it, with its verification mark', () => {
    const c = compareAnswer(analysisOf({ statuses: { knowledge: 'undetermined' } }), answer())
    const row = c.rows.find((r) => r.item === 'element' && r.elementId === 'knowledge')!
    expect(row.verdict).toBe('disagree')
    expect(row.engine).toBe('无法判断')
    expect(row.student).toBe('具备')
    expect(row.deciding.map((x) => x.cite)).toEqual([resolveCitation('interp2019-11').cite, resolveCitation('opinion2021-8-1').cite])
    const partly = row.deciding.find((x) => x.clauseId === 'opinion2021-8-1')!
    expect(partly.verification).toBe(resolveCitation('opinion2021-8-1').verification)
    expect(partly.note === null).toBe(partly.verification === 'VERIFIED')
    expect(c.unverified).toBe(row.deciding.some((x) => x.verification !== 'VERIFIED'))
    // exactly the status points of one element are lost; the reason point stays
    expect(scoreComparison(c).total).toBe(FULL - RUBRIC.elementStatus)
  })

  it('a clause the law library lacks is named and marked UNVERIFIED, not dropped', () => {
    const c = compareAnswer(analysisOf({ extraCitation: 'no-such-clause-9' }), answer())
    const row = c.rows.find((r) => r.item === 'element' && r.elementId === 'knowledge')!
    const missing = row.deciding.find((x) => x.clauseId === 'no-such-clause-9')!
    expect(missing.verification).toBe('UNVERIFIED')
    expect(missing.note).toMatch(/未收录/)
  })

  it('reasons count by presence only, from the minimum length', () => {
    const short = 'x'.repeat(RUBRIC.reasonMinChars - 1)
    const enough = '理由'.repeat(Math.ceil(RUBRIC.reasonMinChars / 2))
    const a = answer({
      elements: {
        subject: { status: 'met', reason: short },
        knowledge: { status: 'met', reason: enough },
        helpedCrime: { status: 'met', reason: ' \n\t '.repeat(10) },
        helpConduct: { status: 'met', reason: enough },
        seriousCircumstances: { status: 'met', reason: enough }
      }
    })
    const s = scoreComparison(compareAnswer(analysisOf({}), a))
    const reason = (id: string) => s.lines.find((l) => l.id === `${id}.reason`)!.points
    expect(reason('subject')).toBe(0)
    expect(reason('knowledge')).toBe(RUBRIC.elementReason)
    expect(reason('helpedCrime')).toBe(0)
    expect(s.total).toBe(FULL - 2 * RUBRIC.elementReason)
  })

  it('an unanswered element earns nothing, even with a reason', () => {
    const a = answer()
    delete a.elements.subject
    const c = compareAnswer(analysisOf({}), a)
    const row = c.rows.find((r) => r.item === 'element' && r.elementId === 'subject')!
    expect(row.verdict).toBe('unanswered')
    expect(c.counts.unanswered).toBe(1)
    expect(scoreComparison(c).total).toBe(FULL - RUBRIC.elementStatus - RUBRIC.elementReason)
  })

  it('the charge row compares the prevailing charge', () => {
    const c = compareAnswer(analysisOf({ charge: 'art312' }), answer())
    const row = c.rows.find((r) => r.item === 'charge')!
    expect(row.verdict).toBe('disagree')
    expect(row.engineCharge).toBe('art312')
    expect(scoreComparison(c).lines.find((l) => l.id === 'charge')!.points).toBe(0)
  })

  it('grounds are compared as sets: agreement, partial overlap, none in common', () => {
    const an = analysisOf({ basis: ['interp2019-12-1-1', 'interp2019-12-1-4'] })
    const same = compareAnswer(an, answer({ seriousGrounds: ['interp2019-12-1-4', 'interp2019-12-1-1'] }))
    expect(same.rows.find((r) => r.item === 'seriousGrounds')!.verdict).toBe('agree')

    const part = compareAnswer(an, answer({ seriousGrounds: ['interp2019-12-1-4', 'interp2019-12-1-2'] }))
    const row = part.rows.find((r) => r.item === 'seriousGrounds')
    expect(row?.item === 'seriousGrounds' && [row.verdict, row.common, row.missed, row.extra]).toEqual([
      'partial', ['interp2019-12-1-4'], ['interp2019-12-1-1'], ['interp2019-12-1-2']
    ])
    // 4 × 1/3 = 1.33 → rounded down to 1
    expect(scoreComparison(part).lines.find((l) => l.id === 'seriousGrounds')!.points).toBe(1)
    // the ground rows cite the grounds' own clauses
    expect(row!.deciding.map((d) => d.clauseId).sort()).toEqual(['interp2019-12-1-1', 'interp2019-12-1-2', 'interp2019-12-1-4'])

    const none = compareAnswer(an, answer({ seriousGrounds: ['opinion2021-9-1'] }))
    expect(none.rows.find((r) => r.item === 'seriousGrounds')!.verdict).toBe('disagree')
    expect(scoreComparison(none).lines.find((l) => l.id === 'seriousGrounds')!.points).toBe(0)

    const bothEmpty = compareAnswer(analysisOf({ basis: [] }), answer({ seriousGrounds: [] }))
    expect(scoreComparison(bothEmpty).lines.find((l) => l.id === 'seriousGrounds')!.points).toBe(RUBRIC.seriousGrounds)
  })

  it('sentence ranges: overlap, touching ends, near miss, far miss, and no sentence on either side', () => {
    const an = analysisOf({ range: { min: 6, max: 12 } })
    const pts = (min: number, max: number) => {
      const c = compareAnswer(an, answer({ sentence: { minMonths: min, maxMonths: max } }))
      const row = c.rows.find((r) => r.item === 'sentence')!
      return [row.verdict, scoreComparison(c).lines.find((l) => l.id === 'sentence')!.points]
    }
    expect(pts(10, 20)).toEqual(['agree', RUBRIC.sentenceOverlap])
    expect(pts(12, 18)).toEqual(['agree', RUBRIC.sentenceOverlap])
    expect(pts(12 + RUBRIC.sentenceNearMonths, 30)).toEqual(['disagree', RUBRIC.sentenceNear])
    expect(pts(13 + RUBRIC.sentenceNearMonths, 36)).toEqual(['disagree', 0])
    expect(pts(0, 1)).toEqual(['disagree', RUBRIC.sentenceNear])

    const noCrime = analysisOf({ charge: 'none', range: null })
    const c1 = compareAnswer(noCrime, answer({ sentence: null }))
    expect(c1.rows.find((r) => r.item === 'sentence')!.verdict).toBe('agree')
    const c2 = compareAnswer(noCrime, answer({ sentence: { minMonths: 6, maxMonths: 8 } }))
    expect(scoreComparison(c2).lines.find((l) => l.id === 'sentence')!.points).toBe(0)
  })
})

describe('gradeAnswer and the worksheet', () => {
  it('scores only the questions the exercise asks', () => {
    const only = { ...exercise, questions: [{ id: 'q', kind: 'charge' as const, prompt: '' }] }
    const g = gradeAnswer(only, analysisOf({}), answer())
    expect(g.comparison.rows.map((r) => r.item)).toEqual(['charge'])
    expect(g.score.max).toBe(RUBRIC.charge)
  })

  it('refuses an answer to another exercise', () => {
    expect(() => gradeAnswer(exercise, analysisOf({}), answer({ exerciseId: 'ex-2' }))).toThrow(/另一|another|ex-2/)
  })

  it('the worksheet carries the key without an answer, and the verdicts and score with one', () => {
    const key = buildWorksheet(exercise, analysisOf({ statuses: { knowledge: 'notMet' } }))
    expect(key.student).toBeNull()
    expect(key.score).toBeNull()
    expect(key.answerKey.find((r) => r.label === '明知')!.engine).toBe('不具备')
    expect(key.answerKey.every((r) => r.verdict === null)).toBe(true)
    expect(key.rubric.length).toBeGreaterThan(3)

    const graded = buildWorksheet(exercise, analysisOf({ statuses: { knowledge: 'notMet' } }), { answer: answer() })
    expect(graded.student?.name).toBe('学生甲')
    expect(graded.answerKey.find((r) => r.label === '明知')!.verdict).toBe('不一致')
    expect(graded.score!.total).toBe(FULL - RUBRIC.elementStatus)
  })

  it('twists are re-evaluated with the analysis function on the changed facts', () => {
    const ex: Exercise = {
      ...exercise,
      twists: [{ id: 't1', label: '若其另有代为取现行为', patch: [{ path: 'defendants.0.conduct.transferredForOthers', value: true }] }]
    }
    const seen: (boolean | null)[] = []
    const analyze = (d: typeof doc) => {
      seen.push(d.defendants[0]!.conduct.transferredForOthers)
      return analysisOf({ charge: d.defendants[0]!.conduct.transferredForOthers ? 'art312' : 'art287-2' })
    }
    const out = evaluateTwists(ex, analyze(ex.document), analyze)
    expect(seen).toEqual([null, true])
    expect(out[0]!.changed).toBe(true)
    expect(out[0]!.after!.charge).toBe('art312')
    expect(ex.document.defendants[0]!.conduct.transferredForOthers).toBeNull()
  })

  it('a blank answer scores zero', () => {
    const g = gradeAnswer(exercise, analysisOf({}), blankAnswer(exercise, { name: '乙', number: null }, '2026-11-22T00:00:00Z'))
    expect(g.score.total).toBe(0)
    expect(g.comparison.counts.unanswered).toBe(ELEMENT_IDS.length + 1)
  })
})

describe('charge row wording', () => {
  it('says when the analysis cannot decide on these facts, and when a minor crime may not be prosecuted', () => {
    const und = analysisOf({ charge: 'none', range: null })
    und.defendants[0]!.disposition = 'undetermined'
    const row = compareAnswer(und, answer({ charge: 'none' })).rows.find((r) => r.item === 'charge')!
    expect(row.engine).toMatch(/尚不能确定/)
    expect(row.verdict).toBe('agree')
    const minor = analysisOf({})
    minor.defendants[0]!.disposition = 'nonProsecutionPossible'
    expect(compareAnswer(minor, answer()).rows.find((r) => r.item === 'charge')!.engine).toMatch(/帮助信息网络犯罪活动罪.*可能不起诉/)
  })
})

describe('the court’s outcome beside the analysis', () => {
  it('marks whether the student’s charge is the court’s, without changing the score', () => {
    const withCourt: Exercise = { ...exercise, actual: { disposition: 'convicted', charge: 'art312', seriousBasisStated: null, sentence: null } }
    const g = gradeAnswer(withCourt, analysisOf({}), answer({ charge: 'art312' }))
    const row = g.comparison.rows.find((r) => r.item === 'charge')
    expect(row?.item === 'charge' && row.court).toEqual({ charge: 'art312', same: true })
    expect(row?.verdict).toBe('disagree')
    expect(g.score.lines.find((l) => l.id === 'charge')!.points).toBe(0)
    const np: Exercise = { ...exercise, actual: { disposition: 'insufficientEvidence', charge: 'art287-2', seriousBasisStated: null, sentence: null } }
    const g2 = gradeAnswer(np, analysisOf({}), answer({ charge: 'none' }))
    const row2 = g2.comparison.rows.find((r) => r.item === 'charge')
    expect(row2?.item === 'charge' && row2.court).toEqual({ charge: 'none', same: true })
    expect(gradeAnswer(exercise, analysisOf({}), answer()).comparison.rows.find((r) => r.item === 'charge')).not.toHaveProperty('court')
  })
})
