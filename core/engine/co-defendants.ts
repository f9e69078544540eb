// 同案人关系: what the links between the defendants of one matter say (who recruited whom, who directed whom, who
// handed cards to whom — the `relations` extension of the matter format, docs/co-defendants.md). Never a finding of
// law: a clause's text where the links make it relevant, a question where a clause makes an unentered fact
// decisive, and data checks for the 核对清单 where the entries disagree with each other. Matter-level: a defendant's
// view depends on the other defendants' links, roles and cards (the editor's cache keys on coDefendantsKey).
import type { CoDefendantNote, CoDefendantRef, CoDefendantsView } from '../analysis/types'
import { clause } from '../law'
import { RELATION_PHRASES, type Bi } from '../matter/fields'
import { RELATION_KINDS, type Defendant, type MatterDocument, type RelationKind } from '../matter/schema'
import { opinion2025Applies, opinion2025From } from '../sentencing/time'

const nameOf = (d: Defendant): string => d.name.trim() || d.id

const ROLE_WORDS = { principal: '主犯', accessory: '从犯', coerced: '胁从犯' } as const

/** Handing over: the card lines a supplier gave to someone (sold, rented out or lent). */
const HANDED = new Set(['sell', 'rent', 'lend'])

function refs(doc: MatterDocument, ids: readonly string[]): CoDefendantRef[] {
  const out: CoDefendantRef[] = []
  for (const id of new Set(ids)) {
    const d = doc.defendants.find((x) => x.id === id)
    if (d) out.push({ id, name: nameOf(d) })
  }
  return out
}

const outgoing = (d: Defendant, kind: RelationKind): string[] =>
  (d.relations ?? []).filter((r) => r.kind === kind && r.defendant !== d.id).map((r) => r.defendant)

const incoming = (doc: MatterDocument, d: Defendant, kind: RelationKind): string[] =>
  doc.defendants.filter((x) => x.id !== d.id && (x.relations ?? []).some((r) => r.kind === kind && r.defendant === d.id)).map((x) => x.id)

const names = (rs: readonly CoDefendantRef[]): string => rs.map((r) => r.name).join('、')

/** The sum of some card lines' counts; null when a count is unknown (or the cards are). */
function cardSum(d: Defendant, keep: (owner: string | null, dealing: string | null) => boolean): number | null {
  if (d.conduct.cards === null) return null
  let n = 0
  for (const c of d.conduct.cards) {
    if (!keep(c.owner, c.dealing)) continue
    if (c.count === null) return null
    n += c.count
  }
  return n
}

