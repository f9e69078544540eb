// The scoring rubric: fixed, published points per item (docs/clinic.md and the UI show this table).
// Reasons are NOT graded for their content: a reason earns its point by being there (at least
// RUBRIC.reasonMinChars characters); the teacher reads them. The points are teaching weights, not law.
import type { Comparison, ComparisonRow, ElementRow, GroundsRow, SentenceRow } from './compare'

export const RUBRIC = {
  /** per 帮信罪 element: the same status as the analysis */
  elementStatus: 2,
  /** per element: a reason is given (presence only) */
  elementReason: 1,
  /** minimum length of a reason that counts as given (non-blank characters) */
  reasonMinChars: 5,
  /** the same charge (or 不构成犯罪) as the analysis */
  charge: 4,
  /** 情节严重 grounds: this many points × |common| / |union| (both empty = full), rounded down to 0.5 */
  seriousGrounds: 4,
  /** the proposed range overlaps (or touches) the estimate */
  sentenceOverlap: 4,
  /** no overlap, but within `sentenceNearMonths` months of the estimate */
  sentenceNear: 2,
  sentenceNearMonths: 6
} as const

export interface RubricLine {
  /** element id, `charge`, `seriousGrounds` or `sentence` */
  id: string
  label: string
  points: number
  max: number
  /** how the points were reached, Chinese */
  rule: string
}

export interface Score {
  total: number
  max: number
  /** 0–100, one decimal */
  percent: number
  lines: RubricLine[]
}

/** The rubric as text rows (for the UI and the worksheet). */
export function rubricTable(): { item: string; points: string }[] {
  return [
    { item: '每个构成要件：结论与分析一致', points: `${RUBRIC.elementStatus} 分` },
    { item: `每个构成要件：写明理由（不少于 ${RUBRIC.reasonMinChars} 个字；只看有无，不评判内容，由教师阅读）`, points: `${RUBRIC.elementReason} 分` },
    { item: '罪名（或不构成犯罪）与分析一致', points: `${RUBRIC.charge} 分` },
    { item: '情节严重依据：按“共同项 ÷ 两者并集”比例给分（两者均为空得满分），向下取 0.5 分', points: `最多 ${RUBRIC.seriousGrounds} 分` },
    { item: `量刑区间与估算区间有重叠（含端点相接）；不重叠但相差不超过 ${RUBRIC.sentenceNearMonths} 个月得 ${RUBRIC.sentenceNear} 分；分析未认定犯罪时，未提出刑期得满分`, points: `最多 ${RUBRIC.sentenceOverlap} 分` }
  ]
}

const nonBlankLength = (s: string) => s.replace(/\s/g, '').length

function elementLines(r: ElementRow): RubricLine[] {
  const statusOk = r.verdict === 'agree'
  const reasonOk = r.studentStatus !== null && nonBlankLength(r.reason) >= RUBRIC.reasonMinChars
  return [
    {
      id: `${r.elementId}.status`,
      label: `${r.label}：结论`,
      points: statusOk ? RUBRIC.elementStatus : 0,
      max: RUBRIC.elementStatus,
      rule: statusOk ? '结论一致' : r.verdict === 'unanswered' ? '未作答' : `结论不一致（分析：${r.engine}）`
    },
    {
      id: `${r.elementId}.reason`,
      label: `${r.label}：理由`,
      points: reasonOk ? RUBRIC.elementReason : 0,
      max: RUBRIC.elementReason,
      rule: reasonOk ? '已写明理由（内容由教师评阅）' : `未写明理由（不少于 ${RUBRIC.reasonMinChars} 个字）`
    }
  ]
}

export function groundsPoints(r: GroundsRow): number {
  const union = r.common.length + r.missed.length + r.extra.length
  if (union === 0) return RUBRIC.seriousGrounds
  return Math.floor(((RUBRIC.seriousGrounds * r.common.length) / union) * 2) / 2
}

export function sentencePoints(r: SentenceRow): number {
  if (r.engineRange === null) return r.studentRange === null ? RUBRIC.sentenceOverlap : 0
  if (r.studentRange === null || r.gapMonths === null) return 0
  if (r.verdict === 'agree') return RUBRIC.sentenceOverlap
  return r.gapMonths <= RUBRIC.sentenceNearMonths ? RUBRIC.sentenceNear : 0
}

function lineOf(r: ComparisonRow): RubricLine[] {
  switch (r.item) {
    case 'element':
      return elementLines(r)
    case 'charge':
      return [{
        id: 'charge', label: '罪名', max: RUBRIC.charge,
        points: r.verdict === 'agree' ? RUBRIC.charge : 0,
        rule: r.verdict === 'agree' ? '罪名一致' : r.verdict === 'unanswered' ? '未作答' : `罪名不一致（分析：${r.engine}）`
      }]
    case 'seriousGrounds': {
      const union = r.common.length + r.missed.length + r.extra.length
      return [{
        id: 'seriousGrounds', label: '情节严重依据', max: RUBRIC.seriousGrounds, points: groundsPoints(r),
        rule: union === 0 ? '双方均未认定任何依据' : `共同 ${r.common.length} 项 / 并集 ${union} 项（遗漏 ${r.missed.length} 项，多列 ${r.extra.length} 项）`
      }]
    }
    case 'sentence': {
      const p = sentencePoints(r)
      const rule =
        r.engineRange === null ? (p ? '分析未认定犯罪，未提出刑期' : '分析未认定犯罪，但提出了刑期')
          : r.studentRange === null ? '未提出刑期区间'
            : r.verdict === 'agree' ? `与估算区间重叠 ${r.overlapMonths ?? 0} 个月`
              : `与估算区间相差 ${r.gapMonths ?? 0} 个月`
      return [{ id: 'sentence', label: '量刑区间', max: RUBRIC.sentenceOverlap, points: p, rule }]
    }
  }
}

export function scoreComparison(c: Comparison): Score {
  const lines = c.rows.flatMap(lineOf)
  const total = lines.reduce((s, l) => s + l.points, 0)
  const max = lines.reduce((s, l) => s + l.max, 0)
  return { total, max, percent: max ? Math.round((total / max) * 1000) / 10 : 0, lines }
}
