// How well the extractor's proposals agree with a hand-encoded matter of the same text. Pure.
// Used by the benchmark (scripts/bench/extract.ts) and its test on the bundled published cases.
//
//   correct   the proposal equals the hand-encoded value
//   wrong     the hand encoding states a different value (for a list — cards, indicators — the line is absent)
//   invented  the hand encoding says null (unknown) where the extractor proposed a value
//   unscored  the proposal concerns a defendant the hand encoding does not encode, or a field its format
//             version does not have (e.g. sex in a version-1 matter)
// fieldAccuracy = correct / (correct + wrong); inventedRate = invented / (correct + wrong + invented).
import type { CardLine, Defendant } from '../matter/schema'
import type { ExtractResult, Proposal } from './index'

export interface Judgement { defendantId: string; path: string; verdict: 'correct' | 'wrong' | 'invented' | 'unscored'; proposed: unknown; hand: unknown }

export interface Score {
  correct: number
  wrong: number
  invented: number
  unscored: number
  /** hand-encoded defendants the extractor found by name */
  defendantsFound: number
  defendantsHand: number
  judgements: Judgement[]
}

/** 齐夏（化名） and 齐夏 are the same person. */
export const normalizeName = (n: string): string => n.replace(/[（(][^）)]*[）)]/g, '').trim()

function get(obj: unknown, path: string): unknown {
  let node: unknown = obj
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

export function scoreExtraction(r: ExtractResult, hand: Defendant[], handCharges: Record<string, string | null> = {}): Score {
  const s: Score = { correct: 0, wrong: 0, invented: 0, unscored: 0, defendantsFound: 0, defendantsHand: hand.length, judgements: [] }
  const byName = new Map(hand.map((d) => [normalizeName(d.name), d]))
  const matched = new Map<string, Defendant>()
  for (const d of r.defendants) {
    const h = byName.get(normalizeName(d.name))
    if (h) matched.set(d.id, h)
  }
  s.defendantsFound = new Set([...matched.values()].map((d) => d.id)).size
  const judge = (p: Proposal, path: string, proposed: unknown, handValue: unknown) => {
    const verdict: Judgement['verdict'] =
      handValue === undefined ? 'unscored' : handValue === null ? 'invented' : JSON.stringify(handValue) === JSON.stringify(proposed) ? 'correct' : 'wrong'
    s[verdict]++
    s.judgements.push({ defendantId: p.defendantId, path, verdict, proposed, hand: handValue })
  }
  for (const p of r.proposals) {
    const h = matched.get(p.defendantId)
    if (!h) {
      s.unscored++
      s.judgements.push({ defendantId: p.defendantId, path: p.path, verdict: 'unscored', proposed: p.value, hand: undefined })
      continue
    }
    if (p.path === 'charge') {
      judge(p, 'charge', p.value, h.id in handCharges ? handCharges[h.id] : undefined)
    } else if (p.path === 'conduct.cards') {
      const line = p.value as CardLine
      const cards = h.conduct.cards
      if (cards === null) {
        judge(p, 'conduct.cards', line, null)
        continue
      }
      const same = cards.find((c) => c.kind === line.kind && c.dealing === line.dealing)
      judge(p, `conduct.cards[${line.kind},${line.dealing}]`, true, same ? true : false)
      if (!same) continue
      if (line.owner !== null) judge(p, `conduct.cards[${line.kind},${line.dealing}].owner`, line.owner, same.owner)
      if (line.count !== null) judge(p, `conduct.cards[${line.kind},${line.dealing}].count`, line.count, same.count)
    } else if (p.path === 'knowledge.indicators') {
      const list = h.knowledge.indicators
      judge(p, `knowledge.indicators[${String(p.value)}]`, true, list === null ? null : list.includes(p.value as never))
    } else {
      judge(p, p.path, p.value, get(h, p.path))
    }
  }
  return s
}

export function sumScores(scores: Score[]): Score {
  const out: Score = { correct: 0, wrong: 0, invented: 0, unscored: 0, defendantsFound: 0, defendantsHand: 0, judgements: [] }
  for (const s of scores) {
    out.correct += s.correct
    out.wrong += s.wrong
    out.invented += s.invented
    out.unscored += s.unscored
    out.defendantsFound += s.defendantsFound
    out.defendantsHand += s.defendantsHand
    out.judgements.push(...s.judgements)
  }
  return out
}

export const fieldAccuracy = (s: Score): number => (s.correct + s.wrong === 0 ? 0 : s.correct / (s.correct + s.wrong))
export const inventedRate = (s: Score): number => (s.correct + s.wrong + s.invented === 0 ? 0 : s.invented / (s.correct + s.wrong + s.invented))