/** The links of one defendant, both ways, and the notes they call for. */
export function coDefendantsView(doc: MatterDocument, d: Defendant, asOf: string): CoDefendantsView {
  const view: CoDefendantsView = {
    recruitedBy: refs(doc, outgoing(d, 'recruitedBy')),
    directedBy: refs(doc, outgoing(d, 'directedBy')),
    suppliedTo: refs(doc, outgoing(d, 'suppliedTo')),
    recruited: refs(doc, incoming(doc, d, 'recruitedBy')),
    directed: refs(doc, incoming(doc, d, 'directedBy')),
    suppliedBy: refs(doc, incoming(doc, d, 'suppliedTo')),
    notes: []
  }
  const notes: CoDefendantNote[] = view.notes
  const name = nameOf(d)
  const linked = view.recruitedBy.length + view.directedBy.length + view.suppliedTo.length +
    view.recruited.length + view.directed.length + view.suppliedBy.length
  const in2025 = opinion2025Applies(asOf)
  const role = d.mitigation.role

  // 从犯 / 胁从犯 presuppose 共同犯罪: a role with no co-offender named in the matter
  if ((role === 'accessory' || role === 'coerced') && linked === 0) {
    const word = ROLE_WORDS[role]
    const others = doc.defendants.length > 1 ? '本案另有被告人，但未录入其与' + name + '的关系' : '本案仅此一名被告人'
    notes.push({
      kind: 'note',
      fact: 'mitigation.role',
      text: `${name}被标为${word}，但本案未记录与其共同犯罪的同案人（${others}）。${role === 'accessory'
        ? '从犯是在共同犯罪中起次要或者辅助作用的人（刑法第二十七条），'
        : '胁从犯是共同犯罪中被胁迫参加犯罪的人，'}以二人以上共同故意犯罪为前提（刑法第二十五条）。` +
        `请核实与其共同实施同一犯罪的人（例如收卡的“卡头”）是谁并录入同案人关系；若其仅系单独向他人提供本人卡、账户，请核对${word}的标记。`,
      citations: role === 'accessory' ? ['crimlaw-a25', 'crimlaw-a27'] : ['crimlaw-a25']
    })
  }

  // 组织、招募、介绍人员提供账户: 2025 帮信意见 第8条 (共同犯罪) and 第9条 (从严)
  const led = [...view.recruited, ...view.directed.filter((x) => !view.recruited.some((r) => r.id === x.id))]
  if (led.length > 0) {
    const verb = [view.recruited.length ? `招募、介绍${names(view.recruited)}` : '', view.directed.length ? `指使、组织${names(view.directed)}` : '']
      .filter(Boolean).join('，')
    if (in2025) {
      const c = d.conduct
      // item (1) of 第9条 as the library holds it (quoted only when found)
      const item9 = /（1）([^；（]+?)的?；/.exec(clause('opinion2025-9').text)?.[1] ?? null
      if (c.priorConspiracy !== true && c.stableCooperation !== true && (c.priorConspiracy === null || c.stableCooperation === null)) {
        notes.push({
          kind: 'question',
          fact: c.priorConspiracy === null ? 'conduct.priorConspiracy' : 'conduct.stableCooperation',
          text: `${name}${verb}。《帮信意见（2025）》第8条规定：“${clause('opinion2025-8').text.replace(/。$/, '')}。”` +
            `${name}是否与被帮助者事先通谋、是否形成较为稳定的配合关系尚未录入，待查明。`,
          citations: ['opinion2025-8']
        })
      }
      if ((d.policyFactors?.organisedOrProfessional ?? null) === null) {
        notes.push({
          kind: 'question',
          fact: 'policyFactors.organisedOrProfessional',
          text: `${name}${verb}。是否属于${item9 ? `“${item9}”` : '组织或者长期从事收购、贩卖他人账户、电话卡等非法活动'}（《帮信意见（2025）》第9条第（1）项，依法从严惩处）尚未录入，待查明。`,
          citations: ['opinion2025-9']
        })
      }
    } else {
      notes.push({
        kind: 'note',
        text: `${name}${verb}。适用法律日期 ${asOf} 早于《帮信意见（2025）》发布（${opinion2025From()}），其第8条（招募、介绍人员提供账户按共同犯罪处罚）、第9条（从严情节）不适用；是否构成共同犯罪，依刑法第二十五条判断。`,
        citations: ['crimlaw-a25']
      })
    }
  }

  // 被招募者: 被诱骗 (2025 帮信意见 第10条第（1）项) is a 从宽 circumstance to ask about
  if (view.recruitedBy.length > 0 && in2025 && (d.policyFactors?.lured ?? null) === null) {
    notes.push({
      kind: 'question',
      fact: 'policyFactors.lured',
      text: `${name}受${names(view.recruitedBy)}招募、介绍参与。是否系被诱骗实施犯罪（《帮信意见（2025）》第10条第（1）项，可以依法从宽处罚）尚未录入，待查明。`,
      citations: ['opinion2025-10']
    })
  }

  // 核对: a recruited or directed defendant marked 主犯 under a recruiter marked 从犯
  if (role === 'principal') {
    for (const [kind, word] of [['recruitedBy', '招募'], ['directedBy', '指使']] as const) {
      for (const ref of view[kind]) {
        const other = doc.defendants.find((x) => x.id === ref.id)
        if (other?.mitigation.role === 'accessory' || other?.mitigation.role === 'coerced') {
          notes.push({
            kind: 'check',
            fact: 'mitigation.role',
            text: `${name}受${ref.name}${word}，标为主犯，而${ref.name}标为${ROLE_WORDS[other.mitigation.role]}；请核对二人在共同犯罪中的地位。`,
            citations: ['crimlaw-a26', 'crimlaw-a27']
          })
        }
      }
    }
  }

  // 核对: the cards handed to this defendant (by suppliers who name no one else) against the cards it bought
  if (view.suppliedBy.length > 0) {
    const received = cardSum(d, (owner, dealing) => owner === 'others' && dealing === 'buy')
    let supplied = 0
    const from: string[] = []
    for (const ref of view.suppliedBy) {
      const s = doc.defendants.find((x) => x.id === ref.id)
      if (!s || new Set(outgoing(s, 'suppliedTo')).size !== 1) continue // a supplier to several: not apportioned
      const n = cardSum(s, (_owner, dealing) => dealing !== null && HANDED.has(dealing))
      if (n === null || n === 0) continue
      supplied += n
      from.push(ref.name)
    }
    if (received !== null && supplied > received) {
      notes.push({
        kind: 'check',
        fact: 'conduct.cards',
        text: `${from.join('、')}交付给${name}的卡/账户共${supplied}张（个），多于${name}录入的收购他人卡/账户${received}张（个）；请核对双方的“两卡”数量。`,
        citations: []
      })
    }
  }
  return view
}

