// Applying the proposals the user accepted (possibly corrected) to a matter. Pure: a new document is returned,
// the old one is untouched; a proposal for a field the matter format does not have is reported, not applied.
import { emptyDefendant, type Accusation, type CardLine, type Defendant, type MatterDocument } from '../matter/schema'
import type { Charge, DocumentKind, Proposal } from './index'

export interface Acceptance {
  proposal: Proposal
  /** the value to store: the proposal's, or the user's correction */
  value: unknown
}

/** Where an extracted defendant's facts go: an existing defendant (index) or a new one. */
export interface DefendantTarget {
  extractedId: string
  target: number | 'new'
  name: string
}

export interface ApplyResult {
  doc: MatterDocument
  applied: number
  skipped: { proposal: Proposal; reason: string }[]
}

const TEMPLATE = emptyDefendant('template')

/** Does the matter format (as this build validates it) have this defendant field? (The charge is the matter's.) */
export function isApplicable(path: string): boolean {
  if (path === 'charge') return false
  if (path === 'ageAtAct' || path.startsWith('actPeriod.')) return true
  let node: unknown = TEMPLATE
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in (node as object))) return false
    node = (node as Record<string, unknown>)[part]
  }
  return true
}

function setPath(d: Defendant, path: string, value: unknown): Defendant {
  const parts = path.split('.')
  const copy = structuredClone(d) as unknown as Record<string, unknown>
  let node = copy
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {}
    node = node[part] as Record<string, unknown>
  }
  node[parts[parts.length - 1] as string] = value
  return copy as unknown as Defendant
}

function nextId(doc: MatterDocument, taken: Set<string>): string {
  for (let i = doc.defendants.length + 1; ; i++) if (!taken.has(`d${i}`)) return `d${i}`
}

/** What the document itself is and alleges, for matter.accusation (format version 2); only given keys are set. */
export interface AccusationUpdate { document?: DocumentKind; charge?: Charge; /** the text, as 指控事实（原文） */ facts?: string }

export function applyProposals(doc: MatterDocument, targets: DefendantTarget[], accepted: Acceptance[], accusation?: AccusationUpdate): ApplyResult {
  const defendants = doc.defendants.slice()
  const taken = new Set(defendants.map((d) => d.id))
  const indexOf = new Map<string, number>()
  for (const t of targets) {
    if (t.target === 'new') {
      if (!accepted.some((a) => a.proposal.defendantId === t.extractedId)) continue
      const id = nextId(doc, taken)
      taken.add(id)
      defendants.push(emptyDefendant(id, t.name))
      indexOf.set(t.extractedId, defendants.length - 1)
    } else if (t.target >= 0 && t.target < defendants.length) {
      indexOf.set(t.extractedId, t.target)
    }
  }
  const skipped: ApplyResult['skipped'] = []
  let applied = 0
  for (const a of accepted) {
    const i = indexOf.get(a.proposal.defendantId)
    const path = a.proposal.path
    if (i === undefined) {
      skipped.push({ proposal: a.proposal, reason: '未指定对应的被告人 / no defendant chosen' })
      continue
    }
    if (!isApplicable(path)) {
      skipped.push({ proposal: a.proposal, reason: '当前案件格式没有此字段，仅供参考 / the matter format has no such field' })
      continue
    }
    let d = defendants[i] as Defendant
    if (path === 'conduct.cards') {
      const line = a.value as CardLine
      const cards = (d.conduct.cards ?? []).filter((c) => !(c.kind === line.kind && c.dealing === line.dealing))
      d = setPath(d, 'conduct.cards', [...cards, line])
    } else if (path === 'knowledge.indicators') {
      const list = d.knowledge.indicators ?? []
      d = setPath(d, 'knowledge.indicators', list.includes(a.value as never) ? list : [...list, a.value])
    } else if (path.startsWith('actPeriod.')) {
      d = { ...d, actPeriod: { from: d.actPeriod?.from ?? null, to: d.actPeriod?.to ?? null, [path.slice(10)]: a.value } }
    } else {
      d = setPath(d, path, a.value)
    }
    defendants[i] = d
    applied++
  }
  let matter = doc.matter
  if (accusation && (accusation.document || accusation.charge || accusation.facts)) {
    const prev: Accusation = matter.accusation ?? { document: null, number: null, charge: null, facts: null, sentenceProposal: null }
    matter = {
      ...matter,
      accusation: {
        ...prev,
        ...(accusation.document ? { document: accusation.document } : {}),
        ...(accusation.charge ? { charge: accusation.charge } : {}),
        ...(accusation.facts ? { facts: accusation.facts } : {})
      }
    }
    applied += (accusation.document ? 1 : 0) + (accusation.charge ? 1 : 0) + (accusation.facts ? 1 : 0)
  }
  return { doc: { ...doc, matter, defendants }, applied, skipped }
}
