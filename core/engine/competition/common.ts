// Facts shared by several candidates: subject (主体) and the upstream crime.
import { valueOf } from '../../law'
import type { ElementResult } from '../../analysis/types'
import type { CompetitionContext } from './types'
import { element } from './helpers'

/** 主体: the element engine's 帮信 subject element where present (same person, same age rule). */
export function subjectElement(ctx: CompetitionContext): ElementResult {
  const fromEngine = ctx.helpInfoCandidate.elements.find((e) => e.id === 'subject')
  if (fromEngine) return { ...fromEngine, citations: [...fromEngine.citations] }
  const d = ctx.defendant
  const cite = ['crimlaw-a17-p1']
  if (d.kind === 'unit') return element('subject', '主体', 'met', '单位犯罪主体', ['kind'], cite)
  if (ctx.ageAtAct === null) return element('subject', '主体', 'undetermined', '行为时年龄不明', ['birthDate', 'ageAtAct'], cite)
  const minAge = valueOf('crimlaw-a17-p1', 'minAge')
  return ctx.ageAtAct >= minAge
    ? element('subject', '主体', 'met', `行为时已满${minAge}周岁（${ctx.ageAtAct}岁）`, ['birthDate', 'ageAtAct'], cite)
    : element('subject', '主体', 'notMet', `行为时不满${minAge}周岁（${ctx.ageAtAct}岁），不负刑事责任`, ['birthDate', 'ageAtAct'], cite)
}

/** last and first day of the act period (either may stand in for the other) */
export function actBounds(ctx: CompetitionContext): { start: string | null; end: string | null } {
  return { start: ctx.actFrom ?? ctx.actTo, end: ctx.actTo ?? ctx.actFrom }
}

/**
 * 主体 for an offence whose article has no 单位犯罪 paragraph (刑法第二百六十六条, 第一百七十七条之一 as quoted
 * in the law library): a unit cannot commit it; the natural persons who acted answer for it themselves.
 */
export function personOnlySubject(ctx: CompetitionContext, articleClause: string, name: string): ElementResult {
  if (ctx.defendant.kind === 'unit') {
    return element('subject', '主体', 'notMet', `${name}条文未规定单位犯罪，单位不构成本罪（组织、实施的自然人另行评价）`, ['kind'], [articleClause])
  }
  return subjectElement(ctx)
}