/** Whether a view says anything (links or notes): a defendant with neither carries no `coDefendants`. */
export function hasCoDefendants(v: CoDefendantsView): boolean {
  return v.notes.length > 0 || v.recruitedBy.length + v.directedBy.length + v.suppliedTo.length + v.recruited.length +
    v.directed.length + v.suppliedBy.length > 0
}

/**
 * What a defendant's view is computed from besides its own facts: every defendant's id, name, role, links, card lines
 * and the matter's analysis date. The editor re-derives the view when this changes (renderer/src/engine.ts).
 */
export function coDefendantsKey(doc: MatterDocument, asOf: string): string {
  return JSON.stringify([asOf, doc.defendants.map((x) => [x.id, x.name, x.mitigation.role, x.relations ?? [], x.conduct.cards,
    x.conduct.priorConspiracy, x.conduct.stableCooperation, x.policyFactors?.organisedOrProfessional ?? null, x.policyFactors?.lured ?? null])])
}

/**
 * The links of one defendant in short phrases, both ways (乙：受甲招募; 甲：招募乙、丙; 丁：卡交付给甲), zh and en — the
 * overview table, the analysis panel and the reports. Links to ids not in the list are left out.
 */
/** The links of one defendant as phrase templates (`{names}`) with the names to fill in, both ways. */
export function relationParts(defendants: readonly Defendant[], d: Defendant): { template: Bi; names: string[] }[] {
  const label = (id: string): string | null => {
    const x = defendants.find((y) => y.id === id)
    return x ? x.name.trim() || x.id : null
  }
  const out: { template: Bi; names: string[] }[] = []
  for (const kind of RELATION_KINDS) {
    const to = [...new Set(outgoing(d, kind))].map(label).filter((x): x is string => x !== null)
    if (to.length) out.push({ template: RELATION_PHRASES[kind].out, names: to })
  }
  for (const kind of RELATION_KINDS) {
    const from = defendants.filter((x) => x.id !== d.id && (x.relations ?? []).some((r) => r.kind === kind && r.defendant === d.id)).map((x) => x.name.trim() || x.id)
    if (from.length) out.push({ template: RELATION_PHRASES[kind].in, names: from })
  }
  return out
}

export function relationPhrases(defendants: readonly Defendant[], d: Defendant): Bi[] {
  return relationParts(defendants, d).map(({ template: p, names }) => ({ zh: p.zh.replace('{names}', names.join('、')), en: p.en.replace('{names}', names.join(', ')) }))
}
